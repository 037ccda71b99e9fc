import { getSystemErrorMap } from 'node:util';

/** Why a file could not be read, as the system says it: "permission denied (EACCES)". */
export function readFailure(error: unknown): string {
  const { code, errno } = error as NodeJS.ErrnoException;
  const description = errno === undefined ? undefined : getSystemErrorMap().get(errno)?.[1];
  return description !== undefined && code !== undefined ? `${description} (${code})` : error instanceof Error ? error.message : String(error);
}
