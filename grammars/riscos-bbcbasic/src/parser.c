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
#define STATE_COUNT 653
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
  [15] = 9,
  [16] = 10,
  [17] = 8,
  [18] = 12,
  [19] = 13,
  [20] = 14,
  [21] = 21,
  [22] = 11,
  [23] = 21,
  [24] = 24,
  [25] = 25,
  [26] = 24,
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
  [52] = 29,
  [53] = 30,
  [54] = 29,
  [55] = 30,
  [56] = 34,
  [57] = 39,
  [58] = 42,
  [59] = 35,
  [60] = 48,
  [61] = 46,
  [62] = 49,
  [63] = 36,
  [64] = 37,
  [65] = 38,
  [66] = 66,
  [67] = 67,
  [68] = 33,
  [69] = 31,
  [70] = 32,
  [71] = 45,
  [72] = 43,
  [73] = 44,
  [74] = 74,
  [75] = 40,
  [76] = 41,
  [77] = 45,
  [78] = 66,
  [79] = 79,
  [80] = 80,
  [81] = 81,
  [82] = 30,
  [83] = 40,
  [84] = 41,
  [85] = 42,
  [86] = 48,
  [87] = 46,
  [88] = 49,
  [89] = 36,
  [90] = 37,
  [91] = 38,
  [92] = 33,
  [93] = 35,
  [94] = 43,
  [95] = 44,
  [96] = 31,
  [97] = 32,
  [98] = 34,
  [99] = 39,
  [100] = 100,
  [101] = 101,
  [102] = 102,
  [103] = 31,
  [104] = 35,
  [105] = 29,
  [106] = 45,
  [107] = 33,
  [108] = 32,
  [109] = 34,
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
  [121] = 44,
  [122] = 42,
  [123] = 40,
  [124] = 41,
  [125] = 39,
  [126] = 38,
  [127] = 46,
  [128] = 43,
  [129] = 48,
  [130] = 49,
  [131] = 36,
  [132] = 37,
  [133] = 133,
  [134] = 134,
  [135] = 135,
  [136] = 30,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 143,
  [144] = 34,
  [145] = 33,
  [146] = 29,
  [147] = 45,
  [148] = 31,
  [149] = 35,
  [150] = 150,
  [151] = 100,
  [152] = 152,
  [153] = 32,
  [154] = 154,
  [155] = 143,
  [156] = 154,
  [157] = 30,
  [158] = 152,
  [159] = 112,
  [160] = 48,
  [161] = 46,
  [162] = 49,
  [163] = 36,
  [164] = 37,
  [165] = 38,
  [166] = 119,
  [167] = 113,
  [168] = 117,
  [169] = 115,
  [170] = 111,
  [171] = 114,
  [172] = 40,
  [173] = 43,
  [174] = 44,
  [175] = 41,
  [176] = 39,
  [177] = 116,
  [178] = 42,
  [179] = 120,
  [180] = 43,
  [181] = 44,
  [182] = 118,
  [183] = 45,
  [184] = 33,
  [185] = 185,
  [186] = 186,
  [187] = 35,
  [188] = 31,
  [189] = 189,
  [190] = 32,
  [191] = 34,
  [192] = 29,
  [193] = 193,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 185,
  [201] = 201,
  [202] = 202,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 40,
  [208] = 41,
  [209] = 39,
  [210] = 42,
  [211] = 48,
  [212] = 49,
  [213] = 37,
  [214] = 36,
  [215] = 43,
  [216] = 44,
  [217] = 30,
  [218] = 43,
  [219] = 44,
  [220] = 38,
  [221] = 46,
  [222] = 201,
  [223] = 223,
  [224] = 223,
  [225] = 223,
  [226] = 43,
  [227] = 227,
  [228] = 44,
  [229] = 43,
  [230] = 230,
  [231] = 223,
  [232] = 30,
  [233] = 223,
  [234] = 223,
  [235] = 223,
  [236] = 223,
  [237] = 237,
  [238] = 44,
  [239] = 239,
  [240] = 240,
  [241] = 29,
  [242] = 35,
  [243] = 32,
  [244] = 244,
  [245] = 245,
  [246] = 246,
  [247] = 45,
  [248] = 33,
  [249] = 239,
  [250] = 250,
  [251] = 251,
  [252] = 252,
  [253] = 253,
  [254] = 34,
  [255] = 245,
  [256] = 256,
  [257] = 239,
  [258] = 251,
  [259] = 259,
  [260] = 239,
  [261] = 251,
  [262] = 251,
  [263] = 239,
  [264] = 251,
  [265] = 265,
  [266] = 239,
  [267] = 31,
  [268] = 251,
  [269] = 239,
  [270] = 239,
  [271] = 251,
  [272] = 239,
  [273] = 251,
  [274] = 251,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 279,
  [280] = 280,
  [281] = 275,
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
  [292] = 292,
  [293] = 293,
  [294] = 294,
  [295] = 291,
  [296] = 296,
  [297] = 297,
  [298] = 283,
  [299] = 284,
  [300] = 285,
  [301] = 286,
  [302] = 287,
  [303] = 288,
  [304] = 275,
  [305] = 283,
  [306] = 284,
  [307] = 285,
  [308] = 286,
  [309] = 287,
  [310] = 288,
  [311] = 311,
  [312] = 312,
  [313] = 283,
  [314] = 284,
  [315] = 285,
  [316] = 286,
  [317] = 287,
  [318] = 288,
  [319] = 319,
  [320] = 320,
  [321] = 283,
  [322] = 284,
  [323] = 285,
  [324] = 286,
  [325] = 287,
  [326] = 288,
  [327] = 327,
  [328] = 328,
  [329] = 329,
  [330] = 283,
  [331] = 331,
  [332] = 283,
  [333] = 284,
  [334] = 285,
  [335] = 292,
  [336] = 287,
  [337] = 288,
  [338] = 284,
  [339] = 285,
  [340] = 43,
  [341] = 44,
  [342] = 286,
  [343] = 287,
  [344] = 288,
  [345] = 290,
  [346] = 327,
  [347] = 275,
  [348] = 348,
  [349] = 349,
  [350] = 275,
  [351] = 283,
  [352] = 284,
  [353] = 285,
  [354] = 286,
  [355] = 287,
  [356] = 288,
  [357] = 290,
  [358] = 327,
  [359] = 275,
  [360] = 275,
  [361] = 290,
  [362] = 327,
  [363] = 275,
  [364] = 290,
  [365] = 327,
  [366] = 275,
  [367] = 290,
  [368] = 327,
  [369] = 292,
  [370] = 275,
  [371] = 290,
  [372] = 327,
  [373] = 290,
  [374] = 327,
  [375] = 275,
  [376] = 290,
  [377] = 377,
  [378] = 275,
  [379] = 290,
  [380] = 275,
  [381] = 290,
  [382] = 275,
  [383] = 290,
  [384] = 290,
  [385] = 290,
  [386] = 328,
  [387] = 279,
  [388] = 292,
  [389] = 29,
  [390] = 45,
  [391] = 292,
  [392] = 292,
  [393] = 292,
  [394] = 286,
  [395] = 395,
  [396] = 46,
  [397] = 49,
  [398] = 36,
  [399] = 37,
  [400] = 38,
  [401] = 43,
  [402] = 44,
  [403] = 403,
  [404] = 395,
  [405] = 197,
  [406] = 48,
  [407] = 195,
  [408] = 395,
  [409] = 395,
  [410] = 395,
  [411] = 31,
  [412] = 395,
  [413] = 395,
  [414] = 414,
  [415] = 32,
  [416] = 34,
  [417] = 40,
  [418] = 41,
  [419] = 39,
  [420] = 42,
  [421] = 48,
  [422] = 422,
  [423] = 36,
  [424] = 43,
  [425] = 37,
  [426] = 44,
  [427] = 46,
  [428] = 32,
  [429] = 31,
  [430] = 38,
  [431] = 34,
  [432] = 33,
  [433] = 433,
  [434] = 434,
  [435] = 435,
  [436] = 433,
  [437] = 434,
  [438] = 435,
  [439] = 439,
  [440] = 440,
  [441] = 441,
  [442] = 439,
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
  [455] = 455,
  [456] = 456,
  [457] = 457,
  [458] = 458,
  [459] = 441,
  [460] = 441,
  [461] = 441,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 466,
  [467] = 441,
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
  [478] = 455,
  [479] = 479,
  [480] = 480,
  [481] = 481,
  [482] = 482,
  [483] = 483,
  [484] = 484,
  [485] = 455,
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
  [512] = 512,
  [513] = 513,
  [514] = 514,
  [515] = 515,
  [516] = 516,
  [517] = 517,
  [518] = 455,
  [519] = 441,
  [520] = 520,
  [521] = 521,
  [522] = 517,
  [523] = 496,
  [524] = 524,
  [525] = 525,
  [526] = 526,
  [527] = 499,
  [528] = 528,
  [529] = 529,
  [530] = 530,
  [531] = 531,
  [532] = 532,
  [533] = 533,
  [534] = 492,
  [535] = 535,
  [536] = 495,
  [537] = 513,
  [538] = 441,
  [539] = 493,
  [540] = 497,
  [541] = 541,
  [542] = 542,
  [543] = 543,
  [544] = 494,
  [545] = 545,
  [546] = 546,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 455,
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
  [569] = 559,
  [570] = 570,
  [571] = 571,
  [572] = 572,
  [573] = 573,
  [574] = 556,
  [575] = 559,
  [576] = 576,
  [577] = 577,
  [578] = 578,
  [579] = 579,
  [580] = 580,
  [581] = 559,
  [582] = 582,
  [583] = 583,
  [584] = 584,
  [585] = 585,
  [586] = 586,
  [587] = 587,
  [588] = 559,
  [589] = 589,
  [590] = 590,
  [591] = 591,
  [592] = 592,
  [593] = 593,
  [594] = 559,
  [595] = 595,
  [596] = 596,
  [597] = 597,
  [598] = 559,
  [599] = 546,
  [600] = 600,
  [601] = 601,
  [602] = 552,
  [603] = 603,
  [604] = 559,
  [605] = 605,
  [606] = 606,
  [607] = 607,
  [608] = 608,
  [609] = 609,
  [610] = 610,
  [611] = 611,
  [612] = 612,
  [613] = 455,
  [614] = 570,
  [615] = 615,
  [616] = 557,
  [617] = 617,
  [618] = 568,
  [619] = 559,
  [620] = 620,
  [621] = 621,
  [622] = 622,
  [623] = 623,
  [624] = 624,
  [625] = 625,
  [626] = 626,
  [627] = 627,
  [628] = 623,
  [629] = 629,
  [630] = 623,
  [631] = 631,
  [632] = 632,
  [633] = 633,
  [634] = 623,
  [635] = 635,
  [636] = 636,
  [637] = 623,
  [638] = 623,
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
  [649] = 649,
  [650] = 650,
  [651] = 651,
  [652] = 652,
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
  [10] = {.lex_state = 26, .external_lex_state = 2},
  [11] = {.lex_state = 27, .external_lex_state = 2},
  [12] = {.lex_state = 29, .external_lex_state = 2},
  [13] = {.lex_state = 26, .external_lex_state = 2},
  [14] = {.lex_state = 26, .external_lex_state = 2},
  [15] = {.lex_state = 26, .external_lex_state = 2},
  [16] = {.lex_state = 24, .external_lex_state = 2},
  [17] = {.lex_state = 24, .external_lex_state = 2},
  [18] = {.lex_state = 28, .external_lex_state = 2},
  [19] = {.lex_state = 24, .external_lex_state = 2},
  [20] = {.lex_state = 24, .external_lex_state = 2},
  [21] = {.lex_state = 26, .external_lex_state = 2},
  [22] = {.lex_state = 25, .external_lex_state = 2},
  [23] = {.lex_state = 24, .external_lex_state = 2},
  [24] = {.lex_state = 26, .external_lex_state = 2},
  [25] = {.lex_state = 26, .external_lex_state = 2},
  [26] = {.lex_state = 24, .external_lex_state = 2},
  [27] = {.lex_state = 24, .external_lex_state = 2},
  [28] = {.lex_state = 24, .external_lex_state = 2},
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
  [58] = {.lex_state = 9, .external_lex_state = 2},
  [59] = {.lex_state = 9, .external_lex_state = 2},
  [60] = {.lex_state = 9, .external_lex_state = 2},
  [61] = {.lex_state = 9, .external_lex_state = 2},
  [62] = {.lex_state = 9, .external_lex_state = 2},
  [63] = {.lex_state = 9, .external_lex_state = 2},
  [64] = {.lex_state = 9, .external_lex_state = 2},
  [65] = {.lex_state = 9, .external_lex_state = 2},
  [66] = {.lex_state = 9, .external_lex_state = 2},
  [67] = {.lex_state = 16, .external_lex_state = 3},
  [68] = {.lex_state = 9, .external_lex_state = 2},
  [69] = {.lex_state = 9, .external_lex_state = 2},
  [70] = {.lex_state = 9, .external_lex_state = 2},
  [71] = {.lex_state = 9, .external_lex_state = 2},
  [72] = {.lex_state = 9, .external_lex_state = 2},
  [73] = {.lex_state = 9, .external_lex_state = 2},
  [74] = {.lex_state = 16, .external_lex_state = 3},
  [75] = {.lex_state = 9, .external_lex_state = 2},
  [76] = {.lex_state = 9, .external_lex_state = 2},
  [77] = {.lex_state = 10, .external_lex_state = 2},
  [78] = {.lex_state = 10, .external_lex_state = 2},
  [79] = {.lex_state = 97, .external_lex_state = 2},
  [80] = {.lex_state = 97, .external_lex_state = 2},
  [81] = {.lex_state = 97, .external_lex_state = 2},
  [82] = {.lex_state = 35, .external_lex_state = 2},
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
  [98] = {.lex_state = 10, .external_lex_state = 2},
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
  [133] = {.lex_state = 35, .external_lex_state = 5},
  [134] = {.lex_state = 2, .external_lex_state = 2},
  [135] = {.lex_state = 2, .external_lex_state = 2},
  [136] = {.lex_state = 35},
  [137] = {.lex_state = 35, .external_lex_state = 5},
  [138] = {.lex_state = 35, .external_lex_state = 5},
  [139] = {.lex_state = 35, .external_lex_state = 5},
  [140] = {.lex_state = 35, .external_lex_state = 5},
  [141] = {.lex_state = 2, .external_lex_state = 2},
  [142] = {.lex_state = 35, .external_lex_state = 5},
  [143] = {.lex_state = 11, .external_lex_state = 2},
  [144] = {.lex_state = 35},
  [145] = {.lex_state = 35},
  [146] = {.lex_state = 35},
  [147] = {.lex_state = 35},
  [148] = {.lex_state = 35},
  [149] = {.lex_state = 35},
  [150] = {.lex_state = 35, .external_lex_state = 2},
  [151] = {.lex_state = 16, .external_lex_state = 3},
  [152] = {.lex_state = 11, .external_lex_state = 2},
  [153] = {.lex_state = 35},
  [154] = {.lex_state = 11, .external_lex_state = 2},
  [155] = {.lex_state = 7, .external_lex_state = 2},
  [156] = {.lex_state = 7, .external_lex_state = 2},
  [157] = {.lex_state = 36, .external_lex_state = 2},
  [158] = {.lex_state = 7, .external_lex_state = 2},
  [159] = {.lex_state = 16, .external_lex_state = 3},
  [160] = {.lex_state = 35},
  [161] = {.lex_state = 35},
  [162] = {.lex_state = 35},
  [163] = {.lex_state = 35},
  [164] = {.lex_state = 35},
  [165] = {.lex_state = 35},
  [166] = {.lex_state = 16, .external_lex_state = 3},
  [167] = {.lex_state = 16, .external_lex_state = 3},
  [168] = {.lex_state = 16, .external_lex_state = 3},
  [169] = {.lex_state = 16, .external_lex_state = 3},
  [170] = {.lex_state = 16, .external_lex_state = 3},
  [171] = {.lex_state = 16, .external_lex_state = 3},
  [172] = {.lex_state = 35},
  [173] = {.lex_state = 35},
  [174] = {.lex_state = 35},
  [175] = {.lex_state = 35},
  [176] = {.lex_state = 35},
  [177] = {.lex_state = 16, .external_lex_state = 3},
  [178] = {.lex_state = 35},
  [179] = {.lex_state = 16, .external_lex_state = 3},
  [180] = {.lex_state = 35, .external_lex_state = 2},
  [181] = {.lex_state = 35, .external_lex_state = 2},
  [182] = {.lex_state = 16, .external_lex_state = 3},
  [183] = {.lex_state = 36, .external_lex_state = 2},
  [184] = {.lex_state = 36, .external_lex_state = 2},
  [185] = {.lex_state = 15, .external_lex_state = 2},
  [186] = {.lex_state = 35, .external_lex_state = 2},
  [187] = {.lex_state = 36, .external_lex_state = 2},
  [188] = {.lex_state = 36, .external_lex_state = 2},
  [189] = {.lex_state = 35, .external_lex_state = 5},
  [190] = {.lex_state = 36, .external_lex_state = 2},
  [191] = {.lex_state = 36, .external_lex_state = 2},
  [192] = {.lex_state = 36, .external_lex_state = 2},
  [193] = {.lex_state = 4},
  [194] = {.lex_state = 4},
  [195] = {.lex_state = 35, .external_lex_state = 2},
  [196] = {.lex_state = 35, .external_lex_state = 2},
  [197] = {.lex_state = 35, .external_lex_state = 2},
  [198] = {.lex_state = 35, .external_lex_state = 2},
  [199] = {.lex_state = 35, .external_lex_state = 2},
  [200] = {.lex_state = 14, .external_lex_state = 2},
  [201] = {.lex_state = 35, .external_lex_state = 2},
  [202] = {.lex_state = 35, .external_lex_state = 2},
  [203] = {.lex_state = 35, .external_lex_state = 2},
  [204] = {.lex_state = 35, .external_lex_state = 2},
  [205] = {.lex_state = 13},
  [206] = {.lex_state = 35, .external_lex_state = 2},
  [207] = {.lex_state = 36, .external_lex_state = 2},
  [208] = {.lex_state = 36, .external_lex_state = 2},
  [209] = {.lex_state = 36, .external_lex_state = 2},
  [210] = {.lex_state = 36, .external_lex_state = 2},
  [211] = {.lex_state = 36, .external_lex_state = 2},
  [212] = {.lex_state = 36, .external_lex_state = 2},
  [213] = {.lex_state = 36, .external_lex_state = 2},
  [214] = {.lex_state = 36, .external_lex_state = 2},
  [215] = {.lex_state = 36, .external_lex_state = 2},
  [216] = {.lex_state = 36, .external_lex_state = 2},
  [217] = {.lex_state = 20},
  [218] = {.lex_state = 36, .external_lex_state = 2},
  [219] = {.lex_state = 36, .external_lex_state = 2},
  [220] = {.lex_state = 36, .external_lex_state = 2},
  [221] = {.lex_state = 36, .external_lex_state = 2},
  [222] = {.lex_state = 35, .external_lex_state = 2},
  [223] = {.lex_state = 12},
  [224] = {.lex_state = 12},
  [225] = {.lex_state = 12},
  [226] = {.lex_state = 35, .external_lex_state = 2},
  [227] = {.lex_state = 35, .external_lex_state = 2},
  [228] = {.lex_state = 35, .external_lex_state = 2},
  [229] = {.lex_state = 35},
  [230] = {.lex_state = 35, .external_lex_state = 2},
  [231] = {.lex_state = 12},
  [232] = {.lex_state = 35},
  [233] = {.lex_state = 12},
  [234] = {.lex_state = 12},
  [235] = {.lex_state = 12},
  [236] = {.lex_state = 12},
  [237] = {.lex_state = 35, .external_lex_state = 2},
  [238] = {.lex_state = 35},
  [239] = {.lex_state = 7},
  [240] = {.lex_state = 35, .external_lex_state = 5},
  [241] = {.lex_state = 41},
  [242] = {.lex_state = 21},
  [243] = {.lex_state = 21},
  [244] = {.lex_state = 35, .external_lex_state = 2},
  [245] = {.lex_state = 19},
  [246] = {.lex_state = 35, .external_lex_state = 2},
  [247] = {.lex_state = 21},
  [248] = {.lex_state = 21},
  [249] = {.lex_state = 7},
  [250] = {.lex_state = 35, .external_lex_state = 2},
  [251] = {.lex_state = 35},
  [252] = {.lex_state = 35, .external_lex_state = 2},
  [253] = {.lex_state = 35, .external_lex_state = 2},
  [254] = {.lex_state = 21},
  [255] = {.lex_state = 19},
  [256] = {.lex_state = 35, .external_lex_state = 2},
  [257] = {.lex_state = 7},
  [258] = {.lex_state = 35},
  [259] = {.lex_state = 35, .external_lex_state = 2},
  [260] = {.lex_state = 7},
  [261] = {.lex_state = 35},
  [262] = {.lex_state = 35},
  [263] = {.lex_state = 7},
  [264] = {.lex_state = 35},
  [265] = {.lex_state = 35, .external_lex_state = 2},
  [266] = {.lex_state = 7},
  [267] = {.lex_state = 21},
  [268] = {.lex_state = 35},
  [269] = {.lex_state = 7},
  [270] = {.lex_state = 7},
  [271] = {.lex_state = 35},
  [272] = {.lex_state = 7},
  [273] = {.lex_state = 35},
  [274] = {.lex_state = 35},
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
  [288] = {.lex_state = 7},
  [289] = {.lex_state = 7},
  [290] = {.lex_state = 7},
  [291] = {.lex_state = 7},
  [292] = {.lex_state = 7},
  [293] = {.lex_state = 35, .external_lex_state = 5},
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
  [335] = {.lex_state = 7},
  [336] = {.lex_state = 7},
  [337] = {.lex_state = 7},
  [338] = {.lex_state = 7},
  [339] = {.lex_state = 7},
  [340] = {.lex_state = 35},
  [341] = {.lex_state = 35},
  [342] = {.lex_state = 7},
  [343] = {.lex_state = 7},
  [344] = {.lex_state = 7},
  [345] = {.lex_state = 7},
  [346] = {.lex_state = 7},
  [347] = {.lex_state = 7},
  [348] = {.lex_state = 7},
  [349] = {.lex_state = 35},
  [350] = {.lex_state = 7},
  [351] = {.lex_state = 7},
  [352] = {.lex_state = 7},
  [353] = {.lex_state = 7},
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
  [385] = {.lex_state = 7},
  [386] = {.lex_state = 7},
  [387] = {.lex_state = 7},
  [388] = {.lex_state = 7},
  [389] = {.lex_state = 35},
  [390] = {.lex_state = 35},
  [391] = {.lex_state = 7},
  [392] = {.lex_state = 7},
  [393] = {.lex_state = 7},
  [394] = {.lex_state = 7},
  [395] = {.lex_state = 35},
  [396] = {.lex_state = 42},
  [397] = {.lex_state = 42},
  [398] = {.lex_state = 42},
  [399] = {.lex_state = 42},
  [400] = {.lex_state = 42},
  [401] = {.lex_state = 42},
  [402] = {.lex_state = 42},
  [403] = {.lex_state = 42},
  [404] = {.lex_state = 35},
  [405] = {.lex_state = 35},
  [406] = {.lex_state = 42},
  [407] = {.lex_state = 35},
  [408] = {.lex_state = 35},
  [409] = {.lex_state = 35},
  [410] = {.lex_state = 35},
  [411] = {.lex_state = 42},
  [412] = {.lex_state = 35},
  [413] = {.lex_state = 35},
  [414] = {.lex_state = 35},
  [415] = {.lex_state = 42},
  [416] = {.lex_state = 42},
  [417] = {.lex_state = 42},
  [418] = {.lex_state = 42},
  [419] = {.lex_state = 42},
  [420] = {.lex_state = 42},
  [421] = {.lex_state = 35},
  [422] = {.lex_state = 35, .external_lex_state = 5},
  [423] = {.lex_state = 35},
  [424] = {.lex_state = 35},
  [425] = {.lex_state = 35},
  [426] = {.lex_state = 35},
  [427] = {.lex_state = 35},
  [428] = {.lex_state = 35, .external_lex_state = 5},
  [429] = {.lex_state = 35, .external_lex_state = 5},
  [430] = {.lex_state = 35},
  [431] = {.lex_state = 35, .external_lex_state = 5},
  [432] = {.lex_state = 35, .external_lex_state = 5},
  [433] = {.lex_state = 31, .external_lex_state = 2},
  [434] = {.lex_state = 31, .external_lex_state = 2},
  [435] = {.lex_state = 31, .external_lex_state = 2},
  [436] = {.lex_state = 32, .external_lex_state = 2},
  [437] = {.lex_state = 32, .external_lex_state = 2},
  [438] = {.lex_state = 32, .external_lex_state = 2},
  [439] = {.lex_state = 31, .external_lex_state = 2},
  [440] = {.lex_state = 33},
  [441] = {.lex_state = 35, .external_lex_state = 2},
  [442] = {.lex_state = 32, .external_lex_state = 2},
  [443] = {.lex_state = 33},
  [444] = {.lex_state = 34},
  [445] = {.lex_state = 32},
  [446] = {.lex_state = 32},
  [447] = {.lex_state = 32},
  [448] = {.lex_state = 32},
  [449] = {.lex_state = 32},
  [450] = {.lex_state = 32},
  [451] = {.lex_state = 32},
  [452] = {.lex_state = 32},
  [453] = {.lex_state = 32},
  [454] = {.lex_state = 32},
  [455] = {.lex_state = 35, .external_lex_state = 2},
  [456] = {.lex_state = 32},
  [457] = {.lex_state = 32},
  [458] = {.lex_state = 35, .external_lex_state = 2},
  [459] = {.lex_state = 5},
  [460] = {.lex_state = 36, .external_lex_state = 2},
  [461] = {.lex_state = 22, .external_lex_state = 2},
  [462] = {.lex_state = 97, .external_lex_state = 2},
  [463] = {.lex_state = 97, .external_lex_state = 2},
  [464] = {.lex_state = 97, .external_lex_state = 2},
  [465] = {.lex_state = 97, .external_lex_state = 2},
  [466] = {.lex_state = 97, .external_lex_state = 2},
  [467] = {.lex_state = 35, .external_lex_state = 2},
  [468] = {.lex_state = 97, .external_lex_state = 2},
  [469] = {.lex_state = 97, .external_lex_state = 2},
  [470] = {.lex_state = 97, .external_lex_state = 2},
  [471] = {.lex_state = 97, .external_lex_state = 2},
  [472] = {.lex_state = 97, .external_lex_state = 2},
  [473] = {.lex_state = 97, .external_lex_state = 2},
  [474] = {.lex_state = 97, .external_lex_state = 2},
  [475] = {.lex_state = 97, .external_lex_state = 2},
  [476] = {.lex_state = 97, .external_lex_state = 2},
  [477] = {.lex_state = 97, .external_lex_state = 2},
  [478] = {.lex_state = 36, .external_lex_state = 2},
  [479] = {.lex_state = 97, .external_lex_state = 2},
  [480] = {.lex_state = 97, .external_lex_state = 2},
  [481] = {.lex_state = 97, .external_lex_state = 2},
  [482] = {.lex_state = 97, .external_lex_state = 2},
  [483] = {.lex_state = 97, .external_lex_state = 2},
  [484] = {.lex_state = 45},
  [485] = {.lex_state = 1},
  [486] = {.lex_state = 97, .external_lex_state = 2},
  [487] = {.lex_state = 97, .external_lex_state = 2},
  [488] = {.lex_state = 97, .external_lex_state = 2},
  [489] = {.lex_state = 45},
  [490] = {.lex_state = 97, .external_lex_state = 2},
  [491] = {.lex_state = 97, .external_lex_state = 2},
  [492] = {.lex_state = 36, .external_lex_state = 2},
  [493] = {.lex_state = 36, .external_lex_state = 2},
  [494] = {.lex_state = 36, .external_lex_state = 2},
  [495] = {.lex_state = 36, .external_lex_state = 2},
  [496] = {.lex_state = 36, .external_lex_state = 2},
  [497] = {.lex_state = 36, .external_lex_state = 2},
  [498] = {.lex_state = 97, .external_lex_state = 2},
  [499] = {.lex_state = 36, .external_lex_state = 2},
  [500] = {.lex_state = 97, .external_lex_state = 2},
  [501] = {.lex_state = 0, .external_lex_state = 2},
  [502] = {.lex_state = 97, .external_lex_state = 2},
  [503] = {.lex_state = 97, .external_lex_state = 2},
  [504] = {.lex_state = 97, .external_lex_state = 2},
  [505] = {.lex_state = 97, .external_lex_state = 2},
  [506] = {.lex_state = 97, .external_lex_state = 2},
  [507] = {.lex_state = 97, .external_lex_state = 2},
  [508] = {.lex_state = 97, .external_lex_state = 2},
  [509] = {.lex_state = 97, .external_lex_state = 2},
  [510] = {.lex_state = 97, .external_lex_state = 2},
  [511] = {.lex_state = 97, .external_lex_state = 2},
  [512] = {.lex_state = 97, .external_lex_state = 2},
  [513] = {.lex_state = 35, .external_lex_state = 2},
  [514] = {.lex_state = 97, .external_lex_state = 2},
  [515] = {.lex_state = 97, .external_lex_state = 2},
  [516] = {.lex_state = 97, .external_lex_state = 2},
  [517] = {.lex_state = 35, .external_lex_state = 2},
  [518] = {.lex_state = 35, .external_lex_state = 2},
  [519] = {.lex_state = 22},
  [520] = {.lex_state = 35, .external_lex_state = 2},
  [521] = {.lex_state = 35, .external_lex_state = 2},
  [522] = {.lex_state = 35, .external_lex_state = 2},
  [523] = {.lex_state = 30, .external_lex_state = 2},
  [524] = {.lex_state = 35, .external_lex_state = 2},
  [525] = {.lex_state = 1},
  [526] = {.lex_state = 0, .external_lex_state = 2},
  [527] = {.lex_state = 30, .external_lex_state = 2},
  [528] = {.lex_state = 97, .external_lex_state = 2},
  [529] = {.lex_state = 35, .external_lex_state = 2},
  [530] = {.lex_state = 35, .external_lex_state = 2},
  [531] = {.lex_state = 35, .external_lex_state = 2},
  [532] = {.lex_state = 36, .external_lex_state = 2},
  [533] = {.lex_state = 35, .external_lex_state = 2},
  [534] = {.lex_state = 30, .external_lex_state = 2},
  [535] = {.lex_state = 97, .external_lex_state = 2},
  [536] = {.lex_state = 30, .external_lex_state = 2},
  [537] = {.lex_state = 35, .external_lex_state = 2},
  [538] = {.lex_state = 0},
  [539] = {.lex_state = 30, .external_lex_state = 2},
  [540] = {.lex_state = 30, .external_lex_state = 2},
  [541] = {.lex_state = 97, .external_lex_state = 2},
  [542] = {.lex_state = 0, .external_lex_state = 2},
  [543] = {.lex_state = 35, .external_lex_state = 2},
  [544] = {.lex_state = 30, .external_lex_state = 2},
  [545] = {.lex_state = 1},
  [546] = {.lex_state = 0, .external_lex_state = 2},
  [547] = {.lex_state = 35, .external_lex_state = 2},
  [548] = {.lex_state = 97},
  [549] = {.lex_state = 0, .external_lex_state = 2},
  [550] = {.lex_state = 35, .external_lex_state = 2},
  [551] = {.lex_state = 0, .external_lex_state = 2},
  [552] = {.lex_state = 43, .external_lex_state = 2},
  [553] = {.lex_state = 35, .external_lex_state = 2},
  [554] = {.lex_state = 45},
  [555] = {.lex_state = 97},
  [556] = {.lex_state = 0, .external_lex_state = 2},
  [557] = {.lex_state = 0, .external_lex_state = 2},
  [558] = {.lex_state = 0, .external_lex_state = 2},
  [559] = {.lex_state = 97},
  [560] = {.lex_state = 0, .external_lex_state = 2},
  [561] = {.lex_state = 0, .external_lex_state = 2},
  [562] = {.lex_state = 97},
  [563] = {.lex_state = 0, .external_lex_state = 2},
  [564] = {.lex_state = 0, .external_lex_state = 2},
  [565] = {.lex_state = 45},
  [566] = {.lex_state = 0, .external_lex_state = 2},
  [567] = {.lex_state = 0, .external_lex_state = 2},
  [568] = {.lex_state = 0, .external_lex_state = 2},
  [569] = {.lex_state = 97},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 0, .external_lex_state = 2},
  [572] = {.lex_state = 97},
  [573] = {.lex_state = 0, .external_lex_state = 2},
  [574] = {.lex_state = 0, .external_lex_state = 2},
  [575] = {.lex_state = 97},
  [576] = {.lex_state = 0, .external_lex_state = 2},
  [577] = {.lex_state = 0, .external_lex_state = 2},
  [578] = {.lex_state = 97},
  [579] = {.lex_state = 97},
  [580] = {.lex_state = 0, .external_lex_state = 2},
  [581] = {.lex_state = 97},
  [582] = {.lex_state = 0, .external_lex_state = 2},
  [583] = {.lex_state = 0, .external_lex_state = 2},
  [584] = {.lex_state = 0, .external_lex_state = 2},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 0, .external_lex_state = 2},
  [587] = {.lex_state = 0, .external_lex_state = 2},
  [588] = {.lex_state = 97},
  [589] = {.lex_state = 0, .external_lex_state = 2},
  [590] = {.lex_state = 0, .external_lex_state = 2},
  [591] = {.lex_state = 0, .external_lex_state = 2},
  [592] = {.lex_state = 49},
  [593] = {.lex_state = 0, .external_lex_state = 2},
  [594] = {.lex_state = 97},
  [595] = {.lex_state = 0, .external_lex_state = 2},
  [596] = {.lex_state = 0, .external_lex_state = 2},
  [597] = {.lex_state = 45},
  [598] = {.lex_state = 97},
  [599] = {.lex_state = 0, .external_lex_state = 2},
  [600] = {.lex_state = 45},
  [601] = {.lex_state = 0, .external_lex_state = 2},
  [602] = {.lex_state = 44, .external_lex_state = 2},
  [603] = {.lex_state = 49},
  [604] = {.lex_state = 97},
  [605] = {.lex_state = 0, .external_lex_state = 2},
  [606] = {.lex_state = 45},
  [607] = {.lex_state = 97},
  [608] = {.lex_state = 0, .external_lex_state = 2},
  [609] = {.lex_state = 97},
  [610] = {.lex_state = 0, .external_lex_state = 2},
  [611] = {.lex_state = 0, .external_lex_state = 2},
  [612] = {.lex_state = 0, .external_lex_state = 2},
  [613] = {.lex_state = 0},
  [614] = {.lex_state = 0, .external_lex_state = 2},
  [615] = {.lex_state = 97},
  [616] = {.lex_state = 0, .external_lex_state = 2},
  [617] = {.lex_state = 0, .external_lex_state = 2},
  [618] = {.lex_state = 0, .external_lex_state = 2},
  [619] = {.lex_state = 97},
  [620] = {.lex_state = 97},
  [621] = {.lex_state = 97},
  [622] = {.lex_state = 0, .external_lex_state = 2},
  [623] = {.lex_state = 0},
  [624] = {.lex_state = 97},
  [625] = {.lex_state = 45},
  [626] = {.lex_state = 97},
  [627] = {.lex_state = 97},
  [628] = {.lex_state = 0},
  [629] = {.lex_state = 35},
  [630] = {.lex_state = 0},
  [631] = {.lex_state = 97},
  [632] = {.lex_state = 0, .external_lex_state = 2},
  [633] = {.lex_state = 97},
  [634] = {.lex_state = 0},
  [635] = {.lex_state = 97},
  [636] = {.lex_state = 97},
  [637] = {.lex_state = 0},
  [638] = {.lex_state = 0},
  [639] = {.lex_state = 49},
  [640] = {.lex_state = 0},
  [641] = {.lex_state = 0, .external_lex_state = 2},
  [642] = {.lex_state = 97},
  [643] = {.lex_state = 35},
  [644] = {.lex_state = 0, .external_lex_state = 2},
  [645] = {.lex_state = 0},
  [646] = {.lex_state = 97},
  [647] = {.lex_state = 0},
  [648] = {.lex_state = 97},
  [649] = {.lex_state = 35},
  [650] = {.lex_state = 35},
  [651] = {.lex_state = 35},
  [652] = {.lex_state = 35},
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
    [sym_precision] = ACTIONS(1),
    [sym_rounding] = ACTIONS(1),
    [sym__newline] = ACTIONS(1),
    [sym__error_sentinel] = ACTIONS(1),
  },
  [1] = {
    [sym_source_file] = STATE(647),
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(644),
    [sym__line_statement] = STATE(577),
    [sym__statement] = STATE(577),
    [sym_assignment] = STATE(577),
    [sym__lvalue] = STATE(525),
    [sym_for_statement] = STATE(577),
    [sym_next_statement] = STATE(577),
    [sym_dim_statement] = STATE(577),
    [sym_procedure_definition] = STATE(577),
    [sym_function_definition] = STATE(577),
    [sym_return_statement] = STATE(577),
    [sym_if_statement] = STATE(577),
    [sym_else_statement] = STATE(577),
    [sym_sys_call] = STATE(577),
    [sym_print_statement] = STATE(577),
    [sym_proc_call] = STATE(577),
    [sym_local_statement] = STATE(577),
    [sym_repeat_statement] = STATE(577),
    [sym_until_statement] = STATE(577),
    [sym_while_statement] = STATE(577),
    [sym_on_error_statement] = STATE(577),
    [sym_on_statement] = STATE(577),
    [sym_basic_statement] = STATE(577),
    [sym_assembler_block] = STATE(577),
    [sym_parenthesized_expression] = STATE(638),
    [sym_indirection] = STATE(525),
    [sym_array_element] = STATE(485),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(566),
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
    [sym__statement] = STATE(557),
    [sym_assignment] = STATE(557),
    [sym__lvalue] = STATE(525),
    [sym_for_statement] = STATE(557),
    [sym_next_statement] = STATE(557),
    [sym_dim_statement] = STATE(557),
    [sym_procedure_definition] = STATE(557),
    [sym_function_definition] = STATE(557),
    [sym_return_statement] = STATE(557),
    [sym_if_statement] = STATE(557),
    [sym__inline_statements] = STATE(570),
    [sym_sys_call] = STATE(557),
    [sym_print_statement] = STATE(557),
    [sym_proc_call] = STATE(557),
    [sym_local_statement] = STATE(557),
    [sym_repeat_statement] = STATE(557),
    [sym_until_statement] = STATE(557),
    [sym_while_statement] = STATE(557),
    [sym_on_error_statement] = STATE(557),
    [sym_on_statement] = STATE(557),
    [sym_basic_statement] = STATE(557),
    [sym_assembler_block] = STATE(557),
    [sym_parenthesized_expression] = STATE(638),
    [sym_indirection] = STATE(525),
    [sym_array_element] = STATE(485),
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
    [sym__statement] = STATE(557),
    [sym_assignment] = STATE(557),
    [sym__lvalue] = STATE(525),
    [sym_for_statement] = STATE(557),
    [sym_next_statement] = STATE(557),
    [sym_dim_statement] = STATE(557),
    [sym_procedure_definition] = STATE(557),
    [sym_function_definition] = STATE(557),
    [sym_return_statement] = STATE(557),
    [sym_if_statement] = STATE(557),
    [sym__inline_statements] = STATE(614),
    [sym_sys_call] = STATE(557),
    [sym_print_statement] = STATE(557),
    [sym_proc_call] = STATE(557),
    [sym_local_statement] = STATE(557),
    [sym_repeat_statement] = STATE(557),
    [sym_until_statement] = STATE(557),
    [sym_while_statement] = STATE(557),
    [sym_on_error_statement] = STATE(557),
    [sym_on_statement] = STATE(557),
    [sym_basic_statement] = STATE(557),
    [sym_assembler_block] = STATE(557),
    [sym_parenthesized_expression] = STATE(638),
    [sym_indirection] = STATE(525),
    [sym_array_element] = STATE(485),
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
    [sym__statements] = STATE(644),
    [sym__line_statement] = STATE(577),
    [sym__statement] = STATE(577),
    [sym_assignment] = STATE(577),
    [sym__lvalue] = STATE(525),
    [sym_for_statement] = STATE(577),
    [sym_next_statement] = STATE(577),
    [sym_dim_statement] = STATE(577),
    [sym_procedure_definition] = STATE(577),
    [sym_function_definition] = STATE(577),
    [sym_return_statement] = STATE(577),
    [sym_if_statement] = STATE(577),
    [sym_else_statement] = STATE(577),
    [sym_sys_call] = STATE(577),
    [sym_print_statement] = STATE(577),
    [sym_proc_call] = STATE(577),
    [sym_local_statement] = STATE(577),
    [sym_repeat_statement] = STATE(577),
    [sym_until_statement] = STATE(577),
    [sym_while_statement] = STATE(577),
    [sym_on_error_statement] = STATE(577),
    [sym_on_statement] = STATE(577),
    [sym_basic_statement] = STATE(577),
    [sym_assembler_block] = STATE(577),
    [sym_parenthesized_expression] = STATE(638),
    [sym_indirection] = STATE(525),
    [sym_array_element] = STATE(485),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(566),
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
    [sym__statements] = STATE(644),
    [sym__line_statement] = STATE(577),
    [sym__statement] = STATE(577),
    [sym_assignment] = STATE(577),
    [sym__lvalue] = STATE(525),
    [sym_for_statement] = STATE(577),
    [sym_next_statement] = STATE(577),
    [sym_dim_statement] = STATE(577),
    [sym_procedure_definition] = STATE(577),
    [sym_function_definition] = STATE(577),
    [sym_return_statement] = STATE(577),
    [sym_if_statement] = STATE(577),
    [sym_else_statement] = STATE(577),
    [sym_sys_call] = STATE(577),
    [sym_print_statement] = STATE(577),
    [sym_proc_call] = STATE(577),
    [sym_local_statement] = STATE(577),
    [sym_repeat_statement] = STATE(577),
    [sym_until_statement] = STATE(577),
    [sym_while_statement] = STATE(577),
    [sym_on_error_statement] = STATE(577),
    [sym_on_statement] = STATE(577),
    [sym_basic_statement] = STATE(577),
    [sym_assembler_block] = STATE(577),
    [sym_parenthesized_expression] = STATE(638),
    [sym_indirection] = STATE(525),
    [sym_array_element] = STATE(485),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(566),
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
    STATE(485), 1,
      sym_array_element,
    STATE(566), 1,
      aux_sym__statements_repeat1,
    STATE(638), 1,
      sym_parenthesized_expression,
    STATE(641), 1,
      sym__statements,
    STATE(525), 2,
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
    STATE(577), 22,
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
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(198), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(622), 22,
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
    STATE(485), 1,
      sym_array_element,
    STATE(582), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    ACTIONS(214), 1,
      anon_sym_ELSE,
    STATE(485), 1,
      sym_array_element,
    STATE(568), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    ACTIONS(218), 1,
      anon_sym_ELSE,
    STATE(485), 1,
      sym_array_element,
    STATE(571), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    ACTIONS(222), 1,
      anon_sym_LOCAL,
    ACTIONS(224), 1,
      anon_sym_ELSE,
    ACTIONS(226), 1,
      anon_sym_OFF,
    STATE(485), 1,
      sym_array_element,
    STATE(564), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(220), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    ACTIONS(230), 1,
      anon_sym_ELSE,
    ACTIONS(232), 1,
      anon_sym_ERROR,
    ACTIONS(236), 1,
      sym_builtin_variable,
    ACTIONS(238), 1,
      sym_identifier,
    STATE(455), 1,
      sym_array_element,
    STATE(596), 1,
      sym__inline_statements,
    STATE(634), 1,
      sym_parenthesized_expression,
    ACTIONS(228), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(458), 2,
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
    ACTIONS(234), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(557), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(584), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(242), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(580), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(248), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(618), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    ACTIONS(216), 1,
      sym_line_number,
    STATE(485), 1,
      sym_array_element,
    STATE(571), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(616), 20,
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
    ACTIONS(204), 1,
      sym_line_number,
    STATE(485), 1,
      sym_array_element,
    STATE(582), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(616), 20,
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
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(232), 1,
      anon_sym_ERROR,
    ACTIONS(236), 1,
      sym_builtin_variable,
    ACTIONS(238), 1,
      sym_identifier,
    STATE(455), 1,
      sym_array_element,
    STATE(596), 1,
      sym__inline_statements,
    STATE(634), 1,
      sym_parenthesized_expression,
    ACTIONS(228), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(458), 2,
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
    ACTIONS(234), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(616), 20,
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
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(240), 1,
      sym_line_number,
    STATE(485), 1,
      sym_array_element,
    STATE(584), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(242), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(616), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(580), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(248), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(616), 20,
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
      anon_sym_ELSE,
    STATE(485), 1,
      sym_array_element,
    STATE(596), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(228), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(557), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(564), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(220), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(616), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(596), 1,
      sym__inline_statements,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(228), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(616), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(264), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(605), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(264), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(605), 20,
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
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    ACTIONS(280), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(525), 2,
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
    STATE(632), 20,
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
  [2742] = 4,
    ACTIONS(290), 1,
      anon_sym_LPAREN,
    STATE(42), 1,
      sym_argument_list,
    ACTIONS(286), 20,
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
    ACTIONS(288), 33,
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
  [2806] = 5,
    ACTIONS(290), 1,
      anon_sym_LPAREN,
    STATE(33), 1,
      sym_argument_list,
    ACTIONS(296), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(292), 18,
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
    ACTIONS(294), 33,
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
  [2872] = 2,
    ACTIONS(298), 23,
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
    ACTIONS(300), 32,
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
  [2932] = 2,
    ACTIONS(302), 23,
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
    ACTIONS(304), 32,
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
  [2992] = 2,
    ACTIONS(306), 23,
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
    ACTIONS(308), 32,
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
  [3052] = 2,
    ACTIONS(310), 23,
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
    ACTIONS(312), 32,
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
  [3112] = 2,
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
  [3170] = 9,
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
    ACTIONS(318), 11,
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
    ACTIONS(320), 25,
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
  [3242] = 8,
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
    ACTIONS(318), 11,
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
    ACTIONS(320), 26,
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
  [3312] = 3,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(318), 20,
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
  [3372] = 2,
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
  [3430] = 2,
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
  [3488] = 2,
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
  [3546] = 2,
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
  [3604] = 2,
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
  [3662] = 2,
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
  [3720] = 3,
    ACTIONS(296), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(292), 19,
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
    ACTIONS(294), 32,
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
  [3780] = 5,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 19,
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
    ACTIONS(320), 29,
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
  [3844] = 6,
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
    ACTIONS(318), 17,
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
    ACTIONS(320), 29,
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
  [3910] = 6,
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
    ACTIONS(318), 17,
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
    ACTIONS(320), 29,
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
  [3976] = 2,
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
  [4034] = 31,
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
    ACTIONS(392), 1,
      sym_precision,
    ACTIONS(394), 1,
      sym_rounding,
    STATE(100), 1,
      aux_sym_instruction_repeat1,
    STATE(113), 1,
      sym__suffix,
    STATE(640), 1,
      sym__base_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(370), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
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
    STATE(198), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(477), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4148] = 31,
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
      sym_precision,
    ACTIONS(394), 1,
      sym_rounding,
    ACTIONS(396), 1,
      sym_line_number,
    ACTIONS(400), 1,
      sym_psr,
    STATE(50), 1,
      aux_sym_instruction_repeat1,
    STATE(113), 1,
      sym__suffix,
    STATE(640), 1,
      sym__base_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(370), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(398), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(198), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(474), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4262] = 4,
    ACTIONS(402), 1,
      anon_sym_LPAREN,
    STATE(58), 1,
      sym_argument_list,
    ACTIONS(288), 14,
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
    ACTIONS(286), 23,
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
  [4310] = 5,
    ACTIONS(402), 1,
      anon_sym_LPAREN,
    STATE(68), 1,
      sym_argument_list,
    ACTIONS(404), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 14,
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
    ACTIONS(292), 21,
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
  [4360] = 4,
    ACTIONS(406), 1,
      anon_sym_LPAREN,
    STATE(85), 1,
      sym_argument_list,
    ACTIONS(288), 13,
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
    ACTIONS(286), 23,
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
  [4407] = 5,
    ACTIONS(406), 1,
      anon_sym_LPAREN,
    STATE(92), 1,
      sym_argument_list,
    ACTIONS(408), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 13,
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
    ACTIONS(292), 21,
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
  [4456] = 2,
    ACTIONS(312), 13,
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
    ACTIONS(310), 24,
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
  [4498] = 2,
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
  [4540] = 2,
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
  [4582] = 2,
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
  [4624] = 6,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(410), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(414), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(416), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 11,
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
    ACTIONS(318), 19,
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
  [4674] = 5,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(414), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(416), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 11,
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
    ACTIONS(318), 21,
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
  [4722] = 2,
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
  [4764] = 9,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(420), 1,
      anon_sym_AND,
    ACTIONS(410), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(414), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(416), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(422), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(418), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(320), 7,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(318), 13,
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
  [4820] = 8,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(410), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(414), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(416), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(422), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(418), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(320), 8,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(318), 13,
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
  [4874] = 3,
    ACTIONS(412), 1,
      anon_sym_CARET,
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
    ACTIONS(318), 23,
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
  [4918] = 10,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(420), 1,
      anon_sym_AND,
    ACTIONS(410), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(414), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(416), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(428), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(422), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(426), 5,
      anon_sym_ELSE,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(418), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(424), 13,
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
  [4976] = 23,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(430), 1,
      sym_line_number,
    ACTIONS(436), 1,
      sym_string,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(440), 1,
      sym_condition,
    ACTIONS(442), 1,
      sym_s_flag,
    ACTIONS(444), 1,
      sym_size,
    ACTIONS(446), 1,
      sym_translate,
    ACTIONS(448), 1,
      sym_block_mode,
    ACTIONS(450), 1,
      sym_p_flag,
    ACTIONS(452), 1,
      sym__mnemonic_subst,
    ACTIONS(454), 1,
      sym_precision,
    ACTIONS(456), 1,
      sym_rounding,
    STATE(151), 1,
      aux_sym_instruction_repeat1,
    STATE(167), 1,
      sym__suffix,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(434), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(432), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(206), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [5060] = 2,
    ACTIONS(308), 13,
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
    ACTIONS(306), 24,
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
  [5102] = 2,
    ACTIONS(300), 13,
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
    ACTIONS(298), 24,
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
  [5144] = 2,
    ACTIONS(304), 13,
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
    ACTIONS(302), 24,
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
  [5186] = 3,
    ACTIONS(404), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 13,
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
    ACTIONS(292), 22,
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
  [5230] = 2,
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
  [5272] = 2,
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
  [5314] = 23,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(440), 1,
      sym_condition,
    ACTIONS(442), 1,
      sym_s_flag,
    ACTIONS(444), 1,
      sym_size,
    ACTIONS(446), 1,
      sym_translate,
    ACTIONS(448), 1,
      sym_block_mode,
    ACTIONS(450), 1,
      sym_p_flag,
    ACTIONS(452), 1,
      sym__mnemonic_subst,
    ACTIONS(454), 1,
      sym_precision,
    ACTIONS(456), 1,
      sym_rounding,
    ACTIONS(458), 1,
      sym_line_number,
    ACTIONS(464), 1,
      sym_string,
    STATE(67), 1,
      aux_sym_instruction_repeat1,
    STATE(167), 1,
      sym__suffix,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(462), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
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
    STATE(203), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [5398] = 2,
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
  [5440] = 2,
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
  [5482] = 3,
    ACTIONS(408), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 12,
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
    ACTIONS(292), 22,
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
  [5525] = 10,
    ACTIONS(470), 1,
      anon_sym_CARET,
    ACTIONS(474), 1,
      anon_sym_AND,
    ACTIONS(468), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(472), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(478), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(480), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(476), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(426), 4,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(466), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(424), 13,
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
  [5582] = 2,
    ACTIONS(482), 14,
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
    ACTIONS(484), 22,
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
  [5623] = 2,
    ACTIONS(486), 14,
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
    ACTIONS(488), 22,
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
  [5664] = 2,
    ACTIONS(490), 14,
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
    ACTIONS(492), 22,
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
  [5705] = 5,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    STATE(107), 1,
      sym_argument_list,
    ACTIONS(496), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 25,
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
  [5752] = 2,
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
  [5793] = 2,
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
  [5834] = 2,
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
  [5875] = 6,
    ACTIONS(470), 1,
      anon_sym_CARET,
    ACTIONS(468), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(478), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(480), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 10,
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
    ACTIONS(318), 19,
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
  [5924] = 5,
    ACTIONS(470), 1,
      anon_sym_CARET,
    ACTIONS(478), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(480), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 10,
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
    ACTIONS(318), 21,
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
  [5971] = 2,
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
  [6012] = 9,
    ACTIONS(470), 1,
      anon_sym_CARET,
    ACTIONS(474), 1,
      anon_sym_AND,
    ACTIONS(468), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(478), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(480), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(476), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(320), 6,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(466), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 13,
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
  [6067] = 8,
    ACTIONS(470), 1,
      anon_sym_CARET,
    ACTIONS(468), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(478), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(480), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(476), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(466), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(320), 7,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(318), 13,
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
  [6120] = 3,
    ACTIONS(470), 1,
      anon_sym_CARET,
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
    ACTIONS(318), 23,
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
  [6163] = 2,
    ACTIONS(308), 12,
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
    ACTIONS(306), 24,
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
  [6204] = 2,
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
  [6245] = 2,
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
  [6286] = 2,
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
  [6327] = 2,
    ACTIONS(300), 12,
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
    ACTIONS(298), 24,
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
  [6368] = 2,
    ACTIONS(304), 12,
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
    ACTIONS(302), 24,
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
  [6409] = 2,
    ACTIONS(312), 12,
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
    ACTIONS(310), 24,
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
  [6450] = 2,
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
  [6491] = 13,
    ACTIONS(502), 1,
      sym_condition,
    ACTIONS(505), 1,
      sym_s_flag,
    ACTIONS(508), 1,
      sym_size,
    ACTIONS(511), 1,
      sym_translate,
    ACTIONS(514), 1,
      sym_block_mode,
    ACTIONS(517), 1,
      sym_p_flag,
    ACTIONS(520), 1,
      sym__mnemonic_subst,
    ACTIONS(523), 1,
      sym_precision,
    ACTIONS(526), 1,
      sym_rounding,
    STATE(100), 1,
      aux_sym_instruction_repeat1,
    STATE(113), 1,
      sym__suffix,
    ACTIONS(498), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(500), 16,
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
  [6553] = 18,
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
    ACTIONS(529), 1,
      sym_psr,
    STATE(640), 1,
      sym__base_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(374), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
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
    STATE(503), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [6625] = 3,
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
    ACTIONS(533), 25,
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
      sym_string,
  [6666] = 2,
    ACTIONS(300), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(298), 27,
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
  [6705] = 2,
    ACTIONS(316), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(314), 27,
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
  [6744] = 4,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    STATE(122), 1,
      sym_argument_list,
    ACTIONS(288), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(286), 25,
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
  [6787] = 3,
    ACTIONS(496), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 25,
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
  [6828] = 2,
    ACTIONS(308), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(306), 27,
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
  [6867] = 2,
    ACTIONS(304), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(302), 27,
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
  [6906] = 2,
    ACTIONS(312), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(310), 27,
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
  [6945] = 2,
    ACTIONS(537), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(539), 25,
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
      sym_string,
  [6983] = 2,
    ACTIONS(541), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(543), 25,
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
      sym_string,
  [7021] = 2,
    ACTIONS(545), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(547), 25,
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
      sym_string,
  [7059] = 2,
    ACTIONS(549), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(551), 25,
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
      sym_string,
  [7097] = 2,
    ACTIONS(553), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(555), 25,
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
      sym_string,
  [7135] = 2,
    ACTIONS(557), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(559), 25,
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
      sym_string,
  [7173] = 2,
    ACTIONS(561), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(563), 25,
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
      sym_string,
  [7211] = 2,
    ACTIONS(565), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(567), 25,
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
      sym_string,
  [7249] = 2,
    ACTIONS(569), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(571), 25,
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
      sym_string,
  [7287] = 2,
    ACTIONS(573), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(575), 25,
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
      sym_string,
  [7325] = 2,
    ACTIONS(577), 8,
      sym_line_number,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(579), 25,
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
      sym_string,
  [7363] = 2,
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
  [7400] = 2,
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
  [7437] = 2,
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
  [7474] = 2,
    ACTIONS(332), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(330), 25,
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
  [7511] = 2,
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
  [7548] = 3,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(320), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(318), 24,
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
  [7587] = 5,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(583), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(585), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 22,
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
  [7630] = 2,
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
  [7667] = 6,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(583), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(585), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(587), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 22,
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
  [7712] = 2,
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
  [7749] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(583), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(585), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(587), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 15,
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
  [7798] = 7,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(583), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(585), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(587), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 16,
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
  [7845] = 12,
    ACTIONS(599), 1,
      anon_sym_RBRACK,
    ACTIONS(601), 1,
      anon_sym_DOT,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    STATE(189), 1,
      sym_asm_label,
    STATE(240), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(595), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(541), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(597), 10,
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
  [7901] = 15,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(611), 1,
      sym_line_number,
    ACTIONS(615), 1,
      sym_register,
    ACTIONS(619), 1,
      sym_string,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(617), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(507), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(613), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(195), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [7963] = 15,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(619), 1,
      sym_string,
    ACTIONS(621), 1,
      sym_line_number,
    ACTIONS(625), 1,
      sym_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(617), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(504), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(623), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(195), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8025] = 5,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    STATE(145), 1,
      sym_argument_list,
    ACTIONS(629), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 20,
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
  [8067] = 12,
    ACTIONS(601), 1,
      anon_sym_DOT,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    ACTIONS(633), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(189), 1,
      sym_asm_label,
    STATE(140), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(631), 4,
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
    ACTIONS(597), 10,
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
  [8123] = 12,
    ACTIONS(601), 1,
      anon_sym_DOT,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    ACTIONS(635), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(189), 1,
      sym_asm_label,
    STATE(240), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(595), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(541), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(597), 10,
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
  [8179] = 12,
    ACTIONS(601), 1,
      anon_sym_DOT,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    ACTIONS(637), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(189), 1,
      sym_asm_label,
    STATE(240), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(595), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(541), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(597), 10,
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
  [8235] = 12,
    ACTIONS(601), 1,
      anon_sym_DOT,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    ACTIONS(639), 1,
      anon_sym_RBRACK,
    STATE(51), 1,
      sym_mnemonic,
    STATE(189), 1,
      sym_asm_label,
    STATE(240), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(595), 4,
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
    ACTIONS(597), 10,
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
  [8291] = 15,
    ACTIONS(360), 1,
      anon_sym_POUND,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(619), 1,
      sym_string,
    ACTIONS(641), 1,
      sym_line_number,
    ACTIONS(645), 1,
      sym_register,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(617), 2,
      sym_builtin_variable,
      sym_number,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(514), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(643), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(195), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8353] = 11,
    ACTIONS(601), 1,
      anon_sym_DOT,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    STATE(189), 1,
      sym_asm_label,
    STATE(240), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(595), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(541), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(597), 10,
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
  [8406] = 14,
    ACTIONS(651), 1,
      anon_sym_ELSE,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(661), 1,
      sym_builtin_variable,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    STATE(152), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(647), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(665), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(649), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(653), 4,
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
  [8464] = 2,
    ACTIONS(312), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(310), 22,
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
  [8498] = 2,
    ACTIONS(308), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(306), 22,
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
  [8532] = 4,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    STATE(178), 1,
      sym_argument_list,
    ACTIONS(288), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(286), 20,
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
  [8570] = 3,
    ACTIONS(629), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 20,
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
  [8606] = 2,
    ACTIONS(300), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(298), 22,
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
  [8640] = 2,
    ACTIONS(316), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(314), 22,
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
  [8674] = 5,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    STATE(107), 1,
      sym_argument_list,
    ACTIONS(496), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 22,
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
  [8714] = 13,
    ACTIONS(669), 1,
      sym_condition,
    ACTIONS(672), 1,
      sym_s_flag,
    ACTIONS(675), 1,
      sym_size,
    ACTIONS(678), 1,
      sym_translate,
    ACTIONS(681), 1,
      sym_block_mode,
    ACTIONS(684), 1,
      sym_p_flag,
    ACTIONS(687), 1,
      sym__mnemonic_subst,
    ACTIONS(690), 1,
      sym_precision,
    ACTIONS(693), 1,
      sym_rounding,
    STATE(151), 1,
      aux_sym_instruction_repeat1,
    STATE(167), 1,
      sym__suffix,
    ACTIONS(498), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(500), 12,
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
  [8770] = 14,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(661), 1,
      sym_builtin_variable,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(700), 1,
      anon_sym_ELSE,
    STATE(154), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(665), 2,
      sym_number,
      sym_string,
    ACTIONS(696), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(698), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(66), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8828] = 2,
    ACTIONS(304), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(302), 22,
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
  [8862] = 14,
    ACTIONS(707), 1,
      anon_sym_ELSE,
    ACTIONS(715), 1,
      anon_sym_LPAREN2,
    ACTIONS(718), 1,
      sym_builtin_function,
    ACTIONS(721), 1,
      sym_builtin_variable,
    ACTIONS(724), 1,
      sym_fn_name,
    ACTIONS(730), 1,
      sym_identifier,
    STATE(154), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(702), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(712), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(727), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(704), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(709), 4,
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
  [8920] = 13,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(743), 1,
      sym_builtin_variable,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    STATE(158), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(647), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(747), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(733), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(735), 4,
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
  [8975] = 13,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(763), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_builtin_variable,
    ACTIONS(769), 1,
      sym_fn_name,
    ACTIONS(775), 1,
      sym_identifier,
    STATE(156), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(702), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(757), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(772), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(751), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(754), 4,
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
  [9030] = 5,
    ACTIONS(778), 1,
      anon_sym_LPAREN,
    STATE(184), 1,
      sym_argument_list,
    ACTIONS(780), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 21,
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
  [9069] = 13,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(743), 1,
      sym_builtin_variable,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    STATE(156), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(696), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(747), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(782), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(78), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9124] = 2,
    ACTIONS(545), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(547), 21,
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
      sym_string,
  [9156] = 6,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(788), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(790), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 17,
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
  [9196] = 5,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(788), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(790), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(320), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 17,
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
  [9234] = 2,
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
  [9266] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(788), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(790), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 10,
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
  [9310] = 7,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(788), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(790), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 11,
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
  [9352] = 3,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(320), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(318), 19,
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
  [9386] = 2,
    ACTIONS(573), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(575), 21,
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
      sym_string,
  [9418] = 2,
    ACTIONS(549), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(551), 21,
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
      sym_string,
  [9450] = 2,
    ACTIONS(565), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(567), 21,
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
      sym_string,
  [9482] = 2,
    ACTIONS(557), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(559), 21,
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
      sym_string,
  [9514] = 2,
    ACTIONS(541), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(543), 21,
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
      sym_string,
  [9546] = 2,
    ACTIONS(553), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(555), 21,
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
      sym_string,
  [9578] = 2,
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
  [9610] = 2,
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
  [9642] = 2,
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
  [9674] = 2,
    ACTIONS(332), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(330), 20,
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
  [9706] = 2,
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
  [9738] = 2,
    ACTIONS(561), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(563), 21,
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
      sym_string,
  [9770] = 2,
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
  [9802] = 2,
    ACTIONS(577), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(579), 21,
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
      sym_string,
  [9834] = 9,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(583), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(585), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(587), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(589), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(338), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9880] = 9,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(583), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(585), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(587), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(589), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(342), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9926] = 2,
    ACTIONS(569), 6,
      sym_line_number,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(571), 21,
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
      sym_string,
  [9958] = 3,
    ACTIONS(780), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 21,
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
  [9991] = 2,
    ACTIONS(308), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(306), 23,
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
  [10022] = 12,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(804), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(802), 2,
      anon_sym_TO,
      anon_sym_ELSE,
    ACTIONS(806), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(800), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(358), 4,
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
  [10073] = 10,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(810), 1,
      anon_sym_COMMA,
    STATE(486), 1,
      aux_sym_data_repeat1,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(808), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10120] = 2,
    ACTIONS(316), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 23,
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
  [10151] = 2,
    ACTIONS(300), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(298), 23,
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
  [10182] = 8,
    ACTIONS(603), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(605), 1,
      aux_sym_align_token1,
    ACTIONS(607), 1,
      sym__mnemonic_head,
    ACTIONS(609), 1,
      sym__swi_mnemonic,
    STATE(51), 1,
      sym_mnemonic,
    ACTIONS(814), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(535), 6,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(597), 10,
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
  [10225] = 2,
    ACTIONS(304), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(302), 23,
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
  [10256] = 2,
    ACTIONS(312), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(310), 23,
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
  [10287] = 4,
    ACTIONS(778), 1,
      anon_sym_LPAREN,
    STATE(210), 1,
      sym_argument_list,
    ACTIONS(288), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(286), 21,
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
  [10322] = 14,
    ACTIONS(816), 1,
      anon_sym_RBRACK,
    ACTIONS(818), 1,
      sym_register,
    ACTIONS(822), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(830), 1,
      sym_builtin_variable,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(834), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(642), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(820), 4,
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
  [10377] = 14,
    ACTIONS(822), 1,
      anon_sym_POUND,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(830), 1,
      sym_builtin_variable,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(838), 1,
      anon_sym_RBRACK,
    ACTIONS(840), 1,
      sym_register,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(834), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(648), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(820), 4,
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
  [10432] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(842), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10474] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(844), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10516] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(846), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10558] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(848), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10600] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(850), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [10642] = 12,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(802), 1,
      anon_sym_TO,
    ACTIONS(804), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(806), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(800), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(358), 4,
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
  [10692] = 11,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(854), 1,
      anon_sym_TO,
    ACTIONS(856), 1,
      anon_sym_COMMA,
    STATE(517), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(852), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10740] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(858), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10781] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(860), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10822] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(862), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10863] = 13,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    ACTIONS(864), 1,
      anon_sym_LOCAL,
    ACTIONS(866), 1,
      anon_sym_LPAREN2,
    ACTIONS(868), 1,
      sym_builtin_variable,
    STATE(107), 1,
      sym_argument_list,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(870), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [10914] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(872), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10955] = 2,
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
  [10984] = 2,
    ACTIONS(332), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(330), 21,
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
  [11013] = 2,
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
  [11042] = 2,
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
  [11071] = 5,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(874), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(878), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 14,
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
  [11106] = 2,
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
  [11135] = 6,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(874), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(882), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(878), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(880), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 8,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
  [11172] = 7,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(884), 1,
      anon_sym_AND,
    ACTIONS(874), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(882), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(878), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(880), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(318), 7,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
  [11211] = 8,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(884), 1,
      anon_sym_AND,
    ACTIONS(874), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(886), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(882), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(878), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(338), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(880), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11252] = 8,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(884), 1,
      anon_sym_AND,
    ACTIONS(874), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(886), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(882), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(878), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(342), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(880), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11293] = 5,
    ACTIONS(888), 1,
      anon_sym_LPAREN,
    STATE(248), 1,
      sym_argument_list,
    ACTIONS(890), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
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
  [11328] = 2,
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
  [11357] = 2,
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
  [11386] = 3,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 20,
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
  [11417] = 4,
    ACTIONS(876), 1,
      anon_sym_CARET,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(878), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 16,
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
  [11450] = 11,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(892), 1,
      anon_sym_TO,
    ACTIONS(894), 1,
      anon_sym_COMMA,
    STATE(522), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(852), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11497] = 12,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    ACTIONS(900), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(904), 1,
      sym_builtin_variable,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    STATE(419), 1,
      sym_argument_list,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(908), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [11545] = 12,
    ACTIONS(778), 1,
      anon_sym_LPAREN,
    ACTIONS(916), 1,
      anon_sym_LPAREN2,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(920), 1,
      sym_builtin_variable,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    STATE(209), 1,
      sym_argument_list,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(924), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [11593] = 12,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    ACTIONS(866), 1,
      anon_sym_LPAREN2,
    ACTIONS(928), 1,
      sym_builtin_variable,
    STATE(125), 1,
      sym_argument_list,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(930), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [11641] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(338), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11681] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(932), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11721] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(342), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11761] = 9,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(788), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(790), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(338), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(792), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11803] = 9,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(938), 1,
      anon_sym_STEP,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(936), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11845] = 12,
    ACTIONS(290), 1,
      anon_sym_LPAREN,
    ACTIONS(944), 1,
      anon_sym_LPAREN2,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(948), 1,
      sym_builtin_variable,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    STATE(39), 1,
      sym_argument_list,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(952), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [11893] = 5,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    STATE(145), 1,
      sym_argument_list,
    ACTIONS(956), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 3,
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
  [11927] = 12,
    ACTIONS(406), 1,
      anon_sym_LPAREN,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(958), 1,
      anon_sym_LPAREN2,
    ACTIONS(960), 1,
      sym_builtin_variable,
    STATE(99), 1,
      sym_argument_list,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(962), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(84), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11975] = 12,
    ACTIONS(900), 1,
      anon_sym_LPAREN2,
    ACTIONS(904), 1,
      sym_builtin_variable,
    ACTIONS(964), 1,
      anon_sym_LPAREN,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    STATE(419), 1,
      sym_argument_list,
    ACTIONS(908), 2,
      sym_number,
      sym_string,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [12023] = 12,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(976), 1,
      anon_sym_LPAREN2,
    ACTIONS(978), 1,
      sym_builtin_variable,
    STATE(176), 1,
      sym_argument_list,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(980), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(175), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12071] = 12,
    ACTIONS(402), 1,
      anon_sym_LPAREN,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(982), 1,
      anon_sym_LPAREN2,
    ACTIONS(984), 1,
      sym_builtin_variable,
    STATE(57), 1,
      sym_argument_list,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(986), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(76), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12119] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(988), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12159] = 9,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(788), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(790), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(342), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(792), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12201] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(990), 1,
      anon_sym_RPAREN,
    ACTIONS(992), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(994), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(274), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12246] = 3,
    STATE(240), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(996), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    ACTIONS(999), 16,
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
  [12275] = 4,
    ACTIONS(964), 1,
      anon_sym_LPAREN,
    STATE(420), 1,
      sym_argument_list,
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
  [12306] = 2,
    ACTIONS(316), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(314), 18,
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
  [12333] = 2,
    ACTIONS(304), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(302), 18,
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
  [12360] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1001), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12399] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1003), 1,
      anon_sym_ERROR,
    ACTIONS(1005), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1007), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [12444] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1009), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12483] = 3,
    ACTIONS(890), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
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
  [12512] = 2,
    ACTIONS(308), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(306), 18,
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
  [12539] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1011), 1,
      anon_sym_RPAREN,
    ACTIONS(1013), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1015), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [12584] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1017), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12623] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1021), 1,
      anon_sym_RPAREN,
    STATE(619), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12666] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1025), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12705] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1027), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12744] = 2,
    ACTIONS(312), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(310), 18,
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
  [12771] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1005), 1,
      sym_builtin_variable,
    ACTIONS(1029), 1,
      anon_sym_ERROR,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1007), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [12816] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1031), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12855] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1033), 1,
      anon_sym_RPAREN,
    ACTIONS(1035), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1037), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(258), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12900] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1039), 1,
      anon_sym_RPAREN,
    STATE(581), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12943] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1041), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12982] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1043), 1,
      anon_sym_RPAREN,
    ACTIONS(1045), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1047), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(261), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13027] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1049), 1,
      anon_sym_RPAREN,
    STATE(588), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13070] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1051), 1,
      anon_sym_RPAREN,
    STATE(569), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13113] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1053), 1,
      anon_sym_RPAREN,
    ACTIONS(1055), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1057), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [13158] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1059), 1,
      anon_sym_RPAREN,
    STATE(594), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13201] = 8,
    ACTIONS(581), 1,
      anon_sym_CARET,
    ACTIONS(591), 1,
      anon_sym_AND,
    ACTIONS(798), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(812), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(593), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1061), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(585), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(589), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13240] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1063), 1,
      anon_sym_RPAREN,
    ACTIONS(1065), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1067), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(268), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13285] = 2,
    ACTIONS(300), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(298), 18,
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
  [13312] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1069), 1,
      anon_sym_RPAREN,
    STATE(598), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13355] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1071), 1,
      anon_sym_RPAREN,
    ACTIONS(1073), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1075), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(262), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13400] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1077), 1,
      anon_sym_RPAREN,
    ACTIONS(1079), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1081), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(271), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13445] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1083), 1,
      anon_sym_RPAREN,
    STATE(604), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13488] = 11,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_RPAREN,
    ACTIONS(1087), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1089), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(273), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13533] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1091), 1,
      anon_sym_RPAREN,
    STATE(559), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13576] = 10,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1093), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13619] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1095), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1097), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [13661] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1099), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1101), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(252), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13703] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1103), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1105), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
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
  [13745] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1109), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1111), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [13787] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1113), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1115), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
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
  [13829] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1117), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1119), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
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
  [13871] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1121), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1123), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [13913] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1125), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1127), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(244), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13955] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1129), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1131), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(48), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13997] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1133), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1135), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [14039] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1137), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1139), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(49), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14081] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1141), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1143), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [14123] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1145), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1147), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [14165] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1149), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1151), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [14207] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1153), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1155), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(259), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14249] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1157), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1159), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [14291] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1161), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1163), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [14333] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1165), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1167), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [14375] = 3,
    ACTIONS(1171), 1,
      anon_sym_LPAREN,
    STATE(432), 1,
      sym_argument_list,
    ACTIONS(1169), 19,
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
  [14403] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1173), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1175), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14445] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1177), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1179), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(197), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14487] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1181), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1183), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [14529] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1185), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1187), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [14571] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1189), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1191), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [14613] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1193), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1195), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [14655] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1197), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1199), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [14697] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1201), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1203), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [14739] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1205), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1207), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [14781] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1209), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1211), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(91), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14823] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1213), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1215), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(238), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14865] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1217), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1219), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [14907] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1221), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1223), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [14949] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1225), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1227), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [14991] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1229), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1231), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [15033] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1233), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1235), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(399), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15075] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1237), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1239), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [15117] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1241), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1243), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [15159] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1245), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1247), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(256), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15201] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1249), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1251), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [15243] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1253), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1255), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [15285] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1257), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1259), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [15327] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1261), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1263), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [15369] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1265), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1267), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [15411] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1269), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1271), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [15453] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1273), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1275), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(246), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15495] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1277), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1279), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [15537] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1281), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1283), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(60), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15579] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1285), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1287), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
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
  [15621] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1289), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1291), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
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
  [15663] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1293), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1295), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
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
  [15705] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1297), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1299), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(64), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15747] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1301), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1303), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
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
  [15789] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1305), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1307), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [15831] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1309), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1311), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [15873] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1313), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1315), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(349), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15915] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1317), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1319), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [15957] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1321), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1323), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(230), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15999] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1327), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1329), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [16041] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1331), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1333), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [16083] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1335), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1337), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [16125] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1339), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1341), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [16167] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1343), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1345), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(213), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16209] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1347), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1349), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [16251] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1351), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1353), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [16293] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1355), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1357), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [16335] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(338), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16373] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(342), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16411] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1359), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1361), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [16453] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1363), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1365), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [16495] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1367), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1369), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(126), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16537] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1371), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1373), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [16579] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1375), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1377), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [16621] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1379), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1381), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(426), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16663] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1383), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1385), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [16705] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1387), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16743] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1389), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1391), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(228), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16785] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1393), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1395), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [16827] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1397), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1399), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [16869] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1225), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1227), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [16911] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1401), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1403), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [16953] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1405), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1407), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [16995] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1409), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1411), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(430), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17037] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1413), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1415), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(424), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17079] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1417), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1419), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [17121] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1421), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1423), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [17163] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1425), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1427), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [17205] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1429), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1431), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(226), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17247] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1433), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1435), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(417), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17289] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1437), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1439), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(95), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17331] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1441), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1443), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [17373] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1445), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1447), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [17415] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1095), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1097), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [17457] = 10,
    ACTIONS(739), 1,
      anon_sym_LPAREN2,
    ACTIONS(741), 1,
      sym_builtin_function,
    ACTIONS(745), 1,
      sym_fn_name,
    ACTIONS(749), 1,
      sym_identifier,
    ACTIONS(1449), 1,
      sym_builtin_variable,
    ACTIONS(737), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1451), 2,
      sym_number,
      sym_string,
    STATE(77), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(735), 4,
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
  [17499] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1433), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1435), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(417), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17541] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1453), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1455), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [17583] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1457), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1459), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(174), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17625] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(970), 1,
      sym_builtin_function,
    ACTIONS(972), 1,
      sym_fn_name,
    ACTIONS(974), 1,
      sym_identifier,
    ACTIONS(1461), 1,
      sym_builtin_variable,
    ACTIONS(968), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1463), 2,
      sym_number,
      sym_string,
    STATE(247), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(966), 4,
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
  [17667] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1465), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1467), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
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
  [17709] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1469), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1471), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(173), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17751] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1473), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1475), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [17793] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1477), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1479), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(341), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17835] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(902), 1,
      sym_builtin_function,
    ACTIONS(906), 1,
      sym_fn_name,
    ACTIONS(910), 1,
      sym_identifier,
    ACTIONS(1461), 1,
      sym_builtin_variable,
    ACTIONS(898), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1463), 2,
      sym_number,
      sym_string,
    STATE(390), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(896), 4,
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
  [17877] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1481), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1483), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(237), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17919] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1485), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1487), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(73), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17961] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1489), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1491), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(340), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18003] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1493), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1495), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [18045] = 10,
    ACTIONS(657), 1,
      anon_sym_LPAREN2,
    ACTIONS(659), 1,
      sym_builtin_function,
    ACTIONS(663), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    ACTIONS(1497), 1,
      sym_builtin_variable,
    ACTIONS(655), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1499), 2,
      sym_number,
      sym_string,
    STATE(71), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(653), 4,
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
  [18087] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1501), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1503), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [18129] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1505), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1507), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [18171] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1509), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1511), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(180), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18213] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1513), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1515), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(218), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18255] = 10,
    ACTIONS(946), 1,
      sym_builtin_function,
    ACTIONS(950), 1,
      sym_fn_name,
    ACTIONS(954), 1,
      sym_identifier,
    ACTIONS(1107), 1,
      anon_sym_LPAREN2,
    ACTIONS(1517), 1,
      sym_builtin_variable,
    ACTIONS(942), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1519), 2,
      sym_number,
      sym_string,
    STATE(45), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(940), 4,
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
  [18297] = 10,
    ACTIONS(366), 1,
      anon_sym_LPAREN2,
    ACTIONS(368), 1,
      sym_builtin_function,
    ACTIONS(372), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1521), 1,
      sym_builtin_variable,
    ACTIONS(362), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1523), 2,
      sym_number,
      sym_string,
    STATE(106), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(358), 4,
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
  [18339] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1525), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1527), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [18381] = 4,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    STATE(420), 1,
      sym_argument_list,
    ACTIONS(288), 3,
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
  [18411] = 3,
    ACTIONS(956), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(294), 3,
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
  [18439] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1529), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1531), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
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
  [18481] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1533), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1535), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(409), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18523] = 10,
    ACTIONS(826), 1,
      anon_sym_LPAREN2,
    ACTIONS(828), 1,
      sym_builtin_function,
    ACTIONS(832), 1,
      sym_fn_name,
    ACTIONS(836), 1,
      sym_identifier,
    ACTIONS(1537), 1,
      sym_builtin_variable,
    ACTIONS(824), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1539), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(820), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(410), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18565] = 10,
    ACTIONS(918), 1,
      sym_builtin_function,
    ACTIONS(922), 1,
      sym_fn_name,
    ACTIONS(926), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      anon_sym_LPAREN2,
    ACTIONS(1541), 1,
      sym_builtin_variable,
    ACTIONS(914), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1543), 2,
      sym_number,
      sym_string,
    STATE(183), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(912), 4,
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
  [18607] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1545), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18644] = 4,
    ACTIONS(1547), 1,
      anon_sym_CARET,
    ACTIONS(320), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1549), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 11,
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
  [18673] = 2,
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
  [18698] = 8,
    ACTIONS(320), 1,
      sym_rest_of_statement,
    ACTIONS(1547), 1,
      anon_sym_CARET,
    ACTIONS(1555), 1,
      anon_sym_AND,
    ACTIONS(318), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1557), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1549), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1551), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18735] = 7,
    ACTIONS(320), 1,
      sym_rest_of_statement,
    ACTIONS(1547), 1,
      anon_sym_CARET,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(318), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1557), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1549), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1551), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18770] = 3,
    ACTIONS(1547), 1,
      anon_sym_CARET,
    ACTIONS(320), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 15,
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
  [18797] = 2,
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
  [18822] = 2,
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
  [18847] = 8,
    ACTIONS(1547), 1,
      anon_sym_CARET,
    ACTIONS(1555), 1,
      anon_sym_AND,
    ACTIONS(1559), 1,
      sym_rest_of_statement,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1561), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1557), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1549), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1551), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18884] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1563), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18921] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(846), 1,
      anon_sym_RBRACK,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18958] = 5,
    ACTIONS(1547), 1,
      anon_sym_CARET,
    ACTIONS(1553), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(320), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1549), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18989] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(842), 1,
      anon_sym_RBRACK,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19026] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1565), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19063] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1567), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19100] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1569), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19137] = 2,
    ACTIONS(300), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(298), 16,
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
  [19162] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1571), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19199] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1573), 1,
      anon_sym_RPAREN,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19236] = 8,
    ACTIONS(786), 1,
      anon_sym_CARET,
    ACTIONS(794), 1,
      anon_sym_AND,
    ACTIONS(1575), 1,
      anon_sym_TO,
    ACTIONS(934), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1023), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(796), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(790), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(792), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19273] = 2,
    ACTIONS(304), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(302), 16,
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
  [19298] = 2,
    ACTIONS(312), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(310), 16,
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
  [19323] = 2,
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
  [19348] = 2,
    ACTIONS(332), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(330), 16,
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
  [19373] = 2,
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
  [19398] = 2,
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
  [19423] = 5,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(1577), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1581), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19453] = 1,
    ACTIONS(1169), 19,
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
  [19475] = 7,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(1585), 1,
      anon_sym_AND,
    ACTIONS(318), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1577), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1587), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1581), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1583), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19509] = 8,
    ACTIONS(338), 1,
      anon_sym_EQ,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(1585), 1,
      anon_sym_AND,
    ACTIONS(1577), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1589), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1587), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1581), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1583), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19545] = 6,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(1577), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(318), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1587), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1581), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1583), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19577] = 8,
    ACTIONS(342), 1,
      anon_sym_EQ,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(1585), 1,
      anon_sym_AND,
    ACTIONS(1577), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1589), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1587), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1581), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1583), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19613] = 4,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1581), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(318), 11,
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
  [19641] = 1,
    ACTIONS(302), 19,
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
  [19663] = 1,
    ACTIONS(298), 19,
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
  [19685] = 3,
    ACTIONS(1579), 1,
      anon_sym_CARET,
    ACTIONS(320), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(318), 15,
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
  [19711] = 1,
    ACTIONS(310), 19,
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
  [19733] = 1,
    ACTIONS(306), 19,
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
  [19755] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1595), 1,
      anon_sym_ELSE,
    ACTIONS(1597), 1,
      anon_sym_SEMI,
    ACTIONS(1601), 1,
      sym_builtin_variable,
    ACTIONS(1603), 1,
      sym_identifier,
    STATE(478), 1,
      sym_array_element,
    STATE(495), 1,
      aux_sym_sys_call_repeat2,
    STATE(637), 1,
      sym_parenthesized_expression,
    ACTIONS(1591), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(494), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1599), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19797] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1603), 1,
      sym_identifier,
    ACTIONS(1607), 1,
      anon_sym_ELSE,
    ACTIONS(1609), 1,
      anon_sym_SEMI,
    ACTIONS(1611), 1,
      sym_builtin_variable,
    STATE(478), 1,
      sym_array_element,
    STATE(499), 1,
      aux_sym_sys_call_repeat2,
    STATE(637), 1,
      sym_parenthesized_expression,
    ACTIONS(1605), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(497), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1599), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19839] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1603), 1,
      sym_identifier,
    ACTIONS(1615), 1,
      anon_sym_ELSE,
    ACTIONS(1617), 1,
      sym_builtin_variable,
    STATE(478), 1,
      sym_array_element,
    STATE(637), 1,
      sym_parenthesized_expression,
    STATE(532), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1599), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1613), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19874] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1597), 1,
      anon_sym_SEMI,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1621), 1,
      sym_builtin_variable,
    ACTIONS(1623), 1,
      sym_identifier,
    STATE(478), 1,
      sym_array_element,
    STATE(536), 1,
      aux_sym_sys_call_repeat2,
    STATE(637), 1,
      sym_parenthesized_expression,
    ACTIONS(1591), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(544), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1599), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19913] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1609), 1,
      anon_sym_SEMI,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1623), 1,
      sym_identifier,
    ACTIONS(1625), 1,
      sym_builtin_variable,
    STATE(478), 1,
      sym_array_element,
    STATE(527), 1,
      aux_sym_sys_call_repeat2,
    STATE(637), 1,
      sym_parenthesized_expression,
    ACTIONS(1605), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(540), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1599), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19952] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1617), 1,
      sym_builtin_variable,
    ACTIONS(1623), 1,
      sym_identifier,
    STATE(478), 1,
      sym_array_element,
    STATE(637), 1,
      sym_parenthesized_expression,
    STATE(532), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1599), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1613), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19984] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1629), 1,
      anon_sym_ELSE,
    ACTIONS(1633), 1,
      sym_builtin_variable,
    ACTIONS(1635), 1,
      sym_identifier,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    ACTIONS(1627), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(529), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20017] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1637), 1,
      anon_sym_RETURN,
    ACTIONS(1641), 1,
      sym_builtin_variable,
    ACTIONS(1643), 1,
      sym_identifier,
    STATE(555), 1,
      sym_array_element,
    STATE(615), 1,
      sym_parameter,
    STATE(630), 1,
      sym_parenthesized_expression,
    STATE(631), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1639), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20049] = 4,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    STATE(107), 1,
      sym_argument_list,
    ACTIONS(1647), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20071] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1633), 1,
      sym_builtin_variable,
    ACTIONS(1635), 1,
      sym_identifier,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    ACTIONS(1627), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(529), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20101] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1637), 1,
      anon_sym_RETURN,
    ACTIONS(1641), 1,
      sym_builtin_variable,
    ACTIONS(1643), 1,
      sym_identifier,
    STATE(555), 1,
      sym_array_element,
    STATE(630), 1,
      sym_parenthesized_expression,
    STATE(633), 1,
      sym_parameter,
    STATE(631), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1639), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20133] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(232), 1,
      anon_sym_ERROR,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1649), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(524), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20162] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1651), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(591), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20188] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1655), 1,
      sym_builtin_variable,
    ACTIONS(1657), 1,
      sym_identifier,
    STATE(613), 1,
      sym_array_element,
    STATE(628), 1,
      sym_parenthesized_expression,
    STATE(645), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1653), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20214] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1659), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(611), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20240] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1661), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(610), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20266] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1663), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(547), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20292] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1665), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(583), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20318] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1667), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(563), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20344] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1669), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(587), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20370] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1671), 1,
      sym_builtin_variable,
    STATE(485), 1,
      sym_array_element,
    STATE(638), 1,
      sym_parenthesized_expression,
    STATE(545), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20396] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1673), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(590), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20422] = 2,
    ACTIONS(1647), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20438] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1635), 1,
      sym_identifier,
    ACTIONS(1675), 1,
      sym_builtin_variable,
    STATE(518), 1,
      sym_array_element,
    STATE(623), 1,
      sym_parenthesized_expression,
    STATE(576), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1631), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20464] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1643), 1,
      sym_identifier,
    ACTIONS(1677), 1,
      sym_builtin_variable,
    STATE(555), 1,
      sym_array_element,
    STATE(630), 1,
      sym_parenthesized_expression,
    STATE(624), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1639), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20490] = 4,
    ACTIONS(1683), 1,
      anon_sym_COMMA,
    STATE(543), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1679), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1681), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20509] = 4,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    STATE(145), 1,
      sym_argument_list,
    ACTIONS(1685), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20527] = 4,
    ACTIONS(778), 1,
      anon_sym_LPAREN,
    STATE(184), 1,
      sym_argument_list,
    ACTIONS(1687), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20545] = 4,
    ACTIONS(290), 1,
      anon_sym_LPAREN,
    STATE(33), 1,
      sym_argument_list,
    ACTIONS(1687), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20562] = 4,
    ACTIONS(639), 1,
      anon_sym_RBRACK,
    STATE(464), 1,
      aux_sym_assembler_block_repeat2,
    STATE(138), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1689), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20579] = 4,
    ACTIONS(635), 1,
      anon_sym_RBRACK,
    STATE(465), 1,
      aux_sym_assembler_block_repeat2,
    STATE(133), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1691), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20596] = 4,
    ACTIONS(635), 1,
      anon_sym_RBRACK,
    STATE(466), 1,
      aux_sym_assembler_block_repeat2,
    STATE(133), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1691), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20613] = 4,
    ACTIONS(599), 1,
      anon_sym_RBRACK,
    STATE(466), 1,
      aux_sym_assembler_block_repeat2,
    STATE(139), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1693), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20630] = 4,
    ACTIONS(1698), 1,
      anon_sym_RBRACK,
    STATE(466), 1,
      aux_sym_assembler_block_repeat2,
    STATE(142), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1695), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
  [20647] = 4,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    STATE(107), 1,
      sym_argument_list,
    ACTIONS(1700), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20664] = 3,
    ACTIONS(1704), 1,
      anon_sym_COMMA,
    STATE(473), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1702), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20678] = 3,
    ACTIONS(1706), 1,
      anon_sym_COMMA,
    ACTIONS(1709), 1,
      anon_sym_BANG,
    ACTIONS(848), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20692] = 3,
    ACTIONS(1713), 1,
      anon_sym_COMMA,
    STATE(470), 1,
      aux_sym_data_repeat1,
    ACTIONS(1711), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20706] = 3,
    ACTIONS(1718), 1,
      anon_sym_COMMA,
    ACTIONS(1720), 1,
      anon_sym_BANG,
    ACTIONS(1716), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20720] = 2,
    ACTIONS(1724), 1,
      anon_sym_CARET,
    ACTIONS(1722), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20732] = 3,
    ACTIONS(1728), 1,
      anon_sym_COMMA,
    STATE(473), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1726), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20746] = 3,
    ACTIONS(1704), 1,
      anon_sym_COMMA,
    STATE(476), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1731), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20760] = 2,
    ACTIONS(1735), 1,
      anon_sym_CARET,
    ACTIONS(1733), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20772] = 3,
    ACTIONS(1704), 1,
      anon_sym_COMMA,
    STATE(473), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1737), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20786] = 3,
    ACTIONS(1704), 1,
      anon_sym_COMMA,
    STATE(468), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1739), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20800] = 2,
    ACTIONS(1687), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20812] = 2,
    ACTIONS(1743), 1,
      anon_sym_BANG,
    ACTIONS(1741), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20824] = 2,
    ACTIONS(1747), 1,
      anon_sym_BANG,
    ACTIONS(1745), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20836] = 2,
    ACTIONS(1751), 1,
      anon_sym_BANG,
    ACTIONS(1749), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20848] = 2,
    ACTIONS(1755), 1,
      anon_sym_CARET,
    ACTIONS(1753), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20860] = 2,
    ACTIONS(1759), 1,
      anon_sym_BANG,
    ACTIONS(1757), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20872] = 5,
    ACTIONS(360), 1,
      anon_sym_POUND,
    STATE(490), 1,
      sym__base_register,
    STATE(491), 1,
      sym_immediate,
    ACTIONS(1761), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1763), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [20890] = 2,
    ACTIONS(1685), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20902] = 3,
    ACTIONS(810), 1,
      anon_sym_COMMA,
    STATE(470), 1,
      aux_sym_data_repeat1,
    ACTIONS(1765), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20916] = 2,
    ACTIONS(1769), 1,
      anon_sym_BANG,
    ACTIONS(1767), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20928] = 2,
    ACTIONS(1773), 1,
      anon_sym_BANG,
    ACTIONS(1771), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20940] = 5,
    ACTIONS(822), 1,
      anon_sym_POUND,
    STATE(626), 1,
      sym__base_register,
    STATE(646), 1,
      sym_immediate,
    ACTIONS(1775), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1777), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [20958] = 2,
    ACTIONS(1781), 1,
      anon_sym_COMMA,
    ACTIONS(1779), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20969] = 1,
    ACTIONS(1779), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20978] = 4,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1785), 1,
      anon_sym_SEMI,
    STATE(493), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1783), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20993] = 3,
    ACTIONS(1789), 1,
      anon_sym_COMMA,
    STATE(493), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1787), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21006] = 4,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1794), 1,
      anon_sym_SEMI,
    STATE(496), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1792), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21021] = 4,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1798), 1,
      anon_sym_SEMI,
    STATE(493), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1796), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21036] = 4,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1802), 1,
      anon_sym_SEMI,
    STATE(493), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1800), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21051] = 4,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1806), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1804), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21066] = 1,
    ACTIONS(1808), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21075] = 4,
    ACTIONS(1593), 1,
      anon_sym_COMMA,
    ACTIONS(1812), 1,
      anon_sym_SEMI,
    STATE(493), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1810), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21090] = 1,
    ACTIONS(1814), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21099] = 4,
    ACTIONS(1818), 1,
      anon_sym_EQ,
    ACTIONS(1820), 1,
      anon_sym_LPAREN,
    STATE(551), 1,
      sym_parameter_list,
    ACTIONS(1816), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21114] = 1,
    ACTIONS(1822), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21123] = 1,
    ACTIONS(1824), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21132] = 1,
    ACTIONS(1826), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21141] = 1,
    ACTIONS(1828), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21150] = 1,
    ACTIONS(1830), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21159] = 1,
    ACTIONS(1832), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21168] = 1,
    ACTIONS(1834), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21177] = 1,
    ACTIONS(1836), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21186] = 1,
    ACTIONS(1838), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21195] = 1,
    ACTIONS(1840), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21204] = 1,
    ACTIONS(1842), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21213] = 3,
    ACTIONS(1846), 1,
      anon_sym_COMMA,
    STATE(513), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1844), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [21226] = 1,
    ACTIONS(1849), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21235] = 1,
    ACTIONS(1851), 6,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21244] = 2,
    ACTIONS(1855), 1,
      anon_sym_COMMA,
    ACTIONS(1853), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21255] = 4,
    ACTIONS(856), 1,
      anon_sym_COMMA,
    ACTIONS(1859), 1,
      anon_sym_TO,
    STATE(513), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1857), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21270] = 2,
    ACTIONS(1700), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1645), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21281] = 4,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    STATE(145), 1,
      sym_argument_list,
    ACTIONS(1645), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1861), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21296] = 3,
    ACTIONS(1865), 1,
      anon_sym_COMMA,
    STATE(521), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1863), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21308] = 3,
    ACTIONS(1865), 1,
      anon_sym_COMMA,
    STATE(533), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1867), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21320] = 4,
    ACTIONS(894), 1,
      anon_sym_COMMA,
    ACTIONS(1869), 1,
      anon_sym_TO,
    STATE(537), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1857), 2,
      sym__newline,
      anon_sym_COLON,
  [21334] = 4,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1802), 1,
      anon_sym_SEMI,
    STATE(539), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1800), 2,
      sym__newline,
      anon_sym_COLON,
  [21348] = 3,
    ACTIONS(1683), 1,
      anon_sym_COMMA,
    STATE(543), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1679), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21360] = 1,
    ACTIONS(1681), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21368] = 3,
    ACTIONS(494), 1,
      anon_sym_LPAREN,
    STATE(589), 1,
      sym_argument_list,
    ACTIONS(1871), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21380] = 4,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1812), 1,
      anon_sym_SEMI,
    STATE(539), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1810), 2,
      sym__newline,
      anon_sym_COLON,
  [21394] = 1,
    ACTIONS(1873), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21402] = 3,
    ACTIONS(1683), 1,
      anon_sym_COMMA,
    STATE(530), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1875), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21414] = 3,
    ACTIONS(1683), 1,
      anon_sym_COMMA,
    STATE(531), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1877), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21426] = 3,
    ACTIONS(1881), 1,
      anon_sym_COMMA,
    STATE(531), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1879), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21438] = 1,
    ACTIONS(1884), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21446] = 3,
    ACTIONS(1888), 1,
      anon_sym_COMMA,
    STATE(533), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1886), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21458] = 4,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1785), 1,
      anon_sym_SEMI,
    STATE(539), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1783), 2,
      sym__newline,
      anon_sym_COLON,
  [21472] = 1,
    ACTIONS(1891), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21480] = 4,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1798), 1,
      anon_sym_SEMI,
    STATE(539), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1796), 2,
      sym__newline,
      anon_sym_COLON,
  [21494] = 3,
    ACTIONS(1893), 1,
      anon_sym_COMMA,
    STATE(537), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1844), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [21506] = 4,
    ACTIONS(627), 1,
      anon_sym_LPAREN,
    ACTIONS(1645), 1,
      anon_sym_EQ,
    STATE(145), 1,
      sym_argument_list,
    ACTIONS(1896), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21520] = 3,
    ACTIONS(1898), 1,
      anon_sym_COMMA,
    STATE(539), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1787), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [21532] = 4,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1806), 1,
      anon_sym_SEMI,
    STATE(534), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1804), 2,
      sym__newline,
      anon_sym_COLON,
  [21546] = 1,
    ACTIONS(1698), 5,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [21554] = 3,
    ACTIONS(1820), 1,
      anon_sym_LPAREN,
    STATE(612), 1,
      sym_parameter_list,
    ACTIONS(1901), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21566] = 3,
    ACTIONS(1683), 1,
      anon_sym_COMMA,
    STATE(531), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1903), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21578] = 4,
    ACTIONS(1619), 1,
      anon_sym_COMMA,
    ACTIONS(1794), 1,
      anon_sym_SEMI,
    STATE(523), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1792), 2,
      sym__newline,
      anon_sym_COLON,
  [21592] = 1,
    ACTIONS(1905), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21600] = 3,
    ACTIONS(1907), 1,
      anon_sym_COLON,
    STATE(546), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1910), 2,
      sym__newline,
      anon_sym_ELSE,
  [21611] = 1,
    ACTIONS(1912), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21618] = 4,
    ACTIONS(1914), 1,
      anon_sym_COMMA,
    ACTIONS(1916), 1,
      anon_sym_DASH,
    ACTIONS(1918), 1,
      anon_sym_RBRACE,
    STATE(609), 1,
      aux_sym_register_list_repeat1,
  [21631] = 1,
    ACTIONS(1920), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [21638] = 1,
    ACTIONS(1886), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21645] = 2,
    ACTIONS(1924), 1,
      anon_sym_EQ,
    ACTIONS(1922), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21654] = 2,
    ACTIONS(1928), 1,
      sym_rest_of_statement,
    ACTIONS(1926), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21663] = 1,
    ACTIONS(1930), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21670] = 3,
    ACTIONS(1934), 1,
      anon_sym_RBRACE,
    STATE(562), 1,
      sym_register_range,
    ACTIONS(1932), 2,
      sym_register,
      sym_identifier,
  [21681] = 2,
    ACTIONS(1645), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1861), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21690] = 3,
    ACTIONS(1936), 1,
      anon_sym_COLON,
    STATE(546), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1938), 2,
      sym__newline,
      anon_sym_ELSE,
  [21701] = 3,
    ACTIONS(1936), 1,
      anon_sym_COLON,
    STATE(556), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1940), 2,
      sym__newline,
      anon_sym_ELSE,
  [21712] = 1,
    ACTIONS(1942), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [21719] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1944), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [21729] = 1,
    ACTIONS(1946), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21735] = 1,
    ACTIONS(1948), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21741] = 3,
    ACTIONS(1914), 1,
      anon_sym_COMMA,
    ACTIONS(1918), 1,
      anon_sym_RBRACE,
    STATE(609), 1,
      aux_sym_register_list_repeat1,
  [21751] = 1,
    ACTIONS(1950), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21757] = 1,
    ACTIONS(1952), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21763] = 2,
    STATE(635), 1,
      sym__base_register,
    ACTIONS(1954), 2,
      sym_register,
      sym_identifier,
  [21771] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1956), 1,
      sym__newline,
    STATE(593), 1,
      aux_sym__statements_repeat1,
  [21781] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1958), 1,
      sym__newline,
    STATE(593), 1,
      aux_sym__statements_repeat1,
  [21791] = 2,
    ACTIONS(1962), 1,
      anon_sym_ELSE,
    ACTIONS(1960), 2,
      sym__newline,
      anon_sym_COLON,
  [21799] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1964), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [21809] = 2,
    ACTIONS(1968), 1,
      anon_sym_ELSE,
    ACTIONS(1966), 2,
      sym__newline,
      anon_sym_COLON,
  [21817] = 1,
    ACTIONS(1970), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21823] = 3,
    ACTIONS(1972), 1,
      anon_sym_COMMA,
    ACTIONS(1975), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [21833] = 1,
    ACTIONS(1977), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21839] = 3,
    ACTIONS(1938), 1,
      sym__newline,
    ACTIONS(1979), 1,
      anon_sym_COLON,
    STATE(599), 1,
      aux_sym__inline_statements_repeat1,
  [21849] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1981), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [21859] = 1,
    ACTIONS(1983), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21865] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1956), 1,
      sym__newline,
    STATE(567), 1,
      aux_sym__statements_repeat1,
  [21875] = 3,
    ACTIONS(1985), 1,
      anon_sym_COMMA,
    ACTIONS(1987), 1,
      anon_sym_RPAREN,
    STATE(579), 1,
      aux_sym_parameter_list_repeat1,
  [21885] = 3,
    ACTIONS(1989), 1,
      anon_sym_COMMA,
    ACTIONS(1992), 1,
      anon_sym_RPAREN,
    STATE(579), 1,
      aux_sym_parameter_list_repeat1,
  [21895] = 1,
    ACTIONS(1994), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21901] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(1996), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [21911] = 1,
    ACTIONS(1998), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21917] = 1,
    ACTIONS(2000), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21923] = 1,
    ACTIONS(2002), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21929] = 1,
    ACTIONS(1910), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21935] = 1,
    ACTIONS(2004), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21941] = 1,
    ACTIONS(2006), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21947] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(2008), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [21957] = 1,
    ACTIONS(2010), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21963] = 1,
    ACTIONS(2012), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21969] = 1,
    ACTIONS(2014), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21975] = 3,
    ACTIONS(2016), 1,
      sym_identifier,
    STATE(550), 1,
      sym_dim_item,
    STATE(553), 1,
      sym_array_element,
  [21985] = 3,
    ACTIONS(2018), 1,
      anon_sym_COLON,
    ACTIONS(2021), 1,
      sym__newline,
    STATE(593), 1,
      aux_sym__statements_repeat1,
  [21995] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(2023), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [22005] = 1,
    ACTIONS(2025), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22011] = 1,
    ACTIONS(2027), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22017] = 2,
    STATE(627), 1,
      sym__base_register,
    ACTIONS(2029), 2,
      sym_register,
      sym_identifier,
  [22025] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(2031), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [22035] = 3,
    ACTIONS(1910), 1,
      sym__newline,
    ACTIONS(2033), 1,
      anon_sym_COLON,
    STATE(599), 1,
      aux_sym__inline_statements_repeat1,
  [22045] = 2,
    STATE(516), 1,
      sym__base_register,
    ACTIONS(2036), 2,
      sym_register,
      sym_identifier,
  [22053] = 1,
    ACTIONS(2038), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22059] = 2,
    ACTIONS(2040), 1,
      sym_rest_of_statement,
    ACTIONS(1926), 2,
      sym__newline,
      anon_sym_COLON,
  [22067] = 3,
    ACTIONS(2016), 1,
      sym_identifier,
    STATE(520), 1,
      sym_dim_item,
    STATE(553), 1,
      sym_array_element,
  [22077] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(2042), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [22087] = 1,
    ACTIONS(2044), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22093] = 2,
    STATE(621), 1,
      sym_register_range,
    ACTIONS(2046), 2,
      sym_register,
      sym_identifier,
  [22101] = 2,
    ACTIONS(1916), 1,
      anon_sym_DASH,
    ACTIONS(2048), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22109] = 1,
    ACTIONS(2050), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22115] = 3,
    ACTIONS(1914), 1,
      anon_sym_COMMA,
    ACTIONS(2052), 1,
      anon_sym_RBRACE,
    STATE(620), 1,
      aux_sym_register_list_repeat1,
  [22125] = 1,
    ACTIONS(2054), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22131] = 1,
    ACTIONS(2056), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22137] = 1,
    ACTIONS(2058), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22143] = 2,
    ACTIONS(1645), 1,
      anon_sym_EQ,
    ACTIONS(1896), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22151] = 2,
    ACTIONS(2060), 1,
      anon_sym_ELSE,
    ACTIONS(1966), 2,
      sym__newline,
      anon_sym_COLON,
  [22159] = 3,
    ACTIONS(1985), 1,
      anon_sym_COMMA,
    ACTIONS(2062), 1,
      anon_sym_RPAREN,
    STATE(578), 1,
      aux_sym_parameter_list_repeat1,
  [22169] = 3,
    ACTIONS(1940), 1,
      sym__newline,
    ACTIONS(1979), 1,
      anon_sym_COLON,
    STATE(574), 1,
      aux_sym__inline_statements_repeat1,
  [22179] = 1,
    ACTIONS(2064), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22185] = 2,
    ACTIONS(2066), 1,
      anon_sym_ELSE,
    ACTIONS(1960), 2,
      sym__newline,
      anon_sym_COLON,
  [22193] = 3,
    ACTIONS(1019), 1,
      anon_sym_COMMA,
    ACTIONS(2068), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
  [22203] = 3,
    ACTIONS(2048), 1,
      anon_sym_RBRACE,
    ACTIONS(2070), 1,
      anon_sym_COMMA,
    STATE(620), 1,
      aux_sym_register_list_repeat1,
  [22213] = 1,
    ACTIONS(2048), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22218] = 1,
    ACTIONS(2021), 2,
      sym__newline,
      anon_sym_COLON,
  [22223] = 1,
    ACTIONS(1700), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22228] = 1,
    ACTIONS(2073), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22233] = 1,
    ACTIONS(2075), 2,
      sym_register,
      sym_identifier,
  [22238] = 2,
    ACTIONS(2077), 1,
      anon_sym_COMMA,
    ACTIONS(2079), 1,
      anon_sym_RBRACK,
  [22245] = 2,
    ACTIONS(2081), 1,
      anon_sym_COMMA,
    ACTIONS(2083), 1,
      anon_sym_RBRACK,
  [22252] = 1,
    ACTIONS(1896), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22257] = 2,
    ACTIONS(2085), 1,
      sym_proc_name,
    ACTIONS(2087), 1,
      sym_fn_name,
  [22264] = 1,
    ACTIONS(1861), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22269] = 1,
    ACTIONS(2089), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22274] = 1,
    ACTIONS(2091), 2,
      sym__newline,
      anon_sym_COLON,
  [22279] = 1,
    ACTIONS(2093), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22284] = 1,
    ACTIONS(1647), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22289] = 2,
    ACTIONS(2095), 1,
      anon_sym_COMMA,
    ACTIONS(2097), 1,
      anon_sym_RBRACK,
  [22296] = 1,
    ACTIONS(2099), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22301] = 1,
    ACTIONS(1687), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22306] = 1,
    ACTIONS(1685), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22311] = 2,
    ACTIONS(2101), 1,
      sym_identifier,
    STATE(422), 1,
      sym_array_element,
  [22318] = 1,
    ACTIONS(2103), 1,
      anon_sym_BANG,
  [22322] = 1,
    ACTIONS(2105), 1,
      sym__newline,
  [22326] = 1,
    ACTIONS(2107), 1,
      anon_sym_RBRACK,
  [22330] = 1,
    ACTIONS(2109), 1,
      sym_shift_type,
  [22334] = 1,
    ACTIONS(2111), 1,
      sym__newline,
  [22338] = 1,
    ACTIONS(2113), 1,
      anon_sym_EQ,
  [22342] = 1,
    ACTIONS(2079), 1,
      anon_sym_RBRACK,
  [22346] = 1,
    ACTIONS(2115), 1,
      ts_builtin_sym_end,
  [22350] = 1,
    ACTIONS(2117), 1,
      anon_sym_RBRACK,
  [22354] = 1,
    ACTIONS(2119), 1,
      sym_shift_type,
  [22358] = 1,
    ACTIONS(2121), 1,
      sym_shift_type,
  [22362] = 1,
    ACTIONS(2123), 1,
      sym_shift_type,
  [22366] = 1,
    ACTIONS(2125), 1,
      sym_shift_type,
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
  [SMALL_STATE(30)] = 2806,
  [SMALL_STATE(31)] = 2872,
  [SMALL_STATE(32)] = 2932,
  [SMALL_STATE(33)] = 2992,
  [SMALL_STATE(34)] = 3052,
  [SMALL_STATE(35)] = 3112,
  [SMALL_STATE(36)] = 3170,
  [SMALL_STATE(37)] = 3242,
  [SMALL_STATE(38)] = 3312,
  [SMALL_STATE(39)] = 3372,
  [SMALL_STATE(40)] = 3430,
  [SMALL_STATE(41)] = 3488,
  [SMALL_STATE(42)] = 3546,
  [SMALL_STATE(43)] = 3604,
  [SMALL_STATE(44)] = 3662,
  [SMALL_STATE(45)] = 3720,
  [SMALL_STATE(46)] = 3780,
  [SMALL_STATE(47)] = 3844,
  [SMALL_STATE(48)] = 3910,
  [SMALL_STATE(49)] = 3976,
  [SMALL_STATE(50)] = 4034,
  [SMALL_STATE(51)] = 4148,
  [SMALL_STATE(52)] = 4262,
  [SMALL_STATE(53)] = 4310,
  [SMALL_STATE(54)] = 4360,
  [SMALL_STATE(55)] = 4407,
  [SMALL_STATE(56)] = 4456,
  [SMALL_STATE(57)] = 4498,
  [SMALL_STATE(58)] = 4540,
  [SMALL_STATE(59)] = 4582,
  [SMALL_STATE(60)] = 4624,
  [SMALL_STATE(61)] = 4674,
  [SMALL_STATE(62)] = 4722,
  [SMALL_STATE(63)] = 4764,
  [SMALL_STATE(64)] = 4820,
  [SMALL_STATE(65)] = 4874,
  [SMALL_STATE(66)] = 4918,
  [SMALL_STATE(67)] = 4976,
  [SMALL_STATE(68)] = 5060,
  [SMALL_STATE(69)] = 5102,
  [SMALL_STATE(70)] = 5144,
  [SMALL_STATE(71)] = 5186,
  [SMALL_STATE(72)] = 5230,
  [SMALL_STATE(73)] = 5272,
  [SMALL_STATE(74)] = 5314,
  [SMALL_STATE(75)] = 5398,
  [SMALL_STATE(76)] = 5440,
  [SMALL_STATE(77)] = 5482,
  [SMALL_STATE(78)] = 5525,
  [SMALL_STATE(79)] = 5582,
  [SMALL_STATE(80)] = 5623,
  [SMALL_STATE(81)] = 5664,
  [SMALL_STATE(82)] = 5705,
  [SMALL_STATE(83)] = 5752,
  [SMALL_STATE(84)] = 5793,
  [SMALL_STATE(85)] = 5834,
  [SMALL_STATE(86)] = 5875,
  [SMALL_STATE(87)] = 5924,
  [SMALL_STATE(88)] = 5971,
  [SMALL_STATE(89)] = 6012,
  [SMALL_STATE(90)] = 6067,
  [SMALL_STATE(91)] = 6120,
  [SMALL_STATE(92)] = 6163,
  [SMALL_STATE(93)] = 6204,
  [SMALL_STATE(94)] = 6245,
  [SMALL_STATE(95)] = 6286,
  [SMALL_STATE(96)] = 6327,
  [SMALL_STATE(97)] = 6368,
  [SMALL_STATE(98)] = 6409,
  [SMALL_STATE(99)] = 6450,
  [SMALL_STATE(100)] = 6491,
  [SMALL_STATE(101)] = 6553,
  [SMALL_STATE(102)] = 6625,
  [SMALL_STATE(103)] = 6666,
  [SMALL_STATE(104)] = 6705,
  [SMALL_STATE(105)] = 6744,
  [SMALL_STATE(106)] = 6787,
  [SMALL_STATE(107)] = 6828,
  [SMALL_STATE(108)] = 6867,
  [SMALL_STATE(109)] = 6906,
  [SMALL_STATE(110)] = 6945,
  [SMALL_STATE(111)] = 6983,
  [SMALL_STATE(112)] = 7021,
  [SMALL_STATE(113)] = 7059,
  [SMALL_STATE(114)] = 7097,
  [SMALL_STATE(115)] = 7135,
  [SMALL_STATE(116)] = 7173,
  [SMALL_STATE(117)] = 7211,
  [SMALL_STATE(118)] = 7249,
  [SMALL_STATE(119)] = 7287,
  [SMALL_STATE(120)] = 7325,
  [SMALL_STATE(121)] = 7363,
  [SMALL_STATE(122)] = 7400,
  [SMALL_STATE(123)] = 7437,
  [SMALL_STATE(124)] = 7474,
  [SMALL_STATE(125)] = 7511,
  [SMALL_STATE(126)] = 7548,
  [SMALL_STATE(127)] = 7587,
  [SMALL_STATE(128)] = 7630,
  [SMALL_STATE(129)] = 7667,
  [SMALL_STATE(130)] = 7712,
  [SMALL_STATE(131)] = 7749,
  [SMALL_STATE(132)] = 7798,
  [SMALL_STATE(133)] = 7845,
  [SMALL_STATE(134)] = 7901,
  [SMALL_STATE(135)] = 7963,
  [SMALL_STATE(136)] = 8025,
  [SMALL_STATE(137)] = 8067,
  [SMALL_STATE(138)] = 8123,
  [SMALL_STATE(139)] = 8179,
  [SMALL_STATE(140)] = 8235,
  [SMALL_STATE(141)] = 8291,
  [SMALL_STATE(142)] = 8353,
  [SMALL_STATE(143)] = 8406,
  [SMALL_STATE(144)] = 8464,
  [SMALL_STATE(145)] = 8498,
  [SMALL_STATE(146)] = 8532,
  [SMALL_STATE(147)] = 8570,
  [SMALL_STATE(148)] = 8606,
  [SMALL_STATE(149)] = 8640,
  [SMALL_STATE(150)] = 8674,
  [SMALL_STATE(151)] = 8714,
  [SMALL_STATE(152)] = 8770,
  [SMALL_STATE(153)] = 8828,
  [SMALL_STATE(154)] = 8862,
  [SMALL_STATE(155)] = 8920,
  [SMALL_STATE(156)] = 8975,
  [SMALL_STATE(157)] = 9030,
  [SMALL_STATE(158)] = 9069,
  [SMALL_STATE(159)] = 9124,
  [SMALL_STATE(160)] = 9156,
  [SMALL_STATE(161)] = 9196,
  [SMALL_STATE(162)] = 9234,
  [SMALL_STATE(163)] = 9266,
  [SMALL_STATE(164)] = 9310,
  [SMALL_STATE(165)] = 9352,
  [SMALL_STATE(166)] = 9386,
  [SMALL_STATE(167)] = 9418,
  [SMALL_STATE(168)] = 9450,
  [SMALL_STATE(169)] = 9482,
  [SMALL_STATE(170)] = 9514,
  [SMALL_STATE(171)] = 9546,
  [SMALL_STATE(172)] = 9578,
  [SMALL_STATE(173)] = 9610,
  [SMALL_STATE(174)] = 9642,
  [SMALL_STATE(175)] = 9674,
  [SMALL_STATE(176)] = 9706,
  [SMALL_STATE(177)] = 9738,
  [SMALL_STATE(178)] = 9770,
  [SMALL_STATE(179)] = 9802,
  [SMALL_STATE(180)] = 9834,
  [SMALL_STATE(181)] = 9880,
  [SMALL_STATE(182)] = 9926,
  [SMALL_STATE(183)] = 9958,
  [SMALL_STATE(184)] = 9991,
  [SMALL_STATE(185)] = 10022,
  [SMALL_STATE(186)] = 10073,
  [SMALL_STATE(187)] = 10120,
  [SMALL_STATE(188)] = 10151,
  [SMALL_STATE(189)] = 10182,
  [SMALL_STATE(190)] = 10225,
  [SMALL_STATE(191)] = 10256,
  [SMALL_STATE(192)] = 10287,
  [SMALL_STATE(193)] = 10322,
  [SMALL_STATE(194)] = 10377,
  [SMALL_STATE(195)] = 10432,
  [SMALL_STATE(196)] = 10474,
  [SMALL_STATE(197)] = 10516,
  [SMALL_STATE(198)] = 10558,
  [SMALL_STATE(199)] = 10600,
  [SMALL_STATE(200)] = 10642,
  [SMALL_STATE(201)] = 10692,
  [SMALL_STATE(202)] = 10740,
  [SMALL_STATE(203)] = 10781,
  [SMALL_STATE(204)] = 10822,
  [SMALL_STATE(205)] = 10863,
  [SMALL_STATE(206)] = 10914,
  [SMALL_STATE(207)] = 10955,
  [SMALL_STATE(208)] = 10984,
  [SMALL_STATE(209)] = 11013,
  [SMALL_STATE(210)] = 11042,
  [SMALL_STATE(211)] = 11071,
  [SMALL_STATE(212)] = 11106,
  [SMALL_STATE(213)] = 11135,
  [SMALL_STATE(214)] = 11172,
  [SMALL_STATE(215)] = 11211,
  [SMALL_STATE(216)] = 11252,
  [SMALL_STATE(217)] = 11293,
  [SMALL_STATE(218)] = 11328,
  [SMALL_STATE(219)] = 11357,
  [SMALL_STATE(220)] = 11386,
  [SMALL_STATE(221)] = 11417,
  [SMALL_STATE(222)] = 11450,
  [SMALL_STATE(223)] = 11497,
  [SMALL_STATE(224)] = 11545,
  [SMALL_STATE(225)] = 11593,
  [SMALL_STATE(226)] = 11641,
  [SMALL_STATE(227)] = 11681,
  [SMALL_STATE(228)] = 11721,
  [SMALL_STATE(229)] = 11761,
  [SMALL_STATE(230)] = 11803,
  [SMALL_STATE(231)] = 11845,
  [SMALL_STATE(232)] = 11893,
  [SMALL_STATE(233)] = 11927,
  [SMALL_STATE(234)] = 11975,
  [SMALL_STATE(235)] = 12023,
  [SMALL_STATE(236)] = 12071,
  [SMALL_STATE(237)] = 12119,
  [SMALL_STATE(238)] = 12159,
  [SMALL_STATE(239)] = 12201,
  [SMALL_STATE(240)] = 12246,
  [SMALL_STATE(241)] = 12275,
  [SMALL_STATE(242)] = 12306,
  [SMALL_STATE(243)] = 12333,
  [SMALL_STATE(244)] = 12360,
  [SMALL_STATE(245)] = 12399,
  [SMALL_STATE(246)] = 12444,
  [SMALL_STATE(247)] = 12483,
  [SMALL_STATE(248)] = 12512,
  [SMALL_STATE(249)] = 12539,
  [SMALL_STATE(250)] = 12584,
  [SMALL_STATE(251)] = 12623,
  [SMALL_STATE(252)] = 12666,
  [SMALL_STATE(253)] = 12705,
  [SMALL_STATE(254)] = 12744,
  [SMALL_STATE(255)] = 12771,
  [SMALL_STATE(256)] = 12816,
  [SMALL_STATE(257)] = 12855,
  [SMALL_STATE(258)] = 12900,
  [SMALL_STATE(259)] = 12943,
  [SMALL_STATE(260)] = 12982,
  [SMALL_STATE(261)] = 13027,
  [SMALL_STATE(262)] = 13070,
  [SMALL_STATE(263)] = 13113,
  [SMALL_STATE(264)] = 13158,
  [SMALL_STATE(265)] = 13201,
  [SMALL_STATE(266)] = 13240,
  [SMALL_STATE(267)] = 13285,
  [SMALL_STATE(268)] = 13312,
  [SMALL_STATE(269)] = 13355,
  [SMALL_STATE(270)] = 13400,
  [SMALL_STATE(271)] = 13445,
  [SMALL_STATE(272)] = 13488,
  [SMALL_STATE(273)] = 13533,
  [SMALL_STATE(274)] = 13576,
  [SMALL_STATE(275)] = 13619,
  [SMALL_STATE(276)] = 13661,
  [SMALL_STATE(277)] = 13703,
  [SMALL_STATE(278)] = 13745,
  [SMALL_STATE(279)] = 13787,
  [SMALL_STATE(280)] = 13829,
  [SMALL_STATE(281)] = 13871,
  [SMALL_STATE(282)] = 13913,
  [SMALL_STATE(283)] = 13955,
  [SMALL_STATE(284)] = 13997,
  [SMALL_STATE(285)] = 14039,
  [SMALL_STATE(286)] = 14081,
  [SMALL_STATE(287)] = 14123,
  [SMALL_STATE(288)] = 14165,
  [SMALL_STATE(289)] = 14207,
  [SMALL_STATE(290)] = 14249,
  [SMALL_STATE(291)] = 14291,
  [SMALL_STATE(292)] = 14333,
  [SMALL_STATE(293)] = 14375,
  [SMALL_STATE(294)] = 14403,
  [SMALL_STATE(295)] = 14445,
  [SMALL_STATE(296)] = 14487,
  [SMALL_STATE(297)] = 14529,
  [SMALL_STATE(298)] = 14571,
  [SMALL_STATE(299)] = 14613,
  [SMALL_STATE(300)] = 14655,
  [SMALL_STATE(301)] = 14697,
  [SMALL_STATE(302)] = 14739,
  [SMALL_STATE(303)] = 14781,
  [SMALL_STATE(304)] = 14823,
  [SMALL_STATE(305)] = 14865,
  [SMALL_STATE(306)] = 14907,
  [SMALL_STATE(307)] = 14949,
  [SMALL_STATE(308)] = 14991,
  [SMALL_STATE(309)] = 15033,
  [SMALL_STATE(310)] = 15075,
  [SMALL_STATE(311)] = 15117,
  [SMALL_STATE(312)] = 15159,
  [SMALL_STATE(313)] = 15201,
  [SMALL_STATE(314)] = 15243,
  [SMALL_STATE(315)] = 15285,
  [SMALL_STATE(316)] = 15327,
  [SMALL_STATE(317)] = 15369,
  [SMALL_STATE(318)] = 15411,
  [SMALL_STATE(319)] = 15453,
  [SMALL_STATE(320)] = 15495,
  [SMALL_STATE(321)] = 15537,
  [SMALL_STATE(322)] = 15579,
  [SMALL_STATE(323)] = 15621,
  [SMALL_STATE(324)] = 15663,
  [SMALL_STATE(325)] = 15705,
  [SMALL_STATE(326)] = 15747,
  [SMALL_STATE(327)] = 15789,
  [SMALL_STATE(328)] = 15831,
  [SMALL_STATE(329)] = 15873,
  [SMALL_STATE(330)] = 15915,
  [SMALL_STATE(331)] = 15957,
  [SMALL_STATE(332)] = 15999,
  [SMALL_STATE(333)] = 16041,
  [SMALL_STATE(334)] = 16083,
  [SMALL_STATE(335)] = 16125,
  [SMALL_STATE(336)] = 16167,
  [SMALL_STATE(337)] = 16209,
  [SMALL_STATE(338)] = 16251,
  [SMALL_STATE(339)] = 16293,
  [SMALL_STATE(340)] = 16335,
  [SMALL_STATE(341)] = 16373,
  [SMALL_STATE(342)] = 16411,
  [SMALL_STATE(343)] = 16453,
  [SMALL_STATE(344)] = 16495,
  [SMALL_STATE(345)] = 16537,
  [SMALL_STATE(346)] = 16579,
  [SMALL_STATE(347)] = 16621,
  [SMALL_STATE(348)] = 16663,
  [SMALL_STATE(349)] = 16705,
  [SMALL_STATE(350)] = 16743,
  [SMALL_STATE(351)] = 16785,
  [SMALL_STATE(352)] = 16827,
  [SMALL_STATE(353)] = 16869,
  [SMALL_STATE(354)] = 16911,
  [SMALL_STATE(355)] = 16953,
  [SMALL_STATE(356)] = 16995,
  [SMALL_STATE(357)] = 17037,
  [SMALL_STATE(358)] = 17079,
  [SMALL_STATE(359)] = 17121,
  [SMALL_STATE(360)] = 17163,
  [SMALL_STATE(361)] = 17205,
  [SMALL_STATE(362)] = 17247,
  [SMALL_STATE(363)] = 17289,
  [SMALL_STATE(364)] = 17331,
  [SMALL_STATE(365)] = 17373,
  [SMALL_STATE(366)] = 17415,
  [SMALL_STATE(367)] = 17457,
  [SMALL_STATE(368)] = 17499,
  [SMALL_STATE(369)] = 17541,
  [SMALL_STATE(370)] = 17583,
  [SMALL_STATE(371)] = 17625,
  [SMALL_STATE(372)] = 17667,
  [SMALL_STATE(373)] = 17709,
  [SMALL_STATE(374)] = 17751,
  [SMALL_STATE(375)] = 17793,
  [SMALL_STATE(376)] = 17835,
  [SMALL_STATE(377)] = 17877,
  [SMALL_STATE(378)] = 17919,
  [SMALL_STATE(379)] = 17961,
  [SMALL_STATE(380)] = 18003,
  [SMALL_STATE(381)] = 18045,
  [SMALL_STATE(382)] = 18087,
  [SMALL_STATE(383)] = 18129,
  [SMALL_STATE(384)] = 18171,
  [SMALL_STATE(385)] = 18213,
  [SMALL_STATE(386)] = 18255,
  [SMALL_STATE(387)] = 18297,
  [SMALL_STATE(388)] = 18339,
  [SMALL_STATE(389)] = 18381,
  [SMALL_STATE(390)] = 18411,
  [SMALL_STATE(391)] = 18439,
  [SMALL_STATE(392)] = 18481,
  [SMALL_STATE(393)] = 18523,
  [SMALL_STATE(394)] = 18565,
  [SMALL_STATE(395)] = 18607,
  [SMALL_STATE(396)] = 18644,
  [SMALL_STATE(397)] = 18673,
  [SMALL_STATE(398)] = 18698,
  [SMALL_STATE(399)] = 18735,
  [SMALL_STATE(400)] = 18770,
  [SMALL_STATE(401)] = 18797,
  [SMALL_STATE(402)] = 18822,
  [SMALL_STATE(403)] = 18847,
  [SMALL_STATE(404)] = 18884,
  [SMALL_STATE(405)] = 18921,
  [SMALL_STATE(406)] = 18958,
  [SMALL_STATE(407)] = 18989,
  [SMALL_STATE(408)] = 19026,
  [SMALL_STATE(409)] = 19063,
  [SMALL_STATE(410)] = 19100,
  [SMALL_STATE(411)] = 19137,
  [SMALL_STATE(412)] = 19162,
  [SMALL_STATE(413)] = 19199,
  [SMALL_STATE(414)] = 19236,
  [SMALL_STATE(415)] = 19273,
  [SMALL_STATE(416)] = 19298,
  [SMALL_STATE(417)] = 19323,
  [SMALL_STATE(418)] = 19348,
  [SMALL_STATE(419)] = 19373,
  [SMALL_STATE(420)] = 19398,
  [SMALL_STATE(421)] = 19423,
  [SMALL_STATE(422)] = 19453,
  [SMALL_STATE(423)] = 19475,
  [SMALL_STATE(424)] = 19509,
  [SMALL_STATE(425)] = 19545,
  [SMALL_STATE(426)] = 19577,
  [SMALL_STATE(427)] = 19613,
  [SMALL_STATE(428)] = 19641,
  [SMALL_STATE(429)] = 19663,
  [SMALL_STATE(430)] = 19685,
  [SMALL_STATE(431)] = 19711,
  [SMALL_STATE(432)] = 19733,
  [SMALL_STATE(433)] = 19755,
  [SMALL_STATE(434)] = 19797,
  [SMALL_STATE(435)] = 19839,
  [SMALL_STATE(436)] = 19874,
  [SMALL_STATE(437)] = 19913,
  [SMALL_STATE(438)] = 19952,
  [SMALL_STATE(439)] = 19984,
  [SMALL_STATE(440)] = 20017,
  [SMALL_STATE(441)] = 20049,
  [SMALL_STATE(442)] = 20071,
  [SMALL_STATE(443)] = 20101,
  [SMALL_STATE(444)] = 20133,
  [SMALL_STATE(445)] = 20162,
  [SMALL_STATE(446)] = 20188,
  [SMALL_STATE(447)] = 20214,
  [SMALL_STATE(448)] = 20240,
  [SMALL_STATE(449)] = 20266,
  [SMALL_STATE(450)] = 20292,
  [SMALL_STATE(451)] = 20318,
  [SMALL_STATE(452)] = 20344,
  [SMALL_STATE(453)] = 20370,
  [SMALL_STATE(454)] = 20396,
  [SMALL_STATE(455)] = 20422,
  [SMALL_STATE(456)] = 20438,
  [SMALL_STATE(457)] = 20464,
  [SMALL_STATE(458)] = 20490,
  [SMALL_STATE(459)] = 20509,
  [SMALL_STATE(460)] = 20527,
  [SMALL_STATE(461)] = 20545,
  [SMALL_STATE(462)] = 20562,
  [SMALL_STATE(463)] = 20579,
  [SMALL_STATE(464)] = 20596,
  [SMALL_STATE(465)] = 20613,
  [SMALL_STATE(466)] = 20630,
  [SMALL_STATE(467)] = 20647,
  [SMALL_STATE(468)] = 20664,
  [SMALL_STATE(469)] = 20678,
  [SMALL_STATE(470)] = 20692,
  [SMALL_STATE(471)] = 20706,
  [SMALL_STATE(472)] = 20720,
  [SMALL_STATE(473)] = 20732,
  [SMALL_STATE(474)] = 20746,
  [SMALL_STATE(475)] = 20760,
  [SMALL_STATE(476)] = 20772,
  [SMALL_STATE(477)] = 20786,
  [SMALL_STATE(478)] = 20800,
  [SMALL_STATE(479)] = 20812,
  [SMALL_STATE(480)] = 20824,
  [SMALL_STATE(481)] = 20836,
  [SMALL_STATE(482)] = 20848,
  [SMALL_STATE(483)] = 20860,
  [SMALL_STATE(484)] = 20872,
  [SMALL_STATE(485)] = 20890,
  [SMALL_STATE(486)] = 20902,
  [SMALL_STATE(487)] = 20916,
  [SMALL_STATE(488)] = 20928,
  [SMALL_STATE(489)] = 20940,
  [SMALL_STATE(490)] = 20958,
  [SMALL_STATE(491)] = 20969,
  [SMALL_STATE(492)] = 20978,
  [SMALL_STATE(493)] = 20993,
  [SMALL_STATE(494)] = 21006,
  [SMALL_STATE(495)] = 21021,
  [SMALL_STATE(496)] = 21036,
  [SMALL_STATE(497)] = 21051,
  [SMALL_STATE(498)] = 21066,
  [SMALL_STATE(499)] = 21075,
  [SMALL_STATE(500)] = 21090,
  [SMALL_STATE(501)] = 21099,
  [SMALL_STATE(502)] = 21114,
  [SMALL_STATE(503)] = 21123,
  [SMALL_STATE(504)] = 21132,
  [SMALL_STATE(505)] = 21141,
  [SMALL_STATE(506)] = 21150,
  [SMALL_STATE(507)] = 21159,
  [SMALL_STATE(508)] = 21168,
  [SMALL_STATE(509)] = 21177,
  [SMALL_STATE(510)] = 21186,
  [SMALL_STATE(511)] = 21195,
  [SMALL_STATE(512)] = 21204,
  [SMALL_STATE(513)] = 21213,
  [SMALL_STATE(514)] = 21226,
  [SMALL_STATE(515)] = 21235,
  [SMALL_STATE(516)] = 21244,
  [SMALL_STATE(517)] = 21255,
  [SMALL_STATE(518)] = 21270,
  [SMALL_STATE(519)] = 21281,
  [SMALL_STATE(520)] = 21296,
  [SMALL_STATE(521)] = 21308,
  [SMALL_STATE(522)] = 21320,
  [SMALL_STATE(523)] = 21334,
  [SMALL_STATE(524)] = 21348,
  [SMALL_STATE(525)] = 21360,
  [SMALL_STATE(526)] = 21368,
  [SMALL_STATE(527)] = 21380,
  [SMALL_STATE(528)] = 21394,
  [SMALL_STATE(529)] = 21402,
  [SMALL_STATE(530)] = 21414,
  [SMALL_STATE(531)] = 21426,
  [SMALL_STATE(532)] = 21438,
  [SMALL_STATE(533)] = 21446,
  [SMALL_STATE(534)] = 21458,
  [SMALL_STATE(535)] = 21472,
  [SMALL_STATE(536)] = 21480,
  [SMALL_STATE(537)] = 21494,
  [SMALL_STATE(538)] = 21506,
  [SMALL_STATE(539)] = 21520,
  [SMALL_STATE(540)] = 21532,
  [SMALL_STATE(541)] = 21546,
  [SMALL_STATE(542)] = 21554,
  [SMALL_STATE(543)] = 21566,
  [SMALL_STATE(544)] = 21578,
  [SMALL_STATE(545)] = 21592,
  [SMALL_STATE(546)] = 21600,
  [SMALL_STATE(547)] = 21611,
  [SMALL_STATE(548)] = 21618,
  [SMALL_STATE(549)] = 21631,
  [SMALL_STATE(550)] = 21638,
  [SMALL_STATE(551)] = 21645,
  [SMALL_STATE(552)] = 21654,
  [SMALL_STATE(553)] = 21663,
  [SMALL_STATE(554)] = 21670,
  [SMALL_STATE(555)] = 21681,
  [SMALL_STATE(556)] = 21690,
  [SMALL_STATE(557)] = 21701,
  [SMALL_STATE(558)] = 21712,
  [SMALL_STATE(559)] = 21719,
  [SMALL_STATE(560)] = 21729,
  [SMALL_STATE(561)] = 21735,
  [SMALL_STATE(562)] = 21741,
  [SMALL_STATE(563)] = 21751,
  [SMALL_STATE(564)] = 21757,
  [SMALL_STATE(565)] = 21763,
  [SMALL_STATE(566)] = 21771,
  [SMALL_STATE(567)] = 21781,
  [SMALL_STATE(568)] = 21791,
  [SMALL_STATE(569)] = 21799,
  [SMALL_STATE(570)] = 21809,
  [SMALL_STATE(571)] = 21817,
  [SMALL_STATE(572)] = 21823,
  [SMALL_STATE(573)] = 21833,
  [SMALL_STATE(574)] = 21839,
  [SMALL_STATE(575)] = 21849,
  [SMALL_STATE(576)] = 21859,
  [SMALL_STATE(577)] = 21865,
  [SMALL_STATE(578)] = 21875,
  [SMALL_STATE(579)] = 21885,
  [SMALL_STATE(580)] = 21895,
  [SMALL_STATE(581)] = 21901,
  [SMALL_STATE(582)] = 21911,
  [SMALL_STATE(583)] = 21917,
  [SMALL_STATE(584)] = 21923,
  [SMALL_STATE(585)] = 21929,
  [SMALL_STATE(586)] = 21935,
  [SMALL_STATE(587)] = 21941,
  [SMALL_STATE(588)] = 21947,
  [SMALL_STATE(589)] = 21957,
  [SMALL_STATE(590)] = 21963,
  [SMALL_STATE(591)] = 21969,
  [SMALL_STATE(592)] = 21975,
  [SMALL_STATE(593)] = 21985,
  [SMALL_STATE(594)] = 21995,
  [SMALL_STATE(595)] = 22005,
  [SMALL_STATE(596)] = 22011,
  [SMALL_STATE(597)] = 22017,
  [SMALL_STATE(598)] = 22025,
  [SMALL_STATE(599)] = 22035,
  [SMALL_STATE(600)] = 22045,
  [SMALL_STATE(601)] = 22053,
  [SMALL_STATE(602)] = 22059,
  [SMALL_STATE(603)] = 22067,
  [SMALL_STATE(604)] = 22077,
  [SMALL_STATE(605)] = 22087,
  [SMALL_STATE(606)] = 22093,
  [SMALL_STATE(607)] = 22101,
  [SMALL_STATE(608)] = 22109,
  [SMALL_STATE(609)] = 22115,
  [SMALL_STATE(610)] = 22125,
  [SMALL_STATE(611)] = 22131,
  [SMALL_STATE(612)] = 22137,
  [SMALL_STATE(613)] = 22143,
  [SMALL_STATE(614)] = 22151,
  [SMALL_STATE(615)] = 22159,
  [SMALL_STATE(616)] = 22169,
  [SMALL_STATE(617)] = 22179,
  [SMALL_STATE(618)] = 22185,
  [SMALL_STATE(619)] = 22193,
  [SMALL_STATE(620)] = 22203,
  [SMALL_STATE(621)] = 22213,
  [SMALL_STATE(622)] = 22218,
  [SMALL_STATE(623)] = 22223,
  [SMALL_STATE(624)] = 22228,
  [SMALL_STATE(625)] = 22233,
  [SMALL_STATE(626)] = 22238,
  [SMALL_STATE(627)] = 22245,
  [SMALL_STATE(628)] = 22252,
  [SMALL_STATE(629)] = 22257,
  [SMALL_STATE(630)] = 22264,
  [SMALL_STATE(631)] = 22269,
  [SMALL_STATE(632)] = 22274,
  [SMALL_STATE(633)] = 22279,
  [SMALL_STATE(634)] = 22284,
  [SMALL_STATE(635)] = 22289,
  [SMALL_STATE(636)] = 22296,
  [SMALL_STATE(637)] = 22301,
  [SMALL_STATE(638)] = 22306,
  [SMALL_STATE(639)] = 22311,
  [SMALL_STATE(640)] = 22318,
  [SMALL_STATE(641)] = 22322,
  [SMALL_STATE(642)] = 22326,
  [SMALL_STATE(643)] = 22330,
  [SMALL_STATE(644)] = 22334,
  [SMALL_STATE(645)] = 22338,
  [SMALL_STATE(646)] = 22342,
  [SMALL_STATE(647)] = 22346,
  [SMALL_STATE(648)] = 22350,
  [SMALL_STATE(649)] = 22354,
  [SMALL_STATE(650)] = 22358,
  [SMALL_STATE(651)] = 22362,
  [SMALL_STATE(652)] = 22366,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(453),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(442),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(603),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(629),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(577),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(328),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(282),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(289),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(255),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(577),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(602),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(525),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(526),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(459),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(570),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(439),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(557),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(386),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(9),
  [73] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(387),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(143),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(552),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(286),
  [93] = {.entry = {.count = 1, .reusable = false}}, SHIFT(287),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(283),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(288),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(614),
  [105] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [113] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [121] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(453),
  [124] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(280),
  [127] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(446),
  [130] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(442),
  [133] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(603),
  [136] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(444),
  [139] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(629),
  [142] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(577),
  [145] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(328),
  [148] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [151] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(279),
  [154] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [157] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [160] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(282),
  [163] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(289),
  [166] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(255),
  [169] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(577),
  [172] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(602),
  [175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(137),
  [178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(290),
  [181] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(292),
  [184] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(525),
  [187] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(526),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(459),
  [193] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(5),
  [196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [200] = {.entry = {.count = 1, .reusable = false}}, SHIFT(622),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(622),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [208] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 21),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [214] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(571),
  [218] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 3, 0, 8),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [224] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [230] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [232] = {.entry = {.count = 1, .reusable = false}}, SHIFT(586),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [236] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(441),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(584),
  [242] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [244] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 8),
  [246] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [248] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 47),
  [250] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 5, 0, 47),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(618),
  [254] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(616),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(616),
  [260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [266] = {.entry = {.count = 1, .reusable = false}}, SHIFT(585),
  [268] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [274] = {.entry = {.count = 1, .reusable = false}}, SHIFT(605),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(605),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(632),
  [284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(632),
  [286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [288] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [290] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [294] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [298] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [300] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [302] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 51),
  [304] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 51),
  [306] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [308] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [310] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 77),
  [312] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 77),
  [314] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [316] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [320] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [322] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [324] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [326] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [332] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [334] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [336] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 40),
  [344] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 40),
  [346] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 2, 0, 37),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [352] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(469),
  [356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(477),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [360] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [368] = {.entry = {.count = 1, .reusable = false}}, SHIFT(225),
  [370] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [376] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [380] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [396] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 1, 0, 13),
  [398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(474),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(326),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(325),
  [422] = {.entry = {.count = 1, .reusable = false}}, SHIFT(321),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [426] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [428] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [430] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 2, 0, 37),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 37),
  [434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [438] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [458] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 1, 0, 13),
  [460] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [462] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [464] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [468] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [472] = {.entry = {.count = 1, .reusable = false}}, SHIFT(301),
  [474] = {.entry = {.count = 1, .reusable = false}}, SHIFT(302),
  [476] = {.entry = {.count = 1, .reusable = false}}, SHIFT(298),
  [478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [480] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [482] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [484] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [486] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [488] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [490] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [492] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [496] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [498] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [500] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [502] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(111),
  [505] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(114),
  [508] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(115),
  [511] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(116),
  [514] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(117),
  [517] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(118),
  [520] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(120),
  [523] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(119),
  [526] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(112),
  [529] = {.entry = {.count = 1, .reusable = false}}, SHIFT(503),
  [531] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [537] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [539] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [541] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [543] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [545] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 34),
  [547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 34),
  [549] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [553] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [555] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [557] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [561] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [565] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [567] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [569] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [571] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [573] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 33),
  [575] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 33),
  [577] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [583] = {.entry = {.count = 1, .reusable = false}}, SHIFT(344),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [587] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [593] = {.entry = {.count = 1, .reusable = false}}, SHIFT(330),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(601),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(639),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(528),
  [607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [611] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 8, 0, 107),
  [613] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 107),
  [615] = {.entry = {.count = 1, .reusable = false}}, SHIFT(507),
  [617] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [621] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 7, 0, 103),
  [623] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 103),
  [625] = {.entry = {.count = 1, .reusable = false}}, SHIFT(504),
  [627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(617),
  [635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(561),
  [639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [641] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_shifted_register, 3, 0, 72),
  [643] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 72),
  [645] = {.entry = {.count = 1, .reusable = false}}, SHIFT(514),
  [647] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [651] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 1, 0, 0),
  [653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [657] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [659] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [661] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [663] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [665] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [667] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [669] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(170),
  [672] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(171),
  [675] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(169),
  [678] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(177),
  [681] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(168),
  [684] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(182),
  [687] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(179),
  [690] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(166),
  [693] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(159),
  [696] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 11),
  [698] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [700] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 2, 0, 11),
  [702] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [704] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(154),
  [707] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [709] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(381),
  [712] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(372),
  [715] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(335),
  [718] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(236),
  [721] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(66),
  [724] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(52),
  [727] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(66),
  [730] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(53),
  [733] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [737] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [739] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [741] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [743] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [745] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [749] = {.entry = {.count = 1, .reusable = false}}, SHIFT(55),
  [751] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(156),
  [754] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(367),
  [757] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(358),
  [760] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(392),
  [763] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(233),
  [766] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(78),
  [769] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(54),
  [772] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(78),
  [775] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(55),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [780] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [782] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [784] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [786] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [788] = {.entry = {.count = 1, .reusable = false}}, SHIFT(318),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [796] = {.entry = {.count = 1, .reusable = false}}, SHIFT(313),
  [798] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [800] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [802] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [804] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [808] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 38),
  [810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [814] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 1, 0, 0),
  [816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [818] = {.entry = {.count = 1, .reusable = false}}, SHIFT(642),
  [820] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [822] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [824] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [828] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [830] = {.entry = {.count = 1, .reusable = false}}, SHIFT(407),
  [832] = {.entry = {.count = 1, .reusable = false}}, SHIFT(146),
  [834] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [836] = {.entry = {.count = 1, .reusable = false}}, SHIFT(136),
  [838] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [840] = {.entry = {.count = 1, .reusable = false}}, SHIFT(648),
  [842] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [844] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [846] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [848] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [852] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [854] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [858] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [860] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 36),
  [862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 51),
  [864] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [866] = {.entry = {.count = 1, .reusable = false}}, SHIFT(388),
  [868] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [872] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 54),
  [874] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [876] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [880] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [882] = {.entry = {.count = 1, .reusable = false}}, SHIFT(332),
  [884] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [886] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [896] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [898] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [900] = {.entry = {.count = 1, .reusable = false}}, SHIFT(292),
  [902] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [904] = {.entry = {.count = 1, .reusable = false}}, SHIFT(418),
  [906] = {.entry = {.count = 1, .reusable = false}}, SHIFT(389),
  [908] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [910] = {.entry = {.count = 1, .reusable = false}}, SHIFT(232),
  [912] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [914] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [916] = {.entry = {.count = 1, .reusable = false}}, SHIFT(369),
  [918] = {.entry = {.count = 1, .reusable = false}}, SHIFT(224),
  [920] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [922] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [924] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [926] = {.entry = {.count = 1, .reusable = false}}, SHIFT(157),
  [928] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [930] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [932] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [934] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [936] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 78),
  [938] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [940] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [942] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [944] = {.entry = {.count = 1, .reusable = false}}, SHIFT(391),
  [946] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [948] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [950] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [952] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [954] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [958] = {.entry = {.count = 1, .reusable = false}}, SHIFT(392),
  [960] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [970] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [972] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [974] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [976] = {.entry = {.count = 1, .reusable = false}}, SHIFT(393),
  [978] = {.entry = {.count = 1, .reusable = false}}, SHIFT(175),
  [980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [982] = {.entry = {.count = 1, .reusable = false}}, SHIFT(335),
  [984] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [986] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [988] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 45),
  [990] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [992] = {.entry = {.count = 1, .reusable = false}}, SHIFT(274),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [996] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(240),
  [999] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [1001] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [1003] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [1005] = {.entry = {.count = 1, .reusable = false}}, SHIFT(403),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [1009] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 42),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1013] = {.entry = {.count = 1, .reusable = false}}, SHIFT(251),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1017] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 46),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [1023] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [1025] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 96),
  [1027] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 61),
  [1029] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [1031] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 41),
  [1033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1035] = {.entry = {.count = 1, .reusable = false}}, SHIFT(258),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [1039] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1041] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1045] = {.entry = {.count = 1, .reusable = false}}, SHIFT(261),
  [1047] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(108),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1055] = {.entry = {.count = 1, .reusable = false}}, SHIFT(264),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [1061] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [1063] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1065] = {.entry = {.count = 1, .reusable = false}}, SHIFT(268),
  [1067] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [1071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1073] = {.entry = {.count = 1, .reusable = false}}, SHIFT(262),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1079] = {.entry = {.count = 1, .reusable = false}}, SHIFT(271),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [1087] = {.entry = {.count = 1, .reusable = false}}, SHIFT(273),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [1091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1095] = {.entry = {.count = 1, .reusable = false}}, SHIFT(402),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1099] = {.entry = {.count = 1, .reusable = false}}, SHIFT(252),
  [1101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [1103] = {.entry = {.count = 1, .reusable = false}}, SHIFT(250),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [1111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1113] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [1115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [1117] = {.entry = {.count = 1, .reusable = false}}, SHIFT(265),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [1121] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1125] = {.entry = {.count = 1, .reusable = false}}, SHIFT(244),
  [1127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [1131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1133] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [1135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1137] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [1139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1141] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1145] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [1147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1149] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [1151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1153] = {.entry = {.count = 1, .reusable = false}}, SHIFT(259),
  [1155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1157] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [1159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [1161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [1163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [1165] = {.entry = {.count = 1, .reusable = false}}, SHIFT(413),
  [1167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [1169] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1173] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [1175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [1177] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [1179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [1181] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [1183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1185] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [1187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1189] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [1191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [1193] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [1195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1197] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1201] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [1203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1205] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [1207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1209] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [1211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [1213] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [1215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1217] = {.entry = {.count = 1, .reusable = false}}, SHIFT(406),
  [1219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [1221] = {.entry = {.count = 1, .reusable = false}}, SHIFT(396),
  [1223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [1225] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [1227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1229] = {.entry = {.count = 1, .reusable = false}}, SHIFT(398),
  [1231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [1233] = {.entry = {.count = 1, .reusable = false}}, SHIFT(399),
  [1235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [1237] = {.entry = {.count = 1, .reusable = false}}, SHIFT(400),
  [1239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [1241] = {.entry = {.count = 1, .reusable = false}}, SHIFT(253),
  [1243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [1245] = {.entry = {.count = 1, .reusable = false}}, SHIFT(256),
  [1247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [1249] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [1251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1253] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1257] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1261] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1265] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1269] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1273] = {.entry = {.count = 1, .reusable = false}}, SHIFT(246),
  [1275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [1277] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1281] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [1283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [1285] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1289] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [1291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1293] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [1295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1297] = {.entry = {.count = 1, .reusable = false}}, SHIFT(64),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1301] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1305] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1313] = {.entry = {.count = 1, .reusable = false}}, SHIFT(349),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [1317] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1321] = {.entry = {.count = 1, .reusable = false}}, SHIFT(230),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [1327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [1329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1331] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [1335] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1339] = {.entry = {.count = 1, .reusable = false}}, SHIFT(395),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [1343] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [1345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1347] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [1351] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [1353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1355] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1359] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1363] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [1367] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1371] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [1373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1375] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1379] = {.entry = {.count = 1, .reusable = false}}, SHIFT(426),
  [1381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [1383] = {.entry = {.count = 1, .reusable = false}}, SHIFT(414),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [1387] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 51),
  [1389] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [1391] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [1393] = {.entry = {.count = 1, .reusable = false}}, SHIFT(421),
  [1395] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1397] = {.entry = {.count = 1, .reusable = false}}, SHIFT(427),
  [1399] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1401] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [1403] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [1405] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [1407] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1409] = {.entry = {.count = 1, .reusable = false}}, SHIFT(430),
  [1411] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1413] = {.entry = {.count = 1, .reusable = false}}, SHIFT(424),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1417] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [1419] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1421] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [1423] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1425] = {.entry = {.count = 1, .reusable = false}}, SHIFT(181),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [1429] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [1431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [1433] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(417),
  [1437] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1441] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [1443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1445] = {.entry = {.count = 1, .reusable = false}}, SHIFT(172),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [1449] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [1451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [1453] = {.entry = {.count = 1, .reusable = false}}, SHIFT(412),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [1457] = {.entry = {.count = 1, .reusable = false}}, SHIFT(174),
  [1459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [1461] = {.entry = {.count = 1, .reusable = false}}, SHIFT(401),
  [1463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1465] = {.entry = {.count = 1, .reusable = false}}, SHIFT(75),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1469] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [1473] = {.entry = {.count = 1, .reusable = false}}, SHIFT(207),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1477] = {.entry = {.count = 1, .reusable = false}}, SHIFT(341),
  [1479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [1481] = {.entry = {.count = 1, .reusable = false}}, SHIFT(237),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [1485] = {.entry = {.count = 1, .reusable = false}}, SHIFT(73),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [1489] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [1493] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [1495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1497] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [1499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1501] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1505] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1509] = {.entry = {.count = 1, .reusable = false}}, SHIFT(180),
  [1511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1513] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [1517] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1521] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [1523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1525] = {.entry = {.count = 1, .reusable = false}}, SHIFT(404),
  [1527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1529] = {.entry = {.count = 1, .reusable = false}}, SHIFT(408),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1533] = {.entry = {.count = 1, .reusable = false}}, SHIFT(409),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [1537] = {.entry = {.count = 1, .reusable = false}}, SHIFT(410),
  [1539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [1541] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [1543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [1545] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1547] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1557] = {.entry = {.count = 1, .reusable = false}}, SHIFT(305),
  [1559] = {.entry = {.count = 1, .reusable = false}}, SHIFT(573),
  [1561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [1565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [1569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [1577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [1579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [1581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [1585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1587] = {.entry = {.count = 1, .reusable = false}}, SHIFT(351),
  [1589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [1591] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1595] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [1599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [1601] = {.entry = {.count = 1, .reusable = false}}, SHIFT(494),
  [1603] = {.entry = {.count = 1, .reusable = false}}, SHIFT(460),
  [1605] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1607] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1609] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [1611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(497),
  [1613] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1615] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1617] = {.entry = {.count = 1, .reusable = false}}, SHIFT(532),
  [1619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [1621] = {.entry = {.count = 1, .reusable = false}}, SHIFT(544),
  [1623] = {.entry = {.count = 1, .reusable = false}}, SHIFT(461),
  [1625] = {.entry = {.count = 1, .reusable = false}}, SHIFT(540),
  [1627] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1629] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [1633] = {.entry = {.count = 1, .reusable = false}}, SHIFT(529),
  [1635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(467),
  [1637] = {.entry = {.count = 1, .reusable = false}}, SHIFT(457),
  [1639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1641] = {.entry = {.count = 1, .reusable = false}}, SHIFT(631),
  [1643] = {.entry = {.count = 1, .reusable = false}}, SHIFT(519),
  [1645] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1647] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1649] = {.entry = {.count = 1, .reusable = false}}, SHIFT(524),
  [1651] = {.entry = {.count = 1, .reusable = false}}, SHIFT(591),
  [1653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [1655] = {.entry = {.count = 1, .reusable = false}}, SHIFT(645),
  [1657] = {.entry = {.count = 1, .reusable = false}}, SHIFT(538),
  [1659] = {.entry = {.count = 1, .reusable = false}}, SHIFT(611),
  [1661] = {.entry = {.count = 1, .reusable = false}}, SHIFT(610),
  [1663] = {.entry = {.count = 1, .reusable = false}}, SHIFT(547),
  [1665] = {.entry = {.count = 1, .reusable = false}}, SHIFT(583),
  [1667] = {.entry = {.count = 1, .reusable = false}}, SHIFT(563),
  [1669] = {.entry = {.count = 1, .reusable = false}}, SHIFT(587),
  [1671] = {.entry = {.count = 1, .reusable = false}}, SHIFT(545),
  [1673] = {.entry = {.count = 1, .reusable = false}}, SHIFT(590),
  [1675] = {.entry = {.count = 1, .reusable = false}}, SHIFT(576),
  [1677] = {.entry = {.count = 1, .reusable = false}}, SHIFT(624),
  [1679] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [1683] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [1685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1687] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [1689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [1693] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1695] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(142),
  [1698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0),
  [1700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [1702] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 76),
  [1704] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1706] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(652),
  [1709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1711] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70),
  [1713] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70), SHIFT_REPEAT(320),
  [1716] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 71),
  [1718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(484),
  [1720] = {.entry = {.count = 1, .reusable = true}}, SHIFT(512),
  [1722] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(511),
  [1726] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75),
  [1728] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75), SHIFT_REPEAT(101),
  [1731] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 39),
  [1733] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1735] = {.entry = {.count = 1, .reusable = true}}, SHIFT(500),
  [1737] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [1739] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 59),
  [1741] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 102),
  [1743] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [1745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(508),
  [1749] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1751] = {.entry = {.count = 1, .reusable = true}}, SHIFT(502),
  [1753] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [1755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [1757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(506),
  [1761] = {.entry = {.count = 1, .reusable = false}}, SHIFT(490),
  [1763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(600),
  [1765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 56),
  [1767] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(509),
  [1771] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 93),
  [1773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [1775] = {.entry = {.count = 1, .reusable = false}}, SHIFT(626),
  [1777] = {.entry = {.count = 1, .reusable = true}}, SHIFT(597),
  [1779] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 94),
  [1781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(643),
  [1783] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [1787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67),
  [1789] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(435),
  [1792] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 68),
  [1794] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [1796] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 69),
  [1798] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [1800] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 85),
  [1802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [1804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 49),
  [1806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [1808] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 58),
  [1810] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 50),
  [1812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [1814] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 73),
  [1816] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1818] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [1820] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [1822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1824] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 74),
  [1826] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 108),
  [1828] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 95),
  [1830] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 111),
  [1832] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 112),
  [1834] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 113),
  [1836] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [1838] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [1840] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 89),
  [1842] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 86),
  [1844] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52),
  [1846] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(185),
  [1849] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 87),
  [1851] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 99),
  [1853] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 100),
  [1855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(649),
  [1857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1859] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1861] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1863] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [1867] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1871] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1873] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1875] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1877] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1879] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44),
  [1881] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44), SHIFT_REPEAT(449),
  [1884] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 64),
  [1886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1888] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(592),
  [1891] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 2, 0, 0),
  [1893] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(200),
  [1896] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [1898] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(438),
  [1901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1903] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [1907] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(24),
  [1910] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1912] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1914] = {.entry = {.count = 1, .reusable = true}}, SHIFT(606),
  [1916] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [1918] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1920] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 79),
  [1922] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1924] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [1926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1928] = {.entry = {.count = 1, .reusable = false}}, SHIFT(595),
  [1930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1932] = {.entry = {.count = 1, .reusable = false}}, SHIFT(548),
  [1934] = {.entry = {.count = 1, .reusable = true}}, SHIFT(475),
  [1936] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [1938] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1942] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 60),
  [1944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1946] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [1948] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 6, 0, 0),
  [1950] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 92),
  [1952] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [1954] = {.entry = {.count = 1, .reusable = false}}, SHIFT(635),
  [1956] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1958] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [1960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 47),
  [1962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [1964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1966] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1970] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 48),
  [1972] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52), SHIFT_REPEAT(329),
  [1975] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52),
  [1977] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [1981] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1983] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 97),
  [1985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [1989] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80), SHIFT_REPEAT(443),
  [1992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80),
  [1994] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 81),
  [1996] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 62),
  [2000] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [2002] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 63),
  [2004] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [2006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [2008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [2010] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [2012] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 65),
  [2014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 84),
  [2016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [2018] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [2021] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [2023] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [2025] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [2027] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 53),
  [2029] = {.entry = {.count = 1, .reusable = false}}, SHIFT(627),
  [2031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [2033] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [2036] = {.entry = {.count = 1, .reusable = false}}, SHIFT(516),
  [2038] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 5, 0, 0),
  [2040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(595),
  [2042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [2044] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 9),
  [2046] = {.entry = {.count = 1, .reusable = false}}, SHIFT(607),
  [2048] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [2050] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 4, 0, 0),
  [2052] = {.entry = {.count = 1, .reusable = true}}, SHIFT(482),
  [2054] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [2056] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 91),
  [2058] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [2060] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [2062] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [2064] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [2066] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [2068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [2070] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(606),
  [2073] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [2075] = {.entry = {.count = 1, .reusable = false}}, SHIFT(636),
  [2077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(650),
  [2079] = {.entry = {.count = 1, .reusable = true}}, SHIFT(488),
  [2081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(651),
  [2083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(487),
  [2085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [2087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(501),
  [2089] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [2091] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 2, 0, 9),
  [2093] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 60),
  [2095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [2097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [2099] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 88),
  [2101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [2103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(498),
  [2105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [2107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [2109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [2111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [2113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [2115] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [2117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [2119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [2121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [2123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [2125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
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
