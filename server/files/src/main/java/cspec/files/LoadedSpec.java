package cspec.files;

import cspec.core.diagnostic.Diagnostic;
import cspec.core.diagnostic.Rule;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A spec file read from disk, safely. A file over the size limit is not read at all, a binary
 * file (a NUL byte) or one that is not UTF-8 is not parsed, a file the disk refuses is not
 * checked: each becomes one diagnostic instead ({@code limit-exceeded}, {@code syntax} or
 * {@code unreadable-file}), so one bad file never stops a run.
 *
 * @param source the text (for a file that could not be decoded, the part before the bad byte,
 *               so that the diagnostic's line and column point at it)
 * @param byteOrderMark whether the file started with one (kept when a fix writes the file back)
 * @param problem the reason the file cannot be analysed, or null when it can
 */
public record LoadedSpec(Path path, SourceText source, boolean byteOrderMark, Diagnostic problem) {
    /** cspec's file size limit (LANGUAGE.md section 3, limit-exceeded). */
    public static final long MAX_BYTES = cspec.core.syntax.SpecParser.MAX_FILE_CHARS;

    /** Never throws: a file the disk will not give is one unreadable-file problem, so one bad file never stops a run. */
    static LoadedSpec read(DiskFiles disk, Path path, String name) {
        try {
            return readBytes(disk, path, name);
        } catch (IOException | RuntimeException e) {
            return failed(path, name, "", 0, Rule.UNREADABLE_FILE, "cspec cannot read this file (" + SafeWriter.reason(e)
                    + "), so it was not checked; make it readable and run again.");
        }
    }

    /** A file not read at all, for the reason given. */
    static LoadedSpec refused(Path path, String name, Rule rule, String message) {
        return failed(path, name, "", 0, rule, message);
    }

    private static LoadedSpec readBytes(DiskFiles disk, Path path, String name) throws IOException {
        long size = disk.size(path);
        if (size > MAX_BYTES) {
            return failed(path, name, "", 0, Rule.LIMIT_EXCEEDED, String.format(Locale.ROOT,
                    "This file is %.1f MB, over cspec's 10 MB limit, so it was not analysed; split it into smaller specs.",
                    size / (1024.0 * 1024.0)));
        }
        byte[] bytes = disk.bytes(path);
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE) || (bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF))) {
            return failed(path, name, "", 0, Rule.SYNTAX, "This file is saved as UTF-16; save it as UTF-8 to lint it.");
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                return failed(path, name, "", 0, Rule.SYNTAX, "This is a binary file (a NUL byte at byte offset " + i
                        + "), not a .cspec text file; lint only text saved as UTF-8.");
            }
        }
        return decode(path, name, bytes);
    }

    private static LoadedSpec decode(Path path, String name, byte[] bytes) {
        if (ascii(bytes)) {
            // Valid UTF-8 with no byte-order mark, one char a byte: the decoder's buffers are not needed.
            return new LoadedSpec(path, new SourceText(name, new String(bytes, StandardCharsets.US_ASCII)), false, null);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) {
            result = decoder.flush(out);
        }
        out.flip();
        String text = out.toString();
        boolean bom = text.startsWith("\uFEFF");
        if (result.isError()) {
            int at = in.position();
            String prefix = bom ? text.substring(1) : text;
            return failed(path, name, prefix, prefix.length(), Rule.SYNTAX, String.format(Locale.ROOT,
                    "This file is not valid UTF-8: byte 0x%02X at byte offset %d cannot be decoded; "
                            + "save the file as UTF-8 (text pasted from another encoding often causes this).",
                    bytes[at] & 0xFF, at));
        }
        return new LoadedSpec(path, new SourceText(name, text), bom, null);
    }

    private static boolean ascii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    private static LoadedSpec failed(Path path, String name, String text, int offset, Rule rule, String message) {
        return new LoadedSpec(path, new SourceText(name, text), false, Diagnostic.of(rule, Span.at(offset), message));
    }

    /** The bytes to write back for new text, with the byte-order mark the file had. */
    public byte[] encode(String text) {
        return ((byteOrderMark ? "\uFEFF" : "") + text).getBytes(StandardCharsets.UTF_8);
    }
}
