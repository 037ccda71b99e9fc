; BASIC variables are global unless declared LOCAL or a parameter, so a
; PROC/FN body is a scope only in that sense; assembler labels are BASIC
; variables assigned by the assembler.
(source_file) @local.scope

(procedure_definition name: (proc_name) @local.definition.function)
(function_definition name: (fn_name) @local.definition.function)
(parameter name: (identifier) @local.definition.parameter)
(local_statement variable: (identifier) @local.definition.var)
(asm_label name: (identifier) @local.definition.label)
(asm_label name: (array_element name: (identifier) @local.definition.label))
(assignment left: (identifier) @local.definition.var)
(for_statement variable: (identifier) @local.definition.var)
(dim_item name: (identifier) @local.definition.var)

(identifier) @local.reference
(proc_name) @local.reference
(fn_name) @local.reference
