import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO, makeWorkspace } from '../helpers/workspace';

const BIN = path.join(REPO, 'bin', 'corroborate.js');
const run = (args: string[], cwd = REPO) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
};
const draft = makeWorkspace({ 'draft.md': 'Separatists hold Lugansk.\n\nDenis Pushilen spoke.\n' }, false);
const DRAFT = path.join(draft, 'draft.md');
const CORPUS = path.join(REPO, 'corpus');

describe('corroborate check', () => {
  it('prints compiler-style lines and exits 0 below --fail-on', () => {
    const r = run(['check', DRAFT, '--corpus', CORPUS]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(new RegExp(`^${DRAFT.replace(/[/.]/g, '\\$&')}:1:18 warning 'Lugansk' is a variant of 'Luhansk' .* \\[variant\\]$`, 'm'));
    expect(r.out).toMatch(/:3:7 warning 'Pushilen' .* \[near-miss\]$/m);
  });
  it('exits 1 with findings at or above --fail-on', () => {
    expect(run(['check', DRAFT, '--corpus', CORPUS, '--fail-on', 'warning']).code).toBe(1);
    expect(run(['check', DRAFT, '--corpus', CORPUS, '--fail-on', 'none']).code).toBe(0);
  });
  it('writes JSON in the documented schema', () => {
    const r = run(['check', DRAFT, '--corpus', CORPUS, '--format', 'json']);
    const json = JSON.parse(r.out);
    expect(json.corpus.articles).toBe(5);
    const [file] = json.files;
    expect(file.path).toBe(DRAFT);
    const variant = file.findings.find((f: { code: string }) => f.code === 'variant');
    expect(variant).toMatchObject({
      kind: 'variant',
      range: { start: { line: 0, character: 17 }, end: { line: 0, character: 24 } },
      text: 'Lugansk',
      severity: 'warning',
      fix: { title: "Replace with 'Luhansk'", newText: 'Luhansk' },
    });
    expect(Array.isArray(variant.evidence)).toBe(true);
  });
  it('writes SARIF 2.1.0', () => {
    const sarif = JSON.parse(run(['check', DRAFT, '--corpus', CORPUS, '--format', 'sarif']).out);
    expect(sarif.version).toBe('2.1.0');
    const result = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'variant');
    expect(result.locations[0].physicalLocation.region).toMatchObject({ startLine: 1, startColumn: 18 });
    expect(result.fixes[0].artifactChanges[0].replacements[0].insertedContent.text).toBe('Luhansk');
  });
  it('exits 2 on usage and file errors', () => {
    expect(run([]).code).toBe(2);
    expect(run(['check']).code).toBe(2);
    expect(run(['check', DRAFT, '--format', 'xml']).code).toBe(2);
    expect(run(['check', path.join(draft, 'missing.md'), '--corpus', CORPUS]).code).toBe(2);
    expect(run(['check', DRAFT, '--corpus', path.join(draft, 'no-such-corpus')]).code).toBe(2);
  });
  it('uses the bundled corpus when none is given and ./corpus does not exist', () => {
    const r = run(['check', 'draft.md'], draft);
    expect(r.out).toMatch(/corpus: 5 articles/);
  });
  it('is quiet on stderr when not on a terminal', () => {
    expect(run(['check', DRAFT, '--corpus', CORPUS]).err).toBe('');
    expect(fs.existsSync(BIN)).toBe(true);
  });
});
