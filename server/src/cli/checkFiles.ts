import { readFileSync, statSync } from 'node:fs';
import type { Finding } from '../../../emulator/src/index.js';
import { analyseSource, fileNote } from '../analysis/analyseSource.js';
import { detectLanguage } from '../languages/detectLanguage.js';
import { detokeniseBasic } from '../languages/detokeniseBasic.js';
import type { AnalysisSettings } from '../analysis/settings.js';
import type { Parsers } from '../parsing/parsers.js';
import { decodeSource, MAX_SOURCE_BYTES, tooLargeReason } from '../source/decodeSource.js';
import { readFailure } from './readFailure.js';

export interface FileResult {
  readonly file: string;
  readonly findings: readonly Finding[];
  /** The text that was analysed (a tokenised program's listing), when there was one. */
  readonly text?: string;
}

/** A file that could not be read (permissions, gone since the walk, a link to nothing): it is not checked, and the run fails. */
export interface UnreadableFile {
  readonly file: string;
  /** Why, as the system says it: "permission denied (EACCES)". */
  readonly unreadable: string;
}

export async function checkFile(parsers: Parsers, file: string, settings: AnalysisSettings): Promise<FileResult | UnreadableFile> {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    // A huge file is refused before it is read, so a 20 MB log costs nothing.
    if (size > MAX_SOURCE_BYTES) return { file, findings: [fileNote(tooLargeReason(size))] };
    bytes = readFileSync(file);
  } catch (error) {
    return { file, unreadable: readFailure(error) };
  }
  const detection = detectLanguage(file, bytes);
  if (detection.kind === 'tokenised-basic') {
    // Findings point at lines of the program as LIST prints it.
    const listing = detokeniseBasic(bytes);
    if (!listing.ok) return { file, findings: [fileNote(`tokenised BBC BASIC that could not be read: ${listing.reason}`)] };
    return { file, text: listing.text, findings: await analyseSource(parsers, { languageId: 'riscos-bbcbasic', text: listing.text, file, settings, latin1: true }) };
  }
  if (detection.kind === 'unknown') {
    return { file, findings: [fileNote('not recognised as VxD MASM, ObjAsm or BBC BASIC source')] };
  }
  const decoded = decodeSource(bytes);
  if (!decoded.ok) return { file, findings: [fileNote(decoded.reason)] };
  return { file, text: decoded.text, findings: await analyseSource(parsers, { languageId: detection.languageId, text: decoded.text, file, settings, latin1: decoded.latin1 }) };
}
