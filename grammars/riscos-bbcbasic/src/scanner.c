// External scanner for BBC BASIC: newlines (including a final
// line with no terminator) and ARM mnemonic splitting (shared header).

#include "tree_sitter/parser.h"
#include "../../arm-common/arm_scanner.h"

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

void *tree_sitter_riscos_bbcbasic_external_scanner_create(void) {
  return calloc(1, sizeof(ArmScanner));
}

void tree_sitter_riscos_bbcbasic_external_scanner_destroy(void *payload) {
  free(payload);
}

unsigned tree_sitter_riscos_bbcbasic_external_scanner_serialize(void *payload,
                                                              char *buffer) {
  return arm_serialize((ArmScanner *)payload, buffer);
}

void tree_sitter_riscos_bbcbasic_external_scanner_deserialize(void *payload,
                                                            const char *buffer,
                                                            unsigned length) {
  arm_deserialize((ArmScanner *)payload, buffer, length);
}

bool tree_sitter_riscos_bbcbasic_external_scanner_scan(void *payload,
                                                     TSLexer *lexer,
                                                     const bool *valid_symbols) {
  ArmScanner *s = (ArmScanner *)payload;
  bool recovering = valid_symbols[ERROR_SENTINEL];

  if (s->count > 0 && !recovering) {
    if (arm_emit_queued(s, lexer, valid_symbols, PIECE_SYMBOLS)) return true;
  }
  s->count = s->next = 0;

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
