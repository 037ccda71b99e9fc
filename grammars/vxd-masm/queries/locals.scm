; Procedures and macro bodies are scopes: MASM `LOCAL` names, macro
; parameters and labels live inside them. Data and equates are global and
; deliberately not definitions here, so structure members that share a
; variable's name are not coloured as that variable.

(procedure) @local.scope
(macro_definition) @local.scope

(macro_parameter name: (identifier) @local.definition)
(local_variable name: (identifier) @local.definition)
(label name: (identifier) @local.definition)

(identifier) @local.reference
