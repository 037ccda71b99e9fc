import { findConstant } from '../../catalogue/index.js';
import type { ResultRegister, VmmService, WindowsTarget, X86Register } from '../../catalogue/index.js';
import type { Fresh } from '../../explore/machine.js';
import type { SourceSpan } from '../../ir/program.js';
import type { CallSite } from './call-sites.js';
import type { X86Reg32 } from '../../ir/x86.js';
import { TRUE, and, bv, constValue, eq, ne, uge } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import type { ServiceCall } from './calls.js';
import type { VmmModelState } from './state.js';
import type { SymbolTable } from './symbols.js';

// The possible results of one service call, before a service's own effects
// are applied: the catalogue says which registers carry results and which
// value reports failure, so the success/failure split is built here once for
// every service. All outcomes share the result symbols and differ only in
// their guards, so paths whose models agree join again right after the call.

export type OutcomeLabel = 'success' | 'failure' | 'special';

export interface ServiceOutcome {
  readonly label: OutcomeLabel;
  readonly guard: Expr;
  /** Result registers (32-bit) and result flags (1-bit, by flag name). */
  readonly results: ReadonlyMap<string, Expr>;
  readonly model: VmmModelState;
  /** Stores the service makes (an out parameter). */
  readonly writes: readonly { readonly address: Expr; readonly value: Expr }[];
  /** The service does not return: the path ends here. */
  readonly noReturn?: boolean;
  /** A note on this outcome's path only ("physical page taken out of the region here"). */
  readonly note?: string;
}

/** What a service implementation gets to see. */
export interface CallScope {
  readonly call: ServiceCall;
  readonly service: VmmService;
  readonly model: VmmModelState;
  readonly site: CallSite;
  /** The calls the path is inside at `site`, outermost first (`StepContext.callSites`). */
  readonly calls: readonly SourceSpan[];
  readonly fresh: Fresh;
  /** Whether the run was given this value (a symbol of a replayed witness). */
  readonly given: (value: Expr) => boolean;
  readonly symbols: SymbolTable;
  /**
   * The memory cells the path read `value` from (a value the procedure
   * found in memory) or stored a copy of it to before this call: where
   * copies may still live, which `tracking.ts` then checks.
   */
  copiesOf(value: Expr): readonly Expr[];
}

const REGISTER_NAMES: Readonly<Partial<Record<X86Register, string>>> = {
  EAX: 'eax', EBX: 'ebx', ECX: 'ecx', EDX: 'edx', ESI: 'esi', EDI: 'edi', EBP: 'ebp', CF: 'cf', ZF: 'zf',
};

export function registerName(r: X86Register): string | undefined {
  return REGISTER_NAMES[r];
}

/** The named constant's value, or undefined for a name whose value no source gives (PL_TOTALUNLOCK). */
export function maybeConstant(name: string): bigint | undefined {
  const c = findConstant(name);
  return c ? BigInt(c.value >>> 0) : undefined;
}

/** The named constant's value; the catalogue holds every name the model uses. */
export function constant(name: string): bigint {
  const c = findConstant(name);
  if (!c) throw new Error(`no constant ${name} in the catalogue`);
  return BigInt(c.value >>> 0);
}

/** Argument by parameter name (C order as in the catalogue); a missing argument is unknown. */
export function arg(scope: CallScope, name: string): Expr | undefined {
  const i = scope.service.semantics?.params.findIndex((p) => p.name === name) ?? -1;
  return i < 0 ? undefined : scope.call.args[i];
}

/** The scope of the same call with argument `name` replaced by `value`. */
export function withArg(scope: CallScope, name: string, value: Expr): CallScope {
  const i = scope.service.semantics?.params.findIndex((p) => p.name === name) ?? -1;
  if (i < 0) return scope;
  const args = [...scope.call.args];
  args[i] = value;
  return { ...scope, call: { ...scope.call, args } };
}

export function resultRegisters(service: VmmService, version: WindowsTarget): readonly ResultRegister[] {
  const results = service.semantics?.results ?? [];
  return (results.find((r) => r.targets.includes(version)) ?? results[0])?.registers ?? [];
}

/** Conjunction that leaves out constant-true parts, so guards read as written in path notes. */
function all(parts: readonly Expr[]): Expr {
  let guard: Expr | undefined;
  for (let i = 0; i < parts.length; i++) {
    const x = parts[i] as Expr;
    if (x.kind === 'const' && x.value === 1n) continue;
    guard = guard === undefined ? x : and(guard, x);
  }
  return guard ?? TRUE;
}

const UNDOCUMENTED_C_RESULTS: readonly X86Register[] = ['EAX', 'EDX'];

/**
 * Where the VMM keeps what every context sees: a VM's control block (so a
 * VM handle is never 0) and a PageMapGlobal alias.
 */
export const SYSTEM_ARENA = bv(0x80000000, 32);

/**
 * The catalogue's outcomes: success, failure (when the service has a failure value) and any special non-failure values.
 *
 * Written with index loops over lists that hold objects from the start:
 * every VxD service call runs it, and an empty array literal, the
 * catalogue's arrays and a list of guards differ in V8's hidden class. The
 * spreads and iterators it had met a new one every few opens of a large
 * file and threw the optimised code away, and compiling it again took
 * 135-170 ms of a V8 thread each time.
 */
export function catalogueOutcomes(scope: CallScope): ServiceOutcome[] {
  const { service, model } = scope;
  const semantics = service.semantics;
  const failure = semantics?.failure ?? null;
  const results = new Map<string, Expr>();
  // Seeded with TRUE, which `all` leaves out, so that every list here holds objects from the start.
  const facts: Expr[] = [TRUE];
  const make = (register: X86Register, role: ResultRegister['role']): void => {
    const name = registerName(register);
    if (!name || results.has(name)) return;
    const width = name === 'cf' || name === 'zf' ? 1 : 32;
    const value = scope.fresh(`${service.name}.${name}`, width);
    const sentinel = failure?.registers.includes(register) ? BigInt(failure.value) : undefined;
    scope.symbols.add(value, sentinel === undefined
      ? { kind: 'result', service: service.name, register: name, role, site: scope.site }
      : { kind: 'result', service: service.name, register: name, role, site: scope.site, sentinel });
    results.set(name, value);
    if (role === 'vm-handle') facts.push(uge(value, SYSTEM_ARENA));
  };
  const registers = resultRegisters(service, model.version);
  for (let i = 0; i < registers.length; i++) {
    const r = registers[i] as ResultRegister;
    make(r.register, r.role);
  }
  const outputs = semantics?.outputs;
  if (outputs) {
    for (let i = 0; i < outputs.length; i++) {
      const o = outputs[i] as (typeof outputs)[number];
      make(o.register, o.role);
    }
  }
  if (failure) for (let i = 0; i < failure.registers.length; i++) make(failure.registers[i] as X86Register, 'other');
  // A C, stdcall or fastcall service the catalogue has no semantics for may
  // return its result in EAX (EDX:EAX for a 64-bit one): unknown values,
  // never destroyed ones.
  if (!semantics && service.convention !== 'register') {
    for (const r of UNDOCUMENTED_C_RESULTS) if (service.clobbers?.includes(r)) make(r, 'other');
  }
  if (semantics?.noReturn) return [{ results, model, writes: [], label: 'success', guard: TRUE, noReturn: true }];
  if (!failure) return [{ results, model, writes: [], label: 'success', guard: all(facts) }];
  const value = bv(failure.value, 32);
  const failed: Expr[] = [TRUE];
  for (let i = 0; i < failure.registers.length; i++) failed.push(results.get(registerName(failure.registers[i] as X86Register) ?? '') ?? value);
  const first = failure.registers.length > 0 ? failed[1] as Expr : value;
  const specials: Expr[] = [TRUE];
  const notFailures = failure.notFailures;
  if (notFailures) for (let i = 0; i < notFailures.length; i++) specials.push(bv((notFailures[i] as (typeof notFailures)[number]).value, 32));
  const success = facts.slice();
  for (let i = 1; i < failed.length; i++) success.push(ne(failed[i] as Expr, value));
  for (let i = 1; i < specials.length; i++) success.push(ne(first, specials[i] as Expr));
  const failing = facts.slice();
  for (let i = 1; i < failed.length; i++) failing.push(eq(failed[i] as Expr, value));
  const outcomes: ServiceOutcome[] = [
    { results, model, writes: [], label: 'success', guard: all(success) },
    { results, model, writes: [], label: 'failure', guard: all(failing) },
  ];
  for (let i = 1; i < specials.length; i++) {
    const special = facts.slice();
    special.push(eq(first, specials[i] as Expr));
    outcomes.push({ results, model, writes: [], label: 'special', guard: all(special) });
  }
  return outcomes;
}

/** One outcome with concrete results, for a closed world that knows what happens. */
export function exactly(scope: CallScope, label: OutcomeLabel, model: VmmModelState, values: Readonly<Record<string, bigint | Expr>>,
  writes: ServiceOutcome['writes'] = []): ServiceOutcome[] {
  const results = new Map<string, Expr>();
  for (const [k, v] of Object.entries(values)) results.set(k, typeof v === 'bigint' ? bv(v, 32) : v);
  return [{ label, guard: TRUE, results, model, writes }];
}

export function known(e: Expr | undefined): bigint | undefined {
  return e ? constValue(e) : undefined;
}

/** Whether a concrete flags argument has the named flag; undefined when the argument is not known. */
export function hasFlag(flags: Expr | undefined, name: string): boolean | undefined {
  const v = known(flags);
  return v === undefined ? undefined : (v & constant(name)) !== 0n;
}

export const RESULT_REGISTERS: readonly X86Reg32[] = ['eax', 'ecx', 'edx', 'ebx', 'esi', 'edi', 'ebp'];
