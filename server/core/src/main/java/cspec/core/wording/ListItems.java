package cspec.core.wording;

import cspec.core.syntax.ProseList;
import java.util.Arrays;
import java.util.List;

/** Which tokens of a prose belong to which item of its lists. */
final class ListItems {
    private ListItems() {
    }

    /** Per token, the index of the list item whose text holds it, or -1 (the lead-in, or no list). */
    static int[] itemOf(ProseTokens prose, List<ProseList.ListItem> items) {
        List<Token> tokens = prose.tokens();
        int[] of = new int[tokens.size()];
        Arrays.fill(of, -1);
        if (items.isEmpty()) {
            return of;
        }
        int k = 0;
        for (int i = 0; i < tokens.size(); i++) {
            int at = prose.base() + tokens.get(i).start();
            while (k < items.size() && items.get(k).span().end() <= at) {
                k++;
            }
            if (k < items.size() && items.get(k).span().start() <= at) {
                of[i] = k;
            }
        }
        return of;
    }
}
