/**
 * Importing a tender into a draft contract. A reader per format (Word, PDF, Markdown, plain text)
 * turns the document into blocks (headings, paragraphs, list items, tables) and drops page
 * furniture, saying what it dropped; {@link cspec.procurement.tender.Sentences} splits the text,
 * {@link cspec.procurement.tender.SentenceKinds} tells obligations (with their modality),
 * questions to bidders and definitions from the rest; {@link cspec.procurement.tender.DraftWriter}
 * writes the .cspec draft, and {@link cspec.procurement.tender.ImportReport} lists what could not
 * be mapped, with its place in the source.
 */
package cspec.procurement.tender;
