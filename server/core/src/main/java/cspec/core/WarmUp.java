package cspec.core;

import cspec.core.text.SourceText;
import cspec.core.workspace.Workspace;

/**
 * Loads what every analysis uses before the first file arrives: the grammar's tables, the checks'
 * classes, their word lists and patterns. It analyses a small contract and forgets the result,
 * so a command-line run can do it on a spare core while it reads its arguments and its file,
 * and its first real analysis finds everything ready. The contract names no profile and no
 * clause, so the built-ins are left to the files that need them.
 */
public final class WarmUp {
    static final String CONTRACT = """
            contract "Warm-up" {
                client "Example Client"
                provider "Example Provider"
            }

            definitions {
                "Service" means the monitoring that the Provider delivers to the Client.
            }

            section services "Services" {
                must S-1: The Provider must notify the Client of every incident within 1 hour, as per [S-2].
                should S-2: The Provider should review the detection rules promptly where practical.
            }

            section levels "Service Levels" {
                sla incidents "Incidents" {
                    measured monthly
                    severity P1 "Critical" response within 15 minutes resolution within 4 hours
                    availability 99.9%
                }
            }
            """;

    private WarmUp() {
    }

    /** Analyses the small contract; never throws (the real analysis meets and reports any failure). */
    public static void run() {
        try {
            Analyzer.analyze(new SourceText("warm-up.cspec", CONTRACT), null, Workspace.standalone());
        } catch (RuntimeException | StackOverflowError e) {
            // Nothing to do: the warm-up only loads what the real analysis would load anyway.
        }
    }
}
