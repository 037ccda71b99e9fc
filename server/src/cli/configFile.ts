import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { isRecord } from '../analysis/settings.js';

// A --config file holds the editor's pagewarden.* settings: nested
// ({"riscos": {"version": "5.23"}}) or with dotted names as settings.json
// writes them ({"riscos.version": "5.23"}, even "pagewarden.riscos.version").
// What the file sets that no setting reads is named, not silently dropped: a
// CI run would otherwise check against defaults nobody chose. A value of the
// wrong kind is named by `readSettings`, which reads the editor's the same way.

/** Every setting, by its dotted name; `defines`, `pathVariables` and `severity` hold maps of their own. */
const SETTINGS = new Set([
  'analysis.maxPaths', 'analysis.maxSteps', 'analysis.timeoutMs', 'defines', 'includePaths', 'pathVariables', 'riscos.version', 'severity',
  'trace.maxSteps', 'trace.server', 'windows.version',
]);
const GROUPS = new Set([...SETTINGS].flatMap((name) => (name.includes('.') ? [name.slice(0, name.indexOf('.'))] : [])));

export interface ConfigFile {
  /** The settings nested as an editor sends them. */
  readonly settings: Record<string, unknown>;
  /** What the file sets that no setting reads. */
  readonly problems: readonly string[];
}

export function readConfigFile(raw: unknown): ConfigFile {
  const settings: Record<string, Record<string, unknown> | unknown> = {};
  const problems: string[] = [];
  const put = (name: string, value: unknown): void => {
    const dot = name.indexOf('.');
    if (dot < 0) settings[name] = value;
    else {
      const group = name.slice(0, dot);
      settings[group] = { ...(isRecord(settings[group]) ? settings[group] : {}), [name.slice(dot + 1)]: value };
    }
  };
  const walk = (prefix: string, object: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(object)) {
      const name = `${prefix}${key}`.replace(/^pagewarden\./, '');
      if (SETTINGS.has(name)) put(name, value);
      else if ((GROUPS.has(name) || name === 'pagewarden') && isRecord(value)) walk(name === 'pagewarden' ? '' : `${name}.`, value);
      else problems.push(`unknown setting "${name}"`);
    }
  };
  if (isRecord(raw)) walk('', raw);
  else problems.push('the file is not a JSON object');
  return { settings, problems };
}

/**
 * The value a --config file's text holds. The file is read as VS Code reads
 * settings.json (comments and trailing commas allowed), and a byte-order
 * mark, which Windows editors write, is skipped. A mistake is named by line
 * and column.
 */
export function parseConfigText(text: string): { readonly value: unknown } | { readonly error: string } {
  const body = text.startsWith('\uFEFF') ? text.slice(1) : text;
  const errors: ParseError[] = [];
  const value: unknown = parse(body, errors, { allowTrailingComma: true });
  const [first] = errors;
  if (first === undefined) return { value };
  const before = body.slice(0, first.offset);
  const line = before.split('\n').length;
  const column = first.offset - before.lastIndexOf('\n');
  // "PropertyNameExpected" -> "property name expected"
  const what = printParseErrorCode(first.error).replace(/(?<=[a-z])(?=[A-Z])/g, ' ').toLowerCase();
  return { error: `line ${line}, column ${column}: ${what}` };
}
