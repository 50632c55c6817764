import Dispatch

extension InfluenceNetwork {
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
    // Small networks: a thread's start-up would cost more than it saves.
    guard count + edgeCount >= 100_000 else {
      return (pageRank(), predictedStance(initial: x0, openness: openness))
    }
    nonisolated(unsafe) var ranks: [Double] = []
    nonisolated(unsafe) var prediction: StancePrediction?
    DispatchQueue.concurrentPerform(iterations: 2) { task in
      if task == 0 {
        prediction = predictedStance(initial: x0, openness: openness)
      } else {
        ranks = pageRank()
      }
    }
    return (ranks, prediction!)
  }
}
