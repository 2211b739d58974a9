package org.derwent.risk.frailty;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The eFI polypharmacy deficit as GM-SDE implements Clegg's rule: at least 5 different medicines (distinct codes)
 * prescribed in the 12 months up to the index date. The window is {@code (index - 12 months, index]}.
 */
public final class Polypharmacy {
    private final int medicines;
    private final int months;

    public Polypharmacy(EfiDefinition definition) {
        this.medicines = definition.polypharmacyMedicines();
        this.months = definition.polypharmacyMonths();
    }

    /** Number of distinct medicine codes issued in the window before {@code index}. */
    public int distinctMedicines(Collection<Prescription> prescriptions, LocalDate index) {
        LocalDate from = index.minusMonths(months);
        Set<String> codes = new HashSet<>();
        for (Prescription p : prescriptions) {
            if (p.issued().isAfter(from) && !p.issued().isAfter(index)) {
                codes.add(p.medicineCode());
            }
        }
        return codes.size();
    }

    /** Whether the polypharmacy deficit is present at {@code index}. */
    public boolean present(Collection<Prescription> prescriptions, LocalDate index) {
        return distinctMedicines(prescriptions, index) >= medicines;
    }
}
