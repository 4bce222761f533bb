// Bundles the extension-host suite with esbuild:
//   test/suite/index.ts   -> out/test/suite/index.js   (extensionTestsPath)
//   test/suite/*.test.ts  -> out/test/suite/*.test.js  (loaded by index.js through mocha)
// CommonJS for Node 20, `vscode` and `mocha` left external (the extension host
// provides vscode; index.ts finds mocha in node_modules or the editor tools).
//
//   node test/suite/build.mjs [--src DIR] [--out DIR]
// (--src/--out let the harness build a suite that lives elsewhere.)
import { readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

function arg(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? path.resolve(process.argv[i + 1]) : fallback;
}
const src = arg('--src', here);
const outdir = arg('--out', path.join(repo, 'out', 'test', 'suite'));

const esbuild = createRequire(path.join(repo, 'package.json'))('esbuild');

const tests = readdirSync(src).filter((f) => f.endsWith('.test.ts')).sort();
if (tests.length === 0) {
  console.error(`test/suite/build.mjs: no *.test.ts in ${src}`);
  process.exit(1);
}
const entryPoints = [path.join(src, 'index.ts'), ...tests.map((f) => path.join(src, f))];

const started = Date.now();
rmSync(outdir, { recursive: true, force: true }); // no stale *.test.js from removed tests
const result = await esbuild.build({
  entryPoints,
  outdir,
  outbase: src,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode', 'mocha'],
  sourcemap: 'linked',
  logLevel: 'warning',
  // index.ts requires mocha from a computed path on purpose.
  logOverride: { 'unsupported-require-call': 'silent' },
  metafile: false,
});
if (result.errors.length) process.exit(1);
console.log(`built ${entryPoints.length} suite files into ${path.relative(process.cwd(), outdir) || outdir} in ${Date.now() - started} ms`);
