// swift-tools-version: 6.1
// In-process timings of the StakeMap library's phases, for Benchmarks/bench.py.
// Kept apart from the main package so that benchmarks never slow down `swift build`.
import PackageDescription

let package = Package(
  name: "stakemap-kernels",
  dependencies: [
    .package(name: "stakemap", path: "../..")
  ],
  targets: [
    .executableTarget(
      name: "stakemap-kernels",
      dependencies: [.product(name: "StakeMap", package: "stakemap")]
    )
  ],
  swiftLanguageModes: [.v6]
)
