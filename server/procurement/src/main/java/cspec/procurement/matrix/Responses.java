package cspec.procurement.matrix;

import cspec.files.DiskFiles;
import cspec.procurement.InputProblem;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** Reads a filled matrix the user named, CSV or XLSX (told by its first bytes, not its name). */
public final class Responses {
    /** A matrix of a few thousand rows is well under this; a larger file is refused unread. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final DiskFiles DISK = new DiskFiles();

    private Responses() {
    }

    public static ResponseSheet read(Path file, String shown) {
        byte[] bytes;
        try {
            bytes = DISK.documentBytes(file, MAX_BYTES);
        } catch (IOException e) {
            throw new InputProblem("cannot read " + shown + ": " + DiskFiles.reason(e) + ".");
        }
        String bidder = stem(file);
        if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
            return XlsxResponses.read(bytes, shown, bidder);
        }
        if (shown.toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
            return failed(shown, bidder, "not a readable XLSX workbook (it is not a zip archive); save it as Excel Workbook (.xlsx).");
        }
        try {
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            if (text.indexOf('\0') >= 0) {
                return failed(shown, bidder, "a binary file, neither CSV nor XLSX.");
            }
            return CsvMatrix.read(text, shown, bidder);
        } catch (CharacterCodingException e) {
            return failed(shown, bidder, "not UTF-8 text, so not a CSV matrix from cspec; save it as CSV UTF-8.");
        }
    }

    private static String stem(Path file) {
        String name = file.getFileName().toString();
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static ResponseSheet failed(String shown, String bidder, String message) {
        return new ResponseSheet(shown, bidder, "", "", List.of(), List.of(new ResponseSheet.Problem("", "", message)));
    }
}
