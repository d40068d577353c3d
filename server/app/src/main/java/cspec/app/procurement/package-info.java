/**
 * The procurement subcommands (import, render, matrix, score, diff): picocli options over
 * {@code cspec.procurement}. Their options use only JDK types, and the procurement classes are
 * reached only from {@code call()}, so {@code lint} never loads the document libraries.
 */
package cspec.app.procurement;
