import { LSPErrorCodes, ResponseError, type CancellationToken } from 'vscode-languageserver';

// A `$/cancelRequest` takes effect only when the connection reads it, and it
// reads nothing while a request's work holds this thread: long requests stop
// between the stages of their work, where they let the connection read what
// has come, and answer as LSP asks of a request the client cancelled.

/** The answer to a request the client cancelled. */
export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'The request was cancelled');
}

export function isCancellation(error: unknown): boolean {
  return error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled;
}

/**
 * Turns of the event loop a check lets pass: the connection decodes the
 * messages that came while work held the thread one a turn, in order, so a
 * cancellation behind a few other messages takes a few turns to be read.
 */
const TURNS = 16;

/** Lets the connection read the messages that have arrived, then throws `cancelled()` if the request was cancelled. */
export async function checkCancelled(token: CancellationToken): Promise<void> {
  for (let turn = 0; turn < TURNS && !token.isCancellationRequested; turn++) await new Promise<void>((resolve) => setImmediate(resolve));
  if (token.isCancellationRequested) throw cancelled();
}

/** What `waiting` resolves to, or `cancelled()` thrown as soon as the request is cancelled while it waits. */
export async function unlessCancelled<T>(token: CancellationToken, waiting: Promise<T>): Promise<T> {
  if (token.isCancellationRequested) throw cancelled();
  let listener: { dispose(): void } | undefined;
  const stop = new Promise<never>((_, reject) => {
    listener = token.onCancellationRequested(() => reject(cancelled()));
  });
  try {
    return await Promise.race([waiting, stop]);
  } finally {
    listener?.dispose();
  }
}
