package cspec.core.content;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words a contract uses for its two parties (role words and names, as the header gives them),
 * and who a sentence obliges or entitles: the party named as the subject of a modal verb or of a
 * phrase such as "agrees to", "is responsible for" or "owns", or as the "by" agent of a passive
 * obligation. "Each party", "either party" and "the parties" name both.
 */
public final class Parties {
    public enum Party { CLIENT, PROVIDER }

    /** One obligation or right: the verb's word index in the sentence and the party whose it is. */
    public record Duty(int marker, Party party) {
    }

    static final Set<String> MARKERS = Set.of("must", "shall", "will", "should", "may", "can", "cannot", "agrees", "agree",
            "undertakes", "undertake", "warrants", "covenants", "required", "obliged", "obligated", "responsible",
            "liable", "entitled", "owns", "retains", "grants");
    private static final Set<String> BOTH = Set.of("each", "either", "both", "the", "neither");
    private static final int SUBJECT_WINDOW = 20;
    private static final int AGENT_WINDOW = 8;

    private static final Party[] PARTIES = Party.values();

    /**
     * A party's phrase: its words as written, and each in capitals ("CLIENT"), made once here
     * rather than at every word of every sentence compared with it.
     */
    private record Phrase(String[] words, String[] capitals) {
        static Phrase of(String[] words) {
            String[] capitals = new String[words.length];
            for (int k = 0; k < words.length; k++) {
                capitals[k] = words[k].toUpperCase(Locale.ROOT);
            }
            return new Phrase(words, capitals);
        }
    }

    private final Map<Party, List<Phrase>> phrases = new EnumMap<>(Party.class);

    private Parties() {
        phrases.put(Party.CLIENT, new ArrayList<>());
        phrases.put(Party.PROVIDER, new ArrayList<>());
    }

    public static Parties of(Document document) {
        Parties parties = new Parties();
        boolean clientNamed = false;
        boolean providerNamed = false;
        if (document instanceof Contract contract) {
            for (HeaderField field : contract.fields()) {
                if (field instanceof HeaderField.Party p) {
                    Party party = p.role() == HeaderField.PartyRole.CLIENT ? Party.CLIENT : Party.PROVIDER;
                    p.effectiveRoleWords().forEach(w -> parties.add(party, w));
                    parties.add(party, p.partyName().value());
                    clientNamed |= party == Party.CLIENT;
                    providerNamed |= party == Party.PROVIDER;
                }
            }
        }
        if (!clientNamed) {
            parties.add(Party.CLIENT, "Client");
        }
        if (!providerNamed) {
            parties.add(Party.PROVIDER, "Provider");
        }
        return parties;
    }

    /**
     * All that finding parties in a text reads: each party's phrases, in order, as one string (a
     * phrase's words hold no whitespace, so a space and a line break keep them apart).
     */
    String wording() {
        StringBuilder wording = new StringBuilder();
        for (Map.Entry<Party, List<Phrase>> e : phrases.entrySet()) {
            for (Phrase phrase : e.getValue()) {
                wording.append(e.getKey()).append(' ').append(String.join(" ", phrase.words())).append('\n');
            }
        }
        return wording.toString();
    }

    private void add(Party party, String phrase) {
        String[] words = phrase.strip().split("[\\s\\-]+");
        if (words.length > 0 && !words[0].isEmpty()) {
            phrases.get(party).add(Phrase.of(words));
        }
    }

    /** The duties and rights a sentence states, each with the party that bears it. */
    public List<Duty> duties(Sentences.Sentence sentence, String text) {
        if (!sentence.holds(WordKinds.DUTY_MARKER)) {
            return List.of();
        }
        List<Duty> found = new ArrayList<>();
        List<Sentences.Word> words = sentence.words();
        int windowStart = 0;
        for (int i = 0; i < words.size(); i++) {
            if (i > 0 && boundaryBefore(text, words.get(i - 1), words.get(i))) {
                windowStart = i;
            }
            if (!words.get(i).is(WordKinds.DUTY_MARKER)) {
                continue;
            }
            Set<Party> subject = partiesIn(words, Math.max(windowStart, i - SUBJECT_WINDOW), i);
            subject.addAll(agent(words, i));
            for (Party p : subject) {
                found.add(new Duty(i, p));
            }
            windowStart = i + 1;
        }
        return found;
    }

    /** The parties this sentence obliges or entitles. */
    public Set<Party> dutyBearers(Sentences.Sentence sentence, String text) {
        Set<Party> bearers = EnumSet.noneOf(Party.class);
        duties(sentence, text).forEach(d -> bearers.add(d.party()));
        return bearers;
    }

    /** The parties named in words [from, to). */
    public Set<Party> partiesIn(List<Sentences.Word> words, int from, int to) {
        Set<Party> found = EnumSet.noneOf(Party.class);
        for (int i = from; i < to; i++) {
            for (Party party : PARTIES) {
                for (Phrase phrase : phrases.get(party)) {
                    if (matches(words, i, to, phrase)) {
                        found.add(party);
                    }
                }
            }
            String w = words.get(i).lower();
            if ((w.equals("party") || w.equals("parties") || w.equals("party's") || w.equals("parties'")) && i > from
                    && BOTH.contains(words.get(i - 1).lower())) {
                found.add(Party.CLIENT);
                found.add(Party.PROVIDER);
            }
        }
        return found;
    }

    /** "... must be approved by the Client": the by-agent after a marker. */
    private Set<Party> agent(List<Sentences.Word> words, int marker) {
        int end = Math.min(words.size(), marker + AGENT_WINDOW);
        for (int k = marker + 1; k < end; k++) {
            if (words.get(k).lower().equals("by") && k > marker + 1 && words.get(marker + 1).lower().equals("be")) {
                return partiesIn(words, k + 1, Math.min(words.size(), k + 4));
            }
        }
        return EnumSet.noneOf(Party.class);
    }

    private static boolean matches(List<Sentences.Word> words, int at, int limit, Phrase phrase) {
        if (at + phrase.words().length > limit) {
            return false;
        }
        for (int k = 0; k < phrase.words().length; k++) {
            if (!sameWord(words.get(at + k).text(), phrase.words()[k], phrase.capitals()[k])) {
                return false;
            }
        }
        return true;
    }

    /**
     * A phrase's word as written, with "'s" or "s'" after it, or all in capitals ("CLIENT"),
     * told without making a string: this runs for every word of a subject against every phrase
     * (issue 13). A word that equals the capitals and is its own upper case is one the phrase's
     * word names in capitals.
     */
    private static boolean sameWord(String w, String p, String capitals) {
        return w.equals(p)
                || w.length() == p.length() + 2 && w.startsWith(p) && (w.endsWith("'s") || w.endsWith("s'"))
                || w.equals(capitals) && w.equals(w.toUpperCase(Locale.ROOT));
    }

    /** A ';', ':' or a list bullet between two words starts a new subject. */
    private static boolean boundaryBefore(String text, Sentences.Word previous, Sentences.Word next) {
        for (int k = previous.end(); k < next.start() && k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == ';' || c == ':' || c == '\u2022') {
                return true;
            }
            if (c == '\n') {
                int j = k + 1;
                while (j < next.start() && Character.isWhitespace(text.charAt(j))) {
                    j++;
                }
                if (j < next.start() && (text.charAt(j) == '-' || text.charAt(j) == '*')) {
                    return true;
                }
            }
        }
        return false;
    }
}
