import Foundation

@testable import StakeMapGraphviz

/// Small helpers shared by the renderer tests.
enum Fixture {
  /// A digraph with one cluster `cluster_x` holding `a`, and `b` outside it.
  static let tinyDigraph = """
    digraph G {
      subgraph cluster_x { label="X"; a; }
      a -> b;
    }
    """

  /// A connected digraph of `count` nodes `n0`…, in `clusters` clusters, each node
  /// pointing at the next two.
  static func organisation(nodes count: Int, clusters: Int = 3) -> String {
    var lines = ["digraph org {", "  node [shape=box];"]
    for cluster in 0..<clusters {
      let members = (0..<count).filter { $0 % clusters == cluster }.map { "n\($0);" }
      lines.append(
        "  subgraph cluster_d\(cluster) { label=\"Domain \(cluster)\"; \(members.joined(separator: " ")) }"
      )
    }
    for index in 0..<count {
      lines.append("  n\(index) -> n\((index + 1) % count);")
      lines.append("  n\(index) -> n\((index + 7) % count) [weight=2];")
    }
    lines.append("}")
    return lines.joined(separator: "\n")
  }
}

/// Reading SVG text the way the tests need, without an XML parser.
enum SVG {
  /// How many times `needle` occurs in `text`.
  static func count(_ needle: String, in text: String) -> Int {
    text.ranges(of: needle).count
  }

  /// The contents of every `<title>…</title>`, in order, as written (still escaped).
  static func titles(in svg: String) -> [String] {
    svg.matches(of: /<title>(.*?)<\/title>/).map { String($0.output.1) }
  }

  /// The contents of every `<text …>…</text>`, in order, as written (still escaped).
  static func texts(in svg: String) -> [String] {
    svg.matches(of: /<text[^>]*>(.*?)<\/text>/).map { String($0.output.1) }
  }

  /// SVG text with its character references decoded (`&amp;`, `&lt;`, `&gt;`, `&quot;`,
  /// `&apos;`, `&#N;`, `&#xH;`); anything else is kept as written.
  static func unescaped(_ s: String) -> String {
    let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]
    return s.replacing(/&(#x[0-9A-Fa-f]+|#[0-9]+|[a-z]+);/) { match -> String in
      let name = match.output.1
      if let text = named[name] { return text }
      let number =
        name.hasPrefix("#x")
        ? UInt32(name.dropFirst(2), radix: 16) : UInt32(name.dropFirst(), radix: 10)
      guard name.hasPrefix("#"), let number, let scalar = Unicode.Scalar(number) else {
        return String(match.output.0)
      }
      return String(Character(scalar))
    }
  }
}

/// Whether this test process runs under AddressSanitizer or ThreadSanitizer
/// (`make sanitize`): their runtimes hold freed memory back (ASan's quarantine) and
/// add shadow memory, so resident-size measurements measure them, not stakemap.
enum Sanitizer {
  static let isActive: Bool = {
    let handle = dlopen(nil, RTLD_NOW)
    defer { if let handle { dlclose(handle) } }
    return dlsym(handle, "__asan_init") != nil || dlsym(handle, "__tsan_init") != nil
  }()
}
