// The packaged extension in a real VS Code (code-server, web workbench)
// driven through headless Chromium: install, language modes, Problems panel.
// Run with `npm run test:e2e`, which packages the .vsix first.
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, afterEach, before, describe, it } from 'node:test';
import type { Browser, Page } from 'playwright-core';
import { launchChromium, screenshot } from './browser.js';
import { createProfile, runCodeServer, startCodeServer, type Profile, type RunningCodeServer } from './codeServer.js';
import { artifactsDir, languageLabel, readManifest, repoRoot } from './paths.js';
import { brokenVxd, brokenVxdLine, cleanSamples, copySamples, type Sample } from './samples.js';
import { openFile, runCommand, showProblemsPanel, UI_TIMEOUT, waitForFileProblems, waitForLanguageMode, type Problem } from './workbench.js';

const manifest = readManifest();
const vsix = join(repoRoot, `${manifest.name}-${manifest.version}.vsix`);
const artifacts = artifactsDir('vscode');

const isPW100At = (line: number) => (problem: Problem): boolean =>
  problem.label.startsWith('Error:') && new RegExp(`pagewarden\\W*PW100\\W*\\[Ln ${line}, Col \\d+\\]$`).test(problem.text);

describe('PageWarden in VS Code (code-server)', { timeout: 20 * 60_000 }, () => {
  let root: string | undefined;
  let profile: Profile;
  let server: RunningCodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  before(async () => {
    if (!existsSync(vsix)) throw new Error(`${vsix} is missing: run \`npm run package\` first (\`npm run test:e2e\` does)`);
    rmSync(artifacts, { recursive: true, force: true });
    mkdirSync(artifacts, { recursive: true });
    root = mkdtempSync(join(tmpdir(), 'pagewarden-e2e-'));
    profile = createProfile(root);
    const workspace = join(root, 'workspace');
    copySamples(workspace, [brokenVxd, ...cleanSamples]);
    runCodeServer(profile, ['--install-extension', vsix]);
    server = await startCodeServer(profile, workspace, join(artifacts, 'code-server.log'));
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
    page.setDefaultTimeout(UI_TIMEOUT);
    try {
      await page.goto(server.url);
      // The explorer listing the workspace means the workbench has restored its layout and takes keystrokes.
      await page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ state: 'visible' });
    } catch (error) {
      await screenshot(page, artifacts, 'workbench-did-not-load');
      throw error;
    }
  });

  afterEach(async (t) => {
    if (browser?.isConnected()) await screenshot(page, artifacts, t.name);
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  it('is installed', () => {
    const listed = runCodeServer(profile, ['--list-extensions', '--show-versions']);
    assert.match(listed, new RegExp(`^${manifest.publisher}\\.${manifest.name}@${manifest.version.replaceAll('.', '\\.')}$`, 'm'));
  });

  for (const sample of [brokenVxd, ...cleanSamples]) {
    it(`shows ${languageLabel(sample.languageId)} for ${sample.path}`, async () => {
      await openFile(page, sample.path);
      await waitForLanguageMode(page, languageLabel(sample.languageId));
    });
  }

  it(`reports PW100 on line ${brokenVxdLine} of ${brokenVxd.path}`, async () => {
    await openFile(page, brokenVxd.path);
    await showProblemsPanel(page);
    await waitForFileProblems(page, brokenVxd.path, `PW100 on line ${brokenVxdLine} of ${brokenVxd.path}`,
      (problems) => problems.some(isPW100At(brokenVxdLine)));
  });

  for (const sample of cleanSamples) {
    it(`reports no problems for ${sample.path}`, async () => {
      await showProblemsPanel(page);
      await openFile(page, sample.path);
      await proveAnalysed(page, sample);
      await runCommand(page, 'File: Revert File');
      await waitForFileProblems(page, sample.path, `no problems for ${sample.path}`, (problems) => problems.length === 0);
    });
  }
});

/**
 * An empty Problems panel alone cannot tell a clean file from one the server
 * has not analysed yet (or from a filter that misses the file). A line of
 * junk must raise PW100 first; after Revert File, the problems disappear only
 * when the server has analysed the clean text and found nothing.
 */
async function proveAnalysed(page: Page, sample: Sample): Promise<void> {
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Control+Home');
  await page.keyboard.type('@@@ ~~~');
  await waitForFileProblems(page, sample.path, `PW100 on the junk line added to ${sample.path}`,
    (problems) => problems.some(isPW100At(1)));
  await screenshot(page, artifacts, `junk-in-${sample.path}`);
}
