package cspec.accuracy;

import cspec.accuracy.convert.ContractReader;
import cspec.accuracy.convert.CspecWriter;
import cspec.accuracy.convert.DefinedTerms;
import cspec.accuracy.convert.Layout;
import cspec.accuracy.convert.Obligations;
import cspec.accuracy.convert.PageFurniture;
import cspec.accuracy.convert.Parties;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Turns a real contract's text into a .cspec contract, deterministically: its obligation
 * sentences become requirements under the contract's own headings, its definitions a
 * definitions block, and its parties the header, with the role words the contract defines.
 *
 * <p>{@link #convert} is a pure function of the file name and the text. The main converts every
 * {@code .txt} file of a folder into a folder of {@code .cspec} files:
 * {@code ContractConverter accuracy/corpus/contracts accuracy/converted}.
 */
public final class ContractConverter {
    private static final Pattern TITLE = Pattern.compile(
            "\\b([A-Z][A-Z&'\\-]*(?:[ ]{1,2}[A-Z][A-Z&'\\-]*){0,7}[ ]{1,2}AGREEMENT)\\b");
    private static final int TITLE_SEARCH = 3000;

    private ContractConverter() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ContractConverter <folder of .txt contracts> <output folder>");
            System.exit(2);
        }
        Path in = Path.of(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        int sentences = 0;
        int requirements = 0;
        int definitions = 0;
        int inlineDefinitions = 0;
        Map<String, Integer> dropped = new java.util.TreeMap<>();
        for (Path file : contracts(in)) {
            Conversion conversion = convert(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
            Files.writeString(out.resolve(cspecName(file.getFileName().toString())), conversion.cspec(), StandardCharsets.UTF_8);
            sentences += conversion.counts().sentences();
            requirements += conversion.requirements().size();
            definitions += conversion.counts().definitions();
            inlineDefinitions += conversion.counts().inlineDefinitions();
            conversion.dropped().forEach((kind, n) -> dropped.merge(kind, n, Integer::sum));
            System.out.println(conversion.requirements().size() + " requirements from " + conversion.counts().sentences()
                    + " sentences: " + file.getFileName());
        }
        System.out.println(requirements + " requirements from " + sentences + " sentences; " + definitions
                + " definition sentences and " + inlineDefinitions + " inline definitions in definitions blocks");
        System.out.println("page furniture dropped: " + dropped(dropped));
    }

    /** The .txt files of a folder, sorted by name so every run converts them in the same order. */
    public static List<Path> contracts(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
    }

    /** The .cspec file name for a contract's .txt file name. */
    public static String cspecName(String txtName) {
        return txtName.replaceFirst("\\.txt$", "") + ".cspec";
    }

    public static Conversion convert(String fileName, String text) {
        PageFurniture.Cleaned cleaned = PageFurniture.strip(text);
        List<Layout.Part> parts = Layout.read(cleaned.text());
        ContractReader.Contract contract = ContractReader.read(parts, cleaned.text());

        CspecWriter w = new CspecWriter();
        header(w, fileName, contract, cleaned);
        contractBlock(w, title(fileName, cleaned.text()), contract, Parties.willObliges(contract.parties(), cleaned.text()));
        if (!contract.definitions().isEmpty()) {
            w.blank().line("definitions {");
            for (DefinedTerms.Definition d : contract.definitions()) {
                w.prose("    " + CspecWriter.string(d.term()) + " means", d.prose());
            }
            w.line("}");
        }
        List<Conversion.Requirement> requirements = new ArrayList<>();
        for (ContractReader.Section section : contract.sections()) {
            w.blank().line("section " + section.id() + " " + CspecWriter.string(section.title()) + " {");
            int n = 0;
            for (ContractReader.Obligation o : section.obligations()) {
                String id = section.id() + "-" + ++n;
                String keyword = keyword(o.obligation().strength());
                w.line("    // source clause: " + (o.clause().isEmpty() ? "unnumbered" : o.clause()));
                w.prose("    " + keyword + " " + id + (keyword.equals("must") ? "" : " (weight 1)") + ":", o.sentence());
                requirements.add(new Conversion.Requirement(id, keyword, o.clause(), o.obligation().verb(), o.sentence()));
            }
            w.line("}");
        }
        Conversion.Counts counts = new Conversion.Counts(contract.sentences(), requirements.size(), contract.headings(),
                contract.sections().size(), contract.definitions().size() - contract.inlineDefinitions(),
                contract.inlineDefinitions());
        return new Conversion(fileName, w.text(), requirements, counts, cleaned.dropped());
    }

    private static void header(CspecWriter w, String fileName, ContractReader.Contract contract, PageFurniture.Cleaned cleaned) {
        w.line("// Converted from accuracy/corpus/contracts/" + fileName)
                .line("// (CUAD v1, The Atticus Project, CC BY 4.0) by cspec.accuracy.ContractConverter. Do not edit:")
                .line("// accuracy/run.sh writes this file again. Only the contract's obligation sentences are here, one")
                .line("// requirement each, under the contract's own headings.")
                .line("// " + contract.sentences() + " sentences read, "
                        + contract.sections().stream().mapToInt(s -> s.obligations().size()).sum()
                        + " obligation sentences kept; page furniture dropped: " + dropped(cleaned.dropped()) + ".");
    }

    private static String dropped(Map<String, Integer> dropped) {
        if (dropped.isEmpty()) {
            return "none";
        }
        return dropped.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
    }

    private static void contractBlock(CspecWriter w, String title, ContractReader.Contract contract, boolean willObliges) {
        w.blank().line("contract " + CspecWriter.string(title) + " {")
                .line("    client " + CspecWriter.string(contract.parties().client().name()) + " as "
                        + roles(contract.parties().client()))
                .line("    provider " + CspecWriter.string(contract.parties().provider().name()) + " as "
                        + roles(contract.parties().provider()));
        if (willObliges) {
            w.line("    will means must");
        }
        w.line("}");
    }

    /** Every role word the contract defines for a party, the most used first: "Company", "we". */
    private static String roles(Parties.Party party) {
        return party.roles().stream().map(CspecWriter::string).collect(Collectors.joining(", "));
    }

    /** The contract's own title (the first capitalised "... AGREEMENT"), else one made from the file name. */
    static String title(String fileName, String text) {
        Matcher m = TITLE.matcher(text.substring(0, Math.min(TITLE_SEARCH, text.length())));
        if (m.find()) {
            return CspecWriter.oneLine(m.group(1)).replaceFirst("^THIS ", "");
        }
        String stem = fileName.replaceFirst("\\.txt$", "");
        String[] parts = stem.split("EX-[0-9.]+[A-Za-z]?[-_]");
        return parts[parts.length - 1].replaceAll("[_]+", " ").strip();
    }

    private static String keyword(Obligations.Strength strength) {
        return switch (strength) {
            case MANDATORY -> "must";
            case EXPECTED -> "should";
            case PERMITTED -> "may";
        };
    }
}
