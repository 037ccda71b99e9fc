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
#define STATE_COUNT 618
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
    {field_item, 0},
  [9] =
    {field_item, 1, .inherited = true},
  [10] =
    {field_body, 1},
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
  [17] = 10,
  [18] = 14,
  [19] = 15,
  [20] = 16,
  [21] = 12,
  [22] = 13,
  [23] = 23,
  [24] = 11,
  [25] = 23,
  [26] = 26,
  [27] = 27,
  [28] = 27,
  [29] = 26,
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
  [68] = 30,
  [69] = 53,
  [70] = 46,
  [71] = 48,
  [72] = 39,
  [73] = 35,
  [74] = 47,
  [75] = 50,
  [76] = 31,
  [77] = 63,
  [78] = 64,
  [79] = 58,
  [80] = 80,
  [81] = 66,
  [82] = 65,
  [83] = 60,
  [84] = 59,
  [85] = 62,
  [86] = 86,
  [87] = 87,
  [88] = 88,
  [89] = 89,
  [90] = 36,
  [91] = 33,
  [92] = 37,
  [93] = 38,
  [94] = 32,
  [95] = 43,
  [96] = 44,
  [97] = 42,
  [98] = 98,
  [99] = 31,
  [100] = 30,
  [101] = 49,
  [102] = 41,
  [103] = 45,
  [104] = 40,
  [105] = 105,
  [106] = 31,
  [107] = 107,
  [108] = 30,
  [109] = 109,
  [110] = 46,
  [111] = 35,
  [112] = 47,
  [113] = 36,
  [114] = 33,
  [115] = 37,
  [116] = 38,
  [117] = 40,
  [118] = 32,
  [119] = 42,
  [120] = 43,
  [121] = 44,
  [122] = 48,
  [123] = 45,
  [124] = 50,
  [125] = 39,
  [126] = 49,
  [127] = 41,
  [128] = 128,
  [129] = 44,
  [130] = 41,
  [131] = 131,
  [132] = 132,
  [133] = 128,
  [134] = 35,
  [135] = 36,
  [136] = 33,
  [137] = 37,
  [138] = 38,
  [139] = 40,
  [140] = 32,
  [141] = 42,
  [142] = 48,
  [143] = 43,
  [144] = 45,
  [145] = 145,
  [146] = 47,
  [147] = 46,
  [148] = 50,
  [149] = 39,
  [150] = 49,
  [151] = 151,
  [152] = 30,
  [153] = 31,
  [154] = 47,
  [155] = 50,
  [156] = 48,
  [157] = 39,
  [158] = 35,
  [159] = 46,
  [160] = 30,
  [161] = 42,
  [162] = 36,
  [163] = 33,
  [164] = 38,
  [165] = 49,
  [166] = 37,
  [167] = 41,
  [168] = 43,
  [169] = 40,
  [170] = 32,
  [171] = 45,
  [172] = 44,
  [173] = 47,
  [174] = 174,
  [175] = 175,
  [176] = 48,
  [177] = 177,
  [178] = 50,
  [179] = 39,
  [180] = 31,
  [181] = 35,
  [182] = 182,
  [183] = 46,
  [184] = 184,
  [185] = 185,
  [186] = 184,
  [187] = 175,
  [188] = 185,
  [189] = 44,
  [190] = 42,
  [191] = 32,
  [192] = 36,
  [193] = 33,
  [194] = 37,
  [195] = 38,
  [196] = 40,
  [197] = 43,
  [198] = 45,
  [199] = 41,
  [200] = 49,
  [201] = 49,
  [202] = 41,
  [203] = 203,
  [204] = 204,
  [205] = 205,
  [206] = 206,
  [207] = 203,
  [208] = 30,
  [209] = 209,
  [210] = 41,
  [211] = 206,
  [212] = 212,
  [213] = 49,
  [214] = 214,
  [215] = 215,
  [216] = 216,
  [217] = 49,
  [218] = 218,
  [219] = 41,
  [220] = 215,
  [221] = 215,
  [222] = 30,
  [223] = 215,
  [224] = 215,
  [225] = 215,
  [226] = 215,
  [227] = 215,
  [228] = 228,
  [229] = 229,
  [230] = 230,
  [231] = 231,
  [232] = 232,
  [233] = 233,
  [234] = 234,
  [235] = 31,
  [236] = 236,
  [237] = 237,
  [238] = 238,
  [239] = 35,
  [240] = 240,
  [241] = 48,
  [242] = 242,
  [243] = 243,
  [244] = 244,
  [245] = 245,
  [246] = 50,
  [247] = 247,
  [248] = 39,
  [249] = 249,
  [250] = 250,
  [251] = 251,
  [252] = 252,
  [253] = 251,
  [254] = 254,
  [255] = 238,
  [256] = 47,
  [257] = 257,
  [258] = 258,
  [259] = 259,
  [260] = 46,
  [261] = 238,
  [262] = 257,
  [263] = 263,
  [264] = 238,
  [265] = 257,
  [266] = 257,
  [267] = 238,
  [268] = 257,
  [269] = 269,
  [270] = 238,
  [271] = 257,
  [272] = 272,
  [273] = 238,
  [274] = 257,
  [275] = 275,
  [276] = 238,
  [277] = 257,
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
  [292] = 292,
  [293] = 293,
  [294] = 294,
  [295] = 295,
  [296] = 296,
  [297] = 297,
  [298] = 298,
  [299] = 282,
  [300] = 300,
  [301] = 301,
  [302] = 282,
  [303] = 282,
  [304] = 283,
  [305] = 284,
  [306] = 285,
  [307] = 286,
  [308] = 287,
  [309] = 283,
  [310] = 310,
  [311] = 311,
  [312] = 284,
  [313] = 313,
  [314] = 314,
  [315] = 285,
  [316] = 316,
  [317] = 286,
  [318] = 318,
  [319] = 287,
  [320] = 320,
  [321] = 321,
  [322] = 283,
  [323] = 323,
  [324] = 280,
  [325] = 325,
  [326] = 282,
  [327] = 283,
  [328] = 284,
  [329] = 285,
  [330] = 286,
  [331] = 287,
  [332] = 284,
  [333] = 333,
  [334] = 285,
  [335] = 335,
  [336] = 336,
  [337] = 337,
  [338] = 286,
  [339] = 339,
  [340] = 340,
  [341] = 341,
  [342] = 342,
  [343] = 282,
  [344] = 344,
  [345] = 345,
  [346] = 49,
  [347] = 41,
  [348] = 348,
  [349] = 283,
  [350] = 350,
  [351] = 284,
  [352] = 352,
  [353] = 353,
  [354] = 282,
  [355] = 337,
  [356] = 283,
  [357] = 297,
  [358] = 284,
  [359] = 337,
  [360] = 285,
  [361] = 282,
  [362] = 283,
  [363] = 284,
  [364] = 285,
  [365] = 286,
  [366] = 287,
  [367] = 286,
  [368] = 352,
  [369] = 353,
  [370] = 287,
  [371] = 371,
  [372] = 337,
  [373] = 353,
  [374] = 337,
  [375] = 352,
  [376] = 353,
  [377] = 285,
  [378] = 337,
  [379] = 352,
  [380] = 353,
  [381] = 337,
  [382] = 352,
  [383] = 353,
  [384] = 286,
  [385] = 337,
  [386] = 287,
  [387] = 352,
  [388] = 353,
  [389] = 389,
  [390] = 337,
  [391] = 391,
  [392] = 352,
  [393] = 353,
  [394] = 352,
  [395] = 337,
  [396] = 337,
  [397] = 397,
  [398] = 352,
  [399] = 337,
  [400] = 352,
  [401] = 337,
  [402] = 352,
  [403] = 352,
  [404] = 352,
  [405] = 340,
  [406] = 350,
  [407] = 31,
  [408] = 35,
  [409] = 350,
  [410] = 350,
  [411] = 350,
  [412] = 350,
  [413] = 350,
  [414] = 287,
  [415] = 415,
  [416] = 416,
  [417] = 417,
  [418] = 39,
  [419] = 49,
  [420] = 420,
  [421] = 36,
  [422] = 416,
  [423] = 40,
  [424] = 416,
  [425] = 32,
  [426] = 86,
  [427] = 33,
  [428] = 42,
  [429] = 416,
  [430] = 43,
  [431] = 37,
  [432] = 44,
  [433] = 88,
  [434] = 38,
  [435] = 416,
  [436] = 45,
  [437] = 416,
  [438] = 41,
  [439] = 439,
  [440] = 416,
  [441] = 48,
  [442] = 50,
  [443] = 45,
  [444] = 49,
  [445] = 41,
  [446] = 40,
  [447] = 32,
  [448] = 43,
  [449] = 44,
  [450] = 450,
  [451] = 451,
  [452] = 451,
  [453] = 450,
  [454] = 454,
  [455] = 454,
  [456] = 456,
  [457] = 457,
  [458] = 456,
  [459] = 459,
  [460] = 460,
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
  [476] = 460,
  [477] = 460,
  [478] = 478,
  [479] = 471,
  [480] = 480,
  [481] = 471,
  [482] = 482,
  [483] = 460,
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
  [498] = 492,
  [499] = 489,
  [500] = 488,
  [501] = 501,
  [502] = 490,
  [503] = 486,
  [504] = 491,
  [505] = 505,
  [506] = 506,
  [507] = 507,
  [508] = 508,
  [509] = 460,
  [510] = 510,
  [511] = 487,
  [512] = 512,
  [513] = 485,
  [514] = 514,
  [515] = 482,
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
  [528] = 471,
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
  [550] = 542,
  [551] = 519,
  [552] = 552,
  [553] = 553,
  [554] = 554,
  [555] = 555,
  [556] = 542,
  [557] = 557,
  [558] = 558,
  [559] = 559,
  [560] = 560,
  [561] = 542,
  [562] = 562,
  [563] = 563,
  [564] = 564,
  [565] = 542,
  [566] = 566,
  [567] = 567,
  [568] = 568,
  [569] = 569,
  [570] = 570,
  [571] = 542,
  [572] = 526,
  [573] = 573,
  [574] = 574,
  [575] = 575,
  [576] = 542,
  [577] = 577,
  [578] = 524,
  [579] = 471,
  [580] = 523,
  [581] = 581,
  [582] = 539,
  [583] = 547,
  [584] = 542,
  [585] = 585,
  [586] = 586,
  [587] = 587,
  [588] = 588,
  [589] = 587,
  [590] = 590,
  [591] = 591,
  [592] = 592,
  [593] = 593,
  [594] = 594,
  [595] = 595,
  [596] = 587,
  [597] = 597,
  [598] = 587,
  [599] = 599,
  [600] = 600,
  [601] = 601,
  [602] = 587,
  [603] = 603,
  [604] = 604,
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
  [11] = {.lex_state = 25, .external_lex_state = 2},
  [12] = {.lex_state = 25, .external_lex_state = 2},
  [13] = {.lex_state = 25, .external_lex_state = 2},
  [14] = {.lex_state = 26, .external_lex_state = 2},
  [15] = {.lex_state = 25, .external_lex_state = 2},
  [16] = {.lex_state = 28, .external_lex_state = 2},
  [17] = {.lex_state = 25, .external_lex_state = 2},
  [18] = {.lex_state = 24, .external_lex_state = 2},
  [19] = {.lex_state = 23, .external_lex_state = 2},
  [20] = {.lex_state = 27, .external_lex_state = 2},
  [21] = {.lex_state = 23, .external_lex_state = 2},
  [22] = {.lex_state = 23, .external_lex_state = 2},
  [23] = {.lex_state = 25, .external_lex_state = 2},
  [24] = {.lex_state = 23, .external_lex_state = 2},
  [25] = {.lex_state = 23, .external_lex_state = 2},
  [26] = {.lex_state = 25, .external_lex_state = 2},
  [27] = {.lex_state = 25, .external_lex_state = 2},
  [28] = {.lex_state = 23, .external_lex_state = 2},
  [29] = {.lex_state = 23, .external_lex_state = 2},
  [30] = {.lex_state = 21, .external_lex_state = 2},
  [31] = {.lex_state = 21, .external_lex_state = 2},
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
  [50] = {.lex_state = 29, .external_lex_state = 2},
  [51] = {.lex_state = 18, .external_lex_state = 3},
  [52] = {.lex_state = 18, .external_lex_state = 3},
  [53] = {.lex_state = 1, .external_lex_state = 3},
  [54] = {.lex_state = 2, .external_lex_state = 4},
  [55] = {.lex_state = 2, .external_lex_state = 4},
  [56] = {.lex_state = 2, .external_lex_state = 4},
  [57] = {.lex_state = 1, .external_lex_state = 5},
  [58] = {.lex_state = 1, .external_lex_state = 3},
  [59] = {.lex_state = 1, .external_lex_state = 3},
  [60] = {.lex_state = 1, .external_lex_state = 3},
  [61] = {.lex_state = 1, .external_lex_state = 3},
  [62] = {.lex_state = 1, .external_lex_state = 3},
  [63] = {.lex_state = 1, .external_lex_state = 3},
  [64] = {.lex_state = 1, .external_lex_state = 3},
  [65] = {.lex_state = 1, .external_lex_state = 3},
  [66] = {.lex_state = 1, .external_lex_state = 3},
  [67] = {.lex_state = 34, .external_lex_state = 4},
  [68] = {.lex_state = 34, .external_lex_state = 4},
  [69] = {.lex_state = 18, .external_lex_state = 3},
  [70] = {.lex_state = 34, .external_lex_state = 4},
  [71] = {.lex_state = 34, .external_lex_state = 4},
  [72] = {.lex_state = 34, .external_lex_state = 4},
  [73] = {.lex_state = 34, .external_lex_state = 4},
  [74] = {.lex_state = 34, .external_lex_state = 4},
  [75] = {.lex_state = 34, .external_lex_state = 4},
  [76] = {.lex_state = 34, .external_lex_state = 4},
  [77] = {.lex_state = 18, .external_lex_state = 3},
  [78] = {.lex_state = 18, .external_lex_state = 3},
  [79] = {.lex_state = 18, .external_lex_state = 3},
  [80] = {.lex_state = 34, .external_lex_state = 4},
  [81] = {.lex_state = 18, .external_lex_state = 3},
  [82] = {.lex_state = 18, .external_lex_state = 3},
  [83] = {.lex_state = 18, .external_lex_state = 3},
  [84] = {.lex_state = 18, .external_lex_state = 3},
  [85] = {.lex_state = 18, .external_lex_state = 3},
  [86] = {.lex_state = 34, .external_lex_state = 4},
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
  [99] = {.lex_state = 5, .external_lex_state = 2},
  [100] = {.lex_state = 5, .external_lex_state = 2},
  [101] = {.lex_state = 34, .external_lex_state = 4},
  [102] = {.lex_state = 34, .external_lex_state = 4},
  [103] = {.lex_state = 34, .external_lex_state = 4},
  [104] = {.lex_state = 34, .external_lex_state = 4},
  [105] = {.lex_state = 34, .external_lex_state = 4},
  [106] = {.lex_state = 6, .external_lex_state = 2},
  [107] = {.lex_state = 34, .external_lex_state = 4},
  [108] = {.lex_state = 6, .external_lex_state = 2},
  [109] = {.lex_state = 34, .external_lex_state = 4},
  [110] = {.lex_state = 8, .external_lex_state = 2},
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
  [129] = {.lex_state = 9, .external_lex_state = 2},
  [130] = {.lex_state = 9, .external_lex_state = 2},
  [131] = {.lex_state = 96, .external_lex_state = 2},
  [132] = {.lex_state = 96, .external_lex_state = 2},
  [133] = {.lex_state = 9, .external_lex_state = 2},
  [134] = {.lex_state = 9, .external_lex_state = 2},
  [135] = {.lex_state = 9, .external_lex_state = 2},
  [136] = {.lex_state = 9, .external_lex_state = 2},
  [137] = {.lex_state = 9, .external_lex_state = 2},
  [138] = {.lex_state = 9, .external_lex_state = 2},
  [139] = {.lex_state = 9, .external_lex_state = 2},
  [140] = {.lex_state = 9, .external_lex_state = 2},
  [141] = {.lex_state = 9, .external_lex_state = 2},
  [142] = {.lex_state = 9, .external_lex_state = 2},
  [143] = {.lex_state = 9, .external_lex_state = 2},
  [144] = {.lex_state = 9, .external_lex_state = 2},
  [145] = {.lex_state = 96, .external_lex_state = 2},
  [146] = {.lex_state = 9, .external_lex_state = 2},
  [147] = {.lex_state = 9, .external_lex_state = 2},
  [148] = {.lex_state = 9, .external_lex_state = 2},
  [149] = {.lex_state = 9, .external_lex_state = 2},
  [150] = {.lex_state = 9, .external_lex_state = 2},
  [151] = {.lex_state = 3},
  [152] = {.lex_state = 35, .external_lex_state = 2},
  [153] = {.lex_state = 35, .external_lex_state = 2},
  [154] = {.lex_state = 35, .external_lex_state = 2},
  [155] = {.lex_state = 35, .external_lex_state = 2},
  [156] = {.lex_state = 35, .external_lex_state = 2},
  [157] = {.lex_state = 35, .external_lex_state = 2},
  [158] = {.lex_state = 35, .external_lex_state = 2},
  [159] = {.lex_state = 35, .external_lex_state = 2},
  [160] = {.lex_state = 34},
  [161] = {.lex_state = 35, .external_lex_state = 2},
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
  [173] = {.lex_state = 34},
  [174] = {.lex_state = 34, .external_lex_state = 4},
  [175] = {.lex_state = 10, .external_lex_state = 2},
  [176] = {.lex_state = 34},
  [177] = {.lex_state = 34, .external_lex_state = 4},
  [178] = {.lex_state = 34},
  [179] = {.lex_state = 34},
  [180] = {.lex_state = 34},
  [181] = {.lex_state = 34},
  [182] = {.lex_state = 34, .external_lex_state = 4},
  [183] = {.lex_state = 34},
  [184] = {.lex_state = 10, .external_lex_state = 2},
  [185] = {.lex_state = 10, .external_lex_state = 2},
  [186] = {.lex_state = 7, .external_lex_state = 2},
  [187] = {.lex_state = 7, .external_lex_state = 2},
  [188] = {.lex_state = 7, .external_lex_state = 2},
  [189] = {.lex_state = 34},
  [190] = {.lex_state = 34},
  [191] = {.lex_state = 34},
  [192] = {.lex_state = 34},
  [193] = {.lex_state = 34},
  [194] = {.lex_state = 34},
  [195] = {.lex_state = 34},
  [196] = {.lex_state = 34},
  [197] = {.lex_state = 34},
  [198] = {.lex_state = 34},
  [199] = {.lex_state = 34, .external_lex_state = 2},
  [200] = {.lex_state = 34},
  [201] = {.lex_state = 34, .external_lex_state = 2},
  [202] = {.lex_state = 34},
  [203] = {.lex_state = 13, .external_lex_state = 2},
  [204] = {.lex_state = 4},
  [205] = {.lex_state = 4},
  [206] = {.lex_state = 34, .external_lex_state = 2},
  [207] = {.lex_state = 14, .external_lex_state = 2},
  [208] = {.lex_state = 19},
  [209] = {.lex_state = 34, .external_lex_state = 2},
  [210] = {.lex_state = 35, .external_lex_state = 2},
  [211] = {.lex_state = 34, .external_lex_state = 2},
  [212] = {.lex_state = 12},
  [213] = {.lex_state = 35, .external_lex_state = 2},
  [214] = {.lex_state = 34, .external_lex_state = 2},
  [215] = {.lex_state = 11},
  [216] = {.lex_state = 34, .external_lex_state = 2},
  [217] = {.lex_state = 34},
  [218] = {.lex_state = 34, .external_lex_state = 2},
  [219] = {.lex_state = 34},
  [220] = {.lex_state = 11},
  [221] = {.lex_state = 11},
  [222] = {.lex_state = 34},
  [223] = {.lex_state = 11},
  [224] = {.lex_state = 11},
  [225] = {.lex_state = 11},
  [226] = {.lex_state = 11},
  [227] = {.lex_state = 11},
  [228] = {.lex_state = 34, .external_lex_state = 2},
  [229] = {.lex_state = 34, .external_lex_state = 4},
  [230] = {.lex_state = 34, .external_lex_state = 4},
  [231] = {.lex_state = 34, .external_lex_state = 2},
  [232] = {.lex_state = 34, .external_lex_state = 4},
  [233] = {.lex_state = 34, .external_lex_state = 4},
  [234] = {.lex_state = 34, .external_lex_state = 4},
  [235] = {.lex_state = 40},
  [236] = {.lex_state = 34, .external_lex_state = 2},
  [237] = {.lex_state = 34, .external_lex_state = 4},
  [238] = {.lex_state = 7},
  [239] = {.lex_state = 20},
  [240] = {.lex_state = 34, .external_lex_state = 4},
  [241] = {.lex_state = 20},
  [242] = {.lex_state = 34, .external_lex_state = 4},
  [243] = {.lex_state = 34, .external_lex_state = 4},
  [244] = {.lex_state = 34, .external_lex_state = 4},
  [245] = {.lex_state = 34, .external_lex_state = 4},
  [246] = {.lex_state = 20},
  [247] = {.lex_state = 34, .external_lex_state = 4},
  [248] = {.lex_state = 20},
  [249] = {.lex_state = 34, .external_lex_state = 2},
  [250] = {.lex_state = 34, .external_lex_state = 4},
  [251] = {.lex_state = 17},
  [252] = {.lex_state = 34, .external_lex_state = 4},
  [253] = {.lex_state = 17},
  [254] = {.lex_state = 34, .external_lex_state = 4},
  [255] = {.lex_state = 7},
  [256] = {.lex_state = 20},
  [257] = {.lex_state = 34},
  [258] = {.lex_state = 34, .external_lex_state = 4},
  [259] = {.lex_state = 34, .external_lex_state = 2},
  [260] = {.lex_state = 20},
  [261] = {.lex_state = 7},
  [262] = {.lex_state = 34},
  [263] = {.lex_state = 34, .external_lex_state = 2},
  [264] = {.lex_state = 7},
  [265] = {.lex_state = 34},
  [266] = {.lex_state = 34},
  [267] = {.lex_state = 7},
  [268] = {.lex_state = 34},
  [269] = {.lex_state = 34, .external_lex_state = 4},
  [270] = {.lex_state = 7},
  [271] = {.lex_state = 34},
  [272] = {.lex_state = 34, .external_lex_state = 4},
  [273] = {.lex_state = 7},
  [274] = {.lex_state = 34},
  [275] = {.lex_state = 34, .external_lex_state = 4},
  [276] = {.lex_state = 7},
  [277] = {.lex_state = 34},
  [278] = {.lex_state = 34, .external_lex_state = 2},
  [279] = {.lex_state = 34, .external_lex_state = 2},
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
  [293] = {.lex_state = 7},
  [294] = {.lex_state = 7},
  [295] = {.lex_state = 7},
  [296] = {.lex_state = 7},
  [297] = {.lex_state = 7},
  [298] = {.lex_state = 7},
  [299] = {.lex_state = 7},
  [300] = {.lex_state = 34, .external_lex_state = 4},
  [301] = {.lex_state = 34, .external_lex_state = 4},
  [302] = {.lex_state = 7},
  [303] = {.lex_state = 7},
  [304] = {.lex_state = 7},
  [305] = {.lex_state = 7},
  [306] = {.lex_state = 7},
  [307] = {.lex_state = 7},
  [308] = {.lex_state = 7},
  [309] = {.lex_state = 7},
  [310] = {.lex_state = 34},
  [311] = {.lex_state = 7},
  [312] = {.lex_state = 7},
  [313] = {.lex_state = 34, .external_lex_state = 4},
  [314] = {.lex_state = 34, .external_lex_state = 4},
  [315] = {.lex_state = 7},
  [316] = {.lex_state = 34, .external_lex_state = 4},
  [317] = {.lex_state = 7},
  [318] = {.lex_state = 7},
  [319] = {.lex_state = 7},
  [320] = {.lex_state = 34, .external_lex_state = 4},
  [321] = {.lex_state = 34, .external_lex_state = 4},
  [322] = {.lex_state = 7},
  [323] = {.lex_state = 34, .external_lex_state = 4},
  [324] = {.lex_state = 7},
  [325] = {.lex_state = 34, .external_lex_state = 4},
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
  [336] = {.lex_state = 34, .external_lex_state = 4},
  [337] = {.lex_state = 7},
  [338] = {.lex_state = 7},
  [339] = {.lex_state = 34, .external_lex_state = 4},
  [340] = {.lex_state = 7},
  [341] = {.lex_state = 34, .external_lex_state = 4},
  [342] = {.lex_state = 34, .external_lex_state = 4},
  [343] = {.lex_state = 7},
  [344] = {.lex_state = 34, .external_lex_state = 4},
  [345] = {.lex_state = 34, .external_lex_state = 4},
  [346] = {.lex_state = 34},
  [347] = {.lex_state = 34},
  [348] = {.lex_state = 34, .external_lex_state = 4},
  [349] = {.lex_state = 7},
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
  [389] = {.lex_state = 34, .external_lex_state = 4},
  [390] = {.lex_state = 7},
  [391] = {.lex_state = 7},
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
  [407] = {.lex_state = 34},
  [408] = {.lex_state = 34},
  [409] = {.lex_state = 7},
  [410] = {.lex_state = 7},
  [411] = {.lex_state = 7},
  [412] = {.lex_state = 7},
  [413] = {.lex_state = 7},
  [414] = {.lex_state = 7},
  [415] = {.lex_state = 41},
  [416] = {.lex_state = 34},
  [417] = {.lex_state = 34, .external_lex_state = 4},
  [418] = {.lex_state = 41},
  [419] = {.lex_state = 41},
  [420] = {.lex_state = 34},
  [421] = {.lex_state = 41},
  [422] = {.lex_state = 34},
  [423] = {.lex_state = 41},
  [424] = {.lex_state = 34},
  [425] = {.lex_state = 41},
  [426] = {.lex_state = 34},
  [427] = {.lex_state = 41},
  [428] = {.lex_state = 41},
  [429] = {.lex_state = 34},
  [430] = {.lex_state = 41},
  [431] = {.lex_state = 41},
  [432] = {.lex_state = 41},
  [433] = {.lex_state = 34},
  [434] = {.lex_state = 41},
  [435] = {.lex_state = 34},
  [436] = {.lex_state = 41},
  [437] = {.lex_state = 34},
  [438] = {.lex_state = 41},
  [439] = {.lex_state = 34, .external_lex_state = 4},
  [440] = {.lex_state = 34},
  [441] = {.lex_state = 41},
  [442] = {.lex_state = 41},
  [443] = {.lex_state = 34},
  [444] = {.lex_state = 34},
  [445] = {.lex_state = 34},
  [446] = {.lex_state = 34},
  [447] = {.lex_state = 34},
  [448] = {.lex_state = 34},
  [449] = {.lex_state = 34},
  [450] = {.lex_state = 30, .external_lex_state = 2},
  [451] = {.lex_state = 30, .external_lex_state = 2},
  [452] = {.lex_state = 31, .external_lex_state = 2},
  [453] = {.lex_state = 31, .external_lex_state = 2},
  [454] = {.lex_state = 30, .external_lex_state = 2},
  [455] = {.lex_state = 31, .external_lex_state = 2},
  [456] = {.lex_state = 30, .external_lex_state = 2},
  [457] = {.lex_state = 32},
  [458] = {.lex_state = 31, .external_lex_state = 2},
  [459] = {.lex_state = 32},
  [460] = {.lex_state = 34, .external_lex_state = 2},
  [461] = {.lex_state = 33},
  [462] = {.lex_state = 31},
  [463] = {.lex_state = 31},
  [464] = {.lex_state = 31},
  [465] = {.lex_state = 31},
  [466] = {.lex_state = 31},
  [467] = {.lex_state = 31},
  [468] = {.lex_state = 31},
  [469] = {.lex_state = 31},
  [470] = {.lex_state = 31},
  [471] = {.lex_state = 34, .external_lex_state = 2},
  [472] = {.lex_state = 31},
  [473] = {.lex_state = 31},
  [474] = {.lex_state = 31},
  [475] = {.lex_state = 34, .external_lex_state = 2},
  [476] = {.lex_state = 34},
  [477] = {.lex_state = 35, .external_lex_state = 2},
  [478] = {.lex_state = 44},
  [479] = {.lex_state = 35, .external_lex_state = 2},
  [480] = {.lex_state = 44},
  [481] = {.lex_state = 1},
  [482] = {.lex_state = 35, .external_lex_state = 2},
  [483] = {.lex_state = 21},
  [484] = {.lex_state = 0, .external_lex_state = 2},
  [485] = {.lex_state = 35, .external_lex_state = 2},
  [486] = {.lex_state = 35, .external_lex_state = 2},
  [487] = {.lex_state = 34, .external_lex_state = 2},
  [488] = {.lex_state = 34, .external_lex_state = 2},
  [489] = {.lex_state = 35, .external_lex_state = 2},
  [490] = {.lex_state = 35, .external_lex_state = 2},
  [491] = {.lex_state = 35, .external_lex_state = 2},
  [492] = {.lex_state = 35, .external_lex_state = 2},
  [493] = {.lex_state = 1},
  [494] = {.lex_state = 0, .external_lex_state = 2},
  [495] = {.lex_state = 34, .external_lex_state = 2},
  [496] = {.lex_state = 34, .external_lex_state = 2},
  [497] = {.lex_state = 0, .external_lex_state = 2},
  [498] = {.lex_state = 96, .external_lex_state = 2},
  [499] = {.lex_state = 96, .external_lex_state = 2},
  [500] = {.lex_state = 34, .external_lex_state = 2},
  [501] = {.lex_state = 1},
  [502] = {.lex_state = 96, .external_lex_state = 2},
  [503] = {.lex_state = 96, .external_lex_state = 2},
  [504] = {.lex_state = 96, .external_lex_state = 2},
  [505] = {.lex_state = 34, .external_lex_state = 2},
  [506] = {.lex_state = 34, .external_lex_state = 2},
  [507] = {.lex_state = 34, .external_lex_state = 2},
  [508] = {.lex_state = 35, .external_lex_state = 2},
  [509] = {.lex_state = 0},
  [510] = {.lex_state = 34, .external_lex_state = 2},
  [511] = {.lex_state = 34, .external_lex_state = 2},
  [512] = {.lex_state = 34, .external_lex_state = 2},
  [513] = {.lex_state = 96, .external_lex_state = 2},
  [514] = {.lex_state = 34, .external_lex_state = 2},
  [515] = {.lex_state = 96, .external_lex_state = 2},
  [516] = {.lex_state = 34, .external_lex_state = 2},
  [517] = {.lex_state = 34, .external_lex_state = 2},
  [518] = {.lex_state = 34, .external_lex_state = 2},
  [519] = {.lex_state = 0, .external_lex_state = 2},
  [520] = {.lex_state = 0, .external_lex_state = 2},
  [521] = {.lex_state = 44},
  [522] = {.lex_state = 0, .external_lex_state = 2},
  [523] = {.lex_state = 0, .external_lex_state = 2},
  [524] = {.lex_state = 42, .external_lex_state = 2},
  [525] = {.lex_state = 96},
  [526] = {.lex_state = 0, .external_lex_state = 2},
  [527] = {.lex_state = 0, .external_lex_state = 2},
  [528] = {.lex_state = 96},
  [529] = {.lex_state = 0, .external_lex_state = 2},
  [530] = {.lex_state = 0, .external_lex_state = 2},
  [531] = {.lex_state = 96},
  [532] = {.lex_state = 44},
  [533] = {.lex_state = 96},
  [534] = {.lex_state = 0, .external_lex_state = 2},
  [535] = {.lex_state = 0, .external_lex_state = 2},
  [536] = {.lex_state = 0, .external_lex_state = 2},
  [537] = {.lex_state = 0, .external_lex_state = 2},
  [538] = {.lex_state = 96},
  [539] = {.lex_state = 0, .external_lex_state = 2},
  [540] = {.lex_state = 96},
  [541] = {.lex_state = 0, .external_lex_state = 2},
  [542] = {.lex_state = 96},
  [543] = {.lex_state = 0, .external_lex_state = 2},
  [544] = {.lex_state = 0, .external_lex_state = 2},
  [545] = {.lex_state = 0, .external_lex_state = 2},
  [546] = {.lex_state = 0, .external_lex_state = 2},
  [547] = {.lex_state = 0, .external_lex_state = 2},
  [548] = {.lex_state = 0, .external_lex_state = 2},
  [549] = {.lex_state = 44},
  [550] = {.lex_state = 96},
  [551] = {.lex_state = 0, .external_lex_state = 2},
  [552] = {.lex_state = 0, .external_lex_state = 2},
  [553] = {.lex_state = 0, .external_lex_state = 2},
  [554] = {.lex_state = 0, .external_lex_state = 2},
  [555] = {.lex_state = 96},
  [556] = {.lex_state = 96},
  [557] = {.lex_state = 44},
  [558] = {.lex_state = 96},
  [559] = {.lex_state = 0, .external_lex_state = 2},
  [560] = {.lex_state = 0, .external_lex_state = 2},
  [561] = {.lex_state = 96},
  [562] = {.lex_state = 0, .external_lex_state = 2},
  [563] = {.lex_state = 0, .external_lex_state = 2},
  [564] = {.lex_state = 44},
  [565] = {.lex_state = 96},
  [566] = {.lex_state = 0, .external_lex_state = 2},
  [567] = {.lex_state = 48},
  [568] = {.lex_state = 0, .external_lex_state = 2},
  [569] = {.lex_state = 48},
  [570] = {.lex_state = 0, .external_lex_state = 2},
  [571] = {.lex_state = 96},
  [572] = {.lex_state = 0, .external_lex_state = 2},
  [573] = {.lex_state = 0, .external_lex_state = 2},
  [574] = {.lex_state = 0, .external_lex_state = 2},
  [575] = {.lex_state = 0, .external_lex_state = 2},
  [576] = {.lex_state = 96},
  [577] = {.lex_state = 96},
  [578] = {.lex_state = 43, .external_lex_state = 2},
  [579] = {.lex_state = 0},
  [580] = {.lex_state = 0, .external_lex_state = 2},
  [581] = {.lex_state = 96},
  [582] = {.lex_state = 0, .external_lex_state = 2},
  [583] = {.lex_state = 0, .external_lex_state = 2},
  [584] = {.lex_state = 96},
  [585] = {.lex_state = 0, .external_lex_state = 2},
  [586] = {.lex_state = 0, .external_lex_state = 2},
  [587] = {.lex_state = 0},
  [588] = {.lex_state = 96},
  [589] = {.lex_state = 0},
  [590] = {.lex_state = 96},
  [591] = {.lex_state = 0, .external_lex_state = 2},
  [592] = {.lex_state = 96},
  [593] = {.lex_state = 48},
  [594] = {.lex_state = 96},
  [595] = {.lex_state = 96},
  [596] = {.lex_state = 0},
  [597] = {.lex_state = 34},
  [598] = {.lex_state = 0},
  [599] = {.lex_state = 44},
  [600] = {.lex_state = 0, .external_lex_state = 2},
  [601] = {.lex_state = 96},
  [602] = {.lex_state = 0},
  [603] = {.lex_state = 96},
  [604] = {.lex_state = 96},
  [605] = {.lex_state = 0, .external_lex_state = 2},
  [606] = {.lex_state = 0},
  [607] = {.lex_state = 34},
  [608] = {.lex_state = 34},
  [609] = {.lex_state = 96},
  [610] = {.lex_state = 96},
  [611] = {.lex_state = 34},
  [612] = {.lex_state = 96},
  [613] = {.lex_state = 0},
  [614] = {.lex_state = 34},
  [615] = {.lex_state = 34},
  [616] = {.lex_state = 0},
  [617] = {.lex_state = 0, .external_lex_state = 2},
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
    [sym_source_file] = STATE(616),
    [sym_basic_line] = STATE(4),
    [sym__statements] = STATE(605),
    [sym__line_statement] = STATE(552),
    [sym__statement] = STATE(552),
    [sym_assignment] = STATE(552),
    [sym__lvalue] = STATE(501),
    [sym_for_statement] = STATE(552),
    [sym_next_statement] = STATE(552),
    [sym_dim_statement] = STATE(552),
    [sym_procedure_definition] = STATE(552),
    [sym_function_definition] = STATE(552),
    [sym_return_statement] = STATE(552),
    [sym_if_statement] = STATE(552),
    [sym_else_statement] = STATE(552),
    [sym_sys_call] = STATE(552),
    [sym_print_statement] = STATE(552),
    [sym_proc_call] = STATE(552),
    [sym_local_statement] = STATE(552),
    [sym_repeat_statement] = STATE(552),
    [sym_until_statement] = STATE(552),
    [sym_while_statement] = STATE(552),
    [sym_on_error_statement] = STATE(552),
    [sym_on_statement] = STATE(552),
    [sym_basic_statement] = STATE(552),
    [sym_assembler_block] = STATE(552),
    [sym_parenthesized_expression] = STATE(589),
    [sym_indirection] = STATE(501),
    [sym_array_element] = STATE(481),
    [aux_sym_source_file_repeat1] = STATE(4),
    [aux_sym__statements_repeat1] = STATE(575),
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
    [sym__lvalue] = STATE(501),
    [sym_for_statement] = STATE(526),
    [sym_next_statement] = STATE(526),
    [sym_dim_statement] = STATE(526),
    [sym_procedure_definition] = STATE(526),
    [sym_function_definition] = STATE(526),
    [sym_return_statement] = STATE(526),
    [sym_if_statement] = STATE(526),
    [sym__inline_statements] = STATE(582),
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
    [sym_parenthesized_expression] = STATE(589),
    [sym_indirection] = STATE(501),
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
    [sym__statement] = STATE(526),
    [sym_assignment] = STATE(526),
    [sym__lvalue] = STATE(501),
    [sym_for_statement] = STATE(526),
    [sym_next_statement] = STATE(526),
    [sym_dim_statement] = STATE(526),
    [sym_procedure_definition] = STATE(526),
    [sym_function_definition] = STATE(526),
    [sym_return_statement] = STATE(526),
    [sym_if_statement] = STATE(526),
    [sym__inline_statements] = STATE(539),
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
    [sym_parenthesized_expression] = STATE(589),
    [sym_indirection] = STATE(501),
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
    [sym_basic_line] = STATE(5),
    [sym__statements] = STATE(605),
    [sym__line_statement] = STATE(552),
    [sym__statement] = STATE(552),
    [sym_assignment] = STATE(552),
    [sym__lvalue] = STATE(501),
    [sym_for_statement] = STATE(552),
    [sym_next_statement] = STATE(552),
    [sym_dim_statement] = STATE(552),
    [sym_procedure_definition] = STATE(552),
    [sym_function_definition] = STATE(552),
    [sym_return_statement] = STATE(552),
    [sym_if_statement] = STATE(552),
    [sym_else_statement] = STATE(552),
    [sym_sys_call] = STATE(552),
    [sym_print_statement] = STATE(552),
    [sym_proc_call] = STATE(552),
    [sym_local_statement] = STATE(552),
    [sym_repeat_statement] = STATE(552),
    [sym_until_statement] = STATE(552),
    [sym_while_statement] = STATE(552),
    [sym_on_error_statement] = STATE(552),
    [sym_on_statement] = STATE(552),
    [sym_basic_statement] = STATE(552),
    [sym_assembler_block] = STATE(552),
    [sym_parenthesized_expression] = STATE(589),
    [sym_indirection] = STATE(501),
    [sym_array_element] = STATE(481),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(575),
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
    [sym__statements] = STATE(605),
    [sym__line_statement] = STATE(552),
    [sym__statement] = STATE(552),
    [sym_assignment] = STATE(552),
    [sym__lvalue] = STATE(501),
    [sym_for_statement] = STATE(552),
    [sym_next_statement] = STATE(552),
    [sym_dim_statement] = STATE(552),
    [sym_procedure_definition] = STATE(552),
    [sym_function_definition] = STATE(552),
    [sym_return_statement] = STATE(552),
    [sym_if_statement] = STATE(552),
    [sym_else_statement] = STATE(552),
    [sym_sys_call] = STATE(552),
    [sym_print_statement] = STATE(552),
    [sym_proc_call] = STATE(552),
    [sym_local_statement] = STATE(552),
    [sym_repeat_statement] = STATE(552),
    [sym_until_statement] = STATE(552),
    [sym_while_statement] = STATE(552),
    [sym_on_error_statement] = STATE(552),
    [sym_on_statement] = STATE(552),
    [sym_basic_statement] = STATE(552),
    [sym_assembler_block] = STATE(552),
    [sym_parenthesized_expression] = STATE(589),
    [sym_indirection] = STATE(501),
    [sym_array_element] = STATE(481),
    [aux_sym_source_file_repeat1] = STATE(5),
    [aux_sym__statements_repeat1] = STATE(575),
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
    STATE(53), 1,
      aux_sym_instruction_repeat1,
    STATE(63), 1,
      sym__suffix,
    STATE(606), 1,
      sym__base_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(220), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
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
    STATE(98), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(254), 7,
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
    STATE(6), 1,
      aux_sym_instruction_repeat1,
    STATE(63), 1,
      sym__suffix,
    STATE(606), 1,
      sym__base_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(220), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
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
    STATE(98), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
    STATE(250), 7,
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
    STATE(575), 1,
      aux_sym__statements_repeat1,
    STATE(589), 1,
      sym_parenthesized_expression,
    STATE(617), 1,
      sym__statements,
    STATE(501), 2,
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
    STATE(552), 22,
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
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(250), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    STATE(547), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(258), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(262), 1,
      sym_line_number,
    ACTIONS(266), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(541), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(264), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(268), 1,
      sym_line_number,
    ACTIONS(272), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(535), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(270), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(274), 1,
      sym_line_number,
    ACTIONS(278), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(536), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(276), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
  [978] = 31,
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
    ACTIONS(282), 1,
      anon_sym_LOCAL,
    ACTIONS(284), 1,
      anon_sym_ELSE,
    ACTIONS(286), 1,
      anon_sym_OFF,
    STATE(481), 1,
      sym_array_element,
    STATE(586), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(280), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(288), 1,
      sym_line_number,
    ACTIONS(290), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(530), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(258), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(294), 1,
      anon_sym_ELSE,
    ACTIONS(296), 1,
      anon_sym_ERROR,
    ACTIONS(300), 1,
      sym_builtin_variable,
    ACTIONS(302), 1,
      sym_identifier,
    STATE(471), 1,
      sym_array_element,
    STATE(534), 1,
      sym__inline_statements,
    STATE(602), 1,
      sym_parenthesized_expression,
    ACTIONS(292), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(475), 2,
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
    ACTIONS(298), 4,
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
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(258), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(308), 1,
      anon_sym_LOCAL,
    ACTIONS(312), 1,
      anon_sym_OFF,
    STATE(481), 1,
      sym_array_element,
    STATE(586), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(280), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
    ACTIONS(288), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(530), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(258), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
    ACTIONS(53), 1,
      sym_proc_name,
    ACTIONS(296), 1,
      anon_sym_ERROR,
    ACTIONS(300), 1,
      sym_builtin_variable,
    ACTIONS(302), 1,
      sym_identifier,
    STATE(471), 1,
      sym_array_element,
    STATE(534), 1,
      sym__inline_statements,
    STATE(602), 1,
      sym_parenthesized_expression,
    ACTIONS(292), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(475), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(298), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
    ACTIONS(268), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(535), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(270), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
    ACTIONS(274), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(536), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(276), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(534), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(292), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    ACTIONS(262), 1,
      sym_line_number,
    STATE(481), 1,
      sym_array_element,
    STATE(541), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(264), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
    STATE(534), 1,
      sym__inline_statements,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(292), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(310), 3,
      sym_endproc_statement,
      sym_end_statement,
      sym_endwhile_statement,
    ACTIONS(314), 3,
      sym_comment,
      sym_data_statement,
      sym_star_command,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(572), 20,
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
    ACTIONS(320), 1,
      anon_sym_ELSE,
    STATE(481), 1,
      sym_array_element,
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(316), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
  [2531] = 29,
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
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(324), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    STATE(553), 20,
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
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(324), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
    STATE(553), 20,
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
    STATE(589), 1,
      sym_parenthesized_expression,
    ACTIONS(316), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(501), 2,
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
  [2873] = 5,
    ACTIONS(336), 1,
      anon_sym_LPAREN,
    STATE(47), 1,
      sym_argument_list,
    ACTIONS(338), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(332), 18,
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
    ACTIONS(334), 33,
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
  [2939] = 4,
    ACTIONS(336), 1,
      anon_sym_LPAREN,
    STATE(38), 1,
      sym_argument_list,
    ACTIONS(340), 20,
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
    ACTIONS(342), 33,
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
  [3003] = 5,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(101), 1,
      anon_sym_SLASH,
    ACTIONS(99), 3,
      anon_sym_STAR,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 19,
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
    ACTIONS(346), 29,
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
  [3067] = 2,
    ACTIONS(348), 21,
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
    ACTIONS(350), 32,
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
  [3125] = 6,
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
    ACTIONS(344), 17,
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
    ACTIONS(346), 29,
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
  [3191] = 3,
    ACTIONS(338), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(332), 19,
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
    ACTIONS(334), 32,
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
  [3251] = 2,
    ACTIONS(352), 21,
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
    ACTIONS(354), 32,
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
  [3309] = 2,
    ACTIONS(356), 21,
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
    ACTIONS(358), 32,
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
  [3367] = 2,
    ACTIONS(360), 21,
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
    ACTIONS(362), 32,
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
  [3425] = 2,
    ACTIONS(364), 21,
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
    ACTIONS(366), 32,
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
  [3483] = 6,
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
    ACTIONS(344), 17,
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
    ACTIONS(346), 29,
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
  [3549] = 2,
    ACTIONS(368), 21,
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
    ACTIONS(370), 32,
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
  [3607] = 2,
    ACTIONS(344), 21,
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
  [3665] = 9,
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
    ACTIONS(344), 11,
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
    ACTIONS(346), 25,
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
  [3737] = 8,
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
    ACTIONS(344), 11,
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
    ACTIONS(346), 26,
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
  [3807] = 3,
    ACTIONS(89), 1,
      anon_sym_CARET,
    ACTIONS(344), 20,
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
  [3867] = 2,
    ACTIONS(372), 21,
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
    ACTIONS(374), 32,
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
  [3925] = 2,
    ACTIONS(376), 21,
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
    ACTIONS(378), 32,
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
  [3983] = 2,
    ACTIONS(380), 21,
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
    ACTIONS(382), 32,
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
  [4041] = 2,
    ACTIONS(384), 21,
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
    ACTIONS(386), 32,
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
  [4099] = 2,
    ACTIONS(388), 21,
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
    ACTIONS(390), 32,
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
  [4157] = 21,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(398), 1,
      sym_string,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(402), 1,
      sym_condition,
    ACTIONS(404), 1,
      sym_s_flag,
    ACTIONS(406), 1,
      sym_size,
    ACTIONS(408), 1,
      sym_translate,
    ACTIONS(410), 1,
      sym_block_mode,
    ACTIONS(412), 1,
      sym_p_flag,
    ACTIONS(414), 1,
      sym__mnemonic_subst,
    STATE(69), 1,
      aux_sym_instruction_repeat1,
    STATE(77), 1,
      sym__suffix,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(396), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
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
    ACTIONS(394), 7,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(392), 13,
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
  [4250] = 21,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(402), 1,
      sym_condition,
    ACTIONS(404), 1,
      sym_s_flag,
    ACTIONS(406), 1,
      sym_size,
    ACTIONS(408), 1,
      sym_translate,
    ACTIONS(410), 1,
      sym_block_mode,
    ACTIONS(412), 1,
      sym_p_flag,
    ACTIONS(414), 1,
      sym__mnemonic_subst,
    ACTIONS(422), 1,
      sym_string,
    STATE(51), 1,
      aux_sym_instruction_repeat1,
    STATE(77), 1,
      sym__suffix,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(420), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
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
    ACTIONS(418), 7,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(416), 13,
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
  [4343] = 11,
    ACTIONS(428), 1,
      sym_condition,
    ACTIONS(431), 1,
      sym_s_flag,
    ACTIONS(434), 1,
      sym_size,
    ACTIONS(437), 1,
      sym_translate,
    ACTIONS(440), 1,
      sym_block_mode,
    ACTIONS(443), 1,
      sym_p_flag,
    ACTIONS(446), 1,
      sym__mnemonic_subst,
    STATE(53), 1,
      aux_sym_instruction_repeat1,
    STATE(63), 1,
      sym__suffix,
    ACTIONS(426), 18,
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
    ACTIONS(424), 20,
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
  [4413] = 15,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(453), 1,
      sym_register,
    ACTIONS(457), 1,
      sym_string,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(455), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(341), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(208), 4,
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
    ACTIONS(451), 8,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(449), 13,
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
  [4490] = 15,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(457), 1,
      sym_string,
    ACTIONS(463), 1,
      sym_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(455), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(314), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(208), 4,
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
    ACTIONS(461), 8,
      sym__mnemonic_head,
      sym__swi_mnemonic,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_COMMA,
      anon_sym_RBRACK,
      sym__asm_comment,
    ACTIONS(459), 13,
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
  [4567] = 15,
    ACTIONS(210), 1,
      anon_sym_POUND,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(457), 1,
      sym_string,
    ACTIONS(469), 1,
      sym_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(455), 2,
      sym_builtin_variable,
      sym_number,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(345), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(208), 4,
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
  [4644] = 3,
    ACTIONS(475), 1,
      sym__mnemonic_tail,
    ACTIONS(471), 20,
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
    ACTIONS(473), 25,
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
  [4697] = 2,
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
  [4747] = 2,
    ACTIONS(481), 20,
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
    ACTIONS(483), 25,
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
  [4797] = 2,
    ACTIONS(485), 20,
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
    ACTIONS(487), 25,
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
  [4847] = 2,
    ACTIONS(489), 20,
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
    ACTIONS(491), 25,
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
  [4897] = 2,
    ACTIONS(493), 20,
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
    ACTIONS(495), 25,
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
  [4947] = 2,
    ACTIONS(497), 20,
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
    ACTIONS(499), 25,
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
  [4997] = 2,
    ACTIONS(501), 20,
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
    ACTIONS(503), 25,
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
  [5047] = 2,
    ACTIONS(505), 20,
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
    ACTIONS(507), 25,
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
  [5097] = 2,
    ACTIONS(509), 20,
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
    ACTIONS(511), 25,
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
  [5147] = 5,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    STATE(74), 1,
      sym_argument_list,
    ACTIONS(515), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 36,
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
  [5201] = 5,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    STATE(74), 1,
      sym_argument_list,
    ACTIONS(515), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 36,
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
  [5255] = 11,
    ACTIONS(517), 1,
      sym_condition,
    ACTIONS(520), 1,
      sym_s_flag,
    ACTIONS(523), 1,
      sym_size,
    ACTIONS(526), 1,
      sym_translate,
    ACTIONS(529), 1,
      sym_block_mode,
    ACTIONS(532), 1,
      sym_p_flag,
    ACTIONS(535), 1,
      sym__mnemonic_subst,
    STATE(69), 1,
      aux_sym_instruction_repeat1,
    STATE(77), 1,
      sym__suffix,
    ACTIONS(426), 15,
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
    ACTIONS(424), 18,
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
  [5320] = 2,
    ACTIONS(374), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(372), 38,
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
  [5366] = 2,
    ACTIONS(382), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(380), 38,
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
  [5412] = 2,
    ACTIONS(366), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(364), 38,
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
  [5458] = 3,
    ACTIONS(515), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 36,
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
  [5506] = 2,
    ACTIONS(378), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(376), 38,
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
  [5552] = 2,
    ACTIONS(390), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(388), 38,
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
  [5598] = 4,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    STATE(93), 1,
      sym_argument_list,
    ACTIONS(342), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(340), 36,
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
  [5648] = 2,
    ACTIONS(497), 18,
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
    ACTIONS(499), 22,
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
  [5693] = 2,
    ACTIONS(501), 18,
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
    ACTIONS(503), 22,
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
  [5738] = 2,
    ACTIONS(477), 18,
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
    ACTIONS(479), 22,
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
  [5783] = 10,
    ACTIONS(542), 1,
      anon_sym_COMMA,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    STATE(232), 1,
      aux_sym_data_repeat1,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(538), 19,
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
  [5844] = 2,
    ACTIONS(509), 18,
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
    ACTIONS(511), 22,
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
  [5889] = 2,
    ACTIONS(505), 18,
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
    ACTIONS(507), 22,
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
  [5934] = 2,
    ACTIONS(485), 18,
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
    ACTIONS(487), 22,
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
  [5979] = 2,
    ACTIONS(481), 18,
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
    ACTIONS(483), 22,
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
  [6024] = 2,
    ACTIONS(493), 18,
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
    ACTIONS(495), 22,
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
  [6069] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(556), 20,
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
  [6125] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(558), 20,
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
  [6181] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(560), 20,
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
  [6237] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
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
  [6293] = 2,
    ACTIONS(354), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(352), 36,
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
  [6337] = 2,
    ACTIONS(350), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(348), 36,
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
  [6381] = 2,
    ACTIONS(358), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(356), 36,
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
  [6425] = 2,
    ACTIONS(362), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(360), 36,
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
  [6469] = 4,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 31,
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
  [6517] = 7,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 22,
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
  [6571] = 6,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 23,
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
  [6623] = 2,
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
  [6667] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
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
  [6723] = 4,
    ACTIONS(566), 1,
      anon_sym_LPAREN,
    STATE(116), 1,
      sym_argument_list,
    ACTIONS(342), 14,
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
    ACTIONS(340), 23,
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
  [6771] = 5,
    ACTIONS(566), 1,
      anon_sym_LPAREN,
    STATE(112), 1,
      sym_argument_list,
    ACTIONS(568), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 14,
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
    ACTIONS(332), 21,
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
  [6821] = 2,
    ACTIONS(386), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(384), 36,
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
  [6865] = 2,
    ACTIONS(370), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(368), 36,
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
  [6909] = 3,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 35,
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
  [6955] = 5,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 29,
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
  [7005] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(570), 19,
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
  [7060] = 4,
    ACTIONS(572), 1,
      anon_sym_LPAREN,
    STATE(138), 1,
      sym_argument_list,
    ACTIONS(342), 13,
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
    ACTIONS(340), 23,
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
  [7107] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(574), 19,
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
  [7162] = 5,
    ACTIONS(572), 1,
      anon_sym_LPAREN,
    STATE(146), 1,
      sym_argument_list,
    ACTIONS(576), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 13,
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
    ACTIONS(332), 21,
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
  [7211] = 8,
    ACTIONS(546), 1,
      anon_sym_CARET,
    ACTIONS(550), 1,
      anon_sym_AND,
    ACTIONS(544), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(548), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(552), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(554), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(540), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(578), 19,
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
  [7266] = 2,
    ACTIONS(374), 13,
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
    ACTIONS(372), 24,
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
  [7308] = 3,
    ACTIONS(568), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 13,
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
    ACTIONS(332), 22,
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
  [7352] = 2,
    ACTIONS(378), 13,
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
    ACTIONS(376), 24,
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
  [7394] = 2,
    ACTIONS(354), 13,
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
    ACTIONS(352), 24,
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
  [7436] = 2,
    ACTIONS(350), 13,
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
    ACTIONS(348), 24,
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
  [7478] = 2,
    ACTIONS(358), 13,
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
    ACTIONS(356), 24,
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
  [7520] = 2,
    ACTIONS(362), 13,
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
    ACTIONS(360), 24,
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
  [7562] = 6,
    ACTIONS(582), 1,
      anon_sym_CARET,
    ACTIONS(580), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(584), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(586), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 11,
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
    ACTIONS(344), 19,
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
  [7612] = 5,
    ACTIONS(582), 1,
      anon_sym_CARET,
    ACTIONS(584), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(586), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 11,
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
    ACTIONS(344), 21,
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
  [7660] = 2,
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
    ACTIONS(344), 24,
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
  [7702] = 9,
    ACTIONS(582), 1,
      anon_sym_CARET,
    ACTIONS(590), 1,
      anon_sym_AND,
    ACTIONS(580), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(584), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(586), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(592), 3,
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
    ACTIONS(346), 7,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(344), 13,
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
  [7758] = 8,
    ACTIONS(582), 1,
      anon_sym_CARET,
    ACTIONS(580), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(584), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(586), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(592), 3,
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
    ACTIONS(346), 8,
      anon_sym_ELSE,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(344), 13,
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
  [7812] = 2,
    ACTIONS(382), 13,
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
    ACTIONS(380), 24,
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
  [7854] = 3,
    ACTIONS(582), 1,
      anon_sym_CARET,
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
    ACTIONS(344), 23,
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
  [7898] = 2,
    ACTIONS(390), 13,
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
    ACTIONS(388), 24,
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
  [7940] = 2,
    ACTIONS(366), 13,
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
    ACTIONS(364), 24,
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
  [7982] = 2,
    ACTIONS(386), 13,
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
    ACTIONS(384), 24,
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
  [8024] = 2,
    ACTIONS(370), 13,
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
    ACTIONS(368), 24,
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
  [8066] = 10,
    ACTIONS(582), 1,
      anon_sym_CARET,
    ACTIONS(590), 1,
      anon_sym_AND,
    ACTIONS(580), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(584), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(586), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(598), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(592), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(596), 5,
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
    ACTIONS(594), 13,
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
  [8124] = 8,
    ACTIONS(604), 1,
      anon_sym_CARET,
    ACTIONS(602), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(608), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(610), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(606), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(600), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(346), 7,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(344), 13,
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
  [8177] = 2,
    ACTIONS(370), 12,
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
    ACTIONS(368), 24,
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
  [8218] = 2,
    ACTIONS(612), 14,
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
    ACTIONS(614), 22,
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
  [8259] = 2,
    ACTIONS(616), 14,
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
    ACTIONS(618), 22,
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
  [8300] = 10,
    ACTIONS(604), 1,
      anon_sym_CARET,
    ACTIONS(622), 1,
      anon_sym_AND,
    ACTIONS(602), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(608), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(610), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(620), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(606), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(596), 4,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(600), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(594), 13,
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
  [8357] = 3,
    ACTIONS(576), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 12,
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
    ACTIONS(332), 22,
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
  [8400] = 2,
    ACTIONS(354), 12,
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
    ACTIONS(352), 24,
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
  [8441] = 2,
    ACTIONS(350), 12,
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
    ACTIONS(348), 24,
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
  [8482] = 2,
    ACTIONS(358), 12,
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
    ACTIONS(356), 24,
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
  [8523] = 2,
    ACTIONS(362), 12,
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
    ACTIONS(360), 24,
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
  [8564] = 6,
    ACTIONS(604), 1,
      anon_sym_CARET,
    ACTIONS(602), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(608), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(610), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 10,
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
    ACTIONS(344), 19,
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
  [8613] = 5,
    ACTIONS(604), 1,
      anon_sym_CARET,
    ACTIONS(608), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(610), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 10,
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
    ACTIONS(344), 21,
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
  [8660] = 2,
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
    ACTIONS(344), 24,
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
  [8701] = 2,
    ACTIONS(382), 12,
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
    ACTIONS(380), 24,
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
  [8742] = 9,
    ACTIONS(604), 1,
      anon_sym_CARET,
    ACTIONS(622), 1,
      anon_sym_AND,
    ACTIONS(602), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(608), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(610), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(606), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(346), 6,
      anon_sym_OR,
      anon_sym_EOR,
      sym_builtin_function,
      sym_builtin_variable,
      sym_fn_name,
      sym_identifier,
    ACTIONS(600), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 13,
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
  [8797] = 3,
    ACTIONS(604), 1,
      anon_sym_CARET,
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
    ACTIONS(344), 23,
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
  [8840] = 2,
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
  [8881] = 2,
    ACTIONS(378), 12,
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
    ACTIONS(376), 24,
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
  [8922] = 2,
    ACTIONS(374), 12,
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
    ACTIONS(372), 24,
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
  [8963] = 2,
    ACTIONS(390), 12,
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
    ACTIONS(388), 24,
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
  [9004] = 2,
    ACTIONS(366), 12,
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
    ACTIONS(364), 24,
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
  [9045] = 2,
    ACTIONS(386), 12,
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
    ACTIONS(384), 24,
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
  [9086] = 18,
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
    ACTIONS(628), 1,
      sym_psr,
    STATE(606), 1,
      sym__base_register,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(224), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
    STATE(301), 7,
      sym__operand,
      sym_writeback_register,
      sym_immediate,
      sym_pool_literal,
      sym_shifted_register,
      sym_memory_operand,
      sym_register_list,
  [9158] = 5,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    STATE(154), 1,
      sym_argument_list,
    ACTIONS(632), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(332), 23,
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
  [9203] = 4,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    STATE(164), 1,
      sym_argument_list,
    ACTIONS(342), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(340), 23,
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
  [9244] = 2,
    ACTIONS(378), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(376), 25,
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
  [9281] = 2,
    ACTIONS(390), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(388), 25,
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
  [9318] = 2,
    ACTIONS(382), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(380), 25,
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
  [9355] = 2,
    ACTIONS(366), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(364), 25,
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
  [9392] = 3,
    ACTIONS(632), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(332), 23,
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
  [9431] = 2,
    ACTIONS(374), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(372), 25,
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
  [9468] = 5,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    STATE(173), 1,
      sym_argument_list,
    ACTIONS(636), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(332), 20,
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
  [9510] = 2,
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
  [9545] = 2,
    ACTIONS(354), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(352), 23,
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
  [9580] = 2,
    ACTIONS(350), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(348), 23,
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
  [9615] = 2,
    ACTIONS(362), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(360), 23,
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
  [9650] = 2,
    ACTIONS(386), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(384), 23,
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
  [9685] = 2,
    ACTIONS(358), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(356), 23,
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
  [9720] = 2,
    ACTIONS(370), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(368), 23,
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
  [9755] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(640), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(650), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 13,
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
  [9802] = 6,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(640), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(650), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 20,
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
  [9845] = 5,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(648), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(650), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 20,
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
  [9886] = 3,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(346), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(344), 22,
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
  [9923] = 7,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(640), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(650), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 14,
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
  [9968] = 2,
    ACTIONS(378), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(376), 22,
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
  [10002] = 10,
    ACTIONS(656), 1,
      anon_sym_RBRACK,
    ACTIONS(658), 1,
      anon_sym_DOT,
    ACTIONS(660), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(662), 1,
      aux_sym_align_token1,
    ACTIONS(664), 1,
      sym__mnemonic_head,
    ACTIONS(666), 1,
      sym__swi_mnemonic,
    STATE(7), 1,
      sym_mnemonic,
    ACTIONS(652), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(177), 8,
      sym__asm_statement,
      sym_asm_label,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
      aux_sym_assembler_block_repeat1,
    ACTIONS(654), 10,
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
  [10052] = 14,
    ACTIONS(673), 1,
      anon_sym_ELSE,
    ACTIONS(681), 1,
      anon_sym_LPAREN2,
    ACTIONS(684), 1,
      sym_builtin_function,
    ACTIONS(687), 1,
      sym_builtin_variable,
    ACTIONS(690), 1,
      sym_fn_name,
    ACTIONS(696), 1,
      sym_identifier,
    STATE(175), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(668), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(678), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(693), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(670), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(675), 4,
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
  [10110] = 2,
    ACTIONS(382), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(380), 22,
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
  [10144] = 10,
    ACTIONS(705), 1,
      anon_sym_RBRACK,
    ACTIONS(707), 1,
      anon_sym_DOT,
    ACTIONS(710), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(713), 1,
      aux_sym_align_token1,
    ACTIONS(716), 1,
      sym__mnemonic_head,
    ACTIONS(719), 1,
      sym__swi_mnemonic,
    STATE(7), 1,
      sym_mnemonic,
    ACTIONS(699), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(177), 8,
      sym__asm_statement,
      sym_asm_label,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
      aux_sym_assembler_block_repeat1,
    ACTIONS(702), 10,
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
  [10194] = 2,
    ACTIONS(390), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(388), 22,
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
  [10228] = 2,
    ACTIONS(366), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(364), 22,
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
  [10262] = 4,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    STATE(195), 1,
      sym_argument_list,
    ACTIONS(342), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(340), 20,
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
  [10300] = 3,
    ACTIONS(636), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(332), 20,
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
  [10336] = 10,
    ACTIONS(658), 1,
      anon_sym_DOT,
    ACTIONS(660), 1,
      aux_sym_opt_directive_token1,
    ACTIONS(662), 1,
      aux_sym_align_token1,
    ACTIONS(664), 1,
      sym__mnemonic_head,
    ACTIONS(666), 1,
      sym__swi_mnemonic,
    ACTIONS(724), 1,
      anon_sym_RBRACK,
    STATE(7), 1,
      sym_mnemonic,
    ACTIONS(722), 4,
      sym__newline,
      sym_line_number,
      anon_sym_COLON,
      sym__asm_comment,
    STATE(174), 8,
      sym__asm_statement,
      sym_asm_label,
      sym_opt_directive,
      sym_data,
      sym_align,
      sym_instruction,
      sym_swi,
      aux_sym_assembler_block_repeat1,
    ACTIONS(654), 10,
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
  [10386] = 2,
    ACTIONS(374), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(372), 22,
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
  [10420] = 14,
    ACTIONS(730), 1,
      anon_sym_ELSE,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(740), 1,
      sym_builtin_variable,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    STATE(185), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(726), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(744), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(728), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(732), 4,
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
  [10478] = 14,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(740), 1,
      sym_builtin_variable,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(752), 1,
      anon_sym_ELSE,
    STATE(175), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(744), 2,
      sym_number,
      sym_string,
    ACTIONS(748), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(750), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(128), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10536] = 13,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(764), 1,
      sym_builtin_variable,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    STATE(188), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(726), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(754), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(756), 4,
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
  [10591] = 13,
    ACTIONS(781), 1,
      anon_sym_LPAREN2,
    ACTIONS(784), 1,
      sym_builtin_function,
    ACTIONS(787), 1,
      sym_builtin_variable,
    ACTIONS(790), 1,
      sym_fn_name,
    ACTIONS(796), 1,
      sym_identifier,
    STATE(187), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(668), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(778), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(793), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(772), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    ACTIONS(775), 4,
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
  [10646] = 13,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(764), 1,
      sym_builtin_variable,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    STATE(187), 1,
      aux_sym_print_statement_repeat1,
    ACTIONS(748), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(768), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(799), 4,
      anon_sym_COMMA,
      anon_sym_SEMI,
      anon_sym_SQUOTE,
      anon_sym_TILDE,
    STATE(133), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [10701] = 7,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(803), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(811), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 11,
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
  [10743] = 2,
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
  [10775] = 5,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(809), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(811), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 5,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 17,
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
  [10813] = 2,
    ACTIONS(354), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(352), 20,
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
  [10845] = 2,
    ACTIONS(350), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(348), 20,
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
  [10877] = 2,
    ACTIONS(358), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(356), 20,
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
  [10909] = 2,
    ACTIONS(362), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(360), 20,
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
  [10941] = 6,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(803), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(811), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 17,
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
  [10981] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(803), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(811), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(344), 10,
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
  [11025] = 3,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(346), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(344), 19,
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
  [11059] = 9,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(640), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(650), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(638), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(368), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [11105] = 2,
    ACTIONS(386), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(384), 20,
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
  [11137] = 9,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(640), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(648), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(650), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(638), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
    ACTIONS(384), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [11183] = 2,
    ACTIONS(370), 7,
      anon_sym_PLUS,
      anon_sym_DASH,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(368), 20,
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
  [11215] = 12,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(829), 1,
      sym_builtin_variable,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(819), 2,
      anon_sym_TO,
      anon_sym_ELSE,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(833), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(817), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(821), 4,
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
  [11266] = 14,
    ACTIONS(837), 1,
      anon_sym_RBRACK,
    ACTIONS(839), 1,
      sym_register,
    ACTIONS(843), 1,
      anon_sym_POUND,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(851), 1,
      sym_builtin_variable,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(855), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(610), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(841), 4,
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
  [11321] = 14,
    ACTIONS(843), 1,
      anon_sym_POUND,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(851), 1,
      sym_builtin_variable,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(859), 1,
      anon_sym_RBRACK,
    ACTIONS(861), 1,
      sym_register,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(855), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    STATE(612), 2,
      sym_immediate,
      sym__shift_amount,
    ACTIONS(841), 4,
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
  [11376] = 11,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(865), 1,
      anon_sym_TO,
    ACTIONS(867), 1,
      anon_sym_COMMA,
    STATE(487), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(863), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11424] = 12,
    ACTIONS(819), 1,
      anon_sym_TO,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(829), 1,
      sym_builtin_variable,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(833), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(817), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
    ACTIONS(821), 4,
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
  [11474] = 5,
    ACTIONS(871), 1,
      anon_sym_LPAREN,
    STATE(256), 1,
      sym_argument_list,
    ACTIONS(873), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 16,
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
  [11509] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(875), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11550] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(368), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11591] = 11,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(877), 1,
      anon_sym_TO,
    ACTIONS(879), 1,
      anon_sym_COMMA,
    STATE(511), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(863), 2,
      sym__newline,
      anon_sym_COLON,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11638] = 13,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(881), 1,
      anon_sym_LOCAL,
    ACTIONS(883), 1,
      anon_sym_LPAREN2,
    ACTIONS(885), 1,
      sym_builtin_variable,
    STATE(154), 1,
      sym_argument_list,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(887), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [11689] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(384), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11730] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(889), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11770] = 12,
    ACTIONS(566), 1,
      anon_sym_LPAREN,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(891), 1,
      anon_sym_LPAREN2,
    ACTIONS(893), 1,
      sym_builtin_variable,
    STATE(115), 1,
      sym_argument_list,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(895), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [11818] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(897), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11858] = 9,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(803), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(811), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(384), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(801), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11900] = 9,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(903), 1,
      anon_sym_STEP,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(901), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11942] = 9,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(803), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(809), 2,
      anon_sym_STAR,
      anon_sym_SLASH,
    ACTIONS(811), 2,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(368), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
    ACTIONS(801), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [11984] = 12,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(883), 1,
      anon_sym_LPAREN2,
    ACTIONS(905), 1,
      sym_builtin_variable,
    STATE(166), 1,
      sym_argument_list,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(907), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [12032] = 12,
    ACTIONS(336), 1,
      anon_sym_LPAREN,
    ACTIONS(913), 1,
      anon_sym_LPAREN2,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(917), 1,
      sym_builtin_variable,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    STATE(37), 1,
      sym_argument_list,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(921), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(33), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [12080] = 5,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    STATE(173), 1,
      sym_argument_list,
    ACTIONS(925), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 16,
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
  [12114] = 12,
    ACTIONS(572), 1,
      anon_sym_LPAREN,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(927), 1,
      anon_sym_LPAREN2,
    ACTIONS(929), 1,
      sym_builtin_variable,
    STATE(137), 1,
      sym_argument_list,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(931), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [12162] = 12,
    ACTIONS(933), 1,
      anon_sym_LPAREN,
    ACTIONS(939), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(943), 1,
      sym_builtin_variable,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    STATE(431), 1,
      sym_argument_list,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(947), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [12210] = 12,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(951), 1,
      anon_sym_LPAREN2,
    ACTIONS(953), 1,
      sym_builtin_variable,
    STATE(194), 1,
      sym_argument_list,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(955), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [12258] = 12,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    ACTIONS(939), 1,
      anon_sym_LPAREN2,
    ACTIONS(943), 1,
      sym_builtin_variable,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    STATE(431), 1,
      sym_argument_list,
    ACTIONS(947), 2,
      sym_number,
      sym_string,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [12306] = 12,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    ACTIONS(967), 1,
      anon_sym_LPAREN2,
    ACTIONS(969), 1,
      sym_builtin_variable,
    STATE(92), 1,
      sym_argument_list,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(971), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [12354] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(973), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12393] = 3,
    ACTIONS(977), 1,
      anon_sym_COMMA,
    STATE(229), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(975), 20,
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
  [12422] = 3,
    ACTIONS(982), 1,
      anon_sym_COMMA,
    STATE(229), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(980), 20,
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
  [12451] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(984), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12490] = 3,
    ACTIONS(542), 1,
      anon_sym_COMMA,
    STATE(269), 1,
      aux_sym_data_repeat1,
    ACTIONS(986), 20,
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
  [12519] = 2,
    ACTIONS(990), 1,
      anon_sym_CARET,
    ACTIONS(988), 21,
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
  [12546] = 2,
    ACTIONS(994), 1,
      anon_sym_BANG,
    ACTIONS(992), 21,
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
  [12573] = 4,
    ACTIONS(933), 1,
      anon_sym_LPAREN,
    STATE(434), 1,
      sym_argument_list,
    ACTIONS(342), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(340), 16,
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
  [12604] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(996), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [12643] = 2,
    ACTIONS(1000), 1,
      anon_sym_BANG,
    ACTIONS(998), 21,
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
  [12670] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1002), 1,
      anon_sym_RPAREN,
    ACTIONS(1004), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1006), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [12715] = 3,
    ACTIONS(873), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 16,
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
  [12744] = 2,
    ACTIONS(1010), 1,
      anon_sym_CARET,
    ACTIONS(1008), 21,
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
  [12771] = 2,
    ACTIONS(382), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(380), 18,
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
  [12798] = 2,
    ACTIONS(1014), 1,
      anon_sym_BANG,
    ACTIONS(1012), 21,
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
  [12825] = 3,
    ACTIONS(982), 1,
      anon_sym_COMMA,
    STATE(229), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1016), 20,
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
  [12854] = 2,
    ACTIONS(1020), 1,
      anon_sym_BANG,
    ACTIONS(1018), 21,
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
  [12881] = 2,
    ACTIONS(1024), 1,
      anon_sym_BANG,
    ACTIONS(1022), 21,
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
  [12908] = 2,
    ACTIONS(390), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(388), 18,
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
  [12935] = 2,
    ACTIONS(1028), 1,
      anon_sym_BANG,
    ACTIONS(1026), 21,
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
  [12962] = 2,
    ACTIONS(366), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(364), 18,
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
  [12989] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1030), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13028] = 3,
    ACTIONS(982), 1,
      anon_sym_COMMA,
    STATE(243), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1032), 20,
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
  [13057] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1034), 1,
      anon_sym_ERROR,
    ACTIONS(1036), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1038), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [13102] = 3,
    ACTIONS(1040), 1,
      anon_sym_COMMA,
    ACTIONS(1043), 1,
      anon_sym_BANG,
    ACTIONS(564), 20,
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
  [13131] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1036), 1,
      sym_builtin_variable,
    ACTIONS(1045), 1,
      anon_sym_ERROR,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1038), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [13176] = 3,
    ACTIONS(982), 1,
      anon_sym_COMMA,
    STATE(230), 1,
      aux_sym_instruction_repeat2,
    ACTIONS(1047), 20,
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
  [13205] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1049), 1,
      anon_sym_RPAREN,
    ACTIONS(1051), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1053), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [13250] = 2,
    ACTIONS(378), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(376), 18,
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
  [13277] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1057), 1,
      anon_sym_RPAREN,
    STATE(584), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13320] = 3,
    ACTIONS(513), 1,
      anon_sym_LPAREN,
    STATE(74), 1,
      sym_argument_list,
    ACTIONS(1061), 20,
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
  [13349] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1063), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13388] = 2,
    ACTIONS(374), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(372), 18,
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
  [13415] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1065), 1,
      anon_sym_RPAREN,
    ACTIONS(1067), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1069), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [13460] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1071), 1,
      anon_sym_RPAREN,
    STATE(542), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13503] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1073), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13542] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1075), 1,
      anon_sym_RPAREN,
    ACTIONS(1077), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1079), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [13587] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1081), 1,
      anon_sym_RPAREN,
    STATE(550), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13630] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1083), 1,
      anon_sym_RPAREN,
    STATE(576), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13673] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1085), 1,
      anon_sym_RPAREN,
    ACTIONS(1087), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1089), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [13718] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1091), 1,
      anon_sym_RPAREN,
    STATE(556), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13761] = 3,
    ACTIONS(1095), 1,
      anon_sym_COMMA,
    STATE(269), 1,
      aux_sym_data_repeat1,
    ACTIONS(1093), 20,
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
  [13790] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1098), 1,
      anon_sym_RPAREN,
    ACTIONS(1100), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1102), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [13835] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1104), 1,
      anon_sym_RPAREN,
    STATE(561), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13878] = 3,
    ACTIONS(1108), 1,
      anon_sym_COMMA,
    ACTIONS(1110), 1,
      anon_sym_BANG,
    ACTIONS(1106), 20,
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
  [13907] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1112), 1,
      anon_sym_RPAREN,
    ACTIONS(1114), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1116), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [13952] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1118), 1,
      anon_sym_RPAREN,
    STATE(565), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [13995] = 2,
    ACTIONS(1122), 1,
      anon_sym_CARET,
    ACTIONS(1120), 21,
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
  [14022] = 11,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1124), 1,
      anon_sym_RPAREN,
    ACTIONS(1126), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1128), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14067] = 10,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1130), 1,
      anon_sym_RPAREN,
    STATE(571), 1,
      aux_sym_argument_list_repeat1,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14110] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1132), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14149] = 8,
    ACTIONS(642), 1,
      anon_sym_CARET,
    ACTIONS(644), 1,
      anon_sym_AND,
    ACTIONS(815), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(869), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(646), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1134), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(650), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(638), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [14188] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1138), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1140), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [14230] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1142), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1144), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [14272] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1146), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1148), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14314] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1150), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1152), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14356] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1154), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1156), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14398] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1158), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1160), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14440] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1162), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1164), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14482] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1166), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1168), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [14524] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1170), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1172), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(310), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14566] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1174), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1176), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [14608] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1178), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1180), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [14650] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1182), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1184), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [14692] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1186), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1188), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [14734] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1190), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1192), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(107), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [14776] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1194), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1196), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [14818] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1198), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1200), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [14860] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1202), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1204), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [14902] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1206), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1208), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [14944] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1210), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1212), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [14986] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1214), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1216), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [15028] = 1,
    ACTIONS(1218), 21,
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
  [15052] = 1,
    ACTIONS(1220), 21,
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
  [15076] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1222), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1224), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [15118] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1226), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1228), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [15160] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1230), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1232), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15202] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1234), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1236), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [15244] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1238), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1240), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
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
  [15286] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1242), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1244), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [15328] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1246), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1248), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(103), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15370] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1250), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1252), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(140), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15412] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1254), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [15450] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1256), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1258), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(278), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15492] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1260), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1262), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(141), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15534] = 1,
    ACTIONS(1264), 21,
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
  [15558] = 1,
    ACTIONS(1266), 21,
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
  [15582] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1268), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1270), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [15624] = 1,
    ACTIONS(1272), 21,
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
  [15648] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1274), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1276), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [15690] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1278), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1280), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [15732] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1282), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1284), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [15774] = 2,
    ACTIONS(1288), 1,
      anon_sym_COMMA,
    ACTIONS(1286), 20,
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
  [15800] = 1,
    ACTIONS(1286), 21,
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
  [15824] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1290), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1292), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [15866] = 1,
    ACTIONS(1294), 21,
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
  [15890] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1296), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1298), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [15932] = 1,
    ACTIONS(1300), 21,
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
  [15956] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1302), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1304), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(117), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [15998] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1306), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1308), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [16040] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1310), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1312), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [16082] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1314), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1316), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [16124] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1318), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1320), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [16166] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1322), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1324), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [16208] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1326), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1328), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [16250] = 2,
    ACTIONS(1332), 1,
      anon_sym_COMMA,
    ACTIONS(1330), 20,
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
  [16276] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1334), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1336), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [16318] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1338), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1340), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [16360] = 1,
    ACTIONS(1342), 21,
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
  [16384] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1344), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1346), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [16426] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1348), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1350), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [16468] = 1,
    ACTIONS(1352), 21,
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
  [16492] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1354), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1356), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [16534] = 1,
    ACTIONS(1358), 21,
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
  [16558] = 1,
    ACTIONS(1360), 21,
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
  [16582] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1362), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1364), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [16624] = 1,
    ACTIONS(1366), 21,
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
  [16648] = 1,
    ACTIONS(1368), 21,
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
  [16672] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(384), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16710] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(368), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [16748] = 1,
    ACTIONS(1370), 21,
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
  [16772] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1372), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1374), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(32), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [16814] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1376), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1378), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [16856] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1380), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1382), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [16898] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1384), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1386), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [16940] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1388), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1390), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [16982] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1392), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1394), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17024] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1396), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1398), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17066] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1400), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1402), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17108] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1404), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1406), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(433), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [17150] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1408), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1410), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17192] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1412), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1414), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [17234] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1416), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1418), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17276] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1420), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1422), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17318] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1424), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1426), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17360] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1408), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1410), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17402] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1428), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1430), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17444] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1432), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1434), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17486] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1436), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1438), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17528] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1440), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1442), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17570] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1444), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1446), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [17612] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1448), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1450), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [17654] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1452), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1454), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17696] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1456), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1458), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [17738] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1460), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1462), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [17780] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1464), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1466), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [17822] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1468), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1470), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [17864] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1472), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1474), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [17906] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1476), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1478), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [17948] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1480), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1482), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [17990] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1484), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1486), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
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
  [18032] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1488), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1490), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [18074] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1492), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1494), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [18116] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1496), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1498), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
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
  [18158] = 10,
    ACTIONS(760), 1,
      anon_sym_LPAREN2,
    ACTIONS(762), 1,
      sym_builtin_function,
    ACTIONS(766), 1,
      sym_fn_name,
    ACTIONS(770), 1,
      sym_identifier,
    ACTIONS(1500), 1,
      sym_builtin_variable,
    ACTIONS(758), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1502), 2,
      sym_number,
      sym_string,
    STATE(134), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(756), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(150), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18200] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1476), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1478), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [18242] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1504), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1506), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [18284] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1508), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1510), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [18326] = 10,
    ACTIONS(915), 1,
      sym_builtin_function,
    ACTIONS(919), 1,
      sym_fn_name,
    ACTIONS(923), 1,
      sym_identifier,
    ACTIONS(1136), 1,
      anon_sym_LPAREN2,
    ACTIONS(1512), 1,
      sym_builtin_variable,
    ACTIONS(911), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1514), 2,
      sym_number,
      sym_string,
    STATE(35), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(909), 4,
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
  [18368] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(941), 1,
      sym_builtin_function,
    ACTIONS(945), 1,
      sym_fn_name,
    ACTIONS(949), 1,
      sym_identifier,
    ACTIONS(1516), 1,
      sym_builtin_variable,
    ACTIONS(937), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1518), 2,
      sym_number,
      sym_string,
    STATE(239), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(935), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(419), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18410] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1520), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1522), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
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
  [18452] = 1,
    ACTIONS(1524), 21,
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
  [18476] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1496), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1498), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
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
  [18518] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1526), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1528), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [18560] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1530), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1532), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [18602] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1534), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1536), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [18644] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1538), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1540), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [18686] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1542), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1544), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [18728] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1546), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1548), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(208), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(102), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18770] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1550), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1552), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [18812] = 10,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(961), 1,
      sym_builtin_function,
    ACTIONS(963), 1,
      sym_fn_name,
    ACTIONS(965), 1,
      sym_identifier,
    ACTIONS(1516), 1,
      sym_builtin_variable,
    ACTIONS(959), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1518), 2,
      sym_number,
      sym_string,
    STATE(408), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(957), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(419), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18854] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1554), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1556), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(347), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [18896] = 10,
    ACTIONS(216), 1,
      anon_sym_LPAREN2,
    ACTIONS(218), 1,
      sym_builtin_function,
    ACTIONS(222), 1,
      sym_fn_name,
    ACTIONS(400), 1,
      sym_identifier,
    ACTIONS(1558), 1,
      sym_builtin_variable,
    ACTIONS(212), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1560), 2,
      sym_number,
      sym_string,
    STATE(73), 2,
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
  [18938] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1562), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1564), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [18980] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1566), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1568), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    STATE(346), 6,
      sym__expression,
      sym_unary_expression,
      sym_indirection,
      sym_binary_expression,
      sym_fn_call,
      sym_builtin_call,
  [19022] = 10,
    ACTIONS(736), 1,
      anon_sym_LPAREN2,
    ACTIONS(738), 1,
      sym_builtin_function,
    ACTIONS(742), 1,
      sym_fn_name,
    ACTIONS(746), 1,
      sym_identifier,
    ACTIONS(1570), 1,
      sym_builtin_variable,
    ACTIONS(734), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1572), 2,
      sym_number,
      sym_string,
    STATE(111), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(732), 4,
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
  [19064] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1574), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1576), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [19106] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1578), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1580), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [19148] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1582), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1584), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [19190] = 4,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    STATE(434), 1,
      sym_argument_list,
    ACTIONS(342), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(340), 16,
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
  [19220] = 3,
    ACTIONS(925), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(334), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(332), 16,
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
  [19248] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1586), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1588), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [19290] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1590), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1592), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [19332] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1594), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1596), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [19374] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1598), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1600), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [19416] = 10,
    ACTIONS(847), 1,
      anon_sym_LPAREN2,
    ACTIONS(849), 1,
      sym_builtin_function,
    ACTIONS(853), 1,
      sym_fn_name,
    ACTIONS(857), 1,
      sym_identifier,
    ACTIONS(1602), 1,
      sym_builtin_variable,
    ACTIONS(845), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1604), 2,
      sym_number,
      sym_string,
    STATE(181), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(841), 4,
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
  [19458] = 10,
    ACTIONS(825), 1,
      anon_sym_LPAREN2,
    ACTIONS(827), 1,
      sym_builtin_function,
    ACTIONS(831), 1,
      sym_fn_name,
    ACTIONS(835), 1,
      sym_identifier,
    ACTIONS(1606), 1,
      sym_builtin_variable,
    ACTIONS(823), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1608), 2,
      sym_number,
      sym_string,
    STATE(158), 2,
      sym_parenthesized_expression,
      sym_array_element,
    ACTIONS(821), 4,
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
  [19500] = 8,
    ACTIONS(1612), 1,
      sym_rest_of_statement,
    ACTIONS(1616), 1,
      anon_sym_CARET,
    ACTIONS(1620), 1,
      anon_sym_AND,
    ACTIONS(1614), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1618), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1622), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1624), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1610), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19537] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1626), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19574] = 1,
    ACTIONS(1628), 20,
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
  [19597] = 2,
    ACTIONS(366), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(364), 16,
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
  [19622] = 2,
    ACTIONS(386), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(384), 16,
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
  [19647] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1630), 1,
      anon_sym_TO,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19684] = 2,
    ACTIONS(354), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(352), 16,
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
  [19709] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1632), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19746] = 5,
    ACTIONS(1616), 1,
      anon_sym_CARET,
    ACTIONS(1614), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(346), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1624), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19777] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1634), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19814] = 4,
    ACTIONS(1616), 1,
      anon_sym_CARET,
    ACTIONS(346), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1624), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 11,
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
  [19843] = 8,
    ACTIONS(556), 1,
      anon_sym_RBRACK,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19880] = 2,
    ACTIONS(350), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(348), 16,
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
  [19905] = 2,
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
  [19930] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1636), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [19967] = 8,
    ACTIONS(346), 1,
      sym_rest_of_statement,
    ACTIONS(1616), 1,
      anon_sym_CARET,
    ACTIONS(1620), 1,
      anon_sym_AND,
    ACTIONS(344), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1614), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1622), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1624), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1610), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20004] = 2,
    ACTIONS(358), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(356), 16,
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
  [20029] = 7,
    ACTIONS(346), 1,
      sym_rest_of_statement,
    ACTIONS(1616), 1,
      anon_sym_CARET,
    ACTIONS(1614), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(344), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1622), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1624), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1610), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20064] = 8,
    ACTIONS(560), 1,
      anon_sym_RBRACK,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20101] = 2,
    ACTIONS(362), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(360), 16,
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
  [20126] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1638), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20163] = 3,
    ACTIONS(1616), 1,
      anon_sym_CARET,
    ACTIONS(346), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 15,
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
  [20190] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1640), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20227] = 2,
    ACTIONS(370), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(368), 16,
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
  [20252] = 1,
    ACTIONS(1061), 20,
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
  [20275] = 8,
    ACTIONS(805), 1,
      anon_sym_CARET,
    ACTIONS(813), 1,
      anon_sym_AND,
    ACTIONS(1642), 1,
      anon_sym_RPAREN,
    ACTIONS(899), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1059), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(807), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(811), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(801), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20312] = 2,
    ACTIONS(382), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(380), 16,
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
  [20337] = 2,
    ACTIONS(390), 4,
      sym_rest_of_statement,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(388), 16,
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
  [20362] = 3,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(344), 15,
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
  [20388] = 8,
    ACTIONS(384), 1,
      anon_sym_EQ,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(1650), 1,
      anon_sym_AND,
    ACTIONS(1646), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1648), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1654), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1652), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20424] = 8,
    ACTIONS(368), 1,
      anon_sym_EQ,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(1650), 1,
      anon_sym_AND,
    ACTIONS(1646), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1648), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1654), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1652), 5,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20460] = 5,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(1646), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 9,
      anon_sym_EQ,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20490] = 4,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(346), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(344), 11,
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
  [20518] = 7,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(1650), 1,
      anon_sym_AND,
    ACTIONS(344), 2,
      anon_sym_OR,
      anon_sym_EOR,
    ACTIONS(1646), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(1654), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1652), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20552] = 6,
    ACTIONS(1644), 1,
      anon_sym_CARET,
    ACTIONS(1646), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
    ACTIONS(344), 3,
      anon_sym_OR,
      anon_sym_EOR,
      anon_sym_AND,
    ACTIONS(1654), 3,
      anon_sym_LT,
      anon_sym_GT,
      anon_sym_GT_GT,
    ACTIONS(1656), 4,
      anon_sym_STAR,
      anon_sym_SLASH,
      anon_sym_MOD,
      anon_sym_DIV,
    ACTIONS(1652), 6,
      anon_sym_EQ,
      anon_sym_LT_GT,
      anon_sym_LT_EQ,
      anon_sym_GT_EQ,
      anon_sym_LT_LT,
      anon_sym_GT_GT_GT,
  [20584] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1662), 1,
      anon_sym_ELSE,
    ACTIONS(1664), 1,
      anon_sym_SEMI,
    ACTIONS(1668), 1,
      sym_builtin_variable,
    ACTIONS(1670), 1,
      sym_identifier,
    STATE(479), 1,
      sym_array_element,
    STATE(486), 1,
      aux_sym_sys_call_repeat2,
    STATE(587), 1,
      sym_parenthesized_expression,
    ACTIONS(1658), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(485), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20626] = 12,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1674), 1,
      anon_sym_ELSE,
    ACTIONS(1676), 1,
      anon_sym_SEMI,
    ACTIONS(1678), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(491), 1,
      aux_sym_sys_call_repeat2,
    STATE(587), 1,
      sym_parenthesized_expression,
    ACTIONS(1672), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(482), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20668] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1676), 1,
      anon_sym_SEMI,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1682), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(504), 1,
      aux_sym_sys_call_repeat2,
    STATE(587), 1,
      sym_parenthesized_expression,
    ACTIONS(1672), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(515), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20707] = 11,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1664), 1,
      anon_sym_SEMI,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1684), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(503), 1,
      aux_sym_sys_call_repeat2,
    STATE(587), 1,
      sym_parenthesized_expression,
    ACTIONS(1658), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(513), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20746] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1688), 1,
      anon_sym_ELSE,
    ACTIONS(1690), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(508), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1686), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20781] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1690), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(508), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
    ACTIONS(1686), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_SEMI,
  [20813] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1694), 1,
      anon_sym_ELSE,
    ACTIONS(1696), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    ACTIONS(1692), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20846] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1698), 1,
      anon_sym_RETURN,
    ACTIONS(1702), 1,
      sym_builtin_variable,
    ACTIONS(1704), 1,
      sym_identifier,
    STATE(528), 1,
      sym_array_element,
    STATE(590), 1,
      sym_parameter,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(604), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1700), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20878] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1696), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    ACTIONS(1692), 2,
      sym__newline,
      anon_sym_COLON,
    STATE(510), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20908] = 9,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1698), 1,
      anon_sym_RETURN,
    ACTIONS(1702), 1,
      sym_builtin_variable,
    ACTIONS(1704), 1,
      sym_identifier,
    STATE(528), 1,
      sym_array_element,
    STATE(577), 1,
      sym_parameter,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(604), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1700), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20940] = 4,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    STATE(154), 1,
      sym_argument_list,
    ACTIONS(1708), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1706), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [20962] = 8,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(296), 1,
      anon_sym_ERROR,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1710), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(495), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [20991] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1712), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(562), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21017] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1716), 1,
      sym_builtin_variable,
    ACTIONS(1718), 1,
      sym_identifier,
    STATE(579), 1,
      sym_array_element,
    STATE(596), 1,
      sym_parenthesized_expression,
    STATE(613), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1714), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21043] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(55), 1,
      sym_identifier,
    ACTIONS(1720), 1,
      sym_builtin_variable,
    STATE(481), 1,
      sym_array_element,
    STATE(589), 1,
      sym_parenthesized_expression,
    STATE(493), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(47), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21069] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1722), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(548), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21095] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1724), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(543), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21121] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1726), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(560), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21147] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1728), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(545), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21173] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1730), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(563), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21199] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1732), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(516), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21225] = 2,
    ACTIONS(1708), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1706), 9,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21241] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1734), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(570), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21267] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1670), 1,
      sym_identifier,
    ACTIONS(1736), 1,
      sym_builtin_variable,
    STATE(479), 1,
      sym_array_element,
    STATE(587), 1,
      sym_parenthesized_expression,
    STATE(546), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1666), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21293] = 7,
    ACTIONS(49), 1,
      anon_sym_LPAREN2,
    ACTIONS(1704), 1,
      sym_identifier,
    ACTIONS(1738), 1,
      sym_builtin_variable,
    STATE(528), 1,
      sym_array_element,
    STATE(598), 1,
      sym_parenthesized_expression,
    STATE(592), 2,
      sym__lvalue,
      sym_indirection,
    ACTIONS(1700), 4,
      anon_sym_BANG,
      anon_sym_QMARK,
      anon_sym_DOLLAR,
      anon_sym_PIPE,
  [21319] = 4,
    ACTIONS(1744), 1,
      anon_sym_COMMA,
    STATE(507), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1740), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
    ACTIONS(1742), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21338] = 4,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    STATE(173), 1,
      sym_argument_list,
    ACTIONS(1746), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1706), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21356] = 4,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    STATE(154), 1,
      sym_argument_list,
    ACTIONS(1748), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1706), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21374] = 5,
    ACTIONS(843), 1,
      anon_sym_POUND,
    STATE(588), 1,
      sym__base_register,
    STATE(609), 1,
      sym_immediate,
    ACTIONS(1750), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1752), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [21392] = 2,
    ACTIONS(1748), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1706), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21404] = 5,
    ACTIONS(210), 1,
      anon_sym_POUND,
    STATE(320), 1,
      sym__base_register,
    STATE(321), 1,
      sym_immediate,
    ACTIONS(1754), 2,
      sym_register,
      sym_identifier,
    ACTIONS(1756), 2,
      anon_sym_PLUS,
      anon_sym_DASH,
  [21422] = 2,
    ACTIONS(1746), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
    ACTIONS(1706), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21434] = 4,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1760), 1,
      anon_sym_SEMI,
    STATE(492), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1758), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21449] = 4,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    STATE(173), 1,
      sym_argument_list,
    ACTIONS(1706), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1762), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21464] = 4,
    ACTIONS(1766), 1,
      anon_sym_EQ,
    ACTIONS(1768), 1,
      anon_sym_LPAREN,
    STATE(527), 1,
      sym_parameter_list,
    ACTIONS(1764), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21479] = 4,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1772), 1,
      anon_sym_SEMI,
    STATE(489), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1770), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21494] = 4,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1776), 1,
      anon_sym_SEMI,
    STATE(490), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1774), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21509] = 4,
    ACTIONS(867), 1,
      anon_sym_COMMA,
    ACTIONS(1780), 1,
      anon_sym_TO,
    STATE(488), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1778), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21524] = 3,
    ACTIONS(1784), 1,
      anon_sym_COMMA,
    STATE(488), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1782), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
      anon_sym_ELSE,
  [21537] = 4,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1789), 1,
      anon_sym_SEMI,
    STATE(490), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1787), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21552] = 3,
    ACTIONS(1793), 1,
      anon_sym_COMMA,
    STATE(490), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1791), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21565] = 4,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1798), 1,
      anon_sym_SEMI,
    STATE(490), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1796), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21580] = 4,
    ACTIONS(1660), 1,
      anon_sym_COMMA,
    ACTIONS(1802), 1,
      anon_sym_SEMI,
    STATE(490), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1800), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21595] = 1,
    ACTIONS(1804), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21603] = 3,
    ACTIONS(630), 1,
      anon_sym_LPAREN,
    STATE(585), 1,
      sym_argument_list,
    ACTIONS(1806), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21615] = 3,
    ACTIONS(1744), 1,
      anon_sym_COMMA,
    STATE(507), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1740), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21627] = 3,
    ACTIONS(1810), 1,
      anon_sym_COMMA,
    STATE(506), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1808), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21639] = 3,
    ACTIONS(1768), 1,
      anon_sym_LPAREN,
    STATE(574), 1,
      sym_parameter_list,
    ACTIONS(1812), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21651] = 4,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1802), 1,
      anon_sym_SEMI,
    STATE(502), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1800), 2,
      sym__newline,
      anon_sym_COLON,
  [21665] = 4,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1789), 1,
      anon_sym_SEMI,
    STATE(502), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1787), 2,
      sym__newline,
      anon_sym_COLON,
  [21679] = 3,
    ACTIONS(1814), 1,
      anon_sym_COMMA,
    STATE(500), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1782), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_TO,
  [21691] = 1,
    ACTIONS(1742), 5,
      anon_sym_EQ,
      anon_sym_PLUS_EQ,
      anon_sym_DASH_EQ,
      anon_sym_STAR_EQ,
      anon_sym_SLASH_EQ,
  [21699] = 3,
    ACTIONS(1817), 1,
      anon_sym_COMMA,
    STATE(502), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1791), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_SEMI,
  [21711] = 4,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1776), 1,
      anon_sym_SEMI,
    STATE(502), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1774), 2,
      sym__newline,
      anon_sym_COLON,
  [21725] = 4,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1798), 1,
      anon_sym_SEMI,
    STATE(502), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1796), 2,
      sym__newline,
      anon_sym_COLON,
  [21739] = 3,
    ACTIONS(1744), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1820), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21751] = 3,
    ACTIONS(1810), 1,
      anon_sym_COMMA,
    STATE(514), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1822), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21763] = 3,
    ACTIONS(1744), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1824), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21775] = 1,
    ACTIONS(1826), 5,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
      anon_sym_SEMI,
  [21783] = 4,
    ACTIONS(634), 1,
      anon_sym_LPAREN,
    ACTIONS(1706), 1,
      anon_sym_EQ,
    STATE(173), 1,
      sym_argument_list,
    ACTIONS(1828), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21797] = 3,
    ACTIONS(1744), 1,
      anon_sym_COMMA,
    STATE(505), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1830), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21809] = 4,
    ACTIONS(879), 1,
      anon_sym_COMMA,
    ACTIONS(1832), 1,
      anon_sym_TO,
    STATE(500), 1,
      aux_sym_sys_call_repeat1,
    ACTIONS(1778), 2,
      sym__newline,
      anon_sym_COLON,
  [21823] = 3,
    ACTIONS(1836), 1,
      anon_sym_COMMA,
    STATE(512), 1,
      aux_sym_next_statement_repeat1,
    ACTIONS(1834), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21835] = 4,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1772), 1,
      anon_sym_SEMI,
    STATE(499), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1770), 2,
      sym__newline,
      anon_sym_COLON,
  [21849] = 3,
    ACTIONS(1841), 1,
      anon_sym_COMMA,
    STATE(514), 1,
      aux_sym_dim_statement_repeat1,
    ACTIONS(1839), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21861] = 4,
    ACTIONS(1680), 1,
      anon_sym_COMMA,
    ACTIONS(1760), 1,
      anon_sym_SEMI,
    STATE(498), 1,
      aux_sym_sys_call_repeat2,
    ACTIONS(1758), 2,
      sym__newline,
      anon_sym_COLON,
  [21875] = 1,
    ACTIONS(1844), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21882] = 1,
    ACTIONS(1839), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21889] = 1,
    ACTIONS(1846), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_COMMA,
      anon_sym_ELSE,
  [21896] = 3,
    ACTIONS(1848), 1,
      anon_sym_COLON,
    STATE(523), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1850), 2,
      sym__newline,
      anon_sym_ELSE,
  [21907] = 1,
    ACTIONS(1852), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [21914] = 3,
    ACTIONS(1856), 1,
      anon_sym_RBRACE,
    STATE(581), 1,
      sym_register_range,
    ACTIONS(1854), 2,
      sym_register,
      sym_identifier,
  [21925] = 1,
    ACTIONS(1858), 4,
      sym__newline,
      anon_sym_COLON,
      anon_sym_EQ,
      anon_sym_ELSE,
  [21932] = 3,
    ACTIONS(1860), 1,
      anon_sym_COLON,
    STATE(523), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1863), 2,
      sym__newline,
      anon_sym_ELSE,
  [21943] = 2,
    ACTIONS(1867), 1,
      sym_rest_of_statement,
    ACTIONS(1865), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21952] = 4,
    ACTIONS(1869), 1,
      anon_sym_COMMA,
    ACTIONS(1871), 1,
      anon_sym_DASH,
    ACTIONS(1873), 1,
      anon_sym_RBRACE,
    STATE(531), 1,
      aux_sym_register_list_repeat1,
  [21965] = 3,
    ACTIONS(1848), 1,
      anon_sym_COLON,
    STATE(519), 1,
      aux_sym__inline_statements_repeat1,
    ACTIONS(1875), 2,
      sym__newline,
      anon_sym_ELSE,
  [21976] = 2,
    ACTIONS(1879), 1,
      anon_sym_EQ,
    ACTIONS(1877), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [21985] = 2,
    ACTIONS(1706), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
    ACTIONS(1762), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [21994] = 3,
    ACTIONS(1881), 1,
      anon_sym_COLON,
    ACTIONS(1884), 1,
      sym__newline,
    STATE(529), 1,
      aux_sym__statements_repeat1,
  [22004] = 1,
    ACTIONS(1886), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22010] = 3,
    ACTIONS(1869), 1,
      anon_sym_COMMA,
    ACTIONS(1888), 1,
      anon_sym_RBRACE,
    STATE(558), 1,
      aux_sym_register_list_repeat1,
  [22020] = 2,
    STATE(594), 1,
      sym__base_register,
    ACTIONS(1890), 2,
      sym_register,
      sym_identifier,
  [22028] = 3,
    ACTIONS(1892), 1,
      anon_sym_COMMA,
    ACTIONS(1894), 1,
      anon_sym_RPAREN,
    STATE(540), 1,
      aux_sym_parameter_list_repeat1,
  [22038] = 1,
    ACTIONS(1896), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22044] = 1,
    ACTIONS(1898), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22050] = 1,
    ACTIONS(1900), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22056] = 1,
    ACTIONS(1863), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22062] = 3,
    ACTIONS(1902), 1,
      anon_sym_COMMA,
    ACTIONS(1905), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22072] = 2,
    ACTIONS(1909), 1,
      anon_sym_ELSE,
    ACTIONS(1907), 2,
      sym__newline,
      anon_sym_COLON,
  [22080] = 3,
    ACTIONS(1911), 1,
      anon_sym_COMMA,
    ACTIONS(1914), 1,
      anon_sym_RPAREN,
    STATE(540), 1,
      aux_sym_parameter_list_repeat1,
  [22090] = 1,
    ACTIONS(1916), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22096] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1918), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22106] = 1,
    ACTIONS(1920), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22112] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1922), 1,
      sym__newline,
    STATE(529), 1,
      aux_sym__statements_repeat1,
  [22122] = 1,
    ACTIONS(1924), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22128] = 1,
    ACTIONS(1926), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22134] = 2,
    ACTIONS(1930), 1,
      anon_sym_ELSE,
    ACTIONS(1928), 2,
      sym__newline,
      anon_sym_COLON,
  [22142] = 1,
    ACTIONS(1932), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22148] = 2,
    STATE(595), 1,
      sym__base_register,
    ACTIONS(1934), 2,
      sym_register,
      sym_identifier,
  [22156] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1936), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22166] = 3,
    ACTIONS(1850), 1,
      sym__newline,
    ACTIONS(1938), 1,
      anon_sym_COLON,
    STATE(580), 1,
      aux_sym__inline_statements_repeat1,
  [22176] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1940), 1,
      sym__newline,
    STATE(544), 1,
      aux_sym__statements_repeat1,
  [22186] = 1,
    ACTIONS(1942), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22192] = 1,
    ACTIONS(1944), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22198] = 2,
    ACTIONS(1871), 1,
      anon_sym_DASH,
    ACTIONS(1946), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22206] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1948), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22216] = 2,
    STATE(601), 1,
      sym_register_range,
    ACTIONS(1950), 2,
      sym_register,
      sym_identifier,
  [22224] = 3,
    ACTIONS(1946), 1,
      anon_sym_RBRACE,
    ACTIONS(1952), 1,
      anon_sym_COMMA,
    STATE(558), 1,
      aux_sym_register_list_repeat1,
  [22234] = 1,
    ACTIONS(1955), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22240] = 1,
    ACTIONS(1957), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22246] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1959), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22256] = 1,
    ACTIONS(1961), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22262] = 1,
    ACTIONS(1963), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22268] = 2,
    STATE(333), 1,
      sym__base_register,
    ACTIONS(1965), 2,
      sym_register,
      sym_identifier,
  [22276] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1967), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22286] = 1,
    ACTIONS(1969), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22292] = 3,
    ACTIONS(1971), 1,
      sym_identifier,
    STATE(496), 1,
      sym_dim_item,
    STATE(518), 1,
      sym_array_element,
  [22302] = 1,
    ACTIONS(1973), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22308] = 3,
    ACTIONS(1971), 1,
      sym_identifier,
    STATE(517), 1,
      sym_dim_item,
    STATE(518), 1,
      sym_array_element,
  [22318] = 1,
    ACTIONS(1975), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22324] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1977), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22334] = 3,
    ACTIONS(1875), 1,
      sym__newline,
    ACTIONS(1938), 1,
      anon_sym_COLON,
    STATE(551), 1,
      aux_sym__inline_statements_repeat1,
  [22344] = 1,
    ACTIONS(1979), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22350] = 1,
    ACTIONS(1981), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22356] = 3,
    ACTIONS(7), 1,
      anon_sym_COLON,
    ACTIONS(1940), 1,
      sym__newline,
    STATE(529), 1,
      aux_sym__statements_repeat1,
  [22366] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1983), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22376] = 3,
    ACTIONS(1892), 1,
      anon_sym_COMMA,
    ACTIONS(1985), 1,
      anon_sym_RPAREN,
    STATE(533), 1,
      aux_sym_parameter_list_repeat1,
  [22386] = 2,
    ACTIONS(1987), 1,
      sym_rest_of_statement,
    ACTIONS(1865), 2,
      sym__newline,
      anon_sym_COLON,
  [22394] = 2,
    ACTIONS(1706), 1,
      anon_sym_EQ,
    ACTIONS(1828), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22402] = 3,
    ACTIONS(1863), 1,
      sym__newline,
    ACTIONS(1989), 1,
      anon_sym_COLON,
    STATE(580), 1,
      aux_sym__inline_statements_repeat1,
  [22412] = 3,
    ACTIONS(1869), 1,
      anon_sym_COMMA,
    ACTIONS(1873), 1,
      anon_sym_RBRACE,
    STATE(531), 1,
      aux_sym_register_list_repeat1,
  [22422] = 2,
    ACTIONS(1992), 1,
      anon_sym_ELSE,
    ACTIONS(1907), 2,
      sym__newline,
      anon_sym_COLON,
  [22430] = 2,
    ACTIONS(1994), 1,
      anon_sym_ELSE,
    ACTIONS(1928), 2,
      sym__newline,
      anon_sym_COLON,
  [22438] = 3,
    ACTIONS(1055), 1,
      anon_sym_COMMA,
    ACTIONS(1996), 1,
      anon_sym_RPAREN,
    STATE(538), 1,
      aux_sym_argument_list_repeat1,
  [22448] = 1,
    ACTIONS(1998), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22454] = 1,
    ACTIONS(2000), 3,
      sym__newline,
      anon_sym_COLON,
      anon_sym_ELSE,
  [22460] = 1,
    ACTIONS(1748), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22465] = 2,
    ACTIONS(2002), 1,
      anon_sym_COMMA,
    ACTIONS(2004), 1,
      anon_sym_RBRACK,
  [22472] = 1,
    ACTIONS(1746), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22477] = 1,
    ACTIONS(2006), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22482] = 1,
    ACTIONS(1884), 2,
      sym__newline,
      anon_sym_COLON,
  [22487] = 1,
    ACTIONS(2008), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22492] = 2,
    ACTIONS(2010), 1,
      sym_identifier,
    STATE(439), 1,
      sym_array_element,
  [22499] = 2,
    ACTIONS(2012), 1,
      anon_sym_COMMA,
    ACTIONS(2014), 1,
      anon_sym_RBRACK,
  [22506] = 2,
    ACTIONS(2016), 1,
      anon_sym_COMMA,
    ACTIONS(2018), 1,
      anon_sym_RBRACK,
  [22513] = 1,
    ACTIONS(1828), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22518] = 2,
    ACTIONS(2020), 1,
      sym_proc_name,
    ACTIONS(2022), 1,
      sym_fn_name,
  [22525] = 1,
    ACTIONS(1762), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22530] = 1,
    ACTIONS(2024), 2,
      sym_register,
      sym_identifier,
  [22535] = 1,
    ACTIONS(2026), 2,
      sym__newline,
      anon_sym_COLON,
  [22540] = 1,
    ACTIONS(1946), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22545] = 1,
    ACTIONS(1708), 2,
      anon_sym_BANG,
      anon_sym_QMARK,
  [22550] = 1,
    ACTIONS(2028), 2,
      anon_sym_COMMA,
      anon_sym_RBRACE,
  [22555] = 1,
    ACTIONS(2030), 2,
      anon_sym_COMMA,
      anon_sym_RPAREN,
  [22560] = 1,
    ACTIONS(2032), 1,
      sym__newline,
  [22564] = 1,
    ACTIONS(2034), 1,
      anon_sym_BANG,
  [22568] = 1,
    ACTIONS(2036), 1,
      sym_shift_type,
  [22572] = 1,
    ACTIONS(2038), 1,
      sym_shift_type,
  [22576] = 1,
    ACTIONS(2004), 1,
      anon_sym_RBRACK,
  [22580] = 1,
    ACTIONS(2040), 1,
      anon_sym_RBRACK,
  [22584] = 1,
    ACTIONS(2042), 1,
      sym_shift_type,
  [22588] = 1,
    ACTIONS(2044), 1,
      anon_sym_RBRACK,
  [22592] = 1,
    ACTIONS(2046), 1,
      anon_sym_EQ,
  [22596] = 1,
    ACTIONS(2048), 1,
      sym_shift_type,
  [22600] = 1,
    ACTIONS(2050), 1,
      sym_shift_type,
  [22604] = 1,
    ACTIONS(2052), 1,
      ts_builtin_sym_end,
  [22608] = 1,
    ACTIONS(2054), 1,
      sym__newline,
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
  [SMALL_STATE(31)] = 2939,
  [SMALL_STATE(32)] = 3003,
  [SMALL_STATE(33)] = 3067,
  [SMALL_STATE(34)] = 3125,
  [SMALL_STATE(35)] = 3191,
  [SMALL_STATE(36)] = 3251,
  [SMALL_STATE(37)] = 3309,
  [SMALL_STATE(38)] = 3367,
  [SMALL_STATE(39)] = 3425,
  [SMALL_STATE(40)] = 3483,
  [SMALL_STATE(41)] = 3549,
  [SMALL_STATE(42)] = 3607,
  [SMALL_STATE(43)] = 3665,
  [SMALL_STATE(44)] = 3737,
  [SMALL_STATE(45)] = 3807,
  [SMALL_STATE(46)] = 3867,
  [SMALL_STATE(47)] = 3925,
  [SMALL_STATE(48)] = 3983,
  [SMALL_STATE(49)] = 4041,
  [SMALL_STATE(50)] = 4099,
  [SMALL_STATE(51)] = 4157,
  [SMALL_STATE(52)] = 4250,
  [SMALL_STATE(53)] = 4343,
  [SMALL_STATE(54)] = 4413,
  [SMALL_STATE(55)] = 4490,
  [SMALL_STATE(56)] = 4567,
  [SMALL_STATE(57)] = 4644,
  [SMALL_STATE(58)] = 4697,
  [SMALL_STATE(59)] = 4747,
  [SMALL_STATE(60)] = 4797,
  [SMALL_STATE(61)] = 4847,
  [SMALL_STATE(62)] = 4897,
  [SMALL_STATE(63)] = 4947,
  [SMALL_STATE(64)] = 4997,
  [SMALL_STATE(65)] = 5047,
  [SMALL_STATE(66)] = 5097,
  [SMALL_STATE(67)] = 5147,
  [SMALL_STATE(68)] = 5201,
  [SMALL_STATE(69)] = 5255,
  [SMALL_STATE(70)] = 5320,
  [SMALL_STATE(71)] = 5366,
  [SMALL_STATE(72)] = 5412,
  [SMALL_STATE(73)] = 5458,
  [SMALL_STATE(74)] = 5506,
  [SMALL_STATE(75)] = 5552,
  [SMALL_STATE(76)] = 5598,
  [SMALL_STATE(77)] = 5648,
  [SMALL_STATE(78)] = 5693,
  [SMALL_STATE(79)] = 5738,
  [SMALL_STATE(80)] = 5783,
  [SMALL_STATE(81)] = 5844,
  [SMALL_STATE(82)] = 5889,
  [SMALL_STATE(83)] = 5934,
  [SMALL_STATE(84)] = 5979,
  [SMALL_STATE(85)] = 6024,
  [SMALL_STATE(86)] = 6069,
  [SMALL_STATE(87)] = 6125,
  [SMALL_STATE(88)] = 6181,
  [SMALL_STATE(89)] = 6237,
  [SMALL_STATE(90)] = 6293,
  [SMALL_STATE(91)] = 6337,
  [SMALL_STATE(92)] = 6381,
  [SMALL_STATE(93)] = 6425,
  [SMALL_STATE(94)] = 6469,
  [SMALL_STATE(95)] = 6517,
  [SMALL_STATE(96)] = 6571,
  [SMALL_STATE(97)] = 6623,
  [SMALL_STATE(98)] = 6667,
  [SMALL_STATE(99)] = 6723,
  [SMALL_STATE(100)] = 6771,
  [SMALL_STATE(101)] = 6821,
  [SMALL_STATE(102)] = 6865,
  [SMALL_STATE(103)] = 6909,
  [SMALL_STATE(104)] = 6955,
  [SMALL_STATE(105)] = 7005,
  [SMALL_STATE(106)] = 7060,
  [SMALL_STATE(107)] = 7107,
  [SMALL_STATE(108)] = 7162,
  [SMALL_STATE(109)] = 7211,
  [SMALL_STATE(110)] = 7266,
  [SMALL_STATE(111)] = 7308,
  [SMALL_STATE(112)] = 7352,
  [SMALL_STATE(113)] = 7394,
  [SMALL_STATE(114)] = 7436,
  [SMALL_STATE(115)] = 7478,
  [SMALL_STATE(116)] = 7520,
  [SMALL_STATE(117)] = 7562,
  [SMALL_STATE(118)] = 7612,
  [SMALL_STATE(119)] = 7660,
  [SMALL_STATE(120)] = 7702,
  [SMALL_STATE(121)] = 7758,
  [SMALL_STATE(122)] = 7812,
  [SMALL_STATE(123)] = 7854,
  [SMALL_STATE(124)] = 7898,
  [SMALL_STATE(125)] = 7940,
  [SMALL_STATE(126)] = 7982,
  [SMALL_STATE(127)] = 8024,
  [SMALL_STATE(128)] = 8066,
  [SMALL_STATE(129)] = 8124,
  [SMALL_STATE(130)] = 8177,
  [SMALL_STATE(131)] = 8218,
  [SMALL_STATE(132)] = 8259,
  [SMALL_STATE(133)] = 8300,
  [SMALL_STATE(134)] = 8357,
  [SMALL_STATE(135)] = 8400,
  [SMALL_STATE(136)] = 8441,
  [SMALL_STATE(137)] = 8482,
  [SMALL_STATE(138)] = 8523,
  [SMALL_STATE(139)] = 8564,
  [SMALL_STATE(140)] = 8613,
  [SMALL_STATE(141)] = 8660,
  [SMALL_STATE(142)] = 8701,
  [SMALL_STATE(143)] = 8742,
  [SMALL_STATE(144)] = 8797,
  [SMALL_STATE(145)] = 8840,
  [SMALL_STATE(146)] = 8881,
  [SMALL_STATE(147)] = 8922,
  [SMALL_STATE(148)] = 8963,
  [SMALL_STATE(149)] = 9004,
  [SMALL_STATE(150)] = 9045,
  [SMALL_STATE(151)] = 9086,
  [SMALL_STATE(152)] = 9158,
  [SMALL_STATE(153)] = 9203,
  [SMALL_STATE(154)] = 9244,
  [SMALL_STATE(155)] = 9281,
  [SMALL_STATE(156)] = 9318,
  [SMALL_STATE(157)] = 9355,
  [SMALL_STATE(158)] = 9392,
  [SMALL_STATE(159)] = 9431,
  [SMALL_STATE(160)] = 9468,
  [SMALL_STATE(161)] = 9510,
  [SMALL_STATE(162)] = 9545,
  [SMALL_STATE(163)] = 9580,
  [SMALL_STATE(164)] = 9615,
  [SMALL_STATE(165)] = 9650,
  [SMALL_STATE(166)] = 9685,
  [SMALL_STATE(167)] = 9720,
  [SMALL_STATE(168)] = 9755,
  [SMALL_STATE(169)] = 9802,
  [SMALL_STATE(170)] = 9845,
  [SMALL_STATE(171)] = 9886,
  [SMALL_STATE(172)] = 9923,
  [SMALL_STATE(173)] = 9968,
  [SMALL_STATE(174)] = 10002,
  [SMALL_STATE(175)] = 10052,
  [SMALL_STATE(176)] = 10110,
  [SMALL_STATE(177)] = 10144,
  [SMALL_STATE(178)] = 10194,
  [SMALL_STATE(179)] = 10228,
  [SMALL_STATE(180)] = 10262,
  [SMALL_STATE(181)] = 10300,
  [SMALL_STATE(182)] = 10336,
  [SMALL_STATE(183)] = 10386,
  [SMALL_STATE(184)] = 10420,
  [SMALL_STATE(185)] = 10478,
  [SMALL_STATE(186)] = 10536,
  [SMALL_STATE(187)] = 10591,
  [SMALL_STATE(188)] = 10646,
  [SMALL_STATE(189)] = 10701,
  [SMALL_STATE(190)] = 10743,
  [SMALL_STATE(191)] = 10775,
  [SMALL_STATE(192)] = 10813,
  [SMALL_STATE(193)] = 10845,
  [SMALL_STATE(194)] = 10877,
  [SMALL_STATE(195)] = 10909,
  [SMALL_STATE(196)] = 10941,
  [SMALL_STATE(197)] = 10981,
  [SMALL_STATE(198)] = 11025,
  [SMALL_STATE(199)] = 11059,
  [SMALL_STATE(200)] = 11105,
  [SMALL_STATE(201)] = 11137,
  [SMALL_STATE(202)] = 11183,
  [SMALL_STATE(203)] = 11215,
  [SMALL_STATE(204)] = 11266,
  [SMALL_STATE(205)] = 11321,
  [SMALL_STATE(206)] = 11376,
  [SMALL_STATE(207)] = 11424,
  [SMALL_STATE(208)] = 11474,
  [SMALL_STATE(209)] = 11509,
  [SMALL_STATE(210)] = 11550,
  [SMALL_STATE(211)] = 11591,
  [SMALL_STATE(212)] = 11638,
  [SMALL_STATE(213)] = 11689,
  [SMALL_STATE(214)] = 11730,
  [SMALL_STATE(215)] = 11770,
  [SMALL_STATE(216)] = 11818,
  [SMALL_STATE(217)] = 11858,
  [SMALL_STATE(218)] = 11900,
  [SMALL_STATE(219)] = 11942,
  [SMALL_STATE(220)] = 11984,
  [SMALL_STATE(221)] = 12032,
  [SMALL_STATE(222)] = 12080,
  [SMALL_STATE(223)] = 12114,
  [SMALL_STATE(224)] = 12162,
  [SMALL_STATE(225)] = 12210,
  [SMALL_STATE(226)] = 12258,
  [SMALL_STATE(227)] = 12306,
  [SMALL_STATE(228)] = 12354,
  [SMALL_STATE(229)] = 12393,
  [SMALL_STATE(230)] = 12422,
  [SMALL_STATE(231)] = 12451,
  [SMALL_STATE(232)] = 12490,
  [SMALL_STATE(233)] = 12519,
  [SMALL_STATE(234)] = 12546,
  [SMALL_STATE(235)] = 12573,
  [SMALL_STATE(236)] = 12604,
  [SMALL_STATE(237)] = 12643,
  [SMALL_STATE(238)] = 12670,
  [SMALL_STATE(239)] = 12715,
  [SMALL_STATE(240)] = 12744,
  [SMALL_STATE(241)] = 12771,
  [SMALL_STATE(242)] = 12798,
  [SMALL_STATE(243)] = 12825,
  [SMALL_STATE(244)] = 12854,
  [SMALL_STATE(245)] = 12881,
  [SMALL_STATE(246)] = 12908,
  [SMALL_STATE(247)] = 12935,
  [SMALL_STATE(248)] = 12962,
  [SMALL_STATE(249)] = 12989,
  [SMALL_STATE(250)] = 13028,
  [SMALL_STATE(251)] = 13057,
  [SMALL_STATE(252)] = 13102,
  [SMALL_STATE(253)] = 13131,
  [SMALL_STATE(254)] = 13176,
  [SMALL_STATE(255)] = 13205,
  [SMALL_STATE(256)] = 13250,
  [SMALL_STATE(257)] = 13277,
  [SMALL_STATE(258)] = 13320,
  [SMALL_STATE(259)] = 13349,
  [SMALL_STATE(260)] = 13388,
  [SMALL_STATE(261)] = 13415,
  [SMALL_STATE(262)] = 13460,
  [SMALL_STATE(263)] = 13503,
  [SMALL_STATE(264)] = 13542,
  [SMALL_STATE(265)] = 13587,
  [SMALL_STATE(266)] = 13630,
  [SMALL_STATE(267)] = 13673,
  [SMALL_STATE(268)] = 13718,
  [SMALL_STATE(269)] = 13761,
  [SMALL_STATE(270)] = 13790,
  [SMALL_STATE(271)] = 13835,
  [SMALL_STATE(272)] = 13878,
  [SMALL_STATE(273)] = 13907,
  [SMALL_STATE(274)] = 13952,
  [SMALL_STATE(275)] = 13995,
  [SMALL_STATE(276)] = 14022,
  [SMALL_STATE(277)] = 14067,
  [SMALL_STATE(278)] = 14110,
  [SMALL_STATE(279)] = 14149,
  [SMALL_STATE(280)] = 14188,
  [SMALL_STATE(281)] = 14230,
  [SMALL_STATE(282)] = 14272,
  [SMALL_STATE(283)] = 14314,
  [SMALL_STATE(284)] = 14356,
  [SMALL_STATE(285)] = 14398,
  [SMALL_STATE(286)] = 14440,
  [SMALL_STATE(287)] = 14482,
  [SMALL_STATE(288)] = 14524,
  [SMALL_STATE(289)] = 14566,
  [SMALL_STATE(290)] = 14608,
  [SMALL_STATE(291)] = 14650,
  [SMALL_STATE(292)] = 14692,
  [SMALL_STATE(293)] = 14734,
  [SMALL_STATE(294)] = 14776,
  [SMALL_STATE(295)] = 14818,
  [SMALL_STATE(296)] = 14860,
  [SMALL_STATE(297)] = 14902,
  [SMALL_STATE(298)] = 14944,
  [SMALL_STATE(299)] = 14986,
  [SMALL_STATE(300)] = 15028,
  [SMALL_STATE(301)] = 15052,
  [SMALL_STATE(302)] = 15076,
  [SMALL_STATE(303)] = 15118,
  [SMALL_STATE(304)] = 15160,
  [SMALL_STATE(305)] = 15202,
  [SMALL_STATE(306)] = 15244,
  [SMALL_STATE(307)] = 15286,
  [SMALL_STATE(308)] = 15328,
  [SMALL_STATE(309)] = 15370,
  [SMALL_STATE(310)] = 15412,
  [SMALL_STATE(311)] = 15450,
  [SMALL_STATE(312)] = 15492,
  [SMALL_STATE(313)] = 15534,
  [SMALL_STATE(314)] = 15558,
  [SMALL_STATE(315)] = 15582,
  [SMALL_STATE(316)] = 15624,
  [SMALL_STATE(317)] = 15648,
  [SMALL_STATE(318)] = 15690,
  [SMALL_STATE(319)] = 15732,
  [SMALL_STATE(320)] = 15774,
  [SMALL_STATE(321)] = 15800,
  [SMALL_STATE(322)] = 15824,
  [SMALL_STATE(323)] = 15866,
  [SMALL_STATE(324)] = 15890,
  [SMALL_STATE(325)] = 15932,
  [SMALL_STATE(326)] = 15956,
  [SMALL_STATE(327)] = 15998,
  [SMALL_STATE(328)] = 16040,
  [SMALL_STATE(329)] = 16082,
  [SMALL_STATE(330)] = 16124,
  [SMALL_STATE(331)] = 16166,
  [SMALL_STATE(332)] = 16208,
  [SMALL_STATE(333)] = 16250,
  [SMALL_STATE(334)] = 16276,
  [SMALL_STATE(335)] = 16318,
  [SMALL_STATE(336)] = 16360,
  [SMALL_STATE(337)] = 16384,
  [SMALL_STATE(338)] = 16426,
  [SMALL_STATE(339)] = 16468,
  [SMALL_STATE(340)] = 16492,
  [SMALL_STATE(341)] = 16534,
  [SMALL_STATE(342)] = 16558,
  [SMALL_STATE(343)] = 16582,
  [SMALL_STATE(344)] = 16624,
  [SMALL_STATE(345)] = 16648,
  [SMALL_STATE(346)] = 16672,
  [SMALL_STATE(347)] = 16710,
  [SMALL_STATE(348)] = 16748,
  [SMALL_STATE(349)] = 16772,
  [SMALL_STATE(350)] = 16814,
  [SMALL_STATE(351)] = 16856,
  [SMALL_STATE(352)] = 16898,
  [SMALL_STATE(353)] = 16940,
  [SMALL_STATE(354)] = 16982,
  [SMALL_STATE(355)] = 17024,
  [SMALL_STATE(356)] = 17066,
  [SMALL_STATE(357)] = 17108,
  [SMALL_STATE(358)] = 17150,
  [SMALL_STATE(359)] = 17192,
  [SMALL_STATE(360)] = 17234,
  [SMALL_STATE(361)] = 17276,
  [SMALL_STATE(362)] = 17318,
  [SMALL_STATE(363)] = 17360,
  [SMALL_STATE(364)] = 17402,
  [SMALL_STATE(365)] = 17444,
  [SMALL_STATE(366)] = 17486,
  [SMALL_STATE(367)] = 17528,
  [SMALL_STATE(368)] = 17570,
  [SMALL_STATE(369)] = 17612,
  [SMALL_STATE(370)] = 17654,
  [SMALL_STATE(371)] = 17696,
  [SMALL_STATE(372)] = 17738,
  [SMALL_STATE(373)] = 17780,
  [SMALL_STATE(374)] = 17822,
  [SMALL_STATE(375)] = 17864,
  [SMALL_STATE(376)] = 17906,
  [SMALL_STATE(377)] = 17948,
  [SMALL_STATE(378)] = 17990,
  [SMALL_STATE(379)] = 18032,
  [SMALL_STATE(380)] = 18074,
  [SMALL_STATE(381)] = 18116,
  [SMALL_STATE(382)] = 18158,
  [SMALL_STATE(383)] = 18200,
  [SMALL_STATE(384)] = 18242,
  [SMALL_STATE(385)] = 18284,
  [SMALL_STATE(386)] = 18326,
  [SMALL_STATE(387)] = 18368,
  [SMALL_STATE(388)] = 18410,
  [SMALL_STATE(389)] = 18452,
  [SMALL_STATE(390)] = 18476,
  [SMALL_STATE(391)] = 18518,
  [SMALL_STATE(392)] = 18560,
  [SMALL_STATE(393)] = 18602,
  [SMALL_STATE(394)] = 18644,
  [SMALL_STATE(395)] = 18686,
  [SMALL_STATE(396)] = 18728,
  [SMALL_STATE(397)] = 18770,
  [SMALL_STATE(398)] = 18812,
  [SMALL_STATE(399)] = 18854,
  [SMALL_STATE(400)] = 18896,
  [SMALL_STATE(401)] = 18938,
  [SMALL_STATE(402)] = 18980,
  [SMALL_STATE(403)] = 19022,
  [SMALL_STATE(404)] = 19064,
  [SMALL_STATE(405)] = 19106,
  [SMALL_STATE(406)] = 19148,
  [SMALL_STATE(407)] = 19190,
  [SMALL_STATE(408)] = 19220,
  [SMALL_STATE(409)] = 19248,
  [SMALL_STATE(410)] = 19290,
  [SMALL_STATE(411)] = 19332,
  [SMALL_STATE(412)] = 19374,
  [SMALL_STATE(413)] = 19416,
  [SMALL_STATE(414)] = 19458,
  [SMALL_STATE(415)] = 19500,
  [SMALL_STATE(416)] = 19537,
  [SMALL_STATE(417)] = 19574,
  [SMALL_STATE(418)] = 19597,
  [SMALL_STATE(419)] = 19622,
  [SMALL_STATE(420)] = 19647,
  [SMALL_STATE(421)] = 19684,
  [SMALL_STATE(422)] = 19709,
  [SMALL_STATE(423)] = 19746,
  [SMALL_STATE(424)] = 19777,
  [SMALL_STATE(425)] = 19814,
  [SMALL_STATE(426)] = 19843,
  [SMALL_STATE(427)] = 19880,
  [SMALL_STATE(428)] = 19905,
  [SMALL_STATE(429)] = 19930,
  [SMALL_STATE(430)] = 19967,
  [SMALL_STATE(431)] = 20004,
  [SMALL_STATE(432)] = 20029,
  [SMALL_STATE(433)] = 20064,
  [SMALL_STATE(434)] = 20101,
  [SMALL_STATE(435)] = 20126,
  [SMALL_STATE(436)] = 20163,
  [SMALL_STATE(437)] = 20190,
  [SMALL_STATE(438)] = 20227,
  [SMALL_STATE(439)] = 20252,
  [SMALL_STATE(440)] = 20275,
  [SMALL_STATE(441)] = 20312,
  [SMALL_STATE(442)] = 20337,
  [SMALL_STATE(443)] = 20362,
  [SMALL_STATE(444)] = 20388,
  [SMALL_STATE(445)] = 20424,
  [SMALL_STATE(446)] = 20460,
  [SMALL_STATE(447)] = 20490,
  [SMALL_STATE(448)] = 20518,
  [SMALL_STATE(449)] = 20552,
  [SMALL_STATE(450)] = 20584,
  [SMALL_STATE(451)] = 20626,
  [SMALL_STATE(452)] = 20668,
  [SMALL_STATE(453)] = 20707,
  [SMALL_STATE(454)] = 20746,
  [SMALL_STATE(455)] = 20781,
  [SMALL_STATE(456)] = 20813,
  [SMALL_STATE(457)] = 20846,
  [SMALL_STATE(458)] = 20878,
  [SMALL_STATE(459)] = 20908,
  [SMALL_STATE(460)] = 20940,
  [SMALL_STATE(461)] = 20962,
  [SMALL_STATE(462)] = 20991,
  [SMALL_STATE(463)] = 21017,
  [SMALL_STATE(464)] = 21043,
  [SMALL_STATE(465)] = 21069,
  [SMALL_STATE(466)] = 21095,
  [SMALL_STATE(467)] = 21121,
  [SMALL_STATE(468)] = 21147,
  [SMALL_STATE(469)] = 21173,
  [SMALL_STATE(470)] = 21199,
  [SMALL_STATE(471)] = 21225,
  [SMALL_STATE(472)] = 21241,
  [SMALL_STATE(473)] = 21267,
  [SMALL_STATE(474)] = 21293,
  [SMALL_STATE(475)] = 21319,
  [SMALL_STATE(476)] = 21338,
  [SMALL_STATE(477)] = 21356,
  [SMALL_STATE(478)] = 21374,
  [SMALL_STATE(479)] = 21392,
  [SMALL_STATE(480)] = 21404,
  [SMALL_STATE(481)] = 21422,
  [SMALL_STATE(482)] = 21434,
  [SMALL_STATE(483)] = 21449,
  [SMALL_STATE(484)] = 21464,
  [SMALL_STATE(485)] = 21479,
  [SMALL_STATE(486)] = 21494,
  [SMALL_STATE(487)] = 21509,
  [SMALL_STATE(488)] = 21524,
  [SMALL_STATE(489)] = 21537,
  [SMALL_STATE(490)] = 21552,
  [SMALL_STATE(491)] = 21565,
  [SMALL_STATE(492)] = 21580,
  [SMALL_STATE(493)] = 21595,
  [SMALL_STATE(494)] = 21603,
  [SMALL_STATE(495)] = 21615,
  [SMALL_STATE(496)] = 21627,
  [SMALL_STATE(497)] = 21639,
  [SMALL_STATE(498)] = 21651,
  [SMALL_STATE(499)] = 21665,
  [SMALL_STATE(500)] = 21679,
  [SMALL_STATE(501)] = 21691,
  [SMALL_STATE(502)] = 21699,
  [SMALL_STATE(503)] = 21711,
  [SMALL_STATE(504)] = 21725,
  [SMALL_STATE(505)] = 21739,
  [SMALL_STATE(506)] = 21751,
  [SMALL_STATE(507)] = 21763,
  [SMALL_STATE(508)] = 21775,
  [SMALL_STATE(509)] = 21783,
  [SMALL_STATE(510)] = 21797,
  [SMALL_STATE(511)] = 21809,
  [SMALL_STATE(512)] = 21823,
  [SMALL_STATE(513)] = 21835,
  [SMALL_STATE(514)] = 21849,
  [SMALL_STATE(515)] = 21861,
  [SMALL_STATE(516)] = 21875,
  [SMALL_STATE(517)] = 21882,
  [SMALL_STATE(518)] = 21889,
  [SMALL_STATE(519)] = 21896,
  [SMALL_STATE(520)] = 21907,
  [SMALL_STATE(521)] = 21914,
  [SMALL_STATE(522)] = 21925,
  [SMALL_STATE(523)] = 21932,
  [SMALL_STATE(524)] = 21943,
  [SMALL_STATE(525)] = 21952,
  [SMALL_STATE(526)] = 21965,
  [SMALL_STATE(527)] = 21976,
  [SMALL_STATE(528)] = 21985,
  [SMALL_STATE(529)] = 21994,
  [SMALL_STATE(530)] = 22004,
  [SMALL_STATE(531)] = 22010,
  [SMALL_STATE(532)] = 22020,
  [SMALL_STATE(533)] = 22028,
  [SMALL_STATE(534)] = 22038,
  [SMALL_STATE(535)] = 22044,
  [SMALL_STATE(536)] = 22050,
  [SMALL_STATE(537)] = 22056,
  [SMALL_STATE(538)] = 22062,
  [SMALL_STATE(539)] = 22072,
  [SMALL_STATE(540)] = 22080,
  [SMALL_STATE(541)] = 22090,
  [SMALL_STATE(542)] = 22096,
  [SMALL_STATE(543)] = 22106,
  [SMALL_STATE(544)] = 22112,
  [SMALL_STATE(545)] = 22122,
  [SMALL_STATE(546)] = 22128,
  [SMALL_STATE(547)] = 22134,
  [SMALL_STATE(548)] = 22142,
  [SMALL_STATE(549)] = 22148,
  [SMALL_STATE(550)] = 22156,
  [SMALL_STATE(551)] = 22166,
  [SMALL_STATE(552)] = 22176,
  [SMALL_STATE(553)] = 22186,
  [SMALL_STATE(554)] = 22192,
  [SMALL_STATE(555)] = 22198,
  [SMALL_STATE(556)] = 22206,
  [SMALL_STATE(557)] = 22216,
  [SMALL_STATE(558)] = 22224,
  [SMALL_STATE(559)] = 22234,
  [SMALL_STATE(560)] = 22240,
  [SMALL_STATE(561)] = 22246,
  [SMALL_STATE(562)] = 22256,
  [SMALL_STATE(563)] = 22262,
  [SMALL_STATE(564)] = 22268,
  [SMALL_STATE(565)] = 22276,
  [SMALL_STATE(566)] = 22286,
  [SMALL_STATE(567)] = 22292,
  [SMALL_STATE(568)] = 22302,
  [SMALL_STATE(569)] = 22308,
  [SMALL_STATE(570)] = 22318,
  [SMALL_STATE(571)] = 22324,
  [SMALL_STATE(572)] = 22334,
  [SMALL_STATE(573)] = 22344,
  [SMALL_STATE(574)] = 22350,
  [SMALL_STATE(575)] = 22356,
  [SMALL_STATE(576)] = 22366,
  [SMALL_STATE(577)] = 22376,
  [SMALL_STATE(578)] = 22386,
  [SMALL_STATE(579)] = 22394,
  [SMALL_STATE(580)] = 22402,
  [SMALL_STATE(581)] = 22412,
  [SMALL_STATE(582)] = 22422,
  [SMALL_STATE(583)] = 22430,
  [SMALL_STATE(584)] = 22438,
  [SMALL_STATE(585)] = 22448,
  [SMALL_STATE(586)] = 22454,
  [SMALL_STATE(587)] = 22460,
  [SMALL_STATE(588)] = 22465,
  [SMALL_STATE(589)] = 22472,
  [SMALL_STATE(590)] = 22477,
  [SMALL_STATE(591)] = 22482,
  [SMALL_STATE(592)] = 22487,
  [SMALL_STATE(593)] = 22492,
  [SMALL_STATE(594)] = 22499,
  [SMALL_STATE(595)] = 22506,
  [SMALL_STATE(596)] = 22513,
  [SMALL_STATE(597)] = 22518,
  [SMALL_STATE(598)] = 22525,
  [SMALL_STATE(599)] = 22530,
  [SMALL_STATE(600)] = 22535,
  [SMALL_STATE(601)] = 22540,
  [SMALL_STATE(602)] = 22545,
  [SMALL_STATE(603)] = 22550,
  [SMALL_STATE(604)] = 22555,
  [SMALL_STATE(605)] = 22560,
  [SMALL_STATE(606)] = 22564,
  [SMALL_STATE(607)] = 22568,
  [SMALL_STATE(608)] = 22572,
  [SMALL_STATE(609)] = 22576,
  [SMALL_STATE(610)] = 22580,
  [SMALL_STATE(611)] = 22584,
  [SMALL_STATE(612)] = 22588,
  [SMALL_STATE(613)] = 22592,
  [SMALL_STATE(614)] = 22596,
  [SMALL_STATE(615)] = 22600,
  [SMALL_STATE(616)] = 22604,
  [SMALL_STATE(617)] = 22608,
};

static const TSParseActionEntry ts_parse_actions[] = {
  [0] = {.entry = {.count = 0, .reusable = false}},
  [1] = {.entry = {.count = 1, .reusable = false}}, RECOVER(),
  [3] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 0, 0, 0),
  [5] = {.entry = {.count = 1, .reusable = true}}, SHIFT(8),
  [7] = {.entry = {.count = 1, .reusable = true}}, SHIFT(9),
  [9] = {.entry = {.count = 1, .reusable = false}}, SHIFT(464),
  [11] = {.entry = {.count = 1, .reusable = true}}, SHIFT(281),
  [13] = {.entry = {.count = 1, .reusable = false}}, SHIFT(463),
  [15] = {.entry = {.count = 1, .reusable = false}}, SHIFT(458),
  [17] = {.entry = {.count = 1, .reusable = false}}, SHIFT(567),
  [19] = {.entry = {.count = 1, .reusable = false}}, SHIFT(461),
  [21] = {.entry = {.count = 1, .reusable = false}}, SHIFT(597),
  [23] = {.entry = {.count = 1, .reusable = false}}, SHIFT(552),
  [25] = {.entry = {.count = 1, .reusable = false}}, SHIFT(324),
  [27] = {.entry = {.count = 1, .reusable = false}}, SHIFT(600),
  [29] = {.entry = {.count = 1, .reusable = false}}, SHIFT(340),
  [31] = {.entry = {.count = 1, .reusable = false}}, SHIFT(186),
  [33] = {.entry = {.count = 1, .reusable = false}}, SHIFT(28),
  [35] = {.entry = {.count = 1, .reusable = false}}, SHIFT(296),
  [37] = {.entry = {.count = 1, .reusable = false}}, SHIFT(311),
  [39] = {.entry = {.count = 1, .reusable = false}}, SHIFT(253),
  [41] = {.entry = {.count = 1, .reusable = true}}, SHIFT(552),
  [43] = {.entry = {.count = 1, .reusable = false}}, SHIFT(578),
  [45] = {.entry = {.count = 1, .reusable = true}}, SHIFT(182),
  [47] = {.entry = {.count = 1, .reusable = true}}, SHIFT(394),
  [49] = {.entry = {.count = 1, .reusable = true}}, SHIFT(350),
  [51] = {.entry = {.count = 1, .reusable = false}}, SHIFT(501),
  [53] = {.entry = {.count = 1, .reusable = false}}, SHIFT(494),
  [55] = {.entry = {.count = 1, .reusable = false}}, SHIFT(476),
  [57] = {.entry = {.count = 1, .reusable = true}}, SHIFT(4),
  [59] = {.entry = {.count = 1, .reusable = true}}, SHIFT(582),
  [61] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 2, 0, 8),
  [63] = {.entry = {.count = 1, .reusable = true}}, SHIFT(298),
  [65] = {.entry = {.count = 1, .reusable = false}}, SHIFT(456),
  [67] = {.entry = {.count = 1, .reusable = false}}, SHIFT(526),
  [69] = {.entry = {.count = 1, .reusable = false}}, SHIFT(280),
  [71] = {.entry = {.count = 1, .reusable = false}}, SHIFT(10),
  [73] = {.entry = {.count = 1, .reusable = false}}, SHIFT(19),
  [75] = {.entry = {.count = 1, .reusable = false}}, SHIFT(405),
  [77] = {.entry = {.count = 1, .reusable = false}}, SHIFT(184),
  [79] = {.entry = {.count = 1, .reusable = false}}, SHIFT(27),
  [81] = {.entry = {.count = 1, .reusable = false}}, SHIFT(251),
  [83] = {.entry = {.count = 1, .reusable = true}}, SHIFT(526),
  [85] = {.entry = {.count = 1, .reusable = false}}, SHIFT(524),
  [87] = {.entry = {.count = 1, .reusable = true}}, SHIFT(349),
  [89] = {.entry = {.count = 1, .reusable = true}}, SHIFT(351),
  [91] = {.entry = {.count = 1, .reusable = false}}, SHIFT(377),
  [93] = {.entry = {.count = 1, .reusable = false}}, SHIFT(384),
  [95] = {.entry = {.count = 1, .reusable = true}}, SHIFT(343),
  [97] = {.entry = {.count = 1, .reusable = false}}, SHIFT(343),
  [99] = {.entry = {.count = 1, .reusable = false}}, SHIFT(386),
  [101] = {.entry = {.count = 1, .reusable = true}}, SHIFT(386),
  [103] = {.entry = {.count = 1, .reusable = true}}, SHIFT(539),
  [105] = {.entry = {.count = 1, .reusable = false}}, SHIFT(17),
  [107] = {.entry = {.count = 1, .reusable = false}}, SHIFT(15),
  [109] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_source_file, 1, 0, 0),
  [111] = {.entry = {.count = 1, .reusable = true}}, SHIFT(5),
  [113] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0),
  [115] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(8),
  [118] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [121] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(464),
  [124] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(281),
  [127] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(463),
  [130] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(458),
  [133] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(567),
  [136] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(461),
  [139] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(597),
  [142] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(552),
  [145] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(324),
  [148] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(600),
  [151] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(340),
  [154] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(186),
  [157] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(28),
  [160] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(296),
  [163] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(311),
  [166] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(253),
  [169] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(552),
  [172] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(578),
  [175] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(182),
  [178] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(394),
  [181] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(350),
  [184] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(501),
  [187] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(494),
  [190] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(476),
  [193] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_source_file_repeat1, 2, 0, 0), SHIFT_REPEAT(5),
  [196] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 2, 0, 35),
  [198] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 35),
  [200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(292),
  [202] = {.entry = {.count = 1, .reusable = true}}, SHIFT(532),
  [204] = {.entry = {.count = 1, .reusable = false}}, SHIFT(252),
  [206] = {.entry = {.count = 1, .reusable = false}}, SHIFT(254),
  [208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(400),
  [210] = {.entry = {.count = 1, .reusable = true}}, SHIFT(297),
  [212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(388),
  [214] = {.entry = {.count = 1, .reusable = true}}, SHIFT(521),
  [216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(412),
  [218] = {.entry = {.count = 1, .reusable = false}}, SHIFT(227),
  [220] = {.entry = {.count = 1, .reusable = false}}, SHIFT(98),
  [222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(76),
  [224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(98),
  [226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(67),
  [228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(64),
  [230] = {.entry = {.count = 1, .reusable = true}}, SHIFT(66),
  [232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(65),
  [234] = {.entry = {.count = 1, .reusable = true}}, SHIFT(59),
  [236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(60),
  [238] = {.entry = {.count = 1, .reusable = true}}, SHIFT(62),
  [240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(58),
  [242] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_instruction, 1, 0, 13),
  [244] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 1, 0, 13),
  [246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(250),
  [248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(132),
  [250] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 1, 0, 0),
  [252] = {.entry = {.count = 1, .reusable = false}}, SHIFT(591),
  [254] = {.entry = {.count = 1, .reusable = true}}, SHIFT(591),
  [256] = {.entry = {.count = 1, .reusable = true}}, SHIFT(547),
  [258] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 8),
  [260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(22),
  [262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(541),
  [264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 45),
  [266] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 5, 0, 45),
  [268] = {.entry = {.count = 1, .reusable = true}}, SHIFT(535),
  [270] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 21),
  [272] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 21),
  [274] = {.entry = {.count = 1, .reusable = true}}, SHIFT(536),
  [276] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 8),
  [278] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 4, 0, 8),
  [280] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(16),
  [284] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 2, 0, 0),
  [286] = {.entry = {.count = 1, .reusable = false}}, SHIFT(23),
  [288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(530),
  [290] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_if_statement, 3, 0, 8),
  [292] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [294] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_on_error_statement, 3, 0, 0),
  [296] = {.entry = {.count = 1, .reusable = false}}, SHIFT(573),
  [298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(404),
  [300] = {.entry = {.count = 1, .reusable = false}}, SHIFT(475),
  [302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(460),
  [304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(583),
  [306] = {.entry = {.count = 1, .reusable = false}}, SHIFT(13),
  [308] = {.entry = {.count = 1, .reusable = false}}, SHIFT(20),
  [310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(572),
  [312] = {.entry = {.count = 1, .reusable = false}}, SHIFT(25),
  [314] = {.entry = {.count = 1, .reusable = true}}, SHIFT(572),
  [316] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(537),
  [320] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym__inline_statements_repeat1, 1, 0, 0),
  [322] = {.entry = {.count = 1, .reusable = true}}, SHIFT(537),
  [324] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(553),
  [328] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_repeat_statement, 1, 0, 0),
  [330] = {.entry = {.count = 1, .reusable = true}}, SHIFT(553),
  [332] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__expression, 1, 0, 0),
  [334] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__expression, 1, 0, 0),
  [336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(261),
  [338] = {.entry = {.count = 1, .reusable = true}}, SHIFT(372),
  [340] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 1, 0, 2),
  [342] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 1, 0, 2),
  [344] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_binary_expression, 3, 0, 41),
  [346] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_binary_expression, 3, 0, 41),
  [348] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [350] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 17),
  [352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [354] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_unary_expression, 2, 0, 16),
  [356] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [358] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_builtin_call, 2, 0, 15),
  [360] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_fn_call, 2, 0, 15),
  [362] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_fn_call, 2, 0, 15),
  [364] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 4, 0, 75),
  [366] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 4, 0, 75),
  [368] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 3, 0, 38),
  [370] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 3, 0, 38),
  [372] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [374] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_parenthesized_expression, 3, 0, 0),
  [376] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_array_element, 2, 0, 15),
  [378] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_array_element, 2, 0, 15),
  [380] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 2, 0, 0),
  [382] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 2, 0, 0),
  [384] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_indirection, 2, 0, 14),
  [386] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_indirection, 2, 0, 14),
  [388] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_argument_list, 3, 0, 49),
  [390] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_argument_list, 3, 0, 49),
  [392] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 2, 0, 35),
  [394] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 35),
  [396] = {.entry = {.count = 1, .reusable = false}}, SHIFT(109),
  [398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(109),
  [400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(68),
  [402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(78),
  [404] = {.entry = {.count = 1, .reusable = true}}, SHIFT(81),
  [406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(82),
  [408] = {.entry = {.count = 1, .reusable = true}}, SHIFT(84),
  [410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(83),
  [412] = {.entry = {.count = 1, .reusable = true}}, SHIFT(85),
  [414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(79),
  [416] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_swi, 1, 0, 13),
  [418] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 1, 0, 13),
  [420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(105),
  [422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(105),
  [424] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53),
  [426] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53),
  [428] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(64),
  [431] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(66),
  [434] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(65),
  [437] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(59),
  [440] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(60),
  [443] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(62),
  [446] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(58),
  [449] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [451] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 101),
  [453] = {.entry = {.count = 1, .reusable = false}}, SHIFT(341),
  [455] = {.entry = {.count = 1, .reusable = false}}, SHIFT(86),
  [457] = {.entry = {.count = 1, .reusable = true}}, SHIFT(86),
  [459] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_shifted_register, 3, 0, 70),
  [461] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 3, 0, 70),
  [463] = {.entry = {.count = 1, .reusable = false}}, SHIFT(314),
  [465] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [467] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 105),
  [469] = {.entry = {.count = 1, .reusable = false}}, SHIFT(345),
  [471] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [473] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 1, 0, 0),
  [475] = {.entry = {.count = 1, .reusable = true}}, SHIFT(61),
  [477] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 32),
  [479] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 32),
  [481] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 29),
  [483] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 29),
  [485] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 30),
  [487] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 30),
  [489] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [491] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_mnemonic, 2, 0, 0),
  [493] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 31),
  [495] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 31),
  [497] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 33),
  [499] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 1, 0, 33),
  [501] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 26),
  [503] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 26),
  [505] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 28),
  [507] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 28),
  [509] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym__suffix, 1, 0, 27),
  [511] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__suffix, 1, 0, 27),
  [513] = {.entry = {.count = 1, .reusable = true}}, SHIFT(273),
  [515] = {.entry = {.count = 1, .reusable = true}}, SHIFT(396),
  [517] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(78),
  [520] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(81),
  [523] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(82),
  [526] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(84),
  [529] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(83),
  [532] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(85),
  [535] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat1, 2, 0, 53), SHIFT_REPEAT(79),
  [538] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 2, 0, 36),
  [540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(303),
  [542] = {.entry = {.count = 1, .reusable = true}}, SHIFT(335),
  [544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(304),
  [546] = {.entry = {.count = 1, .reusable = true}}, SHIFT(305),
  [548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(306),
  [550] = {.entry = {.count = 1, .reusable = true}}, SHIFT(307),
  [552] = {.entry = {.count = 1, .reusable = false}}, SHIFT(303),
  [554] = {.entry = {.count = 1, .reusable = true}}, SHIFT(308),
  [556] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__shift_amount, 1, 0, 0),
  [558] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_pool_literal, 2, 0, 4),
  [560] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_immediate, 2, 0, 4),
  [562] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 4),
  [564] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0),
  [566] = {.entry = {.count = 1, .reusable = true}}, SHIFT(276),
  [568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(401),
  [570] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 2, 0, 34),
  [572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(264),
  [574] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_opt_directive, 2, 0, 4),
  [576] = {.entry = {.count = 1, .reusable = true}}, SHIFT(378),
  [578] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_swi, 3, 0, 52),
  [580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(327),
  [582] = {.entry = {.count = 1, .reusable = true}}, SHIFT(328),
  [584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(331),
  [586] = {.entry = {.count = 1, .reusable = false}}, SHIFT(331),
  [588] = {.entry = {.count = 1, .reusable = true}}, SHIFT(326),
  [590] = {.entry = {.count = 1, .reusable = false}}, SHIFT(330),
  [592] = {.entry = {.count = 1, .reusable = false}}, SHIFT(326),
  [594] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 9),
  [596] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 1, 0, 9),
  [598] = {.entry = {.count = 1, .reusable = false}}, SHIFT(329),
  [600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(302),
  [602] = {.entry = {.count = 1, .reusable = true}}, SHIFT(309),
  [604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(312),
  [606] = {.entry = {.count = 1, .reusable = false}}, SHIFT(302),
  [608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(319),
  [610] = {.entry = {.count = 1, .reusable = false}}, SHIFT(319),
  [612] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 0),
  [614] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 0),
  [616] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 2, 0, 3),
  [618] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 2, 0, 3),
  [620] = {.entry = {.count = 1, .reusable = false}}, SHIFT(315),
  [622] = {.entry = {.count = 1, .reusable = false}}, SHIFT(317),
  [624] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_line, 3, 0, 3),
  [626] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_basic_line, 3, 0, 3),
  [628] = {.entry = {.count = 1, .reusable = false}}, SHIFT(301),
  [630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(238),
  [632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(395),
  [634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(255),
  [636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(385),
  [638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(299),
  [640] = {.entry = {.count = 1, .reusable = false}}, SHIFT(322),
  [642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(332),
  [644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(338),
  [646] = {.entry = {.count = 1, .reusable = false}}, SHIFT(299),
  [648] = {.entry = {.count = 1, .reusable = false}}, SHIFT(414),
  [650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(414),
  [652] = {.entry = {.count = 1, .reusable = true}}, SHIFT(177),
  [654] = {.entry = {.count = 1, .reusable = true}}, SHIFT(291),
  [656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(554),
  [658] = {.entry = {.count = 1, .reusable = true}}, SHIFT(593),
  [660] = {.entry = {.count = 1, .reusable = true}}, SHIFT(293),
  [662] = {.entry = {.count = 1, .reusable = true}}, SHIFT(417),
  [664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(57),
  [666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(52),
  [668] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [670] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(175),
  [673] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23),
  [675] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(403),
  [678] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(393),
  [681] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(413),
  [684] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(215),
  [687] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(128),
  [690] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(99),
  [693] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(128),
  [696] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(100),
  [699] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(177),
  [702] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(291),
  [705] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0),
  [707] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(593),
  [710] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(293),
  [713] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(417),
  [716] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(57),
  [719] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_assembler_block_repeat1, 2, 0, 0), SHIFT_REPEAT(52),
  [722] = {.entry = {.count = 1, .reusable = true}}, SHIFT(174),
  [724] = {.entry = {.count = 1, .reusable = true}}, SHIFT(566),
  [726] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 1, 0, 0),
  [728] = {.entry = {.count = 1, .reusable = true}}, SHIFT(185),
  [730] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 1, 0, 0),
  [732] = {.entry = {.count = 1, .reusable = true}}, SHIFT(403),
  [734] = {.entry = {.count = 1, .reusable = true}}, SHIFT(393),
  [736] = {.entry = {.count = 1, .reusable = true}}, SHIFT(413),
  [738] = {.entry = {.count = 1, .reusable = false}}, SHIFT(215),
  [740] = {.entry = {.count = 1, .reusable = false}}, SHIFT(128),
  [742] = {.entry = {.count = 1, .reusable = false}}, SHIFT(99),
  [744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(128),
  [746] = {.entry = {.count = 1, .reusable = false}}, SHIFT(100),
  [748] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_print_statement, 2, 0, 10),
  [750] = {.entry = {.count = 1, .reusable = true}}, SHIFT(175),
  [752] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_print_statement, 2, 0, 10),
  [754] = {.entry = {.count = 1, .reusable = true}}, SHIFT(188),
  [756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(382),
  [758] = {.entry = {.count = 1, .reusable = true}}, SHIFT(369),
  [760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(410),
  [762] = {.entry = {.count = 1, .reusable = false}}, SHIFT(223),
  [764] = {.entry = {.count = 1, .reusable = false}}, SHIFT(133),
  [766] = {.entry = {.count = 1, .reusable = false}}, SHIFT(106),
  [768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(133),
  [770] = {.entry = {.count = 1, .reusable = false}}, SHIFT(108),
  [772] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(187),
  [775] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(382),
  [778] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(369),
  [781] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(410),
  [784] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(223),
  [787] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(133),
  [790] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(106),
  [793] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(133),
  [796] = {.entry = {.count = 2, .reusable = false}}, REDUCE(aux_sym_print_statement_repeat1, 2, 0, 23), SHIFT_REPEAT(108),
  [799] = {.entry = {.count = 1, .reusable = true}}, SHIFT(187),
  [801] = {.entry = {.count = 1, .reusable = true}}, SHIFT(282),
  [803] = {.entry = {.count = 1, .reusable = false}}, SHIFT(283),
  [805] = {.entry = {.count = 1, .reusable = true}}, SHIFT(284),
  [807] = {.entry = {.count = 1, .reusable = false}}, SHIFT(282),
  [809] = {.entry = {.count = 1, .reusable = false}}, SHIFT(287),
  [811] = {.entry = {.count = 1, .reusable = true}}, SHIFT(287),
  [813] = {.entry = {.count = 1, .reusable = true}}, SHIFT(286),
  [815] = {.entry = {.count = 1, .reusable = true}}, SHIFT(334),
  [817] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [819] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat1, 1, 0, 0),
  [821] = {.entry = {.count = 1, .reusable = true}}, SHIFT(352),
  [823] = {.entry = {.count = 1, .reusable = true}}, SHIFT(373),
  [825] = {.entry = {.count = 1, .reusable = true}}, SHIFT(406),
  [827] = {.entry = {.count = 1, .reusable = false}}, SHIFT(220),
  [829] = {.entry = {.count = 1, .reusable = false}}, SHIFT(209),
  [831] = {.entry = {.count = 1, .reusable = false}}, SHIFT(153),
  [833] = {.entry = {.count = 1, .reusable = true}}, SHIFT(209),
  [835] = {.entry = {.count = 1, .reusable = false}}, SHIFT(152),
  [837] = {.entry = {.count = 1, .reusable = true}}, SHIFT(242),
  [839] = {.entry = {.count = 1, .reusable = false}}, SHIFT(610),
  [841] = {.entry = {.count = 1, .reusable = true}}, SHIFT(392),
  [843] = {.entry = {.count = 1, .reusable = true}}, SHIFT(357),
  [845] = {.entry = {.count = 1, .reusable = true}}, SHIFT(380),
  [847] = {.entry = {.count = 1, .reusable = true}}, SHIFT(411),
  [849] = {.entry = {.count = 1, .reusable = false}}, SHIFT(225),
  [851] = {.entry = {.count = 1, .reusable = false}}, SHIFT(426),
  [853] = {.entry = {.count = 1, .reusable = false}}, SHIFT(180),
  [855] = {.entry = {.count = 1, .reusable = true}}, SHIFT(426),
  [857] = {.entry = {.count = 1, .reusable = false}}, SHIFT(160),
  [859] = {.entry = {.count = 1, .reusable = true}}, SHIFT(244),
  [861] = {.entry = {.count = 1, .reusable = false}}, SHIFT(612),
  [863] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 2, 0, 7),
  [865] = {.entry = {.count = 1, .reusable = true}}, SHIFT(450),
  [867] = {.entry = {.count = 1, .reusable = true}}, SHIFT(203),
  [869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(322),
  [871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(270),
  [873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(381),
  [875] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 49),
  [877] = {.entry = {.count = 1, .reusable = true}}, SHIFT(453),
  [879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(207),
  [881] = {.entry = {.count = 1, .reusable = false}}, SHIFT(289),
  [883] = {.entry = {.count = 1, .reusable = false}}, SHIFT(406),
  [885] = {.entry = {.count = 1, .reusable = false}}, SHIFT(214),
  [887] = {.entry = {.count = 1, .reusable = true}}, SHIFT(214),
  [889] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 2, 0, 19),
  [891] = {.entry = {.count = 1, .reusable = false}}, SHIFT(413),
  [893] = {.entry = {.count = 1, .reusable = false}}, SHIFT(114),
  [895] = {.entry = {.count = 1, .reusable = true}}, SHIFT(114),
  [897] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 3, 0, 43),
  [899] = {.entry = {.count = 1, .reusable = true}}, SHIFT(285),
  [901] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 6, 0, 76),
  [903] = {.entry = {.count = 1, .reusable = true}}, SHIFT(318),
  [905] = {.entry = {.count = 1, .reusable = false}}, SHIFT(163),
  [907] = {.entry = {.count = 1, .reusable = true}}, SHIFT(163),
  [909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(379),
  [911] = {.entry = {.count = 1, .reusable = true}}, SHIFT(353),
  [913] = {.entry = {.count = 1, .reusable = false}}, SHIFT(409),
  [915] = {.entry = {.count = 1, .reusable = false}}, SHIFT(221),
  [917] = {.entry = {.count = 1, .reusable = false}}, SHIFT(33),
  [919] = {.entry = {.count = 1, .reusable = false}}, SHIFT(31),
  [921] = {.entry = {.count = 1, .reusable = true}}, SHIFT(33),
  [923] = {.entry = {.count = 1, .reusable = false}}, SHIFT(30),
  [925] = {.entry = {.count = 1, .reusable = true}}, SHIFT(390),
  [927] = {.entry = {.count = 1, .reusable = false}}, SHIFT(410),
  [929] = {.entry = {.count = 1, .reusable = false}}, SHIFT(136),
  [931] = {.entry = {.count = 1, .reusable = true}}, SHIFT(136),
  [933] = {.entry = {.count = 1, .reusable = true}}, SHIFT(267),
  [935] = {.entry = {.count = 1, .reusable = true}}, SHIFT(387),
  [937] = {.entry = {.count = 1, .reusable = true}}, SHIFT(376),
  [939] = {.entry = {.count = 1, .reusable = false}}, SHIFT(350),
  [941] = {.entry = {.count = 1, .reusable = false}}, SHIFT(224),
  [943] = {.entry = {.count = 1, .reusable = false}}, SHIFT(427),
  [945] = {.entry = {.count = 1, .reusable = false}}, SHIFT(235),
  [947] = {.entry = {.count = 1, .reusable = true}}, SHIFT(427),
  [949] = {.entry = {.count = 1, .reusable = false}}, SHIFT(208),
  [951] = {.entry = {.count = 1, .reusable = false}}, SHIFT(411),
  [953] = {.entry = {.count = 1, .reusable = false}}, SHIFT(193),
  [955] = {.entry = {.count = 1, .reusable = true}}, SHIFT(193),
  [957] = {.entry = {.count = 1, .reusable = true}}, SHIFT(398),
  [959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(383),
  [961] = {.entry = {.count = 1, .reusable = false}}, SHIFT(226),
  [963] = {.entry = {.count = 1, .reusable = false}}, SHIFT(407),
  [965] = {.entry = {.count = 1, .reusable = false}}, SHIFT(222),
  [967] = {.entry = {.count = 1, .reusable = false}}, SHIFT(412),
  [969] = {.entry = {.count = 1, .reusable = false}}, SHIFT(91),
  [971] = {.entry = {.count = 1, .reusable = true}}, SHIFT(91),
  [973] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 4, 0, 40),
  [975] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 73),
  [977] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 73), SHIFT_REPEAT(151),
  [980] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 4, 0, 74),
  [982] = {.entry = {.count = 1, .reusable = true}}, SHIFT(151),
  [984] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_return_statement, 2, 0, 4),
  [986] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_data, 3, 0, 54),
  [988] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 0),
  [990] = {.entry = {.count = 1, .reusable = true}}, SHIFT(323),
  [992] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 91),
  [994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(325),
  [996] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_for_statement, 8, 0, 94),
  [998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 96),
  [1000] = {.entry = {.count = 1, .reusable = true}}, SHIFT(336),
  [1002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(156),
  [1004] = {.entry = {.count = 1, .reusable = false}}, SHIFT(266),
  [1006] = {.entry = {.count = 1, .reusable = true}}, SHIFT(266),
  [1008] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 2, 0, 0),
  [1010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(300),
  [1012] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 100),
  [1014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(339),
  [1016] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 55),
  [1018] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 102),
  [1020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(342),
  [1022] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 104),
  [1024] = {.entry = {.count = 1, .reusable = true}}, SHIFT(344),
  [1026] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 108),
  [1028] = {.entry = {.count = 1, .reusable = true}}, SHIFT(348),
  [1030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assignment, 3, 0, 39),
  [1032] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 2, 0, 37),
  [1034] = {.entry = {.count = 1, .reusable = false}}, SHIFT(14),
  [1036] = {.entry = {.count = 1, .reusable = false}}, SHIFT(415),
  [1038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(415),
  [1040] = {.entry = {.count = 2, .reusable = true}}, REDUCE(sym__operand, 1, 0, 0), SHIFT(614),
  [1043] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__base_register, 1, 0, 0),
  [1045] = {.entry = {.count = 1, .reusable = false}}, SHIFT(18),
  [1047] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_instruction, 3, 0, 57),
  [1049] = {.entry = {.count = 1, .reusable = true}}, SHIFT(176),
  [1051] = {.entry = {.count = 1, .reusable = false}}, SHIFT(257),
  [1053] = {.entry = {.count = 1, .reusable = true}}, SHIFT(257),
  [1055] = {.entry = {.count = 1, .reusable = true}}, SHIFT(288),
  [1057] = {.entry = {.count = 1, .reusable = true}}, SHIFT(178),
  [1059] = {.entry = {.count = 1, .reusable = true}}, SHIFT(283),
  [1061] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_asm_label, 2, 0, 7),
  [1063] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_until_statement, 2, 0, 8),
  [1065] = {.entry = {.count = 1, .reusable = true}}, SHIFT(48),
  [1067] = {.entry = {.count = 1, .reusable = false}}, SHIFT(262),
  [1069] = {.entry = {.count = 1, .reusable = true}}, SHIFT(262),
  [1071] = {.entry = {.count = 1, .reusable = true}}, SHIFT(50),
  [1073] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 5, 0, 59),
  [1075] = {.entry = {.count = 1, .reusable = true}}, SHIFT(142),
  [1077] = {.entry = {.count = 1, .reusable = false}}, SHIFT(265),
  [1079] = {.entry = {.count = 1, .reusable = true}}, SHIFT(265),
  [1081] = {.entry = {.count = 1, .reusable = true}}, SHIFT(148),
  [1083] = {.entry = {.count = 1, .reusable = true}}, SHIFT(155),
  [1085] = {.entry = {.count = 1, .reusable = true}}, SHIFT(441),
  [1087] = {.entry = {.count = 1, .reusable = false}}, SHIFT(268),
  [1089] = {.entry = {.count = 1, .reusable = true}}, SHIFT(268),
  [1091] = {.entry = {.count = 1, .reusable = true}}, SHIFT(442),
  [1093] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 68),
  [1095] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_data_repeat1, 2, 0, 68), SHIFT_REPEAT(335),
  [1098] = {.entry = {.count = 1, .reusable = true}}, SHIFT(241),
  [1100] = {.entry = {.count = 1, .reusable = false}}, SHIFT(271),
  [1102] = {.entry = {.count = 1, .reusable = true}}, SHIFT(271),
  [1104] = {.entry = {.count = 1, .reusable = true}}, SHIFT(246),
  [1106] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 3, 0, 69),
  [1108] = {.entry = {.count = 1, .reusable = true}}, SHIFT(480),
  [1110] = {.entry = {.count = 1, .reusable = true}}, SHIFT(313),
  [1112] = {.entry = {.count = 1, .reusable = true}}, SHIFT(71),
  [1114] = {.entry = {.count = 1, .reusable = false}}, SHIFT(274),
  [1116] = {.entry = {.count = 1, .reusable = true}}, SHIFT(274),
  [1118] = {.entry = {.count = 1, .reusable = true}}, SHIFT(75),
  [1120] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 0),
  [1122] = {.entry = {.count = 1, .reusable = true}}, SHIFT(316),
  [1124] = {.entry = {.count = 1, .reusable = true}}, SHIFT(122),
  [1126] = {.entry = {.count = 1, .reusable = false}}, SHIFT(277),
  [1128] = {.entry = {.count = 1, .reusable = true}}, SHIFT(277),
  [1130] = {.entry = {.count = 1, .reusable = true}}, SHIFT(124),
  [1132] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_while_statement, 2, 0, 8),
  [1134] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 4, 0, 44),
  [1136] = {.entry = {.count = 1, .reusable = true}}, SHIFT(409),
  [1138] = {.entry = {.count = 1, .reusable = false}}, SHIFT(3),
  [1140] = {.entry = {.count = 1, .reusable = true}}, SHIFT(3),
  [1142] = {.entry = {.count = 1, .reusable = false}}, SHIFT(231),
  [1144] = {.entry = {.count = 1, .reusable = true}}, SHIFT(231),
  [1146] = {.entry = {.count = 1, .reusable = false}}, SHIFT(196),
  [1148] = {.entry = {.count = 1, .reusable = true}}, SHIFT(196),
  [1150] = {.entry = {.count = 1, .reusable = false}}, SHIFT(191),
  [1152] = {.entry = {.count = 1, .reusable = true}}, SHIFT(191),
  [1154] = {.entry = {.count = 1, .reusable = false}}, SHIFT(190),
  [1156] = {.entry = {.count = 1, .reusable = true}}, SHIFT(190),
  [1158] = {.entry = {.count = 1, .reusable = false}}, SHIFT(197),
  [1160] = {.entry = {.count = 1, .reusable = true}}, SHIFT(197),
  [1162] = {.entry = {.count = 1, .reusable = false}}, SHIFT(189),
  [1164] = {.entry = {.count = 1, .reusable = true}}, SHIFT(189),
  [1166] = {.entry = {.count = 1, .reusable = false}}, SHIFT(198),
  [1168] = {.entry = {.count = 1, .reusable = true}}, SHIFT(198),
  [1170] = {.entry = {.count = 1, .reusable = false}}, SHIFT(310),
  [1172] = {.entry = {.count = 1, .reusable = true}}, SHIFT(310),
  [1174] = {.entry = {.count = 1, .reusable = false}}, SHIFT(216),
  [1176] = {.entry = {.count = 1, .reusable = true}}, SHIFT(216),
  [1178] = {.entry = {.count = 1, .reusable = false}}, SHIFT(218),
  [1180] = {.entry = {.count = 1, .reusable = true}}, SHIFT(218),
  [1182] = {.entry = {.count = 1, .reusable = false}}, SHIFT(80),
  [1184] = {.entry = {.count = 1, .reusable = true}}, SHIFT(80),
  [1186] = {.entry = {.count = 1, .reusable = false}}, SHIFT(87),
  [1188] = {.entry = {.count = 1, .reusable = true}}, SHIFT(87),
  [1190] = {.entry = {.count = 1, .reusable = false}}, SHIFT(107),
  [1192] = {.entry = {.count = 1, .reusable = true}}, SHIFT(107),
  [1194] = {.entry = {.count = 1, .reusable = false}}, SHIFT(263),
  [1196] = {.entry = {.count = 1, .reusable = true}}, SHIFT(263),
  [1198] = {.entry = {.count = 1, .reusable = false}}, SHIFT(279),
  [1200] = {.entry = {.count = 1, .reusable = true}}, SHIFT(279),
  [1202] = {.entry = {.count = 1, .reusable = false}}, SHIFT(259),
  [1204] = {.entry = {.count = 1, .reusable = true}}, SHIFT(259),
  [1206] = {.entry = {.count = 1, .reusable = false}}, SHIFT(88),
  [1208] = {.entry = {.count = 1, .reusable = true}}, SHIFT(88),
  [1210] = {.entry = {.count = 1, .reusable = false}}, SHIFT(34),
  [1212] = {.entry = {.count = 1, .reusable = true}}, SHIFT(34),
  [1214] = {.entry = {.count = 1, .reusable = false}}, SHIFT(169),
  [1216] = {.entry = {.count = 1, .reusable = true}}, SHIFT(169),
  [1218] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 3, 0, 71),
  [1220] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_instruction_repeat2, 2, 0, 72),
  [1222] = {.entry = {.count = 1, .reusable = false}}, SHIFT(139),
  [1224] = {.entry = {.count = 1, .reusable = true}}, SHIFT(139),
  [1226] = {.entry = {.count = 1, .reusable = false}}, SHIFT(104),
  [1228] = {.entry = {.count = 1, .reusable = true}}, SHIFT(104),
  [1230] = {.entry = {.count = 1, .reusable = false}}, SHIFT(94),
  [1232] = {.entry = {.count = 1, .reusable = true}}, SHIFT(94),
  [1234] = {.entry = {.count = 1, .reusable = false}}, SHIFT(97),
  [1236] = {.entry = {.count = 1, .reusable = true}}, SHIFT(97),
  [1238] = {.entry = {.count = 1, .reusable = false}}, SHIFT(95),
  [1240] = {.entry = {.count = 1, .reusable = true}}, SHIFT(95),
  [1242] = {.entry = {.count = 1, .reusable = false}}, SHIFT(96),
  [1244] = {.entry = {.count = 1, .reusable = true}}, SHIFT(96),
  [1246] = {.entry = {.count = 1, .reusable = false}}, SHIFT(103),
  [1248] = {.entry = {.count = 1, .reusable = true}}, SHIFT(103),
  [1250] = {.entry = {.count = 1, .reusable = false}}, SHIFT(140),
  [1252] = {.entry = {.count = 1, .reusable = true}}, SHIFT(140),
  [1254] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 49),
  [1256] = {.entry = {.count = 1, .reusable = false}}, SHIFT(278),
  [1258] = {.entry = {.count = 1, .reusable = true}}, SHIFT(278),
  [1260] = {.entry = {.count = 1, .reusable = false}}, SHIFT(141),
  [1262] = {.entry = {.count = 1, .reusable = true}}, SHIFT(141),
  [1264] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 4, 0, 84),
  [1266] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_shifted_register, 4, 0, 85),
  [1268] = {.entry = {.count = 1, .reusable = false}}, SHIFT(143),
  [1270] = {.entry = {.count = 1, .reusable = true}}, SHIFT(143),
  [1272] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 4, 0, 87),
  [1274] = {.entry = {.count = 1, .reusable = false}}, SHIFT(129),
  [1276] = {.entry = {.count = 1, .reusable = true}}, SHIFT(129),
  [1278] = {.entry = {.count = 1, .reusable = false}}, SHIFT(236),
  [1280] = {.entry = {.count = 1, .reusable = true}}, SHIFT(236),
  [1282] = {.entry = {.count = 1, .reusable = false}}, SHIFT(144),
  [1284] = {.entry = {.count = 1, .reusable = true}}, SHIFT(144),
  [1286] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 5, 0, 92),
  [1288] = {.entry = {.count = 1, .reusable = true}}, SHIFT(608),
  [1290] = {.entry = {.count = 1, .reusable = false}}, SHIFT(170),
  [1292] = {.entry = {.count = 1, .reusable = true}}, SHIFT(170),
  [1294] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_list, 5, 0, 93),
  [1296] = {.entry = {.count = 1, .reusable = false}}, SHIFT(2),
  [1298] = {.entry = {.count = 1, .reusable = true}}, SHIFT(2),
  [1300] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 97),
  [1302] = {.entry = {.count = 1, .reusable = false}}, SHIFT(117),
  [1304] = {.entry = {.count = 1, .reusable = true}}, SHIFT(117),
  [1306] = {.entry = {.count = 1, .reusable = false}}, SHIFT(118),
  [1308] = {.entry = {.count = 1, .reusable = true}}, SHIFT(118),
  [1310] = {.entry = {.count = 1, .reusable = false}}, SHIFT(119),
  [1312] = {.entry = {.count = 1, .reusable = true}}, SHIFT(119),
  [1314] = {.entry = {.count = 1, .reusable = false}}, SHIFT(120),
  [1316] = {.entry = {.count = 1, .reusable = true}}, SHIFT(120),
  [1318] = {.entry = {.count = 1, .reusable = false}}, SHIFT(121),
  [1320] = {.entry = {.count = 1, .reusable = true}}, SHIFT(121),
  [1322] = {.entry = {.count = 1, .reusable = false}}, SHIFT(123),
  [1324] = {.entry = {.count = 1, .reusable = true}}, SHIFT(123),
  [1326] = {.entry = {.count = 1, .reusable = false}}, SHIFT(161),
  [1328] = {.entry = {.count = 1, .reusable = true}}, SHIFT(161),
  [1330] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 6, 0, 98),
  [1332] = {.entry = {.count = 1, .reusable = true}}, SHIFT(611),
  [1334] = {.entry = {.count = 1, .reusable = false}}, SHIFT(168),
  [1336] = {.entry = {.count = 1, .reusable = true}}, SHIFT(168),
  [1338] = {.entry = {.count = 1, .reusable = false}}, SHIFT(89),
  [1340] = {.entry = {.count = 1, .reusable = true}}, SHIFT(89),
  [1342] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 7, 0, 99),
  [1344] = {.entry = {.count = 1, .reusable = false}}, SHIFT(219),
  [1346] = {.entry = {.count = 1, .reusable = true}}, SHIFT(219),
  [1348] = {.entry = {.count = 1, .reusable = false}}, SHIFT(172),
  [1350] = {.entry = {.count = 1, .reusable = true}}, SHIFT(172),
  [1352] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 103),
  [1354] = {.entry = {.count = 1, .reusable = false}}, SHIFT(211),
  [1356] = {.entry = {.count = 1, .reusable = true}}, SHIFT(211),
  [1358] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 8, 0, 106),
  [1360] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 107),
  [1362] = {.entry = {.count = 1, .reusable = false}}, SHIFT(40),
  [1364] = {.entry = {.count = 1, .reusable = true}}, SHIFT(40),
  [1366] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 109),
  [1368] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 9, 0, 110),
  [1370] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_memory_operand, 10, 0, 111),
  [1372] = {.entry = {.count = 1, .reusable = false}}, SHIFT(32),
  [1374] = {.entry = {.count = 1, .reusable = true}}, SHIFT(32),
  [1376] = {.entry = {.count = 1, .reusable = false}}, SHIFT(424),
  [1378] = {.entry = {.count = 1, .reusable = true}}, SHIFT(424),
  [1380] = {.entry = {.count = 1, .reusable = false}}, SHIFT(42),
  [1382] = {.entry = {.count = 1, .reusable = true}}, SHIFT(42),
  [1384] = {.entry = {.count = 1, .reusable = false}}, SHIFT(165),
  [1386] = {.entry = {.count = 1, .reusable = true}}, SHIFT(165),
  [1388] = {.entry = {.count = 1, .reusable = false}}, SHIFT(36),
  [1390] = {.entry = {.count = 1, .reusable = true}}, SHIFT(36),
  [1392] = {.entry = {.count = 1, .reusable = false}}, SHIFT(423),
  [1394] = {.entry = {.count = 1, .reusable = true}}, SHIFT(423),
  [1396] = {.entry = {.count = 1, .reusable = false}}, SHIFT(445),
  [1398] = {.entry = {.count = 1, .reusable = true}}, SHIFT(445),
  [1400] = {.entry = {.count = 1, .reusable = false}}, SHIFT(425),
  [1402] = {.entry = {.count = 1, .reusable = true}}, SHIFT(425),
  [1404] = {.entry = {.count = 1, .reusable = false}}, SHIFT(433),
  [1406] = {.entry = {.count = 1, .reusable = true}}, SHIFT(433),
  [1408] = {.entry = {.count = 1, .reusable = false}}, SHIFT(428),
  [1410] = {.entry = {.count = 1, .reusable = true}}, SHIFT(428),
  [1412] = {.entry = {.count = 1, .reusable = false}}, SHIFT(210),
  [1414] = {.entry = {.count = 1, .reusable = true}}, SHIFT(210),
  [1416] = {.entry = {.count = 1, .reusable = false}}, SHIFT(430),
  [1418] = {.entry = {.count = 1, .reusable = true}}, SHIFT(430),
  [1420] = {.entry = {.count = 1, .reusable = false}}, SHIFT(446),
  [1422] = {.entry = {.count = 1, .reusable = true}}, SHIFT(446),
  [1424] = {.entry = {.count = 1, .reusable = false}}, SHIFT(447),
  [1426] = {.entry = {.count = 1, .reusable = true}}, SHIFT(447),
  [1428] = {.entry = {.count = 1, .reusable = false}}, SHIFT(448),
  [1430] = {.entry = {.count = 1, .reusable = true}}, SHIFT(448),
  [1432] = {.entry = {.count = 1, .reusable = false}}, SHIFT(449),
  [1434] = {.entry = {.count = 1, .reusable = true}}, SHIFT(449),
  [1436] = {.entry = {.count = 1, .reusable = false}}, SHIFT(443),
  [1438] = {.entry = {.count = 1, .reusable = true}}, SHIFT(443),
  [1440] = {.entry = {.count = 1, .reusable = false}}, SHIFT(432),
  [1442] = {.entry = {.count = 1, .reusable = true}}, SHIFT(432),
  [1444] = {.entry = {.count = 1, .reusable = false}}, SHIFT(444),
  [1446] = {.entry = {.count = 1, .reusable = true}}, SHIFT(444),
  [1448] = {.entry = {.count = 1, .reusable = false}}, SHIFT(135),
  [1450] = {.entry = {.count = 1, .reusable = true}}, SHIFT(135),
  [1452] = {.entry = {.count = 1, .reusable = false}}, SHIFT(436),
  [1454] = {.entry = {.count = 1, .reusable = true}}, SHIFT(436),
  [1456] = {.entry = {.count = 1, .reusable = false}}, SHIFT(420),
  [1458] = {.entry = {.count = 1, .reusable = true}}, SHIFT(420),
  [1460] = {.entry = {.count = 1, .reusable = false}}, SHIFT(41),
  [1462] = {.entry = {.count = 1, .reusable = true}}, SHIFT(41),
  [1464] = {.entry = {.count = 1, .reusable = false}}, SHIFT(162),
  [1466] = {.entry = {.count = 1, .reusable = true}}, SHIFT(162),
  [1468] = {.entry = {.count = 1, .reusable = false}}, SHIFT(199),
  [1470] = {.entry = {.count = 1, .reusable = true}}, SHIFT(199),
  [1472] = {.entry = {.count = 1, .reusable = false}}, SHIFT(213),
  [1474] = {.entry = {.count = 1, .reusable = true}}, SHIFT(213),
  [1476] = {.entry = {.count = 1, .reusable = false}}, SHIFT(421),
  [1478] = {.entry = {.count = 1, .reusable = true}}, SHIFT(421),
  [1480] = {.entry = {.count = 1, .reusable = false}}, SHIFT(43),
  [1482] = {.entry = {.count = 1, .reusable = true}}, SHIFT(43),
  [1484] = {.entry = {.count = 1, .reusable = false}}, SHIFT(130),
  [1486] = {.entry = {.count = 1, .reusable = true}}, SHIFT(130),
  [1488] = {.entry = {.count = 1, .reusable = false}}, SHIFT(49),
  [1490] = {.entry = {.count = 1, .reusable = true}}, SHIFT(49),
  [1492] = {.entry = {.count = 1, .reusable = false}}, SHIFT(192),
  [1494] = {.entry = {.count = 1, .reusable = true}}, SHIFT(192),
  [1496] = {.entry = {.count = 1, .reusable = false}}, SHIFT(438),
  [1498] = {.entry = {.count = 1, .reusable = true}}, SHIFT(438),
  [1500] = {.entry = {.count = 1, .reusable = false}}, SHIFT(150),
  [1502] = {.entry = {.count = 1, .reusable = true}}, SHIFT(150),
  [1504] = {.entry = {.count = 1, .reusable = false}}, SHIFT(44),
  [1506] = {.entry = {.count = 1, .reusable = true}}, SHIFT(44),
  [1508] = {.entry = {.count = 1, .reusable = false}}, SHIFT(202),
  [1510] = {.entry = {.count = 1, .reusable = true}}, SHIFT(202),
  [1512] = {.entry = {.count = 1, .reusable = false}}, SHIFT(45),
  [1514] = {.entry = {.count = 1, .reusable = true}}, SHIFT(45),
  [1516] = {.entry = {.count = 1, .reusable = false}}, SHIFT(419),
  [1518] = {.entry = {.count = 1, .reusable = true}}, SHIFT(419),
  [1520] = {.entry = {.count = 1, .reusable = false}}, SHIFT(90),
  [1522] = {.entry = {.count = 1, .reusable = true}}, SHIFT(90),
  [1524] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_writeback_register, 2, 0, 56),
  [1526] = {.entry = {.count = 1, .reusable = false}}, SHIFT(249),
  [1528] = {.entry = {.count = 1, .reusable = true}}, SHIFT(249),
  [1530] = {.entry = {.count = 1, .reusable = false}}, SHIFT(200),
  [1532] = {.entry = {.count = 1, .reusable = true}}, SHIFT(200),
  [1534] = {.entry = {.count = 1, .reusable = false}}, SHIFT(113),
  [1536] = {.entry = {.count = 1, .reusable = true}}, SHIFT(113),
  [1538] = {.entry = {.count = 1, .reusable = false}}, SHIFT(217),
  [1540] = {.entry = {.count = 1, .reusable = true}}, SHIFT(217),
  [1542] = {.entry = {.count = 1, .reusable = false}}, SHIFT(167),
  [1544] = {.entry = {.count = 1, .reusable = true}}, SHIFT(167),
  [1546] = {.entry = {.count = 1, .reusable = false}}, SHIFT(102),
  [1548] = {.entry = {.count = 1, .reusable = true}}, SHIFT(102),
  [1550] = {.entry = {.count = 1, .reusable = false}}, SHIFT(228),
  [1552] = {.entry = {.count = 1, .reusable = true}}, SHIFT(228),
  [1554] = {.entry = {.count = 1, .reusable = false}}, SHIFT(347),
  [1556] = {.entry = {.count = 1, .reusable = true}}, SHIFT(347),
  [1558] = {.entry = {.count = 1, .reusable = false}}, SHIFT(101),
  [1560] = {.entry = {.count = 1, .reusable = true}}, SHIFT(101),
  [1562] = {.entry = {.count = 1, .reusable = false}}, SHIFT(127),
  [1564] = {.entry = {.count = 1, .reusable = true}}, SHIFT(127),
  [1566] = {.entry = {.count = 1, .reusable = false}}, SHIFT(346),
  [1568] = {.entry = {.count = 1, .reusable = true}}, SHIFT(346),
  [1570] = {.entry = {.count = 1, .reusable = false}}, SHIFT(126),
  [1572] = {.entry = {.count = 1, .reusable = true}}, SHIFT(126),
  [1574] = {.entry = {.count = 1, .reusable = false}}, SHIFT(201),
  [1576] = {.entry = {.count = 1, .reusable = true}}, SHIFT(201),
  [1578] = {.entry = {.count = 1, .reusable = false}}, SHIFT(206),
  [1580] = {.entry = {.count = 1, .reusable = true}}, SHIFT(206),
  [1582] = {.entry = {.count = 1, .reusable = false}}, SHIFT(435),
  [1584] = {.entry = {.count = 1, .reusable = true}}, SHIFT(435),
  [1586] = {.entry = {.count = 1, .reusable = false}}, SHIFT(440),
  [1588] = {.entry = {.count = 1, .reusable = true}}, SHIFT(440),
  [1590] = {.entry = {.count = 1, .reusable = false}}, SHIFT(422),
  [1592] = {.entry = {.count = 1, .reusable = true}}, SHIFT(422),
  [1594] = {.entry = {.count = 1, .reusable = false}}, SHIFT(429),
  [1596] = {.entry = {.count = 1, .reusable = true}}, SHIFT(429),
  [1598] = {.entry = {.count = 1, .reusable = false}}, SHIFT(437),
  [1600] = {.entry = {.count = 1, .reusable = true}}, SHIFT(437),
  [1602] = {.entry = {.count = 1, .reusable = false}}, SHIFT(416),
  [1604] = {.entry = {.count = 1, .reusable = true}}, SHIFT(416),
  [1606] = {.entry = {.count = 1, .reusable = false}}, SHIFT(171),
  [1608] = {.entry = {.count = 1, .reusable = true}}, SHIFT(171),
  [1610] = {.entry = {.count = 1, .reusable = true}}, SHIFT(354),
  [1612] = {.entry = {.count = 1, .reusable = false}}, SHIFT(559),
  [1614] = {.entry = {.count = 1, .reusable = true}}, SHIFT(356),
  [1616] = {.entry = {.count = 1, .reusable = true}}, SHIFT(358),
  [1618] = {.entry = {.count = 1, .reusable = true}}, SHIFT(360),
  [1620] = {.entry = {.count = 1, .reusable = true}}, SHIFT(367),
  [1622] = {.entry = {.count = 1, .reusable = false}}, SHIFT(354),
  [1624] = {.entry = {.count = 1, .reusable = true}}, SHIFT(370),
  [1626] = {.entry = {.count = 1, .reusable = true}}, SHIFT(110),
  [1628] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_align, 1, 0, 0),
  [1630] = {.entry = {.count = 1, .reusable = true}}, SHIFT(290),
  [1632] = {.entry = {.count = 1, .reusable = true}}, SHIFT(147),
  [1634] = {.entry = {.count = 1, .reusable = true}}, SHIFT(260),
  [1636] = {.entry = {.count = 1, .reusable = true}}, SHIFT(183),
  [1638] = {.entry = {.count = 1, .reusable = true}}, SHIFT(159),
  [1640] = {.entry = {.count = 1, .reusable = true}}, SHIFT(70),
  [1642] = {.entry = {.count = 1, .reusable = true}}, SHIFT(46),
  [1644] = {.entry = {.count = 1, .reusable = true}}, SHIFT(363),
  [1646] = {.entry = {.count = 1, .reusable = true}}, SHIFT(362),
  [1648] = {.entry = {.count = 1, .reusable = true}}, SHIFT(364),
  [1650] = {.entry = {.count = 1, .reusable = true}}, SHIFT(365),
  [1652] = {.entry = {.count = 1, .reusable = true}}, SHIFT(361),
  [1654] = {.entry = {.count = 1, .reusable = false}}, SHIFT(361),
  [1656] = {.entry = {.count = 1, .reusable = true}}, SHIFT(366),
  [1658] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1660] = {.entry = {.count = 1, .reusable = true}}, SHIFT(454),
  [1662] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 3, 0, 7),
  [1664] = {.entry = {.count = 1, .reusable = true}}, SHIFT(465),
  [1666] = {.entry = {.count = 1, .reusable = true}}, SHIFT(375),
  [1668] = {.entry = {.count = 1, .reusable = false}}, SHIFT(485),
  [1670] = {.entry = {.count = 1, .reusable = false}}, SHIFT(477),
  [1672] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1674] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_sys_call, 4, 0, 22),
  [1676] = {.entry = {.count = 1, .reusable = true}}, SHIFT(473),
  [1678] = {.entry = {.count = 1, .reusable = false}}, SHIFT(482),
  [1680] = {.entry = {.count = 1, .reusable = true}}, SHIFT(455),
  [1682] = {.entry = {.count = 1, .reusable = false}}, SHIFT(515),
  [1684] = {.entry = {.count = 1, .reusable = false}}, SHIFT(513),
  [1686] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1688] = {.entry = {.count = 1, .reusable = false}}, REDUCE(aux_sym_sys_call_repeat2, 1, 0, 0),
  [1690] = {.entry = {.count = 1, .reusable = false}}, SHIFT(508),
  [1692] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1694] = {.entry = {.count = 1, .reusable = false}}, REDUCE(sym_next_statement, 1, 0, 0),
  [1696] = {.entry = {.count = 1, .reusable = false}}, SHIFT(510),
  [1698] = {.entry = {.count = 1, .reusable = false}}, SHIFT(474),
  [1700] = {.entry = {.count = 1, .reusable = true}}, SHIFT(402),
  [1702] = {.entry = {.count = 1, .reusable = false}}, SHIFT(604),
  [1704] = {.entry = {.count = 1, .reusable = false}}, SHIFT(483),
  [1706] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__lvalue, 1, 0, 0),
  [1708] = {.entry = {.count = 1, .reusable = true}}, SHIFT(374),
  [1710] = {.entry = {.count = 1, .reusable = false}}, SHIFT(495),
  [1712] = {.entry = {.count = 1, .reusable = false}}, SHIFT(562),
  [1714] = {.entry = {.count = 1, .reusable = true}}, SHIFT(368),
  [1716] = {.entry = {.count = 1, .reusable = false}}, SHIFT(613),
  [1718] = {.entry = {.count = 1, .reusable = false}}, SHIFT(509),
  [1720] = {.entry = {.count = 1, .reusable = false}}, SHIFT(493),
  [1722] = {.entry = {.count = 1, .reusable = false}}, SHIFT(548),
  [1724] = {.entry = {.count = 1, .reusable = false}}, SHIFT(543),
  [1726] = {.entry = {.count = 1, .reusable = false}}, SHIFT(560),
  [1728] = {.entry = {.count = 1, .reusable = false}}, SHIFT(545),
  [1730] = {.entry = {.count = 1, .reusable = false}}, SHIFT(563),
  [1732] = {.entry = {.count = 1, .reusable = false}}, SHIFT(516),
  [1734] = {.entry = {.count = 1, .reusable = false}}, SHIFT(570),
  [1736] = {.entry = {.count = 1, .reusable = false}}, SHIFT(546),
  [1738] = {.entry = {.count = 1, .reusable = false}}, SHIFT(592),
  [1740] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 5),
  [1742] = {.entry = {.count = 1, .reusable = true}}, SHIFT(391),
  [1744] = {.entry = {.count = 1, .reusable = true}}, SHIFT(470),
  [1746] = {.entry = {.count = 1, .reusable = true}}, SHIFT(337),
  [1748] = {.entry = {.count = 1, .reusable = true}}, SHIFT(359),
  [1750] = {.entry = {.count = 1, .reusable = false}}, SHIFT(588),
  [1752] = {.entry = {.count = 1, .reusable = true}}, SHIFT(549),
  [1754] = {.entry = {.count = 1, .reusable = false}}, SHIFT(320),
  [1756] = {.entry = {.count = 1, .reusable = true}}, SHIFT(564),
  [1758] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 66),
  [1760] = {.entry = {.count = 1, .reusable = true}}, SHIFT(462),
  [1762] = {.entry = {.count = 1, .reusable = true}}, SHIFT(399),
  [1764] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 2, 0, 7),
  [1766] = {.entry = {.count = 1, .reusable = true}}, SHIFT(295),
  [1768] = {.entry = {.count = 1, .reusable = true}}, SHIFT(459),
  [1770] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 47),
  [1772] = {.entry = {.count = 1, .reusable = true}}, SHIFT(466),
  [1774] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 4, 0, 48),
  [1776] = {.entry = {.count = 1, .reusable = true}}, SHIFT(468),
  [1778] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 3, 0, 22),
  [1780] = {.entry = {.count = 1, .reusable = true}}, SHIFT(451),
  [1782] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50),
  [1784] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50), SHIFT_REPEAT(203),
  [1787] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 64),
  [1789] = {.entry = {.count = 1, .reusable = true}}, SHIFT(467),
  [1791] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65),
  [1793] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65), SHIFT_REPEAT(454),
  [1796] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 67),
  [1798] = {.entry = {.count = 1, .reusable = true}}, SHIFT(469),
  [1800] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 83),
  [1802] = {.entry = {.count = 1, .reusable = true}}, SHIFT(472),
  [1804] = {.entry = {.count = 1, .reusable = true}}, SHIFT(397),
  [1806] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 1, 0, 2),
  [1808] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 2, 0, 0),
  [1810] = {.entry = {.count = 1, .reusable = true}}, SHIFT(569),
  [1812] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 2, 0, 7),
  [1814] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat1, 2, 0, 50), SHIFT_REPEAT(207),
  [1817] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 65), SHIFT_REPEAT(455),
  [1820] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 3, 0, 18),
  [1822] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_statement, 3, 0, 0),
  [1824] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 3, 0, 18),
  [1826] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_sys_call_repeat2, 2, 0, 62),
  [1828] = {.entry = {.count = 1, .reusable = true}}, SHIFT(355),
  [1830] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_next_statement, 2, 0, 5),
  [1832] = {.entry = {.count = 1, .reusable = true}}, SHIFT(452),
  [1834] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 42),
  [1836] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 42), SHIFT_REPEAT(470),
  [1839] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0),
  [1841] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_dim_statement_repeat1, 2, 0, 0), SHIFT_REPEAT(569),
  [1844] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_next_statement_repeat1, 2, 0, 5),
  [1846] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_dim_item, 1, 0, 6),
  [1848] = {.entry = {.count = 1, .reusable = true}}, SHIFT(26),
  [1850] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 2, 0, 0),
  [1852] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 3, 0, 58),
  [1854] = {.entry = {.count = 1, .reusable = false}}, SHIFT(525),
  [1856] = {.entry = {.count = 1, .reusable = true}}, SHIFT(240),
  [1858] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter_list, 4, 0, 77),
  [1860] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(26),
  [1863] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0),
  [1865] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 1, 0, 1),
  [1867] = {.entry = {.count = 1, .reusable = false}}, SHIFT(568),
  [1869] = {.entry = {.count = 1, .reusable = true}}, SHIFT(557),
  [1871] = {.entry = {.count = 1, .reusable = true}}, SHIFT(599),
  [1873] = {.entry = {.count = 1, .reusable = true}}, SHIFT(275),
  [1875] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__inline_statements, 1, 0, 0),
  [1877] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_function_definition, 3, 0, 20),
  [1879] = {.entry = {.count = 1, .reusable = true}}, SHIFT(294),
  [1881] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0), SHIFT_REPEAT(9),
  [1884] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym__statements_repeat1, 2, 0, 0),
  [1886] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 46),
  [1888] = {.entry = {.count = 1, .reusable = true}}, SHIFT(233),
  [1890] = {.entry = {.count = 1, .reusable = false}}, SHIFT(594),
  [1892] = {.entry = {.count = 1, .reusable = true}}, SHIFT(457),
  [1894] = {.entry = {.count = 1, .reusable = true}}, SHIFT(522),
  [1896] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 4, 0, 51),
  [1898] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 60),
  [1900] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 5, 0, 61),
  [1902] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 50), SHIFT_REPEAT(288),
  [1905] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_argument_list_repeat1, 2, 0, 50),
  [1907] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 3, 0, 21),
  [1909] = {.entry = {.count = 1, .reusable = true}}, SHIFT(12),
  [1911] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 78), SHIFT_REPEAT(457),
  [1914] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 78),
  [1916] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 6, 0, 79),
  [1918] = {.entry = {.count = 1, .reusable = true}}, SHIFT(39),
  [1920] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 80),
  [1922] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 2, 0, 0),
  [1924] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 81),
  [1926] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 6, 0, 82),
  [1928] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_if_statement, 4, 0, 45),
  [1930] = {.entry = {.count = 1, .reusable = true}}, SHIFT(24),
  [1932] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 5, 0, 63),
  [1934] = {.entry = {.count = 1, .reusable = false}}, SHIFT(595),
  [1936] = {.entry = {.count = 1, .reusable = true}}, SHIFT(149),
  [1938] = {.entry = {.count = 1, .reusable = true}}, SHIFT(29),
  [1940] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym__statements, 1, 0, 0),
  [1942] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_repeat_statement, 2, 0, 11),
  [1944] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 3, 0, 0),
  [1946] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0),
  [1948] = {.entry = {.count = 1, .reusable = true}}, SHIFT(418),
  [1950] = {.entry = {.count = 1, .reusable = false}}, SHIFT(555),
  [1952] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym_register_list_repeat1, 2, 0, 0), SHIFT_REPEAT(557),
  [1955] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_statement, 3, 0, 25),
  [1957] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 88),
  [1959] = {.entry = {.count = 1, .reusable = true}}, SHIFT(248),
  [1961] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 89),
  [1963] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 7, 0, 90),
  [1965] = {.entry = {.count = 1, .reusable = false}}, SHIFT(333),
  [1967] = {.entry = {.count = 1, .reusable = true}}, SHIFT(72),
  [1969] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_assembler_block, 2, 0, 0),
  [1971] = {.entry = {.count = 1, .reusable = true}}, SHIFT(212),
  [1973] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_basic_statement, 2, 0, 12),
  [1975] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_sys_call, 8, 0, 95),
  [1977] = {.entry = {.count = 1, .reusable = true}}, SHIFT(125),
  [1979] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_local_statement, 2, 0, 0),
  [1981] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_procedure_definition, 3, 0, 20),
  [1983] = {.entry = {.count = 1, .reusable = true}}, SHIFT(157),
  [1985] = {.entry = {.count = 1, .reusable = true}}, SHIFT(520),
  [1987] = {.entry = {.count = 1, .reusable = true}}, SHIFT(568),
  [1989] = {.entry = {.count = 2, .reusable = true}}, REDUCE(aux_sym__inline_statements_repeat1, 2, 0, 0), SHIFT_REPEAT(29),
  [1992] = {.entry = {.count = 1, .reusable = true}}, SHIFT(21),
  [1994] = {.entry = {.count = 1, .reusable = true}}, SHIFT(11),
  [1996] = {.entry = {.count = 1, .reusable = true}}, SHIFT(179),
  [1998] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_proc_call, 2, 0, 15),
  [2000] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_on_error_statement, 3, 0, 24),
  [2002] = {.entry = {.count = 1, .reusable = true}}, SHIFT(615),
  [2004] = {.entry = {.count = 1, .reusable = true}}, SHIFT(234),
  [2006] = {.entry = {.count = 1, .reusable = true}}, REDUCE(aux_sym_parameter_list_repeat1, 2, 0, 58),
  [2008] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 2, 0, 7),
  [2010] = {.entry = {.count = 1, .reusable = true}}, SHIFT(258),
  [2012] = {.entry = {.count = 1, .reusable = true}}, SHIFT(478),
  [2014] = {.entry = {.count = 1, .reusable = true}}, SHIFT(272),
  [2016] = {.entry = {.count = 1, .reusable = true}}, SHIFT(607),
  [2018] = {.entry = {.count = 1, .reusable = true}}, SHIFT(237),
  [2020] = {.entry = {.count = 1, .reusable = true}}, SHIFT(497),
  [2022] = {.entry = {.count = 1, .reusable = true}}, SHIFT(484),
  [2024] = {.entry = {.count = 1, .reusable = false}}, SHIFT(603),
  [2026] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_else_statement, 1, 0, 0),
  [2028] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_register_range, 3, 0, 86),
  [2030] = {.entry = {.count = 1, .reusable = true}}, REDUCE(sym_parameter, 1, 0, 2),
  [2032] = {.entry = {.count = 1, .reusable = true}}, SHIFT(131),
  [2034] = {.entry = {.count = 1, .reusable = true}}, SHIFT(389),
  [2036] = {.entry = {.count = 1, .reusable = true}}, SHIFT(205),
  [2038] = {.entry = {.count = 1, .reusable = true}}, SHIFT(54),
  [2040] = {.entry = {.count = 1, .reusable = true}}, SHIFT(245),
  [2042] = {.entry = {.count = 1, .reusable = true}}, SHIFT(56),
  [2044] = {.entry = {.count = 1, .reusable = true}}, SHIFT(247),
  [2046] = {.entry = {.count = 1, .reusable = true}}, SHIFT(371),
  [2048] = {.entry = {.count = 1, .reusable = true}}, SHIFT(55),
  [2050] = {.entry = {.count = 1, .reusable = true}}, SHIFT(204),
  [2052] = {.entry = {.count = 1, .reusable = true}},  ACCEPT_INPUT(),
  [2054] = {.entry = {.count = 1, .reusable = true}}, SHIFT(145),
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
