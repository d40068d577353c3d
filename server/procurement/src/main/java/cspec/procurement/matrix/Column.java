package cspec.procurement.matrix;

import java.util.List;

/** The matrix's columns in order: what cspec fills, what the bidder fills, what the evaluator fills. */
public enum Column {
    ID("ID", Party.CSPEC, 12),
    REF("Source ref", Party.CSPEC, 10),
    SECTION("Section", Party.CSPEC, 24),
    KIND("Kind", Party.CSPEC, 11),
    WEIGHT("Weight", Party.CSPEC, 8),
    DUE("Due", Party.CSPEC, 11),
    TEXT("Requirement", Party.CSPEC, 60),
    ANSWER("Answer", Party.BIDDER, 18),
    EXPLANATION("Explanation", Party.BIDDER, 40),
    EVIDENCE("Evidence ref", Party.BIDDER, 16),
    VERDICT("Verdict", Party.EVALUATOR, 18),
    POINTS("Points", Party.EVALUATOR, 8),
    VERSION("Contract version", Party.CSPEC, 10),
    HASH("Requirements hash", Party.CSPEC, 18);

    /** Who fills a column in. */
    public enum Party { CSPEC, BIDDER, EVALUATOR }

    /** The columns of an XLSX sheet, which keeps the version and hash on its metadata sheet instead. */
    public static final List<Column> XLSX = List.of(ID, REF, SECTION, KIND, WEIGHT, DUE, TEXT, ANSWER, EXPLANATION,
            EVIDENCE, VERDICT, POINTS);
    /** The columns of a CSV file, which repeats the version and hash on every row. */
    public static final List<Column> CSV = List.of(values());

    private final String header;
    private final Party party;
    private final int width;

    Column(String header, Party party, int width) {
        this.header = header;
        this.party = party;
        this.width = width;
    }

    public String header() {
        return header;
    }

    public Party party() {
        return party;
    }

    /** A readable width in characters. */
    public int width() {
        return width;
    }
}
