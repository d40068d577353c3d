package cspec.core.drafting;

import cspec.core.syntax.Contract;
import cspec.core.syntax.Document;
import cspec.core.syntax.HeaderField;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a contract's prose uses for its parties. Library wording is written with the
 * standard words "Client" and "Provider"; a contract whose header says
 * {@code provider "G" as "Supplier"} takes that wording with "Supplier" in place of "Provider",
 * so that what it signs names its parties the way the rest of it does. Everything that brings
 * library wording into a contract (expansion, the written-out clause fix, completion, and
 * clause-modified's comparison) goes through {@link #apply}.
 */
public record RoleWords(String client, String provider) {
    public static final RoleWords STANDARD = new RoleWords("Client", "Provider");

    /** "Client" or "Provider" as a whole word ("Provider's" included; not "Providers" or "ClientCo"). */
    private static final Pattern ROLE = Pattern.compile("(?<![\\p{L}\\p{N}_])(Client|Provider)(?![\\p{L}\\p{N}_])");

    /** The role words of the document's header; the standard ones for anything but a contract. */
    public static RoleWords of(Document document) {
        if (!(document instanceof Contract contract)) {
            return STANDARD;
        }
        String client = contract.party(HeaderField.PartyRole.CLIENT).map(HeaderField.Party::effectiveRoleWord).orElse("Client");
        String provider = contract.party(HeaderField.PartyRole.PROVIDER).map(HeaderField.Party::effectiveRoleWord).orElse("Provider");
        return new RoleWords(word(client, "Client"), word(provider, "Provider"));
    }

    /** A blank role word would erase the party from the wording; the standard word stays instead. */
    private static String word(String given, String standard) {
        return given == null || given.isBlank() ? standard : given.strip();
    }

    public boolean standard() {
        return client.equals("Client") && provider.equals("Provider");
    }

    /**
     * Library wording with the standard role words replaced by this contract's, in one pass (so
     * swapped words stay swapped). A placeholder's name is left alone; its default text is wording
     * and is substituted like the rest.
     */
    public String apply(String libraryText) {
        if (standard()) {
            return libraryText;
        }
        StringBuilder out = new StringBuilder(libraryText.length() + 16);
        int last = 0;
        for (Placeholder p : Placeholder.scan(libraryText).placeholders()) {
            int colon = libraryText.indexOf(':', p.start());
            int keepEnd = p.defaultText() == null || colon < 0 || colon >= p.end() ? p.end() : colon + 1;
            out.append(swap(libraryText.substring(last, p.start()))).append(libraryText, p.start(), keepEnd);
            last = keepEnd;
        }
        out.append(swap(libraryText.substring(last)));
        return out.toString();
    }

    private String swap(String text) {
        Matcher m = ROLE.matcher(text);
        StringBuilder out = new StringBuilder(text.length() + 16);
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).equals("Client") ? client : provider));
        }
        m.appendTail(out);
        return out.toString();
    }
}
