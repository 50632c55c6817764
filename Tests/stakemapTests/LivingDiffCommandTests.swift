import Foundation
import Testing

/// `stakemap diff OLD NEW`: files, standard input, process substitution, git.
@Suite struct LivingDiffCommandTests {
  static let v1 = """
    title "Launch"
    me em
    stakeholder em "Alex" power=4 interest=10 stance=champion
    stakeholder cfo "Priya" power=9 interest=3 stance=opposed
    stakeholder ops "Mo" power=5 interest=6 stance=resistant
    em -> ops 0.5
    em depends-on cfo "budget"

    """

  static let v2 = """
    title "Launch"
    me em
    stakeholder em "Alex" power=4 interest=10 stance=champion
    stakeholder ops "Mo" power=5 interest=6 stance=supportive
    stakeholder vp "Sam" power=8 interest=7 stance=neutral
    em -> ops 0.8
    em -> vp 0.4

    """

  static let expected = """
    v1.stakes → v2.stakes

    Joined (1)
      + Sam (vp): manage-closely; power 8, interest 7, stance neutral

    Left (1)
      - Priya (cfo): keep-satisfied; power 9, interest 3, stance opposed

    Moved (1)
      ~ Mo (ops): stance resistant → supportive

    Relations (3)
      + em -> vp weight=0.4
      - em depends-on cfo topic="budget"
      ~ em -> ops: weight 0.5 → 0.8

    Conflicts
      - Alex vs Priya over “budget” (inferred; Priya left)

    """

  static func folder() throws -> LivingFolder {
    let folder = try LivingFolder()
    try folder.write("v1.stakes", v1)
    try folder.write("v2.stakes", v2)
    return folder
  }

  @Test func textDiffOfTwoFiles() throws {
    let run = try LivingCLI.stakemap(["diff", "v1.stakes", "v2.stakes"], in: try Self.folder())
    #expect(run.status == 0, "\(run)")
    #expect(run.stdout.hasPrefix(Self.expected), "\(run)")
    #expect(run.stdout.contains("\nTop allies\n  before   1. Mo\n  after    1. Sam, 2. Mo\n  entered  Sam\n"), "\(run)")
    #expect(run.stderr.isEmpty)
  }

  @Test func oldVersionFromStandardInputWithALabel() throws {
    let run = try LivingCLI.stakemap(
      ["diff", "-", "v2.stakes", "--old-label", "last week", "--format", "markdown"], stdin: Self.v1,
      in: try Self.folder())
    #expect(run.status == 0, "\(run)")
    #expect(
      run.stdout.hasPrefix("## Launch: changes\n\n*last week → v2.stakes*\n\n**Summary:** 1 joined, 1 left, 1 moved;"))
    #expect(run.stdout.contains("| **Mo** (`ops`) | stance resistant → supportive |\n"))
  }

  @Test func processSubstitutionAndGit() throws {
    let folder = try Self.folder()
    let substituted = try LivingCLI.bash(
      "\"$STAKEMAP\" diff <(cat v1.stakes) v2.stakes --old-label v1.stakes --format json", in: folder)
    #expect(substituted.status == 0, "\(substituted)")
    let json = try #require(try JSONSerialization.jsonObject(with: Data(substituted.stdout.utf8)) as? [String: Any])
    #expect((json["joined"] as? [[String: Any]])?.first?["id"] as? String == "vp")
    #expect(json["old"] as? String == "v1.stakes")

    let git = try LivingCLI.bash(
      """
      set -e
      git init -q .
      cp v1.stakes team.stakes
      git add team.stakes
      git -c user.name=t -c user.email=t@example.com commit -qm v1
      cp v2.stakes team.stakes
      git show HEAD:team.stakes | "$STAKEMAP" diff - team.stakes --old-label HEAD
      """, in: folder)
    #expect(git.status == 0, "\(git)")
    #expect(git.stdout.hasPrefix("HEAD → team.stakes\n\nJoined (1)\n"), "\(git)")
  }

  @Test func identicalFilesSayNoChanges() throws {
    let run = try LivingCLI.stakemap(["diff", "v1.stakes", "v1.stakes"], in: try Self.folder())
    #expect(run.status == 0)
    #expect(run.stdout == "v1.stakes → v1.stakes\n\nNo changes.\n")
  }

  @Test func bothFromStandardInputIsAUsageError() throws {
    let run = try LivingCLI.stakemap(["diff", "-", "-"], in: try Self.folder())
    #expect(run.status == 64, "\(run)")
    #expect(run.stderr.contains("only one of OLD and NEW can be '-'"))
  }

  @Test func aBrokenVersionFailsWithItsDiagnostics() throws {
    let folder = try Self.folder()
    try folder.write("bad.stakes", "stakeholder a power=11\n")
    let run = try LivingCLI.stakemap(["diff", "v1.stakes", "bad.stakes"], in: folder)
    #expect(run.status == 1)
    #expect(run.stdout.isEmpty)
    #expect(run.stderr.contains("bad.stakes:1:21: error: 11 is out of range for 'power'"), "\(run)")
  }
}
