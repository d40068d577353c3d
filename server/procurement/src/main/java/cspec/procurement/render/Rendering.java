package cspec.procurement.render;

import com.samskivert.mustache.Escapers;
import cspec.procurement.model.ContractView;
import java.nio.charset.StandardCharsets;

/** The contract rendered in one of the three formats, as the bytes of the file. */
public final class Rendering {
    public enum Format {
        HTML(".html"), MARKDOWN(".md"), DOCX(".docx");

        private final String extension;

        Format(String extension) {
            this.extension = extension;
        }

        public String extension() {
            return extension;
        }
    }

    private Rendering() {
    }

    public static byte[] render(ContractView contract, Format format) {
        return switch (format) {
            case HTML -> html(contract).getBytes(StandardCharsets.UTF_8);
            case MARKDOWN -> Templates.compile("contract.md", Templates.MARKDOWN).execute(contract)
                    .replaceAll("\n{3,}", "\n\n").getBytes(StandardCharsets.UTF_8);
            case DOCX -> DocxRenderer.render(contract);
        };
    }

    public static String html(ContractView contract) {
        return Templates.compile("contract.html", Escapers.HTML).execute(contract);
    }
}
