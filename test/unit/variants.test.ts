import { describe, expect, it } from 'vitest';
import { applyFixes, namesOnly, sessionFor } from '../helpers/session';

const sameTypography = (a: string, b: string) => a.replace(/[’‘]/g, "'") === b.replace(/[’‘]/g, "'");

/** Every spelling of an entity in the bundled corpus that is not its preferred one. */
async function corpusVariants() {
  const { index } = await sessionFor();
  const out: { variant: string; preferred: string }[] = [];
  for (const e of index.registry.entities) {
    for (const surface of e.surfaces.keys()) {
      if (!sameTypography(surface, e.preferred) && !(surface.length > 3 && surface === surface.toUpperCase())) out.push({ variant: surface, preferred: e.preferred });
    }
  }
  return out;
}

describe('variant spellings against the bundled corpus', () => {
  it('the corpus has variant spellings to test with', async () => {
    expect((await corpusVariants()).length).toBeGreaterThanOrEqual(5);
  });

  it('finds every variant spelling the corpus uses, in a draft that uses it', async () => {
    const session = await sessionFor();
    for (const { variant, preferred } of await corpusVariants()) {
      const draft = `Officials said ${variant} was mentioned again.\n`;
      const variants = session.analyzer.analyze(draft, namesOnly()).findings.filter((f) => f.code === 'variant');
      expect(variants.map((f) => f.text), `draft: ${draft}`).toEqual([variant]);
      expect(variants[0]!.fix?.newText).toBe(preferred);
      expect(variants[0]!.message).toContain(`'${preferred}'`);
    }
  });

  it('finds every variant spelling at the start of a sentence too', async () => {
    const session = await sessionFor();
    for (const { variant, preferred } of await corpusVariants()) {
      const draft = `${variant} was mentioned again.\n`;
      const variants = session.analyzer.analyze(draft, namesOnly()).findings.filter((f) => f.code === 'variant');
      expect(variants.map((f) => [f.text, f.fix?.newText]), `draft: ${draft}`).toEqual([[variant, preferred]]);
    }
  });

  it('gives no variant finding for preferred spellings', async () => {
    const session = await sessionFor();
    for (const e of session.index.registry.entities) {
      const draft = `Officials said ${e.preferred} was mentioned again.\n`;
      const variants = session.analyzer.analyze(draft, namesOnly()).findings.filter((f) => f.code === 'variant');
      expect(variants, draft).toEqual([]);
    }
  });

  it('gives no finding at all for ordinary prose', async () => {
    const session = await sessionFor();
    const draft = [
      'The council met on Tuesday to discuss the budget for the coming year.',
      'Several members asked whether the plan would raise taxes, and the chair said it would not.',
      'In the afternoon the committee visited a school, a hospital and the old harbour.',
      'Nobody expected the vote to be close; in the end it passed by a wide margin.',
    ].join('\n\n');
    expect(session.analyzer.analyze(draft, namesOnly()).findings).toEqual([]);
  });

  it('fix-all leaves no variant and changes nothing else', async () => {
    const session = await sessionFor();
    const variants = await corpusVariants();
    const draft = variants.map((v, i) => `Paragraph ${i + 1} names ${v.variant} in passing.`).join('\n\n') + '\n';
    const first = session.analyzer.analyze(draft, namesOnly());
    const toFix = first.findings.filter((f) => f.code === 'variant');
    expect(toFix).toHaveLength(variants.length);
    const fixed = applyFixes(draft, toFix);
    const again = session.analyzer.analyze(fixed, namesOnly());
    expect(again.findings.filter((f) => f.code === 'variant')).toEqual([]);
    const expected = variants.map((v, i) => `Paragraph ${i + 1} names ${v.preferred} in passing.`).join('\n\n') + '\n';
    expect(fixed).toBe(expected);
  });

  it('never flags names inside code, links targets, HTML or front matter', async () => {
    const session = await sessionFor();
    const [{ variant }] = await corpusVariants();
    const draft = `---\nplace: ${variant}\n---\n\nSee \`${variant}\` and [the map](https://example.org/${variant}) <span title="${variant}">here</span>.\n\n\`\`\`\n${variant}\n\`\`\`\n`;
    expect(session.analyzer.analyze(draft, namesOnly()).findings).toEqual([]);
  });

  it('suggests the corpus name for a near miss', async () => {
    const session = await sessionFor();
    // A person's surname from the corpus with one letter changed.
    const person = session.index.registry.entities.find((e) => e.type === 'person' && e.preferred.split(' ').length === 2 && e.mentionCount >= 3)!;
    const [first, last] = person.preferred.split(' ') as [string, string];
    const misspelt = last.slice(0, -2) + (last.at(-2) === 'e' ? 'a' : 'e') + last.at(-1);
    const draft = `${first} ${misspelt} spoke to reporters.\n`;
    const [f] = session.analyzer.analyze(draft, namesOnly()).findings;
    expect(f).toMatchObject({ code: 'near-miss', text: misspelt });
    expect(f!.message).toContain(`did you mean '${person.preferred}'?`);
    expect(applyFixes(draft, [f!])).toBe(`${first} ${last} spoke to reporters.\n`);
  });
});
