/// One suggested ally: whom to win over, how much it is worth, why, and through whom.
public struct AllySuggestion: Hashable, Sendable {
  /// Who.
  public var id: StakeholderID
  /// Expected gain: ``gain`` × ``likelihood``, in alignment points (−2…+2 scale).
  public var score: Double
  /// How much the influence-weighted predicted alignment of the whole map rises if
  /// they are won (they become a stubborn champion), given the allies ranked above; never
  /// negative.
  public var gain: Double
  /// How likely they are to be won, 0–1: high for supportive and neutral people,
  /// low for resistant ones, higher with openness and interest.
  public var likelihood: Double
  /// Reasons a manager can read aloud.
  public var reasons: [String]
  /// The chain of influence from `me` to them, ids in order (`me` first), when the
  /// map has a `me`.
  public var path: [StakeholderID]?
}

/// How allies are searched.
public struct AllyOptions: Sendable {
  /// How many allies to rank.
  public var top: Int
  /// The most candidates whose gain is computed exactly; on larger maps the others
  /// are cut by a cheap estimate (influence weight × likelihood) first.
  public var candidateLimit: Int

  /// Up to this many stakeholders, each candidate's gain is one exact
  /// Friedkin–Johnsen solve; above it, gains are estimated for all candidates from
  /// two solves per pick.
  public var exactLimit: Int

  /// Creates options.
  public init(top: Int = 10, candidateLimit: Int = 48, exactLimit: Int = 400) {
    self.top = top
    self.candidateLimit = candidateLimit
    self.exactLimit = exactLimit
  }
}
