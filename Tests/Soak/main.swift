// stakemap-soak: renders one picture many times in a process of its own and prints how
// much the process grew. MemoryTests runs it as a subprocess, so that the other tests,
// which run in parallel in the test process, do not count in its resident size.
//
//   stakemap-soak grid SAMPLE.stakes RENDERS   the sample's grid (nop2), RENDERS times
//   stakemap-soak layered RENDERS              a 30-node layered digraph (dot)
//   stakemap-soak failing RENDERS              each way a render fails, RENDERS times
//
// Output, one line per measurement: `NAME renders=N bytes=B growth=G` (B: bytes of
// output per render; G: growth of the resident set in bytes, after 50 warm-up renders).
import Foundation
import StakeMap

@testable import StakeMapGraphviz

/// The resident set size of this process in bytes, from /proc/self/statm.
func residentBytes() -> Int {
  guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return -1 }
  let fields = text.split(separator: " ")
  guard fields.count > 1, let pages = Int(fields[1]) else { return -1 }
  return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
}

/// Runs `body` 50 times to warm up (fonts, plugins, malloc arenas), then `renders`
/// times, and prints the line for `name`.
func soak(_ name: String, renders: Int, _ body: () -> Int) {
  for _ in 0..<50 { _ = body() }
  let before = residentBytes()
  var bytes = 0
  for _ in 0..<renders { bytes += body() }
  let growth = residentBytes() - before
  print("\(name) renders=\(renders) bytes=\(bytes / max(renders, 1)) growth=\(growth)")
}

/// An acyclic digraph of `count` boxed nodes `n0`…, each pointing at the next and at the
/// seventh after it, without clusters.
///
/// Graphviz 2.42's `dot` frees everything it makes for such a graph, so repeated renders
/// measure our own freeing. (With clusters, or with cycles it has to break, `dot` leaks
/// inside `gvLayout`: ~115 KB a render for 30 nodes in 3 clusters.)
func layered(nodes count: Int) -> String {
  var lines = ["digraph layered {", "  node [shape=box];"]
  for index in 0..<count {
    lines.append("  n\(index) [label=\"Stakeholder \(index)\"];")
    for step in [1, 7] where index + step < count { lines.append("  n\(index) -> n\(index + step);") }
  }
  lines.append("}")
  return lines.joined(separator: "\n")
}

let arguments = CommandLine.arguments.dropFirst()
func fail(_ message: String) -> Never {
  FileHandle.standardError.write(Data("stakemap-soak: \(message)\n".utf8))
  exit(2)
}

switch arguments.first {
case "grid":
  guard arguments.count == 3, let renders = Int(arguments.last!) else { fail("usage: grid SAMPLE RENDERS") }
  let path = arguments[arguments.startIndex + 1]
  guard let data = FileManager.default.contents(atPath: path) else { fail("cannot read \(path)") }
  let parse = StakeMapParser.parse(bytes: Array(data), fileName: path)
  let picture = PictureBuilder.build(.grid, MapAnalysis(parse.map))
  soak("grid", renders: renders) {
    (try? GraphvizRenderer.render(dot: picture.dot, engine: picture.engine, format: .svg).bytes.count) ?? 0
  }
case "layered":
  guard arguments.count == 2, let renders = Int(arguments.last!) else { fail("usage: layered RENDERS") }
  let dot = layered(nodes: 30)
  soak("layered", renders: renders) {
    (try? GraphvizRenderer.render(dot: dot, engine: .dot, format: .svg).bytes.count) ?? 0
  }
case "failing":
  guard arguments.count == 2, let renders = Int(arguments.last!) else { fail("usage: failing RENDERS") }
  let good = layered(nodes: 30)
  let failures: [(name: String, dot: String, engine: String, format: String)] = [
    ("parse", String(good.dropLast()), "dot", "svg"),  // no closing brace
    ("layout", good, "nosuch", "svg"),  // unknown engine
    ("render", good, "dot", "nosuch"),  // unknown format
    ("positions", good, "nop2", "svg"),  // no positions: reported by message only
  ]
  for failure in failures {
    soak(failure.name, renders: renders) {
      do {
        _ = try GraphvizRenderer.render(dot: failure.dot, engineName: failure.engine, formatName: failure.format)
        fail("\(failure.name): the render did not fail")
      } catch {
        return 0
      }
    }
  }
default:
  fail("usage: stakemap-soak grid SAMPLE RENDERS | layered RENDERS | failing RENDERS")
}
