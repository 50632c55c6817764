import StakeMap

/// The columns of a stakeholders sheet, with the header names each is known by.
///
/// Headers are matched loosely: case, spaces, underscores, hyphens, dots and
/// anything in parentheses are ignored (`Power (0-10)`, `power`, `POWER` are one),
/// and each column has synonyms (`Department` and `Team` for domain, `Influence`
/// for power).
public enum StakeholderColumn: String, CaseIterable, Sendable {
  case id, name, role, domain
  case domainID = "domain_id"
  case power, interest, stance, legitimacy, urgency, openness, engagement
  case desiredEngagement = "desired_engagement"
  case kind, goals, tags, note

  /// The header names this column is known by, normalized (``CSVHeader/normalize(_:)``).
  public var synonyms: [String] {
    switch self {
    case .id: ["id", "key", "handle", "slug", "identifier", "stakeholderid", "personid", "code", "shortname", "ref"]
    case .name: ["name", "fullname", "displayname", "stakeholder", "stakeholdername", "person", "who", "label"]
    case .role: ["role", "title", "jobtitle", "position", "job"]
    case .domain:
      [
        "domain", "department", "dept", "team", "group", "unit", "org", "organisation", "organization", "division",
        "businessunit", "area", "function", "domainpath",
      ]
    case .domainID: ["domainid", "domainids", "domainidpath", "departmentid", "teamid"]
    case .power: ["power", "influence", "authority", "clout", "leverage"]
    case .interest: ["interest", "concern", "stake", "impact"]
    case .stance: ["stance", "attitude", "support", "sentiment", "view", "opinion", "supportlevel"]
    case .legitimacy: ["legitimacy"]
    case .urgency: ["urgency"]
    case .openness: ["openness", "persuadability", "susceptibility", "openminded", "flexibility"]
    case .engagement: ["engagement", "currentengagement", "engagementnow", "engagementcurrent"]
    case .desiredEngagement:
      ["desiredengagement", "targetengagement", "engagementtarget", "engagementdesired", "desired", "target"]
    case .kind: ["kind", "type", "stakeholdertype", "persongroup"]
    case .goals: ["goals", "goal", "caresabout", "priorities", "objectives", "motivations", "wants"]
    case .tags: ["tags", "tag", "labels", "keywords"]
    case .note: ["note", "notes", "comment", "comments", "remarks", "description"]
    }
  }
}

/// The columns of a relations sheet, with the header names each is known by.
public enum RelationColumn: String, CaseIterable, Sendable {
  case from, type, to, weight, topic, note

  /// The header names this column is known by, normalized.
  public var synonyms: [String] {
    switch self {
    case .from: ["from", "source", "a", "fromid", "influencer", "stakeholder", "who", "subject"]
    case .type: ["type", "kind", "relation", "relationship", "verb", "link", "connection"]
    case .to: ["to", "target", "b", "toid", "whom", "object"]
    case .weight: ["weight", "strength", "influence"]
    case .topic: ["topic", "about", "what", "over", "for", "need", "needs"]
    case .note: ["note", "notes", "comment", "comments", "remarks", "description"]
    }
  }
}

/// Matches a header row to known columns.
public enum CSVHeader {
  /// A header name reduced to lowercase letters and digits, with anything in
  /// parentheses or square brackets dropped: `Power (0-10)` → `power`,
  /// `Desired_Engagement` → `desiredengagement`.
  public static func normalize(_ header: String) -> String {
    var out = ""
    var depth = 0
    for ch in header.lowercased() {
      if ch == "(" || ch == "[" {
        depth += 1
      } else if ch == ")" || ch == "]" {
        depth = max(0, depth - 1)
      } else if depth == 0 && (ch.isLetter || ch.isNumber) {
        out.append(ch)
      }
    }
    return out
  }

  /// Which column each known field is in (1-based), with a warning for each unknown
  /// header and an error for a field given twice.
  static func match<Column: RawRepresentable & CaseIterable & Hashable>(
    _ header: [String], fileName: String, synonyms: (Column) -> [String]
  ) -> (columns: [Column: Int], diagnostics: [Diagnostic]) where Column.RawValue == String {
    var lookup: [String: Column] = [:]
    for column in Column.allCases {
      for name in synonyms(column) where lookup[name] == nil { lookup[name] = column }
    }
    var columns: [Column: Int] = [:]
    var diagnostics: [Diagnostic] = []
    func at(_ column: Int) -> SourceLocation { SourceLocation(file: fileName, line: 1, column: column) }
    for (index, name) in header.enumerated() {
      let key = normalize(name)
      if key.isEmpty { continue }
      guard let column = lookup[key] else {
        let hint = Suggestions.didYouMean(key, in: Column.allCases.map(\.rawValue))
        diagnostics.append(.warning("unknown column '\(name)' is ignored\(hint)", at: at(index + 1)))
        continue
      }
      if let first = columns[column] {
        diagnostics.append(
          .error(
            "columns '\(header[first - 1])' and '\(name)' both give \(column.rawValue); keep one",
            at: at(index + 1), notes: [.note("'\(header[first - 1])' is here", at: at(first))]))
        continue
      }
      columns[column] = index + 1
    }
    return (columns, diagnostics)
  }
}
