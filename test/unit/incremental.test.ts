/**
 * Incremental analysis gives exactly what a full check gives: after every
 * edit of a random sequence, the block cache's answer equals a fresh check.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DraftAnalysis } from '../../server/src/core/analysis/draftAnalyzer';
import { random } from '../../bench/generate';
import { sessionFor } from '../helpers/session';
import { REPO } from '../helpers/workspace';

const brief = (a: DraftAnalysis) => ({
  findings: a.findings.map((f) => [f.code, f.start, f.end, f.text, f.message, f.fix?.newText, f.evidence.map((e) => `${e.articleId}:${e.line}:${e.stance}`)]),
  mentions: a.mentions.map((m) => [m.start, m.end, m.entityId]),
  claims: a.claims.map((c) => [c.kind, c.start, c.end, c.verdict]),
});

const WORDS = ['Kiev', 'Luhansk', 'North Korea', 'recognized', 'on Thursday', 'severed', 'ties', 'the', '"strongly condemns"', 'Pushilen', 'and', '\n\n', '# Heading\n\n', '- item ', '`code`', '. ', 'Oleg Nikolenko said'];

describe('incremental analysis', () => {
  it('equals a full check after every edit of a random sequence', async () => {
    const session = await sessionFor();
    const analyzer = session.analyzer;
    let text = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');
    const rnd = random(20221);
    analyzer.analyze(text);
    for (let step = 0; step < 60; step++) {
      const at = Math.floor(rnd() * (text.length + 1));
      const kind = rnd();
      if (kind < 0.45) text = text.slice(0, at) + WORDS[Math.floor(rnd() * WORDS.length)] + ' ' + text.slice(at);
      else if (kind < 0.8) text = text.slice(0, at) + text.slice(Math.min(text.length, at + 1 + Math.floor(rnd() * 12)));
      else {
        // Move a paragraph: blocks shift, their content stays.
        const paragraphs = text.split('\n\n');
        const i = Math.floor(rnd() * paragraphs.length);
        const [moved] = paragraphs.splice(i, 1);
        paragraphs.splice(Math.floor(rnd() * paragraphs.length), 0, moved!);
        text = paragraphs.join('\n\n');
      }
      const incremental = analyzer.analyze(text);
      analyzer.clearCache();
      const full = analyzer.analyze(text);
      expect(brief(incremental), `after edit ${step}`).toEqual(brief(full));
    }
  });

  it('re-analyzes only the edited block', async () => {
    const session = await sessionFor();
    const text = fs.readFileSync(path.join(REPO, 'examples', 'draft.md'), 'utf8');
    session.analyzer.analyze(text);
    const edited = text.replace('DPR leader', 'DPR chief');
    const again = session.analyzer.analyze(edited);
    expect(again.analyzedBlocks).toBe(1);
    expect(again.cachedBlocks).toBeGreaterThan(3);
  });
});
