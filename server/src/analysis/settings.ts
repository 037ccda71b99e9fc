import { resolve } from 'node:path';
import { DEFAULT_RISC_OS_VERSION, findCheck, isRiscOsVersion, RISC_OS_VERSIONS, type RiscOsVersion, type Severity } from '../../../emulator/src/index.js';

// What an analysis run assumes: the `pagewarden.*` settings of the editor,
// or the CLI's options. One shape for both, so the two cannot drift.

export type SeveritySetting = Severity | 'off';

export interface AnalysisSettings {
  /** False in an untrusted workspace: syntax errors only, no include reading, no emulation. */
  readonly analysis: boolean;
  readonly includePaths: readonly string[];
  /** RISC OS path variables (`Hdr` for `GET Hdr:Foo`) mapped to the folders searched, in order. */
  readonly pathVariables: Readonly<Record<string, readonly string[]>>;
  /** Conditional-assembly symbols, as if given on the assembler's command line. */
  readonly defines: Readonly<Record<string, number | string | true | null>>;
  readonly windowsVersion: '3.1' | '95' | '98';
  /** The RISC OS the modules target (`pagewarden.riscos.version`). */
  readonly riscosVersion: RiscOsVersion;
  /** Per-code severity overrides (`PW311: "error"`, `PW221: "off"`). */
  readonly severity: Readonly<Record<string, SeveritySetting>>;
  readonly budget: { readonly maxSteps: number; readonly maxPaths: number; readonly timeoutMs: number };
  /** Steps a scenario run (`pagewarden/runHandler`, `pagewarden run`) may take and record. */
  readonly traceMaxSteps: number;
}

export const WINDOWS_VERSIONS: readonly AnalysisSettings['windowsVersion'][] = ['3.1', '95', '98'];

export function isWindowsVersion(value: unknown): value is AnalysisSettings['windowsVersion'] {
  return typeof value === 'string' && (WINDOWS_VERSIONS as readonly string[]).includes(value);
}

export const DEFAULT_SETTINGS: AnalysisSettings = {
  analysis: true,
  includePaths: [],
  pathVariables: {},
  defines: {},
  windowsVersion: '95',
  riscosVersion: DEFAULT_RISC_OS_VERSION,
  severity: {},
  // Steps and paths are the bounds that decide (the same on every machine);
  // the time is a safety net a slow or loaded machine must not reach first.
  budget: { maxSteps: 20000, maxPaths: 2000, timeoutMs: 10000 },
  traceMaxSteps: 10000,
};

const SEVERITIES: readonly SeveritySetting[] = ['off', 'info', 'warning', 'error'];

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type DefineValue = AnalysisSettings['defines'][string];

const isDefineValue = (x: unknown): x is DefineValue => x === null || x === true || typeof x === 'number' || typeof x === 'string';

const listed = (values: readonly string[]): string => values.map((v) => JSON.stringify(v)).join(', ');

/**
 * Reads settings as an editor sends them (`workspace/configuration` for the
 * `pagewarden` section), keeping defaults for anything missing or malformed:
 * a typo in settings.json must not stop the analysis. What it leaves out for
 * being malformed goes into `problems`, one message for each value, naming
 * the setting and what it takes, for the CLI and the server to report. A
 * severity may be keyed by a check's code or its slug, as suppression
 * comments name checks.
 */
export function readSettings(raw: unknown, analysisAllowed = true, problems: string[] = []): AnalysisSettings {
  const s = isRecord(raw) ? raw : {};
  const cannot = (name: string, value: unknown, takes: string): void => {
    problems.push(`"${name}" cannot be ${JSON.stringify(value)} (it takes ${takes})`);
  };
  /** The entries of a map setting, or none when it is not a map. */
  const entries = (name: string, takes: string): [string, unknown][] => {
    const value = s[name];
    if (value === undefined || isRecord(value)) return Object.entries(value ?? {});
    cannot(name, value, takes);
    return [];
  };
  const strings = (name: string, v: unknown, takes: string): string[] => {
    if (Array.isArray(v) && v.every((x) => typeof x === 'string')) return v as string[];
    if (v !== undefined) cannot(name, v, takes);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  };
  const group = (name: string): Record<string, unknown> => {
    const value = s[name];
    if (value !== undefined && !isRecord(value)) cannot(name, value, 'an object');
    return isRecord(value) ? value : {};
  };
  const windows = group('windows');
  const riscos = group('riscos');
  const analysis = group('analysis');
  const trace = group('trace');
  const version = <T extends string>(name: string, v: unknown, ok: (x: unknown) => x is T, values: readonly string[], fallback: T): T => {
    if (ok(v)) return v;
    // A version written as the number 95 is not the string "95" the setting lists.
    if (typeof v === 'number') problems.push(`"${name}" cannot be the number ${String(v)} (it takes the strings ${listed(values)})`);
    else if (v !== undefined) cannot(name, v, listed(values));
    return fallback;
  };
  const positive = (name: string, v: unknown, fallback: number): number => {
    if (typeof v === 'number' && v > 0) return v;
    if (v !== undefined) cannot(name, v, 'a positive number');
    return fallback;
  };
  const defines = entries('defines', 'an object of names and values, as {"DEBUG": true}').filter((e): e is [string, DefineValue] => {
    if (isDefineValue(e[1])) return true;
    cannot(`defines.${e[0]}`, e[1], 'a number, a string, true or null');
    return false;
  });
  const severity = entries('severity', 'an object of checks and severities, as {"PW311": "off"}').flatMap(([key, level]): [string, SeveritySetting, string][] => {
    const check = findCheck(key);
    if (!check) problems.push(`"severity.${key}" names no check (it takes a code, as "PW211", or a slug, as "unchecked-zero-failure")`);
    else if (!SEVERITIES.includes(level as SeveritySetting)) cannot(`severity.${key}`, level, listed(SEVERITIES));
    else return [[check.code, level as SeveritySetting, key]];
    return [];
  });
  // Two keys for one check (its code in two cases, or its code and its slug): the last is used, and the others say so.
  const lastKey = new Map(severity.map(([code, , key]) => [code, key]));
  for (const [code, , key] of severity) {
    const last = lastKey.get(code);
    if (last !== key) problems.push(`"severity.${key}" is set again by "severity.${last ?? ''}" (both name ${code})`);
  }
  return {
    analysis: analysisAllowed,
    includePaths: strings('includePaths', s.includePaths, 'a list of folders'),
    // One folder as a string was the first form of the setting; a list is a RISC OS path (`Foo$Path` with several entries).
    pathVariables: Object.fromEntries(entries('pathVariables', 'an object of path variables and folders, as {"Hdr": "export/Hdr"}')
      .map(([name, folders]) => [name, typeof folders === 'string' ? [folders] : strings(`pathVariables.${name}`, folders, 'a folder or a list of folders')] as const)
      .filter(([, folders]) => folders.length > 0)),
    defines: Object.fromEntries(defines),
    windowsVersion: version('windows.version', windows.version, isWindowsVersion, WINDOWS_VERSIONS, DEFAULT_SETTINGS.windowsVersion),
    riscosVersion: version('riscos.version', riscos.version, isRiscOsVersion, RISC_OS_VERSIONS, DEFAULT_RISC_OS_VERSION),
    severity: Object.fromEntries(severity.map(([code, level]) => [code, level])),
    budget: {
      maxSteps: positive('analysis.maxSteps', analysis.maxSteps, DEFAULT_SETTINGS.budget.maxSteps),
      maxPaths: positive('analysis.maxPaths', analysis.maxPaths, DEFAULT_SETTINGS.budget.maxPaths),
      timeoutMs: positive('analysis.timeoutMs', analysis.timeoutMs, DEFAULT_SETTINGS.budget.timeoutMs),
    },
    traceMaxSteps: positive('trace.maxSteps', trace.maxSteps, DEFAULT_SETTINGS.traceMaxSteps),
  };
}

/** The settings with their include paths and path-variable folders made absolute against `base`. */
export function resolveSettingsPaths(settings: AnalysisSettings, base: string): AnalysisSettings {
  return {
    ...settings,
    includePaths: settings.includePaths.map((p) => resolve(base, p)),
    pathVariables: Object.fromEntries(Object.entries(settings.pathVariables).map(([name, folders]) => [name, folders.map((p) => resolve(base, p))])),
  };
}
