package cspec.procurement.tender;

import cspec.core.syntax.Modality;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft contract an import builds, before it is written as text: sections holding
 * requirements, questions and background, each with the source's numbering and its list items.
 */
final class Draft {
    /** A requirement (modality set) or background text (modality null), with the list items that continue it. */
    record Entry(Modality modality, String id, String ref, String text, List<Item> items, String where) {
        Entry {
            items = new ArrayList<>(items);
        }
    }

    record Item(String ref, String text) {
    }

    /** A section: its ID, title, the source's number (for the comment above it) and what it holds. */
    static final class Section {
        final String id;
        final String title;
        final String number;
        final int level;
        final List<Object> children = new ArrayList<>();

        Section(String id, String title, String number, int level) {
            this.id = id;
            this.title = title;
            this.number = number;
            this.level = level;
        }
    }

    /** A definition: the term, its meaning, and any words before the term ("For the purposes of this Agreement,"). */
    record Definition(String term, String meaning, String preface) {
    }

    String title;
    final List<Definition> definitions = new ArrayList<>();
    final Section root = new Section("", "", "", 0);
    final List<String> providerWords = new ArrayList<>();
    final List<String> clientWords = new ArrayList<>();
    boolean willMeansMust;
}
