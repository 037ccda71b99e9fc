; BBC BASIC V with inline ARM assembler. One grammar covers both, so the
; assembler gets the same captures as in ObjAsm files.


(comment) @comment
(line_number) @number

; ---- BASIC
[
  "FOR" "TO" "STEP" "NEXT" "IF" "THEN" "ELSE" "REPEAT" "UNTIL" "WHILE"
  "ON" "ERROR" "OFF" "LOCAL" "DEF" "DIM" "LET" "PRINT" "SYS" "RETURN"
] @keyword

(else_statement) @keyword
(endif_statement) @keyword
(endproc_statement) @keyword
(endwhile_statement) @keyword
(end_statement) @keyword
(keyword) @keyword
(data_statement) @string
(star_command) @string.special
(rest_of_statement) @string

(procedure_definition name: (proc_name) @function)
(function_definition name: (fn_name) @function)
(proc_call name: (proc_name) @function.call)
(fn_call name: (fn_name) @function.call)
(builtin_function) @function.builtin
(builtin_variable) @variable.builtin
(parameter name: (identifier) @variable.parameter)

(number) @number
(string) @string
(operator) @operator
(indirection operator: _ @operator)
(unary_expression operator: _ @operator)
(identifier) @variable

; ---- assembler
(assembler_block [ "[" "]" ] @punctuation.special)
(asm_label name: (_) @label)
(asm_label "." @label)
(opt_directive "OPT" @keyword.directive)
(data directive: _ @keyword.directive)
(align) @keyword.directive

(mnemonic) @keyword
(condition) @keyword
(s_flag) @keyword
(size) @keyword
(translate) @keyword
(block_mode) @keyword
(p_flag) @keyword
(precision) @keyword
(rounding) @keyword

(register) @variable.builtin
(psr) @variable.builtin
(shift_type) @keyword.operator

[ "{" "}" ] @punctuation.bracket
(memory_operand [ "[" "]" ] @punctuation.bracket)
(argument_list [ "(" ")" ] @punctuation.bracket)
(parenthesized_expression [ "(" ")" ] @punctuation.bracket)
[ "," ":" ] @punctuation.delimiter
