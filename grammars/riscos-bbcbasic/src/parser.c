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
#define STATE_COUNT 630
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
  [14] = 14,
  [15] = 14,
  [16] = 10,
  [17] = 9,
  [18] = 12,
  [19] = 11,
  [20] = 13,
  [21] = 21,
  [22] = 8,
  [23] = 23,
  [24] = 21,
  [25] = 25,
  [26] = 26,
  [27] = 23,
  [28] = 25,
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
  [53] = 34,
  [54] = 29,
  [55] = 34,
  [56] = 56,
  [57] = 45,
  [58] = 35,
  [59] = 43,
  [60] = 46,
  [61] = 48,
  [62] = 49,
  [63] = 44,
  [64] = 36,
  [65] = 37,
  [66] = 38,
  [67] = 39,
  [68] = 40,
  [69] = 41,
  [70] = 30,
  [71] = 47,
  [72] = 33,
  [73] = 31,
  [74] = 32,
  [75] = 31,
  [76] = 56,
  [77] = 77,
  [78] = 78,
  [79] = 30,
  [80] = 39,
  [81] = 36,
  [82] = 38,
  [83] = 40,
  [84] = 41,
  [85] = 85,
  [86] = 86,
  [87] = 35,
  [88] = 43,
  [89] = 46,
  [90] = 33,
  [91] = 48,
  [92] = 32,
  [93] = 49,
  [94] = 44,
  [95] = 37,
  [96] = 96,
  [97] = 47,
  [98] = 45,
  [99] = 99,
  [100] = 29,
  [101] = 101,
  [102] = 102,
  [103] = 32,
  [104] = 31,
  [105] = 34,
  [106] = 33,
  [107] = 35,
  [108] = 30,
  [109] = 44,
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
  [121] = 45,
  [122] = 29,
  [123] = 49,
  [124] = 48,
  [125] = 41,
  [126] = 36,
  [127] = 37,
  [128] = 38,
  [129] = 47,
  [130] = 40,
  [131] = 39,
  [132] = 43,
  [133] = 46,
  [134] = 134,
  [135] = 135,
  [136] = 136,
  [137] = 137,
  [138] = 138,
  [139] = 139,
  [140] = 140,
  [141] = 141,
  [142] = 142,
  [143] = 34,
  [144] = 30,
  [145] = 31,
  [146] = 35,
  [147] = 147,
  [148] = 44,
  [149] = 149,
  [150] = 32,
  [151] = 151,
  [152] = 33,
  [153] = 147,
  [154] = 151,
  [155] = 155,
  [156] = 142,
  [157] = 101,
  [158] = 45,
  [159] = 37,
  [160] = 36,
  [161] = 38,
  [162] = 39,
  [163] = 40,
  [164] = 41,
  [165] = 47,
  [166] = 45,
  [167] = 47,
  [168] = 43,
  [169] = 46,
  [170] = 48,
  [171] = 49,
  [172] = 115,
  [173] = 173,
  [174] = 112,
  [175] = 175,
  [176] = 116,
  [177] = 111,
  [178] = 114,
  [179] = 118,
  [180] = 120,
  [181] = 119,
  [182] = 113,
  [183] = 117,
  [184] = 184,
  [185] = 185,
  [186] = 186,
  [187] = 185,
  [188] = 188,
  [189] = 189,
  [190] = 190,
  [191] = 29,
  [192] = 192,
  [193] = 193,
  [194] = 194,
  [195] = 189,
  [196] = 196,
  [197] = 197,
  [198] = 198,
  [199] = 199,
  [200] = 200,
  [201] = 201,
  [202] = 47,
  [203] = 45,
  [204] = 204,
  [205] = 205,
  [206] = 47,
  [207] = 207,
  [208] = 47,
  [209] = 45,
  [210] = 210,
  [211] = 204,
  [212] = 212,
  [213] = 47,
  [214] = 45,
  [215] = 29,
  [216] = 45,
  [217] = 217,
  [218] = 204,
  [219] = 204,
  [220] = 204,
  [221] = 204,
  [222] = 222,
  [223] = 204,
  [224] = 30,
  [225] = 33,
  [226] = 31,
  [227] = 32,
  [228] = 228,
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 44,
  [235] = 235,
  [236] = 236,
  [237] = 34,
  [238] = 35,
  [239] = 239,
  [240] = 236,
  [241] = 241,
  [242] = 230,
  [243] = 243,
  [244] = 243,
  [245] = 245,
  [246] = 236,
  [247] = 243,
  [248] = 236,
  [249] = 243,
  [250] = 236,
  [251] = 243,
  [252] = 236,
  [253] = 243,
  [254] = 236,
  [255] = 243,
  [256] = 236,
  [257] = 243,
  [258] = 258,
  [259] = 259,
  [260] = 260,
  [261] = 261,
  [262] = 262,
  [263] = 263,
  [264] = 264,
  [265] = 265,
  [266] = 264,
  [267] = 267,
  [268] = 268,
  [269] = 47,
  [270] = 270,
  [271] = 271,
  [272] = 45,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 259,
  [277] = 268,
  [278] = 278,
  [279] = 274,
  [280] = 265,
  [281] = 264,
  [282] = 282,
  [283] = 283,
  [284] = 284,
  [285] = 285,
  [286] = 278,
  [287] = 287,
  [288] = 288,
  [289] = 287,
  [290] = 290,
  [291] = 291,
  [292] = 259,
  [293] = 293,
  [294] = 294,
  [295] = 274,
  [296] = 293,
  [297] = 297,
  [298] = 259,
  [299] = 268,
  [300] = 278,
  [301] = 274,
  [302] = 265,
  [303] = 264,
  [304] = 268,
  [305] = 268,
  [306] = 278,
  [307] = 274,
  [308] = 265,
  [309] = 264,
  [310] = 293,
  [311] = 293,
  [312] = 287,
  [313] = 288,
  [314] = 314,
  [315] = 268,
  [316] = 293,
  [317] = 278,
  [318] = 293,
  [319] = 278,
  [320] = 268,
  [321] = 278,
  [322] = 274,
  [323] = 265,
  [324] = 264,
  [325] = 287,
  [326] = 288,
  [327] = 327,
  [328] = 274,
  [329] = 293,
  [330] = 265,
  [331] = 287,
  [332] = 288,
  [333] = 333,
  [334] = 334,
  [335] = 293,
  [336] = 336,
  [337] = 287,
  [338] = 288,
  [339] = 288,
  [340] = 259,
  [341] = 334,
  [342] = 293,
  [343] = 343,
  [344] = 287,
  [345] = 288,
  [346] = 259,
  [347] = 264,
  [348] = 293,
  [349] = 349,
  [350] = 287,
  [351] = 265,
  [352] = 293,
  [353] = 353,
  [354] = 287,
  [355] = 293,
  [356] = 287,
  [357] = 293,
  [358] = 287,
  [359] = 293,
  [360] = 287,
  [361] = 287,
  [362] = 287,
  [363] = 314,
  [364] = 285,
  [365] = 290,
  [366] = 34,
  [367] = 35,
  [368] = 290,
  [369] = 290,
  [370] = 290,
  [371] = 290,
  [372] = 259,
  [373] = 373,
  [374] = 193,
  [375] = 200,
  [376] = 43,
  [377] = 46,
  [378] = 48,
  [379] = 49,
  [380] = 380,
  [381] = 33,
  [382] = 37,
  [383] = 31,
  [384] = 32,
  [385] = 36,
  [386] = 38,
  [387] = 39,
  [388] = 40,
  [389] = 41,
  [390] = 47,
  [391] = 45,
  [392] = 373,
  [393] = 373,
  [394] = 394,
  [395] = 373,
  [396] = 373,
  [397] = 373,
  [398] = 398,
  [399] = 399,
  [400] = 38,
  [401] = 39,
  [402] = 40,
  [403] = 41,
  [404] = 404,
  [405] = 47,
  [406] = 45,
  [407] = 36,
  [408] = 33,
  [409] = 409,
  [410] = 32,
  [411] = 31,
  [412] = 30,
  [413] = 413,
  [414] = 414,
  [415] = 414,
  [416] = 416,
  [417] = 413,
  [418] = 416,
  [419] = 419,
  [420] = 420,
  [421] = 419,
  [422] = 422,
  [423] = 423,
  [424] = 424,
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
  [439] = 423,
  [440] = 423,
  [441] = 423,
  [442] = 423,
  [443] = 437,
  [444] = 444,
  [445] = 445,
  [446] = 446,
  [447] = 437,
  [448] = 448,
  [449] = 449,
  [450] = 450,
  [451] = 423,
  [452] = 452,
  [453] = 453,
  [454] = 454,
  [455] = 455,
  [456] = 456,
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
  [467] = 467,
  [468] = 437,
  [469] = 469,
  [470] = 470,
  [471] = 471,
  [472] = 472,
  [473] = 437,
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
  [485] = 463,
  [486] = 486,
  [487] = 487,
  [488] = 488,
  [489] = 489,
  [490] = 490,
  [491] = 491,
  [492] = 478,
  [493] = 493,
  [494] = 494,
  [495] = 495,
  [496] = 496,
  [497] = 497,
  [498] = 498,
  [499] = 499,
  [500] = 472,
  [501] = 501,
  [502] = 477,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 506,
  [507] = 464,
  [508] = 508,
  [509] = 509,
  [510] = 455,
  [511] = 462,
  [512] = 512,
  [513] = 513,
  [514] = 514,
  [515] = 515,
  [516] = 516,
  [517] = 456,
  [518] = 423,
  [519] = 519,
  [520] = 474,
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
  [534] = 437,
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
  [546] = 538,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 555,
  [556] = 556,
  [557] = 557,
  [558] = 538,
  [559] = 559,
  [560] = 560,
  [561] = 561,
  [562] = 562,
  [563] = 563,
  [564] = 538,
  [565] = 565,
  [566] = 538,
  [567] = 567,
  [568] = 538,
  [569] = 569,
  [570] = 570,
  [571] = 571,
  [572] = 538,
  [573] = 573,
  [574] = 574,
  [575] = 575,
  [576] = 576,
  [577] = 577,
  [578] = 578,
  [579] = 537,
  [580] = 526,
  [581] = 581,
  [582] = 582,
  [583] = 538,
  [584] = 584,
  [585] = 536,
  [586] = 437,
  [587] = 587,
  [588] = 576,
  [589] = 589,
  [590] = 582,
  [591] = 591,
  [592] = 592,
  [593] = 525,
  [594] = 594,
  [595] = 595,
  [596] = 596,
  [597] = 597,
  [598] = 597,
  [599] = 599,
  [600] = 600,
  [601] = 601,
  [602] = 602,
  [603] = 603,
  [604] = 604,
  [605] = 605,
  [606] = 597,
  [607] = 597,
  [608] = 608,
  [609] = 609,
  [610] = 610,
  [611] = 597,
  [612] = 612,
  [613] = 597,
  [614] = 614,
  [615] = 615,
  [616] = 597,
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
  [629] = 629,
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
        ',', 115,
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
        ']', 397,
        '^', 431,
        '|', 439,
        ';', 398,
        '\\', 398,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('J' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
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
          lookahead == ' ') SKIP(24);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
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
          lookahead == ' ') SKIP(25);
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
          lookahead == ' ') SKIP(27);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
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
        ';', 131,
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
        '|', 439,
        '}', 430,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(100);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(102);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(1007);
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
  [9] = {.lex_state = 24, .external_lex_state = 2},
  [10] = {.lex_state = 26, .external_lex_state = 2},
  [11] = {.lex_state = 24, .external_lex_state = 2},
  [12] = {.lex_state = 24, .external_lex_state = 2},
  [13] = {.lex_state = 24, .external_lex_state = 2},
  [14] = {.lex_state = 24, .external_lex_state = 2},
  [15] = {.lex_state = 24, .external_lex_state = 2},
  [16] = {.lex_state = 25, .external_lex_state = 2},
  [17] = {.lex_state = 27, .external_lex_state = 2},
  [18] = {.lex_state = 27, .external_lex_state = 2},
  [19] = {.lex_state = 27, .external_lex_state = 2},
  [20] = {.lex_state = 27, .external_lex_state = 2},
  [21] = {.lex_state = 24, .external_lex_state = 2},
  [22] = {.lex_state = 28, .external_lex_state = 2},
  [23] = {.lex_state = 24, .external_lex_state = 2},
  [24] = {.lex_state = 27, .external_lex_state = 2},
  [25] = {.lex_state = 24, .external_lex_state = 2},
  [26] = {.lex_state = 27, .external_lex_state = 2},
  [27] = {.lex_state = 27, .external_lex_state = 2},
  [28] = {.lex_state = 27, .external_lex_state = 2},
  [29] = {.lex_state = 21, .external_lex_state = 2},
  [30] = {.lex_state = 29, .external_lex_state = 2},
  [31] = {.lex_state = 29, .external_lex_state = 2},
  [32] = {.lex_state = 29, .external_lex_state = 2},
  [33] = {.lex_state = 29, .external_lex_state = 2},
  [34] = {.lex_state = 21, .external_lex_state = 2},
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
  [75] = {.lex_state = 8, .external_lex_state = 2},
  [76] = {.lex_state = 8, .external_lex_state = 2},
  [77] = {.lex_state = 100, .external_lex_state = 2},
  [78] = {.lex_state = 100, .external_lex_state = 2},
  [79] = {.lex_state = 8, .external_lex_state = 2},
  [80] = {.lex_state = 8, .external_lex_state = 2},
  [81] = {.lex_state = 8, .external_lex_state = 2},
  [82] = {.lex_state = 8, .external_lex_state = 2},
  [83] = {.lex_state = 8, .external_lex_state = 2},
  [84] = {.lex_state = 8, .external_lex_state = 2},
  [85] = {.lex_state = 13, .external_lex_state = 3},
  [86] = {.lex_state = 100, .external_lex_state = 2},
  [87] = {.lex_state = 8, .external_lex_state = 2},
  [88] = {.lex_state = 8, .external_lex_state = 2},
  [89] = {.lex_state = 8, .external_lex_state = 2},
  [90] = {.lex_state = 8, .external_lex_state = 2},
  [91] = {.lex_state = 8, .external_lex_state = 2},
  [92] = {.lex_state = 8, .external_lex_state = 2},
  [93] = {.lex_state = 8, .external_lex_state = 2},
  [94] = {.lex_state = 8, .external_lex_state = 2},
  [95] = {.lex_state = 8, .external_lex_state = 2},
  [96] = {.lex_state = 13, .external_lex_state = 3},
  [97] = {.lex_state = 8, .external_lex_state = 2},
  [98] = {.lex_state = 8, .external_lex_state = 2},
  [99] = {.lex_state = 1},
  [100] = {.lex_state = 34, .external_lex_state = 2},
  [101] = {.lex_state = 1, .external_lex_state = 3},
  [102] = {.lex_state = 1, .external_lex_state = 4},
  [103] = {.lex_state = 34, .external_lex_state = 2},
  [104] = {.lex_state = 34, .external_lex_state = 2},
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
  [122] = {.lex_state = 34},
  [123] = {.lex_state = 34, .external_lex_state = 2},
  [124] = {.lex_state = 34, .external_lex_state = 2},
  [125] = {.lex_state = 34, .external_lex_state = 2},
  [126] = {.lex_state = 34, .external_lex_state = 2},
  [127] = {.lex_state = 34, .external_lex_state = 2},
  [128] = {.lex_state = 34, .external_lex_state = 2},
  [129] = {.lex_state = 34, .external_lex_state = 2},
  [130] = {.lex_state = 34, .external_lex_state = 2},
  [131] = {.lex_state = 34, .external_lex_state = 2},
  [132] = {.lex_state = 34, .external_lex_state = 2},
  [133] = {.lex_state = 34, .external_lex_state = 2},
  [134] = {.lex_state = 3, .external_lex_state = 2},
  [135] = {.lex_state = 34, .external_lex_state = 5},
  [136] = {.lex_state = 34, .external_lex_state = 5},
  [137] = {.lex_state = 34, .external_lex_state = 5},
  [138] = {.lex_state = 34, .external_lex_state = 5},
  [139] = {.lex_state = 3, .external_lex_state = 2},
  [140] = {.lex_state = 3, .external_lex_state = 2},
  [141] = {.lex_state = 34, .external_lex_state = 5},
  [142] = {.lex_state = 10, .external_lex_state = 2},
  [143] = {.lex_state = 34},
  [144] = {.lex_state = 34},
  [145] = {.lex_state = 34},
  [146] = {.lex_state = 34},
  [147] = {.lex_state = 10, .external_lex_state = 2},
  [148] = {.lex_state = 34},
  [149] = {.lex_state = 34, .external_lex_state = 5},
  [150] = {.lex_state = 34},
  [151] = {.lex_state = 10, .external_lex_state = 2},
  [152] = {.lex_state = 34},
  [153] = {.lex_state = 9, .external_lex_state = 2},
  [154] = {.lex_state = 9, .external_lex_state = 2},
  [155] = {.lex_state = 34, .external_lex_state = 2},
  [156] = {.lex_state = 9, .external_lex_state = 2},
  [157] = {.lex_state = 13, .external_lex_state = 3},
  [158] = {.lex_state = 4, .external_lex_state = 2},
  [159] = {.lex_state = 34},
  [160] = {.lex_state = 34},
  [161] = {.lex_state = 34},
  [162] = {.lex_state = 34},
  [163] = {.lex_state = 34},
  [164] = {.lex_state = 34},
  [165] = {.lex_state = 34},
  [166] = {.lex_state = 34},
  [167] = {.lex_state = 4, .external_lex_state = 2},
  [168] = {.lex_state = 34},
  [169] = {.lex_state = 34},
  [170] = {.lex_state = 34},
  [171] = {.lex_state = 34},
  [172] = {.lex_state = 13, .external_lex_state = 3},
  [173] = {.lex_state = 3},
  [174] = {.lex_state = 13, .external_lex_state = 3},
  [175] = {.lex_state = 3},
  [176] = {.lex_state = 13, .external_lex_state = 3},
  [177] = {.lex_state = 13, .external_lex_state = 3},
  [178] = {.lex_state = 13, .external_lex_state = 3},
  [179] = {.lex_state = 13, .external_lex_state = 3},
  [180] = {.lex_state = 13, .external_lex_state = 3},
  [181] = {.lex_state = 13, .external_lex_state = 3},
  [182] = {.lex_state = 13, .external_lex_state = 3},
  [183] = {.lex_state = 13, .external_lex_state = 3},
  [184] = {.lex_state = 2},
  [185] = {.lex_state = 15, .external_lex_state = 2},
  [186] = {.lex_state = 2},
  [187] = {.lex_state = 14, .external_lex_state = 2},
  [188] = {.lex_state = 34, .external_lex_state = 5},
  [189] = {.lex_state = 34, .external_lex_state = 2},
  [190] = {.lex_state = 34, .external_lex_state = 2},
  [191] = {.lex_state = 19},
  [192] = {.lex_state = 34, .external_lex_state = 2},
  [193] = {.lex_state = 34, .external_lex_state = 2},
  [194] = {.lex_state = 34, .external_lex_state = 2},
  [195] = {.lex_state = 34, .external_lex_state = 2},
  [196] = {.lex_state = 34, .external_lex_state = 2},
  [197] = {.lex_state = 34, .external_lex_state = 2},
  [198] = {.lex_state = 12},
  [199] = {.lex_state = 34, .external_lex_state = 2},
  [200] = {.lex_state = 34, .external_lex_state = 2},
  [201] = {.lex_state = 34, .external_lex_state = 2},
  [202] = {.lex_state = 4, .external_lex_state = 2},
  [203] = {.lex_state = 4, .external_lex_state = 2},
  [204] = {.lex_state = 11},
  [205] = {.lex_state = 4, .external_lex_state = 2},
  [206] = {.lex_state = 4, .external_lex_state = 2},
  [207] = {.lex_state = 34, .external_lex_state = 2},
  [208] = {.lex_state = 4},
  [209] = {.lex_state = 4},
  [210] = {.lex_state = 34, .external_lex_state = 2},
  [211] = {.lex_state = 11},
  [212] = {.lex_state = 4, .external_lex_state = 2},
  [213] = {.lex_state = 4, .external_lex_state = 2},
  [214] = {.lex_state = 4, .external_lex_state = 2},
  [215] = {.lex_state = 4},
  [216] = {.lex_state = 4, .external_lex_state = 2},
  [217] = {.lex_state = 34, .external_lex_state = 2},
  [218] = {.lex_state = 11},
  [219] = {.lex_state = 11},
  [220] = {.lex_state = 11},
  [221] = {.lex_state = 11},
  [222] = {.lex_state = 34, .external_lex_state = 2},
  [223] = {.lex_state = 11},
  [224] = {.lex_state = 20},
  [225] = {.lex_state = 20},
  [226] = {.lex_state = 20},
  [227] = {.lex_state = 20},
  [228] = {.lex_state = 4, .external_lex_state = 2},
  [229] = {.lex_state = 4, .external_lex_state = 2},
  [230] = {.lex_state = 18},
  [231] = {.lex_state = 4, .external_lex_state = 2},
  [232] = {.lex_state = 3},
  [233] = {.lex_state = 3},
  [234] = {.lex_state = 20},
  [235] = {.lex_state = 4, .external_lex_state = 2},
  [236] = {.lex_state = 4},
  [237] = {.lex_state = 38},
  [238] = {.lex_state = 20},
  [239] = {.lex_state = 4, .external_lex_state = 2},
  [240] = {.lex_state = 4},
  [241] = {.lex_state = 4, .external_lex_state = 2},
  [242] = {.lex_state = 18},
  [243] = {.lex_state = 13},
  [244] = {.lex_state = 13},
  [245] = {.lex_state = 4, .external_lex_state = 2},
  [246] = {.lex_state = 4},
  [247] = {.lex_state = 13},
  [248] = {.lex_state = 4},
  [249] = {.lex_state = 13},
  [250] = {.lex_state = 4},
  [251] = {.lex_state = 13},
  [252] = {.lex_state = 4},
  [253] = {.lex_state = 13},
  [254] = {.lex_state = 4},
  [255] = {.lex_state = 13},
  [256] = {.lex_state = 4},
  [257] = {.lex_state = 13},
  [258] = {.lex_state = 4, .external_lex_state = 2},
  [259] = {.lex_state = 13},
  [260] = {.lex_state = 13},
  [261] = {.lex_state = 34, .external_lex_state = 5},
  [262] = {.lex_state = 13},
  [263] = {.lex_state = 4},
  [264] = {.lex_state = 13},
  [265] = {.lex_state = 13},
  [266] = {.lex_state = 13},
  [267] = {.lex_state = 13},
  [268] = {.lex_state = 13},
  [269] = {.lex_state = 4},
  [270] = {.lex_state = 13},
  [271] = {.lex_state = 13},
  [272] = {.lex_state = 4},
  [273] = {.lex_state = 13},
  [274] = {.lex_state = 13},
  [275] = {.lex_state = 13},
  [276] = {.lex_state = 13},
  [277] = {.lex_state = 13},
  [278] = {.lex_state = 13},
  [279] = {.lex_state = 13},
  [280] = {.lex_state = 13},
  [281] = {.lex_state = 13},
  [282] = {.lex_state = 13},
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
  [302] = {.lex_state = 13},
  [303] = {.lex_state = 13},
  [304] = {.lex_state = 13},
  [305] = {.lex_state = 13},
  [306] = {.lex_state = 13},
  [307] = {.lex_state = 13},
  [308] = {.lex_state = 13},
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
  [343] = {.lex_state = 4},
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
  [366] = {.lex_state = 4},
  [367] = {.lex_state = 4},
  [368] = {.lex_state = 13},
  [369] = {.lex_state = 13},
  [370] = {.lex_state = 13},
  [371] = {.lex_state = 13},
  [372] = {.lex_state = 13},
  [373] = {.lex_state = 4},
  [374] = {.lex_state = 4},
  [375] = {.lex_state = 4},
  [376] = {.lex_state = 39},
  [377] = {.lex_state = 39},
  [378] = {.lex_state = 39},
  [379] = {.lex_state = 39},
  [380] = {.lex_state = 34, .external_lex_state = 5},
  [381] = {.lex_state = 39},
  [382] = {.lex_state = 39},
  [383] = {.lex_state = 39},
  [384] = {.lex_state = 39},
  [385] = {.lex_state = 39},
  [386] = {.lex_state = 39},
  [387] = {.lex_state = 39},
  [388] = {.lex_state = 39},
  [389] = {.lex_state = 39},
  [390] = {.lex_state = 39},
  [391] = {.lex_state = 39},
  [392] = {.lex_state = 4},
  [393] = {.lex_state = 4},
  [394] = {.lex_state = 34, .external_lex_state = 5},
  [395] = {.lex_state = 4},
  [396] = {.lex_state = 4},
  [397] = {.lex_state = 4},
  [398] = {.lex_state = 34},
  [399] = {.lex_state = 39},
  [400] = {.lex_state = 4},
  [401] = {.lex_state = 4},
  [402] = {.lex_state = 4},
  [403] = {.lex_state = 4},
  [404] = {.lex_state = 34, .external_lex_state = 5},
  [405] = {.lex_state = 4},
  [406] = {.lex_state = 4},
  [407] = {.lex_state = 4},
  [408] = {.lex_state = 34, .external_lex_state = 5},
  [409] = {.lex_state = 34, .external_lex_state = 5},
  [410] = {.lex_state = 34, .external_lex_state = 5},
  [411] = {.lex_state = 34, .external_lex_state = 5},
  [412] = {.lex_state = 34, .external_lex_state = 5},
  [413] = {.lex_state = 30, .external_lex_state = 2},
  [414] = {.lex_state = 30, .external_lex_state = 2},
  [415] = {.lex_state = 31, .external_lex_state = 2},
  [416] = {.lex_state = 30, .external_lex_state = 2},
  [417] = {.lex_state = 31, .external_lex_state = 2},
  [418] = {.lex_state = 31, .external_lex_state = 2},
  [419] = {.lex_state = 30, .external_lex_state = 2},
  [420] = {.lex_state = 32},
  [421] = {.lex_state = 31, .external_lex_state = 2},
  [422] = {.lex_state = 32},
  [423] = {.lex_state = 4, .external_lex_state = 2},
  [424] = {.lex_state = 33},
  [425] = {.lex_state = 31},
  [426] = {.lex_state = 31},
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
  [437] = {.lex_state = 4, .external_lex_state = 2},
  [438] = {.lex_state = 4, .external_lex_state = 2},
  [439] = {.lex_state = 4},
  [440] = {.lex_state = 21, .external_lex_state = 2},
  [441] = {.lex_state = 21, .external_lex_state = 2},
  [442] = {.lex_state = 21, .external_lex_state = 2},
  [443] = {.lex_state = 100, .external_lex_state = 2},
  [444] = {.lex_state = 23, .external_lex_state = 2},
  [445] = {.lex_state = 23, .external_lex_state = 2},
  [446] = {.lex_state = 23, .external_lex_state = 2},
  [447] = {.lex_state = 1},
  [448] = {.lex_state = 23, .external_lex_state = 2},
  [449] = {.lex_state = 23, .external_lex_state = 2},
  [450] = {.lex_state = 23, .external_lex_state = 2},
  [451] = {.lex_state = 21},
  [452] = {.lex_state = 23, .external_lex_state = 2},
  [453] = {.lex_state = 23, .external_lex_state = 2},
  [454] = {.lex_state = 23, .external_lex_state = 2},
  [455] = {.lex_state = 100, .external_lex_state = 2},
  [456] = {.lex_state = 100, .external_lex_state = 2},
  [457] = {.lex_state = 23, .external_lex_state = 2},
  [458] = {.lex_state = 23, .external_lex_state = 2},
  [459] = {.lex_state = 23, .external_lex_state = 2},
  [460] = {.lex_state = 23, .external_lex_state = 2},
  [461] = {.lex_state = 23, .external_lex_state = 2},
  [462] = {.lex_state = 100, .external_lex_state = 2},
  [463] = {.lex_state = 100, .external_lex_state = 2},
  [464] = {.lex_state = 100, .external_lex_state = 2},
  [465] = {.lex_state = 23, .external_lex_state = 2},
  [466] = {.lex_state = 23, .external_lex_state = 2},
  [467] = {.lex_state = 23, .external_lex_state = 2},
  [468] = {.lex_state = 100, .external_lex_state = 2},
  [469] = {.lex_state = 23, .external_lex_state = 2},
  [470] = {.lex_state = 23, .external_lex_state = 2},
  [471] = {.lex_state = 0, .external_lex_state = 2},
  [472] = {.lex_state = 100, .external_lex_state = 2},
  [473] = {.lex_state = 100, .external_lex_state = 2},
  [474] = {.lex_state = 34, .external_lex_state = 2},
  [475] = {.lex_state = 23, .external_lex_state = 2},
  [476] = {.lex_state = 23, .external_lex_state = 2},
  [477] = {.lex_state = 34, .external_lex_state = 2},
  [478] = {.lex_state = 100, .external_lex_state = 2},
  [479] = {.lex_state = 23, .external_lex_state = 2},
  [480] = {.lex_state = 23, .external_lex_state = 2},
  [481] = {.lex_state = 23, .external_lex_state = 2},
  [482] = {.lex_state = 23, .external_lex_state = 2},
  [483] = {.lex_state = 1},
  [484] = {.lex_state = 23, .external_lex_state = 2},
  [485] = {.lex_state = 100, .external_lex_state = 2},
  [486] = {.lex_state = 23, .external_lex_state = 2},
  [487] = {.lex_state = 23, .external_lex_state = 2},
  [488] = {.lex_state = 23, .external_lex_state = 2},
  [489] = {.lex_state = 23, .external_lex_state = 2},
  [490] = {.lex_state = 23, .external_lex_state = 2},
  [491] = {.lex_state = 23, .external_lex_state = 2},
  [492] = {.lex_state = 100, .external_lex_state = 2},
  [493] = {.lex_state = 100, .external_lex_state = 2},
  [494] = {.lex_state = 0, .external_lex_state = 2},
  [495] = {.lex_state = 23, .external_lex_state = 2},
  [496] = {.lex_state = 23, .external_lex_state = 2},
  [497] = {.lex_state = 23, .external_lex_state = 2},
  [498] = {.lex_state = 100, .external_lex_state = 2},
  [499] = {.lex_state = 23, .external_lex_state = 2},
  [500] = {.lex_state = 100, .external_lex_state = 2},
  [501] = {.lex_state = 100, .external_lex_state = 2},
  [502] = {.lex_state = 34, .external_lex_state = 2},
  [503] = {.lex_state = 0, .external_lex_state = 2},
  [504] = {.lex_state = 1},
  [505] = {.lex_state = 23, .external_lex_state = 2},
  [506] = {.lex_state = 100, .external_lex_state = 2},
  [507] = {.lex_state = 100, .external_lex_state = 2},
  [508] = {.lex_state = 23, .external_lex_state = 2},
  [509] = {.lex_state = 23, .external_lex_state = 2},
  [510] = {.lex_state = 100, .external_lex_state = 2},
  [511] = {.lex_state = 100, .external_lex_state = 2},
  [512] = {.lex_state = 100, .external_lex_state = 2},
  [513] = {.lex_state = 100, .external_lex_state = 2},
  [514] = {.lex_state = 23, .external_lex_state = 2},
  [515] = {.lex_state = 100, .external_lex_state = 2},
  [516] = {.lex_state = 100, .external_lex_state = 2},
  [517] = {.lex_state = 100, .external_lex_state = 2},
  [518] = {.lex_state = 0},
  [519] = {.lex_state = 23, .external_lex_state = 2},
  [520] = {.lex_state = 34, .external_lex_state = 2},
  [521] = {.lex_state = 100, .external_lex_state = 2},
  [522] = {.lex_state = 0, .external_lex_state = 2},
  [523] = {.lex_state = 100, .external_lex_state = 2},
  [524] = {.lex_state = 23, .external_lex_state = 2},
  [525] = {.lex_state = 40, .external_lex_state = 2},
  [526] = {.lex_state = 0, .external_lex_state = 2},
  [527] = {.lex_state = 100, .external_lex_state = 2},
  [528] = {.lex_state = 23, .external_lex_state = 2},
  [529] = {.lex_state = 100},
  [530] = {.lex_state = 0, .external_lex_state = 2},
  [531] = {.lex_state = 100, .external_lex_state = 2},
  [532] = {.lex_state = 23, .external_lex_state = 2},
  [533] = {.lex_state = 45},
  [534] = {.lex_state = 100},
  [535] = {.lex_state = 0, .external_lex_state = 2},
  [536] = {.lex_state = 0, .external_lex_state = 2},
  [537] = {.lex_state = 0, .external_lex_state = 2},
  [538] = {.lex_state = 100},
  [539] = {.lex_state = 100},
  [540] = {.lex_state = 0, .external_lex_state = 2},
  [541] = {.lex_state = 0, .external_lex_state = 2},
  [542] = {.lex_state = 0, .external_lex_state = 2},
  [543] = {.lex_state = 0, .external_lex_state = 2},
  [544] = {.lex_state = 0, .external_lex_state = 2},
  [545] = {.lex_state = 100},
  [546] = {.lex_state = 100},
  [547] = {.lex_state = 46},
  [548] = {.lex_state = 0, .external_lex_state = 2},
  [549] = {.lex_state = 100},
  [550] = {.lex_state = 0, .external_lex_state = 2},
  [551] = {.lex_state = 0, .external_lex_state = 2},
  [552] = {.lex_state = 0, .external_lex_state = 2},
  [553] = {.lex_state = 45},
  [554] = {.lex_state = 0, .external_lex_state = 2},
  [555] = {.lex_state = 100},
  [556] = {.lex_state = 0, .external_lex_state = 2},
  [557] = {.lex_state = 0, .external_lex_state = 2},
  [558] = {.lex_state = 100},
  [559] = {.lex_state = 100},
  [560] = {.lex_state = 0, .external_lex_state = 2},
  [561] = {.lex_state = 0, .external_lex_state = 2},
  [562] = {.lex_state = 0, .external_lex_state = 2},
  [563] = {.lex_state = 0, .external_lex_state = 2},
  [564] = {.lex_state = 100},
  [565] = {.lex_state = 0, .external_lex_state = 2},
  [566] = {.lex_state = 100},
  [567] = {.lex_state = 0, .external_lex_state = 2},
  [568] = {.lex_state = 100},
  [569] = {.lex_state = 0, .external_lex_state = 2},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 0, .external_lex_state = 2},
  [572] = {.lex_state = 100},
  [573] = {.lex_state = 45},
  [574] = {.lex_state = 0, .external_lex_state = 2},
  [575] = {.lex_state = 0, .external_lex_state = 2},
  [576] = {.lex_state = 0, .external_lex_state = 2},
  [577] = {.lex_state = 100},
  [578] = {.lex_state = 46},
  [579] = {.lex_state = 0, .external_lex_state = 2},
  [580] = {.lex_state = 0, .external_lex_state = 2},
  [581] = {.lex_state = 100},
  [582] = {.lex_state = 0, .external_lex_state = 2},
  [583] = {.lex_state = 100},
  [584] = {.lex_state = 0, .external_lex_state = 2},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 0},
  [587] = {.lex_state = 0, .external_lex_state = 2},
  [588] = {.lex_state = 0, .external_lex_state = 2},
  [589] = {.lex_state = 0, .external_lex_state = 2},
  [590] = {.lex_state = 0, .external_lex_state = 2},
  [591] = {.lex_state = 0, .external_lex_state = 2},
  [592] = {.lex_state = 100},
  [593] = {.lex_state = 41, .external_lex_state = 2},
  [594] = {.lex_state = 0, .external_lex_state = 2},
  [595] = {.lex_state = 0, .external_lex_state = 2},
  [596] = {.lex_state = 0, .external_lex_state = 2},
  [597] = {.lex_state = 0},
  [598] = {.lex_state = 0},
  [599] = {.lex_state = 100},
  [600] = {.lex_state = 100},
  [601] = {.lex_state = 100},
  [602] = {.lex_state = 100},
  [603] = {.lex_state = 0, .external_lex_state = 2},
  [604] = {.lex_state = 0, .external_lex_state = 2},
  [605] = {.lex_state = 100},
  [606] = {.lex_state = 0},
  [607] = {.lex_state = 0},
  [608] = {.lex_state = 100},
  [609] = {.lex_state = 100},
  [610] = {.lex_state = 46},
  [611] = {.lex_state = 0},
  [612] = {.lex_state = 34},
  [613] = {.lex_state = 0},
  [614] = {.lex_state = 100},
  [615] = {.lex_state = 45},
  [616] = {.lex_state = 0},
  [617] = {.lex_state = 100},
  [618] = {.lex_state = 0},
  [619] = {.lex_state = 0, .external_lex_state = 2},
  [620] = {.lex_state = 34},
  [621] = {.lex_state = 100},
  [622] = {.lex_state = 34},
  [623] = {.lex_state = 34},
  [624] = {.lex_state = 0},
  [625] = {.lex_state = 0},
  [626] = {.lex_state = 34},
  [627] = {.lex_state = 34},
  [628] = {.lex_state = 0, .external_lex_state = 2},
  [629] = {.lex_state = 100},
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
    [sym__statements] = STATE(619),
    [sym__line_statement] = STATE(567),
    [sym__statement] = STATE(567),
    [sym_assignment] = STATE(567),
    [sym__lvalue] = STATE(504),
    [sym_for_statement] = STATE(567),
    [sym_next_statement] = STATE(567),
    [sym_dim_statement] = STATE(567),
    [sym_procedure_definition] = STATE(567),
    [sym_function_definition] = STATE(567),
    [sym_return_statement] = STATE(567),
    [sym_if_statement] = STATE(567),
    [sym_else_statement] = STATE(567),
    [sym_sys_call] = STATE(567),
    [sym_print_statement] = STATE(567),
    [sym_proc_call] = STATE(567),
    [sym_local_statement] = STATE(567),
    [sym_repeat_statement] = STATE(567),
    [sym_until_statement] = STATE(567),
    [sym_while_statement] = STATE(567),
    [sym_on_error_statement] = STATE(567),
    [sym_on_statement] = STATE(567),
    [sym_basic_statement] = STATE(567),
    [sym_assembler_block] = STATE(567),
    [sym_parenthesized_expression] = STATE(607),
    [sym_indirection] = STATE(504),
    [sym_array_element] = STATE(447),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(570),
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
    [sym__statement] = STATE(537),
    [sym_assignment] = STATE(537),
    [sym__lvalue] = STATE(504),
    [sym_for_statement] = STATE(537),
    [sym_next_statement] = STATE(537),
    [sym_dim_statement] = STATE(537),
    [sym_procedure_definition] = STATE(537),
    [sym_function_definition] = STATE(537),
    [sym_return_statement] = STATE(537),
    [sym_if_statement] = STATE(537),
    [sym__inline_statements] = STATE(588),
    [sym_sys_call] = STATE(537),
    [sym_print_statement] = STATE(537),
    [sym_proc_call] = STATE(537),
    [sym_local_statement] = STATE(537),
    [sym_repeat_statement] = STATE(537),
    [sym_until_statement] = STATE(537),
    [sym_while_statement] = STATE(537),
    [sym_on_error_statement] = STATE(537),
    [sym_on_statement] = STATE(537),
    [sym_basic_statement] = STATE(537),
    [sym_assembler_block] = STATE(537),
    [sym_parenthesized_expression] = STATE(607),
    [sym_indirection] = STATE(504),
    [sym_array_element] = STATE(447),
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
    [sym__statement] = STATE(537),
    [sym_assignment] = STATE(537),
    [sym__lvalue] = STATE(504),
    [sym_for_statement] = STATE(537),
    [sym_next_statement] = STATE(537),
    [sym_dim_statement] = STATE(537),
    [sym_procedure_definition] = STATE(537),
    [sym_function_definition] = STATE(537),
    [sym_return_statement] = STATE(537),
    [sym_if_statement] = STATE(537),
    [sym__inline_statements] = STATE(576),
    [sym_sys_call] = STATE(537),
    [sym_print_statement] = STATE(537),
    [sym_proc_call] = STATE(537),
    [sym_local_statement] = STATE(537),
    [sym_repeat_statement] = STATE(537),
    [sym_until_statement] = STATE(537),
    [sym_while_statement] = STATE(537),
    [sym_on_error_statement] = STATE(537),
    [sym_on_statement] = STATE(537),
    [sym_basic_statement] = STATE(537),
    [sym_assembler_block] = STATE(537),
    [sym_parenthesized_expression] = STATE(607),
    [sym_indirection] = STATE(504),
    [sym_array_element] = STATE(447),
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
    [sym__statements] = STATE(619),
    [sym__line_statement] = STATE(567),
    [sym__statement] = STATE(567),
    [sym_assignment] = STATE(567),
    [sym__lvalue] = STATE(504),
    [sym_for_statement] = STATE(567),
    [sym_next_statement] = STATE(567),
    [sym_dim_statement] = STATE(567),
    [sym_procedure_definition] = STATE(567),
    [sym_function_definition] = STATE(567),
    [sym_return_statement] = STATE(567),
    [sym_if_statement] = STATE(567),
    [sym_else_statement] = STATE(567),
    [sym_sys_call] = STATE(567),
    [sym_print_statement] = STATE(567),
    [sym_proc_call] = STATE(567),
    [sym_local_statement] = STATE(567),
    [sym_repeat_statement] = STATE(567),
    [sym_until_statement] = STATE(567),
    [sym_while_statement] = STATE(567),
    [sym_on_error_statement] = STATE(567),
    [sym_on_statement] = STATE(567),
    [sym_basic_statement] = STATE(567),
    [sym_assembler_block] = STATE(567),
    [sym_parenthesized_expression] = STATE(607),
    [sym_indirection] = STATE(504),
    [sym_array_element] = STATE(447),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(570),
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
    [sym__statements] = STATE(619),
    [sym__line_statement] = STATE(567),
    [sym__statement] = STATE(567),
    [sym_assignment] = STATE(567),
    [sym__lvalue] = STATE(504),
    [sym_for_statement] = STATE(567),
    [sym_next_statement] = STATE(567),
    [sym_dim_statement] = STATE(567),
    [sym_procedure_definition] = STATE(567),
    [sym_function_definition] = STATE(567),
    [sym_return_statement] = STATE(567),
    [sym_if_statement] = STATE(567),
    [sym_else_statement] = STATE(567),
    [sym_sys_call] = STATE(567),
    [sym_print_statement] = STATE(567),
    [sym_proc_call] = STATE(567),
    [sym_local_statement] = STATE(567),
    [sym_repeat_statement] = STATE(567),
    [sym_until_statement] = STATE(567),
    [sym_while_statement] = STATE(567),
    [sym_on_error_statement] = STATE(567),
    [sym_on_statement] = STATE(567),
    [sym_basic_statement] = STATE(567),
    [sym_assembler_block] = STATE(567),
    [sym_parenthesized_expression] = STATE(607),
    [sym_indirection] = STATE(504),
    [sym_array_element] = STATE(447),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(570),
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
    STATE(447), 1,
      sym_array_element,
    STATE(570), 1,
      aux_sym__statements_repeat1,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(628), 1,
      sym__statements,
    STATE(504), 2,
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
    STATE(567), 22,
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
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(200), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(603), 22,
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
    ACTIONS(208), 1,
      anon_sym_LOCAL,
    ACTIONS(210), 1,
      anon_sym_OFF,
    STATE(447), 1,
      sym_array_element,
    STATE(550), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    STATE(537), 20,
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
    ACTIONS(212), 1,
      sym_line_number,
    STATE(447), 1,
      sym_array_element,
    STATE(591), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    STATE(537), 20,
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
    ACTIONS(218), 1,
      anon_sym_ERROR,
    ACTIONS(222), 1,
      sym_builtin_variable,
    ACTIONS(224), 1,
      sym_identifier,
    STATE(437), 1,
      sym_array_element,
    STATE(589), 1,
      sym__inline_statements,
    STATE(611), 1,
      sym_parenthesized_expression,
    STATE(438), 2,
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
    ACTIONS(216), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(220), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(537), 20,
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
      sym_line_number,
    STATE(447), 1,
      sym_array_element,
    STATE(540), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    ACTIONS(228), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(537), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(554), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    STATE(537), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(557), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    STATE(537), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(582), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(214), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(537), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(590), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(214), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(537), 20,
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
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(218), 1,
      anon_sym_ERROR,
    ACTIONS(222), 1,
      sym_builtin_variable,
    ACTIONS(224), 1,
      sym_identifier,
    STATE(437), 1,
      sym_array_element,
    STATE(589), 1,
      sym__inline_statements,
    STATE(611), 1,
      sym_parenthesized_expression,
    ACTIONS(216), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(438), 2,
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
    ACTIONS(220), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(579), 20,
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
    ACTIONS(212), 1,
      sym_line_number,
    STATE(447), 1,
      sym_array_element,
    STATE(591), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(214), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(579), 20,
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
    ACTIONS(230), 1,
      sym_line_number,
    STATE(447), 1,
      sym_array_element,
    STATE(554), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(232), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(579), 20,
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
    ACTIONS(51), 1,
      sym_builtin_variable,
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(226), 1,
      sym_line_number,
    STATE(447), 1,
      sym_array_element,
    STATE(540), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(228), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(579), 20,
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
    ACTIONS(234), 1,
      sym_line_number,
    STATE(447), 1,
      sym_array_element,
    STATE(557), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(236), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(579), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(589), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    ACTIONS(216), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(537), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(550), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(206), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(579), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    STATE(565), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(589), 1,
      sym__inline_statements,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(216), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(579), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(504), 2,
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
    STATE(569), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(266), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(604), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(254), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(565), 20,
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
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    ACTIONS(260), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(504), 2,
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
    STATE(569), 20,
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
    STATE(30), 1,
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
  [2790] = 2,
    ACTIONS(282), 13,
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
    ACTIONS(280), 42,
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
  [2850] = 2,
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
  [2910] = 2,
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
  [2970] = 2,
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
  [3030] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(49), 1,
      sym_argument_list,
    ACTIONS(298), 14,
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
    ACTIONS(296), 39,
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
  [3094] = 3,
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
  [3154] = 6,
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
  [3220] = 2,
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
  [3278] = 5,
    ACTIONS(87), 1,
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
  [3342] = 9,
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
  [3414] = 8,
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
  [3484] = 3,
    ACTIONS(87), 1,
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
  [3544] = 6,
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
    STATE(120), 1,
      sym__suffix,
    STATE(625), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(358), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(470), 7,
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
    STATE(120), 1,
      sym__suffix,
    STATE(625), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(358), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
    STATE(196), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(458), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [4238] = 5,
    ACTIONS(384), 1,
      anon_sym_LPAREN,
    STATE(70), 1,
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
  [4288] = 4,
    ACTIONS(384), 1,
      anon_sym_LPAREN,
    STATE(62), 1,
      sym_argument_list,
    ACTIONS(298), 7,
      anon_sym_LPAREN2,
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
  [4336] = 5,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    STATE(79), 1,
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
    STATE(93), 1,
      sym_argument_list,
    ACTIONS(298), 7,
      anon_sym_LPAREN2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(296), 29,
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
  [4432] = 9,
    ACTIONS(396), 1,
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
    ACTIONS(394), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(392), 15,
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
  [4488] = 2,
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
  [4530] = 3,
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
  [4574] = 2,
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
  [4616] = 2,
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
  [4658] = 2,
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
  [4700] = 2,
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
  [4742] = 2,
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
  [4784] = 5,
    ACTIONS(396), 1,
      anon_sym_CARET,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(406), 4,
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
  [4832] = 2,
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
  [4874] = 4,
    ACTIONS(396), 1,
      anon_sym_CARET,
    ACTIONS(406), 4,
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
  [4920] = 8,
    ACTIONS(396), 1,
      anon_sym_CARET,
    ACTIONS(402), 1,
      anon_sym_AND,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(302), 3,
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
    ACTIONS(394), 6,
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
  [4974] = 7,
    ACTIONS(396), 1,
      anon_sym_CARET,
    ACTIONS(398), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(302), 3,
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
    ACTIONS(394), 6,
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
  [5026] = 3,
    ACTIONS(396), 1,
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
    ACTIONS(282), 6,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(280), 31,
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
  [5154] = 2,
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
  [5196] = 2,
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
  [5238] = 2,
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
  [5280] = 2,
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
  [5321] = 9,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(418), 1,
      anon_sym_AND,
    ACTIONS(414), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(416), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(408), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(422), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(410), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(392), 14,
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
  [5376] = 2,
    ACTIONS(426), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(424), 29,
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
  [5417] = 2,
    ACTIONS(430), 7,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
      sym_keyword,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(428), 29,
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
  [5458] = 2,
    ACTIONS(282), 6,
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
  [5499] = 8,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(418), 1,
      anon_sym_AND,
    ACTIONS(414), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(302), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(422), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(410), 6,
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
  [5552] = 5,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(414), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(422), 4,
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
  [5599] = 4,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(422), 4,
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
  [5644] = 7,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(414), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(302), 3,
      sym_builtin_function,
      sym_builtin_variable,
      sym_identifier,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(422), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(410), 6,
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
  [5695] = 3,
    ACTIONS(412), 1,
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
  [5738] = 22,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(434), 1,
      sym_builtin_variable,
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
    STATE(96), 1,
      aux_sym_instruction_repeat1,
    STATE(180), 1,
      sym__suffix,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(436), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(432), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(222), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [5819] = 2,
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
  [5860] = 3,
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
  [5903] = 2,
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
  [5944] = 2,
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
  [5985] = 2,
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
  [6026] = 2,
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
  [6067] = 2,
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
  [6108] = 2,
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
  [6149] = 2,
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
  [6190] = 2,
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
  [6231] = 22,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
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
    ACTIONS(464), 1,
      sym_builtin_variable,
    STATE(157), 1,
      aux_sym_instruction_repeat1,
    STATE(180), 1,
      sym__suffix,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(466), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [6312] = 2,
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
  [6353] = 2,
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
    STATE(625), 1,
      sym__base_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(358), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
    STATE(508), 7,
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
    STATE(108), 1,
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
    STATE(120), 1,
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
  [6573] = 3,
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
  [6613] = 2,
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
  [6651] = 2,
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
  [6689] = 4,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(123), 1,
      sym_argument_list,
    ACTIONS(298), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(296), 24,
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
  [6731] = 2,
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
  [6769] = 3,
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
  [6809] = 2,
    ACTIONS(282), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(280), 26,
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
  [6847] = 2,
    ACTIONS(310), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 26,
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
  [7328] = 5,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    STATE(144), 1,
      sym_argument_list,
    ACTIONS(557), 2,
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
  [7370] = 2,
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
  [7406] = 2,
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
  [7442] = 3,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(302), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 23,
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
  [7480] = 6,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(563), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(565), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 21,
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
  [7524] = 2,
    ACTIONS(302), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(300), 24,
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
  [7560] = 5,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(563), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(565), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 5,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 21,
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
  [7602] = 2,
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
  [7638] = 7,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(563), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(565), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 15,
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
  [7684] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(563), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(565), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(300), 14,
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
  [7732] = 2,
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
  [7768] = 2,
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
  [7804] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(575), 1,
      sym_register,
    ACTIONS(577), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(579), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(491), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(573), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(200), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [7863] = 13,
    ACTIONS(585), 1,
      anon_sym_RBRACK,
    ACTIONS(587), 1,
      anon_sym_DOT,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    ACTIONS(597), 1,
      sym__newline,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(581), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(261), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(532), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(583), 10,
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
  [7920] = 13,
    ACTIONS(587), 1,
      anon_sym_DOT,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(601), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(599), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(137), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(444), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(583), 10,
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
  [7977] = 13,
    ACTIONS(587), 1,
      anon_sym_DOT,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(603), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(581), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(261), 2,
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
    ACTIONS(583), 10,
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
  [8034] = 13,
    ACTIONS(587), 1,
      anon_sym_DOT,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(605), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(581), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(261), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(532), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(583), 10,
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
  [8091] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(577), 1,
      sym_builtin_variable,
    ACTIONS(609), 1,
      sym_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(579), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(487), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(607), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(200), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8150] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(577), 1,
      sym_builtin_variable,
    ACTIONS(613), 1,
      sym_register,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(579), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(482), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(342), 4,
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
    STATE(200), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8209] = 13,
    ACTIONS(587), 1,
      anon_sym_DOT,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(615), 1,
      anon_sym_RBRACK,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(581), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(261), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(532), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(583), 10,
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
  [8266] = 13,
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
    STATE(147), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(633), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
    STATE(56), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8322] = 4,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    STATE(171), 1,
      sym_argument_list,
    ACTIONS(298), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(296), 20,
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
  [8360] = 2,
    ACTIONS(282), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(280), 22,
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
  [8394] = 2,
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
  [8428] = 3,
    ACTIONS(557), 2,
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
  [8464] = 13,
    ACTIONS(648), 1,
      anon_sym_LPAREN2,
    ACTIONS(651), 1,
      sym_builtin_function,
    ACTIONS(654), 1,
      sym_builtin_variable,
    ACTIONS(657), 1,
      sym_fn_name,
    ACTIONS(663), 1,
      sym_identifier,
    STATE(147), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(645), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(660), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(637), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(639), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(642), 4,
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
  [8520] = 2,
    ACTIONS(310), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(308), 22,
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
  [8554] = 12,
    ACTIONS(587), 1,
      anon_sym_DOT,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    ACTIONS(597), 1,
      sym__newline,
    STATE(50), 1,
      sym_mnemonic,
    STATE(188), 1,
      sym_asm_label,
    ACTIONS(581), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(261), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    STATE(532), 7,
      sym__asm_item,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(583), 10,
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
  [8608] = 2,
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
  [8642] = 13,
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
    STATE(142), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(633), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(666), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(621), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(668), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(56), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8698] = 2,
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
    ACTIONS(637), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(676), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(691), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
    STATE(76), 6,
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
    STATE(156), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(666), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(711), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
    STATE(76), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8842] = 6,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    ACTIONS(715), 1,
      anon_sym_COMMA,
    STATE(108), 1,
      sym_argument_list,
    ACTIONS(472), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(276), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(272), 20,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
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
  [8883] = 13,
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
    ACTIONS(617), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(711), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(718), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(76), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [8938] = 13,
    ACTIONS(720), 1,
      sym_condition,
    ACTIONS(723), 1,
      sym_s_flag,
    ACTIONS(726), 1,
      sym_size,
    ACTIONS(729), 1,
      sym_translate,
    ACTIONS(732), 1,
      sym_block_mode,
    ACTIONS(735), 1,
      sym_p_flag,
    ACTIONS(738), 1,
      sym__mnemonic_subst,
    ACTIONS(741), 1,
      sym_precision,
    ACTIONS(744), 1,
      sym_rounding,
    STATE(157), 1,
      aux_sym_instruction_repeat1,
    STATE(180), 1,
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
  [8993] = 9,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(563), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(565), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(567), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(312), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9039] = 2,
    ACTIONS(302), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9071] = 6,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(751), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(753), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(755), 2,
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
  [9111] = 5,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(753), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(755), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(302), 5,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9149] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(751), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(753), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(755), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(757), 6,
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
  [9193] = 7,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(751), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(753), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(755), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(757), 6,
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
  [9235] = 3,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(302), 7,
      anon_sym_DASH2,
      anon_sym_PLUS2,
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
  [9269] = 2,
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
  [9301] = 2,
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
  [9333] = 9,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(561), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(563), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(565), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(567), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(320), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [9379] = 2,
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
  [9411] = 2,
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
  [9443] = 2,
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
  [9475] = 2,
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
  [9507] = 2,
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
  [9538] = 14,
    ACTIONS(763), 1,
      anon_sym_RBRACK,
    ACTIONS(765), 1,
      sym_register,
    ACTIONS(769), 1,
      anon_sym_POUND,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(777), 1,
      sym_builtin_variable,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(781), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(629), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(767), 4,
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
  [9593] = 2,
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
  [9624] = 14,
    ACTIONS(769), 1,
      anon_sym_POUND,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(777), 1,
      sym_builtin_variable,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(785), 1,
      anon_sym_RBRACK,
    ACTIONS(787), 1,
      sym_register,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(781), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(621), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(767), 4,
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
  [9679] = 2,
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
  [9710] = 2,
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
  [9741] = 2,
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
  [9772] = 2,
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
  [9803] = 2,
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
  [9834] = 2,
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
  [9865] = 2,
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
  [9896] = 2,
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
  [9927] = 14,
    ACTIONS(344), 1,
      anon_sym_POUND,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(789), 1,
      sym_register,
    ACTIONS(795), 1,
      sym_builtin_variable,
    STATE(490), 1,
      sym_immediate,
    ACTIONS(791), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(793), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(797), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [9982] = 12,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(801), 1,
      anon_sym_TO,
    ACTIONS(803), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(805), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(799), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    STATE(199), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10033] = 14,
    ACTIONS(769), 1,
      anon_sym_POUND,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(807), 1,
      sym_register,
    ACTIONS(813), 1,
      sym_builtin_variable,
    STATE(617), 1,
      sym_immediate,
    ACTIONS(809), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(811), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(815), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [10088] = 12,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(801), 1,
      anon_sym_TO,
    ACTIONS(803), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(805), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(799), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(342), 4,
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
  [10138] = 8,
    ACTIONS(589), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(591), 1,
      aux_sym_align_token1,
    ACTIONS(593), 1,
      sym__mnemonic_head,
    ACTIONS(595), 1,
      sym__swi_mnemonic,
    STATE(50), 1,
      sym_mnemonic,
    ACTIONS(817), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(528), 6,
      sym__asm_statement,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
    ACTIONS(583), 10,
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
  [10180] = 11,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(821), 1,
      anon_sym_TO,
    ACTIONS(823), 1,
      anon_sym_COMMA,
    STATE(474), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(819), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10228] = 10,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(829), 1,
      anon_sym_COMMA,
    STATE(479), 1,
      aux_sym_data_repeat1,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(827), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10274] = 5,
    ACTIONS(831), 1,
      anon_sym_LPAREN,
    STATE(224), 1,
      sym_argument_list,
    ACTIONS(833), 2,
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
  [10309] = 9,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(837), 1,
      anon_sym_COMMA,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(835), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10352] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(839), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10393] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(841), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10434] = 11,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(843), 1,
      anon_sym_TO,
    ACTIONS(845), 1,
      anon_sym_COMMA,
    STATE(520), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(819), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10481] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(847), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10522] = 9,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(851), 1,
      anon_sym_COMMA,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(849), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10565] = 13,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    ACTIONS(853), 1,
      anon_sym_LOCAL,
    ACTIONS(855), 1,
      anon_sym_LPAREN2,
    ACTIONS(857), 1,
      sym_builtin_variable,
    STATE(108), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(859), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [10616] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(861), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10657] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(863), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10698] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(865), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10739] = 8,
    ACTIONS(396), 1,
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
    ACTIONS(320), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(394), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10780] = 8,
    ACTIONS(396), 1,
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
    ACTIONS(312), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(394), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10821] = 12,
    ACTIONS(867), 1,
      anon_sym_LPAREN,
    ACTIONS(873), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(877), 1,
      sym_builtin_variable,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    STATE(378), 1,
      sym_argument_list,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(881), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [10869] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(885), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10909] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(320), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10949] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(887), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10989] = 9,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(751), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(753), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(755), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(320), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(757), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11031] = 9,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(751), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(753), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(755), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(312), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(757), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11073] = 9,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(893), 1,
      anon_sym_STEP,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(891), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11115] = 12,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    ACTIONS(899), 1,
      anon_sym_LPAREN2,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(903), 1,
      sym_builtin_variable,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    STATE(48), 1,
      sym_argument_list,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(907), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [11163] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(911), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11203] = 8,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(418), 1,
      anon_sym_AND,
    ACTIONS(414), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(416), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(320), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(422), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(410), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11243] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(312), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11283] = 5,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    STATE(144), 1,
      sym_argument_list,
    ACTIONS(913), 2,
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
  [11317] = 8,
    ACTIONS(412), 1,
      anon_sym_CARET,
    ACTIONS(418), 1,
      anon_sym_AND,
    ACTIONS(414), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(416), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(420), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(312), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
    ACTIONS(422), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(410), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11357] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(915), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11397] = 12,
    ACTIONS(388), 1,
      anon_sym_LPAREN,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(917), 1,
      anon_sym_LPAREN2,
    ACTIONS(919), 1,
      sym_builtin_variable,
    STATE(91), 1,
      sym_argument_list,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(921), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
  [11445] = 12,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    ACTIONS(855), 1,
      anon_sym_LPAREN2,
    ACTIONS(923), 1,
      sym_builtin_variable,
    STATE(124), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(925), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [11493] = 12,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(927), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_variable,
    STATE(170), 1,
      sym_argument_list,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(931), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [11541] = 12,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    ACTIONS(873), 1,
      anon_sym_LPAREN2,
    ACTIONS(877), 1,
      sym_builtin_variable,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    STATE(378), 1,
      sym_argument_list,
    ACTIONS(881), 2,
      sym_number,
      sym_string,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [11589] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(943), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
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
    STATE(61), 1,
      sym_argument_list,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(949), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
  [11677] = 2,
    ACTIONS(282), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(280), 18,
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
  [11704] = 2,
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
  [11731] = 2,
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
  [11758] = 2,
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
  [11785] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(951), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11824] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(953), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11863] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(955), 1,
      anon_sym_ERROR,
    ACTIONS(957), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(959), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [11908] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(961), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11947] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(963), 1,
      sym_register,
    ACTIONS(965), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(967), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [11992] = 11,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(969), 1,
      sym_register,
    ACTIONS(971), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(973), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [12037] = 2,
    ACTIONS(310), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(308), 18,
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
  [12064] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(975), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12103] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(979), 1,
      anon_sym_RPAREN,
    STATE(566), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12146] = 4,
    ACTIONS(867), 1,
      anon_sym_LPAREN,
    STATE(379), 1,
      sym_argument_list,
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
  [12177] = 3,
    ACTIONS(833), 2,
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
  [12206] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(983), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12245] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(985), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12288] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(987), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12327] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(957), 1,
      sym_builtin_variable,
    ACTIONS(989), 1,
      anon_sym_ERROR,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(959), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [12372] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(991), 1,
      anon_sym_RPAREN,
    ACTIONS(993), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(995), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12417] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(997), 1,
      anon_sym_RPAREN,
    ACTIONS(999), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1001), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12462] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1003), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12501] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1005), 1,
      anon_sym_RPAREN,
    STATE(583), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12544] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1007), 1,
      anon_sym_RPAREN,
    ACTIONS(1009), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1011), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12589] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1013), 1,
      anon_sym_RPAREN,
    STATE(546), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12632] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1015), 1,
      anon_sym_RPAREN,
    ACTIONS(1017), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1019), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12677] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1021), 1,
      anon_sym_RPAREN,
    STATE(558), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12720] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1023), 1,
      anon_sym_RPAREN,
    ACTIONS(1025), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1027), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12765] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1029), 1,
      anon_sym_RPAREN,
    STATE(564), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12808] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1031), 1,
      anon_sym_RPAREN,
    ACTIONS(1033), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1035), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12853] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1037), 1,
      anon_sym_RPAREN,
    STATE(568), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12896] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1039), 1,
      anon_sym_RPAREN,
    ACTIONS(1041), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1043), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [12941] = 10,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1045), 1,
      anon_sym_RPAREN,
    STATE(572), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12984] = 11,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1047), 1,
      anon_sym_RPAREN,
    ACTIONS(1049), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1051), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [13029] = 8,
    ACTIONS(559), 1,
      anon_sym_CARET,
    ACTIONS(571), 1,
      anon_sym_AND,
    ACTIONS(747), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(825), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(569), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1053), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(565), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(567), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13068] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1055), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1057), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [13110] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1059), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1061), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [13152] = 4,
    ACTIONS(1068), 1,
      sym__newline,
    ACTIONS(1063), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(261), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
    ACTIONS(1066), 16,
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
  [13182] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1071), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1073), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(235), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13224] = 9,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1075), 1,
      anon_sym_COMMA,
    ACTIONS(1077), 1,
      anon_sym_RBRACK,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13264] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1079), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1081), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [13306] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1085), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1087), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [13348] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1089), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1091), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [13390] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1093), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1095), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13432] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1097), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1099), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [13474] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(320), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13512] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1101), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1103), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13554] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1105), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1107), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [13596] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(312), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13634] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1109), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1111), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [13676] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1113), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1115), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [13718] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1117), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1119), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [13760] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1121), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1123), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
  [13802] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1125), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1127), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [13844] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1129), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1131), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
  [13886] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1133), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1135), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
  [13928] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1137), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1139), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
  [13970] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1141), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1143), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [14012] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1145), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1147), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [14054] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1149), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1151), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14096] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1153), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1155), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14138] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1157), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1159), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
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
  [14180] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1161), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1163), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [14222] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1165), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1167), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [14264] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1169), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1171), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [14306] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1173), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1175), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14348] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1177), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1179), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14390] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1181), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1183), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(343), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14432] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1185), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1187), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [14474] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1189), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1191), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [14516] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1193), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1195), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [14558] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1197), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1199), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [14600] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1201), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1203), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [14642] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1205), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1207), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [14684] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1209), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1211), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14726] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1213), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1215), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14768] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1217), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1219), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14810] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1221), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1223), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14852] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1225), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1227), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14894] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1229), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1231), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [14936] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1233), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1235), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [14978] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1233), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1235), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [15020] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1237), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1239), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [15062] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1241), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1243), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [15104] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1245), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1247), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [15146] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1249), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1251), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [15188] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1253), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1255), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15230] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1257), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1259), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [15272] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1261), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1263), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [15314] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1265), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1267), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [15356] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1269), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1271), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [15398] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1273), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1275), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [15440] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1277), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1279), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [15482] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1281), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1283), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [15524] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1285), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1287), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [15566] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1289), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1291), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [15608] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1293), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1295), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
  [15650] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1297), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1299), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
  [15692] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1301), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1303), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [15734] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1305), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1307), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [15776] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1309), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1311), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [15818] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1313), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1315), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [15860] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1317), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1319), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(376), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15902] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1321), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1323), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(241), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15944] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1325), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1327), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [15986] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1329), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1331), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(98), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16028] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1333), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1335), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [16070] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1337), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1339), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [16112] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1341), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1343), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [16154] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1345), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1347), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [16196] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1349), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1351), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(374), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16238] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1353), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1355), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [16280] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1357), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1359), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [16322] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1361), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1363), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
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
  [16364] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1317), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1319), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(376), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16406] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1365), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1367), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [16448] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1369), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1371), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [16490] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1373), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1375), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [16532] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1377), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1379), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [16574] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1381), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16612] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1383), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1385), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [16654] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1387), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1389), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
  [16696] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1391), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1393), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [16738] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1395), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1397), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [16780] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1353), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1355), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [16822] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1399), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1401), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [16864] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1403), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1405), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [16906] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(875), 1,
      sym_builtin_function,
    ACTIONS(879), 1,
      sym_fn_name,
    ACTIONS(883), 1,
      sym_identifier,
    ACTIONS(1407), 1,
      sym_builtin_variable,
    ACTIONS(871), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1409), 2,
      sym_number,
      sym_string,
    STATE(238), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(869), 4,
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
  [16948] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1411), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1413), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(272), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16990] = 9,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1415), 1,
      anon_sym_COMMA,
    ACTIONS(1417), 1,
      anon_sym_RBRACK,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17030] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(937), 1,
      sym_builtin_function,
    ACTIONS(939), 1,
      sym_fn_name,
    ACTIONS(941), 1,
      sym_identifier,
    ACTIONS(1383), 1,
      sym_builtin_variable,
    ACTIONS(935), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1385), 2,
      sym_number,
      sym_string,
    STATE(367), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(933), 4,
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
  [17072] = 10,
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
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17114] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1423), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1425), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [17156] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1427), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1429), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [17198] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1431), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1433), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
  [17240] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1435), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1437), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
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
  [17282] = 10,
    ACTIONS(703), 1,
      anon_sym_LPAREN2,
    ACTIONS(705), 1,
      sym_builtin_function,
    ACTIONS(709), 1,
      sym_fn_name,
    ACTIONS(713), 1,
      sym_identifier,
    ACTIONS(1439), 1,
      sym_builtin_variable,
    ACTIONS(701), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1441), 2,
      sym_number,
      sym_string,
    STATE(87), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(699), 4,
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
  [17324] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1443), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1445), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(342), 4,
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
  [17366] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1447), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1449), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17408] = 10,
    ACTIONS(901), 1,
      sym_builtin_function,
    ACTIONS(905), 1,
      sym_fn_name,
    ACTIONS(909), 1,
      sym_identifier,
    ACTIONS(1083), 1,
      anon_sym_LPAREN2,
    ACTIONS(1451), 1,
      sym_builtin_variable,
    ACTIONS(897), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1453), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(895), 4,
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
  [17450] = 10,
    ACTIONS(350), 1,
      anon_sym_LPAREN2,
    ACTIONS(352), 1,
      sym_builtin_function,
    ACTIONS(356), 1,
      sym_fn_name,
    ACTIONS(438), 1,
      sym_identifier,
    ACTIONS(1455), 1,
      sym_builtin_variable,
    ACTIONS(348), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1457), 2,
      sym_number,
      sym_string,
    STATE(107), 2,
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
  [17492] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1459), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1461), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [17534] = 4,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    STATE(379), 1,
      sym_argument_list,
    ACTIONS(298), 3,
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
  [17564] = 3,
    ACTIONS(913), 2,
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
  [17592] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1463), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1465), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [17634] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1467), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1469), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [17676] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1471), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1473), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [17718] = 10,
    ACTIONS(773), 1,
      anon_sym_LPAREN2,
    ACTIONS(775), 1,
      sym_builtin_function,
    ACTIONS(779), 1,
      sym_fn_name,
    ACTIONS(783), 1,
      sym_identifier,
    ACTIONS(1475), 1,
      sym_builtin_variable,
    ACTIONS(771), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1477), 2,
      sym_number,
      sym_string,
    STATE(146), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(767), 4,
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
  [17760] = 10,
    ACTIONS(625), 1,
      anon_sym_LPAREN2,
    ACTIONS(627), 1,
      sym_builtin_function,
    ACTIONS(631), 1,
      sym_fn_name,
    ACTIONS(635), 1,
      sym_identifier,
    ACTIONS(1479), 1,
      sym_builtin_variable,
    ACTIONS(623), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1481), 2,
      sym_number,
      sym_string,
    STATE(58), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(621), 4,
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
  [17802] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1483), 1,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17839] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(839), 1,
      anon_sym_RBRACK,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17876] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(863), 1,
      anon_sym_RBRACK,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17913] = 2,
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
  [17938] = 2,
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
  [17963] = 2,
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
  [17988] = 2,
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
  [18013] = 2,
    ACTIONS(1485), 1,
      sym_line_number,
    ACTIONS(1487), 19,
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
  [18038] = 2,
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
  [18063] = 2,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 16,
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
  [18088] = 2,
    ACTIONS(286), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(284), 16,
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
  [18113] = 2,
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
  [18138] = 5,
    ACTIONS(1489), 1,
      anon_sym_CARET,
    ACTIONS(1491), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1493), 4,
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
  [18169] = 4,
    ACTIONS(1489), 1,
      anon_sym_CARET,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1493), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(300), 11,
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
  [18198] = 8,
    ACTIONS(302), 1,
      sym_rest_of_statement,
    ACTIONS(1489), 1,
      anon_sym_CARET,
    ACTIONS(1497), 1,
      anon_sym_AND,
    ACTIONS(300), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1491), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1499), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1493), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1495), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18235] = 7,
    ACTIONS(302), 1,
      sym_rest_of_statement,
    ACTIONS(1489), 1,
      anon_sym_CARET,
    ACTIONS(1491), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(300), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1499), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1493), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1495), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18270] = 3,
    ACTIONS(1489), 1,
      anon_sym_CARET,
    ACTIONS(302), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 15,
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
  [18297] = 2,
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
  [18322] = 2,
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
  [18347] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1501), 1,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18384] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1503), 1,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18421] = 3,
    ACTIONS(1507), 1,
      anon_sym_LPAREN,
    STATE(412), 1,
      sym_argument_list,
    ACTIONS(1505), 18,
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
  [18448] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1509), 1,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18485] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1511), 1,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18522] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1513), 1,
      anon_sym_RPAREN,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18559] = 8,
    ACTIONS(749), 1,
      anon_sym_CARET,
    ACTIONS(759), 1,
      anon_sym_AND,
    ACTIONS(1515), 1,
      anon_sym_TO,
    ACTIONS(889), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(981), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(761), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(755), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(757), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18596] = 8,
    ACTIONS(1489), 1,
      anon_sym_CARET,
    ACTIONS(1497), 1,
      anon_sym_AND,
    ACTIONS(1517), 1,
      sym_rest_of_statement,
    ACTIONS(1491), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1519), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1499), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1493), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1495), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18633] = 4,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1523), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(300), 11,
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
  [18661] = 7,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(1529), 1,
      anon_sym_AND,
    ACTIONS(300), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1527), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1531), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1523), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1525), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18695] = 6,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(1527), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(300), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1531), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1523), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1525), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18727] = 3,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(300), 15,
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
  [18753] = 1,
    ACTIONS(1533), 19,
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
  [18775] = 8,
    ACTIONS(320), 1,
      anon_sym_EQ,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(1529), 1,
      anon_sym_AND,
    ACTIONS(1527), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1535), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1531), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1523), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1525), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18811] = 8,
    ACTIONS(312), 1,
      anon_sym_EQ,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(1529), 1,
      anon_sym_AND,
    ACTIONS(1527), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(1535), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1531), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1523), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1525), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [18847] = 5,
    ACTIONS(1521), 1,
      anon_sym_CARET,
    ACTIONS(1527), 2,
      anon_sym_DASH2,
      anon_sym_PLUS2,
    ACTIONS(302), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1523), 4,
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
  [18877] = 1,
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
  [18898] = 1,
    ACTIONS(1505), 18,
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
  [18919] = 1,
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
  [18940] = 1,
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
  [18961] = 1,
    ACTIONS(280), 18,
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
  [18982] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1541), 1,
      anon_sym_SEMI,
    ACTIONS(1545), 1,
      sym_builtin_variable,
    ACTIONS(1547), 1,
      sym_identifier,
    STATE(443), 1,
      sym_array_element,
    STATE(463), 1,
      aux_sym_sys_call_repeat2,
    STATE(616), 1,
      sym_parenthesized_expression,
    STATE(464), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1537), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1543), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19022] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1547), 1,
      sym_identifier,
    ACTIONS(1551), 1,
      anon_sym_SEMI,
    ACTIONS(1553), 1,
      sym_builtin_variable,
    STATE(443), 1,
      sym_array_element,
    STATE(456), 1,
      aux_sym_sys_call_repeat2,
    STATE(616), 1,
      sym_parenthesized_expression,
    STATE(455), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1549), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1543), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19062] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1551), 1,
      anon_sym_SEMI,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1559), 1,
      sym_builtin_variable,
    ACTIONS(1561), 1,
      sym_identifier,
    STATE(473), 1,
      sym_array_element,
    STATE(517), 1,
      aux_sym_sys_call_repeat2,
    STATE(613), 1,
      sym_parenthesized_expression,
    ACTIONS(1549), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1557), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19101] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1547), 1,
      sym_identifier,
    ACTIONS(1565), 1,
      sym_builtin_variable,
    STATE(443), 1,
      sym_array_element,
    STATE(616), 1,
      sym_parenthesized_expression,
    STATE(493), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1543), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1563), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19134] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1541), 1,
      anon_sym_SEMI,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1561), 1,
      sym_identifier,
    ACTIONS(1567), 1,
      sym_builtin_variable,
    STATE(473), 1,
      sym_array_element,
    STATE(485), 1,
      aux_sym_sys_call_repeat2,
    STATE(613), 1,
      sym_parenthesized_expression,
    ACTIONS(1537), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(507), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1557), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19173] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1561), 1,
      sym_identifier,
    ACTIONS(1565), 1,
      sym_builtin_variable,
    STATE(473), 1,
      sym_array_element,
    STATE(613), 1,
      sym_parenthesized_expression,
    STATE(493), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1557), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1563), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19205] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1573), 1,
      sym_builtin_variable,
    ACTIONS(1575), 1,
      sym_identifier,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(521), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1569), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19236] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1577), 1,
      anon_sym_RETURN,
    ACTIONS(1581), 1,
      sym_builtin_variable,
    ACTIONS(1583), 1,
      sym_identifier,
    STATE(534), 1,
      sym_array_element,
    STATE(597), 1,
      sym_parenthesized_expression,
    STATE(614), 1,
      sym_parameter,
    STATE(605), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1579), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19268] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1573), 1,
      sym_builtin_variable,
    ACTIONS(1575), 1,
      sym_identifier,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    ACTIONS(1569), 2,
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
  [19298] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1577), 1,
      anon_sym_RETURN,
    ACTIONS(1581), 1,
      sym_builtin_variable,
    ACTIONS(1583), 1,
      sym_identifier,
    STATE(534), 1,
      sym_array_element,
    STATE(581), 1,
      sym_parameter,
    STATE(597), 1,
      sym_parenthesized_expression,
    STATE(605), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1579), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19330] = 4,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(108), 1,
      sym_argument_list,
    ACTIONS(1587), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19352] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      anon_sym_ERROR,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1589), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19381] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1591), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(596), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19407] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1593), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(563), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19433] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1595), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(543), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19459] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1599), 1,
      sym_builtin_variable,
    ACTIONS(1601), 1,
      sym_identifier,
    STATE(586), 1,
      sym_array_element,
    STATE(606), 1,
      sym_parenthesized_expression,
    STATE(624), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1597), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19485] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1603), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(561), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19511] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1605), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(587), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19537] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1607), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(541), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19563] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1609), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(574), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19589] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1611), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(527), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19615] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1583), 1,
      sym_identifier,
    ACTIONS(1613), 1,
      sym_builtin_variable,
    STATE(534), 1,
      sym_array_element,
    STATE(597), 1,
      sym_parenthesized_expression,
    STATE(600), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1579), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19641] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1575), 1,
      sym_identifier,
    ACTIONS(1615), 1,
      sym_builtin_variable,
    STATE(468), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(542), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1571), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19667] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1617), 1,
      sym_builtin_variable,
    STATE(447), 1,
      sym_array_element,
    STATE(607), 1,
      sym_parenthesized_expression,
    STATE(483), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [19693] = 2,
    ACTIONS(1587), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19709] = 4,
    ACTIONS(1623), 1,
      anon_sym_COMMA,
    STATE(516), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1619), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1621), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19728] = 4,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    STATE(144), 1,
      sym_argument_list,
    ACTIONS(1625), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19746] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(30), 1,
      sym_argument_list,
    ACTIONS(1627), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19764] = 4,
    ACTIONS(274), 1,
      anon_sym_LPAREN,
    STATE(30), 1,
      sym_argument_list,
    ACTIONS(1629), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [19781] = 4,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(108), 1,
      sym_argument_list,
    ACTIONS(1631), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [19798] = 2,
    ACTIONS(1627), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [19810] = 5,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(603), 1,
      anon_sym_RBRACK,
    STATE(448), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1633), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(141), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19828] = 5,
    ACTIONS(1638), 1,
      anon_sym_RBRACK,
    ACTIONS(1640), 1,
      sym__newline,
    STATE(445), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1635), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(149), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19846] = 5,
    ACTIONS(585), 1,
      anon_sym_RBRACK,
    ACTIONS(597), 1,
      sym__newline,
    STATE(445), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1643), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(138), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19864] = 2,
    ACTIONS(1625), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [19876] = 5,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(615), 1,
      anon_sym_RBRACK,
    STATE(445), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1645), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(135), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19894] = 5,
    ACTIONS(597), 1,
      sym__newline,
    ACTIONS(615), 1,
      anon_sym_RBRACK,
    STATE(446), 1,
      aux_sym_assembler_block_repeat2,
    ACTIONS(1645), 2,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(135), 2,
      sym__asm_gap,
      aux_sym_assembler_block_repeat1,
  [19912] = 2,
    ACTIONS(1649), 1,
      anon_sym_BANG,
    ACTIONS(1647), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19923] = 4,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    STATE(144), 1,
      sym_argument_list,
    ACTIONS(1585), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1651), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [19938] = 2,
    ACTIONS(1655), 1,
      anon_sym_CARET,
    ACTIONS(1653), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19949] = 2,
    ACTIONS(1659), 1,
      anon_sym_CARET,
    ACTIONS(1657), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19960] = 2,
    ACTIONS(1663), 1,
      anon_sym_BANG,
    ACTIONS(1661), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [19971] = 4,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1667), 1,
      anon_sym_SEMI,
    STATE(462), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1665), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [19986] = 4,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1671), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1669), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20001] = 3,
    ACTIONS(1675), 1,
      anon_sym_COMMA,
    STATE(475), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1673), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20014] = 3,
    ACTIONS(1675), 1,
      anon_sym_COMMA,
    STATE(476), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1677), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20027] = 2,
    ACTIONS(1681), 1,
      anon_sym_BANG,
    ACTIONS(1679), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20038] = 2,
    ACTIONS(1685), 1,
      anon_sym_BANG,
    ACTIONS(1683), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20049] = 3,
    ACTIONS(1689), 1,
      anon_sym_COMMA,
    ACTIONS(1691), 1,
      anon_sym_BANG,
    ACTIONS(1687), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20062] = 4,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1695), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1693), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20077] = 4,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1699), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1697), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20092] = 4,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1703), 1,
      anon_sym_SEMI,
    STATE(472), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1701), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20107] = 2,
    ACTIONS(1707), 1,
      anon_sym_BANG,
    ACTIONS(1705), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20118] = 2,
    ACTIONS(1711), 1,
      anon_sym_BANG,
    ACTIONS(1709), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20129] = 2,
    ACTIONS(1715), 1,
      anon_sym_CARET,
    ACTIONS(1713), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20140] = 2,
    ACTIONS(1631), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20151] = 3,
    ACTIONS(1717), 1,
      anon_sym_COMMA,
    ACTIONS(1720), 1,
      anon_sym_BANG,
    ACTIONS(847), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20164] = 3,
    ACTIONS(1675), 1,
      anon_sym_COMMA,
    STATE(457), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1722), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20177] = 4,
    ACTIONS(1726), 1,
      anon_sym_EQ,
    ACTIONS(1728), 1,
      anon_sym_LPAREN,
    STATE(535), 1,
      sym_parameter_list,
    ACTIONS(1724), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20192] = 4,
    ACTIONS(1539), 1,
      anon_sym_COMMA,
    ACTIONS(1732), 1,
      anon_sym_SEMI,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1730), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20207] = 2,
    ACTIONS(1629), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1585), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20218] = 4,
    ACTIONS(823), 1,
      anon_sym_COMMA,
    ACTIONS(1736), 1,
      anon_sym_TO,
    STATE(477), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1734), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20233] = 3,
    ACTIONS(1740), 1,
      anon_sym_COMMA,
    STATE(475), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1738), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20246] = 3,
    ACTIONS(1675), 1,
      anon_sym_COMMA,
    STATE(475), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1743), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20259] = 3,
    ACTIONS(1747), 1,
      anon_sym_COMMA,
    STATE(477), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1745), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [20272] = 3,
    ACTIONS(1752), 1,
      anon_sym_COMMA,
    STATE(478), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1750), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20285] = 3,
    ACTIONS(829), 1,
      anon_sym_COMMA,
    STATE(480), 1,
      aux_sym_data_repeat1,
    ACTIONS(1755), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20298] = 3,
    ACTIONS(1759), 1,
      anon_sym_COMMA,
    STATE(480), 1,
      aux_sym_data_repeat1,
    ACTIONS(1757), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20311] = 1,
    ACTIONS(1762), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20319] = 1,
    ACTIONS(1764), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20327] = 1,
    ACTIONS(1766), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20335] = 1,
    ACTIONS(1768), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20343] = 4,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1699), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1697), 2,
      sym__newline,
      anon_sym_COLON,
  [20357] = 2,
    ACTIONS(851), 1,
      anon_sym_COMMA,
    ACTIONS(849), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20367] = 1,
    ACTIONS(1770), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20375] = 1,
    ACTIONS(1772), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20383] = 1,
    ACTIONS(1774), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20391] = 1,
    ACTIONS(849), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20399] = 1,
    ACTIONS(1776), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20407] = 3,
    ACTIONS(1778), 1,
      anon_sym_COMMA,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1750), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [20419] = 1,
    ACTIONS(1781), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [20427] = 3,
    ACTIONS(470), 1,
      anon_sym_LPAREN,
    STATE(548), 1,
      sym_argument_list,
    ACTIONS(1783), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20439] = 1,
    ACTIONS(1785), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20447] = 1,
    ACTIONS(1787), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20455] = 1,
    ACTIONS(1789), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20463] = 3,
    ACTIONS(1793), 1,
      anon_sym_COMMA,
    STATE(515), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1791), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20475] = 1,
    ACTIONS(1795), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20483] = 4,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1732), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1730), 2,
      sym__newline,
      anon_sym_COLON,
  [20497] = 3,
    ACTIONS(1623), 1,
      anon_sym_COMMA,
    STATE(516), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1619), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20509] = 3,
    ACTIONS(1797), 1,
      anon_sym_COMMA,
    STATE(502), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1745), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [20521] = 3,
    ACTIONS(1728), 1,
      anon_sym_LPAREN,
    STATE(584), 1,
      sym_parameter_list,
    ACTIONS(1800), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20533] = 1,
    ACTIONS(1621), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [20541] = 1,
    ACTIONS(1802), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20549] = 3,
    ACTIONS(1623), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1804), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20561] = 4,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1703), 1,
      anon_sym_SEMI,
    STATE(500), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1701), 2,
      sym__newline,
      anon_sym_COLON,
  [20575] = 1,
    ACTIONS(1806), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20583] = 2,
    ACTIONS(837), 1,
      anon_sym_COMMA,
    ACTIONS(835), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20593] = 4,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1667), 1,
      anon_sym_SEMI,
    STATE(511), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1665), 2,
      sym__newline,
      anon_sym_COLON,
  [20607] = 4,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1695), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1693), 2,
      sym__newline,
      anon_sym_COLON,
  [20621] = 3,
    ACTIONS(1810), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1808), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20633] = 3,
    ACTIONS(1815), 1,
      anon_sym_COMMA,
    STATE(513), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1813), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20645] = 1,
    ACTIONS(1818), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20653] = 3,
    ACTIONS(1793), 1,
      anon_sym_COMMA,
    STATE(513), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1820), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20665] = 3,
    ACTIONS(1623), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1822), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20677] = 4,
    ACTIONS(1555), 1,
      anon_sym_COMMA,
    ACTIONS(1671), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1669), 2,
      sym__newline,
      anon_sym_COLON,
  [20691] = 4,
    ACTIONS(555), 1,
      anon_sym_LPAREN,
    ACTIONS(1585), 1,
      anon_sym_EQ,
    STATE(144), 1,
      sym_argument_list,
    ACTIONS(1824), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20705] = 1,
    ACTIONS(1826), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20713] = 4,
    ACTIONS(845), 1,
      anon_sym_COMMA,
    ACTIONS(1828), 1,
      anon_sym_TO,
    STATE(502), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1734), 2,
      sym__newline,
      anon_sym_COLON,
  [20727] = 3,
    ACTIONS(1623), 1,
      anon_sym_COMMA,
    STATE(506), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1830), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20739] = 1,
    ACTIONS(1832), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [20746] = 1,
    ACTIONS(1834), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20753] = 1,
    ACTIONS(1836), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20760] = 2,
    ACTIONS(1840), 1,
      sym_rest_of_statement,
    ACTIONS(1838), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20769] = 3,
    ACTIONS(1842), 1,
      anon_sym_COLON,
    STATE(526), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1845), 2,
      sym__newline,
      anon_sym_ELSE,
  [20780] = 1,
    ACTIONS(1847), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20787] = 1,
    ACTIONS(1849), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20794] = 4,
    ACTIONS(1851), 1,
      anon_sym_COMMA,
    ACTIONS(1853), 1,
      anon_sym_RBRACE,
    ACTIONS(1855), 1,
      anon_sym_DASH2,
    STATE(577), 1,
      aux_sym_register_list_repeat1,
  [20807] = 1,
    ACTIONS(1857), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [20814] = 1,
    ACTIONS(1813), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20821] = 1,
    ACTIONS(1638), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
  [20828] = 3,
    ACTIONS(1861), 1,
      anon_sym_RBRACE,
    STATE(545), 1,
      sym_register_range,
    ACTIONS(1859), 2,
      sym_register,
      sym_identifier,
  [20839] = 2,
    ACTIONS(1585), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1651), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [20848] = 2,
    ACTIONS(1865), 1,
      anon_sym_EQ,
    ACTIONS(1863), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20857] = 3,
    ACTIONS(1867), 1,
      anon_sym_COLON,
    STATE(526), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1869), 2,
      sym__newline,
      anon_sym_ELSE,
  [20868] = 3,
    ACTIONS(1867), 1,
      anon_sym_COLON,
    STATE(536), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1871), 2,
      sym__newline,
      anon_sym_ELSE,
  [20879] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1873), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [20889] = 3,
    ACTIONS(1875), 1,
      anon_sym_COMMA,
    ACTIONS(1878), 1,
      anon_sym_RPAREN,
    STATE(539), 1,
      aux_sym_parameter_list_repeat1,
  [20899] = 1,
    ACTIONS(1880), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20905] = 1,
    ACTIONS(1882), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20911] = 1,
    ACTIONS(1884), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20917] = 1,
    ACTIONS(1886), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20923] = 1,
    ACTIONS(1888), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20929] = 3,
    ACTIONS(1851), 1,
      anon_sym_COMMA,
    ACTIONS(1853), 1,
      anon_sym_RBRACE,
    STATE(577), 1,
      aux_sym_register_list_repeat1,
  [20939] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1890), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [20949] = 3,
    ACTIONS(1892), 1,
      sym_identifier,
    STATE(498), 1,
      sym_dim_item,
    STATE(523), 1,
      sym_array_element,
  [20959] = 1,
    ACTIONS(1894), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20965] = 3,
    ACTIONS(1896), 1,
      anon_sym_COMMA,
    ACTIONS(1898), 1,
      anon_sym_RPAREN,
    STATE(539), 1,
      aux_sym_parameter_list_repeat1,
  [20975] = 1,
    ACTIONS(1900), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20981] = 1,
    ACTIONS(1902), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [20987] = 3,
    ACTIONS(1904), 1,
      anon_sym_COLON,
    ACTIONS(1907), 1,
      sym__newline,
    STATE(552), 1,
      aux_sym__statements_repeat1,
  [20997] = 2,
    STATE(602), 1,
      sym__base_register,
    ACTIONS(1909), 2,
      sym_register,
      sym_identifier,
  [21005] = 1,
    ACTIONS(1911), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21011] = 2,
    ACTIONS(1855), 1,
      anon_sym_DASH2,
    ACTIONS(1913), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21019] = 1,
    ACTIONS(1915), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21025] = 1,
    ACTIONS(1917), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21031] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1919), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21041] = 3,
    ACTIONS(1913), 1,
      anon_sym_RBRACE,
    ACTIONS(1921), 1,
      anon_sym_COMMA,
    STATE(559), 1,
      aux_sym_register_list_repeat1,
  [21051] = 1,
    ACTIONS(1924), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21057] = 1,
    ACTIONS(1926), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21063] = 1,
    ACTIONS(1928), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21069] = 1,
    ACTIONS(1930), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21075] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1932), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21085] = 1,
    ACTIONS(1845), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21091] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1934), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21101] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1936), 1,
      sym__newline,
    STATE(575), 1,
      aux_sym__statements_repeat1,
  [21111] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1938), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21121] = 1,
    ACTIONS(1940), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21127] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1936), 1,
      sym__newline,
    STATE(552), 1,
      aux_sym__statements_repeat1,
  [21137] = 1,
    ACTIONS(1942), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21143] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1944), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21153] = 2,
    STATE(599), 1,
      sym_register_range,
    ACTIONS(1946), 2,
      sym_register,
      sym_identifier,
  [21161] = 1,
    ACTIONS(1948), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21167] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1950), 1,
      sym__newline,
    STATE(552), 1,
      aux_sym__statements_repeat1,
  [21177] = 2,
    ACTIONS(1954), 1,
      anon_sym_ELSE,
    ACTIONS(1952), 2,
      sym__newline,
      anon_sym_COLON,
  [21185] = 3,
    ACTIONS(1851), 1,
      anon_sym_COMMA,
    ACTIONS(1956), 1,
      anon_sym_RBRACE,
    STATE(559), 1,
      aux_sym_register_list_repeat1,
  [21195] = 3,
    ACTIONS(1892), 1,
      sym_identifier,
    STATE(523), 1,
      sym_array_element,
    STATE(531), 1,
      sym_dim_item,
  [21205] = 3,
    ACTIONS(1871), 1,
      sym__newline,
    ACTIONS(1958), 1,
      anon_sym_COLON,
    STATE(585), 1,
      aux_sym__inline_statements_repeat1,
  [21215] = 3,
    ACTIONS(1845), 1,
      sym__newline,
    ACTIONS(1960), 1,
      anon_sym_COLON,
    STATE(580), 1,
      aux_sym__inline_statements_repeat1,
  [21225] = 3,
    ACTIONS(1896), 1,
      anon_sym_COMMA,
    ACTIONS(1963), 1,
      anon_sym_RPAREN,
    STATE(549), 1,
      aux_sym_parameter_list_repeat1,
  [21235] = 2,
    ACTIONS(1967), 1,
      anon_sym_ELSE,
    ACTIONS(1965), 2,
      sym__newline,
      anon_sym_COLON,
  [21243] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    ACTIONS(1969), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21253] = 1,
    ACTIONS(1971), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21259] = 3,
    ACTIONS(1869), 1,
      sym__newline,
    ACTIONS(1958), 1,
      anon_sym_COLON,
    STATE(580), 1,
      aux_sym__inline_statements_repeat1,
  [21269] = 2,
    ACTIONS(1585), 1,
      anon_sym_EQ,
    ACTIONS(1824), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21277] = 1,
    ACTIONS(1973), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21283] = 2,
    ACTIONS(1975), 1,
      anon_sym_ELSE,
    ACTIONS(1952), 2,
      sym__newline,
      anon_sym_COLON,
  [21291] = 1,
    ACTIONS(1977), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21297] = 2,
    ACTIONS(1979), 1,
      anon_sym_ELSE,
    ACTIONS(1965), 2,
      sym__newline,
      anon_sym_COLON,
  [21305] = 1,
    ACTIONS(1981), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21311] = 3,
    ACTIONS(1983), 1,
      anon_sym_COMMA,
    ACTIONS(1986), 1,
      anon_sym_RPAREN,
    STATE(592), 1,
      aux_sym_argument_list_repeat1,
  [21321] = 2,
    ACTIONS(1988), 1,
      sym_rest_of_statement,
    ACTIONS(1838), 2,
      sym__newline,
      anon_sym_COLON,
  [21329] = 1,
    ACTIONS(1990), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21335] = 1,
    ACTIONS(1992), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21341] = 1,
    ACTIONS(1994), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21347] = 1,
    ACTIONS(1651), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21352] = 1,
    ACTIONS(1631), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21357] = 1,
    ACTIONS(1913), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21362] = 1,
    ACTIONS(1996), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21367] = 1,
    ACTIONS(1998), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [21372] = 2,
    ACTIONS(2000), 1,
      anon_sym_COMMA,
    ACTIONS(2002), 1,
      anon_sym_RBRACK,
  [21379] = 1,
    ACTIONS(1907), 2,
      sym__newline,
      anon_sym_COLON,
  [21384] = 1,
    ACTIONS(2004), 2,
      sym__newline,
      anon_sym_COLON,
  [21389] = 1,
    ACTIONS(2006), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21394] = 1,
    ACTIONS(1824), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21399] = 1,
    ACTIONS(1625), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21404] = 2,
    ACTIONS(1415), 1,
      anon_sym_COMMA,
    ACTIONS(1417), 1,
      anon_sym_RBRACK,
  [21411] = 2,
    ACTIONS(1075), 1,
      anon_sym_COMMA,
    ACTIONS(1077), 1,
      anon_sym_RBRACK,
  [21418] = 2,
    ACTIONS(2008), 1,
      sym_identifier,
    STATE(409), 1,
      sym_array_element,
  [21425] = 1,
    ACTIONS(1587), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21430] = 2,
    ACTIONS(2010), 1,
      sym_proc_name,
    ACTIONS(2012), 1,
      sym_fn_name,
  [21437] = 1,
    ACTIONS(1629), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21442] = 1,
    ACTIONS(2014), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [21447] = 1,
    ACTIONS(2016), 2,
      sym_register,
      sym_identifier,
  [21452] = 1,
    ACTIONS(1627), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21457] = 1,
    ACTIONS(1417), 1,
      anon_sym_RBRACK,
  [21461] = 1,
    ACTIONS(2018), 1,
      ts_builtin_sym_end,
  [21465] = 1,
    ACTIONS(2020), 1,
      sym__newline,
  [21469] = 1,
    ACTIONS(2022), 1,
      sym_shift_type,
  [21473] = 1,
    ACTIONS(2024), 1,
      anon_sym_RBRACK,
  [21477] = 1,
    ACTIONS(2026), 1,
      sym_shift_type,
  [21481] = 1,
    ACTIONS(2028), 1,
      sym_shift_type,
  [21485] = 1,
    ACTIONS(2030), 1,
      anon_sym_EQ,
  [21489] = 1,
    ACTIONS(2032), 1,
      anon_sym_BANG,
  [21493] = 1,
    ACTIONS(2034), 1,
      sym_shift_type,
  [21497] = 1,
    ACTIONS(2036), 1,
      sym_shift_type,
  [21501] = 1,
    ACTIONS(2038), 1,
      sym__newline,
  [21505] = 1,
    ACTIONS(2040), 1,
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
  [SMALL_STATE(14)] = 966,
  [SMALL_STATE(15)] = 1088,
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
  [SMALL_STATE(31)] = 2850,
  [SMALL_STATE(32)] = 2910,
  [SMALL_STATE(33)] = 2970,
  [SMALL_STATE(34)] = 3030,
  [SMALL_STATE(35)] = 3094,
  [SMALL_STATE(36)] = 3154,
  [SMALL_STATE(37)] = 3220,
  [SMALL_STATE(38)] = 3278,
  [SMALL_STATE(39)] = 3342,
  [SMALL_STATE(40)] = 3414,
  [SMALL_STATE(41)] = 3484,
  [SMALL_STATE(42)] = 3544,
  [SMALL_STATE(43)] = 3610,
  [SMALL_STATE(44)] = 3668,
  [SMALL_STATE(45)] = 3726,
  [SMALL_STATE(46)] = 3784,
  [SMALL_STATE(47)] = 3842,
  [SMALL_STATE(48)] = 3900,
  [SMALL_STATE(49)] = 3958,
  [SMALL_STATE(50)] = 4016,
  [SMALL_STATE(51)] = 4127,
  [SMALL_STATE(52)] = 4238,
  [SMALL_STATE(53)] = 4288,
  [SMALL_STATE(54)] = 4336,
  [SMALL_STATE(55)] = 4385,
  [SMALL_STATE(56)] = 4432,
  [SMALL_STATE(57)] = 4488,
  [SMALL_STATE(58)] = 4530,
  [SMALL_STATE(59)] = 4574,
  [SMALL_STATE(60)] = 4616,
  [SMALL_STATE(61)] = 4658,
  [SMALL_STATE(62)] = 4700,
  [SMALL_STATE(63)] = 4742,
  [SMALL_STATE(64)] = 4784,
  [SMALL_STATE(65)] = 4832,
  [SMALL_STATE(66)] = 4874,
  [SMALL_STATE(67)] = 4920,
  [SMALL_STATE(68)] = 4974,
  [SMALL_STATE(69)] = 5026,
  [SMALL_STATE(70)] = 5070,
  [SMALL_STATE(71)] = 5112,
  [SMALL_STATE(72)] = 5154,
  [SMALL_STATE(73)] = 5196,
  [SMALL_STATE(74)] = 5238,
  [SMALL_STATE(75)] = 5280,
  [SMALL_STATE(76)] = 5321,
  [SMALL_STATE(77)] = 5376,
  [SMALL_STATE(78)] = 5417,
  [SMALL_STATE(79)] = 5458,
  [SMALL_STATE(80)] = 5499,
  [SMALL_STATE(81)] = 5552,
  [SMALL_STATE(82)] = 5599,
  [SMALL_STATE(83)] = 5644,
  [SMALL_STATE(84)] = 5695,
  [SMALL_STATE(85)] = 5738,
  [SMALL_STATE(86)] = 5819,
  [SMALL_STATE(87)] = 5860,
  [SMALL_STATE(88)] = 5903,
  [SMALL_STATE(89)] = 5944,
  [SMALL_STATE(90)] = 5985,
  [SMALL_STATE(91)] = 6026,
  [SMALL_STATE(92)] = 6067,
  [SMALL_STATE(93)] = 6108,
  [SMALL_STATE(94)] = 6149,
  [SMALL_STATE(95)] = 6190,
  [SMALL_STATE(96)] = 6231,
  [SMALL_STATE(97)] = 6312,
  [SMALL_STATE(98)] = 6353,
  [SMALL_STATE(99)] = 6394,
  [SMALL_STATE(100)] = 6466,
  [SMALL_STATE(101)] = 6512,
  [SMALL_STATE(102)] = 6573,
  [SMALL_STATE(103)] = 6613,
  [SMALL_STATE(104)] = 6651,
  [SMALL_STATE(105)] = 6689,
  [SMALL_STATE(106)] = 6731,
  [SMALL_STATE(107)] = 6769,
  [SMALL_STATE(108)] = 6809,
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
  [SMALL_STATE(123)] = 7370,
  [SMALL_STATE(124)] = 7406,
  [SMALL_STATE(125)] = 7442,
  [SMALL_STATE(126)] = 7480,
  [SMALL_STATE(127)] = 7524,
  [SMALL_STATE(128)] = 7560,
  [SMALL_STATE(129)] = 7602,
  [SMALL_STATE(130)] = 7638,
  [SMALL_STATE(131)] = 7684,
  [SMALL_STATE(132)] = 7732,
  [SMALL_STATE(133)] = 7768,
  [SMALL_STATE(134)] = 7804,
  [SMALL_STATE(135)] = 7863,
  [SMALL_STATE(136)] = 7920,
  [SMALL_STATE(137)] = 7977,
  [SMALL_STATE(138)] = 8034,
  [SMALL_STATE(139)] = 8091,
  [SMALL_STATE(140)] = 8150,
  [SMALL_STATE(141)] = 8209,
  [SMALL_STATE(142)] = 8266,
  [SMALL_STATE(143)] = 8322,
  [SMALL_STATE(144)] = 8360,
  [SMALL_STATE(145)] = 8394,
  [SMALL_STATE(146)] = 8428,
  [SMALL_STATE(147)] = 8464,
  [SMALL_STATE(148)] = 8520,
  [SMALL_STATE(149)] = 8554,
  [SMALL_STATE(150)] = 8608,
  [SMALL_STATE(151)] = 8642,
  [SMALL_STATE(152)] = 8698,
  [SMALL_STATE(153)] = 8732,
  [SMALL_STATE(154)] = 8787,
  [SMALL_STATE(155)] = 8842,
  [SMALL_STATE(156)] = 8883,
  [SMALL_STATE(157)] = 8938,
  [SMALL_STATE(158)] = 8993,
  [SMALL_STATE(159)] = 9039,
  [SMALL_STATE(160)] = 9071,
  [SMALL_STATE(161)] = 9111,
  [SMALL_STATE(162)] = 9149,
  [SMALL_STATE(163)] = 9193,
  [SMALL_STATE(164)] = 9235,
  [SMALL_STATE(165)] = 9269,
  [SMALL_STATE(166)] = 9301,
  [SMALL_STATE(167)] = 9333,
  [SMALL_STATE(168)] = 9379,
  [SMALL_STATE(169)] = 9411,
  [SMALL_STATE(170)] = 9443,
  [SMALL_STATE(171)] = 9475,
  [SMALL_STATE(172)] = 9507,
  [SMALL_STATE(173)] = 9538,
  [SMALL_STATE(174)] = 9593,
  [SMALL_STATE(175)] = 9624,
  [SMALL_STATE(176)] = 9679,
  [SMALL_STATE(177)] = 9710,
  [SMALL_STATE(178)] = 9741,
  [SMALL_STATE(179)] = 9772,
  [SMALL_STATE(180)] = 9803,
  [SMALL_STATE(181)] = 9834,
  [SMALL_STATE(182)] = 9865,
  [SMALL_STATE(183)] = 9896,
  [SMALL_STATE(184)] = 9927,
  [SMALL_STATE(185)] = 9982,
  [SMALL_STATE(186)] = 10033,
  [SMALL_STATE(187)] = 10088,
  [SMALL_STATE(188)] = 10138,
  [SMALL_STATE(189)] = 10180,
  [SMALL_STATE(190)] = 10228,
  [SMALL_STATE(191)] = 10274,
  [SMALL_STATE(192)] = 10309,
  [SMALL_STATE(193)] = 10352,
  [SMALL_STATE(194)] = 10393,
  [SMALL_STATE(195)] = 10434,
  [SMALL_STATE(196)] = 10481,
  [SMALL_STATE(197)] = 10522,
  [SMALL_STATE(198)] = 10565,
  [SMALL_STATE(199)] = 10616,
  [SMALL_STATE(200)] = 10657,
  [SMALL_STATE(201)] = 10698,
  [SMALL_STATE(202)] = 10739,
  [SMALL_STATE(203)] = 10780,
  [SMALL_STATE(204)] = 10821,
  [SMALL_STATE(205)] = 10869,
  [SMALL_STATE(206)] = 10909,
  [SMALL_STATE(207)] = 10949,
  [SMALL_STATE(208)] = 10989,
  [SMALL_STATE(209)] = 11031,
  [SMALL_STATE(210)] = 11073,
  [SMALL_STATE(211)] = 11115,
  [SMALL_STATE(212)] = 11163,
  [SMALL_STATE(213)] = 11203,
  [SMALL_STATE(214)] = 11243,
  [SMALL_STATE(215)] = 11283,
  [SMALL_STATE(216)] = 11317,
  [SMALL_STATE(217)] = 11357,
  [SMALL_STATE(218)] = 11397,
  [SMALL_STATE(219)] = 11445,
  [SMALL_STATE(220)] = 11493,
  [SMALL_STATE(221)] = 11541,
  [SMALL_STATE(222)] = 11589,
  [SMALL_STATE(223)] = 11629,
  [SMALL_STATE(224)] = 11677,
  [SMALL_STATE(225)] = 11704,
  [SMALL_STATE(226)] = 11731,
  [SMALL_STATE(227)] = 11758,
  [SMALL_STATE(228)] = 11785,
  [SMALL_STATE(229)] = 11824,
  [SMALL_STATE(230)] = 11863,
  [SMALL_STATE(231)] = 11908,
  [SMALL_STATE(232)] = 11947,
  [SMALL_STATE(233)] = 11992,
  [SMALL_STATE(234)] = 12037,
  [SMALL_STATE(235)] = 12064,
  [SMALL_STATE(236)] = 12103,
  [SMALL_STATE(237)] = 12146,
  [SMALL_STATE(238)] = 12177,
  [SMALL_STATE(239)] = 12206,
  [SMALL_STATE(240)] = 12245,
  [SMALL_STATE(241)] = 12288,
  [SMALL_STATE(242)] = 12327,
  [SMALL_STATE(243)] = 12372,
  [SMALL_STATE(244)] = 12417,
  [SMALL_STATE(245)] = 12462,
  [SMALL_STATE(246)] = 12501,
  [SMALL_STATE(247)] = 12544,
  [SMALL_STATE(248)] = 12589,
  [SMALL_STATE(249)] = 12632,
  [SMALL_STATE(250)] = 12677,
  [SMALL_STATE(251)] = 12720,
  [SMALL_STATE(252)] = 12765,
  [SMALL_STATE(253)] = 12808,
  [SMALL_STATE(254)] = 12853,
  [SMALL_STATE(255)] = 12896,
  [SMALL_STATE(256)] = 12941,
  [SMALL_STATE(257)] = 12984,
  [SMALL_STATE(258)] = 13029,
  [SMALL_STATE(259)] = 13068,
  [SMALL_STATE(260)] = 13110,
  [SMALL_STATE(261)] = 13152,
  [SMALL_STATE(262)] = 13182,
  [SMALL_STATE(263)] = 13224,
  [SMALL_STATE(264)] = 13264,
  [SMALL_STATE(265)] = 13306,
  [SMALL_STATE(266)] = 13348,
  [SMALL_STATE(267)] = 13390,
  [SMALL_STATE(268)] = 13432,
  [SMALL_STATE(269)] = 13474,
  [SMALL_STATE(270)] = 13512,
  [SMALL_STATE(271)] = 13554,
  [SMALL_STATE(272)] = 13596,
  [SMALL_STATE(273)] = 13634,
  [SMALL_STATE(274)] = 13676,
  [SMALL_STATE(275)] = 13718,
  [SMALL_STATE(276)] = 13760,
  [SMALL_STATE(277)] = 13802,
  [SMALL_STATE(278)] = 13844,
  [SMALL_STATE(279)] = 13886,
  [SMALL_STATE(280)] = 13928,
  [SMALL_STATE(281)] = 13970,
  [SMALL_STATE(282)] = 14012,
  [SMALL_STATE(283)] = 14054,
  [SMALL_STATE(284)] = 14096,
  [SMALL_STATE(285)] = 14138,
  [SMALL_STATE(286)] = 14180,
  [SMALL_STATE(287)] = 14222,
  [SMALL_STATE(288)] = 14264,
  [SMALL_STATE(289)] = 14306,
  [SMALL_STATE(290)] = 14348,
  [SMALL_STATE(291)] = 14390,
  [SMALL_STATE(292)] = 14432,
  [SMALL_STATE(293)] = 14474,
  [SMALL_STATE(294)] = 14516,
  [SMALL_STATE(295)] = 14558,
  [SMALL_STATE(296)] = 14600,
  [SMALL_STATE(297)] = 14642,
  [SMALL_STATE(298)] = 14684,
  [SMALL_STATE(299)] = 14726,
  [SMALL_STATE(300)] = 14768,
  [SMALL_STATE(301)] = 14810,
  [SMALL_STATE(302)] = 14852,
  [SMALL_STATE(303)] = 14894,
  [SMALL_STATE(304)] = 14936,
  [SMALL_STATE(305)] = 14978,
  [SMALL_STATE(306)] = 15020,
  [SMALL_STATE(307)] = 15062,
  [SMALL_STATE(308)] = 15104,
  [SMALL_STATE(309)] = 15146,
  [SMALL_STATE(310)] = 15188,
  [SMALL_STATE(311)] = 15230,
  [SMALL_STATE(312)] = 15272,
  [SMALL_STATE(313)] = 15314,
  [SMALL_STATE(314)] = 15356,
  [SMALL_STATE(315)] = 15398,
  [SMALL_STATE(316)] = 15440,
  [SMALL_STATE(317)] = 15482,
  [SMALL_STATE(318)] = 15524,
  [SMALL_STATE(319)] = 15566,
  [SMALL_STATE(320)] = 15608,
  [SMALL_STATE(321)] = 15650,
  [SMALL_STATE(322)] = 15692,
  [SMALL_STATE(323)] = 15734,
  [SMALL_STATE(324)] = 15776,
  [SMALL_STATE(325)] = 15818,
  [SMALL_STATE(326)] = 15860,
  [SMALL_STATE(327)] = 15902,
  [SMALL_STATE(328)] = 15944,
  [SMALL_STATE(329)] = 15986,
  [SMALL_STATE(330)] = 16028,
  [SMALL_STATE(331)] = 16070,
  [SMALL_STATE(332)] = 16112,
  [SMALL_STATE(333)] = 16154,
  [SMALL_STATE(334)] = 16196,
  [SMALL_STATE(335)] = 16238,
  [SMALL_STATE(336)] = 16280,
  [SMALL_STATE(337)] = 16322,
  [SMALL_STATE(338)] = 16364,
  [SMALL_STATE(339)] = 16406,
  [SMALL_STATE(340)] = 16448,
  [SMALL_STATE(341)] = 16490,
  [SMALL_STATE(342)] = 16532,
  [SMALL_STATE(343)] = 16574,
  [SMALL_STATE(344)] = 16612,
  [SMALL_STATE(345)] = 16654,
  [SMALL_STATE(346)] = 16696,
  [SMALL_STATE(347)] = 16738,
  [SMALL_STATE(348)] = 16780,
  [SMALL_STATE(349)] = 16822,
  [SMALL_STATE(350)] = 16864,
  [SMALL_STATE(351)] = 16906,
  [SMALL_STATE(352)] = 16948,
  [SMALL_STATE(353)] = 16990,
  [SMALL_STATE(354)] = 17030,
  [SMALL_STATE(355)] = 17072,
  [SMALL_STATE(356)] = 17114,
  [SMALL_STATE(357)] = 17156,
  [SMALL_STATE(358)] = 17198,
  [SMALL_STATE(359)] = 17240,
  [SMALL_STATE(360)] = 17282,
  [SMALL_STATE(361)] = 17324,
  [SMALL_STATE(362)] = 17366,
  [SMALL_STATE(363)] = 17408,
  [SMALL_STATE(364)] = 17450,
  [SMALL_STATE(365)] = 17492,
  [SMALL_STATE(366)] = 17534,
  [SMALL_STATE(367)] = 17564,
  [SMALL_STATE(368)] = 17592,
  [SMALL_STATE(369)] = 17634,
  [SMALL_STATE(370)] = 17676,
  [SMALL_STATE(371)] = 17718,
  [SMALL_STATE(372)] = 17760,
  [SMALL_STATE(373)] = 17802,
  [SMALL_STATE(374)] = 17839,
  [SMALL_STATE(375)] = 17876,
  [SMALL_STATE(376)] = 17913,
  [SMALL_STATE(377)] = 17938,
  [SMALL_STATE(378)] = 17963,
  [SMALL_STATE(379)] = 17988,
  [SMALL_STATE(380)] = 18013,
  [SMALL_STATE(381)] = 18038,
  [SMALL_STATE(382)] = 18063,
  [SMALL_STATE(383)] = 18088,
  [SMALL_STATE(384)] = 18113,
  [SMALL_STATE(385)] = 18138,
  [SMALL_STATE(386)] = 18169,
  [SMALL_STATE(387)] = 18198,
  [SMALL_STATE(388)] = 18235,
  [SMALL_STATE(389)] = 18270,
  [SMALL_STATE(390)] = 18297,
  [SMALL_STATE(391)] = 18322,
  [SMALL_STATE(392)] = 18347,
  [SMALL_STATE(393)] = 18384,
  [SMALL_STATE(394)] = 18421,
  [SMALL_STATE(395)] = 18448,
  [SMALL_STATE(396)] = 18485,
  [SMALL_STATE(397)] = 18522,
  [SMALL_STATE(398)] = 18559,
  [SMALL_STATE(399)] = 18596,
  [SMALL_STATE(400)] = 18633,
  [SMALL_STATE(401)] = 18661,
  [SMALL_STATE(402)] = 18695,
  [SMALL_STATE(403)] = 18727,
  [SMALL_STATE(404)] = 18753,
  [SMALL_STATE(405)] = 18775,
  [SMALL_STATE(406)] = 18811,
  [SMALL_STATE(407)] = 18847,
  [SMALL_STATE(408)] = 18877,
  [SMALL_STATE(409)] = 18898,
  [SMALL_STATE(410)] = 18919,
  [SMALL_STATE(411)] = 18940,
  [SMALL_STATE(412)] = 18961,
  [SMALL_STATE(413)] = 18982,
  [SMALL_STATE(414)] = 19022,
  [SMALL_STATE(415)] = 19062,
  [SMALL_STATE(416)] = 19101,
  [SMALL_STATE(417)] = 19134,
  [SMALL_STATE(418)] = 19173,
  [SMALL_STATE(419)] = 19205,
  [SMALL_STATE(420)] = 19236,
  [SMALL_STATE(421)] = 19268,
  [SMALL_STATE(422)] = 19298,
  [SMALL_STATE(423)] = 19330,
  [SMALL_STATE(424)] = 19352,
  [SMALL_STATE(425)] = 19381,
  [SMALL_STATE(426)] = 19407,
  [SMALL_STATE(427)] = 19433,
  [SMALL_STATE(428)] = 19459,
  [SMALL_STATE(429)] = 19485,
  [SMALL_STATE(430)] = 19511,
  [SMALL_STATE(431)] = 19537,
  [SMALL_STATE(432)] = 19563,
  [SMALL_STATE(433)] = 19589,
  [SMALL_STATE(434)] = 19615,
  [SMALL_STATE(435)] = 19641,
  [SMALL_STATE(436)] = 19667,
  [SMALL_STATE(437)] = 19693,
  [SMALL_STATE(438)] = 19709,
  [SMALL_STATE(439)] = 19728,
  [SMALL_STATE(440)] = 19746,
  [SMALL_STATE(441)] = 19764,
  [SMALL_STATE(442)] = 19781,
  [SMALL_STATE(443)] = 19798,
  [SMALL_STATE(444)] = 19810,
  [SMALL_STATE(445)] = 19828,
  [SMALL_STATE(446)] = 19846,
  [SMALL_STATE(447)] = 19864,
  [SMALL_STATE(448)] = 19876,
  [SMALL_STATE(449)] = 19894,
  [SMALL_STATE(450)] = 19912,
  [SMALL_STATE(451)] = 19923,
  [SMALL_STATE(452)] = 19938,
  [SMALL_STATE(453)] = 19949,
  [SMALL_STATE(454)] = 19960,
  [SMALL_STATE(455)] = 19971,
  [SMALL_STATE(456)] = 19986,
  [SMALL_STATE(457)] = 20001,
  [SMALL_STATE(458)] = 20014,
  [SMALL_STATE(459)] = 20027,
  [SMALL_STATE(460)] = 20038,
  [SMALL_STATE(461)] = 20049,
  [SMALL_STATE(462)] = 20062,
  [SMALL_STATE(463)] = 20077,
  [SMALL_STATE(464)] = 20092,
  [SMALL_STATE(465)] = 20107,
  [SMALL_STATE(466)] = 20118,
  [SMALL_STATE(467)] = 20129,
  [SMALL_STATE(468)] = 20140,
  [SMALL_STATE(469)] = 20151,
  [SMALL_STATE(470)] = 20164,
  [SMALL_STATE(471)] = 20177,
  [SMALL_STATE(472)] = 20192,
  [SMALL_STATE(473)] = 20207,
  [SMALL_STATE(474)] = 20218,
  [SMALL_STATE(475)] = 20233,
  [SMALL_STATE(476)] = 20246,
  [SMALL_STATE(477)] = 20259,
  [SMALL_STATE(478)] = 20272,
  [SMALL_STATE(479)] = 20285,
  [SMALL_STATE(480)] = 20298,
  [SMALL_STATE(481)] = 20311,
  [SMALL_STATE(482)] = 20319,
  [SMALL_STATE(483)] = 20327,
  [SMALL_STATE(484)] = 20335,
  [SMALL_STATE(485)] = 20343,
  [SMALL_STATE(486)] = 20357,
  [SMALL_STATE(487)] = 20367,
  [SMALL_STATE(488)] = 20375,
  [SMALL_STATE(489)] = 20383,
  [SMALL_STATE(490)] = 20391,
  [SMALL_STATE(491)] = 20399,
  [SMALL_STATE(492)] = 20407,
  [SMALL_STATE(493)] = 20419,
  [SMALL_STATE(494)] = 20427,
  [SMALL_STATE(495)] = 20439,
  [SMALL_STATE(496)] = 20447,
  [SMALL_STATE(497)] = 20455,
  [SMALL_STATE(498)] = 20463,
  [SMALL_STATE(499)] = 20475,
  [SMALL_STATE(500)] = 20483,
  [SMALL_STATE(501)] = 20497,
  [SMALL_STATE(502)] = 20509,
  [SMALL_STATE(503)] = 20521,
  [SMALL_STATE(504)] = 20533,
  [SMALL_STATE(505)] = 20541,
  [SMALL_STATE(506)] = 20549,
  [SMALL_STATE(507)] = 20561,
  [SMALL_STATE(508)] = 20575,
  [SMALL_STATE(509)] = 20583,
  [SMALL_STATE(510)] = 20593,
  [SMALL_STATE(511)] = 20607,
  [SMALL_STATE(512)] = 20621,
  [SMALL_STATE(513)] = 20633,
  [SMALL_STATE(514)] = 20645,
  [SMALL_STATE(515)] = 20653,
  [SMALL_STATE(516)] = 20665,
  [SMALL_STATE(517)] = 20677,
  [SMALL_STATE(518)] = 20691,
  [SMALL_STATE(519)] = 20705,
  [SMALL_STATE(520)] = 20713,
  [SMALL_STATE(521)] = 20727,
  [SMALL_STATE(522)] = 20739,
  [SMALL_STATE(523)] = 20746,
  [SMALL_STATE(524)] = 20753,
  [SMALL_STATE(525)] = 20760,
  [SMALL_STATE(526)] = 20769,
  [SMALL_STATE(527)] = 20780,
  [SMALL_STATE(528)] = 20787,
  [SMALL_STATE(529)] = 20794,
  [SMALL_STATE(530)] = 20807,
  [SMALL_STATE(531)] = 20814,
  [SMALL_STATE(532)] = 20821,
  [SMALL_STATE(533)] = 20828,
  [SMALL_STATE(534)] = 20839,
  [SMALL_STATE(535)] = 20848,
  [SMALL_STATE(536)] = 20857,
  [SMALL_STATE(537)] = 20868,
  [SMALL_STATE(538)] = 20879,
  [SMALL_STATE(539)] = 20889,
  [SMALL_STATE(540)] = 20899,
  [SMALL_STATE(541)] = 20905,
  [SMALL_STATE(542)] = 20911,
  [SMALL_STATE(543)] = 20917,
  [SMALL_STATE(544)] = 20923,
  [SMALL_STATE(545)] = 20929,
  [SMALL_STATE(546)] = 20939,
  [SMALL_STATE(547)] = 20949,
  [SMALL_STATE(548)] = 20959,
  [SMALL_STATE(549)] = 20965,
  [SMALL_STATE(550)] = 20975,
  [SMALL_STATE(551)] = 20981,
  [SMALL_STATE(552)] = 20987,
  [SMALL_STATE(553)] = 20997,
  [SMALL_STATE(554)] = 21005,
  [SMALL_STATE(555)] = 21011,
  [SMALL_STATE(556)] = 21019,
  [SMALL_STATE(557)] = 21025,
  [SMALL_STATE(558)] = 21031,
  [SMALL_STATE(559)] = 21041,
  [SMALL_STATE(560)] = 21051,
  [SMALL_STATE(561)] = 21057,
  [SMALL_STATE(562)] = 21063,
  [SMALL_STATE(563)] = 21069,
  [SMALL_STATE(564)] = 21075,
  [SMALL_STATE(565)] = 21085,
  [SMALL_STATE(566)] = 21091,
  [SMALL_STATE(567)] = 21101,
  [SMALL_STATE(568)] = 21111,
  [SMALL_STATE(569)] = 21121,
  [SMALL_STATE(570)] = 21127,
  [SMALL_STATE(571)] = 21137,
  [SMALL_STATE(572)] = 21143,
  [SMALL_STATE(573)] = 21153,
  [SMALL_STATE(574)] = 21161,
  [SMALL_STATE(575)] = 21167,
  [SMALL_STATE(576)] = 21177,
  [SMALL_STATE(577)] = 21185,
  [SMALL_STATE(578)] = 21195,
  [SMALL_STATE(579)] = 21205,
  [SMALL_STATE(580)] = 21215,
  [SMALL_STATE(581)] = 21225,
  [SMALL_STATE(582)] = 21235,
  [SMALL_STATE(583)] = 21243,
  [SMALL_STATE(584)] = 21253,
  [SMALL_STATE(585)] = 21259,
  [SMALL_STATE(586)] = 21269,
  [SMALL_STATE(587)] = 21277,
  [SMALL_STATE(588)] = 21283,
  [SMALL_STATE(589)] = 21291,
  [SMALL_STATE(590)] = 21297,
  [SMALL_STATE(591)] = 21305,
  [SMALL_STATE(592)] = 21311,
  [SMALL_STATE(593)] = 21321,
  [SMALL_STATE(594)] = 21329,
  [SMALL_STATE(595)] = 21335,
  [SMALL_STATE(596)] = 21341,
  [SMALL_STATE(597)] = 21347,
  [SMALL_STATE(598)] = 21352,
  [SMALL_STATE(599)] = 21357,
  [SMALL_STATE(600)] = 21362,
  [SMALL_STATE(601)] = 21367,
  [SMALL_STATE(602)] = 21372,
  [SMALL_STATE(603)] = 21379,
  [SMALL_STATE(604)] = 21384,
  [SMALL_STATE(605)] = 21389,
  [SMALL_STATE(606)] = 21394,
  [SMALL_STATE(607)] = 21399,
  [SMALL_STATE(608)] = 21404,
  [SMALL_STATE(609)] = 21411,
  [SMALL_STATE(610)] = 21418,
  [SMALL_STATE(611)] = 21425,
  [SMALL_STATE(612)] = 21430,
  [SMALL_STATE(613)] = 21437,
  [SMALL_STATE(614)] = 21442,
  [SMALL_STATE(615)] = 21447,
  [SMALL_STATE(616)] = 21452,
  [SMALL_STATE(617)] = 21457,
  [SMALL_STATE(618)] = 21461,
  [SMALL_STATE(619)] = 21465,
  [SMALL_STATE(620)] = 21469,
  [SMALL_STATE(621)] = 21473,
  [SMALL_STATE(622)] = 21477,
  [SMALL_STATE(623)] = 21481,
  [SMALL_STATE(624)] = 21485,
  [SMALL_STATE(625)] = 21489,
  [SMALL_STATE(626)] = 21493,
  [SMALL_STATE(627)] = 21497,
  [SMALL_STATE(628)] = 21501,
  [SMALL_STATE(629)] = 21505,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(6),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(7),
  [9] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [13] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [15] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [17] = {.entry = {.count = 1, .reusable = true}}, SHIFT(547),
  [19] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [21] = {.entry = {.count = 1, .reusable = true}}, SHIFT(612),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(567),
  [25] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [27] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [29] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [31] = {.entry = {.count = 1, .reusable = true}}, SHIFT(154),
  [33] = {.entry = {.count = 1, .reusable = true}}, SHIFT(28),
  [35] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [37] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [39] = {.entry = {.count = 1, .reusable = true}}, SHIFT(230),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(567),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(593),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(504),
  [53] = {.entry = {.count = 1, .reusable = true}}, SHIFT(494),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(439),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(588),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [65] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(537),
  [69] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [71] = {.entry = {.count = 1, .reusable = true}}, SHIFT(15),
  [73] = {.entry = {.count = 1, .reusable = true}}, SHIFT(17),
  [75] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [77] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [79] = {.entry = {.count = 1, .reusable = true}}, SHIFT(25),
  [81] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(525),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(295),
  [93] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [97] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [101] = {.entry = {.count = 1, .reusable = false}}, SHIFT(266),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [105] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [109] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [111] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [113] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [115] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [117] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(6),
  [120] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [123] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(436),
  [126] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(327),
  [129] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(428),
  [132] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(421),
  [135] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(547),
  [138] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(424),
  [141] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(612),
  [144] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(567),
  [147] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(314),
  [150] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [153] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(285),
  [156] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(154),
  [159] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [162] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(275),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(284),
  [168] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(230),
  [171] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(567),
  [174] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(593),
  [177] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(136),
  [180] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(289),
  [183] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(290),
  [186] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(504),
  [189] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(494),
  [192] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(439),
  [195] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(5),
  [198] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [200] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(603),
  [204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(603),
  [206] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [214] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [216] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [218] = {.entry = {.count = 1, .reusable = true}}, SHIFT(562),
  [220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(438),
  [224] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [226] = {.entry = {.count = 1, .reusable = true}}, SHIFT(540),
  [228] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 47),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [232] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [236] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(13),
  [242] = {.entry = {.count = 1, .reusable = true}}, SHIFT(590),
  [244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(579),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(579),
  [250] = {.entry = {.count = 1, .reusable = true}}, SHIFT(16),
  [252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(565),
  [258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(565),
  [260] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(569),
  [264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [268] = {.entry = {.count = 1, .reusable = false}}, SHIFT(604),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(604),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [274] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [276] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [278] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [282] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [284] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 51),
  [286] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 51),
  [288] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 77),
  [290] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 77),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [294] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [302] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 43),
  [304] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [306] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [308] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [310] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [312] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 40),
  [314] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 40),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [318] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [320] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [322] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [326] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [328] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [330] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [334] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(553),
  [338] = {.entry = {.count = 1, .reusable = false}}, SHIFT(469),
  [340] = {.entry = {.count = 1, .reusable = false}}, SHIFT(470),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [344] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(533),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [352] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(155),
  [362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(116),
  [366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [368] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(112),
  [372] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [376] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [382] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [384] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [388] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [392] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [396] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [400] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(372),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [408] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(280),
  [420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(276),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [426] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [428] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [430] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [434] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [436] = {.entry = {.count = 1, .reusable = true}}, SHIFT(222),
  [438] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [456] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [458] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [460] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [462] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 37),
  [464] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(508),
  [470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(243),
  [472] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [474] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [476] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55),
  [478] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(115),
  [481] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(116),
  [484] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(113),
  [487] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(117),
  [490] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(112),
  [493] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(111),
  [496] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(114),
  [499] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(118),
  [502] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(119),
  [505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [507] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [511] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [513] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [515] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [517] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [519] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [521] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [523] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [525] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [527] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [529] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [531] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [533] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [535] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [537] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [539] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [541] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [543] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 33),
  [545] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 33),
  [547] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 34),
  [549] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 34),
  [551] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [553] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 35),
  [555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [559] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [561] = {.entry = {.count = 1, .reusable = false}}, SHIFT(317),
  [563] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [565] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [567] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [569] = {.entry = {.count = 1, .reusable = false}}, SHIFT(292),
  [571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [573] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 108),
  [575] = {.entry = {.count = 1, .reusable = false}}, SHIFT(491),
  [577] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [581] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [583] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [585] = {.entry = {.count = 1, .reusable = true}}, SHIFT(551),
  [587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(610),
  [589] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [591] = {.entry = {.count = 1, .reusable = true}}, SHIFT(524),
  [593] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [595] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [599] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [601] = {.entry = {.count = 1, .reusable = true}}, SHIFT(595),
  [603] = {.entry = {.count = 1, .reusable = true}}, SHIFT(594),
  [605] = {.entry = {.count = 1, .reusable = true}}, SHIFT(560),
  [607] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 103),
  [609] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [611] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 72),
  [613] = {.entry = {.count = 1, .reusable = false}}, SHIFT(482),
  [615] = {.entry = {.count = 1, .reusable = true}}, SHIFT(571),
  [617] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 11),
  [619] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [627] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [629] = {.entry = {.count = 1, .reusable = false}}, SHIFT(56),
  [631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [635] = {.entry = {.count = 1, .reusable = false}}, SHIFT(52),
  [637] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [639] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(147),
  [642] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(358),
  [645] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(345),
  [648] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(371),
  [651] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(223),
  [654] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(56),
  [657] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(53),
  [660] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(56),
  [663] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(52),
  [666] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [668] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [670] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(153),
  [673] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(337),
  [676] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(313),
  [679] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(369),
  [682] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(218),
  [685] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(76),
  [688] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(55),
  [691] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(76),
  [694] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(54),
  [697] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [701] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [705] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [707] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [709] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [713] = {.entry = {.count = 1, .reusable = false}}, SHIFT(54),
  [715] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0), SHIFT(620),
  [718] = {.entry = {.count = 1, .reusable = true}}, SHIFT(153),
  [720] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(172),
  [723] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(176),
  [726] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(182),
  [729] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(183),
  [732] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(174),
  [735] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(177),
  [738] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(178),
  [741] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(179),
  [744] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 55), SHIFT_REPEAT(181),
  [747] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [749] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [751] = {.entry = {.count = 1, .reusable = false}}, SHIFT(300),
  [753] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [755] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [757] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [759] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [761] = {.entry = {.count = 1, .reusable = false}}, SHIFT(298),
  [763] = {.entry = {.count = 1, .reusable = true}}, SHIFT(460),
  [765] = {.entry = {.count = 1, .reusable = false}}, SHIFT(629),
  [767] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [769] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [771] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [773] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [775] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [777] = {.entry = {.count = 1, .reusable = false}}, SHIFT(375),
  [779] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [781] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [783] = {.entry = {.count = 1, .reusable = false}}, SHIFT(122),
  [785] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [787] = {.entry = {.count = 1, .reusable = false}}, SHIFT(621),
  [789] = {.entry = {.count = 1, .reusable = false}}, SHIFT(486),
  [791] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [793] = {.entry = {.count = 1, .reusable = false}}, SHIFT(339),
  [795] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [799] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [801] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [803] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [807] = {.entry = {.count = 1, .reusable = false}}, SHIFT(608),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [811] = {.entry = {.count = 1, .reusable = false}}, SHIFT(332),
  [813] = {.entry = {.count = 1, .reusable = false}}, SHIFT(353),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 1, 0, 0),
  [819] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [823] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [825] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [827] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 38),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(253),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [835] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 100),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(623),
  [839] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [841] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(417),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [847] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [849] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 94),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(626),
  [853] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [855] = {.entry = {.count = 1, .reusable = false}}, SHIFT(365),
  [857] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [859] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [861] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 51),
  [863] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [865] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [873] = {.entry = {.count = 1, .reusable = false}}, SHIFT(290),
  [875] = {.entry = {.count = 1, .reusable = false}}, SHIFT(204),
  [877] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [881] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [883] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [885] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 45),
  [887] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [891] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 78),
  [893] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [895] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [897] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [899] = {.entry = {.count = 1, .reusable = false}}, SHIFT(368),
  [901] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [903] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [909] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [913] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [915] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 54),
  [917] = {.entry = {.count = 1, .reusable = false}}, SHIFT(369),
  [919] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [923] = {.entry = {.count = 1, .reusable = false}}, SHIFT(133),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [927] = {.entry = {.count = 1, .reusable = false}}, SHIFT(370),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [937] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [941] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [943] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 36),
  [945] = {.entry = {.count = 1, .reusable = false}}, SHIFT(371),
  [947] = {.entry = {.count = 1, .reusable = false}}, SHIFT(60),
  [949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [951] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [953] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(22),
  [957] = {.entry = {.count = 1, .reusable = false}}, SHIFT(399),
  [959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [961] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 61),
  [963] = {.entry = {.count = 1, .reusable = false}}, SHIFT(609),
  [965] = {.entry = {.count = 1, .reusable = false}}, SHIFT(263),
  [967] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [969] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [971] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [973] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [975] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 96),
  [977] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [981] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [983] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 41),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [987] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [991] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [993] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [995] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [999] = {.entry = {.count = 1, .reusable = false}}, SHIFT(246),
  [1001] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [1003] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 46),
  [1005] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [1007] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [1009] = {.entry = {.count = 1, .reusable = false}}, SHIFT(248),
  [1011] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1013] = {.entry = {.count = 1, .reusable = true}}, SHIFT(31),
  [1015] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1017] = {.entry = {.count = 1, .reusable = false}}, SHIFT(250),
  [1019] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [1021] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1023] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [1025] = {.entry = {.count = 1, .reusable = false}}, SHIFT(252),
  [1027] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [1029] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [1031] = {.entry = {.count = 1, .reusable = true}}, SHIFT(225),
  [1033] = {.entry = {.count = 1, .reusable = false}}, SHIFT(254),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [1037] = {.entry = {.count = 1, .reusable = true}}, SHIFT(226),
  [1039] = {.entry = {.count = 1, .reusable = true}}, SHIFT(408),
  [1041] = {.entry = {.count = 1, .reusable = false}}, SHIFT(256),
  [1043] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [1047] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1049] = {.entry = {.count = 1, .reusable = false}}, SHIFT(240),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1053] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 42),
  [1055] = {.entry = {.count = 1, .reusable = false}}, SHIFT(407),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [1059] = {.entry = {.count = 1, .reusable = false}}, SHIFT(205),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [1063] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(261),
  [1066] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [1068] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(380),
  [1071] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [1073] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(627),
  [1077] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1079] = {.entry = {.count = 1, .reusable = false}}, SHIFT(389),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [1085] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [1087] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1089] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [1091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1093] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [1095] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1097] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [1099] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1101] = {.entry = {.count = 1, .reusable = false}}, SHIFT(258),
  [1103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [1105] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [1107] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1109] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [1111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1113] = {.entry = {.count = 1, .reusable = false}}, SHIFT(387),
  [1115] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [1117] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [1119] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [1121] = {.entry = {.count = 1, .reusable = false}}, SHIFT(81),
  [1123] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [1125] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [1127] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1129] = {.entry = {.count = 1, .reusable = false}}, SHIFT(82),
  [1131] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [1133] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [1135] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1137] = {.entry = {.count = 1, .reusable = false}}, SHIFT(83),
  [1139] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [1141] = {.entry = {.count = 1, .reusable = false}}, SHIFT(84),
  [1143] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [1145] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [1147] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1149] = {.entry = {.count = 1, .reusable = false}}, SHIFT(207),
  [1151] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [1153] = {.entry = {.count = 1, .reusable = false}}, SHIFT(229),
  [1155] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [1157] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [1159] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [1161] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [1163] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1165] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [1167] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1169] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [1171] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1173] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [1175] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1177] = {.entry = {.count = 1, .reusable = false}}, SHIFT(392),
  [1179] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [1181] = {.entry = {.count = 1, .reusable = false}}, SHIFT(343),
  [1183] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [1185] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [1187] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1189] = {.entry = {.count = 1, .reusable = false}}, SHIFT(406),
  [1191] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [1193] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [1195] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1197] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [1199] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1201] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [1203] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [1205] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [1207] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [1209] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [1211] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1213] = {.entry = {.count = 1, .reusable = false}}, SHIFT(159),
  [1215] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1217] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1219] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1221] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1223] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1225] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1227] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1229] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1231] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1233] = {.entry = {.count = 1, .reusable = false}}, SHIFT(382),
  [1235] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [1237] = {.entry = {.count = 1, .reusable = false}}, SHIFT(400),
  [1239] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [1241] = {.entry = {.count = 1, .reusable = false}}, SHIFT(401),
  [1243] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [1245] = {.entry = {.count = 1, .reusable = false}}, SHIFT(402),
  [1247] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1249] = {.entry = {.count = 1, .reusable = false}}, SHIFT(403),
  [1251] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [1253] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [1255] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1257] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [1259] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1261] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [1263] = {.entry = {.count = 1, .reusable = true}}, SHIFT(405),
  [1265] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1267] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1269] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1271] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1273] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [1275] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1277] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [1279] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1281] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [1283] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1285] = {.entry = {.count = 1, .reusable = false}}, SHIFT(158),
  [1287] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [1289] = {.entry = {.count = 1, .reusable = false}}, SHIFT(386),
  [1291] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [1293] = {.entry = {.count = 1, .reusable = false}}, SHIFT(65),
  [1295] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [1297] = {.entry = {.count = 1, .reusable = false}}, SHIFT(66),
  [1299] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [1301] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [1303] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [1305] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [1307] = {.entry = {.count = 1, .reusable = true}}, SHIFT(68),
  [1309] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [1311] = {.entry = {.count = 1, .reusable = true}}, SHIFT(69),
  [1313] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [1315] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [1317] = {.entry = {.count = 1, .reusable = false}}, SHIFT(376),
  [1319] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [1321] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [1323] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [1325] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [1327] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [1329] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [1331] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1333] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [1335] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1337] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [1339] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1341] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [1343] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [1345] = {.entry = {.count = 1, .reusable = false}}, SHIFT(239),
  [1347] = {.entry = {.count = 1, .reusable = true}}, SHIFT(239),
  [1349] = {.entry = {.count = 1, .reusable = false}}, SHIFT(374),
  [1351] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [1353] = {.entry = {.count = 1, .reusable = false}}, SHIFT(391),
  [1355] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1357] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [1359] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [1361] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [1363] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1365] = {.entry = {.count = 1, .reusable = false}}, SHIFT(132),
  [1367] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [1369] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1371] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1373] = {.entry = {.count = 1, .reusable = false}}, SHIFT(193),
  [1375] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [1377] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [1379] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1381] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 51),
  [1383] = {.entry = {.count = 1, .reusable = false}}, SHIFT(390),
  [1385] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [1387] = {.entry = {.count = 1, .reusable = false}}, SHIFT(59),
  [1389] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [1391] = {.entry = {.count = 1, .reusable = false}}, SHIFT(385),
  [1393] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [1395] = {.entry = {.count = 1, .reusable = false}}, SHIFT(125),
  [1397] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1399] = {.entry = {.count = 1, .reusable = false}}, SHIFT(398),
  [1401] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [1403] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1405] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1407] = {.entry = {.count = 1, .reusable = false}}, SHIFT(388),
  [1409] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [1411] = {.entry = {.count = 1, .reusable = false}}, SHIFT(272),
  [1413] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [1415] = {.entry = {.count = 1, .reusable = true}}, SHIFT(622),
  [1417] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [1419] = {.entry = {.count = 1, .reusable = false}}, SHIFT(57),
  [1421] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [1423] = {.entry = {.count = 1, .reusable = false}}, SHIFT(269),
  [1425] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1427] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [1429] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1431] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [1433] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1435] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [1437] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1439] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [1441] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1443] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [1445] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1447] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [1449] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1451] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1453] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1455] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [1457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [1459] = {.entry = {.count = 1, .reusable = false}}, SHIFT(393),
  [1461] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [1463] = {.entry = {.count = 1, .reusable = false}}, SHIFT(395),
  [1465] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [1467] = {.entry = {.count = 1, .reusable = false}}, SHIFT(396),
  [1469] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [1471] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [1473] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1475] = {.entry = {.count = 1, .reusable = false}}, SHIFT(373),
  [1477] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [1479] = {.entry = {.count = 1, .reusable = false}}, SHIFT(64),
  [1481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [1483] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [1485] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [1487] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_gap, 1, 0, 0),
  [1489] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [1491] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [1493] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1495] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [1497] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [1499] = {.entry = {.count = 1, .reusable = false}}, SHIFT(346),
  [1501] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [1503] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [1505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1507] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [1509] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1511] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [1513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [1517] = {.entry = {.count = 1, .reusable = false}}, SHIFT(556),
  [1519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [1523] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [1525] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1527] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1529] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [1531] = {.entry = {.count = 1, .reusable = false}}, SHIFT(259),
  [1533] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_gap, 2, 0, 0),
  [1535] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1537] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1539] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1541] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1543] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [1545] = {.entry = {.count = 1, .reusable = false}}, SHIFT(464),
  [1547] = {.entry = {.count = 1, .reusable = false}}, SHIFT(440),
  [1549] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1551] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1553] = {.entry = {.count = 1, .reusable = false}}, SHIFT(455),
  [1555] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1557] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1559] = {.entry = {.count = 1, .reusable = false}}, SHIFT(510),
  [1561] = {.entry = {.count = 1, .reusable = false}}, SHIFT(441),
  [1563] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1565] = {.entry = {.count = 1, .reusable = false}}, SHIFT(493),
  [1567] = {.entry = {.count = 1, .reusable = false}}, SHIFT(507),
  [1569] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1571] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [1573] = {.entry = {.count = 1, .reusable = false}}, SHIFT(521),
  [1575] = {.entry = {.count = 1, .reusable = false}}, SHIFT(442),
  [1577] = {.entry = {.count = 1, .reusable = false}}, SHIFT(434),
  [1579] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1581] = {.entry = {.count = 1, .reusable = false}}, SHIFT(605),
  [1583] = {.entry = {.count = 1, .reusable = false}}, SHIFT(451),
  [1585] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1587] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [1589] = {.entry = {.count = 1, .reusable = false}}, SHIFT(501),
  [1591] = {.entry = {.count = 1, .reusable = false}}, SHIFT(596),
  [1593] = {.entry = {.count = 1, .reusable = false}}, SHIFT(563),
  [1595] = {.entry = {.count = 1, .reusable = false}}, SHIFT(543),
  [1597] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [1599] = {.entry = {.count = 1, .reusable = false}}, SHIFT(624),
  [1601] = {.entry = {.count = 1, .reusable = false}}, SHIFT(518),
  [1603] = {.entry = {.count = 1, .reusable = false}}, SHIFT(561),
  [1605] = {.entry = {.count = 1, .reusable = false}}, SHIFT(587),
  [1607] = {.entry = {.count = 1, .reusable = false}}, SHIFT(541),
  [1609] = {.entry = {.count = 1, .reusable = false}}, SHIFT(574),
  [1611] = {.entry = {.count = 1, .reusable = false}}, SHIFT(527),
  [1613] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [1615] = {.entry = {.count = 1, .reusable = false}}, SHIFT(542),
  [1617] = {.entry = {.count = 1, .reusable = false}}, SHIFT(483),
  [1619] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1621] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [1623] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1625] = {.entry = {.count = 1, .reusable = true}}, SHIFT(311),
  [1627] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [1629] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [1631] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [1633] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1635] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(149),
  [1638] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0),
  [1640] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat2, 2, 0, 0), SHIFT_REPEAT(380),
  [1643] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1645] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1647] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [1649] = {.entry = {.count = 1, .reusable = true}}, SHIFT(488),
  [1651] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [1653] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1655] = {.entry = {.count = 1, .reusable = true}}, SHIFT(495),
  [1657] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [1659] = {.entry = {.count = 1, .reusable = true}}, SHIFT(497),
  [1661] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 93),
  [1663] = {.entry = {.count = 1, .reusable = true}}, SHIFT(505),
  [1665] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 68),
  [1667] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [1669] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 69),
  [1671] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1673] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [1675] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1677] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 59),
  [1679] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 99),
  [1681] = {.entry = {.count = 1, .reusable = true}}, SHIFT(514),
  [1683] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [1685] = {.entry = {.count = 1, .reusable = true}}, SHIFT(484),
  [1687] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 71),
  [1689] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [1691] = {.entry = {.count = 1, .reusable = true}}, SHIFT(519),
  [1693] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 85),
  [1695] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1697] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 50),
  [1699] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1701] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 49),
  [1703] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1705] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1707] = {.entry = {.count = 1, .reusable = true}}, SHIFT(489),
  [1709] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 111),
  [1711] = {.entry = {.count = 1, .reusable = true}}, SHIFT(481),
  [1713] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1715] = {.entry = {.count = 1, .reusable = true}}, SHIFT(499),
  [1717] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(620),
  [1720] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1722] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 39),
  [1724] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1726] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [1728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1730] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1734] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [1738] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75),
  [1740] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 75), SHIFT_REPEAT(99),
  [1743] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 76),
  [1745] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52),
  [1747] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(185),
  [1750] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67),
  [1752] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(416),
  [1755] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 56),
  [1757] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70),
  [1759] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 70), SHIFT_REPEAT(273),
  [1762] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 113),
  [1764] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 87),
  [1766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [1768] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1770] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 107),
  [1772] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1774] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1776] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 112),
  [1778] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 67), SHIFT_REPEAT(418),
  [1781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 64),
  [1783] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 73),
  [1787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 58),
  [1789] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 95),
  [1791] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(578),
  [1795] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 88),
  [1797] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 52), SHIFT_REPEAT(187),
  [1800] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1802] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 74),
  [1808] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44),
  [1810] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 44), SHIFT_REPEAT(433),
  [1813] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1815] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(578),
  [1818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 102),
  [1820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1824] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [1826] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 86),
  [1828] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1830] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1832] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 60),
  [1834] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1836] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1838] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1840] = {.entry = {.count = 1, .reusable = false}}, SHIFT(544),
  [1842] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(23),
  [1845] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1847] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1849] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__asm_item, 2, 0, 0),
  [1851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(573),
  [1853] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [1855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(615),
  [1857] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 79),
  [1859] = {.entry = {.count = 1, .reusable = false}}, SHIFT(529),
  [1861] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [1863] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [1867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(23),
  [1869] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1871] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1875] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80), SHIFT_REPEAT(420),
  [1878] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 80),
  [1880] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 81),
  [1882] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [1884] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [1886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 84),
  [1888] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [1890] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1894] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [1896] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1898] = {.entry = {.count = 1, .reusable = true}}, SHIFT(530),
  [1900] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [1902] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 5, 0, 0),
  [1904] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(7),
  [1907] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [1909] = {.entry = {.count = 1, .reusable = false}}, SHIFT(602),
  [1911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 62),
  [1913] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [1915] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1917] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 63),
  [1919] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1921] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(573),
  [1924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 6, 0, 0),
  [1926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [1928] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [1930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 91),
  [1932] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [1934] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1936] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1938] = {.entry = {.count = 1, .reusable = true}}, SHIFT(227),
  [1940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 9),
  [1942] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 4, 0, 0),
  [1944] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [1946] = {.entry = {.count = 1, .reusable = false}}, SHIFT(555),
  [1948] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 65),
  [1950] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [1952] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1954] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [1956] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1958] = {.entry = {.count = 1, .reusable = true}}, SHIFT(27),
  [1960] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(27),
  [1963] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [1965] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 47),
  [1967] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1969] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1971] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [1973] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 97),
  [1975] = {.entry = {.count = 1, .reusable = true}}, SHIFT(18),
  [1977] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 53),
  [1979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [1981] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 48),
  [1983] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52), SHIFT_REPEAT(291),
  [1986] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 52),
  [1988] = {.entry = {.count = 1, .reusable = true}}, SHIFT(544),
  [1990] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [1992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [1994] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 92),
  [1996] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [1998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 89),
  [2000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [2002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [2004] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 2, 0, 9),
  [2006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [2008] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [2010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(503),
  [2012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [2014] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 60),
  [2016] = {.entry = {.count = 1, .reusable = false}}, SHIFT(601),
  [2018] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [2020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(77),
  [2022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [2024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(466),
  [2026] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [2028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [2030] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [2032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(496),
  [2034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [2036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [2038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [2040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
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
