package cspec.core.wording;

import static org.junit.jupiter.api.Assertions.assertTrue;

import cspec.core.syntax.Modality;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Any text at all: the engine never throws and every span lies inside the prose it was given. */
class WordingRobustnessTest {
    private static final String[] PIECES = {"must", "shall", "not", "may", "be", "reviewed", "by", "the", "Provider",
        "Client's", "it", "This", "promptly", "as soon as", "possible", "24/7", "e.g.", "etc.", "{{x:", "}}", "[", "]",
        "MON-1", "99.9%", "20,000", "\n", "\n\n", ",", ";", ".", "(", ")", "\"", "\u201C", "\u2019", "\u00A0", "-",
        "and/or", "neither", "party", "if", "that", "is required to", "agrees to", "\u0000", "\t", "than", "more"};

    @Test
    void randomProseNeverBreaksTheEngine() {
        Random random = new Random(20270101);
        WordingEngine engine = WordingEngine.builtIn();
        for (int run = 0; run < 3000; run++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(40);
            for (int w = 0; w < words; w++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            }
            int base = random.nextInt(1000);
            Modality modality = Modality.values()[random.nextInt(Modality.values().length)];
            ProseKind kind = ProseKind.values()[random.nextInt(ProseKind.values().length)];
            WordingContext context = new WordingContext(kind, modality, null, Vocabulary.clientAndProvider());
            WordingResult result = engine.analyze(text.toString(), base, context);
            for (Finding f : result.findings()) {
                assertTrue(f.span().start() >= base && f.span().end() <= base + text.length(), text.toString());
                assertTrue(f.message().endsWith(".") || f.message().endsWith("?"), f.message());
            }
        }
    }
}
