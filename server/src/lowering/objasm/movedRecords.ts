import type { SourceSpan } from '../../../../emulator/src/index.js';
import type { UndefinedName } from '../nameCheck.js';
import type { RoutineStart } from '../riscos/entryPoints.js';
import type { LoweringNote, UnmodelledItem } from '../riscos/types.js';
import type { LabelChange } from './chunks.js';

// The records an ObjAsm pass keeps beside its items (labels, routine starts,
// notes, reports, undefined names), copied where lines or addresses moved by
// one function per kind, in the fields' order of the originals: a spread
// (`{ ...x, source }`) over the several kinds goes through V8's generic copy,
// several times slower over the thousands of records below a new line.

export const labelMoved = (label: LabelChange, address: bigint, source: SourceSpan): LabelChange => ({ kind: 'label', name: label.name, address, source });

export const routineMoved = (routine: RoutineStart, address: bigint, source: SourceSpan): RoutineStart => ({ name: routine.name, address, source });

export const noteMoved = (note: LoweringNote, source: SourceSpan): LoweringNote => ({ code: note.code, message: note.message, source });

export const reportMoved = (report: UnmodelledItem, source: SourceSpan): UnmodelledItem => ({ message: report.message, source });

export const nameMoved = (name: UndefinedName, source: SourceSpan): UndefinedName => ({ name: name.name, kind: name.kind, source });
