#ifndef STAKEMAP_CGRAPHVIZ_SHIM_H
#define STAKEMAP_CGRAPHVIZ_SHIM_H

#include <graphviz/gvc.h>
#include <graphviz/cgraph.h>

/// `Agdirected` is a global struct that Swift 6 refuses to read; this returns it.
static inline Agdesc_t stakemap_agdirected(void) { return Agdirected; }

#endif
