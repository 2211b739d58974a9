package org.derwent.risk.frailty;

import java.time.LocalDate;

/**
 * One issue of a medicine, as the polypharmacy deficit needs it.
 *
 * @param medicineCode the medicine's code (dm+d id); distinct codes count as different medicines
 * @param issued date of issue
 */
public record Prescription(String medicineCode, LocalDate issued) {
}
