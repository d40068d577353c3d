package cspec.procurement.score;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import cspec.procurement.matrix.Csv;
import cspec.procurement.matrix.ResponseSheet;
import cspec.procurement.model.ContractView;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** The bidders' scores as a table for people, CSV for spreadsheets and JSON for tools. */
public final class ScoreReport {
    public enum Format { TABLE, CSV, JSON }

    private ScoreReport() {
    }

    public static String write(Format format, ContractView contract, List<BidderScore> scores) {
        return switch (format) {
            case TABLE -> table(contract, scores);
            case CSV -> csv(scores);
            case JSON -> json(contract, scores);
        };
    }

    private static String table(ContractView contract, List<BidderScore> scores) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Bidder", "Result", "Mandatory met", "Points", "Future commitments"));
        for (BidderScore s : scores) {
            rows.add(List.of(s.bidder(), s.result().words(), s.mandatoryMet() + "/" + s.mandatoryTotal(), points(s),
                    s.committedCount() + "/" + s.commitments().size()));
        }
        StringBuilder out = new StringBuilder(contract.title() + ", version " + contract.version()
                + " (requirements " + contract.requirementsHash() + ")\n\n");
        out.append(aligned(rows));
        for (BidderScore s : scores) {
            if (s.unmet().isEmpty() && s.problems().isEmpty() && s.commitments().isEmpty()) {
                continue;
            }
            out.append('\n').append(s.bidder()).append(" (").append(s.file()).append("):\n");
            s.unmet().forEach(u -> out.append("  mandatory not met: ").append(u).append('\n'));
            s.commitments().forEach(c -> out.append("  ").append(c.committed() ? "commits to " : "does not commit to ")
                    .append(c.id()).append(" by ").append(c.due()).append('\n'));
            s.problems().forEach(p -> out.append("  problem: ").append(p.describe(s.file())).append('\n'));
        }
        return out.toString();
    }

    private static String points(BidderScore s) {
        String max = plain(s.maxPoints());
        return s.points() == null ? "- / " + max : plain(s.points()) + " / " + max;
    }

    private static String aligned(List<List<String>> rows) {
        int[] widths = new int[rows.get(0).size()];
        rows.forEach(r -> {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], r.get(i).length());
            }
        });
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.size(); i++) {
                line.append(String.format("%-" + (widths[i] + 2) + "s", row.get(i)));
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    private static String csv(List<BidderScore> scores) {
        List<List<String>> rows = new ArrayList<>();
        rows.add(List.of("Bidder", "File", "Result", "Mandatory met", "Mandatory total", "Points", "Max points",
                "Future committed", "Future total", "Not met", "Problems"));
        for (BidderScore s : scores) {
            rows.add(List.of(s.bidder(), s.file(), s.result().words(), String.valueOf(s.mandatoryMet()),
                    String.valueOf(s.mandatoryTotal()), s.points() == null ? "" : plain(s.points()), plain(s.maxPoints()),
                    String.valueOf(s.committedCount()), String.valueOf(s.commitments().size()), String.join("; ", s.unmet()),
                    String.join("; ", s.problems().stream().map(p -> p.describe(s.file())).toList())));
        }
        return Csv.write(rows);
    }

    private static String json(ContractView contract, List<BidderScore> scores) {
        JsonObject root = new JsonObject();
        root.addProperty("contract", contract.title());
        root.addProperty("version", contract.version());
        root.addProperty("requirementsHash", contract.requirementsHash());
        JsonArray bidders = new JsonArray();
        for (BidderScore s : scores) {
            JsonObject b = new JsonObject();
            b.addProperty("bidder", s.bidder());
            b.addProperty("file", s.file());
            b.addProperty("result", s.result().words());
            b.addProperty("mandatoryMet", s.mandatoryMet());
            b.addProperty("mandatoryTotal", s.mandatoryTotal());
            b.addProperty("points", s.points());
            b.addProperty("maxPoints", s.maxPoints());
            JsonArray unmet = new JsonArray();
            s.unmet().forEach(unmet::add);
            b.add("mandatoryNotMet", unmet);
            JsonArray commitments = new JsonArray();
            for (BidderScore.Commitment c : s.commitments()) {
                JsonObject o = new JsonObject();
                o.addProperty("id", c.id());
                o.addProperty("due", c.due());
                o.addProperty("committed", c.committed());
                o.addProperty("answer", c.answer());
                commitments.add(o);
            }
            b.add("futureCommitments", commitments);
            JsonArray problems = new JsonArray();
            for (ResponseSheet.Problem p : s.problems()) {
                JsonObject o = new JsonObject();
                o.addProperty("where", p.where());
                o.addProperty("id", p.id());
                o.addProperty("message", p.message());
                problems.add(o);
            }
            b.add("problems", problems);
            bidders.add(b);
        }
        root.add("bidders", bidders);
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create().toJson(root) + "\n";
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
