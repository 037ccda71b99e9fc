; A routine (ROUT) is the scope of numeric local labels; macro definitions
; scope their $parameters.
(source_file) @local.scope
(routine) @local.scope
(macro_definition) @local.scope

(label name: (identifier) @local.definition.label)
(local_label) @local.definition.label
(equate name: (identifier) @local.definition.constant)
(storage_field name: (identifier) @local.definition.field)
(register_alias name: (identifier) @local.definition.var)
(variable_set name: (identifier) @local.definition.var)
(macro_parameter name: (macro_variable) @local.definition.parameter)

(identifier) @local.reference
(macro_variable) @local.reference
