package cspec.core.state;

import cspec.core.text.SourceText;
import java.nio.file.Path;

/**
 * One open document: its URI, the file it is (null for an unsaved buffer), the version the
 * editor last sent, and its text. A value: an edit makes a new one.
 */
public record Document(String uri, Path path, int version, SourceText text) {
}
