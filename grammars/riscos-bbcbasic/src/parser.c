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
#define STATE_COUNT 619
#define LARGE_STATE_COUNT 6
#define SYMBOL_COUNT 179
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
  sym__asm_statement = 136,
  sym_asm_label = 137,
  sym_opt_directive = 138,
  sym_data = 139,
  sym_align = 140,
  sym_mnemonic = 141,
  sym__suffix = 142,
  sym_instruction = 143,
  sym_swi = 144,
  sym__operand = 145,
  sym__base_register = 146,
  sym_writeback_register = 147,
  sym_immediate = 148,
  sym_pool_literal = 149,
  sym__shift_amount = 150,
  sym_shifted_register = 151,
  sym_memory_operand = 152,
  sym_register_list = 153,
  sym_register_range = 154,
  sym__expression = 155,
  sym_parenthesized_expression = 156,
  sym_unary_expression = 157,
  sym_indirection = 158,
  sym_binary_expression = 159,
  sym_array_element = 160,
  sym_argument_list = 161,
  sym_fn_call = 162,
  sym_builtin_call = 163,
  aux_sym_source_file_repeat1 = 164,
  aux_sym__statements_repeat1 = 165,
  aux_sym_next_statement_repeat1 = 166,
  aux_sym_dim_statement_repeat1 = 167,
  aux_sym_parameter_list_repeat1 = 168,
  aux_sym__inline_statements_repeat1 = 169,
  aux_sym_sys_call_repeat1 = 170,
  aux_sym_sys_call_repeat2 = 171,
  aux_sym_print_statement_repeat1 = 172,
  aux_sym_assembler_block_repeat1 = 173,
  aux_sym_data_repeat1 = 174,
  aux_sym_instruction_repeat1 = 175,
  aux_sym_instruction_repeat2 = 176,
  aux_sym_register_list_repeat1 = 177,
  aux_sym_argument_list_repeat1 = 178,
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
  [15] = 15,
  [16] = 16,
  [17] = 16,
  [18] = 15,
  [19] = 10,
  [20] = 14,
  [21] = 21,
  [22] = 11,
  [23] = 13,
  [24] = 12,
  [25] = 25,
  [26] = 26,
  [27] = 21,
  [28] = 25,
  [29] = 29,
  [30] = 26,
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
  [52] = 52,
  [53] = 53,
  [54] = 54,
  [55] = 55,
  [56] = 56,
  [57] = 57,
  [58] = 58,
  [59] = 59,
  [60] = 60,
  [61] = 61,
  [62] = 62,
  [63] = 63,
  [64] = 64,
  [65] = 65,
  [66] = 66,
  [67] = 67,
  [68] = 68,
  [69] = 32,
  [70] = 54,
  [71] = 31,
  [72] = 43,
  [73] = 48,
  [74] = 45,
  [75] = 41,
  [76] = 49,
  [77] = 33,
  [78] = 78,
  [79] = 63,
  [80] = 60,
  [81] = 66,
  [82] = 67,
  [83] = 59,
  [84] = 64,
  [85] = 62,
  [86] = 65,
  [87] = 87,
  [88] = 47,
  [89] = 89,
  [90] = 90,
  [91] = 91,
  [92] = 44,
  [93] = 42,
  [94] = 51,
  [95] = 50,
  [96] = 38,
  [97] = 36,
  [98] = 39,
  [99] = 35,
  [100] = 37,
  [101] = 40,
  [102] = 31,
  [103] = 32,
  [104] = 104,
  [105] = 46,
  [106] = 106,
  [107] = 32,
  [108] = 31,
  [109] = 109,
  [110] = 110,
  [111] = 111,
  [112] = 41,
  [113] = 33,
  [114] = 44,
  [115] = 42,
  [116] = 51,
  [117] = 50,
  [118] = 38,
  [119] = 36,
  [120] = 39,
  [121] = 35,
  [122] = 45,
  [123] = 37,
  [124] = 40,
  [125] = 48,
  [126] = 49,
  [127] = 43,
  [128] = 46,
  [129] = 47,
  [130] = 49,
  [131] = 42,
  [132] = 51,
  [133] = 50,
  [134] = 38,
  [135] = 36,
  [136] = 39,
  [137] = 35,
  [138] = 37,
  [139] = 40,
  [140] = 140,
  [141] = 33,
  [142] = 45,
  [143] = 46,
  [144] = 47,
  [145] = 145,
  [146] = 48,
  [147] = 147,
  [148] = 43,
  [149] = 111,
  [150] = 41,
  [151] = 44,
  [152] = 152,
  [153] = 32,
  [154] = 31,
  [155] = 45,
  [156] = 41,
  [157] = 33,
  [158] = 48,
  [159] = 49,
  [160] = 43,
  [161] = 32,
  [162] = 40,
  [163] = 35,
  [164] = 37,
  [165] = 51,
  [166] = 44,
  [167] = 46,
  [168] = 50,
  [169] = 42,
  [170] = 38,
  [171] = 39,
  [172] = 47,
  [173] = 36,
  [174] = 174,
  [175] = 41,
  [176] = 176,
  [177] = 177,
  [178] = 31,
  [179] = 179,
  [180] = 45,
  [181] = 181,
  [182] = 49,
  [183] = 48,
  [184] = 184,
  [185] = 33,
  [186] = 43,
  [187] = 176,
  [188] = 177,
  [189] = 174,
  [190] = 51,
  [191] = 40,
  [192] = 44,
  [193] = 50,
  [194] = 47,
  [195] = 42,
  [196] = 46,
  [197] = 37,
  [198] = 38,
  [199] = 36,
  [200] = 46,
  [201] = 39,
  [202] = 47,
  [203] = 35,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 204,
  [208] = 208,
  [209] = 209,
  [210] = 208,
  [211] = 32,
  [212] = 47,
  [213] = 46,
  [214] = 214,
  [215] = 32,
  [216] = 216,
  [217] = 216,
  [218] = 46,
  [219] = 47,
  [220] = 220,
  [221] = 221,
  [222] = 216,
  [223] = 223,
  [224] = 216,
  [225] = 216,
  [226] = 216,
  [227] = 216,
  [228] = 216,
  [229] = 229,
  [230] = 41,
  [231] = 33,
  [232] = 229,
  [233] = 233,
  [234] = 234,
  [235] = 235,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 239,
  [240] = 240,
  [241] = 241,
  [242] = 242,
  [243] = 243,
  [244] = 244,
  [245] = 245,
  [246] = 246,
  [247] = 247,
  [248] = 45,
  [249] = 249,
  [250] = 250,
  [251] = 251,
  [252] = 252,
  [253] = 31,
  [254] = 48,
  [255] = 255,
  [256] = 256,
  [257] = 229,
  [258] = 258,
  [259] = 259,
  [260] = 260,
  [261] = 261,
  [262] = 229,
  [263] = 259,
  [264] = 49,
  [265] = 229,
  [266] = 259,
  [267] = 43,
  [268] = 229,
  [269] = 259,
  [270] = 270,
  [271] = 229,
  [272] = 259,
  [273] = 273,
  [274] = 274,
  [275] = 275,
  [276] = 259,
  [277] = 259,
  [278] = 229,
  [279] = 259,
  [280] = 275,
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
  [292] = 292,
  [293] = 293,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 297,
  [298] = 298,
  [299] = 299,
  [300] = 300,
  [301] = 301,
  [302] = 302,
  [303] = 303,
  [304] = 304,
  [305] = 305,
  [306] = 292,
  [307] = 307,
  [308] = 294,
  [309] = 295,
  [310] = 296,
  [311] = 297,
  [312] = 298,
  [313] = 299,
  [314] = 314,
  [315] = 294,
  [316] = 295,
  [317] = 296,
  [318] = 297,
  [319] = 298,
  [320] = 299,
  [321] = 321,
  [322] = 322,
  [323] = 281,
  [324] = 294,
  [325] = 294,
  [326] = 295,
  [327] = 296,
  [328] = 297,
  [329] = 298,
  [330] = 299,
  [331] = 295,
  [332] = 296,
  [333] = 333,
  [334] = 297,
  [335] = 335,
  [336] = 298,
  [337] = 337,
  [338] = 299,
  [339] = 339,
  [340] = 294,
  [341] = 295,
  [342] = 296,
  [343] = 297,
  [344] = 298,
  [345] = 299,
  [346] = 346,
  [347] = 347,
  [348] = 348,
  [349] = 349,
  [350] = 294,
  [351] = 295,
  [352] = 296,
  [353] = 297,
  [354] = 298,
  [355] = 299,
  [356] = 356,
  [357] = 46,
  [358] = 47,
  [359] = 300,
  [360] = 281,
  [361] = 361,
  [362] = 362,
  [363] = 363,
  [364] = 292,
  [365] = 303,
  [366] = 292,
  [367] = 367,
  [368] = 294,
  [369] = 295,
  [370] = 296,
  [371] = 297,
  [372] = 298,
  [373] = 299,
  [374] = 300,
  [375] = 281,
  [376] = 292,
  [377] = 377,
  [378] = 292,
  [379] = 300,
  [380] = 281,
  [381] = 292,
  [382] = 300,
  [383] = 281,
  [384] = 292,
  [385] = 300,
  [386] = 281,
  [387] = 292,
  [388] = 388,
  [389] = 300,
  [390] = 390,
  [391] = 391,
  [392] = 392,
  [393] = 292,
  [394] = 300,
  [395] = 281,
  [396] = 292,
  [397] = 397,
  [398] = 300,
  [399] = 292,
  [400] = 300,
  [401] = 292,
  [402] = 300,
  [403] = 300,
  [404] = 300,
  [405] = 347,
  [406] = 397,
  [407] = 302,
  [408] = 31,
  [409] = 41,
  [410] = 302,
  [411] = 302,
  [412] = 302,
  [413] = 302,
  [414] = 302,
  [415] = 415,
  [416] = 48,
  [417] = 87,
  [418] = 418,
  [419] = 49,
  [420] = 43,
  [421] = 418,
  [422] = 44,
  [423] = 42,
  [424] = 418,
  [425] = 51,
  [426] = 50,
  [427] = 427,
  [428] = 90,
  [429] = 418,
  [430] = 418,
  [431] = 431,
  [432] = 46,
  [433] = 433,
  [434] = 38,
  [435] = 36,
  [436] = 39,
  [437] = 35,
  [438] = 37,
  [439] = 47,
  [440] = 40,
  [441] = 441,
  [442] = 418,
  [443] = 418,
  [444] = 40,
  [445] = 36,
  [446] = 46,
  [447] = 38,
  [448] = 37,
  [449] = 35,
  [450] = 47,
  [451] = 451,
  [452] = 452,
  [453] = 452,
  [454] = 451,
  [455] = 455,
  [456] = 455,
  [457] = 457,
  [458] = 458,
  [459] = 459,
  [460] = 457,
  [461] = 461,
  [462] = 462,
  [463] = 463,
  [464] = 464,
  [465] = 465,
  [466] = 466,
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
  [477] = 458,
  [478] = 458,
  [479] = 470,
  [480] = 480,
  [481] = 470,
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
  [493] = 458,
  [494] = 486,
  [495] = 495,
  [496] = 491,
  [497] = 485,
  [498] = 492,
  [499] = 484,
  [500] = 500,
  [501] = 487,
  [502] = 490,
  [503] = 503,
  [504] = 504,
  [505] = 505,
  [506] = 506,
  [507] = 507,
  [508] = 508,
  [509] = 509,
  [510] = 510,
  [511] = 511,
  [512] = 489,
  [513] = 513,
  [514] = 483,
  [515] = 458,
  [516] = 516,
  [517] = 517,
  [518] = 518,
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
  [529] = 470,
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
  [545] = 531,
  [546] = 528,
  [547] = 547,
  [548] = 548,
  [549] = 549,
  [550] = 550,
  [551] = 551,
  [552] = 552,
  [553] = 531,
  [554] = 554,
  [555] = 555,
  [556] = 531,
  [557] = 557,
  [558] = 537,
  [559] = 559,
  [560] = 560,
  [561] = 531,
  [562] = 562,
  [563] = 519,
  [564] = 564,
  [565] = 565,
  [566] = 566,
  [567] = 531,
  [568] = 568,
  [569] = 569,
  [570] = 570,
  [571] = 531,
  [572] = 572,
  [573] = 518,
  [574] = 531,
  [575] = 575,
  [576] = 576,
  [577] = 470,
  [578] = 578,
  [579] = 579,
  [580] = 580,
  [581] = 581,
  [582] = 520,
  [583] = 576,
  [584] = 584,
  [585] = 585,
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
  [599] = 594,
  [600] = 600,
  [601] = 594,
  [602] = 602,
  [603] = 594,
  [604] = 594,
  [605] = 605,
  [606] = 606,
  [607] = 607,
  [608] = 608,
  [609] = 609,
  [610] = 610,
  [611] = 611,
  [612] = 612,
  [613] = 613,
  [614] = 614,
  [615] = 615,
  [616] = 616,
  [617] = 617,
  [618] = 618,
};

static bool ts_lex(TSLexer *lexer, TSStateId state) {
  START_LEXER();
  eof = lexer->eof(lexer);
  switch (state) {
    case 0:
      if (eof) ADVANCE(97);
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '#', 452,
        '$', 462,
        '%', 401,
        '&', 405,
        '\'', 143,
        '(', 124,
        ')', 125,
        '*', 481,
        '+', 454,
        ',', 117,
        '-', 456,
        '.', 414,
        '/', 484,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 295,
        'B', 224,
        'C', 181,
        'D', 194,
        'E', 215,
        'F', 183,
        'G', 209,
        'H', 238,
        'I', 249,
        'L', 242,
        'M', 306,
        'N', 225,
        'O', 250,
        'P', 184,
        'Q', 367,
        'R', 179,
        'S', 185,
        'T', 227,
        'U', 302,
        'V', 222,
        'W', 182,
        '[', 410,
        ']', 411,
        '^', 459,
        'a', 387,
        'c', 389,
        'd', 384,
        'e', 393,
        'f', 390,
        'i', 390,
        'l', 394,
        'o', 391,
        'p', 383,
        'r', 180,
        's', 392,
        'v', 403,
        'w', 390,
        '{', 457,
        '|', 463,
        '}', 458,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(95);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(98);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(409);
      END_STATE();
    case 1:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '#', 452,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '*', 46,
        '+', 454,
        '-', 456,
        '.', 415,
        '/', 47,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 566,
        'B', 667,
        'C', 670,
        'D', 626,
        'E', 738,
        'F', 529,
        'G', 641,
        'H', 685,
        'I', 732,
        'L', 614,
        'M', 681,
        'N', 762,
        'O', 771,
        'P', 561,
        'R', 522,
        'S', 662,
        'T', 542,
        'U', 813,
        'V', 556,
        'W', 686,
        '[', 410,
        ']', 411,
        'a', 869,
        'c', 874,
        'd', 865,
        'e', 878,
        'f', 875,
        'i', 875,
        'l', 879,
        'o', 876,
        'p', 864,
        'r', 523,
        's', 877,
        'v', 886,
        'w', 875,
        '{', 457,
        '|', 463,
        ';', 412,
        '\\', 412,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(1);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 2:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '#', 452,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 415,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 567,
        'B', 667,
        'C', 671,
        'D', 626,
        'E', 738,
        'F', 529,
        'G', 641,
        'H', 685,
        'I', 732,
        'L', 614,
        'M', 681,
        'N', 762,
        'O', 771,
        'P', 561,
        'R', 522,
        'S', 663,
        'T', 542,
        'U', 813,
        'V', 556,
        'W', 686,
        ']', 411,
        'a', 870,
        'd', 865,
        'e', 878,
        'f', 875,
        'i', 875,
        'l', 879,
        'o', 876,
        'p', 864,
        'r', 523,
        's', 885,
        'v', 886,
        'w', 875,
        '|', 463,
        ';', 412,
        '\\', 412,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(2);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 3:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '#', 452,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        '-', 455,
        '.', 91,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 569,
        'B', 667,
        'C', 670,
        'D', 627,
        'E', 739,
        'F', 529,
        'G', 641,
        'H', 685,
        'I', 732,
        'L', 614,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 561,
        'R', 522,
        'S', 662,
        'T', 542,
        'U', 813,
        'V', 556,
        'W', 686,
        '[', 410,
        'a', 873,
        'c', 874,
        'f', 875,
        'i', 875,
        'l', 879,
        'p', 864,
        'r', 523,
        's', 877,
        'v', 886,
        'w', 875,
        '{', 457,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(3);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 4:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '#', 452,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        '-', 455,
        '.', 91,
        '?', 461,
        '@', 45,
        'A', 570,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 529,
        'G', 641,
        'H', 685,
        'I', 732,
        'L', 614,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 561,
        'R', 522,
        'S', 663,
        'T', 542,
        'U', 813,
        'V', 556,
        'W', 686,
        ']', 411,
        'a', 884,
        'f', 875,
        'i', 875,
        'l', 879,
        'p', 864,
        'r', 523,
        's', 885,
        'v', 886,
        'w', 875,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(4);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 5:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '\'', 143,
        '(', 124,
        '*', 480,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        '/', 483,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 565,
        'B', 667,
        'C', 671,
        'D', 625,
        'E', 715,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 680,
        'N', 762,
        'O', 780,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '^', 459,
        '|', 463,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 6:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '\'', 143,
        '(', 124,
        '*', 480,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        '/', 483,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 565,
        'B', 667,
        'C', 671,
        'D', 625,
        'E', 737,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 680,
        'N', 762,
        'O', 780,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '^', 459,
        '|', 463,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 7:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '\'', 143,
        '(', 460,
        ')', 125,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        ':', 101,
        ';', 140,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(7);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 8:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '\'', 143,
        '(', 460,
        '*', 480,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        '/', 483,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 565,
        'B', 667,
        'C', 671,
        'D', 625,
        'E', 715,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 680,
        'N', 762,
        'O', 780,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '^', 459,
        '|', 463,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(8);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 9:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '\'', 143,
        '(', 460,
        '*', 480,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        '/', 483,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 565,
        'B', 667,
        'C', 671,
        'D', 625,
        'E', 737,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 680,
        'N', 762,
        'O', 780,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '^', 459,
        '|', 463,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(9);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 10:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '\'', 143,
        '(', 460,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        ':', 101,
        ';', 140,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 716,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(10);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 11:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 124,
        '+', 453,
        '-', 455,
        '.', 91,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 12:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 124,
        '+', 453,
        '-', 455,
        '.', 91,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 616,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 13:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        ':', 101,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 716,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 541,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(13);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 14:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        ',', 117,
        '-', 455,
        '.', 91,
        ':', 101,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 541,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(14);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 15:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        '-', 455,
        '.', 91,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(15);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 16:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        '-', 455,
        '.', 91,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 739,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 616,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(16);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 17:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        '-', 455,
        '.', 91,
        '?', 461,
        '@', 45,
        'A', 571,
        'B', 667,
        'C', 671,
        'D', 627,
        'E', 740,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 781,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(17);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 18:
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '$', 462,
        '%', 88,
        '&', 92,
        '(', 460,
        '+', 453,
        '-', 455,
        '.', 415,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 568,
        'B', 667,
        'C', 671,
        'D', 626,
        'E', 738,
        'F', 530,
        'G', 641,
        'H', 685,
        'I', 733,
        'L', 615,
        'M', 681,
        'N', 762,
        'O', 771,
        'P', 562,
        'R', 552,
        'S', 664,
        'T', 542,
        'U', 813,
        'V', 557,
        'W', 687,
        ']', 411,
        'a', 871,
        'd', 865,
        'e', 878,
        'o', 876,
        '|', 463,
        ';', 412,
        '\\', 412,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(18);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 19:
      ADVANCE_MAP(
        '!', 451,
        '"', 38,
        '(', 124,
        '*', 480,
        '+', 453,
        '-', 455,
        '/', 483,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 296,
        'D', 262,
        'E', 309,
        'M', 314,
        'O', 332,
        '^', 459,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 20:
      ADVANCE_MAP(
        '!', 451,
        '"', 38,
        '*', 480,
        '+', 453,
        '-', 455,
        '/', 483,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 296,
        'D', 262,
        'E', 309,
        'M', 314,
        'O', 332,
        '^', 459,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(20);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 21:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 124,
        ')', 125,
        '*', 482,
        '+', 453,
        ',', 117,
        '-', 455,
        '/', 483,
        ':', 101,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 744,
        'B', 601,
        'C', 526,
        'D', 544,
        'E', 583,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 754,
        'N', 602,
        'O', 646,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 605,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '^', 459,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 22:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        ')', 125,
        '*', 482,
        '+', 453,
        ',', 117,
        '-', 455,
        '/', 483,
        ':', 101,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 744,
        'B', 601,
        'C', 526,
        'D', 544,
        'E', 583,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 754,
        'N', 602,
        'O', 646,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 605,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '^', 459,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(22);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 23:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 170,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 586,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 647,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(23);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 24:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 170,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 586,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 654,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(24);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 25:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 170,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 584,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 647,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(25);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 26:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 170,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 584,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 654,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(26);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 27:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 170,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 587,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 647,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(27);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 28:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 170,
        ':', 101,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 585,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 647,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(28);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 29:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '*', 482,
        '+', 453,
        '-', 455,
        '/', 483,
        ':', 101,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        '@', 45,
        'A', 744,
        'B', 601,
        'C', 526,
        'D', 544,
        'E', 583,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 754,
        'N', 602,
        'O', 646,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 605,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        '^', 459,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(29);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 30:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        ',', 117,
        ':', 101,
        ';', 140,
        '?', 461,
        '@', 45,
        'C', 759,
        'E', 717,
        'F', 531,
        'G', 623,
        'H', 685,
        'L', 764,
        'P', 560,
        'R', 644,
        'T', 691,
        'V', 775,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(30);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 31:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        ',', 117,
        ':', 101,
        ';', 140,
        '?', 461,
        '@', 45,
        'C', 759,
        'E', 741,
        'F', 531,
        'G', 623,
        'H', 685,
        'L', 764,
        'P', 560,
        'R', 644,
        'T', 691,
        'V', 775,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(31);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 32:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '?', 461,
        '@', 45,
        'C', 759,
        'E', 741,
        'F', 531,
        'G', 623,
        'H', 685,
        'L', 764,
        'P', 560,
        'R', 619,
        'T', 691,
        'V', 775,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(32);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 33:
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        '?', 461,
        '@', 45,
        'C', 759,
        'E', 742,
        'F', 531,
        'G', 623,
        'H', 685,
        'L', 764,
        'P', 560,
        'R', 644,
        'T', 691,
        'V', 775,
        'W', 687,
        '|', 463,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(33);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 34:
      ADVANCE_MAP(
        '!', 451,
        '(', 124,
        ')', 125,
        '*', 481,
        '+', 454,
        ',', 117,
        '-', 456,
        '.', 413,
        '/', 484,
        ':', 101,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 59,
        'D', 55,
        'E', 57,
        'F', 60,
        'M', 63,
        'O', 67,
        'P', 68,
        'S', 70,
        'T', 61,
        ']', 411,
        '^', 459,
        'a', 78,
        'd', 75,
        'e', 82,
        'o', 81,
        ';', 412,
        '\\', 412,
        'L', 84,
        'l', 84,
        'R', 80,
        'r', 80,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(36);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      END_STATE();
    case 35:
      ADVANCE_MAP(
        '!', 451,
        '(', 124,
        '*', 481,
        '+', 454,
        ',', 117,
        '-', 456,
        '/', 484,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 58,
        'D', 54,
        'E', 56,
        'M', 63,
        'O', 66,
        'S', 70,
        'T', 61,
        '^', 459,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(37);
      END_STATE();
    case 36:
      ADVANCE_MAP(
        '!', 451,
        ')', 125,
        '*', 481,
        '+', 454,
        ',', 117,
        '-', 456,
        '.', 413,
        '/', 484,
        ':', 101,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 59,
        'D', 55,
        'E', 57,
        'F', 60,
        'M', 63,
        'O', 67,
        'P', 68,
        'S', 70,
        'T', 61,
        ']', 411,
        '^', 459,
        'a', 78,
        'd', 75,
        'e', 82,
        'o', 81,
        ';', 412,
        '\\', 412,
        'L', 84,
        'l', 84,
        'R', 80,
        'r', 80,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(36);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      END_STATE();
    case 37:
      ADVANCE_MAP(
        '!', 451,
        '*', 481,
        '+', 454,
        ',', 117,
        '-', 456,
        '/', 484,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 58,
        'D', 54,
        'E', 56,
        'M', 63,
        'O', 66,
        'S', 70,
        'T', 61,
        '^', 459,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(37);
      END_STATE();
    case 38:
      if (lookahead == '"') ADVANCE(409);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(38);
      END_STATE();
    case 39:
      if (lookahead == '"') ADVANCE(515);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(39);
      END_STATE();
    case 40:
      ADVANCE_MAP(
        '"', 38,
        '(', 124,
        '*', 480,
        '+', 453,
        '-', 455,
        '/', 483,
        '<', 473,
        '=', 104,
        '>', 474,
        'A', 296,
        'D', 262,
        'E', 309,
        'M', 314,
        'O', 332,
        '^', 459,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 41:
      ADVANCE_MAP(
        '"', 38,
        '*', 480,
        '+', 453,
        '-', 455,
        '/', 483,
        '<', 473,
        '=', 104,
        '>', 474,
        'A', 296,
        'D', 262,
        'E', 309,
        'M', 314,
        'O', 332,
        '^', 459,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(41);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead) &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 42:
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == ':') ADVANCE(101);
      if (lookahead == 'E') ADVANCE(288);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(42);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(409);
      END_STATE();
    case 43:
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == ':') ADVANCE(101);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(43);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(409);
      END_STATE();
    case 44:
      ADVANCE_MAP(
        '#', 452,
        '+', 453,
        '-', 455,
        '@', 45,
        '}', 458,
        'A', 884,
        'a', 884,
        'F', 875,
        'f', 875,
        'I', 875,
        'i', 875,
        'L', 879,
        'l', 879,
        'P', 864,
        'p', 864,
        'R', 523,
        'r', 523,
        'S', 885,
        's', 885,
        'V', 886,
        'v', 886,
        'W', 875,
        'w', 875,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(44);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 45:
      if (lookahead == '%') ADVANCE(516);
      END_STATE();
    case 46:
      if (lookahead == '=') ADVANCE(107);
      END_STATE();
    case 47:
      if (lookahead == '=') ADVANCE(108);
      END_STATE();
    case 48:
      if (lookahead == '@') ADVANCE(45);
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(48);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 49:
      if (lookahead == 'C') ADVANCE(94);
      END_STATE();
    case 50:
      if (lookahead == 'D') ADVANCE(470);
      END_STATE();
    case 51:
      if (lookahead == 'D') ADVANCE(485);
      END_STATE();
    case 52:
      if (lookahead == 'E') ADVANCE(134);
      END_STATE();
    case 53:
      if (lookahead == 'E') ADVANCE(64);
      END_STATE();
    case 54:
      if (lookahead == 'I') ADVANCE(71);
      END_STATE();
    case 55:
      if (lookahead == 'I') ADVANCE(71);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(73);
      END_STATE();
    case 56:
      if (lookahead == 'L') ADVANCE(69);
      if (lookahead == 'O') ADVANCE(65);
      END_STATE();
    case 57:
      if (lookahead == 'L') ADVANCE(69);
      if (lookahead == 'O') ADVANCE(65);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(86);
      END_STATE();
    case 58:
      if (lookahead == 'N') ADVANCE(50);
      END_STATE();
    case 59:
      if (lookahead == 'N') ADVANCE(50);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(77);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      END_STATE();
    case 60:
      if (lookahead == 'N') ADVANCE(93);
      END_STATE();
    case 61:
      if (lookahead == 'O') ADVANCE(111);
      END_STATE();
    case 62:
      if (lookahead == 'O') ADVANCE(49);
      END_STATE();
    case 63:
      if (lookahead == 'O') ADVANCE(51);
      END_STATE();
    case 64:
      if (lookahead == 'P') ADVANCE(114);
      END_STATE();
    case 65:
      if (lookahead == 'R') ADVANCE(468);
      END_STATE();
    case 66:
      if (lookahead == 'R') ADVANCE(464);
      END_STATE();
    case 67:
      if (lookahead == 'R') ADVANCE(464);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(85);
      END_STATE();
    case 68:
      if (lookahead == 'R') ADVANCE(62);
      END_STATE();
    case 69:
      if (lookahead == 'S') ADVANCE(52);
      END_STATE();
    case 70:
      if (lookahead == 'T') ADVANCE(53);
      END_STATE();
    case 71:
      if (lookahead == 'V') ADVANCE(489);
      END_STATE();
    case 72:
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(90);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(513);
      END_STATE();
    case 73:
      ADVANCE_MAP(
        'B', 428,
        'b', 428,
        'D', 432,
        'd', 432,
        'S', 434,
        's', 434,
        'W', 430,
        'w', 430,
      );
      END_STATE();
    case 74:
      ADVANCE_MAP(
        'B', 418,
        'b', 418,
        'D', 422,
        'd', 422,
        'Q', 424,
        'q', 424,
        'S', 426,
        's', 426,
        'W', 420,
        'w', 420,
      );
      END_STATE();
    case 75:
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(73);
      END_STATE();
    case 76:
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(79);
      END_STATE();
    case 77:
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(76);
      END_STATE();
    case 78:
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(77);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      END_STATE();
    case 79:
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(436);
      END_STATE();
    case 80:
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(83);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(87);
      END_STATE();
    case 81:
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(85);
      END_STATE();
    case 82:
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(86);
      END_STATE();
    case 83:
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(450);
      END_STATE();
    case 84:
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(89);
      END_STATE();
    case 85:
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(416);
      END_STATE();
    case 86:
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(74);
      END_STATE();
    case 87:
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(450);
      END_STATE();
    case 88:
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(512);
      END_STATE();
    case 89:
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(450);
      END_STATE();
    case 90:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(513);
      END_STATE();
    case 91:
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      END_STATE();
    case 92:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(514);
      END_STATE();
    case 93:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 94:
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(506);
      END_STATE();
    case 95:
      if (eof) ADVANCE(97);
      ADVANCE_MAP(
        '!', 451,
        '"', 39,
        '#', 452,
        '$', 462,
        '%', 401,
        '&', 405,
        '\'', 143,
        '(', 460,
        ')', 125,
        '*', 481,
        '+', 454,
        ',', 117,
        '-', 456,
        '.', 414,
        '/', 484,
        ':', 101,
        ';', 140,
        '<', 473,
        '=', 104,
        '>', 474,
        '?', 461,
        'A', 295,
        'B', 224,
        'C', 181,
        'D', 194,
        'E', 215,
        'F', 183,
        'G', 209,
        'H', 238,
        'I', 249,
        'L', 242,
        'M', 306,
        'N', 225,
        'O', 250,
        'P', 184,
        'Q', 367,
        'R', 179,
        'S', 185,
        'T', 227,
        'U', 302,
        'V', 222,
        'W', 182,
        '[', 410,
        ']', 411,
        '^', 459,
        'a', 387,
        'c', 389,
        'd', 384,
        'e', 393,
        'f', 390,
        'i', 390,
        'l', 394,
        'o', 391,
        'p', 383,
        'r', 180,
        's', 392,
        'v', 403,
        'w', 390,
        '{', 457,
        '|', 463,
        '}', 458,
        '~', 144,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(95);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(98);
      if (lookahead != 0 &&
          (lookahead < '\t' || '\r' < lookahead)) ADVANCE(409);
      END_STATE();
    case 96:
      if (eof) ADVANCE(97);
      ADVANCE_MAP(
        '!', 451,
        '$', 462,
        '(', 460,
        ')', 125,
        '*', 170,
        ',', 117,
        '-', 455,
        ':', 101,
        ';', 140,
        '=', 104,
        '?', 461,
        '@', 45,
        'A', 766,
        'B', 601,
        'C', 526,
        'D', 543,
        'E', 582,
        'F', 528,
        'G', 576,
        'H', 622,
        'I', 645,
        'L', 630,
        'M', 751,
        'N', 602,
        'O', 647,
        'P', 535,
        'Q', 841,
        'R', 604,
        'S', 536,
        'T', 606,
        'U', 745,
        'V', 598,
        'W', 527,
        '[', 410,
        ']', 411,
        '|', 463,
        '}', 458,
      );
      if (lookahead == '\t' ||
          lookahead == '\f' ||
          lookahead == '\r' ||
          lookahead == ' ') SKIP(96);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      if (('J' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 97:
      ACCEPT_TOKEN(ts_builtin_sym_end);
      END_STATE();
    case 98:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(510);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(380);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(98);
      END_STATE();
    case 99:
      ACCEPT_TOKEN(sym_line_number);
      if (lookahead == '.') ADVANCE(511);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(99);
      END_STATE();
    case 100:
      ACCEPT_TOKEN(sym_line_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(100);
      END_STATE();
    case 101:
      ACCEPT_TOKEN(anon_sym_COLON);
      END_STATE();
    case 102:
      ACCEPT_TOKEN(anon_sym_LET);
      END_STATE();
    case 103:
      ACCEPT_TOKEN(anon_sym_LET);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 104:
      ACCEPT_TOKEN(anon_sym_EQ);
      END_STATE();
    case 105:
      ACCEPT_TOKEN(anon_sym_PLUS_EQ);
      END_STATE();
    case 106:
      ACCEPT_TOKEN(anon_sym_DASH_EQ);
      END_STATE();
    case 107:
      ACCEPT_TOKEN(anon_sym_STAR_EQ);
      END_STATE();
    case 108:
      ACCEPT_TOKEN(anon_sym_SLASH_EQ);
      END_STATE();
    case 109:
      ACCEPT_TOKEN(anon_sym_FOR);
      END_STATE();
    case 110:
      ACCEPT_TOKEN(anon_sym_FOR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 111:
      ACCEPT_TOKEN(anon_sym_TO);
      END_STATE();
    case 112:
      ACCEPT_TOKEN(anon_sym_TO);
      if (lookahead == 'P') ADVANCE(496);
      END_STATE();
    case 113:
      ACCEPT_TOKEN(anon_sym_TO);
      if (lookahead == 'P') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 114:
      ACCEPT_TOKEN(anon_sym_STEP);
      END_STATE();
    case 115:
      ACCEPT_TOKEN(anon_sym_NEXT);
      END_STATE();
    case 116:
      ACCEPT_TOKEN(anon_sym_NEXT);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 117:
      ACCEPT_TOKEN(anon_sym_COMMA);
      END_STATE();
    case 118:
      ACCEPT_TOKEN(anon_sym_DIM);
      END_STATE();
    case 119:
      ACCEPT_TOKEN(anon_sym_DIM);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 120:
      ACCEPT_TOKEN(anon_sym_LOCAL);
      END_STATE();
    case 121:
      ACCEPT_TOKEN(anon_sym_LOCAL);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 122:
      ACCEPT_TOKEN(anon_sym_DEF);
      END_STATE();
    case 123:
      ACCEPT_TOKEN(anon_sym_DEF);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 124:
      ACCEPT_TOKEN(anon_sym_LPAREN);
      END_STATE();
    case 125:
      ACCEPT_TOKEN(anon_sym_RPAREN);
      END_STATE();
    case 126:
      ACCEPT_TOKEN(anon_sym_RETURN);
      END_STATE();
    case 127:
      ACCEPT_TOKEN(anon_sym_RETURN);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 128:
      ACCEPT_TOKEN(sym_endproc_statement);
      END_STATE();
    case 129:
      ACCEPT_TOKEN(sym_endproc_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 130:
      ACCEPT_TOKEN(anon_sym_IF);
      END_STATE();
    case 131:
      ACCEPT_TOKEN(anon_sym_IF);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 132:
      ACCEPT_TOKEN(anon_sym_THEN);
      END_STATE();
    case 133:
      ACCEPT_TOKEN(anon_sym_THEN);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 134:
      ACCEPT_TOKEN(anon_sym_ELSE);
      END_STATE();
    case 135:
      ACCEPT_TOKEN(anon_sym_ELSE);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 136:
      ACCEPT_TOKEN(sym_endif_statement);
      END_STATE();
    case 137:
      ACCEPT_TOKEN(sym_endif_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 138:
      ACCEPT_TOKEN(anon_sym_SYS);
      END_STATE();
    case 139:
      ACCEPT_TOKEN(anon_sym_SYS);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 140:
      ACCEPT_TOKEN(anon_sym_SEMI);
      END_STATE();
    case 141:
      ACCEPT_TOKEN(anon_sym_PRINT);
      END_STATE();
    case 142:
      ACCEPT_TOKEN(anon_sym_PRINT);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 143:
      ACCEPT_TOKEN(anon_sym_SQUOTE);
      END_STATE();
    case 144:
      ACCEPT_TOKEN(anon_sym_TILDE);
      END_STATE();
    case 145:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(196);
      if (lookahead == 'I') ADVANCE(253);
      if (lookahead == 'P') ADVANCE(336);
      if (lookahead == 'W') ADVANCE(259);
      END_STATE();
    case 146:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(546);
      if (lookahead == 'I') ADVANCE(650);
      if (lookahead == 'P') ADVANCE(796);
      if (lookahead == 'W') ADVANCE(674);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 147:
      ACCEPT_TOKEN(sym_end_statement);
      if (lookahead == 'C') ADVANCE(546);
      if (lookahead == 'P') ADVANCE(796);
      if (lookahead == 'W') ADVANCE(674);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 148:
      ACCEPT_TOKEN(anon_sym_ERROR);
      END_STATE();
    case 149:
      ACCEPT_TOKEN(anon_sym_ERROR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 150:
      ACCEPT_TOKEN(anon_sym_REPEAT);
      END_STATE();
    case 151:
      ACCEPT_TOKEN(anon_sym_REPEAT);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 152:
      ACCEPT_TOKEN(anon_sym_UNTIL);
      END_STATE();
    case 153:
      ACCEPT_TOKEN(anon_sym_UNTIL);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 154:
      ACCEPT_TOKEN(anon_sym_WHILE);
      END_STATE();
    case 155:
      ACCEPT_TOKEN(anon_sym_WHILE);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 156:
      ACCEPT_TOKEN(sym_endwhile_statement);
      END_STATE();
    case 157:
      ACCEPT_TOKEN(sym_endwhile_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 158:
      ACCEPT_TOKEN(anon_sym_ON);
      END_STATE();
    case 159:
      ACCEPT_TOKEN(anon_sym_ON);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 160:
      ACCEPT_TOKEN(anon_sym_OFF);
      END_STATE();
    case 161:
      ACCEPT_TOKEN(anon_sym_OFF);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 162:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(163);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(162);
      END_STATE();
    case 163:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '"') ADVANCE(162);
      if (lookahead == ':') ADVANCE(165);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(163);
      END_STATE();
    case 164:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(165);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(164);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(165);
      END_STATE();
    case 165:
      ACCEPT_TOKEN(sym_comment);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(165);
      END_STATE();
    case 166:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(167);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(166);
      END_STATE();
    case 167:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '"') ADVANCE(166);
      if (lookahead == ':') ADVANCE(169);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(167);
      END_STATE();
    case 168:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(169);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(168);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(169);
      END_STATE();
    case 169:
      ACCEPT_TOKEN(sym_data_statement);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(169);
      END_STATE();
    case 170:
      ACCEPT_TOKEN(sym_star_command);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(170);
      END_STATE();
    case 171:
      ACCEPT_TOKEN(sym_keyword);
      END_STATE();
    case 172:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(496);
      END_STATE();
    case 173:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '#') ADVANCE(496);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 174:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(496);
      END_STATE();
    case 175:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$') ADVANCE(496);
      if (lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 176:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'S') ADVANCE(171);
      END_STATE();
    case 177:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == 'S') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 178:
      ACCEPT_TOKEN(sym_keyword);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 179:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        '1', 445,
        'E', 192,
        'N', 216,
        'U', 297,
        'O', 395,
        'o', 395,
        'R', 400,
        'r', 400,
      );
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 180:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == '1') ADVANCE(445);
      if (lookahead == 'O' ||
          lookahead == 'o') ADVANCE(395);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(400);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 181:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'A', 278,
        'H', 197,
        'I', 339,
        'L', 240,
        'O', 280,
        'P', 397,
        'p', 397,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 182:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(265);
      if (lookahead == 'H') ADVANCE(235);
      if (lookahead == 'I') ADVANCE(223);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 183:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(287);
      if (lookahead == 'I') ADVANCE(279);
      if (lookahead == 'N') ADVANCE(407);
      if (lookahead == 'O') ADVANCE(329);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 184:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'A', 255,
        'I', 496,
        'L', 315,
        'O', 269,
        'R', 270,
        'T', 328,
        'C', 438,
        'c', 438,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 185:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'A', 375,
        'O', 370,
        'T', 229,
        'W', 188,
        'Y', 343,
        'P', 441,
        'p', 441,
        'B', 438,
        'L', 438,
        'b', 438,
        'l', 438,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 186:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(375);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 187:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(377);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 188:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 189:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(167);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 190:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 191:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(218);
      if (lookahead == 'C') ADVANCE(202);
      if (lookahead == 'M') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 192:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'A', 218,
        'C', 366,
        'M', 163,
        'N', 371,
        'P', 248,
        'S', 364,
        'T', 373,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 193:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 194:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(363);
      if (lookahead == 'E') ADVANCE(251);
      if (lookahead == 'I') ADVANCE(290);
      if (lookahead == 'R') ADVANCE(187);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(381);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 195:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(279);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 196:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 197:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(261);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 198:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(211);
      if (lookahead == 'U') ADVANCE(226);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 199:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(301);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 200:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 201:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(360);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 202:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(274);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 203:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(331);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 204:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'A') ADVANCE(356);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 205:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'B') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 206:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'B') ADVANCE(340);
      if (lookahead == 'N') ADVANCE(228);
      if (lookahead == 'S') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 207:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'B') ADVANCE(243);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 208:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(128);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 209:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(311);
      if (lookahead == 'E') ADVANCE(351);
      if (lookahead == 'O') ADVANCE(345);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 210:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(408);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 211:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 212:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(281);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 213:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 214:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C') ADVANCE(232);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 215:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'D', 265,
        'L', 277,
        'N', 219,
        'O', 327,
        'R', 271,
        'X', 350,
        'Q', 399,
        'q', 399,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 216:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(496);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 217:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(470);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 218:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 219:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(145);
      if (lookahead == 'V') ADVANCE(245);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 220:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(486);
      if (lookahead == 'U') ADVANCE(344);
      if (lookahead == 'V') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 221:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(485);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 222:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(368);
      if (lookahead == 'O') ADVANCE(267);
      if (lookahead == 'P') ADVANCE(310);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 223:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'D') ADVANCE(358);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 224:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(201);
      if (lookahead == 'P') ADVANCE(372);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 225:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(376);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 226:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(496);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 227:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(291);
      if (lookahead == 'H') ADVANCE(239);
      if (lookahead == 'I') ADVANCE(294);
      if (lookahead == 'O') ADVANCE(112);
      if (lookahead == 'R') ADVANCE(198);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 228:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 229:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(319);
      if (lookahead == 'O') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 230:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(134);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 231:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 232:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(176);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 233:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(154);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 234:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(156);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 235:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(297);
      if (lookahead == 'I') ADVANCE(285);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 236:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(289);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 237:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 238:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(273);
      if (lookahead == 'I') ADVANCE(293);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 239:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(298);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 240:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(200);
      if (lookahead == 'O') ADVANCE(344);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 241:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 242:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'E', 352,
        'I', 206,
        'O', 191,
        'V', 200,
        'R', 438,
        'r', 438,
        'S', 402,
        's', 402,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 243:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 244:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(337);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 245:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(282);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 246:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(333);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 247:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(359);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 248:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'E') ADVANCE(204);
      if (lookahead == 'O') ADVANCE(338);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 249:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'F') ADVANCE(130);
      if (lookahead == 'N') ADVANCE(320);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 250:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'F', 252,
        'L', 218,
        'N', 158,
        'R', 465,
        'S', 212,
        'T', 258,
        'V', 244,
        'P', 398,
        'p', 398,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 251:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'F') ADVANCE(122);
      if (lookahead == 'L') ADVANCE(247);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 252:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'F') ADVANCE(160);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 253:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'F') ADVANCE(136);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 254:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'G') ADVANCE(261);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 255:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'G') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 256:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'G') ADVANCE(276);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 257:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'H') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 258:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'H') ADVANCE(246);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 259:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'H') ADVANCE(268);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 260:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 261:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(297);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 262:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(374);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 263:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 264:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(321);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 265:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 266:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(275);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 267:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(214);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 268:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(286);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 269:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(303);
      if (lookahead == 'S') ADVANCE(496);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 270:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I') ADVANCE(305);
      if (lookahead == 'O') ADVANCE(210);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 271:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(496);
      if (lookahead == 'R') ADVANCE(502);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 272:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 273:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(318);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 274:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(120);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 275:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(152);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 276:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 277:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(264);
      if (lookahead == 'S') ADVANCE(230);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 278:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(272);
      if (lookahead == 'S') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 279:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 280:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(308);
      if (lookahead == 'U') ADVANCE(304);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 281:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(260);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 282:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(313);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 283:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(316);
      if (lookahead == 'S') ADVANCE(186);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 284:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(190);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 285:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(233);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 286:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(234);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 287:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(347);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 288:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L') ADVANCE(346);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 289:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'M') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 290:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'M') ADVANCE(118);
      if (lookahead == 'V') ADVANCE(489);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 291:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'M') ADVANCE(323);
      if (lookahead == 'X') ADVANCE(357);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 292:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'M') ADVANCE(207);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 293:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'M') ADVANCE(236);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 294:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'M') ADVANCE(231);
      if (lookahead == 'N') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 295:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'N', 217,
        'P', 324,
        'U', 361,
        'p', 397,
        'L', 386,
        'l', 386,
        'S', 402,
        's', 402,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 296:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(217);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 297:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 298:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(132);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 299:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(126);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 300:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(218);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 301:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(256);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 302:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(362);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 303:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 304:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(348);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 305:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N') ADVANCE(355);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 306:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(220);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 307:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 308:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(325);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 309:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(327);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 310:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(341);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 311:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(272);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 312:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(208);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 313:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(322);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 314:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(221);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 315:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 316:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(193);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 317:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'O') ADVANCE(334);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 318:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 319:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(114);
      if (lookahead == 'R') ADVANCE(241);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 320:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(372);
      if (lookahead == 'S') ADVANCE(365);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 321:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(344);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 322:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 323:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 324:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P') ADVANCE(237);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(396);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 325:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(171);
      if (lookahead == 'U') ADVANCE(326);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 326:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 327:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(468);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 328:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 329:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(109);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 330:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(148);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 331:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(379);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 332:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(464);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 333:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(378);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 334:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 335:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(299);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 336:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(312);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 337:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(284);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 338:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(354);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 339:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(213);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 340:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R') ADVANCE(203);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 341:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(496);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 342:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 343:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(138);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 344:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 345:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(369);
      if (lookahead == 'T') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 346:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(230);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 347:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S') ADVANCE(226);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 348:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(496);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 349:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 350:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(172);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 351:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(498);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 352:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(102);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 353:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(115);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 354:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(174);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 355:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(141);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 356:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(150);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 357:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(283);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 358:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(257);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 359:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 360:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(342);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 361:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(307);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 362:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(266);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 363:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(189);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 364:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(317);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 365:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(195);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 366:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T') ADVANCE(199);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 367:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(265);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 368:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 369:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(205);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 370:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(300);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 371:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(292);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 372:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(349);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 373:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U') ADVANCE(335);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 374:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'V') ADVANCE(489);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 375:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'V') ADVANCE(228);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 376:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'W') ADVANCE(171);
      if (lookahead == 'X') ADVANCE(353);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 377:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'W') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 378:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'W') ADVANCE(263);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 379:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'Y') ADVANCE(171);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 380:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == '+' ||
          lookahead == '-') ADVANCE(404);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(513);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 381:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'B', 428,
        'b', 428,
        'D', 432,
        'd', 432,
        'S', 434,
        's', 434,
        'W', 430,
        'w', 430,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 382:
      ACCEPT_TOKEN(sym_rest_of_statement);
      ADVANCE_MAP(
        '"', 38,
        'B', 418,
        'b', 418,
        'D', 422,
        'd', 422,
        'Q', 424,
        'q', 424,
        'S', 426,
        's', 426,
        'W', 420,
        'w', 420,
      );
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 383:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 384:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(381);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 385:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(388);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 386:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(385);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 387:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(386);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(397);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(402);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 388:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(436);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 389:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(397);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 390:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 391:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(398);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 392:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(441);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 393:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(399);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 394:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(438);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(402);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 395:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(450);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 396:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(446);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 397:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(396);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 398:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(416);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 399:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(382);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 400:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'X' ||
          lookahead == 'x') ADVANCE(450);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 401:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(512);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 402:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead == 'L' ||
          lookahead == 'R' ||
          lookahead == 'l' ||
          lookahead == 'r') ADVANCE(450);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 403:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(438);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 404:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(513);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 405:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(514);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 406:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(449);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 407:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 408:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(506);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          (lookahead < '0' || ':' < lookahead)) ADVANCE(409);
      END_STATE();
    case 409:
      ACCEPT_TOKEN(sym_rest_of_statement);
      if (lookahead == '"') ADVANCE(38);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(409);
      END_STATE();
    case 410:
      ACCEPT_TOKEN(anon_sym_LBRACK);
      END_STATE();
    case 411:
      ACCEPT_TOKEN(anon_sym_RBRACK);
      END_STATE();
    case 412:
      ACCEPT_TOKEN(sym__asm_comment);
      if (lookahead != 0 &&
          lookahead != '\n' &&
          lookahead != ':') ADVANCE(412);
      END_STATE();
    case 413:
      ACCEPT_TOKEN(anon_sym_DOT);
      END_STATE();
    case 414:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(510);
      END_STATE();
    case 415:
      ACCEPT_TOKEN(anon_sym_DOT);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      END_STATE();
    case 416:
      ACCEPT_TOKEN(aux_sym_opt_directive_token1);
      END_STATE();
    case 417:
      ACCEPT_TOKEN(aux_sym_opt_directive_token1);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 418:
      ACCEPT_TOKEN(aux_sym_data_token1);
      END_STATE();
    case 419:
      ACCEPT_TOKEN(aux_sym_data_token1);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 420:
      ACCEPT_TOKEN(aux_sym_data_token2);
      END_STATE();
    case 421:
      ACCEPT_TOKEN(aux_sym_data_token2);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 422:
      ACCEPT_TOKEN(aux_sym_data_token3);
      END_STATE();
    case 423:
      ACCEPT_TOKEN(aux_sym_data_token3);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 424:
      ACCEPT_TOKEN(aux_sym_data_token4);
      END_STATE();
    case 425:
      ACCEPT_TOKEN(aux_sym_data_token4);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 426:
      ACCEPT_TOKEN(aux_sym_data_token5);
      END_STATE();
    case 427:
      ACCEPT_TOKEN(aux_sym_data_token5);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 428:
      ACCEPT_TOKEN(aux_sym_data_token6);
      END_STATE();
    case 429:
      ACCEPT_TOKEN(aux_sym_data_token6);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 430:
      ACCEPT_TOKEN(aux_sym_data_token7);
      END_STATE();
    case 431:
      ACCEPT_TOKEN(aux_sym_data_token7);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 432:
      ACCEPT_TOKEN(aux_sym_data_token8);
      END_STATE();
    case 433:
      ACCEPT_TOKEN(aux_sym_data_token8);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 434:
      ACCEPT_TOKEN(aux_sym_data_token9);
      END_STATE();
    case 435:
      ACCEPT_TOKEN(aux_sym_data_token9);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 436:
      ACCEPT_TOKEN(aux_sym_align_token1);
      END_STATE();
    case 437:
      ACCEPT_TOKEN(aux_sym_align_token1);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 438:
      ACCEPT_TOKEN(sym_register);
      END_STATE();
    case 439:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(495);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(880);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 440:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'C') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 441:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(396);
      END_STATE();
    case 442:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(880);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 443:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(444);
      if (('6' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 444:
      ACCEPT_TOKEN(sym_register);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 445:
      ACCEPT_TOKEN(sym_register);
      if (('0' <= lookahead && lookahead <= '5')) ADVANCE(438);
      END_STATE();
    case 446:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(406);
      END_STATE();
    case 447:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '_') ADVANCE(887);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('`' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 448:
      ACCEPT_TOKEN(sym_psr);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(888);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(448);
      END_STATE();
    case 449:
      ACCEPT_TOKEN(sym_psr);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(449);
      END_STATE();
    case 450:
      ACCEPT_TOKEN(sym_shift_type);
      END_STATE();
    case 451:
      ACCEPT_TOKEN(anon_sym_BANG);
      END_STATE();
    case 452:
      ACCEPT_TOKEN(anon_sym_POUND);
      END_STATE();
    case 453:
      ACCEPT_TOKEN(anon_sym_PLUS);
      END_STATE();
    case 454:
      ACCEPT_TOKEN(anon_sym_PLUS);
      if (lookahead == '=') ADVANCE(105);
      END_STATE();
    case 455:
      ACCEPT_TOKEN(anon_sym_DASH);
      END_STATE();
    case 456:
      ACCEPT_TOKEN(anon_sym_DASH);
      if (lookahead == '=') ADVANCE(106);
      END_STATE();
    case 457:
      ACCEPT_TOKEN(anon_sym_LBRACE);
      END_STATE();
    case 458:
      ACCEPT_TOKEN(anon_sym_RBRACE);
      END_STATE();
    case 459:
      ACCEPT_TOKEN(anon_sym_CARET);
      END_STATE();
    case 460:
      ACCEPT_TOKEN(anon_sym_LPAREN2);
      END_STATE();
    case 461:
      ACCEPT_TOKEN(anon_sym_QMARK);
      END_STATE();
    case 462:
      ACCEPT_TOKEN(anon_sym_DOLLAR);
      END_STATE();
    case 463:
      ACCEPT_TOKEN(anon_sym_PIPE);
      END_STATE();
    case 464:
      ACCEPT_TOKEN(anon_sym_OR);
      END_STATE();
    case 465:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(254);
      END_STATE();
    case 466:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == 'I') ADVANCE(660);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 467:
      ACCEPT_TOKEN(anon_sym_OR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 468:
      ACCEPT_TOKEN(anon_sym_EOR);
      END_STATE();
    case 469:
      ACCEPT_TOKEN(anon_sym_EOR);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 470:
      ACCEPT_TOKEN(anon_sym_AND);
      END_STATE();
    case 471:
      ACCEPT_TOKEN(anon_sym_AND);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 472:
      ACCEPT_TOKEN(anon_sym_LT_GT);
      END_STATE();
    case 473:
      ACCEPT_TOKEN(anon_sym_LT);
      if (lookahead == '<') ADVANCE(477);
      if (lookahead == '=') ADVANCE(475);
      if (lookahead == '>') ADVANCE(472);
      END_STATE();
    case 474:
      ACCEPT_TOKEN(anon_sym_GT);
      if (lookahead == '=') ADVANCE(476);
      if (lookahead == '>') ADVANCE(478);
      END_STATE();
    case 475:
      ACCEPT_TOKEN(anon_sym_LT_EQ);
      END_STATE();
    case 476:
      ACCEPT_TOKEN(anon_sym_GT_EQ);
      END_STATE();
    case 477:
      ACCEPT_TOKEN(anon_sym_LT_LT);
      END_STATE();
    case 478:
      ACCEPT_TOKEN(anon_sym_GT_GT);
      if (lookahead == '>') ADVANCE(479);
      END_STATE();
    case 479:
      ACCEPT_TOKEN(anon_sym_GT_GT_GT);
      END_STATE();
    case 480:
      ACCEPT_TOKEN(anon_sym_STAR);
      END_STATE();
    case 481:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead == '=') ADVANCE(107);
      END_STATE();
    case 482:
      ACCEPT_TOKEN(anon_sym_STAR);
      if (lookahead != 0 &&
          lookahead != '\n') ADVANCE(170);
      END_STATE();
    case 483:
      ACCEPT_TOKEN(anon_sym_SLASH);
      END_STATE();
    case 484:
      ACCEPT_TOKEN(anon_sym_SLASH);
      if (lookahead == '=') ADVANCE(108);
      END_STATE();
    case 485:
      ACCEPT_TOKEN(anon_sym_MOD);
      END_STATE();
    case 486:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == 'E') ADVANCE(171);
      END_STATE();
    case 487:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == 'E') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 488:
      ACCEPT_TOKEN(anon_sym_MOD);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 489:
      ACCEPT_TOKEN(anon_sym_DIV);
      END_STATE();
    case 490:
      ACCEPT_TOKEN(anon_sym_DIV);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 491:
      ACCEPT_TOKEN(sym_builtin_function);
      END_STATE();
    case 492:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$') ADVANCE(491);
      if (lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 493:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == 'L') ADVANCE(632);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 494:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '~') ADVANCE(491);
      END_STATE();
    case 495:
      ACCEPT_TOKEN(sym_builtin_function);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 496:
      ACCEPT_TOKEN(sym_builtin_variable);
      END_STATE();
    case 497:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '#') ADVANCE(491);
      END_STATE();
    case 498:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(496);
      END_STATE();
    case 499:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(496);
      if (lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 500:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$') ADVANCE(497);
      if (lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 501:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(783);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 502:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(330);
      END_STATE();
    case 503:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == 'O') ADVANCE(791);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 504:
      ACCEPT_TOKEN(sym_builtin_variable);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 505:
      ACCEPT_TOKEN(sym_proc_name);
      if (lookahead == '@') ADVANCE(506);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(505);
      END_STATE();
    case 506:
      ACCEPT_TOKEN(sym_proc_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(506);
      END_STATE();
    case 507:
      ACCEPT_TOKEN(sym_fn_name);
      if (lookahead == '@') ADVANCE(508);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(507);
      END_STATE();
    case 508:
      ACCEPT_TOKEN(sym_fn_name);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('@' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(508);
      END_STATE();
    case 509:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '.') ADVANCE(511);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(509);
      END_STATE();
    case 510:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(380);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(510);
      END_STATE();
    case 511:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == 'E' ||
          lookahead == 'e') ADVANCE(72);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(511);
      END_STATE();
    case 512:
      ACCEPT_TOKEN(sym_number);
      if (lookahead == '0' ||
          lookahead == '1') ADVANCE(512);
      END_STATE();
    case 513:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(513);
      END_STATE();
    case 514:
      ACCEPT_TOKEN(sym_number);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'F') ||
          ('a' <= lookahead && lookahead <= 'f')) ADVANCE(514);
      END_STATE();
    case 515:
      ACCEPT_TOKEN(sym_string);
      if (lookahead == '"') ADVANCE(39);
      END_STATE();
    case 516:
      ACCEPT_TOKEN(sym_identifier);
      END_STATE();
    case 517:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(496);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 518:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '#') ADVANCE(491);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 519:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(496);
      if (lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 520:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(491);
      if (lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 521:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$') ADVANCE(494);
      if (lookahead == '%') ADVANCE(516);
      if (lookahead == 'I') ADVANCE(746);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 522:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(443);
      if (lookahead == 'A') ADVANCE(594);
      if (lookahead == 'E') ADVANCE(779);
      if (lookahead == 'I') ADVANCE(661);
      if (lookahead == 'N') ADVANCE(594);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(444);
      if (('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 523:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '1') ADVANCE(443);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9')) ADVANCE(444);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 524:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '@') ADVANCE(508);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(507);
      END_STATE();
    case 525:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '@') ADVANCE(506);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(505);
      END_STATE();
    case 526:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(703);
      if (lookahead == 'H') ADVANCE(550);
      if (lookahead == 'I') ADVANCE(802);
      if (lookahead == 'L') ADVANCE(624);
      if (lookahead == 'O') ADVANCE(707);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 527:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(683);
      if (lookahead == 'H') ADVANCE(617);
      if (lookahead == 'I') ADVANCE(599);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 528:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(714);
      if (lookahead == 'I') ADVANCE(704);
      if (lookahead == 'O') ADVANCE(785);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 529:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(714);
      if (lookahead == 'N') ADVANCE(524);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 530:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(714);
      if (lookahead == 'N') ADVANCE(524);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 531:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(714);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 532:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(589);
      if (lookahead == 'C') ADVANCE(554);
      if (lookahead == 'M') ADVANCE(621);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 533:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'A', 589,
        'C', 839,
        'M', 164,
        'N', 845,
        'P', 643,
        'S', 837,
        'T', 848,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 534:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 535:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(659);
      if (lookahead == 'I') ADVANCE(504);
      if (lookahead == 'L') ADVANCE(758);
      if (lookahead == 'O') ADVANCE(690);
      if (lookahead == 'R') ADVANCE(692);
      if (lookahead == 'T') ADVANCE(784);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 536:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(853);
      if (lookahead == 'O') ADVANCE(844);
      if (lookahead == 'T') ADVANCE(637);
      if (lookahead == 'W') ADVANCE(547);
      if (lookahead == 'Y') ADVANCE(806);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 537:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(853);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 538:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(856);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 539:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(168);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 540:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(858);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 541:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(860);
      if (lookahead == 'I') ADVANCE(728);
      if (lookahead == 'O') ADVANCE(113);
      if (lookahead == 'R') ADVANCE(847);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 542:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(860);
      if (lookahead == 'I') ADVANCE(728);
      if (lookahead == 'O') ADVANCE(767);
      if (lookahead == 'R') ADVANCE(847);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 543:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(835);
      if (lookahead == 'E') ADVANCE(649);
      if (lookahead == 'I') ADVANCE(721);
      if (lookahead == 'R') ADVANCE(538);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 544:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(835);
      if (lookahead == 'E') ADVANCE(649);
      if (lookahead == 'I') ADVANCE(720);
      if (lookahead == 'R') ADVANCE(538);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 545:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(704);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 546:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(809);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 547:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(768);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 548:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(577);
      if (lookahead == 'U') ADVANCE(603);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 549:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(743);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 550:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(676);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 551:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(783);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 552:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(594);
      if (lookahead == 'E') ADVANCE(779);
      if (lookahead == 'I') ADVANCE(661);
      if (lookahead == 'N') ADVANCE(594);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 553:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(832);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 554:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(698);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 555:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(786);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 556:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(700);
      if (lookahead == 'P') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 557:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(700);
      if (lookahead == 'P') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 558:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(700);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 559:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(822);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 560:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(666);
      if (lookahead == 'I') ADVANCE(504);
      if (lookahead == 'O') ADVANCE(804);
      if (lookahead == 'T') ADVANCE(794);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 561:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(666);
      if (lookahead == 'I') ADVANCE(504);
      if (lookahead == 'O') ADVANCE(693);
      if (lookahead == 'T') ADVANCE(794);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 562:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'A') ADVANCE(666);
      if (lookahead == 'I') ADVANCE(504);
      if (lookahead == 'O') ADVANCE(693);
      if (lookahead == 'T') ADVANCE(794);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('B' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 563:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 564:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(803);
      if (lookahead == 'N') ADVANCE(607);
      if (lookahead == 'S') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 565:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(808);
      if (lookahead == 'C') ADVANCE(808);
      if (lookahead == 'D') ADVANCE(854);
      if (lookahead == 'N') ADVANCE(591);
      if (lookahead == 'S') ADVANCE(863);
      if (lookahead == 'T') ADVANCE(734);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 566:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 808,
        'C', 808,
        'D', 854,
        'S', 863,
        'T', 734,
        'L', 867,
        'l', 867,
        'P', 881,
        'p', 881,
        '$', 516,
        '%', 516,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 567:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 808,
        'C', 808,
        'D', 854,
        'S', 863,
        'T', 734,
        'L', 867,
        'l', 867,
        '$', 516,
        '%', 516,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 568:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 808,
        'C', 808,
        'D', 854,
        'S', 863,
        'T', 734,
        'L', 867,
        'l', 867,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 569:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 808,
        'C', 808,
        'D', 854,
        'S', 863,
        'T', 734,
        'P', 881,
        'p', 881,
        '$', 516,
        '%', 516,
      );
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 570:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(808);
      if (lookahead == 'C') ADVANCE(808);
      if (lookahead == 'D') ADVANCE(854);
      if (lookahead == 'S') ADVANCE(863);
      if (lookahead == 'T') ADVANCE(734);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 571:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(808);
      if (lookahead == 'C') ADVANCE(808);
      if (lookahead == 'D') ADVANCE(854);
      if (lookahead == 'S') ADVANCE(863);
      if (lookahead == 'T') ADVANCE(734);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 572:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B') ADVANCE(631);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 573:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(525);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 574:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(129);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 575:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 576:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(756);
      if (lookahead == 'E') ADVANCE(817);
      if (lookahead == 'O') ADVANCE(810);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 577:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 578:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(708);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 579:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(554);
      if (lookahead == 'G') ADVANCE(495);
      if (lookahead == 'M') ADVANCE(634);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 580:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(702);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 581:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C') ADVANCE(611);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 582:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == 'L') ADVANCE(705);
      if (lookahead == 'N') ADVANCE(590);
      if (lookahead == 'R') ADVANCE(695);
      if (lookahead == 'X') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 583:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == 'L') ADVANCE(705);
      if (lookahead == 'N') ADVANCE(592);
      if (lookahead == 'O') ADVANCE(787);
      if (lookahead == 'R') ADVANCE(695);
      if (lookahead == 'X') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 584:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == 'L') ADVANCE(705);
      if (lookahead == 'N') ADVANCE(592);
      if (lookahead == 'R') ADVANCE(695);
      if (lookahead == 'X') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 585:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == 'L') ADVANCE(705);
      if (lookahead == 'N') ADVANCE(592);
      if (lookahead == 'R') ADVANCE(696);
      if (lookahead == 'X') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 586:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == 'L') ADVANCE(706);
      if (lookahead == 'N') ADVANCE(592);
      if (lookahead == 'R') ADVANCE(695);
      if (lookahead == 'X') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 587:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(683);
      if (lookahead == 'L') ADVANCE(706);
      if (lookahead == 'N') ADVANCE(592);
      if (lookahead == 'R') ADVANCE(696);
      if (lookahead == 'X') ADVANCE(816);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 588:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 589:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 590:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(146);
      if (lookahead == 'V') ADVANCE(638);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 591:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(471);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 592:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(147);
      if (lookahead == 'V') ADVANCE(638);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 593:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(487);
      if (lookahead == 'U') ADVANCE(809);
      if (lookahead == 'V') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 594:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 595:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(520);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 596:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(488);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 597:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(607);
      if (lookahead == 'U') ADVANCE(809);
      if (lookahead == 'V') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 598:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(842);
      if (lookahead == 'O') ADVANCE(688);
      if (lookahead == 'P') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 599:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(830);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 600:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'D') ADVANCE(834);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 601:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(553);
      if (lookahead == 'P') ADVANCE(846);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 602:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(855);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 603:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 604:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(533);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'U') ADVANCE(730);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 605:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(724);
      if (lookahead == 'H') ADVANCE(629);
      if (lookahead == 'I') ADVANCE(726);
      if (lookahead == 'O') ADVANCE(767);
      if (lookahead == 'R') ADVANCE(548);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 606:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(724);
      if (lookahead == 'I') ADVANCE(726);
      if (lookahead == 'O') ADVANCE(767);
      if (lookahead == 'R') ADVANCE(548);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 607:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 608:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 609:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(135);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 610:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(175);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 611:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(177);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 612:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(155);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 613:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(157);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 614:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(655);
      if (lookahead == 'N') ADVANCE(495);
      if (lookahead == 'O') ADVANCE(656);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 615:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(655);
      if (lookahead == 'N') ADVANCE(495);
      if (lookahead == 'O') ADVANCE(656);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 616:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(655);
      if (lookahead == 'N') ADVANCE(495);
      if (lookahead == 'O') ADVANCE(579);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 617:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(730);
      if (lookahead == 'I') ADVANCE(712);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 618:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(859);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 619:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(778);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 620:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(729);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 621:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(719);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 622:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(701);
      if (lookahead == 'I') ADVANCE(725);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 623:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(817);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 624:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(551);
      if (lookahead == 'O') ADVANCE(809);
      if (lookahead == 'G' ||
          lookahead == 'S') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 625:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(657);
      if (lookahead == 'I') ADVANCE(852);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 626:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(657);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(861);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 627:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(657);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 628:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 629:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(731);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 630:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(818);
      if (lookahead == 'I') ADVANCE(564);
      if (lookahead == 'O') ADVANCE(532);
      if (lookahead == 'V') ADVANCE(551);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 631:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(783);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 632:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(734);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 633:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(798);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 634:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(718);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 635:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(735);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(417);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 636:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(735);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 637:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(799);
      if (lookahead == 'O') ADVANCE(768);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 638:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(709);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 639:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(793);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 640:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(831);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 641:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(826);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 642:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(825);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 643:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(559);
      if (lookahead == 'O') ADVANCE(800);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 644:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'E') ADVANCE(779);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 645:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(131);
      if (lookahead == 'N') ADVANCE(772);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 646:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 648,
        'L', 589,
        'N', 159,
        'R', 466,
        'S', 578,
        'T', 673,
        'V', 633,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 647:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 648,
        'L', 589,
        'N', 159,
        'R', 677,
        'S', 578,
        'T', 673,
        'V', 633,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 648:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 649:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(123);
      if (lookahead == 'L') ADVANCE(640);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 650:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(137);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 651:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(518);
      if (lookahead == 'R') ADVANCE(469);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 652:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(518);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 653:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(161);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 654:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'F', 653,
        'L', 589,
        'N', 159,
        'R', 677,
        'S', 578,
        'T', 673,
        'V', 633,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 655:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'F') ADVANCE(824);
      if (lookahead == 'N') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 656:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(495);
      if (lookahead == 'M') ADVANCE(634);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 657:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 658:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(520);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 659:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 660:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(676);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 661:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(672);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 662:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'G', 734,
        'I', 734,
        'P', 439,
        'Q', 788,
        'T', 790,
        'U', 722,
        'p', 442,
        '$', 516,
        '%', 516,
        'B', 444,
        'L', 444,
        'b', 444,
        'l', 444,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 663:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'G', 734,
        'I', 734,
        'P', 440,
        'Q', 788,
        'T', 790,
        'U', 722,
        '$', 516,
        '%', 516,
        'B', 444,
        'L', 444,
        'b', 444,
        'l', 444,
        'p', 444,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 664:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(734);
      if (lookahead == 'I') ADVANCE(734);
      if (lookahead == 'P') ADVANCE(575);
      if (lookahead == 'Q') ADVANCE(788);
      if (lookahead == 'T') ADVANCE(790);
      if (lookahead == 'U') ADVANCE(722);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 665:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(702);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 666:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(603);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 667:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G') ADVANCE(642);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 668:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 669:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 670:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(789);
      if (lookahead == 'O') ADVANCE(807);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(881);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 671:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(789);
      if (lookahead == 'O') ADVANCE(807);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 672:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(824);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 673:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(639);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 674:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'H') ADVANCE(689);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 675:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 676:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(730);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 677:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(660);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 678:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(809);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 679:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(773);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 680:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == 'O') ADVANCE(596);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 681:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(595);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 682:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(734);
      if (lookahead == 'O') ADVANCE(849);
      if (lookahead == 'U') ADVANCE(770);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 683:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 684:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(699);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 685:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(727);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 686:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(600);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 687:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(600);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 688:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(581);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 689:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(713);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 690:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(747);
      if (lookahead == 'S') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 691:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(728);
      if (lookahead == 'O') ADVANCE(767);
      if (lookahead == 'R') ADVANCE(847);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 692:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(749);
      if (lookahead == 'O') ADVANCE(573);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 693:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I') ADVANCE(750);
      if (lookahead == 'S') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 694:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'K') ADVANCE(618);
      if (lookahead == 'S') ADVANCE(840);
      if (lookahead == 'T') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 695:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(504);
      if (lookahead == 'R') ADVANCE(501);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 696:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(504);
      if (lookahead == 'R') ADVANCE(503);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 697:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 698:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(121);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 699:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(153);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 700:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 701:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(768);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 702:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 703:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(697);
      if (lookahead == 'S') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 704:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(697);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 705:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(679);
      if (lookahead == 'S') ADVANCE(609);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 706:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(679);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 707:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(753);
      if (lookahead == 'U') ADVANCE(748);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 708:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(675);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 709:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(763);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 710:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(760);
      if (lookahead == 'S') ADVANCE(537);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 711:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(540);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 712:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(612);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 713:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(613);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 714:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(812);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 715:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(811);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'O') ADVANCE(651);
      if (lookahead == 'R') ADVANCE(868);
      if (lookahead == 'V') ADVANCE(558);
      if (lookahead == 'X') ADVANCE(769);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 716:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(811);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'O') ADVANCE(652);
      if (lookahead == 'R') ADVANCE(868);
      if (lookahead == 'V') ADVANCE(558);
      if (lookahead == 'X') ADVANCE(769);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 717:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L') ADVANCE(811);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'R') ADVANCE(868);
      if (lookahead == 'X') ADVANCE(828);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 718:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 719:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 720:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(119);
      if (lookahead == 'V') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 721:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(119);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 722:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(493);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 723:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(572);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 724:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(777);
      if (lookahead == 'X') ADVANCE(829);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 725:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(621);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 726:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(610);
      if (lookahead == 'N') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 727:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(634);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 728:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'M') ADVANCE(608);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 729:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(589);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 730:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 731:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(133);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 732:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(694);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 733:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(694);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 734:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 735:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(682);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 736:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(127);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 737:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'O') ADVANCE(651);
      if (lookahead == 'R') ADVANCE(868);
      if (lookahead == 'V') ADVANCE(558);
      if (lookahead == 'X') ADVANCE(769);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 738:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'N', 588,
        'O', 652,
        'R', 868,
        'V', 558,
        'X', 769,
        'Q', 883,
        'q', 883,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 739:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'O') ADVANCE(652);
      if (lookahead == 'R') ADVANCE(868);
      if (lookahead == 'V') ADVANCE(558);
      if (lookahead == 'X') ADVANCE(769);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 740:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'O') ADVANCE(652);
      if (lookahead == 'R') ADVANCE(696);
      if (lookahead == 'V') ADVANCE(558);
      if (lookahead == 'X') ADVANCE(769);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 741:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'R') ADVANCE(868);
      if (lookahead == 'X') ADVANCE(828);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 742:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(588);
      if (lookahead == 'R') ADVANCE(696);
      if (lookahead == 'X') ADVANCE(828);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 743:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(665);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 744:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(591);
      if (lookahead == 'P') ADVANCE(774);
      if (lookahead == 'U') ADVANCE(833);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 745:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(836);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 746:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(658);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 747:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 748:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(814);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 749:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(821);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 750:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N') ADVANCE(823);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 751:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(597);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 752:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 753:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(782);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 754:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(593);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 755:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(804);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 756:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(697);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 757:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(574);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 758:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 759:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(851);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 760:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(534);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 761:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(795);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 762:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(823);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 763:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(776);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 764:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(727);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 765:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'O') ADVANCE(801);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 766:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(774);
      if (lookahead == 'U') ADVANCE(833);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 767:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 768:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 769:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(495);
      if (lookahead == 'T') ADVANCE(518);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 770:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 771:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(635);
      if (lookahead == 'p') ADVANCE(882);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 772:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(846);
      if (lookahead == 'S') ADVANCE(838);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 773:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(809);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 774:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(620);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 775:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(755);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 776:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 777:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 778:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(765);
      if (lookahead == 'T') ADVANCE(850);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 779:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(765);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 780:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(636);
      if (lookahead == 'R') ADVANCE(467);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 781:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P') ADVANCE(636);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 782:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(178);
      if (lookahead == 'U') ADVANCE(783);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 783:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 784:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(173);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 785:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(110);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 786:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(858);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 787:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(469);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 788:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 789:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(520);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 790:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(521);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 791:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(149);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 792:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(730);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 793:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(857);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 794:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(517);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 795:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 796:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(757);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 797:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(736);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 798:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(711);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 799:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(628);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 800:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(820);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 801:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(827);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 802:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(580);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 803:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R') ADVANCE(555);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 804:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 805:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 806:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(139);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 807:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(495);
      if (lookahead == 'U') ADVANCE(748);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 808:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 809:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 810:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(843);
      if (lookahead == 'T') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 811:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(609);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 812:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(603);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 813:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S') ADVANCE(788);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 814:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 815:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 816:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(173);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 817:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(499);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 818:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(103);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 819:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(116);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 820:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(175);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 821:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(142);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 822:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(151);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 823:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 824:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(520);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 825:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(518);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 826:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(500);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 827:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(519);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 828:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(517);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 829:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(710);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 830:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(669);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 831:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 832:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(805);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 833:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(752);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 834:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(668);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 835:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(539);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 836:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(684);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 837:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(761);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 838:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(545);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 839:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(549);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 840:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T') ADVANCE(788);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 841:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(683);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 842:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 843:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(563);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 844:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(729);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 845:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(723);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 846:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(815);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 847:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(603);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 848:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(792);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 849:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(823);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 850:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(797);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 851:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U') ADVANCE(748);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 852:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(490);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 853:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(607);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 854:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'V') ADVANCE(558);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 855:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(178);
      if (lookahead == 'X') ADVANCE(819);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 856:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 857:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'W') ADVANCE(678);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 858:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(178);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 859:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Y') ADVANCE(492);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 860:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'B' ||
          lookahead == 'N') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 861:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 429,
        'b', 429,
        'D', 433,
        'd', 433,
        'S', 435,
        's', 435,
        'W', 431,
        'w', 431,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 862:
      ACCEPT_TOKEN(sym_identifier);
      ADVANCE_MAP(
        'B', 419,
        'b', 419,
        'D', 423,
        'd', 423,
        'Q', 425,
        'q', 425,
        'S', 427,
        's', 427,
        'W', 421,
        'w', 421,
        '$', 516,
        '%', 516,
      );
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 863:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'N') ADVANCE(495);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 864:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 865:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'C' ||
          lookahead == 'c') ADVANCE(861);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 866:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'G' ||
          lookahead == 'g') ADVANCE(872);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 867:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'I' ||
          lookahead == 'i') ADVANCE(866);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 868:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L' ||
          lookahead == 'R') ADVANCE(504);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 869:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(867);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(881);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 870:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(867);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 871:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'L' ||
          lookahead == 'l') ADVANCE(867);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 872:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'N' ||
          lookahead == 'n') ADVANCE(437);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 873:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(881);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 874:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(881);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 875:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 876:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(882);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 877:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'P' ||
          lookahead == 'p') ADVANCE(442);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'b' ||
          lookahead == 'l') ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 878:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'Q' ||
          lookahead == 'q') ADVANCE(883);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 879:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(444);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 880:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'R' ||
          lookahead == 'r') ADVANCE(447);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 881:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'S' ||
          lookahead == 's') ADVANCE(880);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 882:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'T' ||
          lookahead == 't') ADVANCE(417);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 883:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == 'U' ||
          lookahead == 'u') ADVANCE(862);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 884:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '4')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 885:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (lookahead == 'B' ||
          lookahead == 'L' ||
          lookahead == 'P' ||
          lookahead == 'b' ||
          lookahead == 'l' ||
          lookahead == 'p') ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 886:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('1' <= lookahead && lookahead <= '8')) ADVANCE(444);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    case 887:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          lookahead == '_' ||
          lookahead == '`') ADVANCE(888);
      if (('A' <= lookahead && lookahead <= 'Z') ||
          ('a' <= lookahead && lookahead <= 'z')) ADVANCE(448);
      END_STATE();
    case 888:
      ACCEPT_TOKEN(sym_identifier);
      if (lookahead == '$' ||
          lookahead == '%') ADVANCE(516);
      if (('0' <= lookahead && lookahead <= '9') ||
          ('A' <= lookahead && lookahead <= 'Z') ||
          ('_' <= lookahead && lookahead <= 'z')) ADVANCE(888);
      END_STATE();
    default:
      return false;
  }
}

static const TSLexMode ts_lex_modes[STATE_COUNT] = {
  [0] = {.lex_state = 0, .external_lex_state = 1},
  [1] = {.lex_state = 96, .external_lex_state = 2},
  [2] = {.lex_state = 29, .external_lex_state = 2},
  [3] = {.lex_state = 29, .external_lex_state = 2},
  [4] = {.lex_state = 96, .external_lex_state = 2},
  [5] = {.lex_state = 96, .external_lex_state = 2},
  [6] = {.lex_state = 1, .external_lex_state = 3},
  [7] = {.lex_state = 1, .external_lex_state = 3},
  [8] = {.lex_state = 96, .external_lex_state = 2},
  [9] = {.lex_state = 96, .external_lex_state = 2},
  [10] = {.lex_state = 25, .external_lex_state = 2},
  [11] = {.lex_state = 26, .external_lex_state = 2},
  [12] = {.lex_state = 25, .external_lex_state = 2},
  [13] = {.lex_state = 28, .external_lex_state = 2},
  [14] = {.lex_state = 25, .external_lex_state = 2},
  [15] = {.lex_state = 25, .external_lex_state = 2},
  [16] = {.lex_state = 25, .external_lex_state = 2},
  [17] = {.lex_state = 25, .external_lex_state = 2},
  [18] = {.lex_state = 23, .external_lex_state = 2},
  [19] = {.lex_state = 23, .external_lex_state = 2},
  [20] = {.lex_state = 23, .external_lex_state = 2},
  [21] = {.lex_state = 25, .external_lex_state = 2},
  [22] = {.lex_state = 24, .external_lex_state = 2},
  [23] = {.lex_state = 27, .external_lex_state = 2},
  [24] = {.lex_state = 23, .external_lex_state = 2},
  [25] = {.lex_state = 25, .external_lex_state = 2},
  [26] = {.lex_state = 25, .external_lex_state = 2},
  [27] = {.lex_state = 23, .external_lex_state = 2},
  [28] = {.lex_state = 23, .external_lex_state = 2},
  [29] = {.lex_state = 23, .external_lex_state = 2},
  [30] = {.lex_state = 23, .external_lex_state = 2},
  [31] = {.lex_state = 21, .external_lex_state = 2},
  [32] = {.lex_state = 21, .external_lex_state = 2},
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
  [50] = {.lex_state = 29, .external_lex_state = 2},
  [51] = {.lex_state = 29, .external_lex_state = 2},
  [52] = {.lex_state = 18, .external_lex_state = 3},
  [53] = {.lex_state = 18, .external_lex_state = 3},
  [54] = {.lex_state = 1, .external_lex_state = 3},
  [55] = {.lex_state = 2, .external_lex_state = 4},
  [56] = {.lex_state = 2, .external_lex_state = 4},
  [57] = {.lex_state = 2, .external_lex_state = 4},
  [58] = {.lex_state = 1, .external_lex_state = 5},
  [59] = {.lex_state = 1, .external_lex_state = 3},
  [60] = {.lex_state = 1, .external_lex_state = 3},
  [61] = {.lex_state = 1, .external_lex_state = 3},
  [62] = {.lex_state = 1, .external_lex_state = 3},
  [63] = {.lex_state = 1, .external_lex_state = 3},
  [64] = {.lex_state = 1, .external_lex_state = 3},
  [65] = {.lex_state = 1, .external_lex_state = 3},
  [66] = {.lex_state = 1, .external_lex_state = 3},
  [67] = {.lex_state = 1, .external_lex_state = 3},
  [68] = {.lex_state = 34, .external_lex_state = 4},
  [69] = {.lex_state = 34, .external_lex_state = 4},
  [70] = {.lex_state = 18, .external_lex_state = 3},
  [71] = {.lex_state = 34, .external_lex_state = 4},
  [72] = {.lex_state = 34, .external_lex_state = 4},
  [73] = {.lex_state = 34, .external_lex_state = 4},
  [74] = {.lex_state = 34, .external_lex_state = 4},
  [75] = {.lex_state = 34, .external_lex_state = 4},
  [76] = {.lex_state = 34, .external_lex_state = 4},
  [77] = {.lex_state = 34, .external_lex_state = 4},
  [78] = {.lex_state = 34, .external_lex_state = 4},
  [79] = {.lex_state = 18, .external_lex_state = 3},
  [80] = {.lex_state = 18, .external_lex_state = 3},
  [81] = {.lex_state = 18, .external_lex_state = 3},
  [82] = {.lex_state = 18, .external_lex_state = 3},
  [83] = {.lex_state = 18, .external_lex_state = 3},
  [84] = {.lex_state = 18, .external_lex_state = 3},
  [85] = {.lex_state = 18, .external_lex_state = 3},
  [86] = {.lex_state = 18, .external_lex_state = 3},
  [87] = {.lex_state = 34, .external_lex_state = 4},
  [88] = {.lex_state = 34, .external_lex_state = 4},
  [89] = {.lex_state = 34, .external_lex_state = 4},
  [90] = {.lex_state = 34, .external_lex_state = 4},
  [91] = {.lex_state = 34, .external_lex_state = 4},
  [92] = {.lex_state = 34, .external_lex_state = 4},
  [93] = {.lex_state = 34, .external_lex_state = 4},
  [94] = {.lex_state = 34, .external_lex_state = 4},
  [95] = {.lex_state = 34, .external_lex_state = 4},
  [96] = {.lex_state = 34, .external_lex_state = 4},
  [97] = {.lex_state = 34, .external_lex_state = 4},
  [98] = {.lex_state = 34, .external_lex_state = 4},
  [99] = {.lex_state = 34, .external_lex_state = 4},
  [100] = {.lex_state = 34, .external_lex_state = 4},
  [101] = {.lex_state = 34, .external_lex_state = 4},
  [102] = {.lex_state = 5, .external_lex_state = 2},
  [103] = {.lex_state = 5, .external_lex_state = 2},
  [104] = {.lex_state = 34, .external_lex_state = 4},
  [105] = {.lex_state = 34, .external_lex_state = 4},
  [106] = {.lex_state = 34, .external_lex_state = 4},
  [107] = {.lex_state = 6, .external_lex_state = 2},
  [108] = {.lex_state = 6, .external_lex_state = 2},
  [109] = {.lex_state = 34, .external_lex_state = 4},
  [110] = {.lex_state = 34, .external_lex_state = 4},
  [111] = {.lex_state = 8, .external_lex_state = 2},
  [112] = {.lex_state = 8, .external_lex_state = 2},
  [113] = {.lex_state = 8, .external_lex_state = 2},
  [114] = {.lex_state = 8, .external_lex_state = 2},
  [115] = {.lex_state = 8, .external_lex_state = 2},
  [116] = {.lex_state = 8, .external_lex_state = 2},
  [117] = {.lex_state = 8, .external_lex_state = 2},
  [118] = {.lex_state = 8, .external_lex_state = 2},
  [119] = {.lex_state = 8, .external_lex_state = 2},
  [120] = {.lex_state = 8, .external_lex_state = 2},
  [121] = {.lex_state = 8, .external_lex_state = 2},
  [122] = {.lex_state = 8, .external_lex_state = 2},
  [123] = {.lex_state = 8, .external_lex_state = 2},
  [124] = {.lex_state = 8, .external_lex_state = 2},
  [125] = {.lex_state = 8, .external_lex_state = 2},
  [126] = {.lex_state = 8, .external_lex_state = 2},
  [127] = {.lex_state = 8, .external_lex_state = 2},
  [128] = {.lex_state = 8, .external_lex_state = 2},
  [129] = {.lex_state = 8, .external_lex_state = 2},
  [130] = {.lex_state = 9, .external_lex_state = 2},
  [131] = {.lex_state = 9, .external_lex_state = 2},
  [132] = {.lex_state = 9, .external_lex_state = 2},
  [133] = {.lex_state = 9, .external_lex_state = 2},
  [134] = {.lex_state = 9, .external_lex_state = 2},
  [135] = {.lex_state = 9, .external_lex_state = 2},
  [136] = {.lex_state = 9, .external_lex_state = 2},
  [137] = {.lex_state = 9, .external_lex_state = 2},
  [138] = {.lex_state = 9, .external_lex_state = 2},
  [139] = {.lex_state = 9, .external_lex_state = 2},
  [140] = {.lex_state = 96, .external_lex_state = 2},
  [141] = {.lex_state = 9, .external_lex_state = 2},
  [142] = {.lex_state = 9, .external_lex_state = 2},
  [143] = {.lex_state = 9, .external_lex_state = 2},
  [144] = {.lex_state = 9, .external_lex_state = 2},
  [145] = {.lex_state = 96, .external_lex_state = 2},
  [146] = {.lex_state = 9, .external_lex_state = 2},
  [147] = {.lex_state = 96, .external_lex_state = 2},
  [148] = {.lex_state = 9, .external_lex_state = 2},
  [149] = {.lex_state = 9, .external_lex_state = 2},
  [150] = {.lex_state = 9, .external_lex_state = 2},
  [151] = {.lex_state = 9, .external_lex_state = 2},
  [152] = {.lex_state = 3},
  [153] = {.lex_state = 35, .external_lex_state = 2},
  [154] = {.lex_state = 35, .external_lex_state = 2},
  [155] = {.lex_state = 35, .external_lex_state = 2},
  [156] = {.lex_state = 35, .external_lex_state = 2},
  [157] = {.lex_state = 35, .external_lex_state = 2},
  [158] = {.lex_state = 35, .external_lex_state = 2},
  [159] = {.lex_state = 35, .external_lex_state = 2},
  [160] = {.lex_state = 35, .external_lex_state = 2},
  [161] = {.lex_state = 34},
  [162] = {.lex_state = 35, .external_lex_state = 2},
  [163] = {.lex_state = 35, .external_lex_state = 2},
  [164] = {.lex_state = 35, .external_lex_state = 2},
  [165] = {.lex_state = 35, .external_lex_state = 2},
  [166] = {.lex_state = 35, .external_lex_state = 2},
  [167] = {.lex_state = 35, .external_lex_state = 2},
  [168] = {.lex_state = 35, .external_lex_state = 2},
  [169] = {.lex_state = 35, .external_lex_state = 2},
  [170] = {.lex_state = 35, .external_lex_state = 2},
  [171] = {.lex_state = 35, .external_lex_state = 2},
  [172] = {.lex_state = 35, .external_lex_state = 2},
  [173] = {.lex_state = 35, .external_lex_state = 2},
  [174] = {.lex_state = 10, .external_lex_state = 2},
  [175] = {.lex_state = 34},
  [176] = {.lex_state = 10, .external_lex_state = 2},
  [177] = {.lex_state = 10, .external_lex_state = 2},
  [178] = {.lex_state = 34},
  [179] = {.lex_state = 34, .external_lex_state = 4},
  [180] = {.lex_state = 34},
  [181] = {.lex_state = 34, .external_lex_state = 4},
  [182] = {.lex_state = 34},
  [183] = {.lex_state = 34},
  [184] = {.lex_state = 34, .external_lex_state = 4},
  [185] = {.lex_state = 34},
  [186] = {.lex_state = 34},
  [187] = {.lex_state = 7, .external_lex_state = 2},
  [188] = {.lex_state = 7, .external_lex_state = 2},
  [189] = {.lex_state = 7, .external_lex_state = 2},
  [190] = {.lex_state = 34},
  [191] = {.lex_state = 34},
  [192] = {.lex_state = 34},
  [193] = {.lex_state = 34},
  [194] = {.lex_state = 34},
  [195] = {.lex_state = 34},
  [196] = {.lex_state = 34},
  [197] = {.lex_state = 34},
  [198] = {.lex_state = 34},
  [199] = {.lex_state = 34},
  [200] = {.lex_state = 34, .external_lex_state = 2},
  [201] = {.lex_state = 34},
  [202] = {.lex_state = 34, .external_lex_state = 2},
  [203] = {.lex_state = 34},
  [204] = {.lex_state = 13, .external_lex_state = 2},
  [205] = {.lex_state = 4},
  [206] = {.lex_state = 4},
  [207] = {.lex_state = 14, .external_lex_state = 2},
  [208] = {.lex_state = 34, .external_lex_state = 2},
  [209] = {.lex_state = 12},
  [210] = {.lex_state = 34, .external_lex_state = 2},
  [211] = {.lex_state = 19},
  [212] = {.lex_state = 35, .external_lex_state = 2},
  [213] = {.lex_state = 35, .external_lex_state = 2},
  [214] = {.lex_state = 34, .external_lex_state = 2},
  [215] = {.lex_state = 34},
  [216] = {.lex_state = 11},
  [217] = {.lex_state = 11},
  [218] = {.lex_state = 34},
  [219] = {.lex_state = 34},
  [220] = {.lex_state = 34, .external_lex_state = 2},
  [221] = {.lex_state = 34, .external_lex_state = 2},
  [222] = {.lex_state = 11},
  [223] = {.lex_state = 34, .external_lex_state = 2},
  [224] = {.lex_state = 11},
  [225] = {.lex_state = 11},
  [226] = {.lex_state = 11},
  [227] = {.lex_state = 11},
  [228] = {.lex_state = 11},
  [229] = {.lex_state = 7},
  [230] = {.lex_state = 20},
  [231] = {.lex_state = 20},
  [232] = {.lex_state = 7},
  [233] = {.lex_state = 34, .external_lex_state = 4},
  [234] = {.lex_state = 34, .external_lex_state = 4},
  [235] = {.lex_state = 34, .external_lex_state = 4},
  [236] = {.lex_state = 34, .external_lex_state = 2},
  [237] = {.lex_state = 34, .external_lex_state = 2},
  [238] = {.lex_state = 34, .external_lex_state = 2},
  [239] = {.lex_state = 34, .external_lex_state = 4},
  [240] = {.lex_state = 34, .external_lex_state = 4},
  [241] = {.lex_state = 34, .external_lex_state = 2},
  [242] = {.lex_state = 34, .external_lex_state = 4},
  [243] = {.lex_state = 34, .external_lex_state = 4},
  [244] = {.lex_state = 34, .external_lex_state = 4},
  [245] = {.lex_state = 34, .external_lex_state = 2},
  [246] = {.lex_state = 34, .external_lex_state = 4},
  [247] = {.lex_state = 34, .external_lex_state = 2},
  [248] = {.lex_state = 20},
  [249] = {.lex_state = 34, .external_lex_state = 4},
  [250] = {.lex_state = 34, .external_lex_state = 4},
  [251] = {.lex_state = 34, .external_lex_state = 2},
  [252] = {.lex_state = 34, .external_lex_state = 4},
  [253] = {.lex_state = 40},
  [254] = {.lex_state = 20},
  [255] = {.lex_state = 34, .external_lex_state = 4},
  [256] = {.lex_state = 34, .external_lex_state = 4},
  [257] = {.lex_state = 7},
  [258] = {.lex_state = 34, .external_lex_state = 4},
  [259] = {.lex_state = 34},
  [260] = {.lex_state = 34, .external_lex_state = 4},
  [261] = {.lex_state = 34, .external_lex_state = 2},
  [262] = {.lex_state = 7},
  [263] = {.lex_state = 34},
  [264] = {.lex_state = 20},
  [265] = {.lex_state = 7},
  [266] = {.lex_state = 34},
  [267] = {.lex_state = 20},
  [268] = {.lex_state = 7},
  [269] = {.lex_state = 34},
  [270] = {.lex_state = 34, .external_lex_state = 4},
  [271] = {.lex_state = 7},
  [272] = {.lex_state = 34},
  [273] = {.lex_state = 34, .external_lex_state = 4},
  [274] = {.lex_state = 34, .external_lex_state = 4},
  [275] = {.lex_state = 17},
  [276] = {.lex_state = 34},
  [277] = {.lex_state = 34},
  [278] = {.lex_state = 7},
  [279] = {.lex_state = 34},
  [280] = {.lex_state = 17},
  [281] = {.lex_state = 7},
  [282] = {.lex_state = 34, .external_lex_state = 4},
  [283] = {.lex_state = 7},
  [284] = {.lex_state = 34, .external_lex_state = 4},
  [285] = {.lex_state = 34, .external_lex_state = 4},
  [286] = {.lex_state = 34, .external_lex_state = 4},
  [287] = {.lex_state = 34, .external_lex_state = 4},
  [288] = {.lex_state = 34, .external_lex_state = 4},
  [289] = {.lex_state = 34, .external_lex_state = 4},
  [290] = {.lex_state = 34, .external_lex_state = 4},
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
  [333] = {.lex_state = 34, .external_lex_state = 4},
  [334] = {.lex_state = 7},
  [335] = {.lex_state = 7},
  [336] = {.lex_state = 7},
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
  [348] = {.lex_state = 34, .external_lex_state = 4},
  [349] = {.lex_state = 34, .external_lex_state = 4},
  [350] = {.lex_state = 7},
  [351] = {.lex_state = 7},
  [352] = {.lex_state = 7},
  [353] = {.lex_state = 7},
  [354] = {.lex_state = 7},
  [355] = {.lex_state = 7},
  [356] = {.lex_state = 34},
  [357] = {.lex_state = 34},
  [358] = {.lex_state = 34},
  [359] = {.lex_state = 7},
  [360] = {.lex_state = 7},
  [361] = {.lex_state = 34, .external_lex_state = 4},
  [362] = {.lex_state = 34, .external_lex_state = 4},
  [363] = {.lex_state = 7},
  [364] = {.lex_state = 7},
  [365] = {.lex_state = 7},
  [366] = {.lex_state = 7},
  [367] = {.lex_state = 34, .external_lex_state = 4},
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
  [388] = {.lex_state = 34, .external_lex_state = 4},
  [389] = {.lex_state = 7},
  [390] = {.lex_state = 34, .external_lex_state = 4},
  [391] = {.lex_state = 34, .external_lex_state = 4},
  [392] = {.lex_state = 7},
  [393] = {.lex_state = 7},
  [394] = {.lex_state = 7},
  [395] = {.lex_state = 7},
  [396] = {.lex_state = 7},
  [397] = {.lex_state = 7},
  [398] = {.lex_state = 7},
  [399] = {.lex_state = 7},
  [400] = {.lex_state = 7},
  [401] = {.lex_state = 7},
  [402] = {.lex_state = 7},
  [403] = {.lex_state = 7},
  [404] = {.lex_state = 7},
  [405] = {.lex_state = 7},
  [406] = {.lex_state = 7},
  [407] = {.lex_state = 7},
  [408] = {.lex_state = 34},
  [409] = {.lex_state = 34},
  [410] = {.lex_state = 7},
  [411] = {.lex_state = 7},
  [412] = {.lex_state = 7},
  [413] = {.lex_state = 7},
  [414] = {.lex_state = 7},
  [415] = {.lex_state = 34, .external_lex_state = 4},
  [416] = {.lex_state = 41},
  [417] = {.lex_state = 34},
  [418] = {.lex_state = 34},
  [419] = {.lex_state = 41},
  [420] = {.lex_state = 41},
  [421] = {.lex_state = 34},
  [422] = {.lex_state = 41},
  [423] = {.lex_state = 41},
  [424] = {.lex_state = 34},
  [425] = {.lex_state = 41},
  [426] = {.lex_state = 41},
  [427] = {.lex_state = 34},
  [428] = {.lex_state = 34},
  [429] = {.lex_state = 34},
  [430] = {.lex_state = 34},
  [431] = {.lex_state = 41},
  [432] = {.lex_state = 41},
  [433] = {.lex_state = 34, .external_lex_state = 4},
  [434] = {.lex_state = 41},
  [435] = {.lex_state = 41},
  [436] = {.lex_state = 41},
  [437] = {.lex_state = 41},
  [438] = {.lex_state = 41},
  [439] = {.lex_state = 41},
  [440] = {.lex_state = 41},
  [441] = {.lex_state = 34, .external_lex_state = 4},
  [442] = {.lex_state = 34},
  [443] = {.lex_state = 34},
  [444] = {.lex_state = 34},
  [445] = {.lex_state = 34},
  [446] = {.lex_state = 34},
  [447] = {.lex_state = 34},
  [448] = {.lex_state = 34},
  [449] = {.lex_state = 34},
  [450] = {.lex_state = 34},
  [451] = {.lex_state = 30, .external_lex_state = 2},
  [452] = {.lex_state = 30, .external_lex_state = 2},
  [453] = {.lex_state = 31, .external_lex_state = 2},
  [454] = {.lex_state = 31, .external_lex_state = 2},
  [455] = {.lex_state = 30, .external_lex_state = 2},
  [456] = {.lex_state = 31, .external_lex_state = 2},
  [457] = {.lex_state = 30, .external_lex_state = 2},
  [458] = {.lex_state = 34, .external_lex_state = 2},
  [459] = {.lex_state = 32},
  [460] = {.lex_state = 31, .external_lex_state = 2},
  [461] = {.lex_state = 32},
  [462] = {.lex_state = 33},
  [463] = {.lex_state = 31},
  [464] = {.lex_state = 31},
  [465] = {.lex_state = 31},
  [466] = {.lex_state = 31},
  [467] = {.lex_state = 31},
  [468] = {.lex_state = 31},
  [469] = {.lex_state = 31},
  [470] = {.lex_state = 34, .external_lex_state = 2},
  [471] = {.lex_state = 31},
  [472] = {.lex_state = 31},
  [473] = {.lex_state = 31},
  [474] = {.lex_state = 31},
  [475] = {.lex_state = 31},
  [476] = {.lex_state = 34, .external_lex_state = 2},
  [477] = {.lex_state = 35, .external_lex_state = 2},
  [478] = {.lex_state = 34},
  [479] = {.lex_state = 35, .external_lex_state = 2},
  [480] = {.lex_state = 44},
  [481] = {.lex_state = 1},
  [482] = {.lex_state = 44},
  [483] = {.lex_state = 34, .external_lex_state = 2},
  [484] = {.lex_state = 35, .external_lex_state = 2},
  [485] = {.lex_state = 35, .external_lex_state = 2},
  [486] = {.lex_state = 34, .external_lex_state = 2},
  [487] = {.lex_state = 35, .external_lex_state = 2},
  [488] = {.lex_state = 0, .external_lex_state = 2},
  [489] = {.lex_state = 35, .external_lex_state = 2},
  [490] = {.lex_state = 35, .external_lex_state = 2},
  [491] = {.lex_state = 35, .external_lex_state = 2},
  [492] = {.lex_state = 35, .external_lex_state = 2},
  [493] = {.lex_state = 21},
  [494] = {.lex_state = 34, .external_lex_state = 2},
  [495] = {.lex_state = 34, .external_lex_state = 2},
  [496] = {.lex_state = 96, .external_lex_state = 2},
  [497] = {.lex_state = 96, .external_lex_state = 2},
  [498] = {.lex_state = 96, .external_lex_state = 2},
  [499] = {.lex_state = 96, .external_lex_state = 2},
  [500] = {.lex_state = 34, .external_lex_state = 2},
  [501] = {.lex_state = 96, .external_lex_state = 2},
  [502] = {.lex_state = 96, .external_lex_state = 2},
  [503] = {.lex_state = 34, .external_lex_state = 2},
  [504] = {.lex_state = 34, .external_lex_state = 2},
  [505] = {.lex_state = 0, .external_lex_state = 2},
  [506] = {.lex_state = 34, .external_lex_state = 2},
  [507] = {.lex_state = 35, .external_lex_state = 2},
  [508] = {.lex_state = 34, .external_lex_state = 2},
  [509] = {.lex_state = 1},
  [510] = {.lex_state = 1},
  [511] = {.lex_state = 0, .external_lex_state = 2},
  [512] = {.lex_state = 96, .external_lex_state = 2},
  [513] = {.lex_state = 34, .external_lex_state = 2},
  [514] = {.lex_state = 34, .external_lex_state = 2},
  [515] = {.lex_state = 0},
  [516] = {.lex_state = 34, .external_lex_state = 2},
  [517] = {.lex_state = 34, .external_lex_state = 2},
  [518] = {.lex_state = 0, .external_lex_state = 2},
  [519] = {.lex_state = 0, .external_lex_state = 2},
  [520] = {.lex_state = 42, .external_lex_state = 2},
  [521] = {.lex_state = 34, .external_lex_state = 2},
  [522] = {.lex_state = 44},
  [523] = {.lex_state = 0, .external_lex_state = 2},
  [524] = {.lex_state = 0, .external_lex_state = 2},
  [525] = {.lex_state = 34, .external_lex_state = 2},
  [526] = {.lex_state = 96},
  [527] = {.lex_state = 0, .external_lex_state = 2},
  [528] = {.lex_state = 0, .external_lex_state = 2},
  [529] = {.lex_state = 96},
  [530] = {.lex_state = 0, .external_lex_state = 2},
  [531] = {.lex_state = 96},
  [532] = {.lex_state = 0, .external_lex_state = 2},
  [533] = {.lex_state = 0, .external_lex_state = 2},
  [534] = {.lex_state = 44},
  [535] = {.lex_state = 96},
  [536] = {.lex_state = 0, .external_lex_state = 2},
  [537] = {.lex_state = 0, .external_lex_state = 2},
  [538] = {.lex_state = 0, .external_lex_state = 2},
  [539] = {.lex_state = 0, .external_lex_state = 2},
  [540] = {.lex_state = 44},
  [541] = {.lex_state = 0, .external_lex_state = 2},
  [542] = {.lex_state = 0, .external_lex_state = 2},
  [543] = {.lex_state = 96},
  [544] = {.lex_state = 0, .external_lex_state = 2},
  [545] = {.lex_state = 96},
  [546] = {.lex_state = 0, .external_lex_state = 2},
  [547] = {.lex_state = 0, .external_lex_state = 2},
  [548] = {.lex_state = 0, .external_lex_state = 2},
  [549] = {.lex_state = 0, .external_lex_state = 2},
  [550] = {.lex_state = 0, .external_lex_state = 2},
  [551] = {.lex_state = 96},
  [552] = {.lex_state = 48},
  [553] = {.lex_state = 96},
  [554] = {.lex_state = 0, .external_lex_state = 2},
  [555] = {.lex_state = 0, .external_lex_state = 2},
  [556] = {.lex_state = 96},
  [557] = {.lex_state = 44},
  [558] = {.lex_state = 0, .external_lex_state = 2},
  [559] = {.lex_state = 44},
  [560] = {.lex_state = 0, .external_lex_state = 2},
  [561] = {.lex_state = 96},
  [562] = {.lex_state = 0, .external_lex_state = 2},
  [563] = {.lex_state = 0, .external_lex_state = 2},
  [564] = {.lex_state = 96},
  [565] = {.lex_state = 96},
  [566] = {.lex_state = 0, .external_lex_state = 2},
  [567] = {.lex_state = 96},
  [568] = {.lex_state = 0, .external_lex_state = 2},
  [569] = {.lex_state = 48},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 96},
  [572] = {.lex_state = 0, .external_lex_state = 2},
  [573] = {.lex_state = 0, .external_lex_state = 2},
  [574] = {.lex_state = 96},
  [575] = {.lex_state = 96},
  [576] = {.lex_state = 0, .external_lex_state = 2},
  [577] = {.lex_state = 0},
  [578] = {.lex_state = 0, .external_lex_state = 2},
  [579] = {.lex_state = 0, .external_lex_state = 2},
  [580] = {.lex_state = 0, .external_lex_state = 2},
  [581] = {.lex_state = 0, .external_lex_state = 2},
  [582] = {.lex_state = 43, .external_lex_state = 2},
  [583] = {.lex_state = 0, .external_lex_state = 2},
  [584] = {.lex_state = 96},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 0, .external_lex_state = 2},
  [587] = {.lex_state = 96},
  [588] = {.lex_state = 96},
  [589] = {.lex_state = 0, .external_lex_state = 2},
  [590] = {.lex_state = 96},
  [591] = {.lex_state = 96},
  [592] = {.lex_state = 96},
  [593] = {.lex_state = 96},
  [594] = {.lex_state = 0},
  [595] = {.lex_state = 96},
  [596] = {.lex_state = 96},
  [597] = {.lex_state = 44},
  [598] = {.lex_state = 0, .external_lex_state = 2},
  [599] = {.lex_state = 0},
  [600] = {.lex_state = 96},
  [601] = {.lex_state = 0},
  [602] = {.lex_state = 48},
  [603] = {.lex_state = 0},
  [604] = {.lex_state = 0},
  [605] = {.lex_state = 34},
  [606] = {.lex_state = 0},
  [607] = {.lex_state = 34},
  [608] = {.lex_state = 34},
  [609] = {.lex_state = 34},
  [610] = {.lex_state = 96},
  [611] = {.lex_state = 96},
  [612] = {.lex_state = 0, .external_lex_state = 2},
  [613] = {.lex_state = 96},
  [614] = {.lex_state = 0, .external_lex_state = 2},
  [615] = {.lex_state = 34},
  [616] = {.lex_state = 0},
  [617] = {.lex_state = 0},
  [618] = {.lex_state = 34},
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
    [sym_source_file] = STATE(606),
    [sym_basic_line] = STATE(5),
    [sym__statements] = STATE(612),
    [sym__line_statement] = STATE(555),
    [sym__statement] = STATE(555),
    [sym_assignment] = STATE(555),
    [sym__lvalue] = STATE(510),
    [sym_for_statement] = STATE(555),
    [sym_next_statement] = STATE(555),
    [sym_dim_statement] = STATE(555),
    [sym_procedure_definition] = STATE(555),
    [sym_function_definition] = STATE(555),
    [sym_return_statement] = STATE(555),
    [sym_if_statement] = STATE(555),
    [sym_else_statement] = STATE(555),
    [sym_sys_call] = STATE(555),
    [sym_print_statement] = STATE(555),
    [sym_proc_call] = STATE(555),
    [sym_local_statement] = STATE(555),
    [sym_repeat_statement] = STATE(555),
    [sym_until_statement] = STATE(555),
    [sym_while_statement] = STATE(555),
    [sym_on_error_statement] = STATE(555),
    [sym_on_statement] = STATE(555),
    [sym_basic_statement] = STATE(555),
    [sym_assembler_block] = STATE(555),
    [sym_parenthesized_expression] = STATE(603),
    [sym_indirection] = STATE(510),
    [sym_array_element] = STATE(481),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(578),
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
    [sym__statement] = STATE(528),
    [sym_assignment] = STATE(528),
    [sym__lvalue] = STATE(510),
    [sym_for_statement] = STATE(528),
    [sym_next_statement] = STATE(528),
    [sym_dim_statement] = STATE(528),
    [sym_procedure_definition] = STATE(528),
    [sym_function_definition] = STATE(528),
    [sym_return_statement] = STATE(528),
    [sym_if_statement] = STATE(528),
    [sym__inline_statements] = STATE(558),
    [sym_sys_call] = STATE(528),
    [sym_print_statement] = STATE(528),
    [sym_proc_call] = STATE(528),
    [sym_local_statement] = STATE(528),
    [sym_repeat_statement] = STATE(528),
    [sym_until_statement] = STATE(528),
    [sym_while_statement] = STATE(528),
    [sym_on_error_statement] = STATE(528),
    [sym_on_statement] = STATE(528),
    [sym_basic_statement] = STATE(528),
    [sym_assembler_block] = STATE(528),
    [sym_parenthesized_expression] = STATE(603),
    [sym_indirection] = STATE(510),
    [sym_array_element] = STATE(481),
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
    [sym__statement] = STATE(528),
    [sym_assignment] = STATE(528),
    [sym__lvalue] = STATE(510),
    [sym_for_statement] = STATE(528),
    [sym_next_statement] = STATE(528),
    [sym_dim_statement] = STATE(528),
    [sym_procedure_definition] = STATE(528),
    [sym_function_definition] = STATE(528),
    [sym_return_statement] = STATE(528),
    [sym_if_statement] = STATE(528),
    [sym__inline_statements] = STATE(537),
    [sym_sys_call] = STATE(528),
    [sym_print_statement] = STATE(528),
    [sym_proc_call] = STATE(528),
    [sym_local_statement] = STATE(528),
    [sym_repeat_statement] = STATE(528),
    [sym_until_statement] = STATE(528),
    [sym_while_statement] = STATE(528),
    [sym_on_error_statement] = STATE(528),
    [sym_on_statement] = STATE(528),
    [sym_basic_statement] = STATE(528),
    [sym_assembler_block] = STATE(528),
    [sym_parenthesized_expression] = STATE(603),
    [sym_indirection] = STATE(510),
    [sym_array_element] = STATE(481),
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
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(612),
    [sym__line_statement] = STATE(555),
    [sym__statement] = STATE(555),
    [sym_assignment] = STATE(555),
    [sym__lvalue] = STATE(510),
    [sym_for_statement] = STATE(555),
    [sym_next_statement] = STATE(555),
    [sym_dim_statement] = STATE(555),
    [sym_procedure_definition] = STATE(555),
    [sym_function_definition] = STATE(555),
    [sym_return_statement] = STATE(555),
    [sym_if_statement] = STATE(555),
    [sym_else_statement] = STATE(555),
    [sym_sys_call] = STATE(555),
    [sym_print_statement] = STATE(555),
    [sym_proc_call] = STATE(555),
    [sym_local_statement] = STATE(555),
    [sym_repeat_statement] = STATE(555),
    [sym_until_statement] = STATE(555),
    [sym_while_statement] = STATE(555),
    [sym_on_error_statement] = STATE(555),
    [sym_on_statement] = STATE(555),
    [sym_basic_statement] = STATE(555),
    [sym_assembler_block] = STATE(555),
    [sym_parenthesized_expression] = STATE(603),
    [sym_indirection] = STATE(510),
    [sym_array_element] = STATE(481),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(578),
    [ts_builtin_sym_end] = ACTIONS(109),
    [sym_line_number] = ACTIONS(111),
    [anon_sym_COLON] = ACTIONS(114),
    [anon_sym_LET] = ACTIONS(117),
    [anon_sym_EQ] = ACTIONS(120),
    [anon_sym_FOR] = ACTIONS(123),
    [anon_sym_NEXT] = ACTIONS(126),
    [anon_sym_DIM] = ACTIONS(129),
    [anon_sym_LOCAL] = ACTIONS(132),
    [anon_sym_DEF] = ACTIONS(135),
    [sym_endproc_statement] = ACTIONS(138),
    [anon_sym_IF] = ACTIONS(141),
    [anon_sym_ELSE] = ACTIONS(144),
    [sym_endif_statement] = ACTIONS(138),
    [anon_sym_SYS] = ACTIONS(147),
    [anon_sym_PRINT] = ACTIONS(150),
    [sym_end_statement] = ACTIONS(138),
    [anon_sym_REPEAT] = ACTIONS(153),
    [anon_sym_UNTIL] = ACTIONS(156),
    [anon_sym_WHILE] = ACTIONS(159),
    [sym_endwhile_statement] = ACTIONS(138),
    [anon_sym_ON] = ACTIONS(162),
    [sym_comment] = ACTIONS(165),
    [sym_data_statement] = ACTIONS(165),
    [sym_star_command] = ACTIONS(165),
    [sym_keyword] = ACTIONS(168),
    [anon_sym_LBRACK] = ACTIONS(171),
    [anon_sym_BANG] = ACTIONS(174),
    [anon_sym_LPAREN2] = ACTIONS(177),
    [anon_sym_QMARK] = ACTIONS(174),
    [anon_sym_DOLLAR] = ACTIONS(174),
    [anon_sym_PIPE] = ACTIONS(174),
    [sym_builtin_variable] = ACTIONS(180),
    [sym_proc_name] = ACTIONS(183),
    [sym_identifier] = ACTIONS(186),
    [sym__newline] = ACTIONS(189),
  },
  [5] = {
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(612),
    [sym__line_statement] = STATE(555),
    [sym__statement] = STATE(555),
    [sym_assignment] = STATE(555),
    [sym__lvalue] = STATE(510),
    [sym_for_statement] = STATE(555),
    [sym_next_statement] = STATE(555),
    [sym_dim_statement] = STATE(555),
    [sym_procedure_definition] = STATE(555),
    [sym_function_definition] = STATE(555),
    [sym_return_statement] = STATE(555),
    [sym_if_statement] = STATE(555),
    [sym_else_statement] = STATE(555),
    [sym_sys_call] = STATE(555),
    [sym_print_statement] = STATE(555),
    [sym_proc_call] = STATE(555),
    [sym_local_statement] = STATE(555),
    [sym_repeat_statement] = STATE(555),
    [sym_until_statement] = STATE(555),
    [sym_while_statement] = STATE(555),
    [sym_on_error_statement] = STATE(555),
    [sym_on_statement] = STATE(555),
    [sym_basic_statement] = STATE(555),
    [sym_assembler_block] = STATE(555),
    [sym_parenthesized_expression] = STATE(603),
    [sym_indirection] = STATE(510),
    [sym_array_element] = STATE(481),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(578),
    [ts_builtin_sym_end] = ACTIONS(192),
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
    [sym__newline] = ACTIONS(194),
  },
};

static const uint16_t ts_small_parse_table[] = {
  [0] = 29,
    ACTIONS(200), 1,
      anon_sym_EQ,
    ACTIONS(202), 1,
      anon_sym_LBRACK,
    ACTIONS(204), 1,
      sym_register,
    ACTIONS(206), 1,
      sym_psr,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(214), 1,
      anon_sym_LBRACE,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(224), 1,
      sym_string,
    ACTIONS(226), 1,
      sym_identifier,
    ACTIONS(228), 1,
      sym_condition,
    ACTIONS(230), 1,
      sym_s_flag,
    ACTIONS(232), 1,
      sym_size,
    ACTIONS(234), 1,
      sym_translate,
    ACTIONS(236), 1,
      sym_block_mode,
    ACTIONS(238), 1,
      sym_p_flag,
    ACTIONS(240), 1,
      sym__mnemonic_subst,
    STATE(7), 1,
      aux_sym_instruction_repeat1,
    STATE(62), 1,
      sym__suffix,
    STATE(616), 1,
      sym__base_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(220), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(198), 6,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(104), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(260), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
    ACTIONS(196), 13,
      sym_line_number,
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
  [122] = 29,
    ACTIONS(200), 1,
      anon_sym_EQ,
    ACTIONS(202), 1,
      anon_sym_LBRACK,
    ACTIONS(204), 1,
      sym_register,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(214), 1,
      anon_sym_LBRACE,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(224), 1,
      sym_string,
    ACTIONS(226), 1,
      sym_identifier,
    ACTIONS(228), 1,
      sym_condition,
    ACTIONS(230), 1,
      sym_s_flag,
    ACTIONS(232), 1,
      sym_size,
    ACTIONS(234), 1,
      sym_translate,
    ACTIONS(236), 1,
      sym_block_mode,
    ACTIONS(238), 1,
      sym_p_flag,
    ACTIONS(240), 1,
      sym__mnemonic_subst,
    ACTIONS(246), 1,
      sym_psr,
    STATE(54), 1,
      aux_sym_instruction_repeat1,
    STATE(62), 1,
      sym__suffix,
    STATE(616), 1,
      sym__base_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(220), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(244), 6,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_RBRACK,
      sym__asm_comment,
    STATE(104), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(234), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
    ACTIONS(242), 13,
      sym_line_number,
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
  [244] = 32,
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
    ACTIONS(248), 1,
      sym__newline,
    STATE(481), 1,
      sym_array_element,
    STATE(578), 1,
      aux_sym__statements_repeat1,
    STATE(603), 1,
      sym_parenthesized_expression,
    STATE(614), 1,
      sym__statements,
    STATE(510), 2,
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
    STATE(555), 22,
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
  [371] = 29,
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
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(250), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(254), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(252), 4,
      sym_endproc_statement,
      sym_endif_statement,
      sym_end_statement,
      sym_endwhile_statement,
    STATE(598), 22,
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
    ACTIONS(256), 1,
      sym_line_number,
    ACTIONS(260), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(568), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(258), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
    ACTIONS(264), 1,
      anon_sym_LOCAL,
    ACTIONS(266), 1,
      anon_sym_ELSE,
    ACTIONS(268), 1,
      anon_sym_OFF,
    STATE(481), 1,
      sym_array_element,
    STATE(572), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(262), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
    ACTIONS(270), 1,
      sym_line_number,
    ACTIONS(274), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(579), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
    ACTIONS(278), 1,
      anon_sym_ELSE,
    ACTIONS(280), 1,
      anon_sym_ERROR,
    ACTIONS(284), 1,
      sym_builtin_variable,
    ACTIONS(286), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(544), 1,
      sym__inline_statements,
    STATE(601), 1,
      sym_parenthesized_expression,
    ACTIONS(276), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(476), 2,
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
    ACTIONS(282), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(528), 20,
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
    ACTIONS(288), 1,
      sym_line_number,
    ACTIONS(292), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(580), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(290), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
    ACTIONS(294), 1,
      sym_line_number,
    ACTIONS(298), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(585), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(296), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
  [1222] = 31,
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
    ACTIONS(300), 1,
      sym_line_number,
    ACTIONS(302), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(576), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
  [1344] = 31,
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
    ACTIONS(304), 1,
      sym_line_number,
    ACTIONS(306), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(583), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
  [1466] = 30,
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
    ACTIONS(294), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(585), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(296), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [1585] = 30,
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
    ACTIONS(256), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(568), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(258), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [1704] = 30,
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
    ACTIONS(288), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(580), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(290), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [1823] = 30,
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
    ACTIONS(278), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(544), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(276), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
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
    STATE(528), 20,
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
  [1942] = 30,
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
    ACTIONS(312), 1,
      anon_sym_LOCAL,
    ACTIONS(314), 1,
      anon_sym_OFF,
    STATE(481), 1,
      sym_array_element,
    STATE(572), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(262), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [2061] = 30,
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
    ACTIONS(280), 1,
      anon_sym_ERROR,
    ACTIONS(284), 1,
      sym_builtin_variable,
    ACTIONS(286), 1,
      sym_identifier,
    STATE(470), 1,
      sym_array_element,
    STATE(544), 1,
      sym__inline_statements,
    STATE(601), 1,
      sym_parenthesized_expression,
    ACTIONS(276), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(476), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(282), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [2180] = 30,
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
    ACTIONS(270), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(579), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(272), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [2299] = 29,
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
    ACTIONS(320), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(316), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(318), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(322), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(542), 20,
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
  [2415] = 29,
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
    ACTIONS(328), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(324), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(326), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(330), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(586), 20,
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
  [2531] = 29,
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
    STATE(481), 1,
      sym_array_element,
    STATE(544), 1,
      sym__inline_statements,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(276), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(308), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(310), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(546), 20,
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
  [2647] = 28,
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
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(316), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(318), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(322), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(542), 20,
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
  [2760] = 28,
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
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(332), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(334), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(336), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(589), 20,
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
  [2873] = 28,
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
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    ACTIONS(324), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(326), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(330), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(586), 20,
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
  [2986] = 4,
    ACTIONS(342), 1,
      anon_sym_LPAREN,
    STATE(50), 1,
      sym_argument_list,
    ACTIONS(338), 20,
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
    ACTIONS(340), 33,
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
  [3050] = 5,
    ACTIONS(342), 1,
      anon_sym_LPAREN,
    STATE(33), 1,
      sym_argument_list,
    ACTIONS(348), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(344), 18,
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
    ACTIONS(346), 33,
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
  [3116] = 2,
    ACTIONS(350), 21,
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
    ACTIONS(352), 32,
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
  [3174] = 6,
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
    ACTIONS(354), 17,
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
    ACTIONS(356), 29,
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
  [3240] = 9,
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
    ACTIONS(354), 11,
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
    ACTIONS(356), 25,
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
  [3312] = 5,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 19,
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
    ACTIONS(356), 29,
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
  [3376] = 8,
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
    ACTIONS(354), 11,
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
    ACTIONS(356), 26,
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
  [3446] = 6,
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
    ACTIONS(354), 17,
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
    ACTIONS(356), 29,
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
  [3512] = 2,
    ACTIONS(354), 21,
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
    ACTIONS(356), 32,
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
  [3570] = 3,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(354), 20,
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
    ACTIONS(356), 32,
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
  [3630] = 3,
    ACTIONS(348), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(344), 19,
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
    ACTIONS(346), 32,
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
  [3690] = 2,
    ACTIONS(358), 21,
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
    ACTIONS(360), 32,
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
  [3748] = 2,
    ACTIONS(362), 21,
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
    ACTIONS(364), 32,
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
  [3806] = 2,
    ACTIONS(366), 21,
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
    ACTIONS(368), 32,
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
  [3864] = 2,
    ACTIONS(370), 21,
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
    ACTIONS(372), 32,
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
  [3922] = 2,
    ACTIONS(374), 21,
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
    ACTIONS(376), 32,
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
  [3980] = 2,
    ACTIONS(378), 21,
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
    ACTIONS(380), 32,
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
  [4038] = 2,
    ACTIONS(382), 21,
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
    ACTIONS(384), 32,
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
  [4096] = 2,
    ACTIONS(386), 21,
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
    ACTIONS(388), 32,
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
  [4154] = 2,
    ACTIONS(390), 21,
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
    ACTIONS(392), 32,
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
  [4212] = 2,
    ACTIONS(394), 21,
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
    ACTIONS(396), 32,
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
  [4270] = 21,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(404), 1,
      sym_string,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(408), 1,
      sym_condition,
    ACTIONS(410), 1,
      sym_s_flag,
    ACTIONS(412), 1,
      sym_size,
    ACTIONS(414), 1,
      sym_translate,
    ACTIONS(416), 1,
      sym_block_mode,
    ACTIONS(418), 1,
      sym_p_flag,
    ACTIONS(420), 1,
      sym__mnemonic_subst,
    STATE(70), 1,
      aux_sym_instruction_repeat1,
    STATE(85), 1,
      sym__suffix,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(402), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(106), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    ACTIONS(400), 7,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(398), 13,
      sym_line_number,
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
  [4363] = 21,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(408), 1,
      sym_condition,
    ACTIONS(410), 1,
      sym_s_flag,
    ACTIONS(412), 1,
      sym_size,
    ACTIONS(414), 1,
      sym_translate,
    ACTIONS(416), 1,
      sym_block_mode,
    ACTIONS(418), 1,
      sym_p_flag,
    ACTIONS(420), 1,
      sym__mnemonic_subst,
    ACTIONS(428), 1,
      sym_string,
    STATE(52), 1,
      aux_sym_instruction_repeat1,
    STATE(85), 1,
      sym__suffix,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(426), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
    ACTIONS(424), 7,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(422), 13,
      sym_line_number,
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
  [4456] = 11,
    ACTIONS(434), 1,
      sym_condition,
    ACTIONS(437), 1,
      sym_s_flag,
    ACTIONS(440), 1,
      sym_size,
    ACTIONS(443), 1,
      sym_translate,
    ACTIONS(446), 1,
      sym_block_mode,
    ACTIONS(449), 1,
      sym_p_flag,
    ACTIONS(452), 1,
      sym__mnemonic_subst,
    STATE(54), 1,
      aux_sym_instruction_repeat1,
    STATE(62), 1,
      sym__suffix,
    ACTIONS(432), 18,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
    ACTIONS(430), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
  [4526] = 15,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(459), 1,
      sym_register,
    ACTIONS(463), 1,
      sym_string,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(461), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(415), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(208), 4,
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
    ACTIONS(457), 8,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(455), 13,
      sym_line_number,
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
  [4603] = 15,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(463), 1,
      sym_string,
    ACTIONS(469), 1,
      sym_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(461), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(285), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(208), 4,
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
    ACTIONS(467), 8,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(465), 13,
      sym_line_number,
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
  [4680] = 15,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(463), 1,
      sym_string,
    ACTIONS(475), 1,
      sym_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(461), 2,
      sym_builtin_variable,
      sym_number,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(362), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(208), 4,
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
    ACTIONS(473), 8,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(471), 13,
      sym_line_number,
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
  [4757] = 3,
    ACTIONS(481), 1,
      sym__mnemonic_tail,
    ACTIONS(477), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(479), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [4810] = 2,
    ACTIONS(483), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(485), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [4860] = 2,
    ACTIONS(487), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(489), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [4910] = 2,
    ACTIONS(491), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(493), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [4960] = 2,
    ACTIONS(495), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(497), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5010] = 2,
    ACTIONS(499), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(501), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5060] = 2,
    ACTIONS(503), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(505), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5110] = 2,
    ACTIONS(507), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(509), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5160] = 2,
    ACTIONS(511), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(513), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5210] = 2,
    ACTIONS(515), 20,
      sym_line_number,
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
      sym_register,
      sym_psr,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(517), 25,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5260] = 5,
    ACTIONS(519), 1,
      anon_sym_LPAREN,
    STATE(77), 1,
      sym_argument_list,
    ACTIONS(521), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5314] = 5,
    ACTIONS(519), 1,
      anon_sym_LPAREN,
    STATE(77), 1,
      sym_argument_list,
    ACTIONS(521), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5368] = 11,
    ACTIONS(523), 1,
      sym_condition,
    ACTIONS(526), 1,
      sym_s_flag,
    ACTIONS(529), 1,
      sym_size,
    ACTIONS(532), 1,
      sym_translate,
    ACTIONS(535), 1,
      sym_block_mode,
    ACTIONS(538), 1,
      sym_p_flag,
    ACTIONS(541), 1,
      sym__mnemonic_subst,
    STATE(70), 1,
      aux_sym_instruction_repeat1,
    STATE(85), 1,
      sym__suffix,
    ACTIONS(432), 15,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
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
    ACTIONS(430), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
  [5433] = 4,
    ACTIONS(519), 1,
      anon_sym_LPAREN,
    STATE(95), 1,
      sym_argument_list,
    ACTIONS(340), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(338), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5483] = 2,
    ACTIONS(364), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(362), 38,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5529] = 2,
    ACTIONS(384), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(382), 38,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5575] = 2,
    ACTIONS(372), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(370), 38,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5621] = 3,
    ACTIONS(521), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5669] = 2,
    ACTIONS(388), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(386), 38,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5715] = 2,
    ACTIONS(352), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(350), 38,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [5761] = 10,
    ACTIONS(548), 1,
      anon_sym_COMMA,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    STATE(255), 1,
      aux_sym_data_repeat1,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(544), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
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
  [5822] = 2,
    ACTIONS(499), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(501), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5867] = 2,
    ACTIONS(487), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(489), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5912] = 2,
    ACTIONS(511), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(513), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [5957] = 2,
    ACTIONS(515), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(517), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [6002] = 2,
    ACTIONS(483), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(485), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [6047] = 2,
    ACTIONS(503), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(505), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [6092] = 2,
    ACTIONS(495), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(497), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [6137] = 2,
    ACTIONS(507), 18,
      sym_line_number,
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
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_number,
      sym_identifier,
    ACTIONS(509), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
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
  [6182] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(562), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
  [6238] = 2,
    ACTIONS(380), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(378), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6282] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(564), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
  [6338] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(566), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
  [6394] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(568), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
  [6450] = 2,
    ACTIONS(368), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(366), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6494] = 2,
    ACTIONS(360), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(358), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6538] = 2,
    ACTIONS(396), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(394), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6582] = 2,
    ACTIONS(392), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(390), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6626] = 5,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 29,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [6676] = 4,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 31,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6724] = 2,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6768] = 7,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 22,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
      anon_sym_OR,
      anon_sym_EOR,
  [6822] = 6,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 23,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
  [6874] = 3,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 35,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [6920] = 4,
    ACTIONS(570), 1,
      anon_sym_LPAREN,
    STATE(117), 1,
      sym_argument_list,
    ACTIONS(340), 14,
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
    ACTIONS(338), 23,
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
  [6968] = 5,
    ACTIONS(570), 1,
      anon_sym_LPAREN,
    STATE(113), 1,
      sym_argument_list,
    ACTIONS(572), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 14,
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
    ACTIONS(344), 21,
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
  [7018] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(574), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_COMMA,
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
  [7074] = 2,
    ACTIONS(376), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(374), 36,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [7118] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(576), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
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
  [7173] = 5,
    ACTIONS(578), 1,
      anon_sym_LPAREN,
    STATE(141), 1,
      sym_argument_list,
    ACTIONS(580), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 13,
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
    ACTIONS(344), 21,
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
  [7222] = 4,
    ACTIONS(578), 1,
      anon_sym_LPAREN,
    STATE(133), 1,
      sym_argument_list,
    ACTIONS(340), 13,
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
    ACTIONS(338), 23,
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
  [7269] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(582), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
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
  [7324] = 8,
    ACTIONS(552), 1,
      anon_sym_CARET,
    ACTIONS(556), 1,
      anon_sym_AND,
    ACTIONS(550), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(554), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(558), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(560), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(546), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(584), 19,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
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
  [7379] = 10,
    ACTIONS(594), 1,
      anon_sym_CARET,
    ACTIONS(598), 1,
      anon_sym_AND,
    ACTIONS(592), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(596), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(602), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(604), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(600), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(590), 5,
      anon_sym_ELSE,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(588), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(586), 13,
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
  [7437] = 3,
    ACTIONS(572), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 13,
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
    ACTIONS(344), 22,
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
  [7481] = 2,
    ACTIONS(352), 13,
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
    ACTIONS(350), 24,
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
  [7523] = 2,
    ACTIONS(368), 13,
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
    ACTIONS(366), 24,
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
  [7565] = 2,
    ACTIONS(360), 13,
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
    ACTIONS(358), 24,
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
  [7607] = 2,
    ACTIONS(396), 13,
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
    ACTIONS(394), 24,
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
  [7649] = 2,
    ACTIONS(392), 13,
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
    ACTIONS(390), 24,
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
  [7691] = 6,
    ACTIONS(594), 1,
      anon_sym_CARET,
    ACTIONS(592), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(602), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(604), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 11,
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
    ACTIONS(354), 19,
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
  [7741] = 5,
    ACTIONS(594), 1,
      anon_sym_CARET,
    ACTIONS(602), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(604), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 11,
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
    ACTIONS(354), 21,
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
  [7789] = 2,
    ACTIONS(356), 13,
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
    ACTIONS(354), 24,
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
  [7831] = 9,
    ACTIONS(594), 1,
      anon_sym_CARET,
    ACTIONS(598), 1,
      anon_sym_AND,
    ACTIONS(592), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(602), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(604), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(600), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(588), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(356), 7,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(354), 13,
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
  [7887] = 2,
    ACTIONS(372), 13,
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
    ACTIONS(370), 24,
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
  [7929] = 8,
    ACTIONS(594), 1,
      anon_sym_CARET,
    ACTIONS(592), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(602), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(604), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(600), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(588), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(356), 8,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(354), 13,
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
  [7983] = 3,
    ACTIONS(594), 1,
      anon_sym_CARET,
    ACTIONS(356), 13,
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
    ACTIONS(354), 23,
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
  [8027] = 2,
    ACTIONS(384), 13,
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
    ACTIONS(382), 24,
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
  [8069] = 2,
    ACTIONS(388), 13,
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
    ACTIONS(386), 24,
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
  [8111] = 2,
    ACTIONS(364), 13,
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
    ACTIONS(362), 24,
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
  [8153] = 2,
    ACTIONS(376), 13,
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
    ACTIONS(374), 24,
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
  [8195] = 2,
    ACTIONS(380), 13,
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
    ACTIONS(378), 24,
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
  [8237] = 2,
    ACTIONS(388), 12,
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
    ACTIONS(386), 24,
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
  [8278] = 2,
    ACTIONS(360), 12,
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
    ACTIONS(358), 24,
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
  [8319] = 2,
    ACTIONS(396), 12,
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
    ACTIONS(394), 24,
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
  [8360] = 2,
    ACTIONS(392), 12,
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
    ACTIONS(390), 24,
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
  [8401] = 6,
    ACTIONS(608), 1,
      anon_sym_CARET,
    ACTIONS(606), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(610), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(612), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 10,
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
    ACTIONS(354), 19,
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
  [8450] = 5,
    ACTIONS(608), 1,
      anon_sym_CARET,
    ACTIONS(610), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(612), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 10,
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
    ACTIONS(354), 21,
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
  [8497] = 2,
    ACTIONS(356), 12,
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
    ACTIONS(354), 24,
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
  [8538] = 9,
    ACTIONS(608), 1,
      anon_sym_CARET,
    ACTIONS(616), 1,
      anon_sym_AND,
    ACTIONS(606), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(610), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(612), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(618), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(356), 6,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(614), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 13,
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
  [8593] = 8,
    ACTIONS(608), 1,
      anon_sym_CARET,
    ACTIONS(606), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(610), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(612), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(618), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(614), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(356), 7,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(354), 13,
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
  [8646] = 3,
    ACTIONS(608), 1,
      anon_sym_CARET,
    ACTIONS(356), 12,
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
    ACTIONS(354), 23,
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
  [8689] = 2,
    ACTIONS(620), 14,
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
    ACTIONS(622), 22,
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
  [8730] = 2,
    ACTIONS(352), 12,
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
    ACTIONS(350), 24,
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
  [8771] = 2,
    ACTIONS(372), 12,
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
    ACTIONS(370), 24,
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
  [8812] = 2,
    ACTIONS(376), 12,
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
    ACTIONS(374), 24,
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
  [8853] = 2,
    ACTIONS(380), 12,
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
    ACTIONS(378), 24,
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
  [8894] = 2,
    ACTIONS(624), 14,
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
    ACTIONS(626), 22,
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
  [8935] = 2,
    ACTIONS(384), 12,
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
    ACTIONS(382), 24,
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
  [8976] = 2,
    ACTIONS(628), 14,
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
    ACTIONS(630), 22,
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
  [9017] = 2,
    ACTIONS(364), 12,
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
    ACTIONS(362), 24,
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
  [9058] = 10,
    ACTIONS(608), 1,
      anon_sym_CARET,
    ACTIONS(616), 1,
      anon_sym_AND,
    ACTIONS(606), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(610), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(612), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(632), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(618), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(590), 4,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(614), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(586), 13,
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
  [9115] = 3,
    ACTIONS(580), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 12,
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
    ACTIONS(344), 22,
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
  [9158] = 2,
    ACTIONS(368), 12,
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
    ACTIONS(366), 24,
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
  [9199] = 18,
    ACTIONS(200), 1,
      anon_sym_EQ,
    ACTIONS(202), 1,
      anon_sym_LBRACK,
    ACTIONS(204), 1,
      sym_register,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(214), 1,
      anon_sym_LBRACE,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(220), 1,
      sym_builtin_variable,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(226), 1,
      sym_identifier,
    ACTIONS(634), 1,
      sym_psr,
    STATE(616), 1,
      sym__base_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(224), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(104), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(349), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [9271] = 5,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    STATE(157), 1,
      sym_argument_list,
    ACTIONS(638), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(344), 23,
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
      anon_sym_SEMI,
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
  [9316] = 4,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    STATE(168), 1,
      sym_argument_list,
    ACTIONS(340), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(338), 23,
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
      anon_sym_SEMI,
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
  [9357] = 2,
    ACTIONS(372), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(370), 25,
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
      anon_sym_SEMI,
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
  [9394] = 3,
    ACTIONS(638), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(344), 23,
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
      anon_sym_SEMI,
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
  [9433] = 2,
    ACTIONS(352), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(350), 25,
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
      anon_sym_SEMI,
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
  [9470] = 2,
    ACTIONS(384), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(382), 25,
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
      anon_sym_SEMI,
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
  [9507] = 2,
    ACTIONS(388), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(386), 25,
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
      anon_sym_SEMI,
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
  [9544] = 2,
    ACTIONS(364), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(362), 25,
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
      anon_sym_SEMI,
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
  [9581] = 5,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    STATE(185), 1,
      sym_argument_list,
    ACTIONS(642), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(344), 20,
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
  [9623] = 3,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(356), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(354), 22,
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
      anon_sym_SEMI,
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
  [9660] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(648), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(654), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(656), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 13,
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
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
  [9707] = 7,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(648), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(654), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(656), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 14,
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
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
  [9752] = 2,
    ACTIONS(396), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(394), 23,
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
      anon_sym_SEMI,
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
  [9787] = 2,
    ACTIONS(368), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(366), 23,
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
      anon_sym_SEMI,
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
  [9822] = 2,
    ACTIONS(376), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(374), 23,
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
      anon_sym_SEMI,
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
  [9857] = 2,
    ACTIONS(392), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(390), 23,
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
      anon_sym_SEMI,
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
  [9892] = 2,
    ACTIONS(360), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(358), 23,
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
      anon_sym_SEMI,
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
  [9927] = 6,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(648), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(654), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(656), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 20,
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
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [9970] = 2,
    ACTIONS(356), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(354), 23,
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
      anon_sym_SEMI,
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
  [10005] = 2,
    ACTIONS(380), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(378), 23,
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
      anon_sym_SEMI,
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
  [10040] = 5,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(654), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(656), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 20,
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
      anon_sym_SEMI,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [10081] = 14,
    ACTIONS(662), 1,
      anon_sym_ELSE,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_builtin_variable,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    STATE(176), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(658), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(676), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(660), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(664), 4,
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
  [10139] = 3,
    ACTIONS(642), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(344), 20,
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
  [10175] = 14,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(672), 1,
      sym_builtin_variable,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(684), 1,
      anon_sym_ELSE,
    STATE(177), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(676), 2,
      sym_number,
      sym_string,
    ACTIONS(680), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(682), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(111), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10233] = 14,
    ACTIONS(691), 1,
      anon_sym_ELSE,
    ACTIONS(699), 1,
      anon_sym_LPAREN2,
    ACTIONS(702), 1,
      sym_builtin_function,
    ACTIONS(705), 1,
      sym_builtin_variable,
    ACTIONS(708), 1,
      sym_fn_name,
    ACTIONS(714), 1,
      sym_identifier,
    STATE(177), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(686), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(696), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(711), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(688), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(693), 4,
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
  [10291] = 4,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    STATE(193), 1,
      sym_argument_list,
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
  [10329] = 10,
    ACTIONS(723), 1,
      anon_sym_RBRACK,
    ACTIONS(725), 1,
      anon_sym_DOT,
    ACTIONS(728), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(731), 1,
      aux_sym_align_token1,
    ACTIONS(734), 1,
      sym__mnemonic_head,
    ACTIONS(737), 1,
      sym__swi_mnemonic,
    STATE(6), 1,
      sym_mnemonic,
    ACTIONS(717), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(179), 8,
      sym__asm_statement,
      sym_asm_label,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
      aux_sym_assembler_block_repeat1,
    ACTIONS(720), 10,
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
  [10379] = 2,
    ACTIONS(372), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(370), 22,
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
  [10413] = 10,
    ACTIONS(744), 1,
      anon_sym_RBRACK,
    ACTIONS(746), 1,
      anon_sym_DOT,
    ACTIONS(748), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(750), 1,
      aux_sym_align_token1,
    ACTIONS(752), 1,
      sym__mnemonic_head,
    ACTIONS(754), 1,
      sym__swi_mnemonic,
    STATE(6), 1,
      sym_mnemonic,
    ACTIONS(740), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(179), 8,
      sym__asm_statement,
      sym_asm_label,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
      aux_sym_assembler_block_repeat1,
    ACTIONS(742), 10,
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
  [10463] = 2,
    ACTIONS(388), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(386), 22,
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
  [10497] = 2,
    ACTIONS(384), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(382), 22,
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
  [10531] = 10,
    ACTIONS(746), 1,
      anon_sym_DOT,
    ACTIONS(748), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(750), 1,
      aux_sym_align_token1,
    ACTIONS(752), 1,
      sym__mnemonic_head,
    ACTIONS(754), 1,
      sym__swi_mnemonic,
    ACTIONS(758), 1,
      anon_sym_RBRACK,
    STATE(6), 1,
      sym_mnemonic,
    ACTIONS(756), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(181), 8,
      sym__asm_statement,
      sym_asm_label,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
      aux_sym_assembler_block_repeat1,
    ACTIONS(742), 10,
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
  [10581] = 2,
    ACTIONS(352), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(350), 22,
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
  [10615] = 2,
    ACTIONS(364), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(362), 22,
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
  [10649] = 13,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(770), 1,
      sym_builtin_variable,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    STATE(188), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(680), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(774), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(760), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(149), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10704] = 13,
    ACTIONS(787), 1,
      anon_sym_LPAREN2,
    ACTIONS(790), 1,
      sym_builtin_function,
    ACTIONS(793), 1,
      sym_builtin_variable,
    ACTIONS(796), 1,
      sym_fn_name,
    ACTIONS(802), 1,
      sym_identifier,
    STATE(188), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(686), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(784), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(799), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(778), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(781), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(149), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10759] = 13,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(770), 1,
      sym_builtin_variable,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    STATE(187), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(658), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(774), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(805), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(149), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10814] = 2,
    ACTIONS(396), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(394), 20,
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
  [10846] = 3,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(356), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(354), 19,
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
  [10880] = 2,
    ACTIONS(368), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(366), 20,
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
  [10912] = 2,
    ACTIONS(392), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(390), 20,
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
  [10944] = 2,
    ACTIONS(380), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(378), 20,
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
  [10976] = 2,
    ACTIONS(360), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(358), 20,
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
  [11008] = 2,
    ACTIONS(376), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(374), 20,
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
  [11040] = 7,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(811), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(815), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(817), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 11,
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
  [11082] = 6,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(811), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(815), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(817), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 17,
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
  [11122] = 5,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(815), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(817), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(356), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 17,
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
  [11160] = 9,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(648), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(654), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(656), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(646), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(374), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [11206] = 2,
    ACTIONS(356), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(354), 20,
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
  [11238] = 9,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(648), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(654), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(656), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(646), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(378), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [11284] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(811), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(815), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(817), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(354), 10,
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
  [11328] = 12,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(835), 1,
      sym_builtin_variable,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(825), 2,
      anon_sym_TO,
      anon_sym_ELSE,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(839), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(823), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(827), 4,
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
  [11379] = 14,
    ACTIONS(843), 1,
      anon_sym_RBRACK,
    ACTIONS(845), 1,
      sym_register,
    ACTIONS(849), 1,
      anon_sym_POUND,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(857), 1,
      sym_builtin_variable,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(861), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(611), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(428), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11434] = 14,
    ACTIONS(849), 1,
      anon_sym_POUND,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(857), 1,
      sym_builtin_variable,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(865), 1,
      anon_sym_RBRACK,
    ACTIONS(867), 1,
      sym_register,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(861), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(610), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(428), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [11489] = 12,
    ACTIONS(825), 1,
      anon_sym_TO,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(835), 1,
      sym_builtin_variable,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(839), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(823), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(827), 4,
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
  [11539] = 11,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(871), 1,
      anon_sym_TO,
    ACTIONS(873), 1,
      anon_sym_COMMA,
    STATE(483), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(869), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11587] = 13,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(877), 1,
      anon_sym_LOCAL,
    ACTIONS(879), 1,
      anon_sym_LPAREN2,
    ACTIONS(881), 1,
      sym_builtin_variable,
    STATE(157), 1,
      sym_argument_list,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(883), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [11638] = 11,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(885), 1,
      anon_sym_TO,
    ACTIONS(887), 1,
      anon_sym_COMMA,
    STATE(514), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11685] = 5,
    ACTIONS(889), 1,
      anon_sym_LPAREN,
    STATE(231), 1,
      sym_argument_list,
    ACTIONS(891), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 16,
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
  [11720] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(378), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11761] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(374), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11802] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(893), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11843] = 5,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    STATE(185), 1,
      sym_argument_list,
    ACTIONS(895), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 16,
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
  [11877] = 12,
    ACTIONS(570), 1,
      anon_sym_LPAREN,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(897), 1,
      anon_sym_LPAREN2,
    ACTIONS(899), 1,
      sym_builtin_variable,
    STATE(116), 1,
      sym_argument_list,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(901), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [11925] = 12,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(879), 1,
      anon_sym_LPAREN2,
    ACTIONS(903), 1,
      sym_builtin_variable,
    STATE(165), 1,
      sym_argument_list,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(905), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [11973] = 9,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(811), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(815), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(817), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(374), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(809), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12015] = 9,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(811), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(815), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(817), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(378), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(809), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12057] = 9,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(911), 1,
      anon_sym_STEP,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(909), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12099] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(913), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12139] = 12,
    ACTIONS(342), 1,
      anon_sym_LPAREN,
    ACTIONS(919), 1,
      anon_sym_LPAREN2,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(923), 1,
      sym_builtin_variable,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    STATE(51), 1,
      sym_argument_list,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(927), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [12187] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(931), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12227] = 12,
    ACTIONS(578), 1,
      anon_sym_LPAREN,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(933), 1,
      anon_sym_LPAREN2,
    ACTIONS(935), 1,
      sym_builtin_variable,
    STATE(132), 1,
      sym_argument_list,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(937), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
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
  [12275] = 12,
    ACTIONS(939), 1,
      anon_sym_LPAREN,
    ACTIONS(945), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(949), 1,
      sym_builtin_variable,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    STATE(425), 1,
      sym_argument_list,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(953), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
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
  [12323] = 12,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(957), 1,
      anon_sym_LPAREN2,
    ACTIONS(959), 1,
      sym_builtin_variable,
    STATE(190), 1,
      sym_argument_list,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(961), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [12371] = 12,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    ACTIONS(945), 1,
      anon_sym_LPAREN2,
    ACTIONS(949), 1,
      sym_builtin_variable,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    STATE(425), 1,
      sym_argument_list,
    ACTIONS(953), 2,
      sym_number,
      sym_string,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
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
  [12419] = 12,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(519), 1,
      anon_sym_LPAREN,
    ACTIONS(973), 1,
      anon_sym_LPAREN2,
    ACTIONS(975), 1,
      sym_builtin_variable,
    STATE(94), 1,
      sym_argument_list,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(977), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [12467] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(979), 1,
      anon_sym_RPAREN,
    ACTIONS(981), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(983), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(276), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12512] = 3,
    ACTIONS(891), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 16,
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
  [12541] = 2,
    ACTIONS(352), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(350), 18,
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
  [12568] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(985), 1,
      anon_sym_RPAREN,
    ACTIONS(987), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(989), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(277), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12613] = 3,
    ACTIONS(993), 1,
      anon_sym_COMMA,
    STATE(243), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(991), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [12642] = 3,
    ACTIONS(993), 1,
      anon_sym_COMMA,
    STATE(244), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(995), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [12671] = 2,
    ACTIONS(999), 1,
      anon_sym_BANG,
    ACTIONS(997), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [12698] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1001), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12737] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1003), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12776] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1005), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12815] = 3,
    ACTIONS(1009), 1,
      anon_sym_COMMA,
    STATE(239), 1,
      aux_sym_data_repeat1,
    ACTIONS(1007), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [12844] = 3,
    ACTIONS(1014), 1,
      anon_sym_COMMA,
    ACTIONS(1016), 1,
      anon_sym_BANG,
    ACTIONS(1012), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [12873] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1018), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12912] = 2,
    ACTIONS(1022), 1,
      anon_sym_CARET,
    ACTIONS(1020), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [12939] = 3,
    ACTIONS(1026), 1,
      anon_sym_COMMA,
    STATE(243), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1024), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [12968] = 3,
    ACTIONS(993), 1,
      anon_sym_COMMA,
    STATE(243), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1029), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [12997] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1031), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13036] = 2,
    ACTIONS(1035), 1,
      anon_sym_BANG,
    ACTIONS(1033), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [13063] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1037), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13102] = 2,
    ACTIONS(372), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(370), 18,
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
  [13129] = 2,
    ACTIONS(1041), 1,
      anon_sym_CARET,
    ACTIONS(1039), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [13156] = 2,
    ACTIONS(1045), 1,
      anon_sym_BANG,
    ACTIONS(1043), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [13183] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1047), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13222] = 2,
    ACTIONS(1051), 1,
      anon_sym_BANG,
    ACTIONS(1049), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [13249] = 4,
    ACTIONS(939), 1,
      anon_sym_LPAREN,
    STATE(426), 1,
      sym_argument_list,
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
  [13280] = 2,
    ACTIONS(384), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(382), 18,
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
  [13307] = 3,
    ACTIONS(548), 1,
      anon_sym_COMMA,
    STATE(239), 1,
      aux_sym_data_repeat1,
    ACTIONS(1053), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [13336] = 3,
    ACTIONS(519), 1,
      anon_sym_LPAREN,
    STATE(77), 1,
      sym_argument_list,
    ACTIONS(1055), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [13365] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1057), 1,
      anon_sym_RPAREN,
    ACTIONS(1059), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1061), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [13410] = 3,
    ACTIONS(1063), 1,
      anon_sym_COMMA,
    ACTIONS(1066), 1,
      anon_sym_BANG,
    ACTIONS(574), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [13439] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1070), 1,
      anon_sym_RPAREN,
    STATE(531), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13482] = 3,
    ACTIONS(993), 1,
      anon_sym_COMMA,
    STATE(233), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1074), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [13511] = 8,
    ACTIONS(644), 1,
      anon_sym_CARET,
    ACTIONS(650), 1,
      anon_sym_AND,
    ACTIONS(819), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(875), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(652), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1076), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13550] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1078), 1,
      anon_sym_RPAREN,
    ACTIONS(1080), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1082), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [13595] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1084), 1,
      anon_sym_RPAREN,
    STATE(545), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13638] = 2,
    ACTIONS(388), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(386), 18,
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
  [13665] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1086), 1,
      anon_sym_RPAREN,
    ACTIONS(1088), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1090), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(266), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [13710] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1092), 1,
      anon_sym_RPAREN,
    STATE(553), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13753] = 2,
    ACTIONS(364), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(362), 18,
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
  [13780] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1094), 1,
      anon_sym_RPAREN,
    ACTIONS(1096), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1098), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [13825] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1100), 1,
      anon_sym_RPAREN,
    STATE(556), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13868] = 2,
    ACTIONS(1104), 1,
      anon_sym_BANG,
    ACTIONS(1102), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [13895] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1106), 1,
      anon_sym_RPAREN,
    ACTIONS(1108), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1110), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [13940] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1112), 1,
      anon_sym_RPAREN,
    STATE(561), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13983] = 2,
    ACTIONS(1116), 1,
      anon_sym_BANG,
    ACTIONS(1114), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14010] = 2,
    ACTIONS(1120), 1,
      anon_sym_CARET,
    ACTIONS(1118), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14037] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1122), 1,
      anon_sym_ERROR,
    ACTIONS(1124), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1126), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(431), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14082] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1128), 1,
      anon_sym_RPAREN,
    STATE(567), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14125] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1130), 1,
      anon_sym_RPAREN,
    STATE(574), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14168] = 11,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1132), 1,
      anon_sym_RPAREN,
    ACTIONS(1134), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1136), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [14213] = 10,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1138), 1,
      anon_sym_RPAREN,
    STATE(571), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14256] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1124), 1,
      sym_builtin_variable,
    ACTIONS(1140), 1,
      anon_sym_ERROR,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1126), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(431), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14301] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1142), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1144), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [14343] = 1,
    ACTIONS(1146), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14367] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1148), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1150), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [14409] = 1,
    ACTIONS(1152), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14433] = 1,
    ACTIONS(1154), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14457] = 1,
    ACTIONS(1156), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14481] = 1,
    ACTIONS(1158), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14505] = 2,
    ACTIONS(1162), 1,
      anon_sym_COMMA,
    ACTIONS(1160), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [14531] = 1,
    ACTIONS(1164), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14555] = 1,
    ACTIONS(1166), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [14579] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1168), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1170), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [14621] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1172), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1174), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [14663] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1176), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1178), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [14705] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1182), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1184), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [14747] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1186), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1188), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [14789] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1190), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1192), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [14831] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1194), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1196), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [14873] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1198), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1200), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [14915] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1202), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1204), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [14957] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1206), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1208), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [14999] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1210), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1212), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15041] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1214), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1216), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(443), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15083] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1218), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1220), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15125] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1222), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1224), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15167] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1226), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1228), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15209] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1230), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1232), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [15251] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1234), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1236), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [15293] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1238), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1240), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(134), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15335] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1242), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1244), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(135), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15377] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1246), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1248), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(136), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15419] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1250), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1252), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(137), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15461] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1254), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1256), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(138), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15503] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1258), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1260), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(139), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15545] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1262), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1264), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [15587] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1266), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1268), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(434), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15629] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1270), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1272), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(435), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15671] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1274), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1276), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(436), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15713] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1278), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1280), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(437), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15755] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1282), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1284), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(438), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15797] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1286), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1288), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(440), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15839] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1290), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1292), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [15881] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1294), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1296), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15923] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1298), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1300), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [15965] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1302), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1304), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16007] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1306), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1308), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16049] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1310), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1312), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16091] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1314), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1316), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16133] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1318), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1320), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16175] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1322), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1324), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16217] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1326), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1328), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16259] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1330), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1332), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16301] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1334), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1336), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16343] = 1,
    ACTIONS(1338), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [16367] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1340), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1342), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16409] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1344), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1346), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(356), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16451] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1348), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1350), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16493] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1352), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1354), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16535] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1356), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1358), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16577] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1360), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1362), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [16619] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1364), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1366), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(96), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16661] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1368), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1370), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [16703] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1372), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1374), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [16745] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1376), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1378), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [16787] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1380), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1382), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(100), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16829] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1384), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1386), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(101), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16871] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1388), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1390), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [16913] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1392), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1394), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [16955] = 1,
    ACTIONS(1396), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [16979] = 1,
    ACTIONS(1398), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [17003] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1400), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1402), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [17045] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1404), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1406), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [17087] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1408), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1410), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(120), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17129] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1412), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1414), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [17171] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1416), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1418), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [17213] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1420), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1422), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [17255] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1424), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17293] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(374), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17331] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(378), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [17369] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1426), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1428), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [17411] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1430), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1432), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [17453] = 1,
    ACTIONS(1434), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [17477] = 1,
    ACTIONS(1436), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [17501] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1438), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1440), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [17543] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1442), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1444), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(450), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17585] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1446), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1448), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [17627] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1450), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1452), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [17669] = 1,
    ACTIONS(1454), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [17693] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1456), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1458), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(447), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17735] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1460), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1462), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(445), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17777] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1274), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1276), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(436), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17819] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1464), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1466), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(449), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17861] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1468), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1470), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(448), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17903] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1472), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1474), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(444), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17945] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1476), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1478), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(446), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17987] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1480), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1482), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(151), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18029] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1484), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1486), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [18071] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1488), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1490), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [18113] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1492), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1494), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [18155] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1496), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1498), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [18197] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1500), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1502), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
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
  [18239] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1504), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1506), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(144), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18281] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1508), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1510), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [18323] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1512), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1514), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [18365] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1516), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1518), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(439), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18407] = 10,
    ACTIONS(766), 1,
      anon_sym_LPAREN2,
    ACTIONS(768), 1,
      sym_builtin_function,
    ACTIONS(772), 1,
      sym_fn_name,
    ACTIONS(776), 1,
      sym_identifier,
    ACTIONS(1520), 1,
      sym_builtin_variable,
    ACTIONS(764), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1522), 2,
      sym_number,
      sym_string,
    STATE(150), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(762), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(143), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18449] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1500), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1502), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
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
  [18491] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1524), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1526), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [18533] = 2,
    ACTIONS(1530), 1,
      anon_sym_COMMA,
    ACTIONS(1528), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [18559] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(947), 1,
      sym_builtin_function,
    ACTIONS(951), 1,
      sym_fn_name,
    ACTIONS(955), 1,
      sym_identifier,
    ACTIONS(1532), 1,
      sym_builtin_variable,
    ACTIONS(943), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1534), 2,
      sym_number,
      sym_string,
    STATE(230), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(941), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(432), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18601] = 1,
    ACTIONS(1528), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [18625] = 1,
    ACTIONS(1536), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [18649] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1538), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1540), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(34), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18691] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1516), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1518), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(439), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18733] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1542), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1544), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [18775] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1546), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1548), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [18817] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1550), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1552), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [18859] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1554), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1556), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [18901] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(967), 1,
      sym_builtin_function,
    ACTIONS(969), 1,
      sym_fn_name,
    ACTIONS(971), 1,
      sym_identifier,
    ACTIONS(1532), 1,
      sym_builtin_variable,
    ACTIONS(965), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1534), 2,
      sym_number,
      sym_string,
    STATE(409), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(963), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(432), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18943] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1558), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1560), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(358), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18985] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(406), 1,
      sym_identifier,
    ACTIONS(1562), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1564), 2,
      sym_number,
      sym_string,
    STATE(75), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(105), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [19027] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1566), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1568), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [19069] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1570), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1572), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(357), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [19111] = 10,
    ACTIONS(668), 1,
      anon_sym_LPAREN2,
    ACTIONS(670), 1,
      sym_builtin_function,
    ACTIONS(674), 1,
      sym_fn_name,
    ACTIONS(678), 1,
      sym_identifier,
    ACTIONS(1574), 1,
      sym_builtin_variable,
    ACTIONS(666), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1576), 2,
      sym_number,
      sym_string,
    STATE(112), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(664), 4,
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
  [19153] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1578), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1580), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [19195] = 10,
    ACTIONS(921), 1,
      sym_builtin_function,
    ACTIONS(925), 1,
      sym_fn_name,
    ACTIONS(929), 1,
      sym_identifier,
    ACTIONS(1180), 1,
      anon_sym_LPAREN2,
    ACTIONS(1582), 1,
      sym_builtin_variable,
    ACTIONS(917), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1584), 2,
      sym_number,
      sym_string,
    STATE(41), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(915), 4,
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
  [19237] = 10,
    ACTIONS(831), 1,
      anon_sym_LPAREN2,
    ACTIONS(833), 1,
      sym_builtin_function,
    ACTIONS(837), 1,
      sym_fn_name,
    ACTIONS(841), 1,
      sym_identifier,
    ACTIONS(1586), 1,
      sym_builtin_variable,
    ACTIONS(829), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1588), 2,
      sym_number,
      sym_string,
    STATE(156), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(827), 4,
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
  [19279] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1590), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1592), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [19321] = 4,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    STATE(426), 1,
      sym_argument_list,
    ACTIONS(340), 3,
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
  [19351] = 3,
    ACTIONS(895), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 16,
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
  [19379] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1594), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1596), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(442), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [19421] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1598), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1600), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [19463] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1602), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1604), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [19505] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1606), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1608), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
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
  [19547] = 10,
    ACTIONS(853), 1,
      anon_sym_LPAREN2,
    ACTIONS(855), 1,
      sym_builtin_function,
    ACTIONS(859), 1,
      sym_fn_name,
    ACTIONS(863), 1,
      sym_identifier,
    ACTIONS(1610), 1,
      sym_builtin_variable,
    ACTIONS(851), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1612), 2,
      sym_number,
      sym_string,
    STATE(175), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(847), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(429), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [19589] = 1,
    ACTIONS(1614), 21,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
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
  [19613] = 2,
    ACTIONS(384), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(382), 16,
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
  [19638] = 8,
    ACTIONS(562), 1,
      anon_sym_RBRACK,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19675] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1616), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19712] = 2,
    ACTIONS(388), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(386), 16,
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
  [19737] = 2,
    ACTIONS(364), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(362), 16,
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
  [19762] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1618), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19799] = 2,
    ACTIONS(368), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(366), 16,
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
  [19824] = 2,
    ACTIONS(360), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(358), 16,
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
  [19849] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1620), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19886] = 2,
    ACTIONS(396), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(394), 16,
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
  [19911] = 2,
    ACTIONS(392), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(390), 16,
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
  [19936] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1622), 1,
      anon_sym_TO,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19973] = 8,
    ACTIONS(566), 1,
      anon_sym_RBRACK,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20010] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1624), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20047] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1626), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20084] = 8,
    ACTIONS(1630), 1,
      sym_rest_of_statement,
    ACTIONS(1634), 1,
      anon_sym_CARET,
    ACTIONS(1638), 1,
      anon_sym_AND,
    ACTIONS(1632), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1636), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1640), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1642), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1628), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20121] = 2,
    ACTIONS(376), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(374), 16,
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
  [20146] = 1,
    ACTIONS(1055), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [20169] = 5,
    ACTIONS(1634), 1,
      anon_sym_CARET,
    ACTIONS(1632), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(356), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1642), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20200] = 4,
    ACTIONS(1634), 1,
      anon_sym_CARET,
    ACTIONS(356), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1642), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 11,
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
  [20229] = 2,
    ACTIONS(356), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 16,
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
  [20254] = 8,
    ACTIONS(356), 1,
      sym_rest_of_statement,
    ACTIONS(1634), 1,
      anon_sym_CARET,
    ACTIONS(1638), 1,
      anon_sym_AND,
    ACTIONS(354), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1632), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1640), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1642), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1628), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20291] = 7,
    ACTIONS(356), 1,
      sym_rest_of_statement,
    ACTIONS(1634), 1,
      anon_sym_CARET,
    ACTIONS(1632), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(354), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1640), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1642), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1628), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20326] = 2,
    ACTIONS(380), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(378), 16,
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
  [20351] = 3,
    ACTIONS(1634), 1,
      anon_sym_CARET,
    ACTIONS(356), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 15,
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
  [20378] = 1,
    ACTIONS(1644), 20,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      sym_line_number,
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
  [20401] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1646), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20438] = 8,
    ACTIONS(807), 1,
      anon_sym_CARET,
    ACTIONS(821), 1,
      anon_sym_AND,
    ACTIONS(1648), 1,
      anon_sym_RPAREN,
    ACTIONS(907), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1072), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(813), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(817), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(809), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20475] = 3,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(354), 15,
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
  [20501] = 4,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1652), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 11,
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
  [20529] = 8,
    ACTIONS(374), 1,
      anon_sym_EQ,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(1658), 1,
      anon_sym_AND,
    ACTIONS(1654), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1656), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1662), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1652), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1660), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20565] = 5,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(1654), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(356), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1652), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(354), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20595] = 6,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(1654), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(354), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1662), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1652), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1660), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20627] = 7,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(1658), 1,
      anon_sym_AND,
    ACTIONS(354), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1654), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1662), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1652), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1660), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20661] = 8,
    ACTIONS(378), 1,
      anon_sym_EQ,
    ACTIONS(1650), 1,
      anon_sym_CARET,
    ACTIONS(1658), 1,
      anon_sym_AND,
    ACTIONS(1654), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1656), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1662), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1652), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1660), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20697] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1668), 1,
      anon_sym_ELSE,
    ACTIONS(1670), 1,
      anon_sym_SEMI,
    ACTIONS(1674), 1,
      sym_builtin_variable,
    ACTIONS(1676), 1,
      sym_identifier,
    STATE(479), 1,
      sym_array_element,
    STATE(490), 1,
      aux_sym_sys_call_repeat2,
    STATE(594), 1,
      sym_parenthesized_expression,
    ACTIONS(1664), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(487), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20739] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1680), 1,
      anon_sym_ELSE,
    ACTIONS(1682), 1,
      anon_sym_SEMI,
    ACTIONS(1684), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(484), 1,
      aux_sym_sys_call_repeat2,
    STATE(594), 1,
      sym_parenthesized_expression,
    ACTIONS(1678), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(492), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20781] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1682), 1,
      anon_sym_SEMI,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1688), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(499), 1,
      aux_sym_sys_call_repeat2,
    STATE(594), 1,
      sym_parenthesized_expression,
    ACTIONS(1678), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(498), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20820] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      anon_sym_SEMI,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1690), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(502), 1,
      aux_sym_sys_call_repeat2,
    STATE(594), 1,
      sym_parenthesized_expression,
    ACTIONS(1664), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20859] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1694), 1,
      anon_sym_ELSE,
    ACTIONS(1696), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(507), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1692), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20894] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1696), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(507), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1692), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20926] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1700), 1,
      anon_sym_ELSE,
    ACTIONS(1702), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    ACTIONS(1698), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(513), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20959] = 4,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    STATE(157), 1,
      sym_argument_list,
    ACTIONS(1706), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1704), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20981] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1708), 1,
      anon_sym_RETURN,
    ACTIONS(1712), 1,
      sym_builtin_variable,
    ACTIONS(1714), 1,
      sym_identifier,
    STATE(529), 1,
      sym_array_element,
    STATE(565), 1,
      sym_parameter,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(592), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1710), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21013] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1702), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    ACTIONS(1698), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(513), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21043] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1708), 1,
      anon_sym_RETURN,
    ACTIONS(1712), 1,
      sym_builtin_variable,
    ACTIONS(1714), 1,
      sym_identifier,
    STATE(529), 1,
      sym_array_element,
    STATE(588), 1,
      sym_parameter,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(592), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1710), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21075] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(280), 1,
      anon_sym_ERROR,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1716), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(508), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21104] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1718), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(536), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21130] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1720), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(581), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21156] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1722), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(550), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21182] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1714), 1,
      sym_identifier,
    ACTIONS(1724), 1,
      sym_builtin_variable,
    STATE(529), 1,
      sym_array_element,
    STATE(604), 1,
      sym_parenthesized_expression,
    STATE(593), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1710), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21208] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1726), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(554), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21234] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1728), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(548), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21260] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1732), 1,
      sym_builtin_variable,
    ACTIONS(1734), 1,
      sym_identifier,
    STATE(577), 1,
      sym_array_element,
    STATE(599), 1,
      sym_parenthesized_expression,
    STATE(617), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1730), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21286] = 2,
    ACTIONS(1706), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1704), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21302] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1736), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(566), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21328] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1738), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(533), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21354] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1740), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(532), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21380] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1676), 1,
      sym_identifier,
    ACTIONS(1742), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(594), 1,
      sym_parenthesized_expression,
    STATE(517), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1672), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21406] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1744), 1,
      sym_builtin_variable,
    STATE(481), 1,
      sym_array_element,
    STATE(603), 1,
      sym_parenthesized_expression,
    STATE(509), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21432] = 4,
    ACTIONS(1750), 1,
      anon_sym_COMMA,
    STATE(495), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1746), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1748), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21451] = 4,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    STATE(157), 1,
      sym_argument_list,
    ACTIONS(1752), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1704), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21469] = 4,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    STATE(185), 1,
      sym_argument_list,
    ACTIONS(1754), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1704), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21487] = 2,
    ACTIONS(1752), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1704), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21499] = 5,
    ACTIONS(849), 1,
      anon_sym_POUND,
    STATE(590), 1,
      sym__base_register,
    STATE(613), 1,
      sym_immediate,
    ACTIONS(1756), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [21517] = 2,
    ACTIONS(1754), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1704), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21529] = 5,
    ACTIONS(210), 1,
      anon_sym_POUND,
    STATE(388), 1,
      sym__base_register,
    STATE(390), 1,
      sym_immediate,
    ACTIONS(1760), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1762), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [21547] = 4,
    ACTIONS(873), 1,
      anon_sym_COMMA,
    ACTIONS(1766), 1,
      anon_sym_TO,
    STATE(486), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1764), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21562] = 4,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1770), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1768), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21577] = 4,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1774), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1772), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21592] = 3,
    ACTIONS(1778), 1,
      anon_sym_COMMA,
    STATE(486), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1776), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [21605] = 4,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1783), 1,
      anon_sym_SEMI,
    STATE(489), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1781), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21620] = 4,
    ACTIONS(1787), 1,
      anon_sym_EQ,
    ACTIONS(1789), 1,
      anon_sym_LPAREN,
    STATE(524), 1,
      sym_parameter_list,
    ACTIONS(1785), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21635] = 4,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1793), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1791), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21650] = 4,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1797), 1,
      anon_sym_SEMI,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1795), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21665] = 3,
    ACTIONS(1801), 1,
      anon_sym_COMMA,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1799), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21678] = 4,
    ACTIONS(1666), 1,
      anon_sym_COMMA,
    ACTIONS(1806), 1,
      anon_sym_SEMI,
    STATE(485), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1804), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21693] = 4,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    STATE(185), 1,
      sym_argument_list,
    ACTIONS(1704), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1808), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21708] = 3,
    ACTIONS(1810), 1,
      anon_sym_COMMA,
    STATE(494), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1776), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [21720] = 3,
    ACTIONS(1750), 1,
      anon_sym_COMMA,
    STATE(503), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1813), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21732] = 3,
    ACTIONS(1815), 1,
      anon_sym_COMMA,
    STATE(496), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1799), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [21744] = 4,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1774), 1,
      anon_sym_SEMI,
    STATE(496), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1772), 2,
      sym__newline,
      anon_sym_COLON,
  [21758] = 4,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1806), 1,
      anon_sym_SEMI,
    STATE(497), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1804), 2,
      sym__newline,
      anon_sym_COLON,
  [21772] = 4,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1770), 1,
      anon_sym_SEMI,
    STATE(496), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1768), 2,
      sym__newline,
      anon_sym_COLON,
  [21786] = 3,
    ACTIONS(1750), 1,
      anon_sym_COMMA,
    STATE(503), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1818), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21798] = 4,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1783), 1,
      anon_sym_SEMI,
    STATE(512), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1781), 2,
      sym__newline,
      anon_sym_COLON,
  [21812] = 4,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1797), 1,
      anon_sym_SEMI,
    STATE(496), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1795), 2,
      sym__newline,
      anon_sym_COLON,
  [21826] = 3,
    ACTIONS(1822), 1,
      anon_sym_COMMA,
    STATE(503), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1820), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21838] = 3,
    ACTIONS(1827), 1,
      anon_sym_COMMA,
    STATE(504), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1825), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21850] = 3,
    ACTIONS(636), 1,
      anon_sym_LPAREN,
    STATE(570), 1,
      sym_argument_list,
    ACTIONS(1830), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21862] = 3,
    ACTIONS(1834), 1,
      anon_sym_COMMA,
    STATE(516), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1832), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21874] = 1,
    ACTIONS(1836), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21882] = 3,
    ACTIONS(1750), 1,
      anon_sym_COMMA,
    STATE(495), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1746), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21894] = 1,
    ACTIONS(1838), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21902] = 1,
    ACTIONS(1748), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21910] = 3,
    ACTIONS(1789), 1,
      anon_sym_LPAREN,
    STATE(530), 1,
      sym_parameter_list,
    ACTIONS(1840), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21922] = 4,
    ACTIONS(1686), 1,
      anon_sym_COMMA,
    ACTIONS(1793), 1,
      anon_sym_SEMI,
    STATE(496), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1791), 2,
      sym__newline,
      anon_sym_COLON,
  [21936] = 3,
    ACTIONS(1750), 1,
      anon_sym_COMMA,
    STATE(500), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1842), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21948] = 4,
    ACTIONS(887), 1,
      anon_sym_COMMA,
    ACTIONS(1844), 1,
      anon_sym_TO,
    STATE(494), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1764), 2,
      sym__newline,
      anon_sym_COLON,
  [21962] = 4,
    ACTIONS(640), 1,
      anon_sym_LPAREN,
    ACTIONS(1704), 1,
      anon_sym_EQ,
    STATE(185), 1,
      sym_argument_list,
    ACTIONS(1846), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21976] = 3,
    ACTIONS(1834), 1,
      anon_sym_COMMA,
    STATE(504), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1848), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21988] = 1,
    ACTIONS(1850), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21995] = 3,
    ACTIONS(1852), 1,
      anon_sym_COLON,
    STATE(518), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1855), 2,
      sym__newline,
      anon_sym_ELSE,
  [22006] = 3,
    ACTIONS(1857), 1,
      anon_sym_COLON,
    STATE(518), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1859), 2,
      sym__newline,
      anon_sym_ELSE,
  [22017] = 2,
    ACTIONS(1863), 1,
      sym_rest_of_statement,
    ACTIONS(1861), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22026] = 1,
    ACTIONS(1825), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [22033] = 3,
    ACTIONS(1867), 1,
      anon_sym_RBRACE,
    STATE(587), 1,
      sym_register_range,
    ACTIONS(1865), 2,
      sym_register,
      sym_identifier,
  [22044] = 1,
    ACTIONS(1869), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [22051] = 2,
    ACTIONS(1873), 1,
      anon_sym_EQ,
    ACTIONS(1871), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22060] = 1,
    ACTIONS(1875), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [22067] = 4,
    ACTIONS(1877), 1,
      anon_sym_COMMA,
    ACTIONS(1879), 1,
      anon_sym_DASH,
    ACTIONS(1881), 1,
      anon_sym_RBRACE,
    STATE(564), 1,
      aux_sym_register_list_repeat1,
  [22080] = 1,
    ACTIONS(1883), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [22087] = 3,
    ACTIONS(1857), 1,
      anon_sym_COLON,
    STATE(519), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1885), 2,
      sym__newline,
      anon_sym_ELSE,
  [22098] = 2,
    ACTIONS(1704), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1808), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22107] = 1,
    ACTIONS(1887), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22113] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1889), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22123] = 1,
    ACTIONS(1891), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22129] = 1,
    ACTIONS(1893), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22135] = 2,
    STATE(591), 1,
      sym__base_register,
    ACTIONS(1895), 2,
      sym_register,
      sym_identifier,
  [22143] = 2,
    ACTIONS(1879), 1,
      anon_sym_DASH,
    ACTIONS(1897), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22151] = 1,
    ACTIONS(1899), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22157] = 2,
    ACTIONS(1903), 1,
      anon_sym_ELSE,
    ACTIONS(1901), 2,
      sym__newline,
      anon_sym_COLON,
  [22165] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1905), 1,
      sym__newline,
    STATE(562), 1,
      aux_sym__statements_repeat1,
  [22175] = 1,
    ACTIONS(1907), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22181] = 2,
    STATE(595), 1,
      sym_register_range,
    ACTIONS(1909), 2,
      sym_register,
      sym_identifier,
  [22189] = 1,
    ACTIONS(1911), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22195] = 1,
    ACTIONS(1913), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22201] = 3,
    ACTIONS(1897), 1,
      anon_sym_RBRACE,
    ACTIONS(1915), 1,
      anon_sym_COMMA,
    STATE(543), 1,
      aux_sym_register_list_repeat1,
  [22211] = 1,
    ACTIONS(1918), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22217] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1920), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22227] = 3,
    ACTIONS(1885), 1,
      sym__newline,
    ACTIONS(1922), 1,
      anon_sym_COLON,
    STATE(563), 1,
      aux_sym__inline_statements_repeat1,
  [22237] = 1,
    ACTIONS(1924), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22243] = 1,
    ACTIONS(1926), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22249] = 1,
    ACTIONS(1928), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22255] = 1,
    ACTIONS(1930), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22261] = 3,
    ACTIONS(1932), 1,
      anon_sym_COMMA,
    ACTIONS(1935), 1,
      anon_sym_RPAREN,
    STATE(551), 1,
      aux_sym_parameter_list_repeat1,
  [22271] = 3,
    ACTIONS(1937), 1,
      sym_identifier,
    STATE(521), 1,
      sym_dim_item,
    STATE(525), 1,
      sym_array_element,
  [22281] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1939), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22291] = 1,
    ACTIONS(1941), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22297] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1943), 1,
      sym__newline,
    STATE(538), 1,
      aux_sym__statements_repeat1,
  [22307] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1945), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22317] = 2,
    STATE(600), 1,
      sym__base_register,
    ACTIONS(1947), 2,
      sym_register,
      sym_identifier,
  [22325] = 2,
    ACTIONS(1949), 1,
      anon_sym_ELSE,
    ACTIONS(1901), 2,
      sym__newline,
      anon_sym_COLON,
  [22333] = 2,
    STATE(288), 1,
      sym__base_register,
    ACTIONS(1951), 2,
      sym_register,
      sym_identifier,
  [22341] = 1,
    ACTIONS(1953), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22347] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1955), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22357] = 3,
    ACTIONS(1957), 1,
      anon_sym_COLON,
    ACTIONS(1960), 1,
      sym__newline,
    STATE(562), 1,
      aux_sym__statements_repeat1,
  [22367] = 3,
    ACTIONS(1859), 1,
      sym__newline,
    ACTIONS(1922), 1,
      anon_sym_COLON,
    STATE(573), 1,
      aux_sym__inline_statements_repeat1,
  [22377] = 3,
    ACTIONS(1877), 1,
      anon_sym_COMMA,
    ACTIONS(1962), 1,
      anon_sym_RBRACE,
    STATE(543), 1,
      aux_sym_register_list_repeat1,
  [22387] = 3,
    ACTIONS(1964), 1,
      anon_sym_COMMA,
    ACTIONS(1966), 1,
      anon_sym_RPAREN,
    STATE(575), 1,
      aux_sym_parameter_list_repeat1,
  [22397] = 1,
    ACTIONS(1968), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22403] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1970), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22413] = 1,
    ACTIONS(1972), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22419] = 3,
    ACTIONS(1937), 1,
      sym_identifier,
    STATE(506), 1,
      sym_dim_item,
    STATE(525), 1,
      sym_array_element,
  [22429] = 1,
    ACTIONS(1974), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22435] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1976), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22445] = 1,
    ACTIONS(1978), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22451] = 3,
    ACTIONS(1855), 1,
      sym__newline,
    ACTIONS(1980), 1,
      anon_sym_COLON,
    STATE(573), 1,
      aux_sym__inline_statements_repeat1,
  [22461] = 3,
    ACTIONS(1068), 1,
      anon_sym_COMMA,
    ACTIONS(1983), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22471] = 3,
    ACTIONS(1964), 1,
      anon_sym_COMMA,
    ACTIONS(1985), 1,
      anon_sym_RPAREN,
    STATE(551), 1,
      aux_sym_parameter_list_repeat1,
  [22481] = 2,
    ACTIONS(1989), 1,
      anon_sym_ELSE,
    ACTIONS(1987), 2,
      sym__newline,
      anon_sym_COLON,
  [22489] = 2,
    ACTIONS(1704), 1,
      anon_sym_EQ,
    ACTIONS(1846), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22497] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1943), 1,
      sym__newline,
    STATE(562), 1,
      aux_sym__statements_repeat1,
  [22507] = 1,
    ACTIONS(1991), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22513] = 1,
    ACTIONS(1993), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22519] = 1,
    ACTIONS(1995), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22525] = 2,
    ACTIONS(1997), 1,
      sym_rest_of_statement,
    ACTIONS(1861), 2,
      sym__newline,
      anon_sym_COLON,
  [22533] = 2,
    ACTIONS(1999), 1,
      anon_sym_ELSE,
    ACTIONS(1987), 2,
      sym__newline,
      anon_sym_COLON,
  [22541] = 3,
    ACTIONS(2001), 1,
      anon_sym_COMMA,
    ACTIONS(2004), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
  [22551] = 1,
    ACTIONS(2006), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22557] = 1,
    ACTIONS(1855), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22563] = 3,
    ACTIONS(1877), 1,
      anon_sym_COMMA,
    ACTIONS(1881), 1,
      anon_sym_RBRACE,
    STATE(564), 1,
      aux_sym_register_list_repeat1,
  [22573] = 1,
    ACTIONS(2008), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22578] = 1,
    ACTIONS(2010), 2,
      sym__newline,
      anon_sym_COLON,
  [22583] = 2,
    ACTIONS(2012), 1,
      anon_sym_COMMA,
    ACTIONS(2014), 1,
      anon_sym_RBRACK,
  [22590] = 2,
    ACTIONS(2016), 1,
      anon_sym_COMMA,
    ACTIONS(2018), 1,
      anon_sym_RBRACK,
  [22597] = 1,
    ACTIONS(2020), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22602] = 1,
    ACTIONS(2022), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22607] = 1,
    ACTIONS(1752), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22612] = 1,
    ACTIONS(1897), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22617] = 1,
    ACTIONS(2024), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22622] = 1,
    ACTIONS(2026), 2,
      sym_register,
      sym_identifier,
  [22627] = 1,
    ACTIONS(1960), 2,
      sym__newline,
      anon_sym_COLON,
  [22632] = 1,
    ACTIONS(1846), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22637] = 2,
    ACTIONS(2028), 1,
      anon_sym_COMMA,
    ACTIONS(2030), 1,
      anon_sym_RBRACK,
  [22644] = 1,
    ACTIONS(1706), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22649] = 2,
    ACTIONS(2032), 1,
      sym_identifier,
    STATE(433), 1,
      sym_array_element,
  [22656] = 1,
    ACTIONS(1754), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22661] = 1,
    ACTIONS(1808), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22666] = 2,
    ACTIONS(2034), 1,
      sym_proc_name,
    ACTIONS(2036), 1,
      sym_fn_name,
  [22673] = 1,
    ACTIONS(2038), 1,
      ts_builtin_sym_end,
  [22677] = 1,
    ACTIONS(2040), 1,
      sym_shift_type,
  [22681] = 1,
    ACTIONS(2042), 1,
      sym_shift_type,
  [22685] = 1,
    ACTIONS(2044), 1,
      sym_shift_type,
  [22689] = 1,
    ACTIONS(2046), 1,
      anon_sym_RBRACK,
  [22693] = 1,
    ACTIONS(2048), 1,
      anon_sym_RBRACK,
  [22697] = 1,
    ACTIONS(2050), 1,
      sym__newline,
  [22701] = 1,
    ACTIONS(2014), 1,
      anon_sym_RBRACK,
  [22705] = 1,
    ACTIONS(2052), 1,
      sym__newline,
  [22709] = 1,
    ACTIONS(2054), 1,
      sym_shift_type,
  [22713] = 1,
    ACTIONS(2056), 1,
      anon_sym_BANG,
  [22717] = 1,
    ACTIONS(2058), 1,
      anon_sym_EQ,
  [22721] = 1,
    ACTIONS(2060), 1,
      sym_shift_type,
};

static const uint32_t ts_small_parse_table_map[] = {
  [SMALL_STATE(6)] = 0,
  [SMALL_STATE(7)] = 122,
  [SMALL_STATE(8)] = 244,
  [SMALL_STATE(9)] = 371,
  [SMALL_STATE(10)] = 490,
  [SMALL_STATE(11)] = 612,
  [SMALL_STATE(12)] = 734,
  [SMALL_STATE(13)] = 856,
  [SMALL_STATE(14)] = 978,
  [SMALL_STATE(15)] = 1100,
  [SMALL_STATE(16)] = 1222,
  [SMALL_STATE(17)] = 1344,
  [SMALL_STATE(18)] = 1466,
  [SMALL_STATE(19)] = 1585,
  [SMALL_STATE(20)] = 1704,
  [SMALL_STATE(21)] = 1823,
  [SMALL_STATE(22)] = 1942,
  [SMALL_STATE(23)] = 2061,
  [SMALL_STATE(24)] = 2180,
  [SMALL_STATE(25)] = 2299,
  [SMALL_STATE(26)] = 2415,
  [SMALL_STATE(27)] = 2531,
  [SMALL_STATE(28)] = 2647,
  [SMALL_STATE(29)] = 2760,
  [SMALL_STATE(30)] = 2873,
  [SMALL_STATE(31)] = 2986,
  [SMALL_STATE(32)] = 3050,
  [SMALL_STATE(33)] = 3116,
  [SMALL_STATE(34)] = 3174,
  [SMALL_STATE(35)] = 3240,
  [SMALL_STATE(36)] = 3312,
  [SMALL_STATE(37)] = 3376,
  [SMALL_STATE(38)] = 3446,
  [SMALL_STATE(39)] = 3512,
  [SMALL_STATE(40)] = 3570,
  [SMALL_STATE(41)] = 3630,
  [SMALL_STATE(42)] = 3690,
  [SMALL_STATE(43)] = 3748,
  [SMALL_STATE(44)] = 3806,
  [SMALL_STATE(45)] = 3864,
  [SMALL_STATE(46)] = 3922,
  [SMALL_STATE(47)] = 3980,
  [SMALL_STATE(48)] = 4038,
  [SMALL_STATE(49)] = 4096,
  [SMALL_STATE(50)] = 4154,
  [SMALL_STATE(51)] = 4212,
  [SMALL_STATE(52)] = 4270,
  [SMALL_STATE(53)] = 4363,
  [SMALL_STATE(54)] = 4456,
  [SMALL_STATE(55)] = 4526,
  [SMALL_STATE(56)] = 4603,
  [SMALL_STATE(57)] = 4680,
  [SMALL_STATE(58)] = 4757,
  [SMALL_STATE(59)] = 4810,
  [SMALL_STATE(60)] = 4860,
  [SMALL_STATE(61)] = 4910,
  [SMALL_STATE(62)] = 4960,
  [SMALL_STATE(63)] = 5010,
  [SMALL_STATE(64)] = 5060,
  [SMALL_STATE(65)] = 5110,
  [SMALL_STATE(66)] = 5160,
  [SMALL_STATE(67)] = 5210,
  [SMALL_STATE(68)] = 5260,
  [SMALL_STATE(69)] = 5314,
  [SMALL_STATE(70)] = 5368,
  [SMALL_STATE(71)] = 5433,
  [SMALL_STATE(72)] = 5483,
  [SMALL_STATE(73)] = 5529,
  [SMALL_STATE(74)] = 5575,
  [SMALL_STATE(75)] = 5621,
  [SMALL_STATE(76)] = 5669,
  [SMALL_STATE(77)] = 5715,
  [SMALL_STATE(78)] = 5761,
  [SMALL_STATE(79)] = 5822,
  [SMALL_STATE(80)] = 5867,
  [SMALL_STATE(81)] = 5912,
  [SMALL_STATE(82)] = 5957,
  [SMALL_STATE(83)] = 6002,
  [SMALL_STATE(84)] = 6047,
  [SMALL_STATE(85)] = 6092,
  [SMALL_STATE(86)] = 6137,
  [SMALL_STATE(87)] = 6182,
  [SMALL_STATE(88)] = 6238,
  [SMALL_STATE(89)] = 6282,
  [SMALL_STATE(90)] = 6338,
  [SMALL_STATE(91)] = 6394,
  [SMALL_STATE(92)] = 6450,
  [SMALL_STATE(93)] = 6494,
  [SMALL_STATE(94)] = 6538,
  [SMALL_STATE(95)] = 6582,
  [SMALL_STATE(96)] = 6626,
  [SMALL_STATE(97)] = 6676,
  [SMALL_STATE(98)] = 6724,
  [SMALL_STATE(99)] = 6768,
  [SMALL_STATE(100)] = 6822,
  [SMALL_STATE(101)] = 6874,
  [SMALL_STATE(102)] = 6920,
  [SMALL_STATE(103)] = 6968,
  [SMALL_STATE(104)] = 7018,
  [SMALL_STATE(105)] = 7074,
  [SMALL_STATE(106)] = 7118,
  [SMALL_STATE(107)] = 7173,
  [SMALL_STATE(108)] = 7222,
  [SMALL_STATE(109)] = 7269,
  [SMALL_STATE(110)] = 7324,
  [SMALL_STATE(111)] = 7379,
  [SMALL_STATE(112)] = 7437,
  [SMALL_STATE(113)] = 7481,
  [SMALL_STATE(114)] = 7523,
  [SMALL_STATE(115)] = 7565,
  [SMALL_STATE(116)] = 7607,
  [SMALL_STATE(117)] = 7649,
  [SMALL_STATE(118)] = 7691,
  [SMALL_STATE(119)] = 7741,
  [SMALL_STATE(120)] = 7789,
  [SMALL_STATE(121)] = 7831,
  [SMALL_STATE(122)] = 7887,
  [SMALL_STATE(123)] = 7929,
  [SMALL_STATE(124)] = 7983,
  [SMALL_STATE(125)] = 8027,
  [SMALL_STATE(126)] = 8069,
  [SMALL_STATE(127)] = 8111,
  [SMALL_STATE(128)] = 8153,
  [SMALL_STATE(129)] = 8195,
  [SMALL_STATE(130)] = 8237,
  [SMALL_STATE(131)] = 8278,
  [SMALL_STATE(132)] = 8319,
  [SMALL_STATE(133)] = 8360,
  [SMALL_STATE(134)] = 8401,
  [SMALL_STATE(135)] = 8450,
  [SMALL_STATE(136)] = 8497,
  [SMALL_STATE(137)] = 8538,
  [SMALL_STATE(138)] = 8593,
  [SMALL_STATE(139)] = 8646,
  [SMALL_STATE(140)] = 8689,
  [SMALL_STATE(141)] = 8730,
  [SMALL_STATE(142)] = 8771,
  [SMALL_STATE(143)] = 8812,
  [SMALL_STATE(144)] = 8853,
  [SMALL_STATE(145)] = 8894,
  [SMALL_STATE(146)] = 8935,
  [SMALL_STATE(147)] = 8976,
  [SMALL_STATE(148)] = 9017,
  [SMALL_STATE(149)] = 9058,
  [SMALL_STATE(150)] = 9115,
  [SMALL_STATE(151)] = 9158,
  [SMALL_STATE(152)] = 9199,
  [SMALL_STATE(153)] = 9271,
  [SMALL_STATE(154)] = 9316,
  [SMALL_STATE(155)] = 9357,
  [SMALL_STATE(156)] = 9394,
  [SMALL_STATE(157)] = 9433,
  [SMALL_STATE(158)] = 9470,
  [SMALL_STATE(159)] = 9507,
  [SMALL_STATE(160)] = 9544,
  [SMALL_STATE(161)] = 9581,
  [SMALL_STATE(162)] = 9623,
  [SMALL_STATE(163)] = 9660,
  [SMALL_STATE(164)] = 9707,
  [SMALL_STATE(165)] = 9752,
  [SMALL_STATE(166)] = 9787,
  [SMALL_STATE(167)] = 9822,
  [SMALL_STATE(168)] = 9857,
  [SMALL_STATE(169)] = 9892,
  [SMALL_STATE(170)] = 9927,
  [SMALL_STATE(171)] = 9970,
  [SMALL_STATE(172)] = 10005,
  [SMALL_STATE(173)] = 10040,
  [SMALL_STATE(174)] = 10081,
  [SMALL_STATE(175)] = 10139,
  [SMALL_STATE(176)] = 10175,
  [SMALL_STATE(177)] = 10233,
  [SMALL_STATE(178)] = 10291,
  [SMALL_STATE(179)] = 10329,
  [SMALL_STATE(180)] = 10379,
  [SMALL_STATE(181)] = 10413,
  [SMALL_STATE(182)] = 10463,
  [SMALL_STATE(183)] = 10497,
  [SMALL_STATE(184)] = 10531,
  [SMALL_STATE(185)] = 10581,
  [SMALL_STATE(186)] = 10615,
  [SMALL_STATE(187)] = 10649,
  [SMALL_STATE(188)] = 10704,
  [SMALL_STATE(189)] = 10759,
  [SMALL_STATE(190)] = 10814,
  [SMALL_STATE(191)] = 10846,
  [SMALL_STATE(192)] = 10880,
  [SMALL_STATE(193)] = 10912,
  [SMALL_STATE(194)] = 10944,
  [SMALL_STATE(195)] = 10976,
  [SMALL_STATE(196)] = 11008,
  [SMALL_STATE(197)] = 11040,
  [SMALL_STATE(198)] = 11082,
  [SMALL_STATE(199)] = 11122,
  [SMALL_STATE(200)] = 11160,
  [SMALL_STATE(201)] = 11206,
  [SMALL_STATE(202)] = 11238,
  [SMALL_STATE(203)] = 11284,
  [SMALL_STATE(204)] = 11328,
  [SMALL_STATE(205)] = 11379,
  [SMALL_STATE(206)] = 11434,
  [SMALL_STATE(207)] = 11489,
  [SMALL_STATE(208)] = 11539,
  [SMALL_STATE(209)] = 11587,
  [SMALL_STATE(210)] = 11638,
  [SMALL_STATE(211)] = 11685,
  [SMALL_STATE(212)] = 11720,
  [SMALL_STATE(213)] = 11761,
  [SMALL_STATE(214)] = 11802,
  [SMALL_STATE(215)] = 11843,
  [SMALL_STATE(216)] = 11877,
  [SMALL_STATE(217)] = 11925,
  [SMALL_STATE(218)] = 11973,
  [SMALL_STATE(219)] = 12015,
  [SMALL_STATE(220)] = 12057,
  [SMALL_STATE(221)] = 12099,
  [SMALL_STATE(222)] = 12139,
  [SMALL_STATE(223)] = 12187,
  [SMALL_STATE(224)] = 12227,
  [SMALL_STATE(225)] = 12275,
  [SMALL_STATE(226)] = 12323,
  [SMALL_STATE(227)] = 12371,
  [SMALL_STATE(228)] = 12419,
  [SMALL_STATE(229)] = 12467,
  [SMALL_STATE(230)] = 12512,
  [SMALL_STATE(231)] = 12541,
  [SMALL_STATE(232)] = 12568,
  [SMALL_STATE(233)] = 12613,
  [SMALL_STATE(234)] = 12642,
  [SMALL_STATE(235)] = 12671,
  [SMALL_STATE(236)] = 12698,
  [SMALL_STATE(237)] = 12737,
  [SMALL_STATE(238)] = 12776,
  [SMALL_STATE(239)] = 12815,
  [SMALL_STATE(240)] = 12844,
  [SMALL_STATE(241)] = 12873,
  [SMALL_STATE(242)] = 12912,
  [SMALL_STATE(243)] = 12939,
  [SMALL_STATE(244)] = 12968,
  [SMALL_STATE(245)] = 12997,
  [SMALL_STATE(246)] = 13036,
  [SMALL_STATE(247)] = 13063,
  [SMALL_STATE(248)] = 13102,
  [SMALL_STATE(249)] = 13129,
  [SMALL_STATE(250)] = 13156,
  [SMALL_STATE(251)] = 13183,
  [SMALL_STATE(252)] = 13222,
  [SMALL_STATE(253)] = 13249,
  [SMALL_STATE(254)] = 13280,
  [SMALL_STATE(255)] = 13307,
  [SMALL_STATE(256)] = 13336,
  [SMALL_STATE(257)] = 13365,
  [SMALL_STATE(258)] = 13410,
  [SMALL_STATE(259)] = 13439,
  [SMALL_STATE(260)] = 13482,
  [SMALL_STATE(261)] = 13511,
  [SMALL_STATE(262)] = 13550,
  [SMALL_STATE(263)] = 13595,
  [SMALL_STATE(264)] = 13638,
  [SMALL_STATE(265)] = 13665,
  [SMALL_STATE(266)] = 13710,
  [SMALL_STATE(267)] = 13753,
  [SMALL_STATE(268)] = 13780,
  [SMALL_STATE(269)] = 13825,
  [SMALL_STATE(270)] = 13868,
  [SMALL_STATE(271)] = 13895,
  [SMALL_STATE(272)] = 13940,
  [SMALL_STATE(273)] = 13983,
  [SMALL_STATE(274)] = 14010,
  [SMALL_STATE(275)] = 14037,
  [SMALL_STATE(276)] = 14082,
  [SMALL_STATE(277)] = 14125,
  [SMALL_STATE(278)] = 14168,
  [SMALL_STATE(279)] = 14213,
  [SMALL_STATE(280)] = 14256,
  [SMALL_STATE(281)] = 14301,
  [SMALL_STATE(282)] = 14343,
  [SMALL_STATE(283)] = 14367,
  [SMALL_STATE(284)] = 14409,
  [SMALL_STATE(285)] = 14433,
  [SMALL_STATE(286)] = 14457,
  [SMALL_STATE(287)] = 14481,
  [SMALL_STATE(288)] = 14505,
  [SMALL_STATE(289)] = 14531,
  [SMALL_STATE(290)] = 14555,
  [SMALL_STATE(291)] = 14579,
  [SMALL_STATE(292)] = 14621,
  [SMALL_STATE(293)] = 14663,
  [SMALL_STATE(294)] = 14705,
  [SMALL_STATE(295)] = 14747,
  [SMALL_STATE(296)] = 14789,
  [SMALL_STATE(297)] = 14831,
  [SMALL_STATE(298)] = 14873,
  [SMALL_STATE(299)] = 14915,
  [SMALL_STATE(300)] = 14957,
  [SMALL_STATE(301)] = 14999,
  [SMALL_STATE(302)] = 15041,
  [SMALL_STATE(303)] = 15083,
  [SMALL_STATE(304)] = 15125,
  [SMALL_STATE(305)] = 15167,
  [SMALL_STATE(306)] = 15209,
  [SMALL_STATE(307)] = 15251,
  [SMALL_STATE(308)] = 15293,
  [SMALL_STATE(309)] = 15335,
  [SMALL_STATE(310)] = 15377,
  [SMALL_STATE(311)] = 15419,
  [SMALL_STATE(312)] = 15461,
  [SMALL_STATE(313)] = 15503,
  [SMALL_STATE(314)] = 15545,
  [SMALL_STATE(315)] = 15587,
  [SMALL_STATE(316)] = 15629,
  [SMALL_STATE(317)] = 15671,
  [SMALL_STATE(318)] = 15713,
  [SMALL_STATE(319)] = 15755,
  [SMALL_STATE(320)] = 15797,
  [SMALL_STATE(321)] = 15839,
  [SMALL_STATE(322)] = 15881,
  [SMALL_STATE(323)] = 15923,
  [SMALL_STATE(324)] = 15965,
  [SMALL_STATE(325)] = 16007,
  [SMALL_STATE(326)] = 16049,
  [SMALL_STATE(327)] = 16091,
  [SMALL_STATE(328)] = 16133,
  [SMALL_STATE(329)] = 16175,
  [SMALL_STATE(330)] = 16217,
  [SMALL_STATE(331)] = 16259,
  [SMALL_STATE(332)] = 16301,
  [SMALL_STATE(333)] = 16343,
  [SMALL_STATE(334)] = 16367,
  [SMALL_STATE(335)] = 16409,
  [SMALL_STATE(336)] = 16451,
  [SMALL_STATE(337)] = 16493,
  [SMALL_STATE(338)] = 16535,
  [SMALL_STATE(339)] = 16577,
  [SMALL_STATE(340)] = 16619,
  [SMALL_STATE(341)] = 16661,
  [SMALL_STATE(342)] = 16703,
  [SMALL_STATE(343)] = 16745,
  [SMALL_STATE(344)] = 16787,
  [SMALL_STATE(345)] = 16829,
  [SMALL_STATE(346)] = 16871,
  [SMALL_STATE(347)] = 16913,
  [SMALL_STATE(348)] = 16955,
  [SMALL_STATE(349)] = 16979,
  [SMALL_STATE(350)] = 17003,
  [SMALL_STATE(351)] = 17045,
  [SMALL_STATE(352)] = 17087,
  [SMALL_STATE(353)] = 17129,
  [SMALL_STATE(354)] = 17171,
  [SMALL_STATE(355)] = 17213,
  [SMALL_STATE(356)] = 17255,
  [SMALL_STATE(357)] = 17293,
  [SMALL_STATE(358)] = 17331,
  [SMALL_STATE(359)] = 17369,
  [SMALL_STATE(360)] = 17411,
  [SMALL_STATE(361)] = 17453,
  [SMALL_STATE(362)] = 17477,
  [SMALL_STATE(363)] = 17501,
  [SMALL_STATE(364)] = 17543,
  [SMALL_STATE(365)] = 17585,
  [SMALL_STATE(366)] = 17627,
  [SMALL_STATE(367)] = 17669,
  [SMALL_STATE(368)] = 17693,
  [SMALL_STATE(369)] = 17735,
  [SMALL_STATE(370)] = 17777,
  [SMALL_STATE(371)] = 17819,
  [SMALL_STATE(372)] = 17861,
  [SMALL_STATE(373)] = 17903,
  [SMALL_STATE(374)] = 17945,
  [SMALL_STATE(375)] = 17987,
  [SMALL_STATE(376)] = 18029,
  [SMALL_STATE(377)] = 18071,
  [SMALL_STATE(378)] = 18113,
  [SMALL_STATE(379)] = 18155,
  [SMALL_STATE(380)] = 18197,
  [SMALL_STATE(381)] = 18239,
  [SMALL_STATE(382)] = 18281,
  [SMALL_STATE(383)] = 18323,
  [SMALL_STATE(384)] = 18365,
  [SMALL_STATE(385)] = 18407,
  [SMALL_STATE(386)] = 18449,
  [SMALL_STATE(387)] = 18491,
  [SMALL_STATE(388)] = 18533,
  [SMALL_STATE(389)] = 18559,
  [SMALL_STATE(390)] = 18601,
  [SMALL_STATE(391)] = 18625,
  [SMALL_STATE(392)] = 18649,
  [SMALL_STATE(393)] = 18691,
  [SMALL_STATE(394)] = 18733,
  [SMALL_STATE(395)] = 18775,
  [SMALL_STATE(396)] = 18817,
  [SMALL_STATE(397)] = 18859,
  [SMALL_STATE(398)] = 18901,
  [SMALL_STATE(399)] = 18943,
  [SMALL_STATE(400)] = 18985,
  [SMALL_STATE(401)] = 19027,
  [SMALL_STATE(402)] = 19069,
  [SMALL_STATE(403)] = 19111,
  [SMALL_STATE(404)] = 19153,
  [SMALL_STATE(405)] = 19195,
  [SMALL_STATE(406)] = 19237,
  [SMALL_STATE(407)] = 19279,
  [SMALL_STATE(408)] = 19321,
  [SMALL_STATE(409)] = 19351,
  [SMALL_STATE(410)] = 19379,
  [SMALL_STATE(411)] = 19421,
  [SMALL_STATE(412)] = 19463,
  [SMALL_STATE(413)] = 19505,
  [SMALL_STATE(414)] = 19547,
  [SMALL_STATE(415)] = 19589,
  [SMALL_STATE(416)] = 19613,
  [SMALL_STATE(417)] = 19638,
  [SMALL_STATE(418)] = 19675,
  [SMALL_STATE(419)] = 19712,
  [SMALL_STATE(420)] = 19737,
  [SMALL_STATE(421)] = 19762,
  [SMALL_STATE(422)] = 19799,
  [SMALL_STATE(423)] = 19824,
  [SMALL_STATE(424)] = 19849,
  [SMALL_STATE(425)] = 19886,
  [SMALL_STATE(426)] = 19911,
  [SMALL_STATE(427)] = 19936,
  [SMALL_STATE(428)] = 19973,
  [SMALL_STATE(429)] = 20010,
  [SMALL_STATE(430)] = 20047,
  [SMALL_STATE(431)] = 20084,
  [SMALL_STATE(432)] = 20121,
  [SMALL_STATE(433)] = 20146,
  [SMALL_STATE(434)] = 20169,
  [SMALL_STATE(435)] = 20200,
  [SMALL_STATE(436)] = 20229,
  [SMALL_STATE(437)] = 20254,
  [SMALL_STATE(438)] = 20291,
  [SMALL_STATE(439)] = 20326,
  [SMALL_STATE(440)] = 20351,
  [SMALL_STATE(441)] = 20378,
  [SMALL_STATE(442)] = 20401,
  [SMALL_STATE(443)] = 20438,
  [SMALL_STATE(444)] = 20475,
  [SMALL_STATE(445)] = 20501,
  [SMALL_STATE(446)] = 20529,
  [SMALL_STATE(447)] = 20565,
  [SMALL_STATE(448)] = 20595,
  [SMALL_STATE(449)] = 20627,
  [SMALL_STATE(450)] = 20661,
  [SMALL_STATE(451)] = 20697,
  [SMALL_STATE(452)] = 20739,
  [SMALL_STATE(453)] = 20781,
  [SMALL_STATE(454)] = 20820,
  [SMALL_STATE(455)] = 20859,
  [SMALL_STATE(456)] = 20894,
  [SMALL_STATE(457)] = 20926,
  [SMALL_STATE(458)] = 20959,
  [SMALL_STATE(459)] = 20981,
  [SMALL_STATE(460)] = 21013,
  [SMALL_STATE(461)] = 21043,
  [SMALL_STATE(462)] = 21075,
  [SMALL_STATE(463)] = 21104,
  [SMALL_STATE(464)] = 21130,
  [SMALL_STATE(465)] = 21156,
  [SMALL_STATE(466)] = 21182,
  [SMALL_STATE(467)] = 21208,
  [SMALL_STATE(468)] = 21234,
  [SMALL_STATE(469)] = 21260,
  [SMALL_STATE(470)] = 21286,
  [SMALL_STATE(471)] = 21302,
  [SMALL_STATE(472)] = 21328,
  [SMALL_STATE(473)] = 21354,
  [SMALL_STATE(474)] = 21380,
  [SMALL_STATE(475)] = 21406,
  [SMALL_STATE(476)] = 21432,
  [SMALL_STATE(477)] = 21451,
  [SMALL_STATE(478)] = 21469,
  [SMALL_STATE(479)] = 21487,
  [SMALL_STATE(480)] = 21499,
  [SMALL_STATE(481)] = 21517,
  [SMALL_STATE(482)] = 21529,
  [SMALL_STATE(483)] = 21547,
  [SMALL_STATE(484)] = 21562,
  [SMALL_STATE(485)] = 21577,
  [SMALL_STATE(486)] = 21592,
  [SMALL_STATE(487)] = 21605,
  [SMALL_STATE(488)] = 21620,
  [SMALL_STATE(489)] = 21635,
  [SMALL_STATE(490)] = 21650,
  [SMALL_STATE(491)] = 21665,
  [SMALL_STATE(492)] = 21678,
  [SMALL_STATE(493)] = 21693,
  [SMALL_STATE(494)] = 21708,
  [SMALL_STATE(495)] = 21720,
  [SMALL_STATE(496)] = 21732,
  [SMALL_STATE(497)] = 21744,
  [SMALL_STATE(498)] = 21758,
  [SMALL_STATE(499)] = 21772,
  [SMALL_STATE(500)] = 21786,
  [SMALL_STATE(501)] = 21798,
  [SMALL_STATE(502)] = 21812,
  [SMALL_STATE(503)] = 21826,
  [SMALL_STATE(504)] = 21838,
  [SMALL_STATE(505)] = 21850,
  [SMALL_STATE(506)] = 21862,
  [SMALL_STATE(507)] = 21874,
  [SMALL_STATE(508)] = 21882,
  [SMALL_STATE(509)] = 21894,
  [SMALL_STATE(510)] = 21902,
  [SMALL_STATE(511)] = 21910,
  [SMALL_STATE(512)] = 21922,
  [SMALL_STATE(513)] = 21936,
  [SMALL_STATE(514)] = 21948,
  [SMALL_STATE(515)] = 21962,
  [SMALL_STATE(516)] = 21976,
  [SMALL_STATE(517)] = 21988,
  [SMALL_STATE(518)] = 21995,
  [SMALL_STATE(519)] = 22006,
  [SMALL_STATE(520)] = 22017,
  [SMALL_STATE(521)] = 22026,
  [SMALL_STATE(522)] = 22033,
  [SMALL_STATE(523)] = 22044,
  [SMALL_STATE(524)] = 22051,
  [SMALL_STATE(525)] = 22060,
  [SMALL_STATE(526)] = 22067,
  [SMALL_STATE(527)] = 22080,
  [SMALL_STATE(528)] = 22087,
  [SMALL_STATE(529)] = 22098,
  [SMALL_STATE(530)] = 22107,
  [SMALL_STATE(531)] = 22113,
  [SMALL_STATE(532)] = 22123,
  [SMALL_STATE(533)] = 22129,
  [SMALL_STATE(534)] = 22135,
  [SMALL_STATE(535)] = 22143,
  [SMALL_STATE(536)] = 22151,
  [SMALL_STATE(537)] = 22157,
  [SMALL_STATE(538)] = 22165,
  [SMALL_STATE(539)] = 22175,
  [SMALL_STATE(540)] = 22181,
  [SMALL_STATE(541)] = 22189,
  [SMALL_STATE(542)] = 22195,
  [SMALL_STATE(543)] = 22201,
  [SMALL_STATE(544)] = 22211,
  [SMALL_STATE(545)] = 22217,
  [SMALL_STATE(546)] = 22227,
  [SMALL_STATE(547)] = 22237,
  [SMALL_STATE(548)] = 22243,
  [SMALL_STATE(549)] = 22249,
  [SMALL_STATE(550)] = 22255,
  [SMALL_STATE(551)] = 22261,
  [SMALL_STATE(552)] = 22271,
  [SMALL_STATE(553)] = 22281,
  [SMALL_STATE(554)] = 22291,
  [SMALL_STATE(555)] = 22297,
  [SMALL_STATE(556)] = 22307,
  [SMALL_STATE(557)] = 22317,
  [SMALL_STATE(558)] = 22325,
  [SMALL_STATE(559)] = 22333,
  [SMALL_STATE(560)] = 22341,
  [SMALL_STATE(561)] = 22347,
  [SMALL_STATE(562)] = 22357,
  [SMALL_STATE(563)] = 22367,
  [SMALL_STATE(564)] = 22377,
  [SMALL_STATE(565)] = 22387,
  [SMALL_STATE(566)] = 22397,
  [SMALL_STATE(567)] = 22403,
  [SMALL_STATE(568)] = 22413,
  [SMALL_STATE(569)] = 22419,
  [SMALL_STATE(570)] = 22429,
  [SMALL_STATE(571)] = 22435,
  [SMALL_STATE(572)] = 22445,
  [SMALL_STATE(573)] = 22451,
  [SMALL_STATE(574)] = 22461,
  [SMALL_STATE(575)] = 22471,
  [SMALL_STATE(576)] = 22481,
  [SMALL_STATE(577)] = 22489,
  [SMALL_STATE(578)] = 22497,
  [SMALL_STATE(579)] = 22507,
  [SMALL_STATE(580)] = 22513,
  [SMALL_STATE(581)] = 22519,
  [SMALL_STATE(582)] = 22525,
  [SMALL_STATE(583)] = 22533,
  [SMALL_STATE(584)] = 22541,
  [SMALL_STATE(585)] = 22551,
  [SMALL_STATE(586)] = 22557,
  [SMALL_STATE(587)] = 22563,
  [SMALL_STATE(588)] = 22573,
  [SMALL_STATE(589)] = 22578,
  [SMALL_STATE(590)] = 22583,
  [SMALL_STATE(591)] = 22590,
  [SMALL_STATE(592)] = 22597,
  [SMALL_STATE(593)] = 22602,
  [SMALL_STATE(594)] = 22607,
  [SMALL_STATE(595)] = 22612,
  [SMALL_STATE(596)] = 22617,
  [SMALL_STATE(597)] = 22622,
  [SMALL_STATE(598)] = 22627,
  [SMALL_STATE(599)] = 22632,
  [SMALL_STATE(600)] = 22637,
  [SMALL_STATE(601)] = 22644,
  [SMALL_STATE(602)] = 22649,
  [SMALL_STATE(603)] = 22656,
  [SMALL_STATE(604)] = 22661,
  [SMALL_STATE(605)] = 22666,
  [SMALL_STATE(606)] = 22673,
  [SMALL_STATE(607)] = 22677,
  [SMALL_STATE(608)] = 22681,
  [SMALL_STATE(609)] = 22685,
  [SMALL_STATE(610)] = 22689,
  [SMALL_STATE(611)] = 22693,
  [SMALL_STATE(612)] = 22697,
  [SMALL_STATE(613)] = 22701,
  [SMALL_STATE(614)] = 22705,
  [SMALL_STATE(615)] = 22709,
  [SMALL_STATE(616)] = 22713,
  [SMALL_STATE(617)] = 22717,
  [SMALL_STATE(618)] = 22721,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(475),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(469),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(460),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(569),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(462),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(605),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(555),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(29),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(397),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(291),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(293),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(275),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(555),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(582),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(184),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(510),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(505),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(478),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(558),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(457),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(528),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [73] = {.entry = {.count = 1, .reusable = false}}, SHIFT(24),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(406),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(174),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(280),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(528),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(520),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(296),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(297),
  [93] = {.entry = {.count = 1, .reusable = false}}, SHIFT(298),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(294),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(299),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [105] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(12),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [111] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [114] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [117] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(475),
  [120] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(283),
  [123] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(469),
  [126] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(460),
  [129] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(569),
  [132] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(462),
  [135] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(605),
  [138] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(555),
  [141] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(347),
  [144] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(29),
  [147] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(397),
  [150] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(189),
  [153] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [156] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(291),
  [159] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(293),
  [162] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(275),
  [165] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(555),
  [168] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(582),
  [171] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(184),
  [174] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(300),
  [177] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(302),
  [180] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(510),
  [183] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(505),
  [186] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(478),
  [189] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(4),
  [192] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [194] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [196] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 1, 0, 13),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(301),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(534),
  [204] = {.entry = {.count = 1, .reusable = false}}, SHIFT(258),
  [206] = {.entry = {.count = 1, .reusable = false}}, SHIFT(260),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [218] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [220] = {.entry = {.count = 1, .reusable = false}}, SHIFT(104),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(71),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(63),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(67),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [242] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 2, 0, 35),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 35),
  [246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(234),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [252] = {.entry = {.count = 1, .reusable = false}}, SHIFT(598),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(598),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 45),
  [260] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 5, 0, 45),
  [262] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [264] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [266] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [268] = {.entry = {.count = 1, .reusable = false}}, SHIFT(21),
  [270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(579),
  [272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [274] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 3, 0, 8),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [278] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [280] = {.entry = {.count = 1, .reusable = false}}, SHIFT(549),
  [282] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [284] = {.entry = {.count = 1, .reusable = false}}, SHIFT(476),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(580),
  [290] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [292] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 21),
  [294] = {.entry = {.count = 1, .reusable = true}}, SHIFT(585),
  [296] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [298] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 8),
  [300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(576),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [306] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [308] = {.entry = {.count = 1, .reusable = false}}, SHIFT(546),
  [310] = {.entry = {.count = 1, .reusable = true}}, SHIFT(546),
  [312] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [314] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(542),
  [320] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(542),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(586),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(586),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [334] = {.entry = {.count = 1, .reusable = false}}, SHIFT(589),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(589),
  [338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [340] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [344] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [346] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [348] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [350] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [352] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [354] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 41),
  [356] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 41),
  [358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [360] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [362] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 75),
  [364] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 75),
  [366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [368] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [372] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [374] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [376] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [378] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 38),
  [380] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 38),
  [382] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [384] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [386] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 49),
  [388] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 49),
  [390] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [392] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [396] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [398] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 2, 0, 35),
  [400] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 35),
  [402] = {.entry = {.count = 1, .reusable = false}}, SHIFT(106),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(106),
  [406] = {.entry = {.count = 1, .reusable = false}}, SHIFT(69),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [416] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [420] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [422] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 1, 0, 13),
  [424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [426] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [430] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53),
  [432] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53),
  [434] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(63),
  [437] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(60),
  [440] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(65),
  [443] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(64),
  [446] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(59),
  [449] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(67),
  [452] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(66),
  [455] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [457] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [459] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [461] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [463] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [465] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [467] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [469] = {.entry = {.count = 1, .reusable = false}}, SHIFT(285),
  [471] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_shifted_register, 3, 0, 70),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 70),
  [475] = {.entry = {.count = 1, .reusable = false}}, SHIFT(362),
  [477] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [479] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [481] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [483] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [485] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [487] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [489] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [491] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [493] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [495] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 33),
  [497] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 33),
  [499] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [501] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [503] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [505] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [507] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [509] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [511] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [513] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [515] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [517] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [519] = {.entry = {.count = 1, .reusable = true}}, SHIFT(229),
  [521] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [523] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(79),
  [526] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(80),
  [529] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(86),
  [532] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(84),
  [535] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(83),
  [538] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(82),
  [541] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(81),
  [544] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 36),
  [546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(340),
  [548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(341),
  [552] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [554] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [556] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [558] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [560] = {.entry = {.count = 1, .reusable = true}}, SHIFT(345),
  [562] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [564] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [566] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [568] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [570] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [574] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [576] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 52),
  [578] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [582] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 34),
  [584] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [586] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [588] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [590] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 10),
  [592] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [594] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [596] = {.entry = {.count = 1, .reusable = false}}, SHIFT(353),
  [598] = {.entry = {.count = 1, .reusable = false}}, SHIFT(354),
  [600] = {.entry = {.count = 1, .reusable = false}}, SHIFT(350),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [604] = {.entry = {.count = 1, .reusable = false}}, SHIFT(355),
  [606] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [612] = {.entry = {.count = 1, .reusable = false}}, SHIFT(313),
  [614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [616] = {.entry = {.count = 1, .reusable = false}}, SHIFT(312),
  [618] = {.entry = {.count = 1, .reusable = false}}, SHIFT(308),
  [620] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [622] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [624] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [626] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [628] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [630] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [632] = {.entry = {.count = 1, .reusable = false}}, SHIFT(311),
  [634] = {.entry = {.count = 1, .reusable = false}}, SHIFT(349),
  [636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(232),
  [638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [646] = {.entry = {.count = 1, .reusable = true}}, SHIFT(324),
  [648] = {.entry = {.count = 1, .reusable = false}}, SHIFT(331),
  [650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [652] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [654] = {.entry = {.count = 1, .reusable = false}}, SHIFT(338),
  [656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [658] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [660] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [662] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 1, 0, 0),
  [664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [668] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [670] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [672] = {.entry = {.count = 1, .reusable = false}}, SHIFT(111),
  [674] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [676] = {.entry = {.count = 1, .reusable = true}}, SHIFT(111),
  [678] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [680] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 11),
  [682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [684] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 2, 0, 11),
  [686] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [688] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(177),
  [691] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [693] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(403),
  [696] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(395),
  [699] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(414),
  [702] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(216),
  [705] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(111),
  [708] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(102),
  [711] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(111),
  [714] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(103),
  [717] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(179),
  [720] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(304),
  [723] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [725] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(602),
  [728] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(305),
  [731] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(441),
  [734] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(58),
  [737] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(53),
  [740] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(602),
  [748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(53),
  [756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(181),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(547),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [764] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [768] = {.entry = {.count = 1, .reusable = false}}, SHIFT(224),
  [770] = {.entry = {.count = 1, .reusable = false}}, SHIFT(149),
  [772] = {.entry = {.count = 1, .reusable = false}}, SHIFT(108),
  [774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [776] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [778] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(188),
  [781] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(385),
  [784] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(375),
  [787] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(411),
  [790] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(224),
  [793] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(149),
  [796] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(108),
  [799] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(149),
  [802] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(107),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [807] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [809] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [811] = {.entry = {.count = 1, .reusable = false}}, SHIFT(326),
  [813] = {.entry = {.count = 1, .reusable = false}}, SHIFT(325),
  [815] = {.entry = {.count = 1, .reusable = false}}, SHIFT(330),
  [817] = {.entry = {.count = 1, .reusable = true}}, SHIFT(330),
  [819] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(329),
  [823] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [825] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [827] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [829] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [831] = {.entry = {.count = 1, .reusable = true}}, SHIFT(407),
  [833] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [835] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [837] = {.entry = {.count = 1, .reusable = false}}, SHIFT(154),
  [839] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [841] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(235),
  [845] = {.entry = {.count = 1, .reusable = false}}, SHIFT(611),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [849] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [851] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [853] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [855] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [857] = {.entry = {.count = 1, .reusable = false}}, SHIFT(428),
  [859] = {.entry = {.count = 1, .reusable = false}}, SHIFT(178),
  [861] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [863] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [867] = {.entry = {.count = 1, .reusable = false}}, SHIFT(610),
  [869] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [875] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [877] = {.entry = {.count = 1, .reusable = false}}, SHIFT(346),
  [879] = {.entry = {.count = 1, .reusable = false}}, SHIFT(407),
  [881] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [883] = {.entry = {.count = 1, .reusable = true}}, SHIFT(221),
  [885] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [891] = {.entry = {.count = 1, .reusable = true}}, SHIFT(384),
  [893] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 49),
  [895] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [897] = {.entry = {.count = 1, .reusable = false}}, SHIFT(414),
  [899] = {.entry = {.count = 1, .reusable = false}}, SHIFT(115),
  [901] = {.entry = {.count = 1, .reusable = true}}, SHIFT(115),
  [903] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [905] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [909] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 76),
  [911] = {.entry = {.count = 1, .reusable = true}}, SHIFT(377),
  [913] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [915] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [917] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [919] = {.entry = {.count = 1, .reusable = false}}, SHIFT(410),
  [921] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [923] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [925] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [927] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [931] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 43),
  [933] = {.entry = {.count = 1, .reusable = false}}, SHIFT(411),
  [935] = {.entry = {.count = 1, .reusable = false}}, SHIFT(131),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [941] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [943] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [945] = {.entry = {.count = 1, .reusable = false}}, SHIFT(302),
  [947] = {.entry = {.count = 1, .reusable = false}}, SHIFT(225),
  [949] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [951] = {.entry = {.count = 1, .reusable = false}}, SHIFT(253),
  [953] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [955] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [957] = {.entry = {.count = 1, .reusable = false}}, SHIFT(412),
  [959] = {.entry = {.count = 1, .reusable = false}}, SHIFT(195),
  [961] = {.entry = {.count = 1, .reusable = true}}, SHIFT(195),
  [963] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [965] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [967] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [969] = {.entry = {.count = 1, .reusable = false}}, SHIFT(408),
  [971] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [973] = {.entry = {.count = 1, .reusable = false}}, SHIFT(413),
  [975] = {.entry = {.count = 1, .reusable = false}}, SHIFT(93),
  [977] = {.entry = {.count = 1, .reusable = true}}, SHIFT(93),
  [979] = {.entry = {.count = 1, .reusable = true}}, SHIFT(73),
  [981] = {.entry = {.count = 1, .reusable = false}}, SHIFT(276),
  [983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(158),
  [987] = {.entry = {.count = 1, .reusable = false}}, SHIFT(277),
  [989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [991] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 55),
  [993] = {.entry = {.count = 1, .reusable = true}}, SHIFT(152),
  [995] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [997] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 102),
  [999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [1001] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 59),
  [1003] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [1005] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [1007] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 68),
  [1009] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 68), SHIFT_REPEAT(322),
  [1012] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 69),
  [1014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(482),
  [1016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [1018] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 39),
  [1020] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [1024] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 73),
  [1026] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 73), SHIFT_REPEAT(152),
  [1029] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 74),
  [1031] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 40),
  [1033] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1035] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [1037] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [1039] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [1041] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1043] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 91),
  [1045] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 94),
  [1049] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 96),
  [1051] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [1053] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 54),
  [1055] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [1059] = {.entry = {.count = 1, .reusable = false}}, SHIFT(259),
  [1061] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1063] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(609),
  [1066] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1068] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [1070] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [1072] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [1074] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [1076] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 44),
  [1078] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1080] = {.entry = {.count = 1, .reusable = false}}, SHIFT(263),
  [1082] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1084] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1086] = {.entry = {.count = 1, .reusable = true}}, SHIFT(146),
  [1088] = {.entry = {.count = 1, .reusable = false}}, SHIFT(266),
  [1090] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1092] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1094] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1096] = {.entry = {.count = 1, .reusable = false}}, SHIFT(269),
  [1098] = {.entry = {.count = 1, .reusable = true}}, SHIFT(269),
  [1100] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [1102] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 108),
  [1104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(289),
  [1106] = {.entry = {.count = 1, .reusable = true}}, SHIFT(254),
  [1108] = {.entry = {.count = 1, .reusable = false}}, SHIFT(272),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [1112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [1114] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 100),
  [1116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [1118] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1120] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [1122] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [1124] = {.entry = {.count = 1, .reusable = false}}, SHIFT(431),
  [1126] = {.entry = {.count = 1, .reusable = true}}, SHIFT(431),
  [1128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(76),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1132] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1134] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [1136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1138] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1140] = {.entry = {.count = 1, .reusable = false}}, SHIFT(11),
  [1142] = {.entry = {.count = 1, .reusable = false}}, SHIFT(92),
  [1144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(92),
  [1146] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 99),
  [1148] = {.entry = {.count = 1, .reusable = false}}, SHIFT(247),
  [1150] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [1152] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 103),
  [1154] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1156] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 107),
  [1158] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1160] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1162] = {.entry = {.count = 1, .reusable = true}}, SHIFT(607),
  [1164] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 111),
  [1166] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 97),
  [1168] = {.entry = {.count = 1, .reusable = false}}, SHIFT(237),
  [1170] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [1172] = {.entry = {.count = 1, .reusable = false}}, SHIFT(172),
  [1174] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [1176] = {.entry = {.count = 1, .reusable = false}}, SHIFT(238),
  [1178] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [1180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [1182] = {.entry = {.count = 1, .reusable = false}}, SHIFT(38),
  [1184] = {.entry = {.count = 1, .reusable = true}}, SHIFT(38),
  [1186] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1190] = {.entry = {.count = 1, .reusable = false}}, SHIFT(39),
  [1192] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1194] = {.entry = {.count = 1, .reusable = false}}, SHIFT(35),
  [1196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(35),
  [1198] = {.entry = {.count = 1, .reusable = false}}, SHIFT(37),
  [1200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(37),
  [1202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [1204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1206] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [1208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [1210] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [1212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [1214] = {.entry = {.count = 1, .reusable = false}}, SHIFT(443),
  [1216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1218] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [1220] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(78),
  [1224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [1226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(110),
  [1228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1230] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [1232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1234] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [1236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [1238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(134),
  [1240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(134),
  [1242] = {.entry = {.count = 1, .reusable = false}}, SHIFT(135),
  [1244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(136),
  [1248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [1250] = {.entry = {.count = 1, .reusable = false}}, SHIFT(137),
  [1252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(137),
  [1254] = {.entry = {.count = 1, .reusable = false}}, SHIFT(138),
  [1256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(138),
  [1258] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [1260] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1262] = {.entry = {.count = 1, .reusable = false}}, SHIFT(241),
  [1264] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [1266] = {.entry = {.count = 1, .reusable = false}}, SHIFT(434),
  [1268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(434),
  [1270] = {.entry = {.count = 1, .reusable = false}}, SHIFT(435),
  [1272] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1274] = {.entry = {.count = 1, .reusable = false}}, SHIFT(436),
  [1276] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(437),
  [1280] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(438),
  [1284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [1286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(440),
  [1288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [1290] = {.entry = {.count = 1, .reusable = false}}, SHIFT(245),
  [1292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [1294] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [1296] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1298] = {.entry = {.count = 1, .reusable = false}}, SHIFT(166),
  [1300] = {.entry = {.count = 1, .reusable = true}}, SHIFT(166),
  [1302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1306] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [1308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [1312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1314] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [1316] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(203),
  [1320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [1322] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [1324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [1326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [1328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1330] = {.entry = {.count = 1, .reusable = false}}, SHIFT(173),
  [1332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(173),
  [1334] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [1336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [1338] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 56),
  [1340] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [1342] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [1344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(356),
  [1346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1348] = {.entry = {.count = 1, .reusable = false}}, SHIFT(164),
  [1350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(164),
  [1352] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [1354] = {.entry = {.count = 1, .reusable = true}}, SHIFT(220),
  [1356] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1358] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1360] = {.entry = {.count = 1, .reusable = false}}, SHIFT(427),
  [1362] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [1364] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [1366] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1368] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [1370] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [1374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [1376] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [1378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(99),
  [1380] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [1382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(100),
  [1384] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [1386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1388] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [1390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(223),
  [1392] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1396] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 71),
  [1398] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 72),
  [1400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(118),
  [1402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(119),
  [1406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1408] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [1410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [1412] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [1414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [1418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(124),
  [1422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1424] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 49),
  [1426] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [1428] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1430] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [1432] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1434] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 84),
  [1436] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 85),
  [1438] = {.entry = {.count = 1, .reusable = false}}, SHIFT(261),
  [1440] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [1442] = {.entry = {.count = 1, .reusable = false}}, SHIFT(450),
  [1444] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [1446] = {.entry = {.count = 1, .reusable = false}}, SHIFT(417),
  [1448] = {.entry = {.count = 1, .reusable = true}}, SHIFT(417),
  [1450] = {.entry = {.count = 1, .reusable = false}}, SHIFT(212),
  [1452] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1454] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 87),
  [1456] = {.entry = {.count = 1, .reusable = false}}, SHIFT(447),
  [1458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [1460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(445),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [1464] = {.entry = {.count = 1, .reusable = false}}, SHIFT(449),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [1468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(448),
  [1470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [1472] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(444),
  [1476] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [1478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [1480] = {.entry = {.count = 1, .reusable = false}}, SHIFT(151),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [1484] = {.entry = {.count = 1, .reusable = false}}, SHIFT(47),
  [1486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(47),
  [1488] = {.entry = {.count = 1, .reusable = false}}, SHIFT(251),
  [1490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(251),
  [1492] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [1494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1496] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [1498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1500] = {.entry = {.count = 1, .reusable = false}}, SHIFT(422),
  [1502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1504] = {.entry = {.count = 1, .reusable = false}}, SHIFT(144),
  [1506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1508] = {.entry = {.count = 1, .reusable = false}}, SHIFT(46),
  [1510] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1512] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [1514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1516] = {.entry = {.count = 1, .reusable = false}}, SHIFT(439),
  [1518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(439),
  [1520] = {.entry = {.count = 1, .reusable = false}}, SHIFT(143),
  [1522] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1524] = {.entry = {.count = 1, .reusable = false}}, SHIFT(194),
  [1526] = {.entry = {.count = 1, .reusable = true}}, SHIFT(194),
  [1528] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 92),
  [1530] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [1532] = {.entry = {.count = 1, .reusable = false}}, SHIFT(432),
  [1534] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1536] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 93),
  [1538] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [1540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1542] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [1544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [1546] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [1548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [1550] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1552] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1554] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [1556] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1558] = {.entry = {.count = 1, .reusable = false}}, SHIFT(358),
  [1560] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [1562] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [1564] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [1566] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [1568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1570] = {.entry = {.count = 1, .reusable = false}}, SHIFT(357),
  [1572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [1574] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [1576] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [1578] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [1580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [1582] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1586] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [1588] = {.entry = {.count = 1, .reusable = true}}, SHIFT(208),
  [1590] = {.entry = {.count = 1, .reusable = false}}, SHIFT(430),
  [1592] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1594] = {.entry = {.count = 1, .reusable = false}}, SHIFT(442),
  [1596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [1598] = {.entry = {.count = 1, .reusable = false}}, SHIFT(418),
  [1600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1602] = {.entry = {.count = 1, .reusable = false}}, SHIFT(421),
  [1604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1606] = {.entry = {.count = 1, .reusable = false}}, SHIFT(424),
  [1608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1610] = {.entry = {.count = 1, .reusable = false}}, SHIFT(429),
  [1612] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1614] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1616] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1618] = {.entry = {.count = 1, .reusable = true}}, SHIFT(180),
  [1620] = {.entry = {.count = 1, .reusable = true}}, SHIFT(74),
  [1622] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [1624] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1626] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [1628] = {.entry = {.count = 1, .reusable = true}}, SHIFT(315),
  [1630] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [1632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [1634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(317),
  [1636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [1638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [1640] = {.entry = {.count = 1, .reusable = false}}, SHIFT(315),
  [1642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(320),
  [1644] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1646] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [1652] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [1654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [1656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [1658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [1660] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [1662] = {.entry = {.count = 1, .reusable = false}}, SHIFT(368),
  [1664] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1668] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1670] = {.entry = {.count = 1, .reusable = true}}, SHIFT(463),
  [1672] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [1674] = {.entry = {.count = 1, .reusable = false}}, SHIFT(487),
  [1676] = {.entry = {.count = 1, .reusable = false}}, SHIFT(477),
  [1678] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1680] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1682] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1684] = {.entry = {.count = 1, .reusable = false}}, SHIFT(492),
  [1686] = {.entry = {.count = 1, .reusable = true}}, SHIFT(456),
  [1688] = {.entry = {.count = 1, .reusable = false}}, SHIFT(498),
  [1690] = {.entry = {.count = 1, .reusable = false}}, SHIFT(501),
  [1692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1694] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1696] = {.entry = {.count = 1, .reusable = false}}, SHIFT(507),
  [1698] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1700] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1702] = {.entry = {.count = 1, .reusable = false}}, SHIFT(513),
  [1704] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1706] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [1708] = {.entry = {.count = 1, .reusable = false}}, SHIFT(466),
  [1710] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1712] = {.entry = {.count = 1, .reusable = false}}, SHIFT(592),
  [1714] = {.entry = {.count = 1, .reusable = false}}, SHIFT(493),
  [1716] = {.entry = {.count = 1, .reusable = false}}, SHIFT(508),
  [1718] = {.entry = {.count = 1, .reusable = false}}, SHIFT(536),
  [1720] = {.entry = {.count = 1, .reusable = false}}, SHIFT(581),
  [1722] = {.entry = {.count = 1, .reusable = false}}, SHIFT(550),
  [1724] = {.entry = {.count = 1, .reusable = false}}, SHIFT(593),
  [1726] = {.entry = {.count = 1, .reusable = false}}, SHIFT(554),
  [1728] = {.entry = {.count = 1, .reusable = false}}, SHIFT(548),
  [1730] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [1732] = {.entry = {.count = 1, .reusable = false}}, SHIFT(617),
  [1734] = {.entry = {.count = 1, .reusable = false}}, SHIFT(515),
  [1736] = {.entry = {.count = 1, .reusable = false}}, SHIFT(566),
  [1738] = {.entry = {.count = 1, .reusable = false}}, SHIFT(533),
  [1740] = {.entry = {.count = 1, .reusable = false}}, SHIFT(532),
  [1742] = {.entry = {.count = 1, .reusable = false}}, SHIFT(517),
  [1744] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [1746] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(314),
  [1750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(474),
  [1752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [1756] = {.entry = {.count = 1, .reusable = false}}, SHIFT(590),
  [1758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1760] = {.entry = {.count = 1, .reusable = false}}, SHIFT(388),
  [1762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(559),
  [1764] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [1768] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 67),
  [1770] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [1772] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [1774] = {.entry = {.count = 1, .reusable = true}}, SHIFT(471),
  [1776] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50),
  [1778] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50), SHIFT_REPEAT(204),
  [1781] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 47),
  [1783] = {.entry = {.count = 1, .reusable = true}}, SHIFT(464),
  [1785] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1787] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [1789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1791] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 64),
  [1793] = {.entry = {.count = 1, .reusable = true}}, SHIFT(468),
  [1795] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 48),
  [1797] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [1799] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65),
  [1801] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65), SHIFT_REPEAT(455),
  [1804] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1806] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [1808] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [1810] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50), SHIFT_REPEAT(207),
  [1813] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1815] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65), SHIFT_REPEAT(456),
  [1818] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 42),
  [1822] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 42), SHIFT_REPEAT(474),
  [1825] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1827] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(552),
  [1830] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1832] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1834] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [1836] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 62),
  [1838] = {.entry = {.count = 1, .reusable = true}}, SHIFT(321),
  [1840] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1842] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1844] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [1846] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [1848] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1852] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [1855] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1857] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [1859] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1861] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1863] = {.entry = {.count = 1, .reusable = false}}, SHIFT(539),
  [1865] = {.entry = {.count = 1, .reusable = false}}, SHIFT(526),
  [1867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1869] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 77),
  [1871] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [1875] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1877] = {.entry = {.count = 1, .reusable = true}}, SHIFT(540),
  [1879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(597),
  [1881] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [1883] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 58),
  [1885] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1887] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [1889] = {.entry = {.count = 1, .reusable = true}}, SHIFT(186),
  [1891] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 81),
  [1893] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [1895] = {.entry = {.count = 1, .reusable = false}}, SHIFT(591),
  [1897] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [1899] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 63),
  [1901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(14),
  [1905] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [1907] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [1909] = {.entry = {.count = 1, .reusable = false}}, SHIFT(535),
  [1911] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [1913] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 9),
  [1915] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(540),
  [1918] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 51),
  [1920] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1922] = {.entry = {.count = 1, .reusable = true}}, SHIFT(30),
  [1924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [1926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 88),
  [1928] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [1930] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 89),
  [1932] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 78), SHIFT_REPEAT(461),
  [1935] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 78),
  [1937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [1939] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1941] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [1943] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1945] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1947] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [1949] = {.entry = {.count = 1, .reusable = true}}, SHIFT(20),
  [1951] = {.entry = {.count = 1, .reusable = false}}, SHIFT(288),
  [1953] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [1957] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [1960] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [1962] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [1964] = {.entry = {.count = 1, .reusable = true}}, SHIFT(461),
  [1966] = {.entry = {.count = 1, .reusable = true}}, SHIFT(527),
  [1968] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 95),
  [1970] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1972] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 79),
  [1974] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [1976] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1978] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [1980] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(30),
  [1983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(160),
  [1985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(523),
  [1987] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 45),
  [1989] = {.entry = {.count = 1, .reusable = true}}, SHIFT(19),
  [1991] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 46),
  [1993] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 60),
  [1995] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 80),
  [1997] = {.entry = {.count = 1, .reusable = true}}, SHIFT(539),
  [1999] = {.entry = {.count = 1, .reusable = true}}, SHIFT(10),
  [2001] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 50), SHIFT_REPEAT(335),
  [2004] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 50),
  [2006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 61),
  [2008] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 58),
  [2010] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 2, 0, 9),
  [2012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(615),
  [2014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(250),
  [2016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [2018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [2020] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [2022] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [2024] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 86),
  [2026] = {.entry = {.count = 1, .reusable = false}}, SHIFT(596),
  [2028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(618),
  [2030] = {.entry = {.count = 1, .reusable = true}}, SHIFT(252),
  [2032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(256),
  [2034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(511),
  [2036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(488),
  [2038] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [2040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [2042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [2044] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [2046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [2048] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [2050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
  [2052] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [2054] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [2056] = {.entry = {.count = 1, .reusable = true}}, SHIFT(333),
  [2058] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [2060] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
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
    [ts_external_token__mnemonic_head] = true,
    [ts_external_token__swi_mnemonic] = true,
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
    [ts_external_token__mnemonic_head] = true,
    [ts_external_token__swi_mnemonic] = true,
    [ts_external_token__newline] = true,
  },
  [5] = {
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
