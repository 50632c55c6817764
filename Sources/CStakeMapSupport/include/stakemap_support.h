// Small C helpers for StakeMap that Swift cannot express itself.
#ifndef STAKEMAP_SUPPORT_H
#define STAKEMAP_SUPPORT_H

/// Asks the processor to start bringing the cache line at `address` in, without
/// waiting for it (a hint: no effect on what the program computes). The symbol
/// table uses it to overlap the memory latency of a lookup with the rest of a line.
static inline void stakemap_prefetch(const void *address) {
  __builtin_prefetch(address, 0, 3);
}

#endif
