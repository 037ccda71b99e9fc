import type { Node } from 'web-tree-sitter';
import { evaluate } from './evaluate.js';

// ObjAsm substitutes `$name` of a variable in a label's or routine's name as in
// any line: `lab$s ROUT` after `s SETS "One"` is the routine labOne, which
// `B labOne` branches to (the lowering's `labelName`). The editor's model is
// made from one file's tree as written, so it knows a variable's value where
// the file sets it plainly before the label (or a call of a macro the file
// defines does: `objasmMacroSettings.ts`), or, made again with the files it
// GETs (`SourceWorkspace.includeClosure`), where one of them does.

/** A `$name` ObjAsm substitutes (a dot after the name ends it and goes), or `$$`, a dollar. */
const VARIABLE = /\$\$|\$([A-Za-z_][A-Za-z0-9_]*)\.?/g;

/**
 * Whether a label's name keeps a `$name` of a variable whose value is not known: not the name ObjAsm defines, so
 * not one to offer. A name between bars is as written.
 */
export const keepsVariable = (name: string): boolean =>
  !name.startsWith('|') && [...name.matchAll(VARIABLE)].some((found) => found[1] !== undefined);

/**
 * The text ObjAsm puts in a line for a setting's value, where the value is a
 * literal: a string itself, a number as eight hex digits, a logical T or F.
 */
export function settingText(value: Node): string | undefined {
  switch (value.type) {
    case 'string': {
      let text = '';
      for (const part of value.namedChildren) {
        if (part?.type === 'string_content') text += part.text;
        else if (part?.type === 'escape_sequence') text += part.text === '""' ? '"' : part.text === '$$' ? '$' : part.text.slice(1);
        else return undefined;
      }
      return text;
    }
    case 'builtin_variable': {
      const name = value.childForFieldName('name')?.text;
      return name === 'TRUE' ? 'T' : name === 'FALSE' ? 'F' : undefined;
    }
    default: {
      const number = evaluate('riscos-objasm', value, () => undefined);
      return number === undefined ? undefined : (number >>> 0).toString(16).toUpperCase().padStart(8, '0');
    }
  }
}

/**
 * The values of a file's variables as its text goes: each plain setting
 * gives its variable that value; one in an arm of a conditional leaves it
 * known only where it sets the value it had (the arm may not be assembled).
 */
export class VariableTexts {
  private readonly texts: Map<string, string | undefined>;
  /** A name kept a `$name` of a variable neither the file nor `included` sets: the files it GETs may. */
  unset = false;

  /** `included`: the values the files the file GETs leave their variables with, which it starts from. */
  constructor(included: ReadonlyMap<string, string | undefined> = new Map()) {
    this.texts = new Map(included);
  }

  set(name: string, value: Node | null, inArm: boolean): void {
    this.setText(name, value ? settingText(value) : undefined, inArm);
  }

  /** Gives `name` the value `text` (undefined: not known); `inArm`: where the setting may not be made, or be made again. */
  setText(name: string, text: string | undefined, inArm: boolean): void {
    this.texts.set(name, !inArm || this.texts.get(name) === text ? text : undefined);
  }

  /** Makes every variable's value unknown: something set one whose name is not known. */
  forgetAll(): void {
    for (const name of this.texts.keys()) this.texts.set(name, undefined);
  }

  /**
   * `name` with each `$name` of a variable whose value is known here replaced by it; `$$` and the others as written.
   * A name between bars (`|lab$s|`) is as written: ObjAsm substitutes nothing there.
   */
  substituted(name: string): string {
    if (!name.includes('$') || name.startsWith('|')) return name;
    return name.replace(VARIABLE, (whole: string, variable: string | undefined) => {
      if (variable === undefined) return whole;
      if (!this.texts.has(variable)) this.unset = true;
      return this.texts.get(variable) ?? whole;
    });
  }

  /** Each variable set, with the value the file leaves it with where that is known. */
  values(): ReadonlyMap<string, string | undefined> {
    return this.texts;
  }
}

/**
 * The values the files a file GETs leave their variables with, for the file to start from: one that two of them
 * leave different is not known.
 */
export function includedValues(included: readonly ReadonlyMap<string, string | undefined>[]): Map<string, string | undefined> {
  const values = new Map<string, string | undefined>();
  for (const each of included) for (const [name, text] of each) values.set(name, values.has(name) && values.get(name) !== text ? undefined : text);
  return values;
}
