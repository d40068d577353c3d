package cspec.procurement.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.procurement.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rendered Word document opened by another word processor: LibreOffice converts it to PDF
 * (so it is a valid document that lays out), and pdftoppm turns the first page into a picture.
 * The PDF must hold the title, the numbered headings, the markers and the SLA table's figures.
 */
class WordThroughLibreOfficeTest {
    @TempDir
    Path folder;

    @Test
    void theRenderedDocumentConvertsToPdfWithItsHeadingsMarkersAndTables() throws IOException, InterruptedException {
        Path soffice = Tools.require("LibreOffice", "soffice", "libreoffice", "/usr/lib/libreoffice/program/soffice");
        Path pdftoppm = Tools.require("pdftoppm (poppler-utils)", "pdftoppm");
        Path docx = folder.resolve("tender-contract.docx");
        Files.write(docx, Rendering.render(Fixtures.view("tender-contract.cspec"), Rendering.Format.DOCX));
        Tools.run(folder, List.of(soffice.toString(), "-env:UserInstallation=" + folder.resolve("lo-profile").toUri(),
                "--headless", "--convert-to", "pdf", "--outdir", folder.toString(), docx.toString()));
        Path pdf = folder.resolve("tender-contract.pdf");
        assertTrue(Files.exists(pdf), "LibreOffice wrote no PDF");
        String text;
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            assertTrue(document.getNumberOfPages() >= 2, "the contract fits on " + document.getNumberOfPages() + " page");
            text = new PDFTextStripper().getText(document);
        }
        for (String expected : List.of("Managed Detection and Response for Harbour Water", "1 Monitoring", "MON-1",
                "MANDATORY", "RATED, WEIGHT 10", "FUTURE, BY 2028-01-01", "43.2 minutes per month", "Limitation of Liability")) {
            assertTrue(text.replaceAll("\\s+", " ").contains(expected), "the PDF lacks " + expected + ":\n" + text);
        }
        Tools.run(folder, List.of(pdftoppm.toString(), "-png", "-r", "50", "-f", "1", "-l", "1", pdf.toString(),
                folder.resolve("page").toString()));
        try (var pages = Files.list(folder)) {
            assertTrue(pages.anyMatch(p -> p.getFileName().toString().startsWith("page") && p.toString().endsWith(".png")),
                    "pdftoppm wrote no picture");
        }
    }
}
