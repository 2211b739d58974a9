package org.derwent.cli;

import picocli.CommandLine;

/** Prints a domain error as one clear line (no stack trace) and exits 1; set DERWENT_DEBUG=1 for the trace. */
final class ErrorHandler implements CommandLine.IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
        if (System.getenv("DERWENT_DEBUG") != null) {
            ex.printStackTrace(cl.getErr());
        }
        cl.getErr().println("derwent " + cl.getCommandName() + ": " + ex.getMessage());
        return 1;
    }
}
