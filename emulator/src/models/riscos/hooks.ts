import type { Hooks, Invariant } from '../../explore/hooks.js';
import { checkDispatch, followTable } from './dispatch-check.js';
import { checkHandlerReturn, checkNullBlockUse, checkPageBlockStores } from './handler-checks.js';
import type { HandlerCheckContext } from './handler-checks.js';
import { kernelViolation } from './kernel-state.js';
import type { RiscOsState } from './machine.js';
import { kernelOf } from './model-states.js';
import { checkServiceReturn } from './service-checks.js';
import type { PageService } from './service-entry.js';
import { swiOutcomes } from './swi.js';
import type { SwiEnvironment } from './swi-call.js';
import { checkUncheckedV } from './v-flag-check.js';

// The RISC OS model and checks as one set of engine hooks.

export interface RiscOsHookOptions {
  readonly env: SwiEnvironment;
  /** Set when the explored code is one reason of a dynamic-area handler. */
  readonly handler?: HandlerCheckContext;
  /** Set when the explored code is a module's service handler called with one of the page services. */
  readonly service?: PageService;
}

export function riscOsHooks(options: RiscOsHookOptions): Hooks<RiscOsState> {
  const { env, handler, service } = options;
  return {
    onInstruction(ctx) {
      checkNullBlockUse(ctx);
      const dispatch = checkDispatch(ctx);
      const execute = () => {
        const outcomes = ctx.execute();
        return dispatch ? followTable(dispatch, outcomes) : outcomes;
      };
      return checkUncheckedV(ctx, execute) ?? (dispatch ? execute() : undefined);
    },
    onStep(ctx, successors) {
      if (handler?.reason.code === 0 && !handler.partialFillOnly) checkPageBlockStores(ctx, successors, handler);
    },
    onControl(ctx, control, after) {
      return control.kind === 'swi' ? swiOutcomes(ctx, control.number, after, env) : undefined;
    },
    onReturn(ctx, state) {
      if (handler) checkHandlerReturn(ctx, state, handler);
      if (service) checkServiceReturn(ctx, state, service);
    },
  };
}

/**
 * The kernel invariants of spec B.3 at every step. The model refuses a
 * second resize and only lets pages change hands through handler output, so
 * a break means a page block it should not have accepted: PW302.
 */
export const KERNEL_INVARIANT: Invariant<RiscOsState> = {
  code: 'PW302',
  check(_state, models) {
    const kernel = kernelOf(models);
    const message = kernel && kernelViolation(kernel);
    return message ? { message: `Kernel invariant broken: ${message}` } : undefined;
  },
};
