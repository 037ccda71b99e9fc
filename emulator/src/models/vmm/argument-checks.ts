import { allConstants, findConstant } from '../../catalogue/index.js';
import type { ServiceParam, WindowsTarget, ZeroCondition } from '../../catalogue/index.js';
import type { FindingFix } from '../../checks/finding.js';
import type { FindingDraft } from '../../explore/hooks.js';
import { lineMessage } from '../../checks/message.js';
import { bv, eq, exprEquals, ne, termAndConstant, TRUE, ule } from '../../values/expr.js';
import type { Expr } from '../../values/expr.js';
import { formatNumber } from '../../values/format.js';
import { knownBits } from '../../values/known-bits.js';
import type { ServiceCall } from './calls.js';
import { callHere, callKey, callLine, type CallSite } from './call-sites.js';
import { constant, known, maybeConstant } from './outcomes.js';
import type { Phase, VmmModelState } from './state.js';
import { allAtLeast, allBefore } from './state.js';
import type { SymbolTable } from './symbols.js';
import { phaseBreaks } from './phases.js';

// Checks of the arguments of one service call: PW250 (count), PW201
// (must-be-zero, from the catalogue's rules), PW202 (flags and closed value
// sets) and PW240 (address where a page number belongs, or the reverse).
// Every check needs the bad value proven: an argument the model does not know
// never produces a finding.

export interface ArgumentReporter {
  infeasible(condition: Expr): boolean;
  report(draft: FindingDraft): void;
}

const ADDRESS_ROLES = new Set(['linear-address', 'physical-address']);
const V86_MAPPERS = new Set(['_PhysIntoV86', '_MapIntoV86', '_LinMapIntoV86']);
const MAX_PAGE_NUMBER = 0xfffffn;

/** Whether `e` is certainly the constant `value` / certainly not 0 on the path. */
const proven = (r: ArgumentReporter, condition: Expr): boolean => r.infeasible(condition);

/**
 * `r`, whose findings, where every argument they read is a constant, rest
 * on nothing the path chose: such a call is wrong wherever it is reached.
 */
function readingOnly(r: ArgumentReporter, values: readonly (Expr | undefined)[]): ArgumentReporter {
  if (!values.every((v) => v === undefined || v.kind === 'const')) return r;
  return { infeasible: (condition) => r.infeasible(condition), report: (draft) => r.report({ ...draft, onConstants: true }) };
}

/**
 * Checks the arguments of `call`, written at `site`. Of several calls
 * written at one place (a REPT or IRP block's repetitions) each one's
 * findings are its own, named by its number: one repetition may be given
 * another value than the next.
 */
export function checkArguments(reporter: ArgumentReporter, call: ServiceCall, model: VmmModelState, symbols: SymbolTable, site: CallSite): void {
  const r = site.nth === undefined ? reporter : ofCall(reporter, site);
  const { service } = call;
  const semantics = service?.semantics;
  if (!service) return;
  // A stdcall or fastcall service's count is its header declaration's, which VxDCall enforces too.
  const counted = semantics !== undefined || service.convention === 'stdcall' || service.convention === 'fastcall';
  const inRegisters = service.convention === 'fastcall' ? 2 : 0;
  if (call.jump && call.written !== undefined && call.written > inRegisters) {
    r.report({ code: 'PW250', message: `A tail call (VMMjmp, VxDjmp) takes no argument list${inRegisters ? ' past ECX and EDX' : ''}: ${service.name} reads the arguments this procedure's caller pushed`, onConstants: true });
  } else if (counted && call.written !== undefined && service.arity !== undefined && call.written !== service.arity) {
    r.report({ code: 'PW250', message: `${service.name} takes ${service.arity} argument${service.arity === 1 ? '' : 's'}; ${call.written} given`, onConstants: true });
  }
  if (!semantics) return;
  const byName = new Map(semantics.params.map((p, i) => [p.name, call.args[i]] as const));
  semantics.params.forEach((param, i) => {
    const value = call.args[i];
    if (!value) return;
    checkMustBeZero(r, service.name, param, value, byName, model.version);
    checkValues(readingOnly(r, [value]), service.name, param, value, model.version);
    checkPageRole(readingOnly(r, [value]), service.name, param, value, symbols, model);
  });
  checkCombinations(r, service.name, byName, model.version, (breaks) => phaseBreaks(model, (condition) => r.infeasible(condition), breaks));
}

function ofCall(r: ArgumentReporter, site: CallSite): ArgumentReporter {
  return {
    infeasible: (condition) => r.infeasible(condition),
    report: (draft) => r.report({ ...draft, message: `${draft.message}${callHere(site)}`, rootCause: `${draft.rootCause ?? ''} ${callKey(site)}` }),
  };
}

function zeroRuleApplies(r: ArgumentReporter, when: ZeroCondition, args: ReadonlyMap<string, Expr | undefined>): string | undefined {
  switch (when.kind) {
    case 'always': return '';
    case 'when-equals': {
      const other = args.get(when.param);
      return other && proven(r, ne(other, bv(constant(when.constant), 32))) ? ` with ${when.param} = ${when.constant}` : undefined;
    }
    case 'when-one-of': {
      const other = args.get(when.param);
      const hit = when.constants.find((c) => other && proven(r, ne(other, bv(constant(c), 32))));
      return hit ? ` with ${when.param} = ${hit}` : undefined;
    }
    case 'when-flag': {
      const other = args.get(when.param);
      return other && (knownBits(other).ones & constant(when.constant)) !== 0n ? ` with ${when.constant}` : undefined;
    }
  }
}

function checkMustBeZero(r: ArgumentReporter, service: string, param: ServiceParam, value: Expr,
  args: ReadonlyMap<string, Expr | undefined>, version: WindowsTarget): void {
  for (const rule of param.mustBeZero ?? []) {
    if (!rule.targets.includes(version) || rule.disputed) continue;
    const why = zeroRuleApplies(r, rule.when, args);
    if (why === undefined || !proven(r, eq(value, bv(0, 32)))) continue;
    readingOnly(r, [value, rule.when.kind === 'always' ? undefined : args.get(rule.when.param)]).report({
      code: 'PW201', message: `${param.name} of ${service} must be 0${why}`, rootCause: `${param.name}${why}`,
      fix: { kind: 'zero-argument', service, param: param.name },
    });
    return;
  }
}

const valueOf = (v: string | number): bigint => (typeof v === 'number' ? BigInt(v) : constant(v));

/** A closed set's value as the source writes it: a name, or a number in MASM's hex. */
const written = (v: string | number): string => (typeof v === 'string' ? v : formatNumber(BigInt(v), 'masm'));

/** The value an argument was given, named as its set's names are (`PG_INSTANCE` among the `PG_` types) where one is. */
function givenText(v: bigint, set: readonly (string | number)[]): string {
  const named = set.find((x): x is string => typeof x === 'string');
  const family = named === undefined ? undefined : findConstant(named)?.family;
  const name = family === undefined ? undefined : allConstants({ family }).find((c) => BigInt(c.value >>> 0) === v)?.name;
  return name ?? formatNumber(v, 'masm');
}

/** A run of pages, `first`-`last` in MASM's hex. */
const pages = (first: bigint, count: bigint): string => `${formatNumber(first, 'masm')}-${formatNumber(first + count - 1n, 'masm')}`;

function checkValues(r: ArgumentReporter, service: string, param: ServiceParam, value: Expr, version: WindowsTarget): void {
  const v = known(value);
  const zeroOnly = param.mustBeZero?.some((m) => m.when.kind === 'always' && m.targets.includes(version));
  if (v !== undefined && param.values && !param.values.some((x) => valueOf(x) === v)) {
    r.report({ code: 'PW202', message: `${param.name} of ${service} is ${givenText(v, param.values)}; it must be one of ${param.values.map(written).join(', ')}`, rootCause: param.name });
  }
  if (param.flags && param.flags.length > 0 && !zeroOnly) {
    const usable = param.flags.filter((f) => !f.targets || f.targets.includes(version));
    const bitsOf = (flags: readonly { readonly name: string }[]): bigint => flags.reduce((m, f) => m | (maybeConstant(f.name) ?? 0n), 0n);
    const set = knownBits(value).ones;
    const reserved = set & ~bitsOf(param.flags) & 0xffffffffn;
    // A flag of unknown value could be any bit: then no bit is known to be reserved.
    if (reserved !== 0n && param.flags.every((f) => maybeConstant(f.name) !== undefined)) {
      r.report({ code: 'PW202', message: `Reserved bits ${formatNumber(reserved, 'masm')} are set in ${param.name} of ${service}`, rootCause: `${param.name} reserved` });
    } else {
      // A flag documented only for another Windows version is suspect, not
      // proven wrong: whether the other version honours it is not documented.
      const elsewhere = param.flags.filter((f) => !usable.includes(f) && (set & (maybeConstant(f.name) ?? 0n)) !== 0n);
      if (elsewhere.length > 0) {
        const names = elsewhere.map((f) => f.name).join(', ');
        r.report({
          code: 'PW202',
          severity: 'warning',
          message: `${names} in ${param.name} of ${service} is documented only for ${elsewhere[0]?.targets?.join('/') ?? 'other versions'}, not for the ${version} target`,
          rootCause: `${param.name} version`,
        });
      }
    }
  }
  const bits = knownBits(value);
  if (param.bitsMustBeZero !== undefined && (bits.ones & BigInt(param.bitsMustBeZero)) !== 0n) {
    r.report({ code: 'PW202', message: `${param.name} of ${service} may only set P_PRES, P_WRITE and P_USER`, rootCause: `${param.name} bits` });
  }
  if (param.bitsMustBeOne !== undefined && (bits.zeros & BigInt(param.bitsMustBeOne)) !== 0n) {
    r.report({ code: 'PW202', message: `${param.name} of ${service} may only clear P_PRES, P_WRITE and P_USER`, rootCause: `${param.name} bits` });
  }
}

/**
 * Whether a page-number argument is an address, as PW240 proves it: what a
 * service returned as an address (plus a constant), or a number above any
 * page's.
 */
export function isAddressNotPage(value: Expr, symbols: SymbolTable): boolean {
  return addressSymbol(value, symbols) !== undefined || (known(value) ?? 0n) > MAX_PAGE_NUMBER;
}

/** The address a service gave that `e` is (plus a constant), in words, if it is one. */
function addressSymbol(e: Expr, symbols: SymbolTable): string | undefined {
  const [x] = termAndConstant(e);
  if (x.kind !== 'sym') return undefined;
  const info = symbols.get(x.name);
  if ((info?.kind !== 'result' && info?.kind !== 'stored') || !ADDRESS_ROLES.has(info.role)) return undefined;
  return info.kind === 'stored' ? `the ${info.role.replace('-', ' ')} ${info.service} wrote through ${info.param}` : `the address ${info.service} returned`;
}

/** The highest value a page-number argument takes: a bound that pages stay below (maxPhys) may be one past the last page. */
const highestPage = (param: ServiceParam): bigint => (param.range && BigInt(param.range.max) > MAX_PAGE_NUMBER ? BigInt(param.range.max) : MAX_PAGE_NUMBER);

function checkPageRole(r: ArgumentReporter, service: string, param: ServiceParam, value: Expr, symbols: SymbolTable, model: VmmModelState): void {
  if (param.role === 'page-number') {
    // -1 is "no limit" for the maxphys-style arguments.
    const special = known(value) === 0xffffffffn || param.specialValues?.some((s) => known(value) === constant(s));
    const from = addressSymbol(value, symbols);
    const alias = model.globalAliases.find((a) => exprEquals(value, a.alias));
    if (alias) {
      const message = lineMessage`${param.name} of ${service} is given the alias _LinPageLock returned at ${callLine(alias.site)}; it wants the alias's page number (alias SHR 12)`;
      r.report({ code: 'PW240', message: message.text, lines: message.lines, rootCause: param.name });
    } else if (from) {
      r.report({ code: 'PW240', message: `${param.name} of ${service} is a page number, but it is given ${from} (missing SHR 12?)`, rootCause: param.name });
    } else if (!special && proven(r, ule(value, bv(highestPage(param), 32)))) {
      r.report({ code: 'PW240', message: `${param.name} of ${service} is a page number, but the value is above ${formatNumber(highestPage(param), 'masm')}: an address?`, rootCause: param.name });
    }
    return;
  }
  const addressLike = param.role === 'linear-address' || (param.role === 'handle' && model.version !== 'W31' && param.name === 'hMem');
  if (addressLike && value.kind === 'binary' && value.op === 'lshr' && known(value.right) === 12n && addressSymbol(value.left, symbols)) {
    r.report({ code: 'PW240', message: `${param.name} of ${service} wants the block's address, but it is given a page number`, rootCause: param.name });
  }
}

/** `broken`: where a rule of phases (whether code that may run in each of the phases given breaks it) is broken, `phaseBreaks`. */
function checkCombinations(
  r: ArgumentReporter, service: string, args: ReadonlyMap<string, Expr | undefined>, version: WindowsTarget,
  broken: (breaks: (phases: readonly Phase[]) => boolean) => Expr | undefined,
): void {
  const flags = args.get('flags') ?? bv(0, 32);
  const on = knownBits(flags).ones, off = knownBits(flags).zeros;
  const set = (name: string): boolean => (on & constant(name)) !== 0n;
  const clear = (name: string): boolean => (off & constant(name)) !== 0n;
  // `reads`: the arguments the rule reads, past the flags.
  // `condition`: where a rule of phases is broken, when only some paths' messages break it.
  const bad = (message: string, { severity, fix, reads = [flags], condition = TRUE }: { severity?: 'warning'; fix?: FindingFix; reads?: readonly (Expr | undefined)[]; condition?: Expr } = {}): void =>
    readingOnly(r, reads).report({
      code: 'PW202', message, rootCause: message, ...(severity ? { severity } : {}), ...(fix ? { fix } : {}), ...(condition === TRUE ? {} : { condition }),
    });
  const addFlags = (front: readonly string[], back: readonly string[], preferred: boolean): FindingFix =>
    ({ kind: 'add-flags', service, param: 'flags', front, back, preferred });
  // A rule of a phase is broken only when it is broken in every phase the code may run in. An Init_Complete
  // handler breaks neither: it runs during initialisation (PageUseAlign on 3.1), and spec A.4.1 lets PageLockedIfDP
  // be used from Init_Complete on (A.4.2's "every device has processed Init_Complete" would forbid it there too).
  const beforeInitComplete = broken((phases) => allBefore(phases, 'init-complete'));
  const afterInitialisation = broken((phases) => allAtLeast(phases, 'sys-vm-init'));
  // PageUseAlign, PageContig and PageFixed are _PageAllocate's alone (spec A.4.2): given _PageReAllocate they are
  // reserved bits, reported as such, and their rules say nothing more.
  if (service === '_PageAllocate') {
    if (set('PageUseAlign') && clear('PageFixed')) bad(`PageUseAlign needs PageFixed`, { fix: addFlags([], ['PageFixed'], true) });
    if (set('PageContig') && clear('PageUseAlign')) {
      // PageUseAlign needs PageFixed in turn; a flag neither proven set nor clear leaves the repair open.
      const contigFix = set('PageFixed') ? addFlags(['PageUseAlign'], [], false) : clear('PageFixed') ? addFlags(['PageUseAlign'], ['PageFixed'], false) : undefined;
      bad(`PageContig is ignored without PageUseAlign: the block is not physically contiguous`, { severity: 'warning', ...(contigFix ? { fix: contigFix } : {}) });
    }
    if (set('PageUseAlign') && version === 'W31' && afterInitialisation) bad(`PageUseAlign is only allowed during initialisation on Windows 3.1`, { condition: afterInitialisation });
    // Spec A.4.15: a free physical region is made at initialisation, of system pages (the flag is 3.1's alone: elsewhere
    // it is the warning checkValues gives).
    if (set('PageMapFreePhysReg') && version === 'W31') {
      const pType = args.get('pType'), given = known(pType);
      if (given !== undefined && given !== constant('PG_SYS')) bad(`PageMapFreePhysReg needs pType PG_SYS`, { reads: [flags, pType] });
      if (afterInitialisation) bad(`PageMapFreePhysReg is only allowed during initialisation`, { condition: afterInitialisation });
    }
  }
  // Spec A.4.1 makes PageLocked and PageLockedIfDP exclude each other for _PageAllocate; A.4.2 takes both for
  // _PageReAllocate without that rule.
  if (service === '_PageAllocate' && set('PageLocked') && set('PageLockedIfDP')) bad(`PageLocked and PageLockedIfDP exclude each other`);
  if (set('PageLockedIfDP') && beforeInitComplete && ['_PageAllocate', '_PageReAllocate', '_PageLock', '_LinPageLock'].includes(service)) {
    bad(`PageLockedIfDP may not be used before Init_Complete`, { condition: beforeInitComplete });
  }
  if (service === '_LinPageLock' && set('PageMapGlobal') && set('PageLockedIfDP')) bad(`PageMapGlobal may not be combined with PageLockedIfDP`);
  if (service === '_PageCommitContig' && set('PCC_NOLIN') && (on & ~constant('PCC_NOLIN')) !== 0n) bad(`PCC_NOLIN may not be combined with other flags`);
  if (service === '_ModifyPageBits') {
    const and = args.get('bitAND'), orBits = args.get('bitOR'), pType = known(args.get('pType'));
    const clears = and ? (knownBits(and).zeros & 7n) !== 0n : false;
    if (clears && pType !== undefined && pType !== constant('PG_HOOKED')) bad(`clearing P_PRES, P_WRITE or P_USER needs pType PG_HOOKED`, { reads: [and, args.get('pType')] });
    if (orBits && (knownBits(orBits).ones & constant('P_PRES')) !== 0n) bad(`_ModifyPageBits cannot set P_PRES; map the pages with _PhysIntoV86 or _MapIntoV86`, { reads: [orBits] });
  }
  const v86Page = known(args.get('VMLinPgNum')), count = known(args.get('nPages'));
  if (v86Page !== undefined && count !== undefined && V86_MAPPERS.has(service) && (v86Page < 0x10n || v86Page + count - 1n > 0x10fn)) {
    bad(`${service} maps V86 pages ${pages(v86Page, count)}; only 10h-10Fh may be mapped`, { reads: [args.get('VMLinPgNum'), args.get('nPages')] });
  }
  // The VM's first V86 page is not modelled: only the upper bound of spec W11 is checked.
  if (v86Page !== undefined && count !== undefined && service === '_ModifyPageBits' && v86Page + count - 1n > 0x10fn) {
    bad(`${service} changes V86 pages ${pages(v86Page, count)}; only pages up to 10Fh belong to the VM's V86 space`, { reads: [args.get('VMLinPgNum'), args.get('nPages')] });
  }
  if (service === '_PageCommit') {
    const hpd = known(args.get('hpd'));
    const fixedPager = hpd === constant('PD_FIXED') || hpd === constant('PD_FIXEDZERO');
    if (fixedPager && clear('PC_FIXED')) bad(`PD_FIXED and PD_FIXEDZERO need PC_FIXED`, { reads: [flags, args.get('hpd')] });
  }
}
