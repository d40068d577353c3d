/**
 * A workspace's settings: {@link cspec.core.config.Config} and its reader,
 * {@link cspec.core.config.ConfigLoader}, which reports every problem of cspec.json at its own
 * line and column. Which rules take extra terms is the rule's own answer, so config reads no
 * term list.
 */
package cspec.core.config;
