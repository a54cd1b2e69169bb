// Measures what importing smaller cities would bring (docs/graph-seed.md, round `towns`): for each units.csv given,
// how many world-cities rows it has, and how many of their names are also an English dictionary word, a lower-case
// word of the development corpus's texts (English or Vietnamese, compared without diacritics), a Vietnamese family
// name or a word of a title of office, and how many are written capitalised in the corpus's texts at all.
//
//   node measure-cities.mjs DIR...      each DIR an --out of import.mjs (e.g. with --city-population 20000)
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const key = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
const dictionary = new Set(fs.existsSync('/usr/share/dict/words')
  ? fs.readFileSync('/usr/share/dict/words', 'utf8').split('\n').filter((word) => /^[a-z]/.test(word)).map(key) : []);
const rules = path.join(repository, 'src', 'RelationsGraph.Extraction', 'Rules');
const tsvWords = (file) => fs.readFileSync(path.join(rules, file), 'utf8').split('\n')
  .filter((line) => line && !line.startsWith('#')).slice(1).flatMap((line) => line.split('\t')[0].split(' ')).map(key);
const persons = new Set([...tsvWords('vi/surnames.tsv'), ...tsvWords('vi/titles.tsv'), ...tsvWords('en/titles.tsv')]);
const texts = path.join(repository, 'tests', 'dev-corpus', 'texts');
const lower = new Set();
const capitalised = new Map();
for (const file of fs.existsSync(texts) ? fs.readdirSync(texts) : []) {
  const words = fs.readFileSync(path.join(texts, file), 'utf8').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    if (/^\p{Ll}/u.test(words[i])) {
      lower.add(key(words[i]));
    }
    // Names of one to three words: every run of capitalised words starting here.
    for (let n = 1, joined = ''; n <= 3 && i + n <= words.length && /^\p{Lu}/u.test(words[i + n - 1]); n++) {
      joined += key(words[i + n - 1]);
      capitalised.set(joined, (capitalised.get(joined) ?? 0) + 1);
    }
  }
}

for (const directory of process.argv.slice(2)) {
  const rows = fs.readFileSync(path.join(directory, 'units.csv'), 'utf8').split('\n').filter((line) => line.endsWith(',world-cities'));
  const names = rows.map((line) => key(line.split(',')[3]));
  const count = (test) => names.filter(test).length;
  const seen = names.filter((name) => capitalised.has(name));
  console.log([
    directory, `${rows.length} cities`, `${count((name) => dictionary.has(name))} English dictionary words`,
    `${count((name) => lower.has(name))} lower-case corpus words`, `${count((name) => persons.has(name))} family names or title words`,
    `${seen.length} written capitalised in the corpus (${seen.reduce((sum, name) => sum + capitalised.get(name), 0)} times)`,
  ].join('; '));
}
