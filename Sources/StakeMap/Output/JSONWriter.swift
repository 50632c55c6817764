/// A small JSON writer that keeps keys in the order written, for deterministic
/// output without a dictionary round trip.
public struct JSONWriter {
  /// The UTF-8 bytes so far.
  private var bytes: [UInt8] = []
  private var needsComma: [Bool] = [false]
  private let pretty: Bool
  private var depth = 0

  /// The text so far.
  public var text: String { String(decoding: bytes, as: UTF8.self) }

  /// Creates a writer; `pretty` indents by two spaces.
  public init(pretty: Bool = true) {
    self.pretty = pretty
    bytes.reserveCapacity(1 << 16)
  }

  private mutating func append(_ s: String) {
    var s = s
    s.withUTF8 { bytes.append(contentsOf: $0) }
  }

  private mutating func append(_ s: StaticString) {
    s.withUTF8Buffer { bytes.append(contentsOf: $0) }
  }

  private mutating func newline(_ depth: Int) {
    bytes.append(0x0A)
    bytes.append(contentsOf: repeatElement(0x20, count: 2 * depth))
  }

  private mutating func separate() {
    if needsComma[needsComma.count - 1] { bytes.append(0x2C) }
    if pretty && depth > 0 { newline(depth) }
    needsComma[needsComma.count - 1] = true
  }

  private mutating func key(_ key: String?) {
    separate()
    if let key {
      JSONWriter.appendQuoted(key, to: &bytes)
      append(pretty ? ": " : ":")
    }
  }

  /// Opens an object, as a member `key` of the enclosing object or as an array item.
  public mutating func beginObject(_ key: String? = nil) {
    self.key(key)
    bytes.append(UInt8(ascii: "{"))
    depth += 1
    needsComma.append(false)
  }

  /// Closes an object.
  public mutating func endObject() { close(UInt8(ascii: "}")) }

  /// Opens an array.
  public mutating func beginArray(_ key: String? = nil) {
    self.key(key)
    bytes.append(UInt8(ascii: "["))
    depth += 1
    needsComma.append(false)
  }

  /// Closes an array.
  public mutating func endArray() { close(UInt8(ascii: "]")) }

  private mutating func close(_ bracket: UInt8) {
    let hadItems = needsComma.removeLast()
    depth -= 1
    if pretty && hadItems { newline(depth) }
    bytes.append(bracket)
  }

  /// A string, or `null`.
  public mutating func string(_ key: String?, _ value: String?) {
    self.key(key)
    if let value { JSONWriter.appendQuoted(value, to: &bytes) } else { append("null") }
  }

  /// A number, or `null` (also for NaN and infinities).
  public mutating func number(_ key: String?, _ value: Double?) {
    self.key(key)
    if let value, value.isFinite { NumberText.append(value, to: &bytes) } else { append("null") }
  }

  /// An integer.
  public mutating func integer(_ key: String?, _ value: Int?) {
    self.key(key)
    if let value { append(String(value)) } else { append("null") }
  }

  /// A boolean.
  public mutating func bool(_ key: String?, _ value: Bool) {
    self.key(key)
    append(value ? "true" : "false")
  }

  /// An array of strings, on one line.
  public mutating func strings(_ key: String?, _ values: [String]) {
    self.key(key)
    bytes.append(UInt8(ascii: "["))
    for (i, value) in values.enumerated() {
      if i > 0 { append(pretty ? ", " : ",") }
      JSONWriter.appendQuoted(value, to: &bytes)
    }
    bytes.append(UInt8(ascii: "]"))
  }

  /// Appends `s` as a JSON string literal (see ``quoted(_:)``) to UTF-8 bytes.
  static func appendQuoted(_ s: String, to out: inout [UInt8]) {
    var s = s
    let plain = s.withUTF8 { utf8 -> Bool in
      for byte in utf8
      where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26
        || byte == 0xE2
      {
        return false
      }
      out.append(0x22)
      out.append(contentsOf: utf8)
      out.append(0x22)
      return true
    }
    if !plain {
      var quoted = quoted(s)
      quoted.withUTF8 { out.append(contentsOf: $0) }
    }
  }

  /// A JSON string literal.
  public static func quoted(_ s: String) -> String {
    // Fast path: nothing to escape.
    var plain = true
    for byte in s.utf8
    where byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0x3E || byte == 0x26 || byte == 0xE2 {
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
