/// Numbers as `.stakes` files and reports write them: the shortest text that reads
/// back as the same number, with no trailing `.0` and no exponent.
public enum NumberText {
  /// `7`, `7.5`, `-1`, `0.25`, `0.00001`.
  public static func format(_ number: Double) -> String {
    if number == number.rounded(), abs(number) < 1e15 {
      return String(Int64(number))
    }
    let text = "\(number)"
    guard let e = text.firstIndex(where: { $0 == "e" || $0 == "E" }) else { return text }
    // Expand `1.25e-05` to `0.0000125`.
    let mantissa = text[..<e]
    let exponent = Int(text[text.index(after: e)...]) ?? 0
    let negative = mantissa.hasPrefix("-")
    let unsigned = negative ? mantissa.dropFirst() : mantissa[...]
    let parts = unsigned.split(separator: ".", omittingEmptySubsequences: false)
    let whole = String(parts[0])
    let fraction = parts.count > 1 ? String(parts[1]) : ""
    var digits = whole + fraction
    var point = whole.count + exponent
    if point <= 0 {
      digits = String(repeating: "0", count: 1 - point) + digits
      point = 1
    } else if point > digits.count {
      digits += String(repeating: "0", count: point - digits.count)
    }
    var intPart = String(digits.prefix(point))
    var fracPart = String(digits.dropFirst(point))
    while fracPart.hasSuffix("0") { fracPart.removeLast() }
    while intPart.count > 1 && intPart.hasPrefix("0") { intPart.removeFirst() }
    return (negative ? "-" : "") + intPart + (fracPart.isEmpty ? "" : "." + fracPart)
  }
}
