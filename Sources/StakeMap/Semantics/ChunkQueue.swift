import Foundation

/// The chunks of a file that two readers share out between them as they go
/// (``SplitStreaming``), so that whichever is faster (or gets more of the processor)
/// reads more. Reader 0 starts at the first chunk and reader 1 at the middle one (or
/// the first chunk of the file's second half, when the chunks differ in size); each
/// goes on through its half in file order, and once its half is read, it takes the
/// chunks still left at the end of the other's half, last first. A reader's chunks
/// are thus its half (or the start of it) in file order, then a few from the end of
/// the other half: each chunk is mostly whole departments, so the ids of
/// neighbouring lines stay close together in the reader's symbol table. The order in
/// which a reader gets its chunks does not change the result (tests read them in
/// random orders).
final class ChunkQueue: @unchecked Sendable {
  private let lock = NSLock()
  /// Each reader's first chunk, until it takes it (so that the other cannot).
  private var firsts: [Int?]
  /// The rest of each reader's half not taken yet.
  private var halves: [Range<Int>]
  /// For tests: which reader reads each chunk, whatever the timing.
  private let assignment: [Int]?
  /// How far each reader has gone through `assignment`.
  private var assignmentPositions: [Int] = [-1, -1]

  /// A queue of `count` chunks (at least 2), reader 1's half starting at chunk
  /// `secondStart` (by default the middle one; from 1 to `count - 1`). With an
  /// `assignment` (reader 0 or 1 for each chunk, each reader named at least once),
  /// each chunk goes to the reader it names, in file order (for tests: the result
  /// must not depend on how the chunks were shared out).
  init(count: Int, secondStart: Int? = nil, assignment: [Int]? = nil) {
    precondition(count >= 2)
    let second = secondStart ?? count / 2
    precondition(second >= 1 && second < count)
    if let assignment {
      precondition(assignment.count == count && assignment.contains(0) && assignment.contains(1))
      precondition(assignment.allSatisfy { $0 == 0 || $0 == 1 })
    }
    firsts = [0, second]
    halves = [1..<second, second + 1..<count]
    self.assignment = assignment
  }

  /// The next chunk for reader `reader` (0 or 1), or `nil` when every chunk is taken.
  /// The first call for each reader always gives a chunk.
  func take(reader: Int) -> Int? {
    lock.withLock {
      if let assignment {
        var i = assignmentPositions[reader] + 1
        while i < assignment.count && assignment[i] != reader { i += 1 }
        assignmentPositions[reader] = i
        return i < assignment.count ? i : nil
      }
      if let first = firsts[reader] {
        firsts[reader] = nil
        return first
      }
      if let next = halves[reader].first {
        halves[reader] = next + 1..<halves[reader].upperBound
        return next
      }
      let other = 1 - reader
      guard let last = halves[other].last else { return nil }
      halves[other] = halves[other].lowerBound..<last
      return last
    }
  }
}
