import assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { Ajv, type ValidateFunction } from 'ajv';
import type { Location, Log, Result, Run } from 'sarif';
import { repoRoot } from './support/paths.js';
import { runCli } from './support/runCli.js';
import { tempDir } from './support/tempDir.js';

// The SARIF 2.1.0 schema as Microsoft's SARIF SDK ships it (2.1.0-rtm.5, the
// schema SchemaStore serves for 2.1.0). It is written in JSON Schema draft-04,
// whose only construct this schema uses that Ajv 8 reads differently is `id`;
// its `language` pattern has a stray `]` that only a non-Unicode RegExp accepts.
function sarifValidator(): ValidateFunction {
  const require = createRequire(import.meta.url);
  const path = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
  const { id, ...schema } = JSON.parse(readFileSync(path, 'utf8')) as Record<string, unknown>;
  delete schema.$schema;
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  // SARIF requires absolute URIs where the schema says "uri" (helpUri, informationUri, originalUriBaseIds).
  ajv.addFormat('uri', /^[A-Za-z][A-Za-z0-9+.-]*:[^\s]*$/);
  ajv.addFormat('uri-reference', /^[^\s]*$/);
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  return ajv.compile({ $id: id as string, ...schema });
}

function sarif(args: readonly string[], cwd = repoRoot): Log {
  const run = runCli(['check', '--format', 'sarif', ...args], cwd);
  assert.ok(run.status === 0 || run.status === 1, run.stderr);
  return JSON.parse(run.stdout) as Log;
}

function onlyRun(log: Log): Run {
  assert.equal(log.runs.length, 1);
  return log.runs[0] as Run;
}

function place(location: Location | undefined): string {
  const physical = location?.physicalLocation;
  return `${physical?.artifactLocation?.uri}:${physical?.region?.startLine}:${physical?.region?.startColumn}`;
}

const FREECACH = readFileSync(join(repoRoot, 'examples/vxd/FREECACH.ASM'), 'utf8');

describe('--format sarif', () => {
  let validate: ValidateFunction;
  let log: Log;
  before(() => {
    validate = sarifValidator();
    log = sarif(['examples/vxd', 'examples/riscos']);
  });

  test('the log of the examples is valid against the SARIF 2.1.0 schema', () => {
    assert.equal(validate(log), true, JSON.stringify(validate.errors, null, 2));
  });

  test('the schema check rejects what SARIF forbids', () => {
    const broken = structuredClone(log);
    const run = onlyRun(broken);
    delete (run.results?.[0] as Partial<Result>).message;
    (run.tool.driver.rules?.[0] as { helpUri?: string }).helpUri = 'docs/checks/PW100.md';
    assert.equal(validate(broken), false);
    const complaints = (validate.errors ?? []).map((e) => e.instancePath);
    assert.ok(complaints.some((p) => p.endsWith('/results/0')), 'a result needs a message');
    assert.ok(complaints.some((p) => p.endsWith('/rules/0/helpUri')), 'helpUri must be absolute');
  });

  test('rules carry the catalogue: slug, title, the page summary and the default level', () => {
    const rules = onlyRun(log).tool.driver.rules ?? [];
    const pw220 = rules.find((r) => r.id === 'PW220');
    assert.equal(pw220?.name, 'lost-physical-page');
    assert.equal(pw220?.shortDescription?.text, 'A physical page taken from a free physical region is lost');
    assert.match(pw220?.fullDescription?.text ?? '', /^A free physical region is a run of linear pages .* are the only record .* Default severity: error\.$/);
    assert.match(pw220?.help?.markdown ?? '', /Default severity:\s+\*\*error\*\*\.$/);
    assert.equal(pw220?.defaultConfiguration?.level, 'error');
    assert.equal(rules.find((r) => r.id === 'PW900')?.defaultConfiguration?.level, 'note');
    // A file URL into the package would not resolve on a code-scanning server.
    assert.ok(rules.every((r) => r.helpUri === undefined && r.help !== undefined));
  });

  test('the run says how columns count and what was invoked', () => {
    const run = onlyRun(log);
    assert.equal(run.columnKind, 'utf16CodeUnits');
    assert.deepEqual(run.invocations?.[0]?.arguments, ['check', '--format', 'sarif', 'examples/vxd', 'examples/riscos']);
    assert.equal(run.invocations?.[0]?.executionSuccessful, true);
    assert.match(run.originalUriBaseIds?.SRCROOT?.uri ?? '', /^file:\/\/.*\/$/);
  });

  test('path notes become related locations and one code flow ending at the finding', () => {
    const results = onlyRun(log).results ?? [];
    const withNotes = results.filter((r) => (r.relatedLocations?.length ?? 0) > 0);
    const files = new Set(withNotes.map((r) => r.locations?.[0]?.physicalLocation?.artifactLocation?.uri));
    assert.ok(files.has('examples/vxd/FREECACH.ASM') && files.has('examples/riscos/DynCache/s/Handler'), [...files].join(', '));
    for (const result of withNotes) {
      const related = result.relatedLocations ?? [];
      assert.equal(result.codeFlows?.length, 1);
      assert.equal(result.codeFlows?.[0]?.threadFlows.length, 1);
      const steps = result.codeFlows?.[0]?.threadFlows[0]?.locations ?? [];
      assert.equal(steps.length, related.length + 1);
      related.forEach((note, i) => {
        assert.equal(place(steps[i]?.location), place(note));
        assert.equal(steps[i]?.location?.message?.text, note.message?.text);
      });
      const last = steps.at(-1)?.location;
      assert.equal(place(last), place(result.locations?.[0]));
      assert.equal(last?.message?.text, result.message.text);
    }
    const pw220 = withNotes.find((r) => r.ruleId === 'PW220');
    assert.ok(pw220?.relatedLocations?.some((n) => /_XchgFreePhysReg/.test(n.message?.text ?? '')));
    assert.ok(results.filter((r) => !r.relatedLocations).every((r) => r.codeFlows === undefined));
  });

  test('a finding at a macro\'s call has the line of the macro\'s body that made it among its related locations', () => {
    const root = tempDir('pagewarden-sarif-');
    writeFileSync(join(root, 'MAC.ASM'), [
      'Zero_New MACRO', '        VMMcall _PageAllocate, <1, PG_SYS, 0, 0, 0, 0, 0, 0>', '        mov     dword ptr [edx], 0', '        ENDM',
      'VxD_LOCKED_CODE_SEG', 'BeginProc Mac_Init', '        Zero_New', '        ret', 'EndProc Mac_Init', 'VxD_LOCKED_CODE_ENDS', '',
    ].join('\n'));
    const [result, ...others] = onlyRun(sarif(['MAC.ASM'], root)).results ?? [];
    assert.deepEqual(others, []);
    assert.equal(result?.ruleId, 'PW211');
    assert.equal(result?.locations?.[0]?.physicalLocation?.region?.startLine, 7);
    assert.ok(result?.relatedLocations?.some((n) => n.physicalLocation?.region?.startLine === 3 && /macro's definition/.test(n.message?.text ?? '')), JSON.stringify(result?.relatedLocations));
  });

  test('every result has a distinct fingerprint', () => {
    const prints = (onlyRun(log).results ?? []).map((r) => r.partialFingerprints?.['pagewarden/v1']);
    assert.ok(prints.every((p) => typeof p === 'string' && /^[0-9a-f]{32}:\d+$/.test(p)));
    assert.equal(new Set(prints).size, prints.length);
  });

  test('fingerprints survive lines added above the findings', () => {
    const fingerprints = (text: string) => {
      const root = tempDir('pagewarden-sarif-');
      writeFileSync(join(root, 'FREECACH.ASM'), text);
      return (onlyRun(sarif(['FREECACH.ASM'], root)).results ?? []).map((r) => ({
        print: r.partialFingerprints?.['pagewarden/v1'],
        line: r.locations?.[0]?.physicalLocation?.region?.startLine ?? 0,
      }));
    };
    const before = fingerprints(FREECACH);
    const after = fingerprints(`; Revision 2.\n; Reviewed.\n${FREECACH.replace(/^ {8}/gm, '\t')}`);
    assert.ok(before.length > 0);
    assert.deepEqual(after.map((r) => r.print), before.map((r) => r.print));
    assert.deepEqual(after.map((r) => r.line), before.map((r) => r.line + 2));
  });

  test('a byte that is not UTF-8 in a message is written \\xC8: valid, and no lone surrogate in any text', () => {
    // `:CHR: 200` in a UTF-8 file, substituted into a line that then does not parse: the PW100 quotes the line.
    const root = tempDir('pagewarden-sarif-');
    writeFileSync(join(root, 'byte.s'), '        GBLS    s\ns       SETS    :CHR: 200\n        AREA    |x|, CODE\n        B       other$s\n        END\n');
    const byteLog = sarif(['byte.s'], root);
    assert.equal(validate(byteLog), true, JSON.stringify(validate.errors, null, 2));
    const texts = (onlyRun(byteLog).results ?? []).map((r) => r.message.text ?? '');
    assert.deepEqual(texts, ['Syntax error in the line with its variables substituted: cannot make sense of "B other\\xC8"']);
    // JSON.stringify writes a lone surrogate as the escape `\udcc8`; none may be left in the log.
    assert.doesNotMatch(JSON.stringify(byteLog), /\\ud[89a-f]/i);
  });
});
