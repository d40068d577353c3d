package cspec.procurement.tender;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The words of a sentence with their offsets, for the obligation reading. */
final class Words {
    private static final Pattern WORD = Pattern.compile("[\\p{L}][\\p{L}'\u2019]*");

    record Word(String text, String lower, int start, int end) {
    }

    private Words() {
    }

    static List<Word> of(String sentence) {
        List<Word> words = new ArrayList<>();
        Matcher m = WORD.matcher(sentence);
        while (m.find()) {
            words.add(new Word(m.group(), m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
        }
        return words;
    }

    static String lower(List<Word> words, int i) {
        return i >= 0 && i < words.size() ? words.get(i).lower() : "";
    }
}
