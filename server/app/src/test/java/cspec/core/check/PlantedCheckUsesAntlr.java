package cspec.core.check;

import org.antlr.v4.runtime.Token;

/** Planted violation (see PlantedViolationsTest): a check that sees ANTLR. */
public final class PlantedCheckUsesAntlr {
    Token token;
}
