package cspec.cli;

import cspec.core.state.WorkspaceState;
import cspec.core.workspace.Workspace;
import cspec.files.DiskFiles;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the paths on the command line into the spec files to process, each with its workspace.
 * A folder is searched for {@code *.cspec} files, skipping dot-folders, {@code target} and
 * {@code node_modules}; a named file is taken whatever its extension. Every file, named or found,
 * is then checked against its workspace's {@code exclude} globs, so a pre-commit hook that names
 * files one by one honours them too.
 */
public final class SpecFinder {
    public static final String EXTENSION = ".cspec";

    /** One file to process and the workspace it belongs to. */
    public record Target(Path file, Workspace workspace) {
    }

    /**
     * The files to process, how many were left out by exclude globs, and the files and folders a
     * search could not read (each reported as an unreadable-file finding; the run exits 2).
     */
    public record Found(List<Target> targets, int excluded, List<Unread> unreadable) {
    }

    /** A file or folder the search could not read, and the workspace it belongs to. */
    public record Unread(DiskFiles.Unreadable entry, Workspace workspace) {
    }

    private static final DiskFiles DISK = new DiskFiles();

    private final Path cwd;
    private final WorkspaceState state;
    private final Workspace explicit;

    /**
     * explicit is the workspace of --config, or null to find each file's own by walking up. The
     * state is the run's one store: each cspec.json is read once, and every workspace it finds
     * reads its files through the state, so libraries are parsed and folders scanned once per run.
     */
    public SpecFinder(Path cwd, WorkspaceState state, Workspace explicit) {
        this.cwd = cwd;
        this.state = state;
        this.explicit = explicit;
    }

    public static SpecFinder create(Path cwd, Path configFile) {
        WorkspaceState state = new WorkspaceState(DISK);
        Workspace explicit = null;
        if (configFile != null) {
            Path config = cwd.resolve(configFile);
            if (!DISK.isFile(config)) {
                throw new UsageException(DISK.specialKind(config).map(kind -> notAFileOrFolder(configFile.toString(), kind))
                        .orElse("config file not found: " + configFile));
            }
            explicit = state.fromConfig(config)
                    .orElseThrow(() -> new UsageException("cannot read config file " + configFile));
        }
        return new SpecFinder(cwd, state, explicit);
    }

    /** The workspace --config named, if any. */
    public java.util.Optional<Workspace> explicitWorkspace() {
        return java.util.Optional.ofNullable(explicit);
    }

    public Found find(List<String> arguments) {
        Map<Path, Target> targets = new LinkedHashMap<>();
        List<Unread> unreadable = new ArrayList<>();
        int excluded = 0;
        for (String argument : arguments) {
            List<DiskFiles.Unreadable> notRead = new ArrayList<>();
            for (Path file : expand(argument, notRead)) {
                Workspace workspace = workspaceOf(file);
                if (isExcluded(file, workspace)) {
                    excluded++;
                } else {
                    targets.putIfAbsent(file, new Target(file, workspace));
                }
            }
            for (DiskFiles.Unreadable entry : notRead) {
                Workspace workspace = workspaceOf(entry.path());
                if (!isExcluded(entry.path(), workspace) && unreadable.stream().noneMatch(u -> u.entry().equals(entry))) {
                    unreadable.add(new Unread(entry, workspace));
                }
            }
        }
        return new Found(new ArrayList<>(targets.values()), excluded, List.copyOf(unreadable));
    }

    private Workspace workspaceOf(Path file) {
        return explicit != null ? explicit : state.locate(file, cwd);
    }

    private List<Path> expand(String argument, List<DiskFiles.Unreadable> unreadable) {
        Path path = cwd.resolve(argument).toAbsolutePath().normalize();
        if (DISK.isFile(path)) {
            return List.of(path);
        }
        if (!DISK.isFolder(path)) {
            throw new UsageException(DISK.specialKind(path).map(kind -> notAFileOrFolder(argument, kind))
                    .orElse("no such file or folder: " + argument));
        }
        DiskFiles.Search search = walk(path);
        if (search.specs().isEmpty() && search.unreadable().isEmpty()) {
            throw new UsageException("no " + EXTENSION + " files in " + argument);
        }
        unreadable.addAll(search.unreadable());
        return search.specs();
    }

    /** A pipe, device or socket given where a file or folder belongs. */
    private static String notAFileOrFolder(String shown, String kind) {
        return shown + " is " + kind + ", not a file or folder; cspec reads only files and folders";
    }

    private static DiskFiles.Search walk(Path folder) {
        try {
            return DISK.findSpecs(folder);
        } catch (IOException e) {
            throw new UsageException("cannot read folder " + folder + ": " + e.getMessage());
        }
    }

    /**
     * True when an exclude glob of the workspace matches the file's path relative to the root, or
     * the path of one of its folders ({@code drafts} excludes everything under drafts/). Globs use
     * {@code /} between folders; {@code *} stays within one folder and {@code **} crosses them.
     */
    public static boolean isExcluded(Path file, Workspace workspace) {
        List<String> globs = workspace.config().exclude();
        if (globs.isEmpty() || workspace.root() == null || !workspace.contains(file)) {
            return false;
        }
        Path relative = workspace.root().toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
        for (String glob : globs) {
            PathMatcher matcher;
            try {
                matcher = FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (RuntimeException e) {
                continue; // ConfigLoader already reported it.
            }
            for (Path prefix = relative; prefix != null; prefix = prefix.getParent()) {
                if (matcher.matches(prefix)) {
                    return true;
                }
            }
        }
        return false;
    }
}
