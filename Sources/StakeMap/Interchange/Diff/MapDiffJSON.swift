/// A ``MapDiff`` as one JSON object, keys in a fixed order:
///
/// - `old`, `new`: the two versions' labels; `changed`: whether anything changed.
/// - `map`: header changes, each `{field, old, new}` (`title`, `goal`, `me`,
///   `powerThreshold`, `interestThreshold`, `salienceThreshold`).
/// - `domains`: `{added, removed}`, each domain `{id, label, parent}`.
/// - `joined`, `left`: stakeholders `{id, name, role, domain, power, interest,
///   stance, quadrant}` (`power`/`interest` `null` when unrated).
/// - `moved`: `{id, name, changes: [{field, old, new}]}`; numbers stay numbers, ids
///   and keywords are strings, a missing value is `null`.
/// - `relations`: `{added, removed, changed}`; a relation is `{kind, from, to,
///   weight, topic, note}`; a changed one adds `changes`.
/// - `conflicts`: `{appeared, resolved}`, each `{a, b, kind, topic}`.
/// - `alignment`: `{now, predicted}` each `{old, new, change}`, and `domains`, each
///   `{domain, now, predicted}` for the domains whose alignment moved.
/// - `allies`: `{old, new}` ranked `[{id, score}]`, `entered` and `dropped` ids.
public enum MapDiffJSON {
  /// The JSON text, pretty-printed, ending in a newline.
  public static func render(_ diff: MapDiff, oldName: String, newName: String) -> String {
    var w = JSONWriter()
    w.beginObject()
    w.string("old", oldName)
    w.string("new", newName)
    w.bool("changed", !diff.isEmpty)

    w.beginArray("map")
    for c in diff.header { change(c, &w) }
    w.endArray()

    w.beginObject("domains")
    for (key, list) in [("added", diff.domainsAdded), ("removed", diff.domainsRemoved)] {
      w.beginArray(key)
      for d in list {
        w.beginObject()
        w.string("id", d.id.rawValue)
        w.string("label", d.label)
        w.string("parent", d.parent?.rawValue)
        w.endObject()
      }
      w.endArray()
    }
    w.endObject()

    for (key, list, map) in [("joined", diff.joined, diff.new.map), ("left", diff.left, diff.old.map)] {
      w.beginArray(key)
      for s in list {
        w.beginObject()
        w.string("id", s.id.rawValue)
        w.string("name", s.displayName)
        w.string("role", s.role)
        w.string("domain", s.domain?.rawValue)
        w.number("power", s.power)
        w.number("interest", s.interest)
        w.number("stance", s.stance)
        w.string("quadrant", map.positioning(of: s).quadrant.rawValue)
        w.endObject()
      }
      w.endArray()
    }

    w.beginArray("moved")
    for m in diff.moved {
      w.beginObject()
      w.string("id", m.id.rawValue)
      w.string("name", diff.name(m.id))
      w.beginArray("changes")
      for c in m.changes { change(c, &w) }
      w.endArray()
      w.endObject()
    }
    w.endArray()

    w.beginObject("relations")
    for (key, list) in [("added", diff.relationsAdded), ("removed", diff.relationsRemoved)] {
      w.beginArray(key)
      for r in list {
        w.beginObject()
        relation(r, &w)
        w.endObject()
      }
      w.endArray()
    }
    w.beginArray("changed")
    for c in diff.relationsChanged {
      w.beginObject()
      relation(c.new, &w)
      w.beginArray("changes")
      for f in c.changes { change(f, &w) }
      w.endArray()
      w.endObject()
    }
    w.endArray()
    w.endObject()

    w.beginObject("conflicts")
    for (key, list) in [("appeared", diff.conflictsAppeared), ("resolved", diff.conflictsResolved)] {
      w.beginArray(key)
      for c in list {
        w.beginObject()
        w.string("a", c.a.rawValue)
        w.string("b", c.b.rawValue)
        w.string("kind", c.kind.rawValue)
        w.string("topic", c.topic)
        w.endObject()
      }
      w.endArray()
    }
    w.endObject()

    w.beginObject("alignment")
    alignment(diff.alignment, &w)
    w.beginArray("domains")
    for d in diff.domainAlignment {
      w.beginObject()
      w.string("domain", d.domain.rawValue)
      alignment(d.change, &w)
      w.endObject()
    }
    w.endArray()
    w.endObject()

    w.beginObject("allies")
    for (key, list) in [("old", diff.alliesBefore), ("new", diff.alliesAfter)] {
      w.beginArray(key)
      for ally in list {
        w.beginObject()
        w.string("id", ally.id.rawValue)
        w.number("score", ally.score)
        w.endObject()
      }
      w.endArray()
    }
    w.strings("entered", diff.alliesEntered.map(\.rawValue))
    w.strings("dropped", diff.alliesDropped.map(\.rawValue))
    w.endObject()

    w.endObject()
    return w.text + "\n"
  }

  private static func change(_ c: FieldChange, _ w: inout JSONWriter) {
    w.beginObject()
    w.string("field", c.field.jsonKey)
    value("old", c.old, &w)
    value("new", c.new, &w)
    w.endObject()
  }

  private static func value(_ key: String, _ v: FieldValue, _ w: inout JSONWriter) {
    switch v {
    case .none: w.string(key, nil)
    case .number(let x): w.number(key, x)
    case .text(let s): w.string(key, s)
    }
  }

  private static func relation(_ r: Relation, _ w: inout JSONWriter) {
    w.string("kind", r.kind.rawValue)
    w.string("from", r.from.rawValue)
    w.string("to", r.to.rawValue)
    w.number("weight", r.weight)
    w.string("topic", r.topic)
    w.string("note", r.note)
  }

  private static func alignment(_ a: AlignmentChange, _ w: inout JSONWriter) {
    for (key, old, new) in [("now", a.old.now, a.new.now), ("predicted", a.old.predicted, a.new.predicted)] {
      w.beginObject(key)
      w.number("old", old)
      w.number("new", new)
      w.number("change", new - old)
      w.endObject()
    }
  }
}
