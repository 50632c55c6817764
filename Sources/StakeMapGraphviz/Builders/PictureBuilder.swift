import StakeMap

/// The pictures stakemap draws.
public enum PictureKind: String, Sendable, CaseIterable {
  /// The power/interest grid.
  case grid
  /// The influence graph with domain boundaries.
  case influence
  /// The dependency graph.
  case dependencies
}

/// A picture ready for Graphviz: the DOT text, the engine to lay it out, and notes for
/// the user (a collapsed view, say).
public struct Picture: Sendable {
  /// The DOT text.
  public var dot: String
  /// The layout engine.
  public var engine: LayoutEngine
  /// What the user should know about how it was drawn.
  public var notes: [String]
}

/// Chooses the builder for a picture.
public enum PictureBuilder {
  /// The picture of a kind for an analysed map.
  public static func build(_ kind: PictureKind, _ analysis: MapAnalysis) -> Picture {
    switch kind {
    case .grid: Picture(dot: GridChart.dot(analysis), engine: .nop2, notes: [])
    case .influence: InfluenceGraph.picture(analysis)
    case .dependencies: DependencyGraph.picture(analysis)
    }
  }

  /// Lays out and renders a picture.
  public static func render(_ kind: PictureKind, _ analysis: MapAnalysis, format: RenderFormat) throws(GraphvizError)
    -> RenderResult
  {
    let picture = build(kind, analysis)
    return try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: format)
  }
}
