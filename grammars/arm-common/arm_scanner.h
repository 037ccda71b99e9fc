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

// Suffix classes a base mnemonic accepts.
#define SX_COND 1u
#define SX_S 2u
#define SX_SIZE 4u   // B H SB SH D
#define SX_T 8u      // user-mode translation
#define SX_MODE 16u  // IA IB DA DB FD ED FA EA
#define SX_P 32u     // 26-bit TEQP/CMPP
#define SX_BYTE 64u  // SWPB/LDREXB: B only
#define SX_PREC 128u    // FPA precision S D E
#define SX_PACKED 256u  // LDF/STF: P (packed decimal) is a precision too
#define SX_ROUND 512u   // FPA rounding P M Z
#define SX_LONG 1024u   // LDC/STC: L after the condition (LDCEQL)
#define SX_EXC 2048u    // CMF/CNF: E after the condition (CMFEQE)

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
  PIECE_PREC,
  PIECE_ROUND,
  PIECE_COUNT
};

typedef struct {
  const char *name;
  uint8_t len;
  unsigned suffixes;
} ArmBase;

// Kept in ASCII order (grammars/test checks it): the scanner narrows the run
// of bases that begin with the letters read so far, one letter at a time,
// instead of comparing every prefix of the word with every base.
//
// The FPA's mnemonics take the condition first, then the precision, then the
// rounding (LDFNED, ADFEQSZ); FIX takes a precision that means nothing, as
// other assemblers accept it.
#define ARM_BASE(name, sx) {name, sizeof name - 1, sx}
#define DP (SX_COND | SX_S)
#define FP (SX_COND | SX_PREC | SX_ROUND)
#define FT (SX_COND | SX_PREC | SX_PACKED)
static const ArmBase ARM_BASES[] = {
    ARM_BASE("ABS", FP), ARM_BASE("ACS", FP),
    ARM_BASE("ADC", DP), ARM_BASE("ADD", DP), ARM_BASE("ADF", FP),
    ARM_BASE("ADR", SX_COND), ARM_BASE("ADRL", SX_COND), ARM_BASE("AND", DP),
    ARM_BASE("ASN", FP), ARM_BASE("ASR", DP), ARM_BASE("ATN", FP),
    ARM_BASE("B", SX_COND), ARM_BASE("BFC", SX_COND), ARM_BASE("BFI", SX_COND),
    ARM_BASE("BIC", DP), ARM_BASE("BKPT", 0), ARM_BASE("BL", SX_COND),
    ARM_BASE("BLX", SX_COND), ARM_BASE("BX", SX_COND),
    ARM_BASE("CDP", SX_COND), ARM_BASE("CDP2", 0), ARM_BASE("CLREX", 0),
    ARM_BASE("CLZ", SX_COND), ARM_BASE("CMF", SX_COND | SX_EXC),
    ARM_BASE("CMFE", SX_COND),
    ARM_BASE("CMN", SX_COND | SX_P | SX_S),
    ARM_BASE("CMP", SX_COND | SX_P | SX_S), ARM_BASE("CNF", SX_COND | SX_EXC),
    ARM_BASE("CNFE", SX_COND), ARM_BASE("COS", FP), ARM_BASE("CPS", 0),
    ARM_BASE("CPSID", 0), ARM_BASE("CPSIE", 0),
    ARM_BASE("DMB", 0), ARM_BASE("DSB", 0), ARM_BASE("DVF", FP),
    ARM_BASE("EOR", DP), ARM_BASE("EXP", FP),
    ARM_BASE("FDV", FP), ARM_BASE("FIX", FP), ARM_BASE("FLT", FP),
    ARM_BASE("FML", FP), ARM_BASE("FRD", FP),
    ARM_BASE("ISB", 0),
    ARM_BASE("LDC", SX_COND | SX_LONG), ARM_BASE("LDC2", SX_LONG),
    ARM_BASE("LDCL", SX_COND), ARM_BASE("LDF", FT), ARM_BASE("LDM", SX_COND | SX_MODE),
    ARM_BASE("LDR", SX_COND | SX_SIZE | SX_T),
    ARM_BASE("LDREX", SX_COND | SX_SIZE), ARM_BASE("LFM", SX_COND | SX_MODE),
    ARM_BASE("LGN", FP), ARM_BASE("LOG", FP), ARM_BASE("LSL", DP),
    ARM_BASE("LSR", DP),
    ARM_BASE("MCR", SX_COND), ARM_BASE("MCR2", 0), ARM_BASE("MCRR", SX_COND),
    ARM_BASE("MLA", DP), ARM_BASE("MLS", SX_COND), ARM_BASE("MNF", FP),
    ARM_BASE("MOV", DP), ARM_BASE("MOVT", SX_COND), ARM_BASE("MOVW", SX_COND),
    ARM_BASE("MRC", SX_COND), ARM_BASE("MRC2", 0), ARM_BASE("MRRC", SX_COND),
    ARM_BASE("MRS", SX_COND), ARM_BASE("MSR", SX_COND), ARM_BASE("MUF", FP),
    ARM_BASE("MUL", DP), ARM_BASE("MVF", FP), ARM_BASE("MVN", DP),
    ARM_BASE("NOP", SX_COND), ARM_BASE("NRM", FP),
    ARM_BASE("ORN", DP), ARM_BASE("ORR", DP),
    ARM_BASE("PLD", 0), ARM_BASE("POL", FP), ARM_BASE("POP", SX_COND),
    ARM_BASE("POW", FP), ARM_BASE("PUSH", SX_COND),
    ARM_BASE("QADD", SX_COND), ARM_BASE("QDADD", SX_COND),
    ARM_BASE("QDSUB", SX_COND), ARM_BASE("QSUB", SX_COND),
    ARM_BASE("RBIT", SX_COND), ARM_BASE("RDF", FP), ARM_BASE("REV", SX_COND),
    ARM_BASE("REV16", SX_COND), ARM_BASE("REVSH", SX_COND),
    ARM_BASE("RFC", SX_COND), ARM_BASE("RFS", SX_COND), ARM_BASE("RMF", FP),
    ARM_BASE("RND", FP), ARM_BASE("ROR", DP), ARM_BASE("RPW", FP),
    ARM_BASE("RRX", DP), ARM_BASE("RSB", DP), ARM_BASE("RSC", DP),
    ARM_BASE("RSF", FP),
    ARM_BASE("SBC", DP), ARM_BASE("SBFX", SX_COND), ARM_BASE("SDIV", SX_COND),
    ARM_BASE("SETEND", 0), ARM_BASE("SEV", SX_COND),
    ARM_BASE("SFM", SX_COND | SX_MODE), ARM_BASE("SIN", FP),
    ARM_BASE("SMLABB", SX_COND), ARM_BASE("SMLAL", DP),
    ARM_BASE("SMULBB", SX_COND), ARM_BASE("SMULBT", SX_COND),
    ARM_BASE("SMULL", DP), ARM_BASE("SMULTB", SX_COND),
    ARM_BASE("SMULTT", SX_COND), ARM_BASE("SMULWB", SX_COND),
    ARM_BASE("SMULWT", SX_COND), ARM_BASE("SQT", FP),
    ARM_BASE("STC", SX_COND | SX_LONG), ARM_BASE("STC2", SX_LONG),
    ARM_BASE("STCL", SX_COND), ARM_BASE("STF", FT),
    ARM_BASE("STM", SX_COND | SX_MODE),
    ARM_BASE("STR", SX_COND | SX_SIZE | SX_T),
    ARM_BASE("STREX", SX_COND | SX_SIZE), ARM_BASE("SUB", DP),
    ARM_BASE("SUF", FP), ARM_BASE("SVC", SX_COND), ARM_BASE("SWI", SX_COND),
    ARM_BASE("SWP", SX_COND | SX_BYTE), ARM_BASE("SXTAB", SX_COND),
    ARM_BASE("SXTAH", SX_COND), ARM_BASE("SXTB", SX_COND),
    ARM_BASE("SXTH", SX_COND),
    ARM_BASE("TAN", FP), ARM_BASE("TEQ", SX_COND | SX_P | SX_S),
    ARM_BASE("TST", SX_COND | SX_P | SX_S),
    ARM_BASE("UBFX", SX_COND), ARM_BASE("UDIV", SX_COND), ARM_BASE("UMLAL", DP),
    ARM_BASE("UMULL", DP), ARM_BASE("URD", FP), ARM_BASE("UXTAB", SX_COND),
    ARM_BASE("UXTAH", SX_COND), ARM_BASE("UXTB", SX_COND),
    ARM_BASE("UXTH", SX_COND),
    ARM_BASE("WFC", SX_COND), ARM_BASE("WFE", SX_COND), ARM_BASE("WFI", SX_COND),
    ARM_BASE("WFS", SX_COND),
    ARM_BASE("YIELD", SX_COND),
};
#undef FT
#undef FP
#undef DP
#undef ARM_BASE
#define ARM_BASE_COUNT (sizeof ARM_BASES / sizeof ARM_BASES[0])
// The longest base name (SETEND, SMULBB...).
#define ARM_BASE_MAX 6

// Every condition and block mode is two letters.
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

// The words are ASCII (letters, digits, `_`, `$`, `.`), so this is all the
// case folding they need; towupper goes through libc's whole Unicode table.
static inline int32_t arm_upper(int32_t c) {
  return c >= 'a' && c <= 'z' ? c - ('a' - 'A') : c;
}

// Whether word[at..at+n) is the upper-case lit of n letters, in any case.
static inline bool arm_prefix_ci(const char *word, int len, int at,
                                 const char *lit, int n) {
  if (at + n > len) return false;
  for (int i = 0; i < n; i++) {
    if (arm_upper(word[at + i]) != lit[i]) return false;
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

// A suffix of class `need`, which uses up class `mark`: P is a precision of
// LDF's only by SX_PACKED, and LDCEQL's L is the size LDCL's base spells.
#define TRY_AS(need, mark, kind, lit, n)                                     \
  if ((allowed & (need)) && !(used & (mark)) &&                              \
      arm_prefix_ci(word, len, at, lit, n)) {                                \
    out[*out_count] = (ArmPieceLen){(uint8_t)(kind), (uint8_t)(n)};          \
    (*out_count)++;                                                          \
    if (arm_split_suffixes(word, len, at + (n), allowed, used | (mark), out, \
                           out_count))                                       \
      return true;                                                           \
    (*out_count)--;                                                          \
  }
#define TRY(cls, kind, lit, n) TRY_AS(cls, cls, kind, lit, n)

  for (unsigned i = 0; i < sizeof ARM_CONDS / sizeof ARM_CONDS[0]; i++) {
    TRY(SX_COND, PIECE_COND, ARM_CONDS[i], 2);
  }
  for (unsigned i = 0; i < sizeof ARM_MODES / sizeof ARM_MODES[0]; i++) {
    TRY(SX_MODE, PIECE_MODE, ARM_MODES[i], 2);
  }
  TRY(SX_SIZE, PIECE_SIZE, "SB", 2);
  TRY(SX_SIZE, PIECE_SIZE, "SH", 2);
  TRY(SX_SIZE, PIECE_SIZE, "B", 1);
  TRY(SX_SIZE, PIECE_SIZE, "H", 1);
  TRY(SX_SIZE, PIECE_SIZE, "D", 1);
  TRY(SX_BYTE, PIECE_SIZE, "B", 1);
  TRY_AS(SX_LONG, SX_SIZE, PIECE_SIZE, "L", 1);
  TRY(SX_T, PIECE_T, "T", 1);
  TRY(SX_S, PIECE_S, "S", 1);
  TRY(SX_P, PIECE_P, "P", 1);
  TRY(SX_PREC, PIECE_PREC, "S", 1);
  TRY(SX_PREC, PIECE_PREC, "D", 1);
  TRY(SX_PREC, PIECE_PREC, "E", 1);
  TRY_AS(SX_PACKED, SX_PREC, PIECE_PREC, "P", 1);
  // CMFEQE: the older spelling of CMFEEQ; the lowering reads the E as CMFE's.
  TRY_AS(SX_EXC, SX_PREC, PIECE_PREC, "E", 1);
  TRY(SX_ROUND, PIECE_ROUND, "P", 1);
  TRY(SX_ROUND, PIECE_ROUND, "M", 1);
  TRY(SX_ROUND, PIECE_ROUND, "Z", 1);
#undef TRY
#undef TRY_AS
  return false;
}

// Splits a whole word into base + suffix pieces. base_at[n] is the index of
// the base spelled by the word's first n letters, or -1. On success out[0] is
// the base (PIECE_MNEMONIC or PIECE_SWI) and *out_count the number of pieces.
static bool arm_split_mnemonic(const char *word, int len, const int *base_at,
                               ArmPieceLen *out, int *out_count) {
  // Longest base first: `BLEQ` is BL+EQ, but `BLS` falls back to B+LS.
  for (int want = ARM_BASE_MAX; want >= 1; want--) {
    if (base_at[want] < 0) continue;
    const ArmBase *b = &ARM_BASES[base_at[want]];
    int count = 1;
    if (arm_split_suffixes(word, len, want, b->suffixes, 0, out, &count)) {
      bool swi = arm_streq(b->name, "SWI") || arm_streq(b->name, "SVC");
      out[0] = (ArmPieceLen){(uint8_t)(swi ? PIECE_SWI : PIECE_MNEMONIC),
                             (uint8_t)want};
      *out_count = count;
      return true;
    }
  }
  return false;
}

static inline bool arm_is_push_pop(const char *word, int base_len) {
  return (base_len == 4 && arm_prefix_ci(word, base_len, 0, "PUSH", 4)) ||
         (base_len == 3 && arm_prefix_ci(word, base_len, 0, "POP", 3));
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

// Narrows [*lo, *hi), the bases whose first k letters are the word's, to those
// whose letter k is c (upper case). The run is sorted, and a base of exactly
// k letters sorts first in it (its letter k is the NUL), so afterwards a base
// spelled by the word's first k + 1 letters, if any, is the one at *lo.
static inline void arm_narrow(unsigned *lo, unsigned *hi, int k, char c) {
  unsigned i = *lo;
  while (i < *hi && (unsigned char)ARM_BASES[i].name[k] < (unsigned char)c)
    i++;
  unsigned j = i;
  while (j < *hi && ARM_BASES[j].name[k] == c) j++;
  *lo = i;
  *hi = j;
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
  int base_at[ARM_BASE_MAX + 1];
  for (int i = 0; i <= ARM_BASE_MAX; i++) base_at[i] = -1;
  unsigned lo = 0, hi = ARM_BASE_COUNT;
  int32_t c = lexer->lookahead;
  if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))) return false;
  while (arm_is_word_char(lexer->lookahead) || lexer->lookahead == '$' ||
         (lexer->lookahead == '.' && len > 0 && word[len - 1] != '.' &&
          arm_has_dollar(word, len))) {
    if (len >= ARM_WORD_MAX - 1) return false;
    word[len] = (char)lexer->lookahead;
    lexer->advance(lexer, false);
    if (lo < hi) {
      arm_narrow(&lo, &hi, len, (char)arm_upper(word[len]));
      if (lo < hi && ARM_BASES[lo].len == len + 1) {
        base_at[len + 1] = (int)lo;
        if (head == 0) {
          head = len + 1;
          lexer->mark_end(lexer);
        }
      }
    }
    len++;
  }
  if (head == 0) return false;
  // A word followed by a BASIC type sigil or an array bracket is a variable.
  c = lexer->lookahead;
  if (c == '%' || c == '(') return false;

  ArmPieceLen pieces[ARM_QUEUE_MAX];
  int count = 0;
  if (!arm_split_mnemonic(word, len, base_at, pieces, &count)) return false;
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
