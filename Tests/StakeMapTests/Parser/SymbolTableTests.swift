import Testing

@testable import StakeMap

/// `SymbolTable`: one symbol per id, ids compared as Swift compares strings
/// (canonical equivalence), before and after the first non-ASCII id.
@Suite struct SymbolTableTests {
  @Test func symbolsStayRightAcrossTheFirstNonASCIIId() {
    var table = SymbolTable()
    let ascii = (0..<50).map { "id\($0)_with_a_longer_tail" }
    let before = ascii.map { table.intern($0) }
    #expect(Set(before).count == ascii.count)
    #expect(ascii.map { table.intern($0) } == before)  // found again, same symbols
    #expect(table.isASCII)
    // Precomposed and decomposed é: one id, one symbol; entries and symbols part ways.
    let precomposed = table.intern("caf\u{E9}")
    let decomposed = table.intern("cafe\u{301}")
    #expect(precomposed == decomposed)
    #expect(!table.isASCII)
    // The Kelvin sign and K are canonically equivalent too.
    #expect(table.intern("\u{212A}elvin") == table.intern("Kelvin"))
    // Every earlier id keeps its symbol, and new ASCII ids get new ones.
    #expect(ascii.map { table.intern($0) } == before)
    let later = (0..<20).map { table.intern("later\($0)") }
    #expect(Set(later).count == 20 && Set(later).isDisjoint(with: before + [precomposed]))
    #expect((0..<20).map { table.intern("later\($0)") } == later)
    #expect(table.text(precomposed) == "caf\u{E9}")
  }

  /// Reserving room (which places every entry again in a larger table) keeps every
  /// symbol, and the table goes on numbering from where it was.
  @Test func reservingKeepsEverySymbol() {
    var table = SymbolTable()
    let ids = (0..<300).map { "person\($0)" } + ["a", "ab", "a_much_longer_identifier_than_sixteen_bytes"]
    let symbols = ids.map { table.intern($0) }
    table.reserveCapacity(100_000)
    #expect(ids.map { table.intern($0) } == symbols)
    #expect(table.count == ids.count)
    #expect(table.intern("newcomer") == SymbolTable.Symbol(ids.count))
    // Reserving less than there is changes nothing.
    table.reserveCapacity(10)
    #expect(ids.map { table.text(table.intern($0)) } == ids)
    #expect(table.count == ids.count + 1)
  }

  /// Two ids of the same length (9 to 16 bytes) and first eight bytes whose hashes
  /// agree in the bits a slot keeps, and that land in the same slot of a small table:
  /// only their last bytes tell them apart, and the table does (found by search).
  @Test func idsThatDifferOnlyAtTheEndAreTwoSymbols() throws {
    var seen: [UInt64: String] = [:]
    var pairs: [(String, String)] = []
    for i in 0..<200_000 where pairs.count < 3 {
      let id = "commonpr" + String(String(i, radix: 36).reversed()).padding(toLength: 5, withPad: "_", startingAt: 0)
      let hash = Array(id.utf8).withUnsafeBufferPointer { SymbolTable.hash($0) }
      // The slot's 24 hash bits, and the home slot in a table of 16.
      let key = (hash >> 40) << 4 | hash & 15
      if let other = seen[key] { pairs.append((other, id)) } else { seen[key] = id }
    }
    #expect(pairs.count == 3)
    for (a, b) in pairs {
      #expect(a.utf8.count == 13 && b.utf8.count == 13 && a.prefix(8) == b.prefix(8))
      var table = SymbolTable(expectedCount: 4)
      let first = table.intern(a)
      #expect(Array(b.utf8).withUnsafeBufferPointer { table.symbol(of: $0) } == nil, "\(a) \(b)")
      let second = table.intern(b)
      #expect(first != second)
      #expect(table.intern(a) == first && table.intern(b) == second)
      #expect(table.text(second) == b)
    }
  }

  /// Against a dictionary: random ids over a three-letter alphabet (so that many
  /// share their first and last bytes), with copies kept along the way, reserves, and
  /// copies that are changed and dropped; every copy keeps what it had.
  @Test func agreesWithADictionaryAcrossCopiesAndReserves() {
    var random = SplitMix64(seed: 99)
    for round in 0..<20 {
      var table = SymbolTable(expectedCount: Int.random(in: 1...64, using: &random))
      var reference: [String: SymbolTable.Symbol] = [:]
      var snapshots: [(SymbolTable, [String: SymbolTable.Symbol])] = []
      for step in 0..<3000 {
        let id = String((0..<Int.random(in: 1...24, using: &random)).map { _ in "ab_".randomElement(using: &random)! })
        let symbol = table.intern(id)
        if let known = reference[id] {
          #expect(known == symbol, "round \(round): \(id)")
        } else {
          #expect(symbol == SymbolTable.Symbol(reference.count), "round \(round): \(id) is new")
          reference[id] = symbol
        }
        if step % 500 == 0 { snapshots.append((table, reference)) }
        if step % 777 == 0 { table.reserveCapacity(Int.random(in: 0...20_000, using: &random)) }
        if step % 911 == 0 {
          var copy = table
          copy.reserveCapacity(Int.random(in: 0...5000, using: &random))
          _ = copy.intern("only_in_the_copy_\(step)")
        }
      }
      for (snapshot, known) in snapshots {
        #expect(snapshot.count == known.count)
        for (id, symbol) in known {
          #expect(Array(id.utf8).withUnsafeBufferPointer { snapshot.symbol(of: $0) } == symbol)
        }
      }
      for (id, symbol) in reference { #expect(table.text(symbol) == id) }
    }
  }

  /// Looking every symbol of one table up in another at once (the split read's join)
  /// gives what looking each up alone gives: ids in both, in one only, of every
  /// length (short, 9 to 16 bytes, long), with some symbols not wanted.
  @Test func lookingUpManySymbolsAgreesWithOneByOne() {
    var random = SplitMix64(seed: 5)
    for round in 0..<30 {
      var mine = SymbolTable(expectedCount: Int.random(in: 1...100, using: &random))
      var theirs = SymbolTable(expectedCount: Int.random(in: 1...100, using: &random))
      for _ in 0..<Int.random(in: 0...2000, using: &random) {
        let id = String((0..<Int.random(in: 1...30, using: &random)).map { _ in "xy_".randomElement(using: &random)! })
        switch Int.random(in: 0..<3, using: &random) {
        case 0: _ = mine.intern(id)
        case 1: _ = theirs.intern(id)
        default:
          _ = mine.intern(id)
          _ = theirs.intern(id)
        }
      }
      let skip = Int.random(in: 2...5, using: &random)  // every skip-th symbol not wanted
      let found = mine.symbols(in: theirs) { $0 % Int32(skip) != 0 }
      #expect(found.count == mine.count)
      var hits = 0
      for symbol in 0..<mine.count {
        let text = mine.text(SymbolTable.Symbol(symbol))
        let expected: SymbolTable.Symbol =
          symbol % skip == 0 ? -1 : Array(text.utf8).withUnsafeBufferPointer { theirs.symbol(of: $0) } ?? -1
        #expect(found[symbol] == expected, "round \(round): \(text)")
        if expected >= 0 { hits += 1 }
      }
      if mine.count > 100 { #expect(hits > 0, "round \(round)") }
    }
  }

  /// A copy of a table is a value of its own: adding to one leaves the other as it
  /// was (the hash slots are shared until then), large tables included.
  @Test func aCopyIsAValueOfItsOwn() {
    for expected in [8, 200_000] {
      var table = SymbolTable(expectedCount: expected)
      let a = table.intern("alpha")
      var copy = table
      let b = copy.intern("beta")
      #expect(Array("beta".utf8).withUnsafeBufferPointer { table.symbol(of: $0) } == nil)
      #expect(table.count == 1 && copy.count == 2)
      let c = table.intern("gamma")
      #expect(c == b)  // each numbers on from where it was
      #expect(copy.text(b) == "beta" && table.text(c) == "gamma")
      #expect(table.intern("alpha") == a && copy.intern("alpha") == a)
      // The keywords' table every lexer starts from is never changed by a lexer.
      let keywords = Keyword.table.count
      Array("fresh_id -> other_id\n".utf8).withUnsafeBufferPointer { bytes in
        var lexer = Lexer(bytes: bytes)
        while lexer.next().kind != .end {}
        #expect(lexer.symbols.count > keywords)
      }
      #expect(Keyword.table.count == keywords)
    }
  }

  /// In a map: a relation that names a stakeholder by a canonically equivalent id
  /// reaches it, in the streaming and the thorough read alike.
  @Test func aMapResolvesCanonicallyEquivalentIds() {
    // (A combining accent cannot be part of an id; the Kelvin sign is a letter.)
    let text = "stakeholder Kelvin power=5 interest=5\nstakeholder b power=5 interest=5\n\u{212A}elvin -> b 0.5\n"
    expectStreamingAndThoroughReadsAgree(text)
    let result = StakeMapParser.parse(text)
    #expect(result.isValid)
    #expect(result.map.relations.count == 1)
    #expect(result.map.relations.first?.from.rawValue == "Kelvin")
  }
}
