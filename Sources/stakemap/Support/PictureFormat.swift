import ArgumentParser
import StakeMapGraphviz

/// The formats `render` writes: Graphviz's (``RenderFormat``), or Mermaid source,
/// which needs no Graphviz and renders wherever Markdown does.
enum PictureFormat: Equatable, ExpressibleByArgument {
  /// Drawn by Graphviz in process: svg, png, pdf, or the DOT source.
  case graphviz(RenderFormat)
  /// Mermaid source: a `quadrantChart` for the grid, a `flowchart` for the graphs.
  case mermaid

  init?(argument: String) {
    switch argument.lowercased() {
    case "mermaid", "mmd": self = .mermaid
    default:
      guard let format = RenderFormat(rawValue: argument.lowercased()) else { return nil }
      self = .graphviz(format)
    }
  }

  /// The format a file name's extension asks for (`.mmd` and `.mermaid` for Mermaid).
  init?(fileExtension: String) {
    let name = fileExtension.split(separator: ".").last.map { $0.lowercased() } ?? ""
    if name == "mmd" || name == "mermaid" {
      self = .mermaid
    } else if let format = RenderFormat(fileExtension: name) {
      self = .graphviz(format)
    } else {
      return nil
    }
  }

  static var allValueStrings: [String] { RenderFormat.allCases.map(\.rawValue) + ["mermaid"] }

  /// Whether the output is text rather than binary.
  var isText: Bool {
    switch self {
    case .graphviz(let format): format.isText
    case .mermaid: true
    }
  }

  /// The name users type: `svg`, `mermaid`.
  var name: String {
    switch self {
    case .graphviz(let format): format.rawValue
    case .mermaid: "mermaid"
    }
  }
}
