package cspec.core.syntax;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The actions a profile may ask a contract to state something about, read once from
 * {@code cspec/content/actions.json}: each has an ID a profile names, a label for messages, the
 * words that express it, the SLA timer that measures it (if one does), and the patterns that
 * state its time without a figure or make a time of it a matter of the contract.
 */
public final class Actions {
    private static final String RESOURCE = "cspec/content/actions.json";

    /**
     * One action: its words are lower case and match whole words. timer may be null.
     * statedWithoutFigure: patterns of a sentence that states the action's time with no figure (a
     * duty with no end, a day fixed by another event). askedWhen: patterns of which the contract
     * must state one for a time of the action to concern it (a cure period concerns a contract that
     * ends for a breach); empty when the action always concerns it.
     */
    public record Action(String id, String label, String timer, List<String> words, List<String> statedWithoutFigure,
            List<String> askedWhen) {
        private static final Map<String, Pattern> COMPILED = new ConcurrentHashMap<>();

        public Action {
            words = List.copyOf(words);
            statedWithoutFigure = statedWithoutFigure == null ? List.of() : List.copyOf(statedWithoutFigure);
            askedWhen = askedWhen == null ? List.of() : List.copyOf(askedWhen);
        }

        public boolean isWord(String lowerWord) {
            return words.contains(lowerWord);
        }

        /** Whether the sentence states the action's time without a figure ("survives any termination"). */
        public boolean statesTimeWithoutFigure(String sentence) {
            return matchesAny(statedWithoutFigure, sentence);
        }

        /** Whether the sentence makes a time of the action a matter of the contract. */
        public boolean makesTimeAsked(String sentence) {
            return matchesAny(askedWhen, sentence);
        }

        private static boolean matchesAny(List<String> patterns, String sentence) {
            String flat = sentence.replaceAll("\\s+", " ");
            return patterns.stream().anyMatch(p -> COMPILED.computeIfAbsent(p,
                    x -> Pattern.compile(x, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).matcher(flat).find());
        }
    }

    private record Index(List<Action> actions) {
    }

    private static final class Shipped {
        static final Actions INSTANCE = read();
    }

    private final List<Action> all;
    private final Map<String, Action> byWord = new HashMap<>();

    private Actions(List<Action> all) {
        this.all = List.copyOf(all);
        for (Action a : all) {
            for (String w : a.words()) {
                byWord.putIfAbsent(w, a);
            }
        }
    }

    public static Actions builtIn() {
        return Shipped.INSTANCE;
    }

    public List<Action> all() {
        return all;
    }

    public List<String> ids() {
        return all.stream().map(Action::id).toList();
    }

    public Optional<Action> byId(String id) {
        return all.stream().filter(a -> a.id().equals(id)).findFirst();
    }

    /** The action an SLA timer measures ({@code response} measures {@code respond}). */
    public Optional<Action> forTimer(String timer) {
        return all.stream().filter(a -> timer.equals(a.timer())).findFirst();
    }

    /** The first action whose words include this lower-case word. */
    public Optional<Action> ofWord(String lowerWord) {
        return Optional.ofNullable(byWord.get(lowerWord));
    }

    private static Actions read() {
        try (InputStream in = Actions.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("cspec's " + RESOURCE + " is missing from the jar");
            }
            Index index = new Gson().fromJson(new InputStreamReader(in, StandardCharsets.UTF_8), Index.class);
            if (index == null || index.actions() == null) {
                throw new IllegalStateException(RESOURCE + " lists no actions");
            }
            return new Actions(index.actions());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JsonParseException e) {
            throw new IllegalStateException("bad " + RESOURCE, e);
        }
    }
}
