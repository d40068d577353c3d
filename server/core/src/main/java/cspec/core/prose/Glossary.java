package cspec.core.prose;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a contract gives meaning to: defined terms (from definitions blocks and inline
 * definitions such as {@code (the "Services")}) and the parties' names and role words.
 */
public final class Glossary {
    /** A defined term and where it is defined; inline is true for a (the "Term") definition in prose. */
    public record Term(String text, Span definedAt, boolean inline) {
    }

    // Bounded character classes and no nested quantifiers: linear time on any input.
    private static final Pattern INLINE_DEFINITION =
            Pattern.compile("\\((?:the |The )?[\"\u201C]([^\"\u201C\u201D()\\n]{1,80})[\"\u201D]\\)");

    private final List<Term> terms;
    private final Set<String> partyWords;

    private Glossary(List<Term> terms, Set<String> partyWords) {
        this.terms = List.copyOf(terms);
        this.partyWords = Set.copyOf(partyWords);
    }

    public static Glossary of(SourceText source, Document document, Outline outline) {
        List<Term> terms = new ArrayList<>();
        for (Definitions.Definition definition : outline.definitions()) {
            terms.add(new Term(definition.term().value(), definition.term().span(), false));
        }
        for (Prose prose : outline.prose()) {
            String text = prose.maskedText(source);
            Matcher m = INLINE_DEFINITION.matcher(text);
            while (m.find()) {
                int start = prose.span().start() + m.start(1);
                terms.add(new Term(m.group(1).strip(), new Span(start, start + m.group(1).length()), true));
            }
        }
        Set<String> parties = new LinkedHashSet<>();
        if (document instanceof Contract contract) {
            parties.add("Client");
            parties.add("Provider");
            for (HeaderField field : contract.fields()) {
                if (field instanceof HeaderField.Party party) {
                    if (!party.roleWords().isEmpty()) {
                        parties.remove(party.standardRoleWord());
                    }
                    parties.addAll(party.effectiveRoleWords());
                    parties.add(party.partyName().value());
                }
            }
        }
        return new Glossary(terms, parties);
    }

    /** Every definition in document order, duplicates included (duplicate-definition reports them). */
    public List<Term> terms() {
        return terms;
    }

    /** The role words ("Client", "Provider" or the header's 'as' words) and the parties' names. */
    public Set<String> partyWords() {
        return partyWords;
    }

    public boolean isDefined(String text) {
        return terms.stream().anyMatch(t -> t.text().equals(text));
    }
}
