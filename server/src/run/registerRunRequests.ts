import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { AnalysisSettings } from '../analysis/settings.js';
import type { LanguageId } from '../languages/languageId.js';
import { readFromDisk, type FileText, type ReadFile } from '../lowering/includeResolution.js';
import type { Parsers } from '../parsing/parsers.js';
import { parsedText } from '../source/lineEnds.js';
import { checkCancelled } from '../lsp/requestCancellation.js';
import { readSourceFile } from '../source/readSourceFile.js';
import {
  LIST_ENTRIES_METHOD, RUN_HANDLER_METHOD, type ListEntriesParams, type ListEntriesResult, type RunHandlerParams, type RunHandlerResult,
} from './protocol.js';
import { RunError } from './runError.js';
import { listEntries, runHandler, type RunDocument } from './runHandler.js';

// pagewarden/listEntries and pagewarden/runHandler on the language server.
// Every failure comes back as a ResponseError with a message for the user:
// a run that goes wrong must not take the server down.

type DialectOf = (document: TextDocument) => LanguageId | 'tokenised-basic' | undefined;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function failure(error: unknown): ResponseError<void> {
  if (error instanceof ResponseError) return error as ResponseError<void>;
  if (error instanceof RunError) return new ResponseError(ErrorCodes.InvalidParams, error.message);
  return new ResponseError(ErrorCodes.InternalError, `PageWarden could not run the handler: ${error instanceof Error ? error.message : String(error)}`);
}

export function registerRunRequests(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  parsers: Promise<Parsers>,
  dialectOf: DialectOf,
  settings: () => AnalysisSettings,
  /** Whether an open document's file is Latin-1 on disk, so that the editor saves its text as Latin-1. */
  latin1: (uri: string) => boolean,
): void {
  const pathOf = (uri: string): string => (uri.startsWith('file:') ? resolve(fileURLToPath(uri)) : uri);

  /**
   * The document to run, open or, for a file on disk, closed: the includer of
   * an open fragment replays its findings without being open. Either way the
   * files it includes are read as the editor has them, in the encoding it saves them in.
   */
  const documentFor = (uri: unknown): RunDocument => {
    if (typeof uri !== 'string') throw new ResponseError(ErrorCodes.InvalidParams, 'uri must be a string');
    const open = new Map<string, string | FileText>(documents.all().map((d) => [pathOf(d.uri), latin1(d.uri) ? { text: parsedText(d), latin1: true } : parsedText(d)]));
    const readFile: ReadFile = (path) => open.get(resolve(path)) ?? readFromDisk(path);
    const file = pathOf(uri);
    const document = documents.get(uri);
    if (document) {
      const dialect = dialectOf(document);
      if (dialect === undefined || dialect === 'tokenised-basic') throw new RunError(`${uri} is not VxD MASM, ObjAsm or BBC BASIC text`);
      return { languageId: dialect, text: parsedText(document), file, settings: settings(), readFile, ...(latin1(uri) ? { latin1: true } : {}) };
    }
    const source = uri.startsWith('file:') ? readSourceFile(file) : undefined;
    if (!source) throw new ResponseError(ErrorCodes.InvalidParams, `${uri} is not open, nor a VxD MASM, ObjAsm or BBC BASIC file on disk`);
    return { languageId: source.languageId, text: source.text, file, settings: settings(), readFile, ...(source.latin1 ? { latin1: true } : {}) };
  };

  // Both lower the whole document on this thread, and a run can take seconds more: a cancelled request stops between the stages.
  connection.onRequest(LIST_ENTRIES_METHOD, async (params: ListEntriesParams, token): Promise<ListEntriesResult | ResponseError<void>> => {
    try {
      return await listEntries(await parsers, documentFor(params?.uri), () => checkCancelled(token));
    } catch (error) {
      return failure(error);
    }
  });

  connection.onRequest(RUN_HANDLER_METHOD, async (params: RunHandlerParams, token): Promise<RunHandlerResult | ResponseError<void>> => {
    try {
      const document = documentFor(params?.uri);
      if (typeof params.entry !== 'string') throw new RunError('entry must be the name of an entry point');
      const { scenario, witness } = params;
      if (scenario !== undefined && typeof scenario !== 'string' && !isRecord(scenario)) throw new RunError('scenario must be a name or a scenario object');
      if (witness !== undefined && (!isRecord(witness) || Object.values(witness).some((v) => typeof v !== 'string'))) {
        throw new RunError('witness must map input names to hex strings');
      }
      const outcome = await runHandler(await parsers, document, {
        entry: params.entry,
        ...(scenario === undefined ? {} : { scenario: typeof scenario === 'string' ? { by: 'name', name: scenario } : { by: 'inline', value: scenario } }),
        ...(witness === undefined ? {} : { witness }),
      }, () => checkCancelled(token));
      return outcome.result;
    } catch (error) {
      return failure(error);
    }
  });
}
