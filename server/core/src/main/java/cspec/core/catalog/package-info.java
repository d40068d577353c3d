/**
 * The catalog a contract can see and how it is resolved: the built-in profiles and libraries
 * (read from {@code cspec/builtin/index.json} alone), the workspace's profile and library files,
 * the contract's {@code uses} paths and cspec.json's paths, in that precedence; the profile a
 * contract follows ({@link cspec.core.catalog.ProfileChoice}); and the problems found on the way
 * (bad-uses-path, ambiguous definitions). {@link cspec.core.catalog.Catalog} is a value that
 * checks, drafting and the editor read; this package knows no check.
 */
package cspec.core.catalog;
