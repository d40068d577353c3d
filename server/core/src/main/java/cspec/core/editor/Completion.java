package cspec.core.editor;

import cspec.core.diagnostic.Rule;
import cspec.core.diagnostic.RuleRegistry;
import cspec.core.catalog.Catalog;
import cspec.core.prose.Glossary;
import cspec.core.syntax.Period;
import cspec.core.syntax.Prose;
import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Completion by context. The context comes from the text of the line before the cursor (which
 * stays meaningful while the user is mid-word and the file does not parse) and from the block
 * around the cursor: rule IDs in a suppression comment, IDs inside {@code [}, defined terms in
 * prose, library clauses after {@code clause}, the profile's missing sections after
 * {@code section}, the next free ID after a modality, SLA values, else the keywords the block allows.
 */
public final class Completion {
    private static final Pattern SUPPRESSION = Pattern.compile("^\\s*//\\s*cspec-(?:disable-next-line|disable|enable)\\s+(?:[\\w.-]+\\s*,?\\s*)*$");
    private static final Pattern AFTER_KEYWORD = Pattern.compile("^\\s*([a-z]+)\\s+[^\\s\"(:]*$");
    private static final Pattern AFTER_NUMBER = Pattern.compile("\\b(?:response|resolution|within|most|least|term|target)\\s+\\d+(?:\\.\\d+)?\\s+[a-z]*$");
    private static final Pattern AFTER_TIME_WORD = Pattern.compile("^\\s*severity\\b.*\\b(?:response|resolution|acknowledge|triage"
            + "|escalate|contain|notify|restore)\\s+[a-z]*$");
    /** After a severity's label or one of its durations: the next timer's name. */
    private static final Pattern AFTER_SEVERITY_TIME = Pattern.compile("^\\s*severity\\s+\\S+\\s+\"[^\"]*\"(?:.*\\b(?:minutes?|hours?"
            + "|days?|weeks?|sooner|later))?\\s+[a-z-]*$");
    private static final Pattern AFTER_TARGET = Pattern.compile("^\\s*metric\\b.*\\btarget\\s+[a-z]*$");
    private static final Pattern AFTER_CREDIT = Pattern.compile("^\\s*credit\\s+\\d+(?:\\.\\d+)?%\\s+(per\\s+breach\\s+)?[a-z]*$");
    private static final Pattern AFTER_BONUS = Pattern.compile("^\\s*bonus\\s+\\d+(?:\\.\\d+)?%\\s+(per\\s+period\\s+met\\s+)?[a-z]*$");
    private static final Pattern AT_LINE_START = Pattern.compile("^\\s*[a-z-]*$");

    private final DocumentIndex index;
    private final int offset;
    private final String prefix;
    private final Span partial;
    private final String defaultProfile;

    private Completion(DocumentIndex index, int offset, String defaultProfile) {
        this.index = index;
        this.offset = offset;
        String text = index.source().text();
        int lineStart = index.source().lines().lineStart(index.source().lines().lineOf(offset));
        this.prefix = text.substring(lineStart, offset);
        int start = offset;
        while (start > lineStart && Ids.isIdChar(text.charAt(start - 1))) {
            start--;
        }
        this.partial = new Span(start, offset);
        this.defaultProfile = defaultProfile;
    }

    /** The candidates at the offset; defaultProfile is the configured profile for a contract naming none. */
    public static List<Candidate> at(DocumentIndex index, int offset, String defaultProfile) {
        return new Completion(index, offset, defaultProfile).candidates();
    }

    private List<Candidate> candidates() {
        if (SUPPRESSION.matcher(prefix).matches()) {
            return ruleIds();
        }
        if (prefix.stripLeading().startsWith("//")) {
            return List.of();
        }
        int open = prefix.lastIndexOf('[');
        if (open >= 0 && open >= prefix.lastIndexOf(']') && prefix.substring(open + 1).chars().allMatch(c -> Ids.isIdChar((char) c))) {
            return references();
        }
        if (inProse()) {
            return terms();
        }
        return structure();
    }

    private List<Candidate> structure() {
        Matcher keyword = AFTER_KEYWORD.matcher(prefix);
        if (AFTER_NUMBER.matcher(prefix).find()) {
            return values(List.of("minutes", "hours", "business hours", "days", "business days", "weeks", "months"), "unit");
        }
        if (AFTER_TIME_WORD.matcher(prefix).matches()) {
            return values(List.of("within"), "then a duration, as in within 4 hours");
        }
        if (AFTER_SEVERITY_TIME.matcher(prefix).matches()) {
            return values(timerNames(), "timer");
        }
        if (AFTER_TARGET.matcher(prefix).matches()) {
            return values(List.of("at most", "at least"), "bound of the target");
        }
        Matcher credit = AFTER_CREDIT.matcher(prefix);
        if (credit.matches()) {
            return credit.group(1) == null ? values(List.of("per breach"), "credit per breach")
                    : values(List.of("cap", "capped at"), "then the cap, as in cap 20%");
        }
        Matcher bonus = AFTER_BONUS.matcher(prefix);
        if (bonus.matches()) {
            return bonus.group(1) == null ? values(List.of("per period met"), "for each measurement period every level is met")
                    : values(List.of("cap", "capped at"), "then the cap, a share of a contract year's fees");
        }
        Optional<List<Candidate>> profileItem = ProfileItems.at(index, prefix, partial);
        if (profileItem.isPresent()) {
            return profileItem.get();
        }
        if (keyword.matches()) {
            List<Candidate> after = afterKeyword(keyword.group(1));
            if (after != null) {
                return after;
            }
        }
        if (AT_LINE_START.matcher(prefix).matches()) {
            return Keywords.at(index, offset, partial);
        }
        return List.of();
    }

    /** Candidates for the word after a line's first keyword; null when that keyword takes none. */
    private List<Candidate> afterKeyword(String keyword) {
        return switch (keyword) {
            case "clause" -> clauses();
            case "section" -> MissingSections.candidates(index, offset, partial, defaultProfile);
            case "must", "should", "may", "will", "option", "question" -> List.of(NextId.candidate(index, offset, partial));
            case "measured", "report" -> values(periods(), "period");
            case "coverage" -> values(List.of("24x7", "business-hours", "Mon-Fri 08:00-18:00", "Mon-Fri 17:00-09:00",
                    "weekends 24x7", "holidays 24x7"), "coverage");
            case "notice" -> values(List.of("termination", "non-renewal", "cure"), "what the notice is of");
            case "severity" -> List.of(NextId.severity(index, offset, partial));
            case "profile" -> profiles();
            case "requires", "recommends" -> values(ProfileItems.KINDS, "what the profile expects");
            default -> null;
        };
    }

    private boolean inProse() {
        for (Prose p : index.outline().prose()) {
            if (p.span().start() < offset && offset <= p.span().end()) {
                return true;
            }
        }
        return false;
    }

    private List<Candidate> ruleIds() {
        List<Candidate> out = new ArrayList<>();
        for (Rule rule : RuleRegistry.builtIn().all()) {
            out.add(new Candidate(rule.id(), Candidate.Kind.RULE, rule.summary(), null, rule.id(), false, partial));
        }
        return out;
    }

    private List<Candidate> references() {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (Declaration d : index.declarations()) {
            if (d.name().kind() == Name.Kind.ID && seen.add(d.name().text())) {
                String detail = Renaming.describe(d.what());
                out.add(new Candidate(d.name().text(), Candidate.Kind.REFERENCE, detail,
                        Hovers.describe(index, d), d.name().text(), false, partial));
            }
        }
        return out;
    }

    private List<Candidate> terms() {
        List<Candidate> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        Span word = termPartial();
        for (Glossary.Term term : index.glossary().terms()) {
            if (seen.add(term.text())) {
                out.add(new Candidate(term.text(), Candidate.Kind.TERM, "defined term",
                        Hovers.definitionText(index, term.text()), term.text(), false, word));
            }
        }
        return out;
    }

    /** In prose the word being typed is letters only: "the Sec" completes "Sec". */
    private Span termPartial() {
        String text = index.source().text();
        int start = offset;
        while (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1))) {
            start--;
        }
        return new Span(start, offset);
    }

    private List<Candidate> clauses() {
        List<Candidate> out = new ArrayList<>();
        String indent = prefix.substring(0, prefix.length() - prefix.stripLeading().length());
        for (Catalog.ClauseEntry entry : ClauseRanking.ranked(index, offset, defaultProfile)) {
            out.add(ClauseCandidates.of(index, entry, indent, partial, defaultProfile));
        }
        return out;
    }

    private List<Candidate> profiles() {
        List<Candidate> out = new ArrayList<>();
        for (Catalog.ProfileEntry entry : index.analysis().catalog().profiles()) {
            if (entry.profile().id() != null) {
                String title = entry.profile().title() == null ? "profile" : entry.profile().title().value();
                out.add(Candidate.plain(entry.profile().id().text(), Candidate.Kind.PROFILE, title, partial));
            }
        }
        return out;
    }

    private List<Candidate> values(List<String> words, String detail) {
        Span replace = partial;
        List<Candidate> out = new ArrayList<>();
        for (String w : words) {
            out.add(Candidate.plain(w, Candidate.Kind.VALUE, detail, replace));
        }
        return out;
    }

    /** The standard timers and those the SLA around the cursor declares. */
    private List<String> timerNames() {
        List<String> names = new ArrayList<>(cspec.core.syntax.Timers.STANDARD);
        for (cspec.core.syntax.Outline.Placed<cspec.core.syntax.Sla> placed : index.outline().slas()) {
            if (placed.item().span().contains(offset)) {
                placed.item().all(cspec.core.syntax.SlaLine.TimerName.class).forEach(t -> names.add(t.id().text()));
            }
        }
        return names;
    }

    private static List<String> periods() {
        List<String> out = new ArrayList<>();
        for (Period p : Period.values()) {
            out.add(p.word());
        }
        return out;
    }
}
