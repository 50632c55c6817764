/// A plain-text table with columns padded to their widest cell.
public struct TextTable {
  /// Column alignment.
  public enum Alignment { case left, right }

  /// The header cells.
  public var header: [String]
  /// How each column aligns.
  public var alignments: [Alignment]
  /// The rows.
  public var rows: [[String]] = []

  /// Creates a table with a header; numbers columns are right-aligned by `alignments`.
  public init(_ header: [String], alignments: [Alignment]? = nil) {
    self.header = header
    self.alignments = alignments ?? header.map { _ in .left }
  }

  /// Appends a row; each cell goes through ``ReportText/plain(_:)``, so that it stays on
  /// its line and sends no escape codes to the terminal.
  public mutating func add(_ row: [String]) { rows.append(row.map(ReportText.plain)) }

  /// The table's lines, the header underlined; `style` decorates the header line.
  public func render(indent: String = "", style: (String) -> String = { $0 }) -> String {
    let all = [header] + rows
    var widths = [Int](repeating: 0, count: header.count)
    for row in all {
      for (i, cell) in row.enumerated() where i < widths.count { widths[i] = max(widths[i], cell.count) }
    }
    func line(_ row: [String]) -> String {
      var parts: [String] = []
      for (i, cell) in row.enumerated() where i < widths.count {
        let pad = String(repeating: " ", count: widths[i] - cell.count)
        let last = i == widths.count - 1
        parts.append(alignments[i] == .right ? pad + cell : (last ? cell : cell + pad))
      }
      return (indent + parts.joined(separator: "  ")).trailingSpaceTrimmed
    }
    var out = style(line(header)) + "\n"
    out += indent + widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n"
    for row in rows { out += line(row) + "\n" }
    return out
  }
}
