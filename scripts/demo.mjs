#!/usr/bin/env node
// `npm run demo`: Corroborate in a real VS Code (code-server) in your browser.
//
// Builds nothing: run `npm run build` (or `npm run package` for a .vsix) first,
// and .ci/editor-setup.sh once for code-server. Starts code-server on
// 127.0.0.1:$PORT (default 8080) with the extension installed — from the .vsix
// in the repo root when there is one that is not older than dist/, else the repo
// folder itself linked into the extensions folder — opens examples/ (or a copy
// of the fixture workspace when examples/ has no corpus), prints the URL and
// runs until Ctrl+C.
//
//   node scripts/demo.mjs [--from vsix|folder] [--folder DIR]
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerCli, exitAfterCleanup, isShuttingDown, onShutdown, prepareCodeServer, startCodeServer } from '../test/editor/codeServer.mjs';
import { REPO } from '../test/editor/tools.mjs';

function arg(name) {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

/** Print the problem, clean up (code-server, temp folders) and exit 1; never resolves. */
function fail(message) {
  console.error(`demo: ${message}`);
  return exitAfterCleanup(1);
}

const manifest = JSON.parse(readFileSync(path.join(REPO, 'package.json'), 'utf8'));
const extensionId = `${manifest.publisher}.${manifest.name}`;
const main = path.resolve(REPO, manifest.main ?? './dist/client.js');
const port = Number(process.env.PORT || 8080);
if (!Number.isInteger(port) || port <= 0 || port > 65535) await fail(`PORT=${process.env.PORT} is not a port number`);

// ---- what to install ----------------------------------------------------------------
const vsix = readdirSync(REPO)
  .filter((f) => f.endsWith('.vsix'))
  .map((f) => path.join(REPO, f))
  .sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs)[0];
let from = arg('--from');
if (from && !['vsix', 'folder'].includes(from)) await fail('--from is vsix or folder');
if (!from) {
  from = vsix ? 'vsix' : 'folder';
  if (vsix && existsSync(main) && statSync(vsix).mtimeMs < statSync(main).mtimeMs) {
    console.log(`demo: ${path.basename(vsix)} is older than ${path.relative(REPO, main)}; using the repo folder (npm run package refreshes the .vsix)`);
    from = 'folder';
  }
}
if (from === 'vsix' && !vsix) await fail('no .vsix in the repo root (npm run package makes one)');
if (from === 'folder' && !existsSync(main)) await fail(`${path.relative(REPO, main)} does not exist: run npm run build first`);

// ---- what to open -------------------------------------------------------------------
function hasCorpus(dir) {
  const corpus = path.join(dir, 'corpus');
  return existsSync(corpus) && readdirSync(corpus).some((f) => /\.(md|markdown|txt)$/.test(f));
}
let folder = arg('--folder') ? path.resolve(arg('--folder')) : path.join(REPO, 'examples');
let note = '';
if (!arg('--folder') && !hasCorpus(folder)) {
  // Work on a copy, so edits and accepted spellings do not change the fixtures.
  const copyBase = mkdtempSync(path.join(os.tmpdir(), 'corroborate-demo-'));
  onShutdown(() => rmSync(copyBase, { recursive: true, force: true }));
  const copy = path.join(copyBase, 'workspace');
  cpSync(path.join(REPO, 'test', 'fixtures', 'workspace'), copy, { recursive: true });
  note = `examples/ has no corpus/, so this is a copy of test/fixtures/workspace`;
  folder = copy;
}
if (!existsSync(folder)) await fail(`${folder} does not exist`);

// ---- start ----------------------------------------------------------------------------
const prepared = await prepareCodeServer({ port, settings: { 'workbench.startupEditor': 'none' } });
if (from === 'vsix') {
  console.log(`demo: installing ${path.relative(REPO, vsix)}`);
  const r = codeServerCli(['--install-extension', vsix, '--force'], prepared);
  if (r.code !== 0) await fail(`code-server --install-extension failed:\n${r.output}`);
} else {
  const link = path.join(prepared.extensionsDir, `${extensionId}-${manifest.version}`);
  symlinkSync(REPO, link, 'dir');
  console.log(`demo: linked the repo folder as ${extensionId} (${path.relative(REPO, main)})`);
}

let server;
try {
  server = await startCodeServer({ prepared, extraArgs: [folder] });
} catch (err) {
  await fail(`${err.message}\n(is port ${port} in use? PORT=… picks another)`);
}
const url = `${server.url}/?folder=${encodeURIComponent(folder)}`;
console.log('');
console.log(`  Corroborate demo: ${url}`);
console.log(`  folder: ${folder}${note ? `\n  (${note})` : ''}`);
console.log(`  extension: ${from === 'vsix' ? path.basename(vsix) : 'repo folder'}; code-server log: ${server.logFile}`);
console.log('  open a draft (.md) to see squiggles, hovers and quick fixes; Ctrl+C stops the demo.');
console.log('');

const ended = await server.exited;
if (isShuttingDown()) await new Promise(() => {}); // Ctrl+C: the cleanup exits
await fail(`code-server stopped (${ended.code ?? ended.signal}); see ${server.logFile}`);
