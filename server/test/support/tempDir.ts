import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const made: string[] = [];

/** A fresh folder in the system temp folder, named `prefix` and six random characters. */
export function tempDir(prefix: string): string {
  // node --test runs each test file in a process of its own, so the folders go
  // when that process exits: after every test of the file that could still read
  // them, failed ones included, with no after hook in each test.
  if (made.length === 0) {
    process.on('exit', () => {
      for (const dir of made) {
        try {
          rmSync(dir, { recursive: true, force: true });
        } catch {
          // A folder left behind is litter, not a test failure.
        }
      }
    });
  }
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}
