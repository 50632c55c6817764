import Foundation
import Testing

/// `make install PREFIX=…` puts the binary, the man page and the three completion
/// scripts where each belongs. Checked as a dry run (`make -n`), which prints the
/// commands without building, so the suite stays fast; the real install is in the
/// README's instructions and was run by hand.
@Suite struct InstallTargetTests {
  static let root = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

  func dryRun(_ arguments: [String]) throws -> String {
    let folder = try LivingFolder()
    let script = "cd '\(Self.root.path)' && make -n " + arguments.joined(separator: " ")
    let run = try LivingCLI.bash(script, in: folder)
    #expect(run.status == 0, "\(run)")
    return run.stdout
  }

  @Test func installPutsEachFileUnderThePrefix() throws {
    let text = try dryRun(["install", "PREFIX=/opt/sm", "DESTDIR=/tmp/stage"])
    for destination in [
      "/tmp/stage/opt/sm/bin/stakemap",
      "/tmp/stage/opt/sm/share/man/man1/stakemap.1",
      "/tmp/stage/opt/sm/share/bash-completion/completions/stakemap",
      "/tmp/stage/opt/sm/share/zsh/site-functions/_stakemap",
      "/tmp/stage/opt/sm/share/fish/vendor_completions.d/stakemap.fish",
    ] {
      #expect(text.contains(destination), "install does not write \(destination):\n\(text)")
    }
    #expect(text.contains("--generate-completion-script bash"))
    #expect(text.contains("--static-swift-stdlib"))
  }

  @Test func uninstallRemovesExactlyWhatInstallWrote() throws {
    let text = try dryRun(["uninstall", "PREFIX=/opt/sm"])
    #expect(text.contains("rm -f \"/opt/sm/bin/stakemap\""))
    #expect(text.contains("\"/opt/sm/share/fish/vendor_completions.d/stakemap.fish\""))
    #expect(!text.contains("rm -rf"))
  }
}
