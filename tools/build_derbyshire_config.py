#!/usr/bin/env python3
"""Derive config/derby-derbyshire/*.csv from the vendored public files in reference/derby-derbyshire/.

Re-run after refreshing the reference files:  python3 tools/build_derbyshire_config.py
Every number written comes from a file under reference/; the only hand-curated input is the
practice -> district assignment by practice postcode (POSTCODE_DISTRICT below, with named exceptions),
because no practice x LSOA registration file is public here (see reference/derby-derbyshire/PROVENANCE.md).
"""
import csv, collections, os, sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REF = os.path.join(ROOT, 'reference', 'derby-derbyshire')
OUT = os.path.join(ROOT, 'config', 'derby-derbyshire')

DERBY, AMBER, BOLSOVER, CHESTERFIELD, DALES, EREWASH, HIGHPEAK, NED, SOUTHD = (
    'E06000015', 'E07000032', 'E07000033', 'E07000034', 'E07000035', 'E07000036', 'E07000037', 'E07000038', 'E07000039')
POSTCODE_DISTRICT = {
    'DE1': DERBY, 'DE21': DERBY, 'DE22': DERBY, 'DE23': DERBY, 'DE24': DERBY, 'DE3': DERBY,
    'DE11': SOUTHD, 'DE65': SOUTHD, 'DE4': DALES, 'DE45': DALES, 'DE6': DALES, 'S32': DALES,
    'DE5': AMBER, 'DE56': AMBER, 'DE75': AMBER, 'DE55': AMBER, 'DE7': EREWASH, 'DE72': EREWASH, 'NG10': EREWASH,
    'NG20': BOLSOVER, 'S44': BOLSOVER, 'S80': BOLSOVER, 'S18': NED, 'S21': NED, 'S42': NED, 'S45': NED,
    'S40': CHESTERFIELD, 'S41': CHESTERFIELD, 'S43': CHESTERFIELD, 'S33': HIGHPEAK,
    'SK13': HIGHPEAK, 'SK17': HIGHPEAK, 'SK22': HIGHPEAK, 'SK23': HIGHPEAK,
}
# Postcode sectors that straddle districts: named practices whose village sits elsewhere.
SECTOR_DISTRICT = {
    'DE55 2': BOLSOVER,  # South Normanton
    'DE55 5': BOLSOVER,  # Blackwell, Tibshelf
    'S43 4': BOLSOVER,   # Clowne, Barlborough
    'DE7 6A': AMBER,     # Horsley Woodhouse
    'DE73 6': DERBY,     # Chellaston
    'DE73 8': SOUTHD,    # Melbourne
}


def district_of(postcode):
    pc = postcode.strip().upper()
    for prefix, d in SECTOR_DISTRICT.items():
        if pc.startswith(prefix):
            return d
    return POSTCODE_DISTRICT[pc.split()[0]]


def rows(path):
    with open(os.path.join(REF, path), newline='', encoding='utf-8') as f:
        yield from csv.DictReader(f)


def write(name, header, data):
    with open(os.path.join(OUT, name), 'w', newline='', encoding='utf-8') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(data)
    print(f'wrote {name}: {len(data)} rows')


def main():
    os.makedirs(OUT, exist_ok=True)
    mapping = {r['PRACTICE_CODE']: r for r in rows('qof/MAPPING_NHS_GEOGRAPHIES_2223_QJ2.csv')}
    epr = {r['ORG_CODE']: r for r in rows('organisations/epraccur_15M.csv')}
    pimd = {r['practice_code']: r for r in rows('organisations/practice_imd_15M.csv')}
    qof = collections.defaultdict(dict)
    for r in rows('qof/PREVALENCE_2223_QJ2.csv'):
        qof[r['PRACTICE_CODE']][r['GROUP_CODE']] = (int(float(r['REGISTER'])), r['PATIENT_LIST_TYPE'], int(r['PRACTICE_LIST_SIZE']))

    pcns = {}
    for r in rows('organisations/ePCN_PCNDetails_15M.csv'):
        pcns[r['PCN Code']] = (r['PCN Name'], r['Postcode'])
    write('pcns.csv', ['pcn_code', 'pcn_name', 'postcode'],
          sorted([c, n, p] for c, (n, p) in pcns.items()))

    practices, registers = [], []
    for code in sorted(mapping):
        m, e = mapping[code], epr[code]
        q = qof[code]
        denoms = {}
        for grp, (reg, lt, size) in q.items():
            denoms.setdefault(lt, size)
            registers.append([code, grp, reg, lt, size])
        imd = pimd.get(code, {}).get('imd_score', '')
        practices.append([code, e['NAME'].title(), e['POSTCODE'], m['PCN_ODS_CODE'], district_of(e['POSTCODE']),
                          denoms['TOTAL'], denoms['06OV'], denoms['16OV'], denoms['17OV'], denoms['18OV'], denoms['50OV'],
                          round(float(imd), 3) if imd else ''])
    write('practices.csv', ['practice_code', 'name', 'postcode', 'pcn_code', 'district_code', 'list_size',
                            'list_06ov', 'list_16ov', 'list_17ov', 'list_18ov', 'list_50ov', 'imd_score'], practices)
    write('qof-registers.csv', ['practice_code', 'register', 'count', 'list_type', 'denominator'], registers)

    ruc = {r['lsoa11_code']: (r['ruc11_code'], r['classification']) for r in rows('lookups/ruc11_lsoa11_QJ2.csv')}
    lsoas = []
    for r in rows('deprivation/imd_QJ2.csv'):
        dec = int(r['imd_decile'])
        rc, rclass = ruc[r['lsoa_code']]
        lsoas.append([r['lsoa_code'], r['lsoa_name'], r['la_code'], r['imd_score'], dec, (dec + 1) // 2, rc, rclass])
    lsoas.sort()
    write('lsoas.csv', ['lsoa_code', 'name', 'district_code', 'imd_score', 'imd_decile', 'imd_quintile',
                        'ruc_code', 'ruc_class'], lsoas)

    bands = ['0-4', '5-9', '10-14', '15-19', '20-24', '25-29', '30-34', '35-39', '40-44', '45-49', '50-54',
             '55-59', '60-64', '65-69', '70-74', '75-79', '80-84', '85-89', '90+']
    pop = []
    for r in rows('population/derived_lsoa_QJ2_mid2019_5yr_by_sex.csv'):
        for b in bands:
            pop.append([r['lsoa11_code'], r['sex'].upper(), b, int(r[b])])
    pop.sort(key=lambda x: (x[0], x[1], bands.index(x[2])))
    write('lsoa-population.csv', ['lsoa_code', 'sex', 'age_band', 'count'], pop)

    # Census 2021 ethnicity is on LSOA 2021: carry each LSOA 2021's counts to its LSOA 2011 (split or
    # merged LSOAs share counts in proportion to the number of 2011<->2021 links).
    links11 = collections.defaultdict(list)
    links21 = collections.defaultdict(list)
    for r in rows('lookups/lookup_lsoa11_lsoa21_ltla22_QJ2.csv'):
        links11[r['lsoa11_code']].append(r['lsoa21_code'])
        links21[r['lsoa21_code']].append(r['lsoa11_code'])
    groups = {'Asian': 'asian', 'Black': 'black', 'Mixed': 'mixed', 'Other': 'other', 'White': 'white'}
    eth21 = collections.defaultdict(lambda: collections.Counter())
    for r in rows('census2021/ethnicity21_lsoa21_QJ2.csv'):
        eth21[r['lsoa21_code']][groups[r['ethnic_group'].split(',')[0].split(' ')[0]]] += int(r['n'])
    eth11 = collections.defaultdict(lambda: collections.Counter())
    for l21, counts in eth21.items():
        share = 1.0 / len(links21[l21])
        for l11 in links21[l21]:
            for g, n in counts.items():
                eth11[l11][g] += n * share
    eth = [[l, g, round(eth11[l][g], 2)] for l, *_ in lsoas for g in sorted(groups.values())]
    write('lsoa-ethnicity.csv', ['lsoa_code', 'ethnic_group', 'count'], eth)

    trusts = [[r['nhs_trust22_code'], r['ltla21_code'], r['proportion_trust_came_from_ltla']]
              for r in rows('lookups/lookup_nhs_trusts22_ltla21_QJ2.csv')]
    write('trust-catchment.csv', ['provider_code', 'district_code', 'share_of_trust_patients'], trusts)


if __name__ == '__main__':
    sys.exit(main())
