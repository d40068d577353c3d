/**
 * What contract text states, read as facts a check can verify: durations tied to an action, the
 * duties and rights of each party, SLA timers, defined terms, clauses recognised by their content,
 * and figures stated twice. The profile checks ask it what a section or clause must say
 * (missing-content, a clause matched by content); contradictory-figures compares what it finds.
 * Recognition is by whole words from data ({@code cspec/content/actions.json}), never by a
 * keyword alone: a duration must stand in a sentence about its action, a duty needs its party as
 * the subject of an obligation. Some actions' data also names the sentences that state their time
 * without a figure ("survives any termination") and those without which a time of them is no
 * matter of the contract (a cure period needs a termination for breach).
 */
package cspec.core.content;
