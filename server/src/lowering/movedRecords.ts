import type { SourceSpan } from '../../../emulator/src/index.js';
import type { UndefinedName } from './nameCheck.js';

// The records every lowering keeps beside its items (notes, reports,
// undefined names), copied where their lines moved by one function per kind,
// in the fields' order of the originals: a spread (`{ ...x, source }`) has
// another shape, which the passes and replays reading both would deoptimise
// on, and goes through V8's generic copy, several times slower over the
// thousands of records below a new line.

/** A lowering's note (PW103, and ObjAsm's PW100 for a macro expansion that does not parse), as both dialects' lowerings make it. */
interface Note<Code extends string> {
  readonly code: Code;
  readonly message: string;
  readonly source: SourceSpan;
  readonly cycle?: string;
}

/** Something a lowering could not model (PW900), as both dialects' lowerings make it. */
interface Report {
  readonly message: string;
  readonly source: SourceSpan;
  readonly codeDiffers: boolean;
}

export const noteMoved = <Code extends string>(note: Note<Code>, source: SourceSpan): Note<Code> =>
  note.cycle === undefined ? { code: note.code, message: note.message, source } : { code: note.code, message: note.message, source, cycle: note.cycle };

export const reportMoved = (report: Report, source: SourceSpan): Report => ({ message: report.message, source, codeDiffers: report.codeDiffers });

export const nameMoved = (name: UndefinedName, source: SourceSpan): UndefinedName => ({ name: name.name, kind: name.kind, source });
