/**
 * Architecture invariants (see ARCHITECTURE.md), checked on the source tree.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sessionFor } from '../helpers/session';
import { REPO } from '../helpers/workspace';

function sources(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? sources(full) : e.name.endsWith('.ts') ? [full] : [];
  });
}

describe('architecture', () => {
  it('the analysis core imports no editor, protocol or IO module', () => {
    for (const file of sources(path.join(REPO, 'server', 'src', 'core'))) {
      const text = fs.readFileSync(file, 'utf8');
      const imports = [...text.matchAll(/from '([^']+)'/g)].map((m) => m[1]!);
      for (const spec of imports) {
        expect(spec, `${path.relative(REPO, file)} imports ${spec}`).not.toMatch(/^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|node:fs|fs|node:child_process|child_process|node:net|node:http)/);
        if (spec.startsWith('.')) expect(path.resolve(path.dirname(file), spec).startsWith(path.join(REPO, 'server', 'src', 'core')), `${file} reaches outside the core: ${spec}`).toBe(true);
      }
    }
  });

  it('only the lsp folder speaks the protocol', () => {
    for (const file of sources(path.join(REPO, 'server', 'src'))) {
      if (file.includes(`${path.sep}lsp${path.sep}`)) continue;
      expect(fs.readFileSync(file, 'utf8'), file).not.toMatch(/from 'vscode-languageserver/);
    }
  });

  it('no name from the bundled corpus is written in code', async () => {
    const { index } = await sessionFor();
    const names = index.registry.entities.filter((e) => e.mentionCount >= 2).flatMap((e) => [...e.surfaces.keys(), ...e.otherSurfaces.keys()]).filter((n) => n.length >= 5);
    expect(names.length).toBeGreaterThan(10);
    const code = [...sources(path.join(REPO, 'server', 'src')), ...sources(path.join(REPO, 'client', 'src'))].map((f) => [f, fs.readFileSync(f, 'utf8')] as const);
    for (const name of names) {
      for (const [file, text] of code) expect(text.includes(name), `'${name}' appears in ${path.relative(REPO, file)}`).toBe(false);
    }
  });
});
