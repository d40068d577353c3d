/**
 * The one owner of file access for the command line and the language server: writes that
 * cannot lose what was there, and (as they move here) the disk-backed reads and the workspace
 * boundary. Core never touches the disk; the shells reach it only through this package.
 */
package cspec.files;
