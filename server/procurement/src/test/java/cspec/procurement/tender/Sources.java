package cspec.procurement.tender;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/** The words of a source document, read independently of the importer, and the check that none is lost. */
final class Sources {
    static final List<String> CORPUS = List.of(
            "GALACTICOMMTECHNOLOGIESINC_11_07_1997-EX-10.46-WEB_HOSTING_AGREEMENT.PDF",
            "NETZEEINC_11_14_2002-EX-10.3-MAINTENANCE_AGREEMENT.PDF",
            "TRIZETTOGROUPINC_08_18_1999-EX-10.17-TECHNICAL_INFRASTRUCTURE_MAINTENANCE_AGREEMENT.PDF",
            "WEBHELPCOMINC_03_22_2000-EX-10.8-HOSTING_AGREEMENT.PDF");

    private Sources() {
    }

    /** Every word of a Word document: body, tables, headers and footers (POI's own text extractor). */
    static String docxText(byte[] bytes) throws IOException {
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
                XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
            return extractor.getText();
        }
    }

    static String pdfText(byte[] bytes) throws IOException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            return new PDFTextStripper().getText(pdf);
        }
    }

    /** The words of source (letters and digits, case aside) that kept does not hold as often. */
    static List<String> missing(String source, String kept) {
        Map<String, Integer> available = new HashMap<>();
        words(kept).forEach(w -> available.merge(w, 1, Integer::sum));
        List<String> missing = new ArrayList<>();
        for (String word : words(source)) {
            if (available.getOrDefault(word, 0) > 0) {
                available.merge(word, -1, Integer::sum);
            } else {
                missing.add(word);
            }
        }
        return missing;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                words.add(w);
            }
        }
        return words;
    }
}
