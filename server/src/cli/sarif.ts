import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ArtifactLocation, CodeFlow, Location, Log, Region, ReportingDescriptor, Result } from 'sarif';
import { CHECKS, findingMessage, readableText, type Finding, type PathNote, type Severity } from '../../../emulator/src/index.js';
import { severityOf } from '../analysis/severity.js';
import { decodeSource } from '../source/decodeSource.js';
import { VERSION } from '../version.js';
import { checkHelp } from './checkHelp.js';
import type { FileResult, UnreadableFile } from './checkFiles.js';
import { displayPath, displayUri, workingFolderUri } from './displayPath.js';

const LEVEL: Record<Severity, Result.level> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** Relative URIs in the log resolve against the folder the check ran in, as code-scanning uploads expect. */
const SRCROOT = 'SRCROOT';

/**
 * Versioned, so that a change to what is hashed can be told apart from a
 * moved finding by anyone holding baselines.
 */
const FINGERPRINT = 'pagewarden/v1';

export interface SarifInvocation {
  /** The arguments after `pagewarden`, as given. */
  readonly arguments: readonly string[];
  /** The files that could not be read: the run did not finish its work. */
  readonly unreadable: readonly UnreadableFile[];
}

function rule(check: (typeof CHECKS)[number]): ReportingDescriptor {
  const help = checkHelp(check.code);
  return {
    id: check.code,
    name: check.slug,
    shortDescription: { text: check.title },
    ...(help ? { fullDescription: { text: help.text }, help: { text: help.text, markdown: help.markdown } } : {}),
    defaultConfiguration: { level: LEVEL[check.severity] },
  };
}

function region(range: Finding['range']): Region {
  return {
    startLine: range.start.line + 1,
    startColumn: range.start.character + 1,
    endLine: range.end.line + 1,
    endColumn: range.end.character + 1,
  };
}

function artifactLocation(path: string): ArtifactLocation {
  const { uri, relative } = displayUri(path);
  return relative ? { uri, uriBaseId: SRCROOT } : { uri };
}

function location(path: string, range: Finding['range'], message?: string): Location {
  return {
    physicalLocation: { artifactLocation: artifactLocation(path), region: region(range) },
    ...(message === undefined ? {} : { message: { text: message } }),
  };
}

/** Line texts of the files findings point into: the analysed text for checked files, the disk for included ones. */
class SourceLines {
  private readonly lines = new Map<string, readonly string[]>();

  constructor(results: readonly FileResult[]) {
    for (const { file, text } of results) if (text !== undefined) this.lines.set(resolve(file), text.split(/\r\n|\r|\n/));
  }

  line(file: string, line: number): string {
    const key = resolve(file);
    let lines = this.lines.get(key);
    if (lines === undefined) {
      let decoded: ReturnType<typeof decodeSource> | undefined;
      try {
        decoded = decodeSource(readFileSync(key));
      } catch {
        decoded = undefined;
      }
      lines = decoded?.ok ? decoded.text.split(/\r\n|\r|\n/) : [];
      this.lines.set(key, lines);
    }
    return lines[line] ?? '';
  }
}

/**
 * Fingerprints that survive edits elsewhere in the file: the check, the file
 * and the finding's line with its spacing normalised, but not the line number.
 * Identical lines with the same finding are told apart by their order.
 */
function fingerprinter(sources: SourceLines): (file: string, finding: Finding) => string {
  const occurrences = new Map<string, number>();
  return (file, finding) => {
    const text = sources.line(file, finding.range.start.line).trim().replace(/\s+/g, ' ');
    const hash = createHash('sha256').update(`${finding.code}\0${displayPath(file)}\0${text}`).digest('hex').slice(0, 32);
    const n = (occurrences.get(hash) ?? 0) + 1;
    occurrences.set(hash, n);
    return `${hash}:${n}`;
  };
}

/** The path that proves a finding, step by step, ending where it is reported. */
function codeFlow(file: string, finding: Finding): CodeFlow {
  const step = (note: PathNote) => ({ location: location(note.file ?? file, note.range, readableText(note.message)) });
  return {
    threadFlows: [{
      locations: [...finding.notes.map(step), { location: location(file, finding.range, findingMessage(finding)) }],
    }],
  };
}

export function formatSarif(results: readonly FileResult[], invocation: SarifInvocation): string {
  const ruleIndex = new Map(CHECKS.map((check, index) => [check.code, index]));
  const fingerprint = fingerprinter(new SourceLines(results));
  const sarifResults = results.flatMap(({ file, findings }) =>
    findings.map((finding): Result => {
      const at = finding.file ?? file;
      return {
        ruleId: finding.code,
        ...(ruleIndex.has(finding.code) ? { ruleIndex: ruleIndex.get(finding.code) } : {}),
        level: LEVEL[severityOf(finding)],
        message: { text: findingMessage(finding) },
        locations: [location(at, finding.range)],
        partialFingerprints: { [FINGERPRINT]: fingerprint(at, finding) },
        ...(finding.notes.length === 0 ? {} : {
          relatedLocations: finding.notes.map((note, id) => ({ id, ...location(note.file ?? at, note.range, readableText(note.message)) })),
          codeFlows: [codeFlow(at, finding)],
        }),
      };
    }),
  );
  const log: Log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'PageWarden', version: VERSION, semanticVersion: VERSION, rules: CHECKS.map(rule) } },
      invocations: [{
        arguments: [...invocation.arguments],
        workingDirectory: { uri: workingFolderUri() },
        executionSuccessful: invocation.unreadable.length === 0,
        ...(invocation.unreadable.length === 0 ? {} : {
          toolExecutionNotifications: invocation.unreadable.map(({ file, unreadable }) => ({
            level: 'error' as const,
            message: { text: `cannot read ${displayPath(file)}: ${unreadable}` },
            locations: [{ physicalLocation: { artifactLocation: artifactLocation(file) } }],
          })),
        }),
      }],
      originalUriBaseIds: { [SRCROOT]: { uri: workingFolderUri() } },
      columnKind: 'utf16CodeUnits',
      results: sarifResults,
    }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
