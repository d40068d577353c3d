package cspec.core.editor;

import cspec.core.syntax.Actions;
import cspec.core.syntax.Profile;
import cspec.core.syntax.Timers;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion inside a profile's item lines: what an item asks for after {@code requires}, the
 * action of a duration or a party's duty, the party, the timer, and after {@code in} the
 * sections and clauses the profile names.
 */
final class ProfileItems {
    private static final Pattern NAMED = Pattern.compile("^\\s*(?:requires|recommends)\\s+(duration|party|timer)\\s+[a-z-]*$");
    private static final Pattern PARTY_ACTION = Pattern.compile("^\\s*(?:requires|recommends)\\s+party\\s+[a-z]+\\s+to\\s+[a-z-]*$");
    private static final Pattern WITHIN = Pattern.compile("^\\s*(?:requires|recommends)\\s+\\S.*\\s+in\\s+[\\p{L}\\p{N}._-]*$");

    private ProfileItems() {
    }

    /** The item kinds a profile line may ask for. */
    static final List<String> KINDS = List.of("section", "sla", "clause", "duration", "party", "timer", "term");

    /** Candidates for the line so far, or empty when the line is not a profile item's. */
    static Optional<List<Candidate>> at(DocumentIndex index, String prefix, Span partial) {
        if (!(index.analysis().file().document() instanceof Profile profile)) {
            return Optional.empty();
        }
        if (PARTY_ACTION.matcher(prefix).matches()) {
            return Optional.of(actions(partial));
        }
        Matcher named = NAMED.matcher(prefix);
        if (named.matches()) {
            return Optional.of(switch (named.group(1)) {
                case "duration" -> actions(partial);
                case "party" -> values(List.of("client", "provider"), "the party whose duty or right it is", partial);
                default -> values(Timers.STANDARD, "an SLA timer", partial);
            });
        }
        if (WITHIN.matcher(prefix).matches()) {
            List<Candidate> out = new ArrayList<>();
            for (Profile.Expectation e : profile.expectations()) {
                if ((e.kind() == Profile.Kind.SECTION || e.kind() == Profile.Kind.CLAUSE) && e.within() == null && e.id() != null) {
                    String what = e.kind() == Profile.Kind.SECTION ? "section" : "clause";
                    out.add(Candidate.plain(e.id().text(), Candidate.Kind.VALUE, "the " + what + " that must state it", partial));
                }
            }
            return Optional.of(out);
        }
        return Optional.empty();
    }

    private static List<Candidate> actions(Span partial) {
        List<Candidate> out = new ArrayList<>();
        for (Actions.Action a : Actions.builtIn().all()) {
            out.add(Candidate.plain(a.id(), Candidate.Kind.VALUE, a.label(), partial));
        }
        return out;
    }

    private static List<Candidate> values(List<String> words, String detail, Span partial) {
        return words.stream().map(w -> Candidate.plain(w, Candidate.Kind.VALUE, detail, partial)).toList();
    }
}
