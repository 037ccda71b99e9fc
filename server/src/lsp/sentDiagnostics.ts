import type { PublishDiagnosticsParams } from 'vscode-languageserver';

/**
 * The diagnostics last sent for each document. The worker sends a running
 * analysis's findings in batches by wall time, so on a loaded machine most
 * of them add nothing, and each would be a publication of the same set: the
 * editor redraws, and a client waiting for the complete diagnostics asks
 * after each. Such a partial publication says nothing new of its version
 * and is left out; the complete one is always sent, as it is what tells a
 * client the analysis is done.
 */
export class SentDiagnostics {
  private readonly last = new Map<string, { readonly version: number | undefined; readonly shown: string }>();

  /** Records `params` as sent; false when the last sent for its document was of the same version and showed the same. */
  differs(params: PublishDiagnosticsParams): boolean {
    const shown = JSON.stringify(params.diagnostics);
    const last = this.last.get(params.uri);
    this.last.set(params.uri, { version: params.version, shown });
    return last === undefined || last.version !== params.version || last.shown !== shown;
  }

  /** A document opened again starts its versions over: what was sent of its old text says nothing of the new. */
  forget(uri: string): void {
    this.last.delete(uri);
  }
}
