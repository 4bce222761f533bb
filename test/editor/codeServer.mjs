// Starts code-server (the VS Code 1.100.3 workbench with a Node extension host)
// for one test run: 127.0.0.1 on a free port, no auth, a fresh user-data-dir and
// extensions-dir under a temp folder, user settings that keep the workbench
// quiet and deterministic. It runs in its own process group, and the whole group
// is killed when the run ends, on Ctrl+C, and on uncaught errors.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { codeServerEntry } from './tools.mjs';

export const DEFAULT_USER_SETTINGS = {
  'files.hotExit': 'off',
  'workbench.startupEditor': 'none',
  'telemetry.telemetryLevel': 'off',
  'security.workspace.trust.enabled': false,
  'update.mode': 'none',
  'extensions.autoUpdate': false,
  'extensions.autoCheckUpdates': false,
  'extensions.ignoreRecommendations': true,
  'workbench.enableExperiments': false,
  'workbench.tips.enabled': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'window.restoreWindows': 'none',
  'git.enabled': false,
  'git.autoRepositoryDetection': false,
  'npm.autoDetect': 'off',
  'typescript.tsserver.experimental.enableProjectDiagnostics': false,
  'editor.hover.delay': 200,
  'editor.minimap.enabled': false,
  'editor.lightbulb.enabled': 'on',
  'chat.commandCenter.enabled': false,
};

// ---- cleanup of everything started in this process ------------------------------

const liveGroups = new Set(); // pids of process-group leaders still running
const exitHooks = new Set(); // async cleanups (browsers, temp folders)
let hooksInstalled = false;

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // already gone
  }
}

/** Run fn (async) when the process is asked to stop or fails; returns an unregister function. */
export function onShutdown(fn) {
  installHooks();
  exitHooks.add(fn);
  return () => exitHooks.delete(fn);
}

let shuttingDown = false;

/** True once the process has begun to stop (Ctrl+C, an uncaught error, exitAfterCleanup). */
export function isShuttingDown() {
  return shuttingDown;
}

/** Runs every cleanup (browser, code-server, temp folders), then exits with `code`. Never resolves. */
export function exitAfterCleanup(code) {
  void shutdown(code);
  return new Promise(() => {});
}

async function shutdown(code, why) {
  if (shuttingDown) return;
  shuttingDown = true;
  if (why) console.error(why);
  const hooks = [...exitHooks].reverse();
  exitHooks.clear();
  const deadline = new Promise((resolve) => setTimeout(resolve, 5000).unref());
  await Promise.race([Promise.allSettled(hooks.map(async (h) => h())), deadline]);
  for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  process.exit(code);
}

function installHooks() {
  if (hooksInstalled) return;
  hooksInstalled = true;
  // Last resort: whatever happens, no code-server outlives this process.
  process.on('exit', () => {
    for (const pid of liveGroups) killGroup(pid, 'SIGKILL');
  });
  process.on('SIGINT', () => void shutdown(130, '\n== interrupted: stopping code-server and the browser'));
  process.on('SIGTERM', () => void shutdown(143, '== terminated: stopping code-server and the browser'));
  process.on('SIGHUP', () => void shutdown(129));
  process.on('uncaughtException', (err) => void shutdown(1, `== uncaught error: ${err?.stack || err}`));
  process.on('unhandledRejection', (err) => void shutdown(1, `== unhandled rejection: ${err?.stack || err}`));
}

// ---- helpers ------------------------------------------------------------------------

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function get(url, timeoutMs) {
  return new Promise((resolve) => {
    const req = http.get(url, { timeout: timeoutMs }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode, body }));
    });
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve({ status: 0, body: '' }));
  });
}

/** Run code-server's CLI (e.g. --install-extension) against the given dirs and wait for it. */
export function codeServerCli(args, { userDataDir, extensionsDir, configFile, env } = {}) {
  const full = [codeServerEntry(), '--config', configFile, '--user-data-dir', userDataDir, '--extensions-dir', extensionsDir, ...args];
  const r = spawnSync(process.execPath, full, { encoding: 'utf8', env: env ?? process.env, timeout: 120_000 });
  return { code: r.status ?? 1, output: `${r.stdout ?? ''}${r.stderr ?? ''}` };
}

/**
 * Prepare the temp folders, settings and config; nothing is started yet.
 * Options: port (default: a free one), settings (merged over DEFAULT_USER_SETTINGS),
 * baseDir (default: a new temp folder), keep (leave the temp folder in place).
 */
export async function prepareCodeServer(options = {}) {
  const baseDir = options.baseDir ?? mkdtempSync(path.join(os.tmpdir(), 'corroborate-editor-'));
  const userDataDir = path.join(baseDir, 'user-data');
  const extensionsDir = path.join(baseDir, 'extensions');
  const xdg = path.join(baseDir, 'xdg');
  for (const d of [path.join(userDataDir, 'User'), path.join(userDataDir, 'Machine'), extensionsDir, xdg]) mkdirSync(d, { recursive: true });
  const settings = { ...DEFAULT_USER_SETTINGS, ...(options.settings ?? {}) };
  writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  const port = options.port ?? (await freePort());
  const host = options.host ?? '127.0.0.1';
  // --config keeps code-server from writing ~/.config/code-server/config.yaml.
  const configFile = path.join(baseDir, 'config.yaml');
  writeFileSync(configFile, `bind-addr: ${host}:${port}\nauth: none\ncert: false\n`);
  const env = {
    ...process.env,
    // code-server keeps its own state (logs, heartbeat) under XDG folders: keep them per run.
    XDG_DATA_HOME: path.join(xdg, 'data'),
    XDG_CONFIG_HOME: path.join(xdg, 'config'),
    XDG_CACHE_HOME: path.join(xdg, 'cache'),
    ...(options.env ?? {}),
  };
  delete env.VSCODE_IPC_HOOK_CLI; // a code-server terminal's hook would redirect the CLI
  return { baseDir, userDataDir, extensionsDir, configFile, port, host, env, keep: !!options.keep };
}

/**
 * Start code-server and wait until /healthz answers.
 * Returns { url, port, baseDir, userDataDir, extensionsDir, logFile, process, stop() }.
 * Options as prepareCodeServer, plus: prepared (its result), extraArgs, log (echo
 * code-server's output), timeoutMs for /healthz.
 */
export async function startCodeServer(options = {}) {
  installHooks();
  const prep = options.prepared ?? (await prepareCodeServer(options));
  const { baseDir, userDataDir, extensionsDir, configFile, port, host, env } = prep;
  const logFile = path.join(baseDir, 'code-server.log');
  const args = [
    codeServerEntry(),
    '--config', configFile,
    '--auth', 'none',
    '--bind-addr', `${host}:${port}`,
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    ...(options.extraArgs ?? []),
  ];
  const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  liveGroups.add(child.pid);
  const log = createWriteStream(logFile);
  let recent = '';
  const onData = (d) => {
    log.write(d);
    recent = (recent + d.toString()).slice(-4000);
    if (options.log) process.stderr.write(d);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let exited = null;
  const exitPromise = new Promise((resolve) => {
    child.on('exit', (code, signal) => {
      exited = { code, signal };
      liveGroups.delete(child.pid);
      resolve(exited);
    });
  });

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    if (!exited) {
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 3000);
      await exitPromise;
      clearTimeout(timer);
    }
    // The group may hold more than the leader (extension host, language server).
    killGroup(child.pid, 'SIGKILL');
    liveGroups.delete(child.pid);
    await new Promise((resolve) => log.end(resolve));
    if (!prep.keep) rmSync(baseDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const unregister = onShutdown(stop);

  const url = `http://${host}:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 60_000);
  for (;;) {
    if (exited) {
      await stop();
      throw new Error(`code-server exited (${exited.code ?? exited.signal}) before answering /healthz:\n${recent}`);
    }
    const r = await get(`${url}/healthz`, 2000);
    if (r.status === 200) break;
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer ${url}/healthz within ${options.timeoutMs ?? 60_000} ms:\n${recent}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 150));
  }
  return { url, port, host, baseDir, userDataDir, extensionsDir, configFile, logFile, process: child, exited: exitPromise, recentLog: () => recent, stop };
}

/**
 * The workbench URL that opens `folder`. With `payload` (entries such as
 * ['extensionDevelopmentPath', uri]) the window becomes an extension
 * development host, as `code --extensionDevelopmentPath` would.
 */
export function workbenchUrl(server, folder, payload) {
  let u = `${server.url}/?folder=${encodeURIComponent(folder)}`;
  if (payload && payload.length) u += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return u;
}

/** A path on the code-server machine as the workbench addresses it (vscode-remote://host:port/abs/path). */
export function remoteUri(server, absPath) {
  const p = absPath.split(path.sep).map(encodeURIComponent).join('/');
  return `vscode-remote://${server.host}:${server.port}${p.startsWith('/') ? '' : '/'}${p}`;
}
