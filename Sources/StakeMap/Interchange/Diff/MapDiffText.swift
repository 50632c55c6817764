/// A ``MapDiff`` as plain text for a terminal: one section per kind of change, `+`
/// for what appeared, `-` for what went, `~` for what changed.
///
/// ```
/// v1.stakes → v2.stakes
///
/// Joined (1)
///   + Sam Lee (sam): Finance; keep-informed; power 3, interest 8, stance supportive
/// Moved (1)
///   ~ Mo Haddad (sre_lead): stance resistant → supportive
/// ...
/// ```
///
/// Sections with nothing in them are left out; alignment and the top allies are
/// always shown, since "unchanged" is news in a weekly review too.
public enum MapDiffText {
  /// The report. `oldName` and `newName` label the two versions (file names or revisions).
  public static func render(_ diff: MapDiff, oldName: String, newName: String) -> String {
    let v = MapDiffValues(diff: diff, escape: { $0 }, quadrantTitles: false)
    var out = "\(oldName) → \(newName)\n"
    if diff.isEmpty {
      return out + "\nNo changes.\n"
    }
    func section(_ title: String, _ lines: [String]) {
      guard !lines.isEmpty else { return }
      out += "\n\(title)\n" + lines.map { "  \($0)\n" }.joined()
    }
    func person(_ s: Stakeholder) -> String { ReportText.person(s) }

    section("Map", diff.header.map { "~ " + v.change($0) })
    section(
      "Domains",
      diff.domainsAdded.map { "+ \(label($0))" } + diff.domainsRemoved.map { "- \(label($0))" })
    section(
      "Joined (\(diff.joined.count))",
      diff.joined.map { "+ \(person($0)): \(v.summary($0, in: diff.new.map))" })
    section(
      "Left (\(diff.left.count))",
      diff.left.map { "- \(person($0)): \(v.summary($0, in: diff.old.map))" })
    section(
      "Moved (\(diff.moved.count))",
      diff.moved.map { m in
        let s = diff.new.map.stakeholder(m.id).map(person) ?? m.id.rawValue
        return "~ \(s): \(v.changes(m.changes))"
      })
    section(
      "Relations (\(diff.relationChangeCount))",
      diff.relationsAdded.map { "+ " + MapDiffValues.relationSource($0) }
        + diff.relationsRemoved.map { "- " + MapDiffValues.relationSource($0) }
        + diff.relationsChanged.map { c in
          var bare = c.new
          bare.weight = nil
          bare.topic = nil
          bare.note = nil
          return "~ \(MapDiffValues.relationSource(bare)): \(v.changes(c.changes))"
        })
    section(
      "Conflicts",
      diff.conflictsAppeared.map { "+ " + v.conflict($0, resolved: false) }
        + diff.conflictsResolved.map { "- " + v.conflict($0, resolved: true) })

    var alignment: [String] = []
    let a = diff.alignment
    if a.isChange(tolerance: diff.alignmentTolerance) {
      alignment.append("now        " + MapDiffValues.alignment(a.old.now, a.new.now))
      alignment.append("predicted  " + MapDiffValues.alignment(a.old.predicted, a.new.predicted))
    } else {
      alignment.append(
        "unchanged: \(ReportText.stance(a.new.now)) now, \(ReportText.stance(a.new.predicted)) predicted")
    }
    for d in diff.domainAlignment {
      alignment.append(
        "\(diff.domainLabel(d.domain)): predicted "
          + MapDiffValues.alignment(d.change.old.predicted, d.change.new.predicted)
          + "; now " + MapDiffValues.alignment(d.change.old.now, d.change.new.now))
    }
    section("Alignment (influence-weighted stance, −2…+2)", alignment)

    var allies: [String] = []
    func ranked(_ list: [AllySuggestion]) -> String {
      list.isEmpty
        ? "none" : list.enumerated().map { "\($0.offset + 1). \(diff.name($0.element.id))" }.joined(separator: ", ")
    }
    if diff.alliesChanged {
      allies.append("before   " + ranked(diff.alliesBefore))
      allies.append("after    " + ranked(diff.alliesAfter))
      let entered = diff.alliesEntered.map(diff.name)
      let dropped = diff.alliesDropped.map(diff.name)
      if !entered.isEmpty { allies.append("entered  " + entered.joined(separator: ", ")) }
      if !dropped.isEmpty { allies.append("dropped  " + dropped.joined(separator: ", ")) }
    } else {
      allies.append("unchanged: " + ranked(diff.alliesAfter))
    }
    section("Top allies", allies)
    return out
  }

  private static func label(_ d: Domain) -> String {
    d.label.map { "\($0) (\(d.id))" } ?? d.id.rawValue
  }
}
