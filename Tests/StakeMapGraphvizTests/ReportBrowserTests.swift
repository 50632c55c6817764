import Foundation
import StakeMap
import Testing

@testable import StakeMapGraphviz

/// The HTML report in a real browser: headless Chromium loads the page, and the test
/// checks the DOM it built and that its screenshot is not blank.
@Suite(.serialized) struct ReportBrowserTests {
  /// Fails the test (never skips it) when the browser is missing.
  struct ChromiumMissing: Error, CustomStringConvertible {
    var description: String { "headless Chromium is not installed: run `make test-deps` (apt-get install chromium)" }
  }

  /// Chromium from PATH; `make test-deps` installs it.
  static func chromium() throws -> String {
    for name in ["chromium", "chromium-browser", "google-chrome"] {
      for folder in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
        let path = "\(folder)/\(name)"
        if FileManager.default.isExecutableFile(atPath: path) { return path }
      }
    }
    throw ChromiumMissing()
  }

  /// Runs Chromium headless with arguments; returns standard output. Ends it after 90 s.
  static func runChromium(_ arguments: [String]) throws -> Data {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: try chromium())
    let profile = FileManager.default.temporaryDirectory.appendingPathComponent(
      "stakemap-chromium-\(UUID().uuidString)")
    process.arguments =
      [
        "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--no-first-run",
        "--user-data-dir=\(profile.path)", "--window-size=1280,2400",
      ] + arguments
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let deadline = Date().addingTimeInterval(90)
    var data = Data()
    let reader = output.fileHandleForReading
    while true {
      let chunk = reader.availableData
      if chunk.isEmpty { break }
      data.append(chunk)
      if Date() > deadline {
        process.terminate()
        break
      }
    }
    process.waitUntilExit()
    try? FileManager.default.removeItem(at: profile)
    return data
  }

  static func writeReport() throws -> URL {
    let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
      .deletingLastPathComponent().appendingPathComponent("Samples/payments-migration.stakes")
    let parse = StakeMapParser.parse(bytes: Array(try Data(contentsOf: sample)), fileName: sample.path)
    #expect(parse.isValid)
    let html = try HTMLReport.render(MapAnalysis(parse.map), warnings: ["a warning <b>kept as text</b>"])
    let url = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-report-\(UUID().uuidString).html")
    try Data(html.utf8).write(to: url)
    return url
  }

  @Test func theBrowserBuildsThePicturesAndSections() throws {
    let url = try Self.writeReport()
    defer { try? FileManager.default.removeItem(at: url) }
    let dom = String(decoding: try Self.runChromium(["--dump-dom", url.absoluteString]), as: UTF8.self)
    // Three inline pictures, each an SVG element with stakeholder nodes.
    #expect(dom.components(separatedBy: "<svg").count - 1 == 3)
    #expect(dom.contains("<title>cfo</title>"))
    #expect(dom.contains("<title>cluster_eng</title>"))
    for section in [
      "grid", "allies", "conflicts", "influence", "dependencies", "quadrants", "stakeholders", "warnings",
    ] {
      #expect(dom.contains("id=\"\(section)\""), "section \(section) missing")
    }
    // The warning's markup stayed text.
    #expect(dom.contains("&lt;b&gt;kept as text&lt;/b&gt;"))
    #expect(!dom.contains("<script"))
  }

  @Test func theScreenshotIsNotBlank() throws {
    let url = try Self.writeReport()
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("stakemap-shots-\(UUID().uuidString)")
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer {
      try? FileManager.default.removeItem(at: url)
      try? FileManager.default.removeItem(at: folder)
    }
    let blankPage = folder.appendingPathComponent("blank.html")
    try Data("<!DOCTYPE html><html><body></body></html>".utf8).write(to: blankPage)
    let blank = folder.appendingPathComponent("blank.png")
    let report = folder.appendingPathComponent("report.png")
    _ = try Self.runChromium(["--screenshot=\(blank.path)", blankPage.absoluteString])
    _ = try Self.runChromium(["--screenshot=\(report.path)", url.absoluteString])
    let blankBytes = try Data(contentsOf: blank)
    let reportBytes = try Data(contentsOf: report)
    // Both are PNG files.
    #expect(blankBytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    #expect(reportBytes.prefix(8) == Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]))
    // A blank page compresses to almost nothing; a page with pictures and text does not.
    #expect(reportBytes.count > 20 * blankBytes.count, "report \(reportBytes.count) bytes, blank \(blankBytes.count)")
  }
}
