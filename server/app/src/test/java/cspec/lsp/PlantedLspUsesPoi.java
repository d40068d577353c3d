package cspec.lsp;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Planted: the language server reaching for POI itself instead of through the procurement module. */
public final class PlantedLspUsesPoi {
    Object workbook() {
        return new XSSFWorkbook();
    }
}
