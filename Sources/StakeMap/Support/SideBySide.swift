import Dispatch

/// Runs two independent computations at the same time, one on each of two threads,
/// and returns both results.
///
/// Neither may write anything the other reads or writes; each result is the one the
/// computation gives on its own, so the pair is the same as calling `a` then `b`.
func sideBySide<A, B>(_ a: () -> A, _ b: () -> B) -> (A, B) {
  withoutActuallyEscaping(a) { a in
    withoutActuallyEscaping(b) { b in
      nonisolated(unsafe) let (first, second) = (a, b)
      nonisolated(unsafe) var results: (A?, B?)
      DispatchQueue.concurrentPerform(iterations: 2) { task in
        if task == 0 { results.0 = first() } else { results.1 = second() }
      }
      return (results.0!, results.1!)
    }
  }
}
