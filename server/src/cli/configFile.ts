import { isRiscOsVersion, RISC_OS_VERSIONS } from '../../../emulator/src/index.js';
import { isRecord, isWindowsVersion, WINDOWS_VERSIONS } from '../analysis/settings.js';

// A --config file holds the editor's pagewarden.* settings: nested
// ({"riscos": {"version": "5.23"}}) or with dotted names as settings.json
// writes them ({"riscos.version": "5.23"}, even "pagewarden.riscos.version").
// What the file sets that no setting reads is named, not silently dropped: a
// CI run would otherwise check against defaults nobody chose.

/** Every setting, by its dotted name; `defines`, `pathVariables` and `severity` hold maps of their own. */
const SETTINGS = new Set([
  'analysis.maxPaths', 'analysis.maxSteps', 'analysis.timeoutMs', 'defines', 'includePaths', 'pathVariables', 'riscos.version', 'severity',
  'trace.maxSteps', 'trace.server', 'windows.version',
]);
const GROUPS = new Set([...SETTINGS].flatMap((name) => (name.includes('.') ? [name.slice(0, name.indexOf('.'))] : [])));

/** The settings that take one of a list of values: the test, and the list a message names. */
const VALID: Partial<Record<string, { readonly accepts: (value: unknown) => boolean; readonly values: readonly string[] }>> = {
  'riscos.version': { accepts: isRiscOsVersion, values: RISC_OS_VERSIONS },
  'windows.version': { accepts: isWindowsVersion, values: WINDOWS_VERSIONS },
};

export interface ConfigFile {
  /** The settings nested as an editor sends them. */
  readonly settings: Record<string, unknown>;
  /** What the file sets that no setting reads, or reads with another kind of value. */
  readonly problems: readonly string[];
}

export function readConfigFile(raw: unknown): ConfigFile {
  const settings: Record<string, Record<string, unknown> | unknown> = {};
  const problems: string[] = [];
  const put = (name: string, value: unknown): void => {
    const valid = VALID[name];
    if (valid && !valid.accepts(value)) problems.push(`"${name}" cannot be ${JSON.stringify(value)} (it takes ${valid.values.map((v) => JSON.stringify(v)).join(', ')})`);
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
