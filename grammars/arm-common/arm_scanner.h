// Shared external-scanner logic for the RISC OS grammars.
//
// ARM mnemonics glue condition codes and suffixes onto the base name in either
// order (pre-UAL `STRVCB`, UAL `STRBVC`, `LDMFDVS`, `TEQP`). A regex cannot
// split `BLS` (B + LS, not BL + S) or `LDRSB` correctly, so the scanner reads
// the whole word, finds a base whose suffix set explains the remainder, and
// then hands the pieces to the parser one token at a time from a small queue
// kept in the serialized state.
//
// Only libc calls exported by web-tree-sitter's runtime are used.

#ifndef PAGEWARDEN_ARM_SCANNER_H
#define PAGEWARDEN_ARM_SCANNER_H

#include "tree_sitter/parser.h"
#include <stdbool.h>
#include <stdint.h>
#include <string.h>
#include <wctype.h>

// Suffix classes a base mnemonic accepts.
#define SX_COND 1u
#define SX_S 2u
#define SX_SIZE 4u   // B H SB SH D
#define SX_T 8u      // user-mode translation
#define SX_MODE 16u  // IA IB DA DB FD ED FA EA
#define SX_P 32u     // 26-bit TEQP/CMPP
#define SX_BYTE 64u  // SWPB/LDREXB: B only

// Piece kinds emitted to the parser; each grammar maps them to its own
// external-token indices.
enum ArmPiece {
  PIECE_MNEMONIC,
  PIECE_SWI,
  PIECE_COND,
  PIECE_S,
  PIECE_SIZE,
  PIECE_T,
  PIECE_MODE,
  PIECE_P,
  PIECE_SUBST,
  PIECE_TAIL,
  PIECE_COUNT
};

typedef struct {
  const char *name;
  unsigned suffixes;
} ArmBase;

#define DP (SX_COND | SX_S)
static const ArmBase ARM_BASES[] = {
    {"AND", DP}, {"EOR", DP}, {"SUB", DP}, {"RSB", DP}, {"ADD", DP},
    {"ADC", DP}, {"SBC", DP}, {"RSC", DP}, {"ORR", DP}, {"MOV", DP},
    {"BIC", DP}, {"MVN", DP}, {"ORN", DP},
    {"TST", SX_COND | SX_P | SX_S}, {"TEQ", SX_COND | SX_P | SX_S},
    {"CMP", SX_COND | SX_P | SX_S}, {"CMN", SX_COND | SX_P | SX_S},
    {"MUL", DP}, {"MLA", DP}, {"MLS", SX_COND},
    {"UMULL", DP}, {"UMLAL", DP}, {"SMULL", DP}, {"SMLAL", DP},
    {"LSL", DP}, {"LSR", DP}, {"ASR", DP}, {"ROR", DP}, {"RRX", DP},
    {"B", SX_COND}, {"BL", SX_COND}, {"BX", SX_COND}, {"BLX", SX_COND},
    {"LDR", SX_COND | SX_SIZE | SX_T}, {"STR", SX_COND | SX_SIZE | SX_T},
    {"LDM", SX_COND | SX_MODE}, {"STM", SX_COND | SX_MODE},
    {"LDREX", SX_COND | SX_SIZE}, {"STREX", SX_COND | SX_SIZE},
    {"SWP", SX_COND | SX_BYTE},
    {"SWI", SX_COND}, {"SVC", SX_COND},
    {"MRS", SX_COND}, {"MSR", SX_COND}, {"CLZ", SX_COND},
    {"MCR", SX_COND}, {"MRC", SX_COND}, {"MCR2", 0}, {"MRC2", 0},
    {"MCRR", SX_COND}, {"MRRC", SX_COND}, {"CDP", SX_COND},
    {"LDC", SX_COND}, {"STC", SX_COND}, {"LDCL", SX_COND}, {"STCL", SX_COND},
    {"PUSH", SX_COND}, {"POP", SX_COND},
    {"ADR", SX_COND}, {"ADRL", SX_COND}, {"NOP", SX_COND},
    {"MOVW", SX_COND}, {"MOVT", SX_COND},
    {"QADD", SX_COND}, {"QSUB", SX_COND}, {"QDADD", SX_COND}, {"QDSUB", SX_COND},
    {"REV", SX_COND}, {"REV16", SX_COND}, {"REVSH", SX_COND}, {"RBIT", SX_COND},
    {"UXTB", SX_COND}, {"UXTH", SX_COND}, {"SXTB", SX_COND}, {"SXTH", SX_COND},
    {"UXTAB", SX_COND}, {"UXTAH", SX_COND}, {"SXTAB", SX_COND}, {"SXTAH", SX_COND},
    {"UBFX", SX_COND}, {"SBFX", SX_COND}, {"BFI", SX_COND}, {"BFC", SX_COND},
    {"UDIV", SX_COND}, {"SDIV", SX_COND},
    {"BKPT", 0}, {"WFI", SX_COND}, {"WFE", SX_COND}, {"SEV", SX_COND},
    {"YIELD", SX_COND}, {"DMB", 0}, {"DSB", 0}, {"ISB", 0}, {"CLREX", 0},
    {"CPSIE", 0}, {"CPSID", 0}, {"CPS", 0}, {"SETEND", 0}, {"PLD", 0},
    {"SMULBB", SX_COND}, {"SMULBT", SX_COND}, {"SMULTB", SX_COND},
    {"SMULTT", SX_COND}, {"SMLABB", SX_COND}, {"SMULWB", SX_COND},
    {"SMULWT", SX_COND},
};
#undef DP

static const char *const ARM_CONDS[] = {"EQ", "NE", "CS", "HS", "CC", "LO",
                                        "MI", "PL", "VS", "VC", "HI", "LS",
                                        "GE", "LT", "GT", "LE", "AL", "NV"};
static const char *const ARM_MODES[] = {"IA", "IB", "DA", "DB",
                                        "FD", "ED", "FA", "EA"};

#define ARM_WORD_MAX 48
#define ARM_QUEUE_MAX 10

typedef struct {
  uint8_t kind;
  uint8_t len;
} ArmPieceLen;

typedef struct {
  // Pieces still to hand out after the mnemonic has been returned.
  ArmPieceLen queue[ARM_QUEUE_MAX];
  uint8_t count;
  uint8_t next;
  // Whether the zero-width end-of-file newline was already produced here.
  uint8_t eof_newline_done;
} ArmScanner;

// Local helpers instead of memchr/strcmp: the wasm side module may only
// import what web-tree-sitter's runtime exports.
static inline bool arm_has_dollar(const char *word, int len) {
  for (int i = 0; i < len; i++)
    if (word[i] == '$') return true;
  return false;
}

static inline bool arm_streq(const char *a, const char *b) {
  while (*a && *a == *b) a++, b++;
  return *a == *b;
}

static inline bool arm_is_word_char(int32_t c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ||
         (c >= '0' && c <= '9') || c == '_';
}

static inline bool arm_prefix_ci(const char *word, int len, int at,
                                 const char *lit) {
  int n = (int)strlen(lit);
  if (at + n > len) return false;
  for (int i = 0; i < n; i++) {
    if (towupper((wint_t)word[at + i]) != (wint_t)lit[i]) return false;
  }
  return true;
}

// Tries to explain word[at..len) as a sequence of allowed suffixes, each
// class used at most once. Backtracks because `LS` may be a condition while
// `S` alone is a flag, and `SB` a size.
static bool arm_split_suffixes(const char *word, int len, int at,
                               unsigned allowed, unsigned used,
                               ArmPieceLen *out, int *out_count) {
  if (at == len) return true;
  if (*out_count >= ARM_QUEUE_MAX) return false;

  // `$cond` macro substitution inside a mnemonic (`LDR$cond`, `LDM$cond.FD`).
  if (word[at] == '$') {
    int j = at + 1;
    while (j < len && arm_is_word_char(word[j])) j++;
    if (j == at + 1) return false;
    if (j < len && word[j] == '.') j++;
    out[*out_count] = (ArmPieceLen){PIECE_SUBST, (uint8_t)(j - at)};
    (*out_count)++;
    if (arm_split_suffixes(word, len, j, allowed, used, out, out_count))
      return true;
    (*out_count)--;
    return false;
  }

#define TRY(cls, kind, lit)                                                  \
  if ((allowed & (cls)) && !(used & (cls)) &&                                \
      arm_prefix_ci(word, len, at, lit)) {                                   \
    int n_ = (int)strlen(lit);                                               \
    out[*out_count] = (ArmPieceLen){(uint8_t)(kind), (uint8_t)n_};           \
    (*out_count)++;                                                          \
    if (arm_split_suffixes(word, len, at + n_, allowed, used | (cls), out,   \
                           out_count))                                       \
      return true;                                                           \
    (*out_count)--;                                                          \
  }

  for (unsigned i = 0; i < sizeof ARM_CONDS / sizeof ARM_CONDS[0]; i++) {
    TRY(SX_COND, PIECE_COND, ARM_CONDS[i]);
  }
  for (unsigned i = 0; i < sizeof ARM_MODES / sizeof ARM_MODES[0]; i++) {
    TRY(SX_MODE, PIECE_MODE, ARM_MODES[i]);
  }
  TRY(SX_SIZE, PIECE_SIZE, "SB");
  TRY(SX_SIZE, PIECE_SIZE, "SH");
  TRY(SX_SIZE, PIECE_SIZE, "B");
  TRY(SX_SIZE, PIECE_SIZE, "H");
  TRY(SX_SIZE, PIECE_SIZE, "D");
  TRY(SX_BYTE, PIECE_SIZE, "B");
  TRY(SX_T, PIECE_T, "T");
  TRY(SX_S, PIECE_S, "S");
  TRY(SX_P, PIECE_P, "P");
#undef TRY
  return false;
}

// Splits a whole word into base + suffix pieces. On success out[0] is the
// base (PIECE_MNEMONIC or PIECE_SWI) and *out_count the number of pieces.
static bool arm_split_mnemonic(const char *word, int len, ArmPieceLen *out,
                               int *out_count) {
  // Longest base first: `BLEQ` is BL+EQ, but `BLS` falls back to B+LS.
  for (int want = 6; want >= 1; want--) {
    for (unsigned i = 0; i < sizeof ARM_BASES / sizeof ARM_BASES[0]; i++) {
      const ArmBase *b = &ARM_BASES[i];
      if ((int)strlen(b->name) != want) continue;
      if (!arm_prefix_ci(word, len, 0, b->name)) continue;
      int count = 1;
      if (arm_split_suffixes(word, len, want, b->suffixes, 0, out, &count)) {
        bool swi = arm_streq(b->name, "SWI") || arm_streq(b->name, "SVC");
        out[0] = (ArmPieceLen){(uint8_t)(swi ? PIECE_SWI : PIECE_MNEMONIC),
                               (uint8_t)want};
        *out_count = count;
        return true;
      }
    }
  }
  return false;
}

static inline bool arm_is_push_pop(const char *word, int base_len) {
  return (base_len == 4 && arm_prefix_ci(word, base_len, 0, "PUSH")) ||
         (base_len == 3 && arm_prefix_ci(word, base_len, 0, "POP"));
}

static inline unsigned arm_serialize(const ArmScanner *s, char *buffer) {
  unsigned n = 0;
  buffer[n++] = (char)s->count;
  buffer[n++] = (char)s->next;
  buffer[n++] = (char)s->eof_newline_done;
  for (unsigned i = 0; i < s->count; i++) {
    buffer[n++] = (char)s->queue[i].kind;
    buffer[n++] = (char)s->queue[i].len;
  }
  return n;
}

static inline void arm_deserialize(ArmScanner *s, const char *buffer,
                                   unsigned length) {
  memset(s, 0, sizeof *s);
  if (length < 3) return;
  s->count = (uint8_t)buffer[0];
  s->next = (uint8_t)buffer[1];
  s->eof_newline_done = (uint8_t)buffer[2];
  if (s->count > ARM_QUEUE_MAX || length < 3u + 2u * s->count) {
    memset(s, 0, sizeof *s);
    return;
  }
  for (unsigned i = 0; i < s->count; i++) {
    s->queue[i].kind = (uint8_t)buffer[3 + 2 * i];
    s->queue[i].len = (uint8_t)buffer[4 + 2 * i];
  }
}

// Hands out the next queued suffix piece, if the parser wants it here.
// piece_symbols maps ArmPiece -> external token index (-1 = none).
static bool arm_emit_queued(ArmScanner *s, TSLexer *lexer,
                            const bool *valid_symbols,
                            const int *piece_symbols) {
  if (s->next >= s->count) {
    s->count = s->next = 0;
    return false;
  }
  ArmPieceLen p = s->queue[s->next];
  int sym = piece_symbols[p.kind];
  if (sym < 0 || !valid_symbols[sym]) {
    s->count = s->next = 0;
    return false;
  }
  for (unsigned i = 0; i < p.len; i++) lexer->advance(lexer, false);
  lexer->mark_end(lexer);
  lexer->result_symbol = (TSSymbol)sym;
  s->next++;
  if (s->next >= s->count) s->count = s->next = 0;
  return true;
}

static bool arm_is_base(const char *word, int len) {
  for (unsigned i = 0; i < sizeof ARM_BASES / sizeof ARM_BASES[0]; i++) {
    if ((int)strlen(ARM_BASES[i].name) == len &&
        arm_prefix_ci(word, len, 0, ARM_BASES[i].name))
      return true;
  }
  return false;
}

// Reads the word at the lexer position (whitespace already skipped) and, if
// it is an ARM mnemonic the parser may take here, returns the first piece of
// its base and queues the rest.
//
// The lexer cannot move the token end backwards, and which base is right
// (`BLS` = B+LS, `BLEQ` = BL+EQ) is only known at the end of the word. So the
// token end is fixed at the shortest base prefix while reading; when the real
// base is longer, the remainder of the base follows as a MNEMONIC_TAIL piece
// and the grammar's `mnemonic` node spans both.
static bool arm_scan_mnemonic(ArmScanner *s, TSLexer *lexer,
                              const bool *valid_symbols,
                              const int *piece_symbols) {
  char word[ARM_WORD_MAX];
  int len = 0;
  int head = 0;
  int32_t c = lexer->lookahead;
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  while (arm_is_word_char(lexer->lookahead) || lexer->lookahead == '$' ||
         (lexer->lookahead == '.' && len > 0 && word[len - 1] != '.' &&
          arm_has_dollar(word, len))) {
    if (len >= ARM_WORD_MAX - 1) return false;
    word[len++] = (char)lexer->lookahead;
    lexer->advance(lexer, false);
    if (head == 0 && arm_is_base(word, len)) {
      head = len;
      lexer->mark_end(lexer);
    }
  }
  if (head == 0) return false;
  // A word followed by a BASIC type sigil or an array bracket is a variable.
  c = lexer->lookahead;
  if (c == '%' || c == '(') return false;

  ArmPieceLen pieces[ARM_QUEUE_MAX];
  int count = 0;
  if (!arm_split_mnemonic(word, len, pieces, &count)) return false;
  int sym = piece_symbols[pieces[0].kind];
  if (sym < 0 || !valid_symbols[sym]) return false;

  if (arm_is_push_pop(word, pieces[0].len)) {
    // `Push "r0-r3, lr"` is the Hdr:Macros macro; only `{` makes it UAL.
    while (lexer->lookahead == ' ' || lexer->lookahead == '\t')
      lexer->advance(lexer, false);
    if (lexer->lookahead != '{') return false;
  }

  s->count = 0;
  s->next = 0;
  if (pieces[0].len > head) {
    s->queue[s->count++] =
        (ArmPieceLen){PIECE_TAIL, (uint8_t)(pieces[0].len - head)};
  }
  for (int i = 1; i < count && s->count < ARM_QUEUE_MAX; i++)
    s->queue[s->count++] = pieces[i];
  lexer->result_symbol = (TSSymbol)sym;
  return true;
}

#endif
