// stakemap-kernels FILE [--repeat N] [--phases all|scale|pagerank-fj]
//
// Times each phase of `stakemap analyze` inside one process and prints one JSON object
// of median seconds per phase (N runs, default 5), so that Benchmarks/bench.py can say
// where a whole-process time goes. Phases (each run on the previous phase's result):
//   read         the file's bytes
//   parse        StakeMapParser.parse (lexer, parser, resolver)
//   network      InfluenceNetwork(map)
//   pageRank     network.pageRank()
//   predictedStance  network.predictedStance(...) (Friedkin–Johnsen, once)
//   rankAndPredictedStance  the two at once on two threads, as `analyze` runs them
//   betweenness  network.betweenness(), exact ("all"), or from 256 sampled sources with
//                MapAnalysis's seed ("scale", as `analyze` does above 20,000 people)
//   brokerageRoles, allies  (the AllyFinder greedy search; not in "pagerank-fj")
//   analysis     MapAnalysis(map) as `analyze` runs it, everything included
//   json         AnalysisJSON.render, as `analyze --format json` prints it
import Dispatch
import Foundation
import StakeMap

func now() -> Double { Double(DispatchTime.now().uptimeNanoseconds) / 1e9 }

func median(_ xs: [Double]) -> Double {
  let s = xs.sorted()
  return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
}

var arguments = Array(CommandLine.arguments.dropFirst())
var repeats = 5
var phases = "all"
var path: String?
while !arguments.isEmpty {
  let a = arguments.removeFirst()
  switch a {
  case "--repeat": repeats = Int(arguments.removeFirst()) ?? 5
  case "--phases": phases = arguments.removeFirst()
  default: path = a
  }
}
guard let path, ["all", "scale", "pagerank-fj"].contains(phases) else {
  print("usage: stakemap-kernels FILE [--repeat N] [--phases all|scale|pagerank-fj]")
  exit(64)
}

/// Elapsed seconds of each named phase, in first-seen order.
struct Stopwatch {
  var times: [String: [Double]] = [:]
  var order: [String] = []

  @discardableResult
  mutating func time<T>(_ name: String, _ body: () throws -> T) rethrows -> T {
    let start = now()
    let value = try body()
    let elapsed = now() - start
    if times[name] == nil { order.append(name) }
    times[name, default: []].append(elapsed)
    return value
  }
}

var watch = Stopwatch()
var sink = 0.0
var info: [String: String] = [:]
for _ in 0..<max(1, repeats) {
  let bytes = try watch.time("read") { try SourceReader.read(path) }
  let result = watch.time("parse") { StakeMapParser.parse(bytes: bytes, fileName: path) }
  guard result.isValid else {
    print("\(path): the map has errors")
    exit(1)
  }
  let map = result.map
  let network = watch.time("network") { InfluenceNetwork(map) }
  let ranks = watch.time("pageRank") { network.pageRank() }
  let x0 = map.stakeholders.map { $0.stance / 2 }
  let openness = map.stakeholders.map(\.openness)
  let prediction = watch.time("predictedStance") { network.predictedStance(initial: x0, openness: openness) }
  let together = watch.time("rankAndPredictedStance") { network.rankAndPredictedStance(initial: x0, openness: openness) }
  precondition(together.ranks == ranks && together.prediction == prediction, "the pair differs from the two calls")
  sink += ranks[0] + prediction.stance[0]
  info["nodes"] = String(network.count)
  info["edges"] = String(network.edgeCount)
  info["fjIterations"] = String(prediction.iterations)
  if phases != "pagerank-fj" {
    let brokerage = watch.time("betweenness") {
      phases == "all" ? network.betweenness() : network.betweenness(pivots: 256, seed: 0x5EED)
    }
    let roles = watch.time("brokerageRoles") {
      network.brokerageRoles(groups: InfluenceNetwork.domainGroups(of: map))
    }
    let weights = InfluenceWeights.weights(map: map, ranks: ranks)
    let allies = watch.time("allies") {
      AllyFinder(map: map, network: network, weights: weights, brokerage: brokerage, roles: roles)
        .suggestions(AllyOptions(top: 10))
    }
    sink += brokerage[0] + Double(allies.count)
    let analysis = watch.time("analysis") { MapAnalysis(map) }
    let json = watch.time("json") { AnalysisJSON.render(analysis, sections: .all) }
    sink += Double(json.utf8.count)
  }
}

var fields = ["\"repeats\": \(repeats)", "\"phases\": \"\(phases)\""]
for (k, v) in info.sorted(by: { $0.key < $1.key }) { fields.append("\"\(k)\": \(v)") }
fields.append("\"medianSeconds\": {" + watch.order.map { "\"\($0)\": \(median(watch.times[$0]!))" }.joined(separator: ", ") + "}")
fields.append("\"checksum\": \(sink.isFinite ? sink : 0)")
print("{" + fields.joined(separator: ", ") + "}")
