import StakeMap

/// Writes a map as two spreadsheets that ``CSVMapReader`` reads back: stakeholders
/// and relations.
///
/// Stakeholders: `id, name, role, domain, domain_id, power, interest, stance,
/// legitimacy, urgency, openness, engagement, desired_engagement, kind, goals, tags,
/// note`, one row each in map order. `domain` is the path of labels
/// (`Engineering/SRE`) and `domain_id` the path of ids (`eng/sre`), so that domains
/// come back with the same ids; a stance is its word when it is a whole value;
/// unrated ratings, an engagement left to the stance and absent values are empty
/// cells; lists are joined with `; `.
///
/// Relations: `from, type, to, weight, topic, note`, one row each as declared, with
/// `type` the `.stakes` keyword (`influences`, `depends-on`…).
///
/// Cells are quoted only when they must be: when they hold the delimiter, a quote
/// (doubled), a line break, or space at either end. Lines end in `\n`.
///
/// What a round trip keeps: every stakeholder field, every relation, and the
/// domains that hold someone (ids, labels, nesting). It loses the title, goal, `me`
/// and thresholds (give them to the reader as options), empty domains, goals or tags
/// that contain a list separator (`;`, `,`, `|`), space at either end of a value, and
/// a domain label containing `/`.
public enum CSVMapWriter {
  /// The stakeholder columns, in order.
  public static let stakeholderHeader = StakeholderColumn.allCases.map(\.rawValue)
  /// The relation columns, in order.
  public static let relationHeader = RelationColumn.allCases.map(\.rawValue)

  /// The stakeholders sheet.
  ///
  /// - Parameters:
  ///   - delimiter: `,` (default) or `;` (what Excel expects where the decimal mark is a comma).
  ///   - byteOrderMark: start with a UTF-8 byte-order mark, so that Excel reads
  ///     accented names correctly.
  public static func stakeholders(_ map: StakeMap, delimiter: Character = ",", byteOrderMark: Bool = false) -> String {
    var out = byteOrderMark ? "\u{FEFF}" : ""
    out += row(stakeholderHeader, delimiter)
    for s in map.stakeholders {
      let path = s.domain.map { map.domainPath($0) } ?? []
      let engagement = s.engagement
      var cells: [String] = []
      for column in StakeholderColumn.allCases {
        switch column {
        case .id: cells.append(s.id.rawValue)
        case .name: cells.append(s.name ?? "")
        case .role: cells.append(s.role ?? "")
        case .domain: cells.append(path.map { map.domain($0)?.displayLabel ?? $0.rawValue }.joined(separator: "/"))
        case .domainID: cells.append(path.map(\.rawValue).joined(separator: "/"))
        case .power: cells.append(s.power.map(NumberText.format) ?? "")
        case .interest: cells.append(s.interest.map(NumberText.format) ?? "")
        case .stance: cells.append(StanceWord(exactly: s.stance)?.rawValue ?? NumberText.format(s.stance))
        case .legitimacy: cells.append(s.legitimacy.map(NumberText.format) ?? "")
        case .urgency: cells.append(s.urgency.map(NumberText.format) ?? "")
        case .openness: cells.append(NumberText.format(s.openness))
        case .engagement: cells.append(engagement?.current.rawValue ?? "")
        case .desiredEngagement: cells.append(engagement?.desired?.rawValue ?? "")
        case .kind: cells.append(s.kind.rawValue)
        case .goals: cells.append(s.goals.joined(separator: "; "))
        case .tags: cells.append(s.tags.joined(separator: "; "))
        case .note: cells.append(s.note ?? "")
        }
      }
      out += row(cells, delimiter)
    }
    return out
  }

  /// The relations sheet.
  public static func relations(_ map: StakeMap, delimiter: Character = ",", byteOrderMark: Bool = false) -> String {
    var out = byteOrderMark ? "\u{FEFF}" : ""
    out += row(relationHeader, delimiter)
    for r in map.relations {
      out += row(
        [
          r.from.rawValue, r.kind.keyword, r.to.rawValue, r.weight.map(NumberText.format) ?? "", r.topic ?? "",
          r.note ?? "",
        ], delimiter)
    }
    return out
  }

  /// One line of cells, quoted where needed, ending in a newline.
  public static func row(_ cells: [String], _ delimiter: Character) -> String {
    cells.map { field($0, delimiter) }.joined(separator: String(delimiter)) + "\n"
  }

  /// A cell as CSV: quoted, with quotes doubled, when it holds the delimiter, a quote,
  /// a line break or space at either end; as is otherwise.
  public static func field(_ text: String, _ delimiter: Character) -> String {
    let needsQuotes =
      text.contains(delimiter) || text.contains("\"") || text.contains(where: \.isNewline)
      || text.first?.isWhitespace == true || text.last?.isWhitespace == true
    guard needsQuotes else { return text }
    return "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\""
  }
}
