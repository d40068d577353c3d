/**
 * Wording analysis of prose: vague, open-ended and unenforceable words (from the term lists in
 * {@code cspec/terms/*.json}), obligation verbs against the declared modality, the actor of each
 * obligation, passives and bare pronouns. {@link cspec.core.wording.WordingEngine} is a pure
 * function of prose text, its offset and a {@link cspec.core.wording.WordingContext};
 * {@link cspec.core.wording.WordingCheck} feeds it every contract and library prose and turns
 * its findings into diagnostics. Everything runs in time linear in the prose length: text is
 * tokenised once and phrases are looked up in a token trie of bounded depth.
 */
package cspec.core.wording;
