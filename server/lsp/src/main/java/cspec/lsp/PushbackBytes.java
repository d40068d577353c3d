package cspec.lsp;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Arrays;

/**
 * A buffered byte stream that can take bytes back, any number and more than once: the frame
 * reader searches what it already read for the next header when a message turns out broken.
 */
final class PushbackBytes {
    /** Bytes taken back, read before the stream; a stack, so taking back never copies what waits. */
    private static final class Segment {
        final byte[] bytes;
        int position;

        Segment(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    private final InputStream in;
    private final byte[] buffer = new byte[1 << 16];
    private int position;
    private int limit;
    private final ArrayDeque<Segment> takenBack = new ArrayDeque<>();

    PushbackBytes(InputStream in) {
        this.in = in;
    }

    /** The next byte, or -1 at the end of the stream; blocks only when nothing is buffered. */
    int read() throws IOException {
        while (!takenBack.isEmpty()) {
            Segment top = takenBack.peek();
            if (top.position < top.bytes.length) {
                return top.bytes[top.position++] & 0xff;
            }
            takenBack.pop();
        }
        while (position == limit) {
            int n = in.read(buffer, 0, buffer.length);
            if (n < 0) {
                return -1;
            }
            position = 0;
            limit = n;
        }
        return buffer[position++] & 0xff;
    }

    /** Makes bytes[from, to) the next ones read, before anything taken back earlier. */
    void unread(byte[] bytes, int from, int to) {
        if (to > from) {
            takenBack.push(new Segment(Arrays.copyOfRange(bytes, from, to)));
        }
    }

    /**
     * A line without its CR LF (or LF); at most max bytes, the rest of a longer line left unread.
     * Null at the end of the stream.
     */
    byte[] readLine(int max) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        while (line.size() < max) {
            int b = read();
            if (b < 0) {
                return null;
            }
            if (b == '\n') {
                byte[] bytes = line.toByteArray();
                int end = bytes.length > 0 && bytes[bytes.length - 1] == '\r' ? bytes.length - 1 : bytes.length;
                return Arrays.copyOf(bytes, end);
            }
            line.write(b);
        }
        return line.toByteArray();
    }
}
