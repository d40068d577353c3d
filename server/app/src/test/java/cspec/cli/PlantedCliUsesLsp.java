package cspec.cli;

import cspec.lsp.ServerCommand;

/** Planted violation (see PlantedViolationsTest): the command line using the language server. */
public final class PlantedCliUsesLsp {
    ServerCommand server;
}
