package cspec.accuracy.convert;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a contract's headings and sentences into what the .cspec file will hold: sections of
 * obligation sentences, definitions, and the parties.
 *
 * <p>Every sentence goes under the nearest heading before it. A sentence is, in this order: a
 * run-in heading ("1.1. Services."), a definition sentence ({@code "X" means ...}), an
 * obligation sentence ({@link Obligations}), or neither, in which case it is left out. A table
 * flattened into a sentence is never an obligation sentence. Terms
 * that sentences left out define inline are added to the definitions block, since the contract
 * defines them and the requirements use them; terms defined inline in an obligation sentence
 * stay where they are, in the requirement's prose, so they are never defined twice.
 */
public final class ContractReader {
    /** A section to write: its ID, its title, and its requirements. */
    public record Section(String id, String title, List<Obligation> obligations) {
    }

    /** An obligation sentence: the source's clause number, its obligation, and its text. */
    public record Obligation(String clause, Obligations.Obligation obligation, String sentence) {
    }

    /** Everything read from one contract. */
    public record Contract(Parties.Pair parties, List<DefinedTerms.Definition> definitions, int inlineDefinitions,
            List<Section> sections, int sentences, int headings) {
    }

    private final List<Section> sections = new ArrayList<>();
    private final Set<String> sectionIds = new HashSet<>();
    private final List<DefinedTerms.Definition> definitions = new ArrayList<>();
    private final Map<String, DefinedTerms.Inline> inlineInOmitted = new LinkedHashMap<>();
    private final Set<String> inlineInKept = new HashSet<>();
    private Section current;
    private String clauseNumber = "";
    private String item = "";
    private int unnumbered;
    private int headings;
    private int sentences;

    private ContractReader() {
    }

    public static Contract read(List<Layout.Part> parts, String cleanedText) {
        List<SentenceSplitter.Unit> all = parts.stream()
                .filter(Layout.SentencePart.class::isInstance).map(p -> ((Layout.SentencePart) p).unit()).toList();
        ContractReader reader = new ContractReader();
        reader.current = reader.newSection(Optional.empty(), "Opening");
        for (Layout.Part part : parts) {
            if (part instanceof Layout.HeadingPart heading) {
                reader.heading(heading.heading());
            } else if (part instanceof Layout.SentencePart sentence) {
                reader.sentence(sentence.unit());
            }
        }
        Parties.Pair parties = Parties.find(all, cleanedText);
        List<DefinedTerms.Definition> block = reader.definitionsBlock(parties);
        List<Section> written = reader.sections.stream().filter(s -> !s.obligations().isEmpty()).toList();
        return new Contract(parties, block, block.size() - reader.definitions.size(), written, reader.sentences,
                reader.headings);
    }

    private void heading(Headings.Heading heading) {
        headings++;
        // An unnumbered heading starts text whose clause number is unknown.
        clauseNumber = heading.label().map(ClauseLabel::number).orElse("");
        item = "";
        current = newSection(heading.label(), heading.title());
    }

    private void sentence(SentenceSplitter.Unit unit) {
        Optional<Headings.Heading> runIn = Headings.ofSentence(unit);
        if (runIn.isPresent()) {
            heading(runIn.get());
            return;
        }
        for (ClauseLabel label : unit.labels()) {
            if (label.kind() == ClauseLabel.Kind.NUMBERED) {
                clauseNumber = label.number();
                item = "";
            } else if (label.kind() == ClauseLabel.Kind.ITEM) {
                item = label.number();
            }
        }
        String whole = CspecWriter.oneLine(unit.text());
        for (String text : DefinedTerms.pieces(whole)) {
            read(text);
        }
    }

    private void read(String text) {
        sentences++;
        Optional<DefinedTerms.Definition> definition = DefinedTerms.definition(text);
        if (definition.isPresent()) {
            definitions.add(definition.get());
            return;
        }
        Optional<Obligations.Obligation> obligation = isTable(text) ? Optional.empty() : Obligations.read(text);
        List<DefinedTerms.Inline> inline = DefinedTerms.inline(text);
        if (obligation.isPresent()) {
            current.obligations().add(new Obligation(clauseNumber + item, obligation.get(), text));
            inline.forEach(i -> inlineInKept.add(key(i.term())));
        } else {
            inline.forEach(i -> inlineInOmitted.putIfAbsent(key(i.term()), i));
        }
    }

    /**
     * A table flattened into one line ("Year Desired Volume ... Rate 1 20,000 BPD Cadiz/Scio MPC
     * Canton $ 2.26 2 20,000 BPD ..."): 20 or more words, at least 3 in 10 of them figures (2 in
     * 10 from 50 words on). Its
     * cells state no obligation, even when a note after the table has a "will".
     */
    static boolean isTable(String text) {
        String[] words = text.split("\\s+");
        if (words.length < 20) {
            return false;
        }
        long figures = java.util.Arrays.stream(words).filter(w -> w.matches(".*[\\d$%].*")).count();
        return figures * 10 >= words.length * (words.length >= 50 ? 2 : 3);
    }

    private Section newSection(Optional<ClauseLabel> label, String title) {
        String base = label.map(l -> "S" + l.number()).orElseGet(() -> sections.isEmpty() ? "S0" : "H" + ++unnumbered);
        String id = base;
        for (int n = 2; !sectionIds.add(id); n++) {
            id = base + "_" + n;
        }
        Section section = new Section(id, title, new ArrayList<>());
        sections.add(section);
        return section;
    }

    /**
     * The definition sentences in order, then the terms that omitted sentences define inline
     * (with the words each names as its prose), leaving out party role words, terms already
     * defined, and terms a requirement defines inline.
     */
    private List<DefinedTerms.Definition> definitionsBlock(Parties.Pair parties) {
        List<DefinedTerms.Definition> block = new ArrayList<>(definitions);
        Set<String> defined = new HashSet<>();
        definitions.forEach(d -> defined.add(key(d.term())));
        defined.add(key(parties.client().role()));
        defined.add(key(parties.provider().role()));
        for (DefinedTerms.Inline inline : inlineInOmitted.values()) {
            String key = key(inline.term());
            if (defined.contains(key) || inlineInKept.contains(key) || inline.named().isEmpty()) {
                continue;
            }
            defined.add(key);
            block.add(new DefinedTerms.Definition(Parties.bareRole(inline.term()), inline.named()));
        }
        return block;
    }

    private static String key(String term) {
        return Parties.bareRole(term).toLowerCase(Locale.ROOT);
    }
}
