package cspec.core.syntax;

import cspec.core.prose.PlantedLoopA;

/** Planted violation (see PlantedViolationsTest): the other half of a package loop in core. */
public final class PlantedLoopB {
    PlantedLoopA other;
}
