; Highlighting for VxD MASM. Node-specific patterns never overlap with the
; generic ones below them, so the result does not depend on which of
; first-match (tree-sitter CLI) or last-match (Neovim) an editor uses.

(comment) @comment

(number) @number
(string) @string
(angle_text) @string
(include_path) @string.special

(register) @variable.builtin
(location_counter) @variable.builtin
(anonymous_label_ref) @label

(size_type) @type
(data_type) @keyword
(uninitialized) @constant.builtin

(prefix) @keyword
(operator_keyword) @keyword.operator

[
  "+" "-" "*" "/" "%" "=" ":" "::"
] @operator

[ "[" "]" "(" ")" "<" ">" ] @punctuation.bracket
[ "," "." ] @punctuation.delimiter

; Directives and vmm.inc structure macros
[
  "beginproc" "endproc" "proc" "endp"
  "macro" "endm" "local"
  "struc" "struct" "union" "ends"
  "segment" "label" "equ" "textequ" "catstr" "dup" "ptr"
  "public" "global" "extrn" "extern" "externdef"
  "include" "end"
  "begin_control_dispatch" "end_control_dispatch" "control_dispatch"
  "begin_service_table" "end_service_table"
] @keyword.directive

[ "else" "endif" ] @preproc
(if_keyword) @preproc
(repeat_keyword) @keyword.directive
(directive_name) @keyword.directive
(segment_macro) @keyword.directive
(raw_text) @string

(instruction mnemonic: (identifier) @function.builtin)
(macro_call name: (identifier) @function.macro)
(macro_function_call name: (identifier) @function.macro)
(vmm_call macro: (vmm_macro) @function.macro)
(vmm_call service: (identifier) @function.call)
(service_declaration macro: (identifier) @function.macro)
(service_declaration service: (identifier) @function)
(control_dispatch message: (identifier) @constant)
(control_dispatch procedure: (identifier) @function)

(label name: (identifier) @label)
(macro_label name: (identifier) @label)
(label_directive name: (identifier) @label)

(procedure name: (identifier) @function)
(procedure end_name: (identifier) @function)
(procedure_head name: (identifier) @function)
(procedure_tail end_name: (identifier) @function)
(macro_definition name: (identifier) @function.macro)
(macro_parameter name: (identifier) @variable.parameter)
(struc_definition name: (identifier) @type)
(struc_definition end_name: (identifier) @type)
(data_definition type: (identifier) @type)
(data_definition name: (identifier) @variable)
(equate name: (identifier) @constant)
(extern_symbol name: (identifier) @variable)
(local_variable name: (identifier) @variable)

(memory_operand member: (identifier) @property)
(member_expression member: (identifier) @property)
(memory_operand size: (identifier) @type)
