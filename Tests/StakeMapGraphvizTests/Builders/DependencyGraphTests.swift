import StakeMap
import Testing

@testable import StakeMapGraphviz

/// The dependency graph: exact DOT for a tiny map; cycles, blockers and resistant
/// providers marked; a map without dependencies says so.
@Suite struct DependencyGraphTests {
  /// Snapshot: only the people in a dependency (`cy` is left out), in their domains'
  /// clusters; `ann` (`me`) needs the budget from the opposed `bo`, so both the edge
  /// and `bo` say BLOCKER.
  @Test func theDOTOfATinyMap() {
    let expected = #"""
      digraph "dependencies" {
        fontname="Helvetica,Arial,sans-serif";
        rankdir="LR";
        bgcolor="white";
        pad="0.3";
        nodesep="0.4";
        ranksep="0.9";
        newrank="true";
        label="Tiny: dependencies";
        labelloc="t";
        fontsize="18";
        node [fontname="Helvetica,Arial,sans-serif", fontsize="11", shape="box", style="rounded,filled", margin="0.12,0.06"];
        edge [fontname="Helvetica,Arial,sans-serif", fontsize="9", arrowsize="0.8"];
        subgraph "cluster_org" {
          label="Org";
          style="rounded,filled";
          fillcolor="#f6f6f4";
          color="#9a9a90";
          fontname="Helvetica-Bold";
          fontsize="12";
          fontcolor="#333333";
          labeljust="l";
          margin="10";
          "ann" [label=<<B>Ann</B><BR/><FONT POINT-SIZE="9">Lead</FONT><BR/><FONT POINT-SIZE="9"><I>you</I></FONT>>, fillcolor="#5e3c99", fontcolor="#ffffff", tooltip="Ann: stance +2 (champion)", penwidth="3", peripheries="2", color="#000000"];
          subgraph "cluster_team" {
            label="Team";
            style="rounded,filled";
            fillcolor="#ecece8";
            color="#9a9a90";
            fontname="Helvetica-Bold";
            fontsize="12";
            fontcolor="#333333";
            labeljust="l";
            margin="10";
            "bo" [label=<<B>Bo</B><BR/><FONT POINT-SIZE="9"><B>BLOCKER</B></FONT>>, fillcolor="#e66101", fontcolor="#ffffff", tooltip="Bo: stance -2 (opposed)", penwidth="3.5", color="#b2182b"];
          }
        }
        "ann" -> "bo" [color="#b2182b", penwidth="3", fontcolor="#b2182b", label="BLOCKER: budget", tooltip="Ann needs budget from Bo (blocker: opposed)"];
        "#legend" [shape="plaintext", style="", fontsize="10", label=<<TABLE BORDER="1" COLOR="#bbbbbb" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2"><TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#4d4d4d">━━▶</FONT></TD><TD ALIGN="LEFT">needs (label: what)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#b2182b">━━▶</FONT></TD><TD ALIGN="LEFT">needs it from an opposed stakeholder (BLOCKER)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#b2182b">╍╍▶</FONT></TD><TD ALIGN="LEFT">needs it from a resistant stakeholder</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#2166ac">━━▶</FONT></TD><TD ALIGN="LEFT">on a dependency cycle (cycle)</TD></TR></TABLE>>];
      }

      """#
    expectSameDOT(DependencyGraph.dot(Maps.tiny), expected)
    #expect(DependencyGraph.picture(Maps.tiny).engine == .dot)
  }

  /// `a → b → c → a` is a cycle, `d → a` leads into it; `c` is opposed and `x` resistant.
  private let cyclic = Maps.analysis(
    """
    stakeholder a "Ana" power=5 interest=5 stance=supportive
    stakeholder b "Ben" power=5 interest=5
    stakeholder c "Cai" power=5 interest=5 stance=opposed
    stakeholder d "Dee" power=5 interest=5
    stakeholder x "Xan" power=5 interest=5 stance=resistant
    stakeholder y "Yul" power=5 interest=5 stance=opposed
    a depends-on b "specs"
    b depends-on c "servers"
    c depends-on a "budget"
    d depends-on a "review"
    d depends-on x "access"
    d depends-on y "sign-off"
    """)

  /// The attributes of the DOT edge `from -> to`.
  private func edgeLine(_ dot: String, _ from: String, _ to: String) -> String? {
    dot.split(separator: "\n").first { $0.hasPrefix("  \"\(from)\" -> \"\(to)\" [") }.map(String.init)
  }

  @Test func edgesOnADependencyCycleAreBlueAndLabelledCycle() throws {
    let dot = DependencyGraph.dot(cyclic)
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a")] {
      let line = try #require(edgeLine(dot, from, to))
      #expect(line.contains("color=\"#2166ac\""), "\(from) -> \(to)")
      #expect(line.contains(" (cycle)\""), "\(from) -> \(to)")
      #expect(
        !line.contains("[color=\"#b2182b\"") && !line.contains(" color=\"#b2182b\""),
        "\(from) -> \(to): red as well as blue")
    }
    for (from, to) in [("d", "a"), ("d", "x"), ("d", "y")] {
      let line = try #require(edgeLine(dot, from, to))
      #expect(!line.contains("#2166ac") && !line.contains("(cycle)"), "\(from) -> \(to)")
    }
    let svg = try Render.svg(.dependencies, cyclic)
    let onCycle = svg.edges.filter { $0.body.contains("stroke=\"#2166ac\"") }.map(\.title).sorted()
    #expect(onCycle == ["a->b", "b->c", "c->a"])
    #expect(svg.edges.first { $0.title == "a->b" }?.texts == ["specs (cycle)"])
    #expect(svg.edges.first { $0.title == "c->a" }?.texts == ["budget (cycle)"])
  }

  @Test func aDependencyOnAnOpposedStakeholderIsABlocker() throws {
    let svg = try Render.svg(.dependencies, cyclic)
    // on the cycle and a blocker: both said
    #expect(svg.edges.first { $0.title == "b->c" }?.texts == ["BLOCKER: servers (cycle)"])
    let signOff = try #require(svg.edges.first { $0.title == "d->y" })
    #expect(signOff.texts == ["BLOCKER: sign-off"])
    #expect(signOff.body.contains("stroke=\"#b2182b\""))
    #expect(signOff.strokeWidth == 3)
    for id in ["c", "y"] {
      #expect(svg.node(id)?.texts.contains("BLOCKER") == true, "\(id)")
      #expect(svg.node(id)?.strokeWidth == 3.5, "\(id)")
    }
    for id in ["a", "b", "d", "x"] {
      #expect(svg.node(id)?.texts.contains("BLOCKER") == false, "\(id)")
    }
  }

  @Test func aDependencyOnAResistantStakeholderIsDashedButNoBlocker() throws {
    let svg = try Render.svg(.dependencies, cyclic)
    let access = try #require(svg.edges.first { $0.title == "d->x" })
    #expect(access.texts == ["access"])
    #expect(access.body.contains("stroke-dasharray"))
    #expect(access.body.contains("stroke=\"#b2182b\""))
    let review = try #require(svg.edges.first { $0.title == "d->a" })
    #expect(review.texts == ["review"])
    #expect(!review.body.contains("stroke-dasharray") && review.body.contains("stroke=\"#4d4d4d\""))
  }

  @Test func aMapWithoutDependenciesSaysSo() throws {
    let map = Maps.analysis(
      """
      title "Quiet"
      domain d { stakeholder a power=5 interest=5 }
      stakeholder b power=5 interest=5
      a -> b
      a conflicts-with b "x"
      """)
    let (svg, warnings) = try Render.svg(DependencyGraph.picture(map))
    #expect(warnings.isEmpty)
    #expect(svg.nodes.map(\.title) == ["#empty"])
    #expect(svg.node("#empty")?.texts == ["No depends-on relations in this map"])
    #expect(svg.clusters.isEmpty && svg.edges.isEmpty)
    #expect(svg.texts.contains("Quiet: dependencies"))
  }

  /// On every sample: each stakeholder in a dependency is one node, in its domain's
  /// cluster; nobody else is drawn.
  @Test(arguments: Maps.sampleNames)
  func everySampleDrawsThePeopleInADependency(name: String) throws {
    let analysis = try Maps.sample(name)
    let deps = analysis.map.relations.filter { $0.kind == .dependsOn }
    let involved = Set(deps.flatMap { [$0.from.rawValue, $0.to.rawValue] })
    let (svg, warnings) = try Render.svg(DependencyGraph.picture(analysis))
    #expect(warnings.isEmpty)
    #expect(svg.stakeholderNodes.map(\.title).sorted() == involved.sorted())
    #expect(svg.edges.count == deps.count)
    for r in deps {
      let edge = svg.edges.first { $0.title == "\(r.from.rawValue)->\(r.to.rawValue)" }
      #expect(edge?.texts.joined(separator: " ").contains(r.topic ?? "") == true)
    }
  }
}
