#if canImport(Glibc)
  import Glibc
#endif

/// `check` maps a large file into memory instead of copying it
/// (`SourceReader.mappedSource`). A mapped file that gets shorter while it is read
/// (another program truncates it in place) makes the process receive `SIGBUS`; this
/// turns that into an error message and exit status 1 instead of a crash. `check`
/// writes no file, so nothing is lost.
enum MappedFileGuard {
  /// The message, made before reading: a signal handler may only write bytes.
  nonisolated(unsafe) private static var message: UnsafeMutablePointer<CChar>?
  nonisolated(unsafe) private static var length = 0

  /// Installs the `SIGBUS` handler, with the message for the file at `path`.
  static func install(for path: String) {
    let text = "\(path): error: cannot read: the file changed while it was being read; run again\n"
    message = strdup(text)
    length = text.utf8.count
    signal(SIGBUS) { _ in
      if let message = MappedFileGuard.message { _ = write(2, message, MappedFileGuard.length) }
      _exit(1)
    }
  }
}
