import CGraphviz

/// Lays out and renders DOT text with Graphviz's C library, in process.
///
/// This is the only place that calls Graphviz. Every call takes one process-wide lock
/// (cgraph is not thread-safe), so renders from many threads or tasks are safe and run
/// one at a time. One Graphviz context (`GVC_t`) is created on first use and reused.
///
/// Graphviz's messages are captured through its error callback (`agseterrf`, level
/// `AGWARN`) rather than printed: errors become a ``GraphvizError``, warnings come back in
/// ``RenderResult/warnings``. A message Graphviz writes straight to standard error, not
/// through the callback, is not captured. Some warnings come once per process: Graphviz
/// remembers an unknown shape or colour after warning about it the first time.
///
/// What Graphviz 2.42 (which calls itself 2.43.0) does that callers should know:
///
/// - An error is not always a non-zero return code: `gvLayout` returns 0 when a `nop2`
///   node lacks `pos`, and `gvRenderData` would then draw a picture. So any message at
///   error level fails the step.
/// - A format whose plugin is missing (PNG or PDF without the cairo plugin) fails in
///   `gvRenderData` with -1 and "renderer for png is unavailable" — the same path as an
///   unknown format name. (The `dot` command says "Format: "png" not recognized" instead.)
///   `gvRenderData` hands back a buffer even then, which is freed.
/// - Name the graph (`digraph G {…}`): an anonymous graph gets an internal name such as
///   `%3` that changes from render to render and shows in the SVG, so the output would
///   no longer be byte-identical.
/// - `dot` leaks inside `gvLayout` for graphs with clusters, or with cycles it has to
///   break: about 115 KB a render for 30 nodes in 3 clusters (the same in plain C; see
///   ellson/MOTHBALLED-graphviz#65). A command-line run does not notice; a long-running
///   process that renders thousands of such graphs does. `neato` and `osage` leak on
///   clustered graphs too. `fdp` (clusters or not), `neato` without clusters and `dot` on
///   acyclic graphs without clusters do not (measured over 10,000 renders).
///
/// Rendering blocks the calling thread while it waits for the lock and while Graphviz
/// works (up to seconds for `dot` on a few hundred nodes).
public enum GraphvizRenderer {
  /// Reads `dot`, lays it out with `engine` and renders it as `format`.
  ///
  /// Every step frees what it made, on every path: the render buffer
  /// (`gvFreeRenderData`), the layout (`gvFreeLayout`) and the graph (`agclose`).
  ///
  /// - Parameters:
  ///   - dot: one graph in the DOT language; only the first graph in the text is used.
  ///   - engine: the layout engine.
  ///   - format: the output format.
  /// - Returns: the output bytes (never empty) and Graphviz's warnings.
  /// - Throws: ``GraphvizError`` when the text is not valid DOT (``GraphvizError/Stage/parse``),
  ///   when layout fails or Graphviz reports an error during it (``GraphvizError/Stage/layout``),
  ///   or when the format's plugin is missing, rendering fails or produces nothing
  ///   (``GraphvizError/Stage/render``). Its ``GraphvizError/graphvizMessages`` hold
  ///   Graphviz's own words.
  /// - Complexity: that of the layout engine; see ``LayoutEngine``.
  public static func render(
    dot: String, engine: LayoutEngine, format: RenderFormat
  ) throws(GraphvizError) -> RenderResult {
    try render(dot: dot, engineName: engine.rawValue, formatName: format.rawValue)
  }

  /// The version of the Graphviz library in use, e.g. "2.43.0" (`gvcVersion`), or
  /// "unavailable" when Graphviz cannot create a context.
  public static var graphvizVersion: String {
    let version = try? GraphvizSession.withContext { (gvc) throws(GraphvizError) -> String in
      guard let text = gvcVersion(gvc) else { return "" }
      return String(cString: text)
    }
    guard let version, !version.isEmpty else { return "unavailable" }
    return version
  }

  /// ``render(dot:engine:format:)`` with the engine and format given by their Graphviz
  /// names, so that names Graphviz does not know can be tried.
  static func render(
    dot: String, engineName: String, formatName: String
  ) throws(GraphvizError) -> RenderResult {
    if dot.utf8.contains(0) {
      throw GraphvizError(stage: .parse, context: "the DOT text contains a NUL character")
    }
    return try GraphvizSession.withContext { (gvc) throws(GraphvizError) -> RenderResult in
      var log = MessageLog()

      guard let graph = agmemread(dot) else {
        log.collect()
        let context =
          log.messages.isEmpty ? "the DOT text holds no graph" : "reading the DOT text failed"
        throw log.failure(.parse, context)
      }
      defer { agclose(graph) }
      if log.collect() {
        throw log.failure(.parse, "reading the DOT text failed")
      }
      // Graphviz 2.42's lexer keeps whatever follows the first graph (a trailing line
      // break, a second graph) in its buffer and reads it at the start of the next
      // `agmemread`: the next render would draw that second graph, or count the line
      // break and report its errors one line off. Read the rest now and drop it, with
      // anything Graphviz says about it: only the first graph is used.
      while let rest = agmemread("") { agclose(rest) }
      _ = GraphvizSession.takeMessages()

      let layoutStatus = gvLayout(gvc, graph, engineName)
      defer { gvFreeLayout(gvc, graph) }
      if log.collect() || layoutStatus != 0 {
        throw log.failure(.layout, "layout with \(engineName) failed")
      }

      var data: UnsafeMutablePointer<CChar>? = nil
      var length: UInt32 = 0  // `unsigned int *` in Graphviz 2.42
      let renderStatus = gvRenderData(gvc, graph, formatName, &data, &length)
      defer {
        // Graphviz 2.42 hands back a buffer even when rendering fails: free it on every path.
        if let data { gvFreeRenderData(data) }
      }
      if log.collect() || renderStatus != 0 {
        throw log.failure(.render, "rendering as \(formatName) failed")
      }
      guard let data, length > 0 else {
        throw log.failure(.render, "rendering as \(formatName) produced no output")
      }
      let bytes = Array(UnsafeRawBufferPointer(start: data, count: Int(length)))
      return RenderResult(bytes: bytes, warnings: log.warnings)
    }
  }
}

/// Graphviz's messages during one render, gathered step by step.
private struct MessageLog {
  /// Everything Graphviz said so far, in order.
  private(set) var messages: [GraphvizMessage] = []

  /// Adds what Graphviz said since the last call; returns whether it reported an error.
  @discardableResult
  mutating func collect() -> Bool {
    let new = GraphvizSession.takeMessages()
    messages += new
    return new.contains { $0.level == .error }
  }

  /// The texts of the warnings so far.
  var warnings: [String] {
    messages.filter { $0.level == .warning }.map(\.text)
  }

  /// An error for `stage` carrying everything Graphviz said so far.
  func failure(_ stage: GraphvizError.Stage, _ context: String) -> GraphvizError {
    GraphvizError(stage: stage, context: context, graphvizMessages: messages.map(\.text))
  }
}
