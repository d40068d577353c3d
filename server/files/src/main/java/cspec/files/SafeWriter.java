package cspec.files;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

/**
 * Writes whole files so that a failure can never leave one half-written: the bytes go to a
 * temporary file in the same folder, are flushed to the disk, and only then renamed over the
 * target in one atomic step. On a full disk or any other failure the original is untouched.
 *
 * <p>The temporary file's name starts with a dot and does not end in {@code .cspec}, so no
 * workspace scan ever sees it. A file replaced through a symbolic link is written at the link's
 * real target, so the link stays a link; a new file is never created through a link.
 */
public final class SafeWriter {
    /** How bytes reach the temporary file; tests swap in one that fails half-way. */
    interface ByteSink {
        void write(FileChannel channel, ByteBuffer bytes) throws IOException;
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private static final SafeWriter DISK = new SafeWriter((channel, bytes) -> {
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
    });

    private final ByteSink sink;

    SafeWriter(ByteSink sink) {
        this.sink = sink;
    }

    public static SafeWriter disk() {
        return DISK;
    }

    /**
     * Replaces the content of an existing file, keeping its permissions. A symbolic link is
     * followed to its real target, which is what gets replaced.
     *
     * @param shown the file's name as the user knows it, for the message
     */
    public void replace(Path file, byte[] bytes, String shown) throws WriteFailure {
        Path target;
        try {
            target = file.toRealPath();
        } catch (IOException e) {
            throw new WriteFailure("cannot write " + shown + ": " + reason(e) + "; nothing was written.", e);
        }
        writeAtomically(target, bytes, permissionsOf(target), shown, "the file is unchanged");
    }

    /**
     * Writes a file that may not exist yet. An existing file is replaced only when overwrite is
     * true, and never when the path (or the file it would replace) is a symbolic link: an export
     * or a new contract must not write somewhere the user did not name.
     */
    public void create(Path file, byte[] bytes, boolean overwrite, String shown) throws WriteFailure {
        if (Files.isSymbolicLink(file)) {
            throw new WriteFailure("cannot write " + shown + ": it is a symbolic link, and cspec never writes "
                    + "through one; remove the link or choose another path. Nothing was written.", null);
        }
        boolean exists = Files.exists(file, LinkOption.NOFOLLOW_LINKS);
        if (exists && !overwrite) {
            throw new WriteFailure("cannot write " + shown + ": it already exists; nothing was written.", null);
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
        } catch (IOException e) {
            throw new WriteFailure("cannot create the folder of " + shown + ": " + reason(e) + "; nothing was written.", e);
        }
        Set<PosixFilePermission> permissions = exists ? permissionsOf(file) : null;
        writeAtomically(file.toAbsolutePath(), bytes, permissions, shown,
                exists ? "the file is unchanged" : "nothing was written");
    }

    /**
     * Writes a file under a folder the user named, creating the folders between, as
     * {@link #create} does; refuses when one of those folders is a symbolic link, so an export
     * never lands outside the folder that was named.
     */
    public void createInside(Path folder, Path file, byte[] bytes, boolean overwrite, String shown) throws WriteFailure {
        Optional<Path> link = linkOnTheWay(folder, file);
        if (link.isPresent()) {
            throw new WriteFailure("cannot write " + shown + ": " + link.get() + " is a symbolic link, and cspec never "
                    + "writes through one; remove the link or choose another folder. Nothing was written.", null);
        }
        create(file, bytes, overwrite, shown);
    }

    /** The first folder between folder (itself allowed) and file that is a symbolic link. */
    public static Optional<Path> linkOnTheWay(Path folder, Path file) {
        Path base = folder.toAbsolutePath().normalize();
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(base)) {
            return Optional.of(target);
        }
        Path at = base;
        for (Path part : base.relativize(target.getParent() == null ? target : target.getParent())) {
            at = at.resolve(part);
            if (Files.isSymbolicLink(at)) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** outcome says what became of the file when the write fails, for the message. */
    private void writeAtomically(Path target, byte[] bytes, Set<PosixFilePermission> permissions, String shown,
            String outcome) throws WriteFailure {
        Path temporary = target.resolveSibling("." + target.getFileName() + "." + randomSuffix() + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                sink.write(channel, ByteBuffer.wrap(bytes));
                channel.force(true);
            }
            if (permissions != null) {
                PosixFileAttributeView view = Files.getFileAttributeView(temporary, PosixFileAttributeView.class);
                if (view != null) {
                    view.setPermissions(permissions);
                }
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(temporary);
            throw new WriteFailure("cannot write " + shown + " (" + reason(e) + "); " + outcome + ".", e);
        }
        syncFolder(target.getParent());
    }

    private static Set<PosixFilePermission> permissionsOf(Path file) {
        try {
            PosixFileAttributeView view = Files.getFileAttributeView(file, PosixFileAttributeView.class);
            return view == null ? null : view.readAttributes().permissions();
        } catch (IOException e) {
            return null;
        }
    }

    /** The rename is only durable once the folder's entry is on the disk; best effort where the OS allows it. */
    private static void syncFolder(Path folder) {
        if (folder == null) {
            return;
        }
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Some systems cannot open a folder as a channel; the rename itself has happened.
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // Nothing more can be done; the name starts with a dot and is never scanned.
        }
    }

    private static String randomSuffix() {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    /** The operating system's reason in plain words, without Java's class names. */
    static String reason(Throwable e) {
        if (e instanceof NoSuchFileException) {
            return "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.toLowerCase(java.util.Locale.ROOT);
    }
}
