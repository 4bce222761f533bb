/**
 * Claim checks on a corpus large enough that the search's shortcuts for
 * frequent words are in play: over a thousand articles sharing one
 * vocabulary, with the passage a claim needs in just one of them.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/core/analysis/draftAnalyzer';
import type { CorroborateSession } from '../../server/src/session/session';
import { sessionFor } from '../helpers/session';

const ARTICLES = 1300;
let folder: string;
let session: CorroborateSession;

beforeAll(async () => {
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-scale-'));
  for (let i = 0; i < ARTICLES; i++) {
    // Every article repeats the same story with another figure; two say something only they say.
    const growth = i === 900 ? 7 : 10 + (i % 40);
    const lines = [
      `# Harbour report ${i}`,
      '',
      'The city council met on Monday to discuss the harbour budget.',
      '',
      `The mayor said the harbour budget would grow by ${growth} percent.`,
      '',
      i === 1000 ? 'The council approved the harbour budget on Tuesday.' : 'Residents asked about the harbour and its budget.',
      '',
      i === 1100 ? 'Port Alder lies more than 6,500km from the capital.' : 'Port Alder is the pride of the capital.',
      '',
    ];
    fs.writeFileSync(path.join(folder, `report-${String(i).padStart(4, '0')}.md`), lines.join('\n'));
  }
  session = await sessionFor(folder);
}, 120_000);

afterAll(() => {
  fs.rmSync(folder, { recursive: true, force: true });
});

function verdictOf(draft: string): { code: string; articles: string[] } {
  const analysis = session.analyzer.analyze(draft, DEFAULT_SETTINGS);
  const claim = analysis.findings.find((f) => f.code.startsWith('claim-'));
  expect(claim, `no claim finding for: ${draft}`).toBeDefined();
  return { code: claim!.code, articles: claim!.evidence.filter((e) => e.stance === 'supports').map((e) => e.articleId) };
}

describe(`claim checks among ${ARTICLES} like articles`, () => {
  it('finds the one article with the claimed figure, though every word of the claim is common', () => {
    const { code, articles } = verdictOf('The mayor said the harbour budget would grow by 7 percent.\n');
    // Other articles give other figures, so the claim is disputed or supported, never contradicted only.
    expect(code).not.toBe('claim-contradicted');
    expect(articles).toContain('report-0900');
  });

  it('finds the one article that gives a distance in other figures ("6,500km" against "8,000km")', () => {
    const analysis = session.analyzer.analyze('Port Alder sits more than 8,000km from the capital.\n', DEFAULT_SETTINGS);
    const claim = analysis.findings.find((f) => f.code.startsWith('claim-'));
    expect(claim?.code).toBe('claim-contradicted');
    expect(claim?.evidence.map((e) => e.articleId)).toContain('report-1100');
  });

  it('finds the one article with a rare word among many with the common ones', () => {
    const { code, articles } = verdictOf('The city council approved the harbour budget on Tuesday.\n');
    expect(code).toBe('claim-supported');
    expect(articles).toEqual(['report-1000']);
  });

  it('a claim every article makes is supported, with passages that say it', () => {
    const { code, articles } = verdictOf('The city council met on Monday to discuss the harbour budget.\n');
    expect(code).toBe('claim-supported');
    expect(articles.length).toBeGreaterThan(0);
  });
});

describe('a day of the month against a weekday, among many passages of that month', () => {
  let dated: string;
  let datedSession: CorroborateSession;
  beforeAll(async () => {
    dated = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-weekday-'));
    // Many articles tell of the budget in March; one, published on Friday 8 March 2024, gives the day as a weekday.
    for (let i = 0; i < 200; i++) {
      const body = i === 150 ? 'The council approved the harbour budget on Thursday.' : `The council approved the harbour budget in March, member ${i} said.`;
      fs.writeFileSync(path.join(dated, `budget-${String(i).padStart(3, '0')}.md`), ['---', `id: budget-${i}`, `title: Budget ${i}`, 'outlet: Harbour News', 'date: 2024-03-08', '---', '', body, ''].join('\n'));
    }
    datedSession = await sessionFor(dated);
  }, 120_000);
  afterAll(() => fs.rmSync(dated, { recursive: true, force: true }));

  it('finds the passage that gives the act another weekday than the date claimed', () => {
    // 5 March 2024 was a Tuesday; the Thursday before 8 March was the 7th.
    const analysis = datedSession.analyzer.analyze('The council approved the harbour budget on 5 March.\n', DEFAULT_SETTINGS);
    const claim = analysis.findings.find((f) => f.code.startsWith('claim-'));
    expect(claim?.code).toBe('claim-contradicted');
    expect(claim?.evidence.map((e) => e.articleId)).toContain('budget-150');
  });
});
