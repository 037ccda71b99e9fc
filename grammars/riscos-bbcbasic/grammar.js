/**
 * Tree-sitter grammar for BBC BASIC V text files with inline ARM assembler.
 *
 * One `basic_line` per BASIC line (optional line number, `:`-separated
 * statements). An assembler block `[ ... ]` is a statement that may run over
 * many physical lines, so it stays inside the BASIC line that opened it and
 * the BASIC line carries on after the closing `]`. Inside the block the ARM
 * rules are the ones shared with the ObjAsm grammar; operands are BASIC
 * expressions.
 *
 * BASIC keywords are upper case (as the BASIC V tokeniser requires);
 * assembler mnemonics and directives are case-insensitive.
 */

/* eslint-disable no-undef */

const { armRules, armExternals, commaSep1 } = require('../arm-common/arm.js');
const { keywords: BASIC_KEYWORDS, conditional: CONDITIONAL_KEYWORDS } = require('./keywords.json');

// BASIC V's tokeniser reads a keyword written in capitals wherever a word
// starts, letters after it or not: `FORpass%` is FOR pass%, `DEFPROCx` is DEF
// PROCx, `TOTAL` is TO TAL. The keywords its table flags as conditional (the
// pseudo-variables, and words that take no argument: TIME, COUNT, ENDPROC)
// are keywords only when no letter, digit or _ follows, so `TIMER%` is a name.
// keywords.json is that table: the flags are BBC BASIC II's (its ROM's token
// table) and Matrix Brandy's for BASIC V's own keywords, and a keyword no
// source flags for sure is taken as conditional, so no name is split on a
// guess. A name therefore never starts with one of the other keywords:
// `identifier` is built to match no such word, and the lexer's longest match
// then takes the keyword off the front. The assembler's text is tokenised
// the same way (a label `.PRINTIT` is a syntax error to BASIC too); its
// mnemonics are read whole by the external scanner, and no register, shift or
// directive starts with a keyword.
const NAME_CHARS = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_`'];
const NAME = '[A-Za-z0-9_`]*[%$]?';

/** A regex character class of `chars`, in runs where they are consecutive. */
function charClass(chars) {
  const codes = [...new Set(chars)].map((c) => c.charCodeAt(0)).sort((a, b) => a - b);
  let out = '';
  for (let i = 0; i < codes.length; i++) {
    let j = i;
    while (j + 1 < codes.length && codes[j + 1] === codes[j] + 1) j++;
    const from = String.fromCharCode(codes[i]).replace('`', '\\`');
    const to = String.fromCharCode(codes[j]).replace('`', '\\`');
    out += j === i ? from : j === i + 1 ? from + to : `${from}-${to}`;
    i = j;
  }
  return `[${out}]`;
}

/** A name that starts with none of `words`: a walk down their trie, leaving it wherever the text parts from every word. */
function nameStartingWithNone(words) {
  const node = () => ({ end: false, next: new Map() });
  const root = node();
  for (const word of words) {
    let n = root;
    for (const c of word) {
      if (!n.next.has(c)) n.next.set(c, node());
      n = n.next.get(c);
    }
    n.end = true;
  }
  const branches = (n, starts) => {
    const letters = [...n.next.keys()].filter((c) => c !== '$');
    const alternatives = [`${charClass(starts.filter((c) => !letters.includes(c)))}${NAME}`];
    for (const c of letters) if (!n.next.get(c).end) alternatives.push(c + after(n.next.get(c)));
    return alternatives;
  };
  // After a prefix of a word the name may end, with its type suffix unless that completes the word (`CHR$`).
  const after = (n) => `(?:${[n.next.get('$')?.end ? '%?' : '[%$]?', ...branches(n, NAME_CHARS)].join('|')})`;
  return `(?:${branches(root, NAME_CHARS.filter((c) => !/[0-9]/.test(c))).join('|')})`;
}

// A keyword that ends in a bracket (`TAB(`) is no start of a name anyway.
const SPLIT_KEYWORDS = BASIC_KEYWORDS.filter((k) => !CONDITIONAL_KEYWORDS.includes(k) && !k.includes('('));

// The assembler takes directives in any case.
const ci = (w) => alias(new RegExp(w.split('').map((c) => (/[a-z]/i.test(c) ? `[${c.toLowerCase()}${c.toUpperCase()}]` : c)).join('')), w.toUpperCase());

const PREC = {
  or: 1,
  and: 2,
  compare: 3,
  additive: 4,
  multiplicative: 5,
  power: 6,
  unary: 7,
  call: 8,
};

// Statements without dedicated nodes; their arguments are kept as text so an
// unfamiliar statement never becomes a syntax error.
const GENERIC_KEYWORDS = [
  'APPEND', 'AUTO', 'BEATS', 'BPUT', 'CALL', 'CASE', 'CHAIN', 'CIRCLE', 'CLEAR', 'CLG', 'CLOSE', 'CLS',
  'COLOUR', 'COLOR', 'DELETE', 'DRAW', 'EDIT', 'ELLIPSE', 'ENDCASE', 'ENVELOPE', 'ERROR', 'FILL', 'GCOL',
  'GOSUB', 'GOTO', 'HELP', 'HIMEM', 'INPUT', 'INSTALL', 'LET', 'LIBRARY', 'LINE', 'LIST', 'LOAD', 'LOMEM',
  'LVAR', 'MODE', 'MOUSE', 'MOVE', 'NEW', 'OFF', 'OLD', 'ORIGIN', 'OSCLI', 'OTHERWISE', 'OVERLAY', 'PAGE',
  'PLOT', 'POINT', 'PTR', 'QUIT', 'READ', 'RECTANGLE', 'RENUMBER', 'REPORT', 'RESTORE', 'RETURN', 'RUN',
  'SAVE', 'SOUND', 'STEREO', 'STOP', 'SWAP', 'TEMPO', 'TEXTLOAD', 'TEXTSAVE', 'TIME', 'TINT', 'TRACE',
  'VDU', 'VOICE', 'VOICES', 'WAIT', 'WHEN', 'WIDTH', 'CLEAR', 'EXT', 'CRUNCH', 'MANDEL', 'TWIN', 'TWINO',
];

const BUILTIN_FUNCTIONS = [
  'ABS', 'ACS', 'ADVAL', 'ASC', 'ASN', 'ATN', 'BGET#', 'CHR\\$', 'COS', 'DEG', 'EOF#', 'EVAL', 'EXP',
  'EXT#', 'GET\\$#', 'INKEY\\$', 'INKEY', 'INT', 'LEN', 'LN', 'LOG', 'OPENIN', 'OPENOUT', 'OPENUP',
  'RAD', 'RND', 'SGN', 'SIN', 'SQR', 'STR\\$~', 'STR\\$', 'TAN', 'USR', 'VAL', 'NOT',
  'INSTR', 'LEFT\\$', 'MID\\$', 'RIGHT\\$', 'STRING\\$', 'TAB', 'SPC', 'POINT', 'SUM', 'SUMLEN',
];

const BUILTIN_VARIABLES = [
  'TRUE', 'FALSE', 'PI', 'TOP', 'PAGE', 'HIMEM', 'LOMEM', 'TIME\\$', 'TIME', 'ERR', 'ERL', 'COUNT',
  'POS', 'VPOS', 'REPORT\\$', 'GET\\$', 'GET', 'WIDTH', 'END', 'RND', 'PTR#', 'EXT#', 'BEAT',
];

const commaSep = (rule) => optional(commaSep1(rule));

module.exports = grammar({
  name: 'riscos_bbcbasic',

  externals: ($) => [...armExternals($), $._error_sentinel],

  extras: (_) => [/[ \t\r\f]/],

  conflicts: ($) => [
    [$._operand, $.shifted_register],
  ],

  rules: {
    source_file: ($) => repeat(choice($.basic_line, $._newline)),

    basic_line: ($) =>
      choice(
        seq(field('line_number', $.line_number), optional($._statements), $._newline),
        seq($._statements, $._newline),
      ),

    line_number: (_) => /\d+/,

    _statements: ($) =>
      choice(
        seq($._line_statement, repeat(seq(':', optional($._line_statement)))),
        repeat1(seq(':', optional($._line_statement))),
      ),

    // A bare ELSE/ENDIF belongs to a multi-line IF; inside a one-line IF the
    // word ELSE is the IF's own.
    _line_statement: ($) => choice($._statement, $.else_statement, $.endif_statement),

    _statement: ($) =>
      choice(
        $.assembler_block,
        $.assignment,
        $.for_statement,
        $.next_statement,
        $.dim_statement,
        $.procedure_definition,
        $.function_definition,
        $.endproc_statement,
        $.return_statement,
        $.if_statement,
        $.sys_call,
        $.print_statement,
        $.end_statement,
        $.proc_call,
        $.local_statement,
        $.repeat_statement,
        $.until_statement,
        $.while_statement,
        $.endwhile_statement,
        $.on_error_statement,
        $.on_statement,
        $.comment,
        $.data_statement,
        $.star_command,
        $.basic_statement,
      ),

    // ---- BASIC statements ----------------------------------------------
    assignment: ($) =>
      seq(optional('LET'), field('left', $._lvalue), field('operator', choice('=', '+=', '-=', '*=', '/=')), field('right', $._expression)),

    _lvalue: ($) => choice($.identifier, $.array_element, $.indirection, $.builtin_variable),

    for_statement: ($) =>
      seq(
        'FOR',
        field('variable', $._lvalue),
        '=',
        field('start', $._expression),
        'TO',
        field('end', $._expression),
        optional(seq('STEP', field('step', $._expression))),
      ),

    next_statement: ($) => prec.right(seq('NEXT', commaSep(field('variable', $._lvalue)))),

    dim_statement: ($) => seq('DIM', commaSep1($.dim_item)),

    // `DIM a%(10)` declares an array; `DIM code% 4096` reserves bytes.
    dim_item: ($) =>
      choice(
        field('array', $.array_element),
        seq(field('name', $.identifier), optional('LOCAL'), field('size', $._expression)),
      ),

    procedure_definition: ($) => seq('DEF', field('name', $.proc_name), optional(field('parameters', $.parameter_list))),

    function_definition: ($) =>
      prec.right(
        seq('DEF', field('name', $.fn_name), optional(field('parameters', $.parameter_list)), optional(seq('=', field('value', $._expression)))),
      ),

    parameter_list: ($) => seq(token.immediate('('), commaSep1(field('parameter', $.parameter)), ')'),

    parameter: ($) => seq(optional('RETURN'), field('name', $._lvalue)),

    endproc_statement: (_) => 'ENDPROC',

    // `= value` ends a multi-line DEF FN.
    return_statement: ($) => seq('=', field('value', $._expression)),

    if_statement: ($) =>
      prec.right(
        seq(
          'IF',
          field('condition', $._expression),
          optional('THEN'),
          optional(field('consequence', choice($._inline_statements, $.line_number))),
          optional(seq('ELSE', optional(field('alternative', choice($._inline_statements, $.line_number))))),
        ),
      ),

    _inline_statements: ($) => prec.right(seq($._statement, repeat(seq(':', optional($._statement))))),

    // In a multi-line IF, ELSE may be followed by the first statement of the
    // alternative on the same line.
    else_statement: ($) => prec.right(seq('ELSE', optional(field('body', $._statement)))),
    endif_statement: (_) => 'ENDIF',

    // SYS "name", args TO outputs ;flags — empty slots are kept as bare
    // commas so positions still map to registers.
    sys_call: ($) =>
      prec.right(
        seq(
          'SYS',
          field('name', $._expression),
          repeat(seq(',', optional(field('argument', $._expression)))),
          optional(
            seq(
              'TO',
              optional(field('output', $._lvalue)),
              repeat(seq(',', optional(field('output', $._lvalue)))),
              optional(seq(';', field('flags', $._lvalue))),
            ),
          ),
        ),
      ),

    print_statement: ($) => prec.right(seq('PRINT', repeat(choice(field('item', $._expression), ';', ',', "'", '~')))),

    end_statement: (_) => 'END',

    proc_call: ($) => prec.right(seq(field('name', $.proc_name), optional(field('arguments', $.argument_list)))),

    local_statement: ($) => seq('LOCAL', choice('ERROR', commaSep1(field('variable', $._lvalue)))),

    // REPEAT may share its line with the first statement of the loop body.
    repeat_statement: ($) => prec.right(seq('REPEAT', optional(field('body', $._statement)))),
    until_statement: ($) => seq('UNTIL', field('condition', $._expression)),
    while_statement: ($) => seq('WHILE', field('condition', $._expression)),
    endwhile_statement: (_) => 'ENDWHILE',

    on_error_statement: ($) =>
      prec.right(seq('ON', 'ERROR', optional(choice('LOCAL', 'OFF')), optional(field('handler', $._inline_statements)))),

    on_statement: ($) => seq('ON', field('value', $._expression), field('arguments', $.rest_of_statement)),

    comment: (_) => token(seq('REM', /[^\n]*/)),

    data_statement: (_) => token(seq('DATA', /[^\n]*/)),

    star_command: (_) => token(seq('*', /[^\n]*/)),

    basic_statement: ($) =>
      prec.right(seq(field('keyword', $.keyword), optional(field('arguments', $.rest_of_statement)))),

    keyword: (_) => token((new RegExp(GENERIC_KEYWORDS.join('|')))),

    rest_of_statement: (_) => token(prec(-1, /([^:\n"\s]|"[^"\n]*")([^:\n"]|"[^"\n]*")*/)),

    // ---- assembler -------------------------------------------------------
    // Statements are kept flat in source order: the executor walks them the
    // way the assembler does, and labels share lines with instructions.
    // As in BASIC, statements on one line need a colon between them (a label
    // may share its statement's line): so after an operand expression a word
    // like AND is the BASIC operator, never the start of an instruction.
    assembler_block: ($) =>
      seq(
        '[',
        repeat($._asm_gap),
        optional(seq($._asm_item, repeat(seq(repeat1($._asm_gap), $._asm_item)), repeat($._asm_gap))),
        ']',
      ),

    // A line number only starts a line: elsewhere a number is an operand's, as the 2 of `LSL 2` (a shift by R2).
    _asm_gap: ($) => choice(alias($._asm_comment, $.comment), ':', seq($._newline, optional($.line_number))),

    _asm_item: ($) => choice(seq($.asm_label, optional($._asm_statement)), $._asm_statement),

    _asm_statement: ($) => choice($.instruction, $.swi, $.opt_directive, $.data, $.align),

    // `;` and `\` comments end at a colon as well as at the end of the line.
    _asm_comment: (_) => /[;\\][^:\n]*/,

    asm_label: ($) => seq('.', field('name', choice($.identifier, $.array_element))),

    opt_directive: ($) => seq(ci('opt'), field('value', $._expression)),

    data: ($) =>
      seq(
        field('directive', choice(ci('equb'), ci('equw'), ci('equd'), ci('equq'), ci('equs'), ci('dcb'), ci('dcw'), ci('dcd'), ci('dcs'), '=')),
        commaSep1(field('value', $._expression)),
      ),

    align: (_) => ci('align'),

    ...armRules({
      expression: ($) => $._expression,
      symbol: ($) => $.identifier,
      swiName: ($) => $._expression,
      registerExpression: true,
    }),

    // ---- expressions -----------------------------------------------------
    _expression: ($) =>
      choice(
        $.binary_expression,
        $.unary_expression,
        $.indirection,
        $.parenthesized_expression,
        $.number,
        $.string,
        $.identifier,
        $.array_element,
        $.fn_call,
        $.builtin_call,
        $.builtin_variable,
      ),

    parenthesized_expression: ($) => seq('(', $._expression, ')'),

    unary_expression: ($) => prec(PREC.unary, seq(field('operator', choice('-', '+')), field('operand', $._expression))),

    // `!p%`, `?p%`, `$p%`, `|p%` and the dyadic `base%!4`, `base%?1`.
    indirection: ($) =>
      choice(
        prec(PREC.unary, seq(field('operator', choice('!', '?', '$', '|')), field('address', $._expression))),
        prec.left(PREC.call, seq(field('base', choice($.identifier, $.array_element, $.parenthesized_expression)), field('operator', choice('!', '?')), field('offset', $._expression))),
      ),

    binary_expression: ($) => {
      const table = [
        [PREC.or, choice('OR', 'EOR')],
        [PREC.and, 'AND'],
        [PREC.compare, choice('=', '<>', '<', '>', '<=', '>=', '<<', '>>', '>>>')],
        [PREC.additive, choice('+', '-')],
        [PREC.multiplicative, choice('*', '/', 'MOD', 'DIV')],
        [PREC.power, '^'],
      ];
      return choice(
        ...table.map(([p, op]) =>
          prec.left(p, seq(field('left', $._expression), field('operator', alias(op, $.operator)), field('right', $._expression))),
        ),
      );
    },

    array_element: ($) => prec(PREC.call, seq(field('name', $.identifier), field('arguments', $.argument_list))),

    argument_list: ($) => seq(token.immediate('('), commaSep(field('argument', $._expression)), ')'),

    fn_call: ($) => prec.right(PREC.call, seq(field('name', $.fn_name), optional(field('arguments', $.argument_list)))),

    builtin_call: ($) =>
      prec.right(
        PREC.unary,
        seq(
          field('name', $.builtin_function),
          choice(field('arguments', $.argument_list), field('argument', $._expression)),
        ),
      ),

    builtin_function: (_) => token((new RegExp(BUILTIN_FUNCTIONS.join('|')))),
    builtin_variable: (_) => token((new RegExp(BUILTIN_VARIABLES.join('|')))),

    proc_name: (_) => /PROC[A-Za-z0-9_`@]+/,
    fn_name: (_) => /FN[A-Za-z0-9_`@]+/,

    number: (_) => token(choice(/\d+(\.\d*)?([eE][-+]?\d+)?/, /\.\d+([eE][-+]?\d+)?/, /&[0-9a-fA-F]+/, /%[01]+/)),

    string: (_) => /"([^"\n]|"")*"/,

    identifier: (_) => new RegExp(`${nameStartingWithNone(SPLIT_KEYWORDS)}|@%`),
  },
});
