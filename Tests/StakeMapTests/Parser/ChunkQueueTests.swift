import Testing

@testable import StakeMap

/// How two readers share out the chunks of a file (`ChunkQueue`).
@Suite struct ChunkQueueTests {
  /// Worked by hand: each reader goes through its half (0–2 and 3–6) in order, then
  /// takes what is left of the other's half from its end.
  @Test func eachReaderGoesThroughItsHalfThenTakesTheOthersEnd() {
    let queue = ChunkQueue(count: 7)
    #expect(queue.take(reader: 0) == 0)
    #expect(queue.take(reader: 1) == 3)
    #expect(queue.take(reader: 0) == 1)
    #expect(queue.take(reader: 0) == 2)
    // Reader 0's half is read: it takes from the end of reader 1's.
    #expect(queue.take(reader: 0) == 6)
    #expect(queue.take(reader: 0) == 5)
    #expect(queue.take(reader: 1) == 4)
    #expect(queue.take(reader: 1) == nil)
    #expect(queue.take(reader: 0) == nil)
  }

  /// Reader 1's half named: it starts there, and reader 0 then takes from its end.
  @Test func theSecondHalfCanStartAnywhere() {
    let queue = ChunkQueue(count: 6, secondStart: 4)
    #expect(queue.take(reader: 1) == 4)
    #expect(queue.take(reader: 0) == 0)
    #expect(queue.take(reader: 1) == 5)
    #expect(queue.take(reader: 1) == 3)  // reader 1's half is read: the end of reader 0's
    #expect(queue.take(reader: 0) == 1)
    #expect(queue.take(reader: 0) == 2)
    #expect(queue.take(reader: 0) == nil)
    #expect(queue.take(reader: 1) == nil)
    // At either edge, with two threads draining it: every chunk once.
    for second in [1, 9] {
      let edge = ChunkQueue(count: 10, secondStart: second)
      func drain(_ reader: Int) -> [Int] {
        var taken: [Int] = []
        while let chunk = edge.take(reader: reader) { taken.append(chunk) }
        return taken
      }
      let (a, b) = sideBySide({ drain(0) }, { drain(1) })
      #expect((a + b).sorted() == Array(0..<10) && a.first == 0 && b.first == second, "second half at \(second)")
    }
  }

  @Test func twoChunksAreOneEach() {
    let queue = ChunkQueue(count: 2)
    #expect(queue.take(reader: 1) == 1)
    #expect(queue.take(reader: 1) == nil)  // reader 0's only chunk is its own first
    #expect(queue.take(reader: 0) == 0)
    #expect(queue.take(reader: 0) == nil)
  }

  @Test func anAssignmentIsFollowedWhateverTheOrderOfAsking() {
    let queue = ChunkQueue(count: 6, assignment: [1, 0, 0, 1, 1, 0])
    #expect(queue.take(reader: 1) == 0)
    #expect(queue.take(reader: 1) == 3)
    #expect(queue.take(reader: 0) == 1)
    #expect(queue.take(reader: 1) == 4)
    #expect(queue.take(reader: 1) == nil)
    #expect(queue.take(reader: 0) == 2)
    #expect(queue.take(reader: 0) == 5)
    #expect(queue.take(reader: 0) == nil)
  }

  /// Two threads taking as fast as they can: every chunk goes to exactly one, and
  /// each reader's chunks come in the order the type describes.
  @Test func twoThreadsShareEveryChunkOnce() {
    for count in [2, 3, 10, 1000] {
      let queue = ChunkQueue(count: count)
      func drain(_ reader: Int) -> [Int] {
        var taken: [Int] = []
        while let chunk = queue.take(reader: reader) { taken.append(chunk) }
        return taken
      }
      let (a, b) = sideBySide({ drain(0) }, { drain(1) })
      #expect((a + b).sorted() == Array(0..<count), "\(count) chunks")
      #expect(a.first == 0 && b.first == count / 2)
      // Each reader's own half in order, then the other's from its end.
      for (taken, half) in [(a, 0..<count / 2), (b, count / 2..<count)] {
        let own = taken.prefix { half.contains($0) }
        #expect(Array(own) == Array(half.prefix(own.count)))
        let stolen = taken.dropFirst(own.count)
        #expect(stolen.allSatisfy { !half.contains($0) })
        #expect(Array(stolen) == stolen.sorted(by: >))
      }
    }
  }
}
