import type { DataValue, Expr } from '../../../../emulator/src/index.js';
import type { SyntaxNode } from '../syntaxNode.js';
import type { Prototype } from './procDeclaration.js';
import { TablePrint } from './tablePrint.js';
import type { DefinitionText } from './types.js';
import { VTOOLSD_PROCEDURE_MACROS } from './vtoolsdLayer.js';

// The assembler's symbol table. MASM folds case, so names are keyed in lower
// case; each symbol keeps the spelling of its definition for the IR.

export interface StrucField {
  readonly name: string;
  readonly offset: number;
  /** Size of one element (the `dd` in `X dd 4 dup (?)`, or a structure's size). */
  readonly size: number;
  /** Bytes the field takes. */
  readonly length: number;
  /** The structure type of a field declared as a structure instance. */
  readonly struc?: string;
  /** Declared SBYTE, SWORD or SDWORD: MASM's .IF compares it signed. */
  readonly signed?: true;
  /** Initial value of a scalar field. */
  readonly initial: readonly DataValue[];
}

export interface MacroDefinition {
  readonly name: string;
  readonly parameters: readonly { readonly name: string; readonly required: boolean; readonly rest: boolean; readonly defaultText?: string }[];
  /** The body lines as written (LOCAL lines left out), expanded textually at each call. */
  readonly body: string;
  /** LOCAL names, replaced by fresh `??nnnn` labels at each call. */
  readonly locals: readonly string[];
  /** The body opens a conditional it does not close, or closes or continues (ELSE) one it did not open. */
  readonly unbalancedConditional: boolean;
  /** The body holds an EndProc or ENDP line: a call closes the procedure open there (a wrapper macro's, `MyEnd Grab`). */
  readonly closesProcedure: boolean;
  /** The body holds a BeginProc or PROC line: a call opens a procedure (a wrapper macro's, `MyBegin Grab`). */
  readonly opensProcedure: boolean;
  /** The names (lower case) its body's lines call as macros: a call of one that opens or closes a procedure does so too (`macroCallDoes`). */
  readonly calls: readonly string[];
  /** Where a macro a source file defines (not an expansion) wrote its text. */
  readonly source?: MacroSource;
}

export interface MacroSource {
  readonly file: string;
  /** The definition. */
  readonly node: SyntaxNode;
  /** Where each line of `body` starts in the node's text. */
  readonly lines: readonly number[];
  /** Each parameter's default, where it has one. */
  readonly defaults: readonly (DefinitionText | undefined)[];
}

export type MasmSymbol =
  /** A numeric equate (`EQU` to a constant, `=`): an Expr so unknowns stay symbolic. */
  | { readonly kind: 'equate'; readonly name: string; readonly value: Expr }
  /**
   * A text equate (`EQU <...>`, ArgVar names): substituted before the
   * statement is read. `written`: where a source file's TEXTEQU, CATSTR or
   * `EQU <...>` line wrote the text.
   */
  | { readonly kind: 'text'; readonly name: string; readonly text: string; readonly written?: DefinitionText }
  /**
   * A code or data label; `size` is the type of a data label (1, 2, 4, or a
   * structure's size), `signed` that type's sign, `prototype` a PROC's.
   */
  | {
    readonly kind: 'label'; readonly name: string; readonly address: bigint; readonly code: boolean;
    readonly size?: number; readonly length?: number; readonly struc?: string; readonly signed?: true; readonly prototype?: Prototype;
  }
  | { readonly kind: 'struc'; readonly name: string; readonly size: number; readonly fields: ReadonlyMap<string, StrucField>; readonly order: readonly StrucField[] }
  /** A TYPEDEF: the size, sign and structure of the type it names (`SINT TYPEDEF SDWORD`, `PBYTE TYPEDEF PTR BYTE`). */
  | { readonly kind: 'type'; readonly name: string; readonly size: number; readonly signed?: true; readonly struc?: string }
  | { readonly kind: 'macro'; readonly definition: MacroDefinition }
  /**
   * `EXTRN Name:type` or a PROTO: defined elsewhere, so its address is unknown.
   * `pops` is what a procedure takes off the stack as it returns, where its
   * PROTO (`prototype`) or its decorated name (`_Name@8`) says.
   */
  | { readonly kind: 'extern'; readonly name: string; readonly code: boolean; readonly size?: number; readonly pops?: number; readonly prototype?: Prototype };

/** A change to the table, as a chunk's lowering records it to replay it later. */
export type SymbolChange =
  | { readonly op: 'set'; readonly symbol: MasmSymbol }
  | { readonly op: 'delete'; readonly name: string }
  | { readonly op: 'field'; readonly field: StrucField };

/** Sees every read and change of a table (a chunk's lowering being recorded); keys are lower case. */
export interface SymbolObserver {
  read(key: string, found: MasmSymbol | undefined): void;
  readField(key: string, found: StrucField | undefined): void;
  changed(change: SymbolChange): void;
}

/** What a pass reads of the symbols another pass defined (its forward references). */
export interface SymbolSource {
  get(name: string): MasmSymbol | undefined;
  field(name: string): StrucField | undefined;
  labels(): Map<string, bigint>;
}

/** What a table held, by key, before the changes made since the journal was opened. */
export interface Journal {
  readonly symbols: Map<string, MasmSymbol | undefined>;
  readonly fields: Map<string, StrucField | undefined>;
}

/** How deep a wrapper's calls of other macros are followed, here and for the outline (parsing/masmWrappers.ts): as deep as the lowering expands macros one inside another (lowerer.ts). */
export const MAX_WRAPPER_NESTING = 32;

/** What a wrapper macro's call does to a procedure: opens one, or closes one. */
export type WrapperAction = 'opensProcedure' | 'closesProcedure';

/**
 * Whether a call of the macro `key` (lower case) does `action`: its own
 * body, or a macro's that body calls, and so on (`Outer` whose body is
 * `MyBegin name` opens a procedure as `MyBegin` does). A name the program
 * defines no macro for does it where the VtoolsD layer reads it so
 * (`MyEnd` whose body is `ENDCPROC name` closes one). Each macro is looked
 * at once, so macros that call one another end.
 */
export function macroCallDoes(key: string, macro: (key: string) => MacroDefinition | undefined, action: WrapperAction): boolean {
  const seen = new Set<string>();
  const visit = (at: string, depth: number): boolean => {
    if (depth > MAX_WRAPPER_NESTING || seen.has(at)) return false;
    seen.add(at);
    const definition = macro(at);
    if (definition === undefined) return depth > 0 && builtInDoes(at, action);
    return definition[action] || definition.calls.some((c) => visit(c, depth + 1));
  };
  return visit(key, 0);
}

function builtInDoes(key: string, action: WrapperAction): boolean {
  const builtIn = VTOOLSD_PROCEDURE_MACROS.get(key);
  return action === 'opensProcedure' ? builtIn?.opens !== undefined : builtIn?.closes === true;
}

export class SymbolTable implements SymbolSource {
  private readonly symbols = new Map<string, MasmSymbol>();
  /** MASM 5 structure fields are global names: `[esi.Field]` needs no type. */
  private readonly fields = new Map<string, StrucField>();
  observer: SymbolObserver | undefined;
  journal: Journal | undefined;
  /**
   * The changes that made the table, printed one by one but while a chunk's
   * lowering is recorded (`observer`) or replayed (`replaying`), whose
   * changes are printed as one part at its end (tablePrint.ts).
   */
  readonly print = new TablePrint();
  private replaying = false;
  /**
   * Each name's key, made once per pass: a name is read several times a
   * statement, and a key lowercased anew was a new string to hash and to
   * compare in full against the table's.
   */
  private readonly keys = new Map<string, string>();

  private keyOf(name: string): string {
    let key = this.keys.get(name);
    if (key === undefined) {
      key = name.toLowerCase();
      this.keys.set(name, key);
    }
    return key;
  }

  get(name: string): MasmSymbol | undefined {
    const key = this.keyOf(name);
    const found = this.symbols.get(key);
    this.observer?.read(key, found);
    return found;
  }

  set(symbol: MasmSymbol): void {
    const name = symbol.kind === 'macro' ? symbol.definition.name : symbol.name;
    const key = this.keyOf(name);
    this.note(key);
    this.symbols.set(key, symbol);
    if (this.observer) this.observer.changed({ op: 'set', symbol });
    else if (!this.replaying) this.print.change({ op: 'set', symbol });
  }

  delete(name: string): void {
    const key = this.keyOf(name);
    this.note(key);
    this.symbols.delete(key);
    if (this.observer) this.observer.changed({ op: 'delete', name });
    else if (!this.replaying) this.print.change({ op: 'delete', name });
  }

  private note(key: string): void {
    if (this.journal && !this.journal.symbols.has(key)) this.journal.symbols.set(key, this.symbols.get(key));
  }

  /** A symbol by lower-case key, unobserved. */
  peek(key: string): MasmSymbol | undefined {
    return this.symbols.get(key);
  }

  peekField(key: string): StrucField | undefined {
    return this.fields.get(key);
  }

  /** Gives keys the values of another pass (undefined: none), unobserved but journalled. */
  impose(symbols: ReadonlyMap<string, MasmSymbol | undefined>, fields: ReadonlyMap<string, StrucField | undefined>): void {
    for (const [key, s] of symbols) {
      this.note(key);
      if (s) this.symbols.set(key, s);
      else this.symbols.delete(key);
    }
    for (const [key, f] of fields) {
      if (this.journal && !this.journal.fields.has(key)) this.journal.fields.set(key, this.fields.get(key));
      if (f) this.fields.set(key, f);
      else this.fields.delete(key);
    }
  }

  /** Puts back what a journal says the table held, unobserved. */
  restore(journal: Journal): void {
    for (const [key, s] of journal.symbols) {
      if (s) this.symbols.set(key, s);
      else this.symbols.delete(key);
    }
    for (const [key, f] of journal.fields) {
      if (f) this.fields.set(key, f);
      else this.fields.delete(key);
    }
  }

  field(name: string): StrucField | undefined {
    const key = this.keyOf(name);
    const found = this.fields.get(key);
    this.observer?.readField(key, found);
    return found;
  }

  /** The first structure to define a field name owns the global name, as in MASM 5. */
  addField(field: StrucField): void {
    // Read through field(): whether the name was taken before decides what later reads find.
    const key = this.keyOf(field.name);
    if (!this.field(field.name)) {
      if (this.journal && !this.journal.fields.has(key)) this.journal.fields.set(key, undefined);
      this.fields.set(key, field);
    }
    if (this.observer) this.observer.changed({ op: 'field', field });
    else if (!this.replaying) this.print.change({ op: 'field', field });
  }

  /** Applies a change recorded earlier, as the operation that made it would. */
  apply(change: SymbolChange): void {
    if (change.op === 'set') this.set(change.symbol);
    else if (change.op === 'delete') this.delete(change.name);
    else this.addField(change.field);
  }

  /** Applies a chunk's recorded changes, printed as that chunk's. */
  replay(changes: readonly SymbolChange[]): void {
    this.replaying = true;
    try {
      for (const change of changes) this.apply(change);
    } finally {
      this.replaying = false;
    }
    if (!this.observer) this.print.chunk(changes);
  }

  /** Every name defined, structure fields included, as spelt where defined. */
  names(): string[] {
    const own = [...this.symbols.values()].map((s) => (s.kind === 'macro' ? s.definition.name : s.name));
    return [...own, ...[...this.fields.values()].map((f) => f.name)];
  }

  /** The keys (lower case) of the macros defined whose call closes a procedure, through the macros it calls too. */
  procedureClosingKeys(): Set<string> {
    const out = new Set<string>();
    const macro = (key: string): MacroDefinition | undefined => {
      const s = this.symbols.get(key);
      return s?.kind === 'macro' ? s.definition : undefined;
    };
    for (const [key, s] of this.symbols) if (s.kind === 'macro' && macroCallDoes(key, macro, 'closesProcedure')) out.add(key);
    return out;
  }

  /** The keys (lower case) of the text macros defined. */
  textMacroKeys(): Set<string> {
    const out = new Set<string>();
    for (const [key, s] of this.symbols) if (s.kind === 'text') out.add(key);
    return out;
  }

  labels(): Map<string, bigint> {
    const out = new Map<string, bigint>();
    for (const s of this.symbols.values()) if (s.kind === 'label') out.set(s.name, s.address);
    return out;
  }

  numericEquates(): Map<string, Expr> {
    const out = new Map<string, Expr>();
    for (const s of this.symbols.values()) if (s.kind === 'equate') out.set(s.name, s.value);
    return out;
  }
}
