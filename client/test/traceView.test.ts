import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { RunHandlerResult, StepView } from '../../server/src/run/protocol.js';
import { CHART_COLOURS, ownerRules, ownerStyles } from '../src/traceView/ownerPalette.js';
import { renderTracePage, traceTitle } from '../src/traceView/renderTrace.js';

const line = (n: number) => ({ start: { line: n, character: 8 }, end: { line: n, character: 30 } });

function step(index: number, text: string, extra: Partial<StepView> = {}): StepView {
  return { index, address: `0x${(0x1000 + index * 4).toString(16)}`, range: line(10 + index), text, registers: [], flags: [], writes: [], events: [], ...extra };
}

/** Compact_Region swaps the page in slot 5 into slot 3 and drops the one slot 3 held. */
const result: RunHandlerResult = {
  entry: 'Compact_Region',
  kind: 'vmm-procedure',
  scenario: 'freecach-compact-region',
  steps: [
    step(0, 'mov esi, 5', { registers: [{ name: 'ESI', before: '0x00000000', after: '0x00000005' }] }),
    step(1, 'VMMCall _XchgFreePhysReg', {
      events: [
        { kind: 'call', name: '_XchgFreePhysReg', arguments: [{ name: 'PhysPgNum', value: '0x5' }], results: [{ name: 'EAX', value: '0x3' }] },
        { kind: 'ownership', subject: 'physical page 12', from: 'FREECACH region', to: 'free' },
      ],
      flags: [{ name: 'ZF', before: '0', after: '1' }],
    }),
    step(2, 'mov [ebx+4], eax', { writes: [{ address: '0x0000C004', bytes: 4, value: '0x00000003' }] }),
    step(3, 'ret', { file: '/ws/vxd/include/helpers.inc', events: [{ kind: 'note', message: 'returns to the caller' }] }),
  ],
  before: {
    pageSize: 4096,
    physical: [
      { page: 10, owner: 'FREECACH region', state: 'owned' },
      { page: 11, owner: 'VM 1 <system>', state: 'owned' },
      { page: 12, owner: 'FREECACH region', state: 'owned' },
      { page: 13, owner: '', state: 'free' },
    ],
    linear: [
      { page: '0x80003', owner: 'FREECACH region', present: true, physical: 12 },
      { page: '0x80005', owner: 'FREECACH region', present: true, physical: 10 },
    ],
  },
  after: {
    pageSize: 4096,
    physical: [
      { page: 10, owner: 'FREECACH region', state: 'owned' },
      { page: 11, owner: 'VM 1 <system>', state: 'owned' },
      { page: 12, owner: '', state: 'free' },
      { page: 13, owner: '', state: 'free' },
    ],
    linear: [
      { page: '0x80003', owner: 'FREECACH region', present: true, physical: 10 },
      { page: '0x80005', owner: '', present: false },
    ],
  },
  moved: [12],
  verdict: {
    ended: 'returned',
    findings: [
      { code: 'PW220', message: 'Physical page lost: the page slot 3 held is dropped', range: line(11), step: 1 },
      { code: 'PW221', message: 'A note without a step', range: line(2) },
      { code: 'PW303', message: 'In the file the module GETs', range: line(26), file: '/work/DynCache/s/Handler' },
    ],
  },
};

const nonce = 'bm9uY2Utb2YtdGVzdA==';
const cspSource = 'https://file+.vscode-resource.vscode-cdn.net';
const page = renderTracePage(result, { nonce, cspSource });

/** The page's elements as tag + attributes, with the CSP meta (the one place the webview's source may appear) left out. */
function bodyWithoutCsp(html: string): string {
  return html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
}

/** The opening tag of the element matching `selector`-like attribute text, e.g. `data-page="12"` inside the map `map-before`. */
function cellTag(html: string, mapId: string, attribute: string): string {
  const map = html.slice(html.indexOf(`id="map-${mapId}"`), html.indexOf('</figure>', html.indexOf(`id="map-${mapId}"`)));
  const tag = new RegExp(`<li [^>]*${attribute}[^>]*>`).exec(map)?.[0];
  assert.ok(tag, `no cell with ${attribute} in the ${mapId} map`);
  return tag;
}

test('the page has a strict CSP whose nonce is the one on its only style and script', () => {
  const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]*)">/.exec(page)?.[1];
  assert.equal(csp, `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`);
  assert.deepEqual(page.match(/<style[^>]*>/g), [`<style nonce="${nonce}">`]);
  assert.deepEqual(page.match(/<script[^>]*>/g), [`<script nonce="${nonce}">`]);
});

test('the page loads nothing remote and has no inline styles or handlers, which the CSP would block', () => {
  const body = bodyWithoutCsp(page);
  assert.doesNotMatch(body, /https?:\/\//);
  assert.doesNotMatch(body, /\s(src|href)=/);
  assert.doesNotMatch(body, /\sstyle=/);
  assert.doesNotMatch(body, /\son[a-z]+=/);
});

test('each physical page is a cell coloured by its owner, the same owner with the same colour before and after', () => {
  const styles = ownerStyles([result.before, result.after]);
  const region = styles.get('FREECACH region')?.className;
  const vm = styles.get('VM 1 <system>')?.className;
  assert.ok(region && vm && region !== vm);
  assert.match(cellTag(page, 'before', 'data-page="10"'), new RegExp(`class="cell page state-owned ${region}"`));
  assert.match(cellTag(page, 'after', 'data-page="10"'), new RegExp(`class="cell page state-owned ${region}"`));
  assert.match(cellTag(page, 'before', 'data-page="11"'), new RegExp(`class="cell page state-owned ${vm}"`));
  assert.match(cellTag(page, 'before', 'data-page="13"'), /class="cell page state-free"/);
  const rules = ownerRules(styles.values());
  assert.match(page, new RegExp(`\\.${region} \\{ background: var\\(--vscode-charts-red\\); \\}`));
  assert.match(rules, new RegExp(`\\.${vm} \\{ background: var\\(--vscode-charts-blue\\); \\}`));
});

test('moved pages are highlighted in both pictures, and the legend names every owner and the highlight', () => {
  assert.match(cellTag(page, 'before', 'data-page="12"'), /\bmoved\b/);
  assert.match(cellTag(page, 'after', 'data-page="12"'), /class="cell page state-free moved"/);
  assert.doesNotMatch(cellTag(page, 'before', 'data-page="10"'), /\bmoved\b/);
  assert.match(cellTag(page, 'before', 'data-linear="0x80003"'), /\bmoved\b/);
  const legend = page.slice(page.indexOf('<ul class="legend"'), page.indexOf('</ul>', page.indexOf('<ul class="legend"')));
  assert.match(legend, /FREECACH region/);
  assert.match(legend, /VM 1 &lt;system&gt;/);
  assert.match(legend, /free/);
  assert.match(legend, /moved by the run \(1\)/);
});

test('linear slots show whether they are present and which physical page they map', () => {
  assert.match(page, /data-linear="0x80003" title="linear page 0x80003: mapped to physical page 12, FREECACH region, moved by the run"><span class="page-no">0x80003<\/span><span class="target">→ 12<\/span>/);
  assert.match(cellTag(page, 'after', 'data-linear="0x80005"'), /class="cell slot absent"/);
  assert.match(page, /<span class="page-no">0x80005<\/span><span class="target">not present<\/span>/);
});

test('owners past the six chart colours repeat them hatched', () => {
  const owners = Array.from({ length: CHART_COLOURS.length + 1 }, (_, i) => ({ page: i, owner: `owner ${i}`, state: 'owned' as const }));
  const styles = [...ownerStyles([{ pageSize: 4096, physical: owners, linear: [] }]).values()];
  assert.equal(styles.length, 7);
  assert.equal(styles[6]?.colour, styles[0]?.colour);
  assert.match(ownerRules(styles), /\.owner-6 \{ background: repeating-linear-gradient\(45deg, var\(--vscode-charts-red\)/);
});

test('the steps list lines, instructions, register and flag changes, memory writes and calls', () => {
  assert.match(page, /<li class="step" id="step-0" data-step="0">/);
  assert.match(page, /<span class="line">L11<\/span><code class="text">mov esi, 5<\/code>/);
  assert.match(page, /ESI 0x00000000 → 0x00000005/);
  assert.match(page, /ZF 0→1/);
  assert.match(page, /\[0x0000C004\] ← 0x00000003 \(4 bytes\)/);
  assert.match(page, /call <span class="name">_XchgFreePhysReg<\/span>\(PhysPgNum=0x5\) → EAX=0x3/);
  assert.match(page, /physical page 12: FREECACH region → free/);
  assert.match(page, /<span class="line">helpers\.inc:14<\/span>/);
});

test('the verdict says how the run ended and links each finding to its step, or its line', () => {
  assert.match(page, /Ended: <strong>returned<\/strong>/);
  assert.match(page, /<span class="code">PW220<\/span> Physical page lost[^<]*\(<button type="button" class="link" data-step="1">line 12, step 1<\/button>\)/);
  assert.match(page, /<button type="button" class="link" data-finding="1">line 3<\/button>/);
  assert.match(page, /<button type="button" class="link" data-finding="2">Handler line 27<\/button>/);
  assert.match(page, /<li class="step has-finding" id="step-1" data-step="1">/);
});

test('a replay opens at its step; text from the source is escaped', () => {
  assert.match(renderTracePage(result, { nonce, cspSource, initialStep: 2 }), /<body data-initial-step="2">/);
  assert.match(page, /<body>/);
  const hostile = renderTracePage({ ...result, entry: '<img src=x>', steps: [step(0, '</code><script>alert(1)</script>')] }, { nonce, cspSource });
  assert.doesNotMatch(hostile, /<img src=x>/);
  assert.equal(hostile.match(/<script/g)?.length, 1);
  assert.equal(traceTitle(result), 'PageWarden: Compact_Region (freecach-compact-region)');
});

test('a run without findings says so', () => {
  const clean = renderTracePage({ ...result, verdict: { ended: 'returned', findings: [] } }, { nonce, cspSource });
  assert.match(clean, /No findings on this run\./);
});
