/// A failure inside Graphviz: what we were doing, and what Graphviz said about it.
public struct GraphvizError: Error, Equatable, Sendable, CustomStringConvertible {
  /// The step that failed.
  public enum Stage: String, Sendable {
    /// Creating the Graphviz context (`gvContext`).
    case setup
    /// Reading the DOT text (`agmemread`).
    case parse
    /// Laying the graph out (`gvLayout`).
    case layout
    /// Writing the output format (`gvRenderData`).
    case render
  }

  /// The step that failed.
  public var stage: Stage
  /// Our own account of the failure, e.g. "layout with sfdp failed".
  public var context: String
  /// Graphviz's own messages, in the order it reported them, each without its
  /// "Error: " or "Warning: " prefix and without surrounding white space, e.g.
  /// "syntax error in line 1 near '}'". May be empty.
  public var graphvizMessages: [String]

  /// Creates an error from a stage, our account and Graphviz's messages.
  public init(stage: Stage, context: String, graphvizMessages: [String] = []) {
    self.stage = stage
    self.context = context
    self.graphvizMessages = graphvizMessages
  }

  /// One line for a person: the context, then Graphviz's messages after a colon,
  /// separated by "; " (a message's own line breaks become spaces).
  public var message: String {
    guard !graphvizMessages.isEmpty else { return context }
    let said = graphvizMessages.map { $0.split(whereSeparator: \.isNewline).joined(separator: " ") }
    return context + ": " + said.joined(separator: "; ")
  }

  /// The same as ``message``.
  public var description: String { message }

  /// What the user can do about it, for failures that come from how Graphviz is
  /// installed rather than from the map: a format whose plugin is missing, or no
  /// layout plugins at all. `nil` otherwise.
  public var advice: String? {
    let said = graphvizMessages.joined(separator: " ")
    if stage == .render, said.contains("is unavailable") || said.contains("not recognized") {
      return
        "this Graphviz has no plugin for that format; PNG and PDF come from its cairo (pango) plugin "
        + "(Debian: libgvc6, then 'dot -c' as root to register it). SVG needs no extra plugin: "
        + "write -o FILE.svg, or --format svg"
    }
    if stage == .layout, said.contains("Layout type") && said.contains("not recognized") {
      return
        "this Graphviz lacks the layout engine this picture needs: its layout plugins (dot_layout, "
        + "neato_layout) are missing or not registered; reinstall libgvc6 or run 'dot -c' as root "
        + "(GVBINDIR, if set, must name a folder with Graphviz's plugins and their config6a file)"
    }
    return nil
  }
}
