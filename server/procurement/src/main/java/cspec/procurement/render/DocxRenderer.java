package cspec.procurement.render;

import cspec.procurement.model.ContractView;

/** The contract as a Word document (filled in by the next commit). */
final class DocxRenderer {
    private DocxRenderer() {
    }

    static byte[] render(ContractView contract) {
        throw new UnsupportedOperationException("docx");
    }
}
