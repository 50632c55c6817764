/// A Graphviz layout engine: the algorithm that gives every node a position.
///
/// The raw value is the name Graphviz knows the engine by (`gvLayout(gvc, g, name)`).
///
/// Rough costs on clustered organisation graphs (~8 influence edges a person, one
/// cluster a department), Graphviz 2.42: `dot` takes 0.08 s for 50 people and 10 s for
/// 300; `fdp` (keeps clusters) 0.25 s for 300; `sfdp` (drops clusters) 0.09 s for 300;
/// `osage` (packs clusters) 0.04 s for 300. `dot` draws the most readable small pictures.
public enum LayoutEngine: String, Sendable, CaseIterable {
  /// Hierarchical layers; best for small directed graphs, slow past a few hundred nodes.
  case dot
  /// Spring model (stress majorization). Input `pos` values are in inches.
  case neato
  /// Force-directed; keeps clusters.
  case fdp
  /// Multiscale force-directed for large graphs; ignores clusters.
  case sfdp
  /// Circular layout.
  case circo
  /// Radial layout around a root node.
  case twopi
  /// Packs clusters as nested boxes.
  case osage
  /// No layout: every node keeps the `pos` it was given, in points.
  ///
  /// This is `neato -n2`; the command line's `neato -n2` and `-Knop2` give the same output.
  /// What Graphviz 2.42 does with it (checked by `Nop2LayoutTests`):
  ///
  /// - Every node needs `pos="x,y"` in points (a trailing `!` is accepted and changes
  ///   nothing). A node without `pos` makes Graphviz report
  ///   "node b in graph G has no position as required by the -n flag", which
  ///   ``GraphvizRenderer`` turns into a ``GraphvizError`` (`gvLayout` itself still
  ///   returns 0).
  /// - Edges with `pos` keep their spline as given; edges without one are routed
  ///   (straight or per `splines`).
  /// - By default the finished drawing is *translated* so that the lower-left corner of
  ///   its bounding box (node boxes included) is at 0,0: positions keep their
  ///   differences but not their values. The graph attribute `notranslate=true` keeps
  ///   them exactly as given.
  /// - A `bb` graph attribute is not needed and is not honoured: Graphviz recomputes it
  ///   from what it draws. To fix the extent of a canvas (a grid from 0 to 10 on both
  ///   axes, say), place invisible nodes of no size at its corners
  ///   (`shape=point, width=0, height=0, style=invis`; a default point is 3.6 points wide
  ///   and would widen `bb` by 1.8 on each side).
  /// - Unlike this engine, `neato` with `pos="x,y!"` reads inches and re-centres the
  ///   drawing.
  case nop2
}
