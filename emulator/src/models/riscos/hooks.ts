import type { Control } from '../../cpu/control.js';
import type { Hooks, Invariant, ModelStates, StepContext } from '../../explore/hooks.js';
import { TRUE } from '../../values/expr.js';
import { register } from '../../explore/machines/arm.js';
import type { Expr } from '../../values/expr.js';
import { SymbolicMemory } from '../../values/symbolic-memory.js';
import { checkDispatch, followTable } from './dispatch-check.js';
import { checkErrorPointer, checkHandlerReturn, checkNullBlockUse, checkPageBlockStores, whereV } from './handler-checks.js';
import type { HandlerCheckContext } from './handler-checks.js';
import { joinEntrySources, joinEntryStores, recordEntryStores } from './entry-stores.js';
import { kernelViolation } from './kernel-state.js';
import { modeTestOutcomes } from './mode-test.js';
import type { RiscOsState } from './machine.js';
import { kernelOf } from './model-states.js';
import { checkReturnAddress } from './return-address.js';
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
  /** Set for a run of a handler's dispatch: where the entries of its reason take over. */
  readonly handOff?: HandOff;
}

/** The entries of a handler run's reason, and what the run started from. */
export interface HandOff {
  readonly at: ReadonlySet<bigint>;
  readonly assumptions: readonly Expr[];
  readonly models: ModelStates;
}

const HANDED_OFF: Control = { kind: 'exit', reason: 'the code of a handler reason, analysed as an entry of its own' };

/**
 * Whether the path has changed no register (r0-r14), no memory and no model
 * state since the handler was called and has learnt nothing but what the
 * call promised: the reason entry's own analysis then starts from all the
 * path knows, and following the path into it would find its findings again.
 * A path that compared another register first, or a call (LR changed),
 * still runs the reason's code.
 */
function asCalled(ctx: StepContext<RiscOsState>, handOff: HandOff): boolean {
  const { cpu } = ctx.state;
  const entry = ctx.entry.cpu;
  if (ctx.depth !== 0 || !cpu.regs.every((v, r) => v === entry.regs[r])) return false;
  if (!(cpu.memory instanceof SymbolicMemory && entry.memory instanceof SymbolicMemory) || cpu.memory.writeCount !== entry.memory.writeCount) return false;
  if (ctx.models.size !== handOff.models.size || ![...handOff.models].every(([key, model]) => ctx.models.get(key) === model)) return false;
  return ctx.conditions.every((c) => handOff.assumptions.includes(c));
}

export function riscOsHooks(options: RiscOsHookOptions): Hooks<RiscOsState> {
  const { env, handler, service, handOff } = options;
  // A PreGrow's page block, whose checks at the return need to know which store wrote each entry (the full-block run's PW301 too, to name its cause).
  const block = handler?.reason.code === 0 ? handler.pageBlock : undefined;
  return {
    onInstruction(ctx) {
      if (handOff?.at.has(ctx.item.address) && asCalled(ctx, handOff)) return [{ guard: TRUE, state: ctx.state, control: HANDED_OFF }];
      checkNullBlockUse(ctx);
      const dispatch = checkDispatch(ctx, env);
      const modes = modeTestOutcomes(ctx, env);
      const execute = () => {
        const outcomes = modes ? modes() : ctx.execute();
        return dispatch ? followTable(dispatch, outcomes, ctx.traced) : outcomes;
      };
      const outcomes = checkUncheckedV(ctx, execute) ?? (dispatch || block || modes ? execute() : undefined);
      return block && outcomes ? recordEntryStores(ctx, outcomes, block) : outcomes;
    },
    ...(block ? { joinModels: handler?.partialFillOnly ? joinEntrySources : joinEntryStores } : {}),
    onStep(ctx, successors) {
      if (handler?.reason.code === 0 && !handler.partialFillOnly) checkPageBlockStores(ctx, successors, handler);
    },
    onControl(ctx, control, after) {
      return control.kind === 'swi' ? swiOutcomes(ctx, control.number, after, env) : undefined;
    },
    onReturn(ctx, state, address) {
      const who = handler ? handler.reason.shortName : service ? 'The service handler' : 'The entry point';
      if (env.svc && checkReturnAddress(ctx, state, address, who)) return;
      if (handler) checkHandlerReturn(ctx, state, handler);
      // A module entry point's caller (the kernel, or the code that issued its SWI) reads an error block where R0 points when V is set.
      else if (env.svc && !service) checkErrorPointer(ctx, state, whereV(ctx, state.cpu.v, 1), register(state, 0), who, false);
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
