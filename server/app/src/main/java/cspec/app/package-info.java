/** The {@code cspec} executable: the top command that gathers the subcommands of the shells. */
package cspec.app;
