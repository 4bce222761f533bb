#!/usr/bin/env node
// Runs the extension-host suite (test/suite, bundled to out/test/suite/index.js)
// in a real VS Code, against a fresh copy of a fixture workspace.
//
//   node test/editor/runSuite.mjs [--workspace DIR] [--extension DIR] [--tests FILE]
//                                 [--mode auto|electron|code-server] [--timeout SECONDS] [--keep]
//
// Where a desktop VS Code can be had ($CORROBORATE_VSCODE_EXECUTABLE, or
// @vscode/test-electron's download works) it uses @vscode/test-electron's
// runTests. Otherwise it runs the same suite inside code-server, driven by
// headless Chromium: the workbench URL's payload makes the window an extension
// development host that runs extensionTestsPath and hands the suite's console
// output and exit code to codeAutomationLog / codeAutomationExit.
//
// Output: the suite's console output, then a last line `N passed, N failed`.
// Exit code: the suite's. A suite that never reports (timeout, extension that
// does not activate, no tests) is an error: loud message, `0 passed, 1 failed`,
// non-zero exit.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { formatLogArgs, launchBrowser } from './browser.mjs';
import { DEFAULT_USER_SETTINGS, exitAfterCleanup, isShuttingDown, onShutdown, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ARTIFACTS, REPO, TOOLS } from './tools.mjs';

const RESULT_MARKER = 'CORROBORATE-SUITE-RESULT'; // printed by test/suite/index.ts
const VERBOSE = !!process.env.CORROBORATE_EDITOR_VERBOSE;
// Workbench chatter that says nothing about the suite (shown with CORROBORATE_EDITOR_VERBOSE=1).
const NOISE = [
  /^Resolving connection token/,
  /^Resolved connection token/,
  /^Creating a socket/,
  /^\[Service Worker\]/,
  /^Updating additional builtin extensions cache/,
  /^ChatSessionStore:/,
  /ENOTFOUND open-vsx\.org/, // code-server's gallery; unreachable here and irrelevant
];

function parseArgs(argv) {
  const opts = {
    workspace: path.join(REPO, 'test', 'fixtures', 'workspace'),
    extension: REPO,
    tests: undefined,
    mode: process.env.CORROBORATE_EDITOR_MODE || 'auto',
    timeout: Number(process.env.CORROBORATE_SUITE_TIMEOUT_S) || 600,
    keep: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const next = () => {
      if (i + 1 >= argv.length) usage(`${a} needs a value`);
      return argv[++i];
    };
    if (a === '--workspace') opts.workspace = path.resolve(next());
    else if (a === '--extension') opts.extension = path.resolve(next());
    else if (a === '--tests') opts.tests = path.resolve(next());
    else if (a === '--mode') opts.mode = next();
    else if (a === '--timeout') opts.timeout = Number(next());
    else if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') usage();
    else usage(`unknown argument ${a}`);
  }
  opts.tests ??= path.join(opts.extension, 'out', 'test', 'suite', 'index.js');
  if (!['auto', 'electron', 'code-server'].includes(opts.mode)) usage(`--mode must be auto, electron or code-server`);
  if (!(opts.timeout > 0)) usage('--timeout must be a number of seconds');
  return opts;
}

function usage(problem) {
  if (problem) console.error(`runSuite: ${problem}`);
  console.error('usage: node test/editor/runSuite.mjs [--workspace DIR] [--extension DIR] [--tests FILE] [--mode auto|electron|code-server] [--timeout SECONDS] [--keep]');
  process.exit(problem ? 2 : 0);
}

function loud(message) {
  const bar = '!'.repeat(78);
  console.error(`\n${bar}\n!!! EDITOR SUITE FAILED TO RUN: ${message}\n${bar}\n`);
}

/**
 * Print the final summary line, clean up and exit (the returned promise never
 * resolves). result: { passed, failed, pending, error } or undefined.
 */
function finish(result, exitCode, why) {
  if (isShuttingDown()) return new Promise(() => {}); // interrupted: the cleanup exits
  if (!result || result.error) {
    loud(result?.error ?? why ?? 'the suite never reported a result');
    console.log('0 passed, 1 failed');
    return exitAfterCleanup(exitCode && exitCode !== 0 ? exitCode : 1);
  }
  if (result.pending) console.log(`(${result.pending} pending)`);
  let code = exitCode ?? 1;
  if (result.failed > 0 && code === 0) code = 1; // never green with failures
  if (result.failed === 0 && code !== 0) {
    loud(`all ${result.passed} tests passed but the editor exited with ${code}`);
  }
  console.log(`${result.passed} passed, ${result.failed} failed`);
  return exitAfterCleanup(code);
}

function checkInputs(opts) {
  const manifestPath = path.join(opts.extension, 'package.json');
  if (!existsSync(manifestPath)) return `no package.json in the extension folder ${opts.extension}`;
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  if (manifest.main) {
    const main = path.resolve(opts.extension, manifest.main);
    const candidates = [main, `${main}.js`];
    if (!candidates.some((c) => existsSync(c))) return `the extension's main ${manifest.main} does not exist: build it first (npm run build)`;
  }
  if (!existsSync(opts.tests)) return `the suite ${opts.tests} does not exist: build it first (node test/suite/build.mjs)`;
  if (!existsSync(opts.workspace)) return `the fixture workspace ${opts.workspace} does not exist`;
  return undefined;
}

/** A fresh copy of the fixture workspace, so tests may edit files and settings. */
function copyWorkspace(source, base) {
  const target = path.join(base, 'workspace');
  cpSync(source, target, { recursive: true });
  return target;
}

function readResultFile(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return undefined;
  }
}

// ---- desktop VS Code through @vscode/test-electron ----------------------------------

async function findDesktopVSCode(mode) {
  if (process.env.CORROBORATE_VSCODE_EXECUTABLE) return process.env.CORROBORATE_VSCODE_EXECUTABLE;
  if (mode === 'code-server') return undefined;
  let testElectron;
  try {
    testElectron = createRequire(path.join(REPO, 'package.json'))('@vscode/test-electron');
  } catch (err) {
    if (mode === 'electron') throw new Error(`@vscode/test-electron is not installed: ${err.message}`);
    console.log(`== no @vscode/test-electron (${err.message.split('\n')[0]}): using code-server`);
    return undefined;
  }
  const version = process.env.CORROBORATE_VSCODE_VERSION || 'stable';
  try {
    console.log(`== looking for a desktop VS Code (${version}) through @vscode/test-electron`);
    return await testElectron.downloadAndUnzipVSCode({ version, timeout: 15_000 });
  } catch (err) {
    if (mode === 'electron') throw new Error(`no desktop VS Code: ${err.message}`);
    console.log(`== no desktop VS Code (${String(err.message).split('\n')[0]}): using code-server`);
    return undefined;
  }
}

async function runInElectron(opts, executable, base, resultFile) {
  const { runTests } = createRequire(path.join(REPO, 'package.json'))('@vscode/test-electron');
  const workspace = copyWorkspace(opts.workspace, base);
  const userDataDir = path.join(base, 'user-data');
  mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(DEFAULT_USER_SETTINGS, null, 2));
  console.log(`== desktop VS Code: ${executable}`);
  console.log(`== workspace copy: ${workspace}`);
  let exitCode;
  const timer = setTimeout(() => void finish(readResultFile(resultFile), 1, `no result within ${opts.timeout} s`), opts.timeout * 1000);
  try {
    exitCode = await runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: opts.extension,
      extensionTestsPath: opts.tests,
      launchArgs: [workspace, `--user-data-dir=${userDataDir}`, `--extensions-dir=${path.join(base, 'extensions')}`, '--disable-telemetry'],
      extensionTestsEnv: { CORROBORATE_SUITE_RESULT_FILE: resultFile, CORROBORATE_EDITOR_TOOLS: TOOLS },
    });
  } catch (err) {
    exitCode = typeof err?.code === 'number' ? err.code : 1;
    if (typeof err?.code !== 'number') console.error(`== VS Code failed: ${err?.message ?? err}`);
  }
  clearTimeout(timer);
  return { exitCode, result: readResultFile(resultFile) };
}

// ---- code-server + headless Chromium ----------------------------------------------

async function runInCodeServer(opts, base, resultFile) {
  const workspace = copyWorkspace(opts.workspace, base);
  const started = Date.now();
  const server = await startCodeServer({
    keep: opts.keep,
    env: { CORROBORATE_EDITOR_TOOLS: TOOLS, CORROBORATE_SUITE_RESULT_FILE: resultFile },
  });
  console.log(`== code-server ${server.url} up in ${Date.now() - started} ms (log: ${server.logFile})`);
  console.log(`== workspace copy: ${workspace}`);
  const browser = await launchBrowser();
  const { page } = browser;

  let markerResult;
  let settle;
  const outcome = new Promise((resolve) => (settle = resolve));

  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = formatLogArgs(args);
    for (const line of text.split('\n')) {
      const at = line.indexOf(RESULT_MARKER);
      if (at >= 0) {
        try {
          markerResult = JSON.parse(line.slice(at + RESULT_MARKER.length).trim());
        } catch {
          // a broken line; the result file may still be there
        }
      }
    }
    if (!VERBOSE && NOISE.some((re) => re.test(text))) return;
    (type === 'error' ? process.stderr : process.stdout).write(text.endsWith('\n') ? text : `${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => settle({ exitCode: Number(code) }));
  page.on('crash', () => settle({ exitCode: 1, why: 'the browser page crashed' }));
  page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));
  server.exited.then((e) => settle({ exitCode: 1, why: `code-server exited (${e.code ?? e.signal}) before the suite finished` }));
  const timer = setTimeout(
    () => settle({ exitCode: 1, why: `the suite did not report within ${opts.timeout} s (did the extension host start? see the code-server log)` }),
    opts.timeout * 1000,
  );

  const payload = [
    ['extensionDevelopmentPath', remoteUri(server, opts.extension)],
    ['extensionTestsPath', remoteUri(server, opts.tests)],
    ['skipWelcome', 'true'],
  ];
  await page.goto(workbenchUrl(server, workspace, payload), { waitUntil: 'domcontentloaded', timeout: 60_000 });
  const { exitCode, why } = await outcome;
  clearTimeout(timer);
  console.log(`== suite finished in ${((Date.now() - started) / 1000).toFixed(1)} s (code-server, exit code ${exitCode})`);
  if (why) {
    console.error(`== last lines of the code-server log:\n${server.recentLog().split('\n').slice(-25).join('\n')}`);
  }
  if (exitCode !== 0 || why) {
    mkdirSync(ARTIFACTS, { recursive: true });
    copyFileSync(server.logFile, path.join(ARTIFACTS, 'suite-code-server.log'));
    console.error(`== code-server log kept in ${path.relative(process.cwd(), path.join(ARTIFACTS, 'suite-code-server.log'))}`);
  }
  await browser.close();
  await server.stop();
  return { exitCode, why, result: readResultFile(resultFile) ?? markerResult };
}

// ---- main ---------------------------------------------------------------------------

const opts = parseArgs(process.argv.slice(2));
rmSync(path.join(ARTIFACTS, 'suite-code-server.log'), { force: true }); // only this run's log
const problem = checkInputs(opts);
if (problem) await finish(undefined, 1, problem);

const base = mkdtempSync(path.join(os.tmpdir(), 'corroborate-suite-'));
const resultFile = path.join(base, 'suite-result.json');
onShutdown(() => {
  if (!opts.keep) rmSync(base, { recursive: true, force: true });
});

let outcome;
try {
  const executable = await findDesktopVSCode(opts.mode);
  outcome = executable ? await runInElectron(opts, executable, base, resultFile) : await runInCodeServer(opts, base, resultFile);
} catch (err) {
  await finish(undefined, 1, err?.stack || String(err));
}
await finish(outcome.result, outcome.exitCode, outcome.why);
