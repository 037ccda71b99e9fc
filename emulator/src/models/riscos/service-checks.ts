import type { StepContext } from '../../explore/hooks.js';
import { register, writerNotes } from '../../explore/machines/arm.js';
import { ne, TRUE } from '../../values/expr.js';
import { judgedForPreserving, reportKnownAlternatives } from './handler-checks.js';
import type { RiscOsState } from './machine.js';
import type { PageService } from './service-entry.js';

// The service handler's side of Service_PagesUnsafe/Safe (spec B.8 R10): the
// kernel needs every module to see both calls, so a handler that claims one
// (changes R1, usually to 0) breaks the contract; PW304, a register the
// caller expects back, changed.

/** How a finding names the service it was found for. */
export const serviceLabel = (service: PageService): string => `${service.name} (&${service.number.toString(16).toUpperCase()})`;

/**
 * PW304 at a return of the service handler that leaves R1 changed on some
 * path: judged as a dynamic-area handler's registers are, so R1 that a SWI
 * returned as its own output is a change whatever number it is.
 */
export function checkServiceReturn(ctx: StepContext<RiscOsState>, state: RiscOsState, service: PageService): void {
  reportKnownAlternatives(ctx, register(state, 1), TRUE, (value) => ne(value, register(ctx.entry, 1)), {
    code: 'PW304', message: `The service handler returns from ${serviceLabel(service)} with R1 changed: that claims the service, which must be passed on so every module sees it`,
    rootCause: 'R1', notes: writerNotes(state, 1, 'R1 overwritten here'),
  }, judgedForPreserving(ctx));
}
