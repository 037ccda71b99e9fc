(assembler_block) @fold
