import CStakeMapSupport

extension Array {
  /// Buffers at least this large are worth a huge-page hint: smaller ones hold no
  /// whole 2 MiB page, or too few to matter.
  static var hugePageMinimumByteCount: Int { 4 << 20 }

  /// Reserves room for `capacity` elements, and when that is large, asks the kernel
  /// to back it with huge pages (``stakemap_advise_huge_pages``): a large map's read
  /// fills buffers of megabytes, and 4 KiB pages cost a fault each. A hint only; the
  /// array is the same either way.
  mutating func reserveCapacityInHugePages(_ capacity: Int) {
    reserveCapacity(capacity)
    adviseHugePages()
  }

  /// An array of `count` copies of `element`, its buffer advised as in
  /// ``reserveCapacityInHugePages(_:)`` before it is first written.
  init(repeatingInHugePages element: Element, count: Int) {
    guard count > 0 else {
      self.init()
      return
    }
    self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
      Self.adviseHugePages(buffer)
      buffer.initialize(repeating: element)
      initialized = count
    }
  }

  /// An array of `count` elements written by `body` (which must initialize every
  /// one), its buffer advised as in ``reserveCapacityInHugePages(_:)`` before it is
  /// first written.
  init(
    uninitializedInHugePages count: Int,
    _ body: (UnsafeMutableBufferPointer<Element>) throws -> Void
  ) rethrows {
    // `init(unsafeUninitializedCapacity:)` of no elements writes its count into the
    // empty-array singleton all threads share (ThreadSanitizer reports it).
    guard count > 0 else {
      try body(UnsafeMutableBufferPointer(start: nil, count: 0))
      self.init()
      return
    }
    try self.init(unsafeUninitializedCapacity: count) { buffer, initialized in
      Self.adviseHugePages(buffer)
      try body(buffer)
      initialized = count
    }
  }

  private mutating func adviseHugePages() {
    let capacity = self.capacity
    withUnsafeMutableBufferPointer { buffer in
      guard let base = buffer.baseAddress else { return }
      Self.adviseHugePages(UnsafeMutableBufferPointer(start: base, count: capacity))
    }
  }

  private static func adviseHugePages(_ buffer: UnsafeMutableBufferPointer<Element>) {
    let byteCount = buffer.count * MemoryLayout<Element>.stride
    guard byteCount >= hugePageMinimumByteCount, let base = buffer.baseAddress else { return }
    stakemap_advise_huge_pages(UnsafeMutableRawPointer(base), byteCount)
  }
}
