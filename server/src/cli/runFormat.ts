import type { Range } from '../../../emulator/src/index.js';
import type { PageMapView, RunHandlerResult, StepEvent, StepView } from '../run/protocol.js';

// `pagewarden run`'s text output: one line per step, the page map before and
// after, the verdict. Positions are 1-based, as everywhere in CLI output; a
// place in another file than the run's (an include, a GET file) names it.

function eventText(event: StepEvent): string {
  switch (event.kind) {
    case 'call': {
      const args = event.arguments.map((a) => `${a.name}=${a.value}`).join(', ');
      const results = event.results.map((r) => `${r.name}=${r.value}`).join(', ');
      return `call ${event.name}(${args})${results ? ` -> ${results}` : ''}`;
    }
    case 'ownership':
      return `${event.subject}: ${event.from ?? '?'} -> ${event.to ?? '?'}`;
    case 'note':
      return `note: ${event.message}`;
  }
}

/** `file:line:col` for a place in another file than the run's, `line:col` in it. */
function place(file: string | undefined, range: Range): string {
  return `${file ? `${file}:` : ''}${range.start.line + 1}:${range.start.character + 1}`;
}

function stepLine(step: StepView): string {
  const where = place(step.file, step.range);
  const changes = [
    ...step.registers.map((r) => `${r.name}=${r.after}`),
    ...step.flags.map((f) => `${f.name}=${f.after === '0x1' ? 1 : f.after === '0x0' ? 0 : f.after}`),
    ...step.writes.map((w) => `[${w.address}]=${w.value}`),
  ].join(' ');
  const head = `${String(step.index).padStart(4)}  ${where.padEnd(8)} ${step.text.replace(/\s+/g, ' ').trim().padEnd(32)} ${changes}`.trimEnd();
  return [head, ...step.events.map((e) => `${' '.repeat(16)}${eventText(e)}`)].join('\n');
}

/** Consecutive pages with the same owner before and after, as one row. */
function physicalRows(before: PageMapView, after: PageMapView, moved: ReadonlySet<number>): string[] {
  const was = new Map(before.physical.map((p) => [p.page, `${p.owner} (${p.state})`]));
  const now = new Map(after.physical.map((p) => [p.page, `${p.owner} (${p.state})`]));
  const pages = [...new Set([...was.keys(), ...now.keys()])].sort((a, b) => a - b);
  const rows: { first: number; last: number; from: string; to: string; moved: boolean }[] = [];
  for (const page of pages) {
    const from = was.get(page) ?? '-', to = now.get(page) ?? '-';
    const row = rows.at(-1);
    if (row && row.last === page - 1 && row.from === from && row.to === to && row.moved === moved.has(page)) row.last = page;
    else rows.push({ first: page, last: page, from, to, moved: moved.has(page) });
  }
  return rows.map((r) => {
    const span = r.first === r.last ? `${r.first}` : `${r.first}-${r.last}`;
    return `  ${r.moved ? '*' : ' '} ${span.padEnd(10)} ${r.from.padEnd(36)} ${r.from === r.to ? '' : `-> ${r.to}`}`.trimEnd();
  });
}

function linearRows(before: PageMapView, after: PageMapView): string[] {
  const show = (l: PageMapView['linear'][number] | undefined): string =>
    (l ? (l.present ? `page ${l.physical ?? '?'} (${l.owner})` : `not present (${l.owner})`) : '-');
  const was = new Map(before.linear.map((l) => [l.page, l]));
  const now = new Map(after.linear.map((l) => [l.page, l]));
  const pages = [...new Set([...was.keys(), ...now.keys()])].sort();
  return pages.map((page) => {
    const from = show(was.get(page)), to = show(now.get(page));
    return `    ${page.padEnd(12)} ${from.padEnd(36)} ${from === to ? '' : `-> ${to}`}`.trimEnd();
  });
}

export function formatRunText(result: RunHandlerResult, file: string): string {
  const moved = new Set(result.moved);
  const lines = [
    `${file}: ${result.entry} (${result.kind}), scenario "${result.scenario}"`,
    ...result.steps.map(stepLine),
    '',
    `Physical pages (* = moved), before -> after, ${result.before.pageSize}-byte pages:`,
    ...physicalRows(result.before, result.after, moved),
    ...(result.before.linear.length + result.after.linear.length > 0 ? ['  Linear pages:', ...linearRows(result.before, result.after)] : []),
    '',
    `Verdict: ${result.verdict.ended}; ${result.verdict.findings.length === 0 ? 'no findings' : `${result.verdict.findings.length} finding(s)`}`,
    ...result.verdict.findings.map((f) =>
      `  ${place(f.file, f.range)} ${f.code} ${f.message}${f.step === undefined ? '' : ` (step ${f.step})`}`),
  ];
  return `${lines.join('\n')}\n`;
}
