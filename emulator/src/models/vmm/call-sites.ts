import { lineMessage, type LineMessage } from '../../checks/message.js';
import type { InstructionItem, Program, SourceSpan } from '../../ir/program.js';
import { isServiceCall } from './calls.js';

// Where a service call is written, as the model names the call. A macro's
// expansion reports at the macro's call, and a repeat block's repetitions
// at the body's lines, so several service calls may be written at one
// place (a REPT of a VMMcall in a macro, an IRP over two services, an
// `int 20h` written out in a REPT). Each is
// a call of its own: the result one of them returns, and what goes wrong
// with it, is not the other's, so they are numbered where they share a
// place, and the root causes and messages tell them apart by the number.

/** A service call's place: its item's source, and its number among the calls written there (from 1, by address) where there are several. */
export interface CallSite extends SourceSpan {
  readonly nth?: number;
}

/** The sites of the calls that share their place with another, by the address of their `int 20h` (or pseudo-instruction). */
export type CallSites = ReadonlyMap<bigint, CallSite>;

const sitesOf = new WeakMap<Program, CallSites>();

/**
 * The numbered sites of the service calls in `program`, the lowering's
 * expansions of VMMcall and VxDcall and links written out by hand (`int
 * 20h` and its `dd`) alike, made once per program (every entry's analysis
 * of a file is given the file's): a path that meets a call again holds the
 * same site object.
 */
export function numberedCallSites(program: Program): CallSites {
  let sites = sitesOf.get(program);
  if (!sites) {
    const byPlace = new Map<string, InstructionItem[]>();
    for (const item of program.items) {
      if (item.kind !== 'instruction' || !isServiceCall(program, item)) continue;
      const { file, range: { start, end } } = item.source;
      const place = `${file}|${start.line}:${start.character}|${end.line}:${end.character}`;
      const items = byPlace.get(place);
      if (items) items.push(item);
      else byPlace.set(place, [item]);
    }
    const numbered = new Map<bigint, CallSite>();
    for (const items of byPlace.values()) {
      if (items.length < 2) continue;
      items.sort((a, b) => (a.address < b.address ? -1 : 1)).forEach((item, i) => numbered.set(item.address, { ...item.source, nth: i + 1 }));
    }
    sites = numbered;
    sitesOf.set(program, sites);
  }
  return sites;
}

/** The site of the service call `item`. */
export function callSite(item: InstructionItem, sites: CallSites): CallSite {
  return sites.get(item.address) ?? item.source;
}

/** The call as a message names it: `line 12`, or `line 12, call 2` for one of the calls written there. */
export function callLine(site: CallSite): LineMessage {
  return site.nth === undefined ? lineMessage`line ${site}` : lineMessage`line ${site}, call ${site.nth}`;
}

/**
 * The call as a message reported at it names it: the finding stands at its
 * line, so by nothing more, or by its number where other calls are written
 * there (`(call 2)`).
 */
export function callHere(site: CallSite): string {
  return site.nth === undefined ? '' : ` (call ${site.nth})`;
}

/** The call as a root cause names it, where a finding is one per call. */
export function callKey(site: CallSite): string {
  return `line ${site.range.start.line}${site.nth === undefined ? '' : ` call ${site.nth}`}`;
}
