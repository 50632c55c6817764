import ArgumentParser

/// Every subcommand, in the order `--help` lists them.
enum CommandList {
  static let all: [any ParsableCommand.Type] = [
    Init.self,
    Check.self,
    Format.self,
    Analyze.self,
    Allies.self,
    Conflicts.self,
    Render.self,
    Report.self,
    Diff.self,
    Import.self,
    Export.self,
  ]
}
