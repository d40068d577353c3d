/**
 * Reading prose as text: the glossary of defined terms and parties, and the scanner that finds
 * references, blanks and placeholders in it.
 */
package cspec.core.prose;
