package cspec.core.wording;

import cspec.core.check.Check;
import cspec.core.check.CheckContext;
import cspec.core.check.Reuse;
import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Fix;
import cspec.core.diagnostic.Rule;
import cspec.core.syntax.Background;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.Library;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.syntax.ProseList;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaItem;
import cspec.core.syntax.SlaLine;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Runs the wording engine over every prose of a contract or a library (requirements, clauses,
 * definitions, severity descriptions) and reports its findings, each with a "Disable RULE for
 * this line" fix; then mixed-obligation-verbs over the whole document. Profiles are guidance,
 * not contract text, and are not read.
 */
public final class WordingCheck implements Check {
    @Override
    public void run(CheckContext context, Consumer<Diagnostic> report) {
        Document document = context.file().document();
        if (document == null || !(document instanceof Library || context.contract().isPresent())) {
            return;
        }
        SourceText source = context.source();
        Vocabulary vocabulary = DocumentVocabulary.of(source, document, context.outline(), context.glossary());
        if (WillPolicy.willObliges(context)) {
            vocabulary = vocabulary.withWillAsObligation();
        }
        // The previous version's vocabulary when equal, so that each prose's key compares it by identity.
        Vocabulary fresh = vocabulary;
        vocabulary = context.reuse().get(fresh, () -> fresh);
        WordingEngine engine = engineFor(context);
        Optional<Fix> adoptWill = WillPolicy.headerFix(context);
        List<ObligationVerb> verbs = readAll(context.reuse(), engine, source, readings(context.outline(), source, vocabulary),
                adoptWill, report);
        MixedVerbs.check(verbs, source.text()).forEach(f -> report.accept(diagnostic(source, f)));
    }

    /**
     * Reads every prose in order and returns their obligation verbs. The loop is kept out of
     * {@link #run}, which then holds only the set-up done once per document: its back-edges made
     * the compiler compile run, with all the set-up it inlines, late in a batch, and twice more
     * on stack replacement with the loop's body inlined.
     */
    private static List<ObligationVerb> readAll(Reuse.Round reuse, WordingEngine engine, SourceText source, List<Reading> readings,
            Optional<Fix> adoptWill, Consumer<Diagnostic> report) {
        List<ObligationVerb> verbs = new ArrayList<>();
        for (Reading reading : readings) {
            verbs.addAll(read(reuse, engine, source, reading, adoptWill, report));
        }
        return verbs;
    }

    /**
     * Reads one prose, reports its findings and returns its obligation verbs: a method of its own,
     * called for every prose, so that this path is compiled once rather than into each compilation
     * of the loop.
     */
    private static List<ObligationVerb> read(Reuse.Round reuse, WordingEngine engine, SourceText source, Reading reading,
            Optional<Fix> adoptWill, Consumer<Diagnostic> report) {
        WordingResult result = analyze(reuse, engine, source, reading.prose(), reading.items(), reading.context());
        for (Finding f : result.findings()) {
            report.accept(withWillFix(diagnostic(source, f), source, adoptWill));
        }
        if (reading.shape() != null) {
            report.accept(diagnostic(source, reading.shape()));
        }
        return result.obligations();
    }

    /**
     * One prose to read, in document order: its list items, how the engine reads it, and a
     * requirement's shape finding, reported after the prose's own findings.
     */
    private record Reading(Prose prose, List<ProseList.ListItem> items, WordingContext context, Finding shape) {
    }

    /**
     * Every prose the engine reads, gathered first so that the engine is called from one loop: the
     * whole per-prose path is then compiled once into this check instead of once per kind of prose.
     */
    private static List<Reading> readings(Outline outline, SourceText source, Vocabulary vocabulary) {
        List<Reading> readings = new ArrayList<>();
        for (Outline.Placed<Requirement> placed : outline.requirements()) {
            if (placed.item().prose() != null) {
                readings.add(reading(placed.item(), source, vocabulary));
            }
        }
        for (Outline.Placed<Background> placed : outline.backgrounds()) {
            Prose prose = placed.item().prose();
            List<ProseList.ListItem> items = prose.listItems();
            readings.add(new Reading(prose, items, WordingContext.of(ProseKind.BACKGROUND, vocabulary).withListItems(items), null));
        }
        for (Outline.Placed<Clause> placed : outline.clauses()) {
            if (placed.item().prose() != null) {
                Prose prose = placed.item().prose();
                List<ProseList.ListItem> items = prose.listItems();
                readings.add(new Reading(prose, items, WordingContext.of(ProseKind.CLAUSE, vocabulary).withListItems(items), null));
            }
        }
        for (Definitions.Definition definition : outline.definitions()) {
            if (definition.prose() != null) {
                readings.add(new Reading(definition.prose(), definition.prose().listItems(),
                        WordingContext.of(ProseKind.DEFINITION, vocabulary), null));
            }
        }
        for (Outline.Placed<Sla> placed : outline.slas()) {
            for (SlaItem item : placed.item().items()) {
                if (item instanceof SlaLine.SeverityLevel level && level.prose() != null) {
                    readings.add(new Reading(level.prose(), level.prose().listItems(),
                            WordingContext.of(ProseKind.SEVERITY, vocabulary), null));
                }
            }
        }
        return readings;
    }

    /**
     * How a requirement's prose is read, with its shape finding. A method of its own, called for
     * every requirement, so that it is compiled once rather than into each compilation of
     * {@link #readings}, which runs once per document and was compiled on stack replacement and again whole.
     */
    private static Reading reading(Requirement r, SourceText source, Vocabulary vocabulary) {
        List<ProseList.ListItem> items = r.prose().listItems();
        WordingContext wc = r.modality().obliges()
                ? WordingContext.requirement(r.modality(), r.modalityKeyword(), vocabulary)
                : WordingContext.of(ProseKind.QUESTION, vocabulary);
        Finding shape = r.modality().obliges() && items.isEmpty()
                ? RequirementShape.check(r.prose().maskedText(source), r.prose().span().start(), r.modality(),
                        r.modalityKeyword(), vocabulary.obligor())
                : null;
        if (shape != null && shape.rule() == Rule.INSTRUCTION_TO_BIDDER) {
            wc = WordingContext.of(ProseKind.QUESTION, vocabulary); // the root cause: read it as the question it is
        }
        return new Reading(r.prose(), items, wc.withListItems(items), shape);
    }

    private static WordingEngine engineFor(CheckContext context) {
        TermLists lists = TermLists.builtIn();
        TermLists configured = lists.withExtras(context.config());
        WordingEngine engine = configured == lists ? WordingEngine.builtIn() : new WordingEngine(configured);
        return context.config().reports(Rule.VAGUE_PRONOUN) ? engine : engine.withoutPronouns();
    }

    /**
     * The prose text with its comment lines, list bullets and list items' {@code (ref "...")} filled
     * with {@link WordingEngine#MASK}, offsets unchanged: none of them is wording. items are the
     * prose's list items, which the caller has collected once.
     */
    static WordingResult analyze(Reuse.Round reuse, WordingEngine engine, SourceText source, Prose prose,
            List<ProseList.ListItem> items, WordingContext context) {
        Span span = prose.span();
        String text = masked(source.slice(span), span, prose.comments(), items);
        return ReusedWording.of(reuse, engine, text, span.start(), context, () -> engine.analyze(text, span.start(), context));
    }

    /** The prose's text with its comments and list markers masked; most prose has neither, and is returned as sliced. */
    private static String masked(String raw, Span span, List<Span> comments, List<ProseList.ListItem> items) {
        if (comments.isEmpty() && items.isEmpty()) {
            return raw;
        }
        char[] chars = raw.toCharArray();
        for (Span comment : comments) {
            mask(chars, span, comment);
        }
        for (ProseList.ListItem item : items) {
            mask(chars, span, new Span(item.marker().start(), item.text().start()));
        }
        return new String(chars);
    }

    private static void mask(char[] chars, Span prose, Span part) {
        for (int i = Math.max(part.start(), prose.start()); i < Math.min(part.end(), prose.end()); i++) {
            chars[i - prose.start()] = WordingEngine.MASK;
        }
    }

    /** A `must` requirement saying "will" may mean the contract writes obligations with "will": offer the setting. */
    private static Diagnostic withWillFix(Diagnostic d, SourceText source, Optional<Fix> fix) {
        boolean will = d.ruleId().equals(Rule.MODALITY_MISMATCH.id()) && source.slice(d.span()).equalsIgnoreCase("will")
                && d.message().contains("`will means must`");
        return will && fix.isPresent() ? d.withFix(fix.get()) : d;
    }

    private static Diagnostic diagnostic(SourceText source, Finding f) {
        Rule rule = f.rule();
        return Diagnostic.of(rule, f.span(), f.message()).withRelated(f.related()).withFixes(f.fixes());
    }
}
