/**
 * The extension-host suite's entry point, in the @vscode/test-electron form:
 * VS Code loads the bundle of this file (extensionTestsPath =
 * out/test/suite/index.js) inside the extension host and awaits run(). The
 * same bundle runs under a desktop VS Code (runTests) and inside code-server
 * (test/editor/runSuite.mjs).
 *
 * run() first makes sure the extension under test is loaded and activates (a
 * suite that silently skips is worse than a failing one), then runs every
 * *.test.js next to it with mocha (TDD interface), and reports its counts as
 * a line `CORROBORATE-SUITE-RESULT {json}` and, when CORROBORATE_SUITE_RESULT_FILE
 * is set, in that file. It rejects when any test failed or none ran.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';

interface MochaRunner {
  on(event: string, listener: (...args: unknown[]) => void): MochaRunner;
}
interface MochaInstance {
  addFile(file: string): void;
  run(done: (failures: number) => void): MochaRunner;
}
type MochaConstructor = new (options: Record<string, unknown>) => MochaInstance;

export interface SuiteResult {
  passed: number;
  failed: number;
  pending: number;
  durationMs: number;
  /** Set when the suite could not run at all (no mocha, extension did not activate, no tests). */
  error?: string;
}

export const RESULT_MARKER = 'CORROBORATE-SUITE-RESULT';

/** The extension's folder: out/test/suite/index.js lives three levels below it. */
export function extensionRoot(): string {
  return process.env.CORROBORATE_EXTENSION_ROOT || path.resolve(__dirname, '..', '..', '..');
}

function loadMocha(): MochaConstructor {
  const candidates = ['mocha'];
  if (process.env.CORROBORATE_EDITOR_TOOLS) candidates.push(path.join(process.env.CORROBORATE_EDITOR_TOOLS, 'node_modules', 'mocha'));
  candidates.push(path.join(extensionRoot(), '.editor-tools', 'node_modules', 'mocha'));
  const tried: string[] = [];
  for (const candidate of candidates) {
    try {
      // A plain require at run time: mocha is not bundled (see build.mjs).
      return require(candidate) as MochaConstructor;
    } catch (err) {
      tried.push(`${candidate} (${(err as Error).message.split('\n')[0]})`);
    }
  }
  throw new Error(`mocha is not installed: add it to devDependencies or run .ci/editor-setup.sh. Tried: ${tried.join('; ')}`);
}

function withTimeout<T>(promise: Thenable<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    Promise.resolve(promise).then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (err: unknown) => {
        clearTimeout(timer);
        reject(err instanceof Error ? err : new Error(String(err)));
      },
    );
  });
}

/** The extension under test, activated; throws (loudly) when it is missing or does not activate. */
async function activateExtensionUnderTest(): Promise<vscode.Extension<unknown>> {
  const root = extensionRoot();
  const manifest = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; publisher: string };
  const id = `${manifest.publisher}.${manifest.name}`;
  const ext = vscode.extensions.getExtension(id);
  if (!ext) {
    throw new Error(`extension ${id} is not loaded in this window (is extensionDevelopmentPath ${root}?)`);
  }
  const ms = Number(process.env.CORROBORATE_ACTIVATION_TIMEOUT_MS) || 60_000;
  const started = Date.now();
  try {
    await withTimeout(ext.activate(), ms, `it did not finish activating within ${ms} ms`);
  } catch (err) {
    throw new Error(`extension ${id} failed to activate: ${(err as Error).message}`);
  }
  console.log(`[suite] extension ${id} ${ext.packageJSON?.version ?? ''} active after ${Date.now() - started} ms`);
  return ext;
}

function report(result: SuiteResult): void {
  const line = `${RESULT_MARKER} ${JSON.stringify(result)}`;
  console.log(line);
  const file = process.env.CORROBORATE_SUITE_RESULT_FILE;
  if (file) {
    try {
      fs.writeFileSync(file, JSON.stringify(result));
    } catch (err) {
      console.error(`[suite] could not write ${file}: ${(err as Error).message}`);
    }
  }
}

export async function run(): Promise<void> {
  const started = Date.now();
  let result: SuiteResult;
  try {
    await activateExtensionUnderTest();
    const Mocha = loadMocha();
    const mocha = new Mocha({
      ui: 'tdd',
      color: false,
      reporter: 'spec',
      timeout: Number(process.env.CORROBORATE_TEST_TIMEOUT_MS) || 60_000,
      slow: 5_000,
      ...(process.env.CORROBORATE_SUITE_GREP ? { grep: process.env.CORROBORATE_SUITE_GREP } : {}),
    });
    const files = fs
      .readdirSync(__dirname)
      .filter((f) => f.endsWith('.test.js'))
      .sort();
    if (files.length === 0) throw new Error(`no *.test.js files next to ${__filename} (build them with node test/suite/build.mjs)`);
    for (const f of files) mocha.addFile(path.join(__dirname, f));

    const counts = await new Promise<{ passed: number; failed: number; pending: number }>((resolve, reject) => {
      const c = { passed: 0, failed: 0, pending: 0 };
      try {
        const runner = mocha.run(() => resolve(c));
        runner.on('pass', () => void c.passed++);
        runner.on('fail', () => void c.failed++); // failed hooks count too
        runner.on('pending', () => void c.pending++);
      } catch (err) {
        reject(err instanceof Error ? err : new Error(String(err)));
      }
    });
    result = { ...counts, durationMs: Date.now() - started };
    if (counts.passed + counts.failed === 0) result.error = 'mocha found no tests to run';
  } catch (err) {
    const message = (err as Error).message;
    console.error(`\n!!! EDITOR SUITE DID NOT RUN: ${message}\n`);
    result = { passed: 0, failed: 0, pending: 0, durationMs: Date.now() - started, error: message };
  }
  report(result);
  if (result.error) throw new Error(result.error);
  if (result.failed > 0) throw new Error(`${result.failed} of ${result.passed + result.failed} tests failed`);
}
