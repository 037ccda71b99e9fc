import keywordTable from '../../../grammars/riscos-bbcbasic/keywords.json' with { type: 'json' };

// BBC BASIC V's tokeniser, for text the grammar keeps unparsed (the
// arguments of CASE, ON, READ...). It reads a keyword written in capitals
// wherever a word starts, letters after it or not: `ONx%GOSUB100` is ON x%
// GOSUB 100, `TOTAL` is TO TAL. A keyword its table flags as conditional
// (TIME, COUNT, ENDPROC) is one only when no letter, digit or _ follows.
// Inside a name already begun nothing is a keyword. The grammar's
// `identifier` follows the same table (grammars/riscos-bbcbasic/keywords.json).

/** A word of BASIC text: a keyword, a variable's name, or a PROC or FN with its name (`PROCinit`). */
export interface BasicWord {
  readonly kind: 'keyword' | 'name' | 'routine';
  readonly text: string;
  /** Where the word starts in the text. */
  readonly index: number;
}

/** The keywords the tokeniser reads, by first letter, longest first so that the longest match is found first (ENDPROC before END). */
const KEYWORDS = new Map<string, string[]>();
for (const k of [...keywordTable.keywords].sort((a, b) => b.length - a.length)) KEYWORDS.set(k[0] ?? '', [...(KEYWORDS.get(k[0] ?? '') ?? []), k]);
const CONDITIONAL = new Set(keywordTable.conditional);
const NAME_CHAR = /[A-Za-z0-9_`]/;
const NAME = /[A-Za-z_`][A-Za-z0-9_`]*[%$]?/y;
const ROUTINE_NAME = /[A-Za-z0-9_`@]*/y;
const NUMBER = /\d+(?:\.\d*)?(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?|&[0-9A-Fa-f]*/y;
const STRING = /"(?:[^"\n]|"")*"?/y;
const REST_OF_LINE = /[^\n]*/y;

const sticky = (re: RegExp, text: string, at: number): string => {
  re.lastIndex = at;
  return re.exec(text)?.[0] ?? '';
};

/** The keyword the tokeniser reads at `at`, a word's start, if any. */
function keywordAt(text: string, at: number): string | undefined {
  return KEYWORDS.get(text[at] ?? '')?.find((k) => text.startsWith(k, at) && !(CONDITIONAL.has(k) && NAME_CHAR.test(text[at + k.length] ?? '')));
}

/** The words of `text`, in order; strings and numbers are left out, and REM and DATA end the line's words. */
export function basicWords(text: string): BasicWord[] {
  const words: BasicWord[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i] ?? '';
    const skipped = c === '"' ? sticky(STRING, text, i) : /[0-9.&]/.test(c) ? sticky(NUMBER, text, i) : '';
    if (skipped) {
      i += skipped.length;
      continue;
    }
    if (!/[A-Za-z_`]/.test(c)) {
      i++;
      continue;
    }
    const keyword = keywordAt(text, i);
    // The tokeniser leaves a routine's name as it is written.
    const routine = keyword === 'PROC' || keyword === 'FN' ? keyword + sticky(ROUTINE_NAME, text, i + keyword.length) : '';
    if (routine.length > (keyword?.length ?? 0)) {
      words.push({ kind: 'routine', text: routine, index: i });
      i += routine.length;
    } else if (keyword) {
      words.push({ kind: 'keyword', text: keyword, index: i });
      i += keyword.length;
      if (keyword === 'REM' || keyword === 'DATA') i += sticky(REST_OF_LINE, text, i).length;
    } else {
      const name = sticky(NAME, text, i);
      words.push({ kind: 'name', text: name, index: i });
      i += name.length;
    }
  }
  return words;
}

/** The variables' names in `text`. */
export const basicNames = (text: string): string[] => basicWords(text).filter((w) => w.kind === 'name').map((w) => w.text);
