import { describe, expect, it } from 'vitest';
import { ProseAnalyzer } from '../../server/src/core/language/prose';
import { tokenize } from '../../server/src/core/text/tokens';
import { loadLexicon } from '../../server/src/io/resources';

const prose = new ProseAnalyzer(loadLexicon());
const analyze = (s: string) => prose.analyzeSentence(tokenize(s));
const names = (s: string) => analyze(s).mentions.map((m) => m.surface);

describe('names in sentences', () => {
  const cases: [string, string[]][] = [
    ["Kyiv's decision surprised Moscow.", ['Kyiv', 'Moscow']],
    ['The Donetsk People’s Republic (DPR) was recognized.', ['Donetsk People’s Republic', 'DPR']],
    ['Russian President Vladimir Putin spoke.', ['Russian', 'Vladimir Putin']],
    ['Meanwhile, the Ministry of Foreign Affairs of Ukraine issued a note.', ['Ministry of Foreign Affairs of Ukraine']],
    ['Spokesman of the Ministry of Foreign Affairs of Ukraine Oleh Nikolenko said it.', ['Ministry of Foreign Affairs of Ukraine', 'Oleh Nikolenko']],
    ['Russian-backed separatists and pro-Western groups clashed.', ['Russian']],
    ['On Wednesday in July, Bashar al-Assad met envoys.', ['Bashar al-Assad']],
    ['Moscow Region Governor Andrei Vorobyov met him.', ['Moscow Region', 'Andrei Vorobyov']],
    // "for" after a person's name starts a phrase of its own; after a common noun it is inside the name.
    ["Kim's warm message to Putin for Russia's National Day came on Sunday.", ['Kim', 'Putin', 'Russia', 'National Day']],
    ['The Bank of England raised rates.', ['Bank of England']],
  ];
  for (const [sentence, expected] of cases) it(sentence, () => expect(names(sentence)).toEqual(expected));

  it('does not read a title-case headline as one long name', () => {
    const found = names('Ukraine Cuts Off Relations After Leader Cozies Up To Moscow');
    expect(found).toContain('Ukraine');
    expect(found).toContain('Moscow');
    expect(found.every((n) => n.split(' ').length <= 2)).toBe(true);
  });

  it('records roles and their organizations', () => {
    const s = analyze("Oleh Nikolenko, a spokesman for Ukraine's Ministry of Foreign Affairs, said so.");
    expect(s.roles).toEqual([{ mention: 0, role: 'spokesman', affiliation: 'ukraine' }]);
    const t = analyze('DPR leader Denis Pushilin said he hoped for trade.');
    expect(t.roles[0]).toMatchObject({ role: 'leader', affiliation: 'dpr' });
  });

  it('reads abbreviations defined in brackets', () => {
    expect(analyze('The Korean Central News Agency (KCNA) reported it.').definitions).toEqual([{ long: 'korean central news agency', short: 'kcna', kind: 'acronym' }]);
    expect(analyze('DPRK [North Korea] sent letters.').definitions).toEqual([{ long: 'north korea', short: 'dprk', kind: 'gloss' }]);
  });

  it('reads numbers, ordinals and dates', () => {
    const v = analyze('On Wednesday (13 July), it became the third country, 6,500km away, after three days and in 2014.').values;
    const brief = v.map((x) => `${x.kind}:${x.value}${x.unit ? ':' + x.unit : ''}`);
    expect(brief).toEqual(['weekday:2', 'date:713', 'ordinal:3:country', 'number:6500:kilometer', 'number:3:day', 'year:2014']);
  });
});

describe('times relative to another act', () => {
  it('reads "the eve of" a dated act as the day before', () => {
    const [v] = analyze('It recognized them on the eve of its February 24 invasion.').values;
    expect(v).toMatchObject({ kind: 'date', value: 223, offset: -1, reference: 'invade' });
  });
  it('reads "N days before" an act as an offset', () => {
    const [v] = analyze('It recognized them three days before it invaded.').values;
    expect(v).toMatchObject({ kind: 'offset', offset: -3, reference: 'invade' });
    expect(analyze('They met just days after the vote.').values[0]).toMatchObject({ kind: 'offset', offset: 1, vague: true, reference: 'vote' });
  });
  it('reads orders of magnitude in words', () => {
    expect(analyze('Tens of thousands of people fled.').values[0]).toMatchObject({ kind: 'number', value: 10000, magnitude: true, unit: 'person' });
  });
});
