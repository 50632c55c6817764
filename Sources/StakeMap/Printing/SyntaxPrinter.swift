/// Prints a ``SyntaxFile`` in canonical form: the text `stakemap fmt` writes.
///
/// - Statements stay in the order written, with their comments; at most one blank
///   line between them, none at the start of a block.
/// - Two spaces of indentation per domain.
/// - Attributes in canonical order (``StakeholderAttribute``, ``RelationAttribute``).
/// - Runs of consecutive one-line stakeholders are aligned in columns (id, name, each
///   attribute), runs of relations on their first stakeholder, and so are their trailing
///   comments; a blank line or a comment line ends a run. A cell wider than
///   ``SyntaxPrinter/alignedCellLimit`` and a line longer than ``SyntaxPrinter/lineLimit``
///   do not widen their columns.
/// - A stakeholder goes on one line unless that line would pass
///   ``SyntaxPrinter/lineLimit`` characters or comments sit among its attributes;
///   then it takes a `{ … }` block with the `=` signs aligned.
/// - Numbers in shortest form (`+2` → `2`, `7.50` → `7.5`), except list items, which
///   are text and keep their digits; strings re-escaped; words stay words.
/// - A comment after a block's closing brace stays after it.
public enum SyntaxPrinter {
  /// The longest one-line stakeholder before it takes a block.
  public static let lineLimit = 120

  /// The widest cell that sets its column's width. A wider one (a very long id) is
  /// printed as it is, one space before the next cell, so that it does not pad every
  /// other row of its run: with no cap, one 10,000-character id made `fmt` write
  /// 10,000 spaces into each of a thousand relations.
  public static let alignedCellLimit = 40

  /// The canonical text of a file, ending in one newline.
  public static func print(_ file: SyntaxFile) -> String {
    var out = Output()
    printStatements(file.statements, indent: 0, into: &out)
    printComments(file.trailingComments, indent: 0, into: &out, first: out.lines.isEmpty)
    return out.lines.map { $0.trailingSpaceTrimmed }.joined(separator: "\n") + "\n"
  }

  // MARK: - Output

  struct Output {
    var lines: [String] = []
  }

  private struct Row {
    var cells: [String]
    var trailingComment: String?
  }

  private enum Piece {
    case lines([String])
    case row(Row, alignment: AlignmentClass)
  }

  private enum AlignmentClass: Equatable {
    case stakeholder([String])  // attribute keys present
    case relation
  }

  // MARK: - Statements

  private static func printStatements(_ statements: [StatementSyntax], indent: Int, into out: inout Output) {
    let pad = String(repeating: " ", count: indent)
    var run: [(Row, AlignmentClass)] = []
    var first = true

    func flush() {
      guard !run.isEmpty else { return }
      out.lines.append(contentsOf: align(run.map(\.0), classes: run.map(\.1), indent: pad))
      run = []
    }

    for statement in statements {
      let hasLeading = !statement.leadingComments.isEmpty
      if hasLeading || statement.blankLineBefore { flush() }
      if hasLeading {
        printComments(statement.leadingComments, indent: indent, into: &out, first: first)
        first = false
      }
      if statement.blankLineBefore && !first { out.lines.append("") }
      first = false
      let trailing = statement.trailingComment?.text
      switch statement.kind {
      case .stakeholder(let s):
        if let row = stakeholderRow(s, indent: indent, trailing: trailing) {
          let keys = row.1
          run.append((row.0, .stakeholder(keys)))
          continue
        }
        flush()
        out.lines.append(contentsOf: stakeholderBlock(s, trailing: trailing, indent: pad))
      case .relation(let r):
        run.append((relationRow(r, trailing: trailing), .relation))
        continue
      case .domain(let d):
        flush()
        let head = pad + (["domain", d.id.text] + (d.label.map { [quoted($0.value)] } ?? [])).joined(separator: " ")
        if d.body.isEmpty && d.closingComments.isEmpty {
          out.lines.append(head + " {}" + (trailing.map { "  " + $0 } ?? ""))
        } else {
          // A trailing comment goes after the closing brace, where it was written: after
          // the opening one it would read back as a comment inside the block.
          out.lines.append(head + " {")
          printStatements(d.body, indent: indent + 2, into: &out)
          printComments(d.closingComments, indent: indent + 2, into: &out, first: d.body.isEmpty)
          out.lines.append(pad + "}" + (trailing.map { "  " + $0 } ?? ""))
        }
      case .title(let s):
        flush()
        out.lines.append(pad + "title " + quoted(s.value) + (trailing.map { "  " + $0 } ?? ""))
      case .goal(let s):
        flush()
        out.lines.append(pad + "goal " + quoted(s.value) + (trailing.map { "  " + $0 } ?? ""))
      case .me(let id):
        flush()
        out.lines.append(pad + "me " + id.text + (trailing.map { "  " + $0 } ?? ""))
      case .thresholds(let attributes):
        flush()
        let sorted = canonical(attributes, order: ThresholdAttribute.allCases.map(\.rawValue))
        let text = (["thresholds"] + sorted.map { "\($0.key.text)=\(value($0.value))" }).joined(separator: " ")
        out.lines.append(pad + text + (trailing.map { "  " + $0 } ?? ""))
      }
    }
    flush()
  }

  private static func printComments(
    _ comments: [CommentSyntax], indent: Int, into out: inout Output, first: Bool
  ) {
    let pad = String(repeating: " ", count: indent)
    for (i, comment) in comments.enumerated() {
      if comment.blankLineBefore && !(first && i == 0) { out.lines.append("") }
      out.lines.append(pad + comment.text)
    }
  }

  // MARK: - Stakeholders

  /// The one-line form, or `nil` when the stakeholder needs a block.
  private static func stakeholderRow(_ s: StakeholderSyntax, indent: Int, trailing: String?) -> (Row, [String])? {
    let attributes = canonical(s.attributes, order: StakeholderAttribute.allCases.map(\.rawValue))
    if attributes.contains(where: { !$0.leadingComments.isEmpty || $0.trailingComment != nil })
      || !s.blockClosingComments.isEmpty
    {
      return nil
    }
    var cells = ["stakeholder", s.id.text, s.name.map { quoted($0.value) } ?? ""]
    let pairs = attributes.map { "\($0.key.text)=\(value($0.value))" }
    cells.append(contentsOf: pairs)
    let length = cells.filter { !$0.isEmpty }.joined(separator: " ").count
    if indent + length > lineLimit { return nil }
    return (Row(cells: cells, trailingComment: trailing), attributes.map(\.key.text))
  }

  private static func stakeholderBlock(_ s: StakeholderSyntax, trailing: String?, indent: String) -> [String] {
    let attributes = canonical(s.attributes, order: StakeholderAttribute.allCases.map(\.rawValue))
    var lines: [String] = []
    let head = (["stakeholder", s.id.text] + (s.name.map { [quoted($0.value)] } ?? [])).joined(separator: " ")
    lines.append(indent + head + " {")
    let inner = indent + "  "
    let width = attributes.map(\.key.text.count).max() ?? 0
    var bodyLines: [(String, String?)] = []
    for attribute in attributes {
      for comment in attribute.leadingComments {
        if comment.blankLineBefore && !bodyLines.isEmpty { bodyLines.append(("", nil)) }
        bodyLines.append((inner + comment.text, nil))
      }
      let key = attribute.key.text.padding(to: width)
      bodyLines.append((inner + key + " = " + value(attribute.value), attribute.trailingComment?.text))
    }
    for comment in s.blockClosingComments {
      if comment.blankLineBefore && !bodyLines.isEmpty { bodyLines.append(("", nil)) }
      bodyLines.append((inner + comment.text, nil))
    }
    let commentColumn = bodyLines.filter { $0.1 != nil }.map(\.0.count).max().map { $0 + 2 }
    for (text, comment) in bodyLines {
      if let comment, let column = commentColumn {
        lines.append(text.padding(to: column) + comment)
      } else {
        lines.append(text)
      }
    }
    // The statement's trailing comment stays after the closing brace (see above).
    lines.append(indent + "}" + (trailing.map { "  " + $0 } ?? ""))
    return lines
  }

  // MARK: - Relations

  private static func relationRow(_ r: RelationSyntax, trailing: String?) -> Row {
    var rest: [String] = []
    if let bare = r.bareValue { rest.append(value(bare)) }
    let attributes = canonical(r.attributes, order: RelationAttribute.allCases.map(\.rawValue))
    rest.append(contentsOf: attributes.map { "\($0.key.text)=\(value($0.value))" })
    // Only the first column is padded: `a -> b` reads better than a padded verb.
    let tail = ([r.verb.text, r.to.text] + rest).joined(separator: " ")
    return Row(cells: [r.from.text, tail], trailingComment: trailing)
  }

  // MARK: - Alignment

  /// Lines for a run of rows, padded into columns. Stakeholder rows get one column
  /// per attribute key that any row of the run has.
  private static func align(_ rows: [Row], classes: [AlignmentClass], indent: String) -> [String] {
    var output: [String] = []
    var start = 0
    while start < rows.count {
      // A run is rows of the same family (stakeholders, relations).
      var end = start + 1
      while end < rows.count, sameFamily(classes[end], classes[start]) { end += 1 }
      output.append(
        contentsOf: alignRun(Array(rows[start..<end]), classes: Array(classes[start..<end]), indent: indent))
      start = end
    }
    return output
  }

  private static func sameFamily(_ a: AlignmentClass, _ b: AlignmentClass) -> Bool {
    switch (a, b) {
    case (.relation, .relation), (.stakeholder, .stakeholder): true
    default: false
    }
  }

  private static func alignRun(_ rows: [Row], classes: [AlignmentClass], indent: String) -> [String] {
    var table: [[String]]
    if case .stakeholder = classes[0] {
      // Columns: keyword, id, name, then one per attribute key in canonical order.
      var present = Set<String>()
      for case .stakeholder(let keys) in classes { present.formUnion(keys) }
      let columns =
        StakeholderAttribute.allCases.map(\.rawValue).filter(present.contains)
        + present.subtracting(StakeholderAttribute.allCases.map(\.rawValue)).sorted()
      table = []
      for (row, cls) in zip(rows, classes) {
        guard case .stakeholder(let keys) = cls else { continue }
        var cells = Array(row.cells[0..<3])
        var byKey: [String: String] = [:]
        for (key, cell) in zip(keys, row.cells[3...]) { byKey[key] = cell }
        for column in columns { cells.append(byKey[column] ?? "") }
        table.append(cells)
      }
    } else {
      table = rows.map(\.cells)
    }
    let columnCount = table.map(\.count).max() ?? 0
    var widths = [Int](repeating: 0, count: columnCount)
    for cells in table {
      for (i, cell) in cells.enumerated() {
        let count = cell.count
        // An empty column stays out; an over-wide cell makes its column at least 1 wide.
        widths[i] = max(widths[i], count <= alignedCellLimit ? count : 1)
      }
    }
    var lines = table.map { cells -> String in
      var line = ""
      for (i, cell) in cells.enumerated() where widths[i] > 0 {
        if !line.isEmpty { line += " " }
        line += i == cells.count - 1 ? cell : cell.padding(to: widths[i])
      }
      return indent + line.trailingSpaceTrimmed
    }
    let commentColumn = zip(lines, rows).filter { $0.1.trailingComment != nil }.map(\.0.count)
      .filter { $0 <= lineLimit }.max()
    for i in lines.indices {
      guard let comment = rows[i].trailingComment else { continue }
      let column = (commentColumn ?? 0) + 2
      lines[i] = (lines[i].count + 2 <= column ? lines[i].padding(to: column) : lines[i] + "  ") + comment
    }
    return lines
  }

  // MARK: - Values

  private static func canonical(_ attributes: [AttributeSyntax], order: [String]) -> [AttributeSyntax] {
    let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
    return attributes.enumerated().sorted { a, b in
      let ra = rank[a.element.key.text] ?? order.count
      let rb = rank[b.element.key.text] ?? order.count
      return ra != rb ? ra < rb : a.offset < b.offset
    }.map(\.element)
  }

  /// A value as canonical text.
  static func value(_ value: ValueSyntax) -> String {
    switch value.kind {
    case .number(let number, _): NumberText.format(number)
    case .string(let text): quoted(text)
    case .word(let word): word
    case .list(let items): "[" + items.map(listItem).joined(separator: ", ") + "]"
    case .transition(let from, let to): "\(from) -> \(to)"
    }
  }

  /// A list item as canonical text. A number in a list is text (`goals=[2025]`), so
  /// it keeps the digits it was written with: `[1.50]` is the goal "1.50", not 1.5.
  private static func listItem(_ item: ValueSyntax) -> String {
    if case .number(_, let text) = item.kind { return text }
    return value(item)
  }

  /// A string literal with `"`, `\`, newline and tab escaped.
  public static func quoted(_ text: String) -> String {
    var out = "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\t": out += "\\t"
      default: out.unicodeScalars.append(scalar)
      }
    }
    return out + "\""
  }

  /// Whether text can be written as a bare word: an identifier that is not a keyword
  /// the value readers give meaning to.
  public static func isPlainWord(_ text: String) -> Bool {
    guard let first = text.unicodeScalars.first else { return false }
    guard first == "_" || first.properties.isAlphabetic else { return false }
    var previous: Unicode.Scalar = first
    for scalar in text.unicodeScalars.dropFirst() {
      let ok =
        scalar == "_" || scalar == "-" || scalar == "." || scalar.properties.isAlphabetic
        || (scalar.properties.numericType != nil)
      if !ok { return false }
      if previous == "-" && scalar == ">" { return false }
      previous = scalar
    }
    return true
  }
}

extension String {
  /// The string padded with spaces to at least `width` characters.
  func padding(to width: Int) -> String {
    let length = count
    return length >= width ? self : self + String(repeating: " ", count: width - length)
  }

  /// The string without trailing spaces.
  var trailingSpaceTrimmed: String {
    var s = Substring(self)
    while s.last == " " { s.removeLast() }
    return String(s)
  }
}
