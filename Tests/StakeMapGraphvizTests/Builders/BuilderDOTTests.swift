import StakeMap
import Testing

@testable import StakeMapGraphviz

/// The builders' exact DOT text for a tiny map: a guard that any change to the
/// pictures is deliberate. Regenerate with `stakemap render graph|deps FILE --format dot`.
@Suite struct BuilderDOTTests {
  static let map = StakeMapParser.parse(
    #"""
title "Tiny"
me em
domain eng "Engineering" {
  stakeholder em "Alex" role="EM" power=4 interest=9 stance=champion
  domain sre "SRE" {
    stakeholder lead "Mo" power=6 interest=7 stance=resistant
  }
}
stakeholder cfo "Priya" power=9 interest=3 stance=opposed
em -> lead 0.8
lead reports-to em
em depends-on cfo "budget"
lead conflicts-with cfo "cost"
em allied-with lead
"""#
  ).map

  @Test func influenceGraph() {
    #expect(InfluenceGraph.dot(MapAnalysis(Self.map)) == #"""
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
  "cfo" [label=<<B>Priya</B><BR/><FONT POINT-SIZE="9"><B>BLOCKER</B></FONT>>, fillcolor="#e66101", fontcolor="#ffffff", tooltip="Priya\nstance -2 (opposed), predicted -2 (opposed)\npower 9, interest 3, influence rank 26%", penwidth="3.5", color="#b2182b"];
  subgraph "cluster_eng" {
    label="Engineering";
    style="rounded,filled";
    fillcolor="#f6f6f4";
    color="#9a9a90";
    fontname="Helvetica-Bold,Arial Bold,sans-serif";
    fontsize="12";
    fontcolor="#333333";
    labeljust="l";
    margin="10";
    "em" [label=<<B>Alex</B><BR/><FONT POINT-SIZE="9">EM</FONT><BR/><FONT POINT-SIZE="9"><I>you</I></FONT>>, fillcolor="#5e3c99", fontcolor="#ffffff", tooltip="Alex, EM\nstance +2 (champion), predicted +2 (champion)\npower 4, interest 9, influence rank 48.1%", penwidth="3", color="#000000", peripheries="2"];
    subgraph "cluster_sre" {
      label="SRE";
      style="rounded,filled";
      fillcolor="#ecece8";
      color="#9a9a90";
      fontname="Helvetica-Bold,Arial Bold,sans-serif";
      fontsize="12";
      fontcolor="#333333";
      labeljust="l";
      margin="10";
      "lead" [label=<<B>Mo</B><BR/><FONT POINT-SIZE="9">★ ally #1</FONT>>, fillcolor="#fdb863", fontcolor="#1a1a1a", tooltip="Mo\nstance -1 (resistant), predicted +0.5 (supportive)\npower 6, interest 7, influence rank 26%", penwidth="3.5", color="#1b7837"];
    }
  }
  "em" -> "lead" [penwidth="3", color="#4d4d4d", tooltip="Alex influences Mo (weight 0.8)"];
  "em" -> "lead" [style="dotted", color="#8c8c8c", arrowhead="empty", penwidth="1.2", tooltip="Mo reports to Alex"];
  "lead" -> "cfo" [dir="none", color="#d7191c", penwidth="2.2", style="dashed", constraint="false", fontcolor="#b2182b", tooltip="Mo conflicts with Priya: cost"];
  "em" -> "lead" [dir="none", color="#1b7837", penwidth="2.2", constraint="false", style="bold", tooltip="Alex and Mo are allies"];
  "#legend" [shape="plaintext", style="", fontsize="10", label=<<TABLE BORDER="1" COLOR="#bbbbbb" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2" BGCOLOR="#ffffff"><TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#4d4d4d">━━▶</FONT></TD><TD ALIGN="LEFT">influences (wider: stronger)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#8c8c8c">┈┈▷</FONT></TD><TD ALIGN="LEFT">manager → report</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#1b7837">━━━</FONT></TD><TD ALIGN="LEFT">alliance</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#d7191c">╍╍╍</FONT></TD><TD ALIGN="LEFT">conflict (topic on hover)</TD></TR><TR><TD ALIGN="LEFT">◎</TD><TD ALIGN="LEFT">you (double border)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#1b7837">★</FONT></TD><TD ALIGN="LEFT">suggested ally (green border)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#b2182b">▣</FONT></TD><TD ALIGN="LEFT">blocker (red border)</TD></TR><TR><TD BGCOLOR="#5e3c99" BORDER="1"> </TD><TD ALIGN="LEFT">champion</TD></TR><TR><TD BGCOLOR="#b2abd2" BORDER="1"> </TD><TD ALIGN="LEFT">supportive</TD></TR><TR><TD BGCOLOR="#f7f7f7" BORDER="1"> </TD><TD ALIGN="LEFT">neutral</TD></TR><TR><TD BGCOLOR="#fdb863" BORDER="1"> </TD><TD ALIGN="LEFT">resistant</TD></TR><TR><TD BGCOLOR="#e66101" BORDER="1"> </TD><TD ALIGN="LEFT">opposed</TD></TR></TABLE>>];
}

"""#)
  }

  @Test func dependencyGraph() {
    #expect(DependencyGraph.dot(MapAnalysis(Self.map)) == #"""
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
  "cfo" [label=<<B>Priya</B><BR/><FONT POINT-SIZE="9"><B>BLOCKER</B></FONT>>, fillcolor="#e66101", fontcolor="#ffffff", tooltip="Priya: stance -2 (opposed)", penwidth="3.5", color="#b2182b"];
  subgraph "cluster_eng" {
    label="Engineering";
    style="rounded,filled";
    fillcolor="#f6f6f4";
    color="#9a9a90";
    fontname="Helvetica-Bold,Arial Bold,sans-serif";
    fontsize="12";
    fontcolor="#333333";
    labeljust="l";
    margin="10";
    "em" [label=<<B>Alex</B><BR/><FONT POINT-SIZE="9">EM</FONT><BR/><FONT POINT-SIZE="9"><I>you</I></FONT>>, fillcolor="#5e3c99", fontcolor="#ffffff", tooltip="Alex: stance +2 (champion)", penwidth="3", peripheries="2", color="#000000"];
  }
  "em" -> "cfo" [color="#b2182b", penwidth="3", fontcolor="#b2182b", label="BLOCKER: budget", tooltip="Alex needs budget from Priya (blocker: opposed)"];
  "#legend" [shape="plaintext", style="", fontsize="10", label=<<TABLE BORDER="1" COLOR="#bbbbbb" CELLBORDER="0" CELLSPACING="2" CELLPADDING="2"><TR><TD COLSPAN="2" ALIGN="LEFT"><B>Legend</B></TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#4d4d4d">━━▶</FONT></TD><TD ALIGN="LEFT">needs (label: what)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#b2182b">━━▶</FONT></TD><TD ALIGN="LEFT">needs it from an opposed stakeholder (BLOCKER)</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#b2182b">╍╍▶</FONT></TD><TD ALIGN="LEFT">needs it from a resistant stakeholder</TD></TR><TR><TD ALIGN="LEFT"><FONT COLOR="#2166ac">━━▶</FONT></TD><TD ALIGN="LEFT">on a dependency cycle (cycle)</TD></TR></TABLE>>];
}

"""#)
  }

  @Test func graphvizAcceptsEveryPictureWithoutWarnings() throws {
    let analysis = MapAnalysis(Self.map)
    for kind in PictureKind.allCases {
      let picture = PictureBuilder.build(kind, analysis)
      let result = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
      #expect(result.warnings.isEmpty, "\(kind): \(result.warnings)")
      for id in ["em", "lead", "cfo"] where kind != .dependencies || id != "lead" {
        #expect(result.text.contains("<title>\(id)</title>"), "\(kind) lacks \(id)")
      }
    }
  }

  @Test func anAllyIsNeverAlsoMarkedABlocker() {
    let analysis = MapAnalysis(Self.map)
    let allies = Set(analysis.allies.prefix(InfluenceGraph.highlighted).map(\.id))
    #expect(allies.contains("lead"))
    #expect(allies.isDisjoint(with: InfluenceGraph.blockers(analysis)))
    #expect(InfluenceGraph.blockers(analysis) == ["cfo"])
  }
}
