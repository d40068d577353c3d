package cspec.core.text;

import cspec.core.check.Check;

/** Planted violation (see PlantedViolationsTest): the lowest package of core uses a higher one. */
public final class PlantedTextUsesCheck {
    Check check;
}
