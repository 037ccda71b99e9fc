#include "tree_sitter/parser.h"

#if defined(__GNUC__) || defined(__clang__)
#pragma GCC diagnostic ignored "-Wmissing-field-initializers"
#endif

#ifdef _MSC_VER
#pragma optimize("", off)
#elif defined(__clang__)
#pragma clang optimize off
#elif defined(__GNUC__)
#pragma GCC optimize ("O0")
#endif

#define LANGUAGE_VERSION 14
#define STATE_COUNT 649
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 182
#define ALIAS_COUNT 0
#define TOKEN_COUNT 106
#define EXTERNAL_TOKEN_COUNT 12
#define FIELD_COUNT 43
#define MAX_ALIAS_SEQUENCE_LENGTH 10
#define PRODUCTION_ID_COUNT 112

enum ts_symbol_identifiers {
  sym_line_number = 1,
  anon_sym_COLON = 2,
  anon_sym_LET = 3,
  anon_sym_EQ = 4,
  anon_sym_PLUS_EQ = 5,
  anon_sym_DASH_EQ = 6,
  anon_sym_STAR_EQ = 7,
  anon_sym_SLASH_EQ = 8,
  anon_sym_FOR = 9,
  anon_sym_TO = 10,
  anon_sym_STEP = 11,
  anon_sym_NEXT = 12,
  anon_sym_COMMA = 13,
  anon_sym_DIM = 14,
  anon_sym_LOCAL = 15,
  anon_sym_DEF = 16,
  anon_sym_LPAREN = 17,
  anon_sym_RPAREN = 18,
  anon_sym_RETURN = 19,
  sym_endproc_statement = 20,
  anon_sym_IF = 21,
  anon_sym_THEN = 22,
  anon_sym_ELSE = 23,
  sym_endif_statement = 24,
  anon_sym_SYS = 25,
  anon_sym_SEMI = 26,
  anon_sym_PRINT = 27,
  anon_sym_SQUOTE = 28,
  anon_sym_TILDE = 29,
  sym_end_statement = 30,
  anon_sym_ERROR = 31,
  anon_sym_REPEAT = 32,
  anon_sym_UNTIL = 33,
  anon_sym_WHILE = 34,
  sym_endwhile_statement = 35,
  anon_sym_ON = 36,
  anon_sym_OFF = 37,
  sym_comment = 38,
  sym_data_statement = 39,
  sym_star_command = 40,
  sym_keyword = 41,
  sym_rest_of_statement = 42,
  anon_sym_LBRACK = 43,
  anon_sym_RBRACK = 44,
  sym__asm_comment = 45,
  anon_sym_DOT = 46,
  aux_sym_opt_directive_token1 = 47,
  aux_sym_data_token1 = 48,
  aux_sym_data_token2 = 49,
  aux_sym_data_token3 = 50,
  aux_sym_data_token4 = 51,
  aux_sym_data_token5 = 52,
  aux_sym_data_token6 = 53,
  aux_sym_data_token7 = 54,
  aux_sym_data_token8 = 55,
  aux_sym_data_token9 = 56,
  aux_sym_align_token1 = 57,
  sym_register = 58,
  sym_psr = 59,
  sym_shift_type = 60,
  anon_sym_BANG = 61,
  anon_sym_POUND = 62,
  anon_sym_PLUS = 63,
  anon_sym_DASH = 64,
  anon_sym_LBRACE = 65,
  anon_sym_RBRACE = 66,
  anon_sym_CARET = 67,
  anon_sym_LPAREN2 = 68,
  anon_sym_QMARK = 69,
  anon_sym_DOLLAR = 70,
  anon_sym_PIPE = 71,
  anon_sym_OR = 72,
  anon_sym_EOR = 73,
  anon_sym_AND = 74,
  anon_sym_LT_GT = 75,
  anon_sym_LT = 76,
  anon_sym_GT = 77,
  anon_sym_LT_EQ = 78,
  anon_sym_GT_EQ = 79,
  anon_sym_LT_LT = 80,
  anon_sym_GT_GT = 81,
  anon_sym_GT_GT_GT = 82,
  anon_sym_STAR = 83,
  anon_sym_SLASH = 84,
  anon_sym_MOD = 85,
  anon_sym_DIV = 86,
  sym_builtin_function = 87,
  sym_builtin_variable = 88,
  sym_proc_name = 89,
  sym_fn_name = 90,
  sym_number = 91,
  sym_string = 92,
  sym_identifier = 93,
  sym__mnemonic_head = 94,
  sym__swi_mnemonic = 95,
  sym__mnemonic_tail = 96,
  sym_condition = 97,
  sym_s_flag = 98,
  sym_size = 99,
  sym_translate = 100,
  sym_block_mode = 101,
  sym_p_flag = 102,
  sym__mnemonic_subst = 103,
  sym__newline = 104,
  sym__error_sentinel = 105,
  sym_source_file = 106,
  sym_basic_line = 107,
  sym__statements = 108,
  sym__line_statement = 109,
  sym__statement = 110,
  sym_assignment = 111,
  sym__lvalue = 112,
  sym_for_statement = 113,
  sym_next_statement = 114,
  sym_dim_statement = 115,
  sym_dim_item = 116,
  sym_procedure_definition = 117,
  sym_function_definition = 118,
  sym_parameter_list = 119,
  sym_parameter = 120,
  sym_return_statement = 121,
  sym_if_statement = 122,
  sym__inline_statements = 123,
  sym_else_statement = 124,
  sym_sys_call = 125,
  sym_print_statement = 126,
  sym_proc_call = 127,
  sym_local_statement = 128,
  sym_repeat_statement = 129,
  sym_until_statement = 130,
  sym_while_statement = 131,
  sym_on_error_statement = 132,
  sym_on_statement = 133,
  sym_basic_statement = 134,
  sym_assembler_block = 135,
  sym__asm_gap = 136,
  sym__asm_item = 137,
  sym__asm_statement = 138,
  sym_asm_label = 139,
  sym_opt_directive = 140,
  sym_data = 141,
  sym_align = 142,
  sym_mnemonic = 143,
  sym__suffix = 144,
  sym_instruction = 145,
  sym_swi = 146,
  sym__operand = 147,
  sym__base_register = 148,
  sym_writeback_register = 149,
  sym_immediate = 150,
  sym_pool_literal = 151,
  sym__shift_amount = 152,
  sym_shifted_register = 153,
  sym_memory_operand = 154,
  sym_register_list = 155,
  sym_register_range = 156,
  sym__expression = 157,
  sym_parenthesized_expression = 158,
  sym_unary_expression = 159,
  sym_indirection = 160,
  sym_binary_expression = 161,
  sym_array_element = 162,
  sym_argument_list = 163,
  sym_fn_call = 164,
  sym_builtin_call = 165,
  aux_sym_source_file_repeat1 = 166,
  aux_sym__statements_repeat1 = 167,
  aux_sym_next_statement_repeat1 = 168,
  aux_sym_dim_statement_repeat1 = 169,
  aux_sym_parameter_list_repeat1 = 170,
  aux_sym__inline_statements_repeat1 = 171,
  aux_sym_sys_call_repeat1 = 172,
  aux_sym_sys_call_repeat2 = 173,
  aux_sym_print_statement_repeat1 = 174,
  aux_sym_assembler_block_repeat1 = 175,
  aux_sym_assembler_block_repeat2 = 176,
  aux_sym_data_repeat1 = 177,
  aux_sym_instruction_repeat1 = 178,
  aux_sym_instruction_repeat2 = 179,
  aux_sym_register_list_repeat1 = 180,
  aux_sym_argument_list_repeat1 = 181,
};

static const char * const ts_symbol_names[] = {
  [ts_builtin_sym_end] = "end",
  [sym_line_number] = "line_number",
  [anon_sym_COLON] = ":",
  [anon_sym_LET] = "LET",
  [anon_sym_EQ] = "=",
  [anon_sym_PLUS_EQ] = "+=",
  [anon_sym_DASH_EQ] = "-=",
  [anon_sym_STAR_EQ] = "*=",
  [anon_sym_SLASH_EQ] = "/=",
  [anon_sym_FOR] = "FOR",
  [anon_sym_TO] = "TO",
  [anon_sym_STEP] = "STEP",
  [anon_sym_NEXT] = "NEXT",
  [anon_sym_COMMA] = ",",
  [anon_sym_DIM] = "DIM",
  [anon_sym_LOCAL] = "LOCAL",
  [anon_sym_DEF] = "DEF",
  [anon_sym_LPAREN] = "(",
  [anon_sym_RPAREN] = ")",
  [anon_sym_RETURN] = "RETURN",
  [sym_endproc_statement] = "endproc_statement",
  [anon_sym_IF] = "IF",
  [anon_sym_THEN] = "THEN",
  [anon_sym_ELSE] = "ELSE",
  [sym_endif_statement] = "endif_statement",
  [anon_sym_SYS] = "SYS",
  [anon_sym_SEMI] = ";",
  [anon_sym_PRINT] = "PRINT",
  [anon_sym_SQUOTE] = "'",
  [anon_sym_TILDE] = "~",
  [sym_end_statement] = "end_statement",
  [anon_sym_ERROR] = "ERROR",
  [anon_sym_REPEAT] = "REPEAT",
  [anon_sym_UNTIL] = "UNTIL",
  [anon_sym_WHILE] = "WHILE",
  [sym_endwhile_statement] = "endwhile_statement",
  [anon_sym_ON] = "ON",
  [anon_sym_OFF] = "OFF",
  [sym_comment] = "comment",
  [sym_data_statement] = "data_statement",
  [sym_star_command] = "star_command",
  [sym_keyword] = "keyword",
  [sym_rest_of_statement] = "rest_of_statement",
  [anon_sym_LBRACK] = "[",
  [anon_sym_RBRACK] = "]",
  [sym__asm_comment] = "comment",
  [anon_sym_DOT] = ".",
  [aux_sym_opt_directive_token1] = "OPT",
  [aux_sym_data_token1] = "EQUB",
  [aux_sym_data_token2] = "EQUW",
  [aux_sym_data_token3] = "EQUD",
  [aux_sym_data_token4] = "EQUQ",
  [aux_sym_data_token5] = "EQUS",
  [aux_sym_data_token6] = "DCB",
  [aux_sym_data_token7] = "DCW",
  [aux_sym_data_token8] = "DCD",
  [aux_sym_data_token9] = "DCS",
  [aux_sym_align_token1] = "ALIGN",
  [sym_register] = "register",
  [sym_psr] = "psr",
  [sym_shift_type] = "shift_type",
  [anon_sym_BANG] = "!",
  [anon_sym_POUND] = "#",
  [anon_sym_PLUS] = "+",
  [anon_sym_DASH] = "-",
  [anon_sym_LBRACE] = "{",
  [anon_sym_RBRACE] = "}",
  [anon_sym_CARET] = "^",
  [anon_sym_LPAREN2] = "(",
  [anon_sym_QMARK] = "\?",
  [anon_sym_DOLLAR] = "$",
  [anon_sym_PIPE] = "|",
  [anon_sym_OR] = "operator",
  [anon_sym_EOR] = "operator",
  [anon_sym_AND] = "operator",
  [anon_sym_LT_GT] = "operator",
  [anon_sym_LT] = "operator",
  [anon_sym_GT] = "operator",
  [anon_sym_LT_EQ] = "operator",
  [anon_sym_GT_EQ] = "operator",
  [anon_sym_LT_LT] = "operator",
  [anon_sym_GT_GT] = "operator",
  [anon_sym_GT_GT_GT] = "operator",
  [anon_sym_STAR] = "operator",
  [anon_sym_SLASH] = "operator",
  [anon_sym_MOD] = "operator",
  [anon_sym_DIV] = "operator",
  [sym_builtin_function] = "builtin_function",
  [sym_builtin_variable] = "builtin_variable",
  [sym_proc_name] = "proc_name",
  [sym_fn_name] = "fn_name",
  [sym_number] = "number",
  [sym_string] = "string",
  [sym_identifier] = "identifier",
  [sym__mnemonic_head] = "_mnemonic_head",
  [sym__swi_mnemonic] = "mnemonic",
  [sym__mnemonic_tail] = "_mnemonic_tail",
  [sym_condition] = "condition",
  [sym_s_flag] = "s_flag",
  [sym_size] = "size",
  [sym_translate] = "translate",
  [sym_block_mode] = "block_mode",
  [sym_p_flag] = "p_flag",
  [sym__mnemonic_subst] = "macro_variable",
  [sym__newline] = "_newline",
  [sym__error_sentinel] = "_error_sentinel",
  [sym_source_file] = "source_file",
  [sym_basic_line] = "basic_line",
  [sym__statements] = "_statements",
  [sym__line_statement] = "_line_statement",
  [sym__statement] = "_statement",
  [sym_assignment] = "assignment",
  [sym__lvalue] = "_lvalue",
  [sym_for_statement] = "for_statement",
  [sym_next_statement] = "next_statement",
  [sym_dim_statement] = "dim_statement",
  [sym_dim_item] = "dim_item",
  [sym_procedure_definition] = "procedure_definition",
  [sym_function_definition] = "function_definition",
  [sym_parameter_list] = "parameter_list",
  [sym_parameter] = "parameter",
  [sym_return_statement] = "return_statement",
  [sym_if_statement] = "if_statement",
  [sym__inline_statements] = "_inline_statements",
  [sym_else_statement] = "else_statement",
  [sym_sys_call] = "sys_call",
  [sym_print_statement] = "print_statement",
  [sym_proc_call] = "proc_call",
  [sym_local_statement] = "local_statement",
  [sym_repeat_statement] = "repeat_statement",
  [sym_until_statement] = "until_statement",
  [sym_while_statement] = "while_statement",
  [sym_on_error_statement] = "on_error_statement",
  [sym_on_statement] = "on_statement",
  [sym_basic_statement] = "basic_statement",
  [sym_assembler_block] = "assembler_block",
  [sym__asm_gap] = "_asm_gap",
  [sym__asm_item] = "_asm_item",
  [sym__asm_statement] = "_asm_statement",
  [sym_asm_label] = "asm_label",
  [sym_opt_directive] = "opt_directive",
  [sym_data] = "data",
  [sym_align] = "align",
  [sym_mnemonic] = "mnemonic",
  [sym__suffix] = "_suffix",
  [sym_instruction] = "instruction",
  [sym_swi] = "swi",
  [sym__operand] = "_operand",
  [sym__base_register] = "_base_register",
  [sym_writeback_register] = "writeback_register",
  [sym_immediate] = "immediate",
  [sym_pool_literal] = "pool_literal",
  [sym__shift_amount] = "_shift_amount",
  [sym_shifted_register] = "shifted_register",
  [sym_memory_operand] = "memory_operand",
  [sym_register_list] = "register_list",
  [sym_register_range] = "register_range",
  [sym__expression] = "_expression",
  [sym_parenthesized_expression] = "parenthesized_expression",
  [sym_unary_expression] = "unary_expression",
  [sym_indirection] = "indirection",
  [sym_binary_expression] = "binary_expression",
  [sym_array_element] = "array_element",
  [sym_argument_list] = "argument_list",
  [sym_fn_call] = "fn_call",
  [sym_builtin_call] = "builtin_call",
  [aux_sym_source_file_repeat1] = "source_file_repeat1",
  [aux_sym__statements_repeat1] = "_statements_repeat1",
  [aux_sym_next_statement_repeat1] = "next_statement_repeat1",
  [aux_sym_dim_statement_repeat1] = "dim_statement_repeat1",
  [aux_sym_parameter_list_repeat1] = "parameter_list_repeat1",
  [aux_sym__inline_statements_repeat1] = "_inline_statements_repeat1",
  [aux_sym_sys_call_repeat1] = "sys_call_repeat1",
  [aux_sym_sys_call_repeat2] = "sys_call_repeat2",
  [aux_sym_print_statement_repeat1] = "print_statement_repeat1",
  [aux_sym_assembler_block_repeat1] = "assembler_block_repeat1",
  [aux_sym_assembler_block_repeat2] = "assembler_block_repeat2",
  [aux_sym_data_repeat1] = "data_repeat1",
  [aux_sym_instruction_repeat1] = "instruction_repeat1",
  [aux_sym_instruction_repeat2] = "instruction_repeat2",
  [aux_sym_register_list_repeat1] = "register_list_repeat1",
  [aux_sym_argument_list_repeat1] = "argument_list_repeat1",
};

static const TSSymbol ts_symbol_map[] = {
  [ts_builtin_sym_end] = ts_builtin_sym_end,
  [sym_line_number] = sym_line_number,
  [anon_sym_COLON] = anon_sym_COLON,
  [anon_sym_LET] = anon_sym_LET,
  [anon_sym_EQ] = anon_sym_EQ,
  [anon_sym_PLUS_EQ] = anon_sym_PLUS_EQ,
  [anon_sym_DASH_EQ] = anon_sym_DASH_EQ,
  [anon_sym_STAR_EQ] = anon_sym_STAR_EQ,
  [anon_sym_SLASH_EQ] = anon_sym_SLASH_EQ,
  [anon_sym_FOR] = anon_sym_FOR,
  [anon_sym_TO] = anon_sym_TO,
  [anon_sym_STEP] = anon_sym_STEP,
  [anon_sym_NEXT] = anon_sym_NEXT,
  [anon_sym_COMMA] = anon_sym_COMMA,
  [anon_sym_DIM] = anon_sym_DIM,
  [anon_sym_LOCAL] = anon_sym_LOCAL,
  [anon_sym_DEF] = anon_sym_DEF,
  [anon_sym_LPAREN] = anon_sym_LPAREN,
  [anon_sym_RPAREN] = anon_sym_RPAREN,
  [anon_sym_RETURN] = anon_sym_RETURN,
  [sym_endproc_statement] = sym_endproc_statement,
  [anon_sym_IF] = anon_sym_IF,
  [anon_sym_THEN] = anon_sym_THEN,
  [anon_sym_ELSE] = anon_sym_ELSE,
  [sym_endif_statement] = sym_endif_statement,
  [anon_sym_SYS] = anon_sym_SYS,
  [anon_sym_SEMI] = anon_sym_SEMI,
  [anon_sym_PRINT] = anon_sym_PRINT,
  [anon_sym_SQUOTE] = anon_sym_SQUOTE,
  [anon_sym_TILDE] = anon_sym_TILDE,
  [sym_end_statement] = sym_end_statement,
  [anon_sym_ERROR] = anon_sym_ERROR,
  [anon_sym_REPEAT] = anon_sym_REPEAT,
  [anon_sym_UNTIL] = anon_sym_UNTIL,
  [anon_sym_WHILE] = anon_sym_WHILE,
  [sym_endwhile_statement] = sym_endwhile_statement,
  [anon_sym_ON] = anon_sym_ON,
  [anon_sym_OFF] = anon_sym_OFF,
  [sym_comment] = sym_comment,
  [sym_data_statement] = sym_data_statement,
  [sym_star_command] = sym_star_command,
  [sym_keyword] = sym_keyword,
  [sym_rest_of_statement] = sym_rest_of_statement,
  [anon_sym_LBRACK] = anon_sym_LBRACK,
  [anon_sym_RBRACK] = anon_sym_RBRACK,
  [sym__asm_comment] = sym_comment,
  [anon_sym_DOT] = anon_sym_DOT,
  [aux_sym_opt_directive_token1] = aux_sym_opt_directive_token1,
  [aux_sym_data_token1] = aux_sym_data_token1,
  [aux_sym_data_token2] = aux_sym_data_token2,
  [aux_sym_data_token3] = aux_sym_data_token3,
  [aux_sym_data_token4] = aux_sym_data_token4,
  [aux_sym_data_token5] = aux_sym_data_token5,
  [aux_sym_data_token6] = aux_sym_data_token6,
  [aux_sym_data_token7] = aux_sym_data_token7,
  [aux_sym_data_token8] = aux_sym_data_token8,
  [aux_sym_data_token9] = aux_sym_data_token9,
  [aux_sym_align_token1] = aux_sym_align_token1,
  [sym_register] = sym_register,
  [sym_psr] = sym_psr,
  [sym_shift_type] = sym_shift_type,
  [anon_sym_BANG] = anon_sym_BANG,
  [anon_sym_POUND] = anon_sym_POUND,
  [anon_sym_PLUS] = anon_sym_PLUS,
  [anon_sym_DASH] = anon_sym_DASH,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_CARET] = anon_sym_CARET,
  [anon_sym_LPAREN2] = anon_sym_LPAREN,
  [anon_sym_QMARK] = anon_sym_QMARK,
  [anon_sym_DOLLAR] = anon_sym_DOLLAR,
  [anon_sym_PIPE] = anon_sym_PIPE,
  [anon_sym_OR] = anon_sym_OR,
  [anon_sym_EOR] = anon_sym_OR,
  [anon_sym_AND] = anon_sym_OR,
  [anon_sym_LT_GT] = anon_sym_OR,
  [anon_sym_LT] = anon_sym_OR,
  [anon_sym_GT] = anon_sym_OR,
  [anon_sym_LT_EQ] = anon_sym_OR,
  [anon_sym_GT_EQ] = anon_sym_OR,
  [anon_sym_LT_LT] = anon_sym_OR,
  [anon_sym_GT_GT] = anon_sym_OR,
  [anon_sym_GT_GT_GT] = anon_sym_OR,
  [anon_sym_STAR] = anon_sym_OR,
  [anon_sym_SLASH] = anon_sym_OR,
  [anon_sym_MOD] = anon_sym_OR,
  [anon_sym_DIV] = anon_sym_OR,
  [sym_builtin_function] = sym_builtin_function,
  [sym_builtin_variable] = sym_builtin_variable,
  [sym_proc_name] = sym_proc_name,
  [sym_fn_name] = sym_fn_name,
  [sym_number] = sym_number,
  [sym_string] = sym_string,
  [sym_identifier] = sym_identifier,
  [sym__mnemonic_head] = sym__mnemonic_head,
  [sym__swi_mnemonic] = sym_mnemonic,
  [sym__mnemonic_tail] = sym__mnemonic_tail,
  [sym_condition] = sym_condition,
  [sym_s_flag] = sym_s_flag,
  [sym_size] = sym_size,
  [sym_translate] = sym_translate,
  [sym_block_mode] = sym_block_mode,
  [sym_p_flag] = sym_p_flag,
  [sym__mnemonic_subst] = sym__mnemonic_subst,
  [sym__newline] = sym__newline,
  [sym__error_sentinel] = sym__error_sentinel,
  [sym_source_file] = sym_source_file,
  [sym_basic_line] = sym_basic_line,
  [sym__statements] = sym__statements,
  [sym__line_statement] = sym__line_statement,
  [sym__statement] = sym__statement,
  [sym_assignment] = sym_assignment,
  [sym__lvalue] = sym__lvalue,
  [sym_for_statement] = sym_for_statement,
  [sym_next_statement] = sym_next_statement,
  [sym_dim_statement] = sym_dim_statement,
  [sym_dim_item] = sym_dim_item,
  [sym_procedure_definition] = sym_procedure_definition,
  [sym_function_definition] = sym_function_definition,
  [sym_parameter_list] = sym_parameter_list,
  [sym_parameter] = sym_parameter,
  [sym_return_statement] = sym_return_statement,
  [sym_if_statement] = sym_if_statement,
  [sym__inline_statements] = sym__inline_statements,
  [sym_else_statement] = sym_else_statement,
  [sym_sys_call] = sym_sys_call,
  [sym_print_statement] = sym_print_statement,
  [sym_proc_call] = sym_proc_call,
  [sym_local_statement] = sym_local_statement,
  [sym_repeat_statement] = sym_repeat_statement,
  [sym_until_statement] = sym_until_statement,
  [sym_while_statement] = sym_while_statement,
  [sym_on_error_statement] = sym_on_error_statement,
  [sym_on_statement] = sym_on_statement,
  [sym_basic_statement] = sym_basic_statement,
  [sym_assembler_block] = sym_assembler_block,
  [sym__asm_gap] = sym__asm_gap,
  [sym__asm_item] = sym__asm_item,
  [sym__asm_statement] = sym__asm_statement,
  [sym_asm_label] = sym_asm_label,
  [sym_opt_directive] = sym_opt_directive,
  [sym_data] = sym_data,
  [sym_align] = sym_align,
  [sym_mnemonic] = sym_mnemonic,
  [sym__suffix] = sym__suffix,
  [sym_instruction] = sym_instruction,
  [sym_swi] = sym_swi,
  [sym__operand] = sym__operand,
  [sym__base_register] = sym__base_register,
  [sym_writeback_register] = sym_writeback_register,
  [sym_immediate] = sym_immediate,
  [sym_pool_literal] = sym_pool_literal,
  [sym__shift_amount] = sym__shift_amount,
  [sym_shifted_register] = sym_shifted_register,
  [sym_memory_operand] = sym_memory_operand,
  [sym_register_list] = sym_register_list,
  [sym_register_range] = sym_register_range,
  [sym__expression] = sym__expression,
  [sym_parenthesized_expression] = sym_parenthesized_expression,
  [sym_unary_expression] = sym_unary_expression,
  [sym_indirection] = sym_indirection,
  [sym_binary_expression] = sym_binary_expression,
  [sym_array_element] = sym_array_element,
  [sym_argument_list] = sym_argument_list,
  [sym_fn_call] = sym_fn_call,
  [sym_builtin_call] = sym_builtin_call,
  [aux_sym_source_file_repeat1] = aux_sym_source_file_repeat1,
  [aux_sym__statements_repeat1] = aux_sym__statements_repeat1,
  [aux_sym_next_statement_repeat1] = aux_sym_next_statement_repeat1,
  [aux_sym_dim_statement_repeat1] = aux_sym_dim_statement_repeat1,
  [aux_sym_parameter_list_repeat1] = aux_sym_parameter_list_repeat1,
  [aux_sym__inline_statements_repeat1] = aux_sym__inline_statements_repeat1,
  [aux_sym_sys_call_repeat1] = aux_sym_sys_call_repeat1,
  [aux_sym_sys_call_repeat2] = aux_sym_sys_call_repeat2,
  [aux_sym_print_statement_repeat1] = aux_sym_print_statement_repeat1,
  [aux_sym_assembler_block_repeat1] = aux_sym_assembler_block_repeat1,
  [aux_sym_assembler_block_repeat2] = aux_sym_assembler_block_repeat2,
  [aux_sym_data_repeat1] = aux_sym_data_repeat1,
  [aux_sym_instruction_repeat1] = aux_sym_instruction_repeat1,
  [aux_sym_instruction_repeat2] = aux_sym_instruction_repeat2,
  [aux_sym_register_list_repeat1] = aux_sym_register_list_repeat1,
  [aux_sym_argument_list_repeat1] = aux_sym_argument_list_repeat1,
};

static const TSSymbolMetadata ts_symbol_metadata[] = {
  [ts_builtin_sym_end] = {
    .visible = false,
    .named = true,
  },
  [sym_line_number] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_COLON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LET] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STAR_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SLASH_EQ] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_FOR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_TO] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_STEP] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_NEXT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_COMMA] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DIM] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LOCAL] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DEF] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RPAREN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RETURN] = {
    .visible = true,
    .named = false,
  },
  [sym_endproc_statement] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_IF] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_THEN] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_ELSE] = {
    .visible = true,
    .named = false,
  },
  [sym_endif_statement] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SYS] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SEMI] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PRINT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_SQUOTE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_TILDE] = {
    .visible = true,
    .named = false,
  },
  [sym_end_statement] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_ERROR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_REPEAT] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_UNTIL] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_WHILE] = {
    .visible = true,
    .named = false,
  },
  [sym_endwhile_statement] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_ON] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_OFF] = {
    .visible = true,
    .named = false,
  },
  [sym_comment] = {
    .visible = true,
    .named = true,
  },
  [sym_data_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_star_command] = {
    .visible = true,
    .named = true,
  },
  [sym_keyword] = {
    .visible = true,
    .named = true,
  },
  [sym_rest_of_statement] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LBRACK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACK] = {
    .visible = true,
    .named = false,
  },
  [sym__asm_comment] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DOT] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_opt_directive_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token1] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token2] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token3] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token4] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token5] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token6] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token7] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token8] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_data_token9] = {
    .visible = true,
    .named = false,
  },
  [aux_sym_align_token1] = {
    .visible = true,
    .named = false,
  },
  [sym_register] = {
    .visible = true,
    .named = true,
  },
  [sym_psr] = {
    .visible = true,
    .named = true,
  },
  [sym_shift_type] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_BANG] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_POUND] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DASH] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_RBRACE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_CARET] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_QMARK] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_DOLLAR] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PIPE] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_OR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_EOR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_AND] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LT_GT] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LT] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_GT] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LT_EQ] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_GT_EQ] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_LT_LT] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_GT_GT] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_GT_GT_GT] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_STAR] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_SLASH] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_MOD] = {
    .visible = true,
    .named = true,
  },
  [anon_sym_DIV] = {
    .visible = true,
    .named = true,
  },
  [sym_builtin_function] = {
    .visible = true,
    .named = true,
  },
  [sym_builtin_variable] = {
    .visible = true,
    .named = true,
  },
  [sym_proc_name] = {
    .visible = true,
    .named = true,
  },
  [sym_fn_name] = {
    .visible = true,
    .named = true,
  },
  [sym_number] = {
    .visible = true,
    .named = true,
  },
  [sym_string] = {
    .visible = true,
    .named = true,
  },
  [sym_identifier] = {
    .visible = true,
    .named = true,
  },
  [sym__mnemonic_head] = {
    .visible = false,
    .named = true,
  },
  [sym__swi_mnemonic] = {
    .visible = true,
    .named = true,
  },
  [sym__mnemonic_tail] = {
    .visible = false,
    .named = true,
  },
  [sym_condition] = {
    .visible = true,
    .named = true,
  },
  [sym_s_flag] = {
    .visible = true,
    .named = true,
  },
  [sym_size] = {
    .visible = true,
    .named = true,
  },
  [sym_translate] = {
    .visible = true,
    .named = true,
  },
  [sym_block_mode] = {
    .visible = true,
    .named = true,
  },
  [sym_p_flag] = {
    .visible = true,
    .named = true,
  },
  [sym__mnemonic_subst] = {
    .visible = true,
    .named = true,
  },
  [sym__newline] = {
    .visible = false,
    .named = true,
  },
  [sym__error_sentinel] = {
    .visible = false,
    .named = true,
  },
  [sym_source_file] = {
    .visible = true,
    .named = true,
  },
  [sym_basic_line] = {
    .visible = true,
    .named = true,
  },
  [sym__statements] = {
    .visible = false,
    .named = true,
  },
  [sym__line_statement] = {
    .visible = false,
    .named = true,
  },
  [sym__statement] = {
    .visible = false,
    .named = true,
  },
  [sym_assignment] = {
    .visible = true,
    .named = true,
  },
  [sym__lvalue] = {
    .visible = false,
    .named = true,
  },
  [sym_for_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_next_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_dim_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_dim_item] = {
    .visible = true,
    .named = true,
  },
  [sym_procedure_definition] = {
    .visible = true,
    .named = true,
  },
  [sym_function_definition] = {
    .visible = true,
    .named = true,
  },
  [sym_parameter_list] = {
    .visible = true,
    .named = true,
  },
  [sym_parameter] = {
    .visible = true,
    .named = true,
  },
  [sym_return_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_if_statement] = {
    .visible = true,
    .named = true,
  },
  [sym__inline_statements] = {
    .visible = false,
    .named = true,
  },
  [sym_else_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_sys_call] = {
    .visible = true,
    .named = true,
  },
  [sym_print_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_proc_call] = {
    .visible = true,
    .named = true,
  },
  [sym_local_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_repeat_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_until_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_while_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_on_error_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_on_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_basic_statement] = {
    .visible = true,
    .named = true,
  },
  [sym_assembler_block] = {
    .visible = true,
    .named = true,
  },
  [sym__asm_gap] = {
    .visible = false,
    .named = true,
  },
  [sym__asm_item] = {
    .visible = false,
    .named = true,
  },
  [sym__asm_statement] = {
    .visible = false,
    .named = true,
  },
  [sym_asm_label] = {
    .visible = true,
    .named = true,
  },
  [sym_opt_directive] = {
    .visible = true,
    .named = true,
  },
  [sym_data] = {
    .visible = true,
    .named = true,
  },
  [sym_align] = {
    .visible = true,
    .named = true,
  },
  [sym_mnemonic] = {
    .visible = true,
    .named = true,
  },
  [sym__suffix] = {
    .visible = false,
    .named = true,
  },
  [sym_instruction] = {
    .visible = true,
    .named = true,
  },
  [sym_swi] = {
    .visible = true,
    .named = true,
  },
  [sym__operand] = {
    .visible = false,
    .named = true,
  },
  [sym__base_register] = {
    .visible = false,
    .named = true,
  },
  [sym_writeback_register] = {
    .visible = true,
    .named = true,
  },
  [sym_immediate] = {
    .visible = true,
    .named = true,
  },
  [sym_pool_literal] = {
    .visible = true,
    .named = true,
  },
  [sym__shift_amount] = {
    .visible = false,
    .named = true,
  },
  [sym_shifted_register] = {
    .visible = true,
    .named = true,
  },
  [sym_memory_operand] = {
    .visible = true,
    .named = true,
  },
  [sym_register_list] = {
    .visible = true,
    .named = true,
  },
  [sym_register_range] = {
    .visible = true,
    .named = true,
  },
  [sym__expression] = {
    .visible = false,
    .named = true,
  },
  [sym_parenthesized_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_unary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_indirection] = {
    .visible = true,
    .named = true,
  },
  [sym_binary_expression] = {
    .visible = true,
    .named = true,
  },
  [sym_array_element] = {
    .visible = true,
    .named = true,
  },
  [sym_argument_list] = {
    .visible = true,
    .named = true,
  },
  [sym_fn_call] = {
    .visible = true,
    .named = true,
  },
  [sym_builtin_call] = {
    .visible = true,
    .named = true,
  },
  [aux_sym_source_file_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__statements_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_next_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_dim_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_parameter_list_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym__inline_statements_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_sys_call_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_sys_call_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_print_statement_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_assembler_block_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_assembler_block_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_data_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_instruction_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_instruction_repeat2] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_register_list_repeat1] = {
    .visible = false,
    .named = false,
  },
  [aux_sym_argument_list_repeat1] = {
    .visible = false,
    .named = false,
  },
};

enum ts_field_identifiers {
  field_address = 1,
  field_alternative = 2,
  field_amount = 3,
  field_argument = 4,
  field_arguments = 5,
  field_array = 6,
  field_base = 7,
  field_body = 8,
  field_condition = 9,
  field_consequence = 10,
  field_directive = 11,
  field_end = 12,
  field_flags = 13,
  field_handler = 14,
  field_item = 15,
  field_keyword = 16,
  field_left = 17,
  field_line_number = 18,
  field_mnemonic = 19,
  field_mode = 20,
  field_name = 21,
  field_offset = 22,
  field_operand = 23,
  field_operator = 24,
  field_output = 25,
  field_p_flag = 26,
  field_parameter = 27,
  field_parameters = 28,
  field_post_offset = 29,
  field_register = 30,
  field_right = 31,
  field_s_flag = 32,
  field_shift = 33,
  field_sign = 34,
  field_size = 35,
  field_start = 36,
  field_step = 37,
  field_substitution = 38,
  field_translate = 39,
  field_user_mode = 40,
  field_value = 41,
  field_variable = 42,
  field_writeback = 43,
};

static const char * const ts_field_names[] = {
  [0] = NULL,
  [field_address] = "address",
  [field_alternative] = "alternative",
  [field_amount] = "amount",
  [field_argument] = "argument",
  [field_arguments] = "arguments",
  [field_array] = "array",
  [field_base] = "base",
  [field_body] = "body",
  [field_condition] = "condition",
  [field_consequence] = "consequence",
  [field_directive] = "directive",
  [field_end] = "end",
  [field_flags] = "flags",
  [field_handler] = "handler",
  [field_item] = "item",
  [field_keyword] = "keyword",
  [field_left] = "left",
  [field_line_number] = "line_number",
  [field_mnemonic] = "mnemonic",
  [field_mode] = "mode",
  [field_name] = "name",
  [field_offset] = "offset",
  [field_operand] = "operand",
  [field_operator] = "operator",
  [field_output] = "output",
  [field_p_flag] = "p_flag",
  [field_parameter] = "parameter",
  [field_parameters] = "parameters",
  [field_post_offset] = "post_offset",
  [field_register] = "register",
  [field_right] = "right",
  [field_s_flag] = "s_flag",
  [field_shift] = "shift",
  [field_sign] = "sign",
  [field_size] = "size",
  [field_start] = "start",
  [field_step] = "step",
  [field_substitution] = "substitution",
  [field_translate] = "translate",
  [field_user_mode] = "user_mode",
  [field_value] = "value",
  [field_variable] = "variable",
  [field_writeback] = "writeback",
};

static const TSFieldMapSlice ts_field_map_slices[PRODUCTION_ID_COUNT] = {
  [1] = {.index = 0, .length = 1},
  [2] = {.index = 1, .length = 1},
  [3] = {.index = 2, .length = 1},
  [4] = {.index = 3, .length = 1},
  [5] = {.index = 4, .length = 1},
  [6] = {.index = 5, .length = 1},
  [7] = {.index = 6, .length = 1},
  [8] = {.index = 7, .length = 1},
  [9] = {.index = 8, .length = 1},
  [10] = {.index = 9, .length = 1},
  [11] = {.index = 10, .length = 1},
  [12] = {.index = 11, .length = 2},
  [13] = {.index = 13, .length = 1},
  [14] = {.index = 14, .length = 2},
  [15] = {.index = 16, .length = 2},
  [16] = {.index = 18, .length = 2},
  [17] = {.index = 20, .length = 2},
  [18] = {.index = 22, .length = 2},
  [19] = {.index = 24, .length = 2},
  [20] = {.index = 26, .length = 2},
  [21] = {.index = 28, .length = 2},
  [22] = {.index = 30, .length = 2},
  [23] = {.index = 32, .length = 2},
  [24] = {.index = 34, .length = 1},
  [25] = {.index = 35, .length = 2},
  [26] = {.index = 37, .length = 1},
  [27] = {.index = 38, .length = 1},
  [28] = {.index = 39, .length = 1},
  [29] = {.index = 40, .length = 1},
  [30] = {.index = 41, .length = 1},
  [31] = {.index = 42, .length = 1},
  [32] = {.index = 43, .length = 1},
  [33] = {.index = 44, .length = 7},
  [34] = {.index = 51, .length = 2},
  [35] = {.index = 53, .length = 8},
  [36] = {.index = 61, .length = 2},
  [37] = {.index = 63, .length = 2},
  [38] = {.index = 65, .length = 3},
  [39] = {.index = 68, .length = 3},
  [40] = {.index = 71, .length = 3},
  [41] = {.index = 68, .length = 3},
  [42] = {.index = 74, .length = 2},
  [43] = {.index = 76, .length = 2},
  [44] = {.index = 78, .length = 2},
  [45] = {.index = 80, .length = 2},
  [46] = {.index = 82, .length = 2},
  [47] = {.index = 84, .length = 2},
  [48] = {.index = 86, .length = 2},
  [49] = {.index = 88, .length = 1},
  [50] = {.index = 89, .length = 2},
  [51] = {.index = 91, .length = 1},
  [52] = {.index = 92, .length = 9},
  [53] = {.index = 101, .length = 14},
  [54] = {.index = 115, .length = 3},
  [55] = {.index = 118, .length = 3},
  [56] = {.index = 121, .length = 1},
  [57] = {.index = 122, .length = 9},
  [58] = {.index = 131, .length = 1},
  [59] = {.index = 132, .length = 3},
  [60] = {.index = 135, .length = 3},
  [61] = {.index = 138, .length = 2},
  [62] = {.index = 140, .length = 1},
  [63] = {.index = 141, .length = 2},
  [64] = {.index = 143, .length = 3},
  [65] = {.index = 146, .length = 2},
  [66] = {.index = 148, .length = 3},
  [67] = {.index = 151, .length = 3},
  [68] = {.index = 154, .length = 2},
  [69] = {.index = 156, .length = 1},
  [70] = {.index = 157, .length = 2},
  [71] = {.index = 159, .length = 1},
  [72] = {.index = 160, .length = 1},
  [73] = {.index = 161, .length = 2},
  [74] = {.index = 163, .length = 10},
  [75] = {.index = 173, .length = 2},
  [76] = {.index = 175, .length = 3},
  [77] = {.index = 178, .length = 2},
  [78] = {.index = 180, .length = 2},
  [79] = {.index = 182, .length = 3},
  [80] = {.index = 185, .length = 3},
  [81] = {.index = 188, .length = 3},
  [82] = {.index = 191, .length = 3},
  [83] = {.index = 194, .length = 4},
  [84] = {.index = 198, .length = 2},
  [85] = {.index = 200, .length = 3},
  [86] = {.index = 203, .length = 2},
  [87] = {.index = 205, .length = 1},
  [88] = {.index = 206, .length = 4},
  [89] = {.index = 210, .length = 4},
  [90] = {.index = 214, .length = 4},
  [91] = {.index = 218, .length = 2},
  [92] = {.index = 220, .length = 2},
  [93] = {.index = 222, .length = 1},
  [94] = {.index = 223, .length = 4},
  [95] = {.index = 227, .length = 5},
  [96] = {.index = 232, .length = 3},
  [97] = {.index = 235, .length = 3},
  [98] = {.index = 238, .length = 3},
  [99] = {.index = 241, .length = 4},
  [100] = {.index = 245, .length = 3},
  [101] = {.index = 248, .length = 3},
  [102] = {.index = 251, .length = 4},
  [103] = {.index = 255, .length = 4},
  [104] = {.index = 259, .length = 4},
  [105] = {.index = 263, .length = 4},
  [106] = {.index = 267, .length = 4},
  [107] = {.index = 271, .length = 5},
  [108] = {.index = 276, .length = 5},
  [109] = {.index = 281, .length = 5},
  [110] = {.index = 286, .length = 5},
  [111] = {.index = 291, .length = 6},
};

static const TSFieldMapEntry ts_field_map_entries[] = {
  [0] =
    {field_keyword, 0},
  [1] =
    {field_name, 0},
  [2] =
    {field_line_number, 0},
  [3] =
    {field_value, 1},
  [4] =
    {field_variable, 1},
  [5] =
    {field_array, 0},
  [6] =
    {field_name, 1},
  [7] =
    {field_condition, 1},
  [8] =
    {field_body, 1},
  [9] =
    {field_item, 0},
  [10] =
    {field_item, 1, .inherited = true},
  [11] =
    {field_arguments, 1},
    {field_keyword, 0},
  [13] =
    {field_mnemonic, 0},
  [14] =
    {field_address, 1},
    {field_operator, 0},
  [16] =
    {field_arguments, 1},
    {field_name, 0},
  [18] =
    {field_operand, 1},
    {field_operator, 0},
  [20] =
    {field_argument, 1},
    {field_name, 0},
  [22] =
    {field_variable, 1},
    {field_variable, 2, .inherited = true},
  [24] =
    {field_name, 0},
    {field_size, 1},
  [26] =
    {field_name, 1},
    {field_parameters, 2},
  [28] =
    {field_condition, 1},
    {field_consequence, 2},
  [30] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
  [32] =
    {field_item, 0, .inherited = true},
    {field_item, 1, .inherited = true},
  [34] =
    {field_handler, 2},
  [35] =
    {field_arguments, 2},
    {field_value, 1},
  [37] =
    {field_condition, 0},
  [38] =
    {field_s_flag, 0},
  [39] =
    {field_size, 0},
  [40] =
    {field_translate, 0},
  [41] =
    {field_mode, 0},
  [42] =
    {field_p_flag, 0},
  [43] =
    {field_substitution, 0},
  [44] =
    {field_condition, 0, .inherited = true},
    {field_mode, 0, .inherited = true},
    {field_p_flag, 0, .inherited = true},
    {field_s_flag, 0, .inherited = true},
    {field_size, 0, .inherited = true},
    {field_substitution, 0, .inherited = true},
    {field_translate, 0, .inherited = true},
  [51] =
    {field_mnemonic, 0},
    {field_name, 1},
  [53] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_p_flag, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [61] =
    {field_directive, 0},
    {field_value, 1},
  [63] =
    {field_mnemonic, 0},
    {field_operand, 1},
  [65] =
    {field_base, 0},
    {field_offset, 2},
    {field_operator, 1},
  [68] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [71] =
    {field_left, 1},
    {field_operator, 2},
    {field_right, 3},
  [74] =
    {field_variable, 0, .inherited = true},
    {field_variable, 1, .inherited = true},
  [76] =
    {field_name, 0},
    {field_size, 2},
  [78] =
    {field_name, 1},
    {field_value, 3},
  [80] =
    {field_condition, 1},
    {field_consequence, 3},
  [82] =
    {field_alternative, 3},
    {field_condition, 1},
  [84] =
    {field_name, 1},
    {field_output, 3},
  [86] =
    {field_name, 1},
    {field_output, 3, .inherited = true},
  [88] =
    {field_argument, 1},
  [89] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [91] =
    {field_handler, 3},
  [92] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_name, 2},
    {field_p_flag, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [101] =
    {field_condition, 0, .inherited = true},
    {field_condition, 1, .inherited = true},
    {field_mode, 0, .inherited = true},
    {field_mode, 1, .inherited = true},
    {field_p_flag, 0, .inherited = true},
    {field_p_flag, 1, .inherited = true},
    {field_s_flag, 0, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 0, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 0, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 0, .inherited = true},
    {field_translate, 1, .inherited = true},
  [115] =
    {field_directive, 0},
    {field_value, 1},
    {field_value, 2, .inherited = true},
  [118] =
    {field_mnemonic, 0},
    {field_operand, 1},
    {field_operand, 2, .inherited = true},
  [121] =
    {field_register, 0},
  [122] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_operand, 2},
    {field_p_flag, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [131] =
    {field_parameter, 1},
  [132] =
    {field_name, 1},
    {field_parameters, 2},
    {field_value, 4},
  [135] =
    {field_alternative, 4},
    {field_condition, 1},
    {field_consequence, 2},
  [138] =
    {field_alternative, 4},
    {field_condition, 1},
  [140] =
    {field_output, 1},
  [141] =
    {field_flags, 4},
    {field_name, 1},
  [143] =
    {field_name, 1},
    {field_output, 3},
    {field_output, 4, .inherited = true},
  [146] =
    {field_output, 0, .inherited = true},
    {field_output, 1, .inherited = true},
  [148] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_output, 4},
  [151] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_output, 4, .inherited = true},
  [154] =
    {field_value, 0, .inherited = true},
    {field_value, 1, .inherited = true},
  [156] =
    {field_base, 1},
  [157] =
    {field_register, 0},
    {field_shift, 2},
  [159] =
    {field_user_mode, 2},
  [160] =
    {field_operand, 1},
  [161] =
    {field_operand, 0, .inherited = true},
    {field_operand, 1, .inherited = true},
  [163] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_operand, 2},
    {field_operand, 3, .inherited = true},
    {field_p_flag, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [173] =
    {field_argument, 1},
    {field_argument, 2, .inherited = true},
  [175] =
    {field_end, 5},
    {field_start, 3},
    {field_variable, 1},
  [178] =
    {field_parameter, 1},
    {field_parameter, 2, .inherited = true},
  [180] =
    {field_parameter, 0, .inherited = true},
    {field_parameter, 1, .inherited = true},
  [182] =
    {field_alternative, 5},
    {field_condition, 1},
    {field_consequence, 3},
  [185] =
    {field_flags, 5},
    {field_name, 1},
    {field_output, 3},
  [188] =
    {field_flags, 5},
    {field_name, 1},
    {field_output, 3, .inherited = true},
  [191] =
    {field_argument, 2, .inherited = true},
    {field_flags, 5},
    {field_name, 1},
  [194] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_output, 4},
    {field_output, 5, .inherited = true},
  [198] =
    {field_base, 1},
    {field_writeback, 3},
  [200] =
    {field_amount, 3},
    {field_register, 0},
    {field_shift, 2},
  [203] =
    {field_end, 2},
    {field_start, 0},
  [205] =
    {field_user_mode, 3},
  [206] =
    {field_flags, 6},
    {field_name, 1},
    {field_output, 3},
    {field_output, 4, .inherited = true},
  [210] =
    {field_argument, 2, .inherited = true},
    {field_flags, 6},
    {field_name, 1},
    {field_output, 4},
  [214] =
    {field_argument, 2, .inherited = true},
    {field_flags, 6},
    {field_name, 1},
    {field_output, 4, .inherited = true},
  [218] =
    {field_base, 1},
    {field_offset, 3},
  [220] =
    {field_base, 1},
    {field_post_offset, 4},
  [222] =
    {field_user_mode, 4},
  [223] =
    {field_end, 5},
    {field_start, 3},
    {field_step, 7},
    {field_variable, 1},
  [227] =
    {field_argument, 2, .inherited = true},
    {field_flags, 7},
    {field_name, 1},
    {field_output, 4},
    {field_output, 5, .inherited = true},
  [232] =
    {field_base, 1},
    {field_offset, 4},
    {field_sign, 3},
  [235] =
    {field_base, 1},
    {field_offset, 3},
    {field_writeback, 5},
  [238] =
    {field_base, 1},
    {field_post_offset, 5},
    {field_sign, 4},
  [241] =
    {field_base, 1},
    {field_offset, 4},
    {field_sign, 3},
    {field_writeback, 6},
  [245] =
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
  [248] =
    {field_base, 1},
    {field_post_offset, 4},
    {field_shift, 6},
  [251] =
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
  [255] =
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
    {field_writeback, 7},
  [259] =
    {field_amount, 6},
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
  [263] =
    {field_base, 1},
    {field_post_offset, 5},
    {field_shift, 7},
    {field_sign, 4},
  [267] =
    {field_amount, 7},
    {field_base, 1},
    {field_post_offset, 4},
    {field_shift, 6},
  [271] =
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
    {field_writeback, 8},
  [276] =
    {field_amount, 7},
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
  [281] =
    {field_amount, 6},
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
    {field_writeback, 8},
  [286] =
    {field_amount, 8},
    {field_base, 1},
    {field_post_offset, 5},
    {field_shift, 7},
    {field_sign, 4},
  [291] =
    {field_amount, 7},
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
    {field_writeback, 9},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [41] = {
    [1] = anon_sym_OR,
  },
};

static const uint16_t ts_non_terminal_alias_map[] = {
  0,
};

static const TSStateId ts_primary_state_ids[STATE_COUNT] = {
  [0] = 0,
  [1] = 1,
  [2] = 2,
  [3] = 2,
  [4] = 4,
  [5] = 5,
  [6] = 6,
  [7] = 7,
  [8] = 8,
  [9] = 9,
  [10] = 10,
  [11] = 11,
  [12] = 12,
  [13] = 13,
  [14] = 14,
  [15] = 9,
  [16] = 13,
  [17] = 14,
  [18] = 8,
  [19] = 11,
  [20] = 20,
  [21] = 12,
  [22] = 10,
  [23] = 23,
  [24] = 20,
  [25] = 25,
  [26] = 23,
  [27] = 25,
  [28] = 28,
  [29] = 29,
  [30] = 30,
  [31] = 31,
  [32] = 32,
  [33] = 33,
  [34] = 34,
  [35] = 35,
  [36] = 36,
  [37] = 37,
  [38] = 38,
  [39] = 39,
  [40] = 40,
  [41] = 41,
  [42] = 42,
  [43] = 43,
  [44] = 44,
  [45] = 45,
  [46] = 46,
  [47] = 47,
  [48] = 48,
  [49] = 49,
  [50] = 50,
  [51] = 51,
  [52] = 30,
  [53] = 34,
  [54] = 30,
  [55] = 34,
  [56] = 44,
  [57] = 47,
  [58] = 58,
  [59] = 45,
  [60] = 46,
  [61] = 42,
  [62] = 41,
  [63] = 48,
  [64] = 49,
  [65] = 35,
  [66] = 36,
  [67] = 37,
  [68] = 38,
  [69] = 39,
  [70] = 40,
  [71] = 31,
  [72] = 32,
  [73] = 33,
  [74] = 29,
  [75] = 36,
  [76] = 76,
  [77] = 77,
  [78] = 78,
  [79] = 34,
  [80] = 46,
  [81] = 42,
  [82] = 41,
  [83] = 48,
  [84] = 49,
  [85] = 35,
  [86] = 37,
  [87] = 38,
  [88] = 39,
  [89] = 40,
  [90] = 31,
  [91] = 45,
  [92] = 44,
  [93] = 47,
  [94] = 58,
  [95] = 32,
  [96] = 29,
  [97] = 33,
  [98] = 98,
  [99] = 99,
  [100] = 100,
  [101] = 29,
  [102] = 33,
  [103] = 30,
  [104] = 46,
  [105] = 31,
  [106] = 32,
  [107] = 45,
  [108] = 108,
  [109] = 38,
  [110] = 47,
  [111] = 37,
  [112] = 40,
  [113] = 36,
  [114] = 39,
  [115] = 42,
  [116] = 41,
  [117] = 48,
  [118] = 35,
  [119] = 44,
  [120] = 120,
  [121] = 49,
  [122] = 122,
  [123] = 123,
  [124] = 124,
  [125] = 125,
  [126] = 34,
  [127] = 127,
  [128] = 128,
  [129] = 129,
  [130] = 130,
  [131] = 131,
  [132] = 132,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 33,
  [142] = 46,
  [143] = 45,
  [144] = 144,
  [145] = 32,
  [146] = 31,
  [147] = 147,
  [148] = 148,
  [149] = 149,
  [150] = 30,
  [151] = 29,
  [152] = 148,
  [153] = 147,
  [154] = 34,
  [155] = 144,
  [156] = 41,
  [157] = 42,
  [158] = 49,
  [159] = 108,
  [160] = 35,
  [161] = 36,
  [162] = 48,
  [163] = 38,
  [164] = 39,
  [165] = 37,
  [166] = 40,
  [167] = 47,
  [168] = 44,
  [169] = 44,
  [170] = 47,
  [171] = 33,
  [172] = 31,
  [173] = 173,
  [174] = 30,
  [175] = 45,
  [176] = 46,
  [177] = 177,
  [178] = 178,
  [179] = 179,
  [180] = 180,
  [181] = 29,
  [182] = 32,
  [183] = 183,
  [184] = 133,
  [185] = 185,
  [186] = 128,
  [187] = 129,
  [188] = 132,
  [189] = 177,
  [190] = 190,
  [191] = 130,
  [192] = 134,
  [193] = 127,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 131,
  [198] = 198,
  [199] = 34,
  [200] = 42,
  [201] = 41,
  [202] = 48,
  [203] = 49,
  [204] = 35,
  [205] = 36,
  [206] = 37,
  [207] = 38,
  [208] = 39,
  [209] = 40,
  [210] = 210,
  [211] = 195,
  [212] = 212,
  [213] = 213,
  [214] = 44,
  [215] = 47,
  [216] = 44,
  [217] = 47,
  [218] = 218,
  [219] = 219,
  [220] = 220,
  [221] = 47,
  [222] = 222,
  [223] = 44,
  [224] = 224,
  [225] = 44,
  [226] = 220,
  [227] = 47,
  [228] = 34,
  [229] = 220,
  [230] = 220,
  [231] = 220,
  [232] = 220,
  [233] = 220,
  [234] = 220,
  [235] = 235,
  [236] = 236,
  [237] = 235,
  [238] = 30,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 243,
  [244] = 241,
  [245] = 235,
  [246] = 46,
  [247] = 243,
  [248] = 32,
  [249] = 249,
  [250] = 250,
  [251] = 29,
  [252] = 45,
  [253] = 235,
  [254] = 243,
  [255] = 255,
  [256] = 235,
  [257] = 243,
  [258] = 31,
  [259] = 235,
  [260] = 243,
  [261] = 33,
  [262] = 235,
  [263] = 243,
  [264] = 264,
  [265] = 265,
  [266] = 235,
  [267] = 243,
  [268] = 235,
  [269] = 243,
  [270] = 243,
  [271] = 271,
  [272] = 272,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 279,
  [280] = 280,
  [281] = 281,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 285,
  [286] = 286,
  [287] = 287,
  [288] = 288,
  [289] = 289,
  [290] = 290,
  [291] = 291,
  [292] = 287,
  [293] = 293,
  [294] = 279,
  [295] = 280,
  [296] = 281,
  [297] = 282,
  [298] = 283,
  [299] = 284,
  [300] = 300,
  [301] = 279,
  [302] = 280,
  [303] = 281,
  [304] = 282,
  [305] = 283,
  [306] = 284,
  [307] = 307,
  [308] = 278,
  [309] = 279,
  [310] = 280,
  [311] = 281,
  [312] = 282,
  [313] = 283,
  [314] = 284,
  [315] = 315,
  [316] = 316,
  [317] = 279,
  [318] = 280,
  [319] = 281,
  [320] = 282,
  [321] = 283,
  [322] = 284,
  [323] = 323,
  [324] = 324,
  [325] = 271,
  [326] = 326,
  [327] = 279,
  [328] = 280,
  [329] = 281,
  [330] = 282,
  [331] = 290,
  [332] = 284,
  [333] = 333,
  [334] = 279,
  [335] = 44,
  [336] = 47,
  [337] = 280,
  [338] = 281,
  [339] = 282,
  [340] = 289,
  [341] = 271,
  [342] = 278,
  [343] = 278,
  [344] = 283,
  [345] = 279,
  [346] = 280,
  [347] = 281,
  [348] = 282,
  [349] = 283,
  [350] = 284,
  [351] = 289,
  [352] = 271,
  [353] = 353,
  [354] = 284,
  [355] = 278,
  [356] = 278,
  [357] = 289,
  [358] = 271,
  [359] = 359,
  [360] = 278,
  [361] = 289,
  [362] = 271,
  [363] = 278,
  [364] = 289,
  [365] = 271,
  [366] = 290,
  [367] = 278,
  [368] = 289,
  [369] = 271,
  [370] = 278,
  [371] = 289,
  [372] = 278,
  [373] = 289,
  [374] = 278,
  [375] = 289,
  [376] = 278,
  [377] = 289,
  [378] = 278,
  [379] = 289,
  [380] = 289,
  [381] = 289,
  [382] = 333,
  [383] = 276,
  [384] = 290,
  [385] = 30,
  [386] = 46,
  [387] = 290,
  [388] = 290,
  [389] = 290,
  [390] = 283,
  [391] = 391,
  [392] = 40,
  [393] = 44,
  [394] = 47,
  [395] = 183,
  [396] = 196,
  [397] = 391,
  [398] = 398,
  [399] = 32,
  [400] = 391,
  [401] = 33,
  [402] = 29,
  [403] = 391,
  [404] = 404,
  [405] = 391,
  [406] = 42,
  [407] = 41,
  [408] = 391,
  [409] = 48,
  [410] = 49,
  [411] = 391,
  [412] = 35,
  [413] = 36,
  [414] = 37,
  [415] = 38,
  [416] = 39,
  [417] = 417,
  [418] = 36,
  [419] = 29,
  [420] = 35,
  [421] = 40,
  [422] = 38,
  [423] = 39,
  [424] = 33,
  [425] = 44,
  [426] = 31,
  [427] = 47,
  [428] = 32,
  [429] = 429,
  [430] = 430,
  [431] = 431,
  [432] = 429,
  [433] = 430,
  [434] = 431,
  [435] = 435,
  [436] = 436,
  [437] = 435,
  [438] = 438,
  [439] = 439,
  [440] = 440,
  [441] = 441,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 439,
  [456] = 439,
  [457] = 457,
  [458] = 439,
  [459] = 459,
  [460] = 439,
  [461] = 461,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 466,
  [467] = 467,
  [468] = 468,
  [469] = 469,
  [470] = 450,
  [471] = 471,
  [472] = 450,
  [473] = 473,
  [474] = 474,
  [475] = 475,
  [476] = 476,
  [477] = 477,
  [478] = 478,
  [479] = 479,
  [480] = 480,
  [481] = 481,
  [482] = 482,
  [483] = 483,
  [484] = 484,
  [485] = 485,
  [486] = 486,
  [487] = 487,
  [488] = 488,
  [489] = 489,
  [490] = 490,
  [491] = 491,
  [492] = 492,
  [493] = 493,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 497,
  [498] = 498,
  [499] = 499,
  [500] = 500,
  [501] = 501,
  [502] = 502,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 506,
  [507] = 507,
  [508] = 508,
  [509] = 509,
  [510] = 510,
  [511] = 511,
  [512] = 439,
  [513] = 513,
  [514] = 450,
  [515] = 515,
  [516] = 516,
  [517] = 517,
  [518] = 509,
  [519] = 511,
  [520] = 520,
  [521] = 489,
  [522] = 508,
  [523] = 515,
  [524] = 524,
  [525] = 525,
  [526] = 526,
  [527] = 527,
  [528] = 491,
  [529] = 493,
  [530] = 500,
  [531] = 531,
  [532] = 532,
  [533] = 533,
  [534] = 534,
  [535] = 535,
  [536] = 488,
  [537] = 537,
  [538] = 538,
  [539] = 539,
  [540] = 439,
  [541] = 541,
  [542] = 542,
  [543] = 543,
  [544] = 544,
  [545] = 545,
  [546] = 546,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 450,
  [555] = 555,
  [556] = 556,
  [557] = 557,
  [558] = 558,
  [559] = 559,
  [560] = 560,
  [561] = 561,
  [562] = 562,
  [563] = 563,
  [564] = 564,
  [565] = 565,
  [566] = 566,
  [567] = 567,
  [568] = 568,
  [569] = 569,
  [570] = 570,
  [571] = 571,
  [572] = 572,
  [573] = 567,
  [574] = 545,
  [575] = 575,
  [576] = 576,
  [577] = 577,
  [578] = 578,
  [579] = 579,
  [580] = 567,
  [581] = 581,
  [582] = 582,
  [583] = 583,
  [584] = 584,
  [585] = 585,
  [586] = 567,
  [587] = 542,
  [588] = 588,
  [589] = 589,
  [590] = 567,
  [591] = 591,
  [592] = 592,
  [593] = 593,
  [594] = 543,
  [595] = 567,
  [596] = 596,
  [597] = 597,
  [598] = 567,
  [599] = 599,
  [600] = 567,
  [601] = 601,
  [602] = 563,
  [603] = 603,
  [604] = 564,
  [605] = 605,
  [606] = 450,
  [607] = 607,
  [608] = 608,
  [609] = 567,
  [610] = 610,
  [611] = 611,
  [612] = 612,
  [613] = 544,
  [614] = 614,
  [615] = 615,
  [616] = 616,
  [617] = 617,
  [618] = 618,
  [619] = 619,
  [620] = 620,
  [621] = 621,
  [622] = 622,
  [623] = 623,
  [624] = 624,
  [625] = 625,
  [626] = 626,
  [627] = 627,
  [628] = 628,
  [629] = 623,
  [630] = 623,
  [631] = 631,
  [632] = 623,
  [633] = 633,
  [634] = 623,
  [635] = 623,
  [636] = 636,
  [637] = 637,
  [638] = 638,
  [639] = 639,
  [640] = 640,
  [641] = 641,
  [642] = 642,
  [643] = 643,
  [644] = 644,
  [645] = 645,
  [646] = 646,
  [647] = 647,
  [648] = 648,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(98);
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '#', 441,
        '$', 451,
        '%', 402,
        '&', 406,
        '\'', 144,
        '(', 125,
        ')', 126,
        '*', 470,
        '+', 443,
        ',', 118,
        '-', 445,
        '.', 415,
        '/', 473,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 296,
        'B', 225,
        'C', 182,
        'D', 195,
        'E', 216,
        'F', 184,
        'G', 210,
        'H', 239,
        'I', 250,
        'L', 243,
        'M', 307,
        'N', 226,
        'O', 251,
        'P', 185,
        'Q', 368,
        'R', 180,
        'S', 186,
        'T', 228,
        'U', 303,
        'V', 223,
        'W', 183,
        '[', 411,
        ']', 412,
        '^', 448,
        'a', 388,
        'c', 390,
        'd', 385,
        'e', 394,
        'f', 391,
        'i', 391,
        'l', 395,
        'o', 392,
        'p', 384,
        'r', 181,
        's', 393,
        'v', 404,
        'w', 391,
        '{', 446,
        '|', 452,
        '}', 447,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(96);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(410);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '#', 441,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '*', 47,
        '+', 443,
        '-', 445,
        '.', 92,
        '/', 48,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 555,
        'B', 651,
        'C', 654,
        'D', 612,
        'E', 722,
        'F', 518,
        'G', 625,
        'H', 669,
        'I', 716,
        'L', 600,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 550,
        'R', 511,
        'S', 646,
        'T', 531,
        'U', 795,
        'V', 545,
        'W', 670,
        '[', 411,
        ']', 412,
        'a', 846,
        'c', 847,
        'f', 848,
        'i', 848,
        'l', 850,
        'p', 844,
        'r', 512,
        's', 849,
        'v', 855,
        'w', 848,
        '{', 446,
        '|', 452,
        ';', 413,
        '\\', 413,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '#', 441,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        ':', 102,
        '?', 450,
        '@', 46,
        'A', 556,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 518,
        'G', 625,
        'H', 669,
        'I', 716,
        'L', 600,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 550,
        'R', 511,
        'S', 647,
        'T', 531,
        'U', 795,
        'V', 545,
        'W', 670,
        ']', 412,
        'a', 853,
        'f', 848,
        'i', 848,
        'l', 850,
        'p', 844,
        'r', 512,
        's', 854,
        'v', 855,
        'w', 848,
        '|', 452,
        ';', 413,
        '\\', 413,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '#', 441,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        '-', 444,
        '.', 92,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 555,
        'B', 651,
        'C', 654,
        'D', 612,
        'E', 722,
        'F', 518,
        'G', 625,
        'H', 669,
        'I', 716,
        'L', 600,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 550,
        'R', 511,
        'S', 646,
        'T', 531,
        'U', 795,
        'V', 545,
        'W', 670,
        '[', 411,
        'a', 846,
        'c', 847,
        'f', 848,
        'i', 848,
        'l', 850,
        'p', 844,
        'r', 512,
        's', 849,
        'v', 855,
        'w', 848,
        '{', 446,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '#', 441,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        '-', 444,
        '.', 92,
        '?', 450,
        '@', 46,
        'A', 556,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 518,
        'G', 625,
        'H', 669,
        'I', 716,
        'L', 600,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 550,
        'R', 511,
        'S', 647,
        'T', 531,
        'U', 795,
        'V', 545,
        'W', 670,
        ']', 412,
        'a', 853,
        'f', 848,
        'i', 848,
        'l', 850,
        'p', 844,
        'r', 512,
        's', 854,
        'v', 855,
        'w', 848,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 125,
        '*', 470,
        '+', 443,
        ',', 118,
        '-', 445,
        '.', 92,
        '/', 473,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 554,
        'B', 651,
        'C', 655,
        'D', 611,
        'E', 699,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 664,
        'N', 745,
        'O', 762,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '^', 448,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 125,
        '*', 469,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 554,
        'B', 651,
        'C', 655,
        'D', 611,
        'E', 721,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 664,
        'N', 745,
        'O', 762,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '^', 448,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 449,
        ')', 126,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        ':', 102,
        ';', 141,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 449,
        '*', 470,
        '+', 443,
        ',', 118,
        '-', 445,
        '.', 92,
        '/', 473,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 554,
        'B', 651,
        'C', 655,
        'D', 611,
        'E', 699,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 664,
        'N', 745,
        'O', 762,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '^', 448,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 449,
        '*', 469,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 554,
        'B', 651,
        'C', 655,
        'D', 611,
        'E', 699,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 664,
        'N', 745,
        'O', 762,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '^', 448,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 10:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 449,
        '*', 469,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 554,
        'B', 651,
        'C', 655,
        'D', 611,
        'E', 721,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 664,
        'N', 745,
        'O', 762,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '^', 448,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '\'', 144,
        '(', 449,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        ':', 102,
        ';', 141,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 700,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(11);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 12:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 125,
        '+', 442,
        '-', 444,
        '.', 92,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 13:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 125,
        '+', 442,
        '-', 444,
        '.', 92,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 602,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 14:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        ':', 102,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 530,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(14);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        ',', 118,
        '-', 444,
        '.', 92,
        ':', 102,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 700,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 530,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        '-', 444,
        '.', 92,
        ':', 102,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        ']', 412,
        '|', 452,
        ';', 413,
        '\\', 413,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        '-', 444,
        '.', 92,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        '-', 444,
        '.', 92,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 722,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 602,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 19:
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '$', 451,
        '%', 89,
        '&', 93,
        '(', 449,
        '+', 442,
        '-', 444,
        '.', 92,
        '?', 450,
        '@', 46,
        'A', 557,
        'B', 651,
        'C', 655,
        'D', 612,
        'E', 723,
        'F', 519,
        'G', 625,
        'H', 669,
        'I', 717,
        'L', 601,
        'M', 665,
        'N', 745,
        'O', 763,
        'P', 551,
        'R', 541,
        'S', 648,
        'T', 531,
        'U', 795,
        'V', 546,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '!', 440,
        '"', 39,
        '(', 125,
        '*', 469,
        '+', 442,
        '-', 444,
        '/', 472,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 297,
        'D', 263,
        'E', 310,
        'M', 315,
        'O', 333,
        '^', 448,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '!', 440,
        '"', 39,
        '*', 469,
        '+', 442,
        '-', 444,
        '/', 472,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 297,
        'D', 263,
        'E', 310,
        'M', 315,
        'O', 333,
        '^', 448,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 125,
        ')', 126,
        '*', 471,
        '+', 442,
        ',', 118,
        '-', 444,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 727,
        'B', 587,
        'C', 515,
        'D', 533,
        'E', 569,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 737,
        'N', 588,
        'O', 630,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 591,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '^', 448,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 23:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        ')', 126,
        '*', 471,
        '+', 442,
        ',', 118,
        '-', 444,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 727,
        'B', 587,
        'C', 515,
        'D', 533,
        'E', 569,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 737,
        'N', 588,
        'O', 630,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 591,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '^', 448,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 24:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 171,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 572,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 631,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(24);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 25:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 171,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 572,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 638,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(25);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 171,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 570,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 631,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(26);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 27:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 171,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 570,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 638,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(27);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 28:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 171,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 573,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 631,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(28);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 29:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 171,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 571,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 631,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(29);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '*', 471,
        '+', 442,
        ',', 118,
        '-', 444,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        '@', 46,
        'A', 727,
        'B', 587,
        'C', 515,
        'D', 533,
        'E', 569,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 737,
        'N', 588,
        'O', 630,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 591,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        '^', 448,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(30);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 31:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        ',', 118,
        ':', 102,
        ';', 141,
        '?', 450,
        '@', 46,
        'C', 742,
        'E', 701,
        'F', 520,
        'G', 609,
        'H', 669,
        'L', 747,
        'P', 549,
        'R', 628,
        'T', 675,
        'V', 757,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(31);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 32:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        ',', 118,
        ':', 102,
        ';', 141,
        '?', 450,
        '@', 46,
        'C', 742,
        'E', 724,
        'F', 520,
        'G', 609,
        'H', 669,
        'L', 747,
        'P', 549,
        'R', 628,
        'T', 675,
        'V', 757,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 33:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '?', 450,
        '@', 46,
        'C', 742,
        'E', 724,
        'F', 520,
        'G', 609,
        'H', 669,
        'L', 747,
        'P', 549,
        'R', 605,
        'T', 675,
        'V', 757,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        '?', 450,
        '@', 46,
        'C', 742,
        'E', 725,
        'F', 520,
        'G', 609,
        'H', 669,
        'L', 747,
        'P', 549,
        'R', 628,
        'T', 675,
        'V', 757,
        'W', 671,
        '|', 452,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(34);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 35:
      ADVANCE_MAP(
        '!', 440,
        '(', 125,
        ')', 126,
        '*', 470,
        '+', 443,
        ',', 118,
        '-', 445,
        '.', 414,
        '/', 473,
        ':', 102,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 60,
        'D', 56,
        'E', 58,
        'F', 61,
        'M', 64,
        'O', 68,
        'P', 69,
        'S', 71,
        'T', 62,
        ']', 412,
        '^', 448,
        'a', 79,
        'd', 76,
        'e', 83,
        'o', 82,
        ';', 413,
        '\\', 413,
        'L', 85,
        'l', 85,
        'R', 81,
        'r', 81,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(37);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      END_STATE();
    case 36:
      ADVANCE_MAP(
        '!', 440,
        '(', 125,
        '*', 469,
        '+', 442,
        ',', 118,
        '-', 444,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 59,
        'D', 55,
        'E', 57,
        'M', 64,
        'O', 67,
        '^', 448,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(38);
      END_STATE();
    case 37:
      ADVANCE_MAP(
        '!', 440,
        ')', 126,
        '*', 470,
        '+', 443,
        ',', 118,
        '-', 445,
        '.', 414,
        '/', 473,
        ':', 102,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 60,
        'D', 56,
        'E', 58,
        'F', 61,
        'M', 64,
        'O', 68,
        'P', 69,
        'S', 71,
        'T', 62,
        ']', 412,
        '^', 448,
        'a', 79,
        'd', 76,
        'e', 83,
        'o', 82,
        ';', 413,
        '\\', 413,
        'L', 85,
        'l', 85,
        'R', 81,
        'r', 81,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(37);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      END_STATE();
    case 38:
      ADVANCE_MAP(
        '!', 440,
        '*', 469,
        '+', 442,
        ',', 118,
        '-', 444,
        '/', 472,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 59,
        'D', 55,
        'E', 57,
        'M', 64,
        'O', 67,
        '^', 448,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(38);
      END_STATE();
    case 39:
      if (lookahead == '"') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(39);
      END_STATE();
    case 40:
      if (lookahead == '"') ADVANCE(504);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(40);
      END_STATE();
    case 41:
      ADVANCE_MAP(
        '"', 39,
        '(', 125,
        '*', 469,
        '+', 442,
        '-', 444,
        '/', 472,
        '<', 462,
        '=', 105,
        '>', 463,
        'A', 297,
        'D', 263,
        'E', 310,
        'M', 315,
        'O', 333,
        '^', 448,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 42:
      ADVANCE_MAP(
        '"', 39,
        '*', 469,
        '+', 442,
        '-', 444,
        '/', 472,
        '<', 462,
        '=', 105,
        '>', 463,
        'A', 297,
        'D', 263,
        'E', 310,
        'M', 315,
        'O', 333,
        '^', 448,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 43:
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == ':') ADVANCE(102);
      if (lookahead == 'E') ADVANCE(289);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(410);
      END_STATE();
    case 44:
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == ':') ADVANCE(102);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(44);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(410);
      END_STATE();
    case 45:
      ADVANCE_MAP(
        '#', 441,
        '+', 442,
        '-', 444,
        '@', 46,
        '}', 447,
        'A', 853,
        'a', 853,
        'F', 848,
        'f', 848,
        'I', 848,
        'i', 848,
        'L', 850,
        'l', 850,
        'P', 844,
        'p', 844,
        'R', 512,
        'r', 512,
        'S', 854,
        's', 854,
        'V', 855,
        'v', 855,
        'W', 848,
        'w', 848,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(45);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 46:
      if (lookahead == '%') ADVANCE(505);
      END_STATE();
    case 47:
      if (lookahead == '=') ADVANCE(108);
      END_STATE();
    case 48:
      if (lookahead == '=') ADVANCE(109);
      END_STATE();
    case 49:
      if (lookahead == '@') ADVANCE(46);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(49);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 50:
      if (lookahead == 'C') ADVANCE(95);
      END_STATE();
    case 51:
      if (lookahead == 'D') ADVANCE(459);
      END_STATE();
    case 52:
      if (lookahead == 'D') ADVANCE(474);
      END_STATE();
    case 53:
      if (lookahead == 'E') ADVANCE(135);
      END_STATE();
    case 54:
      if (lookahead == 'E') ADVANCE(65);
      END_STATE();
    case 55:
      if (lookahead == 'I') ADVANCE(72);
      END_STATE();
    case 56:
      if (lookahead == 'I') ADVANCE(72);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(74);
      END_STATE();
    case 57:
      if (lookahead == 'L') ADVANCE(70);
      if (lookahead == 'O') ADVANCE(66);
      END_STATE();
    case 58:
      if (lookahead == 'L') ADVANCE(70);
      if (lookahead == 'O') ADVANCE(66);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(87);
      END_STATE();
    case 59:
      if (lookahead == 'N') ADVANCE(51);
      END_STATE();
    case 60:
      if (lookahead == 'N') ADVANCE(51);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(78);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(90);
      END_STATE();
    case 61:
      if (lookahead == 'N') ADVANCE(94);
      END_STATE();
    case 62:
      if (lookahead == 'O') ADVANCE(112);
      END_STATE();
    case 63:
      if (lookahead == 'O') ADVANCE(50);
      END_STATE();
    case 64:
      if (lookahead == 'O') ADVANCE(52);
      END_STATE();
    case 65:
      if (lookahead == 'P') ADVANCE(115);
      END_STATE();
    case 66:
      if (lookahead == 'R') ADVANCE(457);
      END_STATE();
    case 67:
      if (lookahead == 'R') ADVANCE(453);
      END_STATE();
    case 68:
      if (lookahead == 'R') ADVANCE(453);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(86);
      END_STATE();
    case 69:
      if (lookahead == 'R') ADVANCE(63);
      END_STATE();
    case 70:
      if (lookahead == 'S') ADVANCE(53);
      END_STATE();
    case 71:
      if (lookahead == 'T') ADVANCE(54);
      END_STATE();
    case 72:
      if (lookahead == 'V') ADVANCE(478);
      END_STATE();
    case 73:
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(91);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(502);
      END_STATE();
    case 74:
      ADVANCE_MAP(
        'B', 422,
        'b', 422,
        'D', 424,
        'd', 424,
        'S', 425,
        's', 425,
        'W', 423,
        'w', 423,
      );
      END_STATE();
    case 75:
      ADVANCE_MAP(
        'B', 417,
        'b', 417,
        'D', 419,
        'd', 419,
        'Q', 420,
        'q', 420,
        'S', 421,
        's', 421,
        'W', 418,
        'w', 418,
      );
      END_STATE();
    case 76:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(74);
      END_STATE();
    case 77:
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(80);
      END_STATE();
    case 78:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(77);
      END_STATE();
    case 79:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(78);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(90);
      END_STATE();
    case 80:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(426);
      END_STATE();
    case 81:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(84);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(88);
      END_STATE();
    case 82:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(86);
      END_STATE();
    case 83:
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(87);
      END_STATE();
    case 84:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(439);
      END_STATE();
    case 85:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(90);
      END_STATE();
    case 86:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(416);
      END_STATE();
    case 87:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(75);
      END_STATE();
    case 88:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(439);
      END_STATE();
    case 89:
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(501);
      END_STATE();
    case 90:
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(439);
      END_STATE();
    case 91:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(502);
      END_STATE();
    case 92:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(500);
      END_STATE();
    case 93:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(503);
      END_STATE();
    case 94:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(497);
      END_STATE();
    case 95:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(495);
      END_STATE();
    case 96:
      if (eof) ADVANCE(98);
      ADVANCE_MAP(
        '!', 440,
        '"', 40,
        '#', 441,
        '$', 451,
        '%', 402,
        '&', 406,
        '\'', 144,
        '(', 449,
        ')', 126,
        '*', 470,
        '+', 443,
        ',', 118,
        '-', 445,
        '.', 415,
        '/', 473,
        ':', 102,
        ';', 141,
        '<', 462,
        '=', 105,
        '>', 463,
        '?', 450,
        'A', 296,
        'B', 225,
        'C', 182,
        'D', 195,
        'E', 216,
        'F', 184,
        'G', 210,
        'H', 239,
        'I', 250,
        'L', 243,
        'M', 307,
        'N', 226,
        'O', 251,
        'P', 185,
        'Q', 368,
        'R', 180,
        'S', 186,
        'T', 228,
        'U', 303,
        'V', 223,
        'W', 183,
        '[', 411,
        ']', 412,
        '^', 448,
        'a', 388,
        'c', 390,
        'd', 385,
        'e', 394,
        'f', 391,
        'i', 391,
        'l', 395,
        'o', 392,
        'p', 384,
        'r', 181,
        's', 393,
        'v', 404,
        'w', 391,
        '{', 446,
        '|', 452,
        '}', 447,
        '~', 145,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(96);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(410);
      END_STATE();
    case 97:
      if (eof) ADVANCE(98);
      ADVANCE_MAP(
        '!', 440,
        '$', 451,
        '(', 449,
        ')', 126,
        '*', 171,
        ',', 118,
        '-', 444,
        ':', 102,
        '=', 105,
        '?', 450,
        '@', 46,
        'A', 749,
        'B', 587,
        'C', 515,
        'D', 532,
        'E', 568,
        'F', 517,
        'G', 562,
        'H', 608,
        'I', 629,
        'L', 615,
        'M', 734,
        'N', 588,
        'O', 631,
        'P', 524,
        'Q', 823,
        'R', 590,
        'S', 525,
        'T', 592,
        'U', 728,
        'V', 584,
        'W', 516,
        '[', 411,
        ']', 412,
        '^', 448,
        '|', 452,
        '}', 447,
        ';', 413,
        '\\', 413,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(97);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      if (('J' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(499);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(500);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(101);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(anon_sym_LET);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(anon_sym_LET);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(anon_sym_PLUS_EQ);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(anon_sym_DASH_EQ);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(anon_sym_STAR_EQ);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(anon_sym_SLASH_EQ);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(anon_sym_FOR);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_FOR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_TO);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_TO);
      if (lookahead == 'P') ADVANCE(485);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_TO);
      if (lookahead == 'P') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_STEP);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_NEXT);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_NEXT);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_DIM);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_DIM);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_LOCAL);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_LOCAL);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_DEF);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_DEF);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_RETURN);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_RETURN);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_endproc_statement);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(sym_endproc_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_IF);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_IF);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_THEN);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_THEN);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(anon_sym_ELSE);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_ELSE);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym_endif_statement);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym_endif_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_SYS);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_SYS);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_PRINT);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_PRINT);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(197);
      if (lookahead == 'I') ADVANCE(254);
      if (lookahead == 'P') ADVANCE(337);
      if (lookahead == 'W') ADVANCE(260);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(535);
      if (lookahead == 'I') ADVANCE(634);
      if (lookahead == 'P') ADVANCE(778);
      if (lookahead == 'W') ADVANCE(658);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(535);
      if (lookahead == 'P') ADVANCE(778);
      if (lookahead == 'W') ADVANCE(658);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_ERROR);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_ERROR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_REPEAT);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(anon_sym_REPEAT);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(anon_sym_UNTIL);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_UNTIL);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_WHILE);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(anon_sym_WHILE);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_endwhile_statement);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym_endwhile_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_ON);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_ON);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_OFF);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(anon_sym_OFF);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(164);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(163);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(163);
      if (lookahead == ':') ADVANCE(166);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(164);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(166);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(165);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(166);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(166);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(168);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(167);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(167);
      if (lookahead == ':') ADVANCE(170);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(168);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(170);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(169);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(170);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(170);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_star_command);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(171);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_keyword);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(485);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(485);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(485);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(485);
      if (lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'S') ADVANCE(172);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'S') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        '1', 434,
        'E', 193,
        'N', 217,
        'U', 298,
        'O', 396,
        'o', 396,
        'R', 401,
        'r', 401,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == '1') ADVANCE(434);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(396);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(401);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'A', 279,
        'H', 198,
        'I', 340,
        'L', 241,
        'O', 281,
        'P', 398,
        'p', 398,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(266);
      if (lookahead == 'H') ADVANCE(236);
      if (lookahead == 'I') ADVANCE(224);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(288);
      if (lookahead == 'I') ADVANCE(280);
      if (lookahead == 'N') ADVANCE(408);
      if (lookahead == 'O') ADVANCE(330);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'A', 256,
        'I', 485,
        'L', 316,
        'O', 270,
        'R', 271,
        'T', 329,
        'C', 427,
        'c', 427,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'A', 376,
        'O', 371,
        'T', 230,
        'W', 189,
        'Y', 344,
        'P', 430,
        'p', 430,
        'B', 427,
        'L', 427,
        'b', 427,
        'l', 427,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(376);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(378);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(168);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(380);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(219);
      if (lookahead == 'C') ADVANCE(203);
      if (lookahead == 'M') ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'A', 219,
        'C', 367,
        'M', 164,
        'N', 372,
        'P', 249,
        'S', 365,
        'T', 374,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(364);
      if (lookahead == 'E') ADVANCE(252);
      if (lookahead == 'I') ADVANCE(291);
      if (lookahead == 'R') ADVANCE(188);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(262);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(212);
      if (lookahead == 'U') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(361);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(332);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'A') ADVANCE(357);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'B') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'B') ADVANCE(341);
      if (lookahead == 'N') ADVANCE(229);
      if (lookahead == 'S') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'B') ADVANCE(244);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(129);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(312);
      if (lookahead == 'E') ADVANCE(352);
      if (lookahead == 'O') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(409);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C') ADVANCE(233);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'D', 266,
        'L', 278,
        'N', 220,
        'O', 328,
        'R', 272,
        'X', 351,
        'Q', 400,
        'q', 400,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(459);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(146);
      if (lookahead == 'V') ADVANCE(246);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(475);
      if (lookahead == 'U') ADVANCE(345);
      if (lookahead == 'V') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(474);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(369);
      if (lookahead == 'O') ADVANCE(268);
      if (lookahead == 'P') ADVANCE(311);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'D') ADVANCE(359);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(202);
      if (lookahead == 'P') ADVANCE(373);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(377);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(292);
      if (lookahead == 'H') ADVANCE(240);
      if (lookahead == 'I') ADVANCE(295);
      if (lookahead == 'O') ADVANCE(113);
      if (lookahead == 'R') ADVANCE(199);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(320);
      if (lookahead == 'O') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(135);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(177);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(155);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(157);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(298);
      if (lookahead == 'I') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(274);
      if (lookahead == 'I') ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(299);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(201);
      if (lookahead == 'O') ADVANCE(345);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'E', 353,
        'I', 207,
        'O', 192,
        'V', 201,
        'R', 427,
        'r', 427,
        'S', 403,
        's', 403,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(334);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(360);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'E') ADVANCE(205);
      if (lookahead == 'O') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'F') ADVANCE(131);
      if (lookahead == 'N') ADVANCE(321);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'F', 253,
        'L', 219,
        'N', 159,
        'R', 454,
        'S', 213,
        'T', 259,
        'V', 245,
        'P', 399,
        'p', 399,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'F') ADVANCE(123);
      if (lookahead == 'L') ADVANCE(248);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'F') ADVANCE(161);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'F') ADVANCE(137);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'G') ADVANCE(262);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'G') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'G') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'H') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'H') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'H') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(375);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(304);
      if (lookahead == 'S') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I') ADVANCE(306);
      if (lookahead == 'O') ADVANCE(211);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(485);
      if (lookahead == 'R') ADVANCE(491);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(121);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(265);
      if (lookahead == 'S') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(273);
      if (lookahead == 'S') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(309);
      if (lookahead == 'U') ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(261);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(317);
      if (lookahead == 'S') ADVANCE(187);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(191);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(235);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(348);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'M') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'M') ADVANCE(119);
      if (lookahead == 'V') ADVANCE(478);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'M') ADVANCE(324);
      if (lookahead == 'X') ADVANCE(358);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'M') ADVANCE(208);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'M') ADVANCE(237);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'M') ADVANCE(232);
      if (lookahead == 'N') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'N', 218,
        'P', 325,
        'U', 362,
        'p', 398,
        'L', 387,
        'l', 387,
        'S', 403,
        's', 403,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(133);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(127);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(363);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N') ADVANCE(356);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(221);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(209);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'O') ADVANCE(335);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(115);
      if (lookahead == 'R') ADVANCE(242);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(373);
      if (lookahead == 'S') ADVANCE(366);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P') ADVANCE(238);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(172);
      if (lookahead == 'U') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(457);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(173);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(110);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(149);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(380);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(453);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(355);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R') ADVANCE(204);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(139);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(370);
      if (lookahead == 'T') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(173);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(487);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(103);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(116);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(142);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(151);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(258);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(190);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(196);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T') ADVANCE(200);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U') ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'V') ADVANCE(478);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'V') ADVANCE(229);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'W') ADVANCE(172);
      if (lookahead == 'X') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'W') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'W') ADVANCE(264);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'Y') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(405);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(502);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'B', 422,
        'b', 422,
        'D', 424,
        'd', 424,
        'S', 425,
        's', 425,
        'W', 423,
        'w', 423,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 39,
        'B', 417,
        'b', 417,
        'D', 419,
        'd', 419,
        'Q', 420,
        'q', 420,
        'S', 421,
        's', 421,
        'W', 418,
        'w', 418,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(386);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(387);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(398);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(403);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(426);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(399);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(430);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(400);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(427);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(403);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(439);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(435);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(383);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(439);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(501);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(439);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(427);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(502);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(503);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(497);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(495);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(410);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(39);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(410);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym__asm_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(413);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(499);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(aux_sym_opt_directive_token1);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(aux_sym_data_token1);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(aux_sym_data_token2);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(aux_sym_data_token3);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(aux_sym_data_token4);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(aux_sym_data_token5);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(aux_sym_data_token6);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(aux_sym_data_token7);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(aux_sym_data_token8);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(aux_sym_data_token9);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(aux_sym_align_token1);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym_register);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(484);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(851);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(397);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(851);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(433);
      if (('6' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(sym_register);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(427);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(407);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(856);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('`' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(857);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(437);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym_psr);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(438);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym_shift_type);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '=') ADVANCE(106);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '=') ADVANCE(107);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(anon_sym_CARET);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(anon_sym_LPAREN2);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(anon_sym_PIPE);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(anon_sym_OR);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(255);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(644);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(anon_sym_EOR);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(anon_sym_EOR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(anon_sym_AND);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(anon_sym_AND);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(anon_sym_LT_GT);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '<') ADVANCE(466);
      if (lookahead == '=') ADVANCE(464);
      if (lookahead == '>') ADVANCE(461);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '=') ADVANCE(465);
      if (lookahead == '>') ADVANCE(467);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(anon_sym_LT_EQ);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(anon_sym_GT_EQ);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(anon_sym_LT_LT);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(anon_sym_GT_GT);
      if (lookahead == '>') ADVANCE(468);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(anon_sym_GT_GT_GT);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '=') ADVANCE(108);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(171);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '=') ADVANCE(109);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(anon_sym_MOD);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == 'E') ADVANCE(172);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == 'E') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(anon_sym_DIV);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(anon_sym_DIV);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym_builtin_function);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$') ADVANCE(480);
      if (lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == 'L') ADVANCE(617);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '~') ADVANCE(480);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym_builtin_variable);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '#') ADVANCE(480);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(485);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(485);
      if (lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(486);
      if (lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(331);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(770);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym_proc_name);
      if (lookahead == '@') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(494);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym_proc_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(495);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym_fn_name);
      if (lookahead == '@') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(496);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym_fn_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(497);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(500);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(498);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(381);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(499);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(73);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(500);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(501);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(502);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(503);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(40);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym_identifier);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(485);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(480);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(485);
      if (lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(480);
      if (lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(483);
      if (lookahead == '%') ADVANCE(505);
      if (lookahead == 'I') ADVANCE(729);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(432);
      if (lookahead == 'A') ADVANCE(580);
      if (lookahead == 'E') ADVANCE(761);
      if (lookahead == 'I') ADVANCE(645);
      if (lookahead == 'N') ADVANCE(580);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(433);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(432);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(433);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '@') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(496);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '@') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(494);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(687);
      if (lookahead == 'H') ADVANCE(539);
      if (lookahead == 'I') ADVANCE(784);
      if (lookahead == 'L') ADVANCE(610);
      if (lookahead == 'O') ADVANCE(691);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(667);
      if (lookahead == 'H') ADVANCE(603);
      if (lookahead == 'I') ADVANCE(585);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(698);
      if (lookahead == 'I') ADVANCE(688);
      if (lookahead == 'O') ADVANCE(767);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(698);
      if (lookahead == 'N') ADVANCE(513);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(698);
      if (lookahead == 'N') ADVANCE(513);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(698);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(575);
      if (lookahead == 'C') ADVANCE(543);
      if (lookahead == 'M') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 575,
        'C', 821,
        'M', 165,
        'N', 827,
        'P', 627,
        'S', 819,
        'T', 830,
        '$', 505,
        '%', 505,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(575);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(643);
      if (lookahead == 'I') ADVANCE(493);
      if (lookahead == 'L') ADVANCE(741);
      if (lookahead == 'O') ADVANCE(674);
      if (lookahead == 'R') ADVANCE(676);
      if (lookahead == 'T') ADVANCE(766);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(835);
      if (lookahead == 'O') ADVANCE(826);
      if (lookahead == 'T') ADVANCE(621);
      if (lookahead == 'W') ADVANCE(536);
      if (lookahead == 'Y') ADVANCE(788);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(835);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(838);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(169);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(840);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(842);
      if (lookahead == 'I') ADVANCE(712);
      if (lookahead == 'O') ADVANCE(114);
      if (lookahead == 'R') ADVANCE(829);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(842);
      if (lookahead == 'I') ADVANCE(712);
      if (lookahead == 'O') ADVANCE(750);
      if (lookahead == 'R') ADVANCE(829);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(817);
      if (lookahead == 'E') ADVANCE(633);
      if (lookahead == 'I') ADVANCE(705);
      if (lookahead == 'R') ADVANCE(527);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(817);
      if (lookahead == 'E') ADVANCE(633);
      if (lookahead == 'I') ADVANCE(704);
      if (lookahead == 'R') ADVANCE(527);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(688);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(791);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(751);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(563);
      if (lookahead == 'U') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(726);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(660);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(580);
      if (lookahead == 'E') ADVANCE(761);
      if (lookahead == 'I') ADVANCE(645);
      if (lookahead == 'N') ADVANCE(580);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(814);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(682);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(768);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(684);
      if (lookahead == 'P') ADVANCE(738);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(684);
      if (lookahead == 'P') ADVANCE(738);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(684);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(804);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(650);
      if (lookahead == 'I') ADVANCE(493);
      if (lookahead == 'O') ADVANCE(786);
      if (lookahead == 'T') ADVANCE(776);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(650);
      if (lookahead == 'I') ADVANCE(493);
      if (lookahead == 'O') ADVANCE(677);
      if (lookahead == 'T') ADVANCE(776);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(650);
      if (lookahead == 'I') ADVANCE(493);
      if (lookahead == 'O') ADVANCE(677);
      if (lookahead == 'T') ADVANCE(776);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(785);
      if (lookahead == 'N') ADVANCE(593);
      if (lookahead == 'S') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(790);
      if (lookahead == 'C') ADVANCE(790);
      if (lookahead == 'D') ADVANCE(836);
      if (lookahead == 'N') ADVANCE(577);
      if (lookahead == 'S') ADVANCE(843);
      if (lookahead == 'T') ADVANCE(718);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 790,
        'C', 790,
        'D', 836,
        'S', 843,
        'T', 718,
        'P', 852,
        'p', 852,
        '$', 505,
        '%', 505,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(790);
      if (lookahead == 'C') ADVANCE(790);
      if (lookahead == 'D') ADVANCE(836);
      if (lookahead == 'S') ADVANCE(843);
      if (lookahead == 'T') ADVANCE(718);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(790);
      if (lookahead == 'C') ADVANCE(790);
      if (lookahead == 'D') ADVANCE(836);
      if (lookahead == 'S') ADVANCE(843);
      if (lookahead == 'T') ADVANCE(718);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(616);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(514);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(130);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(739);
      if (lookahead == 'E') ADVANCE(799);
      if (lookahead == 'O') ADVANCE(792);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(692);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(543);
      if (lookahead == 'G') ADVANCE(484);
      if (lookahead == 'M') ADVANCE(619);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(686);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(597);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(667);
      if (lookahead == 'L') ADVANCE(689);
      if (lookahead == 'N') ADVANCE(576);
      if (lookahead == 'R') ADVANCE(679);
      if (lookahead == 'X') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(667);
      if (lookahead == 'L') ADVANCE(689);
      if (lookahead == 'N') ADVANCE(578);
      if (lookahead == 'O') ADVANCE(769);
      if (lookahead == 'R') ADVANCE(679);
      if (lookahead == 'X') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(667);
      if (lookahead == 'L') ADVANCE(689);
      if (lookahead == 'N') ADVANCE(578);
      if (lookahead == 'R') ADVANCE(679);
      if (lookahead == 'X') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(667);
      if (lookahead == 'L') ADVANCE(689);
      if (lookahead == 'N') ADVANCE(578);
      if (lookahead == 'R') ADVANCE(680);
      if (lookahead == 'X') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(667);
      if (lookahead == 'L') ADVANCE(690);
      if (lookahead == 'N') ADVANCE(578);
      if (lookahead == 'R') ADVANCE(679);
      if (lookahead == 'X') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(667);
      if (lookahead == 'L') ADVANCE(690);
      if (lookahead == 'N') ADVANCE(578);
      if (lookahead == 'R') ADVANCE(680);
      if (lookahead == 'X') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(147);
      if (lookahead == 'V') ADVANCE(622);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(460);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(148);
      if (lookahead == 'V') ADVANCE(622);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(476);
      if (lookahead == 'U') ADVANCE(791);
      if (lookahead == 'V') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(509);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(593);
      if (lookahead == 'U') ADVANCE(791);
      if (lookahead == 'V') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(824);
      if (lookahead == 'O') ADVANCE(672);
      if (lookahead == 'P') ADVANCE(738);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(812);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(542);
      if (lookahead == 'P') ADVANCE(828);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(837);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(522);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'U') ADVANCE(714);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(708);
      if (lookahead == 'H') ADVANCE(614);
      if (lookahead == 'I') ADVANCE(710);
      if (lookahead == 'O') ADVANCE(750);
      if (lookahead == 'R') ADVANCE(537);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(708);
      if (lookahead == 'I') ADVANCE(710);
      if (lookahead == 'O') ADVANCE(750);
      if (lookahead == 'R') ADVANCE(537);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(488);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(136);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(176);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(158);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(639);
      if (lookahead == 'N') ADVANCE(484);
      if (lookahead == 'O') ADVANCE(640);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(639);
      if (lookahead == 'N') ADVANCE(484);
      if (lookahead == 'O') ADVANCE(640);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(639);
      if (lookahead == 'N') ADVANCE(484);
      if (lookahead == 'O') ADVANCE(565);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(714);
      if (lookahead == 'I') ADVANCE(696);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(841);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(760);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(713);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(703);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(685);
      if (lookahead == 'I') ADVANCE(709);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(799);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(540);
      if (lookahead == 'O') ADVANCE(791);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(641);
      if (lookahead == 'I') ADVANCE(834);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(641);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(735);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(715);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(800);
      if (lookahead == 'I') ADVANCE(553);
      if (lookahead == 'O') ADVANCE(521);
      if (lookahead == 'V') ADVANCE(540);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(718);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(780);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(702);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(719);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(781);
      if (lookahead == 'O') ADVANCE(751);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(693);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(775);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(813);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(808);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(807);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(548);
      if (lookahead == 'O') ADVANCE(782);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(761);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(132);
      if (lookahead == 'N') ADVANCE(754);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 632,
        'L', 575,
        'N', 160,
        'R', 455,
        'S', 564,
        'T', 657,
        'V', 618,
        '$', 505,
        '%', 505,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 632,
        'L', 575,
        'N', 160,
        'R', 661,
        'S', 564,
        'T', 657,
        'V', 618,
        '$', 505,
        '%', 505,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(124);
      if (lookahead == 'L') ADVANCE(624);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(138);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(162);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(507);
      if (lookahead == 'R') ADVANCE(458);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(507);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 635,
        'L', 575,
        'N', 160,
        'R', 661,
        'S', 564,
        'T', 657,
        'V', 618,
        '$', 505,
        '%', 505,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(806);
      if (lookahead == 'N') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(484);
      if (lookahead == 'M') ADVANCE(619);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(509);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(660);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(656);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'G', 718,
        'I', 718,
        'P', 428,
        'Q', 771,
        'T', 773,
        'U', 706,
        'p', 431,
        '$', 505,
        '%', 505,
        'B', 433,
        'L', 433,
        'b', 433,
        'l', 433,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'G', 718,
        'I', 718,
        'P', 429,
        'Q', 771,
        'T', 773,
        'U', 706,
        '$', 505,
        '%', 505,
        'B', 433,
        'L', 433,
        'b', 433,
        'l', 433,
        'p', 433,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(718);
      if (lookahead == 'I') ADVANCE(718);
      if (lookahead == 'P') ADVANCE(561);
      if (lookahead == 'Q') ADVANCE(771);
      if (lookahead == 'T') ADVANCE(773);
      if (lookahead == 'U') ADVANCE(706);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(686);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(626);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(772);
      if (lookahead == 'O') ADVANCE(789);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(852);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(772);
      if (lookahead == 'O') ADVANCE(789);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(806);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(623);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(673);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(714);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(644);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(791);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(581);
      if (lookahead == 'O') ADVANCE(582);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(581);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(718);
      if (lookahead == 'O') ADVANCE(831);
      if (lookahead == 'U') ADVANCE(753);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(683);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(711);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(586);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(586);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(567);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(697);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(730);
      if (lookahead == 'S') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(712);
      if (lookahead == 'O') ADVANCE(750);
      if (lookahead == 'R') ADVANCE(829);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(732);
      if (lookahead == 'O') ADVANCE(559);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(733);
      if (lookahead == 'S') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(604);
      if (lookahead == 'S') ADVANCE(822);
      if (lookahead == 'T') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(493);
      if (lookahead == 'R') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 680:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(493);
      if (lookahead == 'R') ADVANCE(492);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 681:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 682:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(122);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 683:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(154);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 684:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 685:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(751);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 686:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 687:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(681);
      if (lookahead == 'S') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 688:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(681);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 689:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(663);
      if (lookahead == 'S') ADVANCE(595);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 690:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(663);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 691:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(736);
      if (lookahead == 'U') ADVANCE(731);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 692:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(659);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 693:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(746);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 694:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(743);
      if (lookahead == 'S') ADVANCE(526);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 695:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(529);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 696:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(598);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 697:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(599);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 698:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(794);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 699:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(793);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'O') ADVANCE(636);
      if (lookahead == 'R') ADVANCE(845);
      if (lookahead == 'V') ADVANCE(547);
      if (lookahead == 'X') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 700:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(793);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'O') ADVANCE(637);
      if (lookahead == 'R') ADVANCE(845);
      if (lookahead == 'V') ADVANCE(547);
      if (lookahead == 'X') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 701:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(793);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'R') ADVANCE(845);
      if (lookahead == 'X') ADVANCE(810);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 702:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 703:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 704:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(120);
      if (lookahead == 'V') ADVANCE(479);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 705:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(120);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 706:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(482);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 707:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(558);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 708:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(759);
      if (lookahead == 'X') ADVANCE(811);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 709:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 710:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(596);
      if (lookahead == 'N') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 711:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(619);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 712:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(594);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 713:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(575);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 714:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 715:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(134);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 716:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(678);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 717:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(678);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 718:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 719:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(666);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 720:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(128);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 721:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'O') ADVANCE(636);
      if (lookahead == 'R') ADVANCE(845);
      if (lookahead == 'V') ADVANCE(547);
      if (lookahead == 'X') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 722:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'O') ADVANCE(637);
      if (lookahead == 'R') ADVANCE(845);
      if (lookahead == 'V') ADVANCE(547);
      if (lookahead == 'X') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 723:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'O') ADVANCE(637);
      if (lookahead == 'R') ADVANCE(680);
      if (lookahead == 'V') ADVANCE(547);
      if (lookahead == 'X') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 724:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'R') ADVANCE(845);
      if (lookahead == 'X') ADVANCE(810);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 725:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(574);
      if (lookahead == 'R') ADVANCE(680);
      if (lookahead == 'X') ADVANCE(810);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 726:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(649);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 727:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(577);
      if (lookahead == 'P') ADVANCE(756);
      if (lookahead == 'U') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 728:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(818);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 729:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 730:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 731:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(796);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 732:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(803);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 733:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(805);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 734:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(583);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 735:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 736:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(764);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 737:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(579);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 738:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(786);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 739:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(681);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 740:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(560);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 741:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 742:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(833);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 743:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(523);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 744:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(777);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 745:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(805);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 746:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(758);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 747:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(711);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 748:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(783);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 749:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(756);
      if (lookahead == 'U') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 750:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 751:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 752:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(484);
      if (lookahead == 'T') ADVANCE(507);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 753:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 754:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(828);
      if (lookahead == 'S') ADVANCE(820);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 755:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(791);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 756:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(606);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 757:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(738);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 758:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 759:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(735);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 760:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(748);
      if (lookahead == 'T') ADVANCE(832);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 761:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(748);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(620);
      if (lookahead == 'R') ADVANCE(456);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(620);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 764:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(179);
      if (lookahead == 'U') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 765:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 766:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(174);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(111);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 768:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(840);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 769:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(458);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 770:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(150);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 771:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 772:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(509);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(510);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(714);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(839);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(506);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(740);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(720);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(695);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(613);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(802);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(809);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(566);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(544);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(140);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(484);
      if (lookahead == 'U') ADVANCE(731);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(825);
      if (lookahead == 'T') ADVANCE(735);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(595);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(771);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(174);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(488);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(104);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(117);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(176);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(143);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(152);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(509);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(507);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(489);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(508);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(506);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(694);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(653);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(787);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(735);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(652);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(528);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(668);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(744);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(538);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(771);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(667);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(552);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(713);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(707);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(774);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(805);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(779);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(731);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(479);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(547);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(179);
      if (lookahead == 'X') ADVANCE(801);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(662);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(179);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(481);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B' ||
          lookahead == 'N') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'N') ADVANCE(484);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L' ||
          lookahead == 'R') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(852);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(852);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(431);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(433);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(436);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(851);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'P' ||
          lookahead == 'b' ||
          lookahead == 'l' ||
          lookahead == 'p') ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(433);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(857);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(437);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(505);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(857);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 97, .external_lex_state = 2},
  [2] = {.lex_state = 30, .external_lex_state = 2},
  [3] = {.lex_state = 30, .external_lex_state = 2},
  [4] = {.lex_state = 97, .external_lex_state = 2},
  [5] = {.lex_state = 97, .external_lex_state = 2},
  [6] = {.lex_state = 97, .external_lex_state = 2},
  [7] = {.lex_state = 97, .external_lex_state = 2},
  [8] = {.lex_state = 26, .external_lex_state = 2},
  [9] = {.lex_state = 26, .external_lex_state = 2},
  [10] = {.lex_state = 27, .external_lex_state = 2},
  [11] = {.lex_state = 29, .external_lex_state = 2},
  [12] = {.lex_state = 26, .external_lex_state = 2},
  [13] = {.lex_state = 26, .external_lex_state = 2},
  [14] = {.lex_state = 26, .external_lex_state = 2},
  [15] = {.lex_state = 26, .external_lex_state = 2},
  [16] = {.lex_state = 24, .external_lex_state = 2},
  [17] = {.lex_state = 24, .external_lex_state = 2},
  [18] = {.lex_state = 24, .external_lex_state = 2},
  [19] = {.lex_state = 28, .external_lex_state = 2},
  [20] = {.lex_state = 26, .external_lex_state = 2},
  [21] = {.lex_state = 24, .external_lex_state = 2},
  [22] = {.lex_state = 25, .external_lex_state = 2},
  [23] = {.lex_state = 26, .external_lex_state = 2},
  [24] = {.lex_state = 24, .external_lex_state = 2},
  [25] = {.lex_state = 26, .external_lex_state = 2},
  [26] = {.lex_state = 24, .external_lex_state = 2},
  [27] = {.lex_state = 24, .external_lex_state = 2},
  [28] = {.lex_state = 24, .external_lex_state = 2},
  [29] = {.lex_state = 30, .external_lex_state = 2},
  [30] = {.lex_state = 22, .external_lex_state = 2},
  [31] = {.lex_state = 30, .external_lex_state = 2},
  [32] = {.lex_state = 30, .external_lex_state = 2},
  [33] = {.lex_state = 30, .external_lex_state = 2},
  [34] = {.lex_state = 22, .external_lex_state = 2},
  [35] = {.lex_state = 30, .external_lex_state = 2},
  [36] = {.lex_state = 30, .external_lex_state = 2},
  [37] = {.lex_state = 30, .external_lex_state = 2},
  [38] = {.lex_state = 30, .external_lex_state = 2},
  [39] = {.lex_state = 30, .external_lex_state = 2},
  [40] = {.lex_state = 30, .external_lex_state = 2},
  [41] = {.lex_state = 30, .external_lex_state = 2},
  [42] = {.lex_state = 30, .external_lex_state = 2},
  [43] = {.lex_state = 30, .external_lex_state = 2},
  [44] = {.lex_state = 30, .external_lex_state = 2},
  [45] = {.lex_state = 30, .external_lex_state = 2},
  [46] = {.lex_state = 30, .external_lex_state = 2},
  [47] = {.lex_state = 30, .external_lex_state = 2},
  [48] = {.lex_state = 30, .external_lex_state = 2},
  [49] = {.lex_state = 30, .external_lex_state = 2},
  [50] = {.lex_state = 1, .external_lex_state = 3},
  [51] = {.lex_state = 1, .external_lex_state = 3},
  [52] = {.lex_state = 5, .external_lex_state = 2},
  [53] = {.lex_state = 5, .external_lex_state = 2},
  [54] = {.lex_state = 6, .external_lex_state = 2},
  [55] = {.lex_state = 6, .external_lex_state = 2},
  [56] = {.lex_state = 9, .external_lex_state = 2},
  [57] = {.lex_state = 9, .external_lex_state = 2},
  [58] = {.lex_state = 9, .external_lex_state = 2},
  [59] = {.lex_state = 9, .external_lex_state = 2},
  [60] = {.lex_state = 9, .external_lex_state = 2},
  [61] = {.lex_state = 9, .external_lex_state = 2},
  [62] = {.lex_state = 9, .external_lex_state = 2},
  [63] = {.lex_state = 9, .external_lex_state = 2},
  [64] = {.lex_state = 9, .external_lex_state = 2},
  [65] = {.lex_state = 9, .external_lex_state = 2},
  [66] = {.lex_state = 9, .external_lex_state = 2},
  [67] = {.lex_state = 9, .external_lex_state = 2},
  [68] = {.lex_state = 9, .external_lex_state = 2},
  [69] = {.lex_state = 9, .external_lex_state = 2},
  [70] = {.lex_state = 9, .external_lex_state = 2},
  [71] = {.lex_state = 9, .external_lex_state = 2},
  [72] = {.lex_state = 9, .external_lex_state = 2},
  [73] = {.lex_state = 9, .external_lex_state = 2},
  [74] = {.lex_state = 9, .external_lex_state = 2},
  [75] = {.lex_state = 10, .external_lex_state = 2},
  [76] = {.lex_state = 97, .external_lex_state = 2},
  [77] = {.lex_state = 97, .external_lex_state = 2},
  [78] = {.lex_state = 97, .external_lex_state = 2},
  [79] = {.lex_state = 35, .external_lex_state = 2},
  [80] = {.lex_state = 10, .external_lex_state = 2},
  [81] = {.lex_state = 10, .external_lex_state = 2},
  [82] = {.lex_state = 10, .external_lex_state = 2},
  [83] = {.lex_state = 10, .external_lex_state = 2},
  [84] = {.lex_state = 10, .external_lex_state = 2},
  [85] = {.lex_state = 10, .external_lex_state = 2},
  [86] = {.lex_state = 10, .external_lex_state = 2},
  [87] = {.lex_state = 10, .external_lex_state = 2},
  [88] = {.lex_state = 10, .external_lex_state = 2},
  [89] = {.lex_state = 10, .external_lex_state = 2},
  [90] = {.lex_state = 10, .external_lex_state = 2},
  [91] = {.lex_state = 10, .external_lex_state = 2},
  [92] = {.lex_state = 10, .external_lex_state = 2},
  [93] = {.lex_state = 10, .external_lex_state = 2},
  [94] = {.lex_state = 10, .external_lex_state = 2},
  [95] = {.lex_state = 10, .external_lex_state = 2},
  [96] = {.lex_state = 10, .external_lex_state = 2},
  [97] = {.lex_state = 10, .external_lex_state = 2},
  [98] = {.lex_state = 16, .external_lex_state = 3},
  [99] = {.lex_state = 16, .external_lex_state = 3},
  [100] = {.lex_state = 3},
  [101] = {.lex_state = 35, .external_lex_state = 2},
  [102] = {.lex_state = 35, .external_lex_state = 2},
  [103] = {.lex_state = 35, .external_lex_state = 2},
  [104] = {.lex_state = 35, .external_lex_state = 2},
  [105] = {.lex_state = 35, .external_lex_state = 2},
  [106] = {.lex_state = 35, .external_lex_state = 2},
  [107] = {.lex_state = 35, .external_lex_state = 2},
  [108] = {.lex_state = 1, .external_lex_state = 3},
  [109] = {.lex_state = 35, .external_lex_state = 2},
  [110] = {.lex_state = 35, .external_lex_state = 2},
  [111] = {.lex_state = 35, .external_lex_state = 2},
  [112] = {.lex_state = 35, .external_lex_state = 2},
  [113] = {.lex_state = 35, .external_lex_state = 2},
  [114] = {.lex_state = 35, .external_lex_state = 2},
  [115] = {.lex_state = 35, .external_lex_state = 2},
  [116] = {.lex_state = 35, .external_lex_state = 2},
  [117] = {.lex_state = 35, .external_lex_state = 2},
  [118] = {.lex_state = 35, .external_lex_state = 2},
  [119] = {.lex_state = 35, .external_lex_state = 2},
  [120] = {.lex_state = 1, .external_lex_state = 4},
  [121] = {.lex_state = 35, .external_lex_state = 2},
  [122] = {.lex_state = 35, .external_lex_state = 5},
  [123] = {.lex_state = 35, .external_lex_state = 5},
  [124] = {.lex_state = 1, .external_lex_state = 3},
  [125] = {.lex_state = 35, .external_lex_state = 5},
  [126] = {.lex_state = 35},
  [127] = {.lex_state = 1, .external_lex_state = 3},
  [128] = {.lex_state = 1, .external_lex_state = 3},
  [129] = {.lex_state = 1, .external_lex_state = 3},
  [130] = {.lex_state = 1, .external_lex_state = 3},
  [131] = {.lex_state = 1, .external_lex_state = 3},
  [132] = {.lex_state = 1, .external_lex_state = 3},
  [133] = {.lex_state = 1, .external_lex_state = 3},
  [134] = {.lex_state = 1, .external_lex_state = 3},
  [135] = {.lex_state = 2, .external_lex_state = 2},
  [136] = {.lex_state = 2, .external_lex_state = 2},
  [137] = {.lex_state = 35, .external_lex_state = 5},
  [138] = {.lex_state = 35, .external_lex_state = 5},
  [139] = {.lex_state = 2, .external_lex_state = 2},
  [140] = {.lex_state = 35, .external_lex_state = 5},
  [141] = {.lex_state = 35},
  [142] = {.lex_state = 35},
  [143] = {.lex_state = 35},
  [144] = {.lex_state = 11, .external_lex_state = 2},
  [145] = {.lex_state = 35},
  [146] = {.lex_state = 35},
  [147] = {.lex_state = 11, .external_lex_state = 2},
  [148] = {.lex_state = 11, .external_lex_state = 2},
  [149] = {.lex_state = 35, .external_lex_state = 2},
  [150] = {.lex_state = 35},
  [151] = {.lex_state = 35},
  [152] = {.lex_state = 7, .external_lex_state = 2},
  [153] = {.lex_state = 7, .external_lex_state = 2},
  [154] = {.lex_state = 36, .external_lex_state = 2},
  [155] = {.lex_state = 7, .external_lex_state = 2},
  [156] = {.lex_state = 35},
  [157] = {.lex_state = 35},
  [158] = {.lex_state = 35},
  [159] = {.lex_state = 16, .external_lex_state = 3},
  [160] = {.lex_state = 35},
  [161] = {.lex_state = 35},
  [162] = {.lex_state = 35},
  [163] = {.lex_state = 35},
  [164] = {.lex_state = 35},
  [165] = {.lex_state = 35},
  [166] = {.lex_state = 35},
  [167] = {.lex_state = 35},
  [168] = {.lex_state = 35},
  [169] = {.lex_state = 35, .external_lex_state = 2},
  [170] = {.lex_state = 35, .external_lex_state = 2},
  [171] = {.lex_state = 36, .external_lex_state = 2},
  [172] = {.lex_state = 36, .external_lex_state = 2},
  [173] = {.lex_state = 4},
  [174] = {.lex_state = 36, .external_lex_state = 2},
  [175] = {.lex_state = 36, .external_lex_state = 2},
  [176] = {.lex_state = 36, .external_lex_state = 2},
  [177] = {.lex_state = 15, .external_lex_state = 2},
  [178] = {.lex_state = 4},
  [179] = {.lex_state = 35, .external_lex_state = 2},
  [180] = {.lex_state = 35, .external_lex_state = 5},
  [181] = {.lex_state = 36, .external_lex_state = 2},
  [182] = {.lex_state = 36, .external_lex_state = 2},
  [183] = {.lex_state = 35, .external_lex_state = 2},
  [184] = {.lex_state = 16, .external_lex_state = 3},
  [185] = {.lex_state = 35, .external_lex_state = 2},
  [186] = {.lex_state = 16, .external_lex_state = 3},
  [187] = {.lex_state = 16, .external_lex_state = 3},
  [188] = {.lex_state = 16, .external_lex_state = 3},
  [189] = {.lex_state = 14, .external_lex_state = 2},
  [190] = {.lex_state = 35, .external_lex_state = 2},
  [191] = {.lex_state = 16, .external_lex_state = 3},
  [192] = {.lex_state = 16, .external_lex_state = 3},
  [193] = {.lex_state = 16, .external_lex_state = 3},
  [194] = {.lex_state = 35, .external_lex_state = 2},
  [195] = {.lex_state = 35, .external_lex_state = 2},
  [196] = {.lex_state = 35, .external_lex_state = 2},
  [197] = {.lex_state = 16, .external_lex_state = 3},
  [198] = {.lex_state = 35, .external_lex_state = 2},
  [199] = {.lex_state = 20},
  [200] = {.lex_state = 36, .external_lex_state = 2},
  [201] = {.lex_state = 36, .external_lex_state = 2},
  [202] = {.lex_state = 36, .external_lex_state = 2},
  [203] = {.lex_state = 36, .external_lex_state = 2},
  [204] = {.lex_state = 36, .external_lex_state = 2},
  [205] = {.lex_state = 36, .external_lex_state = 2},
  [206] = {.lex_state = 36, .external_lex_state = 2},
  [207] = {.lex_state = 36, .external_lex_state = 2},
  [208] = {.lex_state = 36, .external_lex_state = 2},
  [209] = {.lex_state = 36, .external_lex_state = 2},
  [210] = {.lex_state = 13},
  [211] = {.lex_state = 35, .external_lex_state = 2},
  [212] = {.lex_state = 35, .external_lex_state = 2},
  [213] = {.lex_state = 35, .external_lex_state = 2},
  [214] = {.lex_state = 36, .external_lex_state = 2},
  [215] = {.lex_state = 36, .external_lex_state = 2},
  [216] = {.lex_state = 36, .external_lex_state = 2},
  [217] = {.lex_state = 36, .external_lex_state = 2},
  [218] = {.lex_state = 35, .external_lex_state = 2},
  [219] = {.lex_state = 35, .external_lex_state = 2},
  [220] = {.lex_state = 12},
  [221] = {.lex_state = 35, .external_lex_state = 2},
  [222] = {.lex_state = 35, .external_lex_state = 2},
  [223] = {.lex_state = 35},
  [224] = {.lex_state = 35, .external_lex_state = 2},
  [225] = {.lex_state = 35, .external_lex_state = 2},
  [226] = {.lex_state = 12},
  [227] = {.lex_state = 35},
  [228] = {.lex_state = 35},
  [229] = {.lex_state = 12},
  [230] = {.lex_state = 12},
  [231] = {.lex_state = 12},
  [232] = {.lex_state = 12},
  [233] = {.lex_state = 12},
  [234] = {.lex_state = 12},
  [235] = {.lex_state = 7},
  [236] = {.lex_state = 35, .external_lex_state = 2},
  [237] = {.lex_state = 7},
  [238] = {.lex_state = 41},
  [239] = {.lex_state = 35, .external_lex_state = 2},
  [240] = {.lex_state = 35, .external_lex_state = 2},
  [241] = {.lex_state = 19},
  [242] = {.lex_state = 35, .external_lex_state = 2},
  [243] = {.lex_state = 35},
  [244] = {.lex_state = 19},
  [245] = {.lex_state = 7},
  [246] = {.lex_state = 21},
  [247] = {.lex_state = 35},
  [248] = {.lex_state = 21},
  [249] = {.lex_state = 35, .external_lex_state = 2},
  [250] = {.lex_state = 35, .external_lex_state = 2},
  [251] = {.lex_state = 21},
  [252] = {.lex_state = 21},
  [253] = {.lex_state = 7},
  [254] = {.lex_state = 35},
  [255] = {.lex_state = 35, .external_lex_state = 5},
  [256] = {.lex_state = 7},
  [257] = {.lex_state = 35},
  [258] = {.lex_state = 21},
  [259] = {.lex_state = 7},
  [260] = {.lex_state = 35},
  [261] = {.lex_state = 21},
  [262] = {.lex_state = 7},
  [263] = {.lex_state = 35},
  [264] = {.lex_state = 35, .external_lex_state = 2},
  [265] = {.lex_state = 35, .external_lex_state = 2},
  [266] = {.lex_state = 7},
  [267] = {.lex_state = 35},
  [268] = {.lex_state = 7},
  [269] = {.lex_state = 35},
  [270] = {.lex_state = 35},
  [271] = {.lex_state = 7},
  [272] = {.lex_state = 7},
  [273] = {.lex_state = 7},
  [274] = {.lex_state = 7},
  [275] = {.lex_state = 7},
  [276] = {.lex_state = 7},
  [277] = {.lex_state = 7},
  [278] = {.lex_state = 7},
  [279] = {.lex_state = 7},
  [280] = {.lex_state = 7},
  [281] = {.lex_state = 7},
  [282] = {.lex_state = 7},
  [283] = {.lex_state = 7},
  [284] = {.lex_state = 7},
  [285] = {.lex_state = 7},
  [286] = {.lex_state = 7},
  [287] = {.lex_state = 7},
  [288] = {.lex_state = 35, .external_lex_state = 5},
  [289] = {.lex_state = 7},
  [290] = {.lex_state = 7},
  [291] = {.lex_state = 7},
  [292] = {.lex_state = 7},
  [293] = {.lex_state = 7},
  [294] = {.lex_state = 7},
  [295] = {.lex_state = 7},
  [296] = {.lex_state = 7},
  [297] = {.lex_state = 7},
  [298] = {.lex_state = 7},
  [299] = {.lex_state = 7},
  [300] = {.lex_state = 7},
  [301] = {.lex_state = 7},
  [302] = {.lex_state = 7},
  [303] = {.lex_state = 7},
  [304] = {.lex_state = 7},
  [305] = {.lex_state = 7},
  [306] = {.lex_state = 7},
  [307] = {.lex_state = 7},
  [308] = {.lex_state = 7},
  [309] = {.lex_state = 7},
  [310] = {.lex_state = 7},
  [311] = {.lex_state = 7},
  [312] = {.lex_state = 7},
  [313] = {.lex_state = 7},
  [314] = {.lex_state = 7},
  [315] = {.lex_state = 7},
  [316] = {.lex_state = 7},
  [317] = {.lex_state = 7},
  [318] = {.lex_state = 7},
  [319] = {.lex_state = 7},
  [320] = {.lex_state = 7},
  [321] = {.lex_state = 7},
  [322] = {.lex_state = 7},
  [323] = {.lex_state = 7},
  [324] = {.lex_state = 7},
  [325] = {.lex_state = 7},
  [326] = {.lex_state = 7},
  [327] = {.lex_state = 7},
  [328] = {.lex_state = 7},
  [329] = {.lex_state = 7},
  [330] = {.lex_state = 7},
  [331] = {.lex_state = 7},
  [332] = {.lex_state = 7},
  [333] = {.lex_state = 7},
  [334] = {.lex_state = 7},
  [335] = {.lex_state = 35},
  [336] = {.lex_state = 35},
  [337] = {.lex_state = 7},
  [338] = {.lex_state = 7},
  [339] = {.lex_state = 7},
  [340] = {.lex_state = 7},
  [341] = {.lex_state = 7},
  [342] = {.lex_state = 7},
  [343] = {.lex_state = 7},
  [344] = {.lex_state = 7},
  [345] = {.lex_state = 7},
  [346] = {.lex_state = 7},
  [347] = {.lex_state = 7},
  [348] = {.lex_state = 7},
  [349] = {.lex_state = 7},
  [350] = {.lex_state = 7},
  [351] = {.lex_state = 7},
  [352] = {.lex_state = 7},
  [353] = {.lex_state = 35},
  [354] = {.lex_state = 7},
  [355] = {.lex_state = 7},
  [356] = {.lex_state = 7},
  [357] = {.lex_state = 7},
  [358] = {.lex_state = 7},
  [359] = {.lex_state = 7},
  [360] = {.lex_state = 7},
  [361] = {.lex_state = 7},
  [362] = {.lex_state = 7},
  [363] = {.lex_state = 7},
  [364] = {.lex_state = 7},
  [365] = {.lex_state = 7},
  [366] = {.lex_state = 7},
  [367] = {.lex_state = 7},
  [368] = {.lex_state = 7},
  [369] = {.lex_state = 7},
  [370] = {.lex_state = 7},
  [371] = {.lex_state = 7},
  [372] = {.lex_state = 7},
  [373] = {.lex_state = 7},
  [374] = {.lex_state = 7},
  [375] = {.lex_state = 7},
  [376] = {.lex_state = 7},
  [377] = {.lex_state = 7},
  [378] = {.lex_state = 7},
  [379] = {.lex_state = 7},
  [380] = {.lex_state = 7},
  [381] = {.lex_state = 7},
  [382] = {.lex_state = 7},
  [383] = {.lex_state = 7},
  [384] = {.lex_state = 7},
  [385] = {.lex_state = 35},
  [386] = {.lex_state = 35},
  [387] = {.lex_state = 7},
  [388] = {.lex_state = 7},
  [389] = {.lex_state = 7},
  [390] = {.lex_state = 7},
  [391] = {.lex_state = 35},
  [392] = {.lex_state = 42},
  [393] = {.lex_state = 42},
  [394] = {.lex_state = 42},
  [395] = {.lex_state = 35},
  [396] = {.lex_state = 35},
  [397] = {.lex_state = 35},
  [398] = {.lex_state = 42},
  [399] = {.lex_state = 42},
  [400] = {.lex_state = 35},
  [401] = {.lex_state = 42},
  [402] = {.lex_state = 42},
  [403] = {.lex_state = 35},
  [404] = {.lex_state = 35},
  [405] = {.lex_state = 35},
  [406] = {.lex_state = 42},
  [407] = {.lex_state = 42},
  [408] = {.lex_state = 35},
  [409] = {.lex_state = 42},
  [410] = {.lex_state = 42},
  [411] = {.lex_state = 35},
  [412] = {.lex_state = 42},
  [413] = {.lex_state = 42},
  [414] = {.lex_state = 42},
  [415] = {.lex_state = 42},
  [416] = {.lex_state = 42},
  [417] = {.lex_state = 35, .external_lex_state = 5},
  [418] = {.lex_state = 35},
  [419] = {.lex_state = 35, .external_lex_state = 5},
  [420] = {.lex_state = 35},
  [421] = {.lex_state = 35},
  [422] = {.lex_state = 35},
  [423] = {.lex_state = 35},
  [424] = {.lex_state = 35, .external_lex_state = 5},
  [425] = {.lex_state = 35},
  [426] = {.lex_state = 35, .external_lex_state = 5},
  [427] = {.lex_state = 35},
  [428] = {.lex_state = 35, .external_lex_state = 5},
  [429] = {.lex_state = 31, .external_lex_state = 2},
  [430] = {.lex_state = 31, .external_lex_state = 2},
  [431] = {.lex_state = 31, .external_lex_state = 2},
  [432] = {.lex_state = 32, .external_lex_state = 2},
  [433] = {.lex_state = 32, .external_lex_state = 2},
  [434] = {.lex_state = 32, .external_lex_state = 2},
  [435] = {.lex_state = 31, .external_lex_state = 2},
  [436] = {.lex_state = 33},
  [437] = {.lex_state = 32, .external_lex_state = 2},
  [438] = {.lex_state = 33},
  [439] = {.lex_state = 35, .external_lex_state = 2},
  [440] = {.lex_state = 34},
  [441] = {.lex_state = 32},
  [442] = {.lex_state = 32},
  [443] = {.lex_state = 32},
  [444] = {.lex_state = 32},
  [445] = {.lex_state = 32},
  [446] = {.lex_state = 32},
  [447] = {.lex_state = 32},
  [448] = {.lex_state = 32},
  [449] = {.lex_state = 32},
  [450] = {.lex_state = 35, .external_lex_state = 2},
  [451] = {.lex_state = 32},
  [452] = {.lex_state = 32},
  [453] = {.lex_state = 32},
  [454] = {.lex_state = 35, .external_lex_state = 2},
  [455] = {.lex_state = 5},
  [456] = {.lex_state = 36, .external_lex_state = 2},
  [457] = {.lex_state = 97, .external_lex_state = 2},
  [458] = {.lex_state = 35, .external_lex_state = 2},
  [459] = {.lex_state = 97, .external_lex_state = 2},
  [460] = {.lex_state = 22, .external_lex_state = 2},
  [461] = {.lex_state = 97, .external_lex_state = 2},
  [462] = {.lex_state = 97, .external_lex_state = 2},
  [463] = {.lex_state = 97, .external_lex_state = 2},
  [464] = {.lex_state = 97, .external_lex_state = 2},
  [465] = {.lex_state = 97, .external_lex_state = 2},
  [466] = {.lex_state = 97, .external_lex_state = 2},
  [467] = {.lex_state = 97, .external_lex_state = 2},
  [468] = {.lex_state = 45},
  [469] = {.lex_state = 97, .external_lex_state = 2},
  [470] = {.lex_state = 1},
  [471] = {.lex_state = 97, .external_lex_state = 2},
  [472] = {.lex_state = 36, .external_lex_state = 2},
  [473] = {.lex_state = 97, .external_lex_state = 2},
  [474] = {.lex_state = 97, .external_lex_state = 2},
  [475] = {.lex_state = 97, .external_lex_state = 2},
  [476] = {.lex_state = 97, .external_lex_state = 2},
  [477] = {.lex_state = 97, .external_lex_state = 2},
  [478] = {.lex_state = 97, .external_lex_state = 2},
  [479] = {.lex_state = 97, .external_lex_state = 2},
  [480] = {.lex_state = 45},
  [481] = {.lex_state = 97, .external_lex_state = 2},
  [482] = {.lex_state = 97, .external_lex_state = 2},
  [483] = {.lex_state = 97, .external_lex_state = 2},
  [484] = {.lex_state = 97, .external_lex_state = 2},
  [485] = {.lex_state = 97, .external_lex_state = 2},
  [486] = {.lex_state = 97, .external_lex_state = 2},
  [487] = {.lex_state = 97, .external_lex_state = 2},
  [488] = {.lex_state = 36, .external_lex_state = 2},
  [489] = {.lex_state = 36, .external_lex_state = 2},
  [490] = {.lex_state = 97, .external_lex_state = 2},
  [491] = {.lex_state = 36, .external_lex_state = 2},
  [492] = {.lex_state = 97, .external_lex_state = 2},
  [493] = {.lex_state = 36, .external_lex_state = 2},
  [494] = {.lex_state = 97, .external_lex_state = 2},
  [495] = {.lex_state = 97, .external_lex_state = 2},
  [496] = {.lex_state = 97, .external_lex_state = 2},
  [497] = {.lex_state = 97, .external_lex_state = 2},
  [498] = {.lex_state = 97, .external_lex_state = 2},
  [499] = {.lex_state = 97, .external_lex_state = 2},
  [500] = {.lex_state = 35, .external_lex_state = 2},
  [501] = {.lex_state = 97, .external_lex_state = 2},
  [502] = {.lex_state = 97, .external_lex_state = 2},
  [503] = {.lex_state = 97, .external_lex_state = 2},
  [504] = {.lex_state = 97, .external_lex_state = 2},
  [505] = {.lex_state = 97, .external_lex_state = 2},
  [506] = {.lex_state = 97, .external_lex_state = 2},
  [507] = {.lex_state = 0, .external_lex_state = 2},
  [508] = {.lex_state = 36, .external_lex_state = 2},
  [509] = {.lex_state = 36, .external_lex_state = 2},
  [510] = {.lex_state = 97, .external_lex_state = 2},
  [511] = {.lex_state = 36, .external_lex_state = 2},
  [512] = {.lex_state = 22},
  [513] = {.lex_state = 97, .external_lex_state = 2},
  [514] = {.lex_state = 35, .external_lex_state = 2},
  [515] = {.lex_state = 35, .external_lex_state = 2},
  [516] = {.lex_state = 35, .external_lex_state = 2},
  [517] = {.lex_state = 36, .external_lex_state = 2},
  [518] = {.lex_state = 30, .external_lex_state = 2},
  [519] = {.lex_state = 30, .external_lex_state = 2},
  [520] = {.lex_state = 35, .external_lex_state = 2},
  [521] = {.lex_state = 30, .external_lex_state = 2},
  [522] = {.lex_state = 30, .external_lex_state = 2},
  [523] = {.lex_state = 35, .external_lex_state = 2},
  [524] = {.lex_state = 35, .external_lex_state = 2},
  [525] = {.lex_state = 0, .external_lex_state = 2},
  [526] = {.lex_state = 35, .external_lex_state = 2},
  [527] = {.lex_state = 35, .external_lex_state = 2},
  [528] = {.lex_state = 30, .external_lex_state = 2},
  [529] = {.lex_state = 30, .external_lex_state = 2},
  [530] = {.lex_state = 35, .external_lex_state = 2},
  [531] = {.lex_state = 35, .external_lex_state = 2},
  [532] = {.lex_state = 35, .external_lex_state = 2},
  [533] = {.lex_state = 0, .external_lex_state = 2},
  [534] = {.lex_state = 97, .external_lex_state = 2},
  [535] = {.lex_state = 97, .external_lex_state = 2},
  [536] = {.lex_state = 30, .external_lex_state = 2},
  [537] = {.lex_state = 1},
  [538] = {.lex_state = 1},
  [539] = {.lex_state = 35, .external_lex_state = 2},
  [540] = {.lex_state = 0},
  [541] = {.lex_state = 97, .external_lex_state = 2},
  [542] = {.lex_state = 43, .external_lex_state = 2},
  [543] = {.lex_state = 0, .external_lex_state = 2},
  [544] = {.lex_state = 0, .external_lex_state = 2},
  [545] = {.lex_state = 0, .external_lex_state = 2},
  [546] = {.lex_state = 35, .external_lex_state = 2},
  [547] = {.lex_state = 35, .external_lex_state = 2},
  [548] = {.lex_state = 0, .external_lex_state = 2},
  [549] = {.lex_state = 45},
  [550] = {.lex_state = 97},
  [551] = {.lex_state = 35, .external_lex_state = 2},
  [552] = {.lex_state = 0, .external_lex_state = 2},
  [553] = {.lex_state = 0, .external_lex_state = 2},
  [554] = {.lex_state = 97},
  [555] = {.lex_state = 45},
  [556] = {.lex_state = 0, .external_lex_state = 2},
  [557] = {.lex_state = 0, .external_lex_state = 2},
  [558] = {.lex_state = 0, .external_lex_state = 2},
  [559] = {.lex_state = 0, .external_lex_state = 2},
  [560] = {.lex_state = 0, .external_lex_state = 2},
  [561] = {.lex_state = 0, .external_lex_state = 2},
  [562] = {.lex_state = 0, .external_lex_state = 2},
  [563] = {.lex_state = 0, .external_lex_state = 2},
  [564] = {.lex_state = 0, .external_lex_state = 2},
  [565] = {.lex_state = 0, .external_lex_state = 2},
  [566] = {.lex_state = 97},
  [567] = {.lex_state = 97},
  [568] = {.lex_state = 0, .external_lex_state = 2},
  [569] = {.lex_state = 0, .external_lex_state = 2},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 0, .external_lex_state = 2},
  [572] = {.lex_state = 0, .external_lex_state = 2},
  [573] = {.lex_state = 97},
  [574] = {.lex_state = 0, .external_lex_state = 2},
  [575] = {.lex_state = 97},
  [576] = {.lex_state = 97},
  [577] = {.lex_state = 97},
  [578] = {.lex_state = 0, .external_lex_state = 2},
  [579] = {.lex_state = 0, .external_lex_state = 2},
  [580] = {.lex_state = 97},
  [581] = {.lex_state = 45},
  [582] = {.lex_state = 0, .external_lex_state = 2},
  [583] = {.lex_state = 0, .external_lex_state = 2},
  [584] = {.lex_state = 0, .external_lex_state = 2},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 97},
  [587] = {.lex_state = 44, .external_lex_state = 2},
  [588] = {.lex_state = 0, .external_lex_state = 2},
  [589] = {.lex_state = 0, .external_lex_state = 2},
  [590] = {.lex_state = 97},
  [591] = {.lex_state = 0, .external_lex_state = 2},
  [592] = {.lex_state = 45},
  [593] = {.lex_state = 97},
  [594] = {.lex_state = 0, .external_lex_state = 2},
  [595] = {.lex_state = 97},
  [596] = {.lex_state = 49},
  [597] = {.lex_state = 0, .external_lex_state = 2},
  [598] = {.lex_state = 97},
  [599] = {.lex_state = 0, .external_lex_state = 2},
  [600] = {.lex_state = 97},
  [601] = {.lex_state = 0, .external_lex_state = 2},
  [602] = {.lex_state = 0, .external_lex_state = 2},
  [603] = {.lex_state = 0, .external_lex_state = 2},
  [604] = {.lex_state = 0, .external_lex_state = 2},
  [605] = {.lex_state = 97},
  [606] = {.lex_state = 0},
  [607] = {.lex_state = 97},
  [608] = {.lex_state = 49},
  [609] = {.lex_state = 97},
  [610] = {.lex_state = 97},
  [611] = {.lex_state = 45},
  [612] = {.lex_state = 0, .external_lex_state = 2},
  [613] = {.lex_state = 0, .external_lex_state = 2},
  [614] = {.lex_state = 0, .external_lex_state = 2},
  [615] = {.lex_state = 0, .external_lex_state = 2},
  [616] = {.lex_state = 0, .external_lex_state = 2},
  [617] = {.lex_state = 0, .external_lex_state = 2},
  [618] = {.lex_state = 45},
  [619] = {.lex_state = 97},
  [620] = {.lex_state = 97},
  [621] = {.lex_state = 97},
  [622] = {.lex_state = 97},
  [623] = {.lex_state = 0},
  [624] = {.lex_state = 0, .external_lex_state = 2},
  [625] = {.lex_state = 97},
  [626] = {.lex_state = 97},
  [627] = {.lex_state = 49},
  [628] = {.lex_state = 97},
  [629] = {.lex_state = 0},
  [630] = {.lex_state = 0},
  [631] = {.lex_state = 97},
  [632] = {.lex_state = 0},
  [633] = {.lex_state = 35},
  [634] = {.lex_state = 0},
  [635] = {.lex_state = 0},
  [636] = {.lex_state = 97},
  [637] = {.lex_state = 35},
  [638] = {.lex_state = 0},
  [639] = {.lex_state = 35},
  [640] = {.lex_state = 0, .external_lex_state = 2},
  [641] = {.lex_state = 0},
  [642] = {.lex_state = 35},
  [643] = {.lex_state = 97},
  [644] = {.lex_state = 35},
  [645] = {.lex_state = 0},
  [646] = {.lex_state = 97},
  [647] = {.lex_state = 35},
  [648] = {.lex_state = 0, .external_lex_state = 2},
};

static const uint16_t ts_parse_table[LARGE_STATE_COUNT][SYMBOL_COUNT] = {
  [0] = {
    [ts_builtin_sym_end] = ACTIONS(1),
    [sym_line_number] = ACTIONS(1),
    [anon_sym_COLON] = ACTIONS(1),
    [anon_sym_LET] = ACTIONS(1),
    [anon_sym_EQ] = ACTIONS(1),
    [anon_sym_PLUS_EQ] = ACTIONS(1),
    [anon_sym_DASH_EQ] = ACTIONS(1),
    [anon_sym_STAR_EQ] = ACTIONS(1),
    [anon_sym_SLASH_EQ] = ACTIONS(1),
    [anon_sym_FOR] = ACTIONS(1),
    [anon_sym_TO] = ACTIONS(1),
    [anon_sym_STEP] = ACTIONS(1),
    [anon_sym_NEXT] = ACTIONS(1),
    [anon_sym_COMMA] = ACTIONS(1),
    [anon_sym_DIM] = ACTIONS(1),
    [anon_sym_LOCAL] = ACTIONS(1),
    [anon_sym_DEF] = ACTIONS(1),
    [anon_sym_LPAREN] = ACTIONS(1),
    [anon_sym_RPAREN] = ACTIONS(1),
    [anon_sym_RETURN] = ACTIONS(1),
    [sym_endproc_statement] = ACTIONS(1),
    [anon_sym_IF] = ACTIONS(1),
    [anon_sym_THEN] = ACTIONS(1),
    [anon_sym_ELSE] = ACTIONS(1),
    [sym_endif_statement] = ACTIONS(1),
    [anon_sym_SYS] = ACTIONS(1),
    [anon_sym_SEMI] = ACTIONS(1),
    [anon_sym_PRINT] = ACTIONS(1),
    [anon_sym_SQUOTE] = ACTIONS(1),
    [anon_sym_TILDE] = ACTIONS(1),
    [sym_end_statement] = ACTIONS(1),
    [anon_sym_ERROR] = ACTIONS(1),
    [anon_sym_REPEAT] = ACTIONS(1),
    [anon_sym_UNTIL] = ACTIONS(1),
    [anon_sym_WHILE] = ACTIONS(1),
    [sym_endwhile_statement] = ACTIONS(1),
    [anon_sym_ON] = ACTIONS(1),
    [anon_sym_OFF] = ACTIONS(1),
    [sym_comment] = ACTIONS(1),
    [sym_data_statement] = ACTIONS(1),
    [sym_keyword] = ACTIONS(1),
    [sym_rest_of_statement] = ACTIONS(1),
    [anon_sym_LBRACK] = ACTIONS(1),
    [anon_sym_RBRACK] = ACTIONS(1),
    [anon_sym_DOT] = ACTIONS(1),
    [aux_sym_opt_directive_token1] = ACTIONS(1),
    [aux_sym_data_token1] = ACTIONS(1),
    [aux_sym_data_token2] = ACTIONS(1),
    [aux_sym_data_token3] = ACTIONS(1),
    [aux_sym_data_token4] = ACTIONS(1),
    [aux_sym_data_token5] = ACTIONS(1),
    [aux_sym_data_token6] = ACTIONS(1),
    [aux_sym_data_token7] = ACTIONS(1),
    [aux_sym_data_token8] = ACTIONS(1),
    [aux_sym_data_token9] = ACTIONS(1),
    [aux_sym_align_token1] = ACTIONS(1),
    [sym_register] = ACTIONS(1),
    [sym_psr] = ACTIONS(1),
    [sym_shift_type] = ACTIONS(1),
    [anon_sym_BANG] = ACTIONS(1),
    [anon_sym_POUND] = ACTIONS(1),
    [anon_sym_PLUS] = ACTIONS(1),
    [anon_sym_DASH] = ACTIONS(1),
    [anon_sym_LBRACE] = ACTIONS(1),
    [anon_sym_RBRACE] = ACTIONS(1),
    [anon_sym_CARET] = ACTIONS(1),
    [anon_sym_LPAREN2] = ACTIONS(1),
    [anon_sym_QMARK] = ACTIONS(1),
    [anon_sym_DOLLAR] = ACTIONS(1),
    [anon_sym_PIPE] = ACTIONS(1),
    [anon_sym_OR] = ACTIONS(1),
    [anon_sym_EOR] = ACTIONS(1),
    [anon_sym_AND] = ACTIONS(1),
    [anon_sym_LT_GT] = ACTIONS(1),
    [anon_sym_LT] = ACTIONS(1),
    [anon_sym_GT] = ACTIONS(1),
    [anon_sym_LT_EQ] = ACTIONS(1),
    [anon_sym_GT_EQ] = ACTIONS(1),
    [anon_sym_LT_LT] = ACTIONS(1),
    [anon_sym_GT_GT] = ACTIONS(1),
    [anon_sym_GT_GT_GT] = ACTIONS(1),
    [anon_sym_STAR] = ACTIONS(1),
    [anon_sym_SLASH] = ACTIONS(1),
    [anon_sym_MOD] = ACTIONS(1),
    [anon_sym_DIV] = ACTIONS(1),
    [sym_builtin_variable] = ACTIONS(1),
    [sym_proc_name] = ACTIONS(1),
    [sym_fn_name] = ACTIONS(1),
    [sym_number] = ACTIONS(1),
    [sym_string] = ACTIONS(1),
    [sym__mnemonic_head] = ACTIONS(1),
    [sym__swi_mnemonic] = ACTIONS(1),
    [sym__mnemonic_tail] = ACTIONS(1),
    [sym_condition] = ACTIONS(1),
    [sym_s_flag] = ACTIONS(1),
    [sym_size] = ACTIONS(1),
    [sym_translate] = ACTIONS(1),
    [sym_block_mode] = ACTIONS(1),
    [sym_p_flag] = ACTIONS(1),
    [sym__mnemonic_subst] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(638),
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(640),
    [sym__line_statement] = STATE(591),
    [sym__statement] = STATE(591),
    [sym_assignment] = STATE(591),
    [sym__lvalue] = STATE(538),
    [sym_for_statement] = STATE(591),
    [sym_next_statement] = STATE(591),
    [sym_dim_statement] = STATE(591),
    [sym_procedure_definition] = STATE(591),
    [sym_function_definition] = STATE(591),
    [sym_return_statement] = STATE(591),
    [sym_if_statement] = STATE(591),
    [sym_else_statement] = STATE(591),
    [sym_sys_call] = STATE(591),
    [sym_print_statement] = STATE(591),
    [sym_proc_call] = STATE(591),
    [sym_local_statement] = STATE(591),
    [sym_repeat_statement] = STATE(591),
    [sym_until_statement] = STATE(591),
    [sym_while_statement] = STATE(591),
    [sym_on_error_statement] = STATE(591),
    [sym_on_statement] = STATE(591),
    [sym_basic_statement] = STATE(591),
    [sym_assembler_block] = STATE(591),
    [sym_parenthesized_expression] = STATE(635),
    [sym_indirection] = STATE(538),
    [sym_array_element] = STATE(470),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(572),
    [ts_builtin_sym_end] = ACTIONS(3),
    [sym_line_number] = ACTIONS(5),
    [anon_sym_COLON] = ACTIONS(7),
    [anon_sym_LET] = ACTIONS(9),
    [anon_sym_EQ] = ACTIONS(11),
    [anon_sym_FOR] = ACTIONS(13),
    [anon_sym_NEXT] = ACTIONS(15),
    [anon_sym_DIM] = ACTIONS(17),
    [anon_sym_LOCAL] = ACTIONS(19),
    [anon_sym_DEF] = ACTIONS(21),
    [sym_endproc_statement] = ACTIONS(23),
    [anon_sym_IF] = ACTIONS(25),
    [anon_sym_ELSE] = ACTIONS(27),
    [sym_endif_statement] = ACTIONS(23),
    [anon_sym_SYS] = ACTIONS(29),
    [anon_sym_PRINT] = ACTIONS(31),
    [sym_end_statement] = ACTIONS(23),
    [anon_sym_REPEAT] = ACTIONS(33),
    [anon_sym_UNTIL] = ACTIONS(35),
    [anon_sym_WHILE] = ACTIONS(37),
    [sym_endwhile_statement] = ACTIONS(23),
    [anon_sym_ON] = ACTIONS(39),
    [sym_comment] = ACTIONS(41),
    [sym_data_statement] = ACTIONS(41),
    [sym_star_command] = ACTIONS(41),
    [sym_keyword] = ACTIONS(43),
    [anon_sym_LBRACK] = ACTIONS(45),
    [anon_sym_BANG] = ACTIONS(47),
    [anon_sym_LPAREN2] = ACTIONS(49),
    [anon_sym_QMARK] = ACTIONS(47),
    [anon_sym_DOLLAR] = ACTIONS(47),
    [anon_sym_PIPE] = ACTIONS(47),
    [sym_builtin_variable] = ACTIONS(51),
    [sym_proc_name] = ACTIONS(53),
    [sym_identifier] = ACTIONS(55),
    [sym__newline] = ACTIONS(57),
  },
  [2] = {
    [sym__statement] = STATE(545),
    [sym_assignment] = STATE(545),
    [sym__lvalue] = STATE(538),
    [sym_for_statement] = STATE(545),
    [sym_next_statement] = STATE(545),
    [sym_dim_statement] = STATE(545),
    [sym_procedure_definition] = STATE(545),
    [sym_function_definition] = STATE(545),
    [sym_return_statement] = STATE(545),
    [sym_if_statement] = STATE(545),
    [sym__inline_statements] = STATE(604),
    [sym_sys_call] = STATE(545),
    [sym_print_statement] = STATE(545),
    [sym_proc_call] = STATE(545),
    [sym_local_statement] = STATE(545),
    [sym_repeat_statement] = STATE(545),
    [sym_until_statement] = STATE(545),
    [sym_while_statement] = STATE(545),
    [sym_on_error_statement] = STATE(545),
    [sym_on_statement] = STATE(545),
    [sym_basic_statement] = STATE(545),
    [sym_assembler_block] = STATE(545),
    [sym_parenthesized_expression] = STATE(635),
    [sym_indirection] = STATE(538),
    [sym_array_element] = STATE(470),
    [sym_line_number] = ACTIONS(59),
    [anon_sym_COLON] = ACTIONS(61),
    [anon_sym_LET] = ACTIONS(9),
    [anon_sym_EQ] = ACTIONS(63),
    [anon_sym_FOR] = ACTIONS(13),
    [anon_sym_NEXT] = ACTIONS(65),
    [anon_sym_DIM] = ACTIONS(17),
    [anon_sym_LOCAL] = ACTIONS(19),
    [anon_sym_DEF] = ACTIONS(21),
    [sym_endproc_statement] = ACTIONS(67),
    [anon_sym_IF] = ACTIONS(69),
    [anon_sym_THEN] = ACTIONS(71),
    [anon_sym_ELSE] = ACTIONS(73),
    [anon_sym_SYS] = ACTIONS(75),
    [anon_sym_PRINT] = ACTIONS(77),
    [sym_end_statement] = ACTIONS(67),
    [anon_sym_REPEAT] = ACTIONS(79),
    [anon_sym_UNTIL] = ACTIONS(35),
    [anon_sym_WHILE] = ACTIONS(37),
    [sym_endwhile_statement] = ACTIONS(67),
    [anon_sym_ON] = ACTIONS(81),
    [sym_comment] = ACTIONS(83),
    [sym_data_statement] = ACTIONS(83),
    [sym_star_command] = ACTIONS(67),
    [sym_keyword] = ACTIONS(85),
    [anon_sym_LBRACK] = ACTIONS(45),
    [anon_sym_BANG] = ACTIONS(47),
    [anon_sym_PLUS] = ACTIONS(87),
    [anon_sym_DASH] = ACTIONS(87),
    [anon_sym_CARET] = ACTIONS(89),
    [anon_sym_LPAREN2] = ACTIONS(49),
    [anon_sym_QMARK] = ACTIONS(47),
    [anon_sym_DOLLAR] = ACTIONS(47),
    [anon_sym_PIPE] = ACTIONS(47),
    [anon_sym_OR] = ACTIONS(91),
    [anon_sym_EOR] = ACTIONS(91),
    [anon_sym_AND] = ACTIONS(93),
    [anon_sym_LT_GT] = ACTIONS(95),
    [anon_sym_LT] = ACTIONS(97),
    [anon_sym_GT] = ACTIONS(97),
    [anon_sym_LT_EQ] = ACTIONS(95),
    [anon_sym_GT_EQ] = ACTIONS(95),
    [anon_sym_LT_LT] = ACTIONS(95),
    [anon_sym_GT_GT] = ACTIONS(97),
    [anon_sym_GT_GT_GT] = ACTIONS(95),
    [anon_sym_STAR] = ACTIONS(99),
    [anon_sym_SLASH] = ACTIONS(101),
    [anon_sym_MOD] = ACTIONS(99),
    [anon_sym_DIV] = ACTIONS(99),
    [sym_builtin_variable] = ACTIONS(51),
    [sym_proc_name] = ACTIONS(53),
    [sym_identifier] = ACTIONS(55),
    [sym__newline] = ACTIONS(61),
  },
  [3] = {
    [sym__statement] = STATE(545),
    [sym_assignment] = STATE(545),
    [sym__lvalue] = STATE(538),
    [sym_for_statement] = STATE(545),
    [sym_next_statement] = STATE(545),
    [sym_dim_statement] = STATE(545),
    [sym_procedure_definition] = STATE(545),
    [sym_function_definition] = STATE(545),
    [sym_return_statement] = STATE(545),
    [sym_if_statement] = STATE(545),
    [sym__inline_statements] = STATE(564),
    [sym_sys_call] = STATE(545),
    [sym_print_statement] = STATE(545),
    [sym_proc_call] = STATE(545),
    [sym_local_statement] = STATE(545),
    [sym_repeat_statement] = STATE(545),
    [sym_until_statement] = STATE(545),
    [sym_while_statement] = STATE(545),
    [sym_on_error_statement] = STATE(545),
    [sym_on_statement] = STATE(545),
    [sym_basic_statement] = STATE(545),
    [sym_assembler_block] = STATE(545),
    [sym_parenthesized_expression] = STATE(635),
    [sym_indirection] = STATE(538),
    [sym_array_element] = STATE(470),
    [sym_line_number] = ACTIONS(103),
    [anon_sym_COLON] = ACTIONS(61),
    [anon_sym_LET] = ACTIONS(9),
    [anon_sym_EQ] = ACTIONS(63),
    [anon_sym_FOR] = ACTIONS(13),
    [anon_sym_NEXT] = ACTIONS(65),
    [anon_sym_DIM] = ACTIONS(17),
    [anon_sym_LOCAL] = ACTIONS(19),
    [anon_sym_DEF] = ACTIONS(21),
    [sym_endproc_statement] = ACTIONS(67),
    [anon_sym_IF] = ACTIONS(69),
    [anon_sym_THEN] = ACTIONS(105),
    [anon_sym_ELSE] = ACTIONS(107),
    [anon_sym_SYS] = ACTIONS(75),
    [anon_sym_PRINT] = ACTIONS(77),
    [sym_end_statement] = ACTIONS(67),
    [anon_sym_REPEAT] = ACTIONS(79),
    [anon_sym_UNTIL] = ACTIONS(35),
    [anon_sym_WHILE] = ACTIONS(37),
    [sym_endwhile_statement] = ACTIONS(67),
    [anon_sym_ON] = ACTIONS(81),
    [sym_comment] = ACTIONS(83),
    [sym_data_statement] = ACTIONS(83),
    [sym_star_command] = ACTIONS(67),
    [sym_keyword] = ACTIONS(85),
    [anon_sym_LBRACK] = ACTIONS(45),
    [anon_sym_BANG] = ACTIONS(47),
    [anon_sym_PLUS] = ACTIONS(87),
    [anon_sym_DASH] = ACTIONS(87),
    [anon_sym_CARET] = ACTIONS(89),
    [anon_sym_LPAREN2] = ACTIONS(49),
    [anon_sym_QMARK] = ACTIONS(47),
    [anon_sym_DOLLAR] = ACTIONS(47),
    [anon_sym_PIPE] = ACTIONS(47),
    [anon_sym_OR] = ACTIONS(91),
    [anon_sym_EOR] = ACTIONS(91),
    [anon_sym_AND] = ACTIONS(93),
    [anon_sym_LT_GT] = ACTIONS(95),
    [anon_sym_LT] = ACTIONS(97),
    [anon_sym_GT] = ACTIONS(97),
    [anon_sym_LT_EQ] = ACTIONS(95),
    [anon_sym_GT_EQ] = ACTIONS(95),
    [anon_sym_LT_LT] = ACTIONS(95),
    [anon_sym_GT_GT] = ACTIONS(97),
    [anon_sym_GT_GT_GT] = ACTIONS(95),
    [anon_sym_STAR] = ACTIONS(99),
    [anon_sym_SLASH] = ACTIONS(101),
    [anon_sym_MOD] = ACTIONS(99),
    [anon_sym_DIV] = ACTIONS(99),
    [sym_builtin_variable] = ACTIONS(51),
    [sym_proc_name] = ACTIONS(53),
    [sym_identifier] = ACTIONS(55),
    [sym__newline] = ACTIONS(61),
  },
  [4] = {
    [sym_basic_line] = STATE(5),
    [sym__statements] = STATE(640),
    [sym__line_statement] = STATE(591),
    [sym__statement] = STATE(591),
    [sym_assignment] = STATE(591),
    [sym__lvalue] = STATE(538),
    [sym_for_statement] = STATE(591),
    [sym_next_statement] = STATE(591),
    [sym_dim_statement] = STATE(591),
    [sym_procedure_definition] = STATE(591),
    [sym_function_definition] = STATE(591),
    [sym_return_statement] = STATE(591),
    [sym_if_statement] = STATE(591),
    [sym_else_statement] = STATE(591),
    [sym_sys_call] = STATE(591),
    [sym_print_statement] = STATE(591),
    [sym_proc_call] = STATE(591),
    [sym_local_statement] = STATE(591),
    [sym_repeat_statement] = STATE(591),
    [sym_until_statement] = STATE(591),
    [sym_while_statement] = STATE(591),
    [sym_on_error_statement] = STATE(591),
    [sym_on_statement] = STATE(591),
    [sym_basic_statement] = STATE(591),
    [sym_assembler_block] = STATE(591),
    [sym_parenthesized_expression] = STATE(635),
    [sym_indirection] = STATE(538),
    [sym_array_element] = STATE(470),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(572),
    [ts_builtin_sym_end] = ACTIONS(109),
    [sym_line_number] = ACTIONS(5),
    [anon_sym_COLON] = ACTIONS(7),
    [anon_sym_LET] = ACTIONS(9),
    [anon_sym_EQ] = ACTIONS(11),
    [anon_sym_FOR] = ACTIONS(13),
    [anon_sym_NEXT] = ACTIONS(15),
    [anon_sym_DIM] = ACTIONS(17),
    [anon_sym_LOCAL] = ACTIONS(19),
    [anon_sym_DEF] = ACTIONS(21),
    [sym_endproc_statement] = ACTIONS(23),
    [anon_sym_IF] = ACTIONS(25),
    [anon_sym_ELSE] = ACTIONS(27),
    [sym_endif_statement] = ACTIONS(23),
    [anon_sym_SYS] = ACTIONS(29),
    [anon_sym_PRINT] = ACTIONS(31),
    [sym_end_statement] = ACTIONS(23),
    [anon_sym_REPEAT] = ACTIONS(33),
    [anon_sym_UNTIL] = ACTIONS(35),
    [anon_sym_WHILE] = ACTIONS(37),
    [sym_endwhile_statement] = ACTIONS(23),
    [anon_sym_ON] = ACTIONS(39),
    [sym_comment] = ACTIONS(41),
    [sym_data_statement] = ACTIONS(41),
    [sym_star_command] = ACTIONS(41),
    [sym_keyword] = ACTIONS(43),
    [anon_sym_LBRACK] = ACTIONS(45),
    [anon_sym_BANG] = ACTIONS(47),
    [anon_sym_LPAREN2] = ACTIONS(49),
    [anon_sym_QMARK] = ACTIONS(47),
    [anon_sym_DOLLAR] = ACTIONS(47),
    [anon_sym_PIPE] = ACTIONS(47),
    [sym_builtin_variable] = ACTIONS(51),
    [sym_proc_name] = ACTIONS(53),
    [sym_identifier] = ACTIONS(55),
    [sym__newline] = ACTIONS(111),
  },
  [5] = {
    [sym_basic_line] = STATE(5),
    [sym__statements] = STATE(640),
    [sym__line_statement] = STATE(591),
    [sym__statement] = STATE(591),
    [sym_assignment] = STATE(591),
    [sym__lvalue] = STATE(538),
    [sym_for_statement] = STATE(591),
    [sym_next_statement] = STATE(591),
    [sym_dim_statement] = STATE(591),
    [sym_procedure_definition] = STATE(591),
    [sym_function_definition] = STATE(591),
    [sym_return_statement] = STATE(591),
    [sym_if_statement] = STATE(591),
    [sym_else_statement] = STATE(591),
    [sym_sys_call] = STATE(591),
    [sym_print_statement] = STATE(591),
    [sym_proc_call] = STATE(591),
    [sym_local_statement] = STATE(591),
    [sym_repeat_statement] = STATE(591),
    [sym_until_statement] = STATE(591),
    [sym_while_statement] = STATE(591),
    [sym_on_error_statement] = STATE(591),
    [sym_on_statement] = STATE(591),
    [sym_basic_statement] = STATE(591),
    [sym_assembler_block] = STATE(591),
    [sym_parenthesized_expression] = STATE(635),
    [sym_indirection] = STATE(538),
    [sym_array_element] = STATE(470),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(572),
    [ts_builtin_sym_end] = ACTIONS(113),
    [sym_line_number] = ACTIONS(115),
    [anon_sym_COLON] = ACTIONS(118),
    [anon_sym_LET] = ACTIONS(121),
    [anon_sym_EQ] = ACTIONS(124),
    [anon_sym_FOR] = ACTIONS(127),
    [anon_sym_NEXT] = ACTIONS(130),
    [anon_sym_DIM] = ACTIONS(133),
    [anon_sym_LOCAL] = ACTIONS(136),
    [anon_sym_DEF] = ACTIONS(139),
    [sym_endproc_statement] = ACTIONS(142),
    [anon_sym_IF] = ACTIONS(145),
    [anon_sym_ELSE] = ACTIONS(148),
    [sym_endif_statement] = ACTIONS(142),
    [anon_sym_SYS] = ACTIONS(151),
    [anon_sym_PRINT] = ACTIONS(154),
    [sym_end_statement] = ACTIONS(142),
    [anon_sym_REPEAT] = ACTIONS(157),
    [anon_sym_UNTIL] = ACTIONS(160),
    [anon_sym_WHILE] = ACTIONS(163),
    [sym_endwhile_statement] = ACTIONS(142),
    [anon_sym_ON] = ACTIONS(166),
    [sym_comment] = ACTIONS(169),
    [sym_data_statement] = ACTIONS(169),
    [sym_star_command] = ACTIONS(169),
    [sym_keyword] = ACTIONS(172),
    [anon_sym_LBRACK] = ACTIONS(175),
    [anon_sym_BANG] = ACTIONS(178),
    [anon_sym_LPAREN2] = ACTIONS(181),
    [anon_sym_QMARK] = ACTIONS(178),
    [anon_sym_DOLLAR] = ACTIONS(178),
    [anon_sym_PIPE] = ACTIONS(178),
    [sym_builtin_variable] = ACTIONS(184),
    [sym_proc_name] = ACTIONS(187),
    [sym_identifier] = ACTIONS(190),
    [sym__newline] = ACTIONS(193),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 32,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(27), 1,
      anon_sym_ELSE,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(196), 1,
      sym__newline,
    STATE(470), 1,
      sym_array_element,
    STATE(572), 1,
      aux_sym__statements_repeat1,
    STATE(635), 1,
      sym_parenthesized_expression,
    STATE(648), 1,
      sym__statements,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(41), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(23), 4,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(591), 22,
      sym__line_statement,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_else_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [127] = 29,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(27), 1,
      anon_sym_ELSE,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(198), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(202), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(200), 4,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
    STATE(617), 22,
      sym__line_statement,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_else_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [246] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(204), 1,
      sym_line_number,
    ACTIONS(208), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(589), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [368] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(210), 1,
      sym_line_number,
    ACTIONS(212), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(602), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [490] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(216), 1,
      anon_sym_LOCAL,
    ACTIONS(218), 1,
      anon_sym_ELSE,
    ACTIONS(220), 1,
      anon_sym_OFF,
    STATE(470), 1,
      sym_array_element,
    STATE(557), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(214), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [612] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(224), 1,
      anon_sym_ELSE,
    ACTIONS(226), 1,
      anon_sym_ERROR,
    ACTIONS(230), 1,
      sym_builtin_variable,
    ACTIONS(232), 1,
      sym_identifier,
    STATE(450), 1,
      sym_array_element,
    STATE(565), 1,
      sym__inline_statements,
    STATE(629), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(454), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(228), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [734] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(234), 1,
      sym_line_number,
    ACTIONS(238), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(612), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(236), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [856] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(240), 1,
      sym_line_number,
    ACTIONS(244), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(614), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(242), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [978] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(246), 1,
      sym_line_number,
    ACTIONS(250), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(578), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(248), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1100] = 31,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(252), 1,
      sym_line_number,
    ACTIONS(254), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(563), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1222] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(240), 1,
      sym_line_number,
    STATE(470), 1,
      sym_array_element,
    STATE(614), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(242), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1341] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(246), 1,
      sym_line_number,
    STATE(470), 1,
      sym_array_element,
    STATE(578), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(248), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1460] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(204), 1,
      sym_line_number,
    STATE(470), 1,
      sym_array_element,
    STATE(589), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1579] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(226), 1,
      anon_sym_ERROR,
    ACTIONS(230), 1,
      sym_builtin_variable,
    ACTIONS(232), 1,
      sym_identifier,
    STATE(450), 1,
      sym_array_element,
    STATE(565), 1,
      sym__inline_statements,
    STATE(629), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(454), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(228), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1698] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(224), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(565), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(67), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(83), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(545), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1817] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(234), 1,
      sym_line_number,
    STATE(470), 1,
      sym_array_element,
    STATE(612), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(236), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [1936] = 30,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(260), 1,
      anon_sym_LOCAL,
    ACTIONS(262), 1,
      anon_sym_OFF,
    STATE(470), 1,
      sym_array_element,
    STATE(557), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(214), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2055] = 29,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(268), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(264), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(266), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(270), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(615), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2171] = 29,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(565), 1,
      sym__inline_statements,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(256), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(258), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(574), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2287] = 29,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(65), 1,
      anon_sym_NEXT,
    ACTIONS(69), 1,
      anon_sym_IF,
    ACTIONS(75), 1,
      anon_sym_SYS,
    ACTIONS(77), 1,
      anon_sym_PRINT,
    ACTIONS(79), 1,
      anon_sym_REPEAT,
    ACTIONS(81), 1,
      anon_sym_ON,
    ACTIONS(85), 1,
      sym_keyword,
    ACTIONS(276), 1,
      anon_sym_ELSE,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(274), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(278), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(597), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2403] = 28,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(264), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(266), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(270), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(615), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2516] = 28,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(274), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(278), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(597), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2629] = 28,
    ACTIONS(9), 1,
      anon_sym_LET,
    ACTIONS(11), 1,
      anon_sym_EQ,
    ACTIONS(13), 1,
      anon_sym_FOR,
    ACTIONS(15), 1,
      anon_sym_NEXT,
    ACTIONS(17), 1,
      anon_sym_DIM,
    ACTIONS(19), 1,
      anon_sym_LOCAL,
    ACTIONS(21), 1,
      anon_sym_DEF,
    ACTIONS(25), 1,
      anon_sym_IF,
    ACTIONS(29), 1,
      anon_sym_SYS,
    ACTIONS(31), 1,
      anon_sym_PRINT,
    ACTIONS(33), 1,
      anon_sym_REPEAT,
    ACTIONS(35), 1,
      anon_sym_UNTIL,
    ACTIONS(37), 1,
      anon_sym_WHILE,
    ACTIONS(39), 1,
      anon_sym_ON,
    ACTIONS(43), 1,
      sym_keyword,
    ACTIONS(45), 1,
      anon_sym_LBRACK,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    ACTIONS(280), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(282), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(284), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(624), 20,
      sym__statement,
      sym_assignment,
      sym_for_statement,
      sym_next_statement,
      sym_dim_statement,
      sym_procedure_definition,
      sym_function_definition,
      sym_return_statement,
      sym_if_statement,
      sym_sys_call,
      sym_print_statement,
      sym_proc_call,
      sym_local_statement,
      sym_repeat_statement,
      sym_until_statement,
      sym_while_statement,
      sym_on_error_statement,
      sym_on_statement,
      sym_basic_statement,
      sym_assembler_block,
  [2742] = 2,
    ACTIONS(286), 23,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(288), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [2802] = 4,
    ACTIONS(294), 1,
      anon_sym_LPAREN,
    STATE(49), 1,
      sym_argument_list,
    ACTIONS(290), 20,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(292), 33,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [2866] = 2,
    ACTIONS(296), 23,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(298), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [2926] = 2,
    ACTIONS(300), 23,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(302), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [2986] = 2,
    ACTIONS(304), 23,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(306), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3046] = 5,
    ACTIONS(294), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(312), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(308), 18,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(310), 33,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3112] = 6,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 17,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 29,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3178] = 5,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 19,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 29,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3242] = 2,
    ACTIONS(314), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(316), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3300] = 9,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(93), 1,
      anon_sym_AND,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(97), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(95), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 11,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(316), 25,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3372] = 8,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(97), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(95), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 11,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(316), 26,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3442] = 3,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(314), 20,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(316), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3502] = 2,
    ACTIONS(318), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(320), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3560] = 2,
    ACTIONS(322), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(324), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3618] = 6,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 17,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 29,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3684] = 2,
    ACTIONS(326), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(328), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3742] = 2,
    ACTIONS(330), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(332), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3800] = 3,
    ACTIONS(312), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(308), 19,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(310), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3860] = 2,
    ACTIONS(334), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(336), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3918] = 2,
    ACTIONS(338), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(340), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [3976] = 2,
    ACTIONS(342), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
    ACTIONS(344), 32,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [4034] = 29,
    ACTIONS(346), 1,
      sym_line_number,
    ACTIONS(350), 1,
      anon_sym_EQ,
    ACTIONS(352), 1,
      anon_sym_LBRACK,
    ACTIONS(354), 1,
      sym_register,
    ACTIONS(356), 1,
      sym_psr,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(364), 1,
      anon_sym_LBRACE,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(374), 1,
      sym_string,
    ACTIONS(376), 1,
      sym_identifier,
    ACTIONS(378), 1,
      sym_condition,
    ACTIONS(380), 1,
      sym_s_flag,
    ACTIONS(382), 1,
      sym_size,
    ACTIONS(384), 1,
      sym_translate,
    ACTIONS(386), 1,
      sym_block_mode,
    ACTIONS(388), 1,
      sym_p_flag,
    ACTIONS(390), 1,
      sym__mnemonic_subst,
    STATE(108), 1,
      aux_sym_instruction_repeat1,
    STATE(134), 1,
      sym__suffix,
    STATE(641), 1,
      sym__base_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(370), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(348), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(190), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(471), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4142] = 29,
    ACTIONS(350), 1,
      anon_sym_EQ,
    ACTIONS(352), 1,
      anon_sym_LBRACK,
    ACTIONS(354), 1,
      sym_register,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(364), 1,
      anon_sym_LBRACE,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(374), 1,
      sym_string,
    ACTIONS(376), 1,
      sym_identifier,
    ACTIONS(378), 1,
      sym_condition,
    ACTIONS(380), 1,
      sym_s_flag,
    ACTIONS(382), 1,
      sym_size,
    ACTIONS(384), 1,
      sym_translate,
    ACTIONS(386), 1,
      sym_block_mode,
    ACTIONS(388), 1,
      sym_p_flag,
    ACTIONS(390), 1,
      sym__mnemonic_subst,
    ACTIONS(392), 1,
      sym_line_number,
    ACTIONS(396), 1,
      sym_psr,
    STATE(50), 1,
      aux_sym_instruction_repeat1,
    STATE(134), 1,
      sym__suffix,
    STATE(641), 1,
      sym__base_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(370), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(394), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(190), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(476), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4250] = 4,
    ACTIONS(398), 1,
      anon_sym_LPAREN,
    STATE(64), 1,
      sym_argument_list,
    ACTIONS(292), 14,
      anon_sym_ELSE,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(290), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4298] = 5,
    ACTIONS(398), 1,
      anon_sym_LPAREN,
    STATE(71), 1,
      sym_argument_list,
    ACTIONS(400), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 14,
      anon_sym_ELSE,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(308), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4348] = 4,
    ACTIONS(402), 1,
      anon_sym_LPAREN,
    STATE(84), 1,
      sym_argument_list,
    ACTIONS(292), 13,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(290), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4395] = 5,
    ACTIONS(402), 1,
      anon_sym_LPAREN,
    STATE(90), 1,
      sym_argument_list,
    ACTIONS(404), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 13,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(308), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4444] = 2,
    ACTIONS(328), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(326), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4486] = 2,
    ACTIONS(336), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(334), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4528] = 10,
    ACTIONS(414), 1,
      anon_sym_CARET,
    ACTIONS(418), 1,
      anon_sym_AND,
    ACTIONS(412), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(416), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(422), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(424), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(410), 5,
      anon_sym_ELSE,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(408), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(406), 13,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_number,
      sym_string,
  [4586] = 2,
    ACTIONS(332), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(330), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4628] = 3,
    ACTIONS(400), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(308), 22,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4672] = 2,
    ACTIONS(324), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(322), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4714] = 2,
    ACTIONS(320), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(318), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4756] = 2,
    ACTIONS(340), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(338), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4798] = 2,
    ACTIONS(344), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(342), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4840] = 6,
    ACTIONS(414), 1,
      anon_sym_CARET,
    ACTIONS(412), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(422), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(424), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 11,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 19,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_number,
      sym_string,
  [4890] = 5,
    ACTIONS(414), 1,
      anon_sym_CARET,
    ACTIONS(422), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(424), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 11,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_number,
      sym_string,
  [4938] = 2,
    ACTIONS(316), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [4980] = 9,
    ACTIONS(414), 1,
      anon_sym_CARET,
    ACTIONS(418), 1,
      anon_sym_AND,
    ACTIONS(412), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(422), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(424), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(408), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 7,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 13,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_number,
      sym_string,
  [5036] = 8,
    ACTIONS(414), 1,
      anon_sym_CARET,
    ACTIONS(412), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(422), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(424), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(408), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 8,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 13,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_number,
      sym_string,
  [5090] = 3,
    ACTIONS(414), 1,
      anon_sym_CARET,
    ACTIONS(316), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5134] = 2,
    ACTIONS(298), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(296), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5176] = 2,
    ACTIONS(302), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(300), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5218] = 2,
    ACTIONS(306), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(304), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5260] = 2,
    ACTIONS(288), 13,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(286), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5302] = 5,
    ACTIONS(426), 1,
      anon_sym_CARET,
    ACTIONS(428), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(430), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 10,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_number,
      sym_string,
  [5349] = 2,
    ACTIONS(432), 14,
      sym__newline,
      ts_builtin_sym_end,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      sym_star_command,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(434), 22,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_ELSE,
      sym_endif_statement,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_keyword,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [5390] = 2,
    ACTIONS(436), 14,
      sym__newline,
      ts_builtin_sym_end,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      sym_star_command,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(438), 22,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_ELSE,
      sym_endif_statement,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_keyword,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [5431] = 2,
    ACTIONS(440), 14,
      sym__newline,
      ts_builtin_sym_end,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      sym_comment,
      sym_data_statement,
      sym_star_command,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(442), 22,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      sym_endproc_statement,
      anon_sym_IF,
      anon_sym_ELSE,
      sym_endif_statement,
      anon_sym_SYS,
      anon_sym_PRINT,
      sym_end_statement,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      sym_endwhile_statement,
      anon_sym_ON,
      sym_keyword,
      sym_builtin_variable,
      sym_proc_name,
      sym_identifier,
  [5472] = 5,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    STATE(105), 1,
      sym_argument_list,
    ACTIONS(446), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [5519] = 3,
    ACTIONS(404), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(308), 22,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5562] = 2,
    ACTIONS(324), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(322), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5603] = 2,
    ACTIONS(320), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(318), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5644] = 2,
    ACTIONS(340), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(338), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5685] = 2,
    ACTIONS(344), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(342), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5726] = 6,
    ACTIONS(426), 1,
      anon_sym_CARET,
    ACTIONS(428), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(430), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(448), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(316), 10,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 19,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_number,
      sym_string,
  [5775] = 2,
    ACTIONS(316), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5816] = 9,
    ACTIONS(426), 1,
      anon_sym_CARET,
    ACTIONS(452), 1,
      anon_sym_AND,
    ACTIONS(428), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(430), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(448), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(316), 6,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 13,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_number,
      sym_string,
  [5871] = 8,
    ACTIONS(426), 1,
      anon_sym_CARET,
    ACTIONS(428), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(430), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(448), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 7,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 13,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_number,
      sym_string,
  [5924] = 3,
    ACTIONS(426), 1,
      anon_sym_CARET,
    ACTIONS(316), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(314), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [5967] = 2,
    ACTIONS(298), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(296), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6008] = 2,
    ACTIONS(332), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(330), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6049] = 2,
    ACTIONS(328), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(326), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6090] = 2,
    ACTIONS(336), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(334), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6131] = 10,
    ACTIONS(426), 1,
      anon_sym_CARET,
    ACTIONS(452), 1,
      anon_sym_AND,
    ACTIONS(428), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(430), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(448), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(410), 4,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(406), 13,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_number,
      sym_string,
  [6188] = 2,
    ACTIONS(302), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(300), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6229] = 2,
    ACTIONS(288), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(286), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6270] = 2,
    ACTIONS(306), 12,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(304), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      sym_number,
      sym_string,
  [6311] = 21,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(458), 1,
      sym_line_number,
    ACTIONS(464), 1,
      sym_string,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(468), 1,
      sym_condition,
    ACTIONS(470), 1,
      sym_s_flag,
    ACTIONS(472), 1,
      sym_size,
    ACTIONS(474), 1,
      sym_translate,
    ACTIONS(476), 1,
      sym_block_mode,
    ACTIONS(478), 1,
      sym_p_flag,
    ACTIONS(480), 1,
      sym__mnemonic_subst,
    STATE(159), 1,
      aux_sym_instruction_repeat1,
    STATE(192), 1,
      sym__suffix,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(462), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(460), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(213), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [6389] = 21,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(468), 1,
      sym_condition,
    ACTIONS(470), 1,
      sym_s_flag,
    ACTIONS(472), 1,
      sym_size,
    ACTIONS(474), 1,
      sym_translate,
    ACTIONS(476), 1,
      sym_block_mode,
    ACTIONS(478), 1,
      sym_p_flag,
    ACTIONS(480), 1,
      sym__mnemonic_subst,
    ACTIONS(482), 1,
      sym_line_number,
    ACTIONS(488), 1,
      sym_string,
    STATE(98), 1,
      aux_sym_instruction_repeat1,
    STATE(192), 1,
      sym__suffix,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(486), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(484), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(218), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [6467] = 18,
    ACTIONS(350), 1,
      anon_sym_EQ,
    ACTIONS(352), 1,
      anon_sym_LBRACK,
    ACTIONS(354), 1,
      sym_register,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(364), 1,
      anon_sym_LBRACE,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(370), 1,
      sym_builtin_variable,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(376), 1,
      sym_identifier,
    ACTIONS(490), 1,
      sym_psr,
    STATE(641), 1,
      sym__base_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(374), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(190), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(506), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [6539] = 2,
    ACTIONS(288), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(286), 27,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6578] = 2,
    ACTIONS(306), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 27,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6617] = 4,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    STATE(121), 1,
      sym_argument_list,
    ACTIONS(292), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(290), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6660] = 3,
    ACTIONS(446), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6701] = 2,
    ACTIONS(298), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(296), 27,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6740] = 2,
    ACTIONS(302), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 27,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6779] = 2,
    ACTIONS(332), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(330), 27,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6818] = 11,
    ACTIONS(496), 1,
      sym_condition,
    ACTIONS(499), 1,
      sym_s_flag,
    ACTIONS(502), 1,
      sym_size,
    ACTIONS(505), 1,
      sym_translate,
    ACTIONS(508), 1,
      sym_block_mode,
    ACTIONS(511), 1,
      sym_p_flag,
    ACTIONS(514), 1,
      sym__mnemonic_subst,
    STATE(108), 1,
      aux_sym_instruction_repeat1,
    STATE(134), 1,
      sym__suffix,
    ACTIONS(492), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(494), 16,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [6874] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(519), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(527), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(529), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 15,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_OR,
      anon_sym_EOR,
  [6923] = 2,
    ACTIONS(336), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(334), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6960] = 2,
    ACTIONS(316), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(314), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [6997] = 3,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(316), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(314), 24,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7036] = 5,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(527), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(529), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 22,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [7079] = 7,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(519), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(527), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(529), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 16,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
  [7126] = 2,
    ACTIONS(324), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(322), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7163] = 2,
    ACTIONS(320), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(318), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7200] = 2,
    ACTIONS(340), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(338), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7237] = 6,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(519), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(527), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(529), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 22,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [7282] = 2,
    ACTIONS(328), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(326), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7319] = 3,
    ACTIONS(535), 1,
      sym__mnemonic_tail,
    ACTIONS(531), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(533), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7358] = 2,
    ACTIONS(344), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(342), 25,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_STEP,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7395] = 12,
    ACTIONS(541), 1,
      anon_sym_RBRACK,
    ACTIONS(543), 1,
      anon_sym_DOT,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    STATE(180), 1,
      sym_asm_label,
    STATE(255), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(537), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(534), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [7451] = 12,
    ACTIONS(543), 1,
      anon_sym_DOT,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    ACTIONS(555), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(180), 1,
      sym_asm_label,
    STATE(125), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(553), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(463), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [7507] = 2,
    ACTIONS(557), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(559), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7543] = 12,
    ACTIONS(543), 1,
      anon_sym_DOT,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    ACTIONS(561), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(180), 1,
      sym_asm_label,
    STATE(255), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(537), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(462), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [7599] = 5,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    STATE(146), 1,
      sym_argument_list,
    ACTIONS(565), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [7641] = 2,
    ACTIONS(567), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(569), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7677] = 2,
    ACTIONS(571), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(573), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7713] = 2,
    ACTIONS(575), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(577), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7749] = 2,
    ACTIONS(579), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(581), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7785] = 2,
    ACTIONS(583), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(585), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7821] = 2,
    ACTIONS(587), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(589), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7857] = 2,
    ACTIONS(591), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(593), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7893] = 2,
    ACTIONS(595), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(597), 23,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LBRACE,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [7929] = 15,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(599), 1,
      sym_line_number,
    ACTIONS(603), 1,
      sym_register,
    ACTIONS(607), 1,
      sym_string,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(605), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(498), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(601), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [7991] = 15,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(607), 1,
      sym_string,
    ACTIONS(609), 1,
      sym_line_number,
    ACTIONS(613), 1,
      sym_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(605), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(496), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(611), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8053] = 12,
    ACTIONS(543), 1,
      anon_sym_DOT,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    ACTIONS(615), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(180), 1,
      sym_asm_label,
    STATE(255), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(537), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(534), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [8109] = 12,
    ACTIONS(543), 1,
      anon_sym_DOT,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    ACTIONS(617), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(180), 1,
      sym_asm_label,
    STATE(255), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(537), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(534), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [8165] = 15,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(607), 1,
      sym_string,
    ACTIONS(619), 1,
      sym_line_number,
    ACTIONS(623), 1,
      sym_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(605), 2,
      sym_builtin_variable,
      sym_number,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(513), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(621), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8227] = 11,
    ACTIONS(543), 1,
      anon_sym_DOT,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    STATE(180), 1,
      sym_asm_label,
    STATE(255), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(537), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(534), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [8280] = 2,
    ACTIONS(306), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 22,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8314] = 3,
    ACTIONS(565), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8350] = 2,
    ACTIONS(332), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(330), 22,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8384] = 14,
    ACTIONS(630), 1,
      anon_sym_ELSE,
    ACTIONS(638), 1,
      anon_sym_LPAREN2,
    ACTIONS(641), 1,
      sym_builtin_function,
    ACTIONS(644), 1,
      sym_builtin_variable,
    ACTIONS(647), 1,
      sym_fn_name,
    ACTIONS(653), 1,
      sym_identifier,
    STATE(144), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(625), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(635), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(650), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(627), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(632), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(58), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8442] = 2,
    ACTIONS(302), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 22,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8476] = 2,
    ACTIONS(298), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(296), 22,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8510] = 14,
    ACTIONS(660), 1,
      anon_sym_ELSE,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(670), 1,
      sym_builtin_variable,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    STATE(148), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(656), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(674), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(658), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(58), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8568] = 14,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(670), 1,
      sym_builtin_variable,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(682), 1,
      anon_sym_ELSE,
    STATE(144), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(674), 2,
      sym_number,
      sym_string,
    ACTIONS(678), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(680), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(58), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8626] = 5,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    STATE(105), 1,
      sym_argument_list,
    ACTIONS(446), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 22,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [8666] = 4,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    STATE(158), 1,
      sym_argument_list,
    ACTIONS(292), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(290), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8704] = 2,
    ACTIONS(288), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(286), 22,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8738] = 13,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(694), 1,
      sym_builtin_variable,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    STATE(155), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(678), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(698), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(684), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(94), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8793] = 13,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(694), 1,
      sym_builtin_variable,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    STATE(152), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(656), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(698), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(702), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(94), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8848] = 5,
    ACTIONS(704), 1,
      anon_sym_LPAREN,
    STATE(172), 1,
      sym_argument_list,
    ACTIONS(706), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [8887] = 13,
    ACTIONS(717), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(723), 1,
      sym_builtin_variable,
    ACTIONS(726), 1,
      sym_fn_name,
    ACTIONS(732), 1,
      sym_identifier,
    STATE(155), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(625), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(714), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(729), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(708), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(711), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(94), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8942] = 2,
    ACTIONS(320), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(318), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [8974] = 2,
    ACTIONS(324), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(322), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9006] = 2,
    ACTIONS(344), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(342), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9038] = 11,
    ACTIONS(735), 1,
      sym_condition,
    ACTIONS(738), 1,
      sym_s_flag,
    ACTIONS(741), 1,
      sym_size,
    ACTIONS(744), 1,
      sym_translate,
    ACTIONS(747), 1,
      sym_block_mode,
    ACTIONS(750), 1,
      sym_p_flag,
    ACTIONS(753), 1,
      sym__mnemonic_subst,
    STATE(159), 1,
      aux_sym_instruction_repeat1,
    STATE(192), 1,
      sym__suffix,
    ACTIONS(492), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(494), 12,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [9088] = 6,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(756), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(760), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(762), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 17,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [9128] = 5,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(760), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(762), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 17,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [9166] = 2,
    ACTIONS(340), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(338), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9198] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(756), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(760), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(762), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 10,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_OR,
      anon_sym_EOR,
  [9242] = 7,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(756), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(760), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(762), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 11,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
  [9284] = 2,
    ACTIONS(316), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(314), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9316] = 3,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(316), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(314), 19,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9350] = 2,
    ACTIONS(336), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(334), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9382] = 2,
    ACTIONS(328), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(326), 20,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_RPAREN,
      anon_sym_RBRACK,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_MOD,
      anon_sym_DIV,
  [9414] = 9,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(519), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(527), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(529), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(517), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(326), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9460] = 9,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(519), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(527), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(529), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(517), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(334), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9506] = 2,
    ACTIONS(306), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9537] = 2,
    ACTIONS(298), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(296), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9568] = 14,
    ACTIONS(772), 1,
      anon_sym_RBRACK,
    ACTIONS(774), 1,
      sym_register,
    ACTIONS(778), 1,
      anon_sym_POUND,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(786), 1,
      sym_builtin_variable,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(790), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(636), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(396), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9623] = 4,
    ACTIONS(704), 1,
      anon_sym_LPAREN,
    STATE(203), 1,
      sym_argument_list,
    ACTIONS(292), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(290), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9658] = 2,
    ACTIONS(332), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(330), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9689] = 3,
    ACTIONS(706), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9722] = 12,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(798), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 2,
      anon_sym_TO,
      anon_sym_ELSE,
    ACTIONS(800), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(794), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(212), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9773] = 14,
    ACTIONS(778), 1,
      anon_sym_POUND,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(786), 1,
      sym_builtin_variable,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(802), 1,
      anon_sym_RBRACK,
    ACTIONS(804), 1,
      sym_register,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(790), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(643), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(396), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9828] = 10,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(808), 1,
      anon_sym_COMMA,
    STATE(479), 1,
      aux_sym_data_repeat1,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(806), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [9875] = 8,
    ACTIONS(545), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(547), 1,
      aux_sym_align_token1,
    ACTIONS(549), 1,
      sym__mnemonic_head,
    ACTIONS(551), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    ACTIONS(812), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(541), 6,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(539), 10,
      anon_sym_EQ,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
  [9918] = 2,
    ACTIONS(288), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(286), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9949] = 2,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 23,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [9980] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(814), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10022] = 2,
    ACTIONS(591), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(593), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10052] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(816), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10094] = 2,
    ACTIONS(571), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(573), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10124] = 2,
    ACTIONS(575), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(577), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10154] = 2,
    ACTIONS(587), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(589), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10184] = 12,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(796), 1,
      anon_sym_TO,
    ACTIONS(798), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(800), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(794), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(212), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10234] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(818), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10276] = 2,
    ACTIONS(579), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(581), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10306] = 2,
    ACTIONS(595), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(597), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10336] = 2,
    ACTIONS(567), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(569), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10366] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(820), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10408] = 11,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(824), 1,
      anon_sym_TO,
    ACTIONS(826), 1,
      anon_sym_COMMA,
    STATE(515), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(822), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10456] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(828), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10498] = 2,
    ACTIONS(583), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(585), 19,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_string,
  [10528] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(830), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10569] = 5,
    ACTIONS(832), 1,
      anon_sym_LPAREN,
    STATE(258), 1,
      sym_argument_list,
    ACTIONS(834), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10604] = 2,
    ACTIONS(324), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(322), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10633] = 2,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10662] = 2,
    ACTIONS(340), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(338), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10691] = 2,
    ACTIONS(344), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(342), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10720] = 5,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(836), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(840), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 14,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10755] = 4,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(840), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 16,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10788] = 2,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10817] = 7,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(844), 1,
      anon_sym_AND,
    ACTIONS(836), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(846), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(840), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(842), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 7,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
  [10856] = 6,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(836), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(846), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(840), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(842), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(314), 8,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
  [10893] = 3,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 20,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [10924] = 13,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(848), 1,
      anon_sym_LOCAL,
    ACTIONS(850), 1,
      anon_sym_LPAREN2,
    ACTIONS(852), 1,
      sym_builtin_variable,
    STATE(105), 1,
      sym_argument_list,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(854), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(219), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10975] = 11,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(856), 1,
      anon_sym_TO,
    ACTIONS(858), 1,
      anon_sym_COMMA,
    STATE(523), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(822), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11022] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(860), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11063] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(862), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11104] = 8,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(844), 1,
      anon_sym_AND,
    ACTIONS(836), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(864), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(846), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(840), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(326), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(842), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11145] = 8,
    ACTIONS(838), 1,
      anon_sym_CARET,
    ACTIONS(844), 1,
      anon_sym_AND,
    ACTIONS(836), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(864), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(846), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(840), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(334), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(842), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11186] = 2,
    ACTIONS(328), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(326), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [11215] = 2,
    ACTIONS(336), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(334), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [11244] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(866), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11285] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(868), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11325] = 12,
    ACTIONS(704), 1,
      anon_sym_LPAREN,
    ACTIONS(874), 1,
      anon_sym_LPAREN2,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(878), 1,
      sym_builtin_variable,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    STATE(202), 1,
      sym_argument_list,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(882), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(201), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11373] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(334), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11413] = 9,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(888), 1,
      anon_sym_STEP,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(886), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11455] = 9,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(756), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(760), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(762), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(326), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(764), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11497] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(892), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11537] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(326), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11577] = 12,
    ACTIONS(294), 1,
      anon_sym_LPAREN,
    ACTIONS(898), 1,
      anon_sym_LPAREN2,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(902), 1,
      sym_builtin_variable,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    STATE(48), 1,
      sym_argument_list,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(906), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(41), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11625] = 9,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(756), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(760), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(762), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(334), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(764), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11667] = 5,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    STATE(146), 1,
      sym_argument_list,
    ACTIONS(910), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [11701] = 12,
    ACTIONS(402), 1,
      anon_sym_LPAREN,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(912), 1,
      anon_sym_LPAREN2,
    ACTIONS(914), 1,
      sym_builtin_variable,
    STATE(83), 1,
      sym_argument_list,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(916), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(82), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11749] = 12,
    ACTIONS(918), 1,
      anon_sym_LPAREN,
    ACTIONS(924), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(928), 1,
      sym_builtin_variable,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    STATE(409), 1,
      sym_argument_list,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(932), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(407), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11797] = 12,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(936), 1,
      anon_sym_LPAREN2,
    ACTIONS(938), 1,
      sym_builtin_variable,
    STATE(162), 1,
      sym_argument_list,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(940), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(156), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11845] = 12,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    ACTIONS(924), 1,
      anon_sym_LPAREN2,
    ACTIONS(928), 1,
      sym_builtin_variable,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    STATE(409), 1,
      sym_argument_list,
    ACTIONS(932), 2,
      sym_number,
      sym_string,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(407), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11893] = 12,
    ACTIONS(398), 1,
      anon_sym_LPAREN,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(952), 1,
      anon_sym_LPAREN2,
    ACTIONS(954), 1,
      sym_builtin_variable,
    STATE(63), 1,
      sym_argument_list,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(956), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(62), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11941] = 12,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(850), 1,
      anon_sym_LPAREN2,
    ACTIONS(958), 1,
      sym_builtin_variable,
    STATE(117), 1,
      sym_argument_list,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(960), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(116), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11989] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(962), 1,
      anon_sym_RPAREN,
    ACTIONS(964), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(966), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(270), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12034] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(968), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12073] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(970), 1,
      anon_sym_RPAREN,
    ACTIONS(972), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(974), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(243), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12118] = 4,
    ACTIONS(918), 1,
      anon_sym_LPAREN,
    STATE(410), 1,
      sym_argument_list,
    ACTIONS(292), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(290), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [12149] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(976), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12188] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(978), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12227] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(980), 1,
      anon_sym_ERROR,
    ACTIONS(982), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(984), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(398), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12272] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(986), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12311] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(990), 1,
      anon_sym_RPAREN,
    STATE(600), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12354] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(982), 1,
      sym_builtin_variable,
    ACTIONS(994), 1,
      anon_sym_ERROR,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(984), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(398), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12399] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(996), 1,
      anon_sym_RPAREN,
    ACTIONS(998), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1000), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(247), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12444] = 3,
    ACTIONS(834), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [12473] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1002), 1,
      anon_sym_RPAREN,
    STATE(609), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12516] = 2,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [12543] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1004), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12582] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1006), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12621] = 2,
    ACTIONS(288), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(286), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [12648] = 2,
    ACTIONS(332), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(330), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [12675] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1008), 1,
      anon_sym_RPAREN,
    ACTIONS(1010), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1012), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(254), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12720] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1014), 1,
      anon_sym_RPAREN,
    STATE(573), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12763] = 3,
    STATE(255), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1016), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    ACTIONS(1019), 16,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      anon_sym_EQ,
      anon_sym_RBRACK,
      anon_sym_DOT,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [12792] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1021), 1,
      anon_sym_RPAREN,
    ACTIONS(1023), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1025), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(257), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12837] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1027), 1,
      anon_sym_RPAREN,
    STATE(580), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12880] = 2,
    ACTIONS(298), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(296), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [12907] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1029), 1,
      anon_sym_RPAREN,
    ACTIONS(1031), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1033), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(260), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12952] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1035), 1,
      anon_sym_RPAREN,
    STATE(586), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12995] = 2,
    ACTIONS(306), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_QMARK,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [13022] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1037), 1,
      anon_sym_RPAREN,
    ACTIONS(1039), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1041), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(263), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13067] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1043), 1,
      anon_sym_RPAREN,
    STATE(590), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13110] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1045), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13149] = 8,
    ACTIONS(521), 1,
      anon_sym_CARET,
    ACTIONS(523), 1,
      anon_sym_AND,
    ACTIONS(770), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(810), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(525), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1047), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(529), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(517), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13188] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1049), 1,
      anon_sym_RPAREN,
    ACTIONS(1051), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1053), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(267), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13233] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1055), 1,
      anon_sym_RPAREN,
    STATE(595), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13276] = 11,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1057), 1,
      anon_sym_RPAREN,
    ACTIONS(1059), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1061), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(269), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13321] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1063), 1,
      anon_sym_RPAREN,
    STATE(598), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13364] = 10,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1065), 1,
      anon_sym_RPAREN,
    STATE(567), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13407] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1069), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1071), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(200), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13449] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1073), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1075), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(264), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13491] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1077), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1079), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(224), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13533] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1081), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1083), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(239), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13575] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1087), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1089), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(43), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13617] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1091), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1093), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(211), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13659] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1095), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1097), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(240), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13701] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1099), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1101), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(110), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13743] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1103), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1105), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(35), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13785] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1107), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1109), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(36), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13827] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1111), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1113), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(37), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13869] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1115), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1117), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(38), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13911] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1119), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1121), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(39), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13953] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1123), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1125), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(40), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13995] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1127), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1129), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(265), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14037] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1131), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1133), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(242), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14079] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1135), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1137), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(395), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14121] = 3,
    ACTIONS(1141), 1,
      anon_sym_LPAREN,
    STATE(426), 1,
      sym_argument_list,
    ACTIONS(1139), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [14149] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1143), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1145), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(223), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14191] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1147), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1149), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(403), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14233] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1151), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1153), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(185), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14275] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1155), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1157), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(183), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14317] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1159), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1161), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(179), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14359] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1163), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1165), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(85), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14401] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1167), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1169), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(75), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14443] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1171), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1173), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(86), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14485] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1175), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1177), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(87), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14527] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1179), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1181), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(88), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14569] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1183), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1185), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(89), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14611] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1187), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1189), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(198), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14653] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1191), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1193), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(412), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14695] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1195), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1197), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(413), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14737] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1199), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1201), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(414), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14779] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1203), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1205), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(415), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14821] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1207), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1209), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(416), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14863] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1211), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1213), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(392), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14905] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1215), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1217), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(236), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14947] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1219), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1221), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(227), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14989] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1223), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1225), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(160), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15031] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1227), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1229), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(161), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15073] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1231), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1233), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(165), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15115] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1235), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1237), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(163), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15157] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1239), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1241), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(164), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15199] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1243), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1245), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(166), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15241] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1247), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1249), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(250), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15283] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1251), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1253), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(194), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15325] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1255), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1257), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(65), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15367] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1259), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1261), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(66), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15409] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1263), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1265), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(67), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15451] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1267), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1269), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(68), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15493] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1271), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1273), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(69), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15535] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1275), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1277), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(70), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15577] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1279), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1281), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(249), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15619] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1283), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1285), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(353), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15661] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1287), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1289), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(115), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15703] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1291), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1293), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(222), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15745] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1295), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1297), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(204), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15787] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1299), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1301), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(205), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15829] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1303), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1305), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(206), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15871] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1307), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1309), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(207), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15913] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1311), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1313), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(391), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15955] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1315), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1317), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(209), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15997] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1319), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1321), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(2), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16039] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1323), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1325), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(118), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16081] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(326), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16119] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(334), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16157] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1327), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1329), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(113), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16199] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1331), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1333), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(111), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16241] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1335), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1337), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(109), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16283] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1339), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1341), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(119), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16325] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1343), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1345), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(42), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16367] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1347), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1349), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(427), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16409] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1351), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1353), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(221), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16451] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1355), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1357), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(114), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16493] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1359), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1361), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(420), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16535] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1363), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1365), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(418), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16577] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1199), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1201), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(414), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16619] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1367), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1369), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(422), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16661] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1371), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1373), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(423), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16703] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1375), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1377), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(421), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16745] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1379), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1381), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(425), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16787] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1383), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1385), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(81), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16829] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1387), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16867] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1389), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1391), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(112), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16909] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1393), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1395), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(47), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16951] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1397), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1399), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(170), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16993] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1401), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1403), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(225), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17035] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1405), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1407), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(406), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17077] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1409), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1411), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(404), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17119] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1413), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1415), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(93), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17161] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1417), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1419), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(44), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17203] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1421), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1423), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(157), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17245] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1425), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1427), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(394), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17287] = 10,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(692), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_fn_name,
    ACTIONS(700), 1,
      sym_identifier,
    ACTIONS(1429), 1,
      sym_builtin_variable,
    ACTIONS(688), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1431), 2,
      sym_number,
      sym_string,
    STATE(80), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(686), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(92), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17329] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1405), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1407), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(406), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17371] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1433), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1435), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(411), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17413] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1437), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1439), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(167), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17455] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(926), 1,
      sym_builtin_function,
    ACTIONS(930), 1,
      sym_fn_name,
    ACTIONS(934), 1,
      sym_identifier,
    ACTIONS(1441), 1,
      sym_builtin_variable,
    ACTIONS(922), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1443), 2,
      sym_number,
      sym_string,
    STATE(246), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(920), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(393), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17497] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1445), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1447), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(61), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17539] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1425), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1427), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(394), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17581] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1449), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1451), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(168), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17623] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1453), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1455), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(336), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17665] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_fn_name,
    ACTIONS(950), 1,
      sym_identifier,
    ACTIONS(1441), 1,
      sym_builtin_variable,
    ACTIONS(944), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1443), 2,
      sym_number,
      sym_string,
    STATE(386), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(942), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(393), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17707] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1457), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1459), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(57), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17749] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1461), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1463), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(335), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17791] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1465), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1467), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(215), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17833] = 10,
    ACTIONS(666), 1,
      anon_sym_LPAREN2,
    ACTIONS(668), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_fn_name,
    ACTIONS(676), 1,
      sym_identifier,
    ACTIONS(1469), 1,
      sym_builtin_variable,
    ACTIONS(664), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1471), 2,
      sym_number,
      sym_string,
    STATE(60), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(662), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(56), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17875] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1473), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1475), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(217), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17917] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1477), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1479), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(214), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17959] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1481), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1483), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(169), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18001] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1485), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1487), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(216), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18043] = 10,
    ACTIONS(900), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_fn_name,
    ACTIONS(908), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_LPAREN2,
    ACTIONS(1489), 1,
      sym_builtin_variable,
    ACTIONS(896), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1491), 2,
      sym_number,
      sym_string,
    STATE(46), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(894), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(3), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18085] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(466), 1,
      sym_identifier,
    ACTIONS(1493), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1495), 2,
      sym_number,
      sym_string,
    STATE(104), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(195), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18127] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1497), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1499), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(397), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18169] = 4,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    STATE(410), 1,
      sym_argument_list,
    ACTIONS(292), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(290), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18199] = 3,
    ACTIONS(910), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(310), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18227] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1501), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1503), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(400), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18269] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1505), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1507), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(405), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18311] = 10,
    ACTIONS(782), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(788), 1,
      sym_fn_name,
    ACTIONS(792), 1,
      sym_identifier,
    ACTIONS(1509), 1,
      sym_builtin_variable,
    ACTIONS(780), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1511), 2,
      sym_number,
      sym_string,
    STATE(142), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(776), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(408), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18353] = 10,
    ACTIONS(876), 1,
      sym_builtin_function,
    ACTIONS(880), 1,
      sym_fn_name,
    ACTIONS(884), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      anon_sym_LPAREN2,
    ACTIONS(1513), 1,
      sym_builtin_variable,
    ACTIONS(872), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1515), 2,
      sym_number,
      sym_string,
    STATE(176), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(870), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(208), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18395] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1517), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18432] = 3,
    ACTIONS(1519), 1,
      anon_sym_CARET,
    ACTIONS(316), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 15,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18459] = 2,
    ACTIONS(328), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(326), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18484] = 2,
    ACTIONS(336), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(334), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18509] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(814), 1,
      anon_sym_RBRACK,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18546] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(828), 1,
      anon_sym_RBRACK,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18583] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1521), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18620] = 8,
    ACTIONS(1519), 1,
      anon_sym_CARET,
    ACTIONS(1525), 1,
      sym_rest_of_statement,
    ACTIONS(1531), 1,
      anon_sym_AND,
    ACTIONS(1527), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1529), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1533), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1535), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1523), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18657] = 2,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18682] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1537), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18719] = 2,
    ACTIONS(306), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18744] = 2,
    ACTIONS(288), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(286), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18769] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1539), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18806] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1541), 1,
      anon_sym_TO,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18843] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1543), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18880] = 2,
    ACTIONS(324), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(322), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18905] = 2,
    ACTIONS(320), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18930] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1545), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18967] = 2,
    ACTIONS(340), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(338), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [18992] = 2,
    ACTIONS(344), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(342), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [19017] = 8,
    ACTIONS(758), 1,
      anon_sym_CARET,
    ACTIONS(766), 1,
      anon_sym_AND,
    ACTIONS(1547), 1,
      anon_sym_RPAREN,
    ACTIONS(890), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(992), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(762), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(764), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19054] = 5,
    ACTIONS(1519), 1,
      anon_sym_CARET,
    ACTIONS(1527), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(316), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1535), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19085] = 4,
    ACTIONS(1519), 1,
      anon_sym_CARET,
    ACTIONS(316), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1535), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 11,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19114] = 2,
    ACTIONS(316), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 16,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [19139] = 8,
    ACTIONS(316), 1,
      sym_rest_of_statement,
    ACTIONS(1519), 1,
      anon_sym_CARET,
    ACTIONS(1531), 1,
      anon_sym_AND,
    ACTIONS(314), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1527), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1533), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1535), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1523), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19176] = 7,
    ACTIONS(316), 1,
      sym_rest_of_statement,
    ACTIONS(1519), 1,
      anon_sym_CARET,
    ACTIONS(1527), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(314), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1533), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1535), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1523), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19211] = 1,
    ACTIONS(1139), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [19233] = 4,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1551), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 11,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19261] = 1,
    ACTIONS(286), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [19283] = 5,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1551), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(314), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19313] = 3,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 15,
      anon_sym_EQ,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
  [19339] = 7,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(1557), 1,
      anon_sym_AND,
    ACTIONS(314), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1559), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1551), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1555), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19373] = 6,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(314), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1559), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1551), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1555), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19405] = 1,
    ACTIONS(304), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [19427] = 8,
    ACTIONS(326), 1,
      anon_sym_EQ,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(1557), 1,
      anon_sym_AND,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1561), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1559), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1551), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1555), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19463] = 1,
    ACTIONS(296), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [19485] = 8,
    ACTIONS(334), 1,
      anon_sym_EQ,
    ACTIONS(1549), 1,
      anon_sym_CARET,
    ACTIONS(1557), 1,
      anon_sym_AND,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1561), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1559), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1551), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1555), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19521] = 1,
    ACTIONS(300), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
      aux_sym_opt_directive_token1,
      aux_sym_data_token1,
      aux_sym_data_token2,
      aux_sym_data_token3,
      aux_sym_data_token4,
      aux_sym_data_token5,
      aux_sym_data_token6,
      aux_sym_data_token7,
      aux_sym_data_token8,
      aux_sym_data_token9,
      aux_sym_align_token1,
  [19543] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1567), 1,
      anon_sym_ELSE,
    ACTIONS(1569), 1,
      anon_sym_SEMI,
    ACTIONS(1573), 1,
      sym_builtin_variable,
    ACTIONS(1575), 1,
      sym_identifier,
    STATE(472), 1,
      sym_array_element,
    STATE(508), 1,
      aux_sym_sys_call_repeat2,
    STATE(632), 1,
      sym_parenthesized_expression,
    ACTIONS(1563), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(489), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19585] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1579), 1,
      anon_sym_ELSE,
    ACTIONS(1581), 1,
      anon_sym_SEMI,
    ACTIONS(1583), 1,
      sym_builtin_variable,
    STATE(472), 1,
      sym_array_element,
    STATE(493), 1,
      aux_sym_sys_call_repeat2,
    STATE(632), 1,
      sym_parenthesized_expression,
    ACTIONS(1577), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(491), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19627] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1587), 1,
      anon_sym_ELSE,
    ACTIONS(1589), 1,
      sym_builtin_variable,
    STATE(472), 1,
      sym_array_element,
    STATE(632), 1,
      sym_parenthesized_expression,
    STATE(517), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1585), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19662] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1569), 1,
      anon_sym_SEMI,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1593), 1,
      sym_builtin_variable,
    ACTIONS(1595), 1,
      sym_identifier,
    STATE(472), 1,
      sym_array_element,
    STATE(522), 1,
      aux_sym_sys_call_repeat2,
    STATE(632), 1,
      sym_parenthesized_expression,
    ACTIONS(1563), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(521), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19701] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1581), 1,
      anon_sym_SEMI,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1595), 1,
      sym_identifier,
    ACTIONS(1597), 1,
      sym_builtin_variable,
    STATE(472), 1,
      sym_array_element,
    STATE(529), 1,
      aux_sym_sys_call_repeat2,
    STATE(632), 1,
      sym_parenthesized_expression,
    ACTIONS(1577), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(528), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19740] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1589), 1,
      sym_builtin_variable,
    ACTIONS(1595), 1,
      sym_identifier,
    STATE(472), 1,
      sym_array_element,
    STATE(632), 1,
      sym_parenthesized_expression,
    STATE(517), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1585), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19772] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1601), 1,
      anon_sym_ELSE,
    ACTIONS(1605), 1,
      sym_builtin_variable,
    ACTIONS(1607), 1,
      sym_identifier,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    ACTIONS(1599), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(526), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19805] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1609), 1,
      anon_sym_RETURN,
    ACTIONS(1613), 1,
      sym_builtin_variable,
    ACTIONS(1615), 1,
      sym_identifier,
    STATE(554), 1,
      sym_array_element,
    STATE(605), 1,
      sym_parameter,
    STATE(630), 1,
      sym_parenthesized_expression,
    STATE(622), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1611), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19837] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1605), 1,
      sym_builtin_variable,
    ACTIONS(1607), 1,
      sym_identifier,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    ACTIONS(1599), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(526), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19867] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1609), 1,
      anon_sym_RETURN,
    ACTIONS(1613), 1,
      sym_builtin_variable,
    ACTIONS(1615), 1,
      sym_identifier,
    STATE(554), 1,
      sym_array_element,
    STATE(626), 1,
      sym_parameter,
    STATE(630), 1,
      sym_parenthesized_expression,
    STATE(622), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1611), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19899] = 4,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    STATE(105), 1,
      sym_argument_list,
    ACTIONS(1619), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19921] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(226), 1,
      anon_sym_ERROR,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1621), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(532), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19950] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1623), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(585), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19976] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1625), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(616), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20002] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1627), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(556), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20028] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1629), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(588), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20054] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1631), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(558), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20080] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1633), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(551), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20106] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1635), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(579), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20132] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1637), 1,
      sym_builtin_variable,
    STATE(470), 1,
      sym_array_element,
    STATE(635), 1,
      sym_parenthesized_expression,
    STATE(537), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20158] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1639), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(559), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20184] = 2,
    ACTIONS(1619), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20200] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1643), 1,
      sym_builtin_variable,
    ACTIONS(1645), 1,
      sym_identifier,
    STATE(606), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(645), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1641), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20226] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1607), 1,
      sym_identifier,
    ACTIONS(1647), 1,
      sym_builtin_variable,
    STATE(514), 1,
      sym_array_element,
    STATE(634), 1,
      sym_parenthesized_expression,
    STATE(583), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20252] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1615), 1,
      sym_identifier,
    ACTIONS(1649), 1,
      sym_builtin_variable,
    STATE(554), 1,
      sym_array_element,
    STATE(630), 1,
      sym_parenthesized_expression,
    STATE(621), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1611), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20278] = 4,
    ACTIONS(1655), 1,
      anon_sym_COMMA,
    STATE(527), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1651), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1653), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20297] = 4,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    STATE(146), 1,
      sym_argument_list,
    ACTIONS(1657), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20315] = 4,
    ACTIONS(704), 1,
      anon_sym_LPAREN,
    STATE(172), 1,
      sym_argument_list,
    ACTIONS(1659), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20333] = 4,
    ACTIONS(541), 1,
      anon_sym_RBRACK,
    STATE(461), 1,
      aux_sym_assembler_block_repeat2,
    STATE(138), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1661), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20350] = 4,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    STATE(105), 1,
      sym_argument_list,
    ACTIONS(1663), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20367] = 4,
    ACTIONS(617), 1,
      anon_sym_RBRACK,
    STATE(461), 1,
      aux_sym_assembler_block_repeat2,
    STATE(137), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1665), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20384] = 4,
    ACTIONS(294), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(1659), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20401] = 4,
    ACTIONS(1670), 1,
      anon_sym_RBRACK,
    STATE(461), 1,
      aux_sym_assembler_block_repeat2,
    STATE(140), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1667), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20418] = 4,
    ACTIONS(541), 1,
      anon_sym_RBRACK,
    STATE(459), 1,
      aux_sym_assembler_block_repeat2,
    STATE(138), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1661), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20435] = 4,
    ACTIONS(561), 1,
      anon_sym_RBRACK,
    STATE(457), 1,
      aux_sym_assembler_block_repeat2,
    STATE(122), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1672), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20452] = 2,
    ACTIONS(1676), 1,
      anon_sym_BANG,
    ACTIONS(1674), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20464] = 2,
    ACTIONS(1680), 1,
      anon_sym_CARET,
    ACTIONS(1678), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20476] = 3,
    ACTIONS(1684), 1,
      anon_sym_COMMA,
    STATE(477), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1682), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20490] = 3,
    ACTIONS(1688), 1,
      anon_sym_COMMA,
    STATE(467), 1,
      aux_sym_data_repeat1,
    ACTIONS(1686), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20504] = 5,
    ACTIONS(778), 1,
      anon_sym_POUND,
    STATE(628), 1,
      sym__base_register,
    STATE(646), 1,
      sym_immediate,
    ACTIONS(1691), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1693), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [20522] = 3,
    ACTIONS(1697), 1,
      anon_sym_COMMA,
    ACTIONS(1699), 1,
      anon_sym_BANG,
    ACTIONS(1695), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20536] = 2,
    ACTIONS(1657), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20548] = 3,
    ACTIONS(1684), 1,
      anon_sym_COMMA,
    STATE(478), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1701), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20562] = 2,
    ACTIONS(1659), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20574] = 2,
    ACTIONS(1705), 1,
      anon_sym_CARET,
    ACTIONS(1703), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20586] = 2,
    ACTIONS(1709), 1,
      anon_sym_BANG,
    ACTIONS(1707), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20598] = 2,
    ACTIONS(1713), 1,
      anon_sym_BANG,
    ACTIONS(1711), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20610] = 3,
    ACTIONS(1684), 1,
      anon_sym_COMMA,
    STATE(466), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1715), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20624] = 3,
    ACTIONS(1719), 1,
      anon_sym_COMMA,
    STATE(477), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1717), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20638] = 3,
    ACTIONS(1684), 1,
      anon_sym_COMMA,
    STATE(477), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1722), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20652] = 3,
    ACTIONS(808), 1,
      anon_sym_COMMA,
    STATE(467), 1,
      aux_sym_data_repeat1,
    ACTIONS(1724), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20666] = 5,
    ACTIONS(360), 1,
      anon_sym_POUND,
    STATE(495), 1,
      sym__base_register,
    STATE(502), 1,
      sym_immediate,
    ACTIONS(1726), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1728), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [20684] = 2,
    ACTIONS(1732), 1,
      anon_sym_BANG,
    ACTIONS(1730), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20696] = 3,
    ACTIONS(1734), 1,
      anon_sym_COMMA,
    ACTIONS(1737), 1,
      anon_sym_BANG,
    ACTIONS(818), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20710] = 2,
    ACTIONS(1741), 1,
      anon_sym_CARET,
    ACTIONS(1739), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20722] = 2,
    ACTIONS(1745), 1,
      anon_sym_BANG,
    ACTIONS(1743), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20734] = 2,
    ACTIONS(1749), 1,
      anon_sym_BANG,
    ACTIONS(1747), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20746] = 1,
    ACTIONS(1751), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20755] = 1,
    ACTIONS(1753), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20764] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1757), 1,
      anon_sym_SEMI,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1755), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20779] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1761), 1,
      anon_sym_SEMI,
    STATE(488), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1759), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20794] = 1,
    ACTIONS(1763), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20803] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1767), 1,
      anon_sym_SEMI,
    STATE(509), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1765), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20818] = 1,
    ACTIONS(1769), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20827] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1773), 1,
      anon_sym_SEMI,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1771), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20842] = 1,
    ACTIONS(1775), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20851] = 2,
    ACTIONS(1779), 1,
      anon_sym_COMMA,
    ACTIONS(1777), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20862] = 1,
    ACTIONS(1781), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20871] = 1,
    ACTIONS(1783), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20880] = 1,
    ACTIONS(1785), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20889] = 1,
    ACTIONS(1787), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20898] = 3,
    ACTIONS(1791), 1,
      anon_sym_COMMA,
    STATE(500), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1789), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [20911] = 1,
    ACTIONS(1794), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20920] = 1,
    ACTIONS(1777), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20929] = 1,
    ACTIONS(1796), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20938] = 1,
    ACTIONS(1798), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20947] = 2,
    ACTIONS(1802), 1,
      anon_sym_COMMA,
    ACTIONS(1800), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20958] = 1,
    ACTIONS(1804), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20967] = 4,
    ACTIONS(1808), 1,
      anon_sym_EQ,
    ACTIONS(1810), 1,
      anon_sym_LPAREN,
    STATE(552), 1,
      sym_parameter_list,
    ACTIONS(1806), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20982] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1814), 1,
      anon_sym_SEMI,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1812), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20997] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1818), 1,
      anon_sym_SEMI,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1816), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21012] = 1,
    ACTIONS(1820), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21021] = 3,
    ACTIONS(1824), 1,
      anon_sym_COMMA,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1822), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21034] = 4,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    STATE(146), 1,
      sym_argument_list,
    ACTIONS(1617), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1827), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21049] = 1,
    ACTIONS(1829), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21058] = 2,
    ACTIONS(1663), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1617), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21069] = 4,
    ACTIONS(826), 1,
      anon_sym_COMMA,
    ACTIONS(1833), 1,
      anon_sym_TO,
    STATE(500), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1831), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21084] = 3,
    ACTIONS(1655), 1,
      anon_sym_COMMA,
    STATE(539), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1835), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21096] = 1,
    ACTIONS(1837), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21104] = 4,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1818), 1,
      anon_sym_SEMI,
    STATE(519), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1816), 2,
      sym__newline,
      anon_sym_COLON,
  [21118] = 3,
    ACTIONS(1839), 1,
      anon_sym_COMMA,
    STATE(519), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1822), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [21130] = 3,
    ACTIONS(1844), 1,
      anon_sym_COMMA,
    STATE(520), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1842), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21142] = 4,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1761), 1,
      anon_sym_SEMI,
    STATE(536), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1759), 2,
      sym__newline,
      anon_sym_COLON,
  [21156] = 4,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1814), 1,
      anon_sym_SEMI,
    STATE(519), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1812), 2,
      sym__newline,
      anon_sym_COLON,
  [21170] = 4,
    ACTIONS(858), 1,
      anon_sym_COMMA,
    ACTIONS(1847), 1,
      anon_sym_TO,
    STATE(530), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1831), 2,
      sym__newline,
      anon_sym_COLON,
  [21184] = 3,
    ACTIONS(1851), 1,
      anon_sym_COMMA,
    STATE(520), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1849), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21196] = 3,
    ACTIONS(444), 1,
      anon_sym_LPAREN,
    STATE(584), 1,
      sym_argument_list,
    ACTIONS(1853), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21208] = 3,
    ACTIONS(1655), 1,
      anon_sym_COMMA,
    STATE(516), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1855), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21220] = 3,
    ACTIONS(1655), 1,
      anon_sym_COMMA,
    STATE(539), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1857), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21232] = 4,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1767), 1,
      anon_sym_SEMI,
    STATE(518), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1765), 2,
      sym__newline,
      anon_sym_COLON,
  [21246] = 4,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1773), 1,
      anon_sym_SEMI,
    STATE(519), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1771), 2,
      sym__newline,
      anon_sym_COLON,
  [21260] = 3,
    ACTIONS(1859), 1,
      anon_sym_COMMA,
    STATE(530), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1789), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [21272] = 3,
    ACTIONS(1851), 1,
      anon_sym_COMMA,
    STATE(524), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1862), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21284] = 3,
    ACTIONS(1655), 1,
      anon_sym_COMMA,
    STATE(527), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1651), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21296] = 3,
    ACTIONS(1810), 1,
      anon_sym_LPAREN,
    STATE(599), 1,
      sym_parameter_list,
    ACTIONS(1864), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21308] = 1,
    ACTIONS(1670), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21316] = 1,
    ACTIONS(1866), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21324] = 4,
    ACTIONS(1591), 1,
      anon_sym_COMMA,
    ACTIONS(1757), 1,
      anon_sym_SEMI,
    STATE(519), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1755), 2,
      sym__newline,
      anon_sym_COLON,
  [21338] = 1,
    ACTIONS(1868), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21346] = 1,
    ACTIONS(1653), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21354] = 3,
    ACTIONS(1872), 1,
      anon_sym_COMMA,
    STATE(539), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1870), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21366] = 4,
    ACTIONS(563), 1,
      anon_sym_LPAREN,
    ACTIONS(1617), 1,
      anon_sym_EQ,
    STATE(146), 1,
      sym_argument_list,
    ACTIONS(1875), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21380] = 1,
    ACTIONS(1877), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21388] = 2,
    ACTIONS(1881), 1,
      sym_rest_of_statement,
    ACTIONS(1879), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21397] = 3,
    ACTIONS(1883), 1,
      anon_sym_COLON,
    STATE(543), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1886), 2,
      sym__newline,
      anon_sym_ELSE,
  [21408] = 3,
    ACTIONS(1888), 1,
      anon_sym_COLON,
    STATE(543), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1890), 2,
      sym__newline,
      anon_sym_ELSE,
  [21419] = 3,
    ACTIONS(1888), 1,
      anon_sym_COLON,
    STATE(544), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1892), 2,
      sym__newline,
      anon_sym_ELSE,
  [21430] = 1,
    ACTIONS(1842), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21437] = 1,
    ACTIONS(1894), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21444] = 1,
    ACTIONS(1896), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [21451] = 3,
    ACTIONS(1900), 1,
      anon_sym_RBRACE,
    STATE(593), 1,
      sym_register_range,
    ACTIONS(1898), 2,
      sym_register,
      sym_identifier,
  [21462] = 4,
    ACTIONS(1902), 1,
      anon_sym_COMMA,
    ACTIONS(1904), 1,
      anon_sym_DASH,
    ACTIONS(1906), 1,
      anon_sym_RBRACE,
    STATE(607), 1,
      aux_sym_register_list_repeat1,
  [21475] = 1,
    ACTIONS(1908), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21482] = 2,
    ACTIONS(1912), 1,
      anon_sym_EQ,
    ACTIONS(1910), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21491] = 1,
    ACTIONS(1914), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [21498] = 2,
    ACTIONS(1617), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1827), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21507] = 2,
    STATE(625), 1,
      sym_register_range,
    ACTIONS(1916), 2,
      sym_register,
      sym_identifier,
  [21515] = 1,
    ACTIONS(1918), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21521] = 1,
    ACTIONS(1920), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21527] = 1,
    ACTIONS(1922), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21533] = 1,
    ACTIONS(1924), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21539] = 1,
    ACTIONS(1926), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21545] = 1,
    ACTIONS(1928), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21551] = 1,
    ACTIONS(1930), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21557] = 2,
    ACTIONS(1934), 1,
      anon_sym_ELSE,
    ACTIONS(1932), 2,
      sym__newline,
      anon_sym_COLON,
  [21565] = 2,
    ACTIONS(1938), 1,
      anon_sym_ELSE,
    ACTIONS(1936), 2,
      sym__newline,
      anon_sym_COLON,
  [21573] = 1,
    ACTIONS(1940), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21579] = 3,
    ACTIONS(1942), 1,
      anon_sym_COMMA,
    ACTIONS(1945), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21589] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1947), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21599] = 3,
    ACTIONS(1949), 1,
      anon_sym_COLON,
    ACTIONS(1952), 1,
      sym__newline,
    STATE(568), 1,
      aux_sym__statements_repeat1,
  [21609] = 1,
    ACTIONS(1954), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21615] = 1,
    ACTIONS(1956), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21621] = 1,
    ACTIONS(1958), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21627] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1960), 1,
      sym__newline,
    STATE(568), 1,
      aux_sym__statements_repeat1,
  [21637] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1962), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21647] = 3,
    ACTIONS(1892), 1,
      sym__newline,
    ACTIONS(1964), 1,
      anon_sym_COLON,
    STATE(613), 1,
      aux_sym__inline_statements_repeat1,
  [21657] = 3,
    ACTIONS(1966), 1,
      anon_sym_COMMA,
    ACTIONS(1969), 1,
      anon_sym_RBRACE,
    STATE(575), 1,
      aux_sym_register_list_repeat1,
  [21667] = 3,
    ACTIONS(1971), 1,
      anon_sym_COMMA,
    ACTIONS(1974), 1,
      anon_sym_RPAREN,
    STATE(576), 1,
      aux_sym_parameter_list_repeat1,
  [21677] = 2,
    ACTIONS(1904), 1,
      anon_sym_DASH,
    ACTIONS(1969), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21685] = 1,
    ACTIONS(1976), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21691] = 1,
    ACTIONS(1978), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21697] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1980), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21707] = 2,
    STATE(505), 1,
      sym__base_register,
    ACTIONS(1982), 2,
      sym_register,
      sym_identifier,
  [21715] = 1,
    ACTIONS(1984), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21721] = 1,
    ACTIONS(1986), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21727] = 1,
    ACTIONS(1988), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21733] = 1,
    ACTIONS(1990), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21739] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(1992), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21749] = 2,
    ACTIONS(1994), 1,
      sym_rest_of_statement,
    ACTIONS(1879), 2,
      sym__newline,
      anon_sym_COLON,
  [21757] = 1,
    ACTIONS(1996), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21763] = 1,
    ACTIONS(1998), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21769] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(2000), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21779] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1960), 1,
      sym__newline,
    STATE(601), 1,
      aux_sym__statements_repeat1,
  [21789] = 2,
    STATE(620), 1,
      sym__base_register,
    ACTIONS(2002), 2,
      sym_register,
      sym_identifier,
  [21797] = 3,
    ACTIONS(1902), 1,
      anon_sym_COMMA,
    ACTIONS(1906), 1,
      anon_sym_RBRACE,
    STATE(607), 1,
      aux_sym_register_list_repeat1,
  [21807] = 3,
    ACTIONS(1886), 1,
      sym__newline,
    ACTIONS(2004), 1,
      anon_sym_COLON,
    STATE(594), 1,
      aux_sym__inline_statements_repeat1,
  [21817] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(2007), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21827] = 3,
    ACTIONS(2009), 1,
      sym_identifier,
    STATE(531), 1,
      sym_dim_item,
    STATE(547), 1,
      sym_array_element,
  [21837] = 1,
    ACTIONS(2011), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21843] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(2013), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21853] = 1,
    ACTIONS(2015), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21859] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(2017), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21869] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(2019), 1,
      sym__newline,
    STATE(568), 1,
      aux_sym__statements_repeat1,
  [21879] = 2,
    ACTIONS(2021), 1,
      anon_sym_ELSE,
    ACTIONS(1932), 2,
      sym__newline,
      anon_sym_COLON,
  [21887] = 1,
    ACTIONS(2023), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21893] = 2,
    ACTIONS(2025), 1,
      anon_sym_ELSE,
    ACTIONS(1936), 2,
      sym__newline,
      anon_sym_COLON,
  [21901] = 3,
    ACTIONS(2027), 1,
      anon_sym_COMMA,
    ACTIONS(2029), 1,
      anon_sym_RPAREN,
    STATE(610), 1,
      aux_sym_parameter_list_repeat1,
  [21911] = 2,
    ACTIONS(1617), 1,
      anon_sym_EQ,
    ACTIONS(1875), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21919] = 3,
    ACTIONS(1902), 1,
      anon_sym_COMMA,
    ACTIONS(2031), 1,
      anon_sym_RBRACE,
    STATE(575), 1,
      aux_sym_register_list_repeat1,
  [21929] = 3,
    ACTIONS(2009), 1,
      sym_identifier,
    STATE(546), 1,
      sym_dim_item,
    STATE(547), 1,
      sym_array_element,
  [21939] = 3,
    ACTIONS(988), 1,
      anon_sym_COMMA,
    ACTIONS(2033), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
  [21949] = 3,
    ACTIONS(2027), 1,
      anon_sym_COMMA,
    ACTIONS(2035), 1,
      anon_sym_RPAREN,
    STATE(576), 1,
      aux_sym_parameter_list_repeat1,
  [21959] = 2,
    STATE(619), 1,
      sym__base_register,
    ACTIONS(2037), 2,
      sym_register,
      sym_identifier,
  [21967] = 1,
    ACTIONS(2039), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21973] = 3,
    ACTIONS(1890), 1,
      sym__newline,
    ACTIONS(1964), 1,
      anon_sym_COLON,
    STATE(594), 1,
      aux_sym__inline_statements_repeat1,
  [21983] = 1,
    ACTIONS(2041), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21989] = 1,
    ACTIONS(1886), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21995] = 1,
    ACTIONS(2043), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22001] = 1,
    ACTIONS(1952), 2,
      sym__newline,
      anon_sym_COLON,
  [22006] = 1,
    ACTIONS(2045), 2,
      sym_register,
      sym_identifier,
  [22011] = 2,
    ACTIONS(2047), 1,
      anon_sym_COMMA,
    ACTIONS(2049), 1,
      anon_sym_RBRACK,
  [22018] = 2,
    ACTIONS(2051), 1,
      anon_sym_COMMA,
    ACTIONS(2053), 1,
      anon_sym_RBRACK,
  [22025] = 1,
    ACTIONS(2055), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22030] = 1,
    ACTIONS(2057), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22035] = 1,
    ACTIONS(1875), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22040] = 1,
    ACTIONS(2059), 2,
      sym__newline,
      anon_sym_COLON,
  [22045] = 1,
    ACTIONS(1969), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22050] = 1,
    ACTIONS(2061), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22055] = 2,
    ACTIONS(2063), 1,
      sym_identifier,
    STATE(417), 1,
      sym_array_element,
  [22062] = 2,
    ACTIONS(2065), 1,
      anon_sym_COMMA,
    ACTIONS(2067), 1,
      anon_sym_RBRACK,
  [22069] = 1,
    ACTIONS(1619), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22074] = 1,
    ACTIONS(1827), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22079] = 1,
    ACTIONS(2069), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22084] = 1,
    ACTIONS(1659), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22089] = 2,
    ACTIONS(2071), 1,
      sym_proc_name,
    ACTIONS(2073), 1,
      sym_fn_name,
  [22096] = 1,
    ACTIONS(1663), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22101] = 1,
    ACTIONS(1657), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22106] = 1,
    ACTIONS(2075), 1,
      anon_sym_RBRACK,
  [22110] = 1,
    ACTIONS(2077), 1,
      sym_shift_type,
  [22114] = 1,
    ACTIONS(2079), 1,
      ts_builtin_sym_end,
  [22118] = 1,
    ACTIONS(2081), 1,
      sym_shift_type,
  [22122] = 1,
    ACTIONS(2083), 1,
      sym__newline,
  [22126] = 1,
    ACTIONS(2085), 1,
      anon_sym_BANG,
  [22130] = 1,
    ACTIONS(2087), 1,
      sym_shift_type,
  [22134] = 1,
    ACTIONS(2089), 1,
      anon_sym_RBRACK,
  [22138] = 1,
    ACTIONS(2091), 1,
      sym_shift_type,
  [22142] = 1,
    ACTIONS(2093), 1,
      anon_sym_EQ,
  [22146] = 1,
    ACTIONS(2067), 1,
      anon_sym_RBRACK,
  [22150] = 1,
    ACTIONS(2095), 1,
      sym_shift_type,
  [22154] = 1,
    ACTIONS(2097), 1,
      sym__newline,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 127,
  [SMALL_STATE(8)] = 246,
  [SMALL_STATE(9)] = 368,
  [SMALL_STATE(10)] = 490,
  [SMALL_STATE(11)] = 612,
  [SMALL_STATE(12)] = 734,
  [SMALL_STATE(13)] = 856,
  [SMALL_STATE(14)] = 978,
  [SMALL_STATE(15)] = 1100,
  [SMALL_STATE(16)] = 1222,
  [SMALL_STATE(17)] = 1341,
  [SMALL_STATE(18)] = 1460,
  [SMALL_STATE(19)] = 1579,
  [SMALL_STATE(20)] = 1698,
  [SMALL_STATE(21)] = 1817,
  [SMALL_STATE(22)] = 1936,
  [SMALL_STATE(23)] = 2055,
  [SMALL_STATE(24)] = 2171,
  [SMALL_STATE(25)] = 2287,
  [SMALL_STATE(26)] = 2403,
  [SMALL_STATE(27)] = 2516,
  [SMALL_STATE(28)] = 2629,
  [SMALL_STATE(29)] = 2742,
  [SMALL_STATE(30)] = 2802,
  [SMALL_STATE(31)] = 2866,
  [SMALL_STATE(32)] = 2926,
  [SMALL_STATE(33)] = 2986,
  [SMALL_STATE(34)] = 3046,
  [SMALL_STATE(35)] = 3112,
  [SMALL_STATE(36)] = 3178,
  [SMALL_STATE(37)] = 3242,
  [SMALL_STATE(38)] = 3300,
  [SMALL_STATE(39)] = 3372,
  [SMALL_STATE(40)] = 3442,
  [SMALL_STATE(41)] = 3502,
  [SMALL_STATE(42)] = 3560,
  [SMALL_STATE(43)] = 3618,
  [SMALL_STATE(44)] = 3684,
  [SMALL_STATE(45)] = 3742,
  [SMALL_STATE(46)] = 3800,
  [SMALL_STATE(47)] = 3860,
  [SMALL_STATE(48)] = 3918,
  [SMALL_STATE(49)] = 3976,
  [SMALL_STATE(50)] = 4034,
  [SMALL_STATE(51)] = 4142,
  [SMALL_STATE(52)] = 4250,
  [SMALL_STATE(53)] = 4298,
  [SMALL_STATE(54)] = 4348,
  [SMALL_STATE(55)] = 4395,
  [SMALL_STATE(56)] = 4444,
  [SMALL_STATE(57)] = 4486,
  [SMALL_STATE(58)] = 4528,
  [SMALL_STATE(59)] = 4586,
  [SMALL_STATE(60)] = 4628,
  [SMALL_STATE(61)] = 4672,
  [SMALL_STATE(62)] = 4714,
  [SMALL_STATE(63)] = 4756,
  [SMALL_STATE(64)] = 4798,
  [SMALL_STATE(65)] = 4840,
  [SMALL_STATE(66)] = 4890,
  [SMALL_STATE(67)] = 4938,
  [SMALL_STATE(68)] = 4980,
  [SMALL_STATE(69)] = 5036,
  [SMALL_STATE(70)] = 5090,
  [SMALL_STATE(71)] = 5134,
  [SMALL_STATE(72)] = 5176,
  [SMALL_STATE(73)] = 5218,
  [SMALL_STATE(74)] = 5260,
  [SMALL_STATE(75)] = 5302,
  [SMALL_STATE(76)] = 5349,
  [SMALL_STATE(77)] = 5390,
  [SMALL_STATE(78)] = 5431,
  [SMALL_STATE(79)] = 5472,
  [SMALL_STATE(80)] = 5519,
  [SMALL_STATE(81)] = 5562,
  [SMALL_STATE(82)] = 5603,
  [SMALL_STATE(83)] = 5644,
  [SMALL_STATE(84)] = 5685,
  [SMALL_STATE(85)] = 5726,
  [SMALL_STATE(86)] = 5775,
  [SMALL_STATE(87)] = 5816,
  [SMALL_STATE(88)] = 5871,
  [SMALL_STATE(89)] = 5924,
  [SMALL_STATE(90)] = 5967,
  [SMALL_STATE(91)] = 6008,
  [SMALL_STATE(92)] = 6049,
  [SMALL_STATE(93)] = 6090,
  [SMALL_STATE(94)] = 6131,
  [SMALL_STATE(95)] = 6188,
  [SMALL_STATE(96)] = 6229,
  [SMALL_STATE(97)] = 6270,
  [SMALL_STATE(98)] = 6311,
  [SMALL_STATE(99)] = 6389,
  [SMALL_STATE(100)] = 6467,
  [SMALL_STATE(101)] = 6539,
  [SMALL_STATE(102)] = 6578,
  [SMALL_STATE(103)] = 6617,
  [SMALL_STATE(104)] = 6660,
  [SMALL_STATE(105)] = 6701,
  [SMALL_STATE(106)] = 6740,
  [SMALL_STATE(107)] = 6779,
  [SMALL_STATE(108)] = 6818,
  [SMALL_STATE(109)] = 6874,
  [SMALL_STATE(110)] = 6923,
  [SMALL_STATE(111)] = 6960,
  [SMALL_STATE(112)] = 6997,
  [SMALL_STATE(113)] = 7036,
  [SMALL_STATE(114)] = 7079,
  [SMALL_STATE(115)] = 7126,
  [SMALL_STATE(116)] = 7163,
  [SMALL_STATE(117)] = 7200,
  [SMALL_STATE(118)] = 7237,
  [SMALL_STATE(119)] = 7282,
  [SMALL_STATE(120)] = 7319,
  [SMALL_STATE(121)] = 7358,
  [SMALL_STATE(122)] = 7395,
  [SMALL_STATE(123)] = 7451,
  [SMALL_STATE(124)] = 7507,
  [SMALL_STATE(125)] = 7543,
  [SMALL_STATE(126)] = 7599,
  [SMALL_STATE(127)] = 7641,
  [SMALL_STATE(128)] = 7677,
  [SMALL_STATE(129)] = 7713,
  [SMALL_STATE(130)] = 7749,
  [SMALL_STATE(131)] = 7785,
  [SMALL_STATE(132)] = 7821,
  [SMALL_STATE(133)] = 7857,
  [SMALL_STATE(134)] = 7893,
  [SMALL_STATE(135)] = 7929,
  [SMALL_STATE(136)] = 7991,
  [SMALL_STATE(137)] = 8053,
  [SMALL_STATE(138)] = 8109,
  [SMALL_STATE(139)] = 8165,
  [SMALL_STATE(140)] = 8227,
  [SMALL_STATE(141)] = 8280,
  [SMALL_STATE(142)] = 8314,
  [SMALL_STATE(143)] = 8350,
  [SMALL_STATE(144)] = 8384,
  [SMALL_STATE(145)] = 8442,
  [SMALL_STATE(146)] = 8476,
  [SMALL_STATE(147)] = 8510,
  [SMALL_STATE(148)] = 8568,
  [SMALL_STATE(149)] = 8626,
  [SMALL_STATE(150)] = 8666,
  [SMALL_STATE(151)] = 8704,
  [SMALL_STATE(152)] = 8738,
  [SMALL_STATE(153)] = 8793,
  [SMALL_STATE(154)] = 8848,
  [SMALL_STATE(155)] = 8887,
  [SMALL_STATE(156)] = 8942,
  [SMALL_STATE(157)] = 8974,
  [SMALL_STATE(158)] = 9006,
  [SMALL_STATE(159)] = 9038,
  [SMALL_STATE(160)] = 9088,
  [SMALL_STATE(161)] = 9128,
  [SMALL_STATE(162)] = 9166,
  [SMALL_STATE(163)] = 9198,
  [SMALL_STATE(164)] = 9242,
  [SMALL_STATE(165)] = 9284,
  [SMALL_STATE(166)] = 9316,
  [SMALL_STATE(167)] = 9350,
  [SMALL_STATE(168)] = 9382,
  [SMALL_STATE(169)] = 9414,
  [SMALL_STATE(170)] = 9460,
  [SMALL_STATE(171)] = 9506,
  [SMALL_STATE(172)] = 9537,
  [SMALL_STATE(173)] = 9568,
  [SMALL_STATE(174)] = 9623,
  [SMALL_STATE(175)] = 9658,
  [SMALL_STATE(176)] = 9689,
  [SMALL_STATE(177)] = 9722,
  [SMALL_STATE(178)] = 9773,
  [SMALL_STATE(179)] = 9828,
  [SMALL_STATE(180)] = 9875,
  [SMALL_STATE(181)] = 9918,
  [SMALL_STATE(182)] = 9949,
  [SMALL_STATE(183)] = 9980,
  [SMALL_STATE(184)] = 10022,
  [SMALL_STATE(185)] = 10052,
  [SMALL_STATE(186)] = 10094,
  [SMALL_STATE(187)] = 10124,
  [SMALL_STATE(188)] = 10154,
  [SMALL_STATE(189)] = 10184,
  [SMALL_STATE(190)] = 10234,
  [SMALL_STATE(191)] = 10276,
  [SMALL_STATE(192)] = 10306,
  [SMALL_STATE(193)] = 10336,
  [SMALL_STATE(194)] = 10366,
  [SMALL_STATE(195)] = 10408,
  [SMALL_STATE(196)] = 10456,
  [SMALL_STATE(197)] = 10498,
  [SMALL_STATE(198)] = 10528,
  [SMALL_STATE(199)] = 10569,
  [SMALL_STATE(200)] = 10604,
  [SMALL_STATE(201)] = 10633,
  [SMALL_STATE(202)] = 10662,
  [SMALL_STATE(203)] = 10691,
  [SMALL_STATE(204)] = 10720,
  [SMALL_STATE(205)] = 10755,
  [SMALL_STATE(206)] = 10788,
  [SMALL_STATE(207)] = 10817,
  [SMALL_STATE(208)] = 10856,
  [SMALL_STATE(209)] = 10893,
  [SMALL_STATE(210)] = 10924,
  [SMALL_STATE(211)] = 10975,
  [SMALL_STATE(212)] = 11022,
  [SMALL_STATE(213)] = 11063,
  [SMALL_STATE(214)] = 11104,
  [SMALL_STATE(215)] = 11145,
  [SMALL_STATE(216)] = 11186,
  [SMALL_STATE(217)] = 11215,
  [SMALL_STATE(218)] = 11244,
  [SMALL_STATE(219)] = 11285,
  [SMALL_STATE(220)] = 11325,
  [SMALL_STATE(221)] = 11373,
  [SMALL_STATE(222)] = 11413,
  [SMALL_STATE(223)] = 11455,
  [SMALL_STATE(224)] = 11497,
  [SMALL_STATE(225)] = 11537,
  [SMALL_STATE(226)] = 11577,
  [SMALL_STATE(227)] = 11625,
  [SMALL_STATE(228)] = 11667,
  [SMALL_STATE(229)] = 11701,
  [SMALL_STATE(230)] = 11749,
  [SMALL_STATE(231)] = 11797,
  [SMALL_STATE(232)] = 11845,
  [SMALL_STATE(233)] = 11893,
  [SMALL_STATE(234)] = 11941,
  [SMALL_STATE(235)] = 11989,
  [SMALL_STATE(236)] = 12034,
  [SMALL_STATE(237)] = 12073,
  [SMALL_STATE(238)] = 12118,
  [SMALL_STATE(239)] = 12149,
  [SMALL_STATE(240)] = 12188,
  [SMALL_STATE(241)] = 12227,
  [SMALL_STATE(242)] = 12272,
  [SMALL_STATE(243)] = 12311,
  [SMALL_STATE(244)] = 12354,
  [SMALL_STATE(245)] = 12399,
  [SMALL_STATE(246)] = 12444,
  [SMALL_STATE(247)] = 12473,
  [SMALL_STATE(248)] = 12516,
  [SMALL_STATE(249)] = 12543,
  [SMALL_STATE(250)] = 12582,
  [SMALL_STATE(251)] = 12621,
  [SMALL_STATE(252)] = 12648,
  [SMALL_STATE(253)] = 12675,
  [SMALL_STATE(254)] = 12720,
  [SMALL_STATE(255)] = 12763,
  [SMALL_STATE(256)] = 12792,
  [SMALL_STATE(257)] = 12837,
  [SMALL_STATE(258)] = 12880,
  [SMALL_STATE(259)] = 12907,
  [SMALL_STATE(260)] = 12952,
  [SMALL_STATE(261)] = 12995,
  [SMALL_STATE(262)] = 13022,
  [SMALL_STATE(263)] = 13067,
  [SMALL_STATE(264)] = 13110,
  [SMALL_STATE(265)] = 13149,
  [SMALL_STATE(266)] = 13188,
  [SMALL_STATE(267)] = 13233,
  [SMALL_STATE(268)] = 13276,
  [SMALL_STATE(269)] = 13321,
  [SMALL_STATE(270)] = 13364,
  [SMALL_STATE(271)] = 13407,
  [SMALL_STATE(272)] = 13449,
  [SMALL_STATE(273)] = 13491,
  [SMALL_STATE(274)] = 13533,
  [SMALL_STATE(275)] = 13575,
  [SMALL_STATE(276)] = 13617,
  [SMALL_STATE(277)] = 13659,
  [SMALL_STATE(278)] = 13701,
  [SMALL_STATE(279)] = 13743,
  [SMALL_STATE(280)] = 13785,
  [SMALL_STATE(281)] = 13827,
  [SMALL_STATE(282)] = 13869,
  [SMALL_STATE(283)] = 13911,
  [SMALL_STATE(284)] = 13953,
  [SMALL_STATE(285)] = 13995,
  [SMALL_STATE(286)] = 14037,
  [SMALL_STATE(287)] = 14079,
  [SMALL_STATE(288)] = 14121,
  [SMALL_STATE(289)] = 14149,
  [SMALL_STATE(290)] = 14191,
  [SMALL_STATE(291)] = 14233,
  [SMALL_STATE(292)] = 14275,
  [SMALL_STATE(293)] = 14317,
  [SMALL_STATE(294)] = 14359,
  [SMALL_STATE(295)] = 14401,
  [SMALL_STATE(296)] = 14443,
  [SMALL_STATE(297)] = 14485,
  [SMALL_STATE(298)] = 14527,
  [SMALL_STATE(299)] = 14569,
  [SMALL_STATE(300)] = 14611,
  [SMALL_STATE(301)] = 14653,
  [SMALL_STATE(302)] = 14695,
  [SMALL_STATE(303)] = 14737,
  [SMALL_STATE(304)] = 14779,
  [SMALL_STATE(305)] = 14821,
  [SMALL_STATE(306)] = 14863,
  [SMALL_STATE(307)] = 14905,
  [SMALL_STATE(308)] = 14947,
  [SMALL_STATE(309)] = 14989,
  [SMALL_STATE(310)] = 15031,
  [SMALL_STATE(311)] = 15073,
  [SMALL_STATE(312)] = 15115,
  [SMALL_STATE(313)] = 15157,
  [SMALL_STATE(314)] = 15199,
  [SMALL_STATE(315)] = 15241,
  [SMALL_STATE(316)] = 15283,
  [SMALL_STATE(317)] = 15325,
  [SMALL_STATE(318)] = 15367,
  [SMALL_STATE(319)] = 15409,
  [SMALL_STATE(320)] = 15451,
  [SMALL_STATE(321)] = 15493,
  [SMALL_STATE(322)] = 15535,
  [SMALL_STATE(323)] = 15577,
  [SMALL_STATE(324)] = 15619,
  [SMALL_STATE(325)] = 15661,
  [SMALL_STATE(326)] = 15703,
  [SMALL_STATE(327)] = 15745,
  [SMALL_STATE(328)] = 15787,
  [SMALL_STATE(329)] = 15829,
  [SMALL_STATE(330)] = 15871,
  [SMALL_STATE(331)] = 15913,
  [SMALL_STATE(332)] = 15955,
  [SMALL_STATE(333)] = 15997,
  [SMALL_STATE(334)] = 16039,
  [SMALL_STATE(335)] = 16081,
  [SMALL_STATE(336)] = 16119,
  [SMALL_STATE(337)] = 16157,
  [SMALL_STATE(338)] = 16199,
  [SMALL_STATE(339)] = 16241,
  [SMALL_STATE(340)] = 16283,
  [SMALL_STATE(341)] = 16325,
  [SMALL_STATE(342)] = 16367,
  [SMALL_STATE(343)] = 16409,
  [SMALL_STATE(344)] = 16451,
  [SMALL_STATE(345)] = 16493,
  [SMALL_STATE(346)] = 16535,
  [SMALL_STATE(347)] = 16577,
  [SMALL_STATE(348)] = 16619,
  [SMALL_STATE(349)] = 16661,
  [SMALL_STATE(350)] = 16703,
  [SMALL_STATE(351)] = 16745,
  [SMALL_STATE(352)] = 16787,
  [SMALL_STATE(353)] = 16829,
  [SMALL_STATE(354)] = 16867,
  [SMALL_STATE(355)] = 16909,
  [SMALL_STATE(356)] = 16951,
  [SMALL_STATE(357)] = 16993,
  [SMALL_STATE(358)] = 17035,
  [SMALL_STATE(359)] = 17077,
  [SMALL_STATE(360)] = 17119,
  [SMALL_STATE(361)] = 17161,
  [SMALL_STATE(362)] = 17203,
  [SMALL_STATE(363)] = 17245,
  [SMALL_STATE(364)] = 17287,
  [SMALL_STATE(365)] = 17329,
  [SMALL_STATE(366)] = 17371,
  [SMALL_STATE(367)] = 17413,
  [SMALL_STATE(368)] = 17455,
  [SMALL_STATE(369)] = 17497,
  [SMALL_STATE(370)] = 17539,
  [SMALL_STATE(371)] = 17581,
  [SMALL_STATE(372)] = 17623,
  [SMALL_STATE(373)] = 17665,
  [SMALL_STATE(374)] = 17707,
  [SMALL_STATE(375)] = 17749,
  [SMALL_STATE(376)] = 17791,
  [SMALL_STATE(377)] = 17833,
  [SMALL_STATE(378)] = 17875,
  [SMALL_STATE(379)] = 17917,
  [SMALL_STATE(380)] = 17959,
  [SMALL_STATE(381)] = 18001,
  [SMALL_STATE(382)] = 18043,
  [SMALL_STATE(383)] = 18085,
  [SMALL_STATE(384)] = 18127,
  [SMALL_STATE(385)] = 18169,
  [SMALL_STATE(386)] = 18199,
  [SMALL_STATE(387)] = 18227,
  [SMALL_STATE(388)] = 18269,
  [SMALL_STATE(389)] = 18311,
  [SMALL_STATE(390)] = 18353,
  [SMALL_STATE(391)] = 18395,
  [SMALL_STATE(392)] = 18432,
  [SMALL_STATE(393)] = 18459,
  [SMALL_STATE(394)] = 18484,
  [SMALL_STATE(395)] = 18509,
  [SMALL_STATE(396)] = 18546,
  [SMALL_STATE(397)] = 18583,
  [SMALL_STATE(398)] = 18620,
  [SMALL_STATE(399)] = 18657,
  [SMALL_STATE(400)] = 18682,
  [SMALL_STATE(401)] = 18719,
  [SMALL_STATE(402)] = 18744,
  [SMALL_STATE(403)] = 18769,
  [SMALL_STATE(404)] = 18806,
  [SMALL_STATE(405)] = 18843,
  [SMALL_STATE(406)] = 18880,
  [SMALL_STATE(407)] = 18905,
  [SMALL_STATE(408)] = 18930,
  [SMALL_STATE(409)] = 18967,
  [SMALL_STATE(410)] = 18992,
  [SMALL_STATE(411)] = 19017,
  [SMALL_STATE(412)] = 19054,
  [SMALL_STATE(413)] = 19085,
  [SMALL_STATE(414)] = 19114,
  [SMALL_STATE(415)] = 19139,
  [SMALL_STATE(416)] = 19176,
  [SMALL_STATE(417)] = 19211,
  [SMALL_STATE(418)] = 19233,
  [SMALL_STATE(419)] = 19261,
  [SMALL_STATE(420)] = 19283,
  [SMALL_STATE(421)] = 19313,
  [SMALL_STATE(422)] = 19339,
  [SMALL_STATE(423)] = 19373,
  [SMALL_STATE(424)] = 19405,
  [SMALL_STATE(425)] = 19427,
  [SMALL_STATE(426)] = 19463,
  [SMALL_STATE(427)] = 19485,
  [SMALL_STATE(428)] = 19521,
  [SMALL_STATE(429)] = 19543,
  [SMALL_STATE(430)] = 19585,
  [SMALL_STATE(431)] = 19627,
  [SMALL_STATE(432)] = 19662,
  [SMALL_STATE(433)] = 19701,
  [SMALL_STATE(434)] = 19740,
  [SMALL_STATE(435)] = 19772,
  [SMALL_STATE(436)] = 19805,
  [SMALL_STATE(437)] = 19837,
  [SMALL_STATE(438)] = 19867,
  [SMALL_STATE(439)] = 19899,
  [SMALL_STATE(440)] = 19921,
  [SMALL_STATE(441)] = 19950,
  [SMALL_STATE(442)] = 19976,
  [SMALL_STATE(443)] = 20002,
  [SMALL_STATE(444)] = 20028,
  [SMALL_STATE(445)] = 20054,
  [SMALL_STATE(446)] = 20080,
  [SMALL_STATE(447)] = 20106,
  [SMALL_STATE(448)] = 20132,
  [SMALL_STATE(449)] = 20158,
  [SMALL_STATE(450)] = 20184,
  [SMALL_STATE(451)] = 20200,
  [SMALL_STATE(452)] = 20226,
  [SMALL_STATE(453)] = 20252,
  [SMALL_STATE(454)] = 20278,
  [SMALL_STATE(455)] = 20297,
  [SMALL_STATE(456)] = 20315,
  [SMALL_STATE(457)] = 20333,
  [SMALL_STATE(458)] = 20350,
  [SMALL_STATE(459)] = 20367,
  [SMALL_STATE(460)] = 20384,
  [SMALL_STATE(461)] = 20401,
  [SMALL_STATE(462)] = 20418,
  [SMALL_STATE(463)] = 20435,
  [SMALL_STATE(464)] = 20452,
  [SMALL_STATE(465)] = 20464,
  [SMALL_STATE(466)] = 20476,
  [SMALL_STATE(467)] = 20490,
  [SMALL_STATE(468)] = 20504,
  [SMALL_STATE(469)] = 20522,
  [SMALL_STATE(470)] = 20536,
  [SMALL_STATE(471)] = 20548,
  [SMALL_STATE(472)] = 20562,
  [SMALL_STATE(473)] = 20574,
  [SMALL_STATE(474)] = 20586,
  [SMALL_STATE(475)] = 20598,
  [SMALL_STATE(476)] = 20610,
  [SMALL_STATE(477)] = 20624,
  [SMALL_STATE(478)] = 20638,
  [SMALL_STATE(479)] = 20652,
  [SMALL_STATE(480)] = 20666,
  [SMALL_STATE(481)] = 20684,
  [SMALL_STATE(482)] = 20696,
  [SMALL_STATE(483)] = 20710,
  [SMALL_STATE(484)] = 20722,
  [SMALL_STATE(485)] = 20734,
  [SMALL_STATE(486)] = 20746,
  [SMALL_STATE(487)] = 20755,
  [SMALL_STATE(488)] = 20764,
  [SMALL_STATE(489)] = 20779,
  [SMALL_STATE(490)] = 20794,
  [SMALL_STATE(491)] = 20803,
  [SMALL_STATE(492)] = 20818,
  [SMALL_STATE(493)] = 20827,
  [SMALL_STATE(494)] = 20842,
  [SMALL_STATE(495)] = 20851,
  [SMALL_STATE(496)] = 20862,
  [SMALL_STATE(497)] = 20871,
  [SMALL_STATE(498)] = 20880,
  [SMALL_STATE(499)] = 20889,
  [SMALL_STATE(500)] = 20898,
  [SMALL_STATE(501)] = 20911,
  [SMALL_STATE(502)] = 20920,
  [SMALL_STATE(503)] = 20929,
  [SMALL_STATE(504)] = 20938,
  [SMALL_STATE(505)] = 20947,
  [SMALL_STATE(506)] = 20958,
  [SMALL_STATE(507)] = 20967,
  [SMALL_STATE(508)] = 20982,
  [SMALL_STATE(509)] = 20997,
  [SMALL_STATE(510)] = 21012,
  [SMALL_STATE(511)] = 21021,
  [SMALL_STATE(512)] = 21034,
  [SMALL_STATE(513)] = 21049,
  [SMALL_STATE(514)] = 21058,
  [SMALL_STATE(515)] = 21069,
  [SMALL_STATE(516)] = 21084,
  [SMALL_STATE(517)] = 21096,
  [SMALL_STATE(518)] = 21104,
  [SMALL_STATE(519)] = 21118,
  [SMALL_STATE(520)] = 21130,
  [SMALL_STATE(521)] = 21142,
  [SMALL_STATE(522)] = 21156,
  [SMALL_STATE(523)] = 21170,
  [SMALL_STATE(524)] = 21184,
  [SMALL_STATE(525)] = 21196,
  [SMALL_STATE(526)] = 21208,
  [SMALL_STATE(527)] = 21220,
  [SMALL_STATE(528)] = 21232,
  [SMALL_STATE(529)] = 21246,
  [SMALL_STATE(530)] = 21260,
  [SMALL_STATE(531)] = 21272,
  [SMALL_STATE(532)] = 21284,
  [SMALL_STATE(533)] = 21296,
  [SMALL_STATE(534)] = 21308,
  [SMALL_STATE(535)] = 21316,
  [SMALL_STATE(536)] = 21324,
  [SMALL_STATE(537)] = 21338,
  [SMALL_STATE(538)] = 21346,
  [SMALL_STATE(539)] = 21354,
  [SMALL_STATE(540)] = 21366,
  [SMALL_STATE(541)] = 21380,
  [SMALL_STATE(542)] = 21388,
  [SMALL_STATE(543)] = 21397,
  [SMALL_STATE(544)] = 21408,
  [SMALL_STATE(545)] = 21419,
  [SMALL_STATE(546)] = 21430,
  [SMALL_STATE(547)] = 21437,
  [SMALL_STATE(548)] = 21444,
  [SMALL_STATE(549)] = 21451,
  [SMALL_STATE(550)] = 21462,
  [SMALL_STATE(551)] = 21475,
  [SMALL_STATE(552)] = 21482,
  [SMALL_STATE(553)] = 21491,
  [SMALL_STATE(554)] = 21498,
  [SMALL_STATE(555)] = 21507,
  [SMALL_STATE(556)] = 21515,
  [SMALL_STATE(557)] = 21521,
  [SMALL_STATE(558)] = 21527,
  [SMALL_STATE(559)] = 21533,
  [SMALL_STATE(560)] = 21539,
  [SMALL_STATE(561)] = 21545,
  [SMALL_STATE(562)] = 21551,
  [SMALL_STATE(563)] = 21557,
  [SMALL_STATE(564)] = 21565,
  [SMALL_STATE(565)] = 21573,
  [SMALL_STATE(566)] = 21579,
  [SMALL_STATE(567)] = 21589,
  [SMALL_STATE(568)] = 21599,
  [SMALL_STATE(569)] = 21609,
  [SMALL_STATE(570)] = 21615,
  [SMALL_STATE(571)] = 21621,
  [SMALL_STATE(572)] = 21627,
  [SMALL_STATE(573)] = 21637,
  [SMALL_STATE(574)] = 21647,
  [SMALL_STATE(575)] = 21657,
  [SMALL_STATE(576)] = 21667,
  [SMALL_STATE(577)] = 21677,
  [SMALL_STATE(578)] = 21685,
  [SMALL_STATE(579)] = 21691,
  [SMALL_STATE(580)] = 21697,
  [SMALL_STATE(581)] = 21707,
  [SMALL_STATE(582)] = 21715,
  [SMALL_STATE(583)] = 21721,
  [SMALL_STATE(584)] = 21727,
  [SMALL_STATE(585)] = 21733,
  [SMALL_STATE(586)] = 21739,
  [SMALL_STATE(587)] = 21749,
  [SMALL_STATE(588)] = 21757,
  [SMALL_STATE(589)] = 21763,
  [SMALL_STATE(590)] = 21769,
  [SMALL_STATE(591)] = 21779,
  [SMALL_STATE(592)] = 21789,
  [SMALL_STATE(593)] = 21797,
  [SMALL_STATE(594)] = 21807,
  [SMALL_STATE(595)] = 21817,
  [SMALL_STATE(596)] = 21827,
  [SMALL_STATE(597)] = 21837,
  [SMALL_STATE(598)] = 21843,
  [SMALL_STATE(599)] = 21853,
  [SMALL_STATE(600)] = 21859,
  [SMALL_STATE(601)] = 21869,
  [SMALL_STATE(602)] = 21879,
  [SMALL_STATE(603)] = 21887,
  [SMALL_STATE(604)] = 21893,
  [SMALL_STATE(605)] = 21901,
  [SMALL_STATE(606)] = 21911,
  [SMALL_STATE(607)] = 21919,
  [SMALL_STATE(608)] = 21929,
  [SMALL_STATE(609)] = 21939,
  [SMALL_STATE(610)] = 21949,
  [SMALL_STATE(611)] = 21959,
  [SMALL_STATE(612)] = 21967,
  [SMALL_STATE(613)] = 21973,
  [SMALL_STATE(614)] = 21983,
  [SMALL_STATE(615)] = 21989,
  [SMALL_STATE(616)] = 21995,
  [SMALL_STATE(617)] = 22001,
  [SMALL_STATE(618)] = 22006,
  [SMALL_STATE(619)] = 22011,
  [SMALL_STATE(620)] = 22018,
  [SMALL_STATE(621)] = 22025,
  [SMALL_STATE(622)] = 22030,
  [SMALL_STATE(623)] = 22035,
  [SMALL_STATE(624)] = 22040,
  [SMALL_STATE(625)] = 22045,
  [SMALL_STATE(626)] = 22050,
  [SMALL_STATE(627)] = 22055,
  [SMALL_STATE(628)] = 22062,
  [SMALL_STATE(629)] = 22069,
  [SMALL_STATE(630)] = 22074,
  [SMALL_STATE(631)] = 22079,
  [SMALL_STATE(632)] = 22084,
  [SMALL_STATE(633)] = 22089,
  [SMALL_STATE(634)] = 22096,
  [SMALL_STATE(635)] = 22101,
  [SMALL_STATE(636)] = 22106,
  [SMALL_STATE(637)] = 22110,
  [SMALL_STATE(638)] = 22114,
  [SMALL_STATE(639)] = 22118,
  [SMALL_STATE(640)] = 22122,
  [SMALL_STATE(641)] = 22126,
  [SMALL_STATE(642)] = 22130,
  [SMALL_STATE(643)] = 22134,
  [SMALL_STATE(644)] = 22138,
  [SMALL_STATE(645)] = 22142,
  [SMALL_STATE(646)] = 22146,
  [SMALL_STATE(647)] = 22150,
  [SMALL_STATE(648)] = 22154,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(448),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(451),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(437),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(596),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(440),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(633),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(591),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(333),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(276),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(285),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(286),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(244),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(587),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(538),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(525),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(455),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(604),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(435),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(545),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(382),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [73] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(383),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(147),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(545),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(542),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(282),
  [93] = {.entry = {.count = 1, .reusable = false}}, SHIFT(283),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(284),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [105] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(8),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [113] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [121] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(448),
  [124] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(277),
  [127] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(451),
  [130] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(437),
  [133] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(596),
  [136] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(440),
  [139] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(633),
  [142] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(591),
  [145] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(333),
  [148] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [151] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(276),
  [154] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(153),
  [157] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [160] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(285),
  [163] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(286),
  [166] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(244),
  [169] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(591),
  [172] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(587),
  [175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(123),
  [178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(289),
  [181] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(290),
  [184] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(538),
  [187] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(525),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(455),
  [193] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(5),
  [196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [200] = {.entry = {.count = 1, .reusable = false}}, SHIFT(617),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [208] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 3, 0, 8),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(602),
  [212] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [216] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [220] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [224] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(570),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [230] = {.entry = {.count = 1, .reusable = false}}, SHIFT(454),
  [232] = {.entry = {.count = 1, .reusable = false}}, SHIFT(439),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [238] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 21),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [244] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 8),
  [246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 45),
  [250] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 5, 0, 45),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(563),
  [254] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(574),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [266] = {.entry = {.count = 1, .reusable = false}}, SHIFT(615),
  [268] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(615),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [274] = {.entry = {.count = 1, .reusable = false}}, SHIFT(597),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(597),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(624),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(624),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 75),
  [288] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 75),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [292] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [302] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 49),
  [306] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 49),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [310] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 41),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 41),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [320] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [324] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [326] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [332] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 38),
  [336] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 38),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [344] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [346] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 2, 0, 35),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 35),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(482),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(471),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [368] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [376] = {.entry = {.count = 1, .reusable = false}}, SHIFT(149),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [392] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 1, 0, 13),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [396] = {.entry = {.count = 1, .reusable = false}}, SHIFT(476),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [406] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [410] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(320),
  [418] = {.entry = {.count = 1, .reusable = false}}, SHIFT(321),
  [420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(317),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [424] = {.entry = {.count = 1, .reusable = false}}, SHIFT(322),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [430] = {.entry = {.count = 1, .reusable = false}}, SHIFT(299),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [434] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [438] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [442] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [452] = {.entry = {.count = 1, .reusable = false}}, SHIFT(298),
  [454] = {.entry = {.count = 1, .reusable = false}}, SHIFT(294),
  [456] = {.entry = {.count = 1, .reusable = false}}, SHIFT(297),
  [458] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 2, 0, 35),
  [460] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 35),
  [462] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [466] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [482] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 1, 0, 13),
  [484] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [486] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [490] = {.entry = {.count = 1, .reusable = false}}, SHIFT(506),
  [492] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53),
  [494] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53),
  [496] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(127),
  [499] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(128),
  [502] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(129),
  [505] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(130),
  [508] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(131),
  [511] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(132),
  [514] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(133),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [519] = {.entry = {.count = 1, .reusable = false}}, SHIFT(337),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [525] = {.entry = {.count = 1, .reusable = false}}, SHIFT(334),
  [527] = {.entry = {.count = 1, .reusable = false}}, SHIFT(354),
  [529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [531] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(571),
  [543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(627),
  [545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(535),
  [549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [557] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(603),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [567] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [571] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [575] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [579] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [581] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [583] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [585] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [587] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [589] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [591] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [593] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [595] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 33),
  [597] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 33),
  [599] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [601] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [603] = {.entry = {.count = 1, .reusable = false}}, SHIFT(498),
  [605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [609] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_shifted_register, 3, 0, 70),
  [611] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 70),
  [613] = {.entry = {.count = 1, .reusable = false}}, SHIFT(496),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [617] = {.entry = {.count = 1, .reusable = true}}, SHIFT(562),
  [619] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [621] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [623] = {.entry = {.count = 1, .reusable = false}}, SHIFT(513),
  [625] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [627] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(144),
  [630] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [632] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(377),
  [635] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(369),
  [638] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(331),
  [641] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(233),
  [644] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(58),
  [647] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(52),
  [650] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(58),
  [653] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(53),
  [656] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [660] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 1, 0, 0),
  [662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [668] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [670] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [672] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [674] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [676] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 11),
  [680] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [682] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 2, 0, 11),
  [684] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [688] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [692] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [694] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [696] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [698] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [700] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [702] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [704] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [706] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [708] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(155),
  [711] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(364),
  [714] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(352),
  [717] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(388),
  [720] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(229),
  [723] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(94),
  [726] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(54),
  [729] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(94),
  [732] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(55),
  [735] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(193),
  [738] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(186),
  [741] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(187),
  [744] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(191),
  [747] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(197),
  [750] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(188),
  [753] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(184),
  [756] = {.entry = {.count = 1, .reusable = false}}, SHIFT(310),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [760] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [768] = {.entry = {.count = 1, .reusable = false}}, SHIFT(309),
  [770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(484),
  [774] = {.entry = {.count = 1, .reusable = false}}, SHIFT(636),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [780] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [784] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [786] = {.entry = {.count = 1, .reusable = false}}, SHIFT(396),
  [788] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [792] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [794] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [796] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [798] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [804] = {.entry = {.count = 1, .reusable = false}}, SHIFT(643),
  [806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 36),
  [808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [812] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 1, 0, 0),
  [814] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [816] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [824] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [828] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [830] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [834] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [836] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [838] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [840] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [842] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [844] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [846] = {.entry = {.count = 1, .reusable = false}}, SHIFT(327),
  [848] = {.entry = {.count = 1, .reusable = false}}, SHIFT(273),
  [850] = {.entry = {.count = 1, .reusable = false}}, SHIFT(384),
  [852] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [860] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 49),
  [862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 52),
  [864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 34),
  [868] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [874] = {.entry = {.count = 1, .reusable = false}}, SHIFT(366),
  [876] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [878] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [880] = {.entry = {.count = 1, .reusable = false}}, SHIFT(174),
  [882] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [884] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 76),
  [888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [892] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 43),
  [894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [896] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [898] = {.entry = {.count = 1, .reusable = false}}, SHIFT(387),
  [900] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [902] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [904] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [906] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [908] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [910] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [912] = {.entry = {.count = 1, .reusable = false}}, SHIFT(388),
  [914] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [916] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [918] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [920] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [922] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [924] = {.entry = {.count = 1, .reusable = false}}, SHIFT(290),
  [926] = {.entry = {.count = 1, .reusable = false}}, SHIFT(230),
  [928] = {.entry = {.count = 1, .reusable = false}}, SHIFT(407),
  [930] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [932] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [934] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [936] = {.entry = {.count = 1, .reusable = false}}, SHIFT(389),
  [938] = {.entry = {.count = 1, .reusable = false}}, SHIFT(156),
  [940] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [942] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [946] = {.entry = {.count = 1, .reusable = false}}, SHIFT(232),
  [948] = {.entry = {.count = 1, .reusable = false}}, SHIFT(385),
  [950] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [952] = {.entry = {.count = 1, .reusable = false}}, SHIFT(331),
  [954] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [958] = {.entry = {.count = 1, .reusable = false}}, SHIFT(116),
  [960] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [964] = {.entry = {.count = 1, .reusable = false}}, SHIFT(270),
  [966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [968] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 59),
  [970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [972] = {.entry = {.count = 1, .reusable = false}}, SHIFT(243),
  [974] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [976] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 44),
  [978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [980] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [982] = {.entry = {.count = 1, .reusable = false}}, SHIFT(398),
  [984] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [986] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [988] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [990] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [994] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [996] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [998] = {.entry = {.count = 1, .reusable = false}}, SHIFT(247),
  [1000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [1002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1004] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 40),
  [1006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 39),
  [1008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1010] = {.entry = {.count = 1, .reusable = false}}, SHIFT(254),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [1014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1016] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(255),
  [1019] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [1023] = {.entry = {.count = 1, .reusable = false}}, SHIFT(257),
  [1025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [1027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1031] = {.entry = {.count = 1, .reusable = false}}, SHIFT(260),
  [1033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [1039] = {.entry = {.count = 1, .reusable = false}}, SHIFT(263),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1045] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 94),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1051] = {.entry = {.count = 1, .reusable = false}}, SHIFT(267),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [1059] = {.entry = {.count = 1, .reusable = false}}, SHIFT(269),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [1067] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1069] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [1071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [1073] = {.entry = {.count = 1, .reusable = false}}, SHIFT(264),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1077] = {.entry = {.count = 1, .reusable = false}}, SHIFT(224),
  [1079] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [1081] = {.entry = {.count = 1, .reusable = false}}, SHIFT(239),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [1087] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1091] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1095] = {.entry = {.count = 1, .reusable = false}}, SHIFT(240),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1099] = {.entry = {.count = 1, .reusable = false}}, SHIFT(110),
  [1101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1103] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1111] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1115] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [1117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1119] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [1121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1123] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [1125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1127] = {.entry = {.count = 1, .reusable = false}}, SHIFT(265),
  [1129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [1131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(242),
  [1133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1135] = {.entry = {.count = 1, .reusable = false}}, SHIFT(395),
  [1137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [1139] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1143] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [1145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [1147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(403),
  [1149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [1151] = {.entry = {.count = 1, .reusable = false}}, SHIFT(185),
  [1153] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [1155] = {.entry = {.count = 1, .reusable = false}}, SHIFT(183),
  [1157] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [1159] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [1161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1163] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [1165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1167] = {.entry = {.count = 1, .reusable = false}}, SHIFT(75),
  [1169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1171] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [1173] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1175] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [1177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1179] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1183] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [1185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1187] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [1189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1191] = {.entry = {.count = 1, .reusable = false}}, SHIFT(412),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [1195] = {.entry = {.count = 1, .reusable = false}}, SHIFT(413),
  [1197] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [1199] = {.entry = {.count = 1, .reusable = false}}, SHIFT(414),
  [1201] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [1203] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [1205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1207] = {.entry = {.count = 1, .reusable = false}}, SHIFT(416),
  [1209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(392),
  [1213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1215] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [1217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [1219] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [1221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [1223] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [1225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1227] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1231] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1235] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1239] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1243] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [1245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1247] = {.entry = {.count = 1, .reusable = false}}, SHIFT(250),
  [1249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1251] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [1253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [1255] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [1257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1259] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [1261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [1263] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [1265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1267] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [1269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1271] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [1273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1275] = {.entry = {.count = 1, .reusable = false}}, SHIFT(70),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1279] = {.entry = {.count = 1, .reusable = false}}, SHIFT(249),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [1283] = {.entry = {.count = 1, .reusable = false}}, SHIFT(353),
  [1285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [1287] = {.entry = {.count = 1, .reusable = false}}, SHIFT(115),
  [1289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [1291] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [1293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [1295] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1299] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [1301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1303] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [1305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [1307] = {.entry = {.count = 1, .reusable = false}}, SHIFT(207),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(391),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1319] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1323] = {.entry = {.count = 1, .reusable = false}}, SHIFT(118),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [1329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1331] = {.entry = {.count = 1, .reusable = false}}, SHIFT(111),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [1335] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1339] = {.entry = {.count = 1, .reusable = false}}, SHIFT(119),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1343] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [1345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1347] = {.entry = {.count = 1, .reusable = false}}, SHIFT(427),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1351] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [1353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [1355] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1359] = {.entry = {.count = 1, .reusable = false}}, SHIFT(420),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1363] = {.entry = {.count = 1, .reusable = false}}, SHIFT(418),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1367] = {.entry = {.count = 1, .reusable = false}}, SHIFT(422),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1371] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [1373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [1375] = {.entry = {.count = 1, .reusable = false}}, SHIFT(421),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1379] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [1381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1383] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 49),
  [1389] = {.entry = {.count = 1, .reusable = false}}, SHIFT(112),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [1393] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1397] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1401] = {.entry = {.count = 1, .reusable = false}}, SHIFT(225),
  [1403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [1405] = {.entry = {.count = 1, .reusable = false}}, SHIFT(406),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [1409] = {.entry = {.count = 1, .reusable = false}}, SHIFT(404),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1413] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [1417] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [1419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1421] = {.entry = {.count = 1, .reusable = false}}, SHIFT(157),
  [1423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [1425] = {.entry = {.count = 1, .reusable = false}}, SHIFT(394),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [1429] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [1431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1433] = {.entry = {.count = 1, .reusable = false}}, SHIFT(411),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1437] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1441] = {.entry = {.count = 1, .reusable = false}}, SHIFT(393),
  [1443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [1445] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1449] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [1451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [1453] = {.entry = {.count = 1, .reusable = false}}, SHIFT(336),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [1457] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [1459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1461] = {.entry = {.count = 1, .reusable = false}}, SHIFT(335),
  [1463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [1465] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1469] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1473] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [1477] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [1479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [1481] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [1485] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1489] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1493] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [1495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [1497] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [1499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1501] = {.entry = {.count = 1, .reusable = false}}, SHIFT(400),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [1505] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [1509] = {.entry = {.count = 1, .reusable = false}}, SHIFT(408),
  [1511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1513] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [1521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1525] = {.entry = {.count = 1, .reusable = false}}, SHIFT(561),
  [1527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1533] = {.entry = {.count = 1, .reusable = false}}, SHIFT(301),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1537] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [1541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [1543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [1545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [1549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [1551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [1553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [1555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [1557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [1559] = {.entry = {.count = 1, .reusable = false}}, SHIFT(345),
  [1561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [1563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1567] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [1571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1573] = {.entry = {.count = 1, .reusable = false}}, SHIFT(489),
  [1575] = {.entry = {.count = 1, .reusable = false}}, SHIFT(456),
  [1577] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1579] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1583] = {.entry = {.count = 1, .reusable = false}}, SHIFT(491),
  [1585] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1587] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1589] = {.entry = {.count = 1, .reusable = false}}, SHIFT(517),
  [1591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [1593] = {.entry = {.count = 1, .reusable = false}}, SHIFT(521),
  [1595] = {.entry = {.count = 1, .reusable = false}}, SHIFT(460),
  [1597] = {.entry = {.count = 1, .reusable = false}}, SHIFT(528),
  [1599] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1601] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [1605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(526),
  [1607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [1609] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [1611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1613] = {.entry = {.count = 1, .reusable = false}}, SHIFT(622),
  [1615] = {.entry = {.count = 1, .reusable = false}}, SHIFT(512),
  [1617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1621] = {.entry = {.count = 1, .reusable = false}}, SHIFT(532),
  [1623] = {.entry = {.count = 1, .reusable = false}}, SHIFT(585),
  [1625] = {.entry = {.count = 1, .reusable = false}}, SHIFT(616),
  [1627] = {.entry = {.count = 1, .reusable = false}}, SHIFT(556),
  [1629] = {.entry = {.count = 1, .reusable = false}}, SHIFT(588),
  [1631] = {.entry = {.count = 1, .reusable = false}}, SHIFT(558),
  [1633] = {.entry = {.count = 1, .reusable = false}}, SHIFT(551),
  [1635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(579),
  [1637] = {.entry = {.count = 1, .reusable = false}}, SHIFT(537),
  [1639] = {.entry = {.count = 1, .reusable = false}}, SHIFT(559),
  [1641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [1643] = {.entry = {.count = 1, .reusable = false}}, SHIFT(645),
  [1645] = {.entry = {.count = 1, .reusable = false}}, SHIFT(540),
  [1647] = {.entry = {.count = 1, .reusable = false}}, SHIFT(583),
  [1649] = {.entry = {.count = 1, .reusable = false}}, SHIFT(621),
  [1651] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [1655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [1657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [1661] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [1665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1667] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(140),
  [1670] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0),
  [1672] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1674] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 96),
  [1676] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [1678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1680] = {.entry = {.count = 1, .reusable = true}}, SHIFT(487),
  [1682] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 55),
  [1684] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [1686] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 68),
  [1688] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 68), SHIFT_REPEAT(316),
  [1691] = {.entry = {.count = 1, .reusable = false}}, SHIFT(628),
  [1693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [1695] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 69),
  [1697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [1699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [1701] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [1703] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1705] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [1707] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 102),
  [1709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(486),
  [1711] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 91),
  [1713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(504),
  [1715] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [1717] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 73),
  [1719] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 73), SHIFT_REPEAT(100),
  [1722] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 74),
  [1724] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 54),
  [1726] = {.entry = {.count = 1, .reusable = false}}, SHIFT(495),
  [1728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(581),
  [1730] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(497),
  [1734] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(642),
  [1737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1739] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [1741] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [1743] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 100),
  [1745] = {.entry = {.count = 1, .reusable = true}}, SHIFT(492),
  [1747] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 108),
  [1749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1751] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 107),
  [1753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 71),
  [1755] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [1757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(444),
  [1759] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [1763] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 56),
  [1765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 47),
  [1767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [1769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 103),
  [1771] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 48),
  [1773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [1775] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 84),
  [1777] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 92),
  [1779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(639),
  [1781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 85),
  [1783] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 111),
  [1789] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50),
  [1791] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50), SHIFT_REPEAT(177),
  [1794] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 87),
  [1796] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 93),
  [1798] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 97),
  [1800] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(644),
  [1804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 72),
  [1806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1812] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 67),
  [1814] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [1816] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 64),
  [1818] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [1820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 99),
  [1822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65),
  [1824] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65), SHIFT_REPEAT(431),
  [1827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [1829] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1831] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1835] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 62),
  [1839] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65), SHIFT_REPEAT(434),
  [1842] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1844] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(608),
  [1847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1849] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [1853] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1855] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1859] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50), SHIFT_REPEAT(189),
  [1862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1864] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1868] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [1870] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 42),
  [1872] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 42), SHIFT_REPEAT(446),
  [1875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [1877] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 2, 0, 0),
  [1879] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1881] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [1883] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [1886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [1890] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1892] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1894] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1896] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 77),
  [1898] = {.entry = {.count = 1, .reusable = false}}, SHIFT(550),
  [1900] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [1902] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [1904] = {.entry = {.count = 1, .reusable = true}}, SHIFT(618),
  [1906] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [1908] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1910] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1912] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1914] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 58),
  [1916] = {.entry = {.count = 1, .reusable = false}}, SHIFT(577),
  [1918] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 63),
  [1920] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [1922] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 88),
  [1924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 89),
  [1926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [1928] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 5, 0, 0),
  [1932] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 45),
  [1934] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1936] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1938] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [1940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 51),
  [1942] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 50), SHIFT_REPEAT(324),
  [1945] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 50),
  [1947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [1949] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [1952] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [1954] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [1956] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [1958] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 4, 0, 0),
  [1960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [1966] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(555),
  [1969] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [1971] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 78), SHIFT_REPEAT(438),
  [1974] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 78),
  [1976] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 79),
  [1978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 80),
  [1980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1982] = {.entry = {.count = 1, .reusable = false}}, SHIFT(505),
  [1984] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 6, 0, 0),
  [1986] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [1988] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [1990] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [1992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [1996] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 95),
  [1998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 46),
  [2000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [2002] = {.entry = {.count = 1, .reusable = false}}, SHIFT(620),
  [2004] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [2007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [2009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [2011] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 9),
  [2013] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [2015] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [2017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [2019] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [2021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [2023] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [2025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [2027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [2029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(553),
  [2031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [2033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [2035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [2037] = {.entry = {.count = 1, .reusable = false}}, SHIFT(619),
  [2039] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 60),
  [2041] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 61),
  [2043] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 81),
  [2045] = {.entry = {.count = 1, .reusable = false}}, SHIFT(631),
  [2047] = {.entry = {.count = 1, .reusable = true}}, SHIFT(468),
  [2049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(469),
  [2051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(647),
  [2053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(464),
  [2055] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [2057] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [2059] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 2, 0, 9),
  [2061] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 58),
  [2063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [2065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(637),
  [2067] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [2069] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 86),
  [2071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [2073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(507),
  [2075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [2077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [2079] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [2081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [2083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [2085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [2087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [2089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(485),
  [2091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [2093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [2095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [2097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
};

enum ts_external_scanner_symbol_identifiers {
  ts_external_token__mnemonic_head = 0,
  ts_external_token__swi_mnemonic = 1,
  ts_external_token__mnemonic_tail = 2,
  ts_external_token_condition = 3,
  ts_external_token_s_flag = 4,
  ts_external_token_size = 5,
  ts_external_token_translate = 6,
  ts_external_token_block_mode = 7,
  ts_external_token_p_flag = 8,
  ts_external_token__mnemonic_subst = 9,
  ts_external_token__newline = 10,
  ts_external_token__error_sentinel = 11,
};

static const TSSymbol ts_external_scanner_symbol_map[EXTERNAL_TOKEN_COUNT] = {
  [ts_external_token__mnemonic_head] = sym__mnemonic_head,
  [ts_external_token__swi_mnemonic] = sym__swi_mnemonic,
  [ts_external_token__mnemonic_tail] = sym__mnemonic_tail,
  [ts_external_token_condition] = sym_condition,
  [ts_external_token_s_flag] = sym_s_flag,
  [ts_external_token_size] = sym_size,
  [ts_external_token_translate] = sym_translate,
  [ts_external_token_block_mode] = sym_block_mode,
  [ts_external_token_p_flag] = sym_p_flag,
  [ts_external_token__mnemonic_subst] = sym__mnemonic_subst,
  [ts_external_token__newline] = sym__newline,
  [ts_external_token__error_sentinel] = sym__error_sentinel,
};

static const bool ts_external_scanner_states[6][EXTERNAL_TOKEN_COUNT] = {
  [1] = {
    [ts_external_token__mnemonic_head] = true,
    [ts_external_token__swi_mnemonic] = true,
    [ts_external_token__mnemonic_tail] = true,
    [ts_external_token_condition] = true,
    [ts_external_token_s_flag] = true,
    [ts_external_token_size] = true,
    [ts_external_token_translate] = true,
    [ts_external_token_block_mode] = true,
    [ts_external_token_p_flag] = true,
    [ts_external_token__mnemonic_subst] = true,
    [ts_external_token__newline] = true,
    [ts_external_token__error_sentinel] = true,
  },
  [2] = {
    [ts_external_token__newline] = true,
  },
  [3] = {
    [ts_external_token_condition] = true,
    [ts_external_token_s_flag] = true,
    [ts_external_token_size] = true,
    [ts_external_token_translate] = true,
    [ts_external_token_block_mode] = true,
    [ts_external_token_p_flag] = true,
    [ts_external_token__mnemonic_subst] = true,
    [ts_external_token__newline] = true,
  },
  [4] = {
    [ts_external_token__mnemonic_tail] = true,
    [ts_external_token_condition] = true,
    [ts_external_token_s_flag] = true,
    [ts_external_token_size] = true,
    [ts_external_token_translate] = true,
    [ts_external_token_block_mode] = true,
    [ts_external_token_p_flag] = true,
    [ts_external_token__mnemonic_subst] = true,
    [ts_external_token__newline] = true,
  },
  [5] = {
    [ts_external_token__mnemonic_head] = true,
    [ts_external_token__swi_mnemonic] = true,
    [ts_external_token__newline] = true,
  },
};

#ifdef __cplusplus
extern "C" {
#endif
void *tree_sitter_riscos_bbcbasic_external_scanner_create(void);
void tree_sitter_riscos_bbcbasic_external_scanner_destroy(void *);
bool tree_sitter_riscos_bbcbasic_external_scanner_scan(void *, TSLexer *, const bool *);
unsigned tree_sitter_riscos_bbcbasic_external_scanner_serialize(void *, char *);
void tree_sitter_riscos_bbcbasic_external_scanner_deserialize(void *, const char *, unsigned);

#ifdef TREE_SITTER_HIDE_SYMBOLS
#define TS_PUBLIC
#elif defined(_WIN32)
#define TS_PUBLIC __declspec(dllexport)
#else
#define TS_PUBLIC __attribute__((visibility("default")))
#endif

TS_PUBLIC const TSLanguage *tree_sitter_riscos_bbcbasic(void) {
  static const TSLanguage language = {
    .version = LANGUAGE_VERSION,
    .symbol_count = SYMBOL_COUNT,
    .alias_count = ALIAS_COUNT,
    .token_count = TOKEN_COUNT,
    .external_token_count = EXTERNAL_TOKEN_COUNT,
    .state_count = STATE_COUNT,
    .large_state_count = LARGE_STATE_COUNT,
    .production_id_count = PRODUCTION_ID_COUNT,
    .field_count = FIELD_COUNT,
    .max_alias_sequence_length = MAX_ALIAS_SEQUENCE_LENGTH,
    .parse_table = &ts_parse_table[0][0],
    .small_parse_table = ts_small_parse_table,
    .small_parse_table_map = ts_small_parse_table_map,
    .parse_actions = ts_parse_actions,
    .symbol_names = ts_symbol_names,
    .field_names = ts_field_names,
    .field_map_slices = ts_field_map_slices,
    .field_map_entries = ts_field_map_entries,
    .symbol_metadata = ts_symbol_metadata,
    .public_symbol_map = ts_symbol_map,
    .alias_map = ts_non_terminal_alias_map,
    .alias_sequences = &ts_alias_sequences[0][0],
    .lex_modes = ts_lex_modes,
    .lex_fn = ts_lex,
    .external_scanner = {
      &ts_external_scanner_states[0][0],
      ts_external_scanner_symbol_map,
      tree_sitter_riscos_bbcbasic_external_scanner_create,
      tree_sitter_riscos_bbcbasic_external_scanner_destroy,
      tree_sitter_riscos_bbcbasic_external_scanner_scan,
      tree_sitter_riscos_bbcbasic_external_scanner_serialize,
      tree_sitter_riscos_bbcbasic_external_scanner_deserialize,
    },
    .primary_state_ids = ts_primary_state_ids,
  };
  return &language;
}
#ifdef __cplusplus
}
#endif
