import StakeMapGraphviz

/// Prints a Graphviz failure in stakemap's diagnostic style: an `error:` line with
/// Graphviz's own words, and a `note:` line saying what to do when the cause is the
/// Graphviz installation (a missing format plugin, no layout plugins).
enum GraphvizFailure {
  static func report(_ error: any Error) {
    Terminal.error("stakemap: error: \(error)\n")
    if let error = error as? GraphvizError, let advice = error.advice {
      Terminal.error("stakemap: note: \(advice)\n")
    }
  }
}
