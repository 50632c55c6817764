/// Rewrites canonical `.stakes` text into text that means the same but is laid out
/// differently, for checking that `fmt` undoes any layout.
///
/// Only changes that cannot alter the meaning are made, line by line (a string never
/// spans lines): indentation, comment lines and blank lines between lines, a comment
/// at the end of a line, and CRLF line ends. Each line's change is picked by the next
/// number of `plan` (0–99), cyclically.
enum Perturbation {
  static let comments = ["# c", "// slashes", "#", "#   spaced   words", "# \"quoted\" { } -> x=1", "//# both"]

  static func apply(_ text: String, plan: [Int]) -> String {
    guard !plan.isEmpty else { return text }
    var out = ""
    for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).dropLast().enumerated() {
      let choice = plan[i % plan.count]
      let comment = comments[(i + choice) % comments.count]
      var line = String(line)
      var end = "\n"
      switch choice {
      case 0..<12: line += (choice % 2 == 0 ? "  " : "\t") + comment
      case 12..<20: out += String(repeating: " ", count: choice % 5) + comment + "\n"
      case 20..<28: out += String(repeating: "\n", count: choice % 3 + 1)
      case 28..<36: line = String(repeating: choice % 2 == 0 ? " " : "\t", count: choice % 4) + line.drop { $0 == " " }
      case 36..<42: end = "\r\n"
      case 42..<46: line += String(repeating: " ", count: choice % 3 + 1)
      default: break
      }
      out += line + end
    }
    return out
  }
}
