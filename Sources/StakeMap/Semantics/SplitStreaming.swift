/// The relations one part of a split read saw, in file order, their ends by symbol
/// in that part's symbol table. Kept as columns: `check` needs the ends and kinds
/// only (9 bytes a relation), the map also the weights and texts.
struct PartRelations {
  /// Each relation's two ends.
  var ends: [(SymbolTable.Symbol, SymbolTable.Symbol)] = []
  /// Each relation's kind, as ``RelationKind/number``.
  var kinds: [UInt8] = []
  /// Each relation's weight and texts, when the part keeps them (empty otherwise).
  var values: [Values] = []
  /// The topics and notes of the relations that have one (rare).
  var texts: [(topic: String?, note: String?)] = []

  /// A relation's weight and texts.
  struct Values {
    /// The weight, when `hasWeight`.
    var weight: Double
    /// The position of the relation's topic and note in `texts`, or -1.
    var texts: Int32
    var hasWeight: Bool
  }

  /// How many relations there are.
  var count: Int { kinds.count }
}

/// What one part of a file declares
/// (``SyntaxParser/streamPart(_:buffer:first:next:byteCount:keepingStakeholders:)``):
/// its domains and stakeholders resolved, the rest by symbol of its own table.
struct StreamedPart {
  /// Title, goal, thresholds, domains and stakeholders (none when they were only
  /// counted); no `me`, no relations.
  var map: StakeMap
  /// How many stakeholders the part declares.
  var stakeholderCount: Int
  /// For each symbol, the position in `map.stakeholders` of the stakeholder it names,
  /// or -1 (shorter than the table when the last symbols name none).
  var stakeholderOfSymbol: [Int32]
  /// The header statements (`title`, `goal`, `me`, `thresholds`) the part holds.
  var headerOffsets: [String: Int]
  /// The symbol `me` names, when the part holds `me`.
  var me: SymbolTable.Symbol?
  /// Every relation, in file order.
  var relations: PartRelations
  /// Warnings (a part with an error is not returned).
  var sink: DiagnosticSink
  /// The part's identifiers.
  var symbols: SymbolTable

  /// The stakeholder a symbol names, or -1.
  func stakeholder(_ symbol: SymbolTable.Symbol) -> Int32 {
    Int(symbol) < stakeholderOfSymbol.count ? stakeholderOfSymbol[Int(symbol)] : -1
  }
}

/// Reads a large valid map in two parts at once, one per core: the file is cut
/// between top-level statements (``cut(in:from:at:)``), each part is parsed and
/// resolved as far as it can be alone
/// (``SyntaxParser/streamPart(_:buffer:first:next:byteCount:keepingStakeholders:)``),
/// and the two are joined: ids looked up across the parts, relations resolved and
/// checked for repeats and `reports-to` circles over the whole map. `check` stops
/// there and counts (``stream(_:cutAt:makingMap:chunkByteCount:)``); `parse` goes on to make the one
/// map. For `parse` the two parts are the two halves of the file; for `check` the
/// file is cut into many chunks that the two threads take from either end as they
/// go (``ChunkQueue``), each thread's chunks making its part.
///
/// The result is the one-part streaming read's, exactly (tests compare the two at
/// every possible cut of the test maps, and for `check` at every share of chunks
/// between the threads). Anything that is not plainly valid (an error in either
/// part, an id declared in both, a header given in both, a cut that turns out not to
/// fall between top-level statements, a non-ASCII identifier whose equality needs
/// the whole file's table) gives `nil`, and the caller reads the file the one-part
/// way, which reports what is wrong.
///
/// - Complexity: O(n) in the size of the file, about half of it on each of two
///   threads, plus O(s) hash lookups to join the parts' s distinct identifiers.
enum SplitStreaming {
  /// Files smaller than this are read in one part: a second thread would not pay.
  static let minimumByteCount = 4 << 20

  /// The map and diagnostics of a valid source, read in two parts cut at `cut` (by
  /// default near the middle, see ``cut(in:from:at:)``), or `nil` (see the type).
  static func stream(_ source: SourceText, cutAt cut: Int? = nil) -> (StakeMap, DiagnosticSink)? {
    stream(source, cutAt: cut, makingMap: true).map { ($0.map!, $0.sink) }
  }

  /// What a two-part read gives: the diagnostics, what the map holds, counted, and
  /// the map itself when it was asked for.
  struct Joined {
    var map: StakeMap?
    var sink: DiagnosticSink
    var stakeholderCount: Int
    var domainCount: Int
    var relationCount: Int
  }

  /// ``stream(_:cutAt:)``, optionally without making the map (for `check`): every
  /// check runs as in the full read (ids, values, relation ends, repeats, reporting
  /// circles), but the parts are only counted, not joined into one map.
  ///
  /// Without a map to make, the file is cut into chunks of about ``chunkByteCount``
  /// bytes, smaller at the end of each half (``taperedCuts(in:from:chunkByteCount:)``),
  /// that the two threads share out as they go (``ChunkQueue``), so that a thread
  /// that is slower, or gets less of the processor, reads less of the file.
  /// A map needs each part's statements in file order, so it is made from two chunks.
  /// (`chunkByteCount` is for tests.)
  static func stream(
    _ source: SourceText, cutAt cut: Int? = nil, makingMap: Bool, chunkByteCount: Int = Self.chunkByteCount
  ) -> Joined? {
    if let cut { return stream(source, cuts: [cut], makingMap: makingMap) }
    return source.withUnsafeBytes { buffer -> Joined? in
      guard let start = SyntaxParser.unvalidatedStreamingStart(buffer) else { return nil }
      if makingMap {
        return stream(
          source, buffer: buffer, start: start, cuts: cuts(in: buffer, from: start, count: 2), makingMap: true,
          assignment: nil)
      }
      guard let plan = taperedCuts(in: buffer, from: start, chunkByteCount: chunkByteCount) else { return nil }
      return stream(
        source, buffer: buffer, start: start, cuts: plan.cuts, secondStart: plan.secondStart, makingMap: false,
        assignment: nil)
    }
  }

  /// Where to cut a file for `check` (``cut(in:from:at:)`` finds each place): in two
  /// halves (or, when the second half is one block, two parts cut earlier), each in
  /// chunks of about `chunkByteCount` bytes (larger when there would be more than
  /// `maximumChunkCount` of them), the last few of each half smaller and smaller
  /// (half of what is left each time, down to an eighth of a chunk). Each thread
  /// reads its half, then takes the other's last chunks (``ChunkQueue``): small last
  /// chunks let the two finish within a small chunk's reading of each other, even when
  /// one of them was held up. `secondStart` is the chunk the second half starts
  /// with. `nil` when the file has no place to cut it in two.
  ///
  /// - Complexity: O(n): each search starts past the cut before.
  static func taperedCuts(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, chunkByteCount: Int)
    -> (cuts: [Int], secondStart: Int)?
  {
    // The middle, or failing that (the second half one block) the first place to cut
    // after a quarter, an eighth or a sixteenth of the file.
    let length = buffer.count - start
    guard
      let middle = [2, 4, 8, 16].lazy.compactMap({ cut(in: buffer, from: start, at: start + max(length / $0, 1)) })
        .first
    else { return nil }
    let size = max(chunkByteCount, length / maximumChunkCount, 1)
    let smallest = max(size / 8, 1)
    /// The cuts inside `lower..<upper`.
    func cuts(_ lower: Int, _ upper: Int) -> [Int] {
      var cuts: [Int] = []
      var position = lower
      while true {
        let left = upper - position
        let step = left > 2 * size ? size : left >= 2 * smallest ? left / 2 : 0
        guard step > 0, let next = cut(in: buffer, from: start, at: position + step), next < upper else { break }
        cuts.append(next)
        position = next
      }
      return cuts
    }
    let first = cuts(start, middle)
    return (first + [middle] + cuts(middle, buffer.count), first.count + 1)
  }

  /// Chunks are about this large (some 20 milliseconds' reading each): small enough
  /// that a thread held up by another process leaves a few to the other, large enough
  /// that each is mostly whole departments, whose ids stay within one symbol table.
  static let chunkByteCount = 4 << 20
  /// About the most chunks of full size a file is cut into (larger files get larger
  /// chunks; each half ends with a few smaller ones).
  static let maximumChunkCount = 64

  /// The two-part read of a source cut into chunks at `cuts` (in increasing order,
  /// each the start of a line), or `nil` (see the type). With an `assignment` (see
  /// ``ChunkQueue``), each chunk goes to the thread it names, whatever the timing
  /// (for tests: the result must not depend on it). A map is made only from two
  /// chunks (one cut).
  static func stream(_ source: SourceText, cuts: [Int], makingMap: Bool, assignment: [Int]? = nil) -> Joined? {
    source.withUnsafeBytes { buffer -> Joined? in
      guard let start = SyntaxParser.unvalidatedStreamingStart(buffer) else { return nil }
      return stream(
        source, buffer: buffer, start: start, cuts: cuts, secondStart: nil, makingMap: makingMap,
        assignment: assignment)
    }
  }

  private static func stream(
    _ source: SourceText, buffer: UnsafeBufferPointer<UInt8>, start: Int, cuts: [Int], secondStart: Int? = nil,
    makingMap: Bool, assignment: [Int]?
  ) -> Joined? {
    // Each part checks that its bytes are UTF-8 (a cut falls after a line break, so
    // between characters).
    var bounds = [start]
    for cut in cuts {
      guard cut > bounds[bounds.count - 1], cut < buffer.count, buffer[cut - 1] == 0x0A else { return nil }
      bounds.append(cut)
    }
    bounds.append(buffer.count)
    guard bounds.count >= 3 else { return nil }
    precondition(!makingMap || bounds.count == 3, "a map is made from two chunks")
    let chunks = (0..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
    let queue = ChunkQueue(count: chunks.count, secondStart: secondStart, assignment: assignment)
    // Each part reserves memory for about half the file.
    let expected = chunks.count == 2 ? nil : (buffer.count - start) / 2
    func read(reader: Int) -> StreamedPart? {
      SyntaxParser.streamPart(
        source, buffer: buffer, first: chunks[queue.take(reader: reader)!],
        next: { queue.take(reader: reader).map { chunks[$0] } }, byteCount: expected,
        keepingStakeholders: makingMap)
    }
    var parts = sideBySide({ read(reader: 0) }, { read(reader: 1) })
    guard parts.0 != nil, parts.1 != nil else { return nil }
    let joined = join(&parts.0!, &parts.1!, makingMap: makingMap)
    // Each part's records (about half a million objects in a 100,000-person map) are
    // freed on their own thread.
    _ = sideBySide({ parts.0 = nil }, { parts.1 = nil })
    return joined
  }

  /// Up to `count - 1` places to cut a file into `count` chunks of about the same
  /// size, each found by ``cut(in:from:at:)``; fewer when the file has fewer
  /// top-level statements to cut at. After the first, every chunk is at least half
  /// the size aimed at (after a long block with no cut inside, the next cut is not
  /// the next line).
  ///
  /// - Complexity: O(n): each search starts past the cut before.
  static func cuts(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, count: Int) -> [Int] {
    var cuts: [Int] = []
    let step = (buffer.count - start) / max(count, 1)
    for i in 1..<max(count, 1) {
      let target = max(start + step * i, (cuts.last ?? start) + max(step / 2, 1))
      // (The first cut is taken wherever it falls: two parts beat one.)
      guard target < buffer.count, let cut = cut(in: buffer, from: start, at: target),
        i == 1 || buffer.count - cut >= step / 2
      else { break }
      cuts.append(cut)
    }
    return cuts
  }

  /// Where to cut a file: the start of the first line at or after `target` (by
  /// default the middle of the bytes from `start`) that starts with a letter, right
  /// after a line that is a lone `}` (the end of a top-level domain block, the way
  /// `fmt` writes one) or that itself starts with a letter (a top-level statement).
  /// `nil` when there is none after the target. A wrong guess is harmless: a chunk
  /// then fails to parse alone, and the file is read in one part.
  static func cut(in buffer: UnsafeBufferPointer<UInt8>, from start: Int, at target: Int? = nil) -> Int? {
    func isLetter(_ b: UInt8) -> Bool { (b | 0x20) >= 0x61 && (b | 0x20) <= 0x7A }
    let end = buffer.count
    var lineStart = max(target ?? start + (buffer.count - start) / 2, start + 1)
    // The start of the line after the middle.
    while lineStart < end, buffer[lineStart - 1] != 0x0A { lineStart += 1 }
    var previous = lineStart - 1
    while previous > start, buffer[previous - 1] != 0x0A { previous -= 1 }
    while lineStart < end {
      var lineEnd = lineStart
      while lineEnd < buffer.count, buffer[lineEnd] != 0x0A { lineEnd += 1 }
      if isLetter(buffer[lineStart]) {
        let closes =
          buffer[previous] == UInt8(ascii: "}")
          && (lineStart - previous == 2 || (lineStart - previous == 3 && buffer[previous + 1] == 0x0D))
        if closes || isLetter(buffer[previous]) { return lineStart }
      }
      previous = lineStart
      lineStart = lineEnd + 1
    }
    return nil
  }

  /// Joins two parts read apart into the map of the whole file, or `nil` when
  /// anything across them needs the one-part read. The parts' relation ends are
  /// changed in place from symbols to positions in the whole map.
  static func join(_ first: inout StreamedPart, _ second: inout StreamedPart, makingMap: Bool) -> Joined? {
    guard first.symbols.isASCII, second.symbols.isASCII else { return nil }
    for header in second.headerOffsets.keys where first.headerOffsets[header] != nil { return nil }
    let firstDomains = Set(first.map.domains.map(\.id))
    for domain in second.map.domains where firstDomains.contains(domain.id) { return nil }

    // Each part's symbols as positions in the whole map's stakeholders (the first
    // part's, then the second's), or -1; nil when an id is declared in both parts.
    let offset = first.stakeholderCount
    // An id declared in both parts is in both tables: one part looking up every id
    // of its own finds it. The other looks up only the ids it does not declare. The
    // part that checks is the one that leaves the two threads the more even work.
    let firstChecks =
      max(first.symbols.count, second.symbols.count - second.stakeholderCount)
      <= max(second.symbols.count, first.symbols.count - first.stakeholderCount)
    let (firstPositions, secondPositions) = sideBySide(
      { positions(of: first, at: 0, other: second, at: offset, checkingOwn: firstChecks) },
      { positions(of: second, at: offset, other: first, at: 0, checkingOwn: !firstChecks) })
    guard let firstGlobal = firstPositions, let secondGlobal = secondPositions else { return nil }

    let stakeholderCount = offset + second.stakeholderCount
    // `me`: its position in the whole map, when given.
    var me: Int32?
    if let symbol = first.me {
      me = firstGlobal[Int(symbol)]
    } else if let symbol = second.me {
      me = secondGlobal[Int(symbol)]
    }
    if let me, me < 0 { return nil }

    // Relation ends, each part's on its own thread, from symbols to positions in the
    // whole map in place (no new memory: fresh pages cost a fault each, and on a
    // virtual machine sometimes far more); nil on an unknown id or a self-relation.
    let firstCount = first.relations.count
    let count = firstCount + second.relations.count
    /// Turns one part's relation ends into positions, and counts them for the
    /// repeat and circle check; nil on an unknown id or a self-relation.
    func resolve(_ relations: inout PartRelations, _ global: [Int32]) -> RelationRepeats.Counts? {
      var fine = true
      var counts = RelationRepeats.Counts(stakeholderCount: stakeholderCount)
      counts.withCounters { count in
        relations.ends.withUnsafeMutableBufferPointer { ends in
          relations.kinds.withUnsafeBufferPointer { kinds in
            global.withUnsafeBufferPointer { global in
              for i in ends.indices {
                let (from, to) = ends[i]
                let a = global[Int(from)]
                let b = global[Int(to)]
                if a < 0 || b < 0 || a == b {
                  fine = false
                  ends[i] = (0, 0)
                  continue
                }
                ends[i] = (a, b)
                count(kinds[i], a, b)
              }
            }
          }
        }
      }
      return fine ? counts : nil
    }
    let resolved = sideBySide(
      { resolve(&first.relations, firstGlobal) }, { resolve(&second.relations, secondGlobal) })
    guard let firstCounts = resolved.0, let secondCounts = resolved.1 else { return nil }
    // Repeats and reporting circles over the whole map, on both threads.
    guard
      !RelationRepeats.containsRepeatsOrReportingCycle(
        (first.relations.kinds, first.relations.ends), (second.relations.kinds, second.relations.ends),
        counts: (firstCounts, secondCounts), stakeholderCount: stakeholderCount)
    else { return nil }

    var sink = first.sink
    sink.append(contentsOf: second.sink)
    sink.limit = DiagnosticSink.errorLimit
    var joined = Joined(
      map: nil, sink: sink, stakeholderCount: stakeholderCount,
      domainCount: first.map.domains.count + second.map.domains.count, relationCount: count)
    guard makingMap else { return joined }

    var map = first.map
    if second.headerOffsets["title"] != nil { map.title = second.map.title }
    if second.headerOffsets["goal"] != nil { map.goal = second.map.goal }
    if second.headerOffsets["thresholds"] != nil { map.thresholds = second.map.thresholds }
    map.stakeholders.append(contentsOf: second.map.stakeholders)
    for var domain in second.map.domains {
      domain.position += offset
      map.domains.append(domain)
    }
    if let me { map.me = map.stakeholders[Int(me)].id }

    // The relations themselves, each part's written by its own thread.
    let ids = map.stakeholders.map(\.id)
    map.relations = [Relation](uninitializedInHugePages: count) { buffer in
      /// Makes one part's relations, from `base` on.
      func make(_ part: StreamedPart, from base: Int) {
        let relations = part.relations
        for i in 0..<relations.count {
          let (a, b) = relations.ends[i]
          let values = relations.values[i]
          let (topic, note) = values.texts < 0 ? (nil, nil) : relations.texts[Int(values.texts)]
          (buffer.baseAddress! + base + i).initialize(
            to: Relation(
              RelationKind(number: Int(relations.kinds[i]))!, from: ids[Int(a)], to: ids[Int(b)],
              weight: values.hasWeight ? values.weight : nil, topic: topic, note: note))
        }
      }
      _ = sideBySide({ make(first, from: 0) }, { make(second, from: firstCount) })
    }
    joined.map = map
    return joined
  }

  /// For each symbol of `part`, the position in the whole map of the stakeholder it
  /// names (declared in `part`, whose stakeholders start at `base`, or in `other`,
  /// whose start at `otherBase`), or -1. With `checkingOwn`, the ids `part` declares
  /// are looked up in `other` too, and the result is nil when one is declared in both;
  /// without, they are taken as they are.
  private static func positions(
    of part: StreamedPart, at base: Int, other: StreamedPart, at otherBase: Int, checkingOwn: Bool
  ) -> [Int32]? {
    let count = part.symbols.count
    var positions = [Int32](repeating: -1, count: count)
    // Every id the part does not declare is looked up in the other's table, and
    // with `checkingOwn` those it declares too.
    let theirs = part.symbols.symbols(in: other.symbols) { checkingOwn || part.stakeholder($0) < 0 }
    for symbol in 0..<count {
      let own = part.stakeholder(SymbolTable.Symbol(symbol))
      let there = theirs[symbol] < 0 ? -1 : other.stakeholder(theirs[symbol])
      if own >= 0 && there >= 0 { return nil }
      if own >= 0 {
        positions[symbol] = own + Int32(base)
      } else if there >= 0 {
        positions[symbol] = there + Int32(otherBase)
      }
    }
    return positions
  }
}
