// libFuzzer target, built with -sanitize=fuzzer,address -parse-as-library (see
// `make fuzz`). SwiftPM links an executable with `main` aliased to `FuzzParser_main`,
// which -parse-as-library never emits; so this file defines it and hands control to
// libFuzzer's driver (LLVMFuzzerRunDriver) with the function below.
@_spi(Testing) import StakeMap
import StakeMapGraphviz

public typealias FuzzArguments = UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>

@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<FuzzArguments>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("FuzzParser_main")
public func fuzzMain(_ argc: CInt, _ argv: FuzzArguments) -> CInt {
  var count = argc
  var arguments = argv
  return LLVMFuzzerRunDriver(&count, &arguments, fuzzOneInput)
}

/// One input: arbitrary bytes as a `.stakes` file.
///
/// The properties checked, each a crash (and so a finding) when it fails:
/// - parsing never crashes, whatever the bytes;
/// - the two-part read of large files (tried here on every input) gives the one-part
///   read's diagnostics and map, and so does the thorough read (whole syntax, then
///   resolved) that the streaming read falls back to; `check`, reading the input in
///   chunks of a few bytes shared out between two threads, gives the same
///   diagnostics and counts;
/// - when the bytes parse, `fmt`'s canonical text parses to the same map and is a
///   fixed point of `fmt`, and the map's own printed form parses to the same map
///   (`parse(print(parse(x))) == parse(x)`);
/// - a valid map can be analysed and turned into DOT text for all three pictures.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let bytes = Array(UnsafeBufferPointer(start: data, count: size))
  let first = StakeMapParser.parse(bytes: bytes, fileName: "fuzz.stakes")
  let split = StakeMapParser.parse(SourceText(fileName: "fuzz.stakes", bytes: bytes), splitFrom: 0)
  let text = String(decoding: bytes, as: UTF8.self)
  check(split.diagnostics == first.diagnostics, "the two-part read reports differently", text)
  check(!first.isValid || split.map == first.map, "the two-part read reads a different map", text)
  let thorough = StakeMapParser.parseKeepingSyntax(SourceText(fileName: "fuzz.stakes", bytes: bytes))
  check(thorough.diagnostics == first.diagnostics, "the streaming read reports differently", text)
  check(!first.isValid || thorough.map == first.map, "the streaming read reads a different map", text)
  // `check`, its two threads sharing out chunks of a few bytes as they go.
  let checked = StakeMapParser.check(
    SourceText(fileName: "fuzz.stakes", bytes: bytes), splitFrom: 0, chunkByteCount: 16)
  check(checked.diagnostics == first.diagnostics, "check in chunks reports differently", text)
  check(
    !first.isValid
      || (checked.stakeholderCount, checked.domainCount, checked.relationCount)
        == (first.map.stakeholders.count, first.map.domains.count, first.map.relations.count),
    "check in chunks counts differently", text)
  guard first.isValid else { return 0 }

  let formatted = SyntaxPrinter.print(first.syntax)
  let reparsed = StakeMapParser.parse(formatted, fileName: "formatted.stakes")
  check(reparsed.isValid, "fmt output does not parse", formatted)
  check(reparsed.map == first.map, "fmt output parses to a different map", formatted)
  check(SyntaxPrinter.print(reparsed.syntax) == formatted, "fmt is not idempotent", formatted)

  let printed = StakeMapPrinter.print(first.map)
  let again = StakeMapParser.parse(printed, fileName: "printed.stakes")
  check(again.isValid, "printed map does not parse", printed)
  check(again.map == first.map, "printed map parses to a different map", printed)

  let analysis = MapAnalysis(first.map)
  _ = AnalysisJSON.render(analysis)
  for kind in PictureKind.allCases { _ = PictureBuilder.build(kind, analysis) }
  return 0
}

/// Stops the fuzzer with the failing text when a property does not hold.
private func check(_ condition: Bool, _ message: String, _ text: String) {
  if !condition { fatalError("\(message):\n\(text)") }
}
