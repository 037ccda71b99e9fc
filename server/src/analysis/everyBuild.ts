import type { EntryPoint, Finding, Program } from '../../../emulator/src/index.js';

// A program some of whose code is one of several arms the text cannot tell
// apart is analysed as each build (`OtherBuilds`): a finding holds only
// where every build has it, the same check saying the same at the same
// place (one return may change R1 in one build and R7 in another). The
// path notes are the first build's: they may point into the arms it
// assembles, which is where its path runs.

const place = (f: Finding): string => JSON.stringify([f.code, f.file, f.range.start, f.message, f.lines]);

/** The findings of `first` that every one of `others` has. */
export function inEveryBuild(first: readonly Finding[], others: readonly (readonly Finding[])[]): Finding[] {
  const places = others.map((findings) => new Set(findings.map(place)));
  return first.filter((f) => places.every((s) => s.has(place(f))));
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
