package cspec.lsp.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Objects;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An in-memory byte pipe for tests that connect a client and the language server in-process:
 * bytes arrive in the order written, from any number of threads, to one reader.
 *
 * <p>Why not java.io's piped streams: {@code PipedInputStream} fails a read with "Write end dead"
 * (or "Pipe broken") once the last thread that wrote to it has ended, and LSP4J and the server
 * write from pool threads that come and go, so a reply was lost and the client waited forever (a
 * CI flake). Why not an nio {@code Pipe}: its channels close when a thread using them is
 * interrupted, which the server's shutdown does to its threads. Here writes only append to a
 * queue, so neither a writer's end nor an interrupt affects the pipe.
 */
public final class MemoryPipe {
    /** Marks the writing end closed; never a chunk of data, since empty writes are dropped. */
    private static final byte[] END = new byte[0];

    private final BlockingQueue<byte[]> chunks = new LinkedBlockingQueue<>();
    private final WriteEnd writeEnd = new WriteEnd();
    private final InputStream readEnd = new ReadEnd();

    /** The end the writers use, from any thread; closing it ends the reader's stream after the bytes already written. */
    public OutputStream writeEnd() {
        return writeEnd;
    }

    /** Closes the writing end (as {@code writeEnd().close()} does), for callers that hold no IOException. */
    public void closeWriteEnd() {
        writeEnd.close();
    }

    /** The end one reader uses: reads block until bytes arrive, and return -1 once the writing end is closed and drained. */
    public InputStream readEnd() {
        return readEnd;
    }

    private final class WriteEnd extends OutputStream {
        private volatile boolean closed;

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] bytes, int from, int length) throws IOException {
            Objects.checkFromIndexSize(from, length, bytes.length);
            if (closed) {
                throw new IOException("write to a closed pipe");
            }
            if (length > 0) {
                // An unbounded queue's add neither blocks nor looks at the writer's interrupt flag.
                chunks.add(Arrays.copyOfRange(bytes, from, from + length));
            }
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                chunks.add(END);
            }
        }
    }

    private final class ReadEnd extends InputStream {
        private byte[] current = new byte[0];
        private int at;
        private boolean ended;

        @Override
        public synchronized int read() throws IOException {
            if (!fill()) {
                return -1;
            }
            return current[at++] & 0xff;
        }

        @Override
        public synchronized int read(byte[] into, int from, int length) throws IOException {
            Objects.checkFromIndexSize(from, length, into.length);
            if (length == 0) {
                return 0;
            }
            if (!fill()) {
                return -1;
            }
            int n = Math.min(length, current.length - at);
            System.arraycopy(current, at, into, from, n);
            at += n;
            return n;
        }

        /** Bytes that a read returns without waiting (those of the chunk at hand). */
        @Override
        public synchronized int available() {
            return current.length - at;
        }

        /** Waits until the current chunk has a byte left; false at the end of the stream. */
        private boolean fill() throws IOException {
            while (!ended && at == current.length) {
                byte[] next;
                try {
                    next = chunks.take();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new InterruptedIOException("interrupted while waiting for bytes");
                }
                if (next == END) {
                    ended = true;
                } else {
                    current = next;
                    at = 0;
                }
            }
            return at < current.length;
        }
    }
}
