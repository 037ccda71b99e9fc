import { nearestNames, type Finding } from '../../../emulator/src/index.js';
import type { NameCheck, UndefinedName } from '../lowering/nameCheck.js';

// PW102: a name used but defined nowhere the lowering could see. Precision
// first: nothing is reported while a definition may be out of sight (a
// missing include, a fragment another file includes, BASIC code loaded at
// run time). Where the file uses headers PageWarden provides natively and so
// knows only in part (vmm.inc and the other DDK includes, the RISC OS Hdr:
// headers), an unknown name may well be one of theirs: then only a name a
// typo away from one the program defines is reported, or one that only the
// program could define (a conditional jump's target, a local label). A typo
// there is one or two edits: a header's name is often a program's name with
// a prefix (a VxD's own field CB_Status, vmm.inc's CB_VM_Status), which the
// wider distance of a plain "did you mean" would take for one.

function localLabelMessage(reference: string): string {
  const [, direction, number] = /^%([FB]?)[AT]?(\d+)/i.exec(reference) ?? [];
  const label = `local label ${number ?? reference}`;
  if (direction?.toUpperCase() === 'F') return `${reference}: no ${label} follows in this routine`;
  if (direction?.toUpperCase() === 'B') return `${reference}: no ${label} comes before it in this routine`;
  return `${reference}: this routine has no ${label}`;
}

function message(use: UndefinedName, near: readonly string[]): string {
  if (use.kind === 'local-label') return localLabelMessage(use.name);
  const what = use.kind === 'macro' ? `No macro or instruction is called ${use.name}`
    : use.kind === 'field' ? `No structure or storage-map field is called ${use.name}`
      : `${use.name} is not defined`;
  return near.length > 0 ? `${what}; did you mean ${near.join(', ')}?` : what;
}

/**
 * The nearest defined names of each misspelt name, for the last few lists of
 * defined names: comparing a name with every defined one is the cost here,
 * and most edits leave what a file defines as it was.
 */
const recent = new Map<string, Map<string, string[]>>();
const RECENT_LISTS = 4;

function nearestAmong(defined: readonly string[]): Map<string, string[]> {
  const key = defined.join('\n');
  const near = recent.get(key) ?? new Map<string, string[]>();
  recent.delete(key);
  recent.set(key, near);
  for (const old of recent.keys()) if (recent.size > RECENT_LISTS) recent.delete(old);
  return near;
}

/** Edits a misspelling makes, as far as a name beside partly known headers is judged: one in a short name, two in a longer one. */
const typoEdits = (name: string): number => (name.length < 8 ? 1 : 2);

export function undefinedSymbolFindings(check: NameCheck): Finding[] {
  if (check.hidden || check.undefined.length === 0) return [];
  // A misspelt name is often used more than once; each is compared with every defined name.
  const nearest = nearestAmong(check.defined);
  return check.undefined.flatMap((use) => {
    // No header defines a routine's local labels.
    if (use.kind === 'local-label') return [{ code: 'PW102', message: message(use, []), range: use.source.range, notes: [] }];
    const near = nearest.get(use.name) ?? nearestNames(use.name, check.defined, 3);
    nearest.set(use.name, near);
    if (!check.partialHeaders || use.kind === 'label') return [{ code: 'PW102', message: message(use, near), range: use.source.range, notes: [] }];
    const typos = nearestNames(use.name, near, near.length, typoEdits(use.name));
    return typos.length === 0 ? [] : [{ code: 'PW102', message: message(use, typos), range: use.source.range, notes: [] }];
  });
}
