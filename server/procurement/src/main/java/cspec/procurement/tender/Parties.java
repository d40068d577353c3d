package cspec.procurement.tender;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words a tender calls its parties by, for the draft's header: the usual words for a
 * provider ("Contractor", "Vendor", ...) and for a client ("County", "Customer", ...) that the
 * text uses at least twice, capitalised. Names are left for the user to fill in.
 */
final class Parties {
    private static final List<String> PROVIDER_WORDS = List.of("Provider", "Contractor", "Vendor", "Supplier",
            "Consultant", "Service Provider", "MSSP", "MDR", "Licensor");
    private static final List<String> CLIENT_WORDS = List.of("Client", "Customer", "County", "City", "State", "Agency",
            "Authority", "Department", "Purchaser", "Buyer", "Owner", "Licensee", "Company", "Trust");

    private Parties() {
    }

    static void find(TenderDocument tender, Draft draft) {
        StringBuilder all = new StringBuilder();
        tender.blocks().forEach(b -> all.append(b.text()).append('\n'));
        String text = all.toString();
        for (String word : PROVIDER_WORDS) {
            if (uses(text, word)) {
                draft.providerWords.add(word);
            }
        }
        for (String word : CLIENT_WORDS) {
            if (uses(text, word)) {
                draft.clientWords.add(word);
            }
        }
    }

    private static boolean uses(String text, String word) {
        return Pattern.compile("\\b" + Pattern.quote(word) + "\\b").matcher(text).results().limit(2).count() == 2;
    }
}
