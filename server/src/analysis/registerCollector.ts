import { RegisterFacts, type LineRegisterFacts, type RegisterValue, type StepObserver } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';

const MAX_ALTERNATIVES = 4;

interface LineJoin {
  entries: number;
  readonly registers: Map<string, { count: number; parts: Set<string> }>;
}

/**
 * The register values of a whole document, from one recorder per entry
 * point: an entry reused from an earlier run brings the values it recorded
 * then, so they are kept with its findings. Where several entries reach a
 * line, a register is shown only if each of them knew it, with the values of
 * all (`0 or 1`), and not when that makes too many or mixes in a range.
 */
export class RegisterCollector {
  private readonly lines = new Map<string, LineJoin>();

  constructor(private readonly languageId: LanguageId) {}

  /** A recorder for one entry point's analysis; its `summary()` goes to `add`. */
  recorder(): { readonly observe: StepObserver; summary(): LineRegisterFacts[] } {
    const masm = this.languageId === 'vxd-masm';
    return new RegisterFacts(masm ? 'x86' : 'arm', masm ? 'masm' : 'objasm');
  }

  add(facts: readonly LineRegisterFacts[]): void {
    for (const fact of facts) {
      const key = `${fact.file}\n${fact.line}`;
      let line = this.lines.get(key);
      if (!line) {
        line = { entries: 0, registers: new Map() };
        this.lines.set(key, line);
      }
      line.entries++;
      for (const { register, value } of fact.values) {
        const joined = line.registers.get(register) ?? { count: 0, parts: new Set<string>() };
        joined.count++;
        for (const part of value.split(' or ')) joined.parts.add(part);
        line.registers.set(register, joined);
      }
    }
  }

  /** The joined values of the lines of `file`. */
  of(file: string): LineRegisterFacts[] {
    const out: LineRegisterFacts[] = [];
    for (const [key, line] of this.lines) {
      const [lineFile = '', number = '0'] = key.split('\n');
      if (lineFile !== file) continue;
      const values: RegisterValue[] = [];
      for (const [register, { count, parts }] of line.registers) {
        const ranged = [...parts].some((p) => p.includes(' to '));
        if (count === line.entries && parts.size <= MAX_ALTERNATIVES && (!ranged || parts.size === 1)) values.push({ register, value: [...parts].join(' or ') });
      }
      out.push({ file, line: Number(number), values });
    }
    return out;
  }
}
