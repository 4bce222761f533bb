#!/usr/bin/env node
/**
 * Builds everything the extension and the CLI run from, into dist/:
 *   dist/client.js   the VS Code client (vscode is external)
 *   dist/server.js   the language server
 *   dist/cli.js      the command-line checker
 *   dist/lexicon.json, dist/style/default.yaml   data the server loads
 * The lexicon is generated from WordNet and compromise (scripts/build-lexicon.mjs)
 * only when its inputs changed. `--watch` rebuilds the bundles on change.
 */
import { build, context } from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';
import { execFileSync } from 'node:child_process';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const dist = path.join(root, 'dist');
const lexicon = path.join(root, 'server', 'generated', 'lexicon.json');
const watch = process.argv.includes('--watch');

const newest = (dir) =>
  Math.max(...fs.readdirSync(dir).map((f) => fs.statSync(path.join(dir, f)).mtimeMs));
const lexiconInputs = Math.max(
  newest(path.join(root, 'server', 'data')),
  fs.statSync(path.join(root, 'scripts', 'build-lexicon.mjs')).mtimeMs,
);
if (!fs.existsSync(lexicon) || fs.statSync(lexicon).mtimeMs < lexiconInputs) {
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-lexicon.mjs'), lexicon], { stdio: 'inherit' });
}

fs.mkdirSync(path.join(dist, 'style'), { recursive: true });
fs.copyFileSync(lexicon, path.join(dist, 'lexicon.json'));
fs.copyFileSync(path.join(root, 'server', 'style', 'default.yaml'), path.join(dist, 'style', 'default.yaml'));

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' };
const entries = [
  { entryPoints: [path.join(root, 'client', 'src', 'extension.ts')], outfile: path.join(dist, 'client.js'), external: ['vscode'] },
  { entryPoints: [path.join(root, 'server', 'src', 'lsp', 'server.ts')], outfile: path.join(dist, 'server.js') },
  { entryPoints: [path.join(root, 'server', 'src', 'cli', 'main.ts')], outfile: path.join(dist, 'cli.js') },
];
if (watch) {
  for (const e of entries) await (await context({ ...common, ...e })).watch();
  console.log('watching for changes...');
} else {
  await Promise.all(entries.map((e) => build({ ...common, ...e })));
  console.log('built dist/client.js, dist/server.js, dist/cli.js');
}
