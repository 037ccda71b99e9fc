// External scanner for VxD MASM: names spelled like keywords, COMMENT
// blocks, the text of a line the expansion operator opens (told apart when
// it is a conditional's IF), the expansion operator before a conditional's
// ELSE, ELSEIF or ENDIF, and the end of the input where a macro left open
// ends.
//
// Tree-sitter's keyword extraction turns `Lock`, `Page` or `Type` into the
// keyword wherever the keyword may stand, and at the start of a statement
// almost every keyword may. Real VxD sources use such names, and what follows
// the name settles it: a colon makes a label, a defining directive (`PROC`,
// `EQU`, `DD`...) or a structure name and its initialiser (`Lock Lock_Data
// <>`) make the name it defines, and an operator word followed by
// what ends an operand (`jmp Type`, `mov eax, [Size]`) is a plain name. Only
// this scanner can look past the word before choosing its token.

#include "tree_sitter/parser.h"

#include <stdbool.h>
#include <stdint.h>
#include <string.h>

enum TokenType {
  LABEL_NAME,
  DEFINING_NAME,
  OPERAND_NAME,
  COMMENT_BLOCK,
  EXPANSION_TEXT,
  EXPANSION_CONDITION,
  CLAUSE_EXPANSION,
  END_OF_INPUT,
  ERROR_SENTINEL,
};

#define MAX_WORD 15

// The directives whose second word, when it is one of these, makes the first
// word the name they define.
static const char *const DEFINING_WORDS[] = {
    "proc",  "endp",   "equ", "textequ", "catstr", "segment", "ends",
    "struc", "struct", "union", "macro", "label",  "db",      "dw",
    "dd",    "dq",     "df",  "dt",      "dp",     "group",
    "record", "typedef", "proto", "substr", "sizestr", "instr", NULL,
};

// Directives followed by free text, where a defining word is just text
// (`subttl Segment definitions`).
static const char *const FREE_TEXT_WORDS[] = {
    "title", "subttl", "subtitle", "comment", "echo", NULL,
};

// The repeat blocks, whose opening line may follow the expansion operator
// and is then the block's, not text.
static const char *const REPEAT_WORDS[] = {
    "irp", "irpc", "rept", "repeat", "for", "forc", "while", NULL,
};

// The lines that open a conditional, which the expansion operator may open
// (`% IFDEF DEBUG`): such a line's text is a token of its own, so that the
// grammar may read the line as the IF of the conditional that follows.
static const char *const IF_WORDS[] = {
    "if",    "ife",   "ifdef", "ifndef", "ifb",  "ifnb", "ifidn",
    "ifidni", "ifdif", "ifdifi", "if1",  "if2",  NULL,
};

// The lines that continue or close a conditional, which the expansion
// operator may open (`% ELSE`): they are the conditional's, not text.
static const char *const CLAUSE_WORDS[] = {
    "else",      "elseif",     "elseife",   "elseifdef",  "elseifndef",
    "elseifb",   "elseifnb",   "elseifidn", "elseifidni", "elseifdif",
    "elseifdifi", "endif",     NULL,
};

// Statement words that take a name and then an angle list as their
// arguments (`VMMcall _Service <args>`), which is also how a structure
// instance looks.
static const char *const CALLING_WORDS[] = {
    "vmmcall", "vxdcall", "vmmjmp", "vxdjmp", NULL,
};

// The operator keywords an operand may be spelled like (the grammar's
// KEYWORD_UNARY and NOT).
static const char *const OPERATOR_WORDS[] = {
    "offset32", "offset", "seg",      "type",    "size", "sizeof",
    "length",   "lengthof", "width",  "mask",    "high", "low",
    "highword", "lowword",  "short",  "this",    "opattr", "not",
    NULL,
};

typedef struct {
  char text[MAX_WORD + 1];
  unsigned length;
} Word;

static bool is_name_start(int32_t c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
         c == '@' || c == '?' || c == '$' || c == '&';
}

static bool is_name_char(int32_t c) {
  return is_name_start(c) || (c >= '0' && c <= '9');
}

static bool is_blank(int32_t c) {
  return c == ' ' || c == '\t' || c == '\f' || c == 0xa0;
}

static void skip_blanks(TSLexer *lexer) {
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, false);
}

// Reads a name in lower case; a longer name than any keyword keeps only its
// length, which is enough to know it is none of them.
static Word read_word(TSLexer *lexer) {
  Word word = {{0}, 0};
  while (is_name_char(lexer->lookahead)) {
    int32_t c = lexer->lookahead;
    if (word.length < MAX_WORD)
      word.text[word.length] = (char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
    word.length++;
    lexer->advance(lexer, false);
  }
  if (word.length > MAX_WORD) word.text[0] = 0;
  return word;
}

static bool is_one_of(const Word *word, const char *const *list) {
  if (word->length > MAX_WORD) return false;
  for (; *list; list++)
    if (strcmp(word->text, *list) == 0) return true;
  return false;
}

static bool ends_statement(TSLexer *lexer) {
  int32_t c = lexer->lookahead;
  return c == '\r' || c == '\n' || c == ';' || lexer->eof(lexer);
}

// After a name before a defining word: the word must stand alone, so
// `include macro.inc` is not the definition of a macro called include.
static bool defining_word_ends(TSLexer *lexer) {
  int32_t c = lexer->lookahead;
  return is_blank(c) || ends_statement(lexer) || c == '<' || c == '\'' ||
         c == '"';
}

// What can follow a complete operand but never an operator's own operand.
// A sign can follow NOT as its operand's sign (`NOT -1`), and only there.
static bool ends_operand(TSLexer *lexer, const Word *word) {
  int32_t c = lexer->lookahead;
  if (c == '+' || c == '-') return strcmp(word->text, "not") != 0;
  return c == ',' || c == ']' || c == ')' || c == '>' || c == '*' ||
         c == '/' || c == '.' || ends_statement(lexer);
}

// `COMMENT ~ ... ~`: the first character after COMMENT ends the block
// wherever it next appears, and the rest of that line belongs to it. An
// unclosed block runs to the end of the file, as in MASM.
static bool scan_comment_block(TSLexer *lexer) {
  skip_blanks(lexer);
  int32_t delimiter = lexer->lookahead;
  if (ends_statement(lexer)) return false;
  lexer->advance(lexer, false);
  while (!lexer->eof(lexer) && lexer->lookahead != delimiter)
    lexer->advance(lexer, false);
  while (!lexer->eof(lexer) && lexer->lookahead != '\r' &&
         lexer->lookahead != '\n')
    lexer->advance(lexer, false);
  lexer->mark_end(lexer);
  lexer->result_symbol = COMMENT_BLOCK;
  return true;
}

// `% text`: the rest of the line up to a comment (a `;` outside quotes),
// and of the lines a backslash ending one continues it on, without the
// blanks before the comment or the line's end. A repeat block's
// keyword there opens the block instead; a conditional's IF makes the
// text a condition.
static bool scan_expansion_text(TSLexer *lexer, const bool *valid_symbols) {
  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
  if (ends_statement(lexer)) return false;
  bool condition = false;
  if (is_name_start(lexer->lookahead)) {
    Word word = read_word(lexer);
    if (is_one_of(&word, REPEAT_WORDS)) return false;
    condition = is_one_of(&word, IF_WORDS) && valid_symbols[EXPANSION_CONDITION];
    lexer->mark_end(lexer);
  }
  int32_t quote = 0;
  while (!lexer->eof(lexer) && lexer->lookahead != '\r' &&
         lexer->lookahead != '\n') {
    int32_t c = lexer->lookahead;
    if (quote == 0 && c == ';') break;
    // A backslash ending the line continues the text on the next, as anywhere in MASM.
    if (quote == 0 && c == '\\') {
      lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      while (is_blank(lexer->lookahead)) lexer->advance(lexer, false);
      if (lexer->lookahead == '\r') lexer->advance(lexer, false);
      if (lexer->lookahead == '\n') lexer->advance(lexer, false);
      continue;
    }
    if (c == quote) quote = 0;
    else if (quote == 0 && (c == '\'' || c == '"')) quote = c;
    lexer->advance(lexer, false);
    if (!is_blank(c)) lexer->mark_end(lexer);
  }
  if (!condition && !valid_symbols[EXPANSION_TEXT]) return false;
  lexer->result_symbol = condition ? EXPANSION_CONDITION : EXPANSION_TEXT;
  return true;
}

// `%` where a conditional's ELSE, ELSEIF or ENDIF may stand: the operator
// alone, when one of them follows it; else the `%` of a line of text.
static bool scan_clause_expansion(TSLexer *lexer) {
  lexer->advance(lexer, false);
  lexer->mark_end(lexer);
  skip_blanks(lexer);
  if (!is_name_start(lexer->lookahead)) return false;
  Word word = read_word(lexer);
  if (!is_one_of(&word, CLAUSE_WORDS)) return false;
  lexer->result_symbol = CLAUSE_EXPANSION;
  return true;
}

void *tree_sitter_vxd_masm_external_scanner_create(void) { return NULL; }

void tree_sitter_vxd_masm_external_scanner_destroy(void *payload) {
  (void)payload;
}

unsigned tree_sitter_vxd_masm_external_scanner_serialize(void *payload,
                                                         char *buffer) {
  (void)payload;
  (void)buffer;
  return 0;
}

void tree_sitter_vxd_masm_external_scanner_deserialize(void *payload,
                                                       const char *buffer,
                                                       unsigned length) {
  (void)payload;
  (void)buffer;
  (void)length;
}

bool tree_sitter_vxd_masm_external_scanner_scan(void *payload, TSLexer *lexer,
                                                const bool *valid_symbols) {
  (void)payload;
  // Error recovery marks every token valid; the keywords then read as usual.
  if (valid_symbols[ERROR_SENTINEL]) return false;
  // Where a macro may end, the end of the input ends it: MASM reads the
  // rest of the file into its body.
  if (valid_symbols[END_OF_INPUT] && lexer->eof(lexer)) {
    lexer->result_symbol = END_OF_INPUT;
    return true;
  }
  if (valid_symbols[EXPANSION_TEXT] || valid_symbols[EXPANSION_CONDITION])
    return scan_expansion_text(lexer, valid_symbols);
  if (valid_symbols[CLAUSE_EXPANSION]) {
    while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
    if (lexer->lookahead == '%') return scan_clause_expansion(lexer);
  }
  bool statement = valid_symbols[LABEL_NAME] ||
                   valid_symbols[DEFINING_NAME] || valid_symbols[COMMENT_BLOCK];
  if (!statement && !valid_symbols[OPERAND_NAME]) return false;

  while (is_blank(lexer->lookahead)) lexer->advance(lexer, true);
  if (!is_name_start(lexer->lookahead)) return false;
  Word word = read_word(lexer);
  lexer->mark_end(lexer);
  if (valid_symbols[COMMENT_BLOCK] && strcmp(word.text, "comment") == 0)
    return scan_comment_block(lexer);
  skip_blanks(lexer);

  if (valid_symbols[OPERAND_NAME] && is_one_of(&word, OPERATOR_WORDS) &&
      ends_operand(lexer, &word)) {
    lexer->result_symbol = OPERAND_NAME;
    return true;
  }
  if (valid_symbols[LABEL_NAME] && lexer->lookahead == ':') {
    lexer->result_symbol = LABEL_NAME;
    return true;
  }
  if (!valid_symbols[DEFINING_NAME] || is_one_of(&word, FREE_TEXT_WORDS))
    return false;
  if (lexer->lookahead == '=') {
    lexer->result_symbol = DEFINING_NAME;
    return true;
  }
  if (!is_name_start(lexer->lookahead)) return false;
  Word next = read_word(lexer);
  if (is_one_of(&next, DEFINING_WORDS) && defining_word_ends(lexer)) {
    lexer->result_symbol = DEFINING_NAME;
    return true;
  }
  // `Lock Lock_Data <>`, `Lock Lock_Data 4 DUP (<>)`: a structure instance.
  // No instruction operand starts with `<`, `?` or a digit right after a
  // name, and no statement keyword but the VMM call macros takes a name and
  // then one of them.
  skip_blanks(lexer);
  int32_t c = lexer->lookahead;
  if ((c == '<' || c == '?' || (c >= '0' && c <= '9')) &&
      !is_one_of(&word, CALLING_WORDS)) {
    lexer->result_symbol = DEFINING_NAME;
    return true;
  }
  return false;
}
