package cspec.cli.report;

import java.util.List;

/** How help text and errors list the values an option takes: "text, json or sarif". */
public final class Choices {
    private Choices() {
    }

    public static String either(List<String> values) {
        if (values.size() < 2) {
            return String.join("", values);
        }
        return String.join(", ", values.subList(0, values.size() - 1)) + " or " + values.get(values.size() - 1);
    }
}
