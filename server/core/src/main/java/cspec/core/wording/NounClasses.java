package cspec.core.wording;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * What kind of thing a common noun can name: the WordNet 3.0 lexicographer classes of its senses
 * (noun.act, noun.artifact, noun.person, ...), from the derived table
 * {@code cspec/wording/noun-classes.tsv} (its source and licence in the README beside it). The
 * table is read the first time a noun is looked up, which only the pronoun reader does, so a
 * workspace with {@code vague-pronoun} off (its default) never loads it.
 */
final class NounClasses {
    /** A WordNet lexicographer class of nouns, in the order of WordNet's lexicographer files. */
    enum Kind {
        TOPS, ACT, ANIMAL, ARTIFACT, ATTRIBUTE, BODY, COGNITION, COMMUNICATION, EVENT, FEELING, FOOD, GROUP,
        LOCATION, MOTIVE, OBJECT, PERSON, PHENOMENON, PLANT, POSSESSION, PROCESS, QUANTITY, RELATION, SHAPE,
        STATE, SUBSTANCE, TIME;

        final int bit() {
            return 1 << ordinal();
        }
    }

    /** The mask of a noun not in the table: any class, for an unknown word may name anything. */
    static final int UNKNOWN = -1;

    private static final String RESOURCE = "cspec/wording/noun-classes.tsv";
    private static final String OTHER_WORDS = "cspec/wording/other-words.txt";

    private NounClasses() {
    }

    /** Loaded on first use, by the JVM's class initialisation: thread-safe and lazy. */
    private static final class Table {
        static final Map<String, Integer> MASKS = load();
    }

    /** The words WordNet lists only as verbs, adjectives or adverbs, loaded on first use as the table is. */
    private static final class Others {
        static final Set<String> WORDS = loadWords();
    }

    /**
     * True when WordNet knows the word (lower case) as a verb, an adjective or an adverb and never
     * as a noun ("otherwise", "restrict", "enforceable"): it heads no noun phrase.
     */
    static boolean neverNoun(String word) {
        return Others.WORDS.contains(word);
    }

    /** The classes of a noun (singular, lower case) as a bit mask of {@link Kind#bit()}, or UNKNOWN. */
    static int of(String noun) {
        return Table.MASKS.getOrDefault(noun, UNKNOWN);
    }

    /**
     * True when some sense of the noun is of one of the kinds in mask, or the noun is unknown or
     * only generic ("entity", "thing": noun.Tops alone). WordNet files the name of each class
     * under noun.Tops too ("attribute", "act"), so Tops beside another class says nothing.
     */
    static boolean canBe(String noun, int mask) {
        int classes = of(noun);
        return classes == UNKNOWN || classes == Kind.TOPS.bit() || (classes & mask) != 0;
    }

    /** True when the noun is known and every sense of it names a person ("user", "subscriber"). */
    static boolean onlyPerson(String noun) {
        return of(noun) == Kind.PERSON.bit();
    }

    static int mask(Kind... kinds) {
        int mask = 0;
        for (Kind k : kinds) {
            mask |= k.bit();
        }
        return mask;
    }

    /**
     * Reads the table from the jar. Should it be missing or unreadable (a packaging mistake), every
     * noun is unknown, which is the rule's neutral case, rather than an error that would stop the
     * whole analysis.
     */
    private static Map<String, Integer> load() {
        byte[] table = resource(RESOURCE);
        return table == null ? Map.of() : parse(table);
    }

    /** Reads the list of words that are never nouns; missing or unreadable, it is empty (every word may be a noun). */
    private static Set<String> loadWords() {
        byte[] list = resource(OTHER_WORDS);
        return list == null ? Set.of() : parseWords(list);
    }

    /** A resource's bytes, or null when it is missing or unreadable. */
    private static byte[] resource(String name) {
        try (InputStream in = NounClasses.class.getClassLoader().getResourceAsStream(name)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            return null;
        }
    }

    /** One lower-case word a line; a CR, a comment or any other character ends a line's word. */
    private static Set<String> parseWords(byte[] list) {
        Set<String> words = new HashSet<>(1 << 16);
        int line = 0;
        while (line < list.length) {
            int end = line;
            while (end < list.length && list[end] >= 'a' && list[end] <= 'z') {
                end++;
            }
            if (end > line) {
                words.add(new String(list, line, end - line, StandardCharsets.ISO_8859_1));
            }
            while (end < list.length && list[end] != '\n') {
                end++;
            }
            line = end + 1;
        }
        return Collections.unmodifiableSet(words);
    }

    /**
     * Parses the table from its bytes in one pass: it is ASCII, one "noun TAB letters" line per
     * noun. Only the letters a to z are classes, so a line ending in CR LF (a checkout that converted
     * the file) reads the same as one ending in LF.
     */
    static Map<String, Integer> parse(byte[] table) {
        Map<String, Integer> masks = new HashMap<>(1 << 17);
        int line = 0;
        while (line < table.length) {
            int end = line;
            int tab = -1;
            while (end < table.length && table[end] != '\n') {
                if (table[end] == '\t' && tab < 0) {
                    tab = end;
                }
                end++;
            }
            if (tab > line && table[line] != '#') {
                int mask = 0;
                for (int k = tab + 1; k < end; k++) {
                    if (table[k] >= 'a' && table[k] <= 'z') {
                        mask |= 1 << (table[k] - 'a');
                    }
                }
                masks.put(new String(table, line, tab - line, StandardCharsets.ISO_8859_1), mask);
            }
            line = end + 1;
        }
        return Collections.unmodifiableMap(masks);
    }
}
