/**
 * Tree-sitter grammar for Windows 95/98 VxD sources: MASM 5.1/6.x in 32-bit
 * flat mode plus the vmm.inc macro layer (BeginProc, VMMcall, segments, ...).
 *
 * The tree feeds a symbolic executor, so the shapes that matter for analysis
 * (instructions, VMM calls, memory operands, procedures) get named nodes and
 * fields; rarely analysed directives keep their text as `raw_text`.
 *
 * MASM is line oriented and case-insensitive: every statement ends at a
 * newline, and every keyword is a case-insensitive regex. Keywords are
 * extracted through `word`, so a keyword spelled where only a name can stand
 * (e.g. `and` as a mnemonic, `PUBLIC` as a BeginProc option) stays a name.
 * Where a keyword could stand too, the external scanner (src/scanner.c)
 * reads a name by what follows it: `Lock:`, `Page DD 0`, `Lock My_Struc <>`,
 * `jmp Type`.
 */

/** Case-insensitive keyword that shows up in the tree as its lower-case text. */
function kw(word) {
  return alias(new RegExp(word, 'i'), word.toLowerCase());
}

/** One or more `rule`, separated by commas, with no empty slots. */
function commaSep1(rule) {
  return seq(rule, repeat(seq(',', rule)));
}

/**
 * Macro-style argument lists: slots may be empty (`a, , b` and trailing
 * `x, , ,`), so the commas carry the argument count for the analysis.
 */
/**
 * An item that calls of macro functions follow (`1 Nothing()`, `eax
 * Nothing()`): MASM puts the text they return in place before it reads the
 * line, so the calls are text, not a continuation of the item, and the
 * lowering reads the line with their texts in place.
 */
function followedByCalls($, name, item) {
  return seq(field(name, item), repeat1(field('call', $.macro_function_call)));
}

/**
 * Blank-separated words a macro passes on as text, from `first`: after the
 * first, a macro function's call may stand among them, but a second word
 * must follow, or the calls follow an item instead.
 */
function words($, first) {
  return seq(
    field('word', first),
    repeat(field('call', $.macro_function_call)),
    field('word', choice($.identifier, $.register)),
    repeat(choice(field('word', choice($.identifier, $.register)), field('call', $.macro_function_call))),
  );
}

function slots(rule) {
  return choice(
    seq(rule, repeat(seq(',', optional(rule)))),
    seq(repeat1(seq(',', optional(rule)))),
  );
}

const PREC = {
  or: 1,
  and: 2,
  not: 3,
  compare: 4,
  additive: 5,
  multiplicative: 6,
  unary: 7,
  keyword_unary: 8,
  segment: 9,
  member: 10,
};

// MASM precedence: SHORT/OFFSET/TYPE/... bind looser than `:` and `.` but
// tighter than arithmetic, so `OFFSET FLAT:X + 4` is (OFFSET (FLAT:X)) + 4.
const KEYWORD_UNARY = /offset32|offset|seg|type|size|sizeof|length|lengthof|width|mask|high|low|highword|lowword|short|this|opattr/i;

module.exports = grammar({
  name: 'vxd_masm',

  word: $ => $.identifier,

  // Names spelled like keywords (src/scanner.c): before a colon, before a
  // defining directive, and in operand position; COMMENT blocks, whose
  // end only the delimiter after COMMENT says; and the expansion operator
  // before a conditional's ELSE, ELSEIF or ENDIF, which only the word
  // after it tells from a line of text to expand; and the end of the input,
  // where a macro left open ends.
  externals: $ => [
    $._label_name,
    $._defining_name,
    $._operand_name,
    $._comment_block,
    $._expansion_text,
    $._expansion_condition,
    $._clause_expansion,
    $._end_of_input,
    $._error_sentinel,
  ],

  extras: $ => [
    /[ \t\f\u00a0]+/,
    $.comment,
    $.line_continuation,
  ],

  conflicts: $ => [
    [$.instruction, $.macro_call],
    [$.instruction, $._angle_item],
    // `Count SINT +1` could start `Count` with the operand `SINT + 1`: the instruction wins.
    [$._struc_instance, $._expression],
    // `Info Type Count()` could be an instruction whose operand `Type` a call follows.
    [$._struc_instance, $.word_list, $._expression],
    // `<Off1 Pick(2)>` could start the word list `Off1 Pick`: a call follows the name instead.
    [$.word_list, $._expression],
    // `<eax Nothing()>` could start the words `eax Nothing`: a call follows the register instead.
    [$._register_words, $._called_item],
    [$.procedure, $.procedure_head],
    [$.segment, $.segment_head],
    // `% IFDEF DEBUG` opens a conditional (one that may choose an opening or
    // closing line) where its clauses and ENDIF follow in the same container;
    // else it is a line of its own, whose ENDIF another line or a macro gives.
    [$._opening_condition, $.expansion_line],
  ],

  // The address pieces are inlined so that a `]` can be read without first
  // deciding whether another `[...]` group follows (`[ecx][eax]`); a defined
  // name so that a plain name at the start of a statement can still turn out
  // to be a mnemonic.
  inline: $ => [
    $._defined_name,
    $._terms_with_base,
    $._plain_terms,
    $._plain_term,
    $._term_after_base,
    $._scaled_index,
    $._separator,
    $._negative_term,
    $._member,
    // Inlined so that an item a call follows is read alike, whether the line turns out an instruction or a macro's call.
    $._called_argument,
  ],

  supertypes: $ => [
    $._expression,
  ],

  rules: {
    source_file: $ => seq(
      repeat($._line),
      optional($._statement),
    ),

    _line: $ => seq(optional($._statement), $._newline),

    _newline: _ => /\r?\n/,

    // Containers list their lines under `body`; the field is inherited by the
    // statement nodes because `_line` is hidden.
    _body: $ => repeat1(field('body', $._line)),

    _statement: $ => choice(
      seq($.label, optional($._simple_statement)),
      $._simple_statement,
    ),

    _simple_statement: $ => choice(
      $.procedure,
      $.segment,
      $.conditional,
      $._unopened_statement,
    ),

    // Every statement but the procedures and segments, which a macro body
    // holds as separate head and tail lines, and the conditionals, whose
    // clauses hold macro lines there.
    _unopened_statement: $ => choice(
      alias($._comment_block, $.comment),
      $.instruction,
      $.macro_call,
      $.vmm_call,
      $.control_dispatch,
      $.service_declaration,
      $.struc_definition,
      $.macro_definition,
      $.repeat_block,
      $.equate,
      $.definition_directive,
      $.data_definition,
      $.label_directive,
      $.include_directive,
      $.public_directive,
      $.extern_directive,
      $.local_directive,
      $.processor_directive,
      $.assert_directive,
      $.listing_directive,
      $.end_directive,
      $.directive,
      $.expansion_line,
      $.control_dispatch_table,
      $.service_table,
      $.macro_label,
    ),

    // ------------------------------------------------------------------
    // Labels

    // MASM 6's `:name` line in a macro or repeat body: where `GOTO name`
    // goes on with the expansion. It assembles nothing.
    macro_label: $ => seq(':', field('name', $.identifier)),

    label: $ => seq(
      field('name', choice($.identifier, alias($._label_name, $.identifier))),
      choice(':', '::'),
    ),

    // The name a directive defines (`Lock PROC`, `Page DD 0`, `Type EQU 4`).
    _defined_name: $ => choice($.identifier, alias($._defining_name, $.identifier)),

    // ------------------------------------------------------------------
    // Instructions and macro invocations

    // MASM puts a macro function's text in place of its call before it
    // reads the line, so a call may follow an operand it does not continue
    // as an expression (`mov eax, 1 Nothing()`, whose function returns `<>`),
    // and may stand for the mnemonic (`Op() eax, 1`, Op returning `mov`):
    // the lowering reads the line once the calls' texts are in place.
    instruction: $ => prec.dynamic(1, seq(
      optional(field('prefix', $.prefix)),
      field('mnemonic', choice($.identifier, $.macro_function_call)),
      optional(commaSep1(choice(
        field('operand', $._operand),
        // Not after a size alone: `Count dword Limit()` defines data.
        followedByCalls($, 'operand', $._called_item),
      ))),
    )),

    prefix: _ => /rep|repe|repz|repne|repnz|lock/i,

    // A call of a known vmm.inc macro, or of any name whose arguments could
    // not be instruction operands (angle lists, empty slots); a macro
    // function may return the macro's name (`Svc() _PageFree, <eax, 0>`).
    macro_call: $ => seq(
      field('name', choice($.identifier, alias($._known_macro, $.identifier), $.macro_function_call)),
      optional(slots(choice(field('argument', $._angle_item), followedByCalls($, 'argument', $._called_argument)))),
    ),

    // An item a macro function's call may follow (`eax Nothing()`).
    _called_item: $ => choice($._expression, $.register, $.memory_operand),

    // Among a macro's or service's arguments an angle list may be followed
    // too (`MyMac <1> Nothing(), <2>`); an instruction's operand is never one.
    _called_argument: $ => choice($._called_item, $.angle_list),

    // Macros from vmm.inc/debug.inc that are never instructions. A longer
    // identifier still wins by longest match (`SaveRegs` is a name).
    _known_macro: _ => token(prec(1, /declare_virtual_device|saveReg|restoreReg|argvar|localvar|enterproc|leaveproc|return|callret|push_client_state|pop_client_state|setflag|clrflag|testmem|testreg|trace_out|debug_out|queue_out|mono_out|fatal_error|assert_[A-Za-z0-9_]+|getvxdserviceordinal|makecdecl|begin_nest_exec|end_nest_exec|begin_nest_v86_exec|resume_exec|dword_align|client_ptr_flat|vxd_desc_block/i)),

    // A macro function may make the service's name (`VMMcall ServiceFor(free)`),
    // and calls may follow a bare argument (`VMMcall _PageFree, eax Nothing()`).
    // The macros take the service and one argument: MASM only warns of more
    // (`VMMcall _PageFree, <eax>, 0`, A4006) and leaves them out of the call.
    vmm_call: $ => seq(
      field('macro', alias(/vmmcall|vxdcall|vmmjmp|vxdjmp/i, $.vmm_macro)),
      field('service', choice($.identifier, $.macro_function_call)),
      optional(seq(
        optional(','),
        choice(field('arguments', choice($.angle_list, $._operand)), followedByCalls($, 'arguments', $._called_argument)),
        repeat(seq(',', optional(choice(field('ignored', $._angle_item), followedByCalls($, 'ignored', $._called_argument))))),
      )),
    ),

    // Control_Dispatch Msg, Proc[, convention, <args>]; a macro function may
    // make Proc's name (`HandlerFor(Init)`).
    control_dispatch: $ => seq(
      kw('Control_Dispatch'),
      field('message', $._expression),
      ',',
      field('procedure', choice($.identifier, $.macro_function_call)),
      optional(seq(
        ',',
        optional(field('convention', $.identifier)),
        optional(seq(',', field('arguments', $.angle_list))),
      )),
    ),

    control_dispatch_table: $ => seq(
      kw('Begin_Control_Dispatch'),
      field('name', $.identifier),
      optional(seq(',', commaSep1(field('option', $._angle_item)))),
      $._newline,
      optional($._body),
      kw('End_Control_Dispatch'),
      optional(field('end_name', $.identifier)),
    ),

    service_table: $ => seq(
      kw('Begin_Service_Table'),
      field('name', $.identifier),
      optional(seq(',', commaSep1(field('option', $._angle_item)))),
      $._newline,
      optional($._body),
      kw('End_Service_Table'),
      optional(field('end_name', $.identifier)),
      repeat(seq(',', optional(field('option', $._angle_item)))),
    ),

    // MYVXD_Service _MYVXD_Get_Version, VxD_LOCKED_CODE
    service_declaration: $ => seq(
      field('macro', alias(token(prec(1, /[A-Za-z_][A-Za-z0-9_]*_service/i)), $.identifier)),
      field('service', $.identifier),
      // First argument is the segment class (VxD_LOCKED_CODE, ...).
      repeat(seq(',', optional(field('argument', $._angle_item)))),
    ),

    // ------------------------------------------------------------------
    // Containers

    procedure: $ => choice(
      seq(
        $._begin_proc,
        $._newline,
        optional($._body),
        kw('EndProc'),
        optional(field('end_name', $.identifier)),
      ),
      // One body ended by alternative EndProc lines under IFDEF DEBUG / ELSE:
      // the footer is a conditional whose every clause ends in one.
      seq(
        $._begin_proc,
        $._newline,
        optional($._body),
        field('footer', alias($._procedure_footer, $.conditional)),
      ),
      // Alternative BeginProc lines under IFDEF DEBUG / ELSE sharing one
      // body: the header is a conditional whose every clause ends in one.
      seq(
        field('header', alias($._procedure_header, $.conditional)),
        $._newline,
        optional($._body),
        choice(
          seq(kw('EndProc'), optional(field('end_name', $.identifier))),
          field('footer', alias($._procedure_footer, $.conditional)),
        ),
      ),
      seq(
        $._proc_definition,
        $._newline,
        optional($._body),
        $._proc_end,
      ),
    ),

    _proc_definition: $ => seq(
      field('name', $._defined_name),
      kw('PROC'),
      optional(field('options', $.raw_text)),
    ),

    _proc_end: $ => seq(
      field('end_name', $._defined_name),
      kw('ENDP'),
    ),

    _begin_proc: $ => seq(
      kw('BeginProc'),
      field('name', $.identifier),
      repeat(seq(',', optional(field('option', $._angle_item)))),
    ),

    procedure_head: $ => $._begin_proc,

    _procedure_header: $ => seq(
      $._opening_condition,
      $._newline,
      $._headed_clause,
      repeat(field('alternative', alias($._headed_elseif, $.elseif_clause))),
      optional(field('alternative', alias($._headed_else, $.else_clause))),
      optional($._clause_expansion_operator),
      kw('ENDIF'),
    ),

    // A conditional's IF line: plain, or opened by the expansion operator
    // (`% IFDEF DEBUG`), whose condition is text until the line is expanded
    // (src/scanner.c tells such an IF from other text). Where the clauses and
    // ENDIF follow, the `%` line opens the conditional as a plain IF does:
    // its weight outweighs the instructions (of 1 each) that the plain ELSE
    // and ENDIF lines would be after a `%` line read as a line of its own.
    _opening_condition: $ => choice(
      seq(field('directive', $.if_keyword), optional(slots(field('condition', $._angle_item)))),
      prec.dynamic(100, seq(field('expansion', '%'), field('text', alias($._expansion_condition, $.raw_text)))),
    ),

    // Lines after the head belong to the procedure, in this clause only.
    _headed_clause: $ => seq(
      optional($._body),
      field('head', $.procedure_head),
      $._newline,
      repeat(field('prologue', $._line)),
    ),

    _headed_elseif: $ => seq(
      optional($._clause_expansion_operator),
      field('directive', alias(/elseif|elseife|elseifdef|elseifndef|elseifb|elseifnb|elseifidn|elseifidni|elseifdif|elseifdifi/i, $.if_keyword)),
      optional(slots(field('condition', $._angle_item))),
      $._newline,
      $._headed_clause,
    ),

    _headed_else: $ => seq(
      optional($._clause_expansion_operator),
      kw('ELSE'),
      $._newline,
      $._headed_clause,
    ),

    procedure_tail: $ => seq(
      kw('EndProc'),
      optional(field('end_name', $.identifier)),
    ),

    _procedure_footer: $ => seq(
      $._opening_condition,
      $._newline,
      $._tailed_clause,
      repeat(field('alternative', alias($._tailed_elseif, $.elseif_clause))),
      optional(field('alternative', alias($._tailed_else, $.else_clause))),
      optional($._clause_expansion_operator),
      kw('ENDIF'),
    ),

    // The clause's lines end the procedure on this branch only; blank and
    // comment lines may follow its EndProc.
    _tailed_clause: $ => seq(
      optional($._body),
      field('tail', $.procedure_tail),
      repeat1($._newline),
    ),

    _tailed_elseif: $ => seq(
      optional($._clause_expansion_operator),
      field('directive', alias(/elseif|elseife|elseifdef|elseifndef|elseifb|elseifnb|elseifidn|elseifidni|elseifdif|elseifdifi/i, $.if_keyword)),
      optional(slots(field('condition', $._angle_item))),
      $._newline,
      $._tailed_clause,
    ),

    _tailed_else: $ => seq(
      optional($._clause_expansion_operator),
      kw('ELSE'),
      $._newline,
      $._tailed_clause,
    ),

    segment: $ => choice(
      seq(
        $._segment_open,
        $._newline,
        optional($._body),
        choice($._segment_close, field('footer', alias($._segment_footer, $.conditional))),
      ),
      seq(
        $._segment_definition,
        $._newline,
        optional($._body),
        choice($._segment_end, field('footer', alias($._segment_footer, $.conditional))),
      ),
      // The opening line chosen under IFDEF DEBUG / ELSE (VxD_LOCKED_CODE_SEG
      // in one clause, VxD_PAGEABLE_CODE_SEG in the other) around one body.
      seq(
        field('header', alias($._segment_header, $.conditional)),
        $._newline,
        optional($._body),
        choice($._segment_close, $._segment_end, field('footer', alias($._segment_footer, $.conditional))),
      ),
    ),

    _segment_header: $ => seq(
      $._opening_condition,
      $._newline,
      $._segment_headed_clause,
      repeat(field('alternative', alias($._segment_headed_elseif, $.elseif_clause))),
      optional(field('alternative', alias($._segment_headed_else, $.else_clause))),
      optional($._clause_expansion_operator),
      kw('ENDIF'),
    ),

    // Lines after the opening line belong to the segment, in this clause only.
    _segment_headed_clause: $ => seq(
      optional($._body),
      field('head', $.segment_head),
      $._newline,
      repeat(field('prologue', $._line)),
    ),

    _segment_headed_elseif: $ => seq(
      optional($._clause_expansion_operator),
      field('directive', alias(/elseif|elseife|elseifdef|elseifndef|elseifb|elseifnb|elseifidn|elseifidni|elseifdif|elseifdifi/i, $.if_keyword)),
      optional(slots(field('condition', $._angle_item))),
      $._newline,
      $._segment_headed_clause,
    ),

    _segment_headed_else: $ => seq(
      optional($._clause_expansion_operator),
      kw('ELSE'),
      $._newline,
      $._segment_headed_clause,
    ),

    _segment_footer: $ => seq(
      $._opening_condition,
      $._newline,
      $._segment_tailed_clause,
      repeat(field('alternative', alias($._segment_tailed_elseif, $.elseif_clause))),
      optional(field('alternative', alias($._segment_tailed_else, $.else_clause))),
      optional($._clause_expansion_operator),
      kw('ENDIF'),
    ),

    // The clause's lines end the segment on this branch only; blank and
    // comment lines may follow its closing line.
    _segment_tailed_clause: $ => seq(
      optional($._body),
      field('tail', $.segment_tail),
      repeat1($._newline),
    ),

    _segment_tailed_elseif: $ => seq(
      optional($._clause_expansion_operator),
      field('directive', alias(/elseif|elseife|elseifdef|elseifndef|elseifb|elseifnb|elseifidn|elseifidni|elseifdif|elseifdifi/i, $.if_keyword)),
      optional(slots(field('condition', $._angle_item))),
      $._newline,
      $._segment_tailed_clause,
    ),

    _segment_tailed_else: $ => seq(
      optional($._clause_expansion_operator),
      kw('ELSE'),
      $._newline,
      $._segment_tailed_clause,
    ),

    _segment_open: $ => field('begin', alias(token(prec(1, /vxd_[A-Za-z0-9_]*_seg/i)), $.segment_macro)),

    _segment_close: $ => field('end', alias(token(prec(1, /vxd_[A-Za-z0-9_]*_ends/i)), $.segment_macro)),

    _segment_definition: $ => seq(
      field('name', $._defined_name),
      kw('SEGMENT'),
      optional(field('options', $.raw_text)),
    ),

    _segment_end: $ => seq(
      field('end_name', $._defined_name),
      kw('ENDS'),
    ),

    // A segment's opening or closing line alone, in a macro body.
    segment_head: $ => choice($._segment_open, $._segment_definition),

    segment_tail: $ => choice($._segment_close, $._segment_end),

    struc_definition: $ => seq(
      field('name', $._defined_name),
      choice(kw('STRUC'), kw('STRUCT'), kw('UNION')),
      optional(field('options', $.raw_text)),
      $._newline,
      optional($._body),
      field('end_name', $._defined_name),
      kw('ENDS'),
    ),

    macro_definition: $ => seq(
      field('name', $._defined_name),
      kw('MACRO'),
      optional(commaSep1(field('parameter', $.macro_parameter))),
      $._newline,
      repeat(field('body', $._macro_line)),
      // MASM reads a macro's body up to its ENDM: without one, the rest of
      // the file is the body (PW100 says the ENDM is missing).
      choice(kw('ENDM'), $._end_of_input),
    ),

    // A macro body is text until it is expanded, so it may open or close a
    // procedure, segment or conditional that another macro closes or opened
    // (wrappers around BeginProc and EndProc or PROC and ENDP, a project's
    // own segment macros, BeginDebug holding IFDEF DEBUG and EndDebug its
    // ENDIF). Its opening, closing and ELSE lines are therefore separate
    // statements there, even when the same body holds both.
    _macro_line: $ => seq(
      optional(choice(seq($.label, optional($._macro_statement)), $._macro_statement)),
      $._newline,
    ),

    _macro_statement: $ => choice(
      $._unopened_statement,
      $.conditional_head,
      $.conditional_branch,
      $.conditional_tail,
      $.procedure_head,
      alias($._proc_definition, $.procedure_head),
      $.procedure_tail,
      alias($._proc_end, $.procedure_tail),
      $.segment_head,
      $.segment_tail,
    ),

    conditional_head: $ => seq(
      field('directive', $.if_keyword),
      optional(slots(field('condition', $._angle_item))),
    ),

    // ELSEIF or ELSE.
    conditional_branch: $ => choice(
      seq(
        field('directive', alias(/elseif|elseife|elseifdef|elseifndef|elseifb|elseifnb|elseifidn|elseifidni|elseifdif|elseifdifi/i, $.if_keyword)),
        optional(slots(field('condition', $._angle_item))),
      ),
      kw('ELSE'),
    ),

    conditional_tail: _ => kw('ENDIF'),

    macro_parameter: $ => seq(
      field('name', $.identifier),
      optional(seq(':', choice(
        field('qualifier', $.identifier),
        seq('=', field('default', $.angle_list)),
      ))),
    ),

    // `% FORC c, <TextMacro>`: a repeat block whose opening line the
    // expansion operator expands first.
    repeat_block: $ => seq(
      optional(field('expansion', '%')),
      field('kind', alias(/irp|irpc|rept|repeat|for|forc|while/i, $.repeat_keyword)),
      optional(slots(field('argument', $._angle_item))),
      $._newline,
      optional($._body),
      kw('ENDM'),
    ),

    // `% ELSE`, `% ELSEIF` and `% ENDIF` continue or close the IF as the
    // plain lines do: MASM reads them once the line is expanded.
    conditional: $ => seq(
      $._opening_condition,
      $._newline,
      optional($._body),
      repeat(field('alternative', $.elseif_clause)),
      optional(field('alternative', $.else_clause)),
      optional($._clause_expansion_operator),
      kw('ENDIF'),
    ),

    _clause_expansion_operator: $ => field('expansion', alias($._clause_expansion, '%')),

    if_keyword: _ => /if|ife|ifdef|ifndef|ifb|ifnb|ifidn|ifidni|ifdif|ifdifi|if1|if2/i,

    elseif_clause: $ => seq(
      optional($._clause_expansion_operator),
      field('directive', alias(/elseif|elseife|elseifdef|elseifndef|elseifb|elseifnb|elseifidn|elseifidni|elseifdif|elseifdifi/i, $.if_keyword)),
      optional(slots(field('condition', $._angle_item))),
      $._newline,
      optional($._body),
    ),

    else_clause: $ => seq(
      optional($._clause_expansion_operator),
      kw('ELSE'),
      $._newline,
      optional($._body),
    ),

    // ------------------------------------------------------------------
    // Definitions

    equate: $ => seq(
      field('name', $._defined_name),
      field('operator', choice('=', kw('EQU'), kw('TEXTEQU'), kw('CATSTR'))),
      optional(slots(field('value', choice($._angle_item, $.angle_text)))),
    ),

    // Names the lowering does not model beyond their existence: segment
    // groups, records, MASM 6 types and prototypes, text functions.
    definition_directive: $ => seq(
      field('name', $._defined_name),
      field('directive', alias(/group|record|typedef|proto|substr|sizestr|instr/i, $.directive_name)),
      optional(field('arguments', $.raw_text)),
    ),

    // A text equate's brackets hold free text (`<MYVXD: >`); when the text
    // has no nested brackets it is kept whole instead of as an angle_list.
    angle_text: _ => /<[^<>\r\n]*>/,

    data_definition: $ => choice(
      seq(
        optional(field('name', $._defined_name)),
        field('type', choice($.data_type, $.size_type)),
        commaSep1(choice(field('value', $._data_item), followedByCalls($, 'value', choice($._expression, $.register)))),
      ),
      $._struc_instance,
    ),

    // `Info My_Struc <0>` needs a name, so it cannot be mistaken for an
    // instruction whose operand happens to be a bare identifier. The type
    // may be a TYPEDEF (`Count SINT 0`, `Next SINT Limit + 1`); a value
    // that is a name alone (`hMem HANDLE NULL`) reads as a macro call with
    // a word list, which the lowering tells apart by the TYPEDEF.
    _struc_instance: $ => seq(
      field('name', $._defined_name),
      field('type', $.identifier),
      commaSep1(field('value', $._struc_item)),
    ),

    _struc_item: $ => choice(
      $.angle_list,
      $.uninitialized,
      alias($._struc_dup, $.dup_expression),
      $.number,
      $.string,
      $.parenthesized_expression,
      $.binary_expression,
    ),

    _struc_dup: $ => seq(
      field('count', choice($.number, $.identifier, $.parenthesized_expression)),
      kw('DUP'),
      '(',
      commaSep1(field('value', $._struc_item)),
      ')',
    ),

    data_type: _ => /db|dw|dd|dq|df|dt|dp/i,

    _data_item: $ => choice(
      $._expression,
      $.register,
      $.angle_list,
      $.dup_expression,
      $.uninitialized,
    ),

    dup_expression: $ => seq(
      field('count', $._expression),
      kw('DUP'),
      '(',
      commaSep1(field('value', $._data_item)),
      ')',
    ),

    uninitialized: _ => '?',

    label_directive: $ => seq(
      field('name', $._defined_name),
      kw('LABEL'),
      field('type', choice($.size_type, $.identifier)),
    ),

    // ------------------------------------------------------------------
    // Directives

    include_directive: $ => seq(
      kw('INCLUDE'),
      field('path', $.include_path),
    ),

    include_path: _ => choice(
      /<[^>\r\n]*>/,
      /[^\s;<][^\s;]*/,
    ),

    public_directive: $ => seq(
      choice(kw('PUBLIC'), kw('GLOBAL')),
      commaSep1(field('symbol', $.identifier)),
    ),

    extern_directive: $ => seq(
      choice(kw('EXTRN'), kw('EXTERN'), kw('EXTERNDEF')),
      commaSep1(field('symbol', $.extern_symbol)),
    ),

    extern_symbol: $ => seq(
      field('name', $.identifier),
      optional(seq(':', field('type', $._type_name))),
    ),

    _type_name: $ => choice($.size_type, $.identifier, kw('PROC')),

    // `LOCAL a, b` in macros, `local Err:DWORD` in MASM 6 procedures.
    local_directive: $ => seq(
      kw('LOCAL'),
      commaSep1(field('variable', $.local_variable)),
    ),

    local_variable: $ => seq(
      field('name', $.identifier),
      optional(seq('[', field('count', $._expression), ']')),
      optional(seq(':', field('type', $._type_name))),
    ),

    // .386p, .xlist, .model flat, .IF ... — kept as text.
    processor_directive: $ => seq(
      field('name', alias(/\.[A-Za-z0-9_]+/, $.directive_name)),
      optional(field('arguments', $.raw_text)),
    ),

    assert_directive: $ => choice(
      seq(
        field('name', alias(token(prec(1, /\.err[A-Za-z0-9]+/i)), $.directive_name)),
        optional(slots(field('condition', choice($._angle_item, $.angle_text)))),
      ),
      // `.ERR` fails unconditionally; what follows is its message.
      seq(
        field('name', alias(token(prec(1, /\.err/i)), $.directive_name)),
        optional(field('message', $.raw_text)),
      ),
    ),

    listing_directive: $ => seq(
      field('name', alias(choice(/title|subttl|subtitle|page|name|echo/i, /%out/i), $.directive_name)),
      optional(field('text', $.raw_text)),
    ),

    end_directive: $ => seq(
      kw('END'),
      optional(field('entry', $.identifier)),
    ),

    directive: $ => choice(
      seq(
        field('name', alias(/align|even|org|exitm|purge|radix|goto|invoke/i, $.directive_name)),
        optional(slots(field('argument', $._angle_item))),
      ),
      seq(
        field('name', alias(/assume|option/i, $.directive_name)),
        optional(field('arguments', $.raw_text)),
      ),
    ),

    // MASM's expansion operator first on a line: the text macros and macro
    // functions of the rest of the line are expanded before it is read
    // (`% @CatStr(<Slot_>, n, <_h dd 0>)`, `% ECHO line LINENUM`), so
    // the rest is text until then (src/scanner.c reads it; a repeat
    // block's opening line is a repeat block's).
    expansion_line: $ => seq(
      '%',
      optional(choice(
        field('text', alias($._expansion_text, $.raw_text)),
        field('text', alias($._expansion_condition, $.raw_text)),
      )),
    ),

    // A backslash ending a line continues the text on the next, as anywhere in MASM.
    raw_text: _ => token(prec(-1, /[^ \t\r\n;]([^\r\n;\\]|\\[^\r\n]|\\[ \t]*\r?\n)*/)),

    // ------------------------------------------------------------------
    // Operands

    _operand: $ => choice(
      $._expression,
      $.register,
      $.memory_operand,
      $.size_type,
    ),

    _angle_item: $ => choice(
      $._operand,
      $.angle_list,
      $.dup_expression,
      $.uninitialized,
      $.word_list,
    ),

    // Words a macro passes on as text, such as the options it puts on a PROC
    // line: `DEFCPROC Name <USES esi edi, pObj:DWORD>`. After its first
    // word, a macro function's call may stand among them (`<USES Nothing()
    // esi>`): MASM puts its text in place before it reads the line. (After
    // one word and no other, `<Off1 Pick(2)>`, the call follows an item.)
    word_list: $ => words($, $.identifier),

    // In angle brackets the first word may be a register too (`SaveRegs
    // <esi edi>`), where the words can only be text; a bare argument that
    // starts with one stays an operand, so `mov eax ebx` is an error still.
    _register_words: $ => words($, $.register),

    angle_list: $ => seq(
      '<',
      optional(slots(choice(
        field('item', choice($._angle_item, alias($._register_words, $.word_list))),
        followedByCalls($, 'item', $._called_argument),
      ))),
      '>',
    ),

    register: _ => /e?[abcd]x|e?[sd]i|e?[sb]p|[abcd][hl]|[cdefgs]s|cr[0-4]|dr[0-7]|tr[3-7]/i,

    size_type: _ => /byte|sbyte|word|sword|dword|sdword|fword|qword|tbyte|real4|real8|real10|near|far|near32|far32/i,

    // Fields: size (`dword` in `dword ptr`, or a structure name in a cast),
    // segment, displacement, base, index, scale, member, inner (a
    // parenthesised cast such as `(My_Struc ptr [ecx])`).
    memory_operand: $ => choice(
      seq(
        $._size_ptr,
        optional($._segment_override),
        choice(
          $._address,
          field('displacement', $._expression),
          $._cast,
        ),
      ),
      seq(
        $._segment_override,
        choice($._address, field('displacement', $._expression)),
      ),
      $._address,
      $._cast,
    ),

    _size_ptr: $ => seq(
      field('size', choice($.size_type, $.identifier)),
      kw('PTR'),
    ),

    _segment_override: $ => seq(field('segment', $.register), ':'),

    _cast: $ => prec.right(seq(
      '(',
      field('inner', $.memory_operand),
      ')',
      repeat($._member),
    )),

    // A macro function may return the member's name (`[esi].Info.FieldOf(Lock)`).
    _member: $ => seq('.', field('member', choice($.identifier, $.macro_function_call))),

    // `Table[4]`, `[ecx][eax]`, `[eax*4][esi]`, `[esi.Field+2*4]`,
    // `[edx][edi.Field.Sub]`, `[esi].Field`. Bracket groups add up, so the
    // terms of all groups form one sum: the first unscaled register is the
    // base, a later one is an index with scale 1.
    _address: $ => prec.right(seq(
      optional(field('displacement', $._address_prefix)),
      '[',
      choice(
        $._terms_with_base,
        seq($._plain_terms, optional(seq($._separator, $._terms_with_base))),
      ),
      ']',
      repeat($._member),
      // `[ebx]+4`, `[ebp]-8`, `[esp].Pushad_ECX+2*4`: a displacement may
      // also follow the brackets. Only terms and products of terms, so the
      // operand's states do not multiply by every expression that could
      // follow it.
      repeat(choice(
        seq('+', field('displacement', $._trailing_value)),
        field('displacement', alias($._negative_trailing_value, $.unary_expression)),
      )),
    )),

    _trailing_value: $ => choice($._trailing_term, alias($._trailing_product, $.binary_expression)),

    // A macro function's call (`[ebx].Field+PageCount(4)`) stands for the text it returns.
    _trailing_term: $ => choice($.number, $.identifier, $.parenthesized_expression, $.macro_function_call),

    _trailing_product: $ => prec.left(1, seq(
      field('left', $._trailing_value),
      field('operator', choice('*', '/')),
      field('right', $._trailing_term),
    )),

    _negative_trailing_value: $ => seq(field('operator', '-'), field('operand', $._trailing_value)),

    // MASM adds what stands before the brackets to them, a sum too:
    // `Handles+4[esi]`, `32+Tab[ecx*4]`, `(Tab+32)[ecx*4]`, `Tab-8[ecx*4]`.
    // The brackets bind tighter than any operator, so `TYPE Table[ecx*4]`
    // and `dword ptr Table[ecx]` apply to the whole address.
    _address_prefix: $ => prec(PREC.keyword_unary + 1, $._expression),

    _separator: $ => choice('+', seq(']', repeat($._member), '[')),

    _terms_with_base: $ => seq(
      field('base', $.register),
      repeat($._member),
      repeat(choice(seq($._separator, $._term_after_base), $._negative_term)),
    ),

    _plain_terms: $ => seq(
      $._plain_term,
      repeat(choice(seq($._separator, $._plain_term), $._negative_term)),
    ),

    _plain_term: $ => choice(
      $._scaled_index,
      field('displacement', $._expression),
    ),

    // `[ebp-4]`: the minus becomes part of the displacement so the sign is
    // never lost; it binds tighter than the terms around it.
    _negative_term: $ => field('displacement', alias($._negated, $.unary_expression)),

    _negated: $ => prec(PREC.unary, seq(field('operator', '-'), field('operand', $._expression))),

    _term_after_base: $ => choice(
      seq(field('index', $.register), repeat($._member)),
      $._plain_term,
    ),

    // The scale is a single factor so `[esi+ecx*2+8]` keeps 8 as displacement.
    _scaled_index: $ => seq(
      field('index', $.register),
      '*',
      field('scale', choice($.number, $.identifier, $.parenthesized_expression)),
    ),

    // ------------------------------------------------------------------
    // Expressions

    _expression: $ => choice(
      $.identifier,
      alias($._operand_name, $.identifier),
      $.number,
      $.string,
      $.location_counter,
      $.anonymous_label_ref,
      $.parenthesized_expression,
      $.unary_expression,
      $.binary_expression,
      $.member_expression,
      $.macro_function_call,
    ),

    parenthesized_expression: $ => seq('(', $._expression, ')'),

    // MASM 6 macro functions: `@CatStr(<a>, <b>)`, `@SizeStr(<abc>)`, a
    // macro that ends in EXITM <value>. The bracket must touch the name.
    macro_function_call: $ => seq(
      field('name', $.identifier),
      token.immediate('('),
      optional(slots(field('argument', choice($._angle_item, $.angle_text)))),
      ')',
    ),

    unary_expression: $ => choice(
      prec(PREC.unary, seq(field('operator', choice('-', '+', '%')), field('operand', $._expression))),
      // `TYPE [ebx]`, `SIZE dword ptr [esi]`: the operand may be a memory reference.
      prec(PREC.keyword_unary, seq(field('operator', alias(KEYWORD_UNARY, $.operator_keyword)), field('operand', choice($._expression, $.size_type, $.memory_operand)))),
      prec(PREC.not, seq(field('operator', alias(/not/i, $.operator_keyword)), field('operand', $._expression))),
    ),

    binary_expression: $ => {
      const table = [
        [PREC.or, alias(/or|xor/i, $.operator_keyword)],
        [PREC.and, alias(/and/i, $.operator_keyword)],
        [PREC.compare, alias(/eq|ne|lt|le|gt|ge/i, $.operator_keyword)],
        [PREC.additive, choice('+', '-')],
        [PREC.multiplicative, choice('*', '/', alias(/mod|shl|shr/i, $.operator_keyword))],
        [PREC.segment, ':'],
      ];
      return choice(...table.map(([p, op]) => prec.left(p, seq(
        field('left', $._expression),
        field('operator', op),
        field('right', $._expression),
      ))));
    },

    member_expression: $ => prec.left(PREC.member, seq(
      field('object', $._expression),
      '.',
      field('member', choice($.identifier, $.macro_function_call)),
    )),

    location_counter: _ => '$',

    anonymous_label_ref: _ => /@[fFbB]/,

    number: _ => choice(
      /-?[0-9][0-9A-Za-z]*/,
      // Reals for DD/DQ/DT: `1.5`, `1.0E3`.
      /-?[0-9]+\.[0-9]*([eE][-+]?[0-9]+)?/,
    ),

    string: _ => choice(
      /"([^"\r\n]|"")*"/,
      /'([^'\r\n]|'')*'/,
    ),

    identifier: _ => /[A-Za-z_@?$&][A-Za-z0-9_@?$&]*/,

    line_continuation: _ => /\\[ \t]*\r?\n/,

    comment: _ => /;[^\r\n]*/,
  },
});
