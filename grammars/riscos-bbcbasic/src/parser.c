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
#define STATE_COUNT 631
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 186
#define ALIAS_COUNT 0
#define TOKEN_COUNT 110
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
  anon_sym_DASH2 = 68,
  anon_sym_LPAREN2 = 69,
  anon_sym_PLUS2 = 70,
  anon_sym_QMARK = 71,
  anon_sym_DOLLAR = 72,
  anon_sym_PIPE = 73,
  anon_sym_OR = 74,
  anon_sym_EOR = 75,
  anon_sym_AND = 76,
  anon_sym_LT_GT = 77,
  anon_sym_LT = 78,
  anon_sym_GT = 79,
  anon_sym_LT_EQ = 80,
  anon_sym_GT_EQ = 81,
  anon_sym_LT_LT = 82,
  anon_sym_GT_GT = 83,
  anon_sym_GT_GT_GT = 84,
  anon_sym_STAR = 85,
  anon_sym_SLASH = 86,
  anon_sym_MOD = 87,
  anon_sym_DIV = 88,
  sym_builtin_function = 89,
  sym_builtin_variable = 90,
  sym_proc_name = 91,
  sym_fn_name = 92,
  sym_number = 93,
  sym_string = 94,
  sym_identifier = 95,
  sym__mnemonic_head = 96,
  sym__swi_mnemonic = 97,
  sym__mnemonic_tail = 98,
  sym_condition = 99,
  sym_s_flag = 100,
  sym_size = 101,
  sym_translate = 102,
  sym_block_mode = 103,
  sym_p_flag = 104,
  sym__mnemonic_subst = 105,
  sym_precision = 106,
  sym_rounding = 107,
  sym__newline = 108,
  sym__error_sentinel = 109,
  sym_source_file = 110,
  sym_basic_line = 111,
  sym__statements = 112,
  sym__line_statement = 113,
  sym__statement = 114,
  sym_assignment = 115,
  sym__lvalue = 116,
  sym_for_statement = 117,
  sym_next_statement = 118,
  sym_dim_statement = 119,
  sym_dim_item = 120,
  sym_procedure_definition = 121,
  sym_function_definition = 122,
  sym_parameter_list = 123,
  sym_parameter = 124,
  sym_return_statement = 125,
  sym_if_statement = 126,
  sym__inline_statements = 127,
  sym_else_statement = 128,
  sym_sys_call = 129,
  sym_print_statement = 130,
  sym_proc_call = 131,
  sym_local_statement = 132,
  sym_repeat_statement = 133,
  sym_until_statement = 134,
  sym_while_statement = 135,
  sym_on_error_statement = 136,
  sym_on_statement = 137,
  sym_basic_statement = 138,
  sym_assembler_block = 139,
  sym__asm_gap = 140,
  sym__asm_item = 141,
  sym__asm_statement = 142,
  sym_asm_label = 143,
  sym_opt_directive = 144,
  sym_data = 145,
  sym_align = 146,
  sym_mnemonic = 147,
  sym__suffix = 148,
  sym_instruction = 149,
  sym_swi = 150,
  sym__operand = 151,
  sym__base_register = 152,
  sym_writeback_register = 153,
  sym_immediate = 154,
  sym_pool_literal = 155,
  sym__shift_amount = 156,
  sym_shifted_register = 157,
  sym_memory_operand = 158,
  sym_register_list = 159,
  sym_register_range = 160,
  sym__expression = 161,
  sym_parenthesized_expression = 162,
  sym_unary_expression = 163,
  sym_indirection = 164,
  sym_binary_expression = 165,
  sym_array_element = 166,
  sym_argument_list = 167,
  sym_fn_call = 168,
  sym_builtin_call = 169,
  aux_sym_source_file_repeat1 = 170,
  aux_sym__statements_repeat1 = 171,
  aux_sym_next_statement_repeat1 = 172,
  aux_sym_dim_statement_repeat1 = 173,
  aux_sym_parameter_list_repeat1 = 174,
  aux_sym__inline_statements_repeat1 = 175,
  aux_sym_sys_call_repeat1 = 176,
  aux_sym_sys_call_repeat2 = 177,
  aux_sym_print_statement_repeat1 = 178,
  aux_sym_assembler_block_repeat1 = 179,
  aux_sym_assembler_block_repeat2 = 180,
  aux_sym_data_repeat1 = 181,
  aux_sym_instruction_repeat1 = 182,
  aux_sym_instruction_repeat2 = 183,
  aux_sym_register_list_repeat1 = 184,
  aux_sym_argument_list_repeat1 = 185,
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
  [anon_sym_DASH2] = "-",
  [anon_sym_LPAREN2] = "(",
  [anon_sym_PLUS2] = "+",
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
  [anon_sym_PLUS] = anon_sym_PLUS2,
  [anon_sym_DASH] = anon_sym_DASH2,
  [anon_sym_LBRACE] = anon_sym_LBRACE,
  [anon_sym_RBRACE] = anon_sym_RBRACE,
  [anon_sym_CARET] = anon_sym_CARET,
  [anon_sym_DASH2] = anon_sym_DASH2,
  [anon_sym_LPAREN2] = anon_sym_LPAREN,
  [anon_sym_PLUS2] = anon_sym_PLUS2,
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
  [anon_sym_DASH2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_LPAREN2] = {
    .visible = true,
    .named = false,
  },
  [anon_sym_PLUS2] = {
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
  [88] = {.index = 219, .length = 1},
  [89] = {.index = 220, .length = 2},
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
  [101] = {.index = 257, .length = 3},
  [102] = {.index = 260, .length = 4},
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
    {field_user_mode, 3},
  [220] =
    {field_end, 2},
    {field_start, 0},
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
    {field_offset, 3},
    {field_writeback, 5},
  [251] =
    {field_base, 1},
    {field_offset, 4},
    {field_sign, 3},
  [254] =
    {field_base, 1},
    {field_post_offset, 5},
    {field_sign, 4},
  [257] =
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
  [260] =
    {field_base, 1},
    {field_offset, 4},
    {field_sign, 3},
    {field_writeback, 6},
  [264] =
    {field_base, 1},
    {field_post_offset, 4},
    {field_shift, 6},
  [267] =
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
    {field_writeback, 7},
  [271] =
    {field_amount, 6},
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
  [275] =
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
  [279] =
    {field_amount, 7},
    {field_base, 1},
    {field_post_offset, 4},
    {field_shift, 6},
  [283] =
    {field_base, 1},
    {field_post_offset, 5},
    {field_shift, 7},
    {field_sign, 4},
  [287] =
    {field_amount, 6},
    {field_base, 1},
    {field_offset, 3},
    {field_shift, 5},
    {field_writeback, 8},
  [292] =
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
    {field_writeback, 8},
  [297] =
    {field_amount, 7},
    {field_base, 1},
    {field_offset, 4},
    {field_shift, 6},
    {field_sign, 3},
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
  [14] = 13,
  [15] = 15,
  [16] = 12,
  [17] = 15,
  [18] = 8,
  [19] = 11,
  [20] = 9,
  [21] = 21,
  [22] = 10,
  [23] = 23,
  [24] = 21,
  [25] = 25,
  [26] = 25,
  [27] = 27,
  [28] = 23,
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
  [53] = 29,
  [54] = 29,
  [55] = 30,
  [56] = 37,
  [57] = 35,
  [58] = 58,
  [59] = 46,
  [60] = 48,
  [61] = 49,
  [62] = 47,
  [63] = 36,
  [64] = 39,
  [65] = 38,
  [66] = 40,
  [67] = 31,
  [68] = 33,
  [69] = 32,
  [70] = 34,
  [71] = 44,
  [72] = 45,
  [73] = 41,
  [74] = 42,
  [75] = 75,
  [76] = 45,
  [77] = 77,
  [78] = 78,
  [79] = 46,
  [80] = 49,
  [81] = 47,
  [82] = 36,
  [83] = 37,
  [84] = 39,
  [85] = 38,
  [86] = 40,
  [87] = 41,
  [88] = 42,
  [89] = 48,
  [90] = 31,
  [91] = 58,
  [92] = 92,
  [93] = 93,
  [94] = 33,
  [95] = 32,
  [96] = 34,
  [97] = 44,
  [98] = 35,
  [99] = 99,
  [100] = 29,
  [101] = 101,
  [102] = 31,
  [103] = 35,
  [104] = 104,
  [105] = 32,
  [106] = 33,
  [107] = 30,
  [108] = 39,
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
  [121] = 41,
  [122] = 37,
  [123] = 45,
  [124] = 49,
  [125] = 46,
  [126] = 48,
  [127] = 47,
  [128] = 38,
  [129] = 40,
  [130] = 29,
  [131] = 36,
  [132] = 42,
  [133] = 44,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 34,
  [143] = 33,
  [144] = 32,
  [145] = 145,
  [146] = 30,
  [147] = 39,
  [148] = 35,
  [149] = 149,
  [150] = 31,
  [151] = 151,
  [152] = 152,
  [153] = 152,
  [154] = 151,
  [155] = 149,
  [156] = 156,
  [157] = 101,
  [158] = 41,
  [159] = 42,
  [160] = 48,
  [161] = 46,
  [162] = 49,
  [163] = 47,
  [164] = 36,
  [165] = 37,
  [166] = 44,
  [167] = 45,
  [168] = 38,
  [169] = 40,
  [170] = 44,
  [171] = 45,
  [172] = 116,
  [173] = 120,
  [174] = 115,
  [175] = 112,
  [176] = 111,
  [177] = 113,
  [178] = 114,
  [179] = 179,
  [180] = 180,
  [181] = 181,
  [182] = 182,
  [183] = 183,
  [184] = 117,
  [185] = 118,
  [186] = 119,
  [187] = 187,
  [188] = 188,
  [189] = 189,
  [190] = 183,
  [191] = 191,
  [192] = 45,
  [193] = 29,
  [194] = 194,
  [195] = 195,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 189,
  [203] = 44,
  [204] = 204,
  [205] = 205,
  [206] = 45,
  [207] = 45,
  [208] = 44,
  [209] = 45,
  [210] = 210,
  [211] = 44,
  [212] = 44,
  [213] = 213,
  [214] = 214,
  [215] = 215,
  [216] = 210,
  [217] = 217,
  [218] = 29,
  [219] = 210,
  [220] = 210,
  [221] = 210,
  [222] = 210,
  [223] = 210,
  [224] = 224,
  [225] = 225,
  [226] = 35,
  [227] = 227,
  [228] = 39,
  [229] = 224,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 232,
  [235] = 235,
  [236] = 224,
  [237] = 30,
  [238] = 233,
  [239] = 239,
  [240] = 240,
  [241] = 31,
  [242] = 242,
  [243] = 224,
  [244] = 233,
  [245] = 245,
  [246] = 246,
  [247] = 233,
  [248] = 32,
  [249] = 224,
  [250] = 233,
  [251] = 251,
  [252] = 224,
  [253] = 233,
  [254] = 34,
  [255] = 224,
  [256] = 233,
  [257] = 224,
  [258] = 233,
  [259] = 33,
  [260] = 260,
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
  [272] = 272,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 276,
  [277] = 277,
  [278] = 278,
  [279] = 279,
  [280] = 280,
  [281] = 279,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 271,
  [286] = 272,
  [287] = 273,
  [288] = 260,
  [289] = 274,
  [290] = 275,
  [291] = 270,
  [292] = 271,
  [293] = 272,
  [294] = 273,
  [295] = 260,
  [296] = 274,
  [297] = 275,
  [298] = 298,
  [299] = 299,
  [300] = 300,
  [301] = 301,
  [302] = 302,
  [303] = 303,
  [304] = 304,
  [305] = 305,
  [306] = 44,
  [307] = 307,
  [308] = 45,
  [309] = 271,
  [310] = 272,
  [311] = 277,
  [312] = 303,
  [313] = 270,
  [314] = 273,
  [315] = 270,
  [316] = 271,
  [317] = 272,
  [318] = 273,
  [319] = 260,
  [320] = 278,
  [321] = 275,
  [322] = 271,
  [323] = 272,
  [324] = 273,
  [325] = 260,
  [326] = 274,
  [327] = 275,
  [328] = 260,
  [329] = 277,
  [330] = 303,
  [331] = 274,
  [332] = 270,
  [333] = 275,
  [334] = 270,
  [335] = 271,
  [336] = 272,
  [337] = 273,
  [338] = 260,
  [339] = 274,
  [340] = 275,
  [341] = 277,
  [342] = 303,
  [343] = 270,
  [344] = 277,
  [345] = 303,
  [346] = 270,
  [347] = 277,
  [348] = 303,
  [349] = 270,
  [350] = 350,
  [351] = 277,
  [352] = 303,
  [353] = 353,
  [354] = 270,
  [355] = 277,
  [356] = 270,
  [357] = 277,
  [358] = 270,
  [359] = 277,
  [360] = 270,
  [361] = 277,
  [362] = 270,
  [363] = 277,
  [364] = 277,
  [365] = 277,
  [366] = 305,
  [367] = 267,
  [368] = 278,
  [369] = 30,
  [370] = 39,
  [371] = 278,
  [372] = 278,
  [373] = 278,
  [374] = 274,
  [375] = 46,
  [376] = 376,
  [377] = 200,
  [378] = 196,
  [379] = 38,
  [380] = 40,
  [381] = 41,
  [382] = 42,
  [383] = 33,
  [384] = 48,
  [385] = 385,
  [386] = 386,
  [387] = 32,
  [388] = 34,
  [389] = 49,
  [390] = 47,
  [391] = 391,
  [392] = 37,
  [393] = 44,
  [394] = 45,
  [395] = 385,
  [396] = 385,
  [397] = 385,
  [398] = 385,
  [399] = 385,
  [400] = 400,
  [401] = 36,
  [402] = 36,
  [403] = 37,
  [404] = 44,
  [405] = 45,
  [406] = 46,
  [407] = 49,
  [408] = 408,
  [409] = 47,
  [410] = 31,
  [411] = 32,
  [412] = 34,
  [413] = 33,
  [414] = 414,
  [415] = 415,
  [416] = 416,
  [417] = 415,
  [418] = 416,
  [419] = 419,
  [420] = 419,
  [421] = 421,
  [422] = 422,
  [423] = 423,
  [424] = 421,
  [425] = 425,
  [426] = 426,
  [427] = 427,
  [428] = 428,
  [429] = 429,
  [430] = 430,
  [431] = 431,
  [432] = 432,
  [433] = 433,
  [434] = 434,
  [435] = 435,
  [436] = 436,
  [437] = 437,
  [438] = 438,
  [439] = 439,
  [440] = 440,
  [441] = 425,
  [442] = 425,
  [443] = 425,
  [444] = 425,
  [445] = 445,
  [446] = 439,
  [447] = 447,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 439,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 456,
  [457] = 457,
  [458] = 458,
  [459] = 459,
  [460] = 439,
  [461] = 461,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 439,
  [467] = 467,
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
  [479] = 479,
  [480] = 425,
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
  [492] = 462,
  [493] = 470,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 473,
  [498] = 478,
  [499] = 499,
  [500] = 500,
  [501] = 501,
  [502] = 502,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 472,
  [507] = 507,
  [508] = 508,
  [509] = 457,
  [510] = 510,
  [511] = 477,
  [512] = 512,
  [513] = 513,
  [514] = 514,
  [515] = 515,
  [516] = 475,
  [517] = 517,
  [518] = 518,
  [519] = 425,
  [520] = 520,
  [521] = 521,
  [522] = 522,
  [523] = 468,
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
  [536] = 439,
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
  [549] = 546,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 555,
  [556] = 556,
  [557] = 557,
  [558] = 558,
  [559] = 546,
  [560] = 560,
  [561] = 561,
  [562] = 562,
  [563] = 563,
  [564] = 564,
  [565] = 565,
  [566] = 546,
  [567] = 567,
  [568] = 531,
  [569] = 530,
  [570] = 570,
  [571] = 571,
  [572] = 546,
  [573] = 573,
  [574] = 574,
  [575] = 575,
  [576] = 546,
  [577] = 567,
  [578] = 527,
  [579] = 546,
  [580] = 580,
  [581] = 581,
  [582] = 582,
  [583] = 526,
  [584] = 584,
  [585] = 585,
  [586] = 586,
  [587] = 546,
  [588] = 588,
  [589] = 589,
  [590] = 590,
  [591] = 585,
  [592] = 592,
  [593] = 593,
  [594] = 594,
  [595] = 595,
  [596] = 596,
  [597] = 597,
  [598] = 598,
  [599] = 599,
  [600] = 598,
  [601] = 601,
  [602] = 602,
  [603] = 603,
  [604] = 604,
  [605] = 605,
  [606] = 598,
  [607] = 607,
  [608] = 608,
  [609] = 609,
  [610] = 610,
  [611] = 611,
  [612] = 612,
  [613] = 613,
  [614] = 598,
  [615] = 598,
  [616] = 598,
  [617] = 598,
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
  [629] = 629,
  [630] = 630,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(101);
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '#', 426,
        '$', 438,
        '\'', 133,
        '(', 119,
        ')', 120,
        '*', 454,
        '+', 427,
        ',', 115,
        '-', 428,
        '.', 399,
        '/', 457,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        'A', 283,
        'B', 210,
        'C', 164,
        'D', 178,
        'E', 200,
        'F', 166,
        'G', 192,
        'H', 222,
        'I', 236,
        'L', 227,
        'M', 174,
        'N', 211,
        'O', 237,
        'P', 167,
        'Q', 356,
        'R', 162,
        'S', 168,
        'T', 213,
        'U', 293,
        'V', 207,
        'W', 165,
        '[', 396,
        ']', 397,
        '^', 431,
        'a', 376,
        'c', 378,
        'd', 373,
        'e', 382,
        'f', 379,
        'i', 379,
        'l', 383,
        'o', 380,
        'p', 372,
        'r', 163,
        's', 381,
        'v', 391,
        'w', 379,
        '{', 429,
        '|', 439,
        '}', 430,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(99);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(395);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '#', 426,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '*', 43,
        '+', 436,
        '-', 433,
        '.', 94,
        '/', 44,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 589,
        'B', 688,
        'C', 553,
        'D', 573,
        'E', 789,
        'F', 516,
        'G', 608,
        'H', 737,
        'I', 812,
        'L', 651,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 578,
        'R', 494,
        'S', 543,
        'T', 533,
        'U', 832,
        'V', 570,
        'W', 709,
        '[', 396,
        ']', 397,
        'a', 975,
        'c', 976,
        'f', 977,
        'i', 977,
        'l', 979,
        'p', 974,
        'r', 495,
        's', 978,
        'v', 984,
        'w', 977,
        '{', 429,
        '|', 439,
        ';', 398,
        '\\', 398,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '#', 426,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 427,
        '-', 428,
        '.', 94,
        '?', 437,
        '@', 42,
        'A', 590,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 516,
        'G', 608,
        'H', 737,
        'I', 812,
        'L', 651,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 578,
        'R', 494,
        'S', 544,
        'T', 533,
        'U', 832,
        'V', 570,
        'W', 709,
        'a', 982,
        'f', 977,
        'i', 977,
        'l', 979,
        'p', 974,
        'r', 495,
        's', 983,
        'v', 984,
        'w', 977,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '#', 426,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        ':', 103,
        '?', 437,
        '@', 42,
        'A', 590,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 516,
        'G', 608,
        'H', 737,
        'I', 812,
        'L', 651,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 578,
        'R', 494,
        'S', 544,
        'T', 533,
        'U', 832,
        'V', 570,
        'W', 709,
        ']', 397,
        'a', 982,
        'f', 977,
        'i', 977,
        'l', 979,
        'p', 974,
        'r', 495,
        's', 983,
        'v', 984,
        'w', 977,
        '|', 439,
        ';', 398,
        '\\', 398,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 119,
        ')', 120,
        '*', 454,
        '+', 436,
        ',', 115,
        '-', 433,
        '.', 94,
        '/', 457,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 592,
        'B', 688,
        'C', 554,
        'D', 574,
        'E', 786,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 729,
        'N', 655,
        'O', 861,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        ']', 397,
        '^', 431,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(6);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 119,
        '*', 453,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        '/', 456,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 592,
        'B', 688,
        'C', 554,
        'D', 574,
        'E', 791,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 729,
        'N', 655,
        'O', 861,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '^', 431,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 434,
        ')', 120,
        '*', 454,
        '+', 436,
        ',', 115,
        '-', 433,
        '.', 94,
        '/', 457,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 592,
        'B', 688,
        'C', 554,
        'D', 574,
        'E', 786,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 729,
        'N', 655,
        'O', 861,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        ']', 397,
        '^', 431,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(6);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 434,
        '*', 453,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        '/', 456,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 592,
        'B', 688,
        'C', 554,
        'D', 574,
        'E', 786,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 729,
        'N', 655,
        'O', 861,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '^', 431,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 434,
        '*', 453,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        '/', 456,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 592,
        'B', 688,
        'C', 554,
        'D', 574,
        'E', 791,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 729,
        'N', 655,
        'O', 861,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '^', 431,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 434,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        ':', 103,
        ';', 131,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 10:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '\'', 133,
        '(', 434,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        ':', 103,
        ';', 131,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 785,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 119,
        '+', 435,
        '-', 432,
        '.', 94,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 12:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 119,
        '+', 435,
        '-', 432,
        '.', 94,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 653,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 13:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        ')', 120,
        '+', 435,
        '-', 432,
        '.', 94,
        ':', 103,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        ']', 397,
        '|', 439,
        ';', 398,
        '\\', 398,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 14:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        ':', 103,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 532,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(14);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 435,
        ',', 115,
        '-', 432,
        '.', 94,
        ':', 103,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 785,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 532,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 435,
        '-', 432,
        '.', 94,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 435,
        '-', 432,
        '.', 94,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 789,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 653,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '$', 438,
        '%', 92,
        '&', 96,
        '(', 434,
        '+', 435,
        '-', 432,
        '.', 94,
        '?', 437,
        '@', 42,
        'A', 591,
        'B', 688,
        'C', 554,
        'D', 573,
        'E', 790,
        'F', 517,
        'G', 608,
        'H', 737,
        'I', 813,
        'L', 652,
        'M', 728,
        'N', 655,
        'O', 862,
        'P', 579,
        'R', 561,
        'S', 545,
        'T', 533,
        'U', 832,
        'V', 571,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 19:
      ADVANCE_MAP(
        '!', 425,
        '"', 36,
        '(', 119,
        '*', 453,
        '+', 435,
        '-', 432,
        '/', 456,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        'A', 284,
        'D', 248,
        'E', 299,
        'M', 304,
        'O', 321,
        '^', 431,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '!', 425,
        '"', 36,
        '*', 453,
        '+', 435,
        '-', 432,
        '/', 456,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        'A', 284,
        'D', 248,
        'E', 299,
        'M', 304,
        'O', 321,
        '^', 431,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 119,
        ')', 120,
        '*', 455,
        '+', 435,
        ',', 115,
        '-', 432,
        '/', 456,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 586,
        'B', 641,
        'C', 513,
        'D', 538,
        'E', 618,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 520,
        'N', 644,
        'O', 694,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 510,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '^', 431,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        ')', 120,
        '*', 455,
        '+', 435,
        ',', 115,
        '-', 432,
        '/', 456,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 586,
        'B', 641,
        'C', 513,
        'D', 538,
        'E', 618,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 520,
        'N', 644,
        'O', 694,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 510,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '^', 431,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 23:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 152,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 616,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 693,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 24:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 152,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 616,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 698,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(24);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 25:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 152,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 619,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 693,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(25);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 152,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 619,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 698,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(26);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 27:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 152,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 617,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 693,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(27);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 28:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 152,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 620,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 693,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(28);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 29:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '*', 455,
        '+', 435,
        ',', 115,
        '-', 432,
        '/', 456,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        '@', 42,
        'A', 586,
        'B', 641,
        'C', 513,
        'D', 538,
        'E', 618,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 520,
        'N', 644,
        'O', 694,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 510,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        '^', 431,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(29);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        ',', 115,
        ':', 103,
        ';', 131,
        '?', 437,
        '@', 42,
        'A', 585,
        'B', 689,
        'C', 556,
        'D', 575,
        'E', 784,
        'F', 518,
        'G', 607,
        'H', 737,
        'I', 829,
        'L', 660,
        'M', 839,
        'N', 654,
        'O', 852,
        'P', 577,
        'R', 505,
        'S', 541,
        'T', 511,
        'U', 831,
        'V', 523,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(30);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 31:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        ',', 115,
        ':', 103,
        ';', 131,
        '?', 437,
        '@', 42,
        'A', 585,
        'B', 689,
        'C', 556,
        'D', 575,
        'E', 787,
        'F', 518,
        'G', 607,
        'H', 737,
        'I', 829,
        'L', 660,
        'M', 839,
        'N', 654,
        'O', 852,
        'P', 577,
        'R', 505,
        'S', 541,
        'T', 511,
        'U', 831,
        'V', 523,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(31);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 32:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '?', 437,
        '@', 42,
        'A', 585,
        'B', 689,
        'C', 556,
        'D', 575,
        'E', 787,
        'F', 518,
        'G', 607,
        'H', 737,
        'I', 829,
        'L', 660,
        'M', 839,
        'N', 654,
        'O', 852,
        'P', 577,
        'R', 506,
        'S', 541,
        'T', 511,
        'U', 831,
        'V', 523,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 33:
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        '?', 437,
        '@', 42,
        'A', 585,
        'B', 689,
        'C', 556,
        'D', 575,
        'E', 788,
        'F', 518,
        'G', 607,
        'H', 737,
        'I', 829,
        'L', 660,
        'M', 839,
        'N', 654,
        'O', 852,
        'P', 577,
        'R', 505,
        'S', 541,
        'T', 511,
        'U', 831,
        'V', 523,
        'W', 710,
        '|', 439,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        '!', 425,
        '(', 119,
        ')', 120,
        '*', 454,
        '+', 436,
        ',', 115,
        '-', 433,
        '.', 399,
        '/', 457,
        ':', 103,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        'A', 63,
        'D', 59,
        'E', 60,
        'F', 64,
        'M', 67,
        'O', 71,
        'P', 72,
        'S', 74,
        'T', 65,
        ']', 397,
        '^', 431,
        'a', 82,
        'd', 79,
        'e', 86,
        'o', 85,
        ';', 398,
        '\\', 398,
        'L', 88,
        'l', 88,
        'R', 84,
        'r', 84,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(35);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      END_STATE();
    case 35:
      ADVANCE_MAP(
        '!', 425,
        ')', 120,
        '*', 454,
        '+', 436,
        ',', 115,
        '-', 433,
        '.', 399,
        '/', 457,
        ':', 103,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        'A', 63,
        'D', 59,
        'E', 60,
        'F', 64,
        'M', 67,
        'O', 71,
        'P', 72,
        'S', 74,
        'T', 65,
        ']', 397,
        '^', 431,
        'a', 82,
        'd', 79,
        'e', 86,
        'o', 85,
        ';', 398,
        '\\', 398,
        'L', 88,
        'l', 88,
        'R', 84,
        'r', 84,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(35);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      END_STATE();
    case 36:
      if (lookahead == '"') ADVANCE(395);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(36);
      END_STATE();
    case 37:
      if (lookahead == '"') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(37);
      END_STATE();
    case 38:
      ADVANCE_MAP(
        '"', 36,
        '(', 119,
        '*', 453,
        '+', 435,
        '-', 432,
        '/', 456,
        '<', 446,
        '=', 105,
        '>', 447,
        'A', 284,
        'D', 248,
        'E', 299,
        'M', 304,
        'O', 321,
        '^', 431,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 39:
      ADVANCE_MAP(
        '"', 36,
        '*', 453,
        '+', 435,
        '-', 432,
        '/', 456,
        '<', 446,
        '=', 105,
        '>', 447,
        'A', 284,
        'D', 248,
        'E', 299,
        'M', 304,
        'O', 321,
        '^', 431,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(39);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 40:
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == ':') ADVANCE(103);
      if (lookahead == 'E') ADVANCE(276);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(40);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(395);
      END_STATE();
    case 41:
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == ':') ADVANCE(103);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(395);
      END_STATE();
    case 42:
      if (lookahead == '%') ADVANCE(486);
      END_STATE();
    case 43:
      if (lookahead == '=') ADVANCE(108);
      END_STATE();
    case 44:
      if (lookahead == '=') ADVANCE(109);
      END_STATE();
    case 45:
      ADVANCE_MAP(
        '@', 42,
        'A', 584,
        'C', 555,
        'D', 575,
        'E', 792,
        'F', 735,
        'G', 606,
        'I', 828,
        'L', 658,
        'M', 839,
        'N', 654,
        'O', 852,
        'P', 770,
        'R', 493,
        'S', 542,
        'T', 512,
        'U', 831,
        'V', 524,
        'W', 711,
        'a', 982,
        'f', 977,
        'i', 977,
        'l', 979,
        'p', 974,
        'r', 495,
        's', 983,
        'v', 984,
        'w', 977,
        '}', 430,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(45);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 46:
      ADVANCE_MAP(
        '@', 42,
        'A', 585,
        'C', 555,
        'D', 575,
        'E', 792,
        'F', 736,
        'G', 606,
        'I', 829,
        'L', 659,
        'M', 839,
        'N', 654,
        'O', 852,
        'P', 771,
        'R', 507,
        'S', 541,
        'T', 512,
        'U', 831,
        'V', 525,
        'W', 712,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(46);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 47:
      if (lookahead == 'C') ADVANCE(98);
      END_STATE();
    case 48:
      if (lookahead == 'D') ADVANCE(444);
      END_STATE();
    case 49:
      if (lookahead == 'D') ADVANCE(458);
      END_STATE();
    case 50:
      if (lookahead == 'E') ADVANCE(153);
      END_STATE();
    case 51:
      if (lookahead == 'E') ADVANCE(127);
      END_STATE();
    case 52:
      if (lookahead == 'E') ADVANCE(69);
      END_STATE();
    case 53:
      if (lookahead == 'E') ADVANCE(62);
      END_STATE();
    case 54:
      if (lookahead == 'F') ADVANCE(153);
      END_STATE();
    case 55:
      if (lookahead == 'F') ADVANCE(145);
      END_STATE();
    case 56:
      if (lookahead == 'G') ADVANCE(58);
      END_STATE();
    case 57:
      if (lookahead == 'I') ADVANCE(56);
      END_STATE();
    case 58:
      if (lookahead == 'I') ADVANCE(61);
      END_STATE();
    case 59:
      if (lookahead == 'I') ADVANCE(75);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(77);
      END_STATE();
    case 60:
      if (lookahead == 'L') ADVANCE(73);
      if (lookahead == 'O') ADVANCE(70);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(90);
      END_STATE();
    case 61:
      if (lookahead == 'N') ADVANCE(153);
      END_STATE();
    case 62:
      if (lookahead == 'N') ADVANCE(461);
      END_STATE();
    case 63:
      if (lookahead == 'N') ADVANCE(48);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(81);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(93);
      END_STATE();
    case 64:
      if (lookahead == 'N') ADVANCE(97);
      END_STATE();
    case 65:
      if (lookahead == 'O') ADVANCE(111);
      END_STATE();
    case 66:
      if (lookahead == 'O') ADVANCE(47);
      END_STATE();
    case 67:
      if (lookahead == 'O') ADVANCE(49);
      END_STATE();
    case 68:
      if (lookahead == 'P') ADVANCE(466);
      END_STATE();
    case 69:
      if (lookahead == 'P') ADVANCE(113);
      END_STATE();
    case 70:
      if (lookahead == 'R') ADVANCE(443);
      END_STATE();
    case 71:
      if (lookahead == 'R') ADVANCE(440);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(89);
      END_STATE();
    case 72:
      if (lookahead == 'R') ADVANCE(66);
      END_STATE();
    case 73:
      if (lookahead == 'S') ADVANCE(51);
      END_STATE();
    case 74:
      if (lookahead == 'T') ADVANCE(52);
      END_STATE();
    case 75:
      if (lookahead == 'V') ADVANCE(460);
      END_STATE();
    case 76:
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(95);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      END_STATE();
    case 77:
      ADVANCE_MAP(
        'B', 406,
        'b', 406,
        'D', 408,
        'd', 408,
        'S', 409,
        's', 409,
        'W', 407,
        'w', 407,
      );
      END_STATE();
    case 78:
      ADVANCE_MAP(
        'B', 401,
        'b', 401,
        'D', 403,
        'd', 403,
        'Q', 404,
        'q', 404,
        'S', 405,
        's', 405,
        'W', 402,
        'w', 402,
      );
      END_STATE();
    case 79:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(77);
      END_STATE();
    case 80:
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(83);
      END_STATE();
    case 81:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(80);
      END_STATE();
    case 82:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(81);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(93);
      END_STATE();
    case 83:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(410);
      END_STATE();
    case 84:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(87);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(91);
      END_STATE();
    case 85:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(89);
      END_STATE();
    case 86:
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(90);
      END_STATE();
    case 87:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(424);
      END_STATE();
    case 88:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(93);
      END_STATE();
    case 89:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(400);
      END_STATE();
    case 90:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(78);
      END_STATE();
    case 91:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(424);
      END_STATE();
    case 92:
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(482);
      END_STATE();
    case 93:
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(424);
      END_STATE();
    case 94:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(481);
      END_STATE();
    case 95:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      END_STATE();
    case 96:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(484);
      END_STATE();
    case 97:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(479);
      END_STATE();
    case 98:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(478);
      END_STATE();
    case 99:
      if (eof) ADVANCE(101);
      ADVANCE_MAP(
        '!', 425,
        '"', 37,
        '#', 426,
        '$', 438,
        '\'', 133,
        '(', 434,
        ')', 120,
        '*', 454,
        '+', 427,
        ',', 115,
        '-', 428,
        '.', 399,
        '/', 457,
        ':', 103,
        ';', 131,
        '<', 446,
        '=', 105,
        '>', 447,
        '?', 437,
        'A', 283,
        'B', 210,
        'C', 164,
        'D', 178,
        'E', 200,
        'F', 166,
        'G', 192,
        'H', 222,
        'I', 236,
        'L', 227,
        'M', 174,
        'N', 211,
        'O', 237,
        'P', 167,
        'Q', 356,
        'R', 162,
        'S', 168,
        'T', 213,
        'U', 293,
        'V', 207,
        'W', 165,
        '[', 396,
        ']', 397,
        '^', 431,
        'a', 376,
        'c', 378,
        'd', 373,
        'e', 382,
        'f', 379,
        'i', 379,
        'l', 383,
        'o', 380,
        'p', 372,
        'r', 163,
        's', 381,
        'v', 391,
        'w', 379,
        '{', 429,
        '|', 439,
        '}', 430,
        '~', 134,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(99);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(395);
      END_STATE();
    case 100:
      if (eof) ADVANCE(101);
      ADVANCE_MAP(
        '!', 425,
        '$', 438,
        '(', 434,
        ')', 120,
        '*', 152,
        ',', 115,
        '-', 432,
        ':', 103,
        '=', 105,
        '?', 437,
        '@', 42,
        'A', 583,
        'B', 641,
        'C', 513,
        'D', 537,
        'E', 615,
        'F', 515,
        'G', 596,
        'H', 663,
        'I', 691,
        'L', 643,
        'M', 519,
        'N', 644,
        'O', 693,
        'P', 522,
        'Q', 942,
        'R', 504,
        'S', 535,
        'T', 509,
        'U', 818,
        'V', 526,
        'W', 514,
        '[', 396,
        ']', 397,
        '^', 431,
        '|', 439,
        '}', 430,
        ';', 398,
        '\\', 398,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(100);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(anon_sym_LET);
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
      ACCEPT_TOKEN(anon_sym_TO);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_TO);
      if (lookahead == 'P') ADVANCE(466);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_STEP);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_NEXT);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_DIM);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_LOCAL);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(anon_sym_DEF);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_RETURN);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_RETURN);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(sym_endproc_statement);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(sym_endproc_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_IF);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_THEN);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_ELSE);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_endif_statement);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_endif_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_SYS);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_PRINT);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(180);
      if (lookahead == 'I') ADVANCE(240);
      if (lookahead == 'P') ADVANCE(324);
      if (lookahead == 'W') ADVANCE(246);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(540);
      if (lookahead == 'I') ADVANCE(695);
      if (lookahead == 'P') ADVANCE(881);
      if (lookahead == 'W') ADVANCE(715);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(540);
      if (lookahead == 'P') ADVANCE(881);
      if (lookahead == 'W') ADVANCE(715);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_ERROR);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_REPEAT);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_UNTIL);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_WHILE);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(sym_endwhile_statement);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(sym_endwhile_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_ON);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(anon_sym_OFF);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(147);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(146);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(146);
      if (lookahead == ':') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(147);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(148);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(150);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(149);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(149);
      if (lookahead == ':') ADVANCE(151);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(150);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(151);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(sym_star_command);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(152);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(sym_keyword);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(466);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(466);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(466);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(466);
      if (lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'O') ADVANCE(153);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'O') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'S') ADVANCE(153);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        '1', 419,
        'E', 176,
        'N', 201,
        'U', 285,
        'O', 384,
        'o', 384,
        'R', 389,
        'r', 389,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(395);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == '1') ADVANCE(419);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(384);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(389);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(395);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'A', 265,
        'H', 188,
        'I', 329,
        'L', 223,
        'O', 268,
        'R', 360,
        'P', 386,
        'p', 386,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(253);
      if (lookahead == 'H') ADVANCE(221);
      if (lookahead == 'I') ADVANCE(208);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(275);
      if (lookahead == 'I') ADVANCE(266);
      if (lookahead == 'N') ADVANCE(393);
      if (lookahead == 'O') ADVANCE(318);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'A', 241,
        'I', 466,
        'L', 305,
        'O', 257,
        'R', 258,
        'T', 317,
        'C', 411,
        'c', 411,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'A', 365,
        'O', 363,
        'T', 230,
        'W', 171,
        'Y', 332,
        'P', 414,
        'p', 414,
        'B', 411,
        'L', 411,
        'b', 411,
        'l', 411,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(365);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(367);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(150);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(369);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(292);
      if (lookahead == 'O') ADVANCE(205);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(203);
      if (lookahead == 'C') ADVANCE(185);
      if (lookahead == 'M') ADVANCE(220);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'A', 203,
        'C', 355,
        'M', 147,
        'N', 359,
        'P', 234,
        'S', 353,
        'T', 362,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(352);
      if (lookahead == 'E') ADVANCE(238);
      if (lookahead == 'I') ADVANCE(278);
      if (lookahead == 'R') ADVANCE(170);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(370);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(196);
      if (lookahead == 'U') ADVANCE(212);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(290);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(262);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(320);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'A') ADVANCE(250);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'B') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'B') ADVANCE(330);
      if (lookahead == 'N') ADVANCE(214);
      if (lookahead == 'S') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'B') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(301);
      if (lookahead == 'E') ADVANCE(340);
      if (lookahead == 'O') ADVANCE(334);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(123);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(394);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(244);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(269);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'D', 253,
        'L', 264,
        'N', 204,
        'O', 316,
        'R', 259,
        'X', 339,
        'Q', 388,
        'q', 388,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(444);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(135);
      if (lookahead == 'V') ADVANCE(231);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(459);
      if (lookahead == 'U') ADVANCE(333);
      if (lookahead == 'V') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(458);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(357);
      if (lookahead == 'O') ADVANCE(255);
      if (lookahead == 'P') ADVANCE(300);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(348);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'D') ADVANCE(224);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(184);
      if (lookahead == 'P') ADVANCE(361);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(366);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(279);
      if (lookahead == 'H') ADVANCE(226);
      if (lookahead == 'I') ADVANCE(282);
      if (lookahead == 'O') ADVANCE(112);
      if (lookahead == 'R') ADVANCE(181);
      if (lookahead == 'W') ADVANCE(252);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(127);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(160);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(141);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(142);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(277);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(285);
      if (lookahead == 'I') ADVANCE(273);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(261);
      if (lookahead == 'I') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(182);
      if (lookahead == 'O') ADVANCE(333);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'E', 341,
        'I', 190,
        'O', 175,
        'V', 182,
        'R', 411,
        'r', 411,
        'S', 390,
        's', 390,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(327);
      if (lookahead == 'O') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(270);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(350);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(187);
      if (lookahead == 'O') ADVANCE(328);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'E') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'F') ADVANCE(125);
      if (lookahead == 'N') ADVANCE(309);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'F', 239,
        'L', 203,
        'N', 144,
        'R', 442,
        'S', 197,
        'T', 245,
        'V', 229,
        'P', 387,
        'p', 387,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'F') ADVANCE(118);
      if (lookahead == 'L') ADVANCE(233);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'F') ADVANCE(145);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'F') ADVANCE(128);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'G') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'G') ADVANCE(267);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'G') ADVANCE(250);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'H') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'H') ADVANCE(232);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'H') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(364);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(310);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(287);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(199);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(274);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(294);
      if (lookahead == 'S') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I') ADVANCE(296);
      if (lookahead == 'O') ADVANCE(194);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(466);
      if (lookahead == 'R') ADVANCE(473);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(308);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(117);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(140);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(251);
      if (lookahead == 'S') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(260);
      if (lookahead == 'S') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(298);
      if (lookahead == 'U') ADVANCE(295);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(302);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(306);
      if (lookahead == 'S') ADVANCE(169);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(173);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(219);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(336);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L') ADVANCE(335);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'M') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'M') ADVANCE(116);
      if (lookahead == 'V') ADVANCE(460);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'M') ADVANCE(312);
      if (lookahead == 'X') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'M') ADVANCE(191);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'M') ADVANCE(220);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'M') ADVANCE(216);
      if (lookahead == 'N') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'N', 202,
        'P', 311,
        'U', 349,
        'p', 386,
        'L', 375,
        'l', 375,
        'S', 390,
        's', 390,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(202);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(126);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(158);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(121);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(242);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(195);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(209);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(351);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(314);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(316);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(193);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(206);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(177);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'O') ADVANCE(323);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P') ADVANCE(361);
      if (lookahead == 'S') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P') ADVANCE(235);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(153);
      if (lookahead == 'U') ADVANCE(315);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(443);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(110);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(138);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(369);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(440);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(368);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(303);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(288);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(225);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R') ADVANCE(186);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S') ADVANCE(130);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S') ADVANCE(358);
      if (lookahead == 'T') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S') ADVANCE(215);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S') ADVANCE(212);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(466);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(468);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(104);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(475);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(114);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(132);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(139);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(271);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(244);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(254);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(179);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T') ADVANCE(183);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(253);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(189);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(280);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(291);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'V') ADVANCE(460);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'V') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'W') ADVANCE(153);
      if (lookahead == 'X') ADVANCE(343);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'W') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'W') ADVANCE(249);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'Y') ADVANCE(153);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'B', 406,
        'b', 406,
        'D', 408,
        'd', 408,
        'S', 409,
        's', 409,
        'W', 407,
        'w', 407,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 36,
        'B', 401,
        'b', 401,
        'D', 403,
        'd', 403,
        'Q', 404,
        'q', 404,
        'S', 405,
        's', 405,
        'W', 402,
        'w', 402,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(370);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(377);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(375);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(386);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(390);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(410);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(386);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(387);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(414);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(388);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(411);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(390);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(424);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(420);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(400);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(371);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(424);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(424);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(411);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(423);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(479);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(395);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(478);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(395);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(36);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(395);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym__asm_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(398);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(aux_sym_opt_directive_token1);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(aux_sym_data_token1);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(aux_sym_data_token2);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(aux_sym_data_token3);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(aux_sym_data_token4);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(aux_sym_data_token5);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(aux_sym_data_token6);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(aux_sym_data_token7);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(aux_sym_data_token8);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(aux_sym_data_token9);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(aux_sym_align_token1);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(sym_register);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(461);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(980);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(385);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(980);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(418);
      if (('6' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          lookahead == 'B' ||
          ('D' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(sym_register);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(411);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(392);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(985);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('`' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(1007);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(422);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(sym_psr);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(423);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(sym_shift_type);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(anon_sym_CARET);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(anon_sym_DASH2);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(anon_sym_DASH2);
      if (lookahead == '=') ADVANCE(107);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(anon_sym_LPAREN2);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(anon_sym_PLUS2);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(anon_sym_PLUS2);
      if (lookahead == '=') ADVANCE(106);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(anon_sym_PIPE);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(anon_sym_OR);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(56);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(243);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(anon_sym_EOR);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(anon_sym_AND);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(anon_sym_LT_GT);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '<') ADVANCE(450);
      if (lookahead == '=') ADVANCE(448);
      if (lookahead == '>') ADVANCE(445);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '=') ADVANCE(449);
      if (lookahead == '>') ADVANCE(451);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(anon_sym_LT_EQ);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(anon_sym_GT_EQ);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(anon_sym_LT_LT);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(anon_sym_GT_GT);
      if (lookahead == '>') ADVANCE(452);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(anon_sym_GT_GT_GT);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '=') ADVANCE(108);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(152);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '=') ADVANCE(109);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(anon_sym_MOD);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == 'E') ADVANCE(153);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(anon_sym_DIV);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(sym_builtin_function);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$') ADVANCE(461);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == 'L') ADVANCE(53);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '~') ADVANCE(461);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(sym_builtin_variable);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '#') ADVANCE(461);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(466);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(466);
      if (lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(467);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(867);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(319);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(870);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'S') ADVANCE(153);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'S') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(sym_proc_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(478);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(sym_fn_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(479);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(481);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(480);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(76);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(481);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(482);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(483);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(484);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(37);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(sym_identifier);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(466);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(466);
      if (lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(461);
      if (lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(464);
      if (lookahead == '%') ADVANCE(486);
      if (lookahead == 'I') ADVANCE(821);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(416);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'E') ADVANCE(503);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(418);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(416);
      if (lookahead == 'A') ADVANCE(627);
      if (lookahead == 'E') ADVANCE(502);
      if (lookahead == 'I') ADVANCE(702);
      if (lookahead == 'N') ADVANCE(629);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(418);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(416);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(418);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(151);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(527);
      if (lookahead == 'G') ADVANCE(461);
      if (lookahead == 'M') ADVANCE(666);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(527);
      if (lookahead == 'M') ADVANCE(666);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(527);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(564);
      if (lookahead == 'G') ADVANCE(461);
      if (lookahead == 'M') ADVANCE(666);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(939);
      if (lookahead == 'N') ADVANCE(951);
      if (lookahead == 'P') ADVANCE(678);
      if (lookahead == 'S') ADVANCE(938);
      if (lookahead == 'T') ADVANCE(956);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'L') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(939);
      if (lookahead == 'N') ADVANCE(951);
      if (lookahead == 'P') ADVANCE(678);
      if (lookahead == 'S') ADVANCE(938);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'L') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'C') ADVANCE(939);
      if (lookahead == 'N') ADVANCE(951);
      if (lookahead == 'P') ADVANCE(679);
      if (lookahead == 'S') ADVANCE(938);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'L') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'E') ADVANCE(550);
      if (lookahead == 'N') ADVANCE(622);
      if (lookahead == 'U') ADVANCE(809);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'E') ADVANCE(502);
      if (lookahead == 'N') ADVANCE(622);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'E') ADVANCE(501);
      if (lookahead == 'N') ADVANCE(622);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == 'E') ADVANCE(503);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(991);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 997,
        'E', 800,
        'H', 640,
        'I', 802,
        'O', 68,
        'R', 548,
        'W', 725,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 997,
        'E', 800,
        'H', 673,
        'I', 802,
        'O', 68,
        'R', 548,
        'W', 725,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(997);
      if (lookahead == 'E') ADVANCE(970);
      if (lookahead == 'H') ADVANCE(640);
      if (lookahead == 'I') ADVANCE(804);
      if (lookahead == 'O') ADVANCE(68);
      if (lookahead == 'R') ADVANCE(558);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(997);
      if (lookahead == 'E') ADVANCE(970);
      if (lookahead == 'H') ADVANCE(640);
      if (lookahead == 'I') ADVANCE(808);
      if (lookahead == 'R') ADVANCE(559);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'N') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(762);
      if (lookahead == 'H') ADVANCE(580);
      if (lookahead == 'I') ADVANCE(889);
      if (lookahead == 'L') ADVANCE(664);
      if (lookahead == 'O') ADVANCE(764);
      if (lookahead == 'R') ADVANCE(948);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(724);
      if (lookahead == 'H') ADVANCE(669);
      if (lookahead == 'I') ADVANCE(631);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(779);
      if (lookahead == 'I') ADVANCE(763);
      if (lookahead == 'O') ADVANCE(869);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(779);
      if (lookahead == 'I') ADVANCE(754);
      if (lookahead == 'N') ADVANCE(97);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(779);
      if (lookahead == 'I') ADVANCE(754);
      if (lookahead == 'N') ADVANCE(97);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(779);
      if (lookahead == 'I') ADVANCE(754);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(822);
      if (lookahead == 'O') ADVANCE(625);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(822);
      if (lookahead == 'O') ADVANCE(614);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(704);
      if (lookahead == 'I') ADVANCE(477);
      if (lookahead == 'L') ADVANCE(844);
      if (lookahead == 'O') ADVANCE(738);
      if (lookahead == 'R') ADVANCE(742);
      if (lookahead == 'T') ADVANCE(872);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(995);
      if (lookahead == 'D') ADVANCE(1003);
      if (lookahead == 'O') ADVANCE(726);
      if (lookahead == 'P') ADVANCE(841);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(995);
      if (lookahead == 'D') ADVANCE(1003);
      if (lookahead == 'O') ADVANCE(726);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(995);
      if (lookahead == 'D') ADVANCE(1003);
      if (lookahead == 'O') ADVANCE(726);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(995);
      if (lookahead == 'D') ADVANCE(941);
      if (lookahead == 'O') ADVANCE(739);
      if (lookahead == 'P') ADVANCE(841);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(995);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(965);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1005);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(971);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(587);
      if (lookahead == 'E') ADVANCE(970);
      if (lookahead == 'H') ADVANCE(640);
      if (lookahead == 'I') ADVANCE(804);
      if (lookahead == 'O') ADVANCE(112);
      if (lookahead == 'R') ADVANCE(558);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(587);
      if (lookahead == 'E') ADVANCE(970);
      if (lookahead == 'H') ADVANCE(640);
      if (lookahead == 'I') ADVANCE(804);
      if (lookahead == 'O') ADVANCE(68);
      if (lookahead == 'R') ADVANCE(558);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(1004);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 962,
        'G', 997,
        'I', 997,
        'O', 957,
        'P', 990,
        'Q', 1000,
        'T', 647,
        'U', 996,
        'W', 547,
        'Y', 895,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(962);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(932);
      if (lookahead == 'E') ADVANCE(692);
      if (lookahead == 'I') ADVANCE(794);
      if (lookahead == 'R') ADVANCE(528);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(932);
      if (lookahead == 'E') ADVANCE(692);
      if (lookahead == 'I') ADVANCE(793);
      if (lookahead == 'R') ADVANCE(528);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(763);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(902);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 960,
        'G', 997,
        'I', 997,
        'O', 954,
        'P', 990,
        'Q', 1000,
        'T', 684,
        'U', 996,
        'W', 530,
        'Y', 1001,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 960,
        'G', 997,
        'I', 997,
        'O', 954,
        'P', 417,
        'Q', 1000,
        'T', 684,
        'U', 996,
        'W', 530,
        'Y', 1001,
        '$', 486,
        '%', 486,
        'B', 418,
        'L', 418,
        'b', 418,
        'l', 418,
        'p', 418,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 960,
        'G', 814,
        'I', 814,
        'O', 954,
        'P', 412,
        'Q', 876,
        'T', 685,
        'U', 797,
        'W', 530,
        'Y', 1001,
        'p', 415,
        '$', 486,
        '%', 486,
        'B', 418,
        'L', 418,
        'b', 418,
        'l', 418,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 960,
        'G', 814,
        'I', 814,
        'O', 954,
        'P', 413,
        'Q', 876,
        'T', 685,
        'U', 797,
        'W', 530,
        'Y', 1001,
        '$', 486,
        '%', 486,
        'B', 418,
        'L', 418,
        'b', 418,
        'l', 418,
        'p', 418,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 960,
        'G', 814,
        'I', 814,
        'O', 954,
        'P', 600,
        'Q', 876,
        'T', 685,
        'U', 797,
        'W', 530,
        'Y', 1001,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(960);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(851);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(604);
      if (lookahead == 'U') ADVANCE(645);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(613);
      if (lookahead == 'C') ADVANCE(564);
      if (lookahead == 'M') ADVANCE(661);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'F') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 613,
        'C', 935,
        'M', 148,
        'N', 947,
        'P', 682,
        'S', 933,
        'T', 953,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(613);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(913);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 753,
        'H', 563,
        'I', 894,
        'O', 772,
        'R', 958,
        'P', 981,
        'p', 981,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(753);
      if (lookahead == 'H') ADVANCE(563);
      if (lookahead == 'I') ADVANCE(894);
      if (lookahead == 'O') ADVANCE(772);
      if (lookahead == 'R') ADVANCE(958);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(753);
      if (lookahead == 'H') ADVANCE(562);
      if (lookahead == 'I') ADVANCE(894);
      if (lookahead == 'O') ADVANCE(774);
      if (lookahead == 'R') ADVANCE(958);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(753);
      if (lookahead == 'H') ADVANCE(562);
      if (lookahead == 'I') ADVANCE(894);
      if (lookahead == 'O') ADVANCE(773);
      if (lookahead == 'R') ADVANCE(958);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(871);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(599);
      if (lookahead == 'U') ADVANCE(645);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(599);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(627);
      if (lookahead == 'E') ADVANCE(502);
      if (lookahead == 'I') ADVANCE(702);
      if (lookahead == 'N') ADVANCE(629);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(719);
      if (lookahead == 'R') ADVANCE(492);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(719);
      if (lookahead == 'R') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(748);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(910);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(874);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(754);
      if (lookahead == 'R') ADVANCE(465);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(754);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(909);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(757);
      if (lookahead == 'D') ADVANCE(1003);
      if (lookahead == 'O') ADVANCE(726);
      if (lookahead == 'P') ADVANCE(841);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(757);
      if (lookahead == 'D') ADVANCE(1003);
      if (lookahead == 'O') ADVANCE(726);
      if (lookahead == 'P') ADVANCE(841);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(757);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(919);
      if (lookahead == 'E') ADVANCE(700);
      if (lookahead == 'I') ADVANCE(987);
      if (lookahead == 'R') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(919);
      if (lookahead == 'E') ADVANCE(700);
      if (lookahead == 'I') ADVANCE(959);
      if (lookahead == 'R') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(919);
      if (lookahead == 'E') ADVANCE(783);
      if (lookahead == 'I') ADVANCE(987);
      if (lookahead == 'R') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(873);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(705);
      if (lookahead == 'I') ADVANCE(477);
      if (lookahead == 'L') ADVANCE(835);
      if (lookahead == 'O') ADVANCE(733);
      if (lookahead == 'R') ADVANCE(732);
      if (lookahead == 'T') ADVANCE(879);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 705,
        'I', 477,
        'L', 835,
        'O', 743,
        'R', 732,
        'T', 879,
        'C', 418,
        'c', 418,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(705);
      if (lookahead == 'I') ADVANCE(477);
      if (lookahead == 'L') ADVANCE(835);
      if (lookahead == 'O') ADVANCE(743);
      if (lookahead == 'R') ADVANCE(732);
      if (lookahead == 'T') ADVANCE(879);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(727);
      if (lookahead == 'R') ADVANCE(492);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(830);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1001,
        'C', 1001,
        'D', 961,
        'N', 991,
        'P', 857,
        'S', 986,
        'T', 997,
        'U', 928,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1001,
        'C', 1001,
        'D', 961,
        'N', 991,
        'P', 865,
        'S', 986,
        'T', 997,
        'U', 917,
        '$', 486,
        '%', 486,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1001,
        'C', 1001,
        'D', 961,
        'N', 991,
        'P', 865,
        'S', 986,
        'T', 997,
        'U', 917,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 1001,
        'C', 1001,
        'D', 961,
        'N', 612,
        'P', 857,
        'S', 986,
        'T', 997,
        'U', 928,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(465);
      if (lookahead == 'N') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(891);
      if (lookahead == 'N') ADVANCE(635);
      if (lookahead == 'S') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 898,
        'C', 898,
        'D', 963,
        'N', 991,
        'P', 864,
        'S', 973,
        'T', 814,
        'U', 917,
        'p', 981,
        '$', 486,
        '%', 486,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 898,
        'C', 898,
        'D', 963,
        'N', 991,
        'P', 865,
        'S', 973,
        'T', 814,
        'U', 917,
        '$', 486,
        '%', 486,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 898,
        'C', 898,
        'D', 963,
        'N', 991,
        'P', 865,
        'S', 973,
        'T', 814,
        'U', 917,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 898,
        'C', 898,
        'D', 963,
        'N', 612,
        'P', 865,
        'S', 973,
        'T', 814,
        'U', 917,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(670);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(893);
      if (lookahead == 'N') ADVANCE(992);
      if (lookahead == 'S') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(842);
      if (lookahead == 'E') ADVANCE(905);
      if (lookahead == 'O') ADVANCE(900);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(98);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(124);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(993);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(708);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(766);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(836);
      if (lookahead == 'E') ADVANCE(1002);
      if (lookahead == 'O') ADVANCE(901);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(836);
      if (lookahead == 'E') ADVANCE(905);
      if (lookahead == 'O') ADVANCE(901);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(836);
      if (lookahead == 'E') ADVANCE(922);
      if (lookahead == 'O') ADVANCE(901);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(758);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(756);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(637);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(459);
      if (lookahead == 'U') ADVANCE(899);
      if (lookahead == 'V') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 724,
        'L', 761,
        'N', 624,
        'O', 1000,
        'R', 750,
        'V', 527,
        'X', 912,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 724,
        'L', 761,
        'N', 626,
        'O', 1000,
        'R', 750,
        'V', 527,
        'X', 912,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 724,
        'L', 761,
        'N', 626,
        'O', 1000,
        'R', 752,
        'V', 527,
        'X', 912,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 724,
        'L', 761,
        'N', 626,
        'O', 868,
        'R', 750,
        'V', 527,
        'X', 912,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 724,
        'L', 760,
        'N', 626,
        'O', 1000,
        'R', 750,
        'V', 527,
        'X', 912,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'D', 724,
        'L', 760,
        'N', 626,
        'O', 1000,
        'R', 752,
        'V', 527,
        'X', 912,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(477);
      if (lookahead == 'V') ADVANCE(686);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(136);
      if (lookahead == 'V') ADVANCE(671);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(50);
      if (lookahead == 'U') ADVANCE(899);
      if (lookahead == 'V') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(137);
      if (lookahead == 'V') ADVANCE(671);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(465);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(458);
      if (lookahead == 'U') ADVANCE(897);
      if (lookahead == 'V') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(927);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(676);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(931);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(921);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(127);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(160);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(141);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(997);
      if (lookahead == 'I') ADVANCE(756);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(997);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(552);
      if (lookahead == 'P') ADVANCE(950);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(906);
      if (lookahead == 'I') ADVANCE(588);
      if (lookahead == 'O') ADVANCE(549);
      if (lookahead == 'V') ADVANCE(557);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(966);
      if (lookahead == 'O') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(885);
      if (lookahead == 'O') ADVANCE(853);
      if (lookahead == 'R') ADVANCE(492);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(1005);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(157);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(143);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(699);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'N') ADVANCE(461);
      if (lookahead == 'O') ADVANCE(497);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(699);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'N') ADVANCE(461);
      if (lookahead == 'O') ADVANCE(497);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(699);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'N') ADVANCE(461);
      if (lookahead == 'O') ADVANCE(500);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(969);
      if (lookahead == 'O') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(969);
      if (lookahead == 'O') ADVANCE(916);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(998);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(469);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(988);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'O') ADVANCE(499);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(988);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'O') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(988);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'O') ADVANCE(498);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(796);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(972);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(759);
      if (lookahead == 'I') ADVANCE(801);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(557);
      if (lookahead == 'O') ADVANCE(902);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(833);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(795);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(810);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(882);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(805);
      if (lookahead == 'I') ADVANCE(777);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(867);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(767);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(878);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(806);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(817);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(930);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(807);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(521);
      if (lookahead == 'O') ADVANCE(888);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(521);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 680:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(920);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 681:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(915);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 682:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(569);
      if (lookahead == 'O') ADVANCE(883);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 683:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(819);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 684:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(887);
      if (lookahead == 'R') ADVANCE(492);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 685:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(887);
      if (lookahead == 'R') ADVANCE(491);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 686:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(775);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 687:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(890);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 688:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(565);
      if (lookahead == 'G') ADVANCE(680);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 689:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(565);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 690:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(892);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 691:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(125);
      if (lookahead == 'N') ADVANCE(745);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 692:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(118);
      if (lookahead == 'L') ADVANCE(675);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 693:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 54,
        'L', 623,
        'N', 144,
        'P', 667,
        'R', 57,
        'S', 603,
        'T', 714,
        'V', 668,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 694:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 54,
        'L', 623,
        'N', 144,
        'P', 667,
        'R', 441,
        'S', 603,
        'T', 714,
        'V', 668,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 695:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(129);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 696:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(488);
      if (lookahead == 'R') ADVANCE(443);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 697:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(488);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Q') ||
          ('S' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 698:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 55,
        'L', 623,
        'N', 144,
        'P', 667,
        'R', 57,
        'S', 603,
        'T', 714,
        'V', 668,
        '$', 486,
        '%', 486,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 699:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(918);
      if (lookahead == 'N') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'S') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 700:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(461);
      if (lookahead == 'L') ADVANCE(681);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 701:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 702:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(713);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 703:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 704:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(646);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 705:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(645);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 706:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(756);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 707:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(466);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 708:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 709:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(639);
      if (lookahead == 'I') ADVANCE(633);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 710:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(639);
      if (lookahead == 'I') ADVANCE(633);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 711:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(639);
      if (lookahead == 'I') ADVANCE(634);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 712:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(639);
      if (lookahead == 'I') ADVANCE(634);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 713:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(918);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 714:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(672);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 715:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(740);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 716:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(687);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 717:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 718:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(997);
      if (lookahead == 'O') ADVANCE(944);
      if (lookahead == 'U') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 719:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(997);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 720:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(995);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 721:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(863);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 722:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(897);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 723:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(859);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 724:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 725:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(811);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 726:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(599);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 727:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(805);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 728:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(949);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 729:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(628);
      if (lookahead == 'O') ADVANCE(630);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 730:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(814);
      if (lookahead == 'O') ADVANCE(955);
      if (lookahead == 'U') ADVANCE(856);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 731:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(749);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 732:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(808);
      if (lookahead == 'O') ADVANCE(990);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 733:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(808);
      if (lookahead == 'S') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 734:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(808);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 735:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(754);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 736:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(754);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 737:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(803);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 738:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(823);
      if (lookahead == 'S') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 739:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(611);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 740:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(778);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 741:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(899);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 742:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(826);
      if (lookahead == 'O') ADVANCE(597);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 743:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(827);
      if (lookahead == 'S') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 744:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(648);
      if (lookahead == 'P') ADVANCE(944);
      if (lookahead == 'S') ADVANCE(940);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 745:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(648);
      if (lookahead == 'P') ADVANCE(952);
      if (lookahead == 'S') ADVANCE(934);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 746:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(662);
      if (lookahead == 'P') ADVANCE(944);
      if (lookahead == 'S') ADVANCE(926);
      if (lookahead == 'T') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 747:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 748:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(117);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 749:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(140);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 750:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(477);
      if (lookahead == 'R') ADVANCE(472);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 751:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(477);
      if (lookahead == 'R') ADVANCE(471);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 752:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(477);
      if (lookahead == 'R') ADVANCE(474);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 753:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(995);
      if (lookahead == 'S') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 754:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(995);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 755:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 756:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 757:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 758:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(994);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 759:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(853);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 760:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(721);
      if (lookahead == 'S') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 761:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(721);
      if (lookahead == 'S') ADVANCE(636);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(747);
      if (lookahead == 'S') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(747);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 764:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(838);
      if (lookahead == 'U') ADVANCE(825);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 765:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 766:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(717);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(850);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 768:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(846);
      if (lookahead == 'S') ADVANCE(536);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 769:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(531);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 770:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(835);
      if (lookahead == 'O') ADVANCE(734);
      if (lookahead == 'R') ADVANCE(732);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 771:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(835);
      if (lookahead == 'O') ADVANCE(734);
      if (lookahead == 'R') ADVANCE(732);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 772:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(840);
      if (lookahead == 'S') ADVANCE(461);
      if (lookahead == 'U') ADVANCE(825);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(840);
      if (lookahead == 'U') ADVANCE(825);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(840);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(845);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(529);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(638);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(650);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(903);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(723);
      if (lookahead == 'S') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(723);
      if (lookahead == 'S') ADVANCE(636);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(848);
      if (lookahead == 'S') ADVANCE(546);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(681);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('H' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(781);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == 'R') ADVANCE(751);
      if (lookahead == 'V') ADVANCE(527);
      if (lookahead == 'X') ADVANCE(924);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(781);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(697);
      if (lookahead == 'R') ADVANCE(751);
      if (lookahead == 'V') ADVANCE(572);
      if (lookahead == 'X') ADVANCE(855);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(781);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(696);
      if (lookahead == 'R') ADVANCE(751);
      if (lookahead == 'V') ADVANCE(572);
      if (lookahead == 'X') ADVANCE(855);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(780);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == 'R') ADVANCE(751);
      if (lookahead == 'V') ADVANCE(527);
      if (lookahead == 'X') ADVANCE(924);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(780);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == 'R') ADVANCE(752);
      if (lookahead == 'V') ADVANCE(527);
      if (lookahead == 'X') ADVANCE(924);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(780);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(697);
      if (lookahead == 'R') ADVANCE(751);
      if (lookahead == 'V') ADVANCE(572);
      if (lookahead == 'X') ADVANCE(855);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(780);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(697);
      if (lookahead == 'R') ADVANCE(752);
      if (lookahead == 'V') ADVANCE(572);
      if (lookahead == 'X') ADVANCE(855);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(780);
      if (lookahead == 'N') ADVANCE(621);
      if (lookahead == 'O') ADVANCE(696);
      if (lookahead == 'R') ADVANCE(751);
      if (lookahead == 'V') ADVANCE(572);
      if (lookahead == 'X') ADVANCE(855);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(780);
      if (lookahead == 'N') ADVANCE(964);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == 'R') ADVANCE(886);
      if (lookahead == 'V') ADVANCE(527);
      if (lookahead == 'X') ADVANCE(999);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(116);
      if (lookahead == 'V') ADVANCE(460);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(116);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'U') ||
          ('W' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(463);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(594);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(860);
      if (lookahead == 'X') ADVANCE(925);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(661);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(649);
      if (lookahead == 'N') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(666);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(657);
      if (lookahead == 'N') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(126);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(991);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(718);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(159);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(746);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(746);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(122);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(703);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(730);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(929);
      if (lookahead == 'S') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(613);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(602);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(701);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(632);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(601);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(910);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(908);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(916);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(744);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(744);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(706);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(936);
      if (lookahead == 'S') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(936);
      if (lookahead == 'S') ADVANCE(876);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(995);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(866);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(949);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(943);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(896);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(747);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(598);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(854);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(551);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(880);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(508);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(875);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(858);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(667);
      if (lookahead == 'S') ADVANCE(609);
      if (lookahead == 'T') ADVANCE(716);
      if (lookahead == 'V') ADVANCE(690);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Q') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(461);
      if (lookahead == 'T') ADVANCE(488);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(683);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 858:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 859:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(897);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 860:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(837);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 861:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(674);
      if (lookahead == 'R') ADVANCE(440);
      if (lookahead == 'S') ADVANCE(609);
      if (lookahead == 'T') ADVANCE(716);
      if (lookahead == 'V') ADVANCE(690);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 862:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(674);
      if (lookahead == 'S') ADVANCE(609);
      if (lookahead == 'T') ADVANCE(716);
      if (lookahead == 'V') ADVANCE(690);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'E') ||
          ('G' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Q') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 863:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(899);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 864:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(677);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(980);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 865:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(677);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 866:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(153);
      if (lookahead == 'U') ADVANCE(867);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 867:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 868:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(443);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 869:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(110);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 870:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(138);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 871:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 872:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(155);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 873:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(1005);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 874:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(971);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 875:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 876:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 877:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(809);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 878:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(967);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 879:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(487);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 880:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 881:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(843);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 882:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(769);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 883:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(914);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 884:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 885:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(665);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 886:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(834);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 887:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(656);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 888:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(923);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 889:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(605);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 890:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(968);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 891:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(566);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 892:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(776);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 893:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(576);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 894:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(610);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 895:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(130);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 896:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 897:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 898:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 899:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 900:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(945);
      if (lookahead == 'T') ADVANCE(833);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 901:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(946);
      if (lookahead == 'T') ADVANCE(998);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 902:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(646);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 903:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(645);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 904:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 905:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(468);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 906:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(104);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 907:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(114);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 908:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(132);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 909:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(139);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 910:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(477);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 911:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 912:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(155);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 913:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(476);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 914:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(157);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 915:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 916:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 917:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(998);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 918:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 919:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(1006);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 920:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(488);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 921:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(993);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 922:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(470);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 923:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(489);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 924:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(487);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 925:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(768);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 926:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(567);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 927:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(708);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 928:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(833);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 929:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(731);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 930:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 931:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(707);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 932:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(496);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 933:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(847);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 934:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(539);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 935:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(560);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 936:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(720);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 937:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(782);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 938:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(849);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 939:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(581);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 940:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(568);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 941:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 942:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(724);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 943:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(1000);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Q') ||
          ('S' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 944:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 945:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(582);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 946:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(989);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 947:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 948:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(820);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 949:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(897);
      if (lookahead == 'V') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'C') ||
          ('E' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 950:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(911);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 951:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(799);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 952:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(904);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 953:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(877);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 954:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(807);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 955:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(916);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 956:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(884);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 957:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(819);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 958:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(824);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 959:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(460);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'L') ||
          ('N' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 960:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(992);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 961:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(527);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 962:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(635);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 963:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(572);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 964:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(686);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 965:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 966:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(161);
      if (lookahead == 'X') ADVANCE(907);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 967:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(741);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 968:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(722);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 969:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'X') ADVANCE(1002);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 970:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'X') ADVANCE(937);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 971:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 972:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(462);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 973:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'N') ADVANCE(461);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 974:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 975:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(981);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 976:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(981);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 977:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 978:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(415);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 979:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(418);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 980:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(421);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 981:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(980);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 982:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 983:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'P' ||
          lookahead == 'b' ||
          lookahead == 'l' ||
          lookahead == 'p') ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 984:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(418);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 985:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(1007);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(422);
      END_STATE();
    case 986:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          lookahead == 'B' ||
          ('D' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 987:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'L') ||
          ('N' <= lookahead && lookahead <= 'U') ||
          ('W' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 988:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'S') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 989:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          ('C' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 990:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == 'A' ||
          lookahead == 'B' ||
          ('D' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 991:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'C') ||
          ('E' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 992:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'D') ||
          ('F' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 993:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'G') ||
          ('I' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 994:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'H') ||
          ('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 995:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'K') ||
          ('M' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 996:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'L') ||
          ('N' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 997:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'M') ||
          ('O' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 998:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'N') ||
          ('P' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 999:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'O') ||
          ('Q' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1000:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Q') ||
          ('S' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1001:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'R') ||
          ('T' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1002:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'S') ||
          ('U' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1003:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'T') ||
          ('V' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1004:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'V') ||
          ('X' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1005:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'X') ||
          lookahead == 'Z' ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1006:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    case 1007:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(486);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 100, .external_lex_state = 2},
  [2] = {.lex_state = 29, .external_lex_state = 2},
  [3] = {.lex_state = 29, .external_lex_state = 2},
  [4] = {.lex_state = 100, .external_lex_state = 2},
  [5] = {.lex_state = 100, .external_lex_state = 2},
  [6] = {.lex_state = 100, .external_lex_state = 2},
  [7] = {.lex_state = 100, .external_lex_state = 2},
  [8] = {.lex_state = 23, .external_lex_state = 2},
  [9] = {.lex_state = 23, .external_lex_state = 2},
  [10] = {.lex_state = 24, .external_lex_state = 2},
  [11] = {.lex_state = 27, .external_lex_state = 2},
  [12] = {.lex_state = 23, .external_lex_state = 2},
  [13] = {.lex_state = 23, .external_lex_state = 2},
  [14] = {.lex_state = 23, .external_lex_state = 2},
  [15] = {.lex_state = 23, .external_lex_state = 2},
  [16] = {.lex_state = 25, .external_lex_state = 2},
  [17] = {.lex_state = 25, .external_lex_state = 2},
  [18] = {.lex_state = 25, .external_lex_state = 2},
  [19] = {.lex_state = 28, .external_lex_state = 2},
  [20] = {.lex_state = 25, .external_lex_state = 2},
  [21] = {.lex_state = 23, .external_lex_state = 2},
  [22] = {.lex_state = 26, .external_lex_state = 2},
  [23] = {.lex_state = 23, .external_lex_state = 2},
  [24] = {.lex_state = 25, .external_lex_state = 2},
  [25] = {.lex_state = 23, .external_lex_state = 2},
  [26] = {.lex_state = 25, .external_lex_state = 2},
  [27] = {.lex_state = 25, .external_lex_state = 2},
  [28] = {.lex_state = 25, .external_lex_state = 2},
  [29] = {.lex_state = 21, .external_lex_state = 2},
  [30] = {.lex_state = 21, .external_lex_state = 2},
  [31] = {.lex_state = 29, .external_lex_state = 2},
  [32] = {.lex_state = 29, .external_lex_state = 2},
  [33] = {.lex_state = 29, .external_lex_state = 2},
  [34] = {.lex_state = 29, .external_lex_state = 2},
  [35] = {.lex_state = 29, .external_lex_state = 2},
  [36] = {.lex_state = 29, .external_lex_state = 2},
  [37] = {.lex_state = 29, .external_lex_state = 2},
  [38] = {.lex_state = 29, .external_lex_state = 2},
  [39] = {.lex_state = 29, .external_lex_state = 2},
  [40] = {.lex_state = 29, .external_lex_state = 2},
  [41] = {.lex_state = 29, .external_lex_state = 2},
  [42] = {.lex_state = 29, .external_lex_state = 2},
  [43] = {.lex_state = 29, .external_lex_state = 2},
  [44] = {.lex_state = 29, .external_lex_state = 2},
  [45] = {.lex_state = 29, .external_lex_state = 2},
  [46] = {.lex_state = 29, .external_lex_state = 2},
  [47] = {.lex_state = 29, .external_lex_state = 2},
  [48] = {.lex_state = 29, .external_lex_state = 2},
  [49] = {.lex_state = 29, .external_lex_state = 2},
  [50] = {.lex_state = 1, .external_lex_state = 3},
  [51] = {.lex_state = 1, .external_lex_state = 3},
  [52] = {.lex_state = 4, .external_lex_state = 2},
  [53] = {.lex_state = 4, .external_lex_state = 2},
  [54] = {.lex_state = 5, .external_lex_state = 2},
  [55] = {.lex_state = 5, .external_lex_state = 2},
  [56] = {.lex_state = 7, .external_lex_state = 2},
  [57] = {.lex_state = 7, .external_lex_state = 2},
  [58] = {.lex_state = 7, .external_lex_state = 2},
  [59] = {.lex_state = 7, .external_lex_state = 2},
  [60] = {.lex_state = 7, .external_lex_state = 2},
  [61] = {.lex_state = 7, .external_lex_state = 2},
  [62] = {.lex_state = 7, .external_lex_state = 2},
  [63] = {.lex_state = 7, .external_lex_state = 2},
  [64] = {.lex_state = 7, .external_lex_state = 2},
  [65] = {.lex_state = 7, .external_lex_state = 2},
  [66] = {.lex_state = 7, .external_lex_state = 2},
  [67] = {.lex_state = 7, .external_lex_state = 2},
  [68] = {.lex_state = 7, .external_lex_state = 2},
  [69] = {.lex_state = 7, .external_lex_state = 2},
  [70] = {.lex_state = 7, .external_lex_state = 2},
  [71] = {.lex_state = 7, .external_lex_state = 2},
  [72] = {.lex_state = 7, .external_lex_state = 2},
  [73] = {.lex_state = 7, .external_lex_state = 2},
  [74] = {.lex_state = 7, .external_lex_state = 2},
  [75] = {.lex_state = 13, .external_lex_state = 3},
  [76] = {.lex_state = 8, .external_lex_state = 2},
  [77] = {.lex_state = 100, .external_lex_state = 2},
  [78] = {.lex_state = 100, .external_lex_state = 2},
  [79] = {.lex_state = 8, .external_lex_state = 2},
  [80] = {.lex_state = 8, .external_lex_state = 2},
  [81] = {.lex_state = 8, .external_lex_state = 2},
  [82] = {.lex_state = 8, .external_lex_state = 2},
  [83] = {.lex_state = 8, .external_lex_state = 2},
  [84] = {.lex_state = 8, .external_lex_state = 2},
  [85] = {.lex_state = 8, .external_lex_state = 2},
  [86] = {.lex_state = 8, .external_lex_state = 2},
  [87] = {.lex_state = 8, .external_lex_state = 2},
  [88] = {.lex_state = 8, .external_lex_state = 2},
  [89] = {.lex_state = 8, .external_lex_state = 2},
  [90] = {.lex_state = 8, .external_lex_state = 2},
  [91] = {.lex_state = 8, .external_lex_state = 2},
  [92] = {.lex_state = 100, .external_lex_state = 2},
  [93] = {.lex_state = 13, .external_lex_state = 3},
  [94] = {.lex_state = 8, .external_lex_state = 2},
  [95] = {.lex_state = 8, .external_lex_state = 2},
  [96] = {.lex_state = 8, .external_lex_state = 2},
  [97] = {.lex_state = 8, .external_lex_state = 2},
  [98] = {.lex_state = 8, .external_lex_state = 2},
  [99] = {.lex_state = 1},
  [100] = {.lex_state = 34, .external_lex_state = 2},
  [101] = {.lex_state = 1, .external_lex_state = 3},
  [102] = {.lex_state = 34, .external_lex_state = 2},
  [103] = {.lex_state = 34, .external_lex_state = 2},
  [104] = {.lex_state = 1, .external_lex_state = 4},
  [105] = {.lex_state = 34, .external_lex_state = 2},
  [106] = {.lex_state = 34, .external_lex_state = 2},
  [107] = {.lex_state = 34, .external_lex_state = 2},
  [108] = {.lex_state = 34, .external_lex_state = 2},
  [109] = {.lex_state = 34, .external_lex_state = 2},
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
  [121] = {.lex_state = 34, .external_lex_state = 2},
  [122] = {.lex_state = 34, .external_lex_state = 2},
  [123] = {.lex_state = 34, .external_lex_state = 2},
  [124] = {.lex_state = 34, .external_lex_state = 2},
  [125] = {.lex_state = 34, .external_lex_state = 2},
  [126] = {.lex_state = 34, .external_lex_state = 2},
  [127] = {.lex_state = 34, .external_lex_state = 2},
  [128] = {.lex_state = 34, .external_lex_state = 2},
  [129] = {.lex_state = 34, .external_lex_state = 2},
  [130] = {.lex_state = 34},
  [131] = {.lex_state = 34, .external_lex_state = 2},
  [132] = {.lex_state = 34, .external_lex_state = 2},
  [133] = {.lex_state = 34, .external_lex_state = 2},
  [134] = {.lex_state = 34, .external_lex_state = 5},
  [135] = {.lex_state = 34, .external_lex_state = 5},
  [136] = {.lex_state = 34, .external_lex_state = 5},
  [137] = {.lex_state = 3, .external_lex_state = 2},
  [138] = {.lex_state = 34, .external_lex_state = 5},
  [139] = {.lex_state = 34, .external_lex_state = 5},
  [140] = {.lex_state = 3, .external_lex_state = 2},
  [141] = {.lex_state = 3, .external_lex_state = 2},
  [142] = {.lex_state = 34},
  [143] = {.lex_state = 34},
  [144] = {.lex_state = 34},
  [145] = {.lex_state = 34, .external_lex_state = 5},
  [146] = {.lex_state = 34},
  [147] = {.lex_state = 34},
  [148] = {.lex_state = 34},
  [149] = {.lex_state = 10, .external_lex_state = 2},
  [150] = {.lex_state = 34},
  [151] = {.lex_state = 10, .external_lex_state = 2},
  [152] = {.lex_state = 10, .external_lex_state = 2},
  [153] = {.lex_state = 9, .external_lex_state = 2},
  [154] = {.lex_state = 9, .external_lex_state = 2},
  [155] = {.lex_state = 9, .external_lex_state = 2},
  [156] = {.lex_state = 34, .external_lex_state = 2},
  [157] = {.lex_state = 13, .external_lex_state = 3},
  [158] = {.lex_state = 34},
  [159] = {.lex_state = 34},
  [160] = {.lex_state = 34},
  [161] = {.lex_state = 34},
  [162] = {.lex_state = 34},
  [163] = {.lex_state = 34},
  [164] = {.lex_state = 34},
  [165] = {.lex_state = 34},
  [166] = {.lex_state = 34},
  [167] = {.lex_state = 34},
  [168] = {.lex_state = 34},
  [169] = {.lex_state = 34},
  [170] = {.lex_state = 4, .external_lex_state = 2},
  [171] = {.lex_state = 4, .external_lex_state = 2},
  [172] = {.lex_state = 13, .external_lex_state = 3},
  [173] = {.lex_state = 13, .external_lex_state = 3},
  [174] = {.lex_state = 13, .external_lex_state = 3},
  [175] = {.lex_state = 13, .external_lex_state = 3},
  [176] = {.lex_state = 13, .external_lex_state = 3},
  [177] = {.lex_state = 13, .external_lex_state = 3},
  [178] = {.lex_state = 13, .external_lex_state = 3},
  [179] = {.lex_state = 2},
  [180] = {.lex_state = 2},
  [181] = {.lex_state = 3},
  [182] = {.lex_state = 3},
  [183] = {.lex_state = 15, .external_lex_state = 2},
  [184] = {.lex_state = 13, .external_lex_state = 3},
  [185] = {.lex_state = 13, .external_lex_state = 3},
  [186] = {.lex_state = 13, .external_lex_state = 3},
  [187] = {.lex_state = 34, .external_lex_state = 2},
  [188] = {.lex_state = 34, .external_lex_state = 5},
  [189] = {.lex_state = 34, .external_lex_state = 2},
  [190] = {.lex_state = 14, .external_lex_state = 2},
  [191] = {.lex_state = 34, .external_lex_state = 2},
  [192] = {.lex_state = 4, .external_lex_state = 2},
  [193] = {.lex_state = 19},
  [194] = {.lex_state = 34, .external_lex_state = 2},
  [195] = {.lex_state = 34, .external_lex_state = 2},
  [196] = {.lex_state = 34, .external_lex_state = 2},
  [197] = {.lex_state = 34, .external_lex_state = 2},
  [198] = {.lex_state = 34, .external_lex_state = 2},
  [199] = {.lex_state = 12},
  [200] = {.lex_state = 34, .external_lex_state = 2},
  [201] = {.lex_state = 34, .external_lex_state = 2},
  [202] = {.lex_state = 34, .external_lex_state = 2},
  [203] = {.lex_state = 4, .external_lex_state = 2},
  [204] = {.lex_state = 4, .external_lex_state = 2},
  [205] = {.lex_state = 34, .external_lex_state = 2},
  [206] = {.lex_state = 4, .external_lex_state = 2},
  [207] = {.lex_state = 4},
  [208] = {.lex_state = 4, .external_lex_state = 2},
  [209] = {.lex_state = 4, .external_lex_state = 2},
  [210] = {.lex_state = 11},
  [211] = {.lex_state = 4, .external_lex_state = 2},
  [212] = {.lex_state = 4},
  [213] = {.lex_state = 34, .external_lex_state = 2},
  [214] = {.lex_state = 4, .external_lex_state = 2},
  [215] = {.lex_state = 34, .external_lex_state = 2},
  [216] = {.lex_state = 11},
  [217] = {.lex_state = 34, .external_lex_state = 2},
  [218] = {.lex_state = 4},
  [219] = {.lex_state = 11},
  [220] = {.lex_state = 11},
  [221] = {.lex_state = 11},
  [222] = {.lex_state = 11},
  [223] = {.lex_state = 11},
  [224] = {.lex_state = 13},
  [225] = {.lex_state = 3},
  [226] = {.lex_state = 20},
  [227] = {.lex_state = 4, .external_lex_state = 2},
  [228] = {.lex_state = 20},
  [229] = {.lex_state = 13},
  [230] = {.lex_state = 4, .external_lex_state = 2},
  [231] = {.lex_state = 4, .external_lex_state = 2},
  [232] = {.lex_state = 18},
  [233] = {.lex_state = 4},
  [234] = {.lex_state = 18},
  [235] = {.lex_state = 3},
  [236] = {.lex_state = 13},
  [237] = {.lex_state = 38},
  [238] = {.lex_state = 4},
  [239] = {.lex_state = 4, .external_lex_state = 2},
  [240] = {.lex_state = 3},
  [241] = {.lex_state = 20},
  [242] = {.lex_state = 4, .external_lex_state = 2},
  [243] = {.lex_state = 13},
  [244] = {.lex_state = 4},
  [245] = {.lex_state = 4, .external_lex_state = 2},
  [246] = {.lex_state = 4, .external_lex_state = 2},
  [247] = {.lex_state = 4},
  [248] = {.lex_state = 20},
  [249] = {.lex_state = 13},
  [250] = {.lex_state = 4},
  [251] = {.lex_state = 4, .external_lex_state = 2},
  [252] = {.lex_state = 13},
  [253] = {.lex_state = 4},
  [254] = {.lex_state = 20},
  [255] = {.lex_state = 13},
  [256] = {.lex_state = 4},
  [257] = {.lex_state = 13},
  [258] = {.lex_state = 4},
  [259] = {.lex_state = 20},
  [260] = {.lex_state = 13},
  [261] = {.lex_state = 13},
  [262] = {.lex_state = 4},
  [263] = {.lex_state = 13},
  [264] = {.lex_state = 4},
  [265] = {.lex_state = 13},
  [266] = {.lex_state = 13},
  [267] = {.lex_state = 13},
  [268] = {.lex_state = 13},
  [269] = {.lex_state = 13},
  [270] = {.lex_state = 13},
  [271] = {.lex_state = 13},
  [272] = {.lex_state = 13},
  [273] = {.lex_state = 13},
  [274] = {.lex_state = 13},
  [275] = {.lex_state = 13},
  [276] = {.lex_state = 13},
  [277] = {.lex_state = 13},
  [278] = {.lex_state = 13},
  [279] = {.lex_state = 13},
  [280] = {.lex_state = 13},
  [281] = {.lex_state = 13},
  [282] = {.lex_state = 34, .external_lex_state = 5},
  [283] = {.lex_state = 13},
  [284] = {.lex_state = 13},
  [285] = {.lex_state = 13},
  [286] = {.lex_state = 13},
  [287] = {.lex_state = 13},
  [288] = {.lex_state = 13},
  [289] = {.lex_state = 13},
  [290] = {.lex_state = 13},
  [291] = {.lex_state = 13},
  [292] = {.lex_state = 13},
  [293] = {.lex_state = 13},
  [294] = {.lex_state = 13},
  [295] = {.lex_state = 13},
  [296] = {.lex_state = 13},
  [297] = {.lex_state = 13},
  [298] = {.lex_state = 13},
  [299] = {.lex_state = 13},
  [300] = {.lex_state = 13},
  [301] = {.lex_state = 13},
  [302] = {.lex_state = 4},
  [303] = {.lex_state = 13},
  [304] = {.lex_state = 13},
  [305] = {.lex_state = 13},
  [306] = {.lex_state = 4},
  [307] = {.lex_state = 13},
  [308] = {.lex_state = 4},
  [309] = {.lex_state = 13},
  [310] = {.lex_state = 13},
  [311] = {.lex_state = 13},
  [312] = {.lex_state = 13},
  [313] = {.lex_state = 13},
  [314] = {.lex_state = 13},
  [315] = {.lex_state = 13},
  [316] = {.lex_state = 13},
  [317] = {.lex_state = 13},
  [318] = {.lex_state = 13},
  [319] = {.lex_state = 13},
  [320] = {.lex_state = 13},
  [321] = {.lex_state = 13},
  [322] = {.lex_state = 13},
  [323] = {.lex_state = 13},
  [324] = {.lex_state = 13},
  [325] = {.lex_state = 13},
  [326] = {.lex_state = 13},
  [327] = {.lex_state = 13},
  [328] = {.lex_state = 13},
  [329] = {.lex_state = 13},
  [330] = {.lex_state = 13},
  [331] = {.lex_state = 13},
  [332] = {.lex_state = 13},
  [333] = {.lex_state = 13},
  [334] = {.lex_state = 13},
  [335] = {.lex_state = 13},
  [336] = {.lex_state = 13},
  [337] = {.lex_state = 13},
  [338] = {.lex_state = 13},
  [339] = {.lex_state = 13},
  [340] = {.lex_state = 13},
  [341] = {.lex_state = 13},
  [342] = {.lex_state = 13},
  [343] = {.lex_state = 13},
  [344] = {.lex_state = 13},
  [345] = {.lex_state = 13},
  [346] = {.lex_state = 13},
  [347] = {.lex_state = 13},
  [348] = {.lex_state = 13},
  [349] = {.lex_state = 13},
  [350] = {.lex_state = 13},
  [351] = {.lex_state = 13},
  [352] = {.lex_state = 13},
  [353] = {.lex_state = 4},
  [354] = {.lex_state = 13},
  [355] = {.lex_state = 13},
  [356] = {.lex_state = 13},
  [357] = {.lex_state = 13},
  [358] = {.lex_state = 13},
  [359] = {.lex_state = 13},
  [360] = {.lex_state = 13},
  [361] = {.lex_state = 13},
  [362] = {.lex_state = 13},
  [363] = {.lex_state = 13},
  [364] = {.lex_state = 13},
  [365] = {.lex_state = 13},
  [366] = {.lex_state = 13},
  [367] = {.lex_state = 13},
  [368] = {.lex_state = 13},
  [369] = {.lex_state = 4},
  [370] = {.lex_state = 4},
  [371] = {.lex_state = 13},
  [372] = {.lex_state = 13},
  [373] = {.lex_state = 13},
  [374] = {.lex_state = 13},
  [375] = {.lex_state = 39},
  [376] = {.lex_state = 34, .external_lex_state = 5},
  [377] = {.lex_state = 4},
  [378] = {.lex_state = 4},
  [379] = {.lex_state = 39},
  [380] = {.lex_state = 39},
  [381] = {.lex_state = 39},
  [382] = {.lex_state = 39},
  [383] = {.lex_state = 39},
  [384] = {.lex_state = 39},
  [385] = {.lex_state = 4},
  [386] = {.lex_state = 34},
  [387] = {.lex_state = 39},
  [388] = {.lex_state = 39},
  [389] = {.lex_state = 39},
  [390] = {.lex_state = 39},
  [391] = {.lex_state = 39},
  [392] = {.lex_state = 39},
  [393] = {.lex_state = 39},
  [394] = {.lex_state = 39},
  [395] = {.lex_state = 4},
  [396] = {.lex_state = 4},
  [397] = {.lex_state = 4},
  [398] = {.lex_state = 4},
  [399] = {.lex_state = 4},
  [400] = {.lex_state = 34, .external_lex_state = 5},
  [401] = {.lex_state = 39},
  [402] = {.lex_state = 4},
  [403] = {.lex_state = 4},
  [404] = {.lex_state = 4},
  [405] = {.lex_state = 4},
  [406] = {.lex_state = 4},
  [407] = {.lex_state = 4},
  [408] = {.lex_state = 34, .external_lex_state = 5},
  [409] = {.lex_state = 4},
  [410] = {.lex_state = 34, .external_lex_state = 5},
  [411] = {.lex_state = 34, .external_lex_state = 5},
  [412] = {.lex_state = 34, .external_lex_state = 5},
  [413] = {.lex_state = 34, .external_lex_state = 5},
  [414] = {.lex_state = 34, .external_lex_state = 5},
  [415] = {.lex_state = 30, .external_lex_state = 2},
  [416] = {.lex_state = 30, .external_lex_state = 2},
  [417] = {.lex_state = 31, .external_lex_state = 2},
  [418] = {.lex_state = 31, .external_lex_state = 2},
  [419] = {.lex_state = 30, .external_lex_state = 2},
  [420] = {.lex_state = 31, .external_lex_state = 2},
  [421] = {.lex_state = 30, .external_lex_state = 2},
  [422] = {.lex_state = 32},
  [423] = {.lex_state = 32},
  [424] = {.lex_state = 31, .external_lex_state = 2},
  [425] = {.lex_state = 4, .external_lex_state = 2},
  [426] = {.lex_state = 33},
  [427] = {.lex_state = 31},
  [428] = {.lex_state = 31},
  [429] = {.lex_state = 31},
  [430] = {.lex_state = 31},
  [431] = {.lex_state = 31},
  [432] = {.lex_state = 31},
  [433] = {.lex_state = 31},
  [434] = {.lex_state = 31},
  [435] = {.lex_state = 31},
  [436] = {.lex_state = 31},
  [437] = {.lex_state = 31},
  [438] = {.lex_state = 31},
  [439] = {.lex_state = 4, .external_lex_state = 2},
  [440] = {.lex_state = 4, .external_lex_state = 2},
  [441] = {.lex_state = 4},
  [442] = {.lex_state = 21, .external_lex_state = 2},
  [443] = {.lex_state = 21, .external_lex_state = 2},
  [444] = {.lex_state = 21, .external_lex_state = 2},
  [445] = {.lex_state = 100, .external_lex_state = 2},
  [446] = {.lex_state = 29, .external_lex_state = 2},
  [447] = {.lex_state = 100, .external_lex_state = 2},
  [448] = {.lex_state = 100, .external_lex_state = 2},
  [449] = {.lex_state = 100, .external_lex_state = 2},
  [450] = {.lex_state = 100, .external_lex_state = 2},
  [451] = {.lex_state = 1},
  [452] = {.lex_state = 100, .external_lex_state = 2},
  [453] = {.lex_state = 100, .external_lex_state = 2},
  [454] = {.lex_state = 100, .external_lex_state = 2},
  [455] = {.lex_state = 100, .external_lex_state = 2},
  [456] = {.lex_state = 100, .external_lex_state = 2},
  [457] = {.lex_state = 29, .external_lex_state = 2},
  [458] = {.lex_state = 100, .external_lex_state = 2},
  [459] = {.lex_state = 100, .external_lex_state = 2},
  [460] = {.lex_state = 100, .external_lex_state = 2},
  [461] = {.lex_state = 100, .external_lex_state = 2},
  [462] = {.lex_state = 29, .external_lex_state = 2},
  [463] = {.lex_state = 100, .external_lex_state = 2},
  [464] = {.lex_state = 100, .external_lex_state = 2},
  [465] = {.lex_state = 100, .external_lex_state = 2},
  [466] = {.lex_state = 29, .external_lex_state = 2},
  [467] = {.lex_state = 100, .external_lex_state = 2},
  [468] = {.lex_state = 29, .external_lex_state = 2},
  [469] = {.lex_state = 0, .external_lex_state = 2},
  [470] = {.lex_state = 34, .external_lex_state = 2},
  [471] = {.lex_state = 100, .external_lex_state = 2},
  [472] = {.lex_state = 34, .external_lex_state = 2},
  [473] = {.lex_state = 29, .external_lex_state = 2},
  [474] = {.lex_state = 100, .external_lex_state = 2},
  [475] = {.lex_state = 29, .external_lex_state = 2},
  [476] = {.lex_state = 100, .external_lex_state = 2},
  [477] = {.lex_state = 29, .external_lex_state = 2},
  [478] = {.lex_state = 29, .external_lex_state = 2},
  [479] = {.lex_state = 100, .external_lex_state = 2},
  [480] = {.lex_state = 21},
  [481] = {.lex_state = 100, .external_lex_state = 2},
  [482] = {.lex_state = 100, .external_lex_state = 2},
  [483] = {.lex_state = 100, .external_lex_state = 2},
  [484] = {.lex_state = 100, .external_lex_state = 2},
  [485] = {.lex_state = 100, .external_lex_state = 2},
  [486] = {.lex_state = 100, .external_lex_state = 2},
  [487] = {.lex_state = 100, .external_lex_state = 2},
  [488] = {.lex_state = 100, .external_lex_state = 2},
  [489] = {.lex_state = 29, .external_lex_state = 2},
  [490] = {.lex_state = 100, .external_lex_state = 2},
  [491] = {.lex_state = 100, .external_lex_state = 2},
  [492] = {.lex_state = 29, .external_lex_state = 2},
  [493] = {.lex_state = 34, .external_lex_state = 2},
  [494] = {.lex_state = 100, .external_lex_state = 2},
  [495] = {.lex_state = 100, .external_lex_state = 2},
  [496] = {.lex_state = 100, .external_lex_state = 2},
  [497] = {.lex_state = 29, .external_lex_state = 2},
  [498] = {.lex_state = 29, .external_lex_state = 2},
  [499] = {.lex_state = 100, .external_lex_state = 2},
  [500] = {.lex_state = 100, .external_lex_state = 2},
  [501] = {.lex_state = 100, .external_lex_state = 2},
  [502] = {.lex_state = 100, .external_lex_state = 2},
  [503] = {.lex_state = 100, .external_lex_state = 2},
  [504] = {.lex_state = 100, .external_lex_state = 2},
  [505] = {.lex_state = 1},
  [506] = {.lex_state = 34, .external_lex_state = 2},
  [507] = {.lex_state = 100, .external_lex_state = 2},
  [508] = {.lex_state = 0, .external_lex_state = 2},
  [509] = {.lex_state = 29, .external_lex_state = 2},
  [510] = {.lex_state = 100, .external_lex_state = 2},
  [511] = {.lex_state = 29, .external_lex_state = 2},
  [512] = {.lex_state = 100, .external_lex_state = 2},
  [513] = {.lex_state = 100, .external_lex_state = 2},
  [514] = {.lex_state = 100, .external_lex_state = 2},
  [515] = {.lex_state = 0, .external_lex_state = 2},
  [516] = {.lex_state = 29, .external_lex_state = 2},
  [517] = {.lex_state = 100, .external_lex_state = 2},
  [518] = {.lex_state = 1},
  [519] = {.lex_state = 0},
  [520] = {.lex_state = 100, .external_lex_state = 2},
  [521] = {.lex_state = 100, .external_lex_state = 2},
  [522] = {.lex_state = 100, .external_lex_state = 2},
  [523] = {.lex_state = 29, .external_lex_state = 2},
  [524] = {.lex_state = 0, .external_lex_state = 2},
  [525] = {.lex_state = 100, .external_lex_state = 2},
  [526] = {.lex_state = 0, .external_lex_state = 2},
  [527] = {.lex_state = 40, .external_lex_state = 2},
  [528] = {.lex_state = 100, .external_lex_state = 2},
  [529] = {.lex_state = 0, .external_lex_state = 2},
  [530] = {.lex_state = 0, .external_lex_state = 2},
  [531] = {.lex_state = 0, .external_lex_state = 2},
  [532] = {.lex_state = 100, .external_lex_state = 2},
  [533] = {.lex_state = 0, .external_lex_state = 2},
  [534] = {.lex_state = 100, .external_lex_state = 2},
  [535] = {.lex_state = 100, .external_lex_state = 2},
  [536] = {.lex_state = 100},
  [537] = {.lex_state = 100},
  [538] = {.lex_state = 100, .external_lex_state = 2},
  [539] = {.lex_state = 45},
  [540] = {.lex_state = 0},
  [541] = {.lex_state = 0, .external_lex_state = 2},
  [542] = {.lex_state = 0, .external_lex_state = 2},
  [543] = {.lex_state = 0, .external_lex_state = 2},
  [544] = {.lex_state = 0, .external_lex_state = 2},
  [545] = {.lex_state = 0, .external_lex_state = 2},
  [546] = {.lex_state = 100},
  [547] = {.lex_state = 100},
  [548] = {.lex_state = 100},
  [549] = {.lex_state = 100},
  [550] = {.lex_state = 100},
  [551] = {.lex_state = 0, .external_lex_state = 2},
  [552] = {.lex_state = 0, .external_lex_state = 2},
  [553] = {.lex_state = 0, .external_lex_state = 2},
  [554] = {.lex_state = 0, .external_lex_state = 2},
  [555] = {.lex_state = 0, .external_lex_state = 2},
  [556] = {.lex_state = 45},
  [557] = {.lex_state = 0, .external_lex_state = 2},
  [558] = {.lex_state = 0, .external_lex_state = 2},
  [559] = {.lex_state = 100},
  [560] = {.lex_state = 0, .external_lex_state = 2},
  [561] = {.lex_state = 100},
  [562] = {.lex_state = 0, .external_lex_state = 2},
  [563] = {.lex_state = 0, .external_lex_state = 2},
  [564] = {.lex_state = 0, .external_lex_state = 2},
  [565] = {.lex_state = 0, .external_lex_state = 2},
  [566] = {.lex_state = 100},
  [567] = {.lex_state = 0, .external_lex_state = 2},
  [568] = {.lex_state = 0, .external_lex_state = 2},
  [569] = {.lex_state = 0, .external_lex_state = 2},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 0, .external_lex_state = 2},
  [572] = {.lex_state = 100},
  [573] = {.lex_state = 0, .external_lex_state = 2},
  [574] = {.lex_state = 46},
  [575] = {.lex_state = 100},
  [576] = {.lex_state = 100},
  [577] = {.lex_state = 0, .external_lex_state = 2},
  [578] = {.lex_state = 41, .external_lex_state = 2},
  [579] = {.lex_state = 100},
  [580] = {.lex_state = 46},
  [581] = {.lex_state = 0, .external_lex_state = 2},
  [582] = {.lex_state = 100},
  [583] = {.lex_state = 0, .external_lex_state = 2},
  [584] = {.lex_state = 0, .external_lex_state = 2},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 0, .external_lex_state = 2},
  [587] = {.lex_state = 100},
  [588] = {.lex_state = 0, .external_lex_state = 2},
  [589] = {.lex_state = 0, .external_lex_state = 2},
  [590] = {.lex_state = 100},
  [591] = {.lex_state = 0, .external_lex_state = 2},
  [592] = {.lex_state = 0, .external_lex_state = 2},
  [593] = {.lex_state = 0, .external_lex_state = 2},
  [594] = {.lex_state = 0, .external_lex_state = 2},
  [595] = {.lex_state = 100},
  [596] = {.lex_state = 0, .external_lex_state = 2},
  [597] = {.lex_state = 0, .external_lex_state = 2},
  [598] = {.lex_state = 0},
  [599] = {.lex_state = 100},
  [600] = {.lex_state = 0},
  [601] = {.lex_state = 34},
  [602] = {.lex_state = 100},
  [603] = {.lex_state = 45},
  [604] = {.lex_state = 100},
  [605] = {.lex_state = 100},
  [606] = {.lex_state = 0},
  [607] = {.lex_state = 100},
  [608] = {.lex_state = 0, .external_lex_state = 2},
  [609] = {.lex_state = 0, .external_lex_state = 2},
  [610] = {.lex_state = 100},
  [611] = {.lex_state = 100},
  [612] = {.lex_state = 46},
  [613] = {.lex_state = 100},
  [614] = {.lex_state = 0},
  [615] = {.lex_state = 0},
  [616] = {.lex_state = 0},
  [617] = {.lex_state = 0},
  [618] = {.lex_state = 0},
  [619] = {.lex_state = 100},
  [620] = {.lex_state = 34},
  [621] = {.lex_state = 0, .external_lex_state = 2},
  [622] = {.lex_state = 0, .external_lex_state = 2},
  [623] = {.lex_state = 34},
  [624] = {.lex_state = 100},
  [625] = {.lex_state = 34},
  [626] = {.lex_state = 0},
  [627] = {.lex_state = 34},
  [628] = {.lex_state = 34},
  [629] = {.lex_state = 0},
  [630] = {.lex_state = 100},
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
    [anon_sym_DASH2] = ACTIONS(1),
    [anon_sym_LPAREN2] = ACTIONS(1),
    [anon_sym_PLUS2] = ACTIONS(1),
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
    [sym_source_file] = STATE(618),
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(622),
    [sym__line_statement] = STATE(565),
    [sym__statement] = STATE(565),
    [sym_assignment] = STATE(565),
    [sym__lvalue] = STATE(505),
    [sym_for_statement] = STATE(565),
    [sym_next_statement] = STATE(565),
    [sym_dim_statement] = STATE(565),
    [sym_procedure_definition] = STATE(565),
    [sym_function_definition] = STATE(565),
    [sym_return_statement] = STATE(565),
    [sym_if_statement] = STATE(565),
    [sym_else_statement] = STATE(565),
    [sym_sys_call] = STATE(565),
    [sym_print_statement] = STATE(565),
    [sym_proc_call] = STATE(565),
    [sym_local_statement] = STATE(565),
    [sym_repeat_statement] = STATE(565),
    [sym_until_statement] = STATE(565),
    [sym_while_statement] = STATE(565),
    [sym_on_error_statement] = STATE(565),
    [sym_on_statement] = STATE(565),
    [sym_basic_statement] = STATE(565),
    [sym_assembler_block] = STATE(565),
    [sym_parenthesized_expression] = STATE(598),
    [sym_indirection] = STATE(505),
    [sym_array_element] = STATE(451),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(588),
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
    [sym__statement] = STATE(526),
    [sym_assignment] = STATE(526),
    [sym__lvalue] = STATE(505),
    [sym_for_statement] = STATE(526),
    [sym_next_statement] = STATE(526),
    [sym_dim_statement] = STATE(526),
    [sym_procedure_definition] = STATE(526),
    [sym_function_definition] = STATE(526),
    [sym_return_statement] = STATE(526),
    [sym_if_statement] = STATE(526),
    [sym__inline_statements] = STATE(577),
    [sym_sys_call] = STATE(526),
    [sym_print_statement] = STATE(526),
    [sym_proc_call] = STATE(526),
    [sym_local_statement] = STATE(526),
    [sym_repeat_statement] = STATE(526),
    [sym_until_statement] = STATE(526),
    [sym_while_statement] = STATE(526),
    [sym_on_error_statement] = STATE(526),
    [sym_on_statement] = STATE(526),
    [sym_basic_statement] = STATE(526),
    [sym_assembler_block] = STATE(526),
    [sym_parenthesized_expression] = STATE(598),
    [sym_indirection] = STATE(505),
    [sym_array_element] = STATE(451),
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
    [anon_sym_CARET] = ACTIONS(87),
    [anon_sym_DASH2] = ACTIONS(89),
    [anon_sym_LPAREN2] = ACTIONS(49),
    [anon_sym_PLUS2] = ACTIONS(89),
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
    [sym__statement] = STATE(526),
    [sym_assignment] = STATE(526),
    [sym__lvalue] = STATE(505),
    [sym_for_statement] = STATE(526),
    [sym_next_statement] = STATE(526),
    [sym_dim_statement] = STATE(526),
    [sym_procedure_definition] = STATE(526),
    [sym_function_definition] = STATE(526),
    [sym_return_statement] = STATE(526),
    [sym_if_statement] = STATE(526),
    [sym__inline_statements] = STATE(567),
    [sym_sys_call] = STATE(526),
    [sym_print_statement] = STATE(526),
    [sym_proc_call] = STATE(526),
    [sym_local_statement] = STATE(526),
    [sym_repeat_statement] = STATE(526),
    [sym_until_statement] = STATE(526),
    [sym_while_statement] = STATE(526),
    [sym_on_error_statement] = STATE(526),
    [sym_on_statement] = STATE(526),
    [sym_basic_statement] = STATE(526),
    [sym_assembler_block] = STATE(526),
    [sym_parenthesized_expression] = STATE(598),
    [sym_indirection] = STATE(505),
    [sym_array_element] = STATE(451),
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
    [anon_sym_CARET] = ACTIONS(87),
    [anon_sym_DASH2] = ACTIONS(89),
    [anon_sym_LPAREN2] = ACTIONS(49),
    [anon_sym_PLUS2] = ACTIONS(89),
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
    [sym__statements] = STATE(622),
    [sym__line_statement] = STATE(565),
    [sym__statement] = STATE(565),
    [sym_assignment] = STATE(565),
    [sym__lvalue] = STATE(505),
    [sym_for_statement] = STATE(565),
    [sym_next_statement] = STATE(565),
    [sym_dim_statement] = STATE(565),
    [sym_procedure_definition] = STATE(565),
    [sym_function_definition] = STATE(565),
    [sym_return_statement] = STATE(565),
    [sym_if_statement] = STATE(565),
    [sym_else_statement] = STATE(565),
    [sym_sys_call] = STATE(565),
    [sym_print_statement] = STATE(565),
    [sym_proc_call] = STATE(565),
    [sym_local_statement] = STATE(565),
    [sym_repeat_statement] = STATE(565),
    [sym_until_statement] = STATE(565),
    [sym_while_statement] = STATE(565),
    [sym_on_error_statement] = STATE(565),
    [sym_on_statement] = STATE(565),
    [sym_basic_statement] = STATE(565),
    [sym_assembler_block] = STATE(565),
    [sym_parenthesized_expression] = STATE(598),
    [sym_indirection] = STATE(505),
    [sym_array_element] = STATE(451),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(588),
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
    [sym__statements] = STATE(622),
    [sym__line_statement] = STATE(565),
    [sym__statement] = STATE(565),
    [sym_assignment] = STATE(565),
    [sym__lvalue] = STATE(505),
    [sym_for_statement] = STATE(565),
    [sym_next_statement] = STATE(565),
    [sym_dim_statement] = STATE(565),
    [sym_procedure_definition] = STATE(565),
    [sym_function_definition] = STATE(565),
    [sym_return_statement] = STATE(565),
    [sym_if_statement] = STATE(565),
    [sym_else_statement] = STATE(565),
    [sym_sys_call] = STATE(565),
    [sym_print_statement] = STATE(565),
    [sym_proc_call] = STATE(565),
    [sym_local_statement] = STATE(565),
    [sym_repeat_statement] = STATE(565),
    [sym_until_statement] = STATE(565),
    [sym_while_statement] = STATE(565),
    [sym_on_error_statement] = STATE(565),
    [sym_on_statement] = STATE(565),
    [sym_basic_statement] = STATE(565),
    [sym_assembler_block] = STATE(565),
    [sym_parenthesized_expression] = STATE(598),
    [sym_indirection] = STATE(505),
    [sym_array_element] = STATE(451),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(588),
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
    STATE(451), 1,
      sym_array_element,
    STATE(588), 1,
      aux_sym__statements_repeat1,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(621), 1,
      sym__statements,
    STATE(505), 2,
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
    STATE(565), 22,
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
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(200), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(609), 22,
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
    ACTIONS(206), 1,
      sym_line_number,
    STATE(451), 1,
      sym_array_element,
    STATE(557), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    ACTIONS(208), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(526), 20,
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
    ACTIONS(210), 1,
      sym_line_number,
    STATE(451), 1,
      sym_array_element,
    STATE(541), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    ACTIONS(212), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(526), 20,
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
      anon_sym_OFF,
    STATE(451), 1,
      sym_array_element,
    STATE(552), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    ACTIONS(214), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(526), 20,
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
    ACTIONS(222), 1,
      anon_sym_ERROR,
    ACTIONS(226), 1,
      sym_builtin_variable,
    ACTIONS(228), 1,
      sym_identifier,
    STATE(439), 1,
      sym_array_element,
    STATE(597), 1,
      sym__inline_statements,
    STATE(614), 1,
      sym_parenthesized_expression,
    STATE(440), 2,
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
    ACTIONS(220), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(224), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(526), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(554), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    STATE(526), 20,
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
  [846] = 31,
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
    ACTIONS(236), 1,
      anon_sym_ELSE,
    STATE(451), 1,
      sym_array_element,
    STATE(591), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(526), 20,
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
  [968] = 31,
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
    STATE(451), 1,
      sym_array_element,
    STATE(585), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(526), 20,
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
  [1090] = 30,
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
    STATE(451), 1,
      sym_array_element,
    STATE(551), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    ACTIONS(244), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(526), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(554), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(232), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(583), 20,
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
    ACTIONS(242), 1,
      sym_line_number,
    STATE(451), 1,
      sym_array_element,
    STATE(551), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(244), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(583), 20,
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
  [1448] = 30,
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
    ACTIONS(206), 1,
      sym_line_number,
    STATE(451), 1,
      sym_array_element,
    STATE(557), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(208), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(583), 20,
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
  [1567] = 30,
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
    ACTIONS(222), 1,
      anon_sym_ERROR,
    ACTIONS(226), 1,
      sym_builtin_variable,
    ACTIONS(228), 1,
      sym_identifier,
    STATE(439), 1,
      sym_array_element,
    STATE(597), 1,
      sym__inline_statements,
    STATE(614), 1,
      sym_parenthesized_expression,
    ACTIONS(220), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(440), 2,
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
    ACTIONS(224), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(583), 20,
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
  [1686] = 30,
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
    ACTIONS(210), 1,
      sym_line_number,
    STATE(451), 1,
      sym_array_element,
    STATE(541), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(212), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(583), 20,
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
  [1805] = 29,
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
    STATE(451), 1,
      sym_array_element,
    STATE(597), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    ACTIONS(220), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(526), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(552), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(214), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(583), 20,
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
  [2041] = 28,
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
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    STATE(558), 20,
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
  [2155] = 29,
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
    STATE(451), 1,
      sym_array_element,
    STATE(597), 1,
      sym__inline_statements,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(220), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(583), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(505), 2,
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
    STATE(581), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(260), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(581), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(266), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(608), 20,
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
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(254), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(505), 2,
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
    STATE(558), 20,
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
  [2724] = 5,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(278), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
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
    ACTIONS(272), 37,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [2790] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(42), 1,
      sym_argument_list,
    ACTIONS(282), 14,
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
    ACTIONS(280), 39,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3094] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3152] = 8,
    ACTIONS(87), 1,
      anon_sym_CARET,
    ACTIONS(89), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
    ACTIONS(306), 8,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 29,
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
  [3222] = 3,
    ACTIONS(87), 1,
      anon_sym_CARET,
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
    ACTIONS(304), 39,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3282] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3340] = 3,
    ACTIONS(278), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 13,
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
    ACTIONS(272), 38,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3400] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3458] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3516] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3574] = 6,
    ACTIONS(87), 1,
      anon_sym_CARET,
    ACTIONS(89), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(306), 11,
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
    ACTIONS(304), 35,
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
  [3640] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3698] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3756] = 6,
    ACTIONS(87), 1,
      anon_sym_CARET,
    ACTIONS(89), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(306), 11,
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
    ACTIONS(304), 35,
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
  [3822] = 9,
    ACTIONS(87), 1,
      anon_sym_CARET,
    ACTIONS(95), 1,
      anon_sym_AND,
    ACTIONS(89), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
    ACTIONS(306), 8,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_star_command,
      sym_keyword,
      anon_sym_OR,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 28,
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
  [3894] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [3952] = 5,
    ACTIONS(87), 1,
      anon_sym_CARET,
    ACTIONS(101), 2,
      anon_sym_STAR,
      anon_sym_MOD,
    ACTIONS(103), 2,
      anon_sym_SLASH,
      anon_sym_DIV,
    ACTIONS(306), 11,
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
    ACTIONS(304), 37,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4016] = 30,
    ACTIONS(334), 1,
      anon_sym_EQ,
    ACTIONS(336), 1,
      anon_sym_LBRACK,
    ACTIONS(338), 1,
      sym_register,
    ACTIONS(340), 1,
      sym_psr,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(346), 1,
      anon_sym_LBRACE,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(354), 1,
      sym_builtin_variable,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(360), 1,
      sym_identifier,
    ACTIONS(362), 1,
      sym_condition,
    ACTIONS(364), 1,
      sym_s_flag,
    ACTIONS(366), 1,
      sym_size,
    ACTIONS(368), 1,
      sym_translate,
    ACTIONS(370), 1,
      sym_block_mode,
    ACTIONS(372), 1,
      sym_p_flag,
    ACTIONS(374), 1,
      sym__mnemonic_subst,
    ACTIONS(376), 1,
      sym_precision,
    ACTIONS(378), 1,
      sym_rounding,
    STATE(51), 1,
      aux_sym_instruction_repeat1,
    STATE(112), 1,
      sym__suffix,
    STATE(629), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(358), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(332), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(342), 4,
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
    STATE(474), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4127] = 30,
    ACTIONS(334), 1,
      anon_sym_EQ,
    ACTIONS(336), 1,
      anon_sym_LBRACK,
    ACTIONS(338), 1,
      sym_register,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(346), 1,
      anon_sym_LBRACE,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(354), 1,
      sym_builtin_variable,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(360), 1,
      sym_identifier,
    ACTIONS(362), 1,
      sym_condition,
    ACTIONS(364), 1,
      sym_s_flag,
    ACTIONS(366), 1,
      sym_size,
    ACTIONS(368), 1,
      sym_translate,
    ACTIONS(370), 1,
      sym_block_mode,
    ACTIONS(372), 1,
      sym_p_flag,
    ACTIONS(374), 1,
      sym__mnemonic_subst,
    ACTIONS(376), 1,
      sym_precision,
    ACTIONS(378), 1,
      sym_rounding,
    ACTIONS(382), 1,
      sym_psr,
    STATE(101), 1,
      aux_sym_instruction_repeat1,
    STATE(112), 1,
      sym__suffix,
    STATE(629), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(358), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(380), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(197), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(464), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4238] = 4,
    ACTIONS(384), 1,
      anon_sym_LPAREN,
    STATE(74), 1,
      sym_argument_list,
    ACTIONS(282), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(280), 30,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [4286] = 5,
    ACTIONS(384), 1,
      anon_sym_LPAREN,
    STATE(67), 1,
      sym_argument_list,
    ACTIONS(386), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(272), 28,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [4336] = 5,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    STATE(90), 1,
      sym_argument_list,
    ACTIONS(390), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(272), 27,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [4385] = 4,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    STATE(88), 1,
      sym_argument_list,
    ACTIONS(282), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(280), 29,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [4432] = 3,
    ACTIONS(392), 1,
      anon_sym_CARET,
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
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4476] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4518] = 9,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(402), 1,
      anon_sym_AND,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(400), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(404), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(408), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(396), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(394), 15,
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
  [4574] = 5,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 24,
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
  [4622] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4664] = 4,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 26,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4710] = 8,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(402), 1,
      anon_sym_AND,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(404), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(396), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(304), 17,
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
  [4764] = 7,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(404), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(396), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(304), 18,
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
  [4816] = 3,
    ACTIONS(386), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 6,
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
      anon_sym_ELSE,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4860] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4902] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4944] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [4986] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5028] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5070] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5112] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5154] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5196] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5238] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5280] = 22,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(412), 1,
      sym_builtin_variable,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(418), 1,
      sym_condition,
    ACTIONS(420), 1,
      sym_s_flag,
    ACTIONS(422), 1,
      sym_size,
    ACTIONS(424), 1,
      sym_translate,
    ACTIONS(426), 1,
      sym_block_mode,
    ACTIONS(428), 1,
      sym_p_flag,
    ACTIONS(430), 1,
      sym__mnemonic_subst,
    ACTIONS(432), 1,
      sym_precision,
    ACTIONS(434), 1,
      sym_rounding,
    STATE(93), 1,
      aux_sym_instruction_repeat1,
    STATE(175), 1,
      sym__suffix,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(414), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(410), 4,
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
  [5361] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5402] = 2,
    ACTIONS(438), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(436), 29,
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
  [5443] = 2,
    ACTIONS(442), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(440), 29,
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
  [5484] = 5,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(446), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(448), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 23,
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
  [5531] = 4,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(448), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 25,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5576] = 8,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(452), 1,
      anon_sym_AND,
    ACTIONS(446), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(448), 4,
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
    ACTIONS(304), 16,
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
  [5629] = 7,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(446), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(448), 4,
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
    ACTIONS(304), 17,
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
  [5680] = 3,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(306), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(304), 29,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_BANG,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5723] = 3,
    ACTIONS(390), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(272), 28,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5766] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5807] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5848] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5889] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5930] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [5971] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [6012] = 9,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(452), 1,
      anon_sym_AND,
    ACTIONS(446), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(408), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(448), 4,
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
    ACTIONS(394), 14,
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
  [6067] = 2,
    ACTIONS(460), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(458), 29,
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
  [6108] = 22,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(418), 1,
      sym_condition,
    ACTIONS(420), 1,
      sym_s_flag,
    ACTIONS(422), 1,
      sym_size,
    ACTIONS(424), 1,
      sym_translate,
    ACTIONS(426), 1,
      sym_block_mode,
    ACTIONS(428), 1,
      sym_p_flag,
    ACTIONS(430), 1,
      sym__mnemonic_subst,
    ACTIONS(432), 1,
      sym_precision,
    ACTIONS(434), 1,
      sym_rounding,
    ACTIONS(464), 1,
      sym_builtin_variable,
    STATE(157), 1,
      aux_sym_instruction_repeat1,
    STATE(175), 1,
      sym__suffix,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(466), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(462), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(217), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [6189] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [6230] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [6271] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [6312] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [6353] = 2,
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
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
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
  [6394] = 18,
    ACTIONS(334), 1,
      anon_sym_EQ,
    ACTIONS(336), 1,
      anon_sym_LBRACK,
    ACTIONS(338), 1,
      sym_register,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(346), 1,
      anon_sym_LBRACE,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(354), 1,
      sym_builtin_variable,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(360), 1,
      sym_identifier,
    ACTIONS(468), 1,
      sym_psr,
    STATE(629), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(358), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
    STATE(502), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [6466] = 5,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(102), 1,
      sym_argument_list,
    ACTIONS(472), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(272), 24,
      sym__newline,
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
  [6512] = 13,
    ACTIONS(478), 1,
      sym_condition,
    ACTIONS(481), 1,
      sym_s_flag,
    ACTIONS(484), 1,
      sym_size,
    ACTIONS(487), 1,
      sym_translate,
    ACTIONS(490), 1,
      sym_block_mode,
    ACTIONS(493), 1,
      sym_p_flag,
    ACTIONS(496), 1,
      sym__mnemonic_subst,
    ACTIONS(499), 1,
      sym_precision,
    ACTIONS(502), 1,
      sym_rounding,
    STATE(101), 1,
      aux_sym_instruction_repeat1,
    STATE(112), 1,
      sym__suffix,
    ACTIONS(476), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(474), 18,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_LBRACK,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_POUND,
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [6573] = 2,
    ACTIONS(286), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(284), 26,
      sym__newline,
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
  [6611] = 2,
    ACTIONS(302), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 26,
      sym__newline,
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
  [6649] = 3,
    ACTIONS(509), 1,
      sym__mnemonic_tail,
    ACTIONS(507), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(505), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [6689] = 2,
    ACTIONS(290), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(288), 26,
      sym__newline,
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
  [6727] = 2,
    ACTIONS(294), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(292), 26,
      sym__newline,
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
  [6765] = 4,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(132), 1,
      sym_argument_list,
    ACTIONS(282), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(280), 24,
      sym__newline,
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
  [6807] = 3,
    ACTIONS(472), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(272), 24,
      sym__newline,
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
  [6847] = 2,
    ACTIONS(298), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(296), 26,
      sym__newline,
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
  [6885] = 2,
    ACTIONS(513), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(511), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [6922] = 2,
    ACTIONS(517), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(515), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [6959] = 2,
    ACTIONS(521), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(519), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [6996] = 2,
    ACTIONS(525), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(523), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7033] = 2,
    ACTIONS(529), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(527), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7070] = 2,
    ACTIONS(533), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(531), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7107] = 2,
    ACTIONS(537), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(535), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7144] = 2,
    ACTIONS(541), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(539), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7181] = 2,
    ACTIONS(545), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(543), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7218] = 2,
    ACTIONS(549), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(547), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7255] = 2,
    ACTIONS(553), 5,
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(551), 27,
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
      anon_sym_LBRACE,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [7292] = 2,
    ACTIONS(318), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(316), 24,
      sym__newline,
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
  [7328] = 3,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(306), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 23,
      sym__newline,
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
  [7366] = 2,
    ACTIONS(330), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(328), 24,
      sym__newline,
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
  [7402] = 5,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(557), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(559), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 5,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 21,
      sym__newline,
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
  [7444] = 6,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(557), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(559), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 21,
      sym__newline,
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
  [7488] = 2,
    ACTIONS(306), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 24,
      sym__newline,
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
  [7524] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(557), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(559), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(304), 14,
      sym__newline,
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
  [7572] = 2,
    ACTIONS(310), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 24,
      sym__newline,
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
  [7608] = 2,
    ACTIONS(314), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(312), 24,
      sym__newline,
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
  [7644] = 5,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    STATE(150), 1,
      sym_argument_list,
    ACTIONS(571), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [7686] = 7,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(557), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(559), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(304), 15,
      sym__newline,
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
  [7732] = 2,
    ACTIONS(322), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(320), 24,
      sym__newline,
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
  [7768] = 2,
    ACTIONS(326), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(324), 24,
      sym__newline,
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
  [7804] = 13,
    ACTIONS(577), 1,
      anon_sym_RBRACK,
    ACTIONS(579), 1,
      anon_sym_DOT,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    ACTIONS(589), 1,
      sym__newline,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(573), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(282), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(528), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [7861] = 13,
    ACTIONS(579), 1,
      anon_sym_DOT,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    ACTIONS(589), 1,
      sym__newline,
    ACTIONS(591), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(573), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(282), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(445), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [7918] = 13,
    ACTIONS(579), 1,
      anon_sym_DOT,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    ACTIONS(589), 1,
      sym__newline,
    ACTIONS(593), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(573), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(282), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(528), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [7975] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(597), 1,
      sym_register,
    ACTIONS(599), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(601), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(522), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(595), 5,
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
  [8034] = 13,
    ACTIONS(579), 1,
      anon_sym_DOT,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    ACTIONS(589), 1,
      sym__newline,
    ACTIONS(603), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(573), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(282), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(528), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [8091] = 13,
    ACTIONS(579), 1,
      anon_sym_DOT,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    ACTIONS(589), 1,
      sym__newline,
    ACTIONS(607), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(605), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(135), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(449), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [8148] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(599), 1,
      sym_builtin_variable,
    ACTIONS(611), 1,
      sym_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(601), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(504), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(609), 5,
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
  [8207] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(599), 1,
      sym_builtin_variable,
    ACTIONS(615), 1,
      sym_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(601), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(517), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(342), 4,
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
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8266] = 2,
    ACTIONS(298), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8300] = 2,
    ACTIONS(294), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8334] = 2,
    ACTIONS(290), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8368] = 12,
    ACTIONS(579), 1,
      anon_sym_DOT,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    ACTIONS(589), 1,
      sym__newline,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(573), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(282), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(528), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [8422] = 4,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    STATE(159), 1,
      sym_argument_list,
    ACTIONS(282), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(280), 20,
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
  [8460] = 3,
    ACTIONS(571), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8496] = 2,
    ACTIONS(302), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8530] = 13,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(629), 1,
      sym_builtin_variable,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    STATE(151), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(633), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(617), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(619), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(621), 4,
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
  [8586] = 2,
    ACTIONS(286), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8620] = 13,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(629), 1,
      sym_builtin_variable,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    STATE(152), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(633), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(637), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(621), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(639), 4,
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
  [8676] = 13,
    ACTIONS(652), 1,
      anon_sym_LPAREN2,
    ACTIONS(655), 1,
      sym_builtin_function,
    ACTIONS(658), 1,
      sym_builtin_variable,
    ACTIONS(661), 1,
      sym_fn_name,
    ACTIONS(667), 1,
      sym_identifier,
    STATE(152), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(649), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(664), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(641), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(643), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(646), 4,
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
  [8732] = 13,
    ACTIONS(679), 1,
      anon_sym_LPAREN2,
    ACTIONS(682), 1,
      sym_builtin_function,
    ACTIONS(685), 1,
      sym_builtin_variable,
    ACTIONS(688), 1,
      sym_fn_name,
    ACTIONS(694), 1,
      sym_identifier,
    STATE(153), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(641), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(676), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(691), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(670), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(673), 4,
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
  [8787] = 13,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(707), 1,
      sym_builtin_variable,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    STATE(153), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(637), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(711), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(697), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(699), 4,
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
  [8842] = 13,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(707), 1,
      sym_builtin_variable,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    STATE(154), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(617), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(711), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(715), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(91), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8897] = 5,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(102), 1,
      sym_argument_list,
    ACTIONS(472), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 21,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [8936] = 13,
    ACTIONS(717), 1,
      sym_condition,
    ACTIONS(720), 1,
      sym_s_flag,
    ACTIONS(723), 1,
      sym_size,
    ACTIONS(726), 1,
      sym_translate,
    ACTIONS(729), 1,
      sym_block_mode,
    ACTIONS(732), 1,
      sym_p_flag,
    ACTIONS(735), 1,
      sym__mnemonic_subst,
    ACTIONS(738), 1,
      sym_precision,
    ACTIONS(741), 1,
      sym_rounding,
    STATE(157), 1,
      aux_sym_instruction_repeat1,
    STATE(175), 1,
      sym__suffix,
    ACTIONS(476), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(474), 14,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
      anon_sym_BANG,
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [8991] = 2,
    ACTIONS(318), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9023] = 2,
    ACTIONS(322), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(320), 20,
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
  [9055] = 2,
    ACTIONS(306), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9087] = 6,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(746), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(748), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(750), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 17,
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
  [9127] = 5,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(748), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(750), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(306), 5,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 17,
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
  [9165] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(746), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(748), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(750), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(304), 10,
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
  [9209] = 7,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(746), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(748), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(750), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(304), 11,
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
  [9251] = 3,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(306), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(304), 19,
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
  [9285] = 2,
    ACTIONS(326), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9317] = 2,
    ACTIONS(330), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9349] = 2,
    ACTIONS(310), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9381] = 2,
    ACTIONS(314), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9413] = 9,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(557), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(559), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(563), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(324), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9459] = 9,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(557), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(559), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(563), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(328), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9505] = 2,
    ACTIONS(537), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(535), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9536] = 2,
    ACTIONS(553), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(551), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9567] = 2,
    ACTIONS(533), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(531), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9598] = 2,
    ACTIONS(521), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(519), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9629] = 2,
    ACTIONS(517), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(515), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9660] = 2,
    ACTIONS(525), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(523), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9691] = 2,
    ACTIONS(529), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(527), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [9722] = 14,
    ACTIONS(760), 1,
      sym_register,
    ACTIONS(764), 1,
      anon_sym_POUND,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(774), 1,
      sym_builtin_variable,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    STATE(619), 1,
      sym_immediate,
    ACTIONS(766), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(778), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [9777] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(782), 1,
      sym_register,
    ACTIONS(788), 1,
      sym_builtin_variable,
    STATE(491), 1,
      sym_immediate,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(786), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(790), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [9832] = 14,
    ACTIONS(764), 1,
      anon_sym_POUND,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(792), 1,
      anon_sym_RBRACK,
    ACTIONS(794), 1,
      sym_register,
    ACTIONS(798), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(800), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(630), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(378), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9887] = 14,
    ACTIONS(764), 1,
      anon_sym_POUND,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(798), 1,
      sym_builtin_variable,
    ACTIONS(802), 1,
      anon_sym_RBRACK,
    ACTIONS(804), 1,
      sym_register,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(800), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(624), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(378), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9942] = 12,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(808), 1,
      anon_sym_TO,
    ACTIONS(810), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(812), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(806), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    STATE(195), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [9993] = 2,
    ACTIONS(541), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(539), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [10024] = 2,
    ACTIONS(545), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(543), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [10055] = 2,
    ACTIONS(549), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(547), 23,
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
      anon_sym_DASH2,
      anon_sym_LPAREN2,
      anon_sym_PLUS2,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
      sym_fn_name,
      sym_number,
      sym_string,
  [10086] = 10,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(816), 1,
      anon_sym_COMMA,
    STATE(455), 1,
      aux_sym_data_repeat1,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(814), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10132] = 8,
    ACTIONS(581), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(583), 1,
      aux_sym_align_token1,
    ACTIONS(585), 1,
      sym__mnemonic_head,
    ACTIONS(587), 1,
      sym__swi_mnemonic,
    STATE(50), 1,
      sym_mnemonic,
    ACTIONS(820), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(534), 6,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(575), 10,
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
  [10174] = 11,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(824), 1,
      anon_sym_TO,
    ACTIONS(826), 1,
      anon_sym_COMMA,
    STATE(470), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(822), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10222] = 12,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(808), 1,
      anon_sym_TO,
    ACTIONS(810), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(812), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(806), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(342), 4,
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
  [10272] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(828), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10313] = 8,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(402), 1,
      anon_sym_AND,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(400), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(404), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(328), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(396), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10354] = 5,
    ACTIONS(830), 1,
      anon_sym_LPAREN,
    STATE(241), 1,
      sym_argument_list,
    ACTIONS(832), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [10389] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(834), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10430] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(836), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10471] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(838), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10512] = 9,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(842), 1,
      anon_sym_COMMA,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(840), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10555] = 9,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(847), 1,
      anon_sym_COMMA,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(845), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10598] = 13,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    ACTIONS(849), 1,
      anon_sym_LOCAL,
    ACTIONS(851), 1,
      anon_sym_LPAREN2,
    ACTIONS(853), 1,
      sym_builtin_variable,
    STATE(102), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(855), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [10649] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(857), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10690] = 9,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(861), 1,
      anon_sym_COMMA,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(859), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10733] = 11,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(863), 1,
      anon_sym_TO,
    ACTIONS(865), 1,
      anon_sym_COMMA,
    STATE(493), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(822), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10780] = 8,
    ACTIONS(392), 1,
      anon_sym_CARET,
    ACTIONS(402), 1,
      anon_sym_AND,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(400), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(404), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(406), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(324), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(396), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10821] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(867), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10861] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(869), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10901] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(328), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10941] = 9,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(746), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(748), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(750), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(328), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(752), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10983] = 8,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(452), 1,
      anon_sym_AND,
    ACTIONS(446), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(324), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(448), 4,
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
  [11023] = 8,
    ACTIONS(444), 1,
      anon_sym_CARET,
    ACTIONS(452), 1,
      anon_sym_AND,
    ACTIONS(446), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(456), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(454), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(328), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(448), 4,
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
  [11063] = 12,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    ACTIONS(851), 1,
      anon_sym_LPAREN2,
    ACTIONS(873), 1,
      sym_builtin_variable,
    STATE(121), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(875), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [11111] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(324), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11151] = 9,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(746), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(748), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(750), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(324), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(752), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11193] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(877), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11233] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(879), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11273] = 9,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(883), 1,
      anon_sym_STEP,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(881), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11315] = 12,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    ACTIONS(889), 1,
      anon_sym_LPAREN2,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(893), 1,
      sym_builtin_variable,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    STATE(41), 1,
      sym_argument_list,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(897), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [11363] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(901), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11403] = 5,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    STATE(150), 1,
      sym_argument_list,
    ACTIONS(903), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [11437] = 12,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(905), 1,
      anon_sym_LPAREN2,
    ACTIONS(907), 1,
      sym_builtin_variable,
    STATE(87), 1,
      sym_argument_list,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(909), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [11485] = 12,
    ACTIONS(911), 1,
      anon_sym_LPAREN,
    ACTIONS(917), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(921), 1,
      sym_builtin_variable,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    STATE(381), 1,
      sym_argument_list,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(925), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [11533] = 12,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(929), 1,
      anon_sym_LPAREN2,
    ACTIONS(931), 1,
      sym_builtin_variable,
    STATE(158), 1,
      sym_argument_list,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(933), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [11581] = 12,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    ACTIONS(917), 1,
      anon_sym_LPAREN2,
    ACTIONS(921), 1,
      sym_builtin_variable,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    STATE(381), 1,
      sym_argument_list,
    ACTIONS(925), 2,
      sym_number,
      sym_string,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [11629] = 12,
    ACTIONS(384), 1,
      anon_sym_LPAREN,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(945), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_variable,
    STATE(73), 1,
      sym_argument_list,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(949), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [11677] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(951), 1,
      anon_sym_RPAREN,
    ACTIONS(953), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(955), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [11722] = 11,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(957), 1,
      sym_register,
    ACTIONS(959), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(961), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [11767] = 2,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [11794] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(963), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11833] = 3,
    ACTIONS(832), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [11862] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(965), 1,
      anon_sym_RPAREN,
    ACTIONS(967), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(969), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [11907] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(971), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11946] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(973), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11985] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(975), 1,
      anon_sym_ERROR,
    ACTIONS(977), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(979), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [12030] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(983), 1,
      anon_sym_RPAREN,
    STATE(546), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12073] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(977), 1,
      sym_builtin_variable,
    ACTIONS(987), 1,
      anon_sym_ERROR,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(979), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [12118] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(989), 1,
      sym_register,
    ACTIONS(991), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(993), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(302), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12163] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(995), 1,
      anon_sym_RPAREN,
    ACTIONS(997), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(999), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12208] = 4,
    ACTIONS(911), 1,
      anon_sym_LPAREN,
    STATE(382), 1,
      sym_argument_list,
    ACTIONS(282), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(280), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [12239] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1001), 1,
      anon_sym_RPAREN,
    STATE(587), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12282] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1003), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12321] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1005), 1,
      sym_register,
    ACTIONS(1007), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1009), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12366] = 2,
    ACTIONS(286), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(284), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [12393] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1011), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12432] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1013), 1,
      anon_sym_RPAREN,
    ACTIONS(1015), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1017), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12477] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1019), 1,
      anon_sym_RPAREN,
    STATE(549), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12520] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1021), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12559] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1023), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12598] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1025), 1,
      anon_sym_RPAREN,
    STATE(559), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12641] = 2,
    ACTIONS(290), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(288), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [12668] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1027), 1,
      anon_sym_RPAREN,
    ACTIONS(1029), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1031), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12713] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1033), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12756] = 8,
    ACTIONS(555), 1,
      anon_sym_CARET,
    ACTIONS(565), 1,
      anon_sym_AND,
    ACTIONS(758), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(818), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(567), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1035), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(559), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(563), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12795] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1037), 1,
      anon_sym_RPAREN,
    ACTIONS(1039), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1041), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12840] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1043), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12883] = 2,
    ACTIONS(298), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(296), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [12910] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1045), 1,
      anon_sym_RPAREN,
    ACTIONS(1047), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1049), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12955] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1051), 1,
      anon_sym_RPAREN,
    STATE(576), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12998] = 11,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1053), 1,
      anon_sym_RPAREN,
    ACTIONS(1055), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1057), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [13043] = 10,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1059), 1,
      anon_sym_RPAREN,
    STATE(579), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13086] = 2,
    ACTIONS(294), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 18,
      anon_sym_EQ,
      anon_sym_BANG,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [13113] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1063), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1065), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13155] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1067), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1069), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13197] = 9,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1071), 1,
      anon_sym_COMMA,
    ACTIONS(1073), 1,
      anon_sym_RBRACK,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13237] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1075), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1077), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13279] = 9,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1079), 1,
      anon_sym_COMMA,
    ACTIONS(1081), 1,
      anon_sym_RBRACK,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13319] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1085), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(231), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13361] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1087), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1089), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13403] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1091), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1093), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13445] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1095), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1097), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13487] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1099), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1101), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13529] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1103), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1105), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13571] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1107), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1109), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13613] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1111), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1113), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13655] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1115), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1117), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13697] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1119), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1121), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13739] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1123), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1125), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [13781] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1127), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1129), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13823] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1131), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1133), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [13865] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1135), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1137), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [13907] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1139), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1141), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [13949] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1143), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1145), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13991] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1147), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1149), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14033] = 4,
    ACTIONS(1156), 1,
      sym__newline,
    ACTIONS(1151), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(282), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1154), 16,
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
  [14063] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1159), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1161), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14105] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1163), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1165), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14147] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1167), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1169), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14189] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1171), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1173), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14231] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1175), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1177), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14273] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1179), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1181), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14315] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1183), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1185), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14357] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1187), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1189), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14399] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1191), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1193), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [14441] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1195), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1197), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [14483] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1199), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1201), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(384), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14525] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1203), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1205), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [14567] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1207), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1209), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [14609] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1211), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1213), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [14651] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1215), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1217), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [14693] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1219), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1221), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14735] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1223), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1225), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14777] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1227), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1229), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14819] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1231), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1233), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14861] = 9,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1235), 1,
      anon_sym_COMMA,
    ACTIONS(1237), 1,
      anon_sym_RBRACK,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14901] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1239), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1241), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14943] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1243), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1245), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [14985] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1247), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1249), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [15027] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(324), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [15065] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1251), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1253), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15107] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(328), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [15145] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1255), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1257), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(125), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15187] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1259), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1261), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15229] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1263), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1265), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(133), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15271] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1267), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1269), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [15313] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1271), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1273), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [15355] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1275), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1277), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15397] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1279), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1281), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15439] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1283), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1285), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [15481] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1287), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1289), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [15523] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1291), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1293), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [15565] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1295), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1297), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [15607] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1299), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1301), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [15649] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1303), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1305), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [15691] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1307), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1309), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [15733] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1199), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1201), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(384), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15775] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1311), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1313), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [15817] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1315), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1317), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [15859] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1319), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1321), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [15901] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1323), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1325), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [15943] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1327), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1329), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15985] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1331), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1333), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [16027] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1335), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1337), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [16069] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1339), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1341), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [16111] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1343), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1345), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [16153] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1347), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1349), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [16195] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1351), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1353), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(171), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16237] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1355), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1357), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16279] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1359), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1361), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16321] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1363), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1365), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16363] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1367), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1369), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16405] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1371), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1373), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16447] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1375), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1377), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16489] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1379), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1381), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [16531] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1383), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1385), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [16573] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1387), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1389), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [16615] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1391), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1393), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [16657] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1395), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1397), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [16699] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1399), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1401), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [16741] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1403), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1405), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(97), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16783] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1383), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1385), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [16825] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1407), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1409), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [16867] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1411), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1413), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [16909] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_fn_name,
    ACTIONS(927), 1,
      sym_identifier,
    ACTIONS(1415), 1,
      sym_builtin_variable,
    ACTIONS(915), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1417), 2,
      sym_number,
      sym_string,
    STATE(228), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(913), 4,
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
  [16951] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1419), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1421), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [16993] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1423), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17031] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1399), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1401), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17073] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1425), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1427), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [17115] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1429), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1431), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(308), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17157] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(939), 1,
      sym_builtin_function,
    ACTIONS(941), 1,
      sym_fn_name,
    ACTIONS(943), 1,
      sym_identifier,
    ACTIONS(1415), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1417), 2,
      sym_number,
      sym_string,
    STATE(370), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17199] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1433), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1435), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17241] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1437), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1439), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(306), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17283] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1441), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1443), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [17325] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1445), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1447), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17367] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1449), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1451), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17409] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1453), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1455), 2,
      sym_number,
      sym_string,
    STATE(84), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [17451] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1457), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1459), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [17493] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1461), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1463), 2,
      sym_number,
      sym_string,
    STATE(64), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17535] = 10,
    ACTIONS(891), 1,
      sym_builtin_function,
    ACTIONS(895), 1,
      sym_fn_name,
    ACTIONS(899), 1,
      sym_identifier,
    ACTIONS(1061), 1,
      anon_sym_LPAREN2,
    ACTIONS(1465), 1,
      sym_builtin_variable,
    ACTIONS(887), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1467), 2,
      sym_number,
      sym_string,
    STATE(39), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(885), 4,
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
  [17577] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(416), 1,
      sym_identifier,
    ACTIONS(1469), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1471), 2,
      sym_number,
      sym_string,
    STATE(108), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(189), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17619] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1473), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1475), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [17661] = 4,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    STATE(382), 1,
      sym_argument_list,
    ACTIONS(282), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(280), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [17691] = 3,
    ACTIONS(903), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [17719] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1477), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1479), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [17761] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1481), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1483), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [17803] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1485), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1487), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [17845] = 10,
    ACTIONS(770), 1,
      anon_sym_LPAREN2,
    ACTIONS(772), 1,
      sym_builtin_function,
    ACTIONS(776), 1,
      sym_fn_name,
    ACTIONS(780), 1,
      sym_identifier,
    ACTIONS(1489), 1,
      sym_builtin_variable,
    ACTIONS(796), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1491), 2,
      sym_number,
      sym_string,
    STATE(147), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [17887] = 5,
    ACTIONS(1493), 1,
      anon_sym_CARET,
    ACTIONS(1495), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1497), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(304), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17918] = 2,
    ACTIONS(1499), 1,
      sym_line_number,
    ACTIONS(1501), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
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
  [17943] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(857), 1,
      anon_sym_RBRACK,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17980] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(838), 1,
      anon_sym_RBRACK,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18017] = 2,
    ACTIONS(310), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18042] = 2,
    ACTIONS(314), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(312), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18067] = 2,
    ACTIONS(318), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(316), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18092] = 2,
    ACTIONS(322), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(320), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18117] = 2,
    ACTIONS(294), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(292), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18142] = 2,
    ACTIONS(306), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18167] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1503), 1,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18204] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1505), 1,
      anon_sym_TO,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18241] = 2,
    ACTIONS(290), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(288), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18266] = 2,
    ACTIONS(298), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(296), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18291] = 4,
    ACTIONS(1493), 1,
      anon_sym_CARET,
    ACTIONS(306), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1497), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(304), 11,
      anon_sym_EQ,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18320] = 8,
    ACTIONS(306), 1,
      sym_rest_of_statement,
    ACTIONS(1493), 1,
      anon_sym_CARET,
    ACTIONS(1509), 1,
      anon_sym_AND,
    ACTIONS(304), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1495), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1511), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1497), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1507), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18357] = 8,
    ACTIONS(1493), 1,
      anon_sym_CARET,
    ACTIONS(1509), 1,
      anon_sym_AND,
    ACTIONS(1513), 1,
      sym_rest_of_statement,
    ACTIONS(1495), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1515), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1511), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1497), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1507), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18394] = 3,
    ACTIONS(1493), 1,
      anon_sym_CARET,
    ACTIONS(306), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 15,
      anon_sym_EQ,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18421] = 2,
    ACTIONS(326), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(324), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18446] = 2,
    ACTIONS(330), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(328), 16,
      anon_sym_EQ,
      anon_sym_CARET,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18471] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1517), 1,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18508] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1519), 1,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18545] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1521), 1,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18582] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1523), 1,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18619] = 8,
    ACTIONS(744), 1,
      anon_sym_CARET,
    ACTIONS(754), 1,
      anon_sym_AND,
    ACTIONS(1525), 1,
      anon_sym_RPAREN,
    ACTIONS(871), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(985), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(756), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(750), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(752), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18656] = 3,
    ACTIONS(1529), 1,
      anon_sym_LPAREN,
    STATE(410), 1,
      sym_argument_list,
    ACTIONS(1527), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
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
  [18683] = 7,
    ACTIONS(306), 1,
      sym_rest_of_statement,
    ACTIONS(1493), 1,
      anon_sym_CARET,
    ACTIONS(1495), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(304), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1511), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1497), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1507), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18718] = 6,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(1535), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(304), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1537), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1539), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1531), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18750] = 3,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(306), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(304), 15,
      anon_sym_EQ,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [18776] = 8,
    ACTIONS(324), 1,
      anon_sym_EQ,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(1543), 1,
      anon_sym_AND,
    ACTIONS(1535), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1541), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1537), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1539), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1531), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18812] = 8,
    ACTIONS(328), 1,
      anon_sym_EQ,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(1543), 1,
      anon_sym_AND,
    ACTIONS(1535), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1541), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1537), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1539), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1531), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18848] = 5,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(1535), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(306), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1539), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(304), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18878] = 4,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(306), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1539), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(304), 11,
      anon_sym_EQ,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18906] = 1,
    ACTIONS(1545), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
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
  [18928] = 7,
    ACTIONS(1533), 1,
      anon_sym_CARET,
    ACTIONS(1543), 1,
      anon_sym_AND,
    ACTIONS(304), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1535), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1537), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1539), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1531), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18962] = 1,
    ACTIONS(284), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
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
  [18983] = 1,
    ACTIONS(288), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
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
  [19004] = 1,
    ACTIONS(296), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
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
  [19025] = 1,
    ACTIONS(292), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
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
  [19046] = 1,
    ACTIONS(1527), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
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
  [19067] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1551), 1,
      anon_sym_SEMI,
    ACTIONS(1555), 1,
      sym_builtin_variable,
    ACTIONS(1557), 1,
      sym_identifier,
    STATE(446), 1,
      sym_array_element,
    STATE(473), 1,
      aux_sym_sys_call_repeat2,
    STATE(617), 1,
      sym_parenthesized_expression,
    STATE(475), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1547), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1553), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19107] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1557), 1,
      sym_identifier,
    ACTIONS(1561), 1,
      anon_sym_SEMI,
    ACTIONS(1563), 1,
      sym_builtin_variable,
    STATE(446), 1,
      sym_array_element,
    STATE(477), 1,
      aux_sym_sys_call_repeat2,
    STATE(617), 1,
      sym_parenthesized_expression,
    STATE(457), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1559), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1553), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19147] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1551), 1,
      anon_sym_SEMI,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1569), 1,
      sym_builtin_variable,
    ACTIONS(1571), 1,
      sym_identifier,
    STATE(466), 1,
      sym_array_element,
    STATE(497), 1,
      aux_sym_sys_call_repeat2,
    STATE(616), 1,
      sym_parenthesized_expression,
    ACTIONS(1547), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(516), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1567), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19186] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1561), 1,
      anon_sym_SEMI,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1571), 1,
      sym_identifier,
    ACTIONS(1573), 1,
      sym_builtin_variable,
    STATE(466), 1,
      sym_array_element,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    STATE(616), 1,
      sym_parenthesized_expression,
    ACTIONS(1559), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(509), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1567), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19225] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1557), 1,
      sym_identifier,
    ACTIONS(1577), 1,
      sym_builtin_variable,
    STATE(446), 1,
      sym_array_element,
    STATE(617), 1,
      sym_parenthesized_expression,
    STATE(489), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1553), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1575), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19258] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1571), 1,
      sym_identifier,
    ACTIONS(1577), 1,
      sym_builtin_variable,
    STATE(466), 1,
      sym_array_element,
    STATE(616), 1,
      sym_parenthesized_expression,
    STATE(489), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1567), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1575), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19290] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1583), 1,
      sym_builtin_variable,
    ACTIONS(1585), 1,
      sym_identifier,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(494), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1579), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19321] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1587), 1,
      anon_sym_RETURN,
    ACTIONS(1591), 1,
      sym_builtin_variable,
    ACTIONS(1593), 1,
      sym_identifier,
    STATE(536), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parameter,
    STATE(615), 1,
      sym_parenthesized_expression,
    STATE(605), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1589), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19353] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1587), 1,
      anon_sym_RETURN,
    ACTIONS(1591), 1,
      sym_builtin_variable,
    ACTIONS(1593), 1,
      sym_identifier,
    STATE(536), 1,
      sym_array_element,
    STATE(550), 1,
      sym_parameter,
    STATE(615), 1,
      sym_parenthesized_expression,
    STATE(605), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1589), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19385] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1583), 1,
      sym_builtin_variable,
    ACTIONS(1585), 1,
      sym_identifier,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    ACTIONS(1579), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(494), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19415] = 4,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(102), 1,
      sym_argument_list,
    ACTIONS(1597), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19437] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(222), 1,
      anon_sym_ERROR,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1599), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19466] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1601), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(562), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19492] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1605), 1,
      sym_builtin_variable,
    ACTIONS(1607), 1,
      sym_identifier,
    STATE(540), 1,
      sym_array_element,
    STATE(606), 1,
      sym_parenthesized_expression,
    STATE(626), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1603), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19518] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1609), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(542), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19544] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1611), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(563), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19570] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1613), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(545), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19596] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1615), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(560), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19622] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1593), 1,
      sym_identifier,
    ACTIONS(1617), 1,
      sym_builtin_variable,
    STATE(536), 1,
      sym_array_element,
    STATE(615), 1,
      sym_parenthesized_expression,
    STATE(602), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1589), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19648] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1619), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(594), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19674] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1621), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(596), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19700] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1623), 1,
      sym_builtin_variable,
    STATE(451), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(518), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19726] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1625), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(593), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19752] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1585), 1,
      sym_identifier,
    ACTIONS(1627), 1,
      sym_builtin_variable,
    STATE(460), 1,
      sym_array_element,
    STATE(600), 1,
      sym_parenthesized_expression,
    STATE(538), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1581), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19778] = 2,
    ACTIONS(1597), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19794] = 4,
    ACTIONS(1633), 1,
      anon_sym_COMMA,
    STATE(496), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1629), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1631), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19813] = 4,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    STATE(150), 1,
      sym_argument_list,
    ACTIONS(1635), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19831] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(1637), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19849] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(31), 1,
      sym_argument_list,
    ACTIONS(1639), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19866] = 4,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(102), 1,
      sym_argument_list,
    ACTIONS(1641), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19883] = 5,
    ACTIONS(577), 1,
      anon_sym_RBRACK,
    ACTIONS(589), 1,
      sym__newline,
    STATE(448), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1643), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(136), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19901] = 2,
    ACTIONS(1637), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19913] = 5,
    ACTIONS(1648), 1,
      anon_sym_RBRACK,
    ACTIONS(1650), 1,
      sym__newline,
    STATE(447), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1645), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(145), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19931] = 5,
    ACTIONS(589), 1,
      sym__newline,
    ACTIONS(593), 1,
      anon_sym_RBRACK,
    STATE(447), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1653), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(138), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19949] = 5,
    ACTIONS(589), 1,
      sym__newline,
    ACTIONS(591), 1,
      anon_sym_RBRACK,
    STATE(450), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1655), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(134), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19967] = 5,
    ACTIONS(577), 1,
      anon_sym_RBRACK,
    ACTIONS(589), 1,
      sym__newline,
    STATE(447), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1643), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(136), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19985] = 2,
    ACTIONS(1635), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19997] = 3,
    ACTIONS(1659), 1,
      anon_sym_COMMA,
    STATE(465), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1657), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20010] = 2,
    ACTIONS(1663), 1,
      anon_sym_BANG,
    ACTIONS(1661), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20021] = 3,
    ACTIONS(1667), 1,
      anon_sym_COMMA,
    STATE(454), 1,
      aux_sym_data_repeat1,
    ACTIONS(1665), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20034] = 3,
    ACTIONS(816), 1,
      anon_sym_COMMA,
    STATE(454), 1,
      aux_sym_data_repeat1,
    ACTIONS(1670), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20047] = 2,
    ACTIONS(1674), 1,
      anon_sym_BANG,
    ACTIONS(1672), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20058] = 4,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1678), 1,
      anon_sym_SEMI,
    STATE(468), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1676), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20073] = 2,
    ACTIONS(1682), 1,
      anon_sym_CARET,
    ACTIONS(1680), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20084] = 2,
    ACTIONS(1686), 1,
      anon_sym_BANG,
    ACTIONS(1684), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20095] = 2,
    ACTIONS(1641), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20106] = 3,
    ACTIONS(1690), 1,
      anon_sym_COMMA,
    ACTIONS(1692), 1,
      anon_sym_BANG,
    ACTIONS(1688), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20119] = 4,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1696), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1694), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20134] = 2,
    ACTIONS(1700), 1,
      anon_sym_CARET,
    ACTIONS(1698), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20145] = 3,
    ACTIONS(1659), 1,
      anon_sym_COMMA,
    STATE(467), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1702), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20158] = 3,
    ACTIONS(1706), 1,
      anon_sym_COMMA,
    STATE(465), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1704), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20171] = 2,
    ACTIONS(1639), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1595), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20182] = 3,
    ACTIONS(1659), 1,
      anon_sym_COMMA,
    STATE(465), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1709), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20195] = 4,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1713), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1711), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20210] = 4,
    ACTIONS(1717), 1,
      anon_sym_EQ,
    ACTIONS(1719), 1,
      anon_sym_LPAREN,
    STATE(524), 1,
      sym_parameter_list,
    ACTIONS(1715), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20225] = 4,
    ACTIONS(826), 1,
      anon_sym_COMMA,
    ACTIONS(1723), 1,
      anon_sym_TO,
    STATE(472), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1721), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20240] = 2,
    ACTIONS(1727), 1,
      anon_sym_BANG,
    ACTIONS(1725), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20251] = 3,
    ACTIONS(1731), 1,
      anon_sym_COMMA,
    STATE(472), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1729), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [20264] = 4,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1736), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1734), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20279] = 3,
    ACTIONS(1659), 1,
      anon_sym_COMMA,
    STATE(452), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1738), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20292] = 4,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1742), 1,
      anon_sym_SEMI,
    STATE(462), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1740), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20307] = 2,
    ACTIONS(1746), 1,
      anon_sym_BANG,
    ACTIONS(1744), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20318] = 4,
    ACTIONS(1549), 1,
      anon_sym_COMMA,
    ACTIONS(1750), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1748), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20333] = 3,
    ACTIONS(1754), 1,
      anon_sym_COMMA,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1752), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20346] = 2,
    ACTIONS(1759), 1,
      anon_sym_BANG,
    ACTIONS(1757), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20357] = 4,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    STATE(150), 1,
      sym_argument_list,
    ACTIONS(1595), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1761), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20372] = 3,
    ACTIONS(842), 1,
      anon_sym_COMMA,
    ACTIONS(1763), 1,
      anon_sym_BANG,
    ACTIONS(840), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20385] = 2,
    ACTIONS(1767), 1,
      anon_sym_CARET,
    ACTIONS(1765), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20396] = 1,
    ACTIONS(1769), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20404] = 1,
    ACTIONS(1771), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20412] = 3,
    ACTIONS(1775), 1,
      anon_sym_COMMA,
    STATE(485), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1773), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20424] = 3,
    ACTIONS(1780), 1,
      anon_sym_COMMA,
    STATE(486), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1778), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20436] = 1,
    ACTIONS(1783), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20444] = 2,
    ACTIONS(847), 1,
      anon_sym_COMMA,
    ACTIONS(845), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20454] = 1,
    ACTIONS(1785), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20462] = 3,
    ACTIONS(1789), 1,
      anon_sym_COMMA,
    STATE(486), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1787), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20474] = 1,
    ACTIONS(845), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20482] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1696), 1,
      anon_sym_SEMI,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1694), 2,
      sym__newline,
      anon_sym_COLON,
  [20496] = 4,
    ACTIONS(865), 1,
      anon_sym_COMMA,
    ACTIONS(1791), 1,
      anon_sym_TO,
    STATE(506), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1721), 2,
      sym__newline,
      anon_sym_COLON,
  [20510] = 3,
    ACTIONS(1633), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1793), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20522] = 3,
    ACTIONS(1789), 1,
      anon_sym_COMMA,
    STATE(490), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1795), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20534] = 3,
    ACTIONS(1633), 1,
      anon_sym_COMMA,
    STATE(485), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1797), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20546] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1736), 1,
      anon_sym_SEMI,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1734), 2,
      sym__newline,
      anon_sym_COLON,
  [20560] = 3,
    ACTIONS(1799), 1,
      anon_sym_COMMA,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1752), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [20572] = 1,
    ACTIONS(1802), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20580] = 1,
    ACTIONS(1804), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20588] = 3,
    ACTIONS(1633), 1,
      anon_sym_COMMA,
    STATE(496), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1629), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20600] = 1,
    ACTIONS(1806), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20608] = 1,
    ACTIONS(1808), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20616] = 1,
    ACTIONS(1810), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20624] = 1,
    ACTIONS(1631), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20632] = 3,
    ACTIONS(1812), 1,
      anon_sym_COMMA,
    STATE(506), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1729), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [20644] = 1,
    ACTIONS(1815), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20652] = 3,
    ACTIONS(1719), 1,
      anon_sym_LPAREN,
    STATE(573), 1,
      sym_parameter_list,
    ACTIONS(1817), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20664] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1678), 1,
      anon_sym_SEMI,
    STATE(523), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1676), 2,
      sym__newline,
      anon_sym_COLON,
  [20678] = 1,
    ACTIONS(1819), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20686] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1750), 1,
      anon_sym_SEMI,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1748), 2,
      sym__newline,
      anon_sym_COLON,
  [20700] = 3,
    ACTIONS(1633), 1,
      anon_sym_COMMA,
    STATE(485), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1821), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20712] = 1,
    ACTIONS(1823), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20720] = 2,
    ACTIONS(861), 1,
      anon_sym_COMMA,
    ACTIONS(859), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20730] = 3,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(543), 1,
      sym_argument_list,
    ACTIONS(1825), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20742] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1742), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1740), 2,
      sym__newline,
      anon_sym_COLON,
  [20756] = 1,
    ACTIONS(1827), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20764] = 1,
    ACTIONS(1829), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20772] = 4,
    ACTIONS(569), 1,
      anon_sym_LPAREN,
    ACTIONS(1595), 1,
      anon_sym_EQ,
    STATE(150), 1,
      sym_argument_list,
    ACTIONS(1831), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20786] = 1,
    ACTIONS(1833), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20794] = 1,
    ACTIONS(1835), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20802] = 1,
    ACTIONS(1837), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20810] = 4,
    ACTIONS(1565), 1,
      anon_sym_COMMA,
    ACTIONS(1713), 1,
      anon_sym_SEMI,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1711), 2,
      sym__newline,
      anon_sym_COLON,
  [20824] = 2,
    ACTIONS(1841), 1,
      anon_sym_EQ,
    ACTIONS(1839), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20833] = 1,
    ACTIONS(1778), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20840] = 3,
    ACTIONS(1843), 1,
      anon_sym_COLON,
    STATE(530), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1845), 2,
      sym__newline,
      anon_sym_ELSE,
  [20851] = 2,
    ACTIONS(1849), 1,
      sym_rest_of_statement,
    ACTIONS(1847), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20860] = 1,
    ACTIONS(1648), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20867] = 1,
    ACTIONS(1851), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [20874] = 3,
    ACTIONS(1843), 1,
      anon_sym_COLON,
    STATE(531), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1853), 2,
      sym__newline,
      anon_sym_ELSE,
  [20885] = 3,
    ACTIONS(1855), 1,
      anon_sym_COLON,
    STATE(531), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1858), 2,
      sym__newline,
      anon_sym_ELSE,
  [20896] = 1,
    ACTIONS(1860), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20903] = 1,
    ACTIONS(1862), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [20910] = 1,
    ACTIONS(1864), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20917] = 1,
    ACTIONS(1866), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20924] = 2,
    ACTIONS(1595), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1761), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20933] = 4,
    ACTIONS(1868), 1,
      anon_sym_COMMA,
    ACTIONS(1870), 1,
      anon_sym_RBRACE,
    ACTIONS(1872), 1,
      anon_sym_DASH2,
    STATE(561), 1,
      aux_sym_register_list_repeat1,
  [20946] = 1,
    ACTIONS(1874), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20953] = 3,
    ACTIONS(1878), 1,
      anon_sym_RBRACE,
    STATE(595), 1,
      sym_register_range,
    ACTIONS(1876), 2,
      sym_register,
      sym_identifier,
  [20964] = 2,
    ACTIONS(1595), 1,
      anon_sym_EQ,
    ACTIONS(1831), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20972] = 1,
    ACTIONS(1880), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20978] = 1,
    ACTIONS(1882), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20984] = 1,
    ACTIONS(1884), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20990] = 1,
    ACTIONS(1886), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20996] = 1,
    ACTIONS(1888), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21002] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1890), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21012] = 3,
    ACTIONS(1892), 1,
      anon_sym_COMMA,
    ACTIONS(1895), 1,
      anon_sym_RBRACE,
    STATE(547), 1,
      aux_sym_register_list_repeat1,
  [21022] = 3,
    ACTIONS(1897), 1,
      anon_sym_COMMA,
    ACTIONS(1899), 1,
      anon_sym_RPAREN,
    STATE(590), 1,
      aux_sym_parameter_list_repeat1,
  [21032] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1901), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21042] = 3,
    ACTIONS(1897), 1,
      anon_sym_COMMA,
    ACTIONS(1903), 1,
      anon_sym_RPAREN,
    STATE(548), 1,
      aux_sym_parameter_list_repeat1,
  [21052] = 1,
    ACTIONS(1905), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21058] = 1,
    ACTIONS(1907), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21064] = 1,
    ACTIONS(1909), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21070] = 1,
    ACTIONS(1911), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21076] = 1,
    ACTIONS(1913), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21082] = 2,
    STATE(604), 1,
      sym_register_range,
    ACTIONS(1915), 2,
      sym_register,
      sym_identifier,
  [21090] = 1,
    ACTIONS(1917), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21096] = 1,
    ACTIONS(1858), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21102] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1919), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21112] = 1,
    ACTIONS(1921), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21118] = 3,
    ACTIONS(1868), 1,
      anon_sym_COMMA,
    ACTIONS(1923), 1,
      anon_sym_RBRACE,
    STATE(547), 1,
      aux_sym_register_list_repeat1,
  [21128] = 1,
    ACTIONS(1925), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21134] = 1,
    ACTIONS(1927), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21140] = 1,
    ACTIONS(1929), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21146] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1931), 1,
      sym__newline,
    STATE(570), 1,
      aux_sym__statements_repeat1,
  [21156] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1933), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21166] = 2,
    ACTIONS(1937), 1,
      anon_sym_ELSE,
    ACTIONS(1935), 2,
      sym__newline,
      anon_sym_COLON,
  [21174] = 3,
    ACTIONS(1858), 1,
      sym__newline,
    ACTIONS(1939), 1,
      anon_sym_COLON,
    STATE(568), 1,
      aux_sym__inline_statements_repeat1,
  [21184] = 3,
    ACTIONS(1853), 1,
      sym__newline,
    ACTIONS(1942), 1,
      anon_sym_COLON,
    STATE(568), 1,
      aux_sym__inline_statements_repeat1,
  [21194] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1944), 1,
      sym__newline,
    STATE(571), 1,
      aux_sym__statements_repeat1,
  [21204] = 3,
    ACTIONS(1946), 1,
      anon_sym_COLON,
    ACTIONS(1949), 1,
      sym__newline,
    STATE(571), 1,
      aux_sym__statements_repeat1,
  [21214] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1951), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21224] = 1,
    ACTIONS(1953), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21230] = 3,
    ACTIONS(1955), 1,
      sym_identifier,
    STATE(525), 1,
      sym_dim_item,
    STATE(535), 1,
      sym_array_element,
  [21240] = 3,
    ACTIONS(1957), 1,
      anon_sym_COMMA,
    ACTIONS(1960), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21250] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1962), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21260] = 2,
    ACTIONS(1964), 1,
      anon_sym_ELSE,
    ACTIONS(1935), 2,
      sym__newline,
      anon_sym_COLON,
  [21268] = 2,
    ACTIONS(1966), 1,
      sym_rest_of_statement,
    ACTIONS(1847), 2,
      sym__newline,
      anon_sym_COLON,
  [21276] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1968), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21286] = 3,
    ACTIONS(1955), 1,
      sym_identifier,
    STATE(495), 1,
      sym_dim_item,
    STATE(535), 1,
      sym_array_element,
  [21296] = 1,
    ACTIONS(1970), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21302] = 2,
    ACTIONS(1872), 1,
      anon_sym_DASH2,
    ACTIONS(1895), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21310] = 3,
    ACTIONS(1845), 1,
      sym__newline,
    ACTIONS(1942), 1,
      anon_sym_COLON,
    STATE(569), 1,
      aux_sym__inline_statements_repeat1,
  [21320] = 1,
    ACTIONS(1972), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21326] = 2,
    ACTIONS(1976), 1,
      anon_sym_ELSE,
    ACTIONS(1974), 2,
      sym__newline,
      anon_sym_COLON,
  [21334] = 1,
    ACTIONS(1978), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21340] = 3,
    ACTIONS(981), 1,
      anon_sym_COMMA,
    ACTIONS(1980), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_argument_list_repeat1,
  [21350] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1931), 1,
      sym__newline,
    STATE(571), 1,
      aux_sym__statements_repeat1,
  [21360] = 1,
    ACTIONS(1982), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21366] = 3,
    ACTIONS(1984), 1,
      anon_sym_COMMA,
    ACTIONS(1987), 1,
      anon_sym_RPAREN,
    STATE(590), 1,
      aux_sym_parameter_list_repeat1,
  [21376] = 2,
    ACTIONS(1989), 1,
      anon_sym_ELSE,
    ACTIONS(1974), 2,
      sym__newline,
      anon_sym_COLON,
  [21384] = 1,
    ACTIONS(1991), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21390] = 1,
    ACTIONS(1993), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21396] = 1,
    ACTIONS(1995), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21402] = 3,
    ACTIONS(1868), 1,
      anon_sym_COMMA,
    ACTIONS(1870), 1,
      anon_sym_RBRACE,
    STATE(561), 1,
      aux_sym_register_list_repeat1,
  [21412] = 1,
    ACTIONS(1997), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21418] = 1,
    ACTIONS(1999), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21424] = 1,
    ACTIONS(1635), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21429] = 2,
    ACTIONS(1071), 1,
      anon_sym_COMMA,
    ACTIONS(1073), 1,
      anon_sym_RBRACK,
  [21436] = 1,
    ACTIONS(1641), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21441] = 2,
    ACTIONS(2001), 1,
      sym_proc_name,
    ACTIONS(2003), 1,
      sym_fn_name,
  [21448] = 1,
    ACTIONS(2005), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21453] = 1,
    ACTIONS(2007), 2,
      sym_register,
      sym_identifier,
  [21458] = 1,
    ACTIONS(1895), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21463] = 1,
    ACTIONS(2009), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21468] = 1,
    ACTIONS(1831), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21473] = 1,
    ACTIONS(2011), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21478] = 1,
    ACTIONS(2013), 2,
      sym__newline,
      anon_sym_COLON,
  [21483] = 1,
    ACTIONS(1949), 2,
      sym__newline,
      anon_sym_COLON,
  [21488] = 2,
    ACTIONS(1235), 1,
      anon_sym_COMMA,
    ACTIONS(1237), 1,
      anon_sym_RBRACK,
  [21495] = 2,
    ACTIONS(1079), 1,
      anon_sym_COMMA,
    ACTIONS(1081), 1,
      anon_sym_RBRACK,
  [21502] = 2,
    ACTIONS(2015), 1,
      sym_identifier,
    STATE(414), 1,
      sym_array_element,
  [21509] = 1,
    ACTIONS(2017), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21514] = 1,
    ACTIONS(1597), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21519] = 1,
    ACTIONS(1761), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21524] = 1,
    ACTIONS(1639), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21529] = 1,
    ACTIONS(1637), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21534] = 1,
    ACTIONS(2019), 1,
      ts_builtin_sym_end,
  [21538] = 1,
    ACTIONS(1073), 1,
      anon_sym_RBRACK,
  [21542] = 1,
    ACTIONS(2021), 1,
      sym_shift_type,
  [21546] = 1,
    ACTIONS(2023), 1,
      sym__newline,
  [21550] = 1,
    ACTIONS(2025), 1,
      sym__newline,
  [21554] = 1,
    ACTIONS(2027), 1,
      sym_shift_type,
  [21558] = 1,
    ACTIONS(2029), 1,
      anon_sym_RBRACK,
  [21562] = 1,
    ACTIONS(2031), 1,
      sym_shift_type,
  [21566] = 1,
    ACTIONS(2033), 1,
      anon_sym_EQ,
  [21570] = 1,
    ACTIONS(2035), 1,
      sym_shift_type,
  [21574] = 1,
    ACTIONS(2037), 1,
      sym_shift_type,
  [21578] = 1,
    ACTIONS(2039), 1,
      anon_sym_BANG,
  [21582] = 1,
    ACTIONS(2041), 1,
      anon_sym_RBRACK,
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
  [SMALL_STATE(14)] = 968,
  [SMALL_STATE(15)] = 1090,
  [SMALL_STATE(16)] = 1210,
  [SMALL_STATE(17)] = 1329,
  [SMALL_STATE(18)] = 1448,
  [SMALL_STATE(19)] = 1567,
  [SMALL_STATE(20)] = 1686,
  [SMALL_STATE(21)] = 1805,
  [SMALL_STATE(22)] = 1922,
  [SMALL_STATE(23)] = 2041,
  [SMALL_STATE(24)] = 2155,
  [SMALL_STATE(25)] = 2271,
  [SMALL_STATE(26)] = 2385,
  [SMALL_STATE(27)] = 2498,
  [SMALL_STATE(28)] = 2611,
  [SMALL_STATE(29)] = 2724,
  [SMALL_STATE(30)] = 2790,
  [SMALL_STATE(31)] = 2854,
  [SMALL_STATE(32)] = 2914,
  [SMALL_STATE(33)] = 2974,
  [SMALL_STATE(34)] = 3034,
  [SMALL_STATE(35)] = 3094,
  [SMALL_STATE(36)] = 3152,
  [SMALL_STATE(37)] = 3222,
  [SMALL_STATE(38)] = 3282,
  [SMALL_STATE(39)] = 3340,
  [SMALL_STATE(40)] = 3400,
  [SMALL_STATE(41)] = 3458,
  [SMALL_STATE(42)] = 3516,
  [SMALL_STATE(43)] = 3574,
  [SMALL_STATE(44)] = 3640,
  [SMALL_STATE(45)] = 3698,
  [SMALL_STATE(46)] = 3756,
  [SMALL_STATE(47)] = 3822,
  [SMALL_STATE(48)] = 3894,
  [SMALL_STATE(49)] = 3952,
  [SMALL_STATE(50)] = 4016,
  [SMALL_STATE(51)] = 4127,
  [SMALL_STATE(52)] = 4238,
  [SMALL_STATE(53)] = 4286,
  [SMALL_STATE(54)] = 4336,
  [SMALL_STATE(55)] = 4385,
  [SMALL_STATE(56)] = 4432,
  [SMALL_STATE(57)] = 4476,
  [SMALL_STATE(58)] = 4518,
  [SMALL_STATE(59)] = 4574,
  [SMALL_STATE(60)] = 4622,
  [SMALL_STATE(61)] = 4664,
  [SMALL_STATE(62)] = 4710,
  [SMALL_STATE(63)] = 4764,
  [SMALL_STATE(64)] = 4816,
  [SMALL_STATE(65)] = 4860,
  [SMALL_STATE(66)] = 4902,
  [SMALL_STATE(67)] = 4944,
  [SMALL_STATE(68)] = 4986,
  [SMALL_STATE(69)] = 5028,
  [SMALL_STATE(70)] = 5070,
  [SMALL_STATE(71)] = 5112,
  [SMALL_STATE(72)] = 5154,
  [SMALL_STATE(73)] = 5196,
  [SMALL_STATE(74)] = 5238,
  [SMALL_STATE(75)] = 5280,
  [SMALL_STATE(76)] = 5361,
  [SMALL_STATE(77)] = 5402,
  [SMALL_STATE(78)] = 5443,
  [SMALL_STATE(79)] = 5484,
  [SMALL_STATE(80)] = 5531,
  [SMALL_STATE(81)] = 5576,
  [SMALL_STATE(82)] = 5629,
  [SMALL_STATE(83)] = 5680,
  [SMALL_STATE(84)] = 5723,
  [SMALL_STATE(85)] = 5766,
  [SMALL_STATE(86)] = 5807,
  [SMALL_STATE(87)] = 5848,
  [SMALL_STATE(88)] = 5889,
  [SMALL_STATE(89)] = 5930,
  [SMALL_STATE(90)] = 5971,
  [SMALL_STATE(91)] = 6012,
  [SMALL_STATE(92)] = 6067,
  [SMALL_STATE(93)] = 6108,
  [SMALL_STATE(94)] = 6189,
  [SMALL_STATE(95)] = 6230,
  [SMALL_STATE(96)] = 6271,
  [SMALL_STATE(97)] = 6312,
  [SMALL_STATE(98)] = 6353,
  [SMALL_STATE(99)] = 6394,
  [SMALL_STATE(100)] = 6466,
  [SMALL_STATE(101)] = 6512,
  [SMALL_STATE(102)] = 6573,
  [SMALL_STATE(103)] = 6611,
  [SMALL_STATE(104)] = 6649,
  [SMALL_STATE(105)] = 6689,
  [SMALL_STATE(106)] = 6727,
  [SMALL_STATE(107)] = 6765,
  [SMALL_STATE(108)] = 6807,
  [SMALL_STATE(109)] = 6847,
  [SMALL_STATE(110)] = 6885,
  [SMALL_STATE(111)] = 6922,
  [SMALL_STATE(112)] = 6959,
  [SMALL_STATE(113)] = 6996,
  [SMALL_STATE(114)] = 7033,
  [SMALL_STATE(115)] = 7070,
  [SMALL_STATE(116)] = 7107,
  [SMALL_STATE(117)] = 7144,
  [SMALL_STATE(118)] = 7181,
  [SMALL_STATE(119)] = 7218,
  [SMALL_STATE(120)] = 7255,
  [SMALL_STATE(121)] = 7292,
  [SMALL_STATE(122)] = 7328,
  [SMALL_STATE(123)] = 7366,
  [SMALL_STATE(124)] = 7402,
  [SMALL_STATE(125)] = 7444,
  [SMALL_STATE(126)] = 7488,
  [SMALL_STATE(127)] = 7524,
  [SMALL_STATE(128)] = 7572,
  [SMALL_STATE(129)] = 7608,
  [SMALL_STATE(130)] = 7644,
  [SMALL_STATE(131)] = 7686,
  [SMALL_STATE(132)] = 7732,
  [SMALL_STATE(133)] = 7768,
  [SMALL_STATE(134)] = 7804,
  [SMALL_STATE(135)] = 7861,
  [SMALL_STATE(136)] = 7918,
  [SMALL_STATE(137)] = 7975,
  [SMALL_STATE(138)] = 8034,
  [SMALL_STATE(139)] = 8091,
  [SMALL_STATE(140)] = 8148,
  [SMALL_STATE(141)] = 8207,
  [SMALL_STATE(142)] = 8266,
  [SMALL_STATE(143)] = 8300,
  [SMALL_STATE(144)] = 8334,
  [SMALL_STATE(145)] = 8368,
  [SMALL_STATE(146)] = 8422,
  [SMALL_STATE(147)] = 8460,
  [SMALL_STATE(148)] = 8496,
  [SMALL_STATE(149)] = 8530,
  [SMALL_STATE(150)] = 8586,
  [SMALL_STATE(151)] = 8620,
  [SMALL_STATE(152)] = 8676,
  [SMALL_STATE(153)] = 8732,
  [SMALL_STATE(154)] = 8787,
  [SMALL_STATE(155)] = 8842,
  [SMALL_STATE(156)] = 8897,
  [SMALL_STATE(157)] = 8936,
  [SMALL_STATE(158)] = 8991,
  [SMALL_STATE(159)] = 9023,
  [SMALL_STATE(160)] = 9055,
  [SMALL_STATE(161)] = 9087,
  [SMALL_STATE(162)] = 9127,
  [SMALL_STATE(163)] = 9165,
  [SMALL_STATE(164)] = 9209,
  [SMALL_STATE(165)] = 9251,
  [SMALL_STATE(166)] = 9285,
  [SMALL_STATE(167)] = 9317,
  [SMALL_STATE(168)] = 9349,
  [SMALL_STATE(169)] = 9381,
  [SMALL_STATE(170)] = 9413,
  [SMALL_STATE(171)] = 9459,
  [SMALL_STATE(172)] = 9505,
  [SMALL_STATE(173)] = 9536,
  [SMALL_STATE(174)] = 9567,
  [SMALL_STATE(175)] = 9598,
  [SMALL_STATE(176)] = 9629,
  [SMALL_STATE(177)] = 9660,
  [SMALL_STATE(178)] = 9691,
  [SMALL_STATE(179)] = 9722,
  [SMALL_STATE(180)] = 9777,
  [SMALL_STATE(181)] = 9832,
  [SMALL_STATE(182)] = 9887,
  [SMALL_STATE(183)] = 9942,
  [SMALL_STATE(184)] = 9993,
  [SMALL_STATE(185)] = 10024,
  [SMALL_STATE(186)] = 10055,
  [SMALL_STATE(187)] = 10086,
  [SMALL_STATE(188)] = 10132,
  [SMALL_STATE(189)] = 10174,
  [SMALL_STATE(190)] = 10222,
  [SMALL_STATE(191)] = 10272,
  [SMALL_STATE(192)] = 10313,
  [SMALL_STATE(193)] = 10354,
  [SMALL_STATE(194)] = 10389,
  [SMALL_STATE(195)] = 10430,
  [SMALL_STATE(196)] = 10471,
  [SMALL_STATE(197)] = 10512,
  [SMALL_STATE(198)] = 10555,
  [SMALL_STATE(199)] = 10598,
  [SMALL_STATE(200)] = 10649,
  [SMALL_STATE(201)] = 10690,
  [SMALL_STATE(202)] = 10733,
  [SMALL_STATE(203)] = 10780,
  [SMALL_STATE(204)] = 10821,
  [SMALL_STATE(205)] = 10861,
  [SMALL_STATE(206)] = 10901,
  [SMALL_STATE(207)] = 10941,
  [SMALL_STATE(208)] = 10983,
  [SMALL_STATE(209)] = 11023,
  [SMALL_STATE(210)] = 11063,
  [SMALL_STATE(211)] = 11111,
  [SMALL_STATE(212)] = 11151,
  [SMALL_STATE(213)] = 11193,
  [SMALL_STATE(214)] = 11233,
  [SMALL_STATE(215)] = 11273,
  [SMALL_STATE(216)] = 11315,
  [SMALL_STATE(217)] = 11363,
  [SMALL_STATE(218)] = 11403,
  [SMALL_STATE(219)] = 11437,
  [SMALL_STATE(220)] = 11485,
  [SMALL_STATE(221)] = 11533,
  [SMALL_STATE(222)] = 11581,
  [SMALL_STATE(223)] = 11629,
  [SMALL_STATE(224)] = 11677,
  [SMALL_STATE(225)] = 11722,
  [SMALL_STATE(226)] = 11767,
  [SMALL_STATE(227)] = 11794,
  [SMALL_STATE(228)] = 11833,
  [SMALL_STATE(229)] = 11862,
  [SMALL_STATE(230)] = 11907,
  [SMALL_STATE(231)] = 11946,
  [SMALL_STATE(232)] = 11985,
  [SMALL_STATE(233)] = 12030,
  [SMALL_STATE(234)] = 12073,
  [SMALL_STATE(235)] = 12118,
  [SMALL_STATE(236)] = 12163,
  [SMALL_STATE(237)] = 12208,
  [SMALL_STATE(238)] = 12239,
  [SMALL_STATE(239)] = 12282,
  [SMALL_STATE(240)] = 12321,
  [SMALL_STATE(241)] = 12366,
  [SMALL_STATE(242)] = 12393,
  [SMALL_STATE(243)] = 12432,
  [SMALL_STATE(244)] = 12477,
  [SMALL_STATE(245)] = 12520,
  [SMALL_STATE(246)] = 12559,
  [SMALL_STATE(247)] = 12598,
  [SMALL_STATE(248)] = 12641,
  [SMALL_STATE(249)] = 12668,
  [SMALL_STATE(250)] = 12713,
  [SMALL_STATE(251)] = 12756,
  [SMALL_STATE(252)] = 12795,
  [SMALL_STATE(253)] = 12840,
  [SMALL_STATE(254)] = 12883,
  [SMALL_STATE(255)] = 12910,
  [SMALL_STATE(256)] = 12955,
  [SMALL_STATE(257)] = 12998,
  [SMALL_STATE(258)] = 13043,
  [SMALL_STATE(259)] = 13086,
  [SMALL_STATE(260)] = 13113,
  [SMALL_STATE(261)] = 13155,
  [SMALL_STATE(262)] = 13197,
  [SMALL_STATE(263)] = 13237,
  [SMALL_STATE(264)] = 13279,
  [SMALL_STATE(265)] = 13319,
  [SMALL_STATE(266)] = 13361,
  [SMALL_STATE(267)] = 13403,
  [SMALL_STATE(268)] = 13445,
  [SMALL_STATE(269)] = 13487,
  [SMALL_STATE(270)] = 13529,
  [SMALL_STATE(271)] = 13571,
  [SMALL_STATE(272)] = 13613,
  [SMALL_STATE(273)] = 13655,
  [SMALL_STATE(274)] = 13697,
  [SMALL_STATE(275)] = 13739,
  [SMALL_STATE(276)] = 13781,
  [SMALL_STATE(277)] = 13823,
  [SMALL_STATE(278)] = 13865,
  [SMALL_STATE(279)] = 13907,
  [SMALL_STATE(280)] = 13949,
  [SMALL_STATE(281)] = 13991,
  [SMALL_STATE(282)] = 14033,
  [SMALL_STATE(283)] = 14063,
  [SMALL_STATE(284)] = 14105,
  [SMALL_STATE(285)] = 14147,
  [SMALL_STATE(286)] = 14189,
  [SMALL_STATE(287)] = 14231,
  [SMALL_STATE(288)] = 14273,
  [SMALL_STATE(289)] = 14315,
  [SMALL_STATE(290)] = 14357,
  [SMALL_STATE(291)] = 14399,
  [SMALL_STATE(292)] = 14441,
  [SMALL_STATE(293)] = 14483,
  [SMALL_STATE(294)] = 14525,
  [SMALL_STATE(295)] = 14567,
  [SMALL_STATE(296)] = 14609,
  [SMALL_STATE(297)] = 14651,
  [SMALL_STATE(298)] = 14693,
  [SMALL_STATE(299)] = 14735,
  [SMALL_STATE(300)] = 14777,
  [SMALL_STATE(301)] = 14819,
  [SMALL_STATE(302)] = 14861,
  [SMALL_STATE(303)] = 14901,
  [SMALL_STATE(304)] = 14943,
  [SMALL_STATE(305)] = 14985,
  [SMALL_STATE(306)] = 15027,
  [SMALL_STATE(307)] = 15065,
  [SMALL_STATE(308)] = 15107,
  [SMALL_STATE(309)] = 15145,
  [SMALL_STATE(310)] = 15187,
  [SMALL_STATE(311)] = 15229,
  [SMALL_STATE(312)] = 15271,
  [SMALL_STATE(313)] = 15313,
  [SMALL_STATE(314)] = 15355,
  [SMALL_STATE(315)] = 15397,
  [SMALL_STATE(316)] = 15439,
  [SMALL_STATE(317)] = 15481,
  [SMALL_STATE(318)] = 15523,
  [SMALL_STATE(319)] = 15565,
  [SMALL_STATE(320)] = 15607,
  [SMALL_STATE(321)] = 15649,
  [SMALL_STATE(322)] = 15691,
  [SMALL_STATE(323)] = 15733,
  [SMALL_STATE(324)] = 15775,
  [SMALL_STATE(325)] = 15817,
  [SMALL_STATE(326)] = 15859,
  [SMALL_STATE(327)] = 15901,
  [SMALL_STATE(328)] = 15943,
  [SMALL_STATE(329)] = 15985,
  [SMALL_STATE(330)] = 16027,
  [SMALL_STATE(331)] = 16069,
  [SMALL_STATE(332)] = 16111,
  [SMALL_STATE(333)] = 16153,
  [SMALL_STATE(334)] = 16195,
  [SMALL_STATE(335)] = 16237,
  [SMALL_STATE(336)] = 16279,
  [SMALL_STATE(337)] = 16321,
  [SMALL_STATE(338)] = 16363,
  [SMALL_STATE(339)] = 16405,
  [SMALL_STATE(340)] = 16447,
  [SMALL_STATE(341)] = 16489,
  [SMALL_STATE(342)] = 16531,
  [SMALL_STATE(343)] = 16573,
  [SMALL_STATE(344)] = 16615,
  [SMALL_STATE(345)] = 16657,
  [SMALL_STATE(346)] = 16699,
  [SMALL_STATE(347)] = 16741,
  [SMALL_STATE(348)] = 16783,
  [SMALL_STATE(349)] = 16825,
  [SMALL_STATE(350)] = 16867,
  [SMALL_STATE(351)] = 16909,
  [SMALL_STATE(352)] = 16951,
  [SMALL_STATE(353)] = 16993,
  [SMALL_STATE(354)] = 17031,
  [SMALL_STATE(355)] = 17073,
  [SMALL_STATE(356)] = 17115,
  [SMALL_STATE(357)] = 17157,
  [SMALL_STATE(358)] = 17199,
  [SMALL_STATE(359)] = 17241,
  [SMALL_STATE(360)] = 17283,
  [SMALL_STATE(361)] = 17325,
  [SMALL_STATE(362)] = 17367,
  [SMALL_STATE(363)] = 17409,
  [SMALL_STATE(364)] = 17451,
  [SMALL_STATE(365)] = 17493,
  [SMALL_STATE(366)] = 17535,
  [SMALL_STATE(367)] = 17577,
  [SMALL_STATE(368)] = 17619,
  [SMALL_STATE(369)] = 17661,
  [SMALL_STATE(370)] = 17691,
  [SMALL_STATE(371)] = 17719,
  [SMALL_STATE(372)] = 17761,
  [SMALL_STATE(373)] = 17803,
  [SMALL_STATE(374)] = 17845,
  [SMALL_STATE(375)] = 17887,
  [SMALL_STATE(376)] = 17918,
  [SMALL_STATE(377)] = 17943,
  [SMALL_STATE(378)] = 17980,
  [SMALL_STATE(379)] = 18017,
  [SMALL_STATE(380)] = 18042,
  [SMALL_STATE(381)] = 18067,
  [SMALL_STATE(382)] = 18092,
  [SMALL_STATE(383)] = 18117,
  [SMALL_STATE(384)] = 18142,
  [SMALL_STATE(385)] = 18167,
  [SMALL_STATE(386)] = 18204,
  [SMALL_STATE(387)] = 18241,
  [SMALL_STATE(388)] = 18266,
  [SMALL_STATE(389)] = 18291,
  [SMALL_STATE(390)] = 18320,
  [SMALL_STATE(391)] = 18357,
  [SMALL_STATE(392)] = 18394,
  [SMALL_STATE(393)] = 18421,
  [SMALL_STATE(394)] = 18446,
  [SMALL_STATE(395)] = 18471,
  [SMALL_STATE(396)] = 18508,
  [SMALL_STATE(397)] = 18545,
  [SMALL_STATE(398)] = 18582,
  [SMALL_STATE(399)] = 18619,
  [SMALL_STATE(400)] = 18656,
  [SMALL_STATE(401)] = 18683,
  [SMALL_STATE(402)] = 18718,
  [SMALL_STATE(403)] = 18750,
  [SMALL_STATE(404)] = 18776,
  [SMALL_STATE(405)] = 18812,
  [SMALL_STATE(406)] = 18848,
  [SMALL_STATE(407)] = 18878,
  [SMALL_STATE(408)] = 18906,
  [SMALL_STATE(409)] = 18928,
  [SMALL_STATE(410)] = 18962,
  [SMALL_STATE(411)] = 18983,
  [SMALL_STATE(412)] = 19004,
  [SMALL_STATE(413)] = 19025,
  [SMALL_STATE(414)] = 19046,
  [SMALL_STATE(415)] = 19067,
  [SMALL_STATE(416)] = 19107,
  [SMALL_STATE(417)] = 19147,
  [SMALL_STATE(418)] = 19186,
  [SMALL_STATE(419)] = 19225,
  [SMALL_STATE(420)] = 19258,
  [SMALL_STATE(421)] = 19290,
  [SMALL_STATE(422)] = 19321,
  [SMALL_STATE(423)] = 19353,
  [SMALL_STATE(424)] = 19385,
  [SMALL_STATE(425)] = 19415,
  [SMALL_STATE(426)] = 19437,
  [SMALL_STATE(427)] = 19466,
  [SMALL_STATE(428)] = 19492,
  [SMALL_STATE(429)] = 19518,
  [SMALL_STATE(430)] = 19544,
  [SMALL_STATE(431)] = 19570,
  [SMALL_STATE(432)] = 19596,
  [SMALL_STATE(433)] = 19622,
  [SMALL_STATE(434)] = 19648,
  [SMALL_STATE(435)] = 19674,
  [SMALL_STATE(436)] = 19700,
  [SMALL_STATE(437)] = 19726,
  [SMALL_STATE(438)] = 19752,
  [SMALL_STATE(439)] = 19778,
  [SMALL_STATE(440)] = 19794,
  [SMALL_STATE(441)] = 19813,
  [SMALL_STATE(442)] = 19831,
  [SMALL_STATE(443)] = 19849,
  [SMALL_STATE(444)] = 19866,
  [SMALL_STATE(445)] = 19883,
  [SMALL_STATE(446)] = 19901,
  [SMALL_STATE(447)] = 19913,
  [SMALL_STATE(448)] = 19931,
  [SMALL_STATE(449)] = 19949,
  [SMALL_STATE(450)] = 19967,
  [SMALL_STATE(451)] = 19985,
  [SMALL_STATE(452)] = 19997,
  [SMALL_STATE(453)] = 20010,
  [SMALL_STATE(454)] = 20021,
  [SMALL_STATE(455)] = 20034,
  [SMALL_STATE(456)] = 20047,
  [SMALL_STATE(457)] = 20058,
  [SMALL_STATE(458)] = 20073,
  [SMALL_STATE(459)] = 20084,
  [SMALL_STATE(460)] = 20095,
  [SMALL_STATE(461)] = 20106,
  [SMALL_STATE(462)] = 20119,
  [SMALL_STATE(463)] = 20134,
  [SMALL_STATE(464)] = 20145,
  [SMALL_STATE(465)] = 20158,
  [SMALL_STATE(466)] = 20171,
  [SMALL_STATE(467)] = 20182,
  [SMALL_STATE(468)] = 20195,
  [SMALL_STATE(469)] = 20210,
  [SMALL_STATE(470)] = 20225,
  [SMALL_STATE(471)] = 20240,
  [SMALL_STATE(472)] = 20251,
  [SMALL_STATE(473)] = 20264,
  [SMALL_STATE(474)] = 20279,
  [SMALL_STATE(475)] = 20292,
  [SMALL_STATE(476)] = 20307,
  [SMALL_STATE(477)] = 20318,
  [SMALL_STATE(478)] = 20333,
  [SMALL_STATE(479)] = 20346,
  [SMALL_STATE(480)] = 20357,
  [SMALL_STATE(481)] = 20372,
  [SMALL_STATE(482)] = 20385,
  [SMALL_STATE(483)] = 20396,
  [SMALL_STATE(484)] = 20404,
  [SMALL_STATE(485)] = 20412,
  [SMALL_STATE(486)] = 20424,
  [SMALL_STATE(487)] = 20436,
  [SMALL_STATE(488)] = 20444,
  [SMALL_STATE(489)] = 20454,
  [SMALL_STATE(490)] = 20462,
  [SMALL_STATE(491)] = 20474,
  [SMALL_STATE(492)] = 20482,
  [SMALL_STATE(493)] = 20496,
  [SMALL_STATE(494)] = 20510,
  [SMALL_STATE(495)] = 20522,
  [SMALL_STATE(496)] = 20534,
  [SMALL_STATE(497)] = 20546,
  [SMALL_STATE(498)] = 20560,
  [SMALL_STATE(499)] = 20572,
  [SMALL_STATE(500)] = 20580,
  [SMALL_STATE(501)] = 20588,
  [SMALL_STATE(502)] = 20600,
  [SMALL_STATE(503)] = 20608,
  [SMALL_STATE(504)] = 20616,
  [SMALL_STATE(505)] = 20624,
  [SMALL_STATE(506)] = 20632,
  [SMALL_STATE(507)] = 20644,
  [SMALL_STATE(508)] = 20652,
  [SMALL_STATE(509)] = 20664,
  [SMALL_STATE(510)] = 20678,
  [SMALL_STATE(511)] = 20686,
  [SMALL_STATE(512)] = 20700,
  [SMALL_STATE(513)] = 20712,
  [SMALL_STATE(514)] = 20720,
  [SMALL_STATE(515)] = 20730,
  [SMALL_STATE(516)] = 20742,
  [SMALL_STATE(517)] = 20756,
  [SMALL_STATE(518)] = 20764,
  [SMALL_STATE(519)] = 20772,
  [SMALL_STATE(520)] = 20786,
  [SMALL_STATE(521)] = 20794,
  [SMALL_STATE(522)] = 20802,
  [SMALL_STATE(523)] = 20810,
  [SMALL_STATE(524)] = 20824,
  [SMALL_STATE(525)] = 20833,
  [SMALL_STATE(526)] = 20840,
  [SMALL_STATE(527)] = 20851,
  [SMALL_STATE(528)] = 20860,
  [SMALL_STATE(529)] = 20867,
  [SMALL_STATE(530)] = 20874,
  [SMALL_STATE(531)] = 20885,
  [SMALL_STATE(532)] = 20896,
  [SMALL_STATE(533)] = 20903,
  [SMALL_STATE(534)] = 20910,
  [SMALL_STATE(535)] = 20917,
  [SMALL_STATE(536)] = 20924,
  [SMALL_STATE(537)] = 20933,
  [SMALL_STATE(538)] = 20946,
  [SMALL_STATE(539)] = 20953,
  [SMALL_STATE(540)] = 20964,
  [SMALL_STATE(541)] = 20972,
  [SMALL_STATE(542)] = 20978,
  [SMALL_STATE(543)] = 20984,
  [SMALL_STATE(544)] = 20990,
  [SMALL_STATE(545)] = 20996,
  [SMALL_STATE(546)] = 21002,
  [SMALL_STATE(547)] = 21012,
  [SMALL_STATE(548)] = 21022,
  [SMALL_STATE(549)] = 21032,
  [SMALL_STATE(550)] = 21042,
  [SMALL_STATE(551)] = 21052,
  [SMALL_STATE(552)] = 21058,
  [SMALL_STATE(553)] = 21064,
  [SMALL_STATE(554)] = 21070,
  [SMALL_STATE(555)] = 21076,
  [SMALL_STATE(556)] = 21082,
  [SMALL_STATE(557)] = 21090,
  [SMALL_STATE(558)] = 21096,
  [SMALL_STATE(559)] = 21102,
  [SMALL_STATE(560)] = 21112,
  [SMALL_STATE(561)] = 21118,
  [SMALL_STATE(562)] = 21128,
  [SMALL_STATE(563)] = 21134,
  [SMALL_STATE(564)] = 21140,
  [SMALL_STATE(565)] = 21146,
  [SMALL_STATE(566)] = 21156,
  [SMALL_STATE(567)] = 21166,
  [SMALL_STATE(568)] = 21174,
  [SMALL_STATE(569)] = 21184,
  [SMALL_STATE(570)] = 21194,
  [SMALL_STATE(571)] = 21204,
  [SMALL_STATE(572)] = 21214,
  [SMALL_STATE(573)] = 21224,
  [SMALL_STATE(574)] = 21230,
  [SMALL_STATE(575)] = 21240,
  [SMALL_STATE(576)] = 21250,
  [SMALL_STATE(577)] = 21260,
  [SMALL_STATE(578)] = 21268,
  [SMALL_STATE(579)] = 21276,
  [SMALL_STATE(580)] = 21286,
  [SMALL_STATE(581)] = 21296,
  [SMALL_STATE(582)] = 21302,
  [SMALL_STATE(583)] = 21310,
  [SMALL_STATE(584)] = 21320,
  [SMALL_STATE(585)] = 21326,
  [SMALL_STATE(586)] = 21334,
  [SMALL_STATE(587)] = 21340,
  [SMALL_STATE(588)] = 21350,
  [SMALL_STATE(589)] = 21360,
  [SMALL_STATE(590)] = 21366,
  [SMALL_STATE(591)] = 21376,
  [SMALL_STATE(592)] = 21384,
  [SMALL_STATE(593)] = 21390,
  [SMALL_STATE(594)] = 21396,
  [SMALL_STATE(595)] = 21402,
  [SMALL_STATE(596)] = 21412,
  [SMALL_STATE(597)] = 21418,
  [SMALL_STATE(598)] = 21424,
  [SMALL_STATE(599)] = 21429,
  [SMALL_STATE(600)] = 21436,
  [SMALL_STATE(601)] = 21441,
  [SMALL_STATE(602)] = 21448,
  [SMALL_STATE(603)] = 21453,
  [SMALL_STATE(604)] = 21458,
  [SMALL_STATE(605)] = 21463,
  [SMALL_STATE(606)] = 21468,
  [SMALL_STATE(607)] = 21473,
  [SMALL_STATE(608)] = 21478,
  [SMALL_STATE(609)] = 21483,
  [SMALL_STATE(610)] = 21488,
  [SMALL_STATE(611)] = 21495,
  [SMALL_STATE(612)] = 21502,
  [SMALL_STATE(613)] = 21509,
  [SMALL_STATE(614)] = 21514,
  [SMALL_STATE(615)] = 21519,
  [SMALL_STATE(616)] = 21524,
  [SMALL_STATE(617)] = 21529,
  [SMALL_STATE(618)] = 21534,
  [SMALL_STATE(619)] = 21538,
  [SMALL_STATE(620)] = 21542,
  [SMALL_STATE(621)] = 21546,
  [SMALL_STATE(622)] = 21550,
  [SMALL_STATE(623)] = 21554,
  [SMALL_STATE(624)] = 21558,
  [SMALL_STATE(625)] = 21562,
  [SMALL_STATE(626)] = 21566,
  [SMALL_STATE(627)] = 21570,
  [SMALL_STATE(628)] = 21574,
  [SMALL_STATE(629)] = 21578,
  [SMALL_STATE(630)] = 21582,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(601),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(565),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(578),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(505),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(515),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(441),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(577),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(526),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(527),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(260),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(271),
  [101] = {.entry = {.count = 1, .reusable = false}}, SHIFT(275),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [117] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [120] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(436),
  [126] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(268),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(428),
  [132] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(424),
  [135] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(580),
  [138] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(426),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(601),
  [144] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(565),
  [147] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(305),
  [150] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [153] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(267),
  [156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(155),
  [159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [162] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(269),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(276),
  [168] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(234),
  [171] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(565),
  [174] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(578),
  [177] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(139),
  [180] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(277),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(278),
  [186] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(505),
  [189] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(515),
  [192] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(441),
  [195] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(5),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(609),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(609),
  [206] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [208] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [212] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [218] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [222] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(440),
  [228] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 47),
  [246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(583),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(558),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(581),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(581),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [268] = {.entry = {.count = 1, .reusable = false}}, SHIFT(608),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [274] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [282] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [286] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 51),
  [290] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 51),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [294] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 77),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 77),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [302] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [306] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [310] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [312] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [314] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [318] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [322] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [326] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 40),
  [330] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 40),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [338] = {.entry = {.count = 1, .reusable = false}}, SHIFT(481),
  [340] = {.entry = {.count = 1, .reusable = false}}, SHIFT(474),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(539),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [352] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(156),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [382] = {.entry = {.count = 1, .reusable = false}}, SHIFT(464),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(224),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [392] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(335),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [408] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [410] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [412] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [424] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [438] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [440] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [442] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [454] = {.entry = {.count = 1, .reusable = false}}, SHIFT(285),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [458] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [460] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [462] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 37),
  [464] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(502),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [474] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [476] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [478] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(111),
  [481] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(115),
  [484] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(113),
  [487] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(114),
  [490] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(117),
  [493] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(118),
  [496] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(119),
  [499] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(120),
  [502] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(116),
  [505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [507] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [511] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [513] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [517] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [521] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [523] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [525] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [527] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [529] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [533] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [535] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 34),
  [537] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 34),
  [539] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [541] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [543] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [545] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [549] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 33),
  [553] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 33),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [557] = {.entry = {.count = 1, .reusable = false}}, SHIFT(333),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [561] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [563] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [567] = {.entry = {.count = 1, .reusable = false}}, SHIFT(309),
  [569] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [573] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [575] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [577] = {.entry = {.count = 1, .reusable = true}}, SHIFT(584),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(532),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 108),
  [597] = {.entry = {.count = 1, .reusable = false}}, SHIFT(522),
  [599] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [607] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [609] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 72),
  [611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(504),
  [613] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 103),
  [615] = {.entry = {.count = 1, .reusable = false}}, SHIFT(517),
  [617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [627] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [629] = {.entry = {.count = 1, .reusable = false}}, SHIFT(58),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(53),
  [637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 11),
  [639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [641] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [643] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(152),
  [646] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(361),
  [649] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(352),
  [652] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(320),
  [655] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(223),
  [658] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(58),
  [661] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(52),
  [664] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(58),
  [667] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(53),
  [670] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(153),
  [673] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(347),
  [676] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(330),
  [679] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(372),
  [682] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(219),
  [685] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(91),
  [688] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(55),
  [691] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(91),
  [694] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(54),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [705] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [707] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [713] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [717] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(176),
  [720] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(174),
  [723] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(177),
  [726] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(178),
  [729] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(184),
  [732] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(185),
  [735] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(186),
  [738] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(173),
  [741] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(172),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [746] = {.entry = {.count = 1, .reusable = false}}, SHIFT(318),
  [748] = {.entry = {.count = 1, .reusable = false}}, SHIFT(321),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [756] = {.entry = {.count = 1, .reusable = false}}, SHIFT(316),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [760] = {.entry = {.count = 1, .reusable = false}}, SHIFT(599),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [768] = {.entry = {.count = 1, .reusable = false}}, SHIFT(345),
  [770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [772] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [774] = {.entry = {.count = 1, .reusable = false}}, SHIFT(262),
  [776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [778] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [780] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [782] = {.entry = {.count = 1, .reusable = false}}, SHIFT(488),
  [784] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [786] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [788] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [790] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [792] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [794] = {.entry = {.count = 1, .reusable = false}}, SHIFT(630),
  [796] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [798] = {.entry = {.count = 1, .reusable = false}}, SHIFT(378),
  [800] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(479),
  [804] = {.entry = {.count = 1, .reusable = false}}, SHIFT(624),
  [806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [808] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [810] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [812] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [814] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 38),
  [816] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [818] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 1, 0, 0),
  [822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [824] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [826] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [828] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [830] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [834] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [836] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 51),
  [838] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [840] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [842] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(628),
  [845] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 94),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(623),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [851] = {.entry = {.count = 1, .reusable = false}}, SHIFT(368),
  [853] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [859] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 100),
  [861] = {.entry = {.count = 1, .reusable = true}}, SHIFT(620),
  [863] = {.entry = {.count = 1, .reusable = true}}, SHIFT(417),
  [865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [867] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 45),
  [869] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [873] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [877] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 36),
  [879] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [881] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 78),
  [883] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [889] = {.entry = {.count = 1, .reusable = false}}, SHIFT(371),
  [891] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [893] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [895] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [899] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 54),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [905] = {.entry = {.count = 1, .reusable = false}}, SHIFT(372),
  [907] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [911] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [917] = {.entry = {.count = 1, .reusable = false}}, SHIFT(278),
  [919] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [921] = {.entry = {.count = 1, .reusable = false}}, SHIFT(380),
  [923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [927] = {.entry = {.count = 1, .reusable = false}}, SHIFT(193),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(373),
  [931] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [939] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [943] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [945] = {.entry = {.count = 1, .reusable = false}}, SHIFT(320),
  [947] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [951] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [953] = {.entry = {.count = 1, .reusable = false}}, SHIFT(247),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [957] = {.entry = {.count = 1, .reusable = false}}, SHIFT(514),
  [959] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [963] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [965] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [967] = {.entry = {.count = 1, .reusable = false}}, SHIFT(233),
  [969] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [971] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 96),
  [973] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 46),
  [975] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [977] = {.entry = {.count = 1, .reusable = false}}, SHIFT(391),
  [979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [981] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [989] = {.entry = {.count = 1, .reusable = false}}, SHIFT(610),
  [991] = {.entry = {.count = 1, .reusable = false}}, SHIFT(302),
  [993] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [997] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1003] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 41),
  [1005] = {.entry = {.count = 1, .reusable = false}}, SHIFT(611),
  [1007] = {.entry = {.count = 1, .reusable = false}}, SHIFT(264),
  [1009] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1011] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 42),
  [1013] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [1015] = {.entry = {.count = 1, .reusable = false}}, SHIFT(244),
  [1017] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1021] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [1023] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 61),
  [1025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [1029] = {.entry = {.count = 1, .reusable = false}}, SHIFT(250),
  [1031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [1035] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1039] = {.entry = {.count = 1, .reusable = false}}, SHIFT(253),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [1047] = {.entry = {.count = 1, .reusable = false}}, SHIFT(256),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1055] = {.entry = {.count = 1, .reusable = false}}, SHIFT(258),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1063] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1067] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [1071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(627),
  [1073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1075] = {.entry = {.count = 1, .reusable = false}}, SHIFT(230),
  [1077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [1079] = {.entry = {.count = 1, .reusable = true}}, SHIFT(625),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1083] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [1087] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1091] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [1093] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1095] = {.entry = {.count = 1, .reusable = false}}, SHIFT(251),
  [1097] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1099] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [1101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [1103] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [1105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [1109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1111] = {.entry = {.count = 1, .reusable = false}}, SHIFT(48),
  [1113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1115] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [1117] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1119] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1121] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1123] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [1125] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1127] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [1129] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1131] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [1133] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1135] = {.entry = {.count = 1, .reusable = false}}, SHIFT(385),
  [1137] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [1139] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [1141] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [1143] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [1145] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1147] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [1149] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [1151] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(282),
  [1154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [1156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(376),
  [1159] = {.entry = {.count = 1, .reusable = false}}, SHIFT(187),
  [1161] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [1163] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [1165] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1167] = {.entry = {.count = 1, .reusable = false}}, SHIFT(79),
  [1169] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [1171] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [1173] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1175] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [1177] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1179] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [1181] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1183] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [1185] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1187] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [1189] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1191] = {.entry = {.count = 1, .reusable = false}}, SHIFT(207),
  [1193] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1195] = {.entry = {.count = 1, .reusable = false}}, SHIFT(375),
  [1197] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1199] = {.entry = {.count = 1, .reusable = false}}, SHIFT(384),
  [1201] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [1203] = {.entry = {.count = 1, .reusable = false}}, SHIFT(389),
  [1205] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [1207] = {.entry = {.count = 1, .reusable = false}}, SHIFT(390),
  [1209] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1211] = {.entry = {.count = 1, .reusable = false}}, SHIFT(401),
  [1213] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1215] = {.entry = {.count = 1, .reusable = false}}, SHIFT(392),
  [1217] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1219] = {.entry = {.count = 1, .reusable = false}}, SHIFT(246),
  [1221] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [1223] = {.entry = {.count = 1, .reusable = false}}, SHIFT(239),
  [1225] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [1227] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [1229] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [1231] = {.entry = {.count = 1, .reusable = false}}, SHIFT(242),
  [1233] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1237] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [1239] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [1241] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1243] = {.entry = {.count = 1, .reusable = false}}, SHIFT(353),
  [1245] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [1247] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1249] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1251] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [1253] = {.entry = {.count = 1, .reusable = true}}, SHIFT(215),
  [1255] = {.entry = {.count = 1, .reusable = false}}, SHIFT(125),
  [1257] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1259] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [1261] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1263] = {.entry = {.count = 1, .reusable = false}}, SHIFT(133),
  [1265] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [1267] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [1269] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1271] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [1273] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [1275] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [1277] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1279] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [1281] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [1283] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1285] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1287] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [1289] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1291] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1293] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1295] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1297] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1299] = {.entry = {.count = 1, .reusable = false}}, SHIFT(399),
  [1301] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [1303] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1305] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1307] = {.entry = {.count = 1, .reusable = false}}, SHIFT(406),
  [1309] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [1311] = {.entry = {.count = 1, .reusable = false}}, SHIFT(407),
  [1313] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [1315] = {.entry = {.count = 1, .reusable = false}}, SHIFT(409),
  [1317] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [1319] = {.entry = {.count = 1, .reusable = false}}, SHIFT(402),
  [1321] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1323] = {.entry = {.count = 1, .reusable = false}}, SHIFT(403),
  [1325] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [1327] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [1329] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1331] = {.entry = {.count = 1, .reusable = false}}, SHIFT(404),
  [1333] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1335] = {.entry = {.count = 1, .reusable = false}}, SHIFT(85),
  [1337] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [1339] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [1341] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1343] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [1345] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1347] = {.entry = {.count = 1, .reusable = false}}, SHIFT(122),
  [1349] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1351] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [1353] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [1355] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [1357] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1359] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [1361] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [1363] = {.entry = {.count = 1, .reusable = false}}, SHIFT(61),
  [1365] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [1367] = {.entry = {.count = 1, .reusable = false}}, SHIFT(62),
  [1369] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [1371] = {.entry = {.count = 1, .reusable = false}}, SHIFT(63),
  [1373] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1375] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [1377] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [1379] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [1381] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1383] = {.entry = {.count = 1, .reusable = false}}, SHIFT(379),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1387] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1391] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1395] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [1399] = {.entry = {.count = 1, .reusable = false}}, SHIFT(394),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [1403] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1407] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [1409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1411] = {.entry = {.count = 1, .reusable = false}}, SHIFT(386),
  [1413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [1415] = {.entry = {.count = 1, .reusable = false}}, SHIFT(393),
  [1417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [1419] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [1421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1423] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 51),
  [1425] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [1427] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1429] = {.entry = {.count = 1, .reusable = false}}, SHIFT(308),
  [1431] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1433] = {.entry = {.count = 1, .reusable = false}}, SHIFT(72),
  [1435] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1437] = {.entry = {.count = 1, .reusable = false}}, SHIFT(306),
  [1439] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1441] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [1443] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1445] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [1447] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1449] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [1451] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1453] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [1455] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1457] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1459] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1461] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [1463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1465] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1467] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1469] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [1471] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [1473] = {.entry = {.count = 1, .reusable = false}}, SHIFT(395),
  [1475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [1477] = {.entry = {.count = 1, .reusable = false}}, SHIFT(396),
  [1479] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [1481] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1485] = {.entry = {.count = 1, .reusable = false}}, SHIFT(398),
  [1487] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [1489] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [1495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [1497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1499] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1501] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_gap, 1, 0, 0),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [1505] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [1509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [1511] = {.entry = {.count = 1, .reusable = false}}, SHIFT(292),
  [1513] = {.entry = {.count = 1, .reusable = false}}, SHIFT(553),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1517] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1527] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [1531] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [1533] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [1537] = {.entry = {.count = 1, .reusable = false}}, SHIFT(322),
  [1539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [1541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [1543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [1545] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_gap, 2, 0, 0),
  [1547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1549] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [1551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1553] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [1555] = {.entry = {.count = 1, .reusable = false}}, SHIFT(475),
  [1557] = {.entry = {.count = 1, .reusable = false}}, SHIFT(442),
  [1559] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1561] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1563] = {.entry = {.count = 1, .reusable = false}}, SHIFT(457),
  [1565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [1569] = {.entry = {.count = 1, .reusable = false}}, SHIFT(516),
  [1571] = {.entry = {.count = 1, .reusable = false}}, SHIFT(443),
  [1573] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [1575] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1577] = {.entry = {.count = 1, .reusable = false}}, SHIFT(489),
  [1579] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [1583] = {.entry = {.count = 1, .reusable = false}}, SHIFT(494),
  [1585] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [1587] = {.entry = {.count = 1, .reusable = false}}, SHIFT(433),
  [1589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [1591] = {.entry = {.count = 1, .reusable = false}}, SHIFT(605),
  [1593] = {.entry = {.count = 1, .reusable = false}}, SHIFT(480),
  [1595] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [1599] = {.entry = {.count = 1, .reusable = false}}, SHIFT(501),
  [1601] = {.entry = {.count = 1, .reusable = false}}, SHIFT(562),
  [1603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [1605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(626),
  [1607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(519),
  [1609] = {.entry = {.count = 1, .reusable = false}}, SHIFT(542),
  [1611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(563),
  [1613] = {.entry = {.count = 1, .reusable = false}}, SHIFT(545),
  [1615] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [1617] = {.entry = {.count = 1, .reusable = false}}, SHIFT(602),
  [1619] = {.entry = {.count = 1, .reusable = false}}, SHIFT(594),
  [1621] = {.entry = {.count = 1, .reusable = false}}, SHIFT(596),
  [1623] = {.entry = {.count = 1, .reusable = false}}, SHIFT(518),
  [1625] = {.entry = {.count = 1, .reusable = false}}, SHIFT(593),
  [1627] = {.entry = {.count = 1, .reusable = false}}, SHIFT(538),
  [1629] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [1633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [1635] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [1637] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [1639] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1641] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [1643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1645] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(145),
  [1648] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0),
  [1650] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(376),
  [1653] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [1657] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [1659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1661] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 93),
  [1663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(513),
  [1665] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70),
  [1667] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70), SHIFT_REPEAT(300),
  [1670] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 56),
  [1672] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 111),
  [1674] = {.entry = {.count = 1, .reusable = true}}, SHIFT(484),
  [1676] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 68),
  [1678] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [1680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(500),
  [1684] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 99),
  [1686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(487),
  [1688] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 71),
  [1690] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1692] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [1694] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1696] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(483),
  [1702] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 59),
  [1704] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75),
  [1706] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75), SHIFT_REPEAT(99),
  [1709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 76),
  [1711] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 85),
  [1713] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1715] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1717] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [1719] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [1721] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1723] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1725] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [1727] = {.entry = {.count = 1, .reusable = true}}, SHIFT(510),
  [1729] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52),
  [1731] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(183),
  [1734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 50),
  [1736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1738] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 39),
  [1740] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 49),
  [1742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1744] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [1746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [1748] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 69),
  [1750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1752] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67),
  [1754] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(419),
  [1757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [1761] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1763] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1765] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [1767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1769] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 88),
  [1771] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 113),
  [1773] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44),
  [1775] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44), SHIFT_REPEAT(438),
  [1778] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1780] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(574),
  [1783] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 102),
  [1785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 64),
  [1787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(574),
  [1791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1793] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1795] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1797] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1799] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(420),
  [1802] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 95),
  [1804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 73),
  [1806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 74),
  [1808] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 86),
  [1810] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 87),
  [1812] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(190),
  [1815] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 58),
  [1817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1819] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1821] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1823] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1827] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 107),
  [1829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [1831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1833] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1835] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1837] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 112),
  [1839] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [1843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [1845] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1847] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1849] = {.entry = {.count = 1, .reusable = false}}, SHIFT(592),
  [1851] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 79),
  [1853] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1855] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [1858] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1860] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1862] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 60),
  [1864] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 2, 0, 0),
  [1866] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1868] = {.entry = {.count = 1, .reusable = true}}, SHIFT(556),
  [1870] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [1872] = {.entry = {.count = 1, .reusable = true}}, SHIFT(603),
  [1874] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1876] = {.entry = {.count = 1, .reusable = false}}, SHIFT(537),
  [1878] = {.entry = {.count = 1, .reusable = true}}, SHIFT(458),
  [1880] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 48),
  [1882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 97),
  [1884] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [1886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 5, 0, 0),
  [1888] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 84),
  [1890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1892] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(556),
  [1895] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [1897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1899] = {.entry = {.count = 1, .reusable = true}}, SHIFT(529),
  [1901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [1905] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 81),
  [1907] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [1909] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 62),
  [1913] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [1915] = {.entry = {.count = 1, .reusable = false}}, SHIFT(582),
  [1917] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 63),
  [1919] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1921] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [1923] = {.entry = {.count = 1, .reusable = true}}, SHIFT(482),
  [1925] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [1927] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 65),
  [1929] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 6, 0, 0),
  [1931] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [1935] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [1939] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [1942] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [1944] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [1946] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [1949] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [1951] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [1953] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [1955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1957] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52), SHIFT_REPEAT(304),
  [1960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52),
  [1962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [1964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [1966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(592),
  [1968] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1970] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 9),
  [1972] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 4, 0, 0),
  [1974] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 47),
  [1976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [1978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [1980] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1982] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [1984] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80), SHIFT_REPEAT(422),
  [1987] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80),
  [1989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [1991] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [1993] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [1995] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 91),
  [1997] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 92),
  [1999] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 53),
  [2001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(508),
  [2003] = {.entry = {.count = 1, .reusable = true}}, SHIFT(469),
  [2005] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [2007] = {.entry = {.count = 1, .reusable = false}}, SHIFT(613),
  [2009] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [2011] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 60),
  [2013] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 2, 0, 9),
  [2015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [2017] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 89),
  [2019] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [2021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [2023] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [2025] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [2027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [2029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [2031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [2033] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [2035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [2037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [2039] = {.entry = {.count = 1, .reusable = true}}, SHIFT(507),
  [2041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(476),
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
