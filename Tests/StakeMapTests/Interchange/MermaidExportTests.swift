import Testing

@testable import StakeMap

@Suite struct MermaidExportTests {
  static let tiny = """
    title "Launch"
    me em

    domain eng "Engineering" {
      stakeholder cto "Dana" role="CTO" power=9 interest=7 stance=supportive
      stakeholder em "Alex" power=4 interest=10 stance=champion
      domain sre "SRE" {
        stakeholder sre-lead "Mo" power=5 interest=8 stance=resistant
      }
    }
    stakeholder cfo "Priya" power=10 interest=3 stance=opposed
    stakeholder x

    cto -> em 0.7
    em reports-to cto
    cto allied-with sre-lead
    cfo conflicts-with cto "budget"
    em depends-on cfo "budget"
    em depends-on sre-lead
    """

  static func map(_ text: String = tiny) throws -> StakeMap {
    let result = StakeMapParser.parse(text, fileName: "tiny.stakes")
    try #require(result.isValid, "\(result.diagnostics)")
    return result.map
  }

  static let styles = """
      classDef opposed fill:#e66101,color:#ffffff,stroke:#555555
      classDef resistant fill:#fdb863,color:#1a1a1a,stroke:#555555
      classDef neutral fill:#f7f7f7,color:#1a1a1a,stroke:#555555
      classDef supportive fill:#b2abd2,color:#1a1a1a,stroke:#555555
      classDef champion fill:#5e3c99,color:#ffffff,stroke:#555555
      classDef me stroke:#000000,stroke-width:3px

    """

  @Test func quadrantChart() throws {
    #expect(
      MermaidExport.quadrantChart(try Self.map()) == """
        quadrantChart
          title Launch
          x-axis Low interest --> High interest
          y-axis Low power --> High power
          quadrant-1 Manage closely
          quadrant-2 Keep satisfied
          quadrant-3 Monitor
          quadrant-4 Keep informed
          "Dana": [0.7, 0.9]
          "Alex (you)": [1, 0.4]
          "Mo": [0.8, 0.5]
          "Priya": [0.3, 1]
          "x (unrated)": [0.5, 0.5]

        """)
  }

  @Test func quadrantChartScalesAroundTheThresholds() throws {
    let map = try Self.map(
      """
      thresholds power=6 interest=4
      stakeholder a power=3 interest=2
      stakeholder b power=8 interest=7
      stakeholder c power=6 interest=4
      stakeholder d power=0 interest=10
      """)
    let points = MermaidExport.quadrantChart(map).split(separator: "\n").suffix(4)
    #expect(
      Array(points) == [
        "  \"a\": [0.25, 0.25]", "  \"b\": [0.75, 0.75]", "  \"c\": [0.5, 0.5]", "  \"d\": [1, 0]",
      ])
    // Every point lies in the quadrant the analysis gives it.
    for s in map.stakeholders {
      let x = MermaidExport.scaled(s.effectiveInterest, threshold: map.thresholds.interest)
      let y = MermaidExport.scaled(s.effectivePower, threshold: map.thresholds.power)
      #expect(Quadrant(power: y * 10, interest: x * 10, thresholds: .default) == map.positioning(of: s).quadrant)
    }
    #expect(MermaidExport.coordinate(1.0 / 3) == "0.333")
    #expect(MermaidExport.scaled(10, threshold: 10) == 0.5)
    #expect(MermaidExport.scaled(3, threshold: 0) == 0.65)
  }

  @Test func influenceFlowchart() throws {
    #expect(
      MermaidExport.influenceFlowchart(try Self.map()) == """
        ---
        title: "Launch"
        ---
        flowchart TD
          s_cfo["Priya"]
          s_x["x"]
          subgraph d_eng["Engineering"]
            s_cto["Dana<br/>CTO"]
            s_em["Alex<br/>(you)"]
            subgraph d_sre["SRE"]
              s_sre_lead["Mo"]
            end
          end
          s_cto -->|"0.7"| s_em
          s_cto -.->|"manages"| s_em
          s_cto ===|"allied"| s_sre_lead
          s_cfo -.-|"conflict over budget"| s_cto

        """ + Self.styles + """
            class s_cfo opposed
            class s_sre_lead resistant
            class s_x neutral
            class s_cto supportive
            class s_em champion
            class s_em me
            linkStyle 2 stroke:#1b7837,stroke-width:3px
            linkStyle 3 stroke:#d7191c,stroke-width:2px

          """)
  }

  @Test func dependencyFlowchart() throws {
    #expect(
      MermaidExport.dependencyFlowchart(try Self.map()) == """
        ---
        title: "Launch — dependencies"
        ---
        flowchart LR
          s_cfo["Priya"]
          subgraph d_eng["Engineering"]
            s_em["Alex<br/>(you)"]
            subgraph d_sre["SRE"]
              s_sre_lead["Mo"]
            end
          end
          s_em -->|"budget"| s_cfo
          s_em --> s_sre_lead

        """ + Self.styles + """
            class s_cfo opposed
            class s_sre_lead resistant
            class s_em champion
            class s_em me
            linkStyle 0,1 stroke:#d7191c,stroke-width:2px

          """)
  }

  @Test func dependencyFlowchartWithoutDependencies() throws {
    let map = try Self.map("stakeholder a power=1 interest=1")
    #expect(
      MermaidExport.dependencyFlowchart(map) == """
        ---
        title: "dependencies"
        ---
        flowchart LR
          empty["No depends-on relations in this map"]

        """)
  }

  /// Whether every `#` begins an entity code `#name;` or `#123;`, as Mermaid reads them.
  static func everyHashStartsAnEntity(_ text: String) -> Bool {
    let chars = Array(text)
    for (i, ch) in chars.enumerated() where ch == "#" {
      var j = i + 1
      while j < chars.count, chars[j].isLetter || chars[j].isNumber { j += 1 }
      if j == i + 1 || j >= chars.count || chars[j] != ";" { return false }
    }
    return true
  }

  @Test func entityCheckCatchesARawHash() {
    #expect(Self.everyHashStartsAnEntity("a #quot; b #35;1"))
    #expect(!Self.everyHashStartsAnEntity("a #1 b"))
  }

  @Test func hostileTextIsEscaped() {
    let hostile = "Bob\"]\n<script>alert(1)</script> [x] {y} |z| #1; *a* _b_ `c` %%d: e; \\ ~f~"
    #expect(
      MermaidText.escape(hostile)
        == "Bob#quot;#93; #lt;script#gt;alert(1)#lt;/script#gt; #91;x#93; #123;y#125; #124;z#124; #35;1#59; "
        + "#42;a#42; #95;b#95; #96;c#96; #37;#37;d#58; e#59; #92; #126;f#126;")
    let map = StakeMap(
      title: "T\" --> end",
      domains: [Domain(id: "d", label: "end\"] subgraph")],
      stakeholders: [
        Stakeholder(id: "end", name: hostile, role: "r|o\"le", power: 5, interest: 5, domain: "d"),
        Stakeholder(id: "o.k", name: "Ok", power: 1, interest: 1),
        Stakeholder(id: "o-k", name: "Ok too", power: 1, interest: 1),
      ],
      relations: [
        Relation(.conflictsWith, from: "end", to: "o.k", topic: "x\"| y"),
        Relation(.dependsOn, from: "o-k", to: "end", topic: "]]>"),
      ])
    let graph = MermaidExport.influenceFlowchart(map)
    #expect(graph.contains("title: \"T#quot; --#gt; end\"\n"))
    #expect(graph.contains("  subgraph d_d[\"end#quot;#93; subgraph\"]\n"))
    #expect(graph.contains("    s_end[\"\(MermaidText.escape(hostile))<br/>r#124;o#quot;le\"]\n"))
    #expect(graph.contains("  s_o_k[\"Ok\"]\n  s_o_k_2[\"Ok too\"]\n"), "ids that clash after cleaning get a suffix")
    #expect(graph.contains("  s_end -.-|\"conflict over x#quot;#124; y\"| s_o_k\n"))
    #expect(MermaidExport.dependencyFlowchart(map).contains("  s_o_k_2 -->|\"#93;#93;#gt;\"| s_end\n"))
    let chart = MermaidExport.quadrantChart(map)
    #expect(chart.contains("  title T#quot; --#gt; end\n"))
    #expect(chart.contains("  \"\(MermaidText.escape(hostile))\": [0.5, 0.5]\n"))
    // Between the quotes Mermaid sees no quote, bracket, pipe, newline or raw '#'.
    for line in (graph + chart).split(separator: "\n") {
      guard let open = line.firstIndex(of: "\""), let close = line.lastIndex(of: "\""), open < close else { continue }
      let inside = line[line.index(after: open)..<close].replacingOccurrences(of: "<br/>", with: "")
      #expect(!inside.contains(where: { "\"[]{}|<>`".contains($0) }), "\(line)")
      #expect(Self.everyHashStartsAnEntity(inside), "\(line)")
    }
  }
}
