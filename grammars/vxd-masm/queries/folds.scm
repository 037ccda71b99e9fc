; Every containing construct folds.
[
  (procedure)
  (segment)
  (struc_definition)
  (macro_definition)
  (repeat_block)
  (conditional)
  (elseif_clause)
  (else_clause)
  (control_dispatch_table)
  (service_table)
] @fold
