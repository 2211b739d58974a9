#!/usr/bin/env python3
"""Writes config/examples/northwold: a small FICTIONAL Integrated Care System used to prove that another ICS is
another configuration directory. Every number is invented (deterministic, no randomness); codes use the
reserved-looking prefixes X/Z so they cannot be mistaken for real organisations."""
import csv, json, math, os

OUT = os.path.join(os.path.dirname(__file__), "..", "config", "examples", "northwold")
BANDS = ["0-4", "5-9", "10-14", "15-19", "20-24", "25-29", "30-34", "35-39", "40-44", "45-49", "50-54",
         "55-59", "60-64", "65-69", "70-74", "75-79", "80-84", "85-89", "90+"]
DISTRICTS = [("X06000001", "Northwold City"), ("X07000001", "Fenmoor"), ("X07000002", "Highcombe")]
# A national-looking resident age profile (per 1000), females then males; older districts shift weight upwards.
BASE = [55, 58, 60, 57, 58, 65, 68, 66, 62, 61, 66, 68, 62, 55, 52, 40, 28, 17, 9]
REGISTERS = {  # register: (list type, base prevalence of its denominator)
    "AF": ("TOTAL", 0.022), "AST": ("06OV", 0.068), "CAN": ("TOTAL", 0.034), "CHD": ("TOTAL", 0.031),
    "CKD": ("18OV", 0.045), "COPD": ("TOTAL", 0.021), "DEM": ("TOTAL", 0.008), "DEP": ("18OV", 0.14),
    "DM": ("17OV", 0.078), "EP": ("18OV", 0.009), "HF": ("TOTAL", 0.011), "HYP": ("TOTAL", 0.148),
    "LD": ("TOTAL", 0.006), "MH": ("TOTAL", 0.01), "NDH": ("18OV", 0.07), "OB": ("18OV", 0.12),
    "OST": ("50OV", 0.008), "PAD": ("TOTAL", 0.006), "PC": ("TOTAL", 0.005), "RA": ("16OV", 0.008),
    "STIA": ("TOTAL", 0.02)}


def write(name, header, rows):
    with open(os.path.join(OUT, name), "w", newline="") as f:
        w = csv.writer(f, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)


def main():
    os.makedirs(OUT, exist_ok=True)
    lsoas, pop, eth = [], [], []
    for di, (dcode, dname) in enumerate(DISTRICTS):
        for k in range(8):
            code = "X01%06d" % (di * 100 + k + 1)
            imd = round(8 + 5.1 * k + 6 * (di == 0), 3)          # the city is more deprived
            decile = max(1, 10 - int(imd // 5))
            quintile = (decile + 1) // 2
            lsoas.append([code, "%s %03d%s" % (dname, k + 1, "A"), dcode, imd, decile, quintile,
                          "C1" if di == 0 else ("D1" if k < 4 else "E1"),
                          "Urban city and town" if di == 0 else ("Rural town and fringe" if k < 4 else "Rural village and dispersed")])
            size = 1400 + 60 * k + 150 * di
            older = 0.15 * di + 0.02 * k                          # rural districts are older
            w = [b * (1 + older * (i - 9) / 9) for i, b in enumerate(BASE)]
            tot = sum(w)
            for sex, f in (("F", 0.51), ("M", 0.49)):
                for i, band in enumerate(BANDS):
                    adj = 1.15 if (sex == "F" and i >= 15) else (0.85 if (sex == "M" and i >= 15) else 1.0)
                    pop.append([code, sex, band, int(round(size * f * w[i] / tot * adj))])
            nonwhite = 0.28 - 0.02 * k if di == 0 else 0.04
            for g, share in (("asian", 0.55), ("black", 0.2), ("mixed", 0.15), ("other", 0.1)):
                eth.append([code, g, round(size * nonwhite * share, 1)])
            eth.append([code, "white", round(size * (1 - nonwhite), 1)])
    write("lsoas.csv", ["lsoa_code", "name", "district_code", "imd_score", "imd_decile", "imd_quintile", "ruc_code", "ruc_class"], lsoas)
    write("lsoa-population.csv", ["lsoa_code", "sex", "age_band", "count"], pop)
    write("lsoa-ethnicity.csv", ["lsoa_code", "ethnic_group", "count"], eth)
    pcns = [["Z10001", "NORTHWOLD CITY PCN", "NW1 1AA"], ["Z10002", "FENMOOR PCN", "NW5 2BB"], ["Z10003", "HIGHCOMBE PCN", "NW9 3CC"]]
    write("pcns.csv", ["pcn_code", "pcn_name", "postcode"], pcns)
    practices, registers = [], []
    specs = [("Z00001", "Riverside Surgery", "NW1 2AB", "Z10001", 0, 12400, 34.0),
             ("Z00002", "Castle Street Medical Centre", "NW1 5CD", "Z10001", 0, 8300, 27.5),
             ("Z00003", "Fenmoor Health Centre", "NW5 1EF", "Z10002", 1, 9600, 18.2),
             ("Z00004", "Marsh Lane Practice", "NW5 7GH", "Z10002", 1, 5200, 22.9),
             ("Z00005", "Highcombe Group Practice", "NW9 4JK", "Z10003", 2, 10900, 12.4),
             ("Z00006", "Dale View Surgery", "NW9 8LM", "Z10003", 2, 4100, 15.1)]
    for i, (code, name, pc, pcn, di, size, imd) in enumerate(specs):
        old = 0.03 * di
        o6 = int(size * (0.935 - old / 3)); o16 = int(size * (0.82 - old / 4)); o17 = int(o16 - size * 0.011)
        o18 = int(o17 - size * 0.011); o50 = int(size * (0.40 + old * 2))
        practices.append([code, name, pc, pcn, DISTRICTS[di][0], size, o6, o16, o17, o18, o50, imd])
        den = {"TOTAL": size, "06OV": o6, "16OV": o16, "17OV": o17, "18OV": o18, "50OV": o50}
        for reg, (lt, prev) in REGISTERS.items():
            factor = 1 + 0.08 * math.sin(i * 1.7 + len(reg)) + 0.004 * (imd - 20)
            registers.append([code, reg, int(round(den[lt] * prev * factor)), lt, den[lt]])
    write("practices.csv", ["practice_code", "name", "postcode", "pcn_code", "district_code", "list_size", "list_06ov",
                            "list_16ov", "list_17ov", "list_18ov", "list_50ov", "imd_score"], practices)
    write("qof-registers.csv", ["practice_code", "register", "count", "list_type", "denominator"], registers)
    write("trust-catchment.csv", ["provider_code", "district_code", "share_of_trust_patients"],
          [["ZA1", "X06000001", 0.62], ["ZA1", "X07000001", 0.25], ["ZA2", "X07000001", 0.08],
           ["ZA2", "X07000002", 0.55], ["ZA1", "X07000002", 0.05]])
    ics = {
        "id": "northwold", "icb": {"code": "ZZ1", "onsCode": "X54000001", "subIcbCode": "Z1Z", "name": "NHS Northwold Integrated Care Board (fictional)"},
        "referenceDate": "2023-03-31",
        "districts": [{"code": c, "name": n} for c, n in DISTRICTS],
        "places": [{"code": "NW_CITY", "name": "Northwold City", "districts": ["X06000001"]},
                   {"code": "NW_COUNTY", "name": "Northwold County", "districts": ["X07000001", "X07000002"]}],
        "icps": [{"code": "ICP_NW_CITY", "name": "Northwold City", "districts": ["X06000001"]},
                 {"code": "ICP_NW_RURAL", "name": "Fenmoor and Highcombe", "districts": ["X07000001", "X07000002"]}],
        "providers": [{"code": "ZA1", "name": "Northwold Teaching Hospitals (fictional)", "kind": "ACUTE"},
                      {"code": "ZA2", "name": "Highcombe General Hospital (fictional)", "kind": "ACUTE"},
                      {"code": "ZC1", "name": "Northwold Community Health (fictional)", "kind": "COMMUNITY"},
                      {"code": "ZM1", "name": "Northwold Mental Health (fictional)", "kind": "MENTAL_HEALTH"},
                      {"code": "ZU1", "name": "Northwold Urgent Care (fictional)", "kind": "URGENT_CARE"},
                      {"code": "ZS1", "name": "Northwold City Council adult social care (fictional)", "kind": "SOCIAL_CARE"},
                      {"code": "ZS2", "name": "Northwold County Council adult social care (fictional)", "kind": "SOCIAL_CARE"}],
        "tables": {"pcns": "pcns.csv", "practices": "practices.csv", "qofRegisters": "qof-registers.csv", "lsoas": "lsoas.csv",
                   "lsoaPopulation": "lsoa-population.csv", "lsoaEthnicity": "lsoa-ethnicity.csv", "providerCatchment": "trust-catchment.csv"},
        "attribution": "Fictional example configuration; all organisations and numbers are invented (tools/build_northwold_config.py)."}
    with open(os.path.join(OUT, "ics.json"), "w") as f:
        json.dump(ics, f, indent=2)
        f.write("\n")


if __name__ == "__main__":
    main()
