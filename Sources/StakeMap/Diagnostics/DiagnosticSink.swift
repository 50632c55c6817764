/// Collects diagnostics during a parse, up to a limit of errors.
struct DiagnosticSink {
  /// The most errors one run reports (FORMAT.md: "up to 50").
  static let errorLimit = 50

  let source: SourceText
  private(set) var diagnostics: [Diagnostic] = []
  private(set) var errorCount = 0
  /// How many errors this sink takes: ``errorLimit``, or fewer for a reader that
  /// stops at the first (see ``StakeMapResolver/Streaming``).
  var limit = Self.errorLimit

  init(source: SourceText) { self.source = source }

  /// Whether the error limit is reached: parsing may stop.
  var isFull: Bool { errorCount >= limit }

  func location(_ offset: Int) -> SourceLocation { source.location(ofOffset: offset) }

  mutating func error(at offset: Int, _ message: String, notes: [Diagnostic] = []) {
    guard !isFull else { return }
    errorCount += 1
    diagnostics.append(.error(message, at: location(offset), notes: notes))
  }

  /// Adds another sink's diagnostics (of the same source) after this one's.
  mutating func append(contentsOf other: DiagnosticSink) {
    diagnostics.append(contentsOf: other.diagnostics)
    errorCount += other.errorCount
  }

  mutating func warning(at offset: Int, _ message: String) {
    diagnostics.append(.warning(message, at: location(offset)))
  }

  func note(at offset: Int, _ message: String) -> Diagnostic {
    .note(message, at: location(offset))
  }
}
