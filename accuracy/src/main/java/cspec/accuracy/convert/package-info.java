/**
 * The converter's reading of a real contract, step by step: {@link cspec.accuracy.convert.PageFurniture}
 * drops what the filing added (page numbers, running headers, "Source:" lines, tables of
 * contents); {@link cspec.accuracy.convert.Layout} finds headings and running text;
 * {@link cspec.accuracy.convert.SentenceSplitter} cuts sentences and their
 * {@link cspec.accuracy.convert.ClauseLabel}s; {@link cspec.accuracy.convert.Obligations} decides which
 * sentences state obligations; {@link cspec.accuracy.convert.DefinedTerms} and
 * {@link cspec.accuracy.convert.Parties} find the definitions and the parties;
 * {@link cspec.accuracy.convert.ContractReader} puts them together and
 * {@link cspec.accuracy.convert.CspecWriter} writes the .cspec text. Every step is a pure function
 * of text, so a conversion is deterministic.
 */
package cspec.accuracy.convert;
