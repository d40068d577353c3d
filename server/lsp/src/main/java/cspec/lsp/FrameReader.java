package cspec.lsp;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;
import org.eclipse.lsp4j.jsonrpc.MessageConsumer;
import org.eclipse.lsp4j.jsonrpc.MessageIssueException;
import org.eclipse.lsp4j.jsonrpc.MessageIssueHandler;
import org.eclipse.lsp4j.jsonrpc.MessageProducer;
import org.eclipse.lsp4j.jsonrpc.json.MessageJsonHandler;
import org.eclipse.lsp4j.jsonrpc.messages.Message;

/**
 * Reads LSP's base protocol (header lines, a blank line, then Content-Length bytes of JSON) so
 * that a broken message costs that message only. LSP4J's own reader trusts every header: after
 * one missing or wrong Content-Length it reads each later message from the wrong place, for
 * good. Here a header that cannot be used is skipped up to the next {@code Content-Length:}; the
 * content is read as far as its JSON value goes, so a length that is too long does not swallow
 * the next message and one that is too short is noticed. Each problem is logged once.
 */
final class FrameReader implements MessageProducer, Closeable {
    /** Real header lines are a few dozen bytes; a longer one is not a header. */
    static final int MAX_HEADER_LINE = 8 * 1024;
    /** No editor sends more (cspec reads files of at most 10 MB); a larger length is a broken header. */
    static final long MAX_CONTENT_LENGTH = 256L * 1024 * 1024;

    private static final String CONTENT_LENGTH = "Content-Length:";
    private static final byte[] MARKER = CONTENT_LENGTH.toLowerCase(java.util.Locale.ROOT).getBytes(StandardCharsets.US_ASCII);

    private final PushbackBytes in;
    private final MessageJsonHandler json;
    private final MessageIssueHandler issues;
    private final Consumer<String> log;
    private volatile boolean running;
    /** Bytes the last message's Content-Length declared beyond the end of its JSON value. */
    private long owed;

    FrameReader(InputStream in, MessageJsonHandler json, MessageIssueHandler issues, Consumer<String> log) {
        this.in = new PushbackBytes(in);
        this.json = json;
        this.issues = issues;
        this.log = log;
    }

    @Override
    public void listen(MessageConsumer consumer) {
        running = true;
        try {
            while (running) {
                skipOwedWhitespace();
                long length = nextContentLength();
                if (length < 0) {
                    return;
                }
                byte[] content = readContent(length);
                if (content != null) {
                    dispatch(content, consumer);
                }
            }
        } catch (IOException end) {
            // The stream ended or broke: the connection is over, exactly as at a clean end.
        }
    }

    /** Stops after the message being read; LSP4J calls this when the connection is cancelled. */
    @Override
    public void close() {
        running = false;
    }

    /**
     * After a message whose JSON ended before its Content-Length did, the rest may only be
     * whitespace; anything else is the next message, begun early because the length was too long.
     */
    private void skipOwedWhitespace() throws IOException {
        while (owed > 0) {
            int b = in.read();
            if (b < 0) {
                return;
            }
            if (!JsonExtent.isWhitespace(b)) {
                in.unread(new byte[] {(byte) b}, 0, 1);
                log.accept("a message's Content-Length was longer than the message; the next one was read from where it starts.");
                owed = 0;
                return;
            }
            owed--;
        }
    }

    /** The Content-Length of the next message whose headers can be used; -1 at the end of the stream. */
    private long nextContentLength() throws IOException {
        long length = -1;
        boolean anyHeader = false;
        while (true) {
            byte[] line = in.readLine(MAX_HEADER_LINE);
            if (line == null) {
                return -1;
            }
            if (line.length == 0) {
                if (!anyHeader) {
                    continue; // a stray line break between messages
                }
                if (length >= 0) {
                    return length;
                }
                if (!resync("a message had no Content-Length header", 0)) {
                    return -1;
                }
            } else if (line.length < MAX_HEADER_LINE && isHeader(line)) {
                anyHeader = true;
                String text = new String(line, StandardCharsets.US_ASCII);
                if (!text.regionMatches(true, 0, CONTENT_LENGTH, 0, CONTENT_LENGTH.length())) {
                    continue; // Content-Type and unknown headers change nothing: the content is UTF-8 JSON
                }
                length = byteCount(text.substring(CONTENT_LENGTH.length()).trim());
                if (length >= 0) {
                    continue;
                }
                if (!resyncAfterBadLine(line, "a Content-Length header held no usable byte count (" + shorten(text) + ")")) {
                    return -1;
                }
            } else if (!resyncAfterBadLine(line, line.length >= MAX_HEADER_LINE
                    ? "the server received a header line longer than " + MAX_HEADER_LINE + " bytes"
                    : "the server received a line that is not a header (" + shorten(new String(line, StandardCharsets.UTF_8)) + ")")) {
                return -1;
            }
            length = -1;
            anyHeader = false;
        }
    }

    /**
     * A line that cannot be used may hold the next message's start (a header sent right after
     * a body with no line break between): search it again, minus its first byte, so the search
     * always moves on.
     */
    private boolean resyncAfterBadLine(byte[] line, String problem) throws IOException {
        if (line.length < MAX_HEADER_LINE) {
            in.unread(new byte[] {'\n'}, 0, 1); // the line break readLine took off
        }
        in.unread(line, 1, line.length);
        return resync(problem, 1);
    }

    /**
     * Skips to the next {@code Content-Length:} (in any case) and leaves it to be read; logs the
     * problem and how much was skipped. False when the stream ends first.
     */
    private boolean resync(String problem, long alreadySkipped) throws IOException {
        long skipped = alreadySkipped;
        int matched = 0;
        while (matched < MARKER.length) {
            int b = in.read();
            if (b < 0) {
                log.accept(problem + "; nothing usable followed it.");
                return false;
            }
            int lower = b >= 'A' && b <= 'Z' ? b + ('a' - 'A') : b;
            if (lower == MARKER[matched]) {
                matched++;
            } else {
                skipped += matched + (lower == MARKER[0] ? 0 : 1);
                matched = lower == MARKER[0] ? 1 : 0;
            }
        }
        in.unread(CONTENT_LENGTH.getBytes(StandardCharsets.US_ASCII), 0, CONTENT_LENGTH.length());
        log.accept(problem + "; skipped " + skipped + " bytes to the next Content-Length header.");
        return true;
    }

    /**
     * The message's content: Content-Length bytes, or fewer when its JSON value ends before
     * them. Null when the content is broken: the length ends inside the value, or a byte comes
     * that no JSON text can hold there (the next message's header, sent early). The content is
     * then searched again from its start for the next header; the header already read is what
     * guarantees the search moves on.
     */
    private byte[] readContent(long length) throws IOException {
        JsonExtent extent = new JsonExtent();
        GrowingBytes content = new GrowingBytes((int) Math.min(length, 1 << 16));
        for (long i = 0; i < length; i++) {
            int b = in.read();
            if (b < 0) {
                throw new EOFException();
            }
            content.add(b);
            JsonExtent.Step step = extent.accept(b);
            if (step == JsonExtent.Step.COMPLETE) {
                owed = length - i - 1;
                return content.toArray();
            }
            if (step == JsonExtent.Step.BROKEN) {
                break;
            }
        }
        byte[] read = content.toArray();
        in.unread(read, 0, read.length);
        resync("a message's content did not fit its Content-Length (" + length + ") or was not JSON, and was skipped", 0);
        return null;
    }

    private void dispatch(byte[] content, MessageConsumer consumer) {
        Message message;
        try {
            message = json.parseMessage(new String(content, StandardCharsets.UTF_8));
        } catch (MessageIssueException e) {
            issues.handle(e.getRpcMessage(), e.getIssues());
            return;
        } catch (RuntimeException e) {
            log.accept("a message that is not JSON-RPC was skipped (" + shorten(new String(content, StandardCharsets.UTF_8)) + ").");
            return;
        }
        try {
            consumer.consume(message);
        } catch (MessageIssueException e) {
            issues.handle(e.getRpcMessage(), e.getIssues());
        }
    }

    /** "Name: value", with a name made of the characters HTTP allows in one. */
    private static boolean isHeader(byte[] line) {
        int i = 0;
        while (i < line.length && (Character.isLetterOrDigit(line[i]) || "!#$%&'*+-.^_`|~".indexOf(line[i]) >= 0)) {
            i++;
        }
        return i > 0 && i < line.length && line[i] == ':';
    }

    /** The value of a Content-Length header, or -1 when it is not a byte count a message can have. */
    private static long byteCount(String value) {
        if (value.isEmpty() || value.length() > 12 || !value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long n = Long.parseLong(value);
        return n <= MAX_CONTENT_LENGTH ? n : -1;
    }

    private static String shorten(String text) {
        String oneLine = text.replaceAll("\\p{Cntrl}", "?");
        return oneLine.length() <= 60 ? oneLine : oneLine.substring(0, 60) + "...";
    }

    /** A byte array that grows as content arrives, so a false huge length costs no memory up front. */
    private static final class GrowingBytes {
        private byte[] bytes;
        private int size;

        GrowingBytes(int initial) {
            bytes = new byte[Math.max(16, initial)];
        }

        void add(int b) {
            if (size == bytes.length) {
                bytes = java.util.Arrays.copyOf(bytes, bytes.length * 2);
            }
            bytes[size++] = (byte) b;
        }

        byte[] toArray() {
            return java.util.Arrays.copyOf(bytes, size);
        }
    }
}
