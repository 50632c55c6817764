/// A ``MapDiff`` as Markdown for a meeting note: a `##` heading, a one-paragraph
/// summary, then a `###` section per kind of change, with tables where they read
/// better than lists. Paste it under the week's heading.
///
/// Text from the map is escaped (``AnalysisMarkdown/escape(_:)``), so a name cannot
/// break a table or add markup. Empty sections are left out; alignment and the top
/// allies are always shown.
public enum MapDiffMarkdown {
  /// The note. `oldName` and `newName` label the two versions (file names or revisions).
  public static func render(_ diff: MapDiff, oldName: String, newName: String) -> String {
    let esc = AnalysisMarkdown.escape
    let v = MapDiffValues(diff: diff, escape: esc, quadrantTitles: true)
    func person(_ id: StakeholderID) -> String {
      "**\(v.name(id))** (`\(id.rawValue.replacingBackticks)`)"
    }
    func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |\n" }

    let title = diff.new.map.title ?? diff.old.map.title
    var out = "## " + (title.map { esc($0) + ": changes" } ?? "Stakeholder map changes") + "\n\n"
    out += "*\(esc(oldName)) → \(esc(newName))*\n\n"
    if diff.isEmpty {
      return out + "No changes.\n"
    }
    out += "**Summary:** " + summary(diff) + "\n"

    if !diff.header.isEmpty {
      out += "\n### Map\n\n" + diff.header.map { "- \(v.change($0))\n" }.joined()
    }
    if !diff.domainsAdded.isEmpty || !diff.domainsRemoved.isEmpty {
      out += "\n### Domains\n\n"
      out += diff.domainsAdded.map { "- Added: \(esc($0.displayLabel)) (`\($0.id.rawValue.replacingBackticks)`)\n" }
        .joined()
      out += diff.domainsRemoved.map { "- Removed: \(esc($0.displayLabel)) (`\($0.id.rawValue.replacingBackticks)`)\n" }
        .joined()
    }
    if !diff.joined.isEmpty {
      out += "\n### Joined\n\n"
      out += diff.joined.map { "- \(person($0.id)): \(v.summary($0, in: diff.new.map))\n" }.joined()
    }
    if !diff.left.isEmpty {
      out += "\n### Left\n\n"
      out += diff.left.map { "- \(person($0.id)): \(v.summary($0, in: diff.old.map))\n" }.joined()
    }
    if !diff.moved.isEmpty {
      out += "\n### Moved\n\n" + row(["Stakeholder", "What changed"]) + "|---|---|\n"
      for m in diff.moved { out += row([person(m.id), v.changes(m.changes)]) }
    }
    if diff.relationChangeCount > 0 {
      out += "\n### Relations\n\n"
      out += diff.relationsAdded.map { "- Added: \(v.relationWords($0))\n" }.joined()
      out += diff.relationsRemoved.map { "- Removed: \(v.relationWords($0))\n" }.joined()
      for c in diff.relationsChanged {
        var bare = c.new
        bare.weight = nil
        bare.topic = nil
        bare.note = nil
        out += "- Changed: \(v.relationWords(bare)): \(v.changes(c.changes))\n"
      }
    }
    if !diff.conflictsAppeared.isEmpty || !diff.conflictsResolved.isEmpty {
      out += "\n### Conflicts\n\n"
      out += diff.conflictsAppeared.map { "- New: \(v.conflict($0, resolved: false))\n" }.joined()
      out += diff.conflictsResolved.map { "- Resolved: \(v.conflict($0, resolved: true))\n" }.joined()
    }

    out += "\n### Alignment\n\n"
    out += "Influence-weighted stance, −2 (opposed) to +2 (champion).\n\n"
    out += row(["", "Before", "After", "Change"]) + "|---|--:|--:|--:|\n"
    func alignmentRows(_ label: String, _ change: AlignmentChange) {
      out += row([
        "\(label)now", ReportText.stance(change.old.now), ReportText.stance(change.new.now),
        MapDiffValues.delta(change.nowDelta),
      ])
      out += row([
        "\(label)predicted", ReportText.stance(change.old.predicted), ReportText.stance(change.new.predicted),
        MapDiffValues.delta(change.predictedDelta),
      ])
    }
    alignmentRows("Whole map, ", diff.alignment)
    for d in diff.domainAlignment { alignmentRows(esc(diff.domainLabel(d.domain)) + ", ", d.change) }

    out += "\n### Top allies\n\n"
    if !diff.alliesChanged {
      out += "Unchanged: "
      out +=
        diff.alliesAfter.isEmpty
        ? "none.\n"
        : diff.alliesAfter.enumerated().map { "\($0.offset + 1). \(v.name($0.element.id))" }.joined(separator: ", ")
          + ".\n"
    } else {
      let entered = Set(diff.alliesEntered)
      out += row(["#", "Before", "After"]) + "|--:|---|---|\n"
      for i in 0..<max(diff.alliesBefore.count, diff.alliesAfter.count) {
        let before = i < diff.alliesBefore.count ? v.name(diff.alliesBefore[i].id) : ""
        var after = ""
        if i < diff.alliesAfter.count {
          let id = diff.alliesAfter[i].id
          after = v.name(id) + (entered.contains(id) ? " (new)" : "")
        }
        out += row(["\(i + 1)", before, after])
      }
      let dropped = diff.alliesDropped.map(v.name)
      if !dropped.isEmpty {
        out += "\nNo longer in the top \(diff.alliesBefore.count): \(dropped.joined(separator: ", ")).\n"
      }
    }
    return out
  }

  /// `1 joined, 1 left, 2 moved; 3 relation changes; 1 conflict appeared, 1 resolved;
  /// predicted alignment +0.2 (neutral) → +0.45 (neutral), +0.25.`
  static func summary(_ diff: MapDiff) -> String {
    func count(_ n: Int, _ one: String, _ many: String) -> String { "\(n) \(n == 1 ? one : many)" }
    var parts: [String] = []
    let people = [
      diff.joined.isEmpty ? nil : "\(diff.joined.count) joined",
      diff.left.isEmpty ? nil : "\(diff.left.count) left",
      diff.moved.isEmpty ? nil : "\(diff.moved.count) moved",
    ].compactMap { $0 }
    if !people.isEmpty { parts.append(people.joined(separator: ", ")) }
    if diff.relationChangeCount > 0 {
      parts.append(count(diff.relationChangeCount, "relation change", "relation changes"))
    }
    let conflicts = [
      diff.conflictsAppeared.isEmpty
        ? nil : count(diff.conflictsAppeared.count, "conflict appeared", "conflicts appeared"),
      diff.conflictsResolved.isEmpty
        ? nil : count(diff.conflictsResolved.count, "conflict resolved", "conflicts resolved"),
    ].compactMap { $0 }
    if !conflicts.isEmpty { parts.append(conflicts.joined(separator: ", ")) }
    let a = diff.alignment
    parts.append(
      "predicted alignment "
        + (abs(a.predictedDelta) < diff.alignmentTolerance
          ? "unchanged at \(ReportText.stance(a.new.predicted))"
          : MapDiffValues.alignment(a.old.predicted, a.new.predicted)))
    let text = parts.joined(separator: "; ")
    return text.prefix(1).uppercased() + text.dropFirst() + "."
  }
}
