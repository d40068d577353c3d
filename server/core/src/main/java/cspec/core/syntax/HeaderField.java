package cspec.core.syntax;

import cspec.core.text.Span;
import java.time.LocalDate;
import java.util.List;

/** One line of a contract header; {@code keyword} is the field name's span. */
public sealed interface HeaderField {
    Span span();

    Span keyword();

    /** The field name as written, for duplicate-field and messages. */
    String name();

    enum PartyRole { CLIENT, PROVIDER }

    /**
     * {@code provider "Acme Security Inc" as "Provider", "MDR", "Contractor"}: the party's name and
     * the role words its prose uses for it, the first being the one cspec writes (empty when none
     * is given).
     */
    record Party(Span span, Span keyword, PartyRole role, Str partyName, List<Str> roleWords) implements HeaderField {
        public Party {
            roleWords = List.copyOf(roleWords);
        }

        public String name() {
            return role == PartyRole.CLIENT ? "client" : "provider";
        }

        /** The standard role word when the header gives none. */
        public String standardRoleWord() {
            return role == PartyRole.CLIENT ? "Client" : "Provider";
        }

        /** The word cspec writes for this party (in inserted clauses and messages): the first 'as' word, else Client or Provider. */
        public String effectiveRoleWord() {
            return roleWords.isEmpty() ? standardRoleWord() : roleWords.get(0).value();
        }

        /** Every word prose may use for this party: the 'as' words, else Client or Provider. */
        public List<String> effectiveRoleWords() {
            return roleWords.isEmpty() ? List.of(standardRoleWord()) : roleWords.stream().map(Str::value).toList();
        }
    }

    /** {@code will means must}: prose "will" is an obligation verb, as US tenders write "The Contractor will ...". */
    record WillMeansMust(Span span, Span keyword) implements HeaderField {
        public String name() {
            return "will";
        }
    }

    record ProfileRef(Span span, Span keyword, Ident profile) implements HeaderField {
        public String name() {
            return "profile";
        }
    }

    /** jurisdiction or version. */
    record Text(Span span, Span keyword, String name, Str value) implements HeaderField {
    }

    record Effective(Span span, Span keyword, LocalDate date) implements HeaderField {
        public String name() {
            return "effective";
        }
    }

    record Term(Span span, Span keyword, Duration duration) implements HeaderField {
        public String name() {
            return "term";
        }
    }

    /** {@code renewal 1 year up to 5 times}: the term may be extended by period, at most times times. */
    record Renewal(Span span, Span keyword, Duration period, int times, Span timesSpan) implements HeaderField {
        public String name() {
            return "renewal";
        }
    }

    /** What a notice period is notice of. */
    enum NoticeKind {
        /** Ending the contract without cause (termination for convenience). */
        TERMINATION("termination"),
        /** Declining a renewal before the current period ends. */
        NON_RENEWAL("non-renewal"),
        /** The time a party in breach has to cure it after notice, before the other may terminate. */
        CURE("cure");

        private final String word;

        NoticeKind(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    /** {@code notice termination 90 days}; one per kind. */
    record Notice(Span span, Span keyword, NoticeKind kind, Span kindSpan, Duration period) implements HeaderField {
        public String name() {
            return "notice " + kind.word();
        }
    }

    record Uses(Span span, Span keyword, Str path) implements HeaderField {
        public String name() {
            return "uses";
        }
    }
}
