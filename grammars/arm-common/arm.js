/**
 * ARM A32 instruction and operand rules shared by the ObjAsm and BBC BASIC
 * grammars. Both dialects spell instructions the same way; they differ in how
 * lines, labels and expressions look, so each grammar supplies its own
 * `_expression`, `identifier`, `string` and `macro_variable`-style primaries and
 * spreads these rules in.
 *
 * Mnemonic splitting is done by the shared external scanner
 * (arm_scanner.h); the external token order below must match the enum in
 * each grammar's scanner.c.
 */

/* eslint-disable no-undef */

const SHIFT = /lsl|lsr|asr|asl|ror|rrx/i;
// Registers: numbered, the RISC OS/APCS aliases (`wp` is r12 in module code).
const REGISTER = /r1[0-5]|r[0-9]|sp|lr|pc|wp|sb|sl|fp|ip|a[1-4]|v[1-8]/i;
const PSR = /[cs]psr(_[a-z]+)?|apsr(_[a-z]+)?/i;

/** External tokens shared by both scanners, in scanner enum order. */
function armExternals($) {
  return [
    $._mnemonic_head,
    $._swi_mnemonic,
    $._mnemonic_tail,
    $.condition,
    $.s_flag,
    $.size,
    $.translate,
    $.block_mode,
    $.p_flag,
    $._mnemonic_subst,
    $.precision,
    $.rounding,
    $._newline,
  ];
}

function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}

/**
 * @param {object} o
 * @param {(($: any) => any)} o.expression  the dialect's expression rule
 * @param {(($: any) => any)} o.symbol      a bare name usable as a register
 *                                          alias or SWI name
 * @param {(($: any) => any)} o.swiName     what a SWI may name: identifier/string
 * @param {boolean} [o.swiHash]             whether the SWI number may carry the
 *                                          immediate's `#` (`SVC #0x20066`):
 *                                          armasm and ObjAsm allow it
 * @param {boolean} [o.registerExpression]  whether an address's base, an offset
 *                                          without `#` and a shifted register may
 *                                          be any expression, read as the
 *                                          register's number (BBC BASIC's
 *                                          `[r2, reg% + 1]`)
 */
function armRules(o) {
  // Where the offset may be an expression, a `-` before it is the offset's sign, never a negation the expression
  // starts with: `[r2, -reg% + 1]` subtracts the register reg% + 1 names. The sign is a token of its own that wins
  // over the expression's `-` where both could start.
  const sign = o.registerExpression
    ? choice(alias(token(prec(1, '+')), '+'), alias(token(prec(1, '-')), '-'))
    : choice('+', '-');
  // A register where the dialect takes any expression of its number.
  const numbered = ($) => choice($.register, o.expression($));
  const offset = ($, name) =>
    choice(
      field(name, $.immediate),
      seq(
        optional(field('sign', sign)),
        field(name, o.registerExpression ? numbered($) : $._base_register),
        optional(seq(',', field('shift', $.shift_type), optional(field('amount', $._shift_amount)))),
      ),
    );

  return {
    // The mnemonic can arrive as two tokens (see arm_scanner.h); the node
    // text is always the whole base mnemonic.
    mnemonic: ($) => seq($._mnemonic_head, optional($._mnemonic_tail)),

    _suffix: ($) =>
      choice(
        field('condition', $.condition),
        field('s_flag', $.s_flag),
        field('size', $.size),
        field('translate', $.translate),
        field('mode', $.block_mode),
        field('p_flag', $.p_flag),
        // FPA: S D E P (LDFD, ADFEQS), and P M Z (ADFSZ).
        field('precision', $.precision),
        field('rounding', $.rounding),
        field('substitution', alias($._mnemonic_subst, $.macro_variable)),
      ),

    instruction: ($) =>
      prec.right(
        seq(
          field('mnemonic', $.mnemonic),
          repeat($._suffix),
          optional(seq(field('operand', $._operand), repeat(seq(',', field('operand', $._operand))))),
        ),
      ),

    // SWI/SVC get their own node: the analysis dispatches on the name.
    swi: ($) =>
      prec.right(
        seq(
          field('mnemonic', alias($._swi_mnemonic, $.mnemonic)),
          repeat($._suffix),
          optional(o.swiHash ? seq(optional('#'), field('name', o.swiName($))) : field('name', o.swiName($))),
        ),
      ),

    _operand: ($) =>
      choice(
        $.register,
        $.writeback_register,
        $.shifted_register,
        $.immediate,
        $.memory_operand,
        $.register_list,
        $.pool_literal,
        $.psr,
        o.expression($),
      ),

    register: (_) => REGISTER,
    psr: (_) => PSR,
    shift_type: (_) => SHIFT,

    _base_register: ($) => choice($.register, o.symbol($)),

    writeback_register: ($) => seq(field('register', $._base_register), '!'),

    immediate: ($) => seq('#', field('value', o.expression($))),

    // `LDR r0, =constant` (literal pool).
    pool_literal: ($) => seq('=', field('value', o.expression($))),

    _shift_amount: ($) => choice($.immediate, $.register, o.expression($)),

    // The register may be a name (an ObjAsm RN alias, a BASIC variable), as a memory operand's may.
    shifted_register: ($) =>
      prec.right(
        seq(
          field('register', o.registerExpression ? numbered($) : choice($.register, o.symbol($))),
          ',',
          field('shift', $.shift_type),
          optional(field('amount', $._shift_amount)),
        ),
      ),

    memory_operand: ($) =>
      prec.right(
        choice(
          seq('[', field('base', o.registerExpression ? numbered($) : $._base_register), ']', optional(field('writeback', '!'))),
          seq('[', field('base', o.registerExpression ? numbered($) : $._base_register), ',', offset($, 'offset'), ']', optional(field('writeback', '!'))),
          seq('[', field('base', o.registerExpression ? numbered($) : $._base_register), ']', ',', offset($, 'post_offset')),
        ),
      ),

    register_list: ($) =>
      seq(
        '{',
        optional(commaSep1(choice($.register, $.register_range, o.symbol($)))),
        '}',
        optional(field('user_mode', '^')),
      ),

    register_range: ($) =>
      seq(field('start', choice($.register, o.symbol($))), '-', field('end', choice($.register, o.symbol($)))),
  };
}

module.exports = { armRules, armExternals, commaSep1, REGISTER, SHIFT };
