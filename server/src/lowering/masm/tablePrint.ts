import type { DataValue } from '../../../../emulator/src/index.js';
import { StatePrint } from '../objasm/statePrint.js';
import type { Prototype } from './procDeclaration.js';
import type { MasmSymbol, StrucField, SymbolChange } from './symbols.js';
import { definitionNodeId } from './writtenText.js';

// A 53-bit print of the changes that made a pass's symbol table, in order,
// each by its content (a macro or text macro a source file defines also by
// the syntax node that defines it, writtenText.ts): two tables printed
// alike were made by the same changes from the same start, so they hold the
// same symbols and fields, and a chunk whose recording was replayed or made
// when the table printed as it does now reads its own tables alike without
// being checked read by read (chunks.ts). A chunk's changes are printed as
// one part, the same whether it is lowered or replayed, and kept with its
// list, which the recording and its copies moved by rows share. Two
// different tables share a print by accident about once in 2^53.

const enum Part { Set = -1, Delete = -2, Field = -3, Chunk = -4, None = -5, Label = -6, Equate = -7, Text = -8, Struc = -9, Macro = -10, Extern = -11, Type = -12 }

/** Each chunk's changes as their print, made once per list. */
const chunkPrints = new WeakMap<readonly SymbolChange[], number>();

export class TablePrint extends StatePrint {
  change(change: SymbolChange): void {
    if (change.op === 'set') {
      this.word(Part.Set);
      this.symbol(change.symbol);
    } else if (change.op === 'delete') {
      this.word(Part.Delete);
      this.string(change.name);
    } else {
      this.word(Part.Field);
      this.field(change.field);
    }
  }

  /** A chunk's changes, as one part. */
  chunk(changes: readonly SymbolChange[]): void {
    let print = chunkPrints.get(changes);
    if (print === undefined) {
      const own = new TablePrint();
      for (const c of changes) own.change(c);
      print = own.key;
      chunkPrints.set(changes, print);
    }
    this.word(Part.Chunk);
    this.word(Math.floor(print / 0x20_0000));
    this.word(print % 0x20_0000);
  }

  private symbol(s: MasmSymbol): void {
    switch (s.kind) {
      case 'equate':
        this.word(Part.Equate);
        this.string(s.name);
        this.expr(s.value);
        return;
      case 'text':
        this.word(Part.Text);
        this.string(s.name);
        this.string(s.text);
        this.word(definitionNodeId(s.written?.node));
        return;
      case 'label':
        this.word(Part.Label);
        this.string(s.name);
        this.bigint(s.address);
        this.word(s.code ? 1 : 0);
        this.word(s.size ?? Part.None);
        this.word(s.length ?? Part.None);
        this.optional(s.struc);
        this.word(s.signed ? 1 : 0);
        this.prototype(s.prototype);
        return;
      case 'extern':
        this.word(Part.Extern);
        this.string(s.name);
        this.word(s.code ? 1 : 0);
        this.word(s.size ?? Part.None);
        this.word(s.pops ?? Part.None);
        this.prototype(s.prototype);
        return;
      case 'type':
        this.word(Part.Type);
        this.string(s.name);
        this.word(s.size);
        this.word(s.signed ? 1 : 0);
        this.optional(s.struc);
        return;
      case 'struc':
        this.word(Part.Struc);
        this.string(s.name);
        this.word(s.size);
        this.word(s.order.length);
        for (const f of s.order) this.field(f);
        return;
      case 'macro': {
        const d = s.definition;
        this.word(Part.Macro);
        this.string(d.name);
        this.string(d.body);
        this.word(definitionNodeId(d.source?.node));
        this.word((d.unbalancedConditional ? 1 : 0) | (d.closesProcedure ? 2 : 0) | (d.opensProcedure ? 4 : 0));
        this.word(d.locals.length);
        for (const l of d.locals) this.string(l);
        this.word(d.parameters.length);
        for (const p of d.parameters) {
          this.string(p.name);
          this.word((p.required ? 1 : 0) | (p.rest ? 2 : 0));
          this.optional(p.defaultText);
        }
      }
    }
  }

  private prototype(p: Prototype | undefined): void {
    if (!p) return this.word(Part.None);
    this.optional(p.language);
    this.word(p.vararg ? 1 : 0);
    this.word(p.sizes.length);
    for (const size of p.sizes) this.word(size ?? Part.None);
  }

  private field(f: StrucField): void {
    this.string(f.name);
    this.word(f.offset);
    this.word(f.size);
    this.word(f.length);
    this.optional(f.struc);
    this.word(f.signed ? 1 : 0);
    this.word(f.initial.length);
    for (const v of f.initial) this.dataValue(v);
  }

  private dataValue(v: DataValue): void {
    this.word(v.bytes);
    this.expr(v.value);
  }

  private optional(s: string | undefined): void {
    if (s === undefined) this.word(Part.None);
    else this.string(s);
  }
}
