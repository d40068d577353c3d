package cspec.core.check;

import cspec.core.catalog.Catalog;
import cspec.core.config.Config;
import cspec.core.prose.Glossary;
import cspec.core.prose.ProseScanner;
import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Prose;
import cspec.core.syntax.SpecFile;
import cspec.core.text.SourceText;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a check may look at: the parsed file, its workspace settings and the catalog it can see;
 * and what several checks derive from them alike (the glossary), derived once per analysis.
 */
public final class CheckContext {
    private final SpecFile file;
    private final Config config;
    private final Catalog catalog;
    private final Outline outline;
    private final Reuse.Round reuse;
    private volatile Glossary glossary;
    private final Map<Prose, ProseScanner.Findings> scans = Collections.synchronizedMap(new IdentityHashMap<>());

    private CheckContext(SpecFile file, Config config, Catalog catalog, Outline outline, Reuse.Round reuse) {
        this.file = file;
        this.config = config;
        this.catalog = catalog;
        this.outline = outline;
        this.reuse = reuse;
    }

    public static CheckContext of(SpecFile file, Config config, Catalog catalog) {
        return of(file, config, catalog, Reuse.NONE.round());
    }

    /** The same, with what the analysis of the document's previous version left to reuse. */
    public static CheckContext of(SpecFile file, Config config, Catalog catalog, Reuse.Round reuse) {
        Document document = file.document();
        Outline outline = document == null ? Outline.empty() : Outline.of(document);
        return new CheckContext(file, config, catalog, outline, reuse);
    }

    public SpecFile file() {
        return file;
    }

    public Config config() {
        return config;
    }

    public Catalog catalog() {
        return catalog;
    }

    public Outline outline() {
        return outline;
    }

    public SourceText source() {
        return file.source();
    }

    public Optional<Contract> contract() {
        return file.document() instanceof Contract c ? Optional.of(c) : Optional.empty();
    }

    /** Results of the previous version's analysis that this one may reuse (see {@link Reuse}). */
    public Reuse.Round reuse() {
        return reuse;
    }

    /**
     * The file's glossary: the definitions checks, undefined-term and the wording checks all read
     * it. Made once even when checks run on several threads: a second asker waits for the first.
     */
    public Glossary glossary() {
        Glossary g = glossary;
        if (g == null) {
            synchronized (this) {
                g = glossary;
                if (g == null) {
                    g = Glossary.of(source(), file.document(), outline);
                    glossary = g;
                }
            }
        }
        return g;
    }

    /**
     * What a prose points at or leaves open (placeholders and unknown references both read it),
     * scanned once per analysis, and reused from the previous version when the prose is unchanged.
     */
    public ProseScanner.Findings scan(Prose prose) {
        return scans.computeIfAbsent(prose, p -> {
            String text = p.maskedText(source());
            int base = p.span().start();
            ScannedAt found = reuse.get(new ScanKey(text), () -> new ScannedAt(base, ProseScanner.scan(text, base)));
            return found.base() == base ? found.findings() : moved(found.findings(), base - found.base());
        });
    }

    private record ScanKey(String maskedText) {
    }

    private record ScannedAt(int base, ProseScanner.Findings findings) {
    }

    private static ProseScanner.Findings moved(ProseScanner.Findings found, int delta) {
        List<ProseScanner.Reference> references = new ArrayList<>();
        for (ProseScanner.Reference r : found.references()) {
            references.add(new ProseScanner.Reference(r.id(), new Span(r.span().start() + delta, r.span().end() + delta)));
        }
        List<ProseScanner.Blank> blanks = new ArrayList<>();
        for (ProseScanner.Blank b : found.blanks()) {
            blanks.add(new ProseScanner.Blank(b.kind(), b.text(), new Span(b.span().start() + delta, b.span().end() + delta)));
        }
        return new ProseScanner.Findings(references, blanks);
    }
}
