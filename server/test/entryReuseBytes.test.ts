import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import type { Finding, LineRegisterFacts, RegisterValue } from '../../emulator/src/index.js';
import { generateSource } from '../bench/generateSources.js';
import { analyseSource, reportFindings } from '../src/analysis/analyseSource.js';
import { EntryCache, type AnalysisStatistics } from '../src/analysis/entryCache.js';
import { RegisterCollector } from '../src/analysis/registerCollector.js';
import { RunFindings } from '../src/analysis/runFindings.js';
import { DEFAULT_SETTINGS } from '../src/analysis/settings.js';
import { ReportBatches } from '../src/analysis/worker/reportBatches.js';
import { previousLines, SentReplies } from '../src/analysis/worker/sentReplies.js';
import { readFromDisk } from '../src/lowering/includeResolution.js';
import { SyntaxTrees } from '../src/lowering/syntaxTrees.js';
import { WorkerMirror } from '../src/lsp/workerMirror.js';
import { DocumentTrees } from '../src/parsing/documentTrees.js';
import { sharedParsers } from './lowering-objasm-support.js';
import { insertLine, linesMatching, Random, replaced, type Change } from './support/editedDocuments.js';
import { repoRoot } from './support/paths.js';
import { TWO_MODULES } from './support/twoModules.js';

// An instruction inserted into or removed from ObjAsm code moves the code
// after it on by its size: the entries that reach that code are analysed
// again, and those that reach none of it keep their results, a dynamic-area
// handler's with them as long as its area's pool kind is the same. Whatever
// was kept, the document's state after each edit must be a fresh analysis's
// of the same text: the findings (with their notes, witnesses and PW900
// notes) as the server sums them up from the worker's replies, the register
// listing the worker's collector makes, and the register values the server
// reads back from the replies for the hover.

const LANGUAGE = 'riscos-objasm';

/** What a document's analysis left: as the language server holds it, and how much of it was run again. */
interface State {
  readonly findings: readonly Finding[];
  readonly listing: readonly LineRegisterFacts[];
  /** The register values of the document's lines as the server reads them from the worker's replies, by line. */
  readonly shown: readonly (readonly [number, readonly RegisterValue[]])[];
  readonly statistics: AnalysisStatistics;
}

/** One open document as the analysis worker keeps it and the server mirrors its replies: each edit analysed with what the last run kept. */
class KeptDocument {
  private readonly cache = new EntryCache();
  private readonly syntaxTrees = new SyntaxTrees();
  private readonly registers = new RegisterCollector(LANGUAGE);
  private readonly sent = new SentReplies();
  private readonly mirror = new WorkerMirror();
  private text = '';

  private constructor(private readonly trees: DocumentTrees, readonly file: string) {}

  static async open(file: string, text: string): Promise<{ document: KeptDocument; state: State }> {
    const document = new KeptDocument(new DocumentTrees(await sharedParsers()), file);
    return { document, state: await document.update({ text }) };
  }

  get current(): string {
    return this.text;
  }

  edit(change: Change): Promise<State> {
    return this.update({ changes: [change] });
  }

  private async update(content: { text: string } | { changes: readonly Change[] }): Promise<State> {
    const parsed = await this.trees.update(this.file, LANGUAGE, content);
    assert.ok('tree' in parsed, 'the text is parsed');
    this.text = parsed.text;
    this.cache.begin();
    this.registers.begin();
    const found = new RunFindings();
    const send = (reports: Parameters<SentReplies['reports']>[0]): void => found.merge(this.mirror.reports(this.sent.reports(reports)));
    const batches = new ReportBatches(send, this.sent.silent);
    await reportFindings(parsed.tree, {
      languageId: LANGUAGE, text: parsed.text, file: this.file, cache: this.cache, syntaxTrees: this.syntaxTrees, registers: this.registers, readFile: readFromDisk,
      ...(parsed.changes ? { treeChanges: parsed.changes } : {}),
    }, batches);
    send(batches.rest());
    const moved = 'changes' in content ? previousLines(content.changes) : (line: number): number => line;
    const listing = this.registers.of(this.file);
    const shown = this.mirror.done(this.sent.done([[this.file, listing]], (file, line) => (file === this.file ? moved(line) : line))).get(this.file);
    return { findings: found.settled(parsed.text, DEFAULT_SETTINGS), listing, shown: [...(shown ?? [])].sort(([a], [b]) => a - b), statistics: this.cache.statistics };
  }
}

/** A fresh analysis of `text`: nothing kept from before. */
async function fresh(file: string, text: string): Promise<Omit<State, 'statistics'>> {
  const registers = new RegisterCollector(LANGUAGE);
  registers.begin();
  const findings = await analyseSource(await sharedParsers(), { languageId: LANGUAGE, text, file, registers, readFile: readFromDisk });
  const listing = registers.of(file);
  return { findings, listing, shown: listing.map((facts) => [facts.line, facts.values] as const).sort(([a], [b]) => a - b) };
}

/** Checks the document's state against a fresh analysis of its text; the entries it analysed again. */
async function checked(document: KeptDocument, state: State, what: string): Promise<number> {
  const expected = await fresh(document.file, document.current);
  assert.deepEqual(state.findings, expected.findings, `${what}: findings`);
  assert.deepEqual(state.listing, expected.listing, `${what}: the register listing`);
  assert.deepEqual(state.shown, expected.shown, `${what}: the register values the server holds`);
  return state.statistics.analysed;
}

const INSTRUCTIONS = ['\tMOV\tr0, r0', '\tMOV\tr9, r9', '\tADD\tr1, r1, #0\n\tMOV\tr0, r0'];

/**
 * One random edit, most of them moving the code after them by bytes: one
 * or two instructions inserted before an instruction (above, inside or
 * below a handler, wherever the instruction is) or anywhere, an instruction
 * removed; else a comment line inserted or a comment appended, which move
 * only lines.
 */
function byteEdit(text: string, random: Random): { change: Change; what: string; bytes: boolean } {
  const lines = text.split('\n');
  const code = linesMatching(lines, /^\w*\s+(MOV|ADD|SUB|LDR|STR|CMP|TEQ|SWI|BL?|ADR)\s/i);
  const anywhere = random.below(Math.max(1, lines.length - 1));
  const row = random.pick(code) ?? anywhere;
  const instruction = random.pick(INSTRUCTIONS) as string;
  switch (random.below(8)) {
    case 0: return { change: insertLine(anywhere, instruction), what: `instruction at line ${anywhere}`, bytes: true };
    case 1: case 2: case 3: return { change: insertLine(row, instruction), what: `instruction before line ${row}`, bytes: true };
    case 4: case 5: {
      // Unlabelled instructions only, so that no name goes undefined.
      const plain = random.pick(code.filter((r) => /^\s/.test(lines[r] ?? ''))) ?? row;
      return { change: { range: { start: { line: plain, character: 0 }, end: { line: plain + 1, character: 0 } }, text: '' }, what: `instruction at line ${plain} removed`, bytes: true };
    }
    case 6: return { change: insertLine(anywhere, '; a new line'), what: `comment line at ${anywhere}`, bytes: false };
    default: {
      const end = { line: row, character: (lines[row] ?? '').length };
      return { change: { range: { start: end, end }, text: ' ; edited' }, what: `comment appended at line ${row}`, bytes: false };
    }
  }
}

const TWO_MODULES_FILE = '/work/two/s/TwoMods';

describe('ObjAsm edits that move code by bytes', { timeout: 600_000 }, () => {
  test('an instruction before a dynamic-area handler runs again the entries that reach it or lie after it, and no other', async () => {
    const { document, state } = await KeptDocument.open(TWO_MODULES_FILE, TWO_MODULES);
    assert.deepEqual(state.statistics, { analysed: 8, reused: 0 });
    const after = await document.edit(replaced(document.current, '        STR     r0, [r12]\n        MOV     pc, lr', '        STR     r0, [r12]\n        MOV     r9, r9\n        MOV     pc, lr'));
    // Final, Service, SWIs and Info lie before the insertion and reach neither it nor the handler; Init calls Clear and names Handler.
    assert.deepEqual(after.statistics, { analysed: 4, reused: 4 });
    await checked(document, after, 'instruction in Clear');
  });

  test('a creation that makes the handler\'s area a physical memory pool runs the handler again', async () => {
    const { document } = await KeptDocument.open(TWO_MODULES_FILE, TWO_MODULES);
    const after = await document.edit(replaced(document.current, '        MOV     r4, #0\n', '        MOV     r4, #1 :SHL: 20\n'));
    // Init, whose code changed, and the handler, whose pool kind did.
    assert.deepEqual(after.statistics, { analysed: 2, reused: 6 });
    await checked(document, after, 'pool flag');
  });

  const sources: readonly (readonly [string, string])[] = [
    [TWO_MODULES_FILE, TWO_MODULES],
    ...['RAMCache/s/Module', 'FramePool/s/Pool'].map((path): [string, string] => {
      const file = join(repoRoot, 'examples', 'corpus', LANGUAGE, path);
      return [file, readFileSync(file, 'utf8')];
    }),
    [join(repoRoot, 'examples', 'corpus', LANGUAGE, 'generated.s'), generateSource(LANGUAGE, 700)],
  ];
  for (const [index, [file, text]] of sources.entries()) {
    test(`random instructions inserted and removed in ${file.slice(file.lastIndexOf('/') + 1)} leave what a fresh analysis finds, and keep entries`, async () => {
      const { document, state } = await KeptDocument.open(file, text);
      await checked(document, state, 'the open');
      const random = new Random(7919 * (index + 1));
      let kept = 0;
      for (let n = 0; n < 12; n++) {
        const { change, what, bytes } = byteEdit(document.current, random);
        const after = await document.edit(change);
        await checked(document, after, `edit ${n}: ${what}`);
        if (bytes) kept += after.statistics.reused;
      }
      assert.ok(kept > 0, 'edits that moved code by bytes kept some entries\' results');
    });
  }
});
