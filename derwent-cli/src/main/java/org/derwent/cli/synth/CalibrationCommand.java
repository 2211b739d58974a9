package org.derwent.cli.synth;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.derwent.cli.ConfigOption;
import org.derwent.synth.calibration.CalibrationReport;
import org.derwent.synth.codes.CodelistLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code derwent calibration}: compares an existing CSV extract with the configuration's reference data. */
@Command(name = "calibration", mixinStandardHelpOptions = true,
        description = "Write a calibration report (Markdown) for a generated CSV extract: prevalence, age structure and list "
                + "size per practice and register against the reference data, with correlations and the worst deviations.")
public final class CalibrationCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--in", paramLabel = "DIR", required = true, description = "Generator output directory (with csv/) or the CSV directory itself.")
    Path in;

    @Option(names = "--out", paramLabel = "FILE.md", required = true, description = "Report file to write.")
    Path out;

    @Option(names = "--codelists", paramLabel = "DIR", description = "Codelist directory (default: reference/codelists in the Derwent home).")
    Path codelists;

    @Override
    public Integer call() {
        Path lists = codelists != null ? codelists : CodelistLibrary.defaultDir(ConfigOption.home());
        CalibrationReport.write(config.load(), lists, in, out);
        System.out.println("calibration report: " + out);
        return 0;
    }
}
