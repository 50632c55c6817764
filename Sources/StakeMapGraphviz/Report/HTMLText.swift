/// Escaping for HTML text and attribute values.
public enum HTMLText {
  /// `&`, `<`, `>`, `"` and `'` as entities; control characters other than tab and
  /// line breaks dropped.
  public static func escape(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}", "\u{7F}": continue
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}

/// Prepares Graphviz's SVG for inlining in HTML.
enum InlineSVG {
  /// The `<svg …>…</svg>` element alone (no XML declaration, doctype or comments), sized
  /// to fit its container, with an accessible name.
  static func inline(_ svg: String, label: String) -> String {
    guard let start = svg.range(of: "<svg") else { return "" }
    var body = String(svg[start.lowerBound...])
    // Drop comments (Graphviz writes its version and the graph name in them).
    while let open = body.range(of: "<!--"), let close = body.range(of: "-->", range: open.upperBound..<body.endIndex) {
      body.removeSubrange(open.lowerBound..<close.upperBound)
    }
    // Replace the fixed width and height of the root element with responsive sizing.
    if let tagEnd = body.range(of: ">") {
      var tag = String(body[body.startIndex..<tagEnd.lowerBound])
      tag = removeAttribute("width", from: tag)
      tag = removeAttribute("height", from: tag)
      tag += " role=\"img\" aria-label=\"\(HTMLText.escape(label))\" preserveAspectRatio=\"xMidYMin meet\""
      body = tag + body[tagEnd.lowerBound...]
    }
    return body
  }

  private static func removeAttribute(_ name: String, from tag: String) -> String {
    guard let r = tag.range(of: " \(name)=\"") else { return tag }
    guard let end = tag.range(of: "\"", range: r.upperBound..<tag.endIndex) else { return tag }
    var copy = tag
    copy.removeSubrange(r.lowerBound..<end.upperBound)
    return copy
  }
}
