package cspec.dist;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The code blocks of a Markdown page, so that tests run what the page tells people to type. */
final class Docs {
    private Docs() {
    }

    /**
     * The fenced blocks in the given language under the level-2 heading that starts with the
     * given text, in order, with the checkout's own path for "/path/to/cspec".
     */
    static List<String> blocks(Path page, String heading, String language) throws IOException {
        List<String> blocks = new ArrayList<>();
        boolean inSection = false;
        StringBuilder block = null;
        for (String line : Files.readAllLines(page, StandardCharsets.UTF_8)) {
            if (block == null && line.startsWith("## ")) {
                inSection = line.substring(3).startsWith(heading);
            } else if (inSection && block == null && line.equals("```" + language)) {
                block = new StringBuilder();
            } else if (block != null && line.equals("```")) {
                blocks.add(block.toString().replace("/path/to/cspec", Distribution.repo().toString()));
                block = null;
            } else if (block != null) {
                block.append(line).append('\n');
            }
        }
        if (blocks.isEmpty()) {
            throw new AssertionError(page + " has no ```" + language + " block under \"## " + heading + "\"");
        }
        return blocks;
    }
}
