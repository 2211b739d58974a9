package org.derwent.synth.record;

import java.util.SplittableRandom;
import org.derwent.model.extract.Setting;
import org.derwent.synth.output.RecordSink;

/**
 * GP appointments over the {@link #DAYS} before the extract date (or death), from the first registration in the
 * records: a constant yearly rate of 2.6 times the patient's need ({@link ActivityHistory#need}), 1.6 times
 * higher under 5. Each has a clinician type, a clinician of the practice ({@link PracticeTeams}) and is
 * {@code same_day} (booked and held on the same day) or {@code pre_booked}.
 *
 * <p>Same day: log-odds {@link #SAME_DAY_BASE} + an age term (children and adults under 45 more, 65+ fewer, who
 * have more planned long-term-condition reviews) + twice the latent-health and deprivation part of the need
 * (frequent attenders and deprived areas more) + a clinician-type term (paramedics and GPs more, nurses and
 * health-care assistants fewer): 46% overall (England: about 40-45% of GP appointments are same-day).
 * Usual clinician: GP and nurse appointments are with the patient's usual GP or nurse (drawn per practice) with
 * the practice's continuity ({@link PracticeTeams}) plus 0.012 per year of age over 50 and 0.1 per condition (up to
 * 5), the odds scaled by 0.6 on the day (whoever is free); otherwise with any clinician of that type.
 */
final class GpAppointments {
    static final int DAYS = 365 * 3;
    static final double RATE = 2.6;
    static final double SAME_DAY_BASE = -0.2;
    private static final double[] TYPE_CUM = {0.55, 0.77, 0.85, 0.93, 0.97, 1.0};
    private static final double[] SAME_DAY_TYPE = {0.15, -0.5, -0.2, -0.7, 1.2, -0.3};
    private final PracticeTeams teams;

    GpAppointments(PracticeTeams teams) {
        this.teams = teams;
    }

    void write(Person p, RecordSink sink) {
        SplittableRandom rng = p.rng;
        double rate = RATE * ActivityHistory.need(p) * (p.age < 5 ? 1.6 : 1);
        int from = Math.max(p.since(p.endDay - DAYS), p.registeredSince);
        double exposure = Math.max(0, p.endDay - from) / (double) DAYS;
        int n = Math.min(40 * 3, Draw.poisson(rng, rate * 3 * exposure));
        int[] days = Draw.days(rng, n, from, p.endDay - 1);
        PracticeTeams.Team current = teams.of(p.practice);
        PracticeTeams.Team previous = p.previousPractice == null ? current : teams.of(p.previousPractice);
        int[] usual = {rng.nextInt(current.count()[PracticeTeams.GP]), rng.nextInt(current.count()[PracticeTeams.NURSE]),
            rng.nextInt(previous.count()[PracticeTeams.GP]), rng.nextInt(previous.count()[PracticeTeams.NURSE])};
        double patientTerm = 0.012 * (Math.min(p.age, 90) - 50) + 0.1 * Math.min(p.ncond, 5);
        double sameDayTerm = SAME_DAY_BASE + ageTerm(p.age) + 2 * (0.22 * p.h + 0.08 * p.dep10);
        for (int d : days) {
            double u = rng.nextDouble();
            int k = 0;
            while (u >= TYPE_CUM[k]) {
                k++;
            }
            String org = p.orgAt(d);
            boolean before = !org.equals(p.practice);
            PracticeTeams.Team team = before ? previous : current;
            boolean sameDay = Draw.chance(rng, Draw.logistic(sameDayTerm + SAME_DAY_TYPE[k]));
            double logit = team.continuityLogit() + patientTerm + (sameDay ? Math.log(0.6) : 0);
            int who = k <= PracticeTeams.NURSE && Draw.chance(rng, Draw.logistic(logit)) ? usual[k + (before ? 2 : 0)]
                    : rng.nextInt(team.count()[k]);
            sink.encounter(p.pid, ++p.seqE, Setting.GP, org, d, d, null, PracticeTeams.TYPES[k],
                    sameDay ? "same_day" : "pre_booked", team.id(k, who));
        }
    }

    static double ageTerm(int age) {
        return age < 5 ? 0.3 : age < 18 ? 0.2 : age < 45 ? 0.35 : age < 65 ? 0 : age < 80 ? -0.4 : -0.55;
    }
}
