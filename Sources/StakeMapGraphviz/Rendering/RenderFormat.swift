/// An output format of Graphviz's renderers.
///
/// The raw value is the name Graphviz knows the format by (`gvRenderData(…, name, …)`).
public enum RenderFormat: String, Sendable, CaseIterable {
  /// Scalable Vector Graphics, UTF-8 text.
  case svg
  /// A PNG bitmap (Graphviz's cairo plugin).
  case png
  /// A PDF document (Graphviz's cairo plugin).
  case pdf
  /// The laid-out graph as DOT text, every node and edge with its `pos`, the graph with its `bb`.
  case dot

  /// The format a file name's extension asks for, or `nil` when it names none.
  ///
  /// Accepts `svg`, `png`, `pdf`, `dot` and `gv` (DOT), with or without a leading dot,
  /// in any case. A path is accepted too: only the part after its last dot counts, so
  /// `"out/map.SVG"` gives ``svg``.
  public init?(fileExtension: String) {
    let name: Substring
    if let dot = fileExtension.lastIndex(of: ".") {
      name = fileExtension[fileExtension.index(after: dot)...]
    } else {
      name = fileExtension[...]
    }
    switch name.lowercased() {
    case "svg": self = .svg
    case "png": self = .png
    case "pdf": self = .pdf
    case "dot", "gv": self = .dot
    default: return nil
    }
  }

  /// The usual file name extension for this format, without the dot.
  public var fileExtension: String { rawValue }

  /// Whether the output is text (UTF-8) rather than binary.
  public var isText: Bool { self == .svg || self == .dot }
}
