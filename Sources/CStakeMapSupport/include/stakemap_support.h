// Small C helpers for StakeMap that Swift cannot express itself.
#ifndef STAKEMAP_SUPPORT_H
#define STAKEMAP_SUPPORT_H

#include <stddef.h>
#include <stdint.h>
#include <sys/mman.h>

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

#endif
