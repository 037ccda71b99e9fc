import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

// Each check's page (docs/checks/PWnnn.md) ships inside the package, so the
// link in a diagnostic opens the page of the version that reported it, with
// no web site needed: dist/../docs when bundled, the repository when testing.

const here = dirname(fileURLToPath(import.meta.url));
const docsRoot = [resolve(here, '..', 'docs', 'checks'), resolve(here, '..', '..', '..', 'docs', 'checks')].find(existsSync);

export function checkDocsUrl(code: string): string | undefined {
  if (!docsRoot || !/^PW\d{3}$/.test(code)) return undefined;
  const page = join(docsRoot, `${code}.md`);
  return existsSync(page) ? pathToFileURL(page).href : undefined;
}
