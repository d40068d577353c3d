package cspec.core.wording;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The wording analysis as a pure function: prose text, the document offset of its first
 * character, and a {@link WordingContext} in; findings and obligation verbs out. The text is
 * tokenised once; listed phrases are looked up in a token trie of bounded depth and the
 * sentence rules walk the tokens a bounded number of times, so the time is linear in the text.
 */
public final class WordingEngine {
    /**
     * The character comment lines inside prose are filled with before analysis: read as
     * whitespace, but a comment line is not a blank line (which would end a paragraph).
     */
    public static final char MASK = '\u0000';

    private static WordingEngine builtIn;

    private final PhraseIndex<TermEntry> index;
    private final boolean readsPronouns;
    private WordingEngine withoutPronouns;

    public WordingEngine(TermLists lists) {
        this(new PhraseIndex<>(false), true);
        for (TermEntry entry : lists.all()) {
            index.add(entry.phrase(), entry, true);
            for (String form : entry.forms()) {
                index.add(form, entry, true);
            }
        }
    }

    private WordingEngine(PhraseIndex<TermEntry> index, boolean readsPronouns) {
        this.index = index;
        this.readsPronouns = readsPronouns;
    }

    /**
     * This engine without the pronoun reader, for a workspace where vague-pronoun is off (its
     * default): the reader costs a tenth of the wording analysis, and its findings would be dropped.
     */
    public synchronized WordingEngine withoutPronouns() {
        if (!readsPronouns) {
            return this;
        }
        if (withoutPronouns == null) {
            withoutPronouns = new WordingEngine(index, false);
        }
        return withoutPronouns;
    }

    /** The engine over the product's own term lists, built once. */
    public static synchronized WordingEngine builtIn() {
        if (builtIn == null) {
            builtIn = new WordingEngine(TermLists.builtIn());
        }
        return builtIn;
    }

    /** "the report or the incident", "the report, the alert or the incident", nearest first. */
    private static String candidates(List<String> heads) {
        List<String> shown = heads.subList(0, Math.min(3, heads.size()));
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < shown.size(); k++) {
            out.append(k == 0 ? "" : k == shown.size() - 1 ? " or " : ", ").append("the ").append(shown.get(k));
        }
        return out.toString() + (heads.size() > 3 ? " (and more)" : "");
    }

    /** Analyses prose text whose first character is at document offset base. */
    public WordingResult analyze(String text, int base, WordingContext context) {
        List<Token> tokens = Tokenizer.tokenize(text);
        ProseTokens prose = new ProseTokens(text, base, tokens);
        context.vocabulary().mark(tokens, prose.taken(), prose.party());
        List<Finding> findings = new ArrayList<>();
        for (PhraseIndex.Match<TermEntry> m : TermScan.scan(index, tokens, prose.taken())) {
            if (TermScan.stands(m, prose, context)) {
                findings.add(TermScan.finding(m, tokens, text, base));
            }
        }
        ObligationReader reader = new ObligationReader(prose, context, findings);
        reader.read(findings);
        if (readsPronouns && context.kind().readsSentences()) {
            for (PronounAmbiguity.Ambiguous a : PronounAmbiguity.find(text, tokens, prose.seg(), prose.party())) {
                findings.add(Finding.of(cspec.core.diagnostic.Rule.VAGUE_PRONOUN, new cspec.core.text.Span(base + a.start(),
                        base + a.end()), "`" + a.pronoun() + "` could mean " + candidates(a.candidates())
                        + ": each agrees with it in number. Name the one meant."));
            }
        }
        findings.sort(Comparator.comparingInt((Finding f) -> f.span().start()).thenComparing(f -> f.rule().id()));
        return new WordingResult(findings, reader.obligations());
    }
}
