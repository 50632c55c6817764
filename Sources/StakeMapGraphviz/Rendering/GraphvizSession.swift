import CGraphviz

/// One message Graphviz passed to its error callback.
struct GraphvizMessage: Equatable, Sendable {
  /// How bad Graphviz said it was.
  enum Level: Sendable {
    /// "Warning: …" — the output is still made.
    case warning
    /// "Error: …" — the step failed, even when its return code does not say so.
    case error
  }

  /// How bad Graphviz said it was.
  var level: Level
  /// The message without its "Error: " / "Warning: " prefix, trimmed.
  var text: String
}

/// The one owner of Graphviz's process-wide state: a lock, the shared `GVC_t`, and the
/// messages captured from Graphviz's error callback.
///
/// cgraph and gvc are not thread-safe, not even for reads: the DOT lexer, the error
/// callback, attribute defaults and plugin state are globals. Every call into Graphviz in
/// this package runs inside ``withExclusiveAccess(_:)`` or ``withContext(_:)``, which hold
/// one process-wide lock for the whole call.
enum GraphvizSession {
  /// The lock. It holds the shared context, created on first use and kept (never
  /// freed) for the life of the process.
  private static let lock = GraphvizLock()

  /// Text Graphviz has passed to ``captureMessage`` since the lock was taken, one element a
  /// call. Touched only by code running with ``lock`` held (the callback only runs inside a
  /// Graphviz call, and those only run with the lock held), so the lock protects it.
  nonisolated(unsafe) private static var capturedChunks: [String] = []

  /// Graphviz's error callback (`agseterrf`): keeps the text instead of printing it.
  ///
  /// cgraph calls it three times a message — with "Error" or "Warning", with ": ", then with
  /// the formatted text — and once, with the text alone, for a continuation (`AGPREV`).
  private static let captureMessage: agusererrf = { text in
    if let text {
      GraphvizSession.capturedChunks.append(String(cString: text))
    }
    return 0
  }

  /// Runs `body` with the process-wide Graphviz lock held and Graphviz's messages captured.
  ///
  /// Inside `body` any Graphviz function may be called; ``takeMessages()`` returns what
  /// Graphviz reported so far. The error callback and reporting level are installed for the
  /// duration and restored afterwards. Not reentrant: `body` must not call back into this
  /// type's locking functions.
  static func withExclusiveAccess<R: Sendable, E: Error>(
    _ body: (inout OpaquePointer?) throws(E) -> R
  ) throws(E) -> R {
    try lock.withLock { (context: inout OpaquePointer?) throws(E) -> R in
      capturedChunks.removeAll()
      let previousHandler = agseterrf(captureMessage)
      let previousLevel = agseterr(AGWARN)  // report warnings too, not only errors
      defer {
        agseterr(previousLevel)
        agseterrf(previousHandler)
        capturedChunks.removeAll()
      }
      return try body(&context)
    }
  }

  /// Runs `body` with the lock held and the shared `GVC_t`, creating it (`gvContext`) on
  /// first use.
  ///
  /// - Throws: ``GraphvizError`` with stage ``GraphvizError/Stage/setup`` when Graphviz
  ///   cannot create a context, or whatever `body` throws.
  static func withContext<R: Sendable>(
    _ body: (OpaquePointer) throws(GraphvizError) -> R
  ) throws(GraphvizError) -> R {
    try withExclusiveAccess { (context: inout OpaquePointer?) throws(GraphvizError) -> R in
      if context == nil {
        context = gvContext()
      }
      guard let gvc = context else {
        throw GraphvizError(
          stage: .setup, context: "Graphviz could not create a context",
          graphvizMessages: takeMessages().map(\.text))
      }
      return try body(gvc)
    }
  }

  /// Graphviz's messages since the last call (or since the lock was taken), and forgets
  /// them. Call only inside ``withExclusiveAccess(_:)`` or ``withContext(_:)``.
  static func takeMessages() -> [GraphvizMessage] {
    let chunks = capturedChunks
    capturedChunks.removeAll()
    return messages(fromChunks: chunks)
  }

  /// Groups the texts passed to the error callback into messages.
  ///
  /// A message starts with the chunks "Error" or "Warning" followed by ": "; any other
  /// chunk continues the current message (a message with no start is taken as a warning).
  /// Texts are trimmed; empty messages are dropped.
  static func messages(fromChunks chunks: [String]) -> [GraphvizMessage] {
    var messages: [GraphvizMessage] = []
    var index = chunks.startIndex
    while index < chunks.endIndex {
      let chunk = chunks[index]
      let next = chunks.index(after: index)
      if chunk == "Error" || chunk == "Warning", next < chunks.endIndex, chunks[next] == ": " {
        messages.append(GraphvizMessage(level: chunk == "Error" ? .error : .warning, text: ""))
        index = chunks.index(after: next)
        continue
      }
      if messages.isEmpty {
        messages.append(GraphvizMessage(level: .warning, text: ""))
      }
      messages[messages.count - 1].text += chunk
      index = next
    }
    return messages.compactMap { message in
      let text = message.text.trimmingWhitespace()
      return text.isEmpty ? nil : GraphvizMessage(level: message.level, text: text)
    }
  }
}

extension String {
  /// The string without leading and trailing white space and line breaks.
  fileprivate func trimmingWhitespace() -> String {
    let start = firstIndex { !$0.isWhitespace } ?? endIndex
    let end = lastIndex { !$0.isWhitespace }.map { index(after: $0) } ?? start
    return start < end ? String(self[start..<end]) : ""
  }
}
