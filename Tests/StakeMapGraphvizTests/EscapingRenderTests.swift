import Testing

@testable import StakeMapGraphviz

/// Escaped text goes through Graphviz and comes out as text: no markup, no extra nodes,
/// and the label shows exactly what the user wrote.
@Suite struct EscapingRenderTests {
  private let attacks = [
    #""];evil [shape=box"#,
    "<script>alert(1)</script>",
    #"\"];evil [label="x"]; b [label="\"#,
    "</text></g><script>alert(1)</script><g>",
    "a\n]; evil; x [",
  ]

  private func svg(_ dot: String) throws -> String {
    try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg).text
  }

  @Test func anAttackInALabelStaysOneNodeWithoutMarkup() throws {
    for attack in attacks {
      let out = try svg(
        "digraph G { a [label=\(DOTText.quoted(attack)), tooltip=\(DOTText.quoted(attack))] }")
      #expect(!out.contains("<script"), "\(attack)")
      #expect(SVG.count("<g id=\"node", in: out) == 1, "\(attack)")
      #expect(SVG.titles(in: out).last == "a")
    }
  }

  @Test func anAttackAsANodeIdStaysOneNodeWithoutMarkup() throws {
    for attack in attacks {
      let out = try svg("digraph G { \(DOTText.quoted(attack)) }")
      #expect(!out.contains("<script"), "\(attack)")
      #expect(SVG.count("<g id=\"node", in: out) == 1, "\(attack)")
    }
  }

  @Test func anAttackInAnHTMLLabelStaysText() throws {
    for attack in attacks {
      let out = try svg("digraph G { a [label=<<B>\(DOTText.html(attack))</B>>] }")
      #expect(!out.contains("<script"), "\(attack)")
      #expect(SVG.count("<g id=\"node", in: out) == 1, "\(attack)")
    }
  }

  /// Text that Graphviz would otherwise read specially shows as written.
  private let roundTrips = [
    "plain", #"say "hi""#, #"C:\temp\new"#, #"\N \G \E \T \H \L \l \r \n"#, #"ends with \"#,
    #"\\double"#, "R&D <b>bold</b> it's", #""];evil [shape=box"#, "<script>alert(1)</script>",
    "Ünïcødé — ✓ 日本", "a-b--c",
  ]

  @Test func aQuotedLabelShowsExactlyTheOriginalText() throws {
    for text in roundTrips {
      let out = try svg("digraph G { a [label=\(DOTText.quoted(text))] }")
      #expect(SVG.texts(in: out).map(SVG.unescaped) == [text])
    }
  }

  @Test func aQuotedIdIsTheNodesTitle() throws {
    for id in ["sre_lead", "sre-lead.2", "Ünïcødé", #"a"b"#, "</title><script>"] {
      let out = try svg("digraph G { \(DOTText.quoted(id)) }")
      #expect(SVG.titles(in: out).map(SVG.unescaped) == ["G", id])
    }
  }

  @Test func anHTMLLabelShowsExactlyTheOriginalText() throws {
    for text in roundTrips {
      let out = try svg("digraph G { a [label=<\(DOTText.html(text))>] }")
      #expect(SVG.texts(in: out).map(SVG.unescaped) == [text])
    }
  }

  @Test func aLineBreakMakesTwoCentredLines() throws {
    let out = try svg("digraph G { a [label=\(DOTText.quoted("first\r\nsecond"))] }")
    #expect(SVG.texts(in: out) == ["first", "second"])
    #expect(SVG.count("text-anchor=\"middle\"", in: out) == 2)
  }
}
