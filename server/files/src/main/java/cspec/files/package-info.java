/**
 * The one owner of file access for the command line and the language server: every read of the
 * disk (DiskFiles, bounded to a workspace by core's BoundedFiles: nothing whose real path lies
 * outside it is read), and writes that cannot lose what was there (SafeWriter). Core never touches
 * the disk; the shells reach it only through this package.
 */
package cspec.files;
