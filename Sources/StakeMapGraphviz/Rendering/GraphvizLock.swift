#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A process-wide lock around Graphviz, holding the shared `GVC_t`.
///
/// A POSIX mutex rather than the standard library's `Mutex`: on Linux `Mutex` waits
/// with raw futex system calls, which ThreadSanitizer cannot see, so every access made
/// under it looked like a data race in `make sanitize`. `pthread_mutex_lock` is one
/// ThreadSanitizer understands, and it costs the same here (one lock per render).
final class GraphvizLock: @unchecked Sendable {
  private let mutex: UnsafeMutablePointer<pthread_mutex_t>
  /// The shared context; read and written only with the lock held.
  private var context: OpaquePointer?

  init() {
    mutex = .allocate(capacity: 1)
    mutex.initialize(to: pthread_mutex_t())
    pthread_mutex_init(mutex, nil)
  }

  deinit {
    pthread_mutex_destroy(mutex)
    mutex.deallocate()
  }

  /// Runs `body` with the lock held and the shared context (nil until created).
  func withLock<R, E: Error>(_ body: (inout OpaquePointer?) throws(E) -> R) throws(E) -> R {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body(&context)
  }
}
