// Keyword tables of RISC OS BBC BASIC V. Single-byte tokens cover 0x7F-0xFF;
// BASIC V ran out of bytes, so its newer keywords sit behind three prefix
// bytes, each followed by a second byte counted from 0x8E.

/** Prefix of a line number constant (GOTO, GOSUB, RESTORE, THEN, ELSE). */
export const LINE_NUMBER_TOKEN = 0x8d;

export const REM_TOKEN = 0xf4;
export const DATA_TOKEN = 0xdc;

const SINGLE_FROM_0X7F = [
  'OTHERWISE',
  'AND', 'DIV', 'EOR', 'MOD', 'OR', 'ERROR', 'LINE', 'OFF',
  'STEP', 'SPC', 'TAB(', 'ELSE', 'THEN', '', 'OPENIN', 'PTR',
  'PAGE', 'TIME', 'LOMEM', 'HIMEM', 'ABS', 'ACS', 'ADVAL', 'ASC',
  'ASN', 'ATN', 'BGET', 'COS', 'COUNT', 'DEG', 'ERL', 'ERR',
  'EVAL', 'EXP', 'EXT', 'FALSE', 'FN', 'GET', 'INKEY', 'INSTR(',
  'INT', 'LEN', 'LN', 'LOG', 'NOT', 'OPENUP', 'OPENOUT', 'PI',
  'POINT(', 'POS', 'RAD', 'RND', 'SGN', 'SIN', 'SQR', 'TAN',
  'TO', 'TRUE', 'USR', 'VAL', 'VPOS', 'CHR$', 'GET$', 'INKEY$',
  'LEFT$(', 'MID$(', 'RIGHT$(', 'STR$', 'STRING$(', 'EOF', '', '',
  '', 'WHEN', 'OF', 'ENDCASE', 'ELSE', 'ENDIF', 'ENDWHILE', 'PTR',
  'PAGE', 'TIME', 'LOMEM', 'HIMEM', 'SOUND', 'BPUT', 'CALL', 'CHAIN',
  'CLEAR', 'CLOSE', 'CLG', 'CLS', 'DATA', 'DEF', 'DIM', 'DRAW',
  'END', 'ENDPROC', 'ENVELOPE', 'FOR', 'GOSUB', 'GOTO', 'GCOL', 'IF',
  'INPUT', 'LET', 'LOCAL', 'MODE', 'MOVE', 'NEXT', 'ON', 'VDU',
  'PLOT', 'PRINT', 'PROC', 'READ', 'REM', 'REPEAT', 'REPORT', 'RESTORE',
  'RETURN', 'RUN', 'STOP', 'COLOUR', 'TRACE', 'UNTIL', 'WIDTH', 'OSCLI',
] as const;

const EXTENDED_FROM_0X8E: Readonly<Record<number, readonly string[]>> = {
  // Functions.
  0xc6: ['SUM', 'BEAT'],
  // Immediate-mode commands; they can still be stored in a program line.
  0xc7: [
    'APPEND', 'AUTO', 'CRUNCH', 'DELETE', 'EDIT', 'HELP', 'LIST', 'LOAD', 'LVAR',
    'NEW', 'OLD', 'RENUMBER', 'SAVE', 'TEXTLOAD', 'TEXTSAVE', 'TWIN', 'TWINO', 'INSTALL',
  ],
  // Statements.
  0xc8: [
    'CASE', 'CIRCLE', 'FILL', 'ORIGIN', 'POINT', 'RECTANGLE', 'SWAP', 'WHILE', 'WAIT',
    'MOUSE', 'QUIT', 'SYS', 'INSTALL', 'LIBRARY', 'TINT', 'ELLIPSE', 'BEATS', 'TEMPO',
    'VOICES', 'VOICE', 'STEREO', 'OVERLAY', 'MANDEL',
  ],
};

/** The keyword for a single-byte token, or undefined for prefixes and 0x8D. */
export function singleByteKeyword(byte: number): string | undefined {
  const keyword = SINGLE_FROM_0X7F[byte - 0x7f];
  return keyword ? keyword : undefined;
}

export function isExtendedPrefix(byte: number): boolean {
  return byte in EXTENDED_FROM_0X8E;
}

export function extendedKeyword(prefix: number, byte: number): string | undefined {
  return EXTENDED_FROM_0X8E[prefix]?.[byte - 0x8e];
}
