import type { PageMapView, RunHandlerResult, StepEvent, StepView } from '../../../server/src/run/protocol.js';
import { escapeHtml } from './html.js';
import { ownerRules, ownerStyles, type OwnerStyle } from './ownerPalette.js';
import { TRACE_SCRIPT } from './traceScript.js';
import { TRACE_STYLES } from './traceStyles.js';

// A run's result as one self-contained HTML page: the verdict, a picture of
// the page map before and after, and the steps. Pure, so the page can be
// tested without VS Code; the panel only supplies the nonce and CSP source.

export interface TracePageOptions {
  /** Fresh per render: only the page's own <style> and <script> may run. */
  readonly nonce: string;
  /** The webview's `cspSource`, for images and styles VS Code itself serves. */
  readonly cspSource: string;
  /** The step to show selected when the page loads (a replay opens at the failing step). */
  readonly initialStep?: number;
}

export function traceTitle(result: Pick<RunHandlerResult, 'entry' | 'scenario'>): string {
  return `PageWarden: ${result.entry} (${result.scenario})`;
}

export function renderTracePage(result: RunHandlerResult, options: TracePageOptions): string {
  const { nonce, cspSource } = options;
  const styles = ownerStyles([result.before, result.after]);
  const moved = new Set(result.moved);
  const csp = `default-src 'none'; style-src ${cspSource} 'nonce-${nonce}'; script-src 'nonce-${nonce}'; img-src ${cspSource} data:;`;
  const initial = options.initialStep === undefined ? '' : ` data-initial-step="${options.initialStep}"`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>${escapeHtml(traceTitle(result))}</title>
<style nonce="${nonce}">${TRACE_STYLES}
${ownerRules(styles.values())}</style>
</head>
<body${initial}>
<h1>${escapeHtml(result.entry)} <span class="scenario">(${escapeHtml(result.scenario)})</span></h1>
<p class="kind">${escapeHtml(result.kind)}, ${result.steps.length} ${result.steps.length === 1 ? 'step' : 'steps'}</p>
${renderVerdict(result)}
<h2>Page map</h2>
<div class="maps">
${renderPageMap('before', 'Before', result.before, styles, moved)}
${renderPageMap('after', 'After', result.after, styles, moved)}
</div>
${renderLegend(styles, result, moved)}
<h2>Steps</h2>
<div class="toolbar">
<button type="button" data-move="-1" title="Previous step (↑ or k)">↑ Previous</button>
<button type="button" data-move="1" title="Next step (↓ or j)">↓ Next</button>
<span id="position" class="hint">${result.steps.length} steps: click one, or use ↑/↓ (k/j)</span>
</div>
<ol class="steps">
${result.steps.map((step) => renderStep(step, findingCodesAt(result, step.index))).join('\n')}
</ol>
<script nonce="${nonce}">${TRACE_SCRIPT}</script>
</body>
</html>`;
}

function renderVerdict(result: RunHandlerResult): string {
  const { findings } = result.verdict;
  const items = findings.map((finding, i) => {
    // A finding in an include or GET file names it, as its steps do.
    const line = `${finding.file === undefined ? '' : `${escapeHtml(baseName(finding.file))} `}line ${finding.range.start.line + 1}`;
    const target = finding.step === undefined
      ? `<button type="button" class="link" data-finding="${i}">${line}</button>`
      : `<button type="button" class="link" data-step="${finding.step}">${line}, step ${finding.step}</button>`;
    return `<li class="finding"><span class="code">${escapeHtml(finding.code)}</span> ${escapeHtml(finding.message)} (${target})</li>`;
  });
  const list = items.length === 0 ? '<p class="clean">No findings on this run.</p>' : `<ul class="findings">\n${items.join('\n')}\n</ul>`;
  return `<section class="verdict">
<h2>Verdict</h2>
<p class="ended">Ended: <strong>${escapeHtml(result.verdict.ended)}</strong></p>
${list}
</section>`;
}

function ownerClass(styles: ReadonlyMap<string, OwnerStyle>, owner: string): string {
  return styles.get(owner)?.className ?? '';
}

function classes(...names: readonly (string | false)[]): string {
  return names.filter(Boolean).join(' ');
}

function renderPageMap(id: string, caption: string, map: PageMapView, styles: ReadonlyMap<string, OwnerStyle>, moved: ReadonlySet<number>): string {
  const physical = map.physical.map((page) => {
    const owned = page.state !== 'free' && page.state !== 'unavailable';
    const isMoved = moved.has(page.page);
    const title = `physical page ${page.page}: ${page.owner || 'no owner'} (${page.state})${isMoved ? ', moved by the run' : ''}`;
    return `<li class="${classes('cell', 'page', `state-${page.state}`, owned && ownerClass(styles, page.owner), isMoved && 'moved')}" data-page="${page.page}" title="${escapeHtml(title)}">${page.page}</li>`;
  });
  const linear = map.linear.map((slot) => {
    const isMoved = slot.physical !== undefined && moved.has(slot.physical);
    const target = slot.present ? `→ ${slot.physical ?? '?'}` : 'not present';
    const title = slot.present
      ? `linear page ${slot.page}: mapped to physical page ${slot.physical ?? 'unknown'}, ${slot.owner || 'no owner'}${isMoved ? ', moved by the run' : ''}`
      : `linear page ${slot.page}: not present`;
    return `<li class="${classes('cell', 'slot', slot.present ? 'present' : 'absent', slot.present && ownerClass(styles, slot.owner), isMoved && 'moved')}" data-linear="${escapeHtml(slot.page)}" title="${escapeHtml(title)}"><span class="page-no">${escapeHtml(slot.page)}</span><span class="target">${escapeHtml(target)}</span></li>`;
  });
  return `<figure class="pagemap" id="map-${id}">
<figcaption>${caption}</figcaption>
<h3>Physical pages (${map.physical.length}, ${map.pageSize} bytes each)</h3>
<ul class="grid physical">${physical.join('')}</ul>
<h3>Linear pages (${map.linear.length})</h3>
<ul class="grid linear">${linear.join('')}</ul>
</figure>`;
}

function renderLegend(styles: ReadonlyMap<string, OwnerStyle>, result: RunHandlerResult, moved: ReadonlySet<number>): string {
  const states = new Set([...result.before.physical, ...result.after.physical].map((page) => page.state));
  const items = [...styles.values()].map((style) => `<li><span class="cell swatch ${style.className}"></span>${escapeHtml(style.owner)}</li>`);
  if (states.has('free')) items.push('<li><span class="cell swatch state-free"></span>free</li>');
  if (states.has('unavailable')) items.push('<li><span class="cell swatch state-unavailable"></span>unavailable</li>');
  if (moved.size > 0) items.push(`<li><span class="cell swatch moved"></span>moved by the run (${moved.size})</li>`);
  return `<ul class="legend" aria-label="Legend">\n${items.join('\n')}\n</ul>`;
}

function findingCodesAt(result: RunHandlerResult, step: number): string[] {
  return result.verdict.findings.filter((f) => f.step === step).map((f) => f.code);
}

/** A file's name without its folders, either separator. */
const baseName = (file: string): string => file.slice(file.search(/[^/\\]*$/));

function renderStep(step: StepView, codes: readonly string[]): string {
  const line = step.range.start.line + 1;
  const where = step.file === undefined ? `L${line}` : `${escapeHtml(baseName(step.file))}:${line}`;
  const details = [
    ...step.registers.map((r) => `<div class="register mono">${escapeHtml(r.name)} ${escapeHtml(r.before)} → ${escapeHtml(r.after)}</div>`),
    ...(step.flags.length > 0 ? [`<div class="flags mono">${step.flags.map((f) => `${escapeHtml(f.name)} ${escapeHtml(f.before)}→${escapeHtml(f.after)}`).join(', ')}</div>`] : []),
    ...step.writes.map((w) => `<div class="write mono">[${escapeHtml(w.address)}] ← ${escapeHtml(w.value)} (${w.bytes} ${w.bytes === 1 ? 'byte' : 'bytes'})</div>`),
    ...step.events.map(renderEvent),
  ];
  const badge = codes.length === 0 ? '' : ` <span class="badge">${codes.map(escapeHtml).join(' ')}</span>`;
  return `<li class="${classes('step', codes.length > 0 && 'has-finding')}" id="step-${step.index}" data-step="${step.index}">
<div class="head"><span class="no">#${step.index}</span><span class="line">${where}</span><code class="text">${escapeHtml(step.text)}</code>${badge}<span class="address mono">${escapeHtml(step.address)}</span></div>${details.length === 0 ? '' : `
<div class="detail">${details.join('')}</div>`}
</li>`;
}

function renderEvent(event: StepEvent): string {
  switch (event.kind) {
    case 'call': {
      const args = event.arguments.map((a) => `${escapeHtml(a.name)}=${escapeHtml(a.value)}`).join(', ');
      const results = event.results.map((r) => `${escapeHtml(r.name)}=${escapeHtml(r.value)}`).join(', ');
      return `<div class="event call mono">call <span class="name">${escapeHtml(event.name)}</span>(${args})${results === '' ? '' : ` → ${results}`}</div>`;
    }
    case 'ownership':
      return `<div class="event ownership">${escapeHtml(event.subject)}: ${escapeHtml(event.from ?? 'nobody')} → ${escapeHtml(event.to ?? 'nobody')}</div>`;
    case 'note':
      return `<div class="event note">${escapeHtml(event.message)}</div>`;
  }
}
