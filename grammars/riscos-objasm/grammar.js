/**
 * Tree-sitter grammar for RISC OS ObjAsm / asasm sources.
 *
 * Line oriented: whatever starts in column 1 is a label (the external scanner
 * decides, because only it can see the column), everything else is indented.
 * Trees are shaped for the symbolic executor: conditional assembly, WHILE,
 * MACRO and ROUT-delimited routines are containing nodes; instructions come
 * from the rules shared with the BBC BASIC grammar.
 */

/* eslint-disable no-undef */

const { armRules, armExternals, commaSep1 } = require('../arm-common/arm.js');

// ObjAsm accepts directives in upper or lower case, not mixed.
const kw = (w) => alias(choice(w.toUpperCase(), w.toLowerCase()), w.toUpperCase());

const PREC = {
  boolean: 1,
  relational: 2,
  additive: 3,
  shift: 4,
  string: 5,
  multiplicative: 6,
  unary: 7,
};

module.exports = grammar({
  name: 'riscos_objasm',

  externals: ($) => [
    ...armExternals($),
    $._label,
    $.local_label,
    $._rout_label,
    $.direction,
    $.scope,
    $._error_sentinel,
  ],

  // A trailing backslash continues a statement on the next line.
  extras: ($) => [/[ \t\r\f]/, $.comment, $.line_continuation],

  word: ($) => $.identifier,

  conflicts: ($) => [
    [$._operand, $.shifted_register],
    [$._expression, $._symbol],
    [$.register_list, $.builtin_variable],
    [$._symbol, $.builtin_variable],
  ],

  rules: {
    // Code before the first ROUT is loose; from then on every line belongs
    // to the routine opened by the nearest ROUT above it (the routine's
    // prec.right takes every item after it). Items and routines in one
    // repeat, rather than the items then the routines: the state that
    // follows a routine then lexes as the state inside one, where the label
    // that starts the next routine was lexed, so a re-parse reuses a routine
    // whole after one it reused whole instead of lexing every other one again.
    source_file: ($) => repeat(choice($._item, $.routine)),

    routine: ($) =>
      prec.right(
        seq(
          choice(
            seq(field('name', alias($._rout_label, $.identifier)), choice($.rout, $.macro_call)),
            $.rout,
          ),
          $._newline,
          repeat($._item),
        ),
      ),

    rout: (_) => kw('rout'),

    // ROUT inside a conditional or macro cannot close the enclosing routine,
    // so there it is only a marker.
    rout_statement: ($) =>
      choice(
        seq(field('name', alias($._rout_label, $.identifier)), choice($.rout, $.macro_call)),
        $.rout,
      ),

    _item: ($) => choice($._line, $.conditional, $.while_loop, $.macro_definition),

    _body: ($) => choice($._item, seq($.rout_statement, $._newline)),

    _line: ($) => seq(optional($._line_content), $._newline),

    _line_content: ($) =>
      choice(
        seq(choice($.label, $.local_label), optional($._statement)),
        $._statement,
        $._labelled_directive,
      ),

    label: ($) => field('name', alias($._label, $.identifier)),


    // Directives whose label is the thing they define.
    _labelled_directive: ($) => choice($.equate, $.register_alias, $.variable_set, $.storage_field),

    equate: ($) => seq(field('name', alias($._label, $.identifier)), choice('*', kw('equ')), field('value', $._expression)),

    register_alias: ($) =>
      seq(field('name', alias($._label, $.identifier)), choice(kw('rn'), kw('cn'), kw('cp'), kw('fn')), field('register', choice($.register, $._expression))),

    variable_set: ($) =>
      seq(field('name', alias($._label, $.identifier)), field('directive', choice(kw('seta'), kw('setl'), kw('sets'))), field('value', $._expression)),


    _statement: ($) =>
      choice(
        $.instruction,
        $.swi,
        $.area,
        $.entry,
        $.end,
        $.title,
        $.include,
        $.storage_map,
        $.data,
        $.space,
        $.align,
        $.assert,
        $.info,
        $.variable_declaration,
        $.directive,
        $.mexit,
        $.macro_call,
      ),

    area: ($) =>
      seq(kw('area'), field('name', choice($.bar_symbol, $.identifier)), repeat(seq(',', field('attribute', $.area_attribute)))),

    area_attribute: ($) => seq(field('name', $.identifier), optional(seq('=', field('value', $._expression)))),

    entry: (_) => kw('entry'),
    end: (_) => kw('end'),

    title: ($) => seq(choice(kw('ttl'), kw('subt')), optional(field('text', $.text))),
    text: (_) => token(prec(-1, /[^\s;][^\n;]*/)),

    include: ($) => seq(choice(kw('get'), kw('include'), kw('lnk'), kw('incbin')), field('path', $.path)),
    path: (_) => token(prec(-1, /[^\s;]+/)),

    // `^ 0, r12` starts a storage map; `name # 4` allocates fields in it.
    storage_map: ($) => seq(choice('^', kw('map')), field('offset', $._expression), optional(seq(',', field('base', choice($.register, $._symbol))))),

    storage_field: ($) =>
      seq(optional(field('name', alias($._label, $.identifier))), choice('#', kw('field')), field('size', $._expression)),

    data: ($) =>
      seq(
        field('directive', choice('=', '&', kw('dcb'), kw('dcw'), kw('dcd'), kw('dcdu'), kw('dcwu'), kw('dcq'), kw('dci'), kw('dcfs'), kw('dcfd'), kw('dcdo'))),
        optional(commaSep1(field('value', $._expression))),
      ),

    space: ($) => seq(choice('%', kw('space'), kw('fill')), field('size', $._expression), repeat(seq(',', field('value', $._expression)))),

    align: ($) => prec.right(seq(kw('align'), optional(seq(field('alignment', $._expression), optional(seq(',', field('offset', $._expression))))))),

    assert: ($) => seq(kw('assert'), field('condition', $._expression)),

    info: ($) => seq(choice('!', kw('info')), field('level', $._expression), ',', field('message', $._expression)),

    variable_declaration: ($) =>
      seq(
        field('directive', choice(kw('gbla'), kw('gbll'), kw('gbls'), kw('lcla'), kw('lcll'), kw('lcls'))),
        field('name', choice($.identifier, $.macro_variable)),
      ),

    // Directives the analysis only needs to recognise.
    directive: ($) =>
      prec.right(
        seq(
          field(
            'name',
            choice(
              kw('ltorg'), kw('keep'), kw('import'), kw('export'), kw('global'), kw('extern'),
              kw('preserve8'), kw('require8'), kw('code32'), kw('code16'), kw('arm'), kw('thumb'),
              kw('nofp'), kw('opt'), kw('org'), kw('leadr'), kw('strong'), kw('weak'), kw('requires'),
              kw('aof'), kw('aout'), kw('elf'), kw('frame'), kw('function'), kw('endfunc'), kw('proc'), kw('endp'),
            ),
          ),
          optional(commaSep1(field('argument', $._expression))),
        ),
      ),

    mexit: (_) => kw('mexit'),

    // Anything else in the opcode column is a macro invocation: the Hdr
    // macros (Push, Pull, EXIT, SETV, MakeErrorBlock, DREG ...) included.
    macro_call: ($) =>
      prec.right(
        seq(
          field('name', choice($.identifier, $.macro_variable)),
          optional(
            choice(
              seq(field('argument', $._macro_argument), repeat(seq(',', optional(field('argument', $._macro_argument))))),
              repeat1(seq(',', optional(field('argument', $._macro_argument)))),
            ),
          ),
        ),
      ),

    // `|` alone asks for the parameter's default.
    _macro_argument: ($) => choice($._operand, $.macro_text, alias('|', $.default_argument)),

    // ObjAsm substitutes an unquoted argument as the text it is, so a word
    // with a character outside ASCII (`café`, a Latin-1 byte) is an argument
    // as a name is, though no name nor operand may hold one. The longest
    // match makes `café` one token; a word of ASCII alone stays a name.
    macro_text: (_) => /[A-Za-z0-9_]*[^\x00-\x7f]([A-Za-z0-9_]|[^\x00-\x7f])*/,

    conditional: ($) =>
      seq(
        choice('[', kw('if')),
        field('condition', $._expression),
        $._newline,
        field('consequence', repeat($._body)),
        optional(field('alternative', choice($.else_clause, $.elif_clause))),
        choice(']', kw('endif')),
        $._newline,
      ),

    else_clause: ($) => seq(choice('|', kw('else')), $._newline, field('body', repeat($._body))),

    elif_clause: ($) =>
      seq(
        kw('elif'),
        field('condition', $._expression),
        $._newline,
        field('consequence', repeat($._body)),
        optional(field('alternative', choice($.else_clause, $.elif_clause))),
      ),

    while_loop: ($) =>
      seq(kw('while'), field('condition', $._expression), $._newline, field('body', repeat($._body)), kw('wend'), $._newline),

    macro_definition: ($) =>
      seq(
        kw('macro'),
        $._newline,
        repeat($._newline),
        field('prototype', $.macro_prototype),
        $._newline,
        field('body', repeat($._body)),
        kw('mend'),
        $._newline,
      ),

    macro_prototype: ($) =>
      seq(
        optional(field('label', alias($._label, $.macro_variable))),
        field('name', $.identifier),
        optional(commaSep1(field('parameter', $.macro_parameter))),
      ),

    macro_parameter: ($) =>
      seq(field('name', $.macro_variable), optional(seq('=', optional(field('default', $._expression))))),

    ...armRules({
      expression: ($) => $._expression,
      symbol: ($) => $._symbol,
      swiName: ($) => $._expression,
      swiHash: true,
    }),

    _symbol: ($) => choice($.identifier, $.macro_variable, $.bar_symbol),

    // ---- expressions -------------------------------------------------
    _expression: ($) =>
      choice(
        $.binary_expression,
        $.unary_expression,
        $.parenthesized_expression,
        $.number,
        $.string,
        $.character,
        $.identifier,
        $.bar_symbol,
        $.builtin_variable,
        $.location,
        $.local_label_ref,
        $.macro_variable,
      ),

    parenthesized_expression: ($) => seq('(', $._expression, ')'),

    unary_expression: ($) =>
      prec(
        PREC.unary,
        seq(
          field('operator', choice('-', '+', '~', '?', alias(/:(lnot|not|len|chr|str|base|index|def|uppercase|lowercase|rconst|cc_encoding|reverse_cc|sizeof):/i, $.operator_word))),
          field('operand', $._expression),
        ),
      ),

    binary_expression: ($) => {
      const table = [
        [PREC.boolean, choice(/:(land|lor|leor):/i, '&&', '||')],
        [PREC.relational, choice('=', '==', '<>', '/=', '!=', '<', '>', '<=', '>=')],
        [PREC.additive, choice('+', '-', /:(and|or|eor):/i, '&', '|', '^')],
        [PREC.shift, choice(/:(shl|shr|rol|ror):/i, '<<', '>>')],
        [PREC.string, /:(left|right|cc):/i],
        [PREC.multiplicative, choice('*', '/', /:mod:/i)],
      ];
      return choice(
        ...table.map(([p, op]) =>
          prec.left(
            p,
            seq(field('left', $._expression), field('operator', alias(op, $.operator)), field('right', $._expression)),
          ),
        ),
      );
    },

    // A hex number's digits may be written by a `$name` (`&$Count`, `0x$Bits`): ObjAsm
    // substitutes the variable before it reads the number.
    number: (_) =>
      token(
        choice(
          /\d+/,
          /&([0-9a-fA-F]|\$[A-Za-z_][A-Za-z0-9_]*\.?)+/,
          /0[xX]([0-9a-fA-F]|\$[A-Za-z_][A-Za-z0-9_]*\.?)+/,
          /[2-9]_[0-9a-zA-Z]+/,
          /\d+\.\d+([eE][-+]?\d+)?/,
        ),
      ),

    character: (_) => /'([^'\\\n]|\\.)'/,

    // Strings keep macro substitutions as children: `"$name"` matters when a
    // macro builds an error message.
    string: ($) =>
      seq(
        '"',
        repeat(
          choice(
            alias(token.immediate(prec(1, /[^"$\\\n]+/)), $.string_content),
            alias(token.immediate('""'), $.escape_sequence),
            alias(token.immediate(/\\./), $.escape_sequence),
            alias(token.immediate('$$'), $.escape_sequence),
            alias(token.immediate(/\$[A-Za-z_][A-Za-z0-9_]*\.?/), $.macro_variable),
            alias(token.immediate('$'), $.string_content),
          ),
        ),
        token.immediate('"'),
      ),

    bar_symbol: (_) => /\|[^|\s]+\|/,

    // {PC}, {TRUE}, {FALSE}, {OPT}, {CONFIG} ...
    builtin_variable: ($) => seq('{', field('name', choice($.identifier, $.register)), '}'),

    location: (_) => choice('@', '.'),

    // %FT10, %BT10, %F10, %B10, %10, %FA10routine. The routine name only
    // lets ObjAsm check the label is in the routine it expects.
    local_label_ref: ($) =>
      seq(
        '%',
        optional(field('direction', $.direction)),
        optional(field('scope', $.scope)),
        field('number', alias(token.immediate(/\d+/), $.number)),
        optional(field('routine', alias(token.immediate(/[A-Za-z_][A-Za-z0-9_]*/), $.identifier))),
      ),

    // A dot after a `$name` ends the name and is dropped when it is
    // substituted, so that a name may go on after it: `$label.loop`,
    // `$name._Exit`, `$label.$count`.
    macro_variable: (_) => /\$[A-Za-z_][A-Za-z0-9_]*\.?([A-Za-z0-9_$]|\$[A-Za-z_][A-Za-z0-9_]*\.)*/,

    comment: (_) => token(seq(';', /[^\n]*/)),

    line_continuation: (_) => token(seq('\\', /\r?\n/)),

    identifier: (_) => /[A-Za-z_]([A-Za-z0-9_$]|\$[A-Za-z_][A-Za-z0-9_]*\.)*/,
  },
});
