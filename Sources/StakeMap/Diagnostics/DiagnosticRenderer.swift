/// Prints diagnostics as compilers do:
///
/// ```
/// map.stakes:12:30: error: unknown attribute 'intrest'; did you mean 'interest'?
///   stakeholder cfo "Priya" intrest=3
///                           ^
/// ```
public struct DiagnosticRenderer: Sendable {
  /// The sources, by file name, to quote lines from. A diagnostic whose file is
  /// missing here is printed without its line.
  public var sources: [String: SourceText]

  /// Creates a renderer that quotes lines from these sources.
  public init(sources: [SourceText] = []) {
    var byName: [String: SourceText] = [:]
    for source in sources { byName[source.fileName] = source }
    self.sources = byName
  }

  /// One diagnostic and its notes, each as `FILE:LINE:COL: severity: message`, the
  /// line, and a caret under the column. Ends with a newline.
  public func render(_ diagnostic: Diagnostic) -> String {
    var out = ""
    append(diagnostic, to: &out)
    for note in diagnostic.notes { append(note, to: &out) }
    return out
  }

  /// All diagnostics, in order.
  public func render(_ diagnostics: [Diagnostic]) -> String {
    diagnostics.map(render).joined()
  }

  private func append(_ diagnostic: Diagnostic, to out: inout String) {
    out += "\(diagnostic.location): \(diagnostic.severity.rawValue): \(diagnostic.message)\n"
    guard let source = sources[diagnostic.location.file] else { return }
    let line = source.lineText(diagnostic.location.line)
    guard !line.isEmpty || diagnostic.location.column == 1 else { return }
    // Long lines are cut around the column so the caret stays readable.
    let scalars = Array(line.unicodeScalars)
    let column = max(1, diagnostic.location.column)
    var first = 0
    var last = scalars.count
    let window = 160
    if scalars.count > window {
      first = max(0, min(column - 1 - window / 2, scalars.count - window))
      last = min(scalars.count, first + window)
    }
    var quoted = String.UnicodeScalarView()
    var caret = ""
    if first > 0 { quoted.append(contentsOf: "…".unicodeScalars); caret += " " }
    for i in first..<last {
      let scalar = scalars[i]
      let printable: Unicode.Scalar = scalar.value < 0x20 && scalar != "\t" ? "\u{FFFD}" : scalar
      quoted.append(printable)
      if i < column - 1 { caret += scalar == "\t" ? "\t" : " " }
    }
    if last < scalars.count { quoted.append(contentsOf: "…".unicodeScalars) }
    out += String(quoted) + "\n" + caret + "^\n"
  }
}
