import type { FindingFix } from '../../../emulator/src/index.js';

// A code action request hands back the diagnostic as the client kept it: its
// `data` is whatever came back over the wire, so the fix data is checked
// field by field before a fix builds an edit from it.

type TestResult = Extract<FindingFix, { readonly kind: 'test-result' }>;

/**
 * A finding's fix data as a diagnostic carries it. The call a test goes after
 * is in the diagnostic's own document, so its file is left out: a path would
 * tie the data to where the document was analysed.
 */
export type DiagnosticFix = Exclude<FindingFix, TestResult> | Omit<TestResult, 'file'>;

type Fields = Record<string, unknown>;

const isString = (v: unknown): v is string => typeof v === 'string';
const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const isPosition = (v: unknown): boolean => typeof v === 'object' && v !== null && isCount((v as Fields)['line']) && isCount((v as Fields)['character']);
const isRange = (v: unknown): boolean => typeof v === 'object' && v !== null && isPosition((v as Fields)['start']) && isPosition((v as Fields)['end']);

const SHAPES: Readonly<Record<DiagnosticFix['kind'], (f: Fields) => boolean>> = {
  'zero-argument': (f) => isString(f['service']) && isString(f['param']),
  'add-flags': (f) => isString(f['service']) && isString(f['param']) && isStrings(f['front']) && isStrings(f['back']) && typeof f['preferred'] === 'boolean',
  'test-result': (f) => isString(f['service']) && isString(f['register']) && isString(f['value']) && isRange(f['call']),
  'x-form': (f) => isString(f['swi']),
  'swi-name': (f) => isString(f['swi']),
  'bound-check': (f) => isCount(f['register']) && isCount(f['bound']) && typeof f['handler'] === 'boolean',
};

/** The `fix` of a PageWarden diagnostic's `data`, when it has one of the known shapes. */
export function readFix(data: unknown): DiagnosticFix | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const fix = (data as Fields)['fix'];
  if (typeof fix !== 'object' || fix === null) return undefined;
  const kind = (fix as Fields)['kind'];
  return isString(kind) && Object.hasOwn(SHAPES, kind) && SHAPES[kind as DiagnosticFix['kind']](fix as Fields) ? (fix as DiagnosticFix) : undefined;
}
