/// A small JSON writer that keeps keys in the order written, for deterministic
/// output without a dictionary round trip.
public struct JSONWriter {
  /// The text so far.
  public private(set) var text = ""
  private var needsComma: [Bool] = [false]
  private let indentUnit: String
  private var depth = 0

  /// Creates a writer; `pretty` indents by two spaces.
  public init(pretty: Bool = true) { indentUnit = pretty ? "  " : "" }

  private var pretty: Bool { !indentUnit.isEmpty }

  /// Line breaks followed by the indentation of each depth, made once.
  private var newlines: [String] = []

  private mutating func newline(_ depth: Int) {
    while newlines.count <= depth {
      newlines.append("\n" + String(repeating: indentUnit, count: newlines.count))
    }
    text += newlines[depth]
  }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { text += "," }
    if pretty && depth > 0 { newline(depth) }
    needsComma[needsComma.count - 1] = true
  }

  private mutating func key(_ key: String?) {
    separate()
    if let key { text += JSONWriter.quoted(key) + (pretty ? ": " : ":") }
  }

  /// Opens an object, as a member `key` of the enclosing object or as an array item.
  public mutating func beginObject(_ key: String? = nil) {
    self.key(key)
    text += "{"
    depth += 1
    needsComma.append(false)
  }

  /// Closes an object.
  public mutating func endObject() { close("}") }

  /// Opens an array.
  public mutating func beginArray(_ key: String? = nil) {
    self.key(key)
    text += "["
    depth += 1
    needsComma.append(false)
  }

  /// Closes an array.
  public mutating func endArray() { close("]") }

  private mutating func close(_ bracket: String) {
    let hadItems = needsComma.removeLast()
    depth -= 1
    if pretty && hadItems { newline(depth) }
    text += bracket
  }

  /// A string, or `null`.
  public mutating func string(_ key: String?, _ value: String?) {
    self.key(key)
    text += value.map(JSONWriter.quoted) ?? "null"
  }

  /// A number, or `null` (also for NaN and infinities).
  public mutating func number(_ key: String?, _ value: Double?) {
    self.key(key)
    if let value, value.isFinite { text += NumberText.format(value) } else { text += "null" }
  }

  /// An integer.
  public mutating func integer(_ key: String?, _ value: Int?) {
    self.key(key)
    text += value.map(String.init) ?? "null"
  }

  /// A boolean.
  public mutating func bool(_ key: String?, _ value: Bool) {
    self.key(key)
    text += value ? "true" : "false"
  }

  /// An array of strings, on one line.
  public mutating func strings(_ key: String?, _ values: [String]) {
    self.key(key)
    text += "[" + values.map(JSONWriter.quoted).joined(separator: pretty ? ", " : ",") + "]"
  }

  /// A JSON string literal.
  public static func quoted(_ s: String) -> String {
    // Fast path: nothing to escape.
    var plain = true
    for byte in s.utf8 where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2 {
      plain = false
      break
    }
    if plain { return "\"" + s + "\"" }
    var out = "\""
    for scalar in s.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      case "<": out += "\\u003c"  // safe inside an HTML <script> block too
      case ">": out += "\\u003e"
      case "&": out += "\\u0026"
      default:
        if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
          out += "\\u" + String(scalar.value, radix: 16).leftPadded(to: 4)
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    return out + "\""
  }
}
