package cspec.core.editor;

import cspec.core.text.Span;
import java.util.ArrayList;
import java.util.List;

/** The keywords (as snippets where a line has a fixed shape) that may start a line in each block. */
final class Keywords {
    private record Entry(String label, String snippet, String detail) {
    }

    private static final List<Entry> HEADER = List.of(
            new Entry("client", "client \"${1:Client name}\"", "the client's name, optionally: as \"Role\""),
            new Entry("provider", "provider \"${1:Provider name}\"", "the provider's name, optionally: as \"Role\""),
            new Entry("profile", "profile ${1:soc-services}", "the profile this contract follows"),
            new Entry("jurisdiction", "jurisdiction \"${1:Ontario, Canada}\"", "governing law"),
            new Entry("effective", "effective ${1:2027-01-01}", "effective date (ISO 8601)"),
            new Entry("term", "term ${1:36} ${2:months}", "the initial term"),
            new Entry("renewal", "renewal ${1:1} ${2:year} up to ${3:2} times", "options to extend the term"),
            new Entry("notice", "notice ${1|termination,non-renewal,cure|} ${2:90} ${3:days}", "a notice period"),
            new Entry("version", "version \"${1:1.0}\"", "document version"),
            new Entry("uses", "uses \"${1:clauses.cspec}\"", "a workspace library or profile file"),
            new Entry("will means must", "will means must", "prose \"will\" is an obligation verb, as \"must\" is"));

    private static final List<Entry> BODY = List.of(
            new Entry("must", "must ${1:ID}: ${0}", "mandatory requirement: pass or fail"),
            new Entry("should", "should ${1:ID} (weight ${2:10}): ${0}", "rated requirement, scored by weight"),
            new Entry("may", "may ${1:ID} (weight ${2:5}): ${0}", "optional extra, scored by weight"),
            new Entry("will", "will ${1:ID} (by ${2:2027-06-30}): ${0}", "dated commitment to a future capability"),
            new Entry("option", "option ${1:ID}: ${0}", "a priced service the client may order"),
            new Entry("question", "question ${1:ID} (weight ${2:10}): ${0}", "a question bidders answer, scored by weight"),
            new Entry("background", "background: ${0}", "text that obliges nobody (purpose, recitals)"),
            new Entry("section", "section ${1:id} \"${2:Title}\" {\n\t$0\n}", "a section of the contract"),
            new Entry("sla", "sla ${1:id} \"${2:Title}\" {\n\tmeasured ${3:monthly}\n\t$0\n}", "a service level agreement"),
            new Entry("clause", "clause ${1:id}", "a standard clause from a library"),
            new Entry("definitions", "definitions {\n\t\"${1:Term}\" means ${0}\n}", "defined terms"));

    private static final List<Entry> SLA = List.of(
            new Entry("measured", "measured ${1:monthly}", "measurement period"),
            new Entry("coverage", "coverage ${1:24x7}", "24x7, business-hours, or windows such as Mon-Fri 08:00-18:00"),
            new Entry("timer", "timer ${1:id} \"${2:What it measures}\"", "a timer of this SLA's own, beside the standard ones"),
            new Entry("availability", "availability ${1:99.9}%", "availability target"),
            new Entry("severity", "severity ${1:P1} \"${2:Critical}\" response within ${3:15 minutes} resolution within ${4:4 hours}",
                    "a severity level with response and resolution times"),
            new Entry("report", "report ${1:monthly}", "reporting period"),
            new Entry("credit", "credit ${1:5}% per breach cap ${2:20}%", "service credit per breach, with a cap"),
            new Entry("bonus", "bonus ${1:2}% per period met cap ${2:6}%",
                    "bonus per measurement period with every level met, capped per contract year"),
            new Entry("metric", "metric ${1:id} \"${2:Label}\" target at most ${3:30 minutes}", "a measured target"),
            new Entry("must", "must ${1:ID}: ${0}", "mandatory requirement: pass or fail"),
            new Entry("should", "should ${1:ID} (weight ${2:10}): ${0}", "rated requirement, scored by weight"));

    private static final List<Entry> DEFINITIONS = List.of(
            new Entry("\"Term\" means", "\"${1:Term}\" means ${0}", "a defined term"));

    private static final List<Entry> PROFILE = List.of(
            new Entry("requires", "requires ${1|section,sla,clause,duration,party,timer,term|} ${0}",
                    "a mandatory item (missing is an error)"),
            new Entry("recommends", "recommends ${1|section,sla,clause,duration,party,timer,term|} ${0}",
                    "a rated item (missing is information)"));

    private static final List<Entry> LIBRARY = List.of(
            new Entry("clause", "clause ${1:id} \"${2:Title}\" (section ${3:section-id}):\n\t${0}", "a standard clause"));

    private static final List<Entry> FILE = List.of(
            new Entry("contract", "contract \"${1:Title}\" {\n\tclient \"${2:Client}\"\n\tprovider \"${3:Provider}\"\n\tprofile ${4:soc-services}\n}\n$0",
                    "a contract with its header"),
            new Entry("profile", "profile ${1:id} \"${2:Title}\" {\n\trequires ${0}\n}", "what a kind of contract must contain"),
            new Entry("library", "library ${1:id} \"${2:Title}\" {\n\t$0\n}", "standard clauses"));

    private Keywords() {
    }

    static List<Candidate> at(DocumentIndex index, int offset, Span partial) {
        Enclosing enclosing = Enclosing.at(index.analysis().file().document(), offset);
        List<Entry> entries = switch (enclosing.kind()) {
            case HEADER -> HEADER;
            case TOP_LEVEL, SECTION -> BODY;
            case SLA -> SLA;
            case DEFINITIONS -> DEFINITIONS;
            case PROFILE -> PROFILE;
            case LIBRARY -> LIBRARY;
            case NOTHING -> FILE;
        };
        // A block's lines are indented like the line the keyword goes on, one level deeper inside.
        String indent = MissingSections.indentOfLine(index, offset);
        List<Candidate> out = new ArrayList<>();
        for (Entry e : entries) {
            String text = e.snippet().replace("\n", "\n" + indent).replace("\t", "    ");
            out.add(new Candidate(e.label(), Candidate.Kind.KEYWORD, e.detail(), null, text, true, partial));
        }
        return out;
    }
}
