import type { EntryContract } from '../../ir/program.js';
import type { LossWording } from './tracking.js';

// A procedure called with `call` may return results in any register, so a
// page or handle left in one at its return is handed to its caller. An
// entry the VMM calls itself hands nothing back that way: a control message
// handler (a Control_Dispatch target, or the control procedure written by
// hand, whose code after its dispatch handles messages itself) reports in
// the carry flag (and for a few messages a status in EAX), a free physical
// region callback in the carry flag alone (spec A.4.15), and the VMM takes
// no page or handle from any register. A value left only in registers at
// such a return is lost there.

const CONTROL_HANDLER = both('the handler returns to the VMM here, which takes no page or handle from a control message handler\'s registers');
const FREE_PHYS_CALLBACK = both('the callback returns to the VMM here, which reads only the carry flag of a free physical region callback');

function both(text: string): LossWording {
  return { overwritten: text, released: text };
}

/** How a value left only in registers is lost at the return of an entry of `contract`; undefined where a caller may read them. */
export function vmmEntryReturn(contract: EntryContract | undefined): LossWording | undefined {
  switch (contract?.kind) {
    case 'control-dispatch': return CONTROL_HANDLER;
    case 'procedure': return contract.controlProcedure ? CONTROL_HANDLER : undefined;
    case 'free-phys-callback': return FREE_PHYS_CALLBACK;
    default: return undefined;
  }
}
