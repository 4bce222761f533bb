// Headless Chromium (Debian's) driven by playwright-core, with a fresh profile
// per run. The browser is closed when the run ends, on Ctrl+C and on errors.
import { mkdtempSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { format } from 'node:util';
import { onShutdown } from './codeServer.mjs';
import { chromiumPath, requireTool } from './tools.mjs';

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/**
 * Launch Chromium. Returns { context, page, close() }.
 * Options: viewport ({width, height}), profileDir (default: a new temp folder).
 */
export async function launchBrowser(options = {}) {
  const { chromium } = requireTool('playwright-core');
  const profileDir = options.profileDir ?? mkdtempSync(path.join(os.tmpdir(), 'corroborate-chromium-'));
  // Playwright refuses --user-data-dir in args; launchPersistentContext takes it instead.
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: options.viewport ?? { width: 1400, height: 900 },
    deviceScaleFactor: 1,
    timeout: 60_000,
    // codeServer.mjs's shutdown hooks close the browser; Playwright's own
    // handlers would exit the process before code-server is stopped.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    unregister();
    await context.close().catch(() => {});
    if (!options.profileDir) rmSync(profileDir, { recursive: true, force: true, maxRetries: 3 });
  };
  const unregister = onShutdown(close);
  return { context, page, close };
}

/** Format what the workbench passes to codeAutomationLog(type, args): printf-style arguments. */
export function formatLogArgs(args) {
  if (process.env.CORROBORATE_EDITOR_DEBUG_LOG) process.stderr.write(`[codeAutomationLog raw] ${JSON.stringify(args)}\n`);
  if (Array.isArray(args)) return format(...args);
  return typeof args === 'string' ? args : format(args);
}
