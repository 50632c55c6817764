// swift-tools-version: 6.1
import PackageDescription

let package = Package(
  name: "stakemap",
  products: [
    .library(name: "StakeMap", targets: ["StakeMap"]),
    .library(name: "StakeMapGraphviz", targets: ["StakeMapGraphviz"]),
    .library(name: "StakeMapCSV", targets: ["StakeMapCSV"]),
    .executable(name: "stakemap", targets: ["stakemap"]),
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
    .package(url: "https://github.com/apple/swift-collections.git", from: "1.6.0"),
    .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.1"),
    .package(url: "https://github.com/swiftcsv/SwiftCSV.git", from: "0.10.0"),
  ],
  targets: [
    // Graphviz's C library (libgvc, libcgraph), from Debian's libgraphviz-dev.
    .systemLibrary(
      name: "CGraphviz",
      pkgConfig: "libgvc",
      providers: [.apt(["libgraphviz-dev"])]
    ),
    // A cache-prefetch hint for the symbol table (C, for __builtin_prefetch).
    .target(name: "CStakeMapSupport"),
    // The model, the `.stakes` parser and printer, and the analyses.
    .target(
      name: "StakeMap",
      dependencies: [
        "CStakeMapSupport",
        .product(name: "Collections", package: "swift-collections"),
      ]
    ),
    // Turning a map into Graphviz graphs, and rendering them in process.
    .target(
      name: "StakeMapGraphviz",
      dependencies: ["StakeMap", "CGraphviz"]
    ),
    // Spreadsheets: stakeholders and relations from and to CSV (reading through SwiftCSV).
    .target(
      name: "StakeMapCSV",
      dependencies: [
        "StakeMap",
        .product(name: "SwiftCSV", package: "SwiftCSV"),
      ]
    ),
    // The command line: argument parsing and output only.
    .executableTarget(
      name: "stakemap",
      dependencies: [
        "StakeMap",
        "StakeMapGraphviz",
        "StakeMapCSV",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    .testTarget(
      name: "StakeMapTests",
      dependencies: [
        "StakeMap",
        "StakeMapCSV",
        .product(name: "PropertyBased", package: "swift-property-based"),
      ],
      resources: [.copy("Fixtures")]
    ),
    .testTarget(
      name: "StakeMapGraphvizTests",
      dependencies: ["StakeMapGraphviz", "StakeMap", "CGraphviz", "stakemap-soak"]
    ),
    // Renders one picture many times in a process of its own, for MemoryTests.
    .executableTarget(
      name: "stakemap-soak",
      dependencies: ["StakeMap", "StakeMapGraphviz"],
      path: "Tests/Soak"
    ),
    // Runs the built `stakemap` executable as a subprocess and compares its output.
    .testTarget(
      name: "stakemapTests",
      dependencies: ["StakeMap", "stakemap"]
    ),
  ],
  swiftLanguageModes: [.v6]
)
