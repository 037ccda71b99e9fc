import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  CodeActionRequest,
  CompletionRequest,
  createProtocolConnection,
  DefinitionRequest,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentHighlightRequest,
  DocumentLinkRequest,
  DocumentSymbolRequest,
  FoldingRangeRequest,
  HoverRequest,
  PrepareRenameRequest,
  ReferencesRequest,
  RenameRequest,
  CompletionResolveRequest,
  SemanticTokensDeltaRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  SignatureHelpRequest,
  WorkspaceSymbolRequest,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  RegistrationRequest,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type CancellationToken,
  type CodeAction,
  type Command,
  type CompletionItem,
  type ClientCapabilities,
  type Diagnostic,
  type FileEvent,
  type Registration,
  type Range,
  type DocumentHighlight,
  type DocumentLink,
  type DocumentSymbol,
  type FoldingRange,
  type Hover,
  type InitializeResult,
  type Location,
  type Position,
  type PrepareRenameResult,
  type SemanticTokens,
  type SemanticTokensDelta,
  type SignatureHelp,
  type WorkspaceEdit,
  type WorkspaceSymbol,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** A real LSP client driving the server as a separate process over stdio. */
/** The lines (0-based) where `locations` start, in order: what a navigation test compares, whatever order the server answered in. */
export function startLines(locations: readonly Location[]): number[] {
  return locations.map((l) => l.range.start.line).sort((a, b) => a - b);
}

export class LspClient {
  /** Every publication received, by uri, in order. */
  private readonly published = new Map<string, PublishDiagnosticsParams[]>();
  /** Who waits for a complete publication of a uri after the first `after` publications. */
  private readonly waiting = new Map<string, { readonly after: number; resolve(p: PublishDiagnosticsParams): void }[]>();
  /** Who waits for the next publication of a uri, partial or complete. */
  private readonly listeners = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  readonly stderr: string[] = [];
  /** What the server registered dynamically (client/registerCapability). */
  readonly registrations: Registration[] = [];

  private constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const log = this.published.get(params.uri) ?? [];
      log.push(params);
      this.published.set(params.uri, log);
      const listeners = this.listeners.get(params.uri) ?? [];
      this.listeners.delete(params.uri);
      for (const listener of listeners) listener(params);
      if (this.waiting.get(params.uri)?.length) void this.settle(params.uri);
    });
    connection.onRequest(RegistrationRequest.type, (params) => {
      this.registrations.push(...params.registrations);
    });
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  /** `env` and `cwd`: the server's environment and working directory, when not this process's. */
  static start(command: string, args: readonly string[], options: { env?: NodeJS.ProcessEnv; cwd?: string } = {}): LspClient {
    const child = spawn(command, args, { stdio: 'pipe', ...options });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    return new LspClient(child, connection);
  }

  async initialize(workspaceFolders: readonly string[] | null = null, initializationOptions?: unknown, capabilities: ClientCapabilities = {}): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      initializationOptions,
      rootUri: workspaceFolders?.[0] ?? null,
      capabilities,
      workspaceFolders: workspaceFolders?.map((uri) => ({ uri, name: uri.slice(uri.lastIndexOf('/') + 1) })) ?? null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /**
   * Resolves with the next complete diagnostics published for `uri`: the last
   * publication of a version, which `pagewarden/analysisStatistics` answers
   * for (the server publishes part of them while the analysis runs), or a
   * publication without a version (a closed document's).
   */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const queue = this.waiting.get(uri) ?? [];
      queue.push({ after: this.publications(uri).length, resolve });
      this.waiting.set(uri, queue);
    });
  }

  /** Resolves with the next publication of diagnostics for `uri`, partial or complete. */
  nextPublication(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.listeners.set(uri, [...(this.listeners.get(uri) ?? []), resolve]));
  }

  /** The URIs diagnostics have been published for so far. */
  publishedUris(): string[] {
    return [...this.published.keys()];
  }

  /** Every publication of diagnostics for `uri` so far, partial ones included, in the order received. */
  publications(uri: string): PublishDiagnosticsParams[] {
    return [...(this.published.get(uri) ?? [])];
  }

  /**
   * The statistics' answer comes after every publication the server made
   * before it: if it is for the version of the latest publication, that one
   * is the version's complete one.
   */
  private async settle(uri: string): Promise<void> {
    const latest = (): PublishDiagnosticsParams | undefined => this.published.get(uri)?.at(-1);
    const complete = latest()?.version === undefined
      || (await this.connection.sendRequest<{ version: number } | null>('pagewarden/analysisStatistics', { uri }))?.version === latest()?.version;
    const publication = latest();
    if (!complete || !publication) return;
    const seen = this.publications(uri).length;
    const queue = this.waiting.get(uri) ?? [];
    this.waiting.set(uri, queue.filter((w) => w.after >= seen));
    for (const waiter of queue) if (waiter.after < seen) waiter.resolve(publication);
  }

  async open(uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
    const diagnostics = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return diagnostics;
  }

  /** Replaces the whole text of an open document. */
  async change(uri: string, version: number, text: string): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
  }

  /** Sends content changes with ranges, as an editor with incremental sync does; several in one notification apply in order. */
  async edit(uri: string, version: number, changes: readonly { readonly range: Range; readonly text: string }[]): Promise<void> {
    await this.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [...changes],
    });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  /** Tells the server files changed on disk, as a client's file watcher does. */
  async filesChanged(changes: readonly FileEvent[]): Promise<void> {
    await this.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [...changes] });
  }

  /** `token`: cancelling it sends `$/cancelRequest`, as an editor does when the mouse moves on. */
  hover(uri: string, position: Position, token?: CancellationToken): Promise<Hover | null> {
    return this.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position }, token);
  }

  async completion(uri: string, position: Position): Promise<CompletionItem[]> {
    const result = await this.connection.sendRequest(CompletionRequest.type, { textDocument: { uri }, position });
    return Array.isArray(result) ? result : (result?.items ?? []);
  }

  resolveCompletion(item: CompletionItem): Promise<CompletionItem> {
    return this.connection.sendRequest(CompletionResolveRequest.type, item);
  }

  signatureHelp(uri: string, position: Position): Promise<SignatureHelp | null> {
    return this.connection.sendRequest(SignatureHelpRequest.type, { textDocument: { uri }, position });
  }

  async definition(uri: string, position: Position): Promise<Location[]> {
    const result = await this.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position });
    if (!result) return [];
    const list = Array.isArray(result) ? result : [result];
    return list.map((l) => ('targetUri' in l ? { uri: l.targetUri, range: l.targetSelectionRange } : l));
  }

  async references(uri: string, position: Position, includeDeclaration = true): Promise<Location[]> {
    return (await this.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri }, position, context: { includeDeclaration } })) ?? [];
  }

  prepareRename(uri: string, position: Position): Promise<PrepareRenameResult | null> {
    return this.connection.sendRequest(PrepareRenameRequest.type, { textDocument: { uri }, position });
  }

  rename(uri: string, position: Position, newName: string): Promise<WorkspaceEdit | null> {
    return this.connection.sendRequest(RenameRequest.type, { textDocument: { uri }, position, newName });
  }

  async documentSymbols(uri: string): Promise<DocumentSymbol[]> {
    return ((await this.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) ?? []) as DocumentSymbol[];
  }

  async workspaceSymbols(query: string): Promise<WorkspaceSymbol[]> {
    return ((await this.connection.sendRequest(WorkspaceSymbolRequest.type, { query })) ?? []) as WorkspaceSymbol[];
  }

  async foldingRanges(uri: string): Promise<FoldingRange[]> {
    return (await this.connection.sendRequest(FoldingRangeRequest.type, { textDocument: { uri } })) ?? [];
  }

  async documentHighlights(uri: string, position: Position): Promise<DocumentHighlight[]> {
    return (await this.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri }, position })) ?? [];
  }

  async documentLinks(uri: string): Promise<DocumentLink[]> {
    return (await this.connection.sendRequest(DocumentLinkRequest.type, { textDocument: { uri } })) ?? [];
  }

  semanticTokens(uri: string): Promise<SemanticTokens | null> {
    return this.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
  }

  semanticTokensDelta(uri: string, previousResultId: string): Promise<SemanticTokens | SemanticTokensDelta | null> {
    return this.connection.sendRequest(SemanticTokensDeltaRequest.type, { textDocument: { uri }, previousResultId });
  }

  semanticTokensRange(uri: string, range: Range): Promise<SemanticTokens | null> {
    return this.connection.sendRequest(SemanticTokensRangeRequest.type, { textDocument: { uri }, range });
  }

  /** A PageWarden request (pagewarden/listEntries, pagewarden/runHandler); rejects with the server's ResponseError. `token` as for `hover`. */
  request<R>(method: string, params: unknown, token?: CancellationToken): Promise<R> {
    // A method given by name takes what follows as positional parameters, all but a token.
    return token ? this.connection.sendRequest<R>(method, params, token) : this.connection.sendRequest<R>(method, params);
  }

  /** Code actions for `range`, with `diagnostics` as the editor's context (the ones at the range). */
  async codeActions(uri: string, range: Range, diagnostics: readonly Diagnostic[], only?: readonly string[]): Promise<(CodeAction | Command)[]> {
    const context = { diagnostics: [...diagnostics], ...(only ? { only: [...only] } : {}) };
    return (await this.connection.sendRequest(CodeActionRequest.type, { textDocument: { uri }, range, context })) ?? [];
  }

  /** Shuts the server down the polite way and resolves with its exit code. */
  async shutdown(): Promise<number | null> {
    const exited = new Promise<number | null>((resolve) => this.process.once('exit', (code) => resolve(code)));
    await this.connection.sendRequest(ShutdownRequest.type);
    await this.connection.sendNotification(ExitNotification.type);
    const code = await exited;
    this.connection.dispose();
    return code;
  }
}
