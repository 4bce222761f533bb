// Where the editor-test tools live, and how to load them.
//
// .ci/editor-setup.sh installs code-server, playwright-core and mocha into
// $CORROBORATE_EDITOR_TOOLS (default <repo>/.editor-tools), outside the
// package's own dependencies. A copy in the repo's node_modules wins when
// there is one (e.g. once playwright-core is a devDependency).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS = path.resolve(process.env.CORROBORATE_EDITOR_TOOLS || path.join(REPO, '.editor-tools'));
export const ARTIFACTS = path.join(REPO, 'test-artifacts', 'editor');

const SETUP_HINT = 'run .ci/editor-setup.sh first (it installs the editor-test tools into ' + TOOLS + ')';

/** Absolute path of a package's folder: the repo's node_modules first, then the tools folder. */
export function packageDir(name, { required = true } = {}) {
  for (const base of [REPO, TOOLS]) {
    try {
      const pkgJson = createRequire(path.join(base, 'noop.js')).resolve(`${name}/package.json`);
      return path.dirname(pkgJson);
    } catch {
      // not here
    }
  }
  if (required) throw new Error(`${name} is not installed: ${SETUP_HINT}`);
  return undefined;
}

/** require() of a CommonJS package (playwright-core, mocha) from the repo or the tools folder. */
export function requireTool(name) {
  return createRequire(path.join(packageDir(name), 'package.json'))(name);
}

/** code-server's entry script (run it with this Node). */
export function codeServerEntry() {
  const dir = packageDir('code-server');
  const entry = path.join(dir, 'out', 'node', 'entry.js');
  if (!existsSync(path.join(dir, 'lib', 'vscode', 'node_modules'))) {
    throw new Error(`code-server in ${dir} is incomplete (its postinstall did not run): ${SETUP_HINT}`);
  }
  return entry;
}

/** The Chromium binary playwright-core drives: $CORROBORATE_CHROMIUM, else Debian's. */
export function chromiumPath() {
  const candidates = [process.env.CORROBORATE_CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
  for (const c of candidates) if (c && existsSync(c)) return c;
  throw new Error(`no Chromium found (set CORROBORATE_CHROMIUM or ${SETUP_HINT})`);
}
