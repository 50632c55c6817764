/// What parsing a `.stakes` file gives: the map (as far as it could be read), every
/// diagnostic, errors and warnings, in file order, and on request the syntax tree.
public struct ParseResult: Sendable {
  /// The map. Meaningful only when ``isValid``.
  public var map: StakeMap
  /// The syntax tree, with comments; used by `fmt`.
  ///
  /// Built on each access by parsing ``source`` again, so that reading a map
  /// (`check`, `analyze`) does not pay for a tree it does not use.
  ///
  /// - Complexity: O(n) in the size of the file.
  public var syntax: SyntaxFile { SyntaxParser.tree(source) }
  /// Errors and warnings, sorted by position.
  public var diagnostics: [Diagnostic]
  /// The source, for quoting lines under diagnostics.
  public var source: SourceText
  /// Whether parsing stopped at the error limit.
  public var reachedErrorLimit: Bool

  /// Whether the map has no errors (warnings are allowed).
  public var isValid: Bool { !diagnostics.hasErrors }
}

/// Reads `.stakes` text. The entry point of the format: see FORMAT.md.
public enum StakeMapParser {
  /// Parses bytes read from a file named `fileName` (`-` for standard input).
  ///
  /// - Complexity: O(n) in the size of the file.
  public static func parse(bytes: [UInt8], fileName: String) -> ParseResult {
    parse(SourceText(fileName: fileName, bytes: bytes))
  }

  /// Parses text.
  public static func parse(_ text: String, fileName: String = "<input>") -> ParseResult {
    parse(SourceText(fileName: fileName, text: text))
  }

  /// Parses an indexed source.
  public static func parse(_ source: SourceText) -> ParseResult {
    parse(source, splitFrom: SplitStreaming.minimumByteCount)
  }

  /// Parses an indexed source, trying a two-part read (``SplitStreaming``) first when
  /// it has at least `splitFrom` bytes. The result is ``parse(_:)``'s whatever
  /// `splitFrom` is; the fuzzing target compares the two.
  @_spi(Testing) public static func parse(_ source: SourceText, splitFrom: Int) -> ParseResult {
    // Most maps are valid: read them streaming, and only when that finds a problem,
    // read again keeping the whole syntax, which reports every problem.
    var map: StakeMap
    var sink: DiagnosticSink
    // Large files are first tried in two parts at once (see SplitStreaming).
    if source.byteCount >= splitFrom,
      let (streamed, streamedSink) = SplitStreaming.stream(source)
    {
      (map, sink) = (streamed, streamedSink)
    } else if let (streamed, streamedSink) = SyntaxParser.stream(source) {
      (map, sink) = (streamed, streamedSink)
    } else {
      return parseKeepingSyntax(source)
    }
    return ParseResult(
      map: map, diagnostics: sorted(sink), source: source, reachedErrorLimit: sink.isFull)
  }

  /// Parses a source the slow, thorough way only: its whole syntax first, then
  /// resolved. This is what ``parse(_:)`` falls back to when the streaming read finds
  /// a problem, and it must give the same result on every input (the tests and the
  /// fuzzing target compare the two).
  @_spi(Testing) public static func parseKeepingSyntax(_ source: SourceText) -> ParseResult {
    var sink = DiagnosticSink(source: source)
    let map = SyntaxParser.parse(source, sink: &sink) { syntax, sink in
      sink.isFull ? StakeMap() : StakeMapResolver.resolve(syntax, sink: &sink)
    }
    return ParseResult(
      map: map, diagnostics: sorted(sink), source: source, reachedErrorLimit: sink.isFull)
  }

  /// Checks bytes read from a file named `fileName` (`-` for standard input) without
  /// keeping the map: what `stakemap check` needs.
  ///
  /// - Complexity: O(n) in the size of the file.
  public static func check(bytes: [UInt8], fileName: String) -> CheckResult {
    check(SourceText(fileName: fileName, bytes: bytes))
  }

  /// Checks an indexed source (read from a file mapped into memory, say); see
  /// ``check(bytes:fileName:)``.
  public static func check(_ source: SourceText) -> CheckResult {
    check(source, splitFrom: SplitStreaming.minimumByteCount)
  }

  /// Checks a source; the diagnostics are ``parse(_:)``'s, and so are the counts. A
  /// large valid file is read in two parts without making its relations (they are
  /// counted and checked all the same).
  ///
  /// `chunkByteCount` sets how large the chunks the two threads share out are (see
  /// ``SplitStreaming``); the fuzzing target makes them small, so that small inputs
  /// are read in many.
  @_spi(Testing) public static func check(
    _ source: SourceText, splitFrom: Int, chunkByteCount: Int? = nil
  ) -> CheckResult {
    if source.byteCount >= splitFrom,
      let joined = SplitStreaming.stream(
        source, makingMap: false, chunkByteCount: chunkByteCount ?? SplitStreaming.chunkByteCount)
    {
      return CheckResult(
        diagnostics: sorted(joined.sink), source: source, reachedErrorLimit: joined.sink.isFull,
        stakeholderCount: joined.stakeholderCount, domainCount: joined.domainCount,
        relationCount: joined.relationCount)
    }
    let result = parse(source, splitFrom: .max)
    return CheckResult(
      diagnostics: result.diagnostics, source: source, reachedErrorLimit: result.reachedErrorLimit,
      stakeholderCount: result.map.stakeholders.count, domainCount: result.map.domains.count,
      relationCount: result.map.relations.count)
  }

  /// Diagnostics by position; those at the same position in the order reported.
  private static func sorted(_ sink: DiagnosticSink) -> [Diagnostic] {
    sink.diagnostics.enumerated().sorted { a, b in
      let (x, y) = (a.element.location, b.element.location)
      return x != y ? x < y : a.offset < b.offset
    }.map(\.element)
  }
}

/// What checking a `.stakes` file gives (``StakeMapParser/check(bytes:fileName:)``):
/// the diagnostics of ``ParseResult`` and what the map holds, counted.
public struct CheckResult: Sendable {
  /// Errors and warnings, sorted by position.
  public var diagnostics: [Diagnostic]
  /// The source, for quoting lines under diagnostics.
  public var source: SourceText
  /// Whether reading stopped at the error limit.
  public var reachedErrorLimit: Bool
  /// How many stakeholders, domains and relations the map has. Meaningful only when
  /// ``isValid``.
  public var stakeholderCount: Int
  public var domainCount: Int
  public var relationCount: Int

  /// Whether the map has no errors (warnings are allowed).
  public var isValid: Bool { !diagnostics.hasErrors }
}
