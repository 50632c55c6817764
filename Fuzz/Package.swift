// swift-tools-version: 6.1
// The libFuzzer targets. Built apart from the main package because every module in
// them is compiled with -sanitize=fuzzer,address; see `make fuzz` and README.md.
import PackageDescription

let package = Package(
  name: "StakeMapFuzz",
  dependencies: [.package(name: "stakemap", path: "..")],
  targets: [
    // parse → print → parse on arbitrary bytes, plus the analyses and the DOT text.
    .executableTarget(
      name: "FuzzParser",
      dependencies: [
        .product(name: "StakeMap", package: "stakemap"),
        .product(name: "StakeMapGraphviz", package: "stakemap"),
      ]
    )
  ]
)
