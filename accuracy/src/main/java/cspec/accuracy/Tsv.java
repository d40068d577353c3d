package cspec.accuracy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tab-separated files with a header row. A field never holds a tab or a line break: both are
 * written as one space, so every row is one line and any spreadsheet or {@code cut} reads it.
 */
public final class Tsv {
    private Tsv() {
    }

    /** One field, made safe: tabs and line breaks become single spaces. */
    public static String field(String value) {
        return value == null ? "" : value.replaceAll("[\\t\\r\\n]+", " ");
    }

    public static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        StringBuilder out = new StringBuilder();
        out.append(String.join("\t", header)).append('\n');
        for (List<String> row : rows) {
            if (row.size() != header.size()) {
                throw new IllegalArgumentException("row has " + row.size() + " fields, header " + header.size());
            }
            out.append(String.join("\t", row.stream().map(Tsv::field).toList())).append('\n');
        }
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, out.toString(), StandardCharsets.UTF_8);
    }

    /** The rows of a file, each a map from header name to field, in file order. */
    public static List<Map<String, String>> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return List.of();
        }
        String[] header = lines.get(0).split("\t", -1);
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < fields.length ? fields[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }
}
