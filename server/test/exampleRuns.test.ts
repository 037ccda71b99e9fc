import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, it } from 'node:test';
import { DEFAULT_SETTINGS, type AnalysisSettings } from '../src/analysis/settings.js';
import { checkFile } from '../src/cli/checkFiles.js';
import { collectFiles } from '../src/cli/collectFiles.js';
import { detectLanguage } from '../src/languages/detectLanguage.js';
import { Parsers } from '../src/parsing/parsers.js';
import { listEntries, runHandler } from '../src/run/runHandler.js';
import { repoRoot } from './support/paths.js';

// Every entry point of every example file, run concretely from its default
// scenario as `pagewarden run FILE --entry NAME` and Run in emulator do. A run
// must reach the entry's return (or the kernel's refusal its scenario sets
// up) and show that path, and whatever it finds, analysis of the same file
// must report too: a run finding that check lacks is a false error of the
// run's model. On the clean corpus check reports nothing (cleanCorpus.test),
// so there every run finds nothing.

/** The one Windows 3.1 driver of the corpus, checked as such by cleanCorpus.test. */
const W31_DRIVER = 'examples/corpus/vxd-masm/fprcache.asm';

/**
 * RAMCache's Init clears the 8192 entries of the tag table it claims (the count it keeps in its
 * word-aligned workspace reads back): about 24,700 instructions, past the run's default budget.
 */
const RAMCACHE = 'examples/corpus/riscos-objasm/RAMCache/s/Module';

const settingsFor = (file: string): AnalysisSettings => {
  const name = relative(repoRoot, file);
  if (name === W31_DRIVER) return { ...DEFAULT_SETTINGS, windowsVersion: '3.1' };
  return name === RAMCACHE ? { ...DEFAULT_SETTINGS, traceMaxSteps: 30_000 } : DEFAULT_SETTINGS;
};

describe('runs of every example entry', async () => {
  const parsers = await Parsers.create();
  for (const folder of ['examples/corpus/vxd-masm', 'examples/corpus/riscos-objasm', 'examples/corpus/riscos-bbcbasic', 'examples/vxd', 'examples/riscos']) {
    it(`${folder}: each returns along a path it shows, finding only what check finds`, async () => {
      const problems: string[] = [];
      let runs = 0;
      for (const file of collectFiles([join(repoRoot, folder)])) {
        const settings = settingsFor(file);
        const checked = await checkFile(parsers, file, settings);
        const detection = detectLanguage(file, readFileSync(file));
        assert.ok(detection.kind === 'source' && 'findings' in checked && checked.text !== undefined, file);
        const document = { languageId: detection.languageId, text: checked.text, file, settings };
        const found = new Set(checked.findings.map((f) => `${f.code}@${f.range.start.line}`));
        // Check leaves an entry with a syntax error in its code unanalysed; a run refuses it.
        const unanalysed = new Set(checked.findings.filter((f) => f.code === 'PW900' && f.message.endsWith('it has a syntax error')).map((f) => f.range.start.line));
        for (const { name, range, file: elsewhere } of (await listEntries(parsers, document)).entries) {
          if (elsewhere === undefined && unanalysed.has(range.start.line)) {
            await assert.rejects(runHandler(parsers, document, { entry: name }), /has a syntax error, so it is not run/);
            continue;
          }
          const { result } = await runHandler(parsers, document, { entry: name });
          runs++;
          const where = `${relative(repoRoot, file)} ${name}`;
          if (!result.verdict.ended.startsWith('returned')) problems.push(`${where}: ended "${result.verdict.ended}"`);
          if (result.steps.length === 0) problems.push(`${where}: no steps shown`);
          for (const f of result.verdict.findings) {
            if (!found.has(`${f.code}@${f.range.start.line}`)) problems.push(`${where}: ${f.code} at line ${f.range.start.line + 1} is not among check's findings: ${f.message}`);
          }
        }
      }
      assert.deepEqual(problems, []);
      assert.ok(runs >= 5, `${runs} runs`);
    });
  }
});
