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
#define STATE_COUNT 624
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 184
#define ALIAS_COUNT 0
#define TOKEN_COUNT 108
#define EXTERNAL_TOKEN_COUNT 14
#define FIELD_COUNT 45
#define MAX_ALIAS_SEQUENCE_LENGTH 10
#define PRODUCTION_ID_COUNT 114

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
  sym_precision = 104,
  sym_rounding = 105,
  sym__newline = 106,
  sym__error_sentinel = 107,
  sym_source_file = 108,
  sym_basic_line = 109,
  sym__statements = 110,
  sym__line_statement = 111,
  sym__statement = 112,
  sym_assignment = 113,
  sym__lvalue = 114,
  sym_for_statement = 115,
  sym_next_statement = 116,
  sym_dim_statement = 117,
  sym_dim_item = 118,
  sym_procedure_definition = 119,
  sym_function_definition = 120,
  sym_parameter_list = 121,
  sym_parameter = 122,
  sym_return_statement = 123,
  sym_if_statement = 124,
  sym__inline_statements = 125,
  sym_else_statement = 126,
  sym_sys_call = 127,
  sym_print_statement = 128,
  sym_proc_call = 129,
  sym_local_statement = 130,
  sym_repeat_statement = 131,
  sym_until_statement = 132,
  sym_while_statement = 133,
  sym_on_error_statement = 134,
  sym_on_statement = 135,
  sym_basic_statement = 136,
  sym_assembler_block = 137,
  sym__asm_gap = 138,
  sym__asm_item = 139,
  sym__asm_statement = 140,
  sym_asm_label = 141,
  sym_opt_directive = 142,
  sym_data = 143,
  sym_align = 144,
  sym_mnemonic = 145,
  sym__suffix = 146,
  sym_instruction = 147,
  sym_swi = 148,
  sym__operand = 149,
  sym__base_register = 150,
  sym_writeback_register = 151,
  sym_immediate = 152,
  sym_pool_literal = 153,
  sym__shift_amount = 154,
  sym_shifted_register = 155,
  sym_memory_operand = 156,
  sym_register_list = 157,
  sym_register_range = 158,
  sym__expression = 159,
  sym_parenthesized_expression = 160,
  sym_unary_expression = 161,
  sym_indirection = 162,
  sym_binary_expression = 163,
  sym_array_element = 164,
  sym_argument_list = 165,
  sym_fn_call = 166,
  sym_builtin_call = 167,
  aux_sym_source_file_repeat1 = 168,
  aux_sym__statements_repeat1 = 169,
  aux_sym_next_statement_repeat1 = 170,
  aux_sym_dim_statement_repeat1 = 171,
  aux_sym_parameter_list_repeat1 = 172,
  aux_sym__inline_statements_repeat1 = 173,
  aux_sym_sys_call_repeat1 = 174,
  aux_sym_sys_call_repeat2 = 175,
  aux_sym_print_statement_repeat1 = 176,
  aux_sym_assembler_block_repeat1 = 177,
  aux_sym_assembler_block_repeat2 = 178,
  aux_sym_data_repeat1 = 179,
  aux_sym_instruction_repeat1 = 180,
  aux_sym_instruction_repeat2 = 181,
  aux_sym_register_list_repeat1 = 182,
  aux_sym_argument_list_repeat1 = 183,
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
  [sym_precision] = "precision",
  [sym_rounding] = "rounding",
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
  [sym_precision] = sym_precision,
  [sym_rounding] = sym_rounding,
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
  [sym_precision] = {
    .visible = true,
    .named = true,
  },
  [sym_rounding] = {
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
  field_precision = 30,
  field_register = 31,
  field_right = 32,
  field_rounding = 33,
  field_s_flag = 34,
  field_shift = 35,
  field_sign = 36,
  field_size = 37,
  field_start = 38,
  field_step = 39,
  field_substitution = 40,
  field_translate = 41,
  field_user_mode = 42,
  field_value = 43,
  field_variable = 44,
  field_writeback = 45,
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
  [field_precision] = "precision",
  [field_register] = "register",
  [field_right] = "right",
  [field_rounding] = "rounding",
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
  [33] = {.index = 44, .length = 1},
  [34] = {.index = 45, .length = 1},
  [35] = {.index = 46, .length = 9},
  [36] = {.index = 55, .length = 2},
  [37] = {.index = 57, .length = 10},
  [38] = {.index = 67, .length = 2},
  [39] = {.index = 69, .length = 2},
  [40] = {.index = 71, .length = 3},
  [41] = {.index = 74, .length = 3},
  [42] = {.index = 77, .length = 3},
  [43] = {.index = 74, .length = 3},
  [44] = {.index = 80, .length = 2},
  [45] = {.index = 82, .length = 2},
  [46] = {.index = 84, .length = 2},
  [47] = {.index = 86, .length = 2},
  [48] = {.index = 88, .length = 2},
  [49] = {.index = 90, .length = 2},
  [50] = {.index = 92, .length = 2},
  [51] = {.index = 94, .length = 1},
  [52] = {.index = 95, .length = 2},
  [53] = {.index = 97, .length = 1},
  [54] = {.index = 98, .length = 11},
  [55] = {.index = 109, .length = 18},
  [56] = {.index = 127, .length = 3},
  [57] = {.index = 130, .length = 3},
  [58] = {.index = 133, .length = 1},
  [59] = {.index = 134, .length = 11},
  [60] = {.index = 145, .length = 1},
  [61] = {.index = 146, .length = 3},
  [62] = {.index = 149, .length = 3},
  [63] = {.index = 152, .length = 2},
  [64] = {.index = 154, .length = 1},
  [65] = {.index = 155, .length = 2},
  [66] = {.index = 157, .length = 3},
  [67] = {.index = 160, .length = 2},
  [68] = {.index = 162, .length = 3},
  [69] = {.index = 165, .length = 3},
  [70] = {.index = 168, .length = 2},
  [71] = {.index = 170, .length = 1},
  [72] = {.index = 171, .length = 2},
  [73] = {.index = 173, .length = 1},
  [74] = {.index = 174, .length = 1},
  [75] = {.index = 175, .length = 2},
  [76] = {.index = 177, .length = 12},
  [77] = {.index = 189, .length = 2},
  [78] = {.index = 191, .length = 3},
  [79] = {.index = 194, .length = 2},
  [80] = {.index = 196, .length = 2},
  [81] = {.index = 198, .length = 3},
  [82] = {.index = 201, .length = 3},
  [83] = {.index = 204, .length = 3},
  [84] = {.index = 207, .length = 3},
  [85] = {.index = 210, .length = 4},
  [86] = {.index = 214, .length = 2},
  [87] = {.index = 216, .length = 3},
  [88] = {.index = 219, .length = 2},
  [89] = {.index = 221, .length = 1},
  [90] = {.index = 222, .length = 4},
  [91] = {.index = 226, .length = 4},
  [92] = {.index = 230, .length = 4},
  [93] = {.index = 234, .length = 2},
  [94] = {.index = 236, .length = 2},
  [95] = {.index = 238, .length = 1},
  [96] = {.index = 239, .length = 4},
  [97] = {.index = 243, .length = 5},
  [98] = {.index = 248, .length = 3},
  [99] = {.index = 251, .length = 3},
  [100] = {.index = 254, .length = 3},
  [101] = {.index = 257, .length = 4},
  [102] = {.index = 261, .length = 3},
  [103] = {.index = 264, .length = 3},
  [104] = {.index = 267, .length = 4},
  [105] = {.index = 271, .length = 4},
  [106] = {.index = 275, .length = 4},
  [107] = {.index = 279, .length = 4},
  [108] = {.index = 283, .length = 4},
  [109] = {.index = 287, .length = 5},
  [110] = {.index = 292, .length = 5},
  [111] = {.index = 297, .length = 5},
  [112] = {.index = 302, .length = 5},
  [113] = {.index = 307, .length = 6},
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
    {field_precision, 0},
  [45] =
    {field_rounding, 0},
  [46] =
    {field_condition, 0, .inherited = true},
    {field_mode, 0, .inherited = true},
    {field_p_flag, 0, .inherited = true},
    {field_precision, 0, .inherited = true},
    {field_rounding, 0, .inherited = true},
    {field_s_flag, 0, .inherited = true},
    {field_size, 0, .inherited = true},
    {field_substitution, 0, .inherited = true},
    {field_translate, 0, .inherited = true},
  [55] =
    {field_mnemonic, 0},
    {field_name, 1},
  [57] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_p_flag, 1, .inherited = true},
    {field_precision, 1, .inherited = true},
    {field_rounding, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [67] =
    {field_directive, 0},
    {field_value, 1},
  [69] =
    {field_mnemonic, 0},
    {field_operand, 1},
  [71] =
    {field_base, 0},
    {field_offset, 2},
    {field_operator, 1},
  [74] =
    {field_left, 0},
    {field_operator, 1},
    {field_right, 2},
  [77] =
    {field_left, 1},
    {field_operator, 2},
    {field_right, 3},
  [80] =
    {field_variable, 0, .inherited = true},
    {field_variable, 1, .inherited = true},
  [82] =
    {field_name, 0},
    {field_size, 2},
  [84] =
    {field_name, 1},
    {field_value, 3},
  [86] =
    {field_condition, 1},
    {field_consequence, 3},
  [88] =
    {field_alternative, 3},
    {field_condition, 1},
  [90] =
    {field_name, 1},
    {field_output, 3},
  [92] =
    {field_name, 1},
    {field_output, 3, .inherited = true},
  [94] =
    {field_argument, 1},
  [95] =
    {field_argument, 0, .inherited = true},
    {field_argument, 1, .inherited = true},
  [97] =
    {field_handler, 3},
  [98] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_name, 2},
    {field_p_flag, 1, .inherited = true},
    {field_precision, 1, .inherited = true},
    {field_rounding, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [109] =
    {field_condition, 0, .inherited = true},
    {field_condition, 1, .inherited = true},
    {field_mode, 0, .inherited = true},
    {field_mode, 1, .inherited = true},
    {field_p_flag, 0, .inherited = true},
    {field_p_flag, 1, .inherited = true},
    {field_precision, 0, .inherited = true},
    {field_precision, 1, .inherited = true},
    {field_rounding, 0, .inherited = true},
    {field_rounding, 1, .inherited = true},
    {field_s_flag, 0, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 0, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 0, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 0, .inherited = true},
    {field_translate, 1, .inherited = true},
  [127] =
    {field_directive, 0},
    {field_value, 1},
    {field_value, 2, .inherited = true},
  [130] =
    {field_mnemonic, 0},
    {field_operand, 1},
    {field_operand, 2, .inherited = true},
  [133] =
    {field_register, 0},
  [134] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_operand, 2},
    {field_p_flag, 1, .inherited = true},
    {field_precision, 1, .inherited = true},
    {field_rounding, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [145] =
    {field_parameter, 1},
  [146] =
    {field_name, 1},
    {field_parameters, 2},
    {field_value, 4},
  [149] =
    {field_alternative, 4},
    {field_condition, 1},
    {field_consequence, 2},
  [152] =
    {field_alternative, 4},
    {field_condition, 1},
  [154] =
    {field_output, 1},
  [155] =
    {field_flags, 4},
    {field_name, 1},
  [157] =
    {field_name, 1},
    {field_output, 3},
    {field_output, 4, .inherited = true},
  [160] =
    {field_output, 0, .inherited = true},
    {field_output, 1, .inherited = true},
  [162] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_output, 4},
  [165] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_output, 4, .inherited = true},
  [168] =
    {field_value, 0, .inherited = true},
    {field_value, 1, .inherited = true},
  [170] =
    {field_base, 1},
  [171] =
    {field_register, 0},
    {field_shift, 2},
  [173] =
    {field_user_mode, 2},
  [174] =
    {field_operand, 1},
  [175] =
    {field_operand, 0, .inherited = true},
    {field_operand, 1, .inherited = true},
  [177] =
    {field_condition, 1, .inherited = true},
    {field_mnemonic, 0},
    {field_mode, 1, .inherited = true},
    {field_operand, 2},
    {field_operand, 3, .inherited = true},
    {field_p_flag, 1, .inherited = true},
    {field_precision, 1, .inherited = true},
    {field_rounding, 1, .inherited = true},
    {field_s_flag, 1, .inherited = true},
    {field_size, 1, .inherited = true},
    {field_substitution, 1, .inherited = true},
    {field_translate, 1, .inherited = true},
  [189] =
    {field_argument, 1},
    {field_argument, 2, .inherited = true},
  [191] =
    {field_end, 5},
    {field_start, 3},
    {field_variable, 1},
  [194] =
    {field_parameter, 1},
    {field_parameter, 2, .inherited = true},
  [196] =
    {field_parameter, 0, .inherited = true},
    {field_parameter, 1, .inherited = true},
  [198] =
    {field_alternative, 5},
    {field_condition, 1},
    {field_consequence, 3},
  [201] =
    {field_flags, 5},
    {field_name, 1},
    {field_output, 3},
  [204] =
    {field_flags, 5},
    {field_name, 1},
    {field_output, 3, .inherited = true},
  [207] =
    {field_argument, 2, .inherited = true},
    {field_flags, 5},
    {field_name, 1},
  [210] =
    {field_argument, 2, .inherited = true},
    {field_name, 1},
    {field_output, 4},
    {field_output, 5, .inherited = true},
  [214] =
    {field_base, 1},
    {field_writeback, 3},
  [216] =
    {field_amount, 3},
    {field_register, 0},
    {field_shift, 2},
  [219] =
    {field_end, 2},
    {field_start, 0},
  [221] =
    {field_user_mode, 3},
  [222] =
    {field_flags, 6},
    {field_name, 1},
    {field_output, 3},
    {field_output, 4, .inherited = true},
  [226] =
    {field_argument, 2, .inherited = true},
    {field_flags, 6},
    {field_name, 1},
    {field_output, 4},
  [230] =
    {field_argument, 2, .inherited = true},
    {field_flags, 6},
    {field_name, 1},
    {field_output, 4, .inherited = true},
  [234] =
    {field_base, 1},
    {field_offset, 3},
  [236] =
    {field_base, 1},
    {field_post_offset, 4},
  [238] =
    {field_user_mode, 4},
  [239] =
    {field_end, 5},
    {field_start, 3},
    {field_step, 7},
    {field_variable, 1},
  [243] =
    {field_argument, 2, .inherited = true},
    {field_flags, 7},
    {field_name, 1},
    {field_output, 4},
    {field_output, 5, .inherited = true},
  [248] =
    {field_base, 1},
    {field_offset, 4},
    {field_sign, 3},
  [251] =
    {field_base, 1},
    {field_offset, 3},
    {field_writeback, 5},
  [254] =
    {field_base, 1},
    {field_post_offset, 5},
    {field_sign, 4},
  [257] =
    {field_base, 1},
    {field_offset, 4},
    {field_sign, 3},
    {field_writeback, 6},
  [261] =
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
  [264] =
    {field_base, 1},
    {field_post_offset, 4},
    {field_shift, 6},
  [267] =
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
  [271] =
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
    {field_writeback, 7},
  [275] =
    {field_amount, 6},
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
  [279] =
    {field_base, 1},
    {field_post_offset, 5},
    {field_shift, 7},
    {field_sign, 4},
  [283] =
    {field_amount, 7},
    {field_base, 1},
    {field_post_offset, 4},
    {field_shift, 6},
  [287] =
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
    {field_writeback, 8},
  [292] =
    {field_amount, 7},
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
  [297] =
    {field_amount, 6},
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
    {field_writeback, 8},
  [302] =
    {field_amount, 8},
    {field_base, 1},
    {field_post_offset, 5},
    {field_shift, 7},
    {field_sign, 4},
  [307] =
    {field_amount, 7},
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
    {field_writeback, 9},
};

static const TSSymbol ts_alias_sequences[PRODUCTION_ID_COUNT][MAX_ALIAS_SEQUENCE_LENGTH] = {
  [0] = {0},
  [43] = {
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
  [15] = 14,
  [16] = 12,
  [17] = 13,
  [18] = 18,
  [19] = 9,
  [20] = 8,
  [21] = 11,
  [22] = 10,
  [23] = 18,
  [24] = 24,
  [25] = 25,
  [26] = 26,
  [27] = 25,
  [28] = 24,
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
  [52] = 29,
  [53] = 30,
  [54] = 30,
  [55] = 29,
  [56] = 44,
  [57] = 46,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 41,
  [62] = 43,
  [63] = 45,
  [64] = 48,
  [65] = 49,
  [66] = 47,
  [67] = 35,
  [68] = 36,
  [69] = 42,
  [70] = 38,
  [71] = 39,
  [72] = 40,
  [73] = 31,
  [74] = 32,
  [75] = 33,
  [76] = 34,
  [77] = 45,
  [78] = 46,
  [79] = 59,
  [80] = 38,
  [81] = 35,
  [82] = 36,
  [83] = 39,
  [84] = 41,
  [85] = 40,
  [86] = 43,
  [87] = 48,
  [88] = 49,
  [89] = 47,
  [90] = 42,
  [91] = 91,
  [92] = 31,
  [93] = 93,
  [94] = 94,
  [95] = 33,
  [96] = 32,
  [97] = 34,
  [98] = 30,
  [99] = 44,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 31,
  [104] = 33,
  [105] = 32,
  [106] = 29,
  [107] = 34,
  [108] = 47,
  [109] = 41,
  [110] = 110,
  [111] = 111,
  [112] = 112,
  [113] = 113,
  [114] = 114,
  [115] = 115,
  [116] = 116,
  [117] = 117,
  [118] = 118,
  [119] = 119,
  [120] = 120,
  [121] = 40,
  [122] = 44,
  [123] = 43,
  [124] = 45,
  [125] = 48,
  [126] = 49,
  [127] = 39,
  [128] = 36,
  [129] = 35,
  [130] = 46,
  [131] = 42,
  [132] = 38,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 30,
  [142] = 142,
  [143] = 41,
  [144] = 47,
  [145] = 145,
  [146] = 146,
  [147] = 31,
  [148] = 100,
  [149] = 32,
  [150] = 33,
  [151] = 34,
  [152] = 152,
  [153] = 153,
  [154] = 29,
  [155] = 146,
  [156] = 152,
  [157] = 153,
  [158] = 39,
  [159] = 38,
  [160] = 44,
  [161] = 49,
  [162] = 43,
  [163] = 46,
  [164] = 116,
  [165] = 120,
  [166] = 111,
  [167] = 117,
  [168] = 119,
  [169] = 115,
  [170] = 42,
  [171] = 114,
  [172] = 45,
  [173] = 112,
  [174] = 110,
  [175] = 113,
  [176] = 44,
  [177] = 46,
  [178] = 35,
  [179] = 36,
  [180] = 48,
  [181] = 40,
  [182] = 182,
  [183] = 183,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 185,
  [191] = 191,
  [192] = 192,
  [193] = 193,
  [194] = 30,
  [195] = 46,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 192,
  [200] = 200,
  [201] = 201,
  [202] = 44,
  [203] = 203,
  [204] = 204,
  [205] = 44,
  [206] = 204,
  [207] = 46,
  [208] = 208,
  [209] = 44,
  [210] = 46,
  [211] = 46,
  [212] = 44,
  [213] = 204,
  [214] = 30,
  [215] = 215,
  [216] = 204,
  [217] = 204,
  [218] = 204,
  [219] = 204,
  [220] = 220,
  [221] = 221,
  [222] = 220,
  [223] = 223,
  [224] = 29,
  [225] = 32,
  [226] = 41,
  [227] = 33,
  [228] = 34,
  [229] = 229,
  [230] = 230,
  [231] = 31,
  [232] = 232,
  [233] = 220,
  [234] = 234,
  [235] = 235,
  [236] = 232,
  [237] = 47,
  [238] = 232,
  [239] = 220,
  [240] = 240,
  [241] = 232,
  [242] = 220,
  [243] = 220,
  [244] = 232,
  [245] = 245,
  [246] = 230,
  [247] = 232,
  [248] = 220,
  [249] = 249,
  [250] = 232,
  [251] = 220,
  [252] = 232,
  [253] = 253,
  [254] = 254,
  [255] = 255,
  [256] = 256,
  [257] = 257,
  [258] = 258,
  [259] = 259,
  [260] = 254,
  [261] = 261,
  [262] = 262,
  [263] = 263,
  [264] = 264,
  [265] = 265,
  [266] = 266,
  [267] = 267,
  [268] = 268,
  [269] = 269,
  [270] = 270,
  [271] = 271,
  [272] = 263,
  [273] = 264,
  [274] = 265,
  [275] = 266,
  [276] = 267,
  [277] = 268,
  [278] = 258,
  [279] = 44,
  [280] = 280,
  [281] = 281,
  [282] = 46,
  [283] = 283,
  [284] = 284,
  [285] = 285,
  [286] = 257,
  [287] = 287,
  [288] = 288,
  [289] = 263,
  [290] = 290,
  [291] = 291,
  [292] = 264,
  [293] = 254,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 263,
  [298] = 257,
  [299] = 264,
  [300] = 257,
  [301] = 265,
  [302] = 263,
  [303] = 264,
  [304] = 265,
  [305] = 266,
  [306] = 306,
  [307] = 268,
  [308] = 263,
  [309] = 264,
  [310] = 265,
  [311] = 266,
  [312] = 267,
  [313] = 268,
  [314] = 266,
  [315] = 267,
  [316] = 254,
  [317] = 294,
  [318] = 268,
  [319] = 265,
  [320] = 257,
  [321] = 266,
  [322] = 257,
  [323] = 263,
  [324] = 264,
  [325] = 265,
  [326] = 266,
  [327] = 267,
  [328] = 268,
  [329] = 254,
  [330] = 294,
  [331] = 267,
  [332] = 257,
  [333] = 254,
  [334] = 294,
  [335] = 335,
  [336] = 257,
  [337] = 254,
  [338] = 294,
  [339] = 268,
  [340] = 257,
  [341] = 254,
  [342] = 294,
  [343] = 343,
  [344] = 257,
  [345] = 254,
  [346] = 257,
  [347] = 254,
  [348] = 257,
  [349] = 294,
  [350] = 257,
  [351] = 254,
  [352] = 257,
  [353] = 254,
  [354] = 254,
  [355] = 254,
  [356] = 290,
  [357] = 335,
  [358] = 261,
  [359] = 29,
  [360] = 41,
  [361] = 261,
  [362] = 261,
  [363] = 261,
  [364] = 261,
  [365] = 267,
  [366] = 366,
  [367] = 36,
  [368] = 39,
  [369] = 40,
  [370] = 366,
  [371] = 366,
  [372] = 46,
  [373] = 189,
  [374] = 48,
  [375] = 191,
  [376] = 49,
  [377] = 366,
  [378] = 32,
  [379] = 44,
  [380] = 380,
  [381] = 34,
  [382] = 366,
  [383] = 43,
  [384] = 33,
  [385] = 385,
  [386] = 42,
  [387] = 366,
  [388] = 35,
  [389] = 45,
  [390] = 38,
  [391] = 38,
  [392] = 33,
  [393] = 34,
  [394] = 46,
  [395] = 40,
  [396] = 32,
  [397] = 397,
  [398] = 39,
  [399] = 31,
  [400] = 35,
  [401] = 44,
  [402] = 36,
  [403] = 403,
  [404] = 404,
  [405] = 405,
  [406] = 403,
  [407] = 404,
  [408] = 405,
  [409] = 409,
  [410] = 409,
  [411] = 411,
  [412] = 412,
  [413] = 413,
  [414] = 414,
  [415] = 415,
  [416] = 416,
  [417] = 417,
  [418] = 418,
  [419] = 419,
  [420] = 420,
  [421] = 421,
  [422] = 422,
  [423] = 423,
  [424] = 424,
  [425] = 425,
  [426] = 426,
  [427] = 427,
  [428] = 428,
  [429] = 412,
  [430] = 412,
  [431] = 431,
  [432] = 432,
  [433] = 433,
  [434] = 412,
  [435] = 435,
  [436] = 412,
  [437] = 437,
  [438] = 438,
  [439] = 439,
  [440] = 440,
  [441] = 441,
  [442] = 442,
  [443] = 443,
  [444] = 444,
  [445] = 445,
  [446] = 425,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 451,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 425,
  [457] = 457,
  [458] = 458,
  [459] = 459,
  [460] = 460,
  [461] = 461,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 466,
  [467] = 425,
  [468] = 468,
  [469] = 469,
  [470] = 470,
  [471] = 471,
  [472] = 472,
  [473] = 473,
  [474] = 474,
  [475] = 475,
  [476] = 476,
  [477] = 477,
  [478] = 478,
  [479] = 425,
  [480] = 480,
  [481] = 481,
  [482] = 482,
  [483] = 483,
  [484] = 484,
  [485] = 485,
  [486] = 486,
  [487] = 412,
  [488] = 488,
  [489] = 489,
  [490] = 490,
  [491] = 474,
  [492] = 492,
  [493] = 493,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 497,
  [498] = 473,
  [499] = 477,
  [500] = 500,
  [501] = 501,
  [502] = 502,
  [503] = 503,
  [504] = 504,
  [505] = 475,
  [506] = 469,
  [507] = 470,
  [508] = 471,
  [509] = 476,
  [510] = 461,
  [511] = 511,
  [512] = 512,
  [513] = 513,
  [514] = 412,
  [515] = 515,
  [516] = 516,
  [517] = 517,
  [518] = 425,
  [519] = 519,
  [520] = 520,
  [521] = 521,
  [522] = 522,
  [523] = 523,
  [524] = 524,
  [525] = 525,
  [526] = 526,
  [527] = 527,
  [528] = 528,
  [529] = 529,
  [530] = 530,
  [531] = 531,
  [532] = 532,
  [533] = 533,
  [534] = 534,
  [535] = 535,
  [536] = 536,
  [537] = 537,
  [538] = 538,
  [539] = 539,
  [540] = 540,
  [541] = 541,
  [542] = 542,
  [543] = 543,
  [544] = 544,
  [545] = 545,
  [546] = 546,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 541,
  [551] = 551,
  [552] = 519,
  [553] = 541,
  [554] = 554,
  [555] = 555,
  [556] = 541,
  [557] = 557,
  [558] = 549,
  [559] = 526,
  [560] = 560,
  [561] = 541,
  [562] = 562,
  [563] = 563,
  [564] = 564,
  [565] = 565,
  [566] = 541,
  [567] = 522,
  [568] = 568,
  [569] = 569,
  [570] = 570,
  [571] = 541,
  [572] = 572,
  [573] = 573,
  [574] = 574,
  [575] = 547,
  [576] = 576,
  [577] = 577,
  [578] = 578,
  [579] = 579,
  [580] = 580,
  [581] = 425,
  [582] = 582,
  [583] = 583,
  [584] = 541,
  [585] = 525,
  [586] = 586,
  [587] = 587,
  [588] = 588,
  [589] = 589,
  [590] = 590,
  [591] = 591,
  [592] = 592,
  [593] = 593,
  [594] = 594,
  [595] = 595,
  [596] = 596,
  [597] = 597,
  [598] = 598,
  [599] = 599,
  [600] = 600,
  [601] = 599,
  [602] = 602,
  [603] = 603,
  [604] = 599,
  [605] = 599,
  [606] = 606,
  [607] = 599,
  [608] = 608,
  [609] = 599,
  [610] = 599,
  [611] = 611,
  [612] = 612,
  [613] = 613,
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
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(102);
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '#', 434,
        '$', 444,
        '%', 394,
        '&', 398,
        '\'', 136,
        '(', 122,
        ')', 123,
        '*', 460,
        '+', 436,
        ',', 118,
        '-', 438,
        '.', 407,
        '/', 463,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        'A', 286,
        'B', 213,
        'C', 167,
        'D', 181,
        'E', 203,
        'F', 169,
        'G', 195,
        'H', 225,
        'I', 239,
        'L', 230,
        'M', 177,
        'N', 214,
        'O', 240,
        'P', 170,
        'Q', 359,
        'R', 165,
        'S', 171,
        'T', 216,
        'U', 296,
        'V', 210,
        'W', 168,
        '[', 403,
        ']', 404,
        '^', 441,
        'a', 380,
        'c', 382,
        'd', 377,
        'e', 386,
        'f', 383,
        'i', 383,
        'l', 387,
        'o', 384,
        'p', 376,
        'r', 166,
        's', 385,
        'v', 396,
        'w', 383,
        '{', 439,
        '|', 445,
        '}', 440,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(100);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(103);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(402);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '#', 434,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '*', 45,
        '+', 436,
        '-', 438,
        '.', 96,
        '/', 46,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 596,
        'B', 695,
        'C', 560,
        'D', 580,
        'E', 796,
        'F', 523,
        'G', 615,
        'H', 744,
        'I', 819,
        'L', 658,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 585,
        'R', 501,
        'S', 550,
        'T', 540,
        'U', 839,
        'V', 577,
        'W', 716,
        '[', 403,
        ']', 404,
        'a', 982,
        'c', 983,
        'f', 984,
        'i', 984,
        'l', 986,
        'p', 981,
        'r', 502,
        's', 985,
        'v', 991,
        'w', 984,
        '{', 439,
        '|', 445,
        ';', 405,
        '\\', 405,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(104);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '#', 434,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        ':', 106,
        '?', 443,
        '@', 44,
        'A', 597,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 523,
        'G', 615,
        'H', 744,
        'I', 819,
        'L', 658,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 585,
        'R', 501,
        'S', 551,
        'T', 540,
        'U', 839,
        'V', 577,
        'W', 716,
        ']', 404,
        'a', 989,
        'f', 984,
        'i', 984,
        'l', 986,
        'p', 981,
        'r', 502,
        's', 990,
        'v', 991,
        'w', 984,
        '|', 445,
        ';', 405,
        '\\', 405,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(104);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '#', 434,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        '-', 437,
        '.', 96,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 596,
        'B', 695,
        'C', 560,
        'D', 580,
        'E', 796,
        'F', 523,
        'G', 615,
        'H', 744,
        'I', 819,
        'L', 658,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 585,
        'R', 501,
        'S', 550,
        'T', 540,
        'U', 839,
        'V', 577,
        'W', 716,
        '[', 403,
        'a', 982,
        'c', 983,
        'f', 984,
        'i', 984,
        'l', 986,
        'p', 981,
        'r', 502,
        's', 985,
        'v', 991,
        'w', 984,
        '{', 439,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '#', 434,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        '-', 437,
        '.', 96,
        '?', 443,
        '@', 44,
        'A', 597,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 523,
        'G', 615,
        'H', 744,
        'I', 819,
        'L', 658,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 585,
        'R', 501,
        'S', 551,
        'T', 540,
        'U', 839,
        'V', 577,
        'W', 716,
        ']', 404,
        'a', 989,
        'f', 984,
        'i', 984,
        'l', 986,
        'p', 981,
        'r', 502,
        's', 990,
        'v', 991,
        'w', 984,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 122,
        ')', 123,
        '*', 460,
        '+', 436,
        ',', 118,
        '-', 438,
        '.', 96,
        '/', 463,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 599,
        'B', 695,
        'C', 561,
        'D', 581,
        'E', 793,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 736,
        'N', 662,
        'O', 868,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        ']', 404,
        '^', 441,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 122,
        '*', 459,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        '/', 462,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 599,
        'B', 695,
        'C', 561,
        'D', 581,
        'E', 798,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 736,
        'N', 662,
        'O', 868,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '^', 441,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 442,
        ')', 123,
        '*', 460,
        '+', 436,
        ',', 118,
        '-', 438,
        '.', 96,
        '/', 463,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 599,
        'B', 695,
        'C', 561,
        'D', 581,
        'E', 793,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 736,
        'N', 662,
        'O', 868,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        ']', 404,
        '^', 441,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 442,
        ')', 123,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        ':', 106,
        ';', 134,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 442,
        '*', 459,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        '/', 462,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 599,
        'B', 695,
        'C', 561,
        'D', 581,
        'E', 793,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 736,
        'N', 662,
        'O', 868,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '^', 441,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 10:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 442,
        '*', 459,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        '/', 462,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 599,
        'B', 695,
        'C', 561,
        'D', 581,
        'E', 798,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 736,
        'N', 662,
        'O', 868,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '^', 441,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '\'', 136,
        '(', 442,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        ':', 106,
        ';', 134,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 792,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(11);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 12:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 122,
        '+', 435,
        '-', 437,
        '.', 96,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 13:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 122,
        '+', 435,
        '-', 437,
        '.', 96,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 660,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 14:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        ':', 106,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 539,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(14);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        ',', 118,
        '-', 437,
        '.', 96,
        ':', 106,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 792,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 539,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        '-', 437,
        '.', 96,
        ':', 106,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        ']', 404,
        '|', 445,
        ';', 405,
        '\\', 405,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(104);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        '-', 437,
        '.', 96,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        '-', 437,
        '.', 96,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 796,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 660,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 19:
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '$', 444,
        '%', 93,
        '&', 97,
        '(', 442,
        '+', 435,
        '-', 437,
        '.', 96,
        '?', 443,
        '@', 44,
        'A', 598,
        'B', 695,
        'C', 561,
        'D', 580,
        'E', 797,
        'F', 524,
        'G', 615,
        'H', 744,
        'I', 820,
        'L', 659,
        'M', 735,
        'N', 662,
        'O', 869,
        'P', 586,
        'R', 568,
        'S', 552,
        'T', 540,
        'U', 839,
        'V', 578,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(19);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '!', 433,
        '"', 37,
        '(', 122,
        '*', 459,
        '+', 435,
        '-', 437,
        '/', 462,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        'A', 287,
        'D', 251,
        'E', 302,
        'M', 307,
        'O', 324,
        '^', 441,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '!', 433,
        '"', 37,
        '*', 459,
        '+', 435,
        '-', 437,
        '/', 462,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        'A', 287,
        'D', 251,
        'E', 302,
        'M', 307,
        'O', 324,
        '^', 441,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(21);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 122,
        ')', 123,
        '*', 461,
        '+', 435,
        ',', 118,
        '-', 437,
        '/', 462,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 593,
        'B', 648,
        'C', 520,
        'D', 545,
        'E', 625,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 527,
        'N', 651,
        'O', 701,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 517,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '^', 441,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 23:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        ')', 123,
        '*', 461,
        '+', 435,
        ',', 118,
        '-', 437,
        '/', 462,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 593,
        'B', 648,
        'C', 520,
        'D', 545,
        'E', 625,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 527,
        'N', 651,
        'O', 701,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 517,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '^', 441,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 24:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 155,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 624,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 700,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(24);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 25:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 155,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 626,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 700,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(25);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 155,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 626,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 705,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(26);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 27:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 155,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 623,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 700,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(27);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 28:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 155,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 623,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 705,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(28);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 29:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 155,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 627,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 700,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(29);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '*', 461,
        '+', 435,
        ',', 118,
        '-', 437,
        '/', 462,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        '@', 44,
        'A', 593,
        'B', 648,
        'C', 520,
        'D', 545,
        'E', 625,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 527,
        'N', 651,
        'O', 701,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 517,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        '^', 441,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(30);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 31:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        ',', 118,
        ':', 106,
        ';', 134,
        '?', 443,
        '@', 44,
        'A', 592,
        'B', 696,
        'C', 563,
        'D', 582,
        'E', 791,
        'F', 525,
        'G', 614,
        'H', 744,
        'I', 836,
        'L', 667,
        'M', 846,
        'N', 661,
        'O', 859,
        'P', 584,
        'R', 512,
        'S', 548,
        'T', 518,
        'U', 838,
        'V', 530,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(31);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 32:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        ',', 118,
        ':', 106,
        ';', 134,
        '?', 443,
        '@', 44,
        'A', 592,
        'B', 696,
        'C', 563,
        'D', 582,
        'E', 794,
        'F', 525,
        'G', 614,
        'H', 744,
        'I', 836,
        'L', 667,
        'M', 846,
        'N', 661,
        'O', 859,
        'P', 584,
        'R', 512,
        'S', 548,
        'T', 518,
        'U', 838,
        'V', 530,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 33:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '?', 443,
        '@', 44,
        'A', 592,
        'B', 696,
        'C', 563,
        'D', 582,
        'E', 794,
        'F', 525,
        'G', 614,
        'H', 744,
        'I', 836,
        'L', 667,
        'M', 846,
        'N', 661,
        'O', 859,
        'P', 584,
        'R', 513,
        'S', 548,
        'T', 518,
        'U', 838,
        'V', 530,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        '?', 443,
        '@', 44,
        'A', 592,
        'B', 696,
        'C', 563,
        'D', 582,
        'E', 795,
        'F', 525,
        'G', 614,
        'H', 744,
        'I', 836,
        'L', 667,
        'M', 846,
        'N', 661,
        'O', 859,
        'P', 584,
        'R', 512,
        'S', 548,
        'T', 518,
        'U', 838,
        'V', 530,
        'W', 717,
        '|', 445,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(34);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 35:
      ADVANCE_MAP(
        '!', 433,
        '(', 122,
        ')', 123,
        '*', 460,
        '+', 436,
        ',', 118,
        '-', 438,
        '.', 406,
        '/', 463,
        ':', 106,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        'A', 64,
        'D', 60,
        'E', 61,
        'F', 65,
        'M', 68,
        'O', 72,
        'P', 73,
        'S', 75,
        'T', 66,
        ']', 404,
        '^', 441,
        'a', 83,
        'd', 80,
        'e', 87,
        'o', 86,
        ';', 405,
        '\\', 405,
        'L', 89,
        'l', 89,
        'R', 85,
        'r', 85,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(36);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      END_STATE();
    case 36:
      ADVANCE_MAP(
        '!', 433,
        ')', 123,
        '*', 460,
        '+', 436,
        ',', 118,
        '-', 438,
        '.', 406,
        '/', 463,
        ':', 106,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        'A', 64,
        'D', 60,
        'E', 61,
        'F', 65,
        'M', 68,
        'O', 72,
        'P', 73,
        'S', 75,
        'T', 66,
        ']', 404,
        '^', 441,
        'a', 83,
        'd', 80,
        'e', 87,
        'o', 86,
        ';', 405,
        '\\', 405,
        'L', 89,
        'l', 89,
        'R', 85,
        'r', 85,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(36);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      END_STATE();
    case 37:
      if (lookahead == '"') ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(37);
      END_STATE();
    case 38:
      if (lookahead == '"') ADVANCE(492);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(38);
      END_STATE();
    case 39:
      ADVANCE_MAP(
        '"', 37,
        '(', 122,
        '*', 459,
        '+', 435,
        '-', 437,
        '/', 462,
        '<', 452,
        '=', 108,
        '>', 453,
        'A', 287,
        'D', 251,
        'E', 302,
        'M', 307,
        'O', 324,
        '^', 441,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(40);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 40:
      ADVANCE_MAP(
        '"', 37,
        '*', 459,
        '+', 435,
        '-', 437,
        '/', 462,
        '<', 452,
        '=', 108,
        '>', 453,
        'A', 287,
        'D', 251,
        'E', 302,
        'M', 307,
        'O', 324,
        '^', 441,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(40);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 41:
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == ':') ADVANCE(106);
      if (lookahead == 'E') ADVANCE(279);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(402);
      END_STATE();
    case 42:
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == ':') ADVANCE(106);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(402);
      END_STATE();
    case 43:
      ADVANCE_MAP(
        '#', 434,
        '+', 435,
        '-', 437,
        '@', 44,
        'A', 591,
        'C', 562,
        'D', 582,
        'E', 799,
        'F', 742,
        'G', 613,
        'I', 835,
        'L', 665,
        'M', 846,
        'N', 661,
        'O', 859,
        'P', 777,
        'R', 500,
        'S', 549,
        'T', 519,
        'U', 838,
        'V', 531,
        'W', 718,
        'a', 989,
        'f', 984,
        'i', 984,
        'l', 986,
        'p', 981,
        'r', 502,
        's', 990,
        'v', 991,
        'w', 984,
        '}', 440,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(43);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 44:
      if (lookahead == '%') ADVANCE(493);
      END_STATE();
    case 45:
      if (lookahead == '=') ADVANCE(111);
      END_STATE();
    case 46:
      if (lookahead == '=') ADVANCE(112);
      END_STATE();
    case 47:
      ADVANCE_MAP(
        '@', 44,
        'A', 592,
        'C', 562,
        'D', 582,
        'E', 799,
        'F', 743,
        'G', 613,
        'I', 836,
        'L', 666,
        'M', 846,
        'N', 661,
        'O', 859,
        'P', 778,
        'R', 514,
        'S', 548,
        'T', 519,
        'U', 838,
        'V', 532,
        'W', 719,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(47);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 48:
      if (lookahead == 'C') ADVANCE(99);
      END_STATE();
    case 49:
      if (lookahead == 'D') ADVANCE(450);
      END_STATE();
    case 50:
      if (lookahead == 'D') ADVANCE(464);
      END_STATE();
    case 51:
      if (lookahead == 'E') ADVANCE(156);
      END_STATE();
    case 52:
      if (lookahead == 'E') ADVANCE(130);
      END_STATE();
    case 53:
      if (lookahead == 'E') ADVANCE(70);
      END_STATE();
    case 54:
      if (lookahead == 'E') ADVANCE(63);
      END_STATE();
    case 55:
      if (lookahead == 'F') ADVANCE(156);
      END_STATE();
    case 56:
      if (lookahead == 'F') ADVANCE(148);
      END_STATE();
    case 57:
      if (lookahead == 'G') ADVANCE(59);
      END_STATE();
    case 58:
      if (lookahead == 'I') ADVANCE(57);
      END_STATE();
    case 59:
      if (lookahead == 'I') ADVANCE(62);
      END_STATE();
    case 60:
      if (lookahead == 'I') ADVANCE(76);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(78);
      END_STATE();
    case 61:
      if (lookahead == 'L') ADVANCE(74);
      if (lookahead == 'O') ADVANCE(71);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(91);
      END_STATE();
    case 62:
      if (lookahead == 'N') ADVANCE(156);
      END_STATE();
    case 63:
      if (lookahead == 'N') ADVANCE(467);
      END_STATE();
    case 64:
      if (lookahead == 'N') ADVANCE(49);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(82);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(94);
      END_STATE();
    case 65:
      if (lookahead == 'N') ADVANCE(98);
      END_STATE();
    case 66:
      if (lookahead == 'O') ADVANCE(114);
      END_STATE();
    case 67:
      if (lookahead == 'O') ADVANCE(48);
      END_STATE();
    case 68:
      if (lookahead == 'O') ADVANCE(50);
      END_STATE();
    case 69:
      if (lookahead == 'P') ADVANCE(472);
      END_STATE();
    case 70:
      if (lookahead == 'P') ADVANCE(116);
      END_STATE();
    case 71:
      if (lookahead == 'R') ADVANCE(449);
      END_STATE();
    case 72:
      if (lookahead == 'R') ADVANCE(446);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(90);
      END_STATE();
    case 73:
      if (lookahead == 'R') ADVANCE(67);
      END_STATE();
    case 74:
      if (lookahead == 'S') ADVANCE(52);
      END_STATE();
    case 75:
      if (lookahead == 'T') ADVANCE(53);
      END_STATE();
    case 76:
      if (lookahead == 'V') ADVANCE(466);
      END_STATE();
    case 77:
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(490);
      END_STATE();
    case 78:
      ADVANCE_MAP(
        'B', 414,
        'b', 414,
        'D', 416,
        'd', 416,
        'S', 417,
        's', 417,
        'W', 415,
        'w', 415,
      );
      END_STATE();
    case 79:
      ADVANCE_MAP(
        'B', 409,
        'b', 409,
        'D', 411,
        'd', 411,
        'Q', 412,
        'q', 412,
        'S', 413,
        's', 413,
        'W', 410,
        'w', 410,
      );
      END_STATE();
    case 80:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(78);
      END_STATE();
    case 81:
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(84);
      END_STATE();
    case 82:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(81);
      END_STATE();
    case 83:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(82);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(94);
      END_STATE();
    case 84:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(418);
      END_STATE();
    case 85:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(88);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(92);
      END_STATE();
    case 86:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(90);
      END_STATE();
    case 87:
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(91);
      END_STATE();
    case 88:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(432);
      END_STATE();
    case 89:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(94);
      END_STATE();
    case 90:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(408);
      END_STATE();
    case 91:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(79);
      END_STATE();
    case 92:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(432);
      END_STATE();
    case 93:
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(489);
      END_STATE();
    case 94:
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(432);
      END_STATE();
    case 95:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(490);
      END_STATE();
    case 96:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(488);
      END_STATE();
    case 97:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(491);
      END_STATE();
    case 98:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(485);
      END_STATE();
    case 99:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(484);
      END_STATE();
    case 100:
      if (eof) ADVANCE(102);
      ADVANCE_MAP(
        '!', 433,
        '"', 38,
        '#', 434,
        '$', 444,
        '%', 394,
        '&', 398,
        '\'', 136,
        '(', 442,
        ')', 123,
        '*', 460,
        '+', 436,
        ',', 118,
        '-', 438,
        '.', 407,
        '/', 463,
        ':', 106,
        ';', 134,
        '<', 452,
        '=', 108,
        '>', 453,
        '?', 443,
        'A', 286,
        'B', 213,
        'C', 167,
        'D', 181,
        'E', 203,
        'F', 169,
        'G', 195,
        'H', 225,
        'I', 239,
        'L', 230,
        'M', 177,
        'N', 214,
        'O', 240,
        'P', 170,
        'Q', 359,
        'R', 165,
        'S', 171,
        'T', 216,
        'U', 296,
        'V', 210,
        'W', 168,
        '[', 403,
        ']', 404,
        '^', 441,
        'a', 380,
        'c', 382,
        'd', 377,
        'e', 386,
        'f', 383,
        'i', 383,
        'l', 387,
        'o', 384,
        'p', 376,
        'r', 166,
        's', 385,
        'v', 396,
        'w', 383,
        '{', 439,
        '|', 445,
        '}', 440,
        '~', 137,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(100);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(103);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(402);
      END_STATE();
    case 101:
      if (eof) ADVANCE(102);
      ADVANCE_MAP(
        '!', 433,
        '$', 444,
        '(', 442,
        ')', 123,
        '*', 155,
        ',', 118,
        '-', 437,
        ':', 106,
        '=', 108,
        '?', 443,
        '@', 44,
        'A', 590,
        'B', 648,
        'C', 520,
        'D', 544,
        'E', 622,
        'F', 522,
        'G', 603,
        'H', 670,
        'I', 698,
        'L', 650,
        'M', 526,
        'N', 651,
        'O', 700,
        'P', 529,
        'Q', 949,
        'R', 511,
        'S', 542,
        'T', 516,
        'U', 825,
        'V', 533,
        'W', 521,
        '[', 403,
        ']', 404,
        '^', 441,
        '|', 445,
        '}', 440,
        ';', 405,
        '\\', 405,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(101);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      if (('J' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(487);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(373);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(103);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(488);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(104);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(105);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(anon_sym_LET);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(anon_sym_PLUS_EQ);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(anon_sym_DASH_EQ);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_STAR_EQ);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_SLASH_EQ);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_FOR);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_TO);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_TO);
      if (lookahead == 'P') ADVANCE(472);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_STEP);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_NEXT);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_DIM);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_LOCAL);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_DEF);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_RETURN);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_RETURN);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(sym_endproc_statement);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(sym_endproc_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(anon_sym_IF);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(anon_sym_THEN);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_ELSE);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(sym_endif_statement);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(sym_endif_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_SYS);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(anon_sym_PRINT);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(183);
      if (lookahead == 'I') ADVANCE(243);
      if (lookahead == 'P') ADVANCE(327);
      if (lookahead == 'W') ADVANCE(249);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(547);
      if (lookahead == 'I') ADVANCE(702);
      if (lookahead == 'P') ADVANCE(888);
      if (lookahead == 'W') ADVANCE(722);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(547);
      if (lookahead == 'P') ADVANCE(888);
      if (lookahead == 'W') ADVANCE(722);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_ERROR);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_REPEAT);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_UNTIL);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_WHILE);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym_endwhile_statement);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_endwhile_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(anon_sym_ON);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_OFF);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(150);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(149);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(149);
      if (lookahead == ':') ADVANCE(151);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(150);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(151);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(152);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(152);
      if (lookahead == ':') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(153);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(154);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym_star_command);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(155);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym_keyword);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(472);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(472);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(472);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(472);
      if (lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'O') ADVANCE(156);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'O') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'S') ADVANCE(156);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        '1', 427,
        'E', 179,
        'N', 204,
        'U', 288,
        'O', 388,
        'o', 388,
        'R', 393,
        'r', 393,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == '1') ADVANCE(427);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(388);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(393);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'A', 268,
        'H', 191,
        'I', 332,
        'L', 226,
        'O', 271,
        'R', 363,
        'P', 390,
        'p', 390,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(256);
      if (lookahead == 'H') ADVANCE(224);
      if (lookahead == 'I') ADVANCE(211);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(278);
      if (lookahead == 'I') ADVANCE(269);
      if (lookahead == 'N') ADVANCE(400);
      if (lookahead == 'O') ADVANCE(321);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'A', 244,
        'I', 472,
        'L', 308,
        'O', 260,
        'R', 261,
        'T', 320,
        'C', 419,
        'c', 419,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'A', 368,
        'O', 366,
        'T', 233,
        'W', 174,
        'Y', 335,
        'P', 422,
        'p', 422,
        'B', 419,
        'L', 419,
        'b', 419,
        'l', 419,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(370);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(295);
      if (lookahead == 'O') ADVANCE(208);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(206);
      if (lookahead == 'C') ADVANCE(188);
      if (lookahead == 'M') ADVANCE(223);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'A', 206,
        'C', 358,
        'M', 150,
        'N', 362,
        'P', 237,
        'S', 356,
        'T', 365,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(355);
      if (lookahead == 'E') ADVANCE(241);
      if (lookahead == 'I') ADVANCE(281);
      if (lookahead == 'R') ADVANCE(173);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(199);
      if (lookahead == 'U') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'A') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'B') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'B') ADVANCE(333);
      if (lookahead == 'N') ADVANCE(217);
      if (lookahead == 'S') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'B') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(304);
      if (lookahead == 'E') ADVANCE(343);
      if (lookahead == 'O') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(126);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(401);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C') ADVANCE(220);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'D', 256,
        'L', 267,
        'N', 207,
        'O', 319,
        'R', 262,
        'X', 342,
        'Q', 392,
        'q', 392,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(472);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(450);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(138);
      if (lookahead == 'V') ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(465);
      if (lookahead == 'U') ADVANCE(336);
      if (lookahead == 'V') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(464);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(360);
      if (lookahead == 'O') ADVANCE(258);
      if (lookahead == 'P') ADVANCE(303);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(351);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'D') ADVANCE(227);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(187);
      if (lookahead == 'P') ADVANCE(364);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(369);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(472);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(282);
      if (lookahead == 'H') ADVANCE(229);
      if (lookahead == 'I') ADVANCE(285);
      if (lookahead == 'O') ADVANCE(115);
      if (lookahead == 'R') ADVANCE(184);
      if (lookahead == 'W') ADVANCE(255);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(130);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(159);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(144);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(145);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(288);
      if (lookahead == 'I') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(264);
      if (lookahead == 'I') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(185);
      if (lookahead == 'O') ADVANCE(336);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'E', 344,
        'I', 193,
        'O', 178,
        'V', 185,
        'R', 419,
        'r', 419,
        'S', 395,
        's', 395,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(329);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(330);
      if (lookahead == 'O') ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(353);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(190);
      if (lookahead == 'O') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'E') ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'F') ADVANCE(128);
      if (lookahead == 'N') ADVANCE(312);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'F', 242,
        'L', 206,
        'N', 147,
        'R', 448,
        'S', 200,
        'T', 248,
        'V', 232,
        'P', 391,
        'p', 391,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'F') ADVANCE(121);
      if (lookahead == 'L') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'F') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'F') ADVANCE(131);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'G') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'G') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'G') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'H') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'H') ADVANCE(235);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'H') ADVANCE(259);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(367);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(202);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(297);
      if (lookahead == 'S') ADVANCE(472);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I') ADVANCE(299);
      if (lookahead == 'O') ADVANCE(197);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(472);
      if (lookahead == 'R') ADVANCE(479);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(311);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(120);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(143);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(254);
      if (lookahead == 'S') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(263);
      if (lookahead == 'S') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(301);
      if (lookahead == 'U') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(250);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(305);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(309);
      if (lookahead == 'S') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(176);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(221);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(222);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(339);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'M') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'M') ADVANCE(119);
      if (lookahead == 'V') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'M') ADVANCE(315);
      if (lookahead == 'X') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'M') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'M') ADVANCE(223);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'M') ADVANCE(219);
      if (lookahead == 'N') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'N', 205,
        'P', 314,
        'U', 352,
        'p', 390,
        'L', 379,
        'l', 379,
        'S', 395,
        's', 395,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(205);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(129);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(161);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(124);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(245);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(212);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(340);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N') ADVANCE(348);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(317);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(319);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(334);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(316);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(196);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(209);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(180);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'O') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P') ADVANCE(364);
      if (lookahead == 'S') ADVANCE(357);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P') ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P') ADVANCE(238);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(156);
      if (lookahead == 'U') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(449);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(157);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(113);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(141);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(446);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(371);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(306);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(201);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R') ADVANCE(189);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S') ADVANCE(472);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S') ADVANCE(133);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S') ADVANCE(361);
      if (lookahead == 'T') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(472);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(157);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(474);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(107);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(481);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(117);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(159);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(135);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(142);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(274);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(175);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(182);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T') ADVANCE(186);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(192);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(294);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U') ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'V') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'V') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'W') ADVANCE(156);
      if (lookahead == 'X') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'W') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'W') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'Y') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(397);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(490);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'B', 414,
        'b', 414,
        'D', 416,
        'd', 416,
        'S', 417,
        's', 417,
        'W', 415,
        'w', 415,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 37,
        'B', 409,
        'b', 409,
        'D', 411,
        'd', 411,
        'Q', 412,
        'q', 412,
        'S', 413,
        's', 413,
        'W', 410,
        'w', 410,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(381);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(378);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(379);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(390);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(395);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(418);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(390);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(391);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(422);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(392);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(419);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(395);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(432);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(428);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(389);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(408);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(375);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(432);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(489);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(432);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(419);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(490);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(491);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(431);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(484);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(402);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(37);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(402);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym__asm_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(405);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(487);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(aux_sym_opt_directive_token1);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(aux_sym_data_token1);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(aux_sym_data_token2);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(aux_sym_data_token3);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(aux_sym_data_token4);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(aux_sym_data_token5);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(aux_sym_data_token6);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(aux_sym_data_token7);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(aux_sym_data_token8);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(aux_sym_data_token9);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(aux_sym_align_token1);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym_register);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(467);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(987);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(389);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(987);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(426);
      if (('6' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          lookahead == 'B' ||
          ('D' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(sym_register);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(419);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(399);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('`' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(1014);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(430);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(sym_psr);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(431);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(sym_shift_type);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '=') ADVANCE(109);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '=') ADVANCE(110);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(anon_sym_CARET);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(anon_sym_LPAREN2);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(anon_sym_PIPE);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(anon_sym_OR);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(57);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(246);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(anon_sym_EOR);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(anon_sym_AND);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(anon_sym_LT_GT);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '<') ADVANCE(456);
      if (lookahead == '=') ADVANCE(454);
      if (lookahead == '>') ADVANCE(451);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '=') ADVANCE(455);
      if (lookahead == '>') ADVANCE(457);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(anon_sym_LT_EQ);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(anon_sym_GT_EQ);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(anon_sym_LT_LT);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(anon_sym_GT_GT);
      if (lookahead == '>') ADVANCE(458);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(anon_sym_GT_GT_GT);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '=') ADVANCE(111);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(155);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '=') ADVANCE(112);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(anon_sym_MOD);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == 'E') ADVANCE(156);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(anon_sym_DIV);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(sym_builtin_function);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$') ADVANCE(467);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == 'L') ADVANCE(54);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '~') ADVANCE(467);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym_builtin_variable);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '#') ADVANCE(467);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(472);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(472);
      if (lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(473);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(874);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(322);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(877);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'S') ADVANCE(156);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'S') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym_proc_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(484);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym_fn_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(485);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(488);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(486);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(373);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(487);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(77);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(488);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(489);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(490);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(491);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(38);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym_identifier);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(472);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(472);
      if (lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(467);
      if (lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(470);
      if (lookahead == '%') ADVANCE(493);
      if (lookahead == 'I') ADVANCE(828);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(424);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'E') ADVANCE(510);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(426);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(424);
      if (lookahead == 'A') ADVANCE(634);
      if (lookahead == 'E') ADVANCE(509);
      if (lookahead == 'I') ADVANCE(709);
      if (lookahead == 'N') ADVANCE(636);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(426);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(424);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(426);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(154);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(534);
      if (lookahead == 'G') ADVANCE(467);
      if (lookahead == 'M') ADVANCE(673);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(534);
      if (lookahead == 'M') ADVANCE(673);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(571);
      if (lookahead == 'G') ADVANCE(467);
      if (lookahead == 'M') ADVANCE(673);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(946);
      if (lookahead == 'N') ADVANCE(958);
      if (lookahead == 'P') ADVANCE(685);
      if (lookahead == 'S') ADVANCE(945);
      if (lookahead == 'T') ADVANCE(963);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'L') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(946);
      if (lookahead == 'N') ADVANCE(958);
      if (lookahead == 'P') ADVANCE(685);
      if (lookahead == 'S') ADVANCE(945);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'L') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'C') ADVANCE(946);
      if (lookahead == 'N') ADVANCE(958);
      if (lookahead == 'P') ADVANCE(686);
      if (lookahead == 'S') ADVANCE(945);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'L') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'E') ADVANCE(557);
      if (lookahead == 'N') ADVANCE(629);
      if (lookahead == 'U') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'E') ADVANCE(509);
      if (lookahead == 'N') ADVANCE(629);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'E') ADVANCE(508);
      if (lookahead == 'N') ADVANCE(629);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == 'E') ADVANCE(510);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(998);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 1004,
        'E', 807,
        'H', 647,
        'I', 809,
        'O', 69,
        'R', 555,
        'W', 732,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 1004,
        'E', 807,
        'H', 680,
        'I', 809,
        'O', 69,
        'R', 555,
        'W', 732,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1004);
      if (lookahead == 'E') ADVANCE(977);
      if (lookahead == 'H') ADVANCE(647);
      if (lookahead == 'I') ADVANCE(811);
      if (lookahead == 'O') ADVANCE(69);
      if (lookahead == 'R') ADVANCE(565);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1004);
      if (lookahead == 'E') ADVANCE(977);
      if (lookahead == 'H') ADVANCE(647);
      if (lookahead == 'I') ADVANCE(815);
      if (lookahead == 'R') ADVANCE(566);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'N') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(769);
      if (lookahead == 'H') ADVANCE(587);
      if (lookahead == 'I') ADVANCE(896);
      if (lookahead == 'L') ADVANCE(671);
      if (lookahead == 'O') ADVANCE(771);
      if (lookahead == 'R') ADVANCE(955);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(731);
      if (lookahead == 'H') ADVANCE(676);
      if (lookahead == 'I') ADVANCE(638);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(786);
      if (lookahead == 'I') ADVANCE(770);
      if (lookahead == 'O') ADVANCE(876);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(786);
      if (lookahead == 'I') ADVANCE(761);
      if (lookahead == 'N') ADVANCE(98);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(786);
      if (lookahead == 'I') ADVANCE(761);
      if (lookahead == 'N') ADVANCE(98);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(786);
      if (lookahead == 'I') ADVANCE(761);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(829);
      if (lookahead == 'O') ADVANCE(632);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(829);
      if (lookahead == 'O') ADVANCE(621);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(711);
      if (lookahead == 'I') ADVANCE(483);
      if (lookahead == 'L') ADVANCE(851);
      if (lookahead == 'O') ADVANCE(745);
      if (lookahead == 'R') ADVANCE(749);
      if (lookahead == 'T') ADVANCE(879);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1002);
      if (lookahead == 'D') ADVANCE(1010);
      if (lookahead == 'O') ADVANCE(733);
      if (lookahead == 'P') ADVANCE(848);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1002);
      if (lookahead == 'D') ADVANCE(1010);
      if (lookahead == 'O') ADVANCE(733);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1002);
      if (lookahead == 'D') ADVANCE(1010);
      if (lookahead == 'O') ADVANCE(733);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1002);
      if (lookahead == 'D') ADVANCE(948);
      if (lookahead == 'O') ADVANCE(746);
      if (lookahead == 'P') ADVANCE(848);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(972);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1012);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1006);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(978);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(594);
      if (lookahead == 'E') ADVANCE(977);
      if (lookahead == 'H') ADVANCE(647);
      if (lookahead == 'I') ADVANCE(811);
      if (lookahead == 'O') ADVANCE(115);
      if (lookahead == 'R') ADVANCE(565);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(594);
      if (lookahead == 'E') ADVANCE(977);
      if (lookahead == 'H') ADVANCE(647);
      if (lookahead == 'I') ADVANCE(811);
      if (lookahead == 'O') ADVANCE(69);
      if (lookahead == 'R') ADVANCE(565);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1011);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 969,
        'G', 1004,
        'I', 1004,
        'O', 964,
        'P', 997,
        'Q', 1007,
        'T', 654,
        'U', 1003,
        'W', 554,
        'Y', 902,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(969);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(939);
      if (lookahead == 'E') ADVANCE(699);
      if (lookahead == 'I') ADVANCE(801);
      if (lookahead == 'R') ADVANCE(535);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(939);
      if (lookahead == 'E') ADVANCE(699);
      if (lookahead == 'I') ADVANCE(800);
      if (lookahead == 'R') ADVANCE(535);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(770);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(909);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 967,
        'G', 1004,
        'I', 1004,
        'O', 961,
        'P', 997,
        'Q', 1007,
        'T', 691,
        'U', 1003,
        'W', 537,
        'Y', 1008,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 967,
        'G', 1004,
        'I', 1004,
        'O', 961,
        'P', 425,
        'Q', 1007,
        'T', 691,
        'U', 1003,
        'W', 537,
        'Y', 1008,
        '$', 493,
        '%', 493,
        'B', 426,
        'L', 426,
        'b', 426,
        'l', 426,
        'p', 426,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 967,
        'G', 821,
        'I', 821,
        'O', 961,
        'P', 420,
        'Q', 883,
        'T', 692,
        'U', 804,
        'W', 537,
        'Y', 1008,
        'p', 423,
        '$', 493,
        '%', 493,
        'B', 426,
        'L', 426,
        'b', 426,
        'l', 426,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 967,
        'G', 821,
        'I', 821,
        'O', 961,
        'P', 421,
        'Q', 883,
        'T', 692,
        'U', 804,
        'W', 537,
        'Y', 1008,
        '$', 493,
        '%', 493,
        'B', 426,
        'L', 426,
        'b', 426,
        'l', 426,
        'p', 426,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 967,
        'G', 821,
        'I', 821,
        'O', 961,
        'P', 607,
        'Q', 883,
        'T', 692,
        'U', 804,
        'W', 537,
        'Y', 1008,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(967);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(858);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(611);
      if (lookahead == 'U') ADVANCE(652);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(620);
      if (lookahead == 'C') ADVANCE(571);
      if (lookahead == 'M') ADVANCE(668);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 620,
        'C', 942,
        'M', 151,
        'N', 954,
        'P', 689,
        'S', 940,
        'T', 960,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(620);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(920);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 760,
        'H', 570,
        'I', 901,
        'O', 779,
        'R', 965,
        'P', 988,
        'p', 988,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(760);
      if (lookahead == 'H') ADVANCE(570);
      if (lookahead == 'I') ADVANCE(901);
      if (lookahead == 'O') ADVANCE(779);
      if (lookahead == 'R') ADVANCE(965);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(760);
      if (lookahead == 'H') ADVANCE(569);
      if (lookahead == 'I') ADVANCE(901);
      if (lookahead == 'O') ADVANCE(781);
      if (lookahead == 'R') ADVANCE(965);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(760);
      if (lookahead == 'H') ADVANCE(569);
      if (lookahead == 'I') ADVANCE(901);
      if (lookahead == 'O') ADVANCE(780);
      if (lookahead == 'R') ADVANCE(965);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(878);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(606);
      if (lookahead == 'U') ADVANCE(652);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(606);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(823);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(634);
      if (lookahead == 'E') ADVANCE(509);
      if (lookahead == 'I') ADVANCE(709);
      if (lookahead == 'N') ADVANCE(636);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(726);
      if (lookahead == 'R') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(726);
      if (lookahead == 'R') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(917);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(881);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(761);
      if (lookahead == 'R') ADVANCE(471);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(761);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(916);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(764);
      if (lookahead == 'D') ADVANCE(1010);
      if (lookahead == 'O') ADVANCE(733);
      if (lookahead == 'P') ADVANCE(848);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(764);
      if (lookahead == 'D') ADVANCE(1010);
      if (lookahead == 'O') ADVANCE(733);
      if (lookahead == 'P') ADVANCE(848);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(764);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(926);
      if (lookahead == 'E') ADVANCE(707);
      if (lookahead == 'I') ADVANCE(994);
      if (lookahead == 'R') ADVANCE(541);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(926);
      if (lookahead == 'E') ADVANCE(707);
      if (lookahead == 'I') ADVANCE(966);
      if (lookahead == 'R') ADVANCE(541);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(926);
      if (lookahead == 'E') ADVANCE(790);
      if (lookahead == 'I') ADVANCE(994);
      if (lookahead == 'R') ADVANCE(541);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(880);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(712);
      if (lookahead == 'I') ADVANCE(483);
      if (lookahead == 'L') ADVANCE(842);
      if (lookahead == 'O') ADVANCE(740);
      if (lookahead == 'R') ADVANCE(739);
      if (lookahead == 'T') ADVANCE(886);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 712,
        'I', 483,
        'L', 842,
        'O', 750,
        'R', 739,
        'T', 886,
        'C', 426,
        'c', 426,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(712);
      if (lookahead == 'I') ADVANCE(483);
      if (lookahead == 'L') ADVANCE(842);
      if (lookahead == 'O') ADVANCE(750);
      if (lookahead == 'R') ADVANCE(739);
      if (lookahead == 'T') ADVANCE(886);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(734);
      if (lookahead == 'R') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(837);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1008,
        'C', 1008,
        'D', 968,
        'N', 998,
        'P', 864,
        'S', 993,
        'T', 1004,
        'U', 935,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1008,
        'C', 1008,
        'D', 968,
        'N', 998,
        'P', 872,
        'S', 993,
        'T', 1004,
        'U', 924,
        '$', 493,
        '%', 493,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1008,
        'C', 1008,
        'D', 968,
        'N', 998,
        'P', 872,
        'S', 993,
        'T', 1004,
        'U', 924,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1008,
        'C', 1008,
        'D', 968,
        'N', 619,
        'P', 864,
        'S', 993,
        'T', 1004,
        'U', 935,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(471);
      if (lookahead == 'N') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(898);
      if (lookahead == 'N') ADVANCE(642);
      if (lookahead == 'S') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 905,
        'C', 905,
        'D', 970,
        'N', 998,
        'P', 871,
        'S', 980,
        'T', 821,
        'U', 924,
        'p', 988,
        '$', 493,
        '%', 493,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 905,
        'C', 905,
        'D', 970,
        'N', 998,
        'P', 872,
        'S', 980,
        'T', 821,
        'U', 924,
        '$', 493,
        '%', 493,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 905,
        'C', 905,
        'D', 970,
        'N', 998,
        'P', 872,
        'S', 980,
        'T', 821,
        'U', 924,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 905,
        'C', 905,
        'D', 970,
        'N', 619,
        'P', 872,
        'S', 980,
        'T', 821,
        'U', 924,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(649);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(677);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(900);
      if (lookahead == 'N') ADVANCE(999);
      if (lookahead == 'S') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(849);
      if (lookahead == 'E') ADVANCE(912);
      if (lookahead == 'O') ADVANCE(907);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(99);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(127);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(715);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(773);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(772);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(843);
      if (lookahead == 'E') ADVANCE(1009);
      if (lookahead == 'O') ADVANCE(908);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(843);
      if (lookahead == 'E') ADVANCE(912);
      if (lookahead == 'O') ADVANCE(908);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(843);
      if (lookahead == 'E') ADVANCE(929);
      if (lookahead == 'O') ADVANCE(908);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(763);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(644);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(450);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(465);
      if (lookahead == 'U') ADVANCE(906);
      if (lookahead == 'V') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 731,
        'L', 768,
        'N', 631,
        'O', 1007,
        'R', 757,
        'V', 534,
        'X', 919,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 731,
        'L', 768,
        'N', 633,
        'O', 1007,
        'R', 757,
        'V', 534,
        'X', 919,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 731,
        'L', 768,
        'N', 633,
        'O', 1007,
        'R', 759,
        'V', 534,
        'X', 919,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 731,
        'L', 768,
        'N', 633,
        'O', 875,
        'R', 757,
        'V', 534,
        'X', 919,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 731,
        'L', 767,
        'N', 633,
        'O', 1007,
        'R', 757,
        'V', 534,
        'X', 919,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 731,
        'L', 767,
        'N', 633,
        'O', 1007,
        'R', 759,
        'V', 534,
        'X', 919,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(483);
      if (lookahead == 'V') ADVANCE(693);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(139);
      if (lookahead == 'V') ADVANCE(678);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(51);
      if (lookahead == 'U') ADVANCE(906);
      if (lookahead == 'V') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(140);
      if (lookahead == 'V') ADVANCE(678);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(471);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(464);
      if (lookahead == 'U') ADVANCE(904);
      if (lookahead == 'V') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(934);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(938);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(928);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(130);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(163);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(144);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1004);
      if (lookahead == 'I') ADVANCE(763);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1004);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(559);
      if (lookahead == 'P') ADVANCE(957);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(913);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'O') ADVANCE(556);
      if (lookahead == 'V') ADVANCE(564);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(973);
      if (lookahead == 'O') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(892);
      if (lookahead == 'O') ADVANCE(860);
      if (lookahead == 'R') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1012);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(160);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(146);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(706);
      if (lookahead == 'I') ADVANCE(602);
      if (lookahead == 'N') ADVANCE(467);
      if (lookahead == 'O') ADVANCE(504);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(706);
      if (lookahead == 'I') ADVANCE(602);
      if (lookahead == 'N') ADVANCE(467);
      if (lookahead == 'O') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(706);
      if (lookahead == 'I') ADVANCE(602);
      if (lookahead == 'N') ADVANCE(467);
      if (lookahead == 'O') ADVANCE(507);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(976);
      if (lookahead == 'O') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(976);
      if (lookahead == 'O') ADVANCE(923);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1005);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(475);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(995);
      if (lookahead == 'I') ADVANCE(602);
      if (lookahead == 'O') ADVANCE(506);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(995);
      if (lookahead == 'I') ADVANCE(602);
      if (lookahead == 'O') ADVANCE(506);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(995);
      if (lookahead == 'I') ADVANCE(602);
      if (lookahead == 'O') ADVANCE(505);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(803);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(979);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(766);
      if (lookahead == 'I') ADVANCE(808);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(564);
      if (lookahead == 'O') ADVANCE(909);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(840);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(802);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(817);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(889);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(812);
      if (lookahead == 'I') ADVANCE(784);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(874);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(774);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(885);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 680:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(813);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 681:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(824);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 682:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(937);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 683:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(762);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 684:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(814);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 685:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(528);
      if (lookahead == 'O') ADVANCE(895);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 686:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(528);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 687:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(927);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 688:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(922);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 689:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(576);
      if (lookahead == 'O') ADVANCE(890);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 690:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(826);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 691:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(894);
      if (lookahead == 'R') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 692:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(894);
      if (lookahead == 'R') ADVANCE(498);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 693:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(782);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 694:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(897);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 695:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(572);
      if (lookahead == 'G') ADVANCE(687);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 696:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(572);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 697:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(899);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 698:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(128);
      if (lookahead == 'N') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 699:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(121);
      if (lookahead == 'L') ADVANCE(682);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 700:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 55,
        'L', 630,
        'N', 147,
        'P', 674,
        'R', 58,
        'S', 610,
        'T', 721,
        'V', 675,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 701:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 55,
        'L', 630,
        'N', 147,
        'P', 674,
        'R', 447,
        'S', 610,
        'T', 721,
        'V', 675,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 702:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(132);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 703:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(495);
      if (lookahead == 'R') ADVANCE(449);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 704:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Q') ||
          ('S' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 705:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 56,
        'L', 630,
        'N', 147,
        'P', 674,
        'R', 58,
        'S', 610,
        'T', 721,
        'V', 675,
        '$', 493,
        '%', 493,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 706:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(925);
      if (lookahead == 'N') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'S') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 707:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(467);
      if (lookahead == 'L') ADVANCE(688);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 708:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 709:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(720);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 710:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(772);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 711:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(653);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 712:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(652);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 713:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(763);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 714:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(472);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 715:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 716:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(646);
      if (lookahead == 'I') ADVANCE(640);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 717:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(646);
      if (lookahead == 'I') ADVANCE(640);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 718:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(646);
      if (lookahead == 'I') ADVANCE(641);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 719:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(646);
      if (lookahead == 'I') ADVANCE(641);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 720:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(925);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 721:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(679);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 722:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(747);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 723:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(694);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 724:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 725:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(1004);
      if (lookahead == 'O') ADVANCE(951);
      if (lookahead == 'U') ADVANCE(1006);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 726:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(1004);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 727:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 728:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(870);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 729:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 730:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(866);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 731:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(918);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 732:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(818);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 733:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(606);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 734:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(812);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 735:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(635);
      if (lookahead == 'O') ADVANCE(956);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 736:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(635);
      if (lookahead == 'O') ADVANCE(637);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 737:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(821);
      if (lookahead == 'O') ADVANCE(962);
      if (lookahead == 'U') ADVANCE(863);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 738:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(756);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 739:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(815);
      if (lookahead == 'O') ADVANCE(997);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 740:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(815);
      if (lookahead == 'S') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 741:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 742:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(761);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 743:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(761);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 744:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(810);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 745:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(830);
      if (lookahead == 'S') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 746:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(618);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 747:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(785);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 748:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(906);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 749:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(833);
      if (lookahead == 'O') ADVANCE(604);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 750:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(834);
      if (lookahead == 'S') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 751:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(655);
      if (lookahead == 'P') ADVANCE(951);
      if (lookahead == 'S') ADVANCE(947);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 752:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(655);
      if (lookahead == 'P') ADVANCE(959);
      if (lookahead == 'S') ADVANCE(941);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 753:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(669);
      if (lookahead == 'P') ADVANCE(951);
      if (lookahead == 'S') ADVANCE(933);
      if (lookahead == 'T') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 754:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 755:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(120);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 756:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(143);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 757:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(483);
      if (lookahead == 'R') ADVANCE(478);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 758:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(483);
      if (lookahead == 'R') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 759:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(483);
      if (lookahead == 'R') ADVANCE(480);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 760:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(1002);
      if (lookahead == 'S') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 761:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 764:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 765:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(1001);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 766:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(860);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(728);
      if (lookahead == 'S') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 768:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(728);
      if (lookahead == 'S') ADVANCE(643);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 769:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(754);
      if (lookahead == 'S') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 770:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(754);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 771:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(845);
      if (lookahead == 'U') ADVANCE(832);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 772:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(724);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(857);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(853);
      if (lookahead == 'S') ADVANCE(543);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(538);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(842);
      if (lookahead == 'O') ADVANCE(741);
      if (lookahead == 'R') ADVANCE(739);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(842);
      if (lookahead == 'O') ADVANCE(741);
      if (lookahead == 'R') ADVANCE(739);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(847);
      if (lookahead == 'S') ADVANCE(467);
      if (lookahead == 'U') ADVANCE(832);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(847);
      if (lookahead == 'U') ADVANCE(832);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(847);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(852);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(536);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(645);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(657);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(910);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(730);
      if (lookahead == 'S') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(730);
      if (lookahead == 'S') ADVANCE(643);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(855);
      if (lookahead == 'S') ADVANCE(553);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(688);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(788);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == 'R') ADVANCE(758);
      if (lookahead == 'V') ADVANCE(534);
      if (lookahead == 'X') ADVANCE(931);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(788);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(704);
      if (lookahead == 'R') ADVANCE(758);
      if (lookahead == 'V') ADVANCE(579);
      if (lookahead == 'X') ADVANCE(862);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(788);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(703);
      if (lookahead == 'R') ADVANCE(758);
      if (lookahead == 'V') ADVANCE(579);
      if (lookahead == 'X') ADVANCE(862);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(787);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == 'R') ADVANCE(758);
      if (lookahead == 'V') ADVANCE(534);
      if (lookahead == 'X') ADVANCE(931);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(787);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == 'R') ADVANCE(759);
      if (lookahead == 'V') ADVANCE(534);
      if (lookahead == 'X') ADVANCE(931);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(787);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(704);
      if (lookahead == 'R') ADVANCE(758);
      if (lookahead == 'V') ADVANCE(579);
      if (lookahead == 'X') ADVANCE(862);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(787);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(704);
      if (lookahead == 'R') ADVANCE(759);
      if (lookahead == 'V') ADVANCE(579);
      if (lookahead == 'X') ADVANCE(862);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(787);
      if (lookahead == 'N') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(703);
      if (lookahead == 'R') ADVANCE(758);
      if (lookahead == 'V') ADVANCE(579);
      if (lookahead == 'X') ADVANCE(862);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(787);
      if (lookahead == 'N') ADVANCE(971);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == 'R') ADVANCE(893);
      if (lookahead == 'V') ADVANCE(534);
      if (lookahead == 'X') ADVANCE(1006);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(119);
      if (lookahead == 'V') ADVANCE(466);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(119);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'U') ||
          ('W' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(469);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(601);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(600);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(867);
      if (lookahead == 'X') ADVANCE(932);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(668);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(656);
      if (lookahead == 'N') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(673);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(664);
      if (lookahead == 'N') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(129);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(998);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(725);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(162);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(753);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(753);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(125);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(710);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(737);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(936);
      if (lookahead == 'S') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(620);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(609);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(708);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(639);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(608);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(917);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(915);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(923);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(751);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(751);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(713);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(943);
      if (lookahead == 'S') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(943);
      if (lookahead == 'S') ADVANCE(883);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(873);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(956);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(950);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(903);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(754);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(605);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(861);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(558);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(887);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(515);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(882);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(865);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 858:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 859:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(674);
      if (lookahead == 'S') ADVANCE(616);
      if (lookahead == 'T') ADVANCE(723);
      if (lookahead == 'V') ADVANCE(697);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Q') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 860:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 861:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 862:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(467);
      if (lookahead == 'T') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 863:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 864:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(690);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 865:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 866:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 867:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(844);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 868:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(681);
      if (lookahead == 'R') ADVANCE(446);
      if (lookahead == 'S') ADVANCE(616);
      if (lookahead == 'T') ADVANCE(723);
      if (lookahead == 'V') ADVANCE(697);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 869:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(681);
      if (lookahead == 'S') ADVANCE(616);
      if (lookahead == 'T') ADVANCE(723);
      if (lookahead == 'V') ADVANCE(697);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Q') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 870:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(906);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 871:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(684);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(987);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 872:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(684);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 873:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(156);
      if (lookahead == 'U') ADVANCE(874);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 874:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 875:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(449);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 876:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(113);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 877:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(141);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 878:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 879:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(158);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 880:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(1012);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 881:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(978);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 882:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 883:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 884:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 885:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(974);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 886:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(494);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 887:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 888:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(850);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 889:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(776);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 890:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(921);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 891:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(822);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 892:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(672);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 893:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(841);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 894:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(663);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 895:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(930);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 896:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(612);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 897:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(975);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 898:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(573);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 899:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(783);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 900:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(583);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 901:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(617);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 902:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(133);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 903:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 904:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 905:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 906:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 907:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(952);
      if (lookahead == 'T') ADVANCE(840);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 908:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(953);
      if (lookahead == 'T') ADVANCE(1005);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 909:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(653);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 910:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(652);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 911:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 912:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(474);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 913:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(107);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 914:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(117);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 915:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(135);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 916:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(142);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 917:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(483);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 918:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(164);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 919:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(158);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 920:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(482);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 921:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(160);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 922:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 923:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 924:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(1005);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 925:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 926:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(1013);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 927:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 928:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 929:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(476);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 930:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(496);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 931:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(494);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 932:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(775);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 933:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(574);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 934:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(715);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 935:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(840);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 936:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(738);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 937:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 938:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(714);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 939:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(503);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 940:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(854);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 941:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(546);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 942:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(567);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 943:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(727);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 944:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(789);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 945:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(856);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 946:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(588);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 947:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(575);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 948:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 949:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(731);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 950:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(1007);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Q') ||
          ('S' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 951:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 952:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 953:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(996);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 954:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(805);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 955:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(827);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 956:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(904);
      if (lookahead == 'V') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'C') ||
          ('E' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 957:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(918);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 958:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(806);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 959:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 960:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(884);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 961:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(814);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 962:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(923);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 963:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(891);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 964:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(826);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 965:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(831);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 966:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(466);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'L') ||
          ('N' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 967:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 968:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 969:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 970:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(579);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 971:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(693);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 972:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 973:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(164);
      if (lookahead == 'X') ADVANCE(914);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 974:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(748);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 975:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(729);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 976:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'X') ADVANCE(1009);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 977:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'X') ADVANCE(944);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 978:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(156);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 979:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(468);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 980:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'N') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 981:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 982:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(988);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 983:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(988);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 984:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 985:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(423);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 986:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(426);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 987:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(429);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 988:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(987);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 989:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 990:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'P' ||
          lookahead == 'b' ||
          lookahead == 'l' ||
          lookahead == 'p') ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 991:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(426);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 992:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(1014);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(430);
      END_STATE();
    case 993:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          lookahead == 'B' ||
          ('D' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 994:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'L') ||
          ('N' <= lookahead && lookahead <= 'U') ||
          ('W' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 995:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'S') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 996:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 997:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          lookahead == 'B' ||
          ('D' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 998:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'C') ||
          ('E' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 999:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'D') ||
          ('F' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1000:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'G') ||
          ('I' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1001:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'H') ||
          ('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1002:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'K') ||
          ('M' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1003:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'L') ||
          ('N' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1004:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1005:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'N') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1006:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1007:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Q') ||
          ('S' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1008:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1009:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'S') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1010:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'T') ||
          ('V' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1011:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'V') ||
          ('X' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1012:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'X') ||
          lookahead == 'Z' ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1013:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    case 1014:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(493);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1014);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 101, .external_lex_state = 2},
  [2] = {.lex_state = 30, .external_lex_state = 2},
  [3] = {.lex_state = 30, .external_lex_state = 2},
  [4] = {.lex_state = 101, .external_lex_state = 2},
  [5] = {.lex_state = 101, .external_lex_state = 2},
  [6] = {.lex_state = 101, .external_lex_state = 2},
  [7] = {.lex_state = 101, .external_lex_state = 2},
  [8] = {.lex_state = 24, .external_lex_state = 2},
  [9] = {.lex_state = 27, .external_lex_state = 2},
  [10] = {.lex_state = 27, .external_lex_state = 2},
  [11] = {.lex_state = 28, .external_lex_state = 2},
  [12] = {.lex_state = 27, .external_lex_state = 2},
  [13] = {.lex_state = 27, .external_lex_state = 2},
  [14] = {.lex_state = 27, .external_lex_state = 2},
  [15] = {.lex_state = 27, .external_lex_state = 2},
  [16] = {.lex_state = 25, .external_lex_state = 2},
  [17] = {.lex_state = 25, .external_lex_state = 2},
  [18] = {.lex_state = 27, .external_lex_state = 2},
  [19] = {.lex_state = 25, .external_lex_state = 2},
  [20] = {.lex_state = 29, .external_lex_state = 2},
  [21] = {.lex_state = 26, .external_lex_state = 2},
  [22] = {.lex_state = 25, .external_lex_state = 2},
  [23] = {.lex_state = 25, .external_lex_state = 2},
  [24] = {.lex_state = 27, .external_lex_state = 2},
  [25] = {.lex_state = 27, .external_lex_state = 2},
  [26] = {.lex_state = 25, .external_lex_state = 2},
  [27] = {.lex_state = 25, .external_lex_state = 2},
  [28] = {.lex_state = 25, .external_lex_state = 2},
  [29] = {.lex_state = 22, .external_lex_state = 2},
  [30] = {.lex_state = 22, .external_lex_state = 2},
  [31] = {.lex_state = 30, .external_lex_state = 2},
  [32] = {.lex_state = 30, .external_lex_state = 2},
  [33] = {.lex_state = 30, .external_lex_state = 2},
  [34] = {.lex_state = 30, .external_lex_state = 2},
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
  [58] = {.lex_state = 16, .external_lex_state = 3},
  [59] = {.lex_state = 9, .external_lex_state = 2},
  [60] = {.lex_state = 16, .external_lex_state = 3},
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
  [75] = {.lex_state = 9, .external_lex_state = 2},
  [76] = {.lex_state = 9, .external_lex_state = 2},
  [77] = {.lex_state = 10, .external_lex_state = 2},
  [78] = {.lex_state = 10, .external_lex_state = 2},
  [79] = {.lex_state = 10, .external_lex_state = 2},
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
  [91] = {.lex_state = 101, .external_lex_state = 2},
  [92] = {.lex_state = 10, .external_lex_state = 2},
  [93] = {.lex_state = 101, .external_lex_state = 2},
  [94] = {.lex_state = 101, .external_lex_state = 2},
  [95] = {.lex_state = 10, .external_lex_state = 2},
  [96] = {.lex_state = 10, .external_lex_state = 2},
  [97] = {.lex_state = 10, .external_lex_state = 2},
  [98] = {.lex_state = 35, .external_lex_state = 2},
  [99] = {.lex_state = 10, .external_lex_state = 2},
  [100] = {.lex_state = 1, .external_lex_state = 3},
  [101] = {.lex_state = 3},
  [102] = {.lex_state = 1, .external_lex_state = 4},
  [103] = {.lex_state = 35, .external_lex_state = 2},
  [104] = {.lex_state = 35, .external_lex_state = 2},
  [105] = {.lex_state = 35, .external_lex_state = 2},
  [106] = {.lex_state = 35, .external_lex_state = 2},
  [107] = {.lex_state = 35, .external_lex_state = 2},
  [108] = {.lex_state = 35, .external_lex_state = 2},
  [109] = {.lex_state = 35, .external_lex_state = 2},
  [110] = {.lex_state = 1, .external_lex_state = 3},
  [111] = {.lex_state = 1, .external_lex_state = 3},
  [112] = {.lex_state = 1, .external_lex_state = 3},
  [113] = {.lex_state = 1, .external_lex_state = 3},
  [114] = {.lex_state = 1, .external_lex_state = 3},
  [115] = {.lex_state = 1, .external_lex_state = 3},
  [116] = {.lex_state = 1, .external_lex_state = 3},
  [117] = {.lex_state = 1, .external_lex_state = 3},
  [118] = {.lex_state = 1, .external_lex_state = 3},
  [119] = {.lex_state = 1, .external_lex_state = 3},
  [120] = {.lex_state = 1, .external_lex_state = 3},
  [121] = {.lex_state = 35, .external_lex_state = 2},
  [122] = {.lex_state = 35, .external_lex_state = 2},
  [123] = {.lex_state = 35, .external_lex_state = 2},
  [124] = {.lex_state = 35, .external_lex_state = 2},
  [125] = {.lex_state = 35, .external_lex_state = 2},
  [126] = {.lex_state = 35, .external_lex_state = 2},
  [127] = {.lex_state = 35, .external_lex_state = 2},
  [128] = {.lex_state = 35, .external_lex_state = 2},
  [129] = {.lex_state = 35, .external_lex_state = 2},
  [130] = {.lex_state = 35, .external_lex_state = 2},
  [131] = {.lex_state = 35, .external_lex_state = 2},
  [132] = {.lex_state = 35, .external_lex_state = 2},
  [133] = {.lex_state = 2, .external_lex_state = 2},
  [134] = {.lex_state = 35, .external_lex_state = 5},
  [135] = {.lex_state = 2, .external_lex_state = 2},
  [136] = {.lex_state = 35, .external_lex_state = 5},
  [137] = {.lex_state = 35, .external_lex_state = 5},
  [138] = {.lex_state = 35, .external_lex_state = 5},
  [139] = {.lex_state = 2, .external_lex_state = 2},
  [140] = {.lex_state = 35, .external_lex_state = 5},
  [141] = {.lex_state = 35},
  [142] = {.lex_state = 35, .external_lex_state = 5},
  [143] = {.lex_state = 35},
  [144] = {.lex_state = 35},
  [145] = {.lex_state = 35, .external_lex_state = 2},
  [146] = {.lex_state = 11, .external_lex_state = 2},
  [147] = {.lex_state = 35},
  [148] = {.lex_state = 16, .external_lex_state = 3},
  [149] = {.lex_state = 35},
  [150] = {.lex_state = 35},
  [151] = {.lex_state = 35},
  [152] = {.lex_state = 11, .external_lex_state = 2},
  [153] = {.lex_state = 11, .external_lex_state = 2},
  [154] = {.lex_state = 35},
  [155] = {.lex_state = 8, .external_lex_state = 2},
  [156] = {.lex_state = 8, .external_lex_state = 2},
  [157] = {.lex_state = 8, .external_lex_state = 2},
  [158] = {.lex_state = 35},
  [159] = {.lex_state = 35},
  [160] = {.lex_state = 35},
  [161] = {.lex_state = 35},
  [162] = {.lex_state = 35},
  [163] = {.lex_state = 35},
  [164] = {.lex_state = 16, .external_lex_state = 3},
  [165] = {.lex_state = 16, .external_lex_state = 3},
  [166] = {.lex_state = 16, .external_lex_state = 3},
  [167] = {.lex_state = 16, .external_lex_state = 3},
  [168] = {.lex_state = 16, .external_lex_state = 3},
  [169] = {.lex_state = 16, .external_lex_state = 3},
  [170] = {.lex_state = 35},
  [171] = {.lex_state = 16, .external_lex_state = 3},
  [172] = {.lex_state = 35},
  [173] = {.lex_state = 16, .external_lex_state = 3},
  [174] = {.lex_state = 16, .external_lex_state = 3},
  [175] = {.lex_state = 16, .external_lex_state = 3},
  [176] = {.lex_state = 5, .external_lex_state = 2},
  [177] = {.lex_state = 5, .external_lex_state = 2},
  [178] = {.lex_state = 35},
  [179] = {.lex_state = 35},
  [180] = {.lex_state = 35},
  [181] = {.lex_state = 35},
  [182] = {.lex_state = 4},
  [183] = {.lex_state = 35, .external_lex_state = 5},
  [184] = {.lex_state = 4},
  [185] = {.lex_state = 15, .external_lex_state = 2},
  [186] = {.lex_state = 35, .external_lex_state = 2},
  [187] = {.lex_state = 35, .external_lex_state = 2},
  [188] = {.lex_state = 35, .external_lex_state = 2},
  [189] = {.lex_state = 35, .external_lex_state = 2},
  [190] = {.lex_state = 14, .external_lex_state = 2},
  [191] = {.lex_state = 35, .external_lex_state = 2},
  [192] = {.lex_state = 35, .external_lex_state = 2},
  [193] = {.lex_state = 35, .external_lex_state = 2},
  [194] = {.lex_state = 20},
  [195] = {.lex_state = 5, .external_lex_state = 2},
  [196] = {.lex_state = 35, .external_lex_state = 2},
  [197] = {.lex_state = 13},
  [198] = {.lex_state = 35, .external_lex_state = 2},
  [199] = {.lex_state = 35, .external_lex_state = 2},
  [200] = {.lex_state = 35, .external_lex_state = 2},
  [201] = {.lex_state = 35, .external_lex_state = 2},
  [202] = {.lex_state = 5, .external_lex_state = 2},
  [203] = {.lex_state = 5, .external_lex_state = 2},
  [204] = {.lex_state = 12},
  [205] = {.lex_state = 5, .external_lex_state = 2},
  [206] = {.lex_state = 12},
  [207] = {.lex_state = 5},
  [208] = {.lex_state = 5, .external_lex_state = 2},
  [209] = {.lex_state = 5, .external_lex_state = 2},
  [210] = {.lex_state = 5, .external_lex_state = 2},
  [211] = {.lex_state = 5, .external_lex_state = 2},
  [212] = {.lex_state = 5},
  [213] = {.lex_state = 12},
  [214] = {.lex_state = 5},
  [215] = {.lex_state = 35, .external_lex_state = 2},
  [216] = {.lex_state = 12},
  [217] = {.lex_state = 12},
  [218] = {.lex_state = 12},
  [219] = {.lex_state = 12},
  [220] = {.lex_state = 5},
  [221] = {.lex_state = 5, .external_lex_state = 2},
  [222] = {.lex_state = 5},
  [223] = {.lex_state = 5, .external_lex_state = 2},
  [224] = {.lex_state = 39},
  [225] = {.lex_state = 21},
  [226] = {.lex_state = 21},
  [227] = {.lex_state = 21},
  [228] = {.lex_state = 21},
  [229] = {.lex_state = 5, .external_lex_state = 2},
  [230] = {.lex_state = 19},
  [231] = {.lex_state = 21},
  [232] = {.lex_state = 8},
  [233] = {.lex_state = 5},
  [234] = {.lex_state = 5, .external_lex_state = 2},
  [235] = {.lex_state = 35, .external_lex_state = 5},
  [236] = {.lex_state = 8},
  [237] = {.lex_state = 21},
  [238] = {.lex_state = 8},
  [239] = {.lex_state = 5},
  [240] = {.lex_state = 5, .external_lex_state = 2},
  [241] = {.lex_state = 8},
  [242] = {.lex_state = 5},
  [243] = {.lex_state = 5},
  [244] = {.lex_state = 8},
  [245] = {.lex_state = 5, .external_lex_state = 2},
  [246] = {.lex_state = 19},
  [247] = {.lex_state = 8},
  [248] = {.lex_state = 5},
  [249] = {.lex_state = 5, .external_lex_state = 2},
  [250] = {.lex_state = 8},
  [251] = {.lex_state = 5},
  [252] = {.lex_state = 8},
  [253] = {.lex_state = 5, .external_lex_state = 2},
  [254] = {.lex_state = 8},
  [255] = {.lex_state = 8},
  [256] = {.lex_state = 8},
  [257] = {.lex_state = 8},
  [258] = {.lex_state = 8},
  [259] = {.lex_state = 8},
  [260] = {.lex_state = 8},
  [261] = {.lex_state = 8},
  [262] = {.lex_state = 8},
  [263] = {.lex_state = 8},
  [264] = {.lex_state = 8},
  [265] = {.lex_state = 8},
  [266] = {.lex_state = 8},
  [267] = {.lex_state = 8},
  [268] = {.lex_state = 8},
  [269] = {.lex_state = 8},
  [270] = {.lex_state = 5},
  [271] = {.lex_state = 8},
  [272] = {.lex_state = 8},
  [273] = {.lex_state = 8},
  [274] = {.lex_state = 8},
  [275] = {.lex_state = 8},
  [276] = {.lex_state = 8},
  [277] = {.lex_state = 8},
  [278] = {.lex_state = 8},
  [279] = {.lex_state = 5},
  [280] = {.lex_state = 8},
  [281] = {.lex_state = 8},
  [282] = {.lex_state = 5},
  [283] = {.lex_state = 8},
  [284] = {.lex_state = 8},
  [285] = {.lex_state = 8},
  [286] = {.lex_state = 8},
  [287] = {.lex_state = 8},
  [288] = {.lex_state = 8},
  [289] = {.lex_state = 8},
  [290] = {.lex_state = 8},
  [291] = {.lex_state = 8},
  [292] = {.lex_state = 8},
  [293] = {.lex_state = 8},
  [294] = {.lex_state = 8},
  [295] = {.lex_state = 8},
  [296] = {.lex_state = 8},
  [297] = {.lex_state = 8},
  [298] = {.lex_state = 8},
  [299] = {.lex_state = 8},
  [300] = {.lex_state = 8},
  [301] = {.lex_state = 8},
  [302] = {.lex_state = 8},
  [303] = {.lex_state = 8},
  [304] = {.lex_state = 8},
  [305] = {.lex_state = 8},
  [306] = {.lex_state = 8},
  [307] = {.lex_state = 8},
  [308] = {.lex_state = 8},
  [309] = {.lex_state = 8},
  [310] = {.lex_state = 8},
  [311] = {.lex_state = 8},
  [312] = {.lex_state = 8},
  [313] = {.lex_state = 8},
  [314] = {.lex_state = 8},
  [315] = {.lex_state = 8},
  [316] = {.lex_state = 8},
  [317] = {.lex_state = 8},
  [318] = {.lex_state = 8},
  [319] = {.lex_state = 8},
  [320] = {.lex_state = 8},
  [321] = {.lex_state = 8},
  [322] = {.lex_state = 8},
  [323] = {.lex_state = 8},
  [324] = {.lex_state = 8},
  [325] = {.lex_state = 8},
  [326] = {.lex_state = 8},
  [327] = {.lex_state = 8},
  [328] = {.lex_state = 8},
  [329] = {.lex_state = 8},
  [330] = {.lex_state = 8},
  [331] = {.lex_state = 8},
  [332] = {.lex_state = 8},
  [333] = {.lex_state = 8},
  [334] = {.lex_state = 8},
  [335] = {.lex_state = 8},
  [336] = {.lex_state = 8},
  [337] = {.lex_state = 8},
  [338] = {.lex_state = 8},
  [339] = {.lex_state = 8},
  [340] = {.lex_state = 8},
  [341] = {.lex_state = 8},
  [342] = {.lex_state = 8},
  [343] = {.lex_state = 35, .external_lex_state = 5},
  [344] = {.lex_state = 8},
  [345] = {.lex_state = 8},
  [346] = {.lex_state = 8},
  [347] = {.lex_state = 8},
  [348] = {.lex_state = 8},
  [349] = {.lex_state = 8},
  [350] = {.lex_state = 8},
  [351] = {.lex_state = 8},
  [352] = {.lex_state = 8},
  [353] = {.lex_state = 8},
  [354] = {.lex_state = 8},
  [355] = {.lex_state = 8},
  [356] = {.lex_state = 8},
  [357] = {.lex_state = 8},
  [358] = {.lex_state = 8},
  [359] = {.lex_state = 5},
  [360] = {.lex_state = 5},
  [361] = {.lex_state = 8},
  [362] = {.lex_state = 8},
  [363] = {.lex_state = 8},
  [364] = {.lex_state = 8},
  [365] = {.lex_state = 8},
  [366] = {.lex_state = 5},
  [367] = {.lex_state = 40},
  [368] = {.lex_state = 40},
  [369] = {.lex_state = 40},
  [370] = {.lex_state = 5},
  [371] = {.lex_state = 5},
  [372] = {.lex_state = 40},
  [373] = {.lex_state = 5},
  [374] = {.lex_state = 40},
  [375] = {.lex_state = 5},
  [376] = {.lex_state = 40},
  [377] = {.lex_state = 5},
  [378] = {.lex_state = 40},
  [379] = {.lex_state = 40},
  [380] = {.lex_state = 35},
  [381] = {.lex_state = 40},
  [382] = {.lex_state = 5},
  [383] = {.lex_state = 40},
  [384] = {.lex_state = 40},
  [385] = {.lex_state = 40},
  [386] = {.lex_state = 40},
  [387] = {.lex_state = 5},
  [388] = {.lex_state = 40},
  [389] = {.lex_state = 40},
  [390] = {.lex_state = 40},
  [391] = {.lex_state = 5},
  [392] = {.lex_state = 35, .external_lex_state = 5},
  [393] = {.lex_state = 35, .external_lex_state = 5},
  [394] = {.lex_state = 5},
  [395] = {.lex_state = 5},
  [396] = {.lex_state = 35, .external_lex_state = 5},
  [397] = {.lex_state = 35, .external_lex_state = 5},
  [398] = {.lex_state = 5},
  [399] = {.lex_state = 35, .external_lex_state = 5},
  [400] = {.lex_state = 5},
  [401] = {.lex_state = 5},
  [402] = {.lex_state = 5},
  [403] = {.lex_state = 31, .external_lex_state = 2},
  [404] = {.lex_state = 31, .external_lex_state = 2},
  [405] = {.lex_state = 31, .external_lex_state = 2},
  [406] = {.lex_state = 32, .external_lex_state = 2},
  [407] = {.lex_state = 32, .external_lex_state = 2},
  [408] = {.lex_state = 32, .external_lex_state = 2},
  [409] = {.lex_state = 31, .external_lex_state = 2},
  [410] = {.lex_state = 32, .external_lex_state = 2},
  [411] = {.lex_state = 33},
  [412] = {.lex_state = 5, .external_lex_state = 2},
  [413] = {.lex_state = 33},
  [414] = {.lex_state = 34},
  [415] = {.lex_state = 32},
  [416] = {.lex_state = 32},
  [417] = {.lex_state = 32},
  [418] = {.lex_state = 32},
  [419] = {.lex_state = 32},
  [420] = {.lex_state = 32},
  [421] = {.lex_state = 32},
  [422] = {.lex_state = 32},
  [423] = {.lex_state = 32},
  [424] = {.lex_state = 32},
  [425] = {.lex_state = 5, .external_lex_state = 2},
  [426] = {.lex_state = 32},
  [427] = {.lex_state = 32},
  [428] = {.lex_state = 5, .external_lex_state = 2},
  [429] = {.lex_state = 5},
  [430] = {.lex_state = 22, .external_lex_state = 2},
  [431] = {.lex_state = 101, .external_lex_state = 2},
  [432] = {.lex_state = 101, .external_lex_state = 2},
  [433] = {.lex_state = 101, .external_lex_state = 2},
  [434] = {.lex_state = 22, .external_lex_state = 2},
  [435] = {.lex_state = 101, .external_lex_state = 2},
  [436] = {.lex_state = 22, .external_lex_state = 2},
  [437] = {.lex_state = 101, .external_lex_state = 2},
  [438] = {.lex_state = 101, .external_lex_state = 2},
  [439] = {.lex_state = 101, .external_lex_state = 2},
  [440] = {.lex_state = 101, .external_lex_state = 2},
  [441] = {.lex_state = 101, .external_lex_state = 2},
  [442] = {.lex_state = 101, .external_lex_state = 2},
  [443] = {.lex_state = 101, .external_lex_state = 2},
  [444] = {.lex_state = 101, .external_lex_state = 2},
  [445] = {.lex_state = 101, .external_lex_state = 2},
  [446] = {.lex_state = 1},
  [447] = {.lex_state = 101, .external_lex_state = 2},
  [448] = {.lex_state = 101, .external_lex_state = 2},
  [449] = {.lex_state = 101, .external_lex_state = 2},
  [450] = {.lex_state = 101, .external_lex_state = 2},
  [451] = {.lex_state = 43},
  [452] = {.lex_state = 101, .external_lex_state = 2},
  [453] = {.lex_state = 43},
  [454] = {.lex_state = 101, .external_lex_state = 2},
  [455] = {.lex_state = 101, .external_lex_state = 2},
  [456] = {.lex_state = 30, .external_lex_state = 2},
  [457] = {.lex_state = 101, .external_lex_state = 2},
  [458] = {.lex_state = 101, .external_lex_state = 2},
  [459] = {.lex_state = 101, .external_lex_state = 2},
  [460] = {.lex_state = 101, .external_lex_state = 2},
  [461] = {.lex_state = 35, .external_lex_state = 2},
  [462] = {.lex_state = 101, .external_lex_state = 2},
  [463] = {.lex_state = 101, .external_lex_state = 2},
  [464] = {.lex_state = 101, .external_lex_state = 2},
  [465] = {.lex_state = 101, .external_lex_state = 2},
  [466] = {.lex_state = 101, .external_lex_state = 2},
  [467] = {.lex_state = 101, .external_lex_state = 2},
  [468] = {.lex_state = 101, .external_lex_state = 2},
  [469] = {.lex_state = 30, .external_lex_state = 2},
  [470] = {.lex_state = 30, .external_lex_state = 2},
  [471] = {.lex_state = 35, .external_lex_state = 2},
  [472] = {.lex_state = 0, .external_lex_state = 2},
  [473] = {.lex_state = 30, .external_lex_state = 2},
  [474] = {.lex_state = 30, .external_lex_state = 2},
  [475] = {.lex_state = 30, .external_lex_state = 2},
  [476] = {.lex_state = 30, .external_lex_state = 2},
  [477] = {.lex_state = 30, .external_lex_state = 2},
  [478] = {.lex_state = 101, .external_lex_state = 2},
  [479] = {.lex_state = 30, .external_lex_state = 2},
  [480] = {.lex_state = 101, .external_lex_state = 2},
  [481] = {.lex_state = 101, .external_lex_state = 2},
  [482] = {.lex_state = 101, .external_lex_state = 2},
  [483] = {.lex_state = 101, .external_lex_state = 2},
  [484] = {.lex_state = 101, .external_lex_state = 2},
  [485] = {.lex_state = 101, .external_lex_state = 2},
  [486] = {.lex_state = 101, .external_lex_state = 2},
  [487] = {.lex_state = 22},
  [488] = {.lex_state = 101, .external_lex_state = 2},
  [489] = {.lex_state = 101, .external_lex_state = 2},
  [490] = {.lex_state = 101, .external_lex_state = 2},
  [491] = {.lex_state = 30, .external_lex_state = 2},
  [492] = {.lex_state = 101, .external_lex_state = 2},
  [493] = {.lex_state = 0, .external_lex_state = 2},
  [494] = {.lex_state = 30, .external_lex_state = 2},
  [495] = {.lex_state = 101, .external_lex_state = 2},
  [496] = {.lex_state = 101, .external_lex_state = 2},
  [497] = {.lex_state = 1},
  [498] = {.lex_state = 30, .external_lex_state = 2},
  [499] = {.lex_state = 30, .external_lex_state = 2},
  [500] = {.lex_state = 101, .external_lex_state = 2},
  [501] = {.lex_state = 101, .external_lex_state = 2},
  [502] = {.lex_state = 101, .external_lex_state = 2},
  [503] = {.lex_state = 101, .external_lex_state = 2},
  [504] = {.lex_state = 101, .external_lex_state = 2},
  [505] = {.lex_state = 30, .external_lex_state = 2},
  [506] = {.lex_state = 30, .external_lex_state = 2},
  [507] = {.lex_state = 30, .external_lex_state = 2},
  [508] = {.lex_state = 35, .external_lex_state = 2},
  [509] = {.lex_state = 30, .external_lex_state = 2},
  [510] = {.lex_state = 35, .external_lex_state = 2},
  [511] = {.lex_state = 1},
  [512] = {.lex_state = 101, .external_lex_state = 2},
  [513] = {.lex_state = 101, .external_lex_state = 2},
  [514] = {.lex_state = 0},
  [515] = {.lex_state = 0, .external_lex_state = 2},
  [516] = {.lex_state = 101, .external_lex_state = 2},
  [517] = {.lex_state = 101},
  [518] = {.lex_state = 101},
  [519] = {.lex_state = 41, .external_lex_state = 2},
  [520] = {.lex_state = 43},
  [521] = {.lex_state = 101, .external_lex_state = 2},
  [522] = {.lex_state = 0, .external_lex_state = 2},
  [523] = {.lex_state = 0, .external_lex_state = 2},
  [524] = {.lex_state = 101, .external_lex_state = 2},
  [525] = {.lex_state = 0, .external_lex_state = 2},
  [526] = {.lex_state = 0, .external_lex_state = 2},
  [527] = {.lex_state = 0, .external_lex_state = 2},
  [528] = {.lex_state = 101, .external_lex_state = 2},
  [529] = {.lex_state = 0, .external_lex_state = 2},
  [530] = {.lex_state = 0, .external_lex_state = 2},
  [531] = {.lex_state = 101},
  [532] = {.lex_state = 0, .external_lex_state = 2},
  [533] = {.lex_state = 0, .external_lex_state = 2},
  [534] = {.lex_state = 0, .external_lex_state = 2},
  [535] = {.lex_state = 0, .external_lex_state = 2},
  [536] = {.lex_state = 0, .external_lex_state = 2},
  [537] = {.lex_state = 47},
  [538] = {.lex_state = 0, .external_lex_state = 2},
  [539] = {.lex_state = 43},
  [540] = {.lex_state = 0, .external_lex_state = 2},
  [541] = {.lex_state = 101},
  [542] = {.lex_state = 0, .external_lex_state = 2},
  [543] = {.lex_state = 0, .external_lex_state = 2},
  [544] = {.lex_state = 43},
  [545] = {.lex_state = 47},
  [546] = {.lex_state = 101},
  [547] = {.lex_state = 0, .external_lex_state = 2},
  [548] = {.lex_state = 0, .external_lex_state = 2},
  [549] = {.lex_state = 0, .external_lex_state = 2},
  [550] = {.lex_state = 101},
  [551] = {.lex_state = 0, .external_lex_state = 2},
  [552] = {.lex_state = 42, .external_lex_state = 2},
  [553] = {.lex_state = 101},
  [554] = {.lex_state = 0, .external_lex_state = 2},
  [555] = {.lex_state = 0, .external_lex_state = 2},
  [556] = {.lex_state = 101},
  [557] = {.lex_state = 43},
  [558] = {.lex_state = 0, .external_lex_state = 2},
  [559] = {.lex_state = 0, .external_lex_state = 2},
  [560] = {.lex_state = 101},
  [561] = {.lex_state = 101},
  [562] = {.lex_state = 0, .external_lex_state = 2},
  [563] = {.lex_state = 101},
  [564] = {.lex_state = 0, .external_lex_state = 2},
  [565] = {.lex_state = 0, .external_lex_state = 2},
  [566] = {.lex_state = 101},
  [567] = {.lex_state = 0, .external_lex_state = 2},
  [568] = {.lex_state = 101},
  [569] = {.lex_state = 0, .external_lex_state = 2},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 101},
  [572] = {.lex_state = 0, .external_lex_state = 2},
  [573] = {.lex_state = 0, .external_lex_state = 2},
  [574] = {.lex_state = 0, .external_lex_state = 2},
  [575] = {.lex_state = 0, .external_lex_state = 2},
  [576] = {.lex_state = 101},
  [577] = {.lex_state = 0, .external_lex_state = 2},
  [578] = {.lex_state = 0, .external_lex_state = 2},
  [579] = {.lex_state = 0, .external_lex_state = 2},
  [580] = {.lex_state = 101},
  [581] = {.lex_state = 0},
  [582] = {.lex_state = 0, .external_lex_state = 2},
  [583] = {.lex_state = 43},
  [584] = {.lex_state = 101},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 0, .external_lex_state = 2},
  [587] = {.lex_state = 101},
  [588] = {.lex_state = 0, .external_lex_state = 2},
  [589] = {.lex_state = 0, .external_lex_state = 2},
  [590] = {.lex_state = 0, .external_lex_state = 2},
  [591] = {.lex_state = 35},
  [592] = {.lex_state = 47},
  [593] = {.lex_state = 101},
  [594] = {.lex_state = 0, .external_lex_state = 2},
  [595] = {.lex_state = 101},
  [596] = {.lex_state = 101},
  [597] = {.lex_state = 101},
  [598] = {.lex_state = 101},
  [599] = {.lex_state = 0},
  [600] = {.lex_state = 0, .external_lex_state = 2},
  [601] = {.lex_state = 0},
  [602] = {.lex_state = 101},
  [603] = {.lex_state = 101},
  [604] = {.lex_state = 0},
  [605] = {.lex_state = 0},
  [606] = {.lex_state = 43},
  [607] = {.lex_state = 0},
  [608] = {.lex_state = 101},
  [609] = {.lex_state = 0},
  [610] = {.lex_state = 0},
  [611] = {.lex_state = 101},
  [612] = {.lex_state = 101},
  [613] = {.lex_state = 0, .external_lex_state = 2},
  [614] = {.lex_state = 35},
  [615] = {.lex_state = 0, .external_lex_state = 2},
  [616] = {.lex_state = 101},
  [617] = {.lex_state = 35},
  [618] = {.lex_state = 35},
  [619] = {.lex_state = 35},
  [620] = {.lex_state = 0},
  [621] = {.lex_state = 35},
  [622] = {.lex_state = 0},
  [623] = {.lex_state = 0},
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
    [sym_precision] = ACTIONS(1),
    [sym_rounding] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(623),
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(615),
    [sym__line_statement] = STATE(588),
    [sym__statement] = STATE(588),
    [sym_assignment] = STATE(588),
    [sym__lvalue] = STATE(497),
    [sym_for_statement] = STATE(588),
    [sym_next_statement] = STATE(588),
    [sym_dim_statement] = STATE(588),
    [sym_procedure_definition] = STATE(588),
    [sym_function_definition] = STATE(588),
    [sym_return_statement] = STATE(588),
    [sym_if_statement] = STATE(588),
    [sym_else_statement] = STATE(588),
    [sym_sys_call] = STATE(588),
    [sym_print_statement] = STATE(588),
    [sym_proc_call] = STATE(588),
    [sym_local_statement] = STATE(588),
    [sym_repeat_statement] = STATE(588),
    [sym_until_statement] = STATE(588),
    [sym_while_statement] = STATE(588),
    [sym_on_error_statement] = STATE(588),
    [sym_on_statement] = STATE(588),
    [sym_basic_statement] = STATE(588),
    [sym_assembler_block] = STATE(588),
    [sym_parenthesized_expression] = STATE(599),
    [sym_indirection] = STATE(497),
    [sym_array_element] = STATE(446),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(535),
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
    [sym__statement] = STATE(525),
    [sym_assignment] = STATE(525),
    [sym__lvalue] = STATE(497),
    [sym_for_statement] = STATE(525),
    [sym_next_statement] = STATE(525),
    [sym_dim_statement] = STATE(525),
    [sym_procedure_definition] = STATE(525),
    [sym_function_definition] = STATE(525),
    [sym_return_statement] = STATE(525),
    [sym_if_statement] = STATE(525),
    [sym__inline_statements] = STATE(575),
    [sym_sys_call] = STATE(525),
    [sym_print_statement] = STATE(525),
    [sym_proc_call] = STATE(525),
    [sym_local_statement] = STATE(525),
    [sym_repeat_statement] = STATE(525),
    [sym_until_statement] = STATE(525),
    [sym_while_statement] = STATE(525),
    [sym_on_error_statement] = STATE(525),
    [sym_on_statement] = STATE(525),
    [sym_basic_statement] = STATE(525),
    [sym_assembler_block] = STATE(525),
    [sym_parenthesized_expression] = STATE(599),
    [sym_indirection] = STATE(497),
    [sym_array_element] = STATE(446),
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
    [anon_sym_EOR] = ACTIONS(93),
    [anon_sym_AND] = ACTIONS(95),
    [anon_sym_LT_GT] = ACTIONS(97),
    [anon_sym_LT] = ACTIONS(99),
    [anon_sym_GT] = ACTIONS(99),
    [anon_sym_LT_EQ] = ACTIONS(97),
    [anon_sym_GT_EQ] = ACTIONS(97),
    [anon_sym_LT_LT] = ACTIONS(97),
    [anon_sym_GT_GT] = ACTIONS(99),
    [anon_sym_GT_GT_GT] = ACTIONS(97),
    [anon_sym_STAR] = ACTIONS(101),
    [anon_sym_SLASH] = ACTIONS(103),
    [anon_sym_MOD] = ACTIONS(101),
    [anon_sym_DIV] = ACTIONS(103),
    [sym_builtin_variable] = ACTIONS(51),
    [sym_proc_name] = ACTIONS(53),
    [sym_identifier] = ACTIONS(55),
    [sym__newline] = ACTIONS(61),
  },
  [3] = {
    [sym__statement] = STATE(525),
    [sym_assignment] = STATE(525),
    [sym__lvalue] = STATE(497),
    [sym_for_statement] = STATE(525),
    [sym_next_statement] = STATE(525),
    [sym_dim_statement] = STATE(525),
    [sym_procedure_definition] = STATE(525),
    [sym_function_definition] = STATE(525),
    [sym_return_statement] = STATE(525),
    [sym_if_statement] = STATE(525),
    [sym__inline_statements] = STATE(547),
    [sym_sys_call] = STATE(525),
    [sym_print_statement] = STATE(525),
    [sym_proc_call] = STATE(525),
    [sym_local_statement] = STATE(525),
    [sym_repeat_statement] = STATE(525),
    [sym_until_statement] = STATE(525),
    [sym_while_statement] = STATE(525),
    [sym_on_error_statement] = STATE(525),
    [sym_on_statement] = STATE(525),
    [sym_basic_statement] = STATE(525),
    [sym_assembler_block] = STATE(525),
    [sym_parenthesized_expression] = STATE(599),
    [sym_indirection] = STATE(497),
    [sym_array_element] = STATE(446),
    [sym_line_number] = ACTIONS(105),
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
    [anon_sym_THEN] = ACTIONS(107),
    [anon_sym_ELSE] = ACTIONS(109),
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
    [anon_sym_EOR] = ACTIONS(93),
    [anon_sym_AND] = ACTIONS(95),
    [anon_sym_LT_GT] = ACTIONS(97),
    [anon_sym_LT] = ACTIONS(99),
    [anon_sym_GT] = ACTIONS(99),
    [anon_sym_LT_EQ] = ACTIONS(97),
    [anon_sym_GT_EQ] = ACTIONS(97),
    [anon_sym_LT_LT] = ACTIONS(97),
    [anon_sym_GT_GT] = ACTIONS(99),
    [anon_sym_GT_GT_GT] = ACTIONS(97),
    [anon_sym_STAR] = ACTIONS(101),
    [anon_sym_SLASH] = ACTIONS(103),
    [anon_sym_MOD] = ACTIONS(101),
    [anon_sym_DIV] = ACTIONS(103),
    [sym_builtin_variable] = ACTIONS(51),
    [sym_proc_name] = ACTIONS(53),
    [sym_identifier] = ACTIONS(55),
    [sym__newline] = ACTIONS(61),
  },
  [4] = {
    [sym_basic_line] = STATE(5),
    [sym__statements] = STATE(615),
    [sym__line_statement] = STATE(588),
    [sym__statement] = STATE(588),
    [sym_assignment] = STATE(588),
    [sym__lvalue] = STATE(497),
    [sym_for_statement] = STATE(588),
    [sym_next_statement] = STATE(588),
    [sym_dim_statement] = STATE(588),
    [sym_procedure_definition] = STATE(588),
    [sym_function_definition] = STATE(588),
    [sym_return_statement] = STATE(588),
    [sym_if_statement] = STATE(588),
    [sym_else_statement] = STATE(588),
    [sym_sys_call] = STATE(588),
    [sym_print_statement] = STATE(588),
    [sym_proc_call] = STATE(588),
    [sym_local_statement] = STATE(588),
    [sym_repeat_statement] = STATE(588),
    [sym_until_statement] = STATE(588),
    [sym_while_statement] = STATE(588),
    [sym_on_error_statement] = STATE(588),
    [sym_on_statement] = STATE(588),
    [sym_basic_statement] = STATE(588),
    [sym_assembler_block] = STATE(588),
    [sym_parenthesized_expression] = STATE(599),
    [sym_indirection] = STATE(497),
    [sym_array_element] = STATE(446),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(535),
    [ts_builtin_sym_end] = ACTIONS(111),
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
    [sym__newline] = ACTIONS(113),
  },
  [5] = {
    [sym_basic_line] = STATE(5),
    [sym__statements] = STATE(615),
    [sym__line_statement] = STATE(588),
    [sym__statement] = STATE(588),
    [sym_assignment] = STATE(588),
    [sym__lvalue] = STATE(497),
    [sym_for_statement] = STATE(588),
    [sym_next_statement] = STATE(588),
    [sym_dim_statement] = STATE(588),
    [sym_procedure_definition] = STATE(588),
    [sym_function_definition] = STATE(588),
    [sym_return_statement] = STATE(588),
    [sym_if_statement] = STATE(588),
    [sym_else_statement] = STATE(588),
    [sym_sys_call] = STATE(588),
    [sym_print_statement] = STATE(588),
    [sym_proc_call] = STATE(588),
    [sym_local_statement] = STATE(588),
    [sym_repeat_statement] = STATE(588),
    [sym_until_statement] = STATE(588),
    [sym_while_statement] = STATE(588),
    [sym_on_error_statement] = STATE(588),
    [sym_on_statement] = STATE(588),
    [sym_basic_statement] = STATE(588),
    [sym_assembler_block] = STATE(588),
    [sym_parenthesized_expression] = STATE(599),
    [sym_indirection] = STATE(497),
    [sym_array_element] = STATE(446),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(535),
    [ts_builtin_sym_end] = ACTIONS(115),
    [sym_line_number] = ACTIONS(117),
    [anon_sym_COLON] = ACTIONS(120),
    [anon_sym_LET] = ACTIONS(123),
    [anon_sym_EQ] = ACTIONS(126),
    [anon_sym_FOR] = ACTIONS(129),
    [anon_sym_NEXT] = ACTIONS(132),
    [anon_sym_DIM] = ACTIONS(135),
    [anon_sym_LOCAL] = ACTIONS(138),
    [anon_sym_DEF] = ACTIONS(141),
    [sym_endproc_statement] = ACTIONS(144),
    [anon_sym_IF] = ACTIONS(147),
    [anon_sym_ELSE] = ACTIONS(150),
    [sym_endif_statement] = ACTIONS(144),
    [anon_sym_SYS] = ACTIONS(153),
    [anon_sym_PRINT] = ACTIONS(156),
    [sym_end_statement] = ACTIONS(144),
    [anon_sym_REPEAT] = ACTIONS(159),
    [anon_sym_UNTIL] = ACTIONS(162),
    [anon_sym_WHILE] = ACTIONS(165),
    [sym_endwhile_statement] = ACTIONS(144),
    [anon_sym_ON] = ACTIONS(168),
    [sym_comment] = ACTIONS(171),
    [sym_data_statement] = ACTIONS(171),
    [sym_star_command] = ACTIONS(171),
    [sym_keyword] = ACTIONS(174),
    [anon_sym_LBRACK] = ACTIONS(177),
    [anon_sym_BANG] = ACTIONS(180),
    [anon_sym_LPAREN2] = ACTIONS(183),
    [anon_sym_QMARK] = ACTIONS(180),
    [anon_sym_DOLLAR] = ACTIONS(180),
    [anon_sym_PIPE] = ACTIONS(180),
    [sym_builtin_variable] = ACTIONS(186),
    [sym_proc_name] = ACTIONS(189),
    [sym_identifier] = ACTIONS(192),
    [sym__newline] = ACTIONS(195),
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
    ACTIONS(198), 1,
      sym__newline,
    STATE(446), 1,
      sym_array_element,
    STATE(535), 1,
      aux_sym__statements_repeat1,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(613), 1,
      sym__statements,
    STATE(497), 2,
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
    STATE(588), 22,
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
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(200), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(204), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(202), 4,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
    STATE(594), 22,
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
  [246] = 30,
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
    ACTIONS(208), 1,
      anon_sym_ERROR,
    ACTIONS(212), 1,
      sym_builtin_variable,
    ACTIONS(214), 1,
      sym_identifier,
    STATE(425), 1,
      sym_array_element,
    STATE(562), 1,
      sym__inline_statements,
    STATE(605), 1,
      sym_parenthesized_expression,
    STATE(428), 2,
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
    ACTIONS(206), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(210), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [366] = 30,
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
    ACTIONS(216), 1,
      sym_line_number,
    STATE(446), 1,
      sym_array_element,
    STATE(534), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
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
    ACTIONS(218), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [486] = 30,
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
    ACTIONS(220), 1,
      sym_line_number,
    STATE(446), 1,
      sym_array_element,
    STATE(551), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
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
    ACTIONS(222), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [606] = 30,
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
    ACTIONS(226), 1,
      anon_sym_LOCAL,
    ACTIONS(228), 1,
      anon_sym_OFF,
    STATE(446), 1,
      sym_array_element,
    STATE(578), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
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
    ACTIONS(224), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [726] = 30,
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
    ACTIONS(230), 1,
      sym_line_number,
    STATE(446), 1,
      sym_array_element,
    STATE(586), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
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
    ACTIONS(232), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [846] = 30,
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
    STATE(446), 1,
      sym_array_element,
    STATE(542), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
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
    ACTIONS(236), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [966] = 31,
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
    ACTIONS(238), 1,
      sym_line_number,
    ACTIONS(240), 1,
      anon_sym_ELSE,
    STATE(446), 1,
      sym_array_element,
    STATE(549), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
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
    STATE(525), 20,
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
  [1088] = 31,
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
    ACTIONS(242), 1,
      sym_line_number,
    ACTIONS(244), 1,
      anon_sym_ELSE,
    STATE(446), 1,
      sym_array_element,
    STATE(558), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
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
    STATE(525), 20,
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
  [1210] = 30,
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
    ACTIONS(230), 1,
      sym_line_number,
    STATE(446), 1,
      sym_array_element,
    STATE(586), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(232), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [1329] = 30,
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
    STATE(446), 1,
      sym_array_element,
    STATE(542), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(236), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [1448] = 29,
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
    STATE(446), 1,
      sym_array_element,
    STATE(562), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
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
    ACTIONS(206), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(525), 20,
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
  [1565] = 30,
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
    ACTIONS(216), 1,
      sym_line_number,
    STATE(446), 1,
      sym_array_element,
    STATE(534), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(218), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [1684] = 30,
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
    ACTIONS(208), 1,
      anon_sym_ERROR,
    ACTIONS(212), 1,
      sym_builtin_variable,
    ACTIONS(214), 1,
      sym_identifier,
    STATE(425), 1,
      sym_array_element,
    STATE(562), 1,
      sym__inline_statements,
    STATE(605), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(428), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(210), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [1803] = 30,
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
    ACTIONS(250), 1,
      anon_sym_LOCAL,
    ACTIONS(252), 1,
      anon_sym_OFF,
    STATE(446), 1,
      sym_array_element,
    STATE(578), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(224), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [1922] = 30,
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
    ACTIONS(220), 1,
      sym_line_number,
    STATE(446), 1,
      sym_array_element,
    STATE(551), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(222), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [2041] = 29,
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
    STATE(446), 1,
      sym_array_element,
    STATE(562), 1,
      sym__inline_statements,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(246), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(248), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(585), 20,
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
  [2157] = 28,
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
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(254), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
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
    STATE(533), 20,
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
  [2271] = 28,
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
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(260), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(262), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(264), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(538), 20,
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
  [2385] = 28,
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
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(266), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(268), 3,
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
    STATE(600), 20,
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
  [2498] = 28,
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
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(260), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(262), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(264), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(538), 20,
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
  [2611] = 28,
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
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    ACTIONS(254), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
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
    STATE(533), 20,
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
  [2724] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(49), 1,
      sym_argument_list,
    ACTIONS(276), 14,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(272), 39,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [2788] = 5,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(282), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 14,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_LPAREN2,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(278), 37,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [2854] = 2,
    ACTIONS(286), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(284), 42,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_COMMA,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_SEMI,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [2914] = 2,
    ACTIONS(290), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(288), 42,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_COMMA,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_SEMI,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [2974] = 2,
    ACTIONS(294), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(292), 42,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_COMMA,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_SEMI,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3034] = 2,
    ACTIONS(298), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(296), 42,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_COMMA,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_SEMI,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3094] = 6,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(302), 11,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 35,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_proc_name,
  [3160] = 5,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(302), 11,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 37,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_proc_name,
  [3224] = 6,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(302), 11,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 35,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_proc_name,
  [3290] = 9,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(95), 1,
      anon_sym_AND,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(99), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(97), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(302), 8,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 28,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_EOR,
      sym_proc_name,
  [3362] = 8,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(87), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(99), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(97), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(302), 8,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 29,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_EOR,
      anon_sym_AND,
      sym_proc_name,
  [3432] = 3,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(302), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 39,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3492] = 3,
    ACTIONS(282), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(278), 38,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      anon_sym_LBRACK,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3552] = 2,
    ACTIONS(302), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3610] = 2,
    ACTIONS(306), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3668] = 2,
    ACTIONS(310), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(308), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3726] = 2,
    ACTIONS(314), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(312), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3784] = 2,
    ACTIONS(318), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(316), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3842] = 2,
    ACTIONS(322), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(320), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3900] = 2,
    ACTIONS(326), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(324), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [3958] = 2,
    ACTIONS(330), 13,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_MOD,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(328), 40,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_THEN,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
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
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      anon_sym_SLASH,
      anon_sym_DIV,
      sym_proc_name,
  [4016] = 31,
    ACTIONS(332), 1,
      sym_line_number,
    ACTIONS(336), 1,
      anon_sym_EQ,
    ACTIONS(338), 1,
      anon_sym_LBRACK,
    ACTIONS(340), 1,
      sym_register,
    ACTIONS(342), 1,
      sym_psr,
    ACTIONS(346), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LBRACE,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(360), 1,
      sym_string,
    ACTIONS(362), 1,
      sym_identifier,
    ACTIONS(364), 1,
      sym_condition,
    ACTIONS(366), 1,
      sym_s_flag,
    ACTIONS(368), 1,
      sym_size,
    ACTIONS(370), 1,
      sym_translate,
    ACTIONS(372), 1,
      sym_block_mode,
    ACTIONS(374), 1,
      sym_p_flag,
    ACTIONS(376), 1,
      sym__mnemonic_subst,
    ACTIONS(378), 1,
      sym_precision,
    ACTIONS(380), 1,
      sym_rounding,
    STATE(100), 1,
      aux_sym_instruction_repeat1,
    STATE(113), 1,
      sym__suffix,
    STATE(622), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(356), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(334), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(188), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(449), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4130] = 31,
    ACTIONS(336), 1,
      anon_sym_EQ,
    ACTIONS(338), 1,
      anon_sym_LBRACK,
    ACTIONS(340), 1,
      sym_register,
    ACTIONS(346), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LBRACE,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(360), 1,
      sym_string,
    ACTIONS(362), 1,
      sym_identifier,
    ACTIONS(364), 1,
      sym_condition,
    ACTIONS(366), 1,
      sym_s_flag,
    ACTIONS(368), 1,
      sym_size,
    ACTIONS(370), 1,
      sym_translate,
    ACTIONS(372), 1,
      sym_block_mode,
    ACTIONS(374), 1,
      sym_p_flag,
    ACTIONS(376), 1,
      sym__mnemonic_subst,
    ACTIONS(378), 1,
      sym_precision,
    ACTIONS(380), 1,
      sym_rounding,
    ACTIONS(382), 1,
      sym_line_number,
    ACTIONS(386), 1,
      sym_psr,
    STATE(50), 1,
      aux_sym_instruction_repeat1,
    STATE(113), 1,
      sym__suffix,
    STATE(622), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(356), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(384), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(188), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(444), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4244] = 4,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    STATE(65), 1,
      sym_argument_list,
    ACTIONS(276), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(272), 30,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4292] = 5,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    STATE(73), 1,
      sym_argument_list,
    ACTIONS(390), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(278), 28,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4342] = 5,
    ACTIONS(392), 1,
      anon_sym_LPAREN,
    STATE(92), 1,
      sym_argument_list,
    ACTIONS(394), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(278), 27,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4391] = 4,
    ACTIONS(392), 1,
      anon_sym_LPAREN,
    STATE(88), 1,
      sym_argument_list,
    ACTIONS(276), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(272), 29,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4438] = 2,
    ACTIONS(310), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(308), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4480] = 2,
    ACTIONS(318), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(316), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4522] = 23,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(396), 1,
      sym_line_number,
    ACTIONS(402), 1,
      sym_string,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(406), 1,
      sym_condition,
    ACTIONS(408), 1,
      sym_s_flag,
    ACTIONS(410), 1,
      sym_size,
    ACTIONS(412), 1,
      sym_translate,
    ACTIONS(414), 1,
      sym_block_mode,
    ACTIONS(416), 1,
      sym_p_flag,
    ACTIONS(418), 1,
      sym__mnemonic_subst,
    ACTIONS(420), 1,
      sym_precision,
    ACTIONS(422), 1,
      sym_rounding,
    STATE(60), 1,
      aux_sym_instruction_repeat1,
    STATE(175), 1,
      sym__suffix,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(400), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(398), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [4606] = 9,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(434), 1,
      anon_sym_AND,
    ACTIONS(428), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(432), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(436), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(440), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(426), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(424), 15,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [4662] = 23,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(406), 1,
      sym_condition,
    ACTIONS(408), 1,
      sym_s_flag,
    ACTIONS(410), 1,
      sym_size,
    ACTIONS(412), 1,
      sym_translate,
    ACTIONS(414), 1,
      sym_block_mode,
    ACTIONS(416), 1,
      sym_p_flag,
    ACTIONS(418), 1,
      sym__mnemonic_subst,
    ACTIONS(420), 1,
      sym_precision,
    ACTIONS(422), 1,
      sym_rounding,
    ACTIONS(442), 1,
      sym_line_number,
    ACTIONS(448), 1,
      sym_string,
    STATE(148), 1,
      aux_sym_instruction_repeat1,
    STATE(175), 1,
      sym__suffix,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(446), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(444), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(201), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [4746] = 3,
    ACTIONS(390), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(278), 29,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_CARET,
      anon_sym_LPAREN2,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4790] = 2,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4832] = 2,
    ACTIONS(314), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(312), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4874] = 2,
    ACTIONS(326), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(324), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4916] = 2,
    ACTIONS(330), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(328), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [4958] = 2,
    ACTIONS(322), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(320), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5000] = 5,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(428), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 24,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_fn_name,
      sym_number,
      sym_string,
  [5048] = 4,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 26,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_fn_name,
      sym_number,
      sym_string,
  [5094] = 2,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5136] = 8,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(434), 1,
      anon_sym_AND,
    ACTIONS(428), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(302), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(436), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(426), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 17,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_OR,
      anon_sym_EOR,
      sym_fn_name,
      sym_number,
      sym_string,
  [5190] = 7,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(428), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(302), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(436), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(426), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 18,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_fn_name,
      sym_number,
      sym_string,
  [5242] = 3,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 30,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5286] = 2,
    ACTIONS(286), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(284), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5328] = 2,
    ACTIONS(290), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(288), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5370] = 2,
    ACTIONS(294), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(292), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5412] = 2,
    ACTIONS(298), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(296), 31,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5454] = 2,
    ACTIONS(314), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(312), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5495] = 2,
    ACTIONS(318), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(316), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5536] = 9,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(458), 1,
      anon_sym_AND,
    ACTIONS(452), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(440), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(460), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(424), 14,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5591] = 8,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(458), 1,
      anon_sym_AND,
    ACTIONS(452), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(302), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(460), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 16,
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
      anon_sym_OR,
      anon_sym_EOR,
      sym_fn_name,
      sym_number,
      sym_string,
  [5644] = 5,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(452), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 23,
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
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_fn_name,
      sym_number,
      sym_string,
  [5691] = 4,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 25,
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
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
      sym_fn_name,
      sym_number,
      sym_string,
  [5736] = 7,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(452), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(302), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(460), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 17,
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
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_fn_name,
      sym_number,
      sym_string,
  [5787] = 3,
    ACTIONS(394), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(278), 28,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5830] = 3,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 29,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5873] = 2,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5914] = 2,
    ACTIONS(326), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(324), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5955] = 2,
    ACTIONS(330), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(328), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [5996] = 2,
    ACTIONS(322), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(320), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6037] = 2,
    ACTIONS(302), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(300), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6078] = 2,
    ACTIONS(466), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(464), 29,
      sym__newline,
      ts_builtin_sym_end,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      sym_star_command,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_proc_name,
  [6119] = 2,
    ACTIONS(286), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(284), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6160] = 2,
    ACTIONS(470), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(468), 29,
      sym__newline,
      ts_builtin_sym_end,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      sym_star_command,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_proc_name,
  [6201] = 2,
    ACTIONS(474), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(472), 29,
      sym__newline,
      ts_builtin_sym_end,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_LET,
      anon_sym_EQ,
      anon_sym_FOR,
      anon_sym_NEXT,
      anon_sym_DIM,
      anon_sym_LOCAL,
      anon_sym_DEF,
      anon_sym_IF,
      anon_sym_ELSE,
      anon_sym_SYS,
      anon_sym_PRINT,
      anon_sym_REPEAT,
      anon_sym_UNTIL,
      anon_sym_WHILE,
      anon_sym_ON,
      sym_comment,
      sym_data_statement,
      sym_star_command,
      anon_sym_LBRACK,
      anon_sym_BANG,
      anon_sym_LPAREN2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_proc_name,
  [6242] = 2,
    ACTIONS(294), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(292), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6283] = 2,
    ACTIONS(290), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(288), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6324] = 2,
    ACTIONS(298), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(296), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6365] = 5,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    STATE(103), 1,
      sym_argument_list,
    ACTIONS(478), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(278), 25,
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
  [6412] = 2,
    ACTIONS(310), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(308), 30,
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
      sym_fn_name,
      sym_number,
      sym_string,
  [6453] = 13,
    ACTIONS(484), 1,
      sym_condition,
    ACTIONS(487), 1,
      sym_s_flag,
    ACTIONS(490), 1,
      sym_size,
    ACTIONS(493), 1,
      sym_translate,
    ACTIONS(496), 1,
      sym_block_mode,
    ACTIONS(499), 1,
      sym_p_flag,
    ACTIONS(502), 1,
      sym__mnemonic_subst,
    ACTIONS(505), 1,
      sym_precision,
    ACTIONS(508), 1,
      sym_rounding,
    STATE(100), 1,
      aux_sym_instruction_repeat1,
    STATE(113), 1,
      sym__suffix,
    ACTIONS(480), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(482), 17,
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
      sym_fn_name,
      sym_string,
  [6515] = 18,
    ACTIONS(336), 1,
      anon_sym_EQ,
    ACTIONS(338), 1,
      anon_sym_LBRACK,
    ACTIONS(340), 1,
      sym_register,
    ACTIONS(346), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LBRACE,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_builtin_variable,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(362), 1,
      sym_identifier,
    ACTIONS(511), 1,
      sym_psr,
    STATE(622), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(360), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(188), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(488), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [6587] = 3,
    ACTIONS(517), 1,
      sym__mnemonic_tail,
    ACTIONS(513), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(515), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [6628] = 2,
    ACTIONS(286), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(284), 27,
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
  [6667] = 2,
    ACTIONS(294), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 27,
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
  [6706] = 2,
    ACTIONS(290), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(288), 27,
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
  [6745] = 4,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    STATE(126), 1,
      sym_argument_list,
    ACTIONS(276), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(272), 25,
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
  [6788] = 2,
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
  [6827] = 2,
    ACTIONS(322), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(320), 27,
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
  [6866] = 3,
    ACTIONS(478), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(278), 25,
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
  [6907] = 2,
    ACTIONS(519), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(521), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [6945] = 2,
    ACTIONS(523), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(525), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [6983] = 2,
    ACTIONS(527), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(529), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7021] = 2,
    ACTIONS(531), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(533), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7059] = 2,
    ACTIONS(535), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(537), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7097] = 2,
    ACTIONS(539), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(541), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7135] = 2,
    ACTIONS(543), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(545), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7173] = 2,
    ACTIONS(547), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(549), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7211] = 2,
    ACTIONS(551), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(553), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7249] = 2,
    ACTIONS(555), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(557), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7287] = 2,
    ACTIONS(559), 7,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(561), 26,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [7325] = 3,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(302), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 24,
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
  [7364] = 2,
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
  [7401] = 2,
    ACTIONS(306), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 25,
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
  [7438] = 2,
    ACTIONS(314), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(312), 25,
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
  [7475] = 2,
    ACTIONS(326), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(324), 25,
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
  [7512] = 2,
    ACTIONS(330), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(328), 25,
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
  [7549] = 7,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(567), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(571), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(573), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 16,
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
  [7596] = 5,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(571), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(573), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 22,
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
  [7639] = 6,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(567), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(571), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(573), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 22,
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
  [7684] = 2,
    ACTIONS(318), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(316), 25,
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
  [7721] = 2,
    ACTIONS(302), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 25,
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
  [7758] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(567), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(571), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(573), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 15,
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
  [7807] = 15,
    ACTIONS(346), 1,
      anon_sym_POUND,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(577), 1,
      sym_line_number,
    ACTIONS(581), 1,
      sym_register,
    ACTIONS(585), 1,
      sym_string,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(583), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(482), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(579), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(189), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [7869] = 12,
    ACTIONS(591), 1,
      anon_sym_RBRACK,
    ACTIONS(593), 1,
      anon_sym_DOT,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    STATE(183), 1,
      sym_asm_label,
    STATE(235), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(587), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(513), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [7925] = 15,
    ACTIONS(346), 1,
      anon_sym_POUND,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(585), 1,
      sym_string,
    ACTIONS(603), 1,
      sym_line_number,
    ACTIONS(607), 1,
      sym_register,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(583), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(463), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(605), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(189), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [7987] = 12,
    ACTIONS(593), 1,
      anon_sym_DOT,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    ACTIONS(609), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(183), 1,
      sym_asm_label,
    STATE(235), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(587), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(435), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [8043] = 12,
    ACTIONS(593), 1,
      anon_sym_DOT,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    ACTIONS(611), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(183), 1,
      sym_asm_label,
    STATE(235), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(587), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(513), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [8099] = 12,
    ACTIONS(593), 1,
      anon_sym_DOT,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    ACTIONS(613), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(183), 1,
      sym_asm_label,
    STATE(235), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(587), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(513), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [8155] = 15,
    ACTIONS(346), 1,
      anon_sym_POUND,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(585), 1,
      sym_string,
    ACTIONS(615), 1,
      sym_line_number,
    ACTIONS(619), 1,
      sym_register,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(583), 2,
      sym_builtin_variable,
      sym_number,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(485), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(617), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(189), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8217] = 12,
    ACTIONS(593), 1,
      anon_sym_DOT,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    ACTIONS(623), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(183), 1,
      sym_asm_label,
    STATE(136), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(621), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(431), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [8273] = 5,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    STATE(147), 1,
      sym_argument_list,
    ACTIONS(627), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(278), 20,
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
  [8315] = 11,
    ACTIONS(593), 1,
      anon_sym_DOT,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    STATE(183), 1,
      sym_asm_label,
    STATE(235), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(587), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(513), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [8368] = 3,
    ACTIONS(627), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(278), 20,
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
  [8404] = 2,
    ACTIONS(322), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(320), 22,
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
  [8438] = 6,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    ACTIONS(629), 1,
      anon_sym_COMMA,
    STATE(103), 1,
      sym_argument_list,
    ACTIONS(478), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(278), 21,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
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
  [8480] = 13,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(644), 1,
      sym_builtin_variable,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    STATE(153), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(632), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(634), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(636), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(59), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8536] = 2,
    ACTIONS(286), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(284), 22,
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
  [8570] = 13,
    ACTIONS(652), 1,
      sym_condition,
    ACTIONS(655), 1,
      sym_s_flag,
    ACTIONS(658), 1,
      sym_size,
    ACTIONS(661), 1,
      sym_translate,
    ACTIONS(664), 1,
      sym_block_mode,
    ACTIONS(667), 1,
      sym_p_flag,
    ACTIONS(670), 1,
      sym__mnemonic_subst,
    ACTIONS(673), 1,
      sym_precision,
    ACTIONS(676), 1,
      sym_rounding,
    STATE(148), 1,
      aux_sym_instruction_repeat1,
    STATE(175), 1,
      sym__suffix,
    ACTIONS(480), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(482), 13,
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
      sym_fn_name,
      sym_string,
  [8626] = 2,
    ACTIONS(290), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(288), 22,
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
  [8660] = 2,
    ACTIONS(294), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 22,
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
  [8694] = 2,
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
  [8728] = 13,
    ACTIONS(690), 1,
      anon_sym_LPAREN2,
    ACTIONS(693), 1,
      sym_builtin_function,
    ACTIONS(696), 1,
      sym_builtin_variable,
    ACTIONS(699), 1,
      sym_fn_name,
    ACTIONS(705), 1,
      sym_identifier,
    STATE(152), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(687), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(702), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(679), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(681), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(684), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(59), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8784] = 13,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(644), 1,
      sym_builtin_variable,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    STATE(152), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(708), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(636), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(710), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(59), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8840] = 4,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    STATE(161), 1,
      sym_argument_list,
    ACTIONS(276), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(272), 20,
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
  [8878] = 13,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(722), 1,
      sym_builtin_variable,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    STATE(157), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(632), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(726), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(712), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(79), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8933] = 13,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(742), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_builtin_variable,
    ACTIONS(748), 1,
      sym_fn_name,
    ACTIONS(754), 1,
      sym_identifier,
    STATE(156), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(679), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(736), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(751), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(730), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(733), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(79), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8988] = 13,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(722), 1,
      sym_builtin_variable,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    STATE(156), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(708), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(726), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(757), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(79), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9043] = 7,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(761), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(767), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(769), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 11,
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
  [9085] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(761), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(767), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(769), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 10,
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
  [9129] = 2,
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
  [9161] = 2,
    ACTIONS(330), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(328), 20,
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
  [9193] = 2,
    ACTIONS(306), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 20,
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
  [9225] = 2,
    ACTIONS(318), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(316), 20,
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
  [9257] = 2,
    ACTIONS(543), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(545), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9289] = 2,
    ACTIONS(559), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(561), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9321] = 2,
    ACTIONS(523), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(525), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9353] = 2,
    ACTIONS(547), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(549), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9385] = 2,
    ACTIONS(555), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(557), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9417] = 2,
    ACTIONS(539), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(541), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9449] = 2,
    ACTIONS(302), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 20,
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
  [9481] = 2,
    ACTIONS(535), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(537), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9513] = 2,
    ACTIONS(314), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(312), 20,
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
  [9545] = 2,
    ACTIONS(527), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(529), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9577] = 2,
    ACTIONS(519), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(521), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9609] = 2,
    ACTIONS(531), 5,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_number,
      sym_identifier,
    ACTIONS(533), 22,
      sym_condition,
      sym_s_flag,
      sym_size,
      sym_translate,
      sym_block_mode,
      sym_p_flag,
      sym__mnemonic_subst,
      sym_precision,
      sym_rounding,
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
      sym_fn_name,
      sym_string,
  [9641] = 9,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(567), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(571), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(573), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(308), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9687] = 9,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(567), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(571), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(573), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(316), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9733] = 6,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(761), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(767), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(769), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 17,
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
  [9773] = 5,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(767), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(769), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 17,
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
  [9811] = 2,
    ACTIONS(326), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(324), 20,
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
  [9843] = 3,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(302), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 19,
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
  [9877] = 14,
    ACTIONS(775), 1,
      anon_sym_RBRACK,
    ACTIONS(777), 1,
      sym_register,
    ACTIONS(781), 1,
      anon_sym_POUND,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(789), 1,
      sym_builtin_variable,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(793), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(612), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(373), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9932] = 8,
    ACTIONS(595), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(597), 1,
      aux_sym_align_token1,
    ACTIONS(599), 1,
      sym__mnemonic_head,
    ACTIONS(601), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    ACTIONS(797), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(496), 6,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(589), 10,
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
  [9975] = 14,
    ACTIONS(781), 1,
      anon_sym_POUND,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(789), 1,
      sym_builtin_variable,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(799), 1,
      anon_sym_RBRACK,
    ACTIONS(801), 1,
      sym_register,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(793), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(616), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(373), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10030] = 12,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(805), 1,
      anon_sym_TO,
    ACTIONS(807), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(803), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    STATE(200), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10081] = 10,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(813), 1,
      anon_sym_COMMA,
    STATE(454), 1,
      aux_sym_data_repeat1,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(811), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10128] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(817), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10170] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(819), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10212] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(821), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10254] = 12,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(805), 1,
      anon_sym_TO,
    ACTIONS(807), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(803), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(344), 4,
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
  [10304] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(823), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10346] = 11,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(827), 1,
      anon_sym_TO,
    ACTIONS(829), 1,
      anon_sym_COMMA,
    STATE(461), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(825), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10394] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(831), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10436] = 5,
    ACTIONS(833), 1,
      anon_sym_LPAREN,
    STATE(231), 1,
      sym_argument_list,
    ACTIONS(835), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(278), 16,
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
  [10471] = 8,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(434), 1,
      anon_sym_AND,
    ACTIONS(428), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(432), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(436), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(316), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(426), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10512] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(837), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10553] = 13,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    ACTIONS(839), 1,
      anon_sym_LOCAL,
    ACTIONS(841), 1,
      anon_sym_LPAREN2,
    ACTIONS(843), 1,
      sym_builtin_variable,
    STATE(103), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(845), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [10604] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(847), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10645] = 11,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(849), 1,
      anon_sym_TO,
    ACTIONS(851), 1,
      anon_sym_COMMA,
    STATE(510), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(825), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10692] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(853), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10733] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(855), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10774] = 8,
    ACTIONS(430), 1,
      anon_sym_CARET,
    ACTIONS(434), 1,
      anon_sym_AND,
    ACTIONS(428), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(432), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(436), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(438), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(308), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(426), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10815] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(857), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10855] = 12,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(859), 1,
      anon_sym_LPAREN2,
    ACTIONS(861), 1,
      sym_builtin_variable,
    STATE(64), 1,
      sym_argument_list,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(863), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(63), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10903] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10943] = 12,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    ACTIONS(841), 1,
      anon_sym_LPAREN2,
    ACTIONS(865), 1,
      sym_builtin_variable,
    STATE(125), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(867), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(124), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10991] = 9,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(761), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(767), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(769), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(316), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(759), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11033] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(871), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11073] = 8,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(458), 1,
      anon_sym_AND,
    ACTIONS(452), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(460), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11113] = 8,
    ACTIONS(454), 1,
      anon_sym_CARET,
    ACTIONS(458), 1,
      anon_sym_AND,
    ACTIONS(452), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(460), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(316), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(462), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(450), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11153] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(316), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11193] = 9,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(761), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(767), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(769), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(759), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11235] = 12,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    ACTIONS(877), 1,
      anon_sym_LPAREN2,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(881), 1,
      sym_builtin_variable,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    STATE(48), 1,
      sym_argument_list,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(885), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(45), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11283] = 5,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    STATE(147), 1,
      sym_argument_list,
    ACTIONS(889), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(278), 16,
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
  [11317] = 9,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(893), 1,
      anon_sym_STEP,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(891), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11359] = 12,
    ACTIONS(392), 1,
      anon_sym_LPAREN,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(895), 1,
      anon_sym_LPAREN2,
    ACTIONS(897), 1,
      sym_builtin_variable,
    STATE(87), 1,
      sym_argument_list,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(899), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(77), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11407] = 12,
    ACTIONS(901), 1,
      anon_sym_LPAREN,
    ACTIONS(907), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(911), 1,
      sym_builtin_variable,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    STATE(374), 1,
      sym_argument_list,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(915), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(389), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11455] = 12,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(919), 1,
      anon_sym_LPAREN2,
    ACTIONS(921), 1,
      sym_builtin_variable,
    STATE(180), 1,
      sym_argument_list,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(923), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(172), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11503] = 12,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    ACTIONS(907), 1,
      anon_sym_LPAREN2,
    ACTIONS(911), 1,
      sym_builtin_variable,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    STATE(374), 1,
      sym_argument_list,
    ACTIONS(915), 2,
      sym_number,
      sym_string,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(389), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11551] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(937), 1,
      anon_sym_RPAREN,
    STATE(556), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11594] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(941), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11633] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(943), 1,
      anon_sym_RPAREN,
    STATE(571), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11676] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(945), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11715] = 4,
    ACTIONS(901), 1,
      anon_sym_LPAREN,
    STATE(376), 1,
      sym_argument_list,
    ACTIONS(276), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 16,
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
  [11746] = 2,
    ACTIONS(290), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(288), 18,
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
  [11773] = 3,
    ACTIONS(835), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(278), 16,
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
  [11802] = 2,
    ACTIONS(294), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 18,
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
  [11829] = 2,
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
  [11856] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(947), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11895] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(949), 1,
      anon_sym_ERROR,
    ACTIONS(951), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(953), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(385), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11940] = 2,
    ACTIONS(286), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(284), 18,
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
  [11967] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(955), 1,
      anon_sym_RPAREN,
    ACTIONS(957), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(959), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(233), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12012] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(961), 1,
      anon_sym_RPAREN,
    STATE(553), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12055] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(963), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12094] = 3,
    STATE(235), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(965), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    ACTIONS(968), 16,
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
  [12123] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(970), 1,
      anon_sym_RPAREN,
    ACTIONS(972), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(974), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [12168] = 2,
    ACTIONS(322), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(320), 18,
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
  [12195] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(976), 1,
      anon_sym_RPAREN,
    ACTIONS(978), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(980), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [12240] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(982), 1,
      anon_sym_RPAREN,
    STATE(541), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12283] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(984), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12322] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(986), 1,
      anon_sym_RPAREN,
    ACTIONS(988), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(990), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [12367] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(992), 1,
      anon_sym_RPAREN,
    STATE(550), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12410] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(994), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12453] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(996), 1,
      anon_sym_RPAREN,
    ACTIONS(998), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1000), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(220), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12498] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1002), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12537] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(951), 1,
      sym_builtin_variable,
    ACTIONS(1004), 1,
      anon_sym_ERROR,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(953), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(385), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12582] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1006), 1,
      anon_sym_RPAREN,
    ACTIONS(1008), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1010), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(248), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12627] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1012), 1,
      anon_sym_RPAREN,
    STATE(561), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12670] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1014), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12709] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1016), 1,
      anon_sym_RPAREN,
    ACTIONS(1018), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1020), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(251), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12754] = 10,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1022), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12797] = 11,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1024), 1,
      anon_sym_RPAREN,
    ACTIONS(1026), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1028), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [12842] = 8,
    ACTIONS(563), 1,
      anon_sym_CARET,
    ACTIONS(575), 1,
      anon_sym_AND,
    ACTIONS(773), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(815), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1030), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(573), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(565), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12881] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1032), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1034), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(279), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12923] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1036), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1038), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [12965] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1040), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1042), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(193), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13007] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1044), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1046), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(130), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13049] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1048), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1050), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(191), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13091] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1052), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1054), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(186), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13133] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1056), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1058), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [13175] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1060), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1062), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(382), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13217] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1064), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1066), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [13259] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1070), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1072), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [13301] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1074), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1076), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [13343] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1078), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1080), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [13385] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1082), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1084), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [13427] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1086), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1088), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [13469] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1090), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1092), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [13511] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1094), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1096), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(229), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13553] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1098), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13591] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1100), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1102), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [13633] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1104), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1106), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(129), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13675] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1108), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1110), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(128), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13717] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1112), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1114), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(131), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13759] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1116), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1118), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(132), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13801] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1120), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1122), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(127), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13843] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1124), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1126), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(121), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13885] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1128), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1130), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(375), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13927] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(308), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13965] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1132), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1134), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(245), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14007] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1138), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(380), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14049] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(316), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14087] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1140), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1142), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(203), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14129] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1144), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1146), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(253), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14171] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1148), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1150), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [14213] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1152), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1154), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [14255] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1156), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1158), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [14297] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1160), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1162), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(187), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14339] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1164), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1166), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
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
  [14381] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1168), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1170), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [14423] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1172), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1174), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(234), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14465] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1176), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1178), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
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
  [14507] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1182), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(122), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14549] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1184), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1186), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [14591] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1188), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1190), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [14633] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1192), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1194), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [14675] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1196), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1198), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(388), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14717] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1200), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1202), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
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
  [14759] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1204), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1206), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(367), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14801] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1208), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1210), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [14843] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1212), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1214), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(386), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14885] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1216), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1218), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(178), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14927] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1220), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1222), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [14969] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1224), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1226), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [15011] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1228), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1230), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(159), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15053] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1232), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1234), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [15095] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1236), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1238), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(181), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15137] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1240), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1242), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
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
  [15179] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1244), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1246), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(402), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15221] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1212), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1214), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(386), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15263] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1248), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1250), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
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
  [15305] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1252), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1254), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
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
  [15347] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1256), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1258), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
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
  [15389] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1260), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1262), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(390), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15431] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1264), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1266), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(368), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15473] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1268), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1270), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(401), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15515] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1272), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1274), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
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
  [15557] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1276), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1278), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(369), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15599] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1280), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1282), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(90), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15641] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1284), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1286), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(46), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15683] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1288), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1290), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(80), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15725] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1292), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1294), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(177), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15767] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1296), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1298), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [15809] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1300), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1302), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [15851] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1304), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1306), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [15893] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1308), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1310), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [15935] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1312), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1314), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(71), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15977] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1316), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1318), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(72), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16019] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1320), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1322), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
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
  [16061] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1324), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1326), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(383), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16103] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1328), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1330), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(83), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16145] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1332), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1334), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(78), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16187] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1336), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1338), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [16229] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1340), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1342), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(162), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16271] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1344), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1346), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(199), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16313] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1348), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1350), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(372), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16355] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1352), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1354), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(99), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16397] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1324), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1326), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(383), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16439] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1356), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1358), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
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
  [16481] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1360), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1362), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [16523] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(909), 1,
      sym_builtin_function,
    ACTIONS(913), 1,
      sym_fn_name,
    ACTIONS(917), 1,
      sym_identifier,
    ACTIONS(1364), 1,
      sym_builtin_variable,
    ACTIONS(905), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1366), 2,
      sym_number,
      sym_string,
    STATE(226), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(903), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(379), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16565] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1368), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1370), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [16607] = 3,
    ACTIONS(1374), 1,
      anon_sym_LPAREN,
    STATE(399), 1,
      sym_argument_list,
    ACTIONS(1372), 19,
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
  [16635] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1348), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1350), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(372), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16677] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1376), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1378), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
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
  [16719] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1380), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1382), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(282), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16761] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_function,
    ACTIONS(931), 1,
      sym_fn_name,
    ACTIONS(933), 1,
      sym_identifier,
    ACTIONS(1364), 1,
      sym_builtin_variable,
    ACTIONS(927), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1366), 2,
      sym_number,
      sym_string,
    STATE(360), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(925), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(379), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16803] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1384), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1386), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [16845] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1388), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1390), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(123), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16887] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1392), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1394), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(210), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16929] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1396), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1398), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [16971] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1400), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1402), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
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
  [17013] = 10,
    ACTIONS(718), 1,
      anon_sym_LPAREN2,
    ACTIONS(720), 1,
      sym_builtin_function,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(728), 1,
      sym_identifier,
    ACTIONS(1404), 1,
      sym_builtin_variable,
    ACTIONS(716), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1406), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(714), 4,
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
  [17055] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1408), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1410), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(176), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17097] = 10,
    ACTIONS(640), 1,
      anon_sym_LPAREN2,
    ACTIONS(642), 1,
      sym_builtin_function,
    ACTIONS(646), 1,
      sym_fn_name,
    ACTIONS(650), 1,
      sym_identifier,
    ACTIONS(1412), 1,
      sym_builtin_variable,
    ACTIONS(638), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1414), 2,
      sym_number,
      sym_string,
    STATE(61), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(636), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(202), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17139] = 10,
    ACTIONS(879), 1,
      sym_builtin_function,
    ACTIONS(883), 1,
      sym_fn_name,
    ACTIONS(887), 1,
      sym_identifier,
    ACTIONS(1068), 1,
      anon_sym_LPAREN2,
    ACTIONS(1416), 1,
      sym_builtin_variable,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1418), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(873), 4,
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
  [17181] = 10,
    ACTIONS(352), 1,
      anon_sym_LPAREN2,
    ACTIONS(354), 1,
      sym_builtin_function,
    ACTIONS(358), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_identifier,
    ACTIONS(1420), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1422), 2,
      sym_number,
      sym_string,
    STATE(109), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(344), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(192), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17223] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1424), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1426), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(371), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17265] = 4,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    STATE(376), 1,
      sym_argument_list,
    ACTIONS(276), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 16,
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
  [17295] = 3,
    ACTIONS(889), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(280), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(278), 16,
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
  [17323] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1428), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1430), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(377), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17365] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1432), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1434), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(387), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17407] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1436), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1438), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(366), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17449] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1440), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1442), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(370), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17491] = 10,
    ACTIONS(785), 1,
      anon_sym_LPAREN2,
    ACTIONS(787), 1,
      sym_builtin_function,
    ACTIONS(791), 1,
      sym_fn_name,
    ACTIONS(795), 1,
      sym_identifier,
    ACTIONS(1444), 1,
      sym_builtin_variable,
    ACTIONS(783), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1446), 2,
      sym_number,
      sym_string,
    STATE(143), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(779), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(158), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17533] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1448), 1,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17570] = 4,
    ACTIONS(1450), 1,
      anon_sym_CARET,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1452), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(300), 11,
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
  [17599] = 7,
    ACTIONS(302), 1,
      sym_rest_of_statement,
    ACTIONS(1450), 1,
      anon_sym_CARET,
    ACTIONS(1456), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(300), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1458), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1452), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1454), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17634] = 3,
    ACTIONS(1450), 1,
      anon_sym_CARET,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 15,
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
  [17661] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1460), 1,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17698] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1462), 1,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17735] = 2,
    ACTIONS(318), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(316), 16,
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
  [17760] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(821), 1,
      anon_sym_RBRACK,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17797] = 2,
    ACTIONS(326), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(324), 16,
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
  [17822] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(823), 1,
      anon_sym_RBRACK,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17859] = 2,
    ACTIONS(330), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(328), 16,
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
  [17884] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1464), 1,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17921] = 2,
    ACTIONS(290), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(288), 16,
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
  [17946] = 2,
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
  [17971] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1466), 1,
      anon_sym_TO,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18008] = 2,
    ACTIONS(298), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(296), 16,
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
  [18033] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1468), 1,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18070] = 2,
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
  [18095] = 2,
    ACTIONS(294), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 16,
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
  [18120] = 8,
    ACTIONS(1450), 1,
      anon_sym_CARET,
    ACTIONS(1470), 1,
      sym_rest_of_statement,
    ACTIONS(1474), 1,
      anon_sym_AND,
    ACTIONS(1456), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1472), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1458), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1452), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1454), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18157] = 2,
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
  [18182] = 8,
    ACTIONS(763), 1,
      anon_sym_CARET,
    ACTIONS(771), 1,
      anon_sym_AND,
    ACTIONS(1476), 1,
      anon_sym_RPAREN,
    ACTIONS(869), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(939), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(765), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(769), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(759), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18219] = 5,
    ACTIONS(1450), 1,
      anon_sym_CARET,
    ACTIONS(1456), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1452), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(300), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18250] = 2,
    ACTIONS(314), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(312), 16,
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
  [18275] = 8,
    ACTIONS(302), 1,
      sym_rest_of_statement,
    ACTIONS(1450), 1,
      anon_sym_CARET,
    ACTIONS(1474), 1,
      anon_sym_AND,
    ACTIONS(300), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1456), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1458), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1452), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1454), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18312] = 7,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(1484), 1,
      anon_sym_AND,
    ACTIONS(300), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1480), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1486), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1488), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1478), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18346] = 1,
    ACTIONS(292), 19,
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
  [18368] = 1,
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
  [18390] = 8,
    ACTIONS(316), 1,
      anon_sym_EQ,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(1484), 1,
      anon_sym_AND,
    ACTIONS(1480), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1490), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1486), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1488), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1478), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18426] = 3,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 15,
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
  [18452] = 1,
    ACTIONS(288), 19,
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
  [18474] = 1,
    ACTIONS(1372), 19,
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
  [18496] = 6,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(1480), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(300), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1486), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1488), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1478), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18528] = 1,
    ACTIONS(284), 19,
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
  [18550] = 5,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(1480), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1488), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(300), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18580] = 8,
    ACTIONS(308), 1,
      anon_sym_EQ,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(1484), 1,
      anon_sym_AND,
    ACTIONS(1480), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1490), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1486), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1488), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1478), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18616] = 4,
    ACTIONS(1482), 1,
      anon_sym_CARET,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1488), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(300), 11,
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
  [18644] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1496), 1,
      anon_sym_SEMI,
    ACTIONS(1500), 1,
      sym_builtin_variable,
    ACTIONS(1502), 1,
      sym_identifier,
    STATE(456), 1,
      sym_array_element,
    STATE(470), 1,
      aux_sym_sys_call_repeat2,
    STATE(610), 1,
      sym_parenthesized_expression,
    STATE(469), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1492), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1498), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18684] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1502), 1,
      sym_identifier,
    ACTIONS(1506), 1,
      anon_sym_SEMI,
    ACTIONS(1508), 1,
      sym_builtin_variable,
    STATE(456), 1,
      sym_array_element,
    STATE(476), 1,
      aux_sym_sys_call_repeat2,
    STATE(610), 1,
      sym_parenthesized_expression,
    STATE(475), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1504), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1498), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18724] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1502), 1,
      sym_identifier,
    ACTIONS(1512), 1,
      sym_builtin_variable,
    STATE(456), 1,
      sym_array_element,
    STATE(610), 1,
      sym_parenthesized_expression,
    STATE(494), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1498), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1510), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [18757] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1496), 1,
      anon_sym_SEMI,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1518), 1,
      sym_builtin_variable,
    ACTIONS(1520), 1,
      sym_identifier,
    STATE(479), 1,
      sym_array_element,
    STATE(507), 1,
      aux_sym_sys_call_repeat2,
    STATE(609), 1,
      sym_parenthesized_expression,
    ACTIONS(1492), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(506), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1516), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18796] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1506), 1,
      anon_sym_SEMI,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1520), 1,
      sym_identifier,
    ACTIONS(1522), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(509), 1,
      aux_sym_sys_call_repeat2,
    STATE(609), 1,
      sym_parenthesized_expression,
    ACTIONS(1504), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1516), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18835] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1512), 1,
      sym_builtin_variable,
    ACTIONS(1520), 1,
      sym_identifier,
    STATE(479), 1,
      sym_array_element,
    STATE(609), 1,
      sym_parenthesized_expression,
    STATE(494), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1510), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(1516), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18867] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1528), 1,
      sym_builtin_variable,
    ACTIONS(1530), 1,
      sym_identifier,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(492), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1524), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18898] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1528), 1,
      sym_builtin_variable,
    ACTIONS(1530), 1,
      sym_identifier,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    ACTIONS(1524), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(492), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18928] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1532), 1,
      anon_sym_RETURN,
    ACTIONS(1536), 1,
      sym_builtin_variable,
    ACTIONS(1538), 1,
      sym_identifier,
    STATE(518), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parameter,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(608), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1534), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [18960] = 4,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    STATE(103), 1,
      sym_argument_list,
    ACTIONS(1542), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [18982] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1532), 1,
      anon_sym_RETURN,
    ACTIONS(1536), 1,
      sym_builtin_variable,
    ACTIONS(1538), 1,
      sym_identifier,
    STATE(518), 1,
      sym_array_element,
    STATE(546), 1,
      sym_parameter,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(608), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1534), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19014] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(208), 1,
      anon_sym_ERROR,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1544), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(516), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19043] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1546), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(543), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19069] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1548), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(564), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19095] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1550), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(532), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19121] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1552), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(574), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19147] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1554), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(572), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19173] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1556), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(577), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19199] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1558), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(589), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19225] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1560), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(521), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19251] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1530), 1,
      sym_identifier,
    ACTIONS(1562), 1,
      sym_builtin_variable,
    STATE(467), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(554), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1526), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19277] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1538), 1,
      sym_identifier,
    ACTIONS(1564), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(602), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1534), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19303] = 2,
    ACTIONS(1542), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19319] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1566), 1,
      sym_builtin_variable,
    STATE(446), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(511), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19345] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1570), 1,
      sym_builtin_variable,
    ACTIONS(1572), 1,
      sym_identifier,
    STATE(581), 1,
      sym_array_element,
    STATE(601), 1,
      sym_parenthesized_expression,
    STATE(620), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1568), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19371] = 4,
    ACTIONS(1578), 1,
      anon_sym_COMMA,
    STATE(502), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1574), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1576), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19390] = 4,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    STATE(147), 1,
      sym_argument_list,
    ACTIONS(1580), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19408] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(1582), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19426] = 4,
    ACTIONS(609), 1,
      anon_sym_RBRACK,
    STATE(433), 1,
      aux_sym_assembler_block_repeat2,
    STATE(134), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1584), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [19443] = 4,
    ACTIONS(1589), 1,
      anon_sym_RBRACK,
    STATE(432), 1,
      aux_sym_assembler_block_repeat2,
    STATE(142), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1586), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [19460] = 4,
    ACTIONS(591), 1,
      anon_sym_RBRACK,
    STATE(432), 1,
      aux_sym_assembler_block_repeat2,
    STATE(137), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1591), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [19477] = 4,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    STATE(103), 1,
      sym_argument_list,
    ACTIONS(1593), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19494] = 4,
    ACTIONS(591), 1,
      anon_sym_RBRACK,
    STATE(437), 1,
      aux_sym_assembler_block_repeat2,
    STATE(137), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1591), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [19511] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(1595), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19528] = 4,
    ACTIONS(611), 1,
      anon_sym_RBRACK,
    STATE(432), 1,
      aux_sym_assembler_block_repeat2,
    STATE(138), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1597), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [19545] = 3,
    ACTIONS(1601), 1,
      anon_sym_COMMA,
    STATE(438), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1599), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19559] = 2,
    ACTIONS(1606), 1,
      anon_sym_BANG,
    ACTIONS(1604), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19571] = 2,
    ACTIONS(1610), 1,
      anon_sym_BANG,
    ACTIONS(1608), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19583] = 2,
    ACTIONS(1614), 1,
      anon_sym_BANG,
    ACTIONS(1612), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19595] = 2,
    ACTIONS(1618), 1,
      anon_sym_BANG,
    ACTIONS(1616), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19607] = 3,
    ACTIONS(1620), 1,
      anon_sym_COMMA,
    ACTIONS(1623), 1,
      anon_sym_BANG,
    ACTIONS(819), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19621] = 3,
    ACTIONS(1627), 1,
      anon_sym_COMMA,
    STATE(459), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1625), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19635] = 2,
    ACTIONS(1631), 1,
      anon_sym_BANG,
    ACTIONS(1629), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19647] = 2,
    ACTIONS(1580), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19659] = 2,
    ACTIONS(1635), 1,
      anon_sym_BANG,
    ACTIONS(1633), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19671] = 3,
    ACTIONS(1627), 1,
      anon_sym_COMMA,
    STATE(438), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1637), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19685] = 3,
    ACTIONS(1627), 1,
      anon_sym_COMMA,
    STATE(448), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1639), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19699] = 3,
    ACTIONS(1643), 1,
      anon_sym_COMMA,
    STATE(450), 1,
      aux_sym_data_repeat1,
    ACTIONS(1641), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19713] = 5,
    ACTIONS(781), 1,
      anon_sym_POUND,
    STATE(593), 1,
      sym__base_register,
    STATE(611), 1,
      sym_immediate,
    ACTIONS(1646), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1648), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [19731] = 3,
    ACTIONS(1652), 1,
      anon_sym_COMMA,
    ACTIONS(1654), 1,
      anon_sym_BANG,
    ACTIONS(1650), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19745] = 5,
    ACTIONS(346), 1,
      anon_sym_POUND,
    STATE(481), 1,
      sym__base_register,
    STATE(484), 1,
      sym_immediate,
    ACTIONS(1656), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1658), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [19763] = 3,
    ACTIONS(813), 1,
      anon_sym_COMMA,
    STATE(450), 1,
      aux_sym_data_repeat1,
    ACTIONS(1660), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19777] = 2,
    ACTIONS(1664), 1,
      anon_sym_CARET,
    ACTIONS(1662), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19789] = 2,
    ACTIONS(1582), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19801] = 2,
    ACTIONS(1668), 1,
      anon_sym_CARET,
    ACTIONS(1666), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19813] = 2,
    ACTIONS(1672), 1,
      anon_sym_CARET,
    ACTIONS(1670), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19825] = 3,
    ACTIONS(1627), 1,
      anon_sym_COMMA,
    STATE(438), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1674), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19839] = 1,
    ACTIONS(1676), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19848] = 4,
    ACTIONS(829), 1,
      anon_sym_COMMA,
    ACTIONS(1680), 1,
      anon_sym_TO,
    STATE(471), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1678), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [19863] = 1,
    ACTIONS(1682), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19872] = 1,
    ACTIONS(1684), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19881] = 1,
    ACTIONS(1686), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19890] = 1,
    ACTIONS(1688), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19899] = 1,
    ACTIONS(1690), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19908] = 2,
    ACTIONS(1593), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19919] = 1,
    ACTIONS(1692), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19928] = 4,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1696), 1,
      anon_sym_SEMI,
    STATE(473), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1694), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [19943] = 4,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1700), 1,
      anon_sym_SEMI,
    STATE(474), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1698), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [19958] = 3,
    ACTIONS(1704), 1,
      anon_sym_COMMA,
    STATE(471), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1702), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [19971] = 4,
    ACTIONS(1709), 1,
      anon_sym_EQ,
    ACTIONS(1711), 1,
      anon_sym_LPAREN,
    STATE(523), 1,
      sym_parameter_list,
    ACTIONS(1707), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [19986] = 4,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1715), 1,
      anon_sym_SEMI,
    STATE(474), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1713), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20001] = 3,
    ACTIONS(1719), 1,
      anon_sym_COMMA,
    STATE(474), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1717), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20014] = 4,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1724), 1,
      anon_sym_SEMI,
    STATE(477), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1722), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20029] = 4,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1728), 1,
      anon_sym_SEMI,
    STATE(474), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1726), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20044] = 4,
    ACTIONS(1494), 1,
      anon_sym_COMMA,
    ACTIONS(1732), 1,
      anon_sym_SEMI,
    STATE(474), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1730), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20059] = 1,
    ACTIONS(1734), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20068] = 2,
    ACTIONS(1595), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1540), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20079] = 2,
    ACTIONS(1738), 1,
      anon_sym_COMMA,
    ACTIONS(1736), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20090] = 2,
    ACTIONS(1742), 1,
      anon_sym_COMMA,
    ACTIONS(1740), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20101] = 1,
    ACTIONS(1744), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20110] = 1,
    ACTIONS(1746), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20119] = 1,
    ACTIONS(1740), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20128] = 1,
    ACTIONS(1748), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20137] = 1,
    ACTIONS(1750), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20146] = 4,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    STATE(147), 1,
      sym_argument_list,
    ACTIONS(1540), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1752), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20161] = 1,
    ACTIONS(1754), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20170] = 1,
    ACTIONS(1756), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20179] = 1,
    ACTIONS(1758), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20188] = 3,
    ACTIONS(1760), 1,
      anon_sym_COMMA,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1717), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [20200] = 3,
    ACTIONS(1578), 1,
      anon_sym_COMMA,
    STATE(500), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1763), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20212] = 3,
    ACTIONS(476), 1,
      anon_sym_LPAREN,
    STATE(565), 1,
      sym_argument_list,
    ACTIONS(1765), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20224] = 1,
    ACTIONS(1767), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20232] = 3,
    ACTIONS(1771), 1,
      anon_sym_COMMA,
    STATE(501), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1769), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20244] = 1,
    ACTIONS(1773), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20252] = 1,
    ACTIONS(1576), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20260] = 4,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1715), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1713), 2,
      sym__newline,
      anon_sym_COLON,
  [20274] = 4,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1732), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1730), 2,
      sym__newline,
      anon_sym_COLON,
  [20288] = 3,
    ACTIONS(1578), 1,
      anon_sym_COMMA,
    STATE(503), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1775), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20300] = 3,
    ACTIONS(1771), 1,
      anon_sym_COMMA,
    STATE(504), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1777), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20312] = 3,
    ACTIONS(1578), 1,
      anon_sym_COMMA,
    STATE(503), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1779), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20324] = 3,
    ACTIONS(1783), 1,
      anon_sym_COMMA,
    STATE(503), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1781), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20336] = 3,
    ACTIONS(1788), 1,
      anon_sym_COMMA,
    STATE(504), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1786), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20348] = 4,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1724), 1,
      anon_sym_SEMI,
    STATE(499), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1722), 2,
      sym__newline,
      anon_sym_COLON,
  [20362] = 4,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1696), 1,
      anon_sym_SEMI,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1694), 2,
      sym__newline,
      anon_sym_COLON,
  [20376] = 4,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1700), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1698), 2,
      sym__newline,
      anon_sym_COLON,
  [20390] = 3,
    ACTIONS(1791), 1,
      anon_sym_COMMA,
    STATE(508), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1702), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [20402] = 4,
    ACTIONS(1514), 1,
      anon_sym_COMMA,
    ACTIONS(1728), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1726), 2,
      sym__newline,
      anon_sym_COLON,
  [20416] = 4,
    ACTIONS(851), 1,
      anon_sym_COMMA,
    ACTIONS(1794), 1,
      anon_sym_TO,
    STATE(508), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1678), 2,
      sym__newline,
      anon_sym_COLON,
  [20430] = 1,
    ACTIONS(1796), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20438] = 1,
    ACTIONS(1798), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20446] = 1,
    ACTIONS(1589), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20454] = 4,
    ACTIONS(625), 1,
      anon_sym_LPAREN,
    ACTIONS(1540), 1,
      anon_sym_EQ,
    STATE(147), 1,
      sym_argument_list,
    ACTIONS(1800), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20468] = 3,
    ACTIONS(1711), 1,
      anon_sym_LPAREN,
    STATE(540), 1,
      sym_parameter_list,
    ACTIONS(1802), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20480] = 3,
    ACTIONS(1578), 1,
      anon_sym_COMMA,
    STATE(502), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1574), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20492] = 4,
    ACTIONS(1804), 1,
      anon_sym_COMMA,
    ACTIONS(1806), 1,
      anon_sym_DASH,
    ACTIONS(1808), 1,
      anon_sym_RBRACE,
    STATE(531), 1,
      aux_sym_register_list_repeat1,
  [20505] = 2,
    ACTIONS(1540), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1752), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20514] = 2,
    ACTIONS(1812), 1,
      sym_rest_of_statement,
    ACTIONS(1810), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20523] = 3,
    ACTIONS(1816), 1,
      anon_sym_RBRACE,
    STATE(587), 1,
      sym_register_range,
    ACTIONS(1814), 2,
      sym_register,
      sym_identifier,
  [20534] = 1,
    ACTIONS(1818), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20541] = 3,
    ACTIONS(1820), 1,
      anon_sym_COLON,
    STATE(522), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1823), 2,
      sym__newline,
      anon_sym_ELSE,
  [20552] = 2,
    ACTIONS(1827), 1,
      anon_sym_EQ,
    ACTIONS(1825), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20561] = 1,
    ACTIONS(1786), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20568] = 3,
    ACTIONS(1829), 1,
      anon_sym_COLON,
    STATE(526), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1831), 2,
      sym__newline,
      anon_sym_ELSE,
  [20579] = 3,
    ACTIONS(1829), 1,
      anon_sym_COLON,
    STATE(522), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1833), 2,
      sym__newline,
      anon_sym_ELSE,
  [20590] = 1,
    ACTIONS(1835), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [20597] = 1,
    ACTIONS(1837), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20604] = 1,
    ACTIONS(1839), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [20611] = 3,
    ACTIONS(1841), 1,
      anon_sym_COLON,
    ACTIONS(1844), 1,
      sym__newline,
    STATE(530), 1,
      aux_sym__statements_repeat1,
  [20621] = 3,
    ACTIONS(1804), 1,
      anon_sym_COMMA,
    ACTIONS(1846), 1,
      anon_sym_RBRACE,
    STATE(568), 1,
      aux_sym_register_list_repeat1,
  [20631] = 1,
    ACTIONS(1848), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20637] = 1,
    ACTIONS(1850), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20643] = 1,
    ACTIONS(1852), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20649] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1854), 1,
      sym__newline,
    STATE(530), 1,
      aux_sym__statements_repeat1,
  [20659] = 1,
    ACTIONS(1856), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20665] = 3,
    ACTIONS(1858), 1,
      sym_identifier,
    STATE(524), 1,
      sym_dim_item,
    STATE(528), 1,
      sym_array_element,
  [20675] = 1,
    ACTIONS(1823), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20681] = 2,
    STATE(596), 1,
      sym__base_register,
    ACTIONS(1860), 2,
      sym_register,
      sym_identifier,
  [20689] = 1,
    ACTIONS(1862), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20695] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1864), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20705] = 1,
    ACTIONS(1866), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20711] = 1,
    ACTIONS(1868), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20717] = 2,
    STATE(598), 1,
      sym__base_register,
    ACTIONS(1870), 2,
      sym_register,
      sym_identifier,
  [20725] = 3,
    ACTIONS(1858), 1,
      sym_identifier,
    STATE(495), 1,
      sym_dim_item,
    STATE(528), 1,
      sym_array_element,
  [20735] = 3,
    ACTIONS(1872), 1,
      anon_sym_COMMA,
    ACTIONS(1874), 1,
      anon_sym_RPAREN,
    STATE(576), 1,
      aux_sym_parameter_list_repeat1,
  [20745] = 2,
    ACTIONS(1878), 1,
      anon_sym_ELSE,
    ACTIONS(1876), 2,
      sym__newline,
      anon_sym_COLON,
  [20753] = 1,
    ACTIONS(1880), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20759] = 2,
    ACTIONS(1884), 1,
      anon_sym_ELSE,
    ACTIONS(1882), 2,
      sym__newline,
      anon_sym_COLON,
  [20767] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1886), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20777] = 1,
    ACTIONS(1888), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20783] = 2,
    ACTIONS(1890), 1,
      sym_rest_of_statement,
    ACTIONS(1810), 2,
      sym__newline,
      anon_sym_COLON,
  [20791] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1892), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20801] = 1,
    ACTIONS(1894), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20807] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1896), 1,
      sym__newline,
    STATE(530), 1,
      aux_sym__statements_repeat1,
  [20817] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1898), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20827] = 2,
    STATE(595), 1,
      sym_register_range,
    ACTIONS(1900), 2,
      sym_register,
      sym_identifier,
  [20835] = 2,
    ACTIONS(1902), 1,
      anon_sym_ELSE,
    ACTIONS(1882), 2,
      sym__newline,
      anon_sym_COLON,
  [20843] = 3,
    ACTIONS(1833), 1,
      sym__newline,
    ACTIONS(1904), 1,
      anon_sym_COLON,
    STATE(567), 1,
      aux_sym__inline_statements_repeat1,
  [20853] = 2,
    ACTIONS(1806), 1,
      anon_sym_DASH,
    ACTIONS(1906), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [20861] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1908), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20871] = 1,
    ACTIONS(1910), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20877] = 3,
    ACTIONS(1912), 1,
      anon_sym_COMMA,
    ACTIONS(1915), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20887] = 1,
    ACTIONS(1917), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20893] = 1,
    ACTIONS(1919), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20899] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1921), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20909] = 3,
    ACTIONS(1823), 1,
      sym__newline,
    ACTIONS(1923), 1,
      anon_sym_COLON,
    STATE(567), 1,
      aux_sym__inline_statements_repeat1,
  [20919] = 3,
    ACTIONS(1906), 1,
      anon_sym_RBRACE,
    ACTIONS(1926), 1,
      anon_sym_COMMA,
    STATE(568), 1,
      aux_sym_register_list_repeat1,
  [20929] = 1,
    ACTIONS(1929), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20935] = 1,
    ACTIONS(1931), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20941] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1933), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [20951] = 1,
    ACTIONS(1935), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20957] = 1,
    ACTIONS(1937), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20963] = 1,
    ACTIONS(1939), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20969] = 2,
    ACTIONS(1941), 1,
      anon_sym_ELSE,
    ACTIONS(1876), 2,
      sym__newline,
      anon_sym_COLON,
  [20977] = 3,
    ACTIONS(1872), 1,
      anon_sym_COMMA,
    ACTIONS(1943), 1,
      anon_sym_RPAREN,
    STATE(580), 1,
      aux_sym_parameter_list_repeat1,
  [20987] = 1,
    ACTIONS(1945), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20993] = 1,
    ACTIONS(1947), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20999] = 1,
    ACTIONS(1949), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21005] = 3,
    ACTIONS(1951), 1,
      anon_sym_COMMA,
    ACTIONS(1954), 1,
      anon_sym_RPAREN,
    STATE(580), 1,
      aux_sym_parameter_list_repeat1,
  [21015] = 2,
    ACTIONS(1540), 1,
      anon_sym_EQ,
    ACTIONS(1800), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21023] = 1,
    ACTIONS(1956), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21029] = 2,
    STATE(480), 1,
      sym__base_register,
    ACTIONS(1958), 2,
      sym_register,
      sym_identifier,
  [21037] = 3,
    ACTIONS(935), 1,
      anon_sym_COMMA,
    ACTIONS(1960), 1,
      anon_sym_RPAREN,
    STATE(563), 1,
      aux_sym_argument_list_repeat1,
  [21047] = 3,
    ACTIONS(1831), 1,
      sym__newline,
    ACTIONS(1904), 1,
      anon_sym_COLON,
    STATE(559), 1,
      aux_sym__inline_statements_repeat1,
  [21057] = 1,
    ACTIONS(1962), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21063] = 3,
    ACTIONS(1804), 1,
      anon_sym_COMMA,
    ACTIONS(1808), 1,
      anon_sym_RBRACE,
    STATE(531), 1,
      aux_sym_register_list_repeat1,
  [21073] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1854), 1,
      sym__newline,
    STATE(555), 1,
      aux_sym__statements_repeat1,
  [21083] = 1,
    ACTIONS(1964), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21089] = 1,
    ACTIONS(1966), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21095] = 2,
    ACTIONS(1968), 1,
      sym_proc_name,
    ACTIONS(1970), 1,
      sym_fn_name,
  [21102] = 2,
    ACTIONS(1972), 1,
      sym_identifier,
    STATE(397), 1,
      sym_array_element,
  [21109] = 2,
    ACTIONS(1974), 1,
      anon_sym_COMMA,
    ACTIONS(1976), 1,
      anon_sym_RBRACK,
  [21116] = 1,
    ACTIONS(1844), 2,
      sym__newline,
      anon_sym_COLON,
  [21121] = 1,
    ACTIONS(1906), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21126] = 2,
    ACTIONS(1978), 1,
      anon_sym_COMMA,
    ACTIONS(1980), 1,
      anon_sym_RBRACK,
  [21133] = 1,
    ACTIONS(1982), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21138] = 2,
    ACTIONS(1984), 1,
      anon_sym_COMMA,
    ACTIONS(1986), 1,
      anon_sym_RBRACK,
  [21145] = 1,
    ACTIONS(1580), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21150] = 1,
    ACTIONS(1988), 2,
      sym__newline,
      anon_sym_COLON,
  [21155] = 1,
    ACTIONS(1800), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21160] = 1,
    ACTIONS(1990), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21165] = 1,
    ACTIONS(1992), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21170] = 1,
    ACTIONS(1593), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21175] = 1,
    ACTIONS(1542), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21180] = 1,
    ACTIONS(1994), 2,
      sym_register,
      sym_identifier,
  [21185] = 1,
    ACTIONS(1752), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21190] = 1,
    ACTIONS(1996), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21195] = 1,
    ACTIONS(1595), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21200] = 1,
    ACTIONS(1582), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21205] = 1,
    ACTIONS(1976), 1,
      anon_sym_RBRACK,
  [21209] = 1,
    ACTIONS(1998), 1,
      anon_sym_RBRACK,
  [21213] = 1,
    ACTIONS(2000), 1,
      sym__newline,
  [21217] = 1,
    ACTIONS(2002), 1,
      sym_shift_type,
  [21221] = 1,
    ACTIONS(2004), 1,
      sym__newline,
  [21225] = 1,
    ACTIONS(2006), 1,
      anon_sym_RBRACK,
  [21229] = 1,
    ACTIONS(2008), 1,
      sym_shift_type,
  [21233] = 1,
    ACTIONS(2010), 1,
      sym_shift_type,
  [21237] = 1,
    ACTIONS(2012), 1,
      sym_shift_type,
  [21241] = 1,
    ACTIONS(2014), 1,
      anon_sym_EQ,
  [21245] = 1,
    ACTIONS(2016), 1,
      sym_shift_type,
  [21249] = 1,
    ACTIONS(2018), 1,
      anon_sym_BANG,
  [21253] = 1,
    ACTIONS(2020), 1,
      ts_builtin_sym_end,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 127,
  [SMALL_STATE(8)] = 246,
  [SMALL_STATE(9)] = 366,
  [SMALL_STATE(10)] = 486,
  [SMALL_STATE(11)] = 606,
  [SMALL_STATE(12)] = 726,
  [SMALL_STATE(13)] = 846,
  [SMALL_STATE(14)] = 966,
  [SMALL_STATE(15)] = 1088,
  [SMALL_STATE(16)] = 1210,
  [SMALL_STATE(17)] = 1329,
  [SMALL_STATE(18)] = 1448,
  [SMALL_STATE(19)] = 1565,
  [SMALL_STATE(20)] = 1684,
  [SMALL_STATE(21)] = 1803,
  [SMALL_STATE(22)] = 1922,
  [SMALL_STATE(23)] = 2041,
  [SMALL_STATE(24)] = 2157,
  [SMALL_STATE(25)] = 2271,
  [SMALL_STATE(26)] = 2385,
  [SMALL_STATE(27)] = 2498,
  [SMALL_STATE(28)] = 2611,
  [SMALL_STATE(29)] = 2724,
  [SMALL_STATE(30)] = 2788,
  [SMALL_STATE(31)] = 2854,
  [SMALL_STATE(32)] = 2914,
  [SMALL_STATE(33)] = 2974,
  [SMALL_STATE(34)] = 3034,
  [SMALL_STATE(35)] = 3094,
  [SMALL_STATE(36)] = 3160,
  [SMALL_STATE(37)] = 3224,
  [SMALL_STATE(38)] = 3290,
  [SMALL_STATE(39)] = 3362,
  [SMALL_STATE(40)] = 3432,
  [SMALL_STATE(41)] = 3492,
  [SMALL_STATE(42)] = 3552,
  [SMALL_STATE(43)] = 3610,
  [SMALL_STATE(44)] = 3668,
  [SMALL_STATE(45)] = 3726,
  [SMALL_STATE(46)] = 3784,
  [SMALL_STATE(47)] = 3842,
  [SMALL_STATE(48)] = 3900,
  [SMALL_STATE(49)] = 3958,
  [SMALL_STATE(50)] = 4016,
  [SMALL_STATE(51)] = 4130,
  [SMALL_STATE(52)] = 4244,
  [SMALL_STATE(53)] = 4292,
  [SMALL_STATE(54)] = 4342,
  [SMALL_STATE(55)] = 4391,
  [SMALL_STATE(56)] = 4438,
  [SMALL_STATE(57)] = 4480,
  [SMALL_STATE(58)] = 4522,
  [SMALL_STATE(59)] = 4606,
  [SMALL_STATE(60)] = 4662,
  [SMALL_STATE(61)] = 4746,
  [SMALL_STATE(62)] = 4790,
  [SMALL_STATE(63)] = 4832,
  [SMALL_STATE(64)] = 4874,
  [SMALL_STATE(65)] = 4916,
  [SMALL_STATE(66)] = 4958,
  [SMALL_STATE(67)] = 5000,
  [SMALL_STATE(68)] = 5048,
  [SMALL_STATE(69)] = 5094,
  [SMALL_STATE(70)] = 5136,
  [SMALL_STATE(71)] = 5190,
  [SMALL_STATE(72)] = 5242,
  [SMALL_STATE(73)] = 5286,
  [SMALL_STATE(74)] = 5328,
  [SMALL_STATE(75)] = 5370,
  [SMALL_STATE(76)] = 5412,
  [SMALL_STATE(77)] = 5454,
  [SMALL_STATE(78)] = 5495,
  [SMALL_STATE(79)] = 5536,
  [SMALL_STATE(80)] = 5591,
  [SMALL_STATE(81)] = 5644,
  [SMALL_STATE(82)] = 5691,
  [SMALL_STATE(83)] = 5736,
  [SMALL_STATE(84)] = 5787,
  [SMALL_STATE(85)] = 5830,
  [SMALL_STATE(86)] = 5873,
  [SMALL_STATE(87)] = 5914,
  [SMALL_STATE(88)] = 5955,
  [SMALL_STATE(89)] = 5996,
  [SMALL_STATE(90)] = 6037,
  [SMALL_STATE(91)] = 6078,
  [SMALL_STATE(92)] = 6119,
  [SMALL_STATE(93)] = 6160,
  [SMALL_STATE(94)] = 6201,
  [SMALL_STATE(95)] = 6242,
  [SMALL_STATE(96)] = 6283,
  [SMALL_STATE(97)] = 6324,
  [SMALL_STATE(98)] = 6365,
  [SMALL_STATE(99)] = 6412,
  [SMALL_STATE(100)] = 6453,
  [SMALL_STATE(101)] = 6515,
  [SMALL_STATE(102)] = 6587,
  [SMALL_STATE(103)] = 6628,
  [SMALL_STATE(104)] = 6667,
  [SMALL_STATE(105)] = 6706,
  [SMALL_STATE(106)] = 6745,
  [SMALL_STATE(107)] = 6788,
  [SMALL_STATE(108)] = 6827,
  [SMALL_STATE(109)] = 6866,
  [SMALL_STATE(110)] = 6907,
  [SMALL_STATE(111)] = 6945,
  [SMALL_STATE(112)] = 6983,
  [SMALL_STATE(113)] = 7021,
  [SMALL_STATE(114)] = 7059,
  [SMALL_STATE(115)] = 7097,
  [SMALL_STATE(116)] = 7135,
  [SMALL_STATE(117)] = 7173,
  [SMALL_STATE(118)] = 7211,
  [SMALL_STATE(119)] = 7249,
  [SMALL_STATE(120)] = 7287,
  [SMALL_STATE(121)] = 7325,
  [SMALL_STATE(122)] = 7364,
  [SMALL_STATE(123)] = 7401,
  [SMALL_STATE(124)] = 7438,
  [SMALL_STATE(125)] = 7475,
  [SMALL_STATE(126)] = 7512,
  [SMALL_STATE(127)] = 7549,
  [SMALL_STATE(128)] = 7596,
  [SMALL_STATE(129)] = 7639,
  [SMALL_STATE(130)] = 7684,
  [SMALL_STATE(131)] = 7721,
  [SMALL_STATE(132)] = 7758,
  [SMALL_STATE(133)] = 7807,
  [SMALL_STATE(134)] = 7869,
  [SMALL_STATE(135)] = 7925,
  [SMALL_STATE(136)] = 7987,
  [SMALL_STATE(137)] = 8043,
  [SMALL_STATE(138)] = 8099,
  [SMALL_STATE(139)] = 8155,
  [SMALL_STATE(140)] = 8217,
  [SMALL_STATE(141)] = 8273,
  [SMALL_STATE(142)] = 8315,
  [SMALL_STATE(143)] = 8368,
  [SMALL_STATE(144)] = 8404,
  [SMALL_STATE(145)] = 8438,
  [SMALL_STATE(146)] = 8480,
  [SMALL_STATE(147)] = 8536,
  [SMALL_STATE(148)] = 8570,
  [SMALL_STATE(149)] = 8626,
  [SMALL_STATE(150)] = 8660,
  [SMALL_STATE(151)] = 8694,
  [SMALL_STATE(152)] = 8728,
  [SMALL_STATE(153)] = 8784,
  [SMALL_STATE(154)] = 8840,
  [SMALL_STATE(155)] = 8878,
  [SMALL_STATE(156)] = 8933,
  [SMALL_STATE(157)] = 8988,
  [SMALL_STATE(158)] = 9043,
  [SMALL_STATE(159)] = 9085,
  [SMALL_STATE(160)] = 9129,
  [SMALL_STATE(161)] = 9161,
  [SMALL_STATE(162)] = 9193,
  [SMALL_STATE(163)] = 9225,
  [SMALL_STATE(164)] = 9257,
  [SMALL_STATE(165)] = 9289,
  [SMALL_STATE(166)] = 9321,
  [SMALL_STATE(167)] = 9353,
  [SMALL_STATE(168)] = 9385,
  [SMALL_STATE(169)] = 9417,
  [SMALL_STATE(170)] = 9449,
  [SMALL_STATE(171)] = 9481,
  [SMALL_STATE(172)] = 9513,
  [SMALL_STATE(173)] = 9545,
  [SMALL_STATE(174)] = 9577,
  [SMALL_STATE(175)] = 9609,
  [SMALL_STATE(176)] = 9641,
  [SMALL_STATE(177)] = 9687,
  [SMALL_STATE(178)] = 9733,
  [SMALL_STATE(179)] = 9773,
  [SMALL_STATE(180)] = 9811,
  [SMALL_STATE(181)] = 9843,
  [SMALL_STATE(182)] = 9877,
  [SMALL_STATE(183)] = 9932,
  [SMALL_STATE(184)] = 9975,
  [SMALL_STATE(185)] = 10030,
  [SMALL_STATE(186)] = 10081,
  [SMALL_STATE(187)] = 10128,
  [SMALL_STATE(188)] = 10170,
  [SMALL_STATE(189)] = 10212,
  [SMALL_STATE(190)] = 10254,
  [SMALL_STATE(191)] = 10304,
  [SMALL_STATE(192)] = 10346,
  [SMALL_STATE(193)] = 10394,
  [SMALL_STATE(194)] = 10436,
  [SMALL_STATE(195)] = 10471,
  [SMALL_STATE(196)] = 10512,
  [SMALL_STATE(197)] = 10553,
  [SMALL_STATE(198)] = 10604,
  [SMALL_STATE(199)] = 10645,
  [SMALL_STATE(200)] = 10692,
  [SMALL_STATE(201)] = 10733,
  [SMALL_STATE(202)] = 10774,
  [SMALL_STATE(203)] = 10815,
  [SMALL_STATE(204)] = 10855,
  [SMALL_STATE(205)] = 10903,
  [SMALL_STATE(206)] = 10943,
  [SMALL_STATE(207)] = 10991,
  [SMALL_STATE(208)] = 11033,
  [SMALL_STATE(209)] = 11073,
  [SMALL_STATE(210)] = 11113,
  [SMALL_STATE(211)] = 11153,
  [SMALL_STATE(212)] = 11193,
  [SMALL_STATE(213)] = 11235,
  [SMALL_STATE(214)] = 11283,
  [SMALL_STATE(215)] = 11317,
  [SMALL_STATE(216)] = 11359,
  [SMALL_STATE(217)] = 11407,
  [SMALL_STATE(218)] = 11455,
  [SMALL_STATE(219)] = 11503,
  [SMALL_STATE(220)] = 11551,
  [SMALL_STATE(221)] = 11594,
  [SMALL_STATE(222)] = 11633,
  [SMALL_STATE(223)] = 11676,
  [SMALL_STATE(224)] = 11715,
  [SMALL_STATE(225)] = 11746,
  [SMALL_STATE(226)] = 11773,
  [SMALL_STATE(227)] = 11802,
  [SMALL_STATE(228)] = 11829,
  [SMALL_STATE(229)] = 11856,
  [SMALL_STATE(230)] = 11895,
  [SMALL_STATE(231)] = 11940,
  [SMALL_STATE(232)] = 11967,
  [SMALL_STATE(233)] = 12012,
  [SMALL_STATE(234)] = 12055,
  [SMALL_STATE(235)] = 12094,
  [SMALL_STATE(236)] = 12123,
  [SMALL_STATE(237)] = 12168,
  [SMALL_STATE(238)] = 12195,
  [SMALL_STATE(239)] = 12240,
  [SMALL_STATE(240)] = 12283,
  [SMALL_STATE(241)] = 12322,
  [SMALL_STATE(242)] = 12367,
  [SMALL_STATE(243)] = 12410,
  [SMALL_STATE(244)] = 12453,
  [SMALL_STATE(245)] = 12498,
  [SMALL_STATE(246)] = 12537,
  [SMALL_STATE(247)] = 12582,
  [SMALL_STATE(248)] = 12627,
  [SMALL_STATE(249)] = 12670,
  [SMALL_STATE(250)] = 12709,
  [SMALL_STATE(251)] = 12754,
  [SMALL_STATE(252)] = 12797,
  [SMALL_STATE(253)] = 12842,
  [SMALL_STATE(254)] = 12881,
  [SMALL_STATE(255)] = 12923,
  [SMALL_STATE(256)] = 12965,
  [SMALL_STATE(257)] = 13007,
  [SMALL_STATE(258)] = 13049,
  [SMALL_STATE(259)] = 13091,
  [SMALL_STATE(260)] = 13133,
  [SMALL_STATE(261)] = 13175,
  [SMALL_STATE(262)] = 13217,
  [SMALL_STATE(263)] = 13259,
  [SMALL_STATE(264)] = 13301,
  [SMALL_STATE(265)] = 13343,
  [SMALL_STATE(266)] = 13385,
  [SMALL_STATE(267)] = 13427,
  [SMALL_STATE(268)] = 13469,
  [SMALL_STATE(269)] = 13511,
  [SMALL_STATE(270)] = 13553,
  [SMALL_STATE(271)] = 13591,
  [SMALL_STATE(272)] = 13633,
  [SMALL_STATE(273)] = 13675,
  [SMALL_STATE(274)] = 13717,
  [SMALL_STATE(275)] = 13759,
  [SMALL_STATE(276)] = 13801,
  [SMALL_STATE(277)] = 13843,
  [SMALL_STATE(278)] = 13885,
  [SMALL_STATE(279)] = 13927,
  [SMALL_STATE(280)] = 13965,
  [SMALL_STATE(281)] = 14007,
  [SMALL_STATE(282)] = 14049,
  [SMALL_STATE(283)] = 14087,
  [SMALL_STATE(284)] = 14129,
  [SMALL_STATE(285)] = 14171,
  [SMALL_STATE(286)] = 14213,
  [SMALL_STATE(287)] = 14255,
  [SMALL_STATE(288)] = 14297,
  [SMALL_STATE(289)] = 14339,
  [SMALL_STATE(290)] = 14381,
  [SMALL_STATE(291)] = 14423,
  [SMALL_STATE(292)] = 14465,
  [SMALL_STATE(293)] = 14507,
  [SMALL_STATE(294)] = 14549,
  [SMALL_STATE(295)] = 14591,
  [SMALL_STATE(296)] = 14633,
  [SMALL_STATE(297)] = 14675,
  [SMALL_STATE(298)] = 14717,
  [SMALL_STATE(299)] = 14759,
  [SMALL_STATE(300)] = 14801,
  [SMALL_STATE(301)] = 14843,
  [SMALL_STATE(302)] = 14885,
  [SMALL_STATE(303)] = 14927,
  [SMALL_STATE(304)] = 14969,
  [SMALL_STATE(305)] = 15011,
  [SMALL_STATE(306)] = 15053,
  [SMALL_STATE(307)] = 15095,
  [SMALL_STATE(308)] = 15137,
  [SMALL_STATE(309)] = 15179,
  [SMALL_STATE(310)] = 15221,
  [SMALL_STATE(311)] = 15263,
  [SMALL_STATE(312)] = 15305,
  [SMALL_STATE(313)] = 15347,
  [SMALL_STATE(314)] = 15389,
  [SMALL_STATE(315)] = 15431,
  [SMALL_STATE(316)] = 15473,
  [SMALL_STATE(317)] = 15515,
  [SMALL_STATE(318)] = 15557,
  [SMALL_STATE(319)] = 15599,
  [SMALL_STATE(320)] = 15641,
  [SMALL_STATE(321)] = 15683,
  [SMALL_STATE(322)] = 15725,
  [SMALL_STATE(323)] = 15767,
  [SMALL_STATE(324)] = 15809,
  [SMALL_STATE(325)] = 15851,
  [SMALL_STATE(326)] = 15893,
  [SMALL_STATE(327)] = 15935,
  [SMALL_STATE(328)] = 15977,
  [SMALL_STATE(329)] = 16019,
  [SMALL_STATE(330)] = 16061,
  [SMALL_STATE(331)] = 16103,
  [SMALL_STATE(332)] = 16145,
  [SMALL_STATE(333)] = 16187,
  [SMALL_STATE(334)] = 16229,
  [SMALL_STATE(335)] = 16271,
  [SMALL_STATE(336)] = 16313,
  [SMALL_STATE(337)] = 16355,
  [SMALL_STATE(338)] = 16397,
  [SMALL_STATE(339)] = 16439,
  [SMALL_STATE(340)] = 16481,
  [SMALL_STATE(341)] = 16523,
  [SMALL_STATE(342)] = 16565,
  [SMALL_STATE(343)] = 16607,
  [SMALL_STATE(344)] = 16635,
  [SMALL_STATE(345)] = 16677,
  [SMALL_STATE(346)] = 16719,
  [SMALL_STATE(347)] = 16761,
  [SMALL_STATE(348)] = 16803,
  [SMALL_STATE(349)] = 16845,
  [SMALL_STATE(350)] = 16887,
  [SMALL_STATE(351)] = 16929,
  [SMALL_STATE(352)] = 16971,
  [SMALL_STATE(353)] = 17013,
  [SMALL_STATE(354)] = 17055,
  [SMALL_STATE(355)] = 17097,
  [SMALL_STATE(356)] = 17139,
  [SMALL_STATE(357)] = 17181,
  [SMALL_STATE(358)] = 17223,
  [SMALL_STATE(359)] = 17265,
  [SMALL_STATE(360)] = 17295,
  [SMALL_STATE(361)] = 17323,
  [SMALL_STATE(362)] = 17365,
  [SMALL_STATE(363)] = 17407,
  [SMALL_STATE(364)] = 17449,
  [SMALL_STATE(365)] = 17491,
  [SMALL_STATE(366)] = 17533,
  [SMALL_STATE(367)] = 17570,
  [SMALL_STATE(368)] = 17599,
  [SMALL_STATE(369)] = 17634,
  [SMALL_STATE(370)] = 17661,
  [SMALL_STATE(371)] = 17698,
  [SMALL_STATE(372)] = 17735,
  [SMALL_STATE(373)] = 17760,
  [SMALL_STATE(374)] = 17797,
  [SMALL_STATE(375)] = 17822,
  [SMALL_STATE(376)] = 17859,
  [SMALL_STATE(377)] = 17884,
  [SMALL_STATE(378)] = 17921,
  [SMALL_STATE(379)] = 17946,
  [SMALL_STATE(380)] = 17971,
  [SMALL_STATE(381)] = 18008,
  [SMALL_STATE(382)] = 18033,
  [SMALL_STATE(383)] = 18070,
  [SMALL_STATE(384)] = 18095,
  [SMALL_STATE(385)] = 18120,
  [SMALL_STATE(386)] = 18157,
  [SMALL_STATE(387)] = 18182,
  [SMALL_STATE(388)] = 18219,
  [SMALL_STATE(389)] = 18250,
  [SMALL_STATE(390)] = 18275,
  [SMALL_STATE(391)] = 18312,
  [SMALL_STATE(392)] = 18346,
  [SMALL_STATE(393)] = 18368,
  [SMALL_STATE(394)] = 18390,
  [SMALL_STATE(395)] = 18426,
  [SMALL_STATE(396)] = 18452,
  [SMALL_STATE(397)] = 18474,
  [SMALL_STATE(398)] = 18496,
  [SMALL_STATE(399)] = 18528,
  [SMALL_STATE(400)] = 18550,
  [SMALL_STATE(401)] = 18580,
  [SMALL_STATE(402)] = 18616,
  [SMALL_STATE(403)] = 18644,
  [SMALL_STATE(404)] = 18684,
  [SMALL_STATE(405)] = 18724,
  [SMALL_STATE(406)] = 18757,
  [SMALL_STATE(407)] = 18796,
  [SMALL_STATE(408)] = 18835,
  [SMALL_STATE(409)] = 18867,
  [SMALL_STATE(410)] = 18898,
  [SMALL_STATE(411)] = 18928,
  [SMALL_STATE(412)] = 18960,
  [SMALL_STATE(413)] = 18982,
  [SMALL_STATE(414)] = 19014,
  [SMALL_STATE(415)] = 19043,
  [SMALL_STATE(416)] = 19069,
  [SMALL_STATE(417)] = 19095,
  [SMALL_STATE(418)] = 19121,
  [SMALL_STATE(419)] = 19147,
  [SMALL_STATE(420)] = 19173,
  [SMALL_STATE(421)] = 19199,
  [SMALL_STATE(422)] = 19225,
  [SMALL_STATE(423)] = 19251,
  [SMALL_STATE(424)] = 19277,
  [SMALL_STATE(425)] = 19303,
  [SMALL_STATE(426)] = 19319,
  [SMALL_STATE(427)] = 19345,
  [SMALL_STATE(428)] = 19371,
  [SMALL_STATE(429)] = 19390,
  [SMALL_STATE(430)] = 19408,
  [SMALL_STATE(431)] = 19426,
  [SMALL_STATE(432)] = 19443,
  [SMALL_STATE(433)] = 19460,
  [SMALL_STATE(434)] = 19477,
  [SMALL_STATE(435)] = 19494,
  [SMALL_STATE(436)] = 19511,
  [SMALL_STATE(437)] = 19528,
  [SMALL_STATE(438)] = 19545,
  [SMALL_STATE(439)] = 19559,
  [SMALL_STATE(440)] = 19571,
  [SMALL_STATE(441)] = 19583,
  [SMALL_STATE(442)] = 19595,
  [SMALL_STATE(443)] = 19607,
  [SMALL_STATE(444)] = 19621,
  [SMALL_STATE(445)] = 19635,
  [SMALL_STATE(446)] = 19647,
  [SMALL_STATE(447)] = 19659,
  [SMALL_STATE(448)] = 19671,
  [SMALL_STATE(449)] = 19685,
  [SMALL_STATE(450)] = 19699,
  [SMALL_STATE(451)] = 19713,
  [SMALL_STATE(452)] = 19731,
  [SMALL_STATE(453)] = 19745,
  [SMALL_STATE(454)] = 19763,
  [SMALL_STATE(455)] = 19777,
  [SMALL_STATE(456)] = 19789,
  [SMALL_STATE(457)] = 19801,
  [SMALL_STATE(458)] = 19813,
  [SMALL_STATE(459)] = 19825,
  [SMALL_STATE(460)] = 19839,
  [SMALL_STATE(461)] = 19848,
  [SMALL_STATE(462)] = 19863,
  [SMALL_STATE(463)] = 19872,
  [SMALL_STATE(464)] = 19881,
  [SMALL_STATE(465)] = 19890,
  [SMALL_STATE(466)] = 19899,
  [SMALL_STATE(467)] = 19908,
  [SMALL_STATE(468)] = 19919,
  [SMALL_STATE(469)] = 19928,
  [SMALL_STATE(470)] = 19943,
  [SMALL_STATE(471)] = 19958,
  [SMALL_STATE(472)] = 19971,
  [SMALL_STATE(473)] = 19986,
  [SMALL_STATE(474)] = 20001,
  [SMALL_STATE(475)] = 20014,
  [SMALL_STATE(476)] = 20029,
  [SMALL_STATE(477)] = 20044,
  [SMALL_STATE(478)] = 20059,
  [SMALL_STATE(479)] = 20068,
  [SMALL_STATE(480)] = 20079,
  [SMALL_STATE(481)] = 20090,
  [SMALL_STATE(482)] = 20101,
  [SMALL_STATE(483)] = 20110,
  [SMALL_STATE(484)] = 20119,
  [SMALL_STATE(485)] = 20128,
  [SMALL_STATE(486)] = 20137,
  [SMALL_STATE(487)] = 20146,
  [SMALL_STATE(488)] = 20161,
  [SMALL_STATE(489)] = 20170,
  [SMALL_STATE(490)] = 20179,
  [SMALL_STATE(491)] = 20188,
  [SMALL_STATE(492)] = 20200,
  [SMALL_STATE(493)] = 20212,
  [SMALL_STATE(494)] = 20224,
  [SMALL_STATE(495)] = 20232,
  [SMALL_STATE(496)] = 20244,
  [SMALL_STATE(497)] = 20252,
  [SMALL_STATE(498)] = 20260,
  [SMALL_STATE(499)] = 20274,
  [SMALL_STATE(500)] = 20288,
  [SMALL_STATE(501)] = 20300,
  [SMALL_STATE(502)] = 20312,
  [SMALL_STATE(503)] = 20324,
  [SMALL_STATE(504)] = 20336,
  [SMALL_STATE(505)] = 20348,
  [SMALL_STATE(506)] = 20362,
  [SMALL_STATE(507)] = 20376,
  [SMALL_STATE(508)] = 20390,
  [SMALL_STATE(509)] = 20402,
  [SMALL_STATE(510)] = 20416,
  [SMALL_STATE(511)] = 20430,
  [SMALL_STATE(512)] = 20438,
  [SMALL_STATE(513)] = 20446,
  [SMALL_STATE(514)] = 20454,
  [SMALL_STATE(515)] = 20468,
  [SMALL_STATE(516)] = 20480,
  [SMALL_STATE(517)] = 20492,
  [SMALL_STATE(518)] = 20505,
  [SMALL_STATE(519)] = 20514,
  [SMALL_STATE(520)] = 20523,
  [SMALL_STATE(521)] = 20534,
  [SMALL_STATE(522)] = 20541,
  [SMALL_STATE(523)] = 20552,
  [SMALL_STATE(524)] = 20561,
  [SMALL_STATE(525)] = 20568,
  [SMALL_STATE(526)] = 20579,
  [SMALL_STATE(527)] = 20590,
  [SMALL_STATE(528)] = 20597,
  [SMALL_STATE(529)] = 20604,
  [SMALL_STATE(530)] = 20611,
  [SMALL_STATE(531)] = 20621,
  [SMALL_STATE(532)] = 20631,
  [SMALL_STATE(533)] = 20637,
  [SMALL_STATE(534)] = 20643,
  [SMALL_STATE(535)] = 20649,
  [SMALL_STATE(536)] = 20659,
  [SMALL_STATE(537)] = 20665,
  [SMALL_STATE(538)] = 20675,
  [SMALL_STATE(539)] = 20681,
  [SMALL_STATE(540)] = 20689,
  [SMALL_STATE(541)] = 20695,
  [SMALL_STATE(542)] = 20705,
  [SMALL_STATE(543)] = 20711,
  [SMALL_STATE(544)] = 20717,
  [SMALL_STATE(545)] = 20725,
  [SMALL_STATE(546)] = 20735,
  [SMALL_STATE(547)] = 20745,
  [SMALL_STATE(548)] = 20753,
  [SMALL_STATE(549)] = 20759,
  [SMALL_STATE(550)] = 20767,
  [SMALL_STATE(551)] = 20777,
  [SMALL_STATE(552)] = 20783,
  [SMALL_STATE(553)] = 20791,
  [SMALL_STATE(554)] = 20801,
  [SMALL_STATE(555)] = 20807,
  [SMALL_STATE(556)] = 20817,
  [SMALL_STATE(557)] = 20827,
  [SMALL_STATE(558)] = 20835,
  [SMALL_STATE(559)] = 20843,
  [SMALL_STATE(560)] = 20853,
  [SMALL_STATE(561)] = 20861,
  [SMALL_STATE(562)] = 20871,
  [SMALL_STATE(563)] = 20877,
  [SMALL_STATE(564)] = 20887,
  [SMALL_STATE(565)] = 20893,
  [SMALL_STATE(566)] = 20899,
  [SMALL_STATE(567)] = 20909,
  [SMALL_STATE(568)] = 20919,
  [SMALL_STATE(569)] = 20929,
  [SMALL_STATE(570)] = 20935,
  [SMALL_STATE(571)] = 20941,
  [SMALL_STATE(572)] = 20951,
  [SMALL_STATE(573)] = 20957,
  [SMALL_STATE(574)] = 20963,
  [SMALL_STATE(575)] = 20969,
  [SMALL_STATE(576)] = 20977,
  [SMALL_STATE(577)] = 20987,
  [SMALL_STATE(578)] = 20993,
  [SMALL_STATE(579)] = 20999,
  [SMALL_STATE(580)] = 21005,
  [SMALL_STATE(581)] = 21015,
  [SMALL_STATE(582)] = 21023,
  [SMALL_STATE(583)] = 21029,
  [SMALL_STATE(584)] = 21037,
  [SMALL_STATE(585)] = 21047,
  [SMALL_STATE(586)] = 21057,
  [SMALL_STATE(587)] = 21063,
  [SMALL_STATE(588)] = 21073,
  [SMALL_STATE(589)] = 21083,
  [SMALL_STATE(590)] = 21089,
  [SMALL_STATE(591)] = 21095,
  [SMALL_STATE(592)] = 21102,
  [SMALL_STATE(593)] = 21109,
  [SMALL_STATE(594)] = 21116,
  [SMALL_STATE(595)] = 21121,
  [SMALL_STATE(596)] = 21126,
  [SMALL_STATE(597)] = 21133,
  [SMALL_STATE(598)] = 21138,
  [SMALL_STATE(599)] = 21145,
  [SMALL_STATE(600)] = 21150,
  [SMALL_STATE(601)] = 21155,
  [SMALL_STATE(602)] = 21160,
  [SMALL_STATE(603)] = 21165,
  [SMALL_STATE(604)] = 21170,
  [SMALL_STATE(605)] = 21175,
  [SMALL_STATE(606)] = 21180,
  [SMALL_STATE(607)] = 21185,
  [SMALL_STATE(608)] = 21190,
  [SMALL_STATE(609)] = 21195,
  [SMALL_STATE(610)] = 21200,
  [SMALL_STATE(611)] = 21205,
  [SMALL_STATE(612)] = 21209,
  [SMALL_STATE(613)] = 21213,
  [SMALL_STATE(614)] = 21217,
  [SMALL_STATE(615)] = 21221,
  [SMALL_STATE(616)] = 21225,
  [SMALL_STATE(617)] = 21229,
  [SMALL_STATE(618)] = 21233,
  [SMALL_STATE(619)] = 21237,
  [SMALL_STATE(620)] = 21241,
  [SMALL_STATE(621)] = 21245,
  [SMALL_STATE(622)] = 21249,
  [SMALL_STATE(623)] = 21253,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(545),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(588),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(552),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(497),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(493),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(429),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(575),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(525),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(525),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(519),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(266),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(263),
  [101] = {.entry = {.count = 1, .reusable = false}}, SHIFT(268),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(547),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [117] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [120] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(426),
  [126] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(291),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(427),
  [132] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(410),
  [135] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(545),
  [138] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(414),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(591),
  [144] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(588),
  [147] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(290),
  [150] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [153] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(335),
  [156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [162] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(262),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(269),
  [168] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(246),
  [171] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(588),
  [174] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(552),
  [177] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(140),
  [180] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(260),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(261),
  [186] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(497),
  [189] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(493),
  [192] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(429),
  [195] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(5),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(594),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(570),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [212] = {.entry = {.count = 1, .reusable = false}}, SHIFT(428),
  [214] = {.entry = {.count = 1, .reusable = false}}, SHIFT(412),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [222] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [224] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 47),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(585),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(533),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(538),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(538),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [268] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(600),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [274] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [278] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [280] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [282] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [286] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [290] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 51),
  [294] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 51),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 77),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 77),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [302] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [306] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [310] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [312] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [314] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 40),
  [318] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 40),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [322] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [326] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [330] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [332] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 2, 0, 37),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [340] = {.entry = {.count = 1, .reusable = false}}, SHIFT(443),
  [342] = {.entry = {.count = 1, .reusable = false}}, SHIFT(449),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(188),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [362] = {.entry = {.count = 1, .reusable = false}}, SHIFT(145),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [382] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 1, 0, 13),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [386] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [396] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 1, 0, 13),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [436] = {.entry = {.count = 1, .reusable = false}}, SHIFT(323),
  [438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [440] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [442] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 2, 0, 37),
  [444] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 37),
  [446] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(289),
  [462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [464] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [466] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [468] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [470] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [472] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [474] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [480] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [484] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(116),
  [487] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(120),
  [490] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(111),
  [493] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(117),
  [496] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(119),
  [499] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(115),
  [502] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(114),
  [505] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(112),
  [508] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(110),
  [511] = {.entry = {.count = 1, .reusable = false}}, SHIFT(488),
  [513] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [519] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 34),
  [521] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 34),
  [523] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [525] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [527] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 33),
  [529] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 33),
  [531] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [535] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [537] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [539] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [541] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [543] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [545] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [547] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [549] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [551] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [553] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [555] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [557] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [559] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [561] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [567] = {.entry = {.count = 1, .reusable = false}}, SHIFT(273),
  [569] = {.entry = {.count = 1, .reusable = false}}, SHIFT(272),
  [571] = {.entry = {.count = 1, .reusable = false}}, SHIFT(277),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [577] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_shifted_register, 3, 0, 72),
  [579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 72),
  [581] = {.entry = {.count = 1, .reusable = false}}, SHIFT(482),
  [583] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [603] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 8, 0, 107),
  [605] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 107),
  [607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(463),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(590),
  [611] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [613] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [615] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 7, 0, 103),
  [617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 103),
  [619] = {.entry = {.count = 1, .reusable = false}}, SHIFT(485),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(548),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [629] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0), SHIFT(617),
  [632] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [642] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [644] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [646] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [650] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [652] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(164),
  [655] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(165),
  [658] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(166),
  [661] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(167),
  [664] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(168),
  [667] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(169),
  [670] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(171),
  [673] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(173),
  [676] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(174),
  [679] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [681] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(152),
  [684] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(351),
  [687] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(342),
  [690] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(364),
  [693] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(204),
  [696] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(59),
  [699] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(52),
  [702] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(59),
  [705] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(53),
  [708] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 11),
  [710] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [712] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [714] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [716] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [720] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [722] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [728] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [730] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(156),
  [733] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(337),
  [736] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(317),
  [739] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(362),
  [742] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(216),
  [745] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(79),
  [748] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(55),
  [751] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(79),
  [754] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(54),
  [757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [761] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [765] = {.entry = {.count = 1, .reusable = false}}, SHIFT(302),
  [767] = {.entry = {.count = 1, .reusable = false}}, SHIFT(307),
  [769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [775] = {.entry = {.count = 1, .reusable = true}}, SHIFT(439),
  [777] = {.entry = {.count = 1, .reusable = false}}, SHIFT(612),
  [779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [787] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [789] = {.entry = {.count = 1, .reusable = false}}, SHIFT(373),
  [791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [795] = {.entry = {.count = 1, .reusable = false}}, SHIFT(141),
  [797] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 1, 0, 0),
  [799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [801] = {.entry = {.count = 1, .reusable = false}}, SHIFT(616),
  [803] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [805] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [807] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [811] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 38),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [819] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [821] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [823] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [831] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [835] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 36),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [841] = {.entry = {.count = 1, .reusable = false}}, SHIFT(358),
  [843] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [847] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [853] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 51),
  [855] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 54),
  [857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 45),
  [859] = {.entry = {.count = 1, .reusable = false}}, SHIFT(364),
  [861] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [863] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [865] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [871] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [877] = {.entry = {.count = 1, .reusable = false}}, SHIFT(361),
  [879] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [881] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [883] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [887] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [891] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 78),
  [893] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [895] = {.entry = {.count = 1, .reusable = false}}, SHIFT(362),
  [897] = {.entry = {.count = 1, .reusable = false}}, SHIFT(77),
  [899] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [907] = {.entry = {.count = 1, .reusable = false}}, SHIFT(261),
  [909] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [911] = {.entry = {.count = 1, .reusable = false}}, SHIFT(389),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [917] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [919] = {.entry = {.count = 1, .reusable = false}}, SHIFT(363),
  [921] = {.entry = {.count = 1, .reusable = false}}, SHIFT(172),
  [923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [927] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [933] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [941] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 42),
  [943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [945] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 46),
  [947] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [951] = {.entry = {.count = 1, .reusable = false}}, SHIFT(385),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [957] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [963] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [965] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(235),
  [968] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [972] = {.entry = {.count = 1, .reusable = false}}, SHIFT(243),
  [974] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [978] = {.entry = {.count = 1, .reusable = false}}, SHIFT(239),
  [980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [982] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [984] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [986] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [988] = {.entry = {.count = 1, .reusable = false}}, SHIFT(242),
  [990] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [996] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [998] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [1000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [1002] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 61),
  [1004] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [1006] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [1008] = {.entry = {.count = 1, .reusable = false}}, SHIFT(248),
  [1010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [1014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 41),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [1018] = {.entry = {.count = 1, .reusable = false}}, SHIFT(251),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1026] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [1028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [1030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 96),
  [1032] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [1034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1036] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [1038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [1040] = {.entry = {.count = 1, .reusable = false}}, SHIFT(193),
  [1042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [1044] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [1046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1048] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [1050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1052] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [1054] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1056] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [1058] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1060] = {.entry = {.count = 1, .reusable = false}}, SHIFT(382),
  [1062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [1064] = {.entry = {.count = 1, .reusable = false}}, SHIFT(240),
  [1066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [1070] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1074] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1076] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1078] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [1080] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1082] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1086] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [1088] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1090] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1094] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [1096] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [1098] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 51),
  [1100] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [1102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1104] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [1106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1108] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1112] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [1114] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1116] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [1120] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [1126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1128] = {.entry = {.count = 1, .reusable = false}}, SHIFT(375),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1132] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [1134] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1136] = {.entry = {.count = 1, .reusable = false}}, SHIFT(380),
  [1138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1140] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [1142] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1144] = {.entry = {.count = 1, .reusable = false}}, SHIFT(253),
  [1146] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [1148] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [1150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [1152] = {.entry = {.count = 1, .reusable = false}}, SHIFT(207),
  [1154] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1156] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [1158] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1160] = {.entry = {.count = 1, .reusable = false}}, SHIFT(187),
  [1162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1164] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [1166] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1172] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [1174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [1176] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [1178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1180] = {.entry = {.count = 1, .reusable = false}}, SHIFT(122),
  [1182] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1184] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [1186] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1188] = {.entry = {.count = 1, .reusable = false}}, SHIFT(249),
  [1190] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [1192] = {.entry = {.count = 1, .reusable = false}}, SHIFT(270),
  [1194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [1196] = {.entry = {.count = 1, .reusable = false}}, SHIFT(388),
  [1198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [1200] = {.entry = {.count = 1, .reusable = false}}, SHIFT(394),
  [1202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [1204] = {.entry = {.count = 1, .reusable = false}}, SHIFT(367),
  [1206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [1208] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [1210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1212] = {.entry = {.count = 1, .reusable = false}}, SHIFT(386),
  [1214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [1216] = {.entry = {.count = 1, .reusable = false}}, SHIFT(178),
  [1218] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [1220] = {.entry = {.count = 1, .reusable = false}}, SHIFT(179),
  [1222] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1224] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1228] = {.entry = {.count = 1, .reusable = false}}, SHIFT(159),
  [1230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1232] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [1234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1236] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [1238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [1240] = {.entry = {.count = 1, .reusable = false}}, SHIFT(400),
  [1242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [1244] = {.entry = {.count = 1, .reusable = false}}, SHIFT(402),
  [1246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1248] = {.entry = {.count = 1, .reusable = false}}, SHIFT(391),
  [1250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1252] = {.entry = {.count = 1, .reusable = false}}, SHIFT(398),
  [1254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [1256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(395),
  [1258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [1260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(390),
  [1262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1264] = {.entry = {.count = 1, .reusable = false}}, SHIFT(368),
  [1266] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [1268] = {.entry = {.count = 1, .reusable = false}}, SHIFT(401),
  [1270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1272] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [1274] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1276] = {.entry = {.count = 1, .reusable = false}}, SHIFT(369),
  [1278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [1280] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [1282] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1284] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [1286] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1288] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [1290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1292] = {.entry = {.count = 1, .reusable = false}}, SHIFT(177),
  [1294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [1296] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [1298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [1302] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1304] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [1306] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1308] = {.entry = {.count = 1, .reusable = false}}, SHIFT(70),
  [1310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1312] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [1314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1316] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [1318] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1320] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [1322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1324] = {.entry = {.count = 1, .reusable = false}}, SHIFT(383),
  [1326] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [1328] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [1330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1332] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [1334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1336] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [1338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1340] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [1346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1348] = {.entry = {.count = 1, .reusable = false}}, SHIFT(372),
  [1350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [1352] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [1354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [1358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1364] = {.entry = {.count = 1, .reusable = false}}, SHIFT(379),
  [1366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1368] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [1370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1376] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [1378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1380] = {.entry = {.count = 1, .reusable = false}}, SHIFT(282),
  [1382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1384] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [1386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1388] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [1390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1392] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [1394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1396] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [1398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [1402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [1404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [1406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1408] = {.entry = {.count = 1, .reusable = false}}, SHIFT(176),
  [1410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [1412] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [1414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [1422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1424] = {.entry = {.count = 1, .reusable = false}}, SHIFT(371),
  [1426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1428] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [1430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [1432] = {.entry = {.count = 1, .reusable = false}}, SHIFT(387),
  [1434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [1436] = {.entry = {.count = 1, .reusable = false}}, SHIFT(366),
  [1438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1440] = {.entry = {.count = 1, .reusable = false}}, SHIFT(370),
  [1442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [1444] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [1446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [1448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [1454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1458] = {.entry = {.count = 1, .reusable = false}}, SHIFT(297),
  [1460] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [1470] = {.entry = {.count = 1, .reusable = false}}, SHIFT(579),
  [1472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [1476] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1480] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1484] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [1486] = {.entry = {.count = 1, .reusable = false}}, SHIFT(308),
  [1488] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [1492] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [1496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [1498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1500] = {.entry = {.count = 1, .reusable = false}}, SHIFT(469),
  [1502] = {.entry = {.count = 1, .reusable = false}}, SHIFT(430),
  [1504] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(417),
  [1508] = {.entry = {.count = 1, .reusable = false}}, SHIFT(475),
  [1510] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1512] = {.entry = {.count = 1, .reusable = false}}, SHIFT(494),
  [1514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1516] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [1518] = {.entry = {.count = 1, .reusable = false}}, SHIFT(506),
  [1520] = {.entry = {.count = 1, .reusable = false}}, SHIFT(436),
  [1522] = {.entry = {.count = 1, .reusable = false}}, SHIFT(505),
  [1524] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1526] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1528] = {.entry = {.count = 1, .reusable = false}}, SHIFT(492),
  [1530] = {.entry = {.count = 1, .reusable = false}}, SHIFT(434),
  [1532] = {.entry = {.count = 1, .reusable = false}}, SHIFT(424),
  [1534] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [1536] = {.entry = {.count = 1, .reusable = false}}, SHIFT(608),
  [1538] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [1540] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1542] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [1544] = {.entry = {.count = 1, .reusable = false}}, SHIFT(516),
  [1546] = {.entry = {.count = 1, .reusable = false}}, SHIFT(543),
  [1548] = {.entry = {.count = 1, .reusable = false}}, SHIFT(564),
  [1550] = {.entry = {.count = 1, .reusable = false}}, SHIFT(532),
  [1552] = {.entry = {.count = 1, .reusable = false}}, SHIFT(574),
  [1554] = {.entry = {.count = 1, .reusable = false}}, SHIFT(572),
  [1556] = {.entry = {.count = 1, .reusable = false}}, SHIFT(577),
  [1558] = {.entry = {.count = 1, .reusable = false}}, SHIFT(589),
  [1560] = {.entry = {.count = 1, .reusable = false}}, SHIFT(521),
  [1562] = {.entry = {.count = 1, .reusable = false}}, SHIFT(554),
  [1564] = {.entry = {.count = 1, .reusable = false}}, SHIFT(602),
  [1566] = {.entry = {.count = 1, .reusable = false}}, SHIFT(511),
  [1568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [1570] = {.entry = {.count = 1, .reusable = false}}, SHIFT(620),
  [1572] = {.entry = {.count = 1, .reusable = false}}, SHIFT(514),
  [1574] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1576] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1578] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [1582] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [1584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [1586] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(142),
  [1589] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0),
  [1591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [1595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1599] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75),
  [1601] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75), SHIFT_REPEAT(101),
  [1604] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 102),
  [1606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [1608] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(486),
  [1612] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [1616] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1618] = {.entry = {.count = 1, .reusable = true}}, SHIFT(464),
  [1620] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(617),
  [1623] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1625] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 39),
  [1627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [1633] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 93),
  [1635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(478),
  [1637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 76),
  [1639] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 59),
  [1641] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70),
  [1643] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70), SHIFT_REPEAT(288),
  [1646] = {.entry = {.count = 1, .reusable = false}}, SHIFT(593),
  [1648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(539),
  [1650] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 71),
  [1652] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(468),
  [1656] = {.entry = {.count = 1, .reusable = false}}, SHIFT(481),
  [1658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [1660] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 56),
  [1662] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [1664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(466),
  [1666] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1668] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [1670] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1672] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [1674] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [1676] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [1678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1680] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1682] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 111),
  [1684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 112),
  [1686] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 113),
  [1688] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 73),
  [1690] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 95),
  [1692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 86),
  [1694] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 49),
  [1696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 50),
  [1700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1702] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52),
  [1704] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(185),
  [1707] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [1711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [1713] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [1717] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67),
  [1719] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(405),
  [1722] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 68),
  [1724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1726] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 69),
  [1728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1730] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 85),
  [1732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 99),
  [1736] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 100),
  [1738] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [1740] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 94),
  [1742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(618),
  [1744] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 87),
  [1746] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 89),
  [1748] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 108),
  [1750] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [1754] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 74),
  [1756] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [1758] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 58),
  [1760] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(408),
  [1763] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1767] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 64),
  [1769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [1773] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 2, 0, 0),
  [1775] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1777] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1779] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44),
  [1783] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44), SHIFT_REPEAT(422),
  [1786] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1788] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(537),
  [1791] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(190),
  [1794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [1796] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [1798] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1802] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1804] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [1808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [1810] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1812] = {.entry = {.count = 1, .reusable = false}}, SHIFT(536),
  [1814] = {.entry = {.count = 1, .reusable = false}}, SHIFT(517),
  [1816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [1818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1820] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(25),
  [1823] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [1829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [1831] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1833] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1835] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 60),
  [1837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1839] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 79),
  [1841] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [1844] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [1846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1848] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 84),
  [1850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 9),
  [1852] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 63),
  [1854] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1856] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [1858] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [1860] = {.entry = {.count = 1, .reusable = false}}, SHIFT(596),
  [1862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [1864] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 81),
  [1868] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [1870] = {.entry = {.count = 1, .reusable = false}}, SHIFT(598),
  [1872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1874] = {.entry = {.count = 1, .reusable = true}}, SHIFT(527),
  [1876] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [1880] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [1882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 47),
  [1884] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1888] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 48),
  [1890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(536),
  [1892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [1894] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 65),
  [1896] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [1898] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [1900] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [1902] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [1904] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [1906] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [1908] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [1910] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 53),
  [1912] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52), SHIFT_REPEAT(296),
  [1915] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52),
  [1917] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [1919] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [1921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [1923] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [1926] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(557),
  [1929] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 6, 0, 0),
  [1931] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [1933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1935] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [1937] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 4, 0, 0),
  [1939] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 91),
  [1941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [1943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(529),
  [1945] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 92),
  [1947] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [1949] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1951] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80), SHIFT_REPEAT(411),
  [1954] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80),
  [1956] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 5, 0, 0),
  [1958] = {.entry = {.count = 1, .reusable = false}}, SHIFT(480),
  [1960] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1962] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 62),
  [1964] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 97),
  [1966] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [1968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1972] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [1974] = {.entry = {.count = 1, .reusable = true}}, SHIFT(619),
  [1976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [1978] = {.entry = {.count = 1, .reusable = true}}, SHIFT(621),
  [1980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [1982] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 88),
  [1984] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [1986] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [1988] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 2, 0, 9),
  [1990] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [1992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 60),
  [1994] = {.entry = {.count = 1, .reusable = false}}, SHIFT(597),
  [1996] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [1998] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [2000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [2002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [2004] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [2006] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [2008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [2010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [2012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [2014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [2016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [2018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(490),
  [2020] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
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
  ts_external_token_precision = 10,
  ts_external_token_rounding = 11,
  ts_external_token__newline = 12,
  ts_external_token__error_sentinel = 13,
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
  [ts_external_token_precision] = sym_precision,
  [ts_external_token_rounding] = sym_rounding,
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
    [ts_external_token_precision] = true,
    [ts_external_token_rounding] = true,
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
    [ts_external_token_precision] = true,
    [ts_external_token_rounding] = true,
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
    [ts_external_token_precision] = true,
    [ts_external_token_rounding] = true,
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
