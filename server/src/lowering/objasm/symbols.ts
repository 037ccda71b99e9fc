import { exprEquals, type StorageField } from '../../../../emulator/src/index.js';
import type { Value } from '../riscos/values.js';
import type { MacroDefinition } from './macros.js';

// The names an ObjAsm pass defines, one table per kind, with an observer
// that sees every read and every change: a routine's lowering is recorded
// through it, so that a later pass can tell whether the routine would read
// the same again (chunks.ts).

/**
 * The symbol a name node names: ObjAsm's bars only quote a name (`|__RelocCode|`, `|Image$$RO$$Base|`), so that
 * `|x|` and `x` are one symbol, as a label, an import or anything else.
 */
export function symbolName(node: { readonly text: string }): string {
  const { text } = node;
  return text.length > 2 && text.startsWith('|') && text.endsWith('|') ? text.slice(1, -1) : text;
}

/** A storage-map field with a base register (`ws_area # 4` after `^ 0, wp`). */
export interface Field {
  readonly base: number;
  readonly offset: bigint;
}

export interface SymbolKinds {
  /** `*` and EQU, and fields of a map without a register base. */
  readonly equate: Value;
  /** GBLA/GBLL/GBLS variables. */
  readonly global: Value;
  /** RN names, and equates of a register. */
  readonly alias: number;
  readonly field: Field;
  readonly macro: MacroDefinition;
  /** IMPORT and EXTERN. */
  readonly import: true;
  /** The fields the Program describes; written, never read. */
  readonly storage: StorageField;
  /**
   * Names an expression outside data took a difference with (`TableEnd - Table`): a routine so named
   * follows on as ObjAsm places it, not in a slot of its own (pass.ts `slot`).
   */
  readonly difference: true;
}

export type SymbolKind = keyof SymbolKinds;

export type SymbolChange = { readonly [K in SymbolKind]: { readonly kind: K; readonly name: string; readonly value: SymbolKinds[K] } }[SymbolKind];

export interface SymbolObserver {
  read(kind: SymbolKind, name: string, found: SymbolKinds[SymbolKind] | undefined): void;
  changed(change: SymbolChange): void;
}

const KINDS: readonly SymbolKind[] = ['equate', 'global', 'alias', 'field', 'macro', 'import', 'storage', 'difference'];

export class SymbolTable<K extends SymbolKind> {
  /** Read without the observer only to compare or report, never to lower. */
  entries = new Map<string, SymbolKinds[K]>();

  constructor(private readonly kind: K, private readonly symbols: Symbols) {}

  get(name: string): SymbolKinds[K] | undefined {
    const found = this.entries.get(name);
    this.symbols.observer?.read(this.kind, name, found);
    return found;
  }

  has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  set(name: string, value: SymbolKinds[K]): void {
    this.entries.set(name, value);
    this.symbols.changes.push({ kind: this.kind, name, value } as SymbolChange);
    this.symbols.observer?.changed({ kind: this.kind, name, value } as SymbolChange);
  }
}

export class Symbols {
  observer: SymbolObserver | undefined;
  /** Every change in order, made or replayed: the tables as they stood after any number of them can be made again. */
  changes: SymbolChange[] = [];
  readonly equates = new SymbolTable('equate', this);
  readonly globals = new SymbolTable('global', this);
  readonly aliases = new SymbolTable('alias', this);
  readonly fields = new SymbolTable('field', this);
  readonly macros = new SymbolTable('macro', this);
  readonly imports = new SymbolTable('import', this);
  readonly storage = new SymbolTable('storage', this);
  readonly differences = new SymbolTable('difference', this);

  private table(kind: SymbolKind): SymbolTable<SymbolKind> {
    switch (kind) {
      case 'equate': return this.equates;
      case 'global': return this.globals;
      case 'alias': return this.aliases;
      case 'field': return this.fields;
      case 'macro': return this.macros;
      case 'import': return this.imports;
      case 'storage': return this.storage;
      case 'difference': return this.differences;
    }
  }

  /** What a name is now, unobserved. */
  current(kind: SymbolKind, name: string): SymbolKinds[SymbolKind] | undefined {
    return this.table(kind).entries.get(name);
  }

  /** Makes a recorded change again, unobserved. */
  apply(change: SymbolChange): void {
    this.table(change.kind).entries.set(change.name, change.value);
    this.changes.push(change);
  }

  /** The tables as the first `count` of `changes` left them. */
  restore(changes: readonly SymbolChange[], count: number): void {
    for (let k = 0; k < count; k++) this.apply(changes[k] as SymbolChange);
  }

  /** The tables `from` ended with (shared: nothing changes a pass's tables once it has ended), and its changes after the first `count` after this one's own. */
  takeOver(from: Symbols, count: number): void {
    for (const kind of KINDS) this.table(kind).entries = from.table(kind).entries;
    this.changes = this.changes.concat(from.changes.slice(count));
  }
}

export function sameValue(a: Value, b: Value): boolean {
  return a === b || (typeof a === 'object' && typeof b === 'object' && exprEquals(a, b));
}

function sameMacro(a: MacroDefinition, b: MacroDefinition): boolean {
  return a.name === b.name && a.label === b.label && a.body === b.body && a.parameters.length === b.parameters.length
    && a.parameters.every((p, i) => p.name === b.parameters[i]?.name && p.default === b.parameters[i]?.default);
}

/** Whether a name of `kind` reads the same as `a` and as `b` (tables are made anew by each pass, so by content). */
export function sameSymbol(kind: SymbolKind, a: SymbolKinds[SymbolKind] | undefined, b: SymbolKinds[SymbolKind] | undefined): boolean {
  if (a === b) return true;
  if (a === undefined || b === undefined) return false;
  switch (kind) {
    case 'equate': case 'global': return sameValue(a as Value, b as Value);
    case 'field': return (a as Field).base === (b as Field).base && (a as Field).offset === (b as Field).offset;
    case 'macro': return sameMacro(a as MacroDefinition, b as MacroDefinition);
    default: return false;
  }
}
