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
  // `written` is the key as the file spells it, nested keys joined by dots: what a problem names.
  const walk = (prefix: string, written: string, object: Record<string, unknown>): void => {
    for (const [key, value] of Object.entries(object)) {
      const name = `${prefix}${key}`.replace(/^pagewarden\./, '');
      if (SETTINGS.has(name)) put(name, value);
      else if ((GROUPS.has(name) || name === 'pagewarden') && isRecord(value)) walk(name === 'pagewarden' ? '' : `${name}.`, `${written}${key}.`, value);
      else problems.push(`unknown setting "${written}${key}"`);
    }
  };
  if (isRecord(raw)) walk('', '', raw);
  else problems.push('the file is not a JSON object');
  return { settings, problems };
}
