import type { SourceSpan } from '../../../../emulator/src/index.js';
import type { RoutineStart } from '../riscos/entryPoints.js';
import type { LabelChange } from './chunks.js';

// The labels and routine starts an ObjAsm pass keeps beside its items, copied
// where lines or addresses moved as the notes, reports and names are
// (`../movedRecords.ts`): one function per kind, the fields in the
// originals' order.

export const labelMoved = (label: LabelChange, address: bigint, source: SourceSpan): LabelChange => ({ kind: 'label', name: label.name, address, source });

export const routineMoved = (routine: RoutineStart, address: bigint, source: SourceSpan): RoutineStart => ({ name: routine.name, address, source });
