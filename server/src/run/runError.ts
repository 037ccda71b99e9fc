import { readableText } from '../../../emulator/src/index.js';

/**
 * A mistake in a run request (unknown entry, bad scenario or witness, analysis off): reported to the user, not a crash.
 * Its message can quote names and lines of the document, so a byte that is not UTF-8 is written `\xC8` here, once for
 * the CLI's stderr and the editor's error reply alike.
 */
export class RunError extends Error {
  constructor(message: string) {
    super(readableText(message));
  }
}
