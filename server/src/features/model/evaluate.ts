import type { Node } from 'web-tree-sitter';
import { findConstant } from '../../../../emulator/src/index.js';
import type { LanguageId } from '../../languages/languageId.js';
import { parseNumber } from '../../lowering/masm/numbers.js';
import { headerSymbol } from '../../lowering/objasm/systemHeaders.js';

/** The value of a numeric literal in the dialect's notation, or undefined. */
export function parseLiteral(dialect: LanguageId, text: string): number | undefined {
  if (dialect === 'vxd-masm') {
    const value = parseNumber(text);
    return value === undefined ? undefined : Number(BigInt.asIntN(64, value));
  }
  let match = /^&([0-9a-f]+)$/i.exec(text) ?? /^0x([0-9a-f]+)$/i.exec(text);
  if (match?.[1]) return parseInt(match[1], 16);
  if (dialect === 'riscos-bbcbasic' && (match = /^%([01]+)$/.exec(text)) && match[1]) return parseInt(match[1], 2);
  if ((match = /^([2-9])_([0-9a-z]+)$/i.exec(text)) && match[1] && match[2]) {
    const value = parseInt(match[2], Number(match[1]));
    return Number.isNaN(value) ? undefined : value;
  }
  if (/^[0-9]+$/.test(text)) return parseInt(text, 10);
  if (/^'.'$/.test(text)) return text.charCodeAt(1);
  return undefined;
}

const BINARY: Readonly<Record<string, (a: number, b: number) => number | undefined>> = {
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '*': (a, b) => a * b,
  '/': (a, b) => (b === 0 ? undefined : Math.trunc(a / b)),
  mod: (a, b) => (b === 0 ? undefined : a % b),
  shl: (a, b) => Number(BigInt.asUintN(32, BigInt(a) << BigInt(b))),
  '<<': (a, b) => Number(BigInt.asUintN(32, BigInt(a) << BigInt(b))),
  shr: (a, b) => Math.floor(a / 2 ** b),
  '>>': (a, b) => Math.floor(a / 2 ** b),
  and: (a, b) => Number(BigInt.asUintN(32, BigInt(a) & BigInt(b))),
  or: (a, b) => Number(BigInt.asUintN(32, BigInt(a) | BigInt(b))),
  '|': (a, b) => Number(BigInt.asUintN(32, BigInt(a) | BigInt(b))),
  xor: (a, b) => Number(BigInt.asUintN(32, BigInt(a) ^ BigInt(b))),
  eor: (a, b) => Number(BigInt.asUintN(32, BigInt(a) ^ BigInt(b))),
};

/** Operators are written `SHL`, `:SHL:` or `<<` depending on the dialect. */
const operatorKey = (text: string): string => text.replace(/^:|:$/g, '').toLowerCase();

/** Bytes a MASM name takes in all and per element (a structure, a data definition, a field), for SIZE, TYPE and LENGTH. */
export type Measure = (name: string) => { readonly size: number; readonly unit: number } | undefined;

/** MASM's size operators, as the lowering reads them: SIZE/SIZEOF all bytes, TYPE bytes per element, LENGTH/LENGTHOF elements. */
const MEASURED: Readonly<Record<string, (m: { readonly size: number; readonly unit: number }) => number>> = {
  size: (m) => m.size, sizeof: (m) => m.size, type: (m) => m.unit,
  length: (m) => (m.unit ? m.size / m.unit : 1), lengthof: (m) => (m.unit ? m.size / m.unit : 1),
};

/**
 * Folds a constant expression to a number: literals, catalogue constants,
 * in ObjAsm the names the built-in system headers define (as the assembly
 * resolves them: `MOV r0, #ModHandReason_Claim` is a reason as `#6` is),
 * names `lookup` can evaluate and the sizes `measure` knows. Anything else
 * (labels, registers, strings) makes the whole expression unknown, which
 * hover simply leaves out.
 */
export function evaluate(
  dialect: LanguageId,
  node: Node,
  lookup: (name: string, depth: number) => number | undefined,
  depth = 0,
  measure?: Measure,
): number | undefined {
  if (depth > 16) return undefined;
  const sub = (child: Node | null): number | undefined => (child ? evaluate(dialect, child, lookup, depth + 1, measure) : undefined);
  switch (node.type) {
    case 'number':
    case 'character':
      return parseLiteral(dialect, node.text);
    case 'identifier':
      return lookup(node.text, depth + 1) ?? findConstant(node.text)?.value ?? (dialect === 'riscos-objasm' ? headerSymbol(node.text)?.value : undefined);
    case 'parenthesized_expression':
      return sub(node.namedChildren[0] ?? null);
    case 'immediate':
      return sub(node.childForFieldName('value'));
    case 'unary_expression': {
      const op = operatorKey(node.childForFieldName('operator')?.text ?? '');
      const measured = MEASURED[op];
      if (measured) {
        const target = node.childForFieldName('operand');
        const facts = target?.type === 'identifier' ? measure?.(target.text) : undefined;
        return facts && measured(facts);
      }
      const operand = sub(node.childForFieldName('operand'));
      if (operand === undefined) return undefined;
      if (op === '-') return -operand;
      if (op === '+') return operand;
      if (op === 'not' || op === '~') return Number(BigInt.asUintN(32, ~BigInt(operand)));
      return undefined;
    }
    case 'binary_expression': {
      const left = sub(node.childForFieldName('left'));
      const right = sub(node.childForFieldName('right'));
      const apply = BINARY[operatorKey(node.childForFieldName('operator')?.text ?? '')];
      return left === undefined || right === undefined || !apply ? undefined : apply(left, right);
    }
    default:
      return undefined;
  }
}

/** A value in the dialect's own hex notation next to its decimal form. */
export function formatValue(dialect: LanguageId, value: number): string {
  const unsigned = value < 0 ? Number(BigInt.asUintN(32, BigInt(value))) : value;
  const hex = unsigned.toString(16).toUpperCase();
  const written = dialect === 'vxd-masm' ? `${/^[A-F]/.test(hex) ? '0' : ''}${hex}h` : `&${hex}`;
  return value >= 0 && value < 10 ? String(value) : `${written} (${value})`;
}
