import StakeMap
import Testing

@testable import StakeMapGraphviz

/// The influence graph: its exact DOT for a tiny map, and the structure Graphviz draws
/// from it (a node titled by each id, a cluster `cluster_ID` for each domain, nested
/// as in the map).
@Suite struct InfluenceGraphTests {
  /// Snapshot of the whole text: `cy` (no domain) first, then the clusters nested as
  /// in the map; influence, reporting line (manager to report), conflict and alliance
  /// edges; the legend. The dependency is not drawn here.
  @Test func theDOTOfATinyMap() {
    let expected = #"""
      digraph "influence" {
        fontname="Helvetica,Arial,sans-serif";
        bgcolor="white";
        compound="true";
        pad="0.3";
        nodesep="0.35";
        ranksep="0.7";
        outputorder="edgesfirst";
        newrank="true";
        label="Tiny";
        labelloc="t";
        fontsize="18";
        node [fontname="Helvetica,Arial,sans-serif", fontsize="11", shape="box", style="rounded,filled", margin="0.12,0.06"];
        edge [fontname="Helvetica,Arial,sans-serif", fontsize="9", arrowsize="0.7"];
        "cy" [label=<<B>Cy</B><BR/><FONT POINT-SIZE="9">★ ally #1</FONT>>, fillcolor="#f7f7f7", fontcolor="#1a1a1a", tooltip="Cy\nstance 0 (neutral), predicted +1 (supportive)\npower 6, interest 2, influence rank 21.3%", penwidth="3.5", color="#1b7837"];
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
          "ann" [label=<<B>Ann</B><BR/><FONT POINT-SIZE="9">Lead</FONT><BR/><FONT POINT-SIZE="9"><I>you</I></FONT>>, fillcolor="#5e3c99", fontcolor="#ffffff", tooltip="Ann, Lead\nstance +2 (champion), predicted +2 (champion)\npower 8, interest 9, influence rank 57.4%", penwidth="3", color="#000000", peripheries="2"];
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
            "bo" [label=<<B>Bo</B><BR/><FONT POINT-SIZE="9"><B>BLOCKER</B></FONT>>, fillcolor="#e66101", fontcolor="#ffffff", tooltip="Bo\nstance -2 (opposed), predicted 0 (neutral)\npower 3, interest 6, influence rank 21.3%", penwidth="3.5", color="#b2182b"];
          }
        }
        "ann" -> "cy" [penwidth="3", color="#4d4d4d", tooltip="Ann influences Cy (weight 0.8)"];
        "ann" -> "bo" [style="dotted", color="#8c8c8c", arrowhead="empty", penwidth="1.2", tooltip="Bo reports to Ann"];
        "bo" -> "cy" [dir="none", color="#d7191c", penwidth="2.2", style="dashed", constraint="false", fontcolor="#b2182b", tooltip="Bo conflicts with Cy: scope"];
        "ann" -> "cy" [dir="none", color="#1b7837", penwidth="2.2", constraint="false", style="bold", tooltip="Ann and Cy are allies"];
        "#legend" [shape="plaintext", style="", fontsize="10", label=<<TABLE BORDER="1" COLOR="#bbbbbb" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2" BGCOLOR="#ffffff"><TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#4d4d4d">━━▶</FONT></TD><TD ALIGN="LEFT">influences (wider: stronger)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#8c8c8c">┈┈▷</FONT></TD><TD ALIGN="LEFT">manager → report</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#1b7837">━━━</FONT></TD><TD ALIGN="LEFT">alliance</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#d7191c">╍╍╍</FONT></TD><TD ALIGN="LEFT">conflict (topic on hover)</TD></TR><TR><TD ALIGN="LEFT">◎</TD><TD ALIGN="LEFT">you (double border)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#1b7837">★</FONT></TD><TD ALIGN="LEFT">suggested ally (green border)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#b2182b">▣</FONT></TD><TD ALIGN="LEFT">blocker (red border)</TD></TR><TR><TD BGCOLOR="#5e3c99" BORDER="1"> </TD><TD ALIGN="LEFT">champion</TD></TR><TR><TD BGCOLOR="#b2abd2" BORDER="1"> </TD><TD ALIGN="LEFT">supportive</TD></TR><TR><TD BGCOLOR="#f7f7f7" BORDER="1"> </TD><TD ALIGN="LEFT">neutral</TD></TR><TR><TD BGCOLOR="#fdb863" BORDER="1"> </TD><TD ALIGN="LEFT">resistant</TD></TR><TR><TD BGCOLOR="#e66101" BORDER="1"> </TD><TD ALIGN="LEFT">opposed</TD></TR></TABLE>>];
      }

      """#
    expectSameDOT(InfluenceGraph.dot(Maps.tiny), expected)
  }

  @Test func aSmallMapIsDrawnWithDotAndNoNotes() {
    let picture = InfluenceGraph.picture(Maps.tiny)
    #expect(picture.engine == .dot)
    #expect(picture.notes.isEmpty)
    #expect(picture.dot == InfluenceGraph.dot(Maps.tiny))
  }

  @Test func theTinyMapDrawsEachStakeholderOnceAndEachDomainAsANestedCluster() throws {
    let (svg, warnings) = try Render.svg(InfluenceGraph.picture(Maps.tiny))
    #expect(warnings.isEmpty)
    #expect(svg.stakeholderNodes.map(\.title).sorted() == ["ann", "bo", "cy"])
    #expect(svg.clusters.map(\.title) == ["cluster_org", "cluster_team"])
    let org = try #require(svg.cluster("cluster_org")?.frame)
    let team = try #require(svg.cluster("cluster_team")?.frame)
    #expect(inside(team, org))
    let ann = try #require(svg.node("ann")?.frame)
    let bo = try #require(svg.node("bo")?.frame)
    let cy = try #require(svg.node("cy")?.frame)
    #expect(inside(ann, org) && !inside(ann, team))
    #expect(inside(bo, team))
    #expect(!overlaps(cy, org))
    #expect(svg.cluster("cluster_org")?.texts == ["Org"])
    #expect(svg.cluster("cluster_team")?.texts == ["Team"])
    #expect(svg.clusters.allSatisfy { $0.body.contains("font-weight=\"bold\"") })
    #expect(svg.node("ann")?.texts == ["Ann", "Lead", "you"])
  }

  /// On every sample: each stakeholder is exactly one node titled by its id, inside the
  /// frame of its domain's cluster; each domain is exactly one cluster `cluster_ID`,
  /// inside its parent's frame.
  @Test(arguments: Maps.sampleNames)
  func everySampleDrawsEveryStakeholderAndEveryDomain(name: String) throws {
    let analysis = try Maps.sample(name)
    let map = analysis.map
    let (svg, warnings) = try Render.svg(InfluenceGraph.picture(analysis))
    #expect(warnings.isEmpty)
    #expect(svg.stakeholderNodes.map(\.title).sorted() == map.stakeholders.map(\.id.rawValue).sorted())
    #expect(svg.clusters.map(\.title).sorted() == map.domains.map { "cluster_" + $0.id.rawValue }.sorted())
    for d in map.domains {
      let frame = try #require(svg.cluster("cluster_" + d.id.rawValue)?.frame)
      #expect(svg.cluster("cluster_" + d.id.rawValue)?.texts == [d.displayLabel])
      if let parent = d.parent {
        let outer = try #require(svg.cluster("cluster_" + parent.rawValue)?.frame)
        #expect(inside(frame, outer), "\(d.id.rawValue) lies outside \(parent.rawValue)")
      }
    }
    for s in map.stakeholders {
      let box = try #require(svg.node(s.id.rawValue)?.frame)
      #expect(svg.node(s.id.rawValue)?.texts.first == s.displayName)
      for d in map.domains {
        guard let frame = svg.cluster("cluster_" + d.id.rawValue)?.frame else { continue }
        let member = s.domain.map { map.domainPath($0).contains(d.id) } ?? false
        if member {
          #expect(inside(box, frame), "\(s.id.rawValue) lies outside \(d.id.rawValue)")
        } else {
          #expect(!inside(box, frame), "\(s.id.rawValue) lies inside \(d.id.rawValue)")
        }
      }
    }
  }

  @Test func meHasAHeavyBlackOutlineAndADoubleBorder() throws {
    let svg = try Render.svg(.influence, Maps.tiny)
    let ann = try #require(svg.node("ann"))
    #expect(SVG.count("<path", in: ann.body) + SVG.count("<polygon", in: ann.body) == 2)
    #expect(ann.strokeWidth == 3)
    #expect(svg.node("cy")?.strokeWidth == 3.5)  // the top ally: green, heavier still
    #expect(ann.body.contains("stroke=\"#000000\""))
  }

  private func inside(
    _ a: (x0: Double, y0: Double, x1: Double, y1: Double), _ b: (x0: Double, y0: Double, x1: Double, y1: Double)
  ) -> Bool {
    a.x0 >= b.x0 && a.y0 >= b.y0 && a.x1 <= b.x1 && a.y1 <= b.y1
  }

  private func overlaps(
    _ a: (x0: Double, y0: Double, x1: Double, y1: Double), _ b: (x0: Double, y0: Double, x1: Double, y1: Double)
  ) -> Bool {
    a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
  }
}
