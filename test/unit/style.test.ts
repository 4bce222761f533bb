import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addStyleLayer, emptyStyle, withAcceptedSpelling } from '../../server/src/core/style/houseStyle';
import { Suppressions } from '../../server/src/core/style/suppressions';
import { defaultStylePath } from '../../server/src/io/resources';
import { applyFixes, namesOnly, sessionFor } from '../helpers/session';
import { CORPUS, makeWorkspace } from '../helpers/workspace';

const defaultStyle = addStyleLayer(emptyStyle(), fs.readFileSync(defaultStylePath(), 'utf8'), 'default');

describe('the shipped house style', () => {
  it('parses without problems', () => expect(defaultStyle.problems).toEqual([]));
  const examples = [...defaultStyle.rules.flatMap((r) => r.examples.map((e) => ({ ...e, rule: r.id }))), ...defaultStyle.entities.flatMap((e) => e.examples.map((x) => ({ ...x, rule: e.preferred })))];
  it('has examples', () => expect(examples.length).toBeGreaterThan(0));
  for (const ex of examples) {
    it(`${ex.rule}: "${ex.text}" becomes "${ex.becomes}"`, async () => {
      const session = await sessionFor();
      const analysis = session.analyzer.analyze(ex.text, namesOnly());
      expect(applyFixes(ex.text, analysis.findings.filter((f) => f.code === 'variant'))).toBe(ex.becomes);
    });
  }
});

describe('a workspace changes the house style', () => {
  const withStyle = async (yaml: string, settings = {}) => {
    const ws = makeWorkspace({ '.corroborate/style.yaml': yaml });
    return sessionFor(CORPUS, { styleFile: path.join(ws, '.corroborate/style.yaml'), styleSettings: settings });
  };
  const variantsIn = async (session: Awaited<ReturnType<typeof withStyle>>, text: string) =>
    session.analyzer.analyze(text, namesOnly()).findings.filter((f) => f.code === 'variant');

  it('switching a rule off falls back to corpus usage', async () => {
    const session = await withStyle('', { rules: { 'ukrainian-romanization': false } });
    const [kiev] = await variantsIn(session, 'Talks in Kiev ended.');
    expect(kiev?.message).toMatch(/most used in the corpus/);
    expect(kiev?.message).not.toMatch(/romanization/);
  });
  it('accepted spellings are never flagged', async () => {
    const session = await withStyle('accept:\n  - Kiev\n');
    expect(await variantsIn(session, 'Talks in Kiev ended.')).toEqual([]);
  });
  it('an entity entry outranks the rules', async () => {
    const session = await withStyle('entities:\n  - preferred: Kiev\n    variants: [Kyiv]\n    reason: our archive spelling\n');
    const [f] = await variantsIn(session, 'Talks in Kyiv ended.');
    expect(f).toMatchObject({ text: 'Kyiv', fix: { newText: 'Kiev' } });
    expect(f!.message).toContain('our archive spelling');
  });
  it('a broken style file is reported and the default still applies', async () => {
    const session = await withStyle('rules: [\n');
    expect(session.styleProblems[0]?.message).toMatch(/not valid YAML/);
    expect((await variantsIn(session, 'Talks in Kiev ended.'))[0]?.fix?.newText).toBe('Kyiv');
  });
  it('accepting a spelling keeps the comments of the style file', () => {
    const before = '# our style\naccept:\n  - Foo # why\n';
    const after = withAcceptedSpelling(before, 'Lugansk');
    expect(after).toContain('# our style');
    expect(after).toContain('# why');
    expect(after).toMatch(/- Lugansk/);
    expect(withAcceptedSpelling('', 'Kiev')).toMatch(/accept:\n\s*- Kiev/);
    expect(withAcceptedSpelling(after, 'Lugansk')).toBe(after);
  });
});

describe('in-document switches', () => {
  const text = [
    'Kiev one', // 0
    '<!-- corroborate-disable variant -->',
    'Kiev two', // 2
    '<!-- corroborate-enable -->',
    'Kiev three <!-- corroborate-disable-line -->', // 4
    '<!-- corroborate-disable-next-line near-miss -->',
    'Kiev five', // 6
    '<!-- corroborate-disable-next-line -->',
    'Kiev seven', // 8
  ].join('\n');
  const s = Suppressions.parse(text);
  const at = (line: number) => text.split('\n').slice(0, line).join('\n').length + (line ? 1 : 0);
  it('disable/enable ranges by kind', () => {
    expect(s.covers(at(0), 'variant', 'variant')).toBe(false);
    expect(s.covers(at(2), 'variant', 'variant')).toBe(true);
    expect(s.covers(at(2), 'claim', 'claim-unsupported')).toBe(false);
  });
  it('one line, and the next line', () => {
    expect(s.covers(at(4), 'variant', 'variant')).toBe(true);
    expect(s.covers(at(6), 'variant', 'variant')).toBe(false);
    expect(s.covers(at(6), 'near-miss', 'near-miss')).toBe(true);
    expect(s.covers(at(8), 'quote', 'quote-misquoted')).toBe(true);
  });
  it('apply to findings', async () => {
    const session = await sessionFor();
    const lines = session.analyzer.analyze(text, namesOnly()).findings.map((f) => text.slice(0, f.start).split('\n').length - 1);
    expect(lines).toEqual([0, 6]);
  });
});
