[
  (routine)
  (macro_definition)
  (conditional)
  (else_clause)
  (elif_clause)
  (while_loop)
] @fold
