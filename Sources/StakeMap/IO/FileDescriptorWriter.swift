#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// Writes whole buffers to a file descriptor with `write(2)`: the one loop behind
/// ``AtomicFileWriter`` and the command line's standard output and error.
public enum FileDescriptorWriter {
  /// Writes every byte of `bytes` to `fd`, straight from the caller's buffer, retrying
  /// short and interrupted writes.
  ///
  /// - Returns: 0, or the `errno` of the write that failed (`ENOSPC`, `EPIPE`, `EBADF`…).
  public static func writeAll(_ fd: Int32, _ bytes: UnsafeRawBufferPointer) -> Int32 {
    guard var next = bytes.baseAddress else { return 0 }
    var left = bytes.count
    while left > 0 {
      let written = write(fd, next, left)
      if written < 0 {
        if errno == EINTR { continue }
        return errno
      }
      next += written
      left -= written
    }
    return 0
  }
}
