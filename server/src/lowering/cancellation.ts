// A lowering of a large file is a large share of an analysis job: a job the
// language server has superseded (newer text came) stops inside it, at the
// next top-level statement (MASM, ObjAsm) or statement (BBC BASIC, whose
// passes run loops and PROCs statement by statement), instead of
// lowering text nobody will read the findings of. The lowering asks the
// job's own `cancelled` (a read of memory the server shares with the
// worker); the CLI and the run requests give none and lower to the end.

/** Whether the job a lowering is for has been superseded; read often, so it must be cheap. */
export type Cancelled = () => boolean;

/**
 * Thrown out of a lowering whose job was superseded. What the lowering keeps
 * between edits (recordings, passes) is left as the last finished lowering
 * left it, with what this one recorded before it stopped, so the next
 * lowering gives what it would have given without this one.
 */
export class LoweringCancelled extends Error {
  constructor() {
    super('The lowering was cancelled: newer text superseded its job');
  }
}

/** Throws `LoweringCancelled` when `cancelled` says so. */
export function stopIfCancelled(cancelled: Cancelled | undefined): void {
  if (cancelled?.()) throw new LoweringCancelled();
}
