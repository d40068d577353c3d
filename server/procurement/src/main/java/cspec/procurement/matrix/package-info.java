/**
 * The compliance matrix bidders fill in, as CSV and XLSX: one row per requirement, option and
 * question, the bidder's and the evaluator's columns, and the contract's version and requirements
 * hash. Reading a filled matrix back treats it as hostile input: sizes and zip ratios are bounded,
 * formulas are never evaluated, and spreadsheet-formula prefixes are neutralised on the way out.
 */
package cspec.procurement.matrix;
