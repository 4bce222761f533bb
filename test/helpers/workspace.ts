/** Temporary workspaces for tests: a copy of the bundled corpus plus files. */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..');
export const CORPUS = path.join(REPO, 'corpus');

export function makeWorkspace(files: Record<string, string | Buffer> = {}, withCorpus = true): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'corroborate-test-'));
  if (withCorpus) {
    fs.mkdirSync(path.join(dir, 'corpus'));
    for (const f of fs.readdirSync(CORPUS)) fs.copyFileSync(path.join(CORPUS, f), path.join(dir, 'corpus', f));
  }
  for (const [name, content] of Object.entries(files)) {
    const full = path.join(dir, name);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, content);
  }
  return dir;
}

export function removeWorkspace(dir: string): void {
  fs.rmSync(dir, { recursive: true, force: true });
}
