import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import { LspClient } from './support/lspClient.js';
import { distFile, repoRoot } from './support/paths.js';
import { runCli, type JsonFinding } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// A file that includes itself, or an include cycle without guards, is a
// mistake MASM and ObjAsm never finish reading. The include that closes the
// cycle is noted (PW103) and not read again; the rest of the file is
// analysed as usual, by the CLI and by the language server. A cycle its
// guards (IFNDEF, `[ :LNOT: :DEF:`) end is read as the assemblers read it.

const example = (path: string): string => readFileSync(join(repoRoot, 'examples', path), 'latin1');
const DMABUF = example('vxd/DMABUF.ASM');
const MODULE = example('riscos/DynCache/s/Module');
const HANDLER = example('riscos/DynCache/s/Handler');

/** `text` with `lines` put after its line `after` (1-based). */
function inserted(text: string, after: number, ...lines: string[]): string {
  const all = text.split('\n');
  all.splice(after, 0, ...lines);
  return all.join('\n');
}

function tree(files: Record<string, string>): string {
  const root = tempDir('pagewarden-include-cycles-');
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(root, name, '..'), { recursive: true });
    writeFileSync(join(root, name), content, 'latin1');
  }
  return root;
}

/** `file:line code` of each finding of `pagewarden check ARGS` in `cwd`, sorted. */
function findings(args: readonly string[], cwd: string): string[] {
  const run = runCli(['check', '--format', 'json', ...args], cwd);
  assert.equal(run.stderr, '');
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.map((f) => `${f.file}:${f.line} ${f.code}`).sort();
}

/** `findings` with those in `file` from line `from` on moved down a line, as a line put before `from` moves them. */
function moved(list: readonly string[], file: string, from: number): string[] {
  return list.map((f) => {
    const [, at, line, code] = /^(.*):(\d+) (\w+)$/.exec(f) ?? [];
    return at === file && Number(line) >= from ? `${at}:${Number(line) + 1} ${code ?? ''}` : f;
  }).sort();
}

/** The PW103 findings of `pagewarden check ARGS` in `cwd`, as `file:line message`. */
function unresolved(args: readonly string[], cwd: string): string[] {
  const run = runCli(['check', '--format', 'json', ...args], cwd);
  return (JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings.filter((f) => f.code === 'PW103').map((f) => `${f.file}:${f.line} ${f.message}`);
}

/** An ObjAsm module that GETs `s.NAME` for each of `names`, in order. */
const objAsmRoot = (...names: string[]): string =>
  ['        AREA    |Root$$Code|, CODE, READONLY', ...names.map((n) => `        GET     s.${n}`), 'Start   MOV     pc, lr', '        END', ''].join('\n');
/** `s.A` and `s.B`, each of which GETs the other, unguarded. */
const objAsmPair = (a: string, b: string): Record<string, string> => ({
  [`s/${a}`]: `        GET     s.${b}\n${a}Val    *       1\n        END\n`, [`s/${b}`]: `        GET     s.${a}\n${b}Val    *       2\n        END\n`,
});

describe('pagewarden check: include cycles', () => {
  const vxdAlone = findings(['DMABUF.ASM'], tree({ 'DMABUF.ASM': DMABUF }));
  const moduleAlone = findings(['s/Module'], tree({ 's/Module': MODULE, 's/Handler': HANDLER }));

  test('the examples the cases start from have findings of their own', () => {
    assert.ok(vxdAlone.length >= 3 && !vxdAlone.some((f) => f.endsWith('PW103')), vxdAlone.join('\n'));
    assert.ok(moduleAlone.some((f) => f.endsWith('PW312')) && moduleAlone.some((f) => f.endsWith('PW311')), moduleAlone.join('\n'));
  });

  test('a VxD source that includes itself: the include is noted, the rest analysed as without it', () => {
    const root = tree({ 'DMABUF.ASM': inserted(DMABUF, 11, '        include dmabuf.asm') });
    assert.deepEqual(findings(['DMABUF.ASM'], root), [...moved(vxdAlone, 'DMABUF.ASM', 12), 'DMABUF.ASM:12 PW103'].sort());
    assert.deepEqual(unresolved(['DMABUF.ASM'], root), [
      'DMABUF.ASM:12 Include file dmabuf.asm is this file itself, which would include itself without end: it is not read again; analysis goes on without it',
    ]);
  });

  test('a cycle through a header on the include paths is noted where it closes, checked alone or with the header', () => {
    const root = tree({ 'DMABUF.ASM': inserted(DMABUF, 11, '        include loop.inc'), 'inc/loop.inc': '; pulls the driver back in by mistake\n        include ../DMABUF.ASM\n' });
    const expected = [...moved(vxdAlone, 'DMABUF.ASM', 12), 'inc/loop.inc:2 PW103'].sort();
    assert.deepEqual(findings(['--include-path', 'inc', 'DMABUF.ASM'], root), expected);
    assert.deepEqual(unresolved(['--include-path', 'inc', 'DMABUF.ASM'], root), [
      'inc/loop.inc:2 Include file ../DMABUF.ASM closes an include cycle (DMABUF.ASM, which includes loop.inc, which includes DMABUF.ASM again): it is not read again; analysis goes on without it',
    ]);
    // Each file of a cycle nothing else includes is analysed, the cycle noted in each one's reading of it. The
    // procedure with a syntax error is noted once, by the driver's own analysis, which skips it whole, not again
    // where the reading through the header stopped in it.
    const checks = (list: readonly string[]) => list.filter((f) => !f.endsWith('PW900'));
    const all = findings(['--include-path', 'inc', '.'], root);
    assert.deepEqual(checks(all), checks([...expected, 'DMABUF.ASM:12 PW103'].sort()));
    assert.deepEqual(all.filter((f) => f.endsWith('PW900')), ['DMABUF.ASM:53 PW900']);
  });

  test('a cycle of two files checked together: a procedure with a syntax error is noted once, however the files are named', () => {
    const root = tree({
      'a.asm': '.386p\ninclude vmm.inc\ninclude b.asm\nBeginProc Foo\n        ret\nEndProc Foo\n',
      'b.asm': 'include a.asm\nBeginProc Bar\n        mov eax, [ebx\n        ret\nEndProc Bar\n',
    });
    for (const args of [['.'], ['b.asm', 'a.asm'], ['--jobs', '2', 'a.asm', 'b.asm']]) {
      assert.deepEqual(findings(args, root), ['a.asm:3 PW103', 'b.asm:1 PW103', 'b.asm:2 PW900', 'b.asm:3 PW100'], args.join(' '));
    }
    // Without the syntax error there is nothing to note but the cycle.
    const clean = tree({
      'a.asm': '.386p\ninclude vmm.inc\ninclude b.asm\nBeginProc Foo\n        ret\nEndProc Foo\n',
      'b.asm': 'include a.asm\nBeginProc Bar\n        mov eax, [ebx]\n        ret\nEndProc Bar\n',
    });
    assert.deepEqual(findings(['.'], clean), ['a.asm:3 PW103', 'b.asm:1 PW103']);
  });

  test('a cycle the root enters twice, through each of its files, is noted once, where it first closes; another cycle is noted too', () => {
    const pair = (a: string, b: string): Record<string, string> => ({ [`${a}.inc`]: `include ${b}.inc\n${a}Val EQU 1\n`, [`${b}.inc`]: `include ${a}.inc\n${b}Val EQU 2\n` });
    const root = tree({ 'root.asm': 'include a.inc\ninclude b.inc\n', ...pair('a', 'b') });
    for (const args of [['root.asm'], ['.']]) assert.deepEqual(findings(args, root), ['b.inc:1 PW103'], args.join(' '));
    // Two cycles are two mistakes, each entered twice.
    const two = tree({ 'root.asm': 'include a.inc\ninclude b.inc\ninclude c.inc\ninclude d.inc\n', ...pair('a', 'b'), ...pair('c', 'd') });
    assert.deepEqual(findings(['root.asm'], two), ['b.inc:1 PW103', 'd.inc:1 PW103']);
  });

  test('a cycle its IFNDEF guards end is read as MASM reads it, with nothing to note', () => {
    const guarded = (name: string, other: string, value: string): string => `IFNDEF ${name}_INC\n${name}_INC EQU 1\n        include ${other}.inc\n${value}\nENDIF\n`;
    const root = tree({
      'DMABUF.ASM': inserted(DMABUF, 11, '        include ga.inc'),
      'inc/ga.inc': guarded('GA', 'gb', 'GA_PAGES EQU 4'),
      'inc/gb.inc': guarded('GB', 'ga', 'GB_PAGES EQU GA_PAGES'),
    });
    assert.deepEqual(findings(['--include-path', 'inc', 'DMABUF.ASM'], root), moved(vxdAlone, 'DMABUF.ASM', 12));
    // The headers, checked too, are analysed in the driver that includes them.
    assert.deepEqual(findings(['--include-path', 'inc', '.'], root), moved(vxdAlone, 'DMABUF.ASM', 12));
  });

  test('an ObjAsm GET that closes a cycle is noted, and the module analysed as without it', () => {
    const root = tree({ 's/Module': MODULE, 's/Handler': inserted(HANDLER, 11, '        GET     s.Module') });
    assert.deepEqual(findings(['s/Module'], root), [...moved(moduleAlone, 's/Handler', 12), 's/Handler:12 PW103'].sort());
    const self = tree({ 's/Module': inserted(MODULE, 11, '        GET     s.Module'), 's/Handler': HANDLER });
    assert.deepEqual(findings(['s/Module'], self), [...moved(moduleAlone, 's/Module', 12), 's/Module:12 PW103'].sort());
  });

  test('an ObjAsm cycle the root enters twice, through each of its files, is noted once, where it first closes; another cycle is noted too', () => {
    const root = tree({ 's/Root': objAsmRoot('A', 'B'), ...objAsmPair('A', 'B') });
    for (const args of [['s/Root'], ['.']]) assert.deepEqual(findings(args, root), ['s/B:1 PW103'], args.join(' '));
    const two = tree({ 's/Root': objAsmRoot('A', 'B', 'C', 'D'), ...objAsmPair('A', 'B'), ...objAsmPair('C', 'D') });
    assert.deepEqual(findings(['s/Root'], two), ['s/B:1 PW103', 's/D:1 PW103']);
  });

  test('an ObjAsm cycle its guards end is read as ObjAsm reads it, with nothing to note', () => {
    const guarded = (name: string, other: string): string => `        [ :LNOT: :DEF: ${name}_Guard\n        GBLL    ${name}_Guard\n        GET     s.${other}\n        ]\n        END\n`;
    const root = tree({ 's/Module': inserted(MODULE, 11, '        GET     s.Defs'), 's/Handler': HANDLER, 's/Defs': guarded('Defs', 'Defs2'), 's/Defs2': guarded('Defs2', 'Defs') });
    assert.deepEqual(findings(['s/Module'], root), moved(moduleAlone, 's/Module', 12));
  });
});

describe('the language server: a document that includes itself', { timeout: 120_000 }, () => {
  const text = inserted(DMABUF, 11, '        include DMABUF.ASM');
  const root = tree({ 'DMABUF.ASM': text });
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('publishes the note on the include and the findings of the rest, as pagewarden check does', async () => {
    const uri = pathToFileURL(join(root, 'DMABUF.ASM')).href;
    const published = await client.open(uri, 'vxd-masm', text);
    const codes = published.diagnostics.map((d) => `DMABUF.ASM:${d.range.start.line + 1} ${String(d.code)}`).sort();
    assert.deepEqual(codes, findings(['DMABUF.ASM'], root));
    assert.ok(codes.includes('DMABUF.ASM:12 PW103') && codes.length > 1, codes.join('\n'));
  });
});

describe('the language server: both files of an include cycle open', { timeout: 120_000 }, () => {
  // Each file's note on the include that closes the cycle is found by the other file's analysis, which reads it
  // second: with both open, each shows its own analysis's findings and that note, as pagewarden check does.
  const A = '.386p\ninclude vmm.inc\ninclude b.asm\nBeginProc Foo\n        ret\nEndProc Foo\n';
  const B = 'include a.asm\nBeginProc Bar\n        mov eax, [ebx\n        ret\nEndProc Bar\n';
  const root = tree({ 'a.asm': A, 'b.asm': B });
  const a = pathToFileURL(join(root, 'a.asm')).href;
  const b = pathToFileURL(join(root, 'b.asm')).href;
  const expected = findings(['.'], root);
  const clients: LspClient[] = [];

  const started = async (): Promise<LspClient> => {
    const client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    clients.push(client);
    await client.initialize([pathToFileURL(root).href]);
    return client;
  };
  /** The diagnostics last published for `uri`, as `file:line code`. */
  const shown = (client: LspClient, uri: string): string[] => {
    const name = uri.slice(uri.lastIndexOf('/') + 1);
    return (client.publications(uri).at(-1)?.diagnostics ?? []).map((d) => `${name}:${d.range.start.line + 1} ${String(d.code)}`).sort();
  };
  const inFile = (name: string): string[] => expected.filter((f) => f.startsWith(`${name}:`));

  after(async () => {
    for (const client of clients) await client.shutdown();
  });

  test('pagewarden check notes the cycle in each file, and the syntax error once', () => {
    assert.deepEqual(expected, ['a.asm:3 PW103', 'b.asm:1 PW103', 'b.asm:2 PW900', 'b.asm:3 PW100']);
  });

  test('each shows its note and its own findings once; closing one takes its note from the other', async () => {
    const client = await started();
    assert.deepEqual((await client.open(a, 'vxd-masm', A)).diagnostics, []);
    // a's findings are published again, with b's note in it, before b's complete ones are answered for.
    await client.open(b, 'vxd-masm', B);
    assert.deepEqual(shown(client, a), inFile('a.asm'));
    assert.deepEqual(shown(client, b), inFile('b.asm'));
    const published = client.nextPublication(a);
    await client.close(b);
    assert.deepEqual((await published).diagnostics, []);
  });

  test('opened the other way round, the one opened first gets its note once the other is analysed', async () => {
    const client = await started();
    await client.open(b, 'vxd-masm', B);
    assert.deepEqual(shown(client, b), ['b.asm:2 PW900', 'b.asm:3 PW100']);
    await client.open(a, 'vxd-masm', A);
    assert.deepEqual(shown(client, a), inFile('a.asm'));
    assert.deepEqual(shown(client, b), inFile('b.asm'));
  });
});

describe('the language server: an include that closes the cycle along two paths', { timeout: 120_000 }, () => {
  // a includes b and c, c includes b, and b includes a: a's reading reads b twice, directly and through c, and its
  // include of a closes a cycle each time, along another path. pagewarden check lists both readings' notes; the
  // editor shows a place's note once, the shortest cycle's.
  const A = '.386p\ninclude vmm.inc\ninclude b.asm\ninclude c.asm\nBeginProc Foo\n        ret\nEndProc Foo\n';
  const B = 'include a.asm\nBeginProc Bar\n        ret\nEndProc Bar\n';
  const C = 'include b.asm\nBeginProc Baz\n        ret\nEndProc Baz\n';
  const root = tree({ 'a.asm': A, 'b.asm': B, 'c.asm': C });
  const a = pathToFileURL(join(root, 'a.asm')).href;
  const b = pathToFileURL(join(root, 'b.asm')).href;
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('pagewarden check of a notes the include in b once for each path', () => {
    assert.deepEqual(unresolved(['a.asm'], root).map((f) => `${f.slice(0, f.indexOf(' '))} ${/\(.*\)/.exec(f)?.[0] ?? ''}`), [
      'b.asm:1 (a.asm, which includes b.asm, which includes a.asm again)',
      'b.asm:1 (a.asm, which includes c.asm, which includes b.asm, which includes a.asm again)',
    ]);
  });

  test('with a and b open, b shows the note on its include once, the shortest cycle', async () => {
    await client.open(a, 'vxd-masm', A);
    const published = await client.open(b, 'vxd-masm', B);
    assert.deepEqual(published.diagnostics.map((d) => `b.asm:${d.range.start.line + 1} ${String(d.code)} ${d.message}`), [
      'b.asm:1 PW103 Include file a.asm closes an include cycle (a.asm, which includes b.asm, which includes a.asm again): it is not read again; analysis goes on without it',
    ]);
    assert.deepEqual(client.publications(a).at(-1)?.diagnostics.map((d) => `a.asm:${d.range.start.line + 1} ${String(d.code)}`), ['a.asm:3 PW103']);
  });
});

describe('the language server: a fragment edited into its root\'s include cycle, and out again', { timeout: 120_000 }, () => {
  // Opened alone, a file x.asm includes is analysed through x.asm. Once it includes x.asm too, the two are a cycle,
  // each file a program of its own, as pagewarden check analyses it and as the editor does when it is opened so:
  // its own edit decides that, and no other open document's.
  const X = '.386p\ninclude vmm.inc\ninclude frag.inc\nBeginProc Foo\n        ret\nEndProc Foo\n';
  const FRAG = 'BeginProc Bar\n        mov eax, [ebx\n        ret\nEndProc Bar\n';
  const CYCLIC = `include x.asm\n${FRAG}`;
  const root = tree({ 'x.asm': X, 'frag.inc': FRAG });
  const frag = pathToFileURL(join(root, 'frag.inc')).href;
  const x = pathToFileURL(join(root, 'x.asm')).href;
  /** What pagewarden check reports, by file, with frag.inc's text `text`. */
  const checked = (text: string, file: string): string[] => findings(['frag.inc'], tree({ 'x.asm': X, 'frag.inc': text })).filter((f) => f.startsWith(`${file}:`));
  const shown = (published: { diagnostics: { range: { start: { line: number } }; code?: number | string }[] } | undefined, name: string): string[] =>
    (published?.diagnostics ?? []).map((d) => `${name}:${d.range.start.line + 1} ${String(d.code)}`).sort();
  let client: LspClient;

  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });

  test('pagewarden check analyses the fragment through x.asm, and the cycle file on its own', () => {
    assert.deepEqual(checked(FRAG, 'frag.inc'), ['frag.inc:2 PW100', 'frag.inc:2 PW900']);
    assert.deepEqual(checked(CYCLIC, 'frag.inc'), ['frag.inc:3 PW100', 'frag.inc:2 PW900'].sort());
    assert.deepEqual(checked(CYCLIC, 'x.asm'), ['x.asm:3 PW103']);
  });

  test('the fragment edited to include x.asm is analysed on its own, x.asm showing its note; edited back, through x.asm again', async () => {
    assert.deepEqual(shown(await client.open(frag, 'vxd-masm', FRAG), 'frag.inc'), checked(FRAG, 'frag.inc'));
    const cyclic = client.nextDiagnostics(frag);
    await client.change(frag, 2, CYCLIC);
    const own = await cyclic;
    assert.equal(own.version, 2);
    assert.deepEqual(shown(own, 'frag.inc'), checked(CYCLIC, 'frag.inc'));
    // Its own analysis reads x.asm, where its include closes the cycle: x.asm, closed, shows that note.
    assert.deepEqual(shown(client.publications(x).at(-1), 'x.asm'), checked(CYCLIC, 'x.asm'));
    const back = client.nextDiagnostics(frag);
    await client.change(frag, 3, FRAG);
    assert.deepEqual(shown(await back, 'frag.inc'), checked(FRAG, 'frag.inc'));
    assert.deepEqual(shown(client.publications(x).at(-1), 'x.asm'), []);
  });
});

type Edit = { range: { start: { line: number; character: number }; end: { line: number; character: number } }; text: string };

/**
 * A language server over `root` (its own, started and shut down with the suite): `open` opens `main` and gives
 * its diagnostics, `noted` the PW103s last published for `included` as `name:line`, `edited` applies changes to
 * `main` and waits for its diagnostics of that version.
 */
function cycleEditor(root: string, main: string, included: readonly string[]): {
  open(dialect: string, text: string): Promise<unknown[]>;
  noted(): string[];
  edited(version: number, ...changes: Edit[]): Promise<void>;
} {
  const uri = (name: string): string => pathToFileURL(join(root, name)).href;
  let client: LspClient;
  before(async () => {
    client = LspClient.start(process.execPath, [distFile('server.js'), '--stdio']);
    await client.initialize([pathToFileURL(root).href]);
  });
  after(async () => {
    await client.shutdown();
  });
  return {
    open: async (dialect, text) => (await client.open(uri(main), dialect, text)).diagnostics,
    noted: () => included.flatMap((name) => (client.publications(uri(name)).at(-1)?.diagnostics ?? [])
      .filter((d) => d.code === 'PW103').map((d) => `${name}:${d.range.start.line + 1}`)),
    edited: async (version, ...changes) => {
      const published = client.nextDiagnostics(uri(main));
      await client.edit(uri(main), version, changes);
      assert.equal((await published).version, version);
    },
  };
}

/** The start of `line`. */
const at = (line: number): { line: number; character: number } => ({ line, character: 0 });

describe('the language server: an ObjAsm module whose routines enter one cycle twice', { timeout: 120_000 }, () => {
  // First GETs s.A and Second s.B, which GET each other: the cycle closes in s.B and again in s.A, and is noted
  // once, where it first closes, after each edit too (the passes keep and restore their notes as they resume).
  const ROOT = [
    '        AREA    |Root$$Code|, CODE, READONLY',
    'First   ROUT', '        GET     s.A', '        MOV     r0, #AVal', '        MOV     pc, lr',
    'Second  ROUT', '        GET     s.B', '        MOV     r0, #BVal', '        MOV     pc, lr',
    '        END', '',
  ].join('\n');
  const root = tree({ 's/Root': ROOT, ...objAsmPair('A', 'B') });
  const { open, noted, edited } = cycleEditor(root, 's/Root', ['s/A', 's/B']);

  test('pagewarden check notes the cycle once', () => {
    assert.deepEqual(findings(['s/Root'], root), ['s/B:1 PW103']);
  });

  test('the editor shows that one note, after an edit above both GETs, without the first GET and with it again', async () => {
    assert.deepEqual(await open('riscos-objasm', ROOT), []);
    assert.deepEqual(noted(), ['s/B:1']);
    await edited(2, { range: { start: at(2), end: at(2) }, text: '        MOV     r1, r1\n' });
    assert.deepEqual(noted(), ['s/B:1']);
    // Without First's GET, Second's reading closes the cycle first, in s.A.
    await edited(3, { range: { start: at(3), end: at(4) }, text: '' });
    assert.deepEqual(noted(), ['s/A:1']);
    await edited(4, { range: { start: at(3), end: at(3) }, text: '        GET     s.A\n' });
    assert.deepEqual(noted(), ['s/B:1']);
  });
});

describe('the language server: a VxD source whose procedures enter one cycle twice', { timeout: 120_000 }, () => {
  // First includes a.inc and Second b.inc, which include each other: the cycle closes in b.inc and again in a.inc,
  // and is noted once, where it first closes, after each edit too (chunks the lowering keeps and lowers again).
  const ROOT = [
    '.386p', 'include vmm.inc',
    'BeginProc First', 'include a.inc', '        mov eax, aVal', '        ret', 'EndProc First',
    'BeginProc Second', 'include b.inc', '        mov eax, bVal', '        ret', 'EndProc Second', '',
  ].join('\n');
  const root = tree({ 'root.asm': ROOT, 'a.inc': 'include b.inc\naVal EQU 1\n', 'b.inc': 'include a.inc\nbVal EQU 2\n' });
  const { open, noted, edited } = cycleEditor(root, 'root.asm', ['a.inc', 'b.inc']);

  test('pagewarden check notes the cycle once', () => {
    assert.deepEqual(findings(['root.asm'], root), ['b.inc:1 PW103']);
  });

  test('the editor shows that one note, after an edit above both includes, without the first include and with it again', async () => {
    assert.deepEqual(await open('vxd-masm', ROOT), []);
    assert.deepEqual(noted(), ['b.inc:1']);
    await edited(2, { range: { start: at(2), end: at(2) }, text: '; a comment\n' });
    assert.deepEqual(noted(), ['b.inc:1']);
    // Without First's include, Second's reading closes the cycle first, in a.inc.
    await edited(3, { range: { start: at(4), end: at(5) }, text: '' });
    assert.deepEqual(noted(), ['a.inc:1']);
    await edited(4, { range: { start: at(4), end: at(4) }, text: 'include a.inc\n' });
    assert.deepEqual(noted(), ['b.inc:1']);
  });
});
