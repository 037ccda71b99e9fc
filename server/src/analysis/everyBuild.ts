import type { EntryPoint, Finding, PathNote, Position, Program, Range } from '../../../emulator/src/index.js';

// A program some of whose code is one of several arms the text cannot tell
// apart is analysed as each build (`OtherBuilds`): a finding holds only
// where every build has it, the same check saying the same at the same
// place (one return may change R1 in one build and R7 in another), or at
// the place in its own arm of an IF or CASE that the first build's lies in
// another arm of (a 26-bit and a 32-bit return, each in its arm, that both
// return with R4 changed by the code they share). The path notes are the
// first build's: they may point into the arms it assembles, which is where
// its path runs; a note names each place in another arm.

/** What a finding says, wherever it is. */
const said = (f: Finding): string => JSON.stringify([f.code, f.file, f.message, f.lines]);

const samePosition = (a: Position, b: Position): boolean => a.line === b.line && a.character === b.character;

const before = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character < b.character);

const inside = (p: Position, r: Range): boolean => !before(p, r.start) && before(p, r.end);

/** Whether `a` and `b` lie in two arms of one IF or CASE of `arms` (where each one's arms are). */
function inOtherArms(a: Position, b: Position, arms: readonly (readonly Range[])[]): boolean {
  return arms.some((choice) => {
    const i = choice.findIndex((arm) => inside(a, arm));
    const j = choice.findIndex((arm) => inside(b, arm));
    return i >= 0 && j >= 0 && i !== j;
  });
}

const ELSEWHERE = 'and here, in the builds that assemble this arm instead';

/** The findings of `first` that every one of `others` has, at the same place or in another arm of `arms` (see above). */
export function inEveryBuild(first: readonly Finding[], others: readonly (readonly Finding[])[], arms: readonly (readonly Range[])[]): Finding[] {
  const byWhat = others.map((findings) => {
    const map = new Map<string, Finding[]>();
    for (const f of findings) map.set(said(f), [...map.get(said(f)) ?? [], f]);
    return map;
  });
  return first.flatMap((f) => {
    const notes: PathNote[] = [...f.notes];
    for (const alike of byWhat.map((map) => map.get(said(f)) ?? [])) {
      if (alike.some((g) => samePosition(g.range.start, f.range.start))) continue;
      const elsewhere = alike.filter((g) => inOtherArms(f.range.start, g.range.start, arms));
      if (elsewhere.length === 0) return [];
      for (const g of elsewhere) {
        if (!notes.some((n) => n.message === ELSEWHERE && samePosition(n.range.start, g.range.start))) notes.push({ range: g.range, message: ELSEWHERE });
      }
    }
    return [notes.length === f.notes.length ? f : { ...f, notes }];
  });
}

const identity = (entry: EntryPoint): string => {
  const { contract } = entry;
  return `${entry.name}|${contract.kind}|${contract.kind === 'da-handler-reason' ? contract.reason : ''}`;
};

/** The entry of `program` that is `entry` of another build: the same name, kind and reason; undefined when it has none. */
export function sameEntryIn(program: Program): (entry: EntryPoint) => EntryPoint | undefined {
  const entries = new Map(program.entries.map((e) => [identity(e), e]));
  return (entry) => entries.get(identity(entry));
}
