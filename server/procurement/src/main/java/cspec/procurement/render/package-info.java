/**
 * The contract as a readable document: one self-contained HTML file that prints well, Markdown
 * that renders on GitHub (both from Mustache templates with an escaper per output, so no value
 * ever reaches the page unescaped), and a Word document with real headings, numbered lists and
 * tables (Apache POI).
 */
package cspec.procurement.render;
