/** A mistake in a run request (unknown entry, bad scenario or witness, analysis off): reported to the user, not a crash. */
export class RunError extends Error {}
