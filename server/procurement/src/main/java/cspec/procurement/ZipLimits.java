package cspec.procurement;

import org.apache.poi.openxml4j.util.ZipSecureFile;

/**
 * The limits on Office files (zip archives) that cspec opens: each part may inflate to at most
 * 64 MB and to at most 100 times its compressed size, so a zip bomb stops while it is inflated.
 */
public final class ZipLimits {
    public static final long MAX_ENTRY_BYTES = 64L * 1024 * 1024;

    private ZipLimits() {
    }

    public static void apply() {
        ZipSecureFile.setMinInflateRatio(0.01);
        ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
    }

    /** POI's reason for refusing a file, in the user's words. */
    public static String why(Exception e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Zip bomb") || message.contains("max entry size") || message.contains("exceeds the max")) {
            return "it was refused as a zip bomb (a part inflates to far more than its compressed size, or over "
                    + MAX_ENTRY_BYTES / (1024 * 1024) + " MB).";
        }
        if (message.contains("OLE2") || message.contains("Office 97")) {
            return "it is a Word 97-2003 (.doc) file, which cspec does not read.";
        }
        return "it is damaged or not an Office Open XML file.";
    }
}
