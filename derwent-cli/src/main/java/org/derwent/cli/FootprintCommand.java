package org.derwent.cli;

import java.util.concurrent.Callable;
import org.derwent.model.footprint.Ics;
import org.derwent.model.footprint.Lsoa;
import org.derwent.model.footprint.Pcn;
import org.derwent.model.footprint.Place;
import org.derwent.model.footprint.Practice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** Prints the configured footprint: Places, ICP footprints, districts, PCNs and practice counts. */
@Command(name = "footprint", mixinStandardHelpOptions = true,
        description = "Show the ICS footprint read from the configuration (Places, ICPs, districts, PCNs, practices, LSOAs).")
final class FootprintCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Override
    public Integer call() {
        Ics ics = config.load();
        System.out.printf("%s (%s) — %,d registered patients, %d practices, %d PCNs, %d LSOAs%n", ics.icb().name(),
                ics.icb().code(), ics.registeredPopulation(), ics.practices().size(), ics.pcns().size(), ics.lsoas().size());
        for (Place p : ics.places()) {
            long pop = ics.lsoas().stream().filter(l -> p.districts().contains(l.districtCode()))
                    .mapToLong(l -> l.population().total()).sum();
            System.out.printf("  Place %-20s %d districts, resident population %,d%n", p.name(), p.districts().size(), pop);
        }
        ics.icps().forEach(i -> System.out.printf("  ICP   %s%n", i.name()));
        for (Pcn pcn : ics.pcns()) {
            long list = ics.practices().stream().filter(pr -> pr.pcnCode().equals(pcn.code())).mapToLong(Practice::listSize).sum();
            long n = ics.practices().stream().filter(pr -> pr.pcnCode().equals(pcn.code())).count();
            System.out.printf("  PCN   %-8s %-45s %2d practices %,9d patients%n", pcn.code(), pcn.name(), n, list);
        }
        long core20 = ics.lsoas().stream().filter(Lsoa::core20).count();
        System.out.printf("  %d of %d LSOAs are Core20 (most deprived national quintile)%n", core20, ics.lsoas().size());
        if (!ics.attribution().isBlank()) {
            System.out.println(ics.attribution());
        }
        return 0;
    }
}
