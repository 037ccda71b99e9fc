import { expr, findingMessage, formatExpr, readableText, substitute, type Expr, type Finding, type Trace, type TraceEvent } from '../../../emulator/src/index.js';
import type { StepEvent, StepView } from './protocol.js';

// The emulator's trace as the protocol carries it: machine words as hex
// strings padded to their width, symbolic values in the emulator's notation,
// text with each byte that is not UTF-8 written `\xC8` (`readableText`), here
// once for the editor's run view and `pagewarden run` alike.

export function hex(e: Expr): string {
  if (e.kind !== 'const') return formatExpr(e);
  return `0x${e.value.toString(16).toUpperCase().padStart(Math.ceil(e.width / 4), '0')}`;
}

function eventView(event: TraceEvent, show: (e: Expr) => string): StepEvent {
  switch (event.kind) {
    case 'note':
      return { kind: 'note', message: readableText(event.message) };
    case 'ownership': {
      const { subject, from, to } = event;
      return { kind: 'ownership', subject: readableText(subject), ...(from === undefined ? {} : { from: readableText(from) }), ...(to === undefined ? {} : { to: readableText(to) }) };
    }
    case 'call': {
      const named = (values: readonly { name: string; value: Expr }[]) => values.map((v) => ({ name: v.name, value: show(v.value) }));
      return { kind: 'call', name: readableText(event.name), arguments: named(event.arguments), results: named(event.results) };
    }
  }
}

/**
 * `document` is the path of the document the run is for: steps in other
 * files (includes) say which. `given` holds the values a replayed witness
 * pinned: the run keeps those symbols (the models track where they came
 * from), the view shows their values.
 */
export function stepViews(trace: Trace, document: string, given: ReadonlyMap<string, bigint> = new Map()): StepView[] {
  const pinned = (s: Expr & { kind: 'sym' }): Expr | undefined => {
    const value = given.get(s.name);
    return value === undefined ? undefined : expr.bv(value, s.width);
  };
  const show = (e: Expr): string => hex(given.size === 0 ? e : substitute(e, pinned));
  return trace.map((step, index) => {
    const changes = step.registers.map((r) => ({ name: r.name, before: show(r.before), after: show(r.after), width: r.after.width }));
    return {
      index,
      address: hex(expr.bv(step.address)),
      range: step.source.range,
      ...(step.source.file && step.source.file !== document ? { file: step.source.file } : {}),
      text: readableText(step.text ?? ''),
      registers: changes.filter((c) => c.width > 1).map(({ name, before, after }) => ({ name, before, after })),
      flags: changes.filter((c) => c.width === 1).map(({ name, before, after }) => ({ name, before, after })),
      writes: step.writes.map((w) => ({ address: show(w.address), bytes: w.bytes, value: show(w.value) })),
      events: step.events.map((e) => eventView(e, show)),
    };
  });
}

/** Findings with the step that reached their line (the first), for the verdict. */
export function findingViews(findings: readonly Finding[], steps: readonly StepView[], document: string): RunFinding[] {
  return findings.map((f) => {
    const file = f.file && f.file !== document ? f.file : undefined;
    const here = steps.filter((s) => s.file === file && s.range.start.line === f.range.start.line);
    const step = here.find((s) => s.range.start.character === f.range.start.character) ?? here[0];
    return { code: f.code, message: findingMessage(f), range: f.range, ...(file === undefined ? {} : { file }), ...(step ? { step: step.index } : {}) };
  });
}

export interface RunFinding {
  readonly code: string;
  readonly message: string;
  readonly range: Finding['range'];
  readonly file?: string;
  readonly step?: number;
}
