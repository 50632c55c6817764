// The helpers are inline functions in include/stakemap_support.h; SwiftPM needs a
// source file for a C target.
#include "stakemap_support.h"
