package cspec.procurement.render;

import cspec.procurement.model.ContractView;
import cspec.procurement.model.SlaView;
import cspec.procurement.model.Text;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * The contract as a Word document, built with POI: Title and Heading styles, numbered and
 * bulleted lists, and tables for the title block and the SLAs. Each value goes into a run as
 * text, which POI escapes, so nothing in the contract becomes markup.
 */
final class DocxRenderer {
    private static final String[] KIND_COLOURS = {"B42318", "175CD3", "6941C6", "B54708", "067647"};

    private final XWPFDocument document;
    private final DocxStyles styles;

    private DocxRenderer(XWPFDocument document) {
        this.document = document;
        this.styles = DocxStyles.install(document);
    }

    static byte[] render(ContractView contract) {
        try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            new DocxRenderer(document).write(contract);
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException("writing a document to memory cannot fail", e);
        }
    }

    private void write(ContractView contract) {
        styled(DocxStyles.TITLE).createRun().setText(contract.title());
        XWPFRun version = document.createParagraph().createRun();
        version.setText("Version " + contract.version() + " \u00b7 requirements " + contract.requirementsHash());
        version.setColor("57606A");
        table(List.of(), contract.titleBlock().stream().map(f -> List.of(f.label(), f.value())).toList(), true);
        summary(contract.summary());
        if (contract.hasSections()) {
            styled(DocxStyles.heading(1)).createRun().setText("Contents");
            BigInteger list = styles.numbered();
            contract.topSections().forEach(s -> listItem(list, s.title()));
        }
        if (contract.hasDefinitions()) {
            styled(DocxStyles.heading(1)).createRun().setText("Definitions");
            for (ContractView.Term term : contract.definitions()) {
                XWPFParagraph p = document.createParagraph();
                p.setSpacingAfter(80);
                XWPFRun name = p.createRun();
                name.setBold(true);
                name.setText("\u201c" + term.term() + "\u201d ");
                p.createRun().setText(term.text().plain());
            }
        }
        contract.body().forEach(this::part);
    }

    private void summary(ContractView.Summary s) {
        XWPFParagraph p = document.createParagraph();
        XWPFRun label = p.createRun();
        label.setBold(true);
        label.setText("Summary: ");
        p.createRun().setText(s.mandatory() + " mandatory \u00b7 " + s.rated() + " rated (total weight " + s.ratedWeight()
                + ") \u00b7 " + s.future() + " future \u00b7 " + s.options() + " options \u00b7 " + s.questions()
                + " questions (total weight " + s.questionWeight() + ")");
    }

    private void part(ContractView.Part part) {
        if (part.section() != null) {
            ContractView.SectionView section = part.section();
            styled(DocxStyles.heading(section.depth())).createRun().setText(section.number() + "  " + section.title());
            section.parts().forEach(this::part);
        } else if (part.requirement() != null) {
            requirement(part.requirement());
        } else if (part.background() != null) {
            ContractView.BackgroundView background = part.background();
            text(background.text(), true, background.ref().isEmpty() ? "" : "Source " + background.ref() + ". ");
        } else if (part.sla() != null) {
            sla(part.sla());
        } else if (part.clause() != null) {
            ContractView.ClauseView clause = part.clause();
            XWPFParagraph title = document.createParagraph();
            keepWithNext(title);
            title.setSpacingBefore(200);
            XWPFRun run = title.createRun();
            run.setBold(true);
            run.setText(clause.title());
            text(clause.text(), false, "");
            if (!clause.origin().isEmpty()) {
                XWPFRun origin = document.createParagraph().createRun();
                origin.setItalic(true);
                origin.setColor("57606A");
                origin.setText(clause.origin());
            }
        }
    }

    private void requirement(ContractView.RequirementView r) {
        XWPFParagraph head = document.createParagraph();
        keepWithNext(head);
        head.setSpacingBefore(160);
        XWPFRun id = head.createRun();
        id.setBold(true);
        id.setFontFamily("Consolas");
        id.setText(r.id() + "  ");
        XWPFRun marker = head.createRun();
        marker.setBold(true);
        marker.setCapitalized(true);
        marker.setColor(KIND_COLOURS[r.kind().ordinal()]);
        marker.setText(r.marker());
        if (!r.ref().isEmpty()) {
            XWPFRun ref = head.createRun();
            ref.setColor("57606A");
            ref.setText("  source " + r.ref());
        }
        text(r.text(), false, "");
    }

    private void text(Text text, boolean muted, String lead) {
        boolean first = true;
        for (Text.Block block : text.blocks()) {
            if (!block.isList()) {
                XWPFRun run = document.createParagraph().createRun();
                run.setText((first ? lead : "") + block.paragraph());
                run.setItalic(muted);
                first = false;
                continue;
            }
            // Items lettered a, b, c in the source become a Word list lettered the same way; other numbering is
            // kept as written in front of a bullet, and items without numbering are numbered 1, 2, 3.
            boolean lettered = lettered(block.items());
            boolean refs = block.items().stream().anyMatch(i -> i.ref() != null);
            BigInteger list = lettered ? styles.lettered() : refs ? styles.bullets() : styles.numbered();
            block.items().forEach(item -> listItem(list, (lettered || item.ref() == null ? "" : "(" + item.ref() + ") ") + item.text()));
        }
    }

    private static boolean lettered(List<Text.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            if (!String.valueOf((char) ('a' + i)).equals(items.get(i).ref())) {
                return false;
            }
        }
        return items.size() <= 26;
    }

    private void listItem(BigInteger list, String words) {
        XWPFParagraph p = document.createParagraph();
        p.setNumID(list);
        p.setNumILvl(BigInteger.ZERO);
        p.createRun().setText(words);
    }

    private void sla(SlaView sla) {
        XWPFParagraph title = document.createParagraph();
        keepWithNext(title);
        title.setSpacingBefore(240);
        XWPFRun run = title.createRun();
        run.setBold(true);
        run.setText("Service levels: " + sla.title());
        if (sla.hasFigures()) {
            table(List.of(), sla.figures().stream().map(f -> List.of(f.label(), f.value())).toList(), true);
        }
        if (sla.hasSeverities()) {
            List<String> header = new ArrayList<>(List.of("Severity", "Definition"));
            header.addAll(sla.timerNames());
            List<List<String>> rows = new ArrayList<>();
            for (SlaView.Severity s : sla.severities()) {
                List<String> row = new ArrayList<>(List.of(s.id() + " " + s.label(), s.definition().plain()));
                row.addAll(s.cells());
                rows.add(row);
            }
            table(header, rows, false);
        }
        if (sla.hasMetrics()) {
            table(List.of("Metric", "Target"), sla.metrics().stream().map(m -> List.of(m.id() + " " + m.label(), m.target())).toList(), false);
        }
        sla.requirements().forEach(this::requirement);
    }

    /** A table with an optional header row (repeated on each page); firstColumnBold for label/value tables. */
    private void table(List<String> header, List<List<String>> rows, boolean firstColumnBold) {
        if (rows.isEmpty()) {
            return;
        }
        XWPFTable table = document.createTable();
        table.setWidthType(TableWidthType.PCT);
        table.setWidth("100%");
        table.setCellMargins(40, 100, 40, 100);
        boolean first = true;
        if (!header.isEmpty()) {
            XWPFTableRow row = table.getRow(0);
            row.setRepeatHeader(true);
            fill(row, header, true, false);
            first = false;
        }
        for (List<String> cells : rows) {
            fill(first ? table.getRow(0) : table.createRow(), cells, false, firstColumnBold);
            first = false;
        }
        if (firstColumnBold) {
            // A label and its value: the label column a third of the width.
            table.getRows().forEach(row -> {
                row.getCell(0).setWidth("33%");
                row.getCell(1).setWidth("67%");
            });
        }
        document.createParagraph();
    }

    /** Fills a row's cells, adding the cells it lacks; each cell keeps its one paragraph. */
    private static void fill(XWPFTableRow row, List<String> cells, boolean header, boolean firstColumnBold) {
        row.setCantSplitRow(true);
        for (int c = 0; c < cells.size(); c++) {
            XWPFTableCell cell = row.getCell(c) != null ? row.getCell(c) : row.addNewTableCell();
            XWPFParagraph p = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().get(0);
            p.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun run = p.createRun();
            run.setBold(header || (firstColumnBold && c == 0));
            run.setText(cells.get(c));
            if (header) {
                cell.setColor("F2F4F7");
            }
        }
    }

    /** POI's setKeepNext needs the paragraph's properties to exist first. */
    private static void keepWithNext(XWPFParagraph p) {
        if (!p.getCTP().isSetPPr()) {
            p.getCTP().addNewPPr();
        }
        p.setKeepNext(true);
    }

    private XWPFParagraph styled(String style) {
        XWPFParagraph p = document.createParagraph();
        p.setStyle(style);
        return p;
    }
}
