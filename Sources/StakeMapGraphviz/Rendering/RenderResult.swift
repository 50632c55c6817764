/// What a successful render produced: the output, and what Graphviz warned about.
public struct RenderResult: Equatable, Sendable {
  /// The output file's bytes; never empty.
  public var bytes: [UInt8]
  /// Graphviz's warnings during parsing, layout and rendering, without the
  /// "Warning: " prefix, in order. Empty when Graphviz had nothing to say.
  public var warnings: [String]

  /// Creates a result.
  public init(bytes: [UInt8], warnings: [String] = []) {
    self.bytes = bytes
    self.warnings = warnings
  }

  /// The output decoded as UTF-8 (invalid sequences replaced); meaningful for
  /// ``RenderFormat/svg`` and ``RenderFormat/dot``.
  public var text: String { String(decoding: bytes, as: UTF8.self) }
}
