package cspec.procurement.tender;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.syntax.Modality;
import cspec.core.syntax.Outline;
import cspec.core.syntax.SpecFile;
import cspec.core.syntax.SpecParser;
import cspec.core.text.SourceText;
import cspec.files.DiskFiles;
import cspec.procurement.InputProblem;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code cspec import}: a tender in, a draft contract and its report out. The format is told by
 * the file's first bytes (PDF, a zip for Word), then by its extension (Markdown), else it is plain
 * text. The draft is parsed before it is returned; a syntax error in it would be cspec's bug, and
 * the report says so rather than hiding it.
 */
public final class Importer {
    /** A tender of a few hundred pages is well under this; a larger file is refused unread. */
    public static final long MAX_BYTES = 50L * 1024 * 1024;
    private static final DiskFiles DISK = new DiskFiles();

    /** The draft's text, its report, and its counts for the command's summary line. */
    public record Result(String draft, ImportReport report, String format, String counts) {
    }

    private Importer() {
    }

    public static Result importFile(Path source, String shown, boolean willMeansMust, String draftName, String reportName) {
        byte[] bytes;
        try {
            bytes = DISK.documentBytes(source, MAX_BYTES);
        } catch (IOException e) {
            throw new InputProblem("cannot read " + shown + ": " + DiskFiles.reason(e) + ".");
        }
        TenderDocument tender = read(bytes, shown);
        String fileName = source.getFileName() == null ? shown : source.getFileName().toString();
        return fromTender(tender, fileName, willMeansMust, draftName, reportName);
    }

    public static Result fromTender(TenderDocument tender, String sourceName, boolean willMeansMust, String draftName,
            String reportName) {
        ImportReport report = new ImportReport();
        report.dropped(tender.dropped());
        String title = sourceName.replaceAll("\\.[A-Za-z]{1,8}$", "").replace('_', ' ');
        Draft draft = Drafting.of(tender, title, willMeansMust, report);
        String text = DraftWriter.write(draft, sourceName, reportName);
        SpecFile parsed = SpecParser.parse(new SourceText(draftName, text));
        for (Diagnostic d : parsed.syntaxErrors()) {
            report.draftProblem("line " + (parsed.source().lines().lineOf(d.span().start()) + 1) + ": " + d.message());
        }
        return new Result(text, report, tender.format(), counts(parsed, draft));
    }

    static TenderDocument read(byte[] bytes, String shown) {
        if (startsWith(bytes, "%PDF")) {
            return PdfTender.read(bytes, shown);
        }
        if (startsWith(bytes, "PK")) {
            return DocxTender.read(bytes, shown);
        }
        if (bytes.length >= 4 && (bytes[0] & 0xFF) == 0xD0 && (bytes[1] & 0xFF) == 0xCF) {
            throw new InputProblem(shown + " is a Word 97-2003 (.doc) file, which cspec does not read; save it as .docx.");
        }
        String lower = shown.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".pdf")) {
            throw new InputProblem(shown + " is named like a " + lower.substring(lower.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT)
                    + " file but is not one (it may be damaged or only partly downloaded).");
        }
        String text = decode(bytes, shown);
        return lower.endsWith(".md") || lower.endsWith(".markdown") ? MarkdownTender.read(text) : TextTender.read(text);
    }

    private static String decode(byte[] bytes, String shown) {
        for (byte b : bytes) {
            if (b == 0) {
                throw new InputProblem(shown + " is a binary file, not a Word, PDF, Markdown or text tender.");
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString().replace("\uFEFF", "");
        } catch (CharacterCodingException e) {
            // Text saved by older Windows programs: every byte is a character in Windows-1252.
            return new String(bytes, java.nio.charset.Charset.forName("windows-1252"));
        }
    }

    private static boolean startsWith(byte[] bytes, String magic) {
        if (bytes.length < magic.length()) {
            return false;
        }
        for (int i = 0; i < magic.length(); i++) {
            if (bytes[i] != magic.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static String counts(SpecFile parsed, Draft draft) {
        Outline outline = parsed.document() == null ? Outline.empty() : Outline.of(parsed.document());
        Map<Modality, Integer> by = new EnumMap<>(Modality.class);
        outline.requirements().forEach(p -> by.merge(p.item().modality(), 1, Integer::sum));
        int requirements = outline.requirements().size() - by.getOrDefault(Modality.QUESTION, 0);
        return String.format(Locale.ROOT, "%d requirements (must %d, should %d, may %d, will %d, option %d), %d questions, "
                + "%d definitions, %d background texts, %d sections.", requirements, by.getOrDefault(Modality.MUST, 0),
                by.getOrDefault(Modality.SHOULD, 0), by.getOrDefault(Modality.MAY, 0), by.getOrDefault(Modality.WILL, 0),
                by.getOrDefault(Modality.OPTION, 0), by.getOrDefault(Modality.QUESTION, 0), draft.definitions.size(),
                outline.backgrounds().size(), outline.sections().size());
    }
}
