/**
 * What changed in obligations between two versions of a contract, matched by requirement ID
 * rather than by line: added, removed, renamed (same words, new ID), reworded, modality changed
 * (a weakening called out), weight and date changed; SLA figures; clauses against their library;
 * the title block. Reported as text, Markdown (for a pull request) and JSON.
 */
package cspec.procurement.diff;
