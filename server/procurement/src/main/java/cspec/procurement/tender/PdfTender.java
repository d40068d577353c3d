package cspec.procurement.tender;

import cspec.procurement.InputProblem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Reads a PDF tender with PDFBox: the text of each page in reading order, with PDFBox's
 * paragraph breaks kept as gaps, page furniture dropped ({@link Furniture}), then laid out into
 * blocks ({@link LineLayout}). A scanned PDF has no text to read, and says so.
 */
final class PdfTender {
    static final int MAX_PAGES = 2000;

    private PdfTender() {
    }

    static TenderDocument read(byte[] bytes, String shown) {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            if (pdf.getNumberOfPages() > MAX_PAGES) {
                throw new InputProblem(shown + " has " + pdf.getNumberOfPages() + " pages, over the " + MAX_PAGES
                        + " an import reads; split it.");
            }
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setParagraphEnd("\n");
            List<List<LineLayout.Line>> pages = new ArrayList<>();
            for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
                stripper.setStartPage(p);
                stripper.setEndPage(p);
                pages.add(lines(stripper.getText(pdf), p));
            }
            List<Dropped> dropped = new ArrayList<>();
            List<LineLayout.Line> kept = Furniture.keep(pages, dropped);
            if (kept.stream().allMatch(l -> l.text().isBlank())) {
                throw new InputProblem(shown + " has no text to read (a scanned PDF is pictures of pages); "
                        + "run it through text recognition first, or import the Word original.");
            }
            return new TenderDocument("PDF", LineLayout.blocks(kept), dropped);
        } catch (InvalidPasswordException e) {
            throw new InputProblem(shown + " is encrypted with a password; save an unprotected copy and import that.");
        } catch (IOException e) {
            throw new InputProblem(shown + " is not a readable PDF (" + firstLine(e.getMessage()) + ").");
        }
    }

    private static List<LineLayout.Line> lines(String pageText, int page) {
        List<LineLayout.Line> lines = new ArrayList<>();
        String[] raw = pageText.split("\\R", -1);
        boolean gap = false;
        for (int i = 0; i < raw.length; i++) {
            if (raw[i].isBlank()) {
                gap = true;
                continue;
            }
            lines.add(new LineLayout.Line(raw[i], "page " + page + ", line " + (i + 1), gap));
            gap = false;
        }
        return lines;
    }

    private static String firstLine(String message) {
        return message == null ? "damaged file" : message.lines().findFirst().orElse("damaged file");
    }
}
