package cspec.core.editor;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.editor.SemanticToken.Modifier;
import cspec.core.editor.SemanticToken.Type;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Comment;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Item;
import cspec.core.syntax.Library;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.Str;
import cspec.core.text.LineIndex;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Semantic highlighting: keywords, IDs (declared and referenced), modalities by strength,
 * strings, comments, and inside prose the defined terms, references and flagged words. The result
 * is sorted, free of overlaps and cut at line ends, as LSP clients need.
 */
public final class SemanticTokens {
    private static final Map<Modality, Modifier> STRENGTH = Map.of(
            Modality.MUST, Modifier.MANDATORY, Modality.SHOULD, Modifier.RATED,
            Modality.MAY, Modifier.OPTIONAL, Modality.WILL, Modifier.FUTURE, Modality.OPTION, Modifier.OPTION,
            Modality.QUESTION, Modifier.QUESTION);

    private SemanticTokens() {
    }

    public static List<SemanticToken> of(DocumentIndex index) {
        List<SemanticToken> raw = new ArrayList<>();
        SourceText source = index.source();
        document(index.analysis().file().document(), source, raw);
        for (Comment c : index.analysis().file().comments()) {
            raw.add(token(c.span(), Type.COMMENT));
        }
        prose(index, raw);
        return cleaned(raw, source);
    }

    private static void document(Document document, SourceText source, List<SemanticToken> out) {
        if (document instanceof Contract contract) {
            out.add(keywordAt(contract.span().start(), "contract", source));
            string(contract.title(), out);
            for (HeaderField field : contract.fields()) {
                out.add(token(field.keyword(), Type.KEYWORD));
                if (field instanceof HeaderField.ProfileRef ref && ref.profile() != null) {
                    out.add(token(ref.profile().span(), Type.PROFILE_ID));
                }
            }
            items(contract.items(), source, out);
        } else if (document instanceof Profile profile) {
            out.add(keywordAt(profile.span().start(), "profile", source));
            if (profile.id() != null) {
                out.add(new SemanticToken(profile.id().span(), Type.PROFILE_ID, Set.of(Modifier.DECLARATION)));
            }
            string(profile.title(), out);
            for (Profile.Expectation e : profile.expectations()) {
                out.add(firstWord(e.span(), source));
                if (e.id() != null) {
                    Type type = switch (e.kind()) {
                        case CLAUSE -> Type.CLAUSE_ID;
                        case SECTION -> Type.SECTION_ID;
                        default -> Type.KEYWORD;
                    };
                    out.add(token(e.id().span(), type));
                }
                if (e.action() != null) {
                    out.add(token(e.action().span(), Type.KEYWORD));
                }
                if (e.within() != null) {
                    out.add(token(e.within().span(), partKind(profile, e.within().text())));
                }
                string(e.title(), out);
            }
        } else if (document instanceof Library library) {
            out.add(keywordAt(library.span().start(), "library", source));
            string(library.title(), out);
            library.clauses().forEach(c -> clause(c, source, out));
        }
    }

    private static void items(List<Item> items, SourceText source, List<SemanticToken> out) {
        for (Item item : items) {
            if (item instanceof Requirement r) {
                requirement(r, out);
            } else if (item instanceof Clause c) {
                clause(c, source, out);
            } else {
                out.add(firstWord(item.span(), source));
            }
            if (item instanceof cspec.core.syntax.Background b) {
                declared(b.id(), Type.REQUIREMENT_ID, out);
            } else if (item instanceof Section s) {
                declared(s.id(), Type.SECTION_ID, out);
                string(s.title(), out);
                items(s.items(), source, out);
            } else if (item instanceof Sla sla) {
                declared(sla.id(), Type.SLA_ID, out);
                string(sla.title(), out);
                for (SlaItem slaItem : sla.items()) {
                    if (slaItem instanceof Requirement r) {
                        requirement(r, out);
                    } else {
                        out.add(firstWord(slaItem.span(), source));
                        slaWords(slaItem, out);
                    }
                }
            }
        }
    }

    /** A section or clause the profile names, by the kind of item that names it. */
    private static Type partKind(Profile profile, String id) {
        boolean clause = profile.expectations().stream()
                .anyMatch(x -> x.kind() == Profile.Kind.CLAUSE && x.within() == null && x.id() != null && x.id().text().equals(id));
        return clause ? Type.CLAUSE_ID : Type.SECTION_ID;
    }

    /** The words an SLA line gives meaning to: a severity's timer names, a coverage's days. */
    private static void slaWords(SlaItem line, List<SemanticToken> out) {
        if (line instanceof cspec.core.syntax.SlaLine.SeverityLevel level) {
            level.timers().forEach(t -> out.add(token(t.name().span(), Type.KEYWORD)));
        } else if (line instanceof cspec.core.syntax.SlaLine.Coverage coverage) {
            coverage.windows().forEach(w -> out.add(token(w.daysSpan(), Type.KEYWORD)));
        }
    }

    private static void requirement(Requirement r, List<SemanticToken> out) {
        out.add(new SemanticToken(r.modalityKeyword(), Type.MODALITY, Set.of(STRENGTH.get(r.modality()))));
        declared(r.id(), Type.REQUIREMENT_ID, out);
    }

    private static void clause(Clause c, SourceText source, List<SemanticToken> out) {
        out.add(firstWord(c.span(), source));
        declared(c.id(), Type.CLAUSE_ID, out);
        string(c.title(), out);
    }

    private static void prose(DocumentIndex index, List<SemanticToken> out) {
        for (DocumentIndex.Use use : index.uses()) {
            if (use.name().kind() == cspec.core.editor.Name.Kind.TERM) {
                out.add(token(use.span(), Type.TERM));
            } else if (use.name().kind() == cspec.core.editor.Name.Kind.ID) {
                out.add(token(use.span(), referenceType(index, use.name())));
            }
        }
        for (Declaration d : index.declarations()) {
            if (d.what() == Declaration.What.TERM) {
                out.add(new SemanticToken(d.nameSpan(), Type.TERM, Set.of(Modifier.DECLARATION)));
            }
        }
        for (Diagnostic d : index.analysis().diagnostics()) {
            if (d.rule().area() == Rule.Area.WORDING && d.span().length() > 0) {
                out.add(token(d.span(), Type.FLAGGED));
            }
        }
    }

    private static Type referenceType(DocumentIndex index, cspec.core.editor.Name name) {
        List<Declaration> declared = index.declarationsOf(name);
        if (declared.isEmpty()) {
            return Type.REQUIREMENT_ID;
        }
        return switch (declared.get(0).what()) {
            case SECTION -> Type.SECTION_ID;
            case SLA -> Type.SLA_ID;
            case CLAUSE -> Type.CLAUSE_ID;
            default -> Type.REQUIREMENT_ID;
        };
    }

    private static void declared(cspec.core.syntax.Ident id, Type type, List<SemanticToken> out) {
        if (id != null) {
            out.add(new SemanticToken(id.span(), type, Set.of(Modifier.DECLARATION)));
        }
    }

    private static void string(Str str, List<SemanticToken> out) {
        if (str != null) {
            out.add(token(str.span(), Type.STRING));
        }
    }

    private static SemanticToken token(Span span, Type type) {
        return new SemanticToken(span, type, Set.of());
    }

    private static SemanticToken keywordAt(int start, String word, SourceText source) {
        boolean present = source.text().startsWith(word, start);
        return token(new Span(start, present ? start + word.length() : start), Type.KEYWORD);
    }

    private static SemanticToken firstWord(Span span, SourceText source) {
        String text = source.text();
        int end = span.start();
        while (end < span.end() && Character.isLetter(text.charAt(end))) {
            end++;
        }
        return token(new Span(span.start(), end), Type.KEYWORD);
    }

    /** Sorted by position, empty and overlapping tokens dropped (the first one wins), cut per line. */
    private static List<SemanticToken> cleaned(List<SemanticToken> raw, SourceText source) {
        List<SemanticToken> sorted = new ArrayList<>(raw.stream().filter(t -> t.span().length() > 0).toList());
        sorted.sort(Comparator.comparingInt((SemanticToken t) -> t.span().start()));
        List<SemanticToken> out = new ArrayList<>();
        int covered = 0;
        LineIndex lines = source.lines();
        for (SemanticToken t : sorted) {
            if (t.span().start() < covered) {
                continue;
            }
            covered = t.span().end();
            splitByLine(t, lines, source.text(), out);
        }
        return out;
    }

    private static void splitByLine(SemanticToken t, LineIndex lines, String text, List<SemanticToken> out) {
        int first = lines.lineOf(t.span().start());
        int last = lines.lineOf(t.span().end());
        for (int line = first; line <= last; line++) {
            int start = Math.max(t.span().start(), lines.lineStart(line));
            int end = Math.min(t.span().end(), lines.lineEnd(line, text));
            while (start < end && Character.isWhitespace(text.charAt(start))) {
                start++;
            }
            if (start < end) {
                out.add(new SemanticToken(new Span(start, end), t.type(), t.modifiers()));
            }
        }
    }
}
