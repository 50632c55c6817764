import StakeMap
import SwiftCSV

/// The cells of a CSV file, read through SwiftCSV, with the row number of each record
/// for diagnostics.
///
/// Rows are numbered as a spreadsheet numbers them: the header is row 1 and every
/// record after it counts, blank ones included; a quoted cell that spans lines is
/// still one row. Columns are numbered from 1.
public struct CSVTable: Sendable {
  /// One record: its row number and its cells, trimmed of surrounding spaces.
  public struct Row: Sendable, Equatable {
    /// The row number (the header is 1).
    public var number: Int
    /// The cells, as many as the record has.
    public var cells: [String]

    /// The cell in a 1-based column, or the empty string past the end.
    public func cell(_ column: Int) -> String { column >= 1 && column <= cells.count ? cells[column - 1] : "" }

    /// Whether every cell is empty.
    public var isBlank: Bool { cells.allSatisfy(\.isEmpty) }
  }

  /// The file's name, for diagnostics.
  public var fileName: String
  /// The separator: `,`, `;` or a tab.
  public var delimiter: Character
  /// The header cells (row 1), trimmed.
  public var header: [String]
  /// The records after the header, blank ones left out (their numbers are skipped).
  public var rows: [Row]

  /// Reads CSV text.
  ///
  /// A UTF-8 byte-order mark (as Excel writes) is dropped. The delimiter is the one
  /// given, or the one of comma, semicolon and tab that occurs most often in the
  /// header line outside quotes (a comma on a tie). Fails with a diagnostic for text
  /// that is not UTF-8, for an empty file, for a stray quote inside an unquoted cell
  /// or after a quoted one, and for a quoted cell that never closes.
  ///
  /// - Complexity: O(n) in the size of the file.
  public static func read(bytes: [UInt8], fileName: String, delimiter: Character? = nil) -> Result<
    CSVTable, Diagnostic
  > {
    func failure(_ row: Int, _ column: Int, _ message: String) -> Result<CSVTable, Diagnostic> {
      .failure(.error(message, at: SourceLocation(file: fileName, line: row, column: column)))
    }
    var bytes = bytes[...]
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
    guard let text = String(validating: bytes, as: UTF8.self) else {
      let line = 1 + bytes.prefix(firstInvalidUTF8(bytes) - bytes.startIndex).filter { $0 == 0x0A }.count
      return failure(
        line, 1,
        "line \(line) is not UTF-8 text; save the spreadsheet as \"CSV UTF-8\" (in Excel: File > Save As > CSV UTF-8)")
    }
    guard text.contains(where: { !$0.isWhitespace }) else {
      return failure(1, 1, "the file is empty; it needs a header row naming the columns")
    }
    let separator = delimiter ?? guessDelimiter(text)
    let csv: CSV<Enumerated>
    do {
      csv = try CSV<Enumerated>(
        string: text, delimiter: CSVDelimiter(unicodeScalarLiteral: separator), loadColumns: false, rowLimit: 0)
    } catch {
      return failure(1, 1, "the header row has a stray quote: \(quoteAdvice)")
    }
    var records: [[String]] = []
    do {
      try csv.enumerateAsArray(startAt: 0, rowLimit: nil) { records.append($0) }
    } catch {
      return failure(records.count + 1, 1, "a cell in this row has a stray quote: \(quoteAdvice)")
    }
    if text.reduce(0, { $0 + ($1 == "\"" ? 1 : 0) }) % 2 == 1, let last = records.last {
      return failure(
        records.count, max(1, last.count),
        "a quoted cell that starts in this row never closes: it runs to the end of the file; add the closing '\"'")
    }
    let trimmed = records.map { $0.map(trim) }
    var rows: [Row] = []
    for (i, cells) in trimmed.enumerated().dropFirst() where !cells.allSatisfy(\.isEmpty) {
      rows.append(Row(number: i + 1, cells: cells))
    }
    return .success(CSVTable(fileName: fileName, delimiter: separator, header: trimmed.first ?? [], rows: rows))
  }

  static let quoteAdvice =
    "a cell with a quote in it must be quoted as a whole, the quote doubled (\"\"), and a quoted cell must end at a separator"

  /// The delimiter most frequent in the first line outside quotes.
  static func guessDelimiter(_ text: String) -> Character {
    var counts: [Character: Int] = [",": 0, ";": 0, "\t": 0]
    var quoted = false
    for ch in text {
      if ch == "\"" {
        quoted.toggle()
      } else if !quoted {
        if ch == "\n" || ch == "\r\n" || ch == "\r" { break }
        if counts[ch] != nil { counts[ch, default: 0] += 1 }
      }
    }
    let comma = counts[",", default: 0]
    let semicolon = counts[";", default: 0]
    let tab = counts["\t", default: 0]
    if semicolon > comma && semicolon >= tab { return ";" }
    if tab > comma && tab > semicolon { return "\t" }
    return ","
  }

  static func trim(_ s: String) -> String {
    var sub = Substring(s)
    while let first = sub.first, first.isWhitespace { sub.removeFirst() }
    while let last = sub.last, last.isWhitespace { sub.removeLast() }
    return String(sub)
  }

  /// The index of the first byte that does not begin or continue valid UTF-8.
  static func firstInvalidUTF8(_ bytes: ArraySlice<UInt8>) -> Int {
    var i = bytes.startIndex
    while i < bytes.endIndex {
      let b = bytes[i]
      let length: Int
      switch b {
      case 0..<0x80: length = 1
      case 0xC2..<0xE0: length = 2
      case 0xE0..<0xF0: length = 3
      case 0xF0..<0xF5: length = 4
      default: return i
      }
      guard i + length <= bytes.endIndex else { return i }
      if let decoded = String(validating: bytes[i..<(i + length)], as: UTF8.self), !decoded.isEmpty {
        i += length
      } else {
        return i
      }
    }
    return bytes.endIndex
  }
}
