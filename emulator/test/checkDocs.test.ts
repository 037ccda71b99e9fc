// Every check code has a documentation page, docs/checks/<code>.md, with the
// sections users rely on; docs/checks.md links to each page; and no page
// exists for a code that is not in the catalogue.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { allServices, CHECKS } from '../src/index.js';

const docsDir = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'docs');
const pagesDir = join(docsDir, 'checks');

const SECTIONS = ['Problematic code', 'Correct code', 'Rationale', 'Exceptions', 'Applies to'];
/** Codes with a quick fix: those spec/checks.md lists, and PW101's for a SWI name written in another case. */
const QUICK_FIX = new Set(['PW101', 'PW201', 'PW202', 'PW210', 'PW211', 'PW311', 'PW312']);

function headings(text: string): string[] {
  return [...text.matchAll(/^## (.+?)\s*$/gm)].map((m) => m[1] ?? '');
}

test('every code in the catalogue has a page with its title and the required sections', () => {
  for (const check of CHECKS) {
    const file = join(pagesDir, `${check.code}.md`);
    assert.ok(existsSync(file), `docs/checks/${check.code}.md is missing`);
    const text = readFileSync(file, 'utf8');
    assert.equal(text.split('\n')[0], `# ${check.code}: ${check.slug}`, `${check.code}: title line`);
    const found = headings(text);
    const expected = QUICK_FIX.has(check.code) ? [...SECTIONS, 'Quick fix'] : SECTIONS;
    for (const section of expected) assert.ok(found.includes(section), `${check.code}: no "## ${section}" section`);
    if (!QUICK_FIX.has(check.code)) assert.ok(!found.includes('Quick fix'), `${check.code}: has a Quick fix section but no quick fix`);
    assert.ok(found.indexOf('Problematic code') < found.indexOf('Correct code'), `${check.code}: problematic code comes first`);
  }
});

test('the examples are fenced in a dialect and suppression is explained with a reason', () => {
  for (const check of CHECKS) {
    const text = readFileSync(join(pagesDir, `${check.code}.md`), 'utf8');
    assert.match(text, /```(asm|objasm|basic)\n/, `${check.code}: no fenced asm/objasm/basic example`);
    assert.ok(text.includes(`pagewarden-disable-next-line ${check.code} -- `), `${check.code}: no suppression example with a reason`);
  }
});

test('no page exists for a code that is not in the catalogue', () => {
  const codes = new Set(CHECKS.map((c) => c.code));
  for (const name of readdirSync(pagesDir)) {
    assert.match(name, /^PW\d{3}\.md$/, `unexpected file docs/checks/${name}`);
    assert.ok(codes.has(name.slice(0, -3)), `docs/checks/${name} documents no catalogue code`);
  }
});

test('docs/checks.md links every code to its page', () => {
  const index = readFileSync(join(docsDir, 'checks.md'), 'utf8');
  for (const check of CHECKS) {
    const row = index.split('\n').find((l) => l.startsWith(`| ${check.code} | ${check.slug} | ${check.severity} |`));
    assert.ok(row, `${check.code}: no row in docs/checks.md`);
    assert.ok(row.includes(`(checks/${check.code}.md)`), `${check.code}: row does not link to its page`);
  }
});

test('PW240\'s Applies to names the services the catalogue gives the roles it checks, and no others', () => {
  const text = readFileSync(join(pagesDir, 'PW240.md'), 'utf8');
  const applies = text.slice(text.indexOf('## Applies to'));
  const parts = applies.split(/address\/handle parameters of|the addresses/);
  assert.equal(parts.length, 3, 'Applies to: page numbers, then address/handle parameters, then the addresses returned');
  const named = (part: string): string[] => [...new Set([...part.matchAll(/`(_\w+)`/g)].map((m) => m[1] ?? ''))].sort();
  const services = allServices().flatMap((s) => (s.semantics ? [{ name: s.name, semantics: s.semantics }] : []));
  const having = (test: (s: (typeof services)[number]['semantics']) => boolean): string[] =>
    services.filter((s) => test(s.semantics)).map((s) => s.name).sort();
  // The reverse check reads a linear-address parameter, or hMem where (Windows 95/98) the handle is the address.
  assert.deepEqual(named(parts[0] ?? ''), having((s) => s.params.some((p) => p.role === 'page-number')), 'page-number parameters');
  assert.deepEqual(named(parts[1] ?? ''), having((s) => s.params.some((p) => p.role === 'linear-address' || (p.role === 'handle' && p.name === 'hMem'))), 'address/handle parameters');
  assert.deepEqual(named(parts[2] ?? ''),
    having((s) => s.results.some((r) => r.registers.some((x) => x.role === 'linear-address' || x.role === 'physical-address'))), 'addresses returned');
});
