import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { deserialize, restoreRecord, serialize, storeRecord, StringTable } from '../../server/src/core/index/storedArticle';
import { CorroborateSession } from '../../server/src/session/session';
import { sessionFor } from '../helpers/session';
import { makeWorkspace } from '../helpers/workspace';

const DRAFT = 'Separatists hold Lugansk.\n\nKyiv cut ties with Pyongyang on Wednesday.\n';

describe('persisted corpus index', () => {
  it('stores records compactly and gives them back unchanged, through the persisted form too', async () => {
    const { index } = await sessionFor();
    const records = [...index.articles()].map(([slot]) => index.record(slot)!);
    const table = new StringTable();
    const stored = records.map((r) => storeRecord(r, table));
    expect(stored.map((a) => restoreRecord(a, table))).toEqual(records);
    const json = JSON.stringify({ strings: table.list, articles: stored.map(serialize) });
    const parsed = JSON.parse(json);
    const fresh = new StringTable();
    expect(parsed.articles.map((a: ReturnType<typeof serialize>) => restoreRecord(deserialize(a, parsed.strings, fresh), fresh))).toEqual(records);
    expect(json.length).toBeLessThan(JSON.stringify(records).length / 2);
  });

  it('is reused while articles are unchanged, and updated per changed article', async () => {
    const ws = makeWorkspace();
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-'));
    const corpus = path.join(ws, 'corpus');
    const first = new CorroborateSession({ cacheDir });
    const r1 = await first.loadCorpus([corpus]);
    expect(r1).toMatchObject({ articles: 5, analyzed: 5, fromCache: 0 });
    expect(fs.readdirSync(cacheDir).filter((f) => f.endsWith('.json'))).toHaveLength(1);

    const second = new CorroborateSession({ cacheDir });
    const r2 = await second.loadCorpus([corpus]);
    expect(r2).toMatchObject({ articles: 5, analyzed: 0, fromCache: 5 });
    // Same findings from a cached index as from a fresh one, evidence quotes included.
    const brief = (s: CorroborateSession) => s.analyzer.analyze(DRAFT).findings.map((f) => [f.code, f.text, f.message, f.evidence.map((e) => e.quote)]);
    expect(brief(second)).toEqual(brief(first));

    // One changed article is analyzed again; a new one is added; a deleted one leaves.
    const files = fs.readdirSync(corpus).sort();
    fs.appendFileSync(path.join(corpus, files[0]!), '\nA sentence added later.\n');
    fs.rmSync(path.join(corpus, files[1]!));
    fs.writeFileSync(path.join(corpus, 'new.md'), '---\nid: new\n---\nNew article\n\nOfficials met on Friday.\n');
    const third = new CorroborateSession({ cacheDir });
    const r3 = await third.loadCorpus([corpus]);
    expect(r3).toMatchObject({ articles: 5, analyzed: 2, fromCache: 3 });
  });

  it('ignores a damaged cache file', async () => {
    const ws = makeWorkspace();
    const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-cache-'));
    await new CorroborateSession({ cacheDir }).loadCorpus([path.join(ws, 'corpus')]);
    const [file] = fs.readdirSync(cacheDir);
    fs.writeFileSync(path.join(cacheDir, file!), '{"fingerprint": "x", "files": [', 'utf8');
    const r = await new CorroborateSession({ cacheDir }).loadCorpus([path.join(ws, 'corpus')]);
    expect(r).toMatchObject({ articles: 5, analyzed: 5 });
  });
});
