package cspec.core.prose;

import cspec.core.syntax.PlantedLoopB;

/** Planted violation (see PlantedViolationsTest): half of a package loop in core. */
public final class PlantedLoopA {
    PlantedLoopB other;
}
