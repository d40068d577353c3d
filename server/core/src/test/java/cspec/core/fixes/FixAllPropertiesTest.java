package cspec.core.fixes;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Runs {@link FixAllProperties} over every sample and fixture of the repository. */
class FixAllPropertiesTest {
    @TestFactory
    Stream<DynamicTest> fixAllNeverAddsAnErrorAndFormatIsIdempotent() {
        return FixAllProperties.overRepositoryFiles();
    }
}
