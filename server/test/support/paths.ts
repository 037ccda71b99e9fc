import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');

/** The built bundle: these tests exercise what ships, so `npm test` builds first. */
export function distFile(name: string): string {
  const path = join(repoRoot, 'dist', name);
  if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
  return path;
}
