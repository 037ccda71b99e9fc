import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * The value a JSON file's text holds, or its first mistake by line and
 * column ("line 3, column 7: colon expected"), for every JSON file a user
 * writes by hand: a --config file and scenario files. A byte-order mark,
 * which Windows editors write, is skipped. `settingsJson` reads the text as
 * VS Code reads settings.json, comments and trailing commas allowed.
 */
export function parseJsonText(text: string, settingsJson: boolean): { readonly value: unknown } | { readonly error: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const value: unknown = parse(body, errors, { allowTrailingComma: settingsJson, disallowComments: !settingsJson });
  const [first] = errors;
  if (first === undefined) return { value };
  const before = body.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  // "PropertyNameExpected" -> "property name expected"
  const what = printParseErrorCode(first.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
  return { error: `line ${line}, column ${column}: ${what}` };
}
