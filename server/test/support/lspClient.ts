import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';

/** A real LSP client driving the server as a separate process over stdio. */
export class LspClient {
  private readonly waiting = new Map<string, ((p: PublishDiagnosticsParams) => void)[]>();
  readonly stderr: string[] = [];

  private constructor(readonly process: ChildProcessWithoutNullStreams, readonly connection: ProtocolConnection) {
    connection.onNotification(PublishDiagnosticsNotification.type, (params) => {
      const queue = this.waiting.get(params.uri);
      queue?.shift()?.(params);
    });
    process.stderr.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString()));
  }

  static start(command: string, args: readonly string[]): LspClient {
    const child = spawn(command, args, { stdio: 'pipe' });
    const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    connection.listen();
    return new LspClient(child, connection);
  }

  async initialize(): Promise<InitializeResult> {
    const result = await this.connection.sendRequest(InitializeRequest.type, {
      processId: process.pid,
      rootUri: null,
      capabilities: {},
      workspaceFolders: null,
    });
    await this.connection.sendNotification(InitializedNotification.type, {});
    return result;
  }

  /** Resolves with the next diagnostics published for `uri`. */
  nextDiagnostics(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => {
      const queue = this.waiting.get(uri) ?? [];
      queue.push(resolve);
      this.waiting.set(uri, queue);
    });
  }

  async open(uri: string, languageId: string, text: string): Promise<PublishDiagnosticsParams> {
    const diagnostics = this.nextDiagnostics(uri);
    await this.connection.sendNotification(DidOpenTextDocumentNotification.type, {
      textDocument: { uri, languageId, version: 1, text },
    });
    return diagnostics;
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
