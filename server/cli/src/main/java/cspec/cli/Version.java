package cspec.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version of this build, filled in by Maven into version.properties. */
public final class Version {
    private static final Properties PROPERTIES = load();

    private Version() {
    }

    public static String current() {
        return PROPERTIES.getProperty("version", "unknown");
    }


    private static Properties load() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // A build without the resource still runs; it reports its version as unknown.
        }
        return p;
    }
}
