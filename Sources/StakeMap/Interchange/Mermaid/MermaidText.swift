/// Text from a map made safe for Mermaid source.
///
/// Mermaid turns `#name;` and `#123;` into HTML entities in every diagram before it
/// parses anything, so characters that mean something to Mermaid's grammars, to
/// Markdown strings or to HTML are written as entity codes: `"` as `#quot;`, `#` as
/// `#35;`, `<` as `#lt;` and so on. The escaped text has no quote, square bracket,
/// brace, pipe, colon, semicolon, percent sign, backslash, Markdown emphasis mark,
/// backtick or newline left, so it is safe inside a quoted label, an edge label, a
/// quadrant point's name, a quadrant chart's title and a YAML title. Parentheses stay:
/// the exporter puts all text from the map in quotes, where they mean nothing.
public enum MermaidText {
  /// The characters written as entity codes, and their codes.
  static let entities: [Character: String] = [
    "\"": "#quot;", "#": "#35;", "&": "#amp;", "<": "#lt;", ">": "#gt;",
    "[": "#91;", "]": "#93;", "{": "#123;", "}": "#125;",
    "|": "#124;", ":": "#58;", ";": "#59;", "%": "#37;", "\\": "#92;",
    "`": "#96;", "*": "#42;", "_": "#95;", "~": "#126;",
  ]

  /// The text with every special character as an entity code, and line breaks and
  /// other control characters as spaces.
  ///
  /// - Complexity: O(n) in the length of the text.
  public static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for ch in text {
      if let code = entities[ch] {
        out += code
      } else if ch.isNewline || ch.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) {
        out += " "
      } else {
        out.append(ch)
      }
    }
    return out
  }

  /// A Mermaid node id for a map id: `prefix` and the id with every character other
  /// than ASCII letters, digits and `_` replaced by `_` (`sre-lead` → `s_sre_lead`).
  /// The prefix keeps ids clear of Mermaid keywords such as `end`.
  static func identifier(_ id: String, prefix: String) -> String {
    var out = prefix
    for scalar in id.unicodeScalars {
      let ok = scalar.isASCII && (scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || scalar == "_")
      out.unicodeScalars.append(ok ? scalar : "_")
    }
    return out
  }

  /// Unique Mermaid ids for a list of map ids, in order; a clash after cleaning gets
  /// a suffix `_2`, `_3`….
  static func identifiers(_ ids: [String], prefix: String) -> [String: String] {
    var result: [String: String] = [:]
    var taken = Set<String>()
    for id in ids where result[id] == nil {
      let base = identifier(id, prefix: prefix)
      var candidate = base
      var n = 2
      while taken.contains(candidate) {
        candidate = "\(base)_\(n)"
        n += 1
      }
      taken.insert(candidate)
      result[id] = candidate
    }
    return result
  }
}
