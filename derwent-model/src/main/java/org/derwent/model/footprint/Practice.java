package org.derwent.model.footprint;

import java.util.Map;
import java.util.OptionalDouble;

/**
 * A GP practice with its QOF list sizes and registers.
 *
 * @param listSize      QOF total list size
 * @param ageThresholds QOF age-threshold denominators by list type ({@code 06OV}, {@code 16OV},
 *                      {@code 17OV}, {@code 18OV}, {@code 50OV})
 * @param registers     QOF register counts by register code (HYP, AF, ...)
 * @param imdScore      practice IMD 2019 score weighted by registered patients, if published
 */
public record Practice(
        String code,
        String name,
        String postcode,
        String pcnCode,
        String districtCode,
        int listSize,
        Map<String, Integer> ageThresholds,
        Map<String, QofRegister> registers,
        OptionalDouble imdScore) {

    public Practice {
        ageThresholds = Map.copyOf(ageThresholds);
        registers = Map.copyOf(registers);
    }

    /** The denominator QOF uses for a list type: {@code TOTAL} is the list size. */
    public int denominator(String listType) {
        if ("TOTAL".equals(listType)) {
            return listSize;
        }
        Integer n = ageThresholds.get(listType);
        if (n == null) {
            throw new IllegalArgumentException("Practice " + code + " has no QOF list type '" + listType + "'");
        }
        return n;
    }
}
