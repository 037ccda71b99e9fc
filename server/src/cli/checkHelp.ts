import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { checkDocsUrl } from '../analysis/checkDocs.js';

export interface CheckHelp {
  /** The page's opening paragraphs as plain text. */
  readonly text: string;
  /** The same paragraphs as the page writes them. */
  readonly markdown: string;
}

/** Markdown that reads well as plain text: no emphasis marks, code ticks or link targets. */
function plain(markdown: string): string {
  return markdown
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__|`/g, '')
    .replace(/\*(\S[^*]*)\*/g, '$1')
    .replace(/\s*\n\s*/g, ' ')
    .trim();
}

/**
 * The summary of a check from its page in docs/checks: what the page says
 * before its first section. SARIF consumers show it next to a result; the
 * whole page stays in the package, since a file URL to it would not survive
 * the trip to a code-scanning server.
 */
export function checkHelp(code: string): CheckHelp | undefined {
  const url = checkDocsUrl(code);
  if (url === undefined) return undefined;
  const page = readFileSync(fileURLToPath(url), 'utf8').replace(/\r\n/g, '\n');
  const intro = page.replace(/^# .*\n/, '').split(/^## /m)[0]?.trim() ?? '';
  return intro === '' ? undefined : { text: plain(intro), markdown: intro };
}
