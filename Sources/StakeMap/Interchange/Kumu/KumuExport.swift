/// A map as a Kumu JSON blueprint (`{"elements": […], "connections": […]}`), to
/// explore it in Kumu's web app: drop the file on a Kumu map, or import it.
///
/// Kumu's blueprint format (docs.kumu.io, "JSON / Blueprints"): each element has a
/// `label` and may have an `id`, a `type`, a `description`, `tags` and any custom
/// field; each connection has `from` and `to`, and may have a `type`, a `direction`
/// (`directed`, `undirected` or `mutual`) and custom fields. When elements carry ids,
/// connections must name them by id, which is what this export does: a stakeholder's
/// id is unique where a display name may not be.
///
/// Elements: `id`, `label` (display name), `type` (`Person` or `Group`),
/// `description` (the note), `tags`, and the custom fields `role`, `domain` (the
/// innermost domain's label), `domain path` (`Engineering / SRE`), `power`,
/// `interest` (left out when unrated), `stance` (−2…+2), `stance label`, `quadrant`,
/// `goals`, `openness`, `engagement`, `desired engagement`, `legitimacy`, `urgency`
/// (when given) and `point of view` (`yes` on `me`).
///
/// Connections: `from`, `to` (ids), `type` (`influences`, `depends on`,
/// `conflicts with`, `allied with`, `reports to`), `direction` (`mutual` for
/// conflicts and alliances, `directed` otherwise), `strength` (an influence's
/// weight, 0.5 when not given), `topic` and `description` (the note) when given.
public enum KumuExport {
  /// The blueprint as pretty-printed JSON, ending in a newline.
  public static func blueprint(_ map: StakeMap) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.beginArray("elements")
    for s in map.stakeholders { element(s, in: map, &w) }
    w.endArray()
    w.beginArray("connections")
    for r in map.relations { connection(r, &w) }
    w.endArray()
    w.endObject()
    return w.text + "\n"
  }

  /// Kumu's name for a relation kind: the keyword with spaces (`depends on`).
  public static func connectionType(_ kind: RelationKind) -> String {
    kind.keyword.replacingOccurrences(of: "-", with: " ")
  }

  private static func element(_ s: Stakeholder, in map: StakeMap, _ w: inout JSONWriter) {
    w.beginObject()
    w.string("id", s.id.rawValue)
    w.string("label", s.displayName)
    w.string("type", s.kind == .person ? "Person" : "Group")
    if let note = s.note { w.string("description", note) }
    if !s.tags.isEmpty { w.strings("tags", s.tags) }
    if let role = s.role { w.string("role", role) }
    if let d = s.domain {
      w.string("domain", map.domain(d)?.displayLabel ?? d.rawValue)
      let path = map.domainPath(d).map { map.domain($0)?.displayLabel ?? $0.rawValue }
      w.string("domain path", path.joined(separator: " / "))
    }
    if let power = s.power { w.number("power", power) }
    if let interest = s.interest { w.number("interest", interest) }
    w.number("stance", s.stance)
    w.string("stance label", StanceWord(nearest: s.stance).rawValue)
    w.string("quadrant", map.positioning(of: s).quadrant.title)
    if !s.goals.isEmpty { w.strings("goals", s.goals) }
    w.number("openness", s.openness)
    let engagement = s.effectiveEngagement
    w.string("engagement", engagement.current.rawValue)
    if let desired = engagement.desired { w.string("desired engagement", desired.rawValue) }
    if let legitimacy = s.legitimacy { w.number("legitimacy", legitimacy) }
    if let urgency = s.urgency { w.number("urgency", urgency) }
    if s.id == map.me { w.string("point of view", "yes") }
    w.endObject()
  }

  private static func connection(_ r: Relation, _ w: inout JSONWriter) {
    w.beginObject()
    w.string("from", r.from.rawValue)
    w.string("to", r.to.rawValue)
    w.string("type", connectionType(r.kind))
    w.string("direction", r.kind.isUndirected ? "mutual" : "directed")
    if r.kind == .influences { w.number("strength", r.effectiveWeight) }
    if let topic = r.topic { w.string("topic", topic) }
    if let note = r.note { w.string("description", note) }
    w.endObject()
  }
}
