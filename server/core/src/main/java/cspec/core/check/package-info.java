/**
 * The checks of the structure, requirements, definitions and SLAs, one class per rule or tight
 * group of rules, each a pure function of the parsed file and its
 * {@link cspec.core.check.CheckContext}; plus suppressions and root causes, which the analysis
 * applies after them. The list of every check lives above, beside the Analyzer, so this package
 * never names the wording or profile checks that implement its interface.
 */
package cspec.core.check;
