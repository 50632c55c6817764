import Foundation
import StakeMap
import Testing

@testable import StakeMapGraphviz

#if canImport(Glibc)
  import Glibc
#endif

/// Rendering the same graph many times does not grow the process: every render buffer,
/// layout and graph is freed.
///
/// The graph is one Graphviz 2.42 itself does not leak on (see ``Fixture/layered(nodes:)``),
/// so growth here would be ours. A render of it takes about 3 ms in a debug build.
@Suite(
  .serialized,
  .disabled(if: Sanitizer.isActive, "resident size under a sanitizer is the sanitizer's (quarantine, shadow memory)"))
struct MemoryTests {
  /// The resident set size of this process in bytes, from /proc/self/statm.
  static func residentBytes() -> Int? {
    guard let file = fopen("/proc/self/statm", "r") else { return nil }
    defer { fclose(file) }
    var line = [CChar](repeating: 0, count: 256)
    guard fgets(&line, Int32(line.count), file) != nil else { return nil }
    // "size resident shared text lib data dt", in pages
    let fields = String(cString: line).split(separator: " ")
    guard fields.count > 1, let pages = Int(fields[1]) else { return nil }
    return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
  }

  /// The soak: one map's picture rendered 10,000 times in one process. The
  /// grid of the payments sample (nop2 layout, no clusters, so Graphviz itself does not
  /// leak; its `dot` layout of clustered graphs does, see the README).
  @Test(.timeLimit(.minutes(10)))
  func tenThousandRendersOfASampleGridGrowUnderTwentyMegabytes() throws {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Samples/payments-migration.stakes")
    let parse = StakeMapParser.parse(bytes: Array(try Data(contentsOf: sample)), fileName: "payments")
    let picture = PictureBuilder.build(.grid, MapAnalysis(parse.map))
    for _ in 0..<50 {
      _ = try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg)
    }
    let before = try #require(Self.residentBytes())
    var bytes = 0
    for _ in 0..<10_000 {
      bytes += try GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg).bytes.count
    }
    let growth = try #require(Self.residentBytes()) - before
    #expect(bytes / 10_000 > 20_000)  // the whole grid each time
    #expect(growth < 20 * 1024 * 1024, "resident memory grew by \(growth / 1024) KiB")
  }

  @Test(.timeLimit(.minutes(10)))
  func manyRendersOfAThirtyNodeGraphGrowUnderTwentyMegabytes() throws {
    let dot = Fixture.layered(nodes: 30)
    let renders = 2_000
    for _ in 0..<50 {  // warm up: fonts, plugins, malloc arenas
      _ = try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg)
    }
    let before = try #require(Self.residentBytes())
    let clock = ContinuousClock()
    let start = clock.now
    var bytes = 0
    for _ in 0..<renders {
      bytes += try GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg).bytes.count
    }
    let elapsed = clock.now - start
    let after = try #require(Self.residentBytes())
    let growth = after - before
    print(
      "MemoryTests: \(renders) renders in \(elapsed), resident \(before / 1024) KiB -> \(after / 1024) KiB,",
      "\(bytes / renders) bytes of SVG each")
    #expect(bytes / renders > 20_000)  // really drew 30 nodes each time
    #expect(growth < 20 * 1024 * 1024, "resident memory grew by \(growth / 1024) KiB")
  }

  /// Each way of failing frees what it made too (Graphviz 2.42 hands back a render buffer
  /// even when rendering fails).
  @Test func failingRendersDoNotGrowTheProcess() throws {
    let good = Fixture.layered(nodes: 30)
    let failures: [(dot: String, engine: String, format: String)] = [
      (String(good.dropLast()), "dot", "svg"),  // no closing brace: parse error
      (good, "nosuch", "svg"),  // layout error
      (good, "dot", "nosuch"),  // render error
      (good, "nop2", "svg"),  // no positions: layout error reported by message only
    ]
    for failure in failures {
      let attempt = {
        #expect(throws: GraphvizError.self) {
          try GraphvizRenderer.render(
            dot: failure.dot, engineName: failure.engine, formatName: failure.format)
        }
      }
      for _ in 0..<50 { attempt() }
      let before = try #require(Self.residentBytes())
      for _ in 0..<2_000 { attempt() }
      let growth = try #require(Self.residentBytes()) - before
      #expect(
        growth < 4 * 1024 * 1024,
        "\(failure.engine) \(failure.format): grew by \(growth / 1024) KiB")
    }
  }
}
