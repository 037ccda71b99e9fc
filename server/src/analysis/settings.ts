import { resolve } from 'node:path';
import { DEFAULT_RISC_OS_VERSION, isRiscOsVersion, type RiscOsVersion, type Severity } from '../../../emulator/src/index.js';

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

/**
 * Reads settings as an editor sends them (`workspace/configuration` for the
 * `pagewarden` section), keeping defaults for anything missing or malformed:
 * a typo in settings.json must not stop the analysis.
 */
export function readSettings(raw: unknown, analysisAllowed = true): AnalysisSettings {
  const s = isRecord(raw) ? raw : {};
  const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
  const record = <T>(v: unknown, ok: (x: unknown) => x is T): Record<string, T> =>
    isRecord(v) ? Object.fromEntries(Object.entries(v).filter((e): e is [string, T] => ok(e[1]))) : {};
  const windows = isRecord(s.windows) ? s.windows.version : undefined;
  const riscos = isRecord(s.riscos) ? s.riscos.version : undefined;
  const analysis = isRecord(s.analysis) ? s.analysis : {};
  const trace = isRecord(s.trace) ? s.trace : {};
  const positive = (v: unknown, fallback: number): number => (typeof v === 'number' && v > 0 ? v : fallback);
  return {
    analysis: analysisAllowed,
    includePaths: strings(s.includePaths),
    // One folder as a string was the first form of the setting; a list is a RISC OS path (`Foo$Path` with several entries).
    pathVariables: Object.fromEntries(Object.entries(isRecord(s.pathVariables) ? s.pathVariables : {})
      .map(([name, folders]) => [name, typeof folders === 'string' ? [folders] : strings(folders)] as const)
      .filter(([, folders]) => folders.length > 0)),
    defines: record(s.defines, (x): x is number | string | true | null => x === null || x === true || typeof x === 'number' || typeof x === 'string'),
    windowsVersion: isWindowsVersion(windows) ? windows : DEFAULT_SETTINGS.windowsVersion,
    riscosVersion: isRiscOsVersion(riscos) ? riscos : DEFAULT_RISC_OS_VERSION,
    severity: Object.fromEntries(
      Object.entries(record(s.severity, (x): x is SeveritySetting => SEVERITIES.includes(x as SeveritySetting))).map(([k, v]) => [k.toUpperCase(), v]),
    ),
    budget: {
      maxSteps: positive(analysis.maxSteps, DEFAULT_SETTINGS.budget.maxSteps),
      maxPaths: positive(analysis.maxPaths, DEFAULT_SETTINGS.budget.maxPaths),
      timeoutMs: positive(analysis.timeoutMs, DEFAULT_SETTINGS.budget.timeoutMs),
    },
    traceMaxSteps: positive(trace.maxSteps, DEFAULT_SETTINGS.traceMaxSteps),
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
