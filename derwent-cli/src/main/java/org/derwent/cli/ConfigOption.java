package org.derwent.cli;

import java.nio.file.Path;
import org.derwent.model.footprint.FootprintLoader;
import org.derwent.model.footprint.Ics;
import picocli.CommandLine.Option;

/** The {@code --config DIR} option shared by commands that need the ICS footprint. */
public final class ConfigOption {
    @Option(names = "--config", paramLabel = "DIR",
            description = "ICS configuration directory (default: config/derby-derbyshire in the Derwent home).")
    Path config;

    /** The configuration directory chosen, or the default one. */
    public Path dir() {
        return config != null ? config : home().resolve("config").resolve("derby-derbyshire");
    }

    public Ics load() {
        return FootprintLoader.load(dir());
    }

    /** Derwent home: {@code -Dderwent.home} set by the launcher, else the working directory. */
    public static Path home() {
        String h = System.getProperty("derwent.home");
        return h != null ? Path.of(h) : Path.of("").toAbsolutePath();
    }
}
