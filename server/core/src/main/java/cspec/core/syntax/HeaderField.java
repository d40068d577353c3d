package cspec.core.syntax;

import cspec.core.text.Span;
import java.time.LocalDate;

/** One line of a contract header; {@code keyword} is the field name's span. */
public sealed interface HeaderField {
    Span span();

    Span keyword();

    /** The field name as written, for duplicate-field and messages. */
    String name();

    enum PartyRole { CLIENT, PROVIDER }

    /** {@code client "Example Corp" as "Customer"}; roleWord is null when not given. */
    record Party(Span span, Span keyword, PartyRole role, Str partyName, Str roleWord) implements HeaderField {
        public String name() {
            return role == PartyRole.CLIENT ? "client" : "provider";
        }

        /** The word prose uses for this party: the 'as' word, else Client or Provider. */
        public String effectiveRoleWord() {
            if (roleWord != null) {
                return roleWord.value();
            }
            return role == PartyRole.CLIENT ? "Client" : "Provider";
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

    record Uses(Span span, Span keyword, Str path) implements HeaderField {
        public String name() {
            return "uses";
        }
    }
}
