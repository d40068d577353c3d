package cspec.core.wording;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A trie over tokens: each phrase is a path of token keys. Looking up the longest phrase that
 * starts at a token walks at most {@link #depth()} tokens, so scanning a text is linear in its
 * length. Keys are lower-case for listed terms; for defined terms and party names (which must
 * match their capitalisation) the index is built case-sensitive.
 *
 * <p>Inflections: the last word of each phrase is also stored with an adverb ending ("regular"
 * also matches "regularly", "reasonable" also "reasonably") and, for a phrase of two or more
 * words or in an index of names, a plural ending ("best practice" also "best practices"). A
 * listed single word gets no plural: "prompts" is not "prompt" and "ETCS" is not "etc". The
 * extra keys that are not English words never occur in text, so they cost nothing.
 */
final class PhraseIndex<V> {
    /** The longest phrase found at a token: its value and how many tokens it covers. */
    record Match<V>(V value, int start, int length) {
        int end() {
            return start + length;
        }
    }

    private static final class Node<V> {
        final Map<String, Node<V>> next = new HashMap<>(4);
        V value;
    }

    private final Node<V> root = new Node<>();
    private final boolean caseSensitive;
    private int depth;

    private final boolean singleWordPlurals;

    /** caseSensitive for names; names (singleWordPlurals) also match a plural of a one-word name ("Parties"). */
    PhraseIndex(boolean caseSensitive, boolean singleWordPlurals) {
        this.caseSensitive = caseSensitive;
        this.singleWordPlurals = singleWordPlurals;
    }

    PhraseIndex(boolean caseSensitive) {
        this(caseSensitive, caseSensitive);
    }

    int depth() {
        return depth;
    }

    /** Adds a phrase and its inflected forms; the first value stored for a key path wins. */
    void add(String phrase, V value, boolean inflect) {
        List<Token> tokens = Tokenizer.tokenize(phrase);
        if (tokens.isEmpty()) {
            return;
        }
        List<String> keys = new ArrayList<>();
        for (Token t : tokens) {
            keys.add(key(t));
        }
        put(keys, value);
        Token last = tokens.get(tokens.size() - 1);
        if (inflect && last.isWord() && last.norm().length() >= 3) {
            boolean plurals = singleWordPlurals || tokens.stream().filter(Token::isWord).count() > 1;
            for (String variant : inflections(key(last), plurals)) {
                keys.set(keys.size() - 1, variant);
                put(keys, value);
            }
        }
    }

    private void put(List<String> keys, V value) {
        Node<V> node = root;
        for (String k : keys) {
            node = node.next.computeIfAbsent(k, x -> new Node<>());
        }
        if (node.value == null) {
            node.value = value;
        }
        depth = Math.max(depth, keys.size());
    }

    /** The longest phrase starting at token index start, or null. */
    Match<V> longestAt(List<Token> tokens, int start) {
        Node<V> node = root;
        Match<V> best = null;
        for (int i = start; i < tokens.size() && i - start < depth; i++) {
            Token t = tokens.get(i);
            if (t.kind() == Token.Kind.OPAQUE) {
                break;
            }
            node = node.next.get(key(t));
            if (node == null) {
                break;
            }
            if (node.value != null) {
                best = new Match<>(node.value, start, i - start + 1);
            }
        }
        return best;
    }

    private String key(Token t) {
        return caseSensitive ? t.text() : t.norm();
    }

    /** Plural, possessive and adverb forms of a last word. */
    static List<String> inflections(String w) {
        return inflections(w, true);
    }

    /** Adverb forms, and with plurals also the plural and possessive forms, of a last word. */
    static List<String> inflections(String w, boolean plurals) {
        List<String> out = new ArrayList<>();
        if (plurals) {
            out.add(w + "s");
            out.add(w + "'s");
            out.add(w + "s'");
            if (w.endsWith("s") || w.endsWith("x") || w.endsWith("ch") || w.endsWith("sh")) {
                out.add(w + "es");
            }
            if (w.endsWith("y")) {
                out.add(w.substring(0, w.length() - 1) + "ies");
            }
        }
        if (w.endsWith("y")) {
            out.add(w.substring(0, w.length() - 1) + "ily");
        }
        if (w.endsWith("le")) {
            out.add(w.substring(0, w.length() - 2) + "ly");
        } else if (w.endsWith("ic")) {
            out.add(w + "ally");
        } else if (!w.endsWith("ly") && !w.endsWith("y")) {
            out.add(w + "ly");
        }
        return out;
    }
}
