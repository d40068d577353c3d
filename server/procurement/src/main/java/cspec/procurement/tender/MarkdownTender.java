package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Markdown tender: {@code #} headings (a leading number such as "5.2" is the source's
 * numbering), {@code -}, {@code *}, {@code +} and numbered list items (their number is kept),
 * paragraphs, and table rows (listed in the report, since a table is not prose). Emphasis marks
 * are removed; the words stay.
 */
final class MarkdownTender {
    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*$");
    private static final Pattern NUMBERED_TITLE = Pattern.compile("^(\\d{1,2}(?:\\.\\d{1,2})*)\\.?\\s+(.*)$");
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(?:[-*+]|(\\d{1,3}|[a-z])[.)])\\s+(.*)$");

    /** "- (a) calling the on-call manager": a bullet whose text starts with the source's own label. */
    private static final Pattern LABEL = Pattern.compile("^\\(([a-z]{1,3}|\\d{1,3})\\)\\s+(.*)$");

    private MarkdownTender() {
    }

    static TenderDocument read(String text) {
        List<Block> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        String[] where = {""};
        Block.Kind[] kind = {Block.Kind.PARAGRAPH};
        String[] number = {""};
        int[] level = {0};
        Runnable flush = () -> {
            if (paragraph.length() > 0) {
                blocks.add(new Block(kind[0], level[0], number[0], plain(paragraph.toString()), where[0]));
                paragraph.setLength(0);
            }
            kind[0] = Block.Kind.PARAGRAPH;
            number[0] = "";
            level[0] = 0;
        };
        boolean fenced = false;
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String at = "line " + (i + 1);
            if (line.strip().startsWith("```")) {
                flush.run();
                fenced = !fenced;
                continue;
            }
            Matcher heading = HEADING.matcher(line.strip());
            Matcher item = ITEM.matcher(line);
            if (fenced || line.strip().startsWith("|")) {
                flush.run();
                if (!line.strip().matches("\\|?[-:| ]+\\|?") && !line.isBlank()) {
                    blocks.add(new Block(Block.Kind.TABLE, 0, "", plain(line.strip()), at));
                }
            } else if (line.isBlank()) {
                flush.run();
            } else if (heading.matches()) {
                flush.run();
                Matcher numbered = NUMBERED_TITLE.matcher(heading.group(2));
                String title = numbered.matches() ? numbered.group(2) : heading.group(2);
                blocks.add(new Block(Block.Kind.HEADING, heading.group(1).length(), numbered.matches() ? numbered.group(1) : "",
                        plain(title), at));
            } else if (item.matches()) {
                flush.run();
                kind[0] = Block.Kind.ITEM;
                level[0] = item.group(1).replace("\t", "    ").length() / 2 + 1;
                Matcher label = LABEL.matcher(item.group(3).strip());
                boolean labelled = item.group(2) == null && label.matches();
                number[0] = item.group(2) != null ? item.group(2) : labelled ? label.group(1) : "";
                where[0] = at;
                paragraph.append(labelled ? label.group(2) : item.group(3).strip());
            } else {
                if (paragraph.length() == 0) {
                    where[0] = at;
                } else {
                    paragraph.append(' ');
                }
                paragraph.append(line.strip());
            }
        }
        flush.run();
        return new TenderDocument("Markdown", blocks, List.of());
    }

    /** The words without Markdown's emphasis and code marks. */
    static String plain(String text) {
        return text.replace("**", "").replace("__", "").replace("`", "").replaceAll("(?<![\\w*])\\*(?=\\S)|(?<=\\S)\\*(?![\\w*])", "");
    }
}
