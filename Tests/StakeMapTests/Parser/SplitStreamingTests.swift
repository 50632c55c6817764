import Foundation
import Testing

@_spi(Testing) @testable import StakeMap

/// The two-part read of large files (`SplitStreaming`) must give exactly what the
/// one-part read gives, or give up.
@Suite struct SplitStreamingTests {
  /// The start of every line but the first.
  private static func lineStarts(_ bytes: [UInt8]) -> [Int] {
    bytes.indices.dropLast().filter { bytes[$0] == 0x0A }.map { $0 + 1 }
  }

  /// At every possible cut of every file of the corpus, the two-part read either
  /// gives up or gives the one-part read's map and diagnostics.
  @Test func everyCutOfTheCorpusAgreesWithTheOnePartRead() throws {
    let files = try Fixtures.corpus()
    #expect(files.count > 100)
    var joined = 0
    var validMultiLine = 0
    for file in files {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let whole = SyntaxParser.stream(source)
      var anyCut = false
      for cut in Self.lineStarts(file.bytes) {
        guard let (map, sink) = SplitStreaming.stream(source, cutAt: cut) else { continue }
        anyCut = true
        joined += 1
        guard let (wholeMap, wholeSink) = whole else {
          Issue.record("\(file.name): cut at \(cut) read a map the one-part read rejects")
          continue
        }
        #expect(map == wholeMap, "\(file.name), cut at \(cut)")
        #expect(sink.diagnostics == wholeSink.diagnostics, "\(file.name), cut at \(cut)")
      }
      if file.name.hasPrefix("Samples/") {
        // A bundled sample is valid and has top-level statements after its first line.
        #expect(whole != nil && anyCut, "\(file.name): no cut joined")
        validMultiLine += 1
      }
    }
    #expect(validMultiLine == 3)
    #expect(joined > 100)
  }

  /// The same with CRLF line ends (a cut after `}` + CR + LF).
  @Test func everyCutOfTheCorpusWithCRLFAgreesWithTheOnePartRead() throws {
    var joined = 0
    for file in try Fixtures.corpus() where !file.bytes.contains(0x0D) {
      var bytes: [UInt8] = []
      for b in file.bytes {
        if b == 0x0A { bytes.append(0x0D) }
        bytes.append(b)
      }
      let source = SourceText(fileName: file.name, bytes: bytes)
      let whole = SyntaxParser.stream(source)
      for cut in Self.lineStarts(bytes) {
        guard let (map, sink) = SplitStreaming.stream(source, cutAt: cut) else { continue }
        joined += 1
        #expect(whole != nil, "\(file.name), cut at \(cut)")
        #expect(map == whole?.0, "\(file.name), cut at \(cut)")
        #expect(sink.diagnostics == whole?.1.diagnostics, "\(file.name), cut at \(cut)")
      }
      if file.name.hasPrefix("Samples/") {
        #expect(SplitStreaming.cut(in: bytes.withUnsafeBufferPointer { $0 }, from: 0) != nil, "\(file.name)")
      }
    }
    #expect(joined > 100)
  }

  /// A map past the size at which `parse` and `check` read in two parts, through the
  /// public entry points: the same map and diagnostics as the one-part read.
  @Test func aLargeMapIsReadInTwoPartsLikeInOne() throws {
    var text = "title \"Large\"\nme p0x0\n"
    var domain = 0
    var relations = ""
    while text.utf8.count < SplitStreaming.minimumByteCount + 100_000 {
      text += "domain d\(domain) \"Department \(domain)\" {\n"
      for k in 0..<200 {
        text +=
          "  stakeholder p\(domain)x\(k) \"Person \(domain).\(k)\" power=\(k % 10 + 1) interest=\(k % 7 + 1) stance=neutral\n"
        if k > 0 { text += "  p\(domain)x\(k) reports-to p\(domain)x0\n" }
        // Forward and backward across the whole file, so across the cut.
        if domain > 0 { relations += "p\(domain)x\(k) -> p\(domain - 1)x\((k * 7) % 200) 0.4\n" }
      }
      text += "}\n"
      domain += 1
    }
    text += relations + "p0x1 -> p\(domain - 1)x1 weight=0.9\n"
    let bytes = Array(text.utf8)
    #expect(bytes.count >= SplitStreaming.minimumByteCount)
    let source = SourceText(fileName: "large.stakes", bytes: bytes)
    #expect(SplitStreaming.stream(source) != nil)
    let split = StakeMapParser.parse(bytes: bytes, fileName: "large.stakes")
    let plain = StakeMapParser.parse(source, splitFrom: .max)
    #expect(split.isValid)
    #expect(split.diagnostics == plain.diagnostics)
    #expect(split.map == plain.map)
    let checked = StakeMapParser.check(bytes: bytes, fileName: "large.stakes")
    #expect(CheckSummary(checked).line == CheckSummary(plain).line)
    #expect(checked.relationCount == plain.map.relations.count)
  }

  /// `StakeMapParser.parse` with the two-part read on for every size gives the same
  /// results, diagnostics of invalid files included, as with it off.
  @Test func parseWithTheSplitReadMatchesParseWithout() throws {
    for file in try Fixtures.corpus() {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let split = StakeMapParser.parse(source, splitFrom: 0)
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      #expect(split.diagnostics == plain.diagnostics, "\(file.name)")
      #expect(split.isValid == plain.isValid, "\(file.name)")
      if plain.isValid { #expect(split.map == plain.map, "\(file.name)") }
    }
  }

  /// A two-part `check` reads every attribute of a stakeholder it does not keep: a bad
  /// value of each kind, in the second department of two, is reported as `parse`
  /// reports it, and the same map without it is valid in two parts.
  @Test func checkReadsEveryAttributeOfTheStakeholdersItDoesNotKeep() throws {
    let bad = [
      "role=7", "power=11", "interest=hot", "stance=maybe", "legitimacy=12", "urgency=[1]", "openness=2",
      "goals=5", "tags=3", "engagement=keen", "kind=robot", "note=[a]",
    ]
    func map(_ attribute: String) -> String {
      var text = "title \"t\"\n"
      for d in 0..<2 {
        text += "domain d\(d) {\n"
        for p in 0..<20 { text += "  stakeholder p\(d)_\(p) power=5 interest=5\n" }
        for p in 1..<20 { text += "  p\(d)_\(p) -> p\(d)_0 0.5\n" }
        text += "}\n"
      }
      // (Alone on its line: `power=5 power=11` would be a repeat, whatever the value.)
      return text.replacingOccurrences(of: "stakeholder p1_7 power=5 interest=5", with: "stakeholder p1_7 \(attribute)")
    }
    let good = SourceText(fileName: "t.stakes", text: map("power=5 interest=5"))
    #expect(StakeMapParser.check(good, splitFrom: 0).isValid)
    #expect(SplitStreaming.stream(good, makingMap: false) != nil)  // read in two parts
    // A warning (no power rating) from a stakeholder not kept: the two-part read
    // stands (no fallback) and reports it as `parse` does.
    let warned = SourceText(fileName: "t.stakes", text: map("interest=5 stance=neutral"))
    let split = try #require(SplitStreaming.stream(warned, makingMap: false))
    let warnedPlain = StakeMapParser.parse(warned, splitFrom: .max)
    #expect(warnedPlain.isValid && warnedPlain.diagnostics.count == 1)
    #expect(Self.inFileOrder(split.sink.diagnostics) == warnedPlain.diagnostics)
    for attribute in bad {
      let source = SourceText(fileName: "t.stakes", text: map(attribute))
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      let checked = StakeMapParser.check(source, splitFrom: 0)
      #expect(!plain.isValid, "\(attribute)")
      #expect(!checked.isValid, "\(attribute)")
      #expect(checked.diagnostics == plain.diagnostics, "\(attribute)")
    }
  }

  /// `StakeMapParser.check` (two parts, relations counted but not made) reports what
  /// `parse` reports, and counts what its map holds.
  @Test func checkMatchesParse() throws {
    var splitChecks = 0
    for file in try Fixtures.corpus() {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      let checked = StakeMapParser.check(source, splitFrom: 0)
      #expect(checked.diagnostics == plain.diagnostics, "\(file.name)")
      #expect(checked.reachedErrorLimit == plain.reachedErrorLimit, "\(file.name)")
      #expect(checked.isValid == plain.isValid, "\(file.name)")
      if plain.isValid {
        #expect(checked.stakeholderCount == plain.map.stakeholders.count, "\(file.name)")
        #expect(checked.domainCount == plain.map.domains.count, "\(file.name)")
        #expect(checked.relationCount == plain.map.relations.count, "\(file.name)")
        #expect(CheckSummary(checked).line == CheckSummary(plain).line, "\(file.name)")
        if SplitStreaming.stream(source, makingMap: false) != nil { splitChecks += 1 }
      }
    }
    // The samples, at least, are checked in two parts.
    #expect(splitChecks >= 3)
  }

  /// At every possible cut of every file of the corpus, the two-part read that only
  /// counts stakeholders (for `check`) gives up exactly when the one that keeps them
  /// does, with the same diagnostics and counts.
  @Test func everyCutCountsWhatTheMapHolds() throws {
    var counted = 0
    for file in try Fixtures.corpus() {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      for cut in Self.lineStarts(file.bytes) {
        let kept = SplitStreaming.stream(source, cutAt: cut, makingMap: true)
        let checked = SplitStreaming.stream(source, cutAt: cut, makingMap: false)
        #expect((kept == nil) == (checked == nil), "\(file.name), cut at \(cut)")
        guard let kept, let checked else { continue }
        counted += 1
        #expect(checked.map == nil)
        #expect(checked.sink.diagnostics == kept.sink.diagnostics, "\(file.name), cut at \(cut)")
        #expect(checked.stakeholderCount == kept.map!.stakeholders.count, "\(file.name), cut at \(cut)")
        #expect(checked.domainCount == kept.map!.domains.count, "\(file.name), cut at \(cut)")
        #expect(checked.relationCount == kept.map!.relations.count, "\(file.name), cut at \(cut)")
      }
    }
    #expect(counted > 100)
  }

  /// Diagnostics sorted by position, those at the same position in the order given,
  /// as `StakeMapParser` gives them: a thread's chunks are not in file order.
  private static func inFileOrder(_ diagnostics: [Diagnostic]) -> [Diagnostic] {
    diagnostics.enumerated().sorted { a, b in
      a.element.location != b.element.location ? a.element.location < b.element.location : a.offset < b.offset
    }.map(\.element)
  }

  /// `check` cuts a file into chunks that the two threads share out as they go: for
  /// every way of sharing out the chunks of every file of the corpus, the read gives
  /// up or counts and reports what the one-part read does.
  @Test func everyShareOfChunksAgreesWithTheOnePartRead() throws {
    var joined = 0
    var samples = 0
    for file in try Fixtures.corpus() {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let cuts = file.bytes.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 5) }
      guard cuts.count >= 2 else { continue }
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      let chunkCount = cuts.count + 1
      for mask in 1..<(1 << chunkCount) - 1 {
        let assignment = (0..<chunkCount).map { (mask >> $0) & 1 }
        let what = "\(file.name), chunks at \(cuts) read by \(assignment)"
        guard let checked = SplitStreaming.stream(source, cuts: cuts, makingMap: false, assignment: assignment)
        else {
          #expect(!file.name.hasPrefix("Samples/"), "\(what): gave up on a sample")
          continue
        }
        joined += 1
        #expect(plain.isValid, "\(what)")
        #expect(Self.inFileOrder(checked.sink.diagnostics) == plain.diagnostics, "\(what)")
        #expect(checked.stakeholderCount == plain.map.stakeholders.count, "\(what)")
        #expect(checked.domainCount == plain.map.domains.count, "\(what)")
        #expect(checked.relationCount == plain.map.relations.count, "\(what)")
      }
      if file.name.hasPrefix("Samples/") { samples += 1 }
    }
    #expect(samples == 3)  // every sample has at least three chunks
    #expect(joined > 100)
  }

  /// Chunks cut at random lines (most not between top-level statements) and shared
  /// out at random: never a count or a diagnostic the one-part read does not give.
  @Test func randomChunksNeverDisagree() throws {
    var random = SplitMix64(seed: 0xC4_0C4)
    var joined = 0
    for file in try Fixtures.corpus() {
      let starts = Self.lineStarts(file.bytes)
      guard starts.count >= 3 else { continue }
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      for _ in 0..<20 {
        let cuts = Array(
          Set((0..<Int.random(in: 2...4, using: &random)).map { _ in starts.randomElement(using: &random)! })
        )
        .sorted()
        guard cuts.count >= 2 else { continue }
        var assignment = (0...cuts.count).map { _ in Int.random(in: 0...1, using: &random) }
        assignment[0] = 0
        assignment[assignment.count - 1] = 1
        guard let checked = SplitStreaming.stream(source, cuts: cuts, makingMap: false, assignment: assignment)
        else { continue }
        joined += 1
        let what = "\(file.name), chunks at \(cuts) read by \(assignment)"
        #expect(plain.isValid, "\(what)")
        #expect(Self.inFileOrder(checked.sink.diagnostics) == plain.diagnostics, "\(what)")
        #expect(checked.relationCount == plain.map.relations.count, "\(what)")
        #expect(checked.stakeholderCount == plain.map.stakeholders.count, "\(what)")
      }
    }
    #expect(joined > 50)
  }

  /// A part may get its chunks in any order (the queue hands out the other half's
  /// chunks last first): chunks read in random orders, split at random between the
  /// two parts, still give the one-part read's diagnostics and counts.
  @Test func chunksInAnyOrderAgree() throws {
    var random = SplitMix64(seed: 0x1234)
    var joined = 0
    for file in try Fixtures.corpus() {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      let starts = Self.lineStarts(file.bytes)
      guard starts.count >= 3 else { continue }
      for round in 0..<20 {
        let cuts =
          round % 2 == 0
          ? file.bytes.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 6) }
          : Array(Set((0..<Int.random(in: 2...6, using: &random)).map { _ in starts.randomElement(using: &random)! }))
            .sorted()
        guard cuts.count >= 2 else { continue }
        let result: SplitStreaming.Joined? = source.withUnsafeBytes { buffer in
          let bounds = [0] + cuts + [buffer.count]
          let chunks = (0..<bounds.count - 1).map { bounds[$0]..<bounds[$0 + 1] }
          let order = Array(chunks.indices).shuffled(using: &random)
          let split = Int.random(in: 1..<order.count, using: &random)
          func read(_ list: ArraySlice<Int>) -> StreamedPart? {
            var rest = list.dropFirst()
            return SyntaxParser.streamPart(
              source, buffer: buffer, first: chunks[list.first!], next: { rest.popFirst().map { chunks[$0] } },
              byteCount: buffer.count, keepingStakeholders: false)
          }
          guard var p = read(order[..<split]), var q = read(order[split...]) else { return nil }
          return SplitStreaming.join(&p, &q, makingMap: false)
        }
        guard let checked = result else { continue }
        joined += 1
        let what = "\(file.name), chunks at \(cuts)"
        #expect(plain.isValid, "\(what)")
        #expect(Self.inFileOrder(checked.sink.diagnostics) == plain.diagnostics, "\(what)")
        #expect(checked.stakeholderCount == plain.map.stakeholders.count, "\(what)")
        #expect(checked.domainCount == plain.map.domains.count, "\(what)")
        #expect(checked.relationCount == plain.map.relations.count, "\(what)")
      }
    }
    #expect(joined > 50)
  }

  /// The threads sharing out small chunks as they go, as `check` does with a large
  /// file: the same counts and diagnostics as the one-part read, run after run.
  @Test func chunksSharedOutAsTheThreadsGoAgree() throws {
    var shared = 0
    for file in try Fixtures.corpus() where file.name.hasPrefix("Samples/") {
      let source = SourceText(fileName: file.name, bytes: file.bytes)
      let plain = StakeMapParser.parse(source, splitFrom: .max)
      for _ in 0..<50 {
        let checked = try #require(SplitStreaming.stream(source, makingMap: false, chunkByteCount: 512))
        shared += 1
        #expect(Self.inFileOrder(checked.sink.diagnostics) == plain.diagnostics, "\(file.name)")
        #expect(checked.relationCount == plain.map.relations.count, "\(file.name)")
        #expect(checked.stakeholderCount == plain.map.stakeholders.count, "\(file.name)")
        #expect(checked.domainCount == plain.map.domains.count, "\(file.name)")
      }
    }
    #expect(shared == 150)
  }

  /// `cuts` finds increasing cuts between top-level statements, fewer when there are
  /// fewer places to cut, none in a file that is one block.
  @Test func cutsFallBetweenTopLevelStatements() {
    let text = Array(Self.crossing.utf8)
    let cuts = text.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 4) }
    #expect(cuts == cuts.sorted() && Set(cuts).count == cuts.count)
    #expect(!cuts.isEmpty)
    for cut in cuts {
      let line = String(decoding: text[cut...].prefix { $0 != 0x0A }, as: UTF8.self)
      #expect(line.first?.isLetter == true, "\(line)")
    }
    // Forty departments of the same size, in four chunks: a cut at the first
    // department at or after each quarter.
    let department = (0..<10).map { "  stakeholder x\($0) power=1 interest=1\n" }.joined()
    let departments = (0..<40).map {
      "domain d\($0) {\n" + department.replacingOccurrences(of: " x", with: " d\($0)x") + "}\n"
    }
    let even = Array(departments.joined().utf8)
    let quarters = even.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 4) }
    let starts = departments.indices.map { departments[..<$0].joined().utf8.count }
    #expect(quarters == [1, 2, 3].map { quarter in starts.first { $0 >= even.count / 4 * quarter }! })
    // More chunks asked for than there are top-level statements: one cut each at most.
    let many = text.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 64) }
    #expect(many.count <= 6 && many == many.sorted() && Set(many).count == many.count)
    let block = Array("domain a {\n  stakeholder x\n  stakeholder y\n}\n".utf8)
    #expect(block.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 4) }.isEmpty)
    // One long block, then one-line statements: the chunks after the block are not
    // one line each, but about half the size aimed at or more.
    let body = (0..<200).map { "  stakeholder p\($0) power=1 interest=1\n" }.joined()
    let tail = (0..<200).map { "p\($0) -> p\(($0 + 1) % 200) 0.5\n" }.joined()
    let lopsided = Array(("domain big {\n" + body + "}\n" + tail).utf8)
    let chunked = lopsided.withUnsafeBufferPointer { SplitStreaming.cuts(in: $0, from: 0, count: 10) }
    let bounds = [0] + chunked + [lopsided.count]
    #expect(chunked.count >= 2)
    for (a, b) in zip(bounds, bounds.dropFirst()) { #expect(b - a >= lopsided.count / 10 / 2, "\(bounds)") }
  }

  /// `taperedCuts` (the chunks of `check`): two halves cut at the middle, each in
  /// chunks of the size aimed at, then smaller and smaller ones at its end, down to
  /// an eighth of it; every cut at a top-level statement; the second half's first
  /// chunk named. Read in those chunks, the file gives what the one-part read gives.
  @Test func taperedCutsEndEachHalfInSmallerChunks() throws {
    let department = (0..<10).map { "  stakeholder x\($0) power=1 interest=1\n" }.joined()
    let departments = (0..<400).map {
      "domain d\($0) {\n" + department.replacingOccurrences(of: " x", with: " d\($0)x") + "}\n"
    }
    let text = Array(departments.joined().utf8)
    let size = text.count / 16
    let plan = try #require(text.withUnsafeBufferPointer { SplitStreaming.taperedCuts(in: $0, from: 0, chunkByteCount: size) })
    let middle = try #require(text.withUnsafeBufferPointer { SplitStreaming.cut(in: $0, from: 0) })
    #expect(plan.cuts[plan.secondStart - 1] == middle)
    #expect(plan.cuts == plan.cuts.sorted() && Set(plan.cuts).count == plan.cuts.count)
    for cut in plan.cuts { #expect(String(decoding: text[cut..<cut + 7], as: UTF8.self) == "domain ") }
    let bounds = [0] + plan.cuts + [text.count]
    let sizes = zip(bounds, bounds.dropFirst()).map { $1 - $0 }
    for half in [sizes[..<plan.secondStart], sizes[plan.secondStart...]] {
      let chunks = Array(half)
      // About the size aimed at (a department is under a percent of the file)...
      #expect(chunks.count >= 7, "\(chunks)")
      #expect(abs(chunks[0] - size) < size / 20, "\(chunks)")
      // ... then each no larger than the one before (a department either way), the
      // last ones an eighth or so.
      let full = chunks.prefix { abs($0 - size) < size / 20 }.count
      let tail = chunks[full...]
      #expect(tail.count >= 2, "\(chunks)")
      for (a, b) in zip(tail, tail.dropFirst()) { #expect(b <= a + department.utf8.count + 16, "\(chunks)") }
      #expect(chunks.last! < size / 4, "\(chunks)")
      #expect(chunks.min()! >= size / 8 - 2 * department.utf8.count, "\(chunks)")
    }
    let source = SourceText(fileName: "t.stakes", bytes: text)
    let plain = StakeMapParser.parse(source, splitFrom: .max)
    for _ in 0..<20 {
      let checked = try #require(SplitStreaming.stream(source, makingMap: false, chunkByteCount: size))
      #expect(checked.stakeholderCount == plain.map.stakeholders.count)
      #expect(checked.domainCount == plain.map.domains.count)
      #expect(Self.inFileOrder(checked.sink.diagnostics) == plain.diagnostics)
    }
    // A file that is one block has nowhere to cut.
    let block = Array("domain a {\n  stakeholder x\n  stakeholder y\n}\n".utf8)
    #expect(block.withUnsafeBufferPointer { SplitStreaming.taperedCuts(in: $0, from: 0, chunkByteCount: 8) } == nil)
    // Departments, then one block as long as all of them: cut before the middle, in the
    // departments, and read the same as in one part.
    let long = (0..<8000).map { "  stakeholder z\($0) power=1 interest=1\n" }.joined()
    let lopsided = Array((departments.joined() + "domain big {\n" + long + "}\n").utf8)
    #expect(lopsided.withUnsafeBufferPointer { SplitStreaming.cut(in: $0, from: 0) } == nil)  // no middle
    let early = try #require(
      lopsided.withUnsafeBufferPointer { SplitStreaming.taperedCuts(in: $0, from: 0, chunkByteCount: size) })
    #expect(early.cuts.last! < text.count && early.cuts == early.cuts.sorted())
    let lopsidedSource = SourceText(fileName: "t.stakes", bytes: lopsided)
    let lopsidedPlain = StakeMapParser.parse(lopsidedSource, splitFrom: .max)
    let lopsidedChecked = try #require(SplitStreaming.stream(lopsidedSource, makingMap: false, chunkByteCount: size))
    #expect(lopsidedChecked.stakeholderCount == lopsidedPlain.map.stakeholders.count)
    #expect(Self.inFileOrder(lopsidedChecked.sink.diagnostics) == lopsidedPlain.diagnostics)
  }

  /// Two parts that lean on each other: relations both ways across the cut, `me` and
  /// a reporting line into the other part, a domain in each, warnings in both.
  private static let crossing = lines(
    "title \"Two halves\"",
    "me ana",
    "domain eng \"Engineering\" {",
    "  stakeholder ana power=4 interest=9 stance=supportive",
    "  stakeholder bo power=7",
    "  ana -> cy 0.4",
    "}",
    "ana reports-to dee",
    "domain fin \"Finance\" {",
    "  stakeholder cy power=6 interest=3 stance=opposed",
    "  stakeholder dee interest=2",
    "  domain audit {",
    "    stakeholder eli power=2 interest=2",
    "  }",
    "  cy -> bo weight=0.7",
    "}",
    "bo conflicts-with cy \"budget\"",
    "eli depends-on ana")

  @Test func partsThatLeanOnEachOtherJoin() throws {
    let source = SourceText(fileName: "crossing.stakes", text: Self.crossing)
    let whole = try #require(SyntaxParser.stream(source))
    let cut = Self.offset(ofLine: 8, in: source.bytes)
    let (map, sink) = try #require(SplitStreaming.stream(source, cutAt: cut))
    #expect(map == whole.0)
    #expect(sink.diagnostics == whole.1.diagnostics)
    #expect(map.me == "ana")
    #expect(map.domains.map(\.id) == ["eng", "fin", "audit"])
    #expect(map.domains.map(\.position) == [0, 2, 4])
    #expect(map.relations.count == 5)
    #expect(sink.diagnostics.count == 2)  // bo and dee lack a rating
  }

  /// What only the whole file shows makes the two-part read give up; the one-part
  /// read reports it.
  @Test(arguments: [
    ("an id declared in both parts", "stakeholder ana power=1 interest=1", "duplicate stakeholder id 'ana'"),
    ("a header in both parts", "title \"Again\"", "'title' is given twice"),
    ("a domain in both parts", "domain eng {\n}", "duplicate domain id 'eng'"),
    ("a relation repeated across the cut", "ana -> cy 0.4", "declared twice"),
    ("a reporting circle across the cut", "dee reports-to ana", "reporting cycle"),
    ("an unknown id", "ana -> zed", "unknown stakeholder 'zed'"),
  ])
  func givesUpOnWholeFileProblems(_ what: String, _ line: String, _ message: String) throws {
    let text = Self.crossing + line + "\n"
    let source = SourceText(fileName: "bad.stakes", text: text)
    #expect(SplitStreaming.stream(source, cutAt: Self.offset(ofLine: 8, in: source.bytes)) == nil, "\(what)")
    let result = StakeMapParser.parse(source, splitFrom: 0)
    #expect(result.diagnostics.contains { $0.message.contains(message) }, "\(what)")
  }

  /// An id declared in both parts is found whichever part looks up its own ids (the
  /// one that evens out the join's work: here the one with fewer ids, or the one
  /// that declares more of its own): many extra ids on either side, or many extra
  /// stakeholders, and the read still gives up.
  @Test(arguments: [(0, 0), (40, 0), (0, 40), (0, -40)])
  func anIdDeclaredInBothPartsIsFoundWhicheverPartChecks(firstExtra: Int, secondExtra: Int) throws {
    func padding(_ prefix: String, _ count: Int) -> String {
      // Positive: ids only named in relations; negative: stakeholders declared.
      count >= 0
        ? (0..<count).map { "\(prefix)\($0) -> ana 0.1\n" }.joined()
          + (0..<count).map { "stakeholder \(prefix)\($0) power=1 interest=1\n" }.joined()
        : (0..<(-count)).map { "stakeholder \(prefix)\($0) power=1 interest=1\n" }.joined()
    }
    let first = "stakeholder ana power=1 interest=1\n" + padding("f", firstExtra)
    let second = "stakeholder ana power=2 interest=2\n" + padding("s", secondExtra)
    let source = SourceText(fileName: "twice.stakes", text: first + second)
    let cut = first.utf8.count
    #expect(SplitStreaming.stream(source, cutAt: cut) == nil)
    #expect(SplitStreaming.stream(source, cutAt: cut, makingMap: false) == nil)
    // Without the second `ana`, each way round joins.
    let once = SourceText(
      fileName: "once.stakes", text: first + second.replacingOccurrences(of: "stakeholder ana", with: "stakeholder bob")
    )
    #expect(SplitStreaming.stream(once, cutAt: cut, makingMap: false) != nil)
  }

  /// Each part checks its own bytes are UTF-8: a bad byte on either side of the cut
  /// makes the read give up, and the one-part read reports it where it is.
  @Test(arguments: [2, 12])
  func givesUpOnBytesThatAreNotUTF8(line: Int) throws {
    var bytes = Array(Self.crossing.utf8)
    let at = Self.offset(ofLine: line, in: bytes) + 2
    bytes[at] = 0xFF
    let source = SourceText(fileName: "bad.stakes", bytes: bytes)
    #expect(SplitStreaming.stream(source, cutAt: Self.offset(ofLine: 8, in: bytes)) == nil)
    #expect(SplitStreaming.stream(source, cutAt: Self.offset(ofLine: 8, in: bytes), makingMap: false) == nil)
    let result = StakeMapParser.parse(source, splitFrom: 0)
    let error = try #require(result.diagnostics.first)
    #expect(error.message.contains("not valid UTF-8"))
    #expect(error.location.line == line)
  }

  /// A cut inside a domain's block is a wrong guess: the first part does not parse
  /// alone, and the read gives up.
  @Test func cutInsideABlockGivesUp() {
    let source = SourceText(fileName: "crossing.stakes", text: Self.crossing)
    #expect(SplitStreaming.stream(source, cutAt: Self.offset(ofLine: 5, in: source.bytes)) == nil)
    #expect(SplitStreaming.stream(source, cutAt: Self.offset(ofLine: 13, in: source.bytes)) == nil)
  }

  /// The cut is guessed after a top-level block's `}` or between two top-level lines,
  /// past the middle; a file that is one indented block has none.
  @Test func cutIsGuessedBetweenTopLevelStatements() {
    let text = Array(Self.crossing.utf8)
    let cut = SplitStreaming.cut(in: text.withUnsafeBufferPointer { $0 }, from: 0)
    #expect(cut == Self.offset(ofLine: 17, in: text))
    let block = Array(("domain all {\n" + String(repeating: "  stakeholder x\n", count: 50) + "}\n").utf8)
    #expect(block.withUnsafeBufferPointer { SplitStreaming.cut(in: $0, from: 0) } == nil)
  }

  /// The byte offset where line `line` (from 1) starts.
  private static func offset(ofLine line: Int, in bytes: [UInt8]) -> Int {
    var seen = 1
    for (i, b) in bytes.enumerated() where b == 0x0A {
      seen += 1
      if seen == line { return i + 1 }
    }
    return bytes.count
  }
}
