import StakeMap

/// Builds DOT text line by line. Every id and attribute value goes through
/// ``DOTText/quoted(_:)`` (or is an HTML-like label built with ``DOTText/html(_:)``),
/// so text from a map can never add attributes, nodes or markup.
struct DOTWriter {
  /// An attribute value: quoted text, or an HTML-like label already escaped.
  enum Value {
    case text(String)
    case html(String)
    case number(Double)

    var dot: String {
      switch self {
      case .text(let s): DOTText.quoted(s)
      case .html(let s): "<" + s + ">"
      case .number(let x): DOTText.quoted(DOTWriter.format(x))
      }
    }
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
