import { RequestType, type CancellationToken, type LanguageClient } from 'vscode-languageclient/node';
import {
  LIST_ENTRIES_METHOD, RUN_HANDLER_METHOD,
  type EntrySummary, type ListEntriesParams, type ListEntriesResult, type RunHandlerParams, type RunHandlerResult,
} from '../../../server/src/run/protocol.js';

const listEntriesRequest = new RequestType<ListEntriesParams, ListEntriesResult, void>(LIST_ENTRIES_METHOD);
const runHandlerRequest = new RequestType<RunHandlerParams, RunHandlerResult, void>(RUN_HANDLER_METHOD);

export async function listEntries(client: LanguageClient, uri: string, token?: CancellationToken): Promise<readonly EntrySummary[]> {
  return (await client.sendRequest(listEntriesRequest, { uri }, token)).entries;
}

export function runHandler(client: LanguageClient, params: RunHandlerParams, token?: CancellationToken): Promise<RunHandlerResult> {
  return client.sendRequest(runHandlerRequest, params, token);
}
