package cspec.core.editor;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Definitions;
import cspec.core.syntax.Document;
import cspec.core.syntax.Item;
import cspec.core.syntax.Library;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import java.util.List;

/**
 * The block the cursor is in: the contract header, a section, an SLA, a definitions block, a
 * profile, a library, the top level of a contract, or nothing (an empty or unrecognised file).
 * A block holds the cursor from just after its opening line to before its closing brace.
 */
record Enclosing(Kind kind, Object block) {
    enum Kind { NOTHING, HEADER, TOP_LEVEL, SECTION, SLA, DEFINITIONS, PROFILE, LIBRARY }

    static Enclosing at(Document document, int offset) {
        if (document instanceof Contract contract) {
            if (inside(contract.span().start(), contract.span().end(), offset)) {
                return new Enclosing(Kind.HEADER, contract);
            }
            Enclosing inner = items(contract.items(), offset);
            return inner != null ? inner : new Enclosing(Kind.TOP_LEVEL, contract);
        }
        if (document instanceof Profile profile && inside(profile.span().start(), profile.span().end(), offset)) {
            return new Enclosing(Kind.PROFILE, profile);
        }
        if (document instanceof Library library && inside(library.span().start(), library.span().end(), offset)) {
            return new Enclosing(Kind.LIBRARY, library);
        }
        return new Enclosing(Kind.NOTHING, null);
    }

    private static Enclosing items(List<Item> items, int offset) {
        for (Item item : items) {
            if (!inside(item.span().start(), item.span().end(), offset)) {
                continue;
            }
            if (item instanceof Section section) {
                Enclosing inner = items(section.items(), offset);
                return inner != null ? inner : new Enclosing(Kind.SECTION, section);
            }
            if (item instanceof Sla sla) {
                return new Enclosing(Kind.SLA, sla);
            }
            if (item instanceof Definitions definitions) {
                return new Enclosing(Kind.DEFINITIONS, definitions);
            }
        }
        return null;
    }

    /** Strictly after the block's first character and before its last (the closing brace). */
    private static boolean inside(int start, int end, int offset) {
        return start < offset && offset < end;
    }

    /** The items of the block the cursor is in, for sibling lookups; empty for other blocks. */
    List<?> siblings() {
        if (block instanceof Section s) {
            return s.items();
        }
        if (block instanceof Sla s) {
            return s.items();
        }
        if (block instanceof Contract c && kind == Kind.TOP_LEVEL) {
            return c.items();
        }
        return List.of();
    }
}
