package cspec.core.check;

import cspec.core.diagnostic.Rule;
import cspec.core.prose.Glossary;
import cspec.core.syntax.Clause;
import cspec.core.syntax.Contract;
import cspec.core.syntax.HeaderField;
import cspec.core.syntax.Outline;
import cspec.core.syntax.Section;
import cspec.core.syntax.Sla;
import cspec.core.syntax.SlaLine;
import cspec.core.syntax.Str;
import java.util.ArrayList;
import java.util.List;

/**
 * Capitalised phrases that already mean something in a contract, so {@code undefined-term} leaves
 * them alone: its defined terms, parties, titles and header strings, and an allow-list of the
 * standards, frameworks, products and places SOC contracts name.
 */
final class KnownNames {
    static final List<String> ALLOW_LIST = List.of(
            // Standards, frameworks and regulations.
            "ISO/IEC 27001", "ISO/IEC 27002", "ISO/IEC 27035", "ISO 27001", "ISO 22301", "PCI DSS", "SOC 2", "SOC 2 Type II",
            "SOC 2 Type I", "Type II", "Type I", "Trust Services Criteria", "NIST CSF", "NIST Cybersecurity Framework",
            "NIST SP", "MITRE ATT&CK", "MITRE D3FEND", "CIS Controls", "CIS Critical Security Controls",
            "Cloud Controls Matrix", "Cloud Security Alliance", "HITRUST CSF", "Cyber Essentials Plus", "Cyber Essentials",
            "Cyber Kill Chain", "Common Vulnerability Scoring System", "Common Vulnerabilities and Exposures",
            "General Data Protection Regulation", "Data Protection Act", "Privacy Act", "California Consumer Privacy Act",
            "Health Insurance Portability and Accountability Act", "Sarbanes Oxley", "Gramm Leach Bliley",
            "NIS2 Directive", "Digital Operational Resilience Act",
            // Products and platforms.
            "Microsoft Sentinel", "Microsoft Defender", "Microsoft 365", "Office 365", "Microsoft Azure", "Azure Active Directory",
            "Active Directory", "Entra ID", "Amazon Web Services", "Google Cloud", "Google Chronicle", "Google Workspace",
            "Splunk Enterprise Security", "CrowdStrike Falcon", "Palo Alto Networks", "Windows Server", "Red Hat",
            "Elastic Security", "IBM QRadar",
            // Places and times contracts name.
            "United States", "United Kingdom", "European Union", "European Economic Area", "New York", "New Jersey",
            "British Columbia", "New South Wales", "New Zealand", "South Africa", "Hong Kong",
            "Eastern Time", "Pacific Time", "Central European Time", "Coordinated Universal Time", "Greenwich Mean Time");

    private KnownNames() {
    }

    /** Every phrase to mask in the given contract, the allow-list and the workspace's extra terms included. */
    static List<String> of(CheckContext context) {
        List<String> names = new ArrayList<>(ALLOW_LIST);
        names.addAll(context.config().extraTerms(Rule.UNDEFINED_TERM));
        Glossary glossary = context.glossary();
        glossary.terms().forEach(t -> names.add(t.text()));
        names.addAll(glossary.partyWords());
        Outline outline = context.outline();
        outline.sections().stream().map(p -> p.item()).map(Section::title).forEach(t -> add(names, t));
        for (Outline.Placed<Sla> placed : outline.slas()) {
            add(names, placed.item().title());
            placed.item().all(SlaLine.SeverityLevel.class).forEach(s -> add(names, s.label()));
            placed.item().all(SlaLine.Metric.class).forEach(m -> add(names, m.label()));
        }
        outline.clauses().stream().map(p -> p.item()).map(Clause::title).forEach(t -> add(names, t));
        Contract contract = context.contract().orElse(null);
        if (contract != null) {
            add(names, contract.title());
            for (HeaderField field : contract.fields()) {
                if (field instanceof HeaderField.Text text) {
                    add(names, text.value());
                }
            }
        }
        return names;
    }

    private static void add(List<String> names, Str string) {
        if (string != null && !string.value().isBlank()) {
            names.add(string.value());
        }
    }
}
