package org.derwent.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code derwent} command line. Each sub-command lives in its own class. */
@Command(name = "derwent", mixinStandardHelpOptions = true, version = "Derwent 0.1.0",
        description = "Population-health and system-intelligence platform for NHS Integrated Care Systems.",
        subcommands = {
            CommandLine.HelpCommand.class,
            FootprintCommand.class,
            org.derwent.cli.ingest.LoadCommand.class,
            org.derwent.cli.ingest.QualityCommand.class,
            org.derwent.cli.ingest.BenchCommand.class,
            org.derwent.cli.risk.RiskCommand.class,
            org.derwent.cli.demo.DemoCommand.class,
            org.derwent.cli.qrisk3.Qrisk3Command.class,
            org.derwent.cli.synth.GenerateCommand.class,
            org.derwent.cli.synth.CalibrationCommand.class,
            org.derwent.cli.stats.StatsCommand.class,
            org.derwent.cli.measures.MeasuresCommand.class,
            org.derwent.cli.measures.CaseListCommand.class,
            org.derwent.cli.serve.ServeCommand.class,
            org.derwent.cli.serve.UserCommand.class,
        })
public final class Derwent implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, also used by tests. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Derwent());
        cl.setExecutionExceptionHandler(new ErrorHandler());
        return cl;
    }
}
