/**
 * Table-driven: each draft in test/fixtures/drafts has an expected-findings
 * file beside it (and optionally a .settings.json choosing the checks). Run with UPDATE_FIXTURES=1 to rewrite the expectations
 * after an intended change, then review the diff.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../server/src/core/analysis/draftAnalyzer';
import { LineMap } from '../../server/src/core/text/lineMap';
import { applyFixes, sessionFor } from '../helpers/session';

const DIR = path.join(__dirname, '..', 'fixtures', 'drafts');
const update = process.env.UPDATE_FIXTURES === '1';

describe('draft fixtures', () => {
  for (const file of fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).sort()) {
    it(file, async () => {
      const session = await sessionFor();
      const text = fs.readFileSync(path.join(DIR, file), 'utf8');
      const lines = new LineMap(text);
      const settingsFile = path.join(DIR, file.replace(/\.md$/, '.settings.json'));
      const settings = fs.existsSync(settingsFile) ? { ...DEFAULT_SETTINGS, checks: JSON.parse(fs.readFileSync(settingsFile, 'utf8')).checks } : DEFAULT_SETTINGS;
      const analysis = session.analyzer.analyze(text, settings);
      const actual = analysis.findings.map((f) => ({
        line: lines.positionAt(f.start).line,
        code: f.code,
        text: f.text,
        ...(f.fix ? { fix: f.fix.newText } : {}),
        ...(f.evidence.length ? { evidence: [...new Set(f.evidence.map((e) => `${e.articleId}:${e.line}:${e.stance}`))] } : {}),
      }));
      const expectedFile = path.join(DIR, file.replace(/\.md$/, '.expected.json'));
      if (update || !fs.existsSync(expectedFile)) fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + '\n');
      expect(actual).toEqual(JSON.parse(fs.readFileSync(expectedFile, 'utf8')));
      // Applying every fix never touches text outside the flagged ranges.
      const fixed = applyFixes(text, analysis.findings);
      const untouched = (s: string) => s.replace(/\S+/g, 'w');
      expect(untouched(fixed).split('\n').length).toBe(untouched(text).split('\n').length);
    });
  }
});
