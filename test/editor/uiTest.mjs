#!/usr/bin/env node
// The UI test: what a person sees in the real VS Code workbench (code-server in
// headless Chromium), with the extension loaded from its folder as in an
// extension development host.
//
//   node test/editor/uiTest.mjs [--workspace DIR] [--extension DIR] [--draft REL]
//                               [--word TEXT] [--hover-text TEXT] [--fix TEXT]
//                               [--claims-draft REL] [--timeout SECONDS] [--keep]
//
// Steps (each one is a check; after the first failure the rest count as failed):
//   1. the workbench opens the workspace folder
//   2. Ctrl+P opens the draft
//   3. squiggles appear (.squiggly-warning / -info / -error)
//   4. hovering the flagged word shows a card that names the preferred spelling
//   5. Ctrl+. lists a fix for it; Enter applies it and the text changes
//   6. the Problems panel (Ctrl+Shift+M) lists the extension's findings
// Then claims and quotations, in drafts/claims.md:
//   7. Ctrl+P opens the claims draft (the panel closed first, so the whole draft shows)
//   8. the contradicted claim ('first' where the article says 'third') has a warning squiggle
//   9. hovering it shows a card with the verdict, "Sources:", the outlet and an "open" link
//      (claim-hover.png)
//  10. Ctrl+. on the misquotation offers "Use the article's wording: …" (quote-fix-menu.png);
//      Enter puts the article's words in and the quotation's warning goes
//  11. the Problems panel lists a claim row ("Contradicted: …") and no supported-claim hint
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
    claimsDraft: 'drafts/claims.md',
    timeout: Number(process.env.CORROBORATE_UI_TIMEOUT_S) || 90,
    keep: false,
  };
  const flags = { '--workspace': 'workspace', '--extension': 'extension', '--draft': 'draft', '--word': 'word', '--hover-text': 'hoverText', '--fix': 'fix', '--claims-draft': 'claimsDraft', '--timeout': 'timeout' };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('usage: node test/editor/uiTest.mjs [--workspace DIR] [--extension DIR] [--draft REL] [--word TEXT] [--hover-text TEXT] [--fix TEXT] [--claims-draft REL] [--timeout SECONDS] [--keep]');
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
// Screenshots the claim steps take under names of their own (not ui-*).
const CLAIM_SHOTS = ['claim-hover.png', 'quote-fix-menu.png'];
for (const f of readdirSync(ARTIFACTS)) if (f.startsWith('ui-') || CLAIM_SHOTS.includes(f)) rmSync(path.join(ARTIFACTS, f), { force: true }); // only this run's pictures
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

/**
 * How many elements matching `selector` (squiggle decorations) overlap the
 * first on-screen occurrence of `word`; -1 when the word is not on screen.
 */
function squigglesUnder({ word, selector }) {
  const box = window.__corroborateUi.findWordBox(word);
  if (!box) return -1;
  let n = 0;
  for (const el of document.querySelectorAll(selector)) {
    const r = el.getBoundingClientRect();
    if (r.width === 0 || r.height === 0) continue;
    const across = r.left < box.x + box.width && r.right > box.x;
    const down = r.top < box.y + box.height + 4 && r.bottom > box.y; // squiggles sit at the bottom of the line
    if (across && down) n++;
  }
  return n;
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

/** Ctrl+P, type the draft's path, Enter; waits for its tab and for `word` in the editor. */
async function quickOpen(page, draft, word) {
  const name = path.basename(draft);
  await page.locator('.monaco-workbench').click({ position: { x: 5, y: 5 }, force: true }).catch(() => {});
  await page.keyboard.press('Control+P');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(draft);
  await page.locator('.quick-input-widget .quick-input-list .monaco-list-row', { hasText: name }).first().waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ state: 'visible' });
  await page.waitForFunction((w) => window.__corroborateUi.editorText().includes(w), word);
}

/** Moves the pointer onto `word` in the editor and waits for a hover card with every text of `expect`; returns the card's element. */
async function hoverCard(page, word, expect) {
  const box = await page.evaluate((w) => window.__corroborateUi.findWordBox(w), word);
  if (!box) throw new Error(`'${word}' is not on screen in the editor`);
  const x = box.x + box.width / 2;
  const y = box.y + box.height / 2;
  await page.mouse.move(x - 40, y + 40);
  await page.mouse.move(x, y, { steps: 5 });
  const handle = await page
    .waitForFunction(
      (texts) => [...document.querySelectorAll('.monaco-hover')].find((h) => h.offsetParent !== null && texts.every((t) => h.innerText.includes(t))),
      expect,
    )
    .catch(async (err) => {
      const seen = await page.evaluate(() => [...document.querySelectorAll('.monaco-hover')].map((h) => h.innerText.trim()).filter(Boolean).join(' | '));
      throw new Error(`no hover card over '${word}' with ${JSON.stringify(expect)}; cards on screen: ${JSON.stringify(seen.slice(0, 600))}\n${err.message.split('\n')[0]}`);
    });
  return { el: handle.asElement(), box };
}

/** Clicks `word`, presses Ctrl+. and moves the focus to the menu row whose label includes `title`; returns every label. */
async function quickFixMenu(page, word, title) {
  await page.mouse.move(5, 5); // let any hover go
  await page.keyboard.press('Escape');
  const box = await page.evaluate((w) => window.__corroborateUi.findWordBox(w), word);
  if (!box) throw new Error(`'${word}' is not on screen in the editor`);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+.');
  const rows = page.locator('.action-widget .monaco-list-row');
  await rows.first().waitFor({ state: 'visible' });
  await settle(page);
  const labels = await rows.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? e.textContent ?? ''));
  if (!labels.some((l) => l.includes(title))) throw new Error(`no '${title}' in the menu: ${JSON.stringify(labels)}`);
  // Move the focus to that row with the keyboard (a pointer blocker stops clicks).
  for (let i = 0; i < labels.length + 2; i++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').getAttribute('aria-label').catch(() => null);
    if (focused && focused.includes(title)) return labels;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`could not move the focus to '${title}' in the menu: ${JSON.stringify(labels)}`);
}

/** Labels of the Problems panel's rendered rows (opens it with Ctrl+Shift+M). */
async function problemRows(page) {
  await page.keyboard.press('Escape');
  await page.keyboard.press('Control+Shift+M');
  await page.waitForFunction(() => [...document.querySelectorAll('.markers-panel .monaco-list-row')].some((r) => /\S/.test(r.textContent ?? '')));
  await settle(page, 300);
  return page.locator('.markers-panel .monaco-list-row').evaluateAll((els) => els.map((e) => (e.getAttribute('aria-label') || e.textContent || '').replace(/\s+/g, ' ').trim()));
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
  await page.addInitScript({ content: `window.__corroborateUi = { editorText: ${editorText}, findWordBox: ${findWordBox}, squigglesUnder: ${squigglesUnder} };` });
  page.on('pageerror', (err) => console.error(`[page error] ${err.message}`));

  console.log(`UI test: ${opts.draft} in ${path.relative(REPO, opts.workspace) || opts.workspace}, extension ${opts.extension}`);

  await step('the workbench opens the workspace folder', async () => {
    const payload = [['extensionDevelopmentPath', remoteUri(server, opts.extension)], ['skipWelcome', 'true']];
    await page.goto(workbenchUrl(server, workspace, payload), { waitUntil: 'domcontentloaded' });
    await page.waitForSelector('.monaco-workbench .part.editor', { state: 'visible' });
    // The explorer shows the folder once the remote connection is up.
    await page.waitForSelector('.explorer-folders-view .monaco-list-row', { state: 'visible' });
  }, page);

  await step(`Ctrl+P opens ${opts.draft}`, () => quickOpen(page, opts.draft, opts.word), page);

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

  const hover = await step(`hovering '${opts.word}' shows a card naming '${opts.hoverText}'`, async () => {
    const { el } = await hoverCard(page, opts.word, [opts.hoverText]);
    await settle(page);
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
    const labels = await quickFixMenu(page, opts.word, opts.fix);
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
    // The panel can lag behind the editor: problemRows waits for rows with text.
    const labels = await problemRows(page);
    const panel = page.locator('.part.panel').first();
    await panel.screenshot({ path: shot('ui-problems.png') });
    if (!labels.some((l) => /variant|corroborate/i.test(l))) throw new Error(`no finding of the extension among: ${JSON.stringify(labels)}`);
    return labels;
  }, page);
  if (problems) for (const l of problems.slice(0, 8)) console.log(`      ${l}`);

  // ---- claims and quotations ----------------------------------------------------------
  // drafts/claims.md: 'North Korea is the first country …' is contradicted (the
  // article says 'third'); the quotation '… the just cause of defending justice …'
  // is misquoted (the article says 'protecting').
  const CLAIM_WORD = 'first';
  const MISQUOTED_WORD = 'defending';
  const ARTICLE_WORD = 'protecting';
  const LAST_QUOTED_WORD = 'security'; // the quotation's last word, which the fix keeps
  const FIX_TITLE = "Use the article's wording";

  await step(`Ctrl+P opens ${opts.claimsDraft}`, async () => {
    await page.keyboard.press('Escape');
    // Close the panel the last step opened, so the whole draft fits on screen.
    await page.keyboard.press('Control+J');
    await page.waitForFunction(() => {
      const panel = document.querySelector('.part.panel');
      return !panel || panel.offsetParent === null || panel.getBoundingClientRect().height === 0;
    });
    await quickOpen(page, opts.claimsDraft, MISQUOTED_WORD);
  }, page);

  await step(`the contradicted claim has a warning squiggle under '${CLAIM_WORD}'`, async () => {
    await page
      .waitForFunction((word) => window.__corroborateUi.squigglesUnder({ word, selector: '.monaco-editor .squiggly-warning' }) > 0, CLAIM_WORD)
      .catch(async (err) => {
        const n = await page.evaluate((word) => window.__corroborateUi.squigglesUnder({ word, selector: '.monaco-editor [class*="squiggly-"]' }), CLAIM_WORD);
        throw new Error(`no warning squiggle under '${CLAIM_WORD}' (${n < 0 ? 'the word is not on screen' : `${n} other squiggles there`})\n${err.message.split('\n')[0]}`);
      });
    await settle(page, 300);
    await page.screenshot({ path: shot('ui-claim-squiggles.png') });
  }, page);

  const claimHover = await step(`hovering '${CLAIM_WORD}' shows the verdict, the sources and a link`, async () => {
    const { el } = await hoverCard(page, CLAIM_WORD, ['Contradicted', 'Sources:']);
    await settle(page);
    const text = await el.innerText();
    const links = await el.evaluate((card) => [...card.querySelectorAll('a')].map((a) => ({ text: a.innerText.trim(), href: a.getAttribute('data-href') || a.getAttribute('href') || '' })));
    await el.screenshot({ path: shot('claim-hover.png') });
    if (!/\bthird\b/.test(text)) throw new Error(`the card does not give the article's 'third': ${text}`);
    if (!text.includes('StarAvis')) throw new Error(`the card does not name the outlet StarAvis: ${text}`);
    const open = links.find((l) => l.text === 'open' && /corpus\/[^#]+\.md#L\d+/.test(decodeURIComponent(l.href)));
    if (!open) throw new Error(`no 'open' link to an article line in the card: ${JSON.stringify(links)}`);
    return { text, href: open.href };
  }, page);
  if (claimHover !== undefined) {
    console.log(`      hover: ${claimHover.text.replace(/\s+/g, ' ').slice(0, 300)}${claimHover.text.length > 300 ? '…' : ''}`);
    console.log(`      link: ${decodeURIComponent(claimHover.href)}`);
    console.log(`      screenshot ${path.relative(REPO, shot('claim-hover.png'))}`);
  }

  await step(`Ctrl+. on the misquotation offers "${FIX_TITLE}: …"; Enter puts the article's words in`, async () => {
    await page
      .waitForFunction((word) => window.__corroborateUi.squigglesUnder({ word, selector: '.monaco-editor .squiggly-warning' }) > 0, MISQUOTED_WORD)
      .catch((err) => {
        throw new Error(`no warning squiggle under the misquoted '${MISQUOTED_WORD}'\n${err.message.split('\n')[0]}`);
      });
    const labels = await quickFixMenu(page, MISQUOTED_WORD, FIX_TITLE);
    await page.locator('.action-widget').first().screenshot({ path: shot('quote-fix-menu.png') });
    console.log(`      menu: ${labels.join(' | ')}`);
    console.log(`      screenshot ${path.relative(REPO, shot('quote-fix-menu.png'))}`);
    await page.keyboard.press('Enter');
    await page.waitForFunction(
      ({ gone, now }) => {
        const t = window.__corroborateUi.editorText();
        return !t.includes(gone) && now.every((w) => t.includes(w));
      },
      { gone: MISQUOTED_WORD, now: [ARTICLE_WORD, LAST_QUOTED_WORD] },
    ).catch(async (err) => {
      const t = await page.evaluate(() => window.__corroborateUi.editorText());
      const line = t.split('\n').filter((l) => /leadership|dignity/.test(l)).join(' ');
      throw new Error(`the quotation does not read as the article's: expected '${ARTICLE_WORD}' and '${LAST_QUOTED_WORD}', no '${MISQUOTED_WORD}'; on screen: ${line}\n${err.message.split('\n')[0]}`);
    });
    // Word for word now: the quotation's warning goes once the extension re-checks it.
    await page.waitForFunction((word) => window.__corroborateUi.squigglesUnder({ word, selector: '.monaco-editor .squiggly-warning' }) === 0, ARTICLE_WORD);
    await page.keyboard.press('Escape');
    await page.screenshot({ path: shot('ui-quote-fixed.png') });
  }, page);

  const claimProblems = await step('the Problems panel lists claim findings, and no supported-claim hints', async () => {
    const labels = await problemRows(page);
    await page.locator('.part.panel').first().screenshot({ path: shot('ui-problems-claims.png') });
    const claimRow = labels.find((l) => /\bContradicted:/.test(l));
    if (!claimRow) throw new Error(`no "Contradicted: …" row among: ${JSON.stringify(labels)}`);
    if (!labels.some((l) => l.includes(path.basename(opts.claimsDraft)))) throw new Error(`no row for ${path.basename(opts.claimsDraft)} among: ${JSON.stringify(labels)}`);
    const hint = labels.find((l) => /\bSupported:/.test(l));
    if (hint) throw new Error(`a supported claim is a hint and should stay out of the Problems panel: ${hint}`);
    return labels;
  }, page);
  if (claimProblems) for (const l of claimProblems.filter((x) => /claims\.md|Contradicted|Disputed|Unsupported|Misattributed|Quotation/.test(x)).slice(0, 10)) console.log(`      ${l}`);

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
