package cspec.accuracy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SampleTest {
    private static List<Finding> findings(String rule, int n) {
        List<Finding> list = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = Finding.key("c", rule, "sentence " + i, "word", 0);
            list.add(new Finding(key, "c", "S1-" + i, i + 1, rule, "warning", "word", "message", "sentence " + i));
        }
        return list;
    }

    private static Map<String, List<Finding>> byRule(List<Finding> findings) {
        Map<String, List<Finding>> byRule = new TreeMap<>();
        findings.forEach(f -> byRule.computeIfAbsent(f.rule(), r -> new ArrayList<>()).add(f));
        return byRule;
    }

    @Test
    void aRuleWithAtMostThirtyFindingsIsJudgedWhole() {
        List<Finding> sample = Sample.draw(byRule(findings("archaic", 30)));
        assertEquals(30, sample.size());
        assertEquals(Sample.draw(byRule(findings("archaic", 7))).size(), 7);
    }

    @Test
    void aRuleWithMoreFindingsGivesThirtyDistinctOnes() {
        List<Finding> all = new ArrayList<>(findings("vague-term", 45));
        all.addAll(findings("archaic", 3));
        List<Finding> sample = Sample.draw(byRule(all));
        assertEquals(33, sample.size());
        assertEquals(30, sample.stream().filter(f -> f.rule().equals("vague-term")).distinct().count());
    }

    @Test
    void theDrawDependsOnTheFindingsNotOnTheirOrder() {
        List<Finding> all = findings("vague-term", 100);
        List<Finding> shuffled = new ArrayList<>(all);
        Collections.shuffle(shuffled, new Random(99));
        assertEquals(Sample.draw(byRule(all)), Sample.draw(byRule(shuffled)));
    }
}
