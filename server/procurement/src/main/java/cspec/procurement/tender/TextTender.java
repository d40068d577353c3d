package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a plain-text tender: form feeds separate pages (so running headers and page numbers can be
 * told apart), blank lines separate paragraphs.
 */
final class TextTender {
    private TextTender() {
    }

    static TenderDocument read(String text) {
        List<List<LineLayout.Line>> pages = new ArrayList<>();
        List<LineLayout.Line> page = new ArrayList<>();
        // Not \\R, which counts a form feed as a line break: here it is the page break.
        String[] lines = text.split("\\r\\n|\\n|\\r", -1);
        boolean gap = false;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            while (line.indexOf('\f') >= 0) {
                page.add(new LineLayout.Line(line.substring(0, line.indexOf('\f')), "line " + (i + 1), gap));
                pages.add(page);
                page = new ArrayList<>();
                line = line.substring(line.indexOf('\f') + 1);
            }
            if (line.isBlank()) {
                gap = true;
                continue;
            }
            page.add(new LineLayout.Line(line, "line " + (i + 1), gap));
            gap = false;
        }
        pages.add(page);
        List<Dropped> dropped = new ArrayList<>();
        return new TenderDocument("text", LineLayout.blocks(Furniture.keep(pages, dropped)), dropped);
    }
}
