// "Run handler in emulator" in a real VS Code (code-server through headless
// Chromium): the CodeLens on a procedure, the trace view it opens (read
// inside the webview's frames), stepping that moves the editor, the command
// from the palette and the editor's context menu, "Edit scenarios…" with the
// contributed schema, and the "Replay in emulator" code action on a finding.
// Run after `npm run package`:
// `node --import tsx --test client/test/e2e/runHandler.e2e.ts`.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import { errors, type Browser, type FrameLocator, type Page } from 'playwright-core';
import { launchChromium, screenshot } from './browser.js';
import { createProfile, runCodeServer, startCodeServer, type Profile, type RunningCodeServer } from './codeServer.js';
import { artifactsDir, lineOf, readManifest, repoRoot } from './paths.js';
import { copySamples, type Sample } from './samples.js';
import { openFile, runCommand, runCommandAsking, showProblemsPanel, UI_TIMEOUT, waitForFileProblems } from './workbench.js';

const manifest = readManifest();
const vsix = join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const artifacts = artifactsDir('run-handler');

/** Compact_Region drops a page taken out of the free physical region (PW220), and its scenario file sets the region up. */
const freecach: Sample = { path: 'vxd/FREECACH.ASM', source: join(repoRoot, 'examples/vxd/FREECACH.ASM'), languageId: 'vxd-masm' };
const scenarioFile: Sample = {
  path: '.pagewarden/scenarios/freecach-compact-region.json',
  source: join(repoRoot, 'examples/.pagewarden/scenarios/freecach-compact-region.json'),
  languageId: 'json',
};
const scenario = 'freecach-compact-region';
const procedureLine = lineOf(freecach.source, /^BeginProc Compact_Region\b/);
/** The second _XchgFreePhysReg of Compact_Region, where PW220 is reported: the diagnostic starts at its VMMcall. */
const findingLine = lineOf(freecach.source, /put it into slot EDI/);
const findingColumn = readFileSync(freecach.source, 'latin1').split(/\r?\n/)[findingLine - 1]?.indexOf('VMMcall') ?? -1;
/** Reserve_Window has no scenario file in the workspace: "Edit scenarios…" creates one. */
const reserveLine = lineOf(freecach.source, /^BeginProc Reserve_Window\b/);
const traceTitle = `PageWarden: Compact_Region (${scenario})`;

/** Puts the cursor on `line` (1-based), at `column` when given. */
async function goToLine(page: Page, line: number, column?: number): Promise<void> {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget .quick-input-box input');
  await input.waitFor({ state: 'visible' });
  await input.fill(column === undefined ? `:${line}` : `:${line}:${column}`);
  // Enter before the widget has read the number would leave it open.
  await page.locator('.quick-input-widget', { hasText: `line ${line}` }).waitFor({ state: 'visible' });
  await page.keyboard.press('Enter');
  await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

/** The number of the line the cursor of the first editor group is on, as Monaco marks it in the gutter. */
async function cursorLine(page: Page): Promise<number> {
  const text = await page.locator('.editor-group-container').first().locator('.line-numbers.active-line-number').first().textContent();
  return Number(text);
}

async function waitForCursorLine(page: Page, line: number): Promise<void> {
  const deadline = Date.now() + UI_TIMEOUT;
  while ((await cursorLine(page).catch(() => NaN)) !== line) {
    if (Date.now() > deadline) throw new Error(`the editor's cursor never reached line ${line}; it is on ${await cursorLine(page).catch(() => NaN)}`);
    await page.waitForTimeout(200);
  }
}

/**
 * Clicks the "Run in emulator" lens that sits directly above `line`. Lenses
 * are view zones, tied to no line in the DOM, and they arrive (and push the
 * lines down) only once the server has answered, so this polls.
 */
async function clickLensAbove(page: Page, line: number): Promise<void> {
  const lenses = page.locator('.codelens-decoration a', { hasText: 'Run in emulator' });
  const lineNumber = page.locator('.editor-group-container').first().locator('.line-numbers', { hasText: new RegExp(`^\\s*${line}\\s*$`) }).first();
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    const lineBox = await lineNumber.boundingBox();
    const bottoms = await lenses.evaluateAll((elements) => elements.map((e) => e.getBoundingClientRect().bottom));
    const above = lineBox ? bottoms.findIndex((bottom) => lineBox.y - bottom >= -2 && lineBox.y - bottom < lineBox.height) : -1;
    if (above >= 0) {
      await lenses.nth(above).click();
      return;
    }
    if (Date.now() > deadline) throw new Error(`no "Run in emulator" lens above line ${line} (${bottoms.length} lenses on screen)`);
    await page.waitForTimeout(250);
  }
}

/**
 * Opens the code action menu at the cursor and picks a row by keyboard: the
 * menu puts a pointer block over the workbench (so a webview cannot take the
 * mouse), which swallows clicks. Asked before VS Code has the line's
 * diagnostics (a file just opened again, on a loaded machine), the editor
 * answers "No code actions available" and stays so; a user asks again, and so
 * does this.
 */
async function chooseCodeAction(page: Page, labelStart: string): Promise<void> {
  const rows = page.locator('.action-widget .monaco-list-row.action');
  const wanted = rows.filter({ hasText: labelStart }).first();
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    await page.keyboard.press('Control+.');
    try {
      await wanted.waitFor({ state: 'visible', timeout: ASK_AGAIN_AFTER });
      break;
    } catch (error) {
      if (!(error instanceof errors.TimeoutError) || Date.now() > deadline) throw error;
    }
    await page.keyboard.press('Escape');
  }
  for (let presses = 0; presses <= (await rows.count()); presses++) {
    const focused = await page.locator('.action-widget .monaco-list-row.focused').getAttribute('aria-label').catch(() => null);
    if (focused?.startsWith(labelStart)) {
      await page.keyboard.press('Enter');
      return;
    }
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`no code action starting "${labelStart}" could be focused`);
}

const ASK_AGAIN_AFTER = 5_000;

/**
 * Right-clicks the text of `line` in the first editor group, which also puts
 * the cursor there. Lenses arriving push the lines down, so this polls for
 * the line's place.
 */
async function rightClickLine(page: Page, line: number): Promise<void> {
  const lineNumber = page.locator('.editor-group-container').first().locator('.margin-view-overlays .line-numbers', { hasText: new RegExp(`^\\s*${line}\\s*$`) }).first();
  const deadline = Date.now() + UI_TIMEOUT;
  for (;;) {
    const box = await lineNumber.boundingBox().catch(() => null);
    if (box) {
      await page.mouse.click(box.x + box.width + 80, box.y + box.height / 2, { button: 'right' });
      return;
    }
    if (Date.now() > deadline) throw new Error(`line ${line} is not on screen`);
    await page.waitForTimeout(250);
  }
}

/** Clicks a row of the open quick pick; the next pick may reuse the widget at once, so this does not wait for it to close. */
async function pickRow(page: Page, text: string): Promise<void> {
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: text }).first().click();
}

/** The trace view's page, inside the webview's two iframes. */
function traceFrame(page: Page): FrameLocator {
  return page.frameLocator('iframe.webview.ready').last().frameLocator('#active-frame');
}

describe('Run handler in emulator (code-server)', { timeout: 20 * 60_000 }, () => {
  let root: string | undefined;
  let profile: Profile;
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async () => {
    if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first`);
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    root = mkdtempSync(join(tmpdir(), 'pagewarden-e2e-run-'));
    profile = createProfile(root);
    const workspace = join(root, 'workspace');
    copySamples(workspace, [freecach, scenarioFile]);
    runCodeServer(profile, ['--install-extension', vsix]);
    server = await startCodeServer(profile, workspace, join(artifacts, 'code-server.log'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    await page.goto(server.url);
    await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible' });
  });

  afterEach(async (t) => {
    if (browser?.isConnected()) await screenshot(page, artifacts, t.name);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  it('puts "Run in emulator" above Compact_Region and opens its trace with the page map', async () => {
    await openFile(page, freecach.path);
    await goToLine(page, procedureLine);
    await clickLensAbove(page, procedureLine);
    // Several scenarios fit a VMM procedure: the workspace's file is picked from the list.
    await pickRow(page, scenario);
    await page.locator(`.tab[aria-label*="${traceTitle}"]`).waitFor({ state: 'visible' });
    const trace = traceFrame(page);
    await trace.locator('#map-before .cell.page').first().waitFor({ state: 'visible' });
    assert.ok(await trace.locator('#map-before .cell.page').count() > 0, 'the picture has physical pages');
    assert.ok(await trace.locator('#map-after .cell.slot').count() > 0, 'the picture has linear slots');
    assert.ok(await trace.locator('.legend li').count() > 0, 'the picture has a legend');
    assert.match(await trace.locator('.verdict').innerText(), /Ended:/);
    await screenshot(page, artifacts, 'trace-view');
  });

  it('clicking a step selects its line in the editor, and ↓ moves to the next step', async () => {
    const trace = traceFrame(page);
    const steps = trace.locator('.step');
    const first = steps.first();
    const line = Number(/L(\d+)/.exec(await first.locator('.line').innerText())?.[1]);
    await first.click();
    await trace.locator('.step.current').first().waitFor({ state: 'visible' });
    await waitForCursorLine(page, line);
    await page.keyboard.press('ArrowDown');
    const next = Number(/L(\d+)/.exec(await steps.nth(1).locator('.line').innerText())?.[1]);
    await waitForCursorLine(page, next);
    assert.equal(await steps.nth(1).getAttribute('aria-current'), 'step');
  });

  it('runs a handler picked from the command palette, with a built-in scenario', async () => {
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, freecach.path);
    await runCommandAsking(page, 'PageWarden: Run Handler in Emulator', 'Run Handler in Emulator');
    await pickRow(page, 'Compact_Region');
    await pickRow(page, 'none present');
    await page.locator('.tab[aria-label*="PageWarden: Compact_Region (Region of 8 pages, none present)"]').waitFor({ state: 'visible' });
    await traceFrame(page).locator('#map-after .cell.page').first().waitFor({ state: 'visible' });
  });

  it('runs the procedure the cursor is in from the editor\'s context menu', async () => {
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, freecach.path);
    await goToLine(page, findingLine);
    await rightClickLine(page, findingLine);
    const item = page.locator('.context-view .monaco-menu .action-item', { hasText: 'Run Handler in Emulator' });
    await item.waitFor({ state: 'visible' });
    await screenshot(page, artifacts, 'context-menu');
    await item.click();
    // No entry to pick: the menu runs the procedure around the cursor, so the next question is the scenario.
    await page.locator('.quick-input-widget', { hasText: 'Run Compact_Region in the emulator' }).waitFor({ state: 'visible' });
    await pickRow(page, scenario);
    await page.locator(`.tab[aria-label*="${traceTitle}"]`).waitFor({ state: 'visible' });
    await traceFrame(page).locator('#map-before .cell.page').first().waitFor({ state: 'visible' });
  });

  it('"Edit scenarios…" creates the procedure\'s scenario file, which VS Code checks against the schema', async () => {
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, freecach.path);
    await goToLine(page, reserveLine);
    await clickLensAbove(page, reserveLine);
    await pickRow(page, 'Edit scenarios…');
    await page.locator('.tab.active[data-resource-name="Reserve_Window.json"]').waitFor({ state: 'visible' });
    const editor = page.locator('.editor-group-container.active .monaco-editor .view-lines');
    await editor.filter({ hasText: '"entry": "Reserve_Window"' }).waitFor({ state: 'visible' });
    // Monaco renders spaces as no-break spaces.
    assert.match((await editor.innerText()).replace(/\u00a0/g, ' '), /"kind": "vmm-procedure"/);
    // A kind the schema does not allow is marked, and the file as created is not.
    await editor.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.insertText('{ "entry": "Reserve_Window", "kind": "not-a-kind" }');
    await showProblemsPanel(page);
    const file = '.pagewarden/scenarios/Reserve_Window.json';
    await waitForFileProblems(page, file, 'a schema problem for "kind"', (problems) => problems.some((p) => /Value is not accepted/.test(p.label)));
    await screenshot(page, artifacts, 'scenario-schema');
    await runCommand(page, 'File: Revert File');
    await waitForFileProblems(page, file, 'no problems once the created file is back', (problems) => problems.length === 0);
  });

  it(`replays the PW220 on line ${findingLine} from its code action, opening the trace at the failing step`, async () => {
    // From one editor group again, so the source does not open beside the earlier trace.
    await runCommand(page, 'View: Close All Editor Groups');
    await openFile(page, freecach.path);
    // Quick fixes are offered for the diagnostics under the cursor.
    await goToLine(page, findingLine, findingColumn + 1);
    await chooseCodeAction(page, 'Replay in emulator (PW220');
    const trace = traceFrame(page);
    const current = trace.locator('.step.current');
    await current.waitFor({ state: 'visible' });
    assert.match(await trace.locator('.verdict').innerText(), /PW220/);
    assert.match(await current.getAttribute('class') ?? '', /has-finding/);
    assert.match(await current.locator('.line').innerText(), new RegExp(`L${findingLine}\\b`));
    await screenshot(page, artifacts, 'replay-trace');
  });
});
