package cspec.core.fixes;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every promise of {@link FixAllProperties} on every sample, fixture, fuzz seed and built-in,
 * each in its own workspace: the corpus the fuzz tests start from, checked in every build.
 */
class FixAllPropertiesTest {

    @TestFactory
    Stream<DynamicTest> everyRepositoryFileKeepsEveryPromise() {
        return FixAllProperties.overRepositoryFiles();
    }
}
