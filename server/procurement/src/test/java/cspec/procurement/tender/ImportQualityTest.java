package cspec.procurement.tender;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.syntax.Modality;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Requirement;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.procurement.model.Text;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The importer against the hand labels of corpus/obligations.tsv (written before the importer):
 * at least 9 in 10 labelled obligation sentences become a requirement with the labelled modality,
 * and at most 1 requirement in 10 is not an obligation sentence. The four contracts are US
 * contracts, so they are imported with --will-means-must. Prints the figures per document.
 *
 * <p>A label is found in a requirement when the requirement's words (its list items included)
 * hold at least 90% of the label's words; a requirement is an obligation when it holds at least
 * 90% of some label's words.
 */
class ImportQualityTest {
    static final double COVERED = 0.9;

    record Label(String document, Modality modality, String sentence) {
    }

    record Scored(String document, Modality modality, List<String> words) {
    }

    @Test
    void nineInTenObligationsBecomeRequirementsOfTheirModalityAndNineInTenRequirementsAreObligations() throws IOException {
        List<Label> labels = labels();
        Map<String, List<Label>> byDocument = new LinkedHashMap<>();
        labels.forEach(l -> byDocument.computeIfAbsent(l.document(), k -> new ArrayList<>()).add(l));
        int found = 0;
        int right = 0;
        int requirements = 0;
        int obligations = 0;
        StringBuilder table = new StringBuilder("document | labels | found | right modality | requirements | obligations\n");
        List<String> misses = new ArrayList<>();
        for (Map.Entry<String, List<Label>> e : byDocument.entrySet()) {
            List<Scored> drafted = requirementsOf(e.getKey());
            int f = 0;
            int r = 0;
            for (Label label : e.getValue()) {
                List<String> words = words(label.sentence());
                List<Scored> holding = drafted.stream().filter(d -> covers(d.words(), words)).toList();
                f += holding.isEmpty() ? 0 : 1;
                boolean correct = holding.stream().anyMatch(d -> d.modality() == label.modality());
                r += correct ? 1 : 0;
                if (!correct) {
                    misses.add((holding.isEmpty() ? "missed " : "modality " + holding.get(0).modality() + " ") + label);
                }
            }
            int o = 0;
            for (Scored d : drafted) {
                boolean obligation = e.getValue().stream().anyMatch(l -> covers(d.words(), words(l.sentence())));
                o += obligation ? 1 : 0;
                if (!obligation) {
                    misses.add("not an obligation: " + String.join(" ", d.words()));
                }
            }
            table.append(e.getKey(), 0, 12).append(" | ").append(e.getValue().size()).append(" | ").append(f).append(" | ")
                    .append(r).append(" | ").append(drafted.size()).append(" | ").append(o).append('\n');
            found += f;
            right += r;
            requirements += drafted.size();
            obligations += o;
        }
        double recall = (double) right / labels.size();
        double precision = (double) obligations / requirements;
        table.append(String.format(Locale.ROOT, "all | %d | %d | %d (%.1f%%) | %d | %d (%.1f%%)%n", labels.size(), found, right,
                100 * recall, requirements, obligations, 100 * precision));
        System.out.println(table);
        misses.forEach(m -> System.out.println("  " + m));
        assertTrue(recall >= 0.9, "fewer than 9 in 10 obligation sentences became requirements of their modality:\n" + table);
        assertTrue(precision >= 0.9, "more than 1 requirement in 10 is not an obligation:\n" + table);
    }

    private static List<Scored> requirementsOf(String document) throws IOException {
        byte[] pdf = resource("/corpus/" + document);
        Importer.Result result = Importer.fromTender(Importer.read(pdf, document), document, true, "draft.cspec", "draft.import.txt");
        SourceText source = new SourceText("draft.cspec", result.draft());
        SpecFile file = SpecParser.parse(source);
        assertTrue(file.syntaxErrors().isEmpty(), document + ": the draft has syntax errors: " + file.syntaxErrors());
        List<Scored> out = new ArrayList<>();
        for (Outline.Placed<Requirement> placed : Outline.of(file.document()).requirements()) {
            Requirement r = placed.item();
            out.add(new Scored(document, r.modality(), words(Text.of(r.prose(), source).plain())));
        }
        return out;
    }

    static boolean covers(List<String> haystack, List<String> needle) {
        Map<String, Integer> have = new HashMap<>();
        haystack.forEach(w -> have.merge(w, 1, Integer::sum));
        int hit = 0;
        for (String w : needle) {
            if (have.getOrDefault(w, 0) > 0) {
                have.merge(w, -1, Integer::sum);
                hit++;
            }
        }
        return hit >= COVERED * needle.size();
    }

    static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }

    static List<Label> labels() throws IOException {
        List<Label> labels = new ArrayList<>();
        for (String line : new String(resource("/corpus/obligations.tsv"), StandardCharsets.UTF_8).split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            String[] cells = line.split("\t", 3);
            labels.add(new Label(cells[0], Modality.valueOf(cells[1].toUpperCase(Locale.ROOT)), cells[2]));
        }
        return labels;
    }

    static byte[] resource(String name) throws IOException {
        try (InputStream in = ImportQualityTest.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IOException("no test resource " + name);
            }
            return in.readAllBytes();
        }
    }
}
