import StakeMapGraphviz

/// Prints what Graphviz said in stakemap's diagnostic style: `warning:` lines, and for a
/// failure an `error:` line with Graphviz's own words and a `note:` line saying what to
/// do when the cause is the Graphviz installation (a missing format plugin, no layout
/// plugins).
enum GraphvizMessages {
  /// The warnings of a render that succeeded.
  static func warn(_ warnings: [String]) {
    for warning in warnings { Terminal.error("stakemap: warning: Graphviz: \(warning)\n") }
  }

  /// A render that failed.
  static func report(_ error: any Error) {
    Terminal.error("stakemap: error: \(error)\n")
    if let error = error as? GraphvizError, let advice = error.advice {
      Terminal.error("stakemap: note: \(advice)\n")
    }
  }
}
