import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../server/src/core/text/tokens';

describe('tokenizer', () => {
  it('splits possessives off names', () => {
    const t = tokenize("Kyiv's decision and Russia’s war, the countries' ties");
    expect(t.map((x) => x.text)).toEqual(['Kyiv', "'s", 'decision', 'and', 'Russia', '’s', 'war', ',', 'the', 'countries', "'", 'ties']);
    expect(t.filter((x) => x.possessive).map((x) => x.text)).toEqual(["'s", '’s', "'"]);
  });
  it('keeps hyphenated and dotted words whole', () => {
    expect(tokenize('Kim Jong-un met U.S. officials').map((x) => x.text)).toEqual(['Kim', 'Jong-un', 'met', 'U.S.', 'officials']);
  });
  it('reads numbers with their units', () => {
    const [a, , b, , , c, d] = tokenize('6,500km (4,000 miles) 24th 3.5%');
    expect([a!.value, a!.suffix]).toEqual([6500, 'km']);
    expect(b!.value).toBe(4000);
    expect([c!.value, c!.suffix]).toEqual([24, 'th']);
    expect([d!.value, d!.suffix]).toEqual([3.5, '%']);
  });
  it('marks opening and closing quotation marks', () => {
    const q = tokenize('He said “full support” and \'independence\' today').filter((t) => t.quote);
    expect(q.map((t) => t.quote)).toEqual(['open', 'close', 'open', 'close']);
  });
  it('keeps offsets exact', () => {
    const text = 'Über  Kyiv’s\tnews';
    for (const t of tokenize(text, 100)) expect(text.slice(t.start - 100, t.end - 100)).toBe(t.text);
  });
});

describe('sentences', () => {
  const cases: [string, number][] = [
    ['One. Two! Three?', 3],
    ['Mr. Smith met Dr. Jones in the U.S. on Monday.', 1],
    ['"Is it?" he asked. Then he left.', 2],
    ['It was signed on Feb. 24 by J. Doe. Talks followed.', 2],
    ['No final punctuation', 1],
    ['He said: "We condemn it." The ministry agreed.', 2],
    ['Oslo cut ties on Wed., July 13th, and Lima followed on Thurs. 14 July.', 1],
  ];
  for (const [text, n] of cases) it(`${n} in "${text}"`, () => expect(splitSentences(tokenize(text))).toHaveLength(n));
});
