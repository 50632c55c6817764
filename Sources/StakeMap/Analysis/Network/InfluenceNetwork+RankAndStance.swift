extension InfluenceNetwork {
  /// Whether two independent solves over this network pay for a second thread
  /// (``sideBySide(_:_:)``): below about 100,000 nodes and edges a thread's start-up
  /// costs more than it saves.
  var solvesSideBySide: Bool { count + edgeCount >= 100_000 }

  /// Influence rank and predicted stance together: ``pageRank(damping:tolerance:maxIterations:)``
  /// and ``predictedStance(initial:openness:tolerance:maxIterations:)`` with their
  /// default settings, the two run at the same time on two threads.
  ///
  /// The results are exactly those of the two calls one after the other: each
  /// computation is deterministic and neither reads the other's. On a large map the
  /// Friedkin–Johnsen sweeps (one core) overlap PageRank's iterations (split over the
  /// cores), so the pair takes about the time of the longer one instead of the sum.
  ///
  /// - Parameters:
  ///   - x0: the initial stance of each node, one per node.
  ///   - openness: λ of each node, one per node.
  /// - Complexity: that of the two computations; O(n) extra memory.
  public func rankAndPredictedStance(
    initial x0: [Double], openness: [Double]
  ) -> (ranks: [Double], prediction: StancePrediction) {
    guard solvesSideBySide else {
      return (pageRank(), predictedStance(initial: x0, openness: openness))
    }
    let (prediction, ranks) = sideBySide({ predictedStance(initial: x0, openness: openness) }, { pageRank() })
    return (ranks, prediction)
  }
}
