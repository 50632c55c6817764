import Foundation
import Testing

/// The runner finds the executable the package built for these tests.
@Suite struct CommandRunnerTests {
  @Test func executableIsBuiltNextToTheTests() {
    #expect(FileManager.default.isExecutableFile(atPath: CommandRunner.executable.path))
  }

  @Test func versionFlag() throws {
    let folder = try TemporaryFolder()
    try assertExecute(["--version"], in: folder, stdout: "0.1.0\n")
  }
}
