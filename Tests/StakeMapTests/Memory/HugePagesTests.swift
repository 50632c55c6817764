import Foundation
import Testing

@testable import StakeMap

/// The huge-page hint on large buffers (`Array.reserveCapacityInHugePages` and the
/// two initialisers): the arrays are the same as without it, and on Linux the kernel
/// has the hint (the `hg` flag of the buffer's mapping in `/proc/self/smaps`).
@Suite struct HugePagesTests {
  /// More than two huge pages' worth, so that the buffer holds a whole one wherever
  /// it starts.
  let count = (5 << 20) / MemoryLayout<Int>.stride

  @Test func repeatingGivesThatManyCopies() throws {
    let array = [Int](repeatingInHugePages: 7, count: count)
    #expect(array.count == count)
    #expect(array.allSatisfy { $0 == 7 })
    try expectAdvised(array)
    // Small arrays are made the same way, without the hint.
    #expect([UInt8](repeatingInHugePages: 3, count: 5) == [3, 3, 3, 3, 3])
    #expect([UInt8](repeatingInHugePages: 3, count: 0).isEmpty)
  }

  @Test func uninitializedHoldsWhatTheBodyWrote() throws {
    let array = [Int](uninitializedInHugePages: count) { buffer in
      for i in buffer.indices { (buffer.baseAddress! + i).initialize(to: i * 3) }
    }
    #expect(array.count == count)
    #expect(array.indices.allSatisfy { array[$0] == $0 * 3 })
    try expectAdvised(array)
    // No elements: the body sees an empty buffer, and the array is empty.
    var seen = -1
    let empty = [Int](uninitializedInHugePages: 0) { seen = $0.count }
    #expect(empty.isEmpty && seen == 0)
  }

  @Test func reservingKeepsTheElementsAndMakesRoom() throws {
    var array = Array(0..<1000)
    array.reserveCapacityInHugePages(count)
    #expect(array == Array(0..<1000))
    #expect(array.capacity >= count)
    try expectAdvised(array)
    // Filling the room does not move the buffer.
    let base = array.withUnsafeBufferPointer { $0.baseAddress }
    array.append(contentsOf: 1000..<count)
    #expect(array.withUnsafeBufferPointer { $0.baseAddress } == base)
    #expect(array.last == count - 1)
  }

  /// On Linux with transparent huge pages, the first whole 2 MiB page of the array's
  /// buffer lies in a mapping the kernel marks `hg` (MADV_HUGEPAGE).
  private func expectAdvised(_ array: [Int], sourceLocation: Testing.SourceLocation = #_sourceLocation) throws {
    #if os(Linux)
      guard FileManager.default.fileExists(atPath: "/sys/kernel/mm/transparent_hugepage/enabled") else { return }
      let huge = UInt(2 << 20)
      let start = array.withUnsafeBufferPointer { UInt(bitPattern: $0.baseAddress) }
      let alignedStart = (start + huge - 1) & ~(huge - 1)
      #expect(alignedStart + huge <= start + UInt(array.capacity * MemoryLayout<Int>.stride))
      // (Read to the end: `String(contentsOfFile:)` stops at the first page of a
      // /proc file.)
      let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
      let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
      var inside = false
      var flags: String?
      for line in smaps.split(separator: "\n") {
        let fields = line.split(separator: " ")
        if let range = fields.first, range.contains("-"), !range.hasSuffix(":") {
          let bounds = range.split(separator: "-").compactMap { UInt($0, radix: 16) }
          inside = bounds.count == 2 && bounds[0] <= alignedStart && alignedStart < bounds[1]
        } else if inside, line.hasPrefix("VmFlags:") {
          flags = String(line)
        }
      }
      let found = try #require(flags, "no mapping holds the buffer", sourceLocation: sourceLocation)
      #expect(found.split(separator: " ").contains("hg"), "\(found)", sourceLocation: sourceLocation)
    #endif
  }
}
