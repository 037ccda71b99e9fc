import type { Finding } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import type { Parsers } from '../parsing/parsers.js';
import { checkSourceText } from '../source/decodeSource.js';
import { syntaxFindings } from './syntaxFindings.js';

const START = { line: 0, character: 0 };

/** A note on the first line of a file that could not be analysed at all. */
export function fileNote(reason: string): Finding {
  return { code: 'PW900', message: `Not analysed: ${reason}`, range: { start: START, end: START }, notes: [] };
}

/** Everything PageWarden has to say about one source text. */
export async function analyseSource(parsers: Parsers, languageId: LanguageId, text: string): Promise<Finding[]> {
  const refusal = checkSourceText(text);
  if (refusal) return [fileNote(refusal)];
  const tree = await parsers.parse(languageId, text);
  try {
    return syntaxFindings(tree);
  } finally {
    tree.delete();
  }
}
