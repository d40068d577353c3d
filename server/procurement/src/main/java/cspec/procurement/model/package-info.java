/**
 * The contract as the procurement outputs see it: a value computed from the syntax tree by pure
 * functions (sections numbered, prose as paragraphs and lists, library clauses with their wording
 * filled in, SLA figures with the downtime they allow, the counts of the summary), and the hash
 * that ties a compliance matrix to one version of the requirements.
 */
package cspec.procurement.model;
