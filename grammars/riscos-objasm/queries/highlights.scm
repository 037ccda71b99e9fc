; ObjAsm highlighting. Registers are builtin variables; mnemonics and their
; condition/suffix pieces are keywords; directives are directive keywords.

(comment) @comment

(label name: (identifier) @label)
(local_label) @label
(routine name: (identifier) @function)
(rout_statement name: (identifier) @function)
(rout) @keyword.directive

(equate name: (identifier) @constant)
(register_alias name: (identifier) @variable.builtin)
(variable_set name: (identifier) @variable)
(storage_field name: (identifier) @property)

(mnemonic) @keyword
(condition) @keyword
(s_flag) @keyword
(size) @keyword
(translate) @keyword
(block_mode) @keyword
(p_flag) @keyword
(precision) @keyword
(rounding) @keyword
(swi name: (identifier) @function.call)

(macro_call name: (_) @function.macro)
(macro_prototype name: (identifier) @function.macro)
(macro_variable) @variable.parameter

(register) @variable.builtin
(psr) @variable.builtin
(shift_type) @keyword.operator
(builtin_variable) @constant.builtin
(location) @constant.builtin

(local_label_ref) @label
(number) @number
(character) @character
(string) @string
(escape_sequence) @string.escape
(text) @string
(path) @string.special.path
(bar_symbol) @variable

(operator) @operator
(operator_word) @operator
(unary_expression operator: _ @operator)

[
  "AREA" "ENTRY" "END" "TTL" "SUBT" "EQU" "RN" "CN" "CP" "FN" "SETA" "SETL" "SETS"
  "GBLA" "GBLL" "GBLS" "LCLA" "LCLL" "LCLS" "ALIGN" "ASSERT" "INFO" "MAP" "FIELD"
  "DCB" "DCW" "DCD" "DCDU" "DCWU" "DCQ" "DCI" "DCFS" "DCFD" "DCDO" "SPACE" "FILL"
  "LTORG" "KEEP" "IMPORT" "EXPORT" "GLOBAL" "EXTERN" "PRESERVE8" "REQUIRE8" "CODE32"
  "CODE16" "ARM" "THUMB" "NOFP" "OPT" "ORG" "LEADR" "STRONG" "WEAK" "REQUIRES" "AOF"
  "AOUT" "ELF" "FRAME" "FUNCTION" "ENDFUNC" "PROC" "ENDP" "MEXIT"
] @keyword.directive

(entry) @keyword.directive
(end) @keyword.directive
(mexit) @keyword.directive

[ "GET" "INCLUDE" "LNK" "INCBIN" ] @keyword.import

[ "IF" "ELSE" "ELIF" "ENDIF" "WHILE" "WEND" "MACRO" "MEND" ] @preproc

(conditional [ "[" "]" ] @preproc)
(else_clause "|" @preproc)

(storage_map "^" @keyword.directive)
(storage_field "#" @keyword.directive)
(equate "*" @keyword.directive)
(data [ "=" "&" ] @keyword.directive)
(space "%" @keyword.directive)
(info "!" @keyword.directive)

(area name: (_) @type)
(area_attribute name: (identifier) @attribute)

[ "{" "}" ] @punctuation.bracket
(memory_operand [ "[" "]" ] @punctuation.bracket)
(parenthesized_expression [ "(" ")" ] @punctuation.bracket)
"," @punctuation.delimiter
