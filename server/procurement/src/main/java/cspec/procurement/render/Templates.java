package cspec.procurement.render;

import com.samskivert.mustache.Escapers;
import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;

/**
 * The Mustache templates shipped in the jar (cspec/procurement/render/*.mustache), compiled with
 * the escaper of their output. Values are escaped by the library on every {{value}}; the
 * templates use no triple braces, so nothing bypasses it.
 */
final class Templates {
    /** Markdown's own punctuation, and HTML's angle brackets (GitHub renders raw HTML in Markdown). */
    static final Mustache.Escaper MARKDOWN = Escapers.simple(new String[][] {
        {"\\", "\\\\"}, {"`", "\\`"}, {"*", "\\*"}, {"_", "\\_"}, {"[", "\\["}, {"]", "\\]"}, {"#", "\\#"},
        {"|", "\\|"}, {"~", "\\~"}, {"<", "&lt;"}, {">", "&gt;"}, {"\n", " "}, {"\r", " "},
    });

    private Templates() {
    }

    static Template compile(String name, Mustache.Escaper escaper) {
        Mustache.Compiler compiler = Mustache.compiler().withEscaper(escaper).emptyStringIsFalse(true).nullValue("")
                .withLoader(Templates::open);
        try (Reader reader = open(name)) {
            return compiler.compile(reader);
        } catch (IOException e) {
            throw new IllegalStateException("the template " + name + " ships in the jar", e);
        }
    }

    private static Reader open(String name) {
        InputStream in = Templates.class.getResourceAsStream(name + ".mustache");
        if (in == null) {
            return new StringReader("");
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
