/// How bad a diagnostic is.
public enum Severity: String, Sendable, Codable {
  /// The map cannot be used; the run fails.
  case error
  /// Worth fixing; the run goes on.
  case warning
  /// More about the diagnostic before it (another place involved).
  case note
}

/// One problem found in a map, with where it is.
///
/// Errors are data: the parser and the checks collect them, and one renderer
/// (``DiagnosticRenderer``) prints them, compiler style.
public struct Diagnostic: Hashable, Sendable, Codable, Error {
  /// Error, warning or note.
  public var severity: Severity
  /// Where the problem is.
  public var location: SourceLocation
  /// What is wrong, in one line, without a trailing period.
  public var message: String
  /// Further places that explain this one (the first declaration of a duplicate).
  public var notes: [Diagnostic]

  /// Creates a diagnostic.
  public init(
    _ severity: Severity, at location: SourceLocation, _ message: String,
    notes: [Diagnostic] = []
  ) {
    self.severity = severity
    self.location = location
    self.message = message
    self.notes = notes
  }

  /// An error.
  public static func error(_ message: String, at location: SourceLocation, notes: [Diagnostic] = [])
    -> Diagnostic
  {
    Diagnostic(.error, at: location, message, notes: notes)
  }

  /// A warning.
  public static func warning(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.warning, at: location, message)
  }

  /// A note.
  public static func note(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(.note, at: location, message)
  }
}

extension Array where Element == Diagnostic {
  /// Whether any of these is an error.
  public var hasErrors: Bool { contains { $0.severity == .error } }
  /// The errors.
  public var errors: [Diagnostic] { filter { $0.severity == .error } }
  /// The warnings.
  public var warnings: [Diagnostic] { filter { $0.severity == .warning } }
}
