#!/usr/bin/env node
// The UI test: what a person sees in the real VS Code workbench (code-server in
// headless Chromium), with the extension loaded from its folder as in an
// extension development host.
//
//   node test/editor/uiTest.mjs [--workspace DIR] [--extension DIR] [--draft REL]
//                               [--word TEXT] [--hover-text TEXT] [--fix TEXT] [--timeout SECONDS] [--keep]
//
// Steps (each one is a check; after the first failure the rest count as failed):
//   1. the workbench opens the workspace folder
//   2. Ctrl+P opens the draft
//   3. squiggles appear (.squiggly-warning / -info / -error)
//   4. hovering the flagged word shows a card that names the preferred spelling
//   5. Ctrl+. lists a fix for it; Enter applies it and the text changes
//   6. the Problems panel (Ctrl+Shift+M) lists the extension's findings
// Screenshots go to test-artifacts/editor/. Waits are on conditions, not time.
// Prints `N passed, N failed` last; exit code 1 when anything failed.
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { launchBrowser } from './browser.mjs';
import { exitAfterCleanup, isShuttingDown, onShutdown, remoteUri, startCodeServer, workbenchUrl } from './codeServer.mjs';
import { ARTIFACTS, REPO } from './tools.mjs';

function parseArgs(argv) {
  const opts = {
    workspace: path.join(REPO, 'test', 'fixtures', 'workspace'),
    extension: REPO,
    draft: 'drafts/variants.md',
    word: 'Lugansk',
    hoverText: 'Luhansk',
    fix: 'Luhansk',
    timeout: Number(process.env.CORROBORATE_UI_TIMEOUT_S) || 90,
    keep: false,
  };
  const flags = { '--workspace': 'workspace', '--extension': 'extension', '--draft': 'draft', '--word': 'word', '--hover-text': 'hoverText', '--fix': 'fix', '--timeout': 'timeout' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node test/editor/uiTest.mjs [--workspace DIR] [--extension DIR] [--draft REL] [--word TEXT] [--hover-text TEXT] [--fix TEXT] [--timeout SECONDS] [--keep]');
      process.exit(0);
    } else if (flags[a] && i + 1 < argv.length) opts[flags[a]] = argv[++i];
    else {
      console.error(`uiTest: unknown or incomplete argument ${a}`);
      process.exit(2);
    }
  }
  opts.workspace = path.resolve(opts.workspace);
  opts.extension = path.resolve(opts.extension);
  opts.timeout = Number(opts.timeout);
  return opts;
}

const opts = parseArgs(process.argv.slice(2));
const TIMEOUT = opts.timeout * 1000;
const SQUIGGLES = '.monaco-editor .squiggly-warning, .monaco-editor .squiggly-error, .monaco-editor .squiggly-info';
const settle = (page, ms = 150) => page.waitForTimeout(ms); // tiny settle only; real waits are on conditions

mkdirSync(ARTIFACTS, { recursive: true });
for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('ui-')) rmSync(path.join(ARTIFACTS, f), { force: true }); // only this run's pictures
const shot = (name) => path.join(ARTIFACTS, name);

// ---- page helpers (run in the browser) ---------------------------------------------

/** Bounding box of the first occurrence of `word` in the active editor's rendered lines. */
function findWordBox(word) {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
  if (!editor) return null;
  for (const line of editor.querySelectorAll('.view-lines .view-line')) {
    const nodes = [];
    const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
    let text = '';
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      nodes.push({ node: n, start: text.length });
      text += n.data.replace(/\u00a0/g, ' ');
    }
    const at = text.indexOf(word);
    if (at < 0) continue;
    const locate = (offset) => {
      for (let i = nodes.length - 1; i >= 0; i--) if (nodes[i].start <= offset) return [nodes[i].node, offset - nodes[i].start];
      return [nodes[0].node, 0];
    };
    const range = document.createRange();
    range.setStart(...locate(at));
    range.setEnd(...locate(at + word.length - 1));
    const end = locate(at + word.length - 1);
    range.setEnd(end[0], end[1] + 1);
    const b = range.getBoundingClientRect();
    if (b.width > 0 && b.height > 0) return { x: b.x, y: b.y, width: b.width, height: b.height };
  }
  return null;
}

/** Text of the active editor's rendered lines (what is on screen). */
function editorText() {
  const editor = document.querySelector('.editor-group-container.active .monaco-editor') ?? document.querySelector('.monaco-editor');
  if (!editor) return '';
  const lines = [...editor.querySelectorAll('.view-lines .view-line')];
  lines.sort((a, b) => parseFloat(a.style.top) - parseFloat(b.style.top));
  return lines.map((l) => l.textContent.replace(/\u00a0/g, ' ')).join('\n');
}

// ---- the steps ----------------------------------------------------------------------

const results = [];
let failedStep;

async function step(name, fn, page) {
  if (isShuttingDown()) return undefined; // interrupted: say nothing more
  if (failedStep) {
    results.push({ name, ok: false, note: `not run: "${failedStep}" failed` });
    console.log(`  ✘ ${name} (not run)`);
    return undefined;
  }
  const started = Date.now();
  try {
    const value = await fn();
    results.push({ name, ok: true });
    console.log(`  ✔ ${name} (${Date.now() - started} ms)`);
    return value;
  } catch (err) {
    if (isShuttingDown()) return undefined;
    failedStep = name;
    results.push({ name, ok: false, note: err.message });
    console.log(`  ✘ ${name} (${Date.now() - started} ms)\n      ${String(err.message).split('\n').join('\n      ')}`);
    await page.screenshot({ path: shot('ui-failure.png') }).catch(() => {});
    console.log(`      screenshot: ${path.relative(REPO, shot('ui-failure.png'))}`);
    return undefined;
  }
}

async function main() {
  if (!existsSync(path.join(opts.extension, 'package.json'))) throw new Error(`no package.json in ${opts.extension}`);
  const base = mkdtempSync(path.join(os.tmpdir(), 'corroborate-ui-'));
  onShutdown(() => {
    if (!opts.keep) rmSync(base, { recursive: true, force: true });
  });
  const workspace = path.join(base, 'workspace');
  cpSync(opts.workspace, workspace, { recursive: true });

  const t0 = Date.now();
  const server = await startCodeServer({ keep: opts.keep });
  console.log(`== code-server ${server.url} up in ${Date.now() - t0} ms; workspace copy ${workspace}`);
  const browser = await launchBrowser();
  const { page } = browser;
  page.setDefaultTimeout(TIMEOUT);
  // Page-side helpers, defined before the workbench's own scripts run.
  await page.addInitScript({ content: `window.__corroborateUi = { editorText: ${editorText}, findWordBox: ${findWordBox} };` });
  page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));

  console.log(`UI test: ${opts.draft} in ${path.relative(REPO, opts.workspace) || opts.workspace}, extension ${opts.extension}`);

  await step('the workbench opens the workspace folder', async () => {
    const payload = [['extensionDevelopmentPath', remoteUri(server, opts.extension)], ['skipWelcome', 'true']];
    await page.goto(workbenchUrl(server, workspace, payload), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { state: 'visible' });
    // The explorer shows the folder once the remote connection is up.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { state: 'visible' });
  }, page);

  await step(`Ctrl+P opens ${opts.draft}`, async () => {
    const name = path.basename(opts.draft);
    await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible' });
    await input.fill(opts.draft);
    await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
    await page.keyboard.press('Enter');
    await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
    await page.waitForFunction((word) => window.__corroborateUi.editorText().includes(word), opts.word);
  }, page);

  const squiggles = await step('squiggles appear under flagged words', async () => {
    await page.waitForFunction((sel) => document.querySelectorAll(sel).length > 0, SQUIGGLES).catch((err) => {
      throw new Error(`no squiggles within ${opts.timeout} s: did the extension activate and publish diagnostics? (code-server log: test-artifacts/editor/ui-code-server.log)\n${err.message.split('\n')[0]}`);
    });
    await settle(page, 300);
    const n = await page.locator(SQUIGGLES).count();
    await page.screenshot({ path: shot('ui-squiggles.png') });
    return n;
  }, page);
  if (squiggles !== undefined) console.log(`      ${squiggles} squiggle decorations; screenshot ${path.relative(REPO, shot('ui-squiggles.png'))}`);

  let wordBox;
  const hover = await step(`hovering '${opts.word}' shows a card naming '${opts.hoverText}'`, async () => {
    wordBox = await page.evaluate((word) => window.__corroborateUi.findWordBox(word), opts.word);
    if (!wordBox) throw new Error(`'${opts.word}' is not on screen in the editor`);
    const x = wordBox.x + wordBox.width / 2;
    const y = wordBox.y + wordBox.height / 2;
    await page.mouse.move(x - 40, y + 40);
    await page.mouse.move(x, y, { steps: 5 });
    // Two .monaco-hover nodes exist; the one with text is the card.
    const handle = await page.waitForFunction(
      (expected) => [...document.querySelectorAll('.monaco-hover')].find((h) => h.offsetParent !== null && h.innerText.trim() && h.innerText.includes(expected)),
      opts.hoverText,
    );
    await settle(page);
    const el = handle.asElement();
    const text = await el.innerText();
    await el.screenshot({ path: shot('ui-hover.png') });
    return text;
  }, page);
  if (hover !== undefined) {
    console.log(`      hover: ${hover.replace(/\s+/g, ' ').slice(0, 240)}${hover.length > 240 ? '…' : ''}`);
    console.log(`      screenshot ${path.relative(REPO, shot('ui-hover.png'))}`);
  }

  await step(`Ctrl+. offers a fix to '${opts.fix}'; Enter applies it and its squiggle goes`, async () => {
    const before = await page.evaluate(() => window.__corroborateUi.editorText());
    const squigglesBefore = await page.locator(SQUIGGLES).count();
    const occurrences = (s) => s.split(opts.word).length - 1;
    await page.mouse.move(5, 5); // let the hover go
    await page.keyboard.press('Escape');
    await page.mouse.click(wordBox.x + wordBox.width / 2, wordBox.y + wordBox.height / 2);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+.');
    const rows = page.locator('.action-widget .monaco-list-row');
    await rows.first().waitFor({ state: 'visible' });
    await settle(page);
    const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
    const target = labels.findIndex((l) => l.includes(opts.fix));
    if (target < 0) throw new Error(`no fix mentioning '${opts.fix}' in the menu: ${JSON.stringify(labels)}`);
    // Move the focus to that row with the keyboard (a pointer blocker stops clicks).
    for (let i = 0; i < labels.length + 2; i++) {
      const focused = await page.locator('.action-widget .monaco-list-row.focused').getAttribute('aria-label').catch(() => null);
      if (focused && focused.includes(opts.fix)) break;
      await page.keyboard.press('ArrowDown');
    }
    await page.locator('.action-widget').first().screenshot({ path: shot('ui-quickfix.png') });
    console.log(`      menu: ${labels.join(' | ')}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ({ word, fix, count }) => {
        const t = window.__corroborateUi.editorText();
        return t.split(word).length - 1 < count && t.includes(fix);
      },
      { word: opts.word, fix: opts.fix, count: occurrences(before) },
    );
    // The finding under the fixed word goes once the extension re-checks the text.
    await page.waitForFunction((args) => document.querySelectorAll(args.sel).length < args.n, { sel: SQUIGGLES, n: squigglesBefore });
    await page.screenshot({ path: shot('ui-fixed.png') });
  }, page);

  const problems = await step('the Problems panel lists the findings', async () => {
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+Shift+M');
    const rows = page.locator('.markers-panel .monaco-list-row');
    // The panel can lag behind the editor: wait for rows with text.
    await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => /\S/.test(r.textContent ?? '')));
    await settle(page, 300);
    const labels = await rows.evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').replace(/\s+/g, ' ').trim()));
    const panel = page.locator('.part.panel').first();
    await panel.screenshot({ path: shot('ui-problems.png') });
    if (!labels.some((l) => /variant|corroborate/i.test(l))) throw new Error(`no finding of the extension among: ${JSON.stringify(labels)}`);
    return labels;
  }, page);
  if (problems) for (const l of problems.slice(0, 8)) console.log(`      ${l}`);

  if (failedStep) copyFileSync(server.logFile, shot('ui-code-server.log'));
  await browser.close();
  await server.stop();
  if (!opts.keep) rmSync(base, { recursive: true, force: true });
}

try {
  await main();
} catch (err) {
  console.error(`\n!!! UI TEST FAILED TO RUN: ${err?.stack || err}\n`);
  results.push({ name: 'the UI test could run', ok: false, note: String(err?.message ?? err) });
}
if (isShuttingDown()) await new Promise(() => {}); // interrupted: the cleanup exits
const passed = results.filter((r) => r.ok).length;
const failed = results.length - passed;
console.log(`screenshots in ${path.relative(REPO, ARTIFACTS)}/`);
console.log(`${passed} passed, ${failed} failed`);
await exitAfterCleanup(failed > 0 || passed === 0 ? 1 : 0);
