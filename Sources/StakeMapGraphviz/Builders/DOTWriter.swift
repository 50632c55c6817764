import StakeMap

/// Builds DOT text line by line. Every id and attribute value goes through
/// ``DOTText/quoted(_:)`` (or is an HTML-like label built with ``DOTWriter/htmlText(_:)``),
/// so text from a map can never add attributes, nodes or markup.
///
/// Text a reader sees must say how Graphviz will read it: a plain label (``Value/label(_:)``)
/// and a tooltip (``Value/tooltip(_:)``) are decoded differently from other attributes.
struct DOTWriter {
  /// An attribute value.
  enum Value {
    /// A value Graphviz reads as it is: a colour, a style, a position, a font name.
    case text(String)
    /// Text shown in a plain (not HTML-like) label of a node, edge, cluster or graph,
    /// exactly as given. Graphviz decodes HTML entities in such labels, so `&` is
    /// written as `&amp;`: then `R&amp;D` shows as `R&amp;D`, not `R&D`. A label
    /// justified left or right ends with `\l` or `\r`: in a node of fixed size, its
    /// text then starts at the node's left edge or ends at its right edge, however wide
    /// the font draws it.
    case label(String, Justification = .centre)
    /// A tooltip, shown exactly as given, line breaks included. Graphviz 2.42 unescapes
    /// a tooltip twice (once when it reads `\n`, `\l`, `\r` as line breaks and drops
    /// other backslashes, again when it substitutes `\N`, `\G`, `\E`, `\T`, `\H`,
    /// `\L`), so each backslash is written as four, and `&` as `&amp;`.
    case tooltip(String)
    /// An HTML-like label, already escaped (see ``DOTWriter/htmlText(_:)``).
    case html(String)
    case number(Double)

    var dot: String {
      switch self {
      case .text(let s): DOTText.quoted(s)
      case .label(let s, let justification):
        switch justification {
        case .centre: DOTText.quoted(DOTWriter.ampersands(s))
        case .left: String(DOTText.quoted(DOTWriter.ampersands(s)).dropLast()) + "\\l\""
        case .right: String(DOTText.quoted(DOTWriter.ampersands(s)).dropLast()) + "\\r\""
        }
      case .tooltip(let s): DOTText.quoted(DOTWriter.ampersands(s).replacing("\\", with: "\\\\"))
      case .html(let s): "<" + s + ">"
      case .number(let x): DOTText.quoted(DOTWriter.format(x))
      }
    }
  }

  /// Where the lines of a plain label sit in its node.
  enum Justification {
    case centre, left, right
  }

  /// `s` with every `&` as `&amp;`.
  static func ampersands(_ s: String) -> String { s.replacing("&", with: "&amp;") }

  /// User text for an HTML-like label: ``DOTText/html(_:)``, with each line break
  /// (`\n`, `\r\n` or `\r`) as `<BR/>`. Graphviz drops a raw line break in HTML-like
  /// text, which would glue the words on either side together.
  static func htmlText(_ s: String) -> String {
    var out = ""
    var previousWasCarriageReturn = false
    for scalar in DOTText.html(s).unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\r": out += "<BR/>"
      case "\n": if !previousWasCarriageReturn { out += "<BR/>" }
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }

  private(set) var lines: [String] = []
  private var depth = 0
  let directed: Bool

  init(directed: Bool) { self.directed = directed }

  /// A number with at most two decimals, no trailing zeros.
  static func format(_ x: Double) -> String {
    var r = (x * 100).rounded() / 100
    if r == 0 { r = 0 }
    return NumberText.format(r)
  }

  private var pad: String { String(repeating: "  ", count: depth) }

  private func attributes(_ attrs: [(String, Value)]) -> String {
    attrs.isEmpty ? "" : " [" + attrs.map { "\($0.0)=\($0.1.dot)" }.joined(separator: ", ") + "]"
  }

  mutating func open(graph name: String, _ attrs: [(String, Value)] = []) {
    lines.append("\(directed ? "digraph" : "graph") \(DOTText.quoted(name)) {")
    depth += 1
    for (key, value) in attrs { lines.append(pad + "\(key)=\(value.dot);") }
  }

  mutating func open(subgraph name: String, _ attrs: [(String, Value)] = []) {
    lines.append(pad + "subgraph \(DOTText.quoted(name)) {")
    depth += 1
    for (key, value) in attrs { lines.append(pad + "\(key)=\(value.dot);") }
  }

  mutating func close() {
    depth -= 1
    lines.append(pad + "}")
  }

  /// Default attributes for `graph`, `node` or `edge`.
  mutating func defaults(_ kind: String, _ attrs: [(String, Value)]) {
    lines.append(pad + kind + attributes(attrs) + ";")
  }

  mutating func node(_ id: String, _ attrs: [(String, Value)] = []) {
    lines.append(pad + DOTText.quoted(id) + attributes(attrs) + ";")
  }

  mutating func edge(_ a: String, _ b: String, _ attrs: [(String, Value)] = []) {
    lines.append(pad + DOTText.quoted(a) + (directed ? " -> " : " -- ") + DOTText.quoted(b) + attributes(attrs) + ";")
  }

  mutating func comment(_ text: String) {
    lines.append(pad + "// " + text.replacingNewlines)
  }

  var text: String { lines.joined(separator: "\n") + "\n" }
}

extension String {
  var replacingNewlines: String {
    String(unicodeScalars.map { $0 == "\n" || $0 == "\r" ? " " : Character($0) })
  }
}
