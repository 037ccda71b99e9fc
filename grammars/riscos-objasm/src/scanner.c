// External scanner for ObjAsm: column-1 labels, newlines (including a final
// line with no terminator) and ARM mnemonic splitting (shared header).

#include "tree_sitter/parser.h"
#include "../../arm-common/arm_scanner.h"
#include <wctype.h>

enum TokenType {
  MNEMONIC_HEAD,
  SWI_MNEMONIC,
  MNEMONIC_TAIL,
  CONDITION,
  S_FLAG,
  SIZE,
  TRANSLATE,
  BLOCK_MODE,
  P_FLAG,
  MNEMONIC_SUBST,
  PRECISION,
  ROUNDING,
  NEWLINE,
  LABEL,
  LOCAL_LABEL,
  ROUT_LABEL,
  DIRECTION,
  SCOPE,
  ERROR_SENTINEL,
};

static const int PIECE_SYMBOLS[PIECE_COUNT + 1] = {
    [PIECE_MNEMONIC] = MNEMONIC_HEAD, [PIECE_SWI] = SWI_MNEMONIC,
    [PIECE_COND] = CONDITION,         [PIECE_S] = S_FLAG,
    [PIECE_SIZE] = SIZE,              [PIECE_T] = TRANSLATE,
    [PIECE_MODE] = BLOCK_MODE,        [PIECE_P] = P_FLAG,
    [PIECE_SUBST] = MNEMONIC_SUBST,   [PIECE_TAIL] = MNEMONIC_TAIL,
    [PIECE_PREC] = PRECISION,         [PIECE_ROUND] = ROUNDING,
};

void *tree_sitter_riscos_objasm_external_scanner_create(void) {
  return calloc(1, sizeof(ArmScanner));
}

void tree_sitter_riscos_objasm_external_scanner_destroy(void *payload) {
  free(payload);
}

unsigned tree_sitter_riscos_objasm_external_scanner_serialize(void *payload,
                                                              char *buffer) {
  return arm_serialize((ArmScanner *)payload, buffer);
}

void tree_sitter_riscos_objasm_external_scanner_deserialize(void *payload,
                                                            const char *buffer,
                                                            unsigned length) {
  arm_deserialize((ArmScanner *)payload, buffer, length);
}

static bool is_label_start(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         c == '$';
}


// After a column-1 name, decides whether the line opens a routine:
// `Name ROUT` or the Hdr:Proc `Name Entry ...` (whose expansion is a ROUT).
static bool followed_by_rout(TSLexer *lexer) {
  while (lexer->lookahead == ' ' || lexer->lookahead == '\t')
    lexer->advance(lexer, false);
  char word[8];
  int len = 0;
  while (arm_is_word_char(lexer->lookahead)) {
    if (len >= 6) return false;
    word[len++] = (char)lexer->lookahead;
    lexer->advance(lexer, false);
  }
  if (len == 4 && arm_prefix_ci(word, 4, 0, "ROUT", 4)) return true;
  static const char entry[] = "Entry";
  if (len != 5) return false;
  for (int i = 0; i < 5; i++)
    if (word[i] != entry[i]) return false;
  return true;
}

static bool scan_label(TSLexer *lexer, const bool *valid_symbols) {
  int32_t c = lexer->lookahead;
  if (c >= '0' && c <= '9') {
    if (!valid_symbols[LOCAL_LABEL]) return false;
    while (arm_is_word_char(lexer->lookahead)) lexer->advance(lexer, false);
    lexer->mark_end(lexer);
    lexer->result_symbol = LOCAL_LABEL;
    return true;
  }
  if (c == '|') {
    // `|` followed by a blank is the ELSE of `[ ]`, not a quoted name.
    lexer->advance(lexer, false);
    if (lexer->lookahead == '|' || iswspace(lexer->lookahead) ||
        lexer->lookahead == ';' || lexer->eof(lexer))
      return false;
    while (lexer->lookahead != '|') {
      if (lexer->lookahead == '\n' || lexer->eof(lexer)) return false;
      lexer->advance(lexer, false);
    }
    lexer->advance(lexer, false);
  } else if (is_label_start(c)) {
    // A dot after a `$name` ends the name (`$name._Entry`, `$label.1`).
    bool in_name = false;
    for (;;) {
      int32_t d = lexer->lookahead;
      if (d == '$') in_name = true;
      else if (d == '.' && in_name) in_name = false;
      else if (!arm_is_word_char(d)) break;
      lexer->advance(lexer, false);
    }
  } else {
    return false;
  }
  lexer->mark_end(lexer);
  if (valid_symbols[ROUT_LABEL] && followed_by_rout(lexer)) {
    lexer->result_symbol = ROUT_LABEL;
    return true;
  }
  if (!valid_symbols[LABEL]) return false;
  lexer->result_symbol = LABEL;
  return true;
}

bool tree_sitter_riscos_objasm_external_scanner_scan(void *payload,
                                                     TSLexer *lexer,
                                                     const bool *valid_symbols) {
  ArmScanner *s = (ArmScanner *)payload;
  bool recovering = valid_symbols[ERROR_SENTINEL];

  if (s->count > 0 && !recovering) {
    if (arm_emit_queued(s, lexer, valid_symbols, PIECE_SYMBOLS)) return true;
  }
  s->count = s->next = 0;

  // `%FT10`: the letters after `%` would otherwise lex as an identifier.
  if (!recovering && (valid_symbols[DIRECTION] || valid_symbols[SCOPE])) {
    // No letter outside ASCII upper-cases to F, B, A or T.
    int32_t c = arm_upper(lexer->lookahead);
    if (valid_symbols[DIRECTION] && (c == 'F' || c == 'B')) {
      lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      lexer->result_symbol = DIRECTION;
      return true;
    }
    if (valid_symbols[SCOPE] && (c == 'A' || c == 'T')) {
      lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      lexer->result_symbol = SCOPE;
      return true;
    }
  }

  if ((valid_symbols[LABEL] || valid_symbols[LOCAL_LABEL] ||
       valid_symbols[ROUT_LABEL]) &&
      lexer->get_column(lexer) == 0) {
    int32_t c = lexer->lookahead;
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != ';' &&
        !lexer->eof(lexer)) {
      // In error recovery a column-1 word still starts a fresh line, which
      // keeps the damage to the broken line.
      return scan_label(lexer, valid_symbols);
    }
  }

  while (lexer->lookahead == ' ' || lexer->lookahead == '\t' ||
         lexer->lookahead == '\r' || lexer->lookahead == '\f')
    lexer->advance(lexer, true);

  if (valid_symbols[NEWLINE]) {
    if (lexer->lookahead == '\n') {
      lexer->advance(lexer, false);
      lexer->mark_end(lexer);
      s->eof_newline_done = 0;
      lexer->result_symbol = NEWLINE;
      return true;
    }
    if (lexer->eof(lexer)) {
      if (s->eof_newline_done || lexer->get_column(lexer) == 0) return false;
      s->eof_newline_done = 1;
      lexer->mark_end(lexer);
      lexer->result_symbol = NEWLINE;
      return true;
    }
  }

  if (recovering) return false;
  if (valid_symbols[MNEMONIC_HEAD] || valid_symbols[SWI_MNEMONIC])
    return arm_scan_mnemonic(s, lexer, valid_symbols, PIECE_SYMBOLS);
  return false;
}
