// Small C helpers for StakeMap that Swift cannot express itself.
#ifndef STAKEMAP_SUPPORT_H
#define STAKEMAP_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>
#if defined(__SSE2__)
#include <emmintrin.h>
#endif

/// Asks the processor to start bringing the cache line at `address` in, without
/// waiting for it (a hint: no effect on what the program computes). The symbol
/// table uses it to overlap the memory latency of a lookup with the rest of a line.
static inline void stakemap_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

/// Asks the kernel to back the whole 2 MiB pages inside `[start, start + length)`
/// with huge pages when they are first touched (a hint: no effect on what the
/// program computes). One fault then maps 2 MiB instead of 4 KiB; the large buffers
/// of a big map's read otherwise take thousands of page faults.
static inline void stakemap_advise_huge_pages(void *start, size_t length) {
#ifdef MADV_HUGEPAGE
  const uintptr_t huge = (uintptr_t)2 << 20;
  uintptr_t from = ((uintptr_t)start + huge - 1) & ~(huge - 1);
  uintptr_t to = ((uintptr_t)start + length) & ~(huge - 1);
  if (to > from) (void)madvise((void *)from, to - from, MADV_HUGEPAGE);
#else
  (void)start;
  (void)length;
#endif
}

/// How many of the 16 bytes at `p` continue an ASCII identifier, counted from the
/// first: letters, digits, `_`, `.`, and `-` unless the byte after it is `>` (16 when
/// all do). Reads the 17 bytes `p[0...16]`. A byte of 0x80 or more does not continue
/// one here; the lexer's own scan decides what a non-ASCII byte does. Sixteen bytes
/// at once with SSE2 (x86-64 always has it), a byte at a time elsewhere.
static inline unsigned stakemap_identifier_run16(const uint8_t *p) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128((const __m128i *)p);
  const __m128i next = _mm_loadu_si128((const __m128i *)(p + 1));
  // `x` in [lo, lo + n) as a signed comparison: x + (0x80 - lo) < -128 + n.
#define STAKEMAP_IN_RANGE(x, lo, n) \
  _mm_cmplt_epi8(_mm_add_epi8((x), _mm_set1_epi8((char)(0x80 - (lo)))), _mm_set1_epi8((char)(-128 + (n))))
  const __m128i letter = STAKEMAP_IN_RANGE(_mm_or_si128(v, _mm_set1_epi8(0x20)), 0x61, 26);
  const __m128i digit = STAKEMAP_IN_RANGE(v, 0x30, 10);
#undef STAKEMAP_IN_RANGE
  const __m128i underscore = _mm_cmpeq_epi8(v, _mm_set1_epi8('_'));
  const __m128i dot = _mm_cmpeq_epi8(v, _mm_set1_epi8('.'));
  const __m128i dash = _mm_andnot_si128(
    _mm_cmpeq_epi8(next, _mm_set1_epi8('>')), _mm_cmpeq_epi8(v, _mm_set1_epi8('-')));
  const __m128i continues =
    _mm_or_si128(_mm_or_si128(letter, digit), _mm_or_si128(_mm_or_si128(underscore, dot), dash));
  const unsigned stops = ~(unsigned)_mm_movemask_epi8(continues) & 0xFFFF;
  return stops ? (unsigned)__builtin_ctz(stops) : 16;
#else
  for (unsigned i = 0; i < 16; i++) {
    const uint8_t b = p[i];
    const uint8_t lower = b | 0x20;
    const int continues = (lower >= 'a' && lower <= 'z') || (b >= '0' && b <= '9') || b == '_' || b == '.'
      || (b == '-' && p[i + 1] != '>');
    if (!continues) return i;
  }
  return 16;
#endif
}

/// The place of the first quote, backslash or line break among the 16 bytes at `p` (16
/// when there is none): where a string without escapes ends, or stops being one.
static inline unsigned stakemap_string_run16(const uint8_t *p) {
#if defined(__SSE2__)
  const __m128i v = _mm_loadu_si128((const __m128i *)p);
  const __m128i stop = _mm_or_si128(
    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\\'))),
    _mm_cmpeq_epi8(v, _mm_set1_epi8('\n')));
  const unsigned stops = (unsigned)_mm_movemask_epi8(stop);
  return stops ? (unsigned)__builtin_ctz(stops) : 16;
#else
  for (unsigned i = 0; i < 16; i++) {
    if (p[i] == '"' || p[i] == '\\' || p[i] == '\n') return i;
  }
  return 16;
#endif
}

#endif
