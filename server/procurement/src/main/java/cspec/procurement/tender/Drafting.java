package cspec.procurement.tender;

import cspec.core.syntax.Modality;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a tender's blocks into a {@link Draft}: headings open sections (nested by level), each
 * sentence of a paragraph becomes a requirement of its modality, a question, a definition, or
 * background (consecutive sentences of background stay together), list items continue the
 * sentence that leads into them, and tables go to the report as not mapped.
 */
final class Drafting {
    private final Draft draft = new Draft();
    private final ImportReport report;
    private final Deque<Draft.Section> open = new ArrayDeque<>();
    private final Set<String> ids = new HashSet<>();
    private Draft.Entry leadIn;
    private int requirements;
    private int questions;

    private Drafting(ImportReport report, boolean willMeansMust) {
        this.report = report;
        draft.willMeansMust = willMeansMust;
        open.push(draft.root);
    }

    static Draft of(TenderDocument tender, String fallbackTitle, boolean willMeansMust, ImportReport report) {
        Drafting drafting = new Drafting(report, willMeansMust);
        List<Block> blocks = tender.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (i == 0 && block.kind() == Block.Kind.HEADING && block.number().isEmpty()) {
                drafting.draft.title = block.text();
                continue;
            }
            drafting.block(block);
        }
        if (drafting.draft.title == null) {
            drafting.draft.title = fallbackTitle;
        }
        Parties.find(tender, drafting.draft);
        return drafting.draft;
    }

    private void block(Block block) {
        switch (block.kind()) {
            case HEADING -> heading(block);
            case PARAGRAPH -> paragraph(block, ref(block.number()));
            case ITEM -> item(block);
            case TABLE -> {
                leadIn = null;
                report.unmapped(block.where(), block.text(), "a table row; tables are not imported, so write its "
                        + "content as requirements or an SLA by hand");
            }
        }
    }

    private void heading(Block block) {
        leadIn = null;
        int level = Math.max(1, block.level());
        while (open.size() > 1 && open.peek().level >= level) {
            open.pop();
        }
        Draft.Section section = new Draft.Section(sectionId(block), block.text(), block.number(), level);
        open.peek().children.add(section);
        open.push(section);
    }

    private void paragraph(Block block, String ref) {
        leadIn = null;
        // Consecutive sentences that oblige nobody stay together as one background text.
        StringBuilder background = new StringBuilder();
        for (String sentence : Sentences.split(block.text())) {
            SentenceKinds.Reading reading = SentenceKinds.read(sentence, draft.willMeansMust);
            if (reading.kind() == SentenceKinds.Kind.OTHER) {
                background.append(background.length() == 0 ? "" : " ").append(sentence);
                continue;
            }
            flushBackground(background, ref, block.where());
            if (reading.kind() == SentenceKinds.Kind.DEFINITION) {
                String preface = sentence.substring(0, Math.max(0, indexOfQuote(sentence))).strip();
                draft.definitions.add(new Draft.Definition(reading.term(), reading.meaning(), preface));
                report.rewritten(block.where(), sentence, "became the definition of \u201c" + reading.term() + "\u201d");
                leadIn = null;
            } else {
                Draft.Entry entry = new Draft.Entry(reading.modality(), nextId(reading.modality()), ref, sentence, List.of(),
                        block.where());
                open.peek().children.add(entry);
                leadIn = entry;
            }
        }
        flushBackground(background, ref, block.where());
        if (!block.text().endsWith(":")) {
            leadIn = null;
        }
    }

    private void flushBackground(StringBuilder background, String ref, String where) {
        if (background.length() > 0) {
            Draft.Entry entry = new Draft.Entry(null, "", ref, background.toString(), List.of(), where);
            open.peek().children.add(entry);
            leadIn = entry;
            background.setLength(0);
        }
    }

    /** An item continues the sentence that leads into it; its further sentences, or an item with no lead-in, stand alone. */
    private void item(Block block) {
        List<String> sentences = Sentences.split(block.text());
        if (leadIn == null || standsAlone(sentences.get(0))) {
            paragraph(block, ref(block.number()));
            return;
        }
        Draft.Entry holder = leadIn;
        holder.items().add(new Draft.Item(block.number(), sentences.get(0)));
        if (sentences.size() > 1) {
            String rest = String.join(" ", sentences.subList(1, sentences.size()));
            paragraph(new Block(Block.Kind.PARAGRAPH, 0, "", rest, block.where()), ref(block.number()));
            leadIn = rest.endsWith(":") ? leadIn : null;
        }
    }

    /**
     * "The Supplier may propose ...": an item that is a whole obligation or question of its own, not the
     * continuation of a lead-in ("calling the on-call manager;").
     */
    private boolean standsAlone(String sentence) {
        SentenceKinds.Kind kind = SentenceKinds.read(sentence, draft.willMeansMust).kind();
        return Character.isUpperCase(sentence.charAt(0)) && (kind == SentenceKinds.Kind.OBLIGATION || kind == SentenceKinds.Kind.QUESTION);
    }

    /** The source's numbering of a paragraph: "5.2.1" as it is; a lettered label under section 3 as "3(a)". */
    private String ref(String number) {
        if (number.isEmpty()) {
            // Unnumbered text is traced to the numbered section that holds it.
            return open.stream().map(s -> s.number).filter(n -> !n.isEmpty()).findFirst().orElse("");
        }
        if (number.contains(".") || number.chars().allMatch(Character::isDigit)) {
            return number;
        }
        for (Draft.Section section : open) {
            if (!section.number.isEmpty()) {
                return section.number + "(" + number + ")";
            }
        }
        return "(" + number + ")";
    }

    private String nextId(Modality modality) {
        String id;
        do {
            id = modality == Modality.QUESTION ? "Q-" + ++questions : "R-" + ++requirements;
        } while (!ids.add(id));
        return id;
    }

    private String sectionId(Block block) {
        String base = !block.number().isEmpty() ? "s" + block.number()
                : block.text().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (base.length() > 40) {
            base = base.substring(0, 40).replaceAll("-+$", "");
        }
        if (base.isEmpty() || !Character.isLetter(base.charAt(0))) {
            base = "section-" + base;
        }
        String id = base;
        for (int n = 2; !ids.add(id.toLowerCase(Locale.ROOT)); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static int indexOfQuote(String sentence) {
        for (int i = 0; i < sentence.length(); i++) {
            if (sentence.charAt(i) == '"' || sentence.charAt(i) == '\u201c') {
                return i;
            }
        }
        return 0;
    }
}
