import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { parseJsonText } from '../source/jsonText.js';
import { readScenario, ScenarioError, type Scenario } from './scenario.js';

// Scenario files live in .pagewarden/scenarios/*.json of the document's
// folder or any folder above it, up to the workspace root (or the folder that
// holds .git when the root is not known). A file's `file` is relative to the
// folder that holds its .pagewarden.

export interface ScenarioFile {
  /** The file's base name without .json: how requests and the CLI name it. */
  readonly name: string;
  readonly path: string;
  /** The scenario, or why the file cannot be used. */
  readonly scenario?: Scenario;
  readonly error?: string;
}

function foldersUp(document: string, roots: readonly string[]): string[] {
  const stops = new Set(roots.map((r) => resolve(r)));
  const out: string[] = [];
  for (let folder = dirname(resolve(document)); ; folder = dirname(folder)) {
    out.push(folder);
    if (stops.has(folder) || existsSync(join(folder, '.git')) || dirname(folder) === folder) return out;
  }
}

export function readScenarioFile(path: string): ScenarioFile {
  const name = basename(path).replace(/\.json$/i, '');
  const holder = dirname(dirname(dirname(path)));
  try {
    const parsed = parseJsonText(readFileSync(path, 'utf8'), false);
    if ('error' in parsed) return { name, path, error: `${path}: ${parsed.error}` };
    return { name, path, scenario: readScenario(parsed.value, name, (file) => resolve(holder, file)) };
  } catch (error) {
    const reason = error instanceof ScenarioError ? error.message : String(error);
    return { name, path, error: `${path}: ${reason}` };
  }
}

/** The scenario files that apply to a document, nearest folder first. */
export function findScenarioFiles(document: string, roots: readonly string[] = []): ScenarioFile[] {
  const files: ScenarioFile[] = [];
  for (const folder of foldersUp(document, roots)) {
    const dir = join(folder, '.pagewarden', 'scenarios');
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir).filter((f) => f.toLowerCase().endsWith('.json')).sort()) files.push(readScenarioFile(join(dir, entry)));
  }
  return files;
}
