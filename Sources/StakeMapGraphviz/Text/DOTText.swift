/// Escaping user text for DOT: quoted strings for ids and labels, and HTML-like labels.
///
/// Never put text from a map into DOT unquoted: an id, a label, a tooltip, any attribute
/// value built from user text goes through ``quoted(_:)`` (or, inside an HTML-like label,
/// ``html(_:)``). Then no text can end a string early, add attributes, nodes or edges, or
/// inject markup into SVG.
public enum DOTText {
  /// `s` as a DOT double-quoted string, safe as an id or as a label.
  ///
  /// - `"` becomes `\"` and `\` becomes `\\`, so no backslash sequence of the user's can
  ///   survive: Graphviz reads `\N`, `\G`, `\E`, `\T`, `\H`, `\L`, `\l`, `\r` and `\n` in
  ///   labels, and a lone `\` before the closing quote would swallow it.
  /// - A line break (`\n`, `\r\n` or a lone `\r`) becomes the escape `\n`, a centred line
  ///   break in a label.
  /// - Other control characters (U+0000–U+001F, except tab) become spaces: they are not
  ///   allowed in SVG, and a NUL would end the C string.
  ///
  /// As a label, the result shows `s` exactly (Graphviz turns `\\` back into `\`). As an
  /// id, a name containing `\` keeps it doubled (`a\b` names the node `a\\b`); ids from a
  /// `.stakes` file never contain one. Graphviz decodes HTML entities in labels, so text
  /// that is itself an entity, like `&amp;`, shows decoded (`&`); markup cannot get in,
  /// since the SVG writer escapes `<`, `>`, `"` and `'`.
  ///
  /// - Complexity: O(n) in the length of `s`.
  public static func quoted(_ s: String) -> String {
    var out = "\""
    out.reserveCapacity(s.utf8.count + 2)
    var previousWasCarriageReturn = false
    for scalar in s.unicodeScalars {
      defer { previousWasCarriageReturn = scalar == "\r" }
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\r": out += "\\n"
      case "\n": if !previousWasCarriageReturn { out += "\\n" }
      case "\t": out.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}": out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    out += "\""
    return out
  }

  /// `s` escaped as text inside an HTML-like label (`label=<…>`).
  ///
  /// `&`, `<`, `>`, `"` and `'` become `&amp;`, `&lt;`, `&gt;`, `&quot;` and `&#39;`.
  /// `\` becomes `\\`: Graphviz substitutes `\N`, `\G` and `\E` in the text of HTML-like
  /// labels too, and turns `\\` back into `\` (a character reference would not help: the
  /// substitution runs on the decoded text).
  /// Control characters other than tab and line breaks become spaces (Graphviz's XML
  /// parser rejects them). Line breaks are kept and, as in HTML, show as spaces; put
  /// `<BR/>` between lines to break them.
  ///
  /// - Complexity: O(n) in the length of `s`.
  public static func html(_ s: String) -> String {
    var out = ""
    out.reserveCapacity(s.utf8.count)
    for scalar in s.unicodeScalars {
      switch scalar {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      case "\\": out += "\\\\"
      case "\t", "\n", "\r": out.unicodeScalars.append(scalar)
      case "\u{0}"..."\u{1F}": out += " "
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out
  }
}
