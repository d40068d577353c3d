package cspec.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import cspec.core.diagnostic.Rule;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** codeDescription.href must be a URI: a configured docsBase gives one, nothing else does. */
class DocsLinkTest {
    private static org.eclipse.lsp4j.Diagnostic convert(String docsBase) {
        SourceText source = new SourceText("a.cspec", "contract \"T\" {\n}\n");
        cspec.core.diagnostic.Diagnostic d = cspec.core.diagnostic.Diagnostic.of(Rule.SYNTAX, new Span(0, 8), "Broken.");
        return Convert.diagnostic(source, "file:///a.cspec", d, docsBase, name -> Optional.empty());
    }

    @Test
    void withoutADocsBaseThereIsNoLink() {
        assertNull(convert("").getCodeDescription());
        assertNull(convert(null).getCodeDescription());
    }

    @Test
    void aRelativeDocsBaseGivesNoLink() {
        assertNull(convert("site/").getCodeDescription());
    }

    @Test
    void anAbsoluteDocsBaseLinksTheRule() {
        assertEquals("https://example.org/cspec/docs/rules.md#syntax",
                convert("https://example.org/cspec/").getCodeDescription().getHref());
    }
}
