package cspec.lsp.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The pipe the in-process LSP tests talk through. The first two tests are the regression for the
 * "Write end dead" CI flake: the same sequence of threads, which java.io's pipes fail and this one
 * carries.
 */
class MemoryPipeTest {
    private static final long WAIT_SECONDS = 10;

    @Test
    void aReadAfterTheLastWritingThreadEndedWaitsForTheNextWriter() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        assertEquals("second", secondMessageAfterTheFirstWriterEnded(pipe.readEnd(), pipe.writeEnd()));
    }

    /** The control: the sequence above is the one that broke the harnesses on java.io's pipes. */
    @Test
    void javaIoPipesFailThatSameReadWithWriteEndDead() throws Exception {
        PipedInputStream in = new PipedInputStream();
        PipedOutputStream out = new PipedOutputStream(in);
        IOException lost = assertThrows(IOException.class, () -> secondMessageAfterTheFirstWriterEnded(in, out));
        assertEquals("Write end dead", lost.getMessage());
    }

    @Test
    void bytesFromThreadAfterThreadArriveInTheOrderWritten() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        StringBuilder expected = new StringBuilder();
        for (int i = 0; i < 50; i++) {
            String part = i + ";";
            expected.append(part);
            writeFromAThreadThatEnds(pipe.writeEnd(), part);
        }
        pipe.writeEnd().close();
        assertEquals(expected.toString(), new String(pipe.readEnd().readAllBytes(), StandardCharsets.UTF_8));
    }

    @Test
    void closingTheWriteEndEndsTheStreamAfterTheBytesWritten() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        pipe.writeEnd().write(new byte[] {1, 2, 3});
        pipe.writeEnd().write(4);
        pipe.writeEnd().close();
        InputStream in = pipe.readEnd();
        assertArrayEquals(new byte[] {1, 2, 3, 4}, in.readNBytes(10));
        assertEquals(-1, in.read());
        assertEquals(-1, in.read(new byte[4], 0, 4), "the end is reported to every later read");
        assertThrows(IOException.class, () -> pipe.writeEnd().write(5), "a write after close was dropped silently");
    }

    @Test
    void aReadBlocksUntilBytesArrive() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        FutureTask<Integer> read = new FutureTask<>(() -> pipe.readEnd().read());
        Thread reader = start("reader", read);
        awaitBlockedOrEnded(reader);
        assertFalse(read.isDone(), "a read returned before anything was written");
        pipe.writeEnd().write(200);
        assertEquals(200, read.get(WAIT_SECONDS, TimeUnit.SECONDS), "a byte reads back unsigned");
    }

    /** The server interrupts its threads at shutdown: that must neither lose nor close anything. */
    @Test
    void aWriterThatIsInterruptedStillDeliversAndLeavesThePipeOpen() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        FutureTask<Void> interruptedWrite = new FutureTask<>(() -> {
            Thread.currentThread().interrupt();
            pipe.writeEnd().write("kept".getBytes(StandardCharsets.UTF_8));
            return null;
        });
        start("interrupted-writer", interruptedWrite).join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        interruptedWrite.get(WAIT_SECONDS, TimeUnit.SECONDS);
        writeFromAThreadThatEnds(pipe.writeEnd(), " open");
        assertEquals("kept open", new String(pipe.readEnd().readNBytes(9), StandardCharsets.UTF_8));
    }

    /** How a harness's close ends a reader that waits for a reply that will never come. */
    @Test
    void interruptingAWaitingReaderEndsItsReadWithAnError() throws Exception {
        MemoryPipe pipe = new MemoryPipe();
        FutureTask<Integer> read = new FutureTask<>(() -> pipe.readEnd().read());
        Thread reader = start("reader", read);
        awaitBlockedOrEnded(reader);
        reader.interrupt();
        ExecutionException failed = assertThrows(ExecutionException.class, () -> read.get(WAIT_SECONDS, TimeUnit.SECONDS));
        assertInstanceOf(InterruptedIOException.class, failed.getCause());
    }

    /**
     * One thread writes "first" and ends; the reader takes it, then reads again with nothing left
     * to read; only then does a second thread write "second". Returns what that read got.
     */
    private static String secondMessageAfterTheFirstWriterEnded(InputStream in, OutputStream out) throws Exception {
        writeFromAThreadThatEnds(out, "first");
        assertEquals("first", new String(in.readNBytes(5), StandardCharsets.UTF_8));
        FutureTask<String> next = new FutureTask<>(() -> new String(in.readNBytes(6), StandardCharsets.UTF_8));
        Thread reader = start("reader", next);
        awaitBlockedOrEnded(reader);
        Thread second = start("second-writer", () -> {
            try {
                out.write("second".getBytes(StandardCharsets.UTF_8));
                out.flush();
            } catch (IOException brokenByTheReader) {
                // java.io's pipe also refuses writes once its reader has ended; the read's error is the point.
            }
        });
        try {
            return next.get(WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException lost) {
                throw lost;
            }
            throw e;
        } finally {
            second.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        }
    }

    private static void writeFromAThreadThatEnds(OutputStream out, String text) throws Exception {
        FutureTask<Void> write = new FutureTask<>(() -> {
            out.write(text.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return null;
        });
        Thread writer = start("writer", write);
        write.get(WAIT_SECONDS, TimeUnit.SECONDS);
        writer.join(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
        assertFalse(writer.isAlive(), "the writing thread did not end");
    }

    private static Thread start(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** Waits until the thread is parked in a read (or has already ended, as java.io's read does). */
    private static void awaitBlockedOrEnded(Thread thread) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (true) {
            Thread.State state = thread.getState();
            if (state == Thread.State.WAITING || state == Thread.State.TIMED_WAITING || state == Thread.State.TERMINATED) {
                return;
            }
            assertTrue(System.nanoTime() < deadline, "the reader neither blocked nor ended within " + WAIT_SECONDS + " s");
            Thread.sleep(1);
        }
    }
}
