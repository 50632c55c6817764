import Foundation
import StakeMapCSV
import Testing

@testable import StakeMap

/// Reading spreadsheets: loose headers, separators, a byte-order mark, quoted cells,
/// domain paths, relations, and every problem at FILE:ROW:COLUMN.
@Suite struct CSVImportTests {
  static func read(_ people: String, relations: String? = nil, options: CSVMapReader.Options = .init())
    -> CSVImportResult
  {
    CSVMapReader.read(
      stakeholders: .init(fileName: "people.csv", text: people),
      relations: relations.map { .init(fileName: "links.csv", text: $0) }, options: options)
  }

  /// The diagnostics as the command line prints them (no line is quoted for CSV).
  static func rendered(_ result: CSVImportResult) -> String {
    DiagnosticRenderer().render(result.diagnostics)
  }

  @Test func looseHeadersSemicolonsByteOrderMarkAndQuotedCells() throws {
    let sheet =
      "\u{FEFF}Stakeholder ID;Full Name;Job Title;Department;Influence (0-10);INTEREST;Attitude;Cares_about;Notes\r\n"
      + "cto;Dana Ruiz;CTO;Engineering;9;7;Supporter;reliability, speed;\r\n"
      + ";Alex Kim;\"Engineering Manager; Payments\";engineering;4;10;champion;;\"Says \"\"ship it\"\"\nevery week\"\r\n"
      + "\r\n"
      + "sre;  Mo Haddad ;SRE lead;Engineering / SRE;5,5;H;-1;on-call load|reliability;\r\n"
    let result = Self.read(sheet)
    #expect(result.diagnostics.isEmpty, "\(Self.rendered(result))")
    let map = result.map
    #expect(map.stakeholders.map(\.id) == ["cto", "alex_kim", "sre"])
    let cto = map.stakeholders[0]
    #expect(cto.name == "Dana Ruiz")
    #expect(cto.role == "CTO")
    #expect(cto.stance == 1)
    #expect(cto.goals == ["reliability", "speed"])
    let alex = map.stakeholders[1]
    #expect(alex.role == "Engineering Manager; Payments")
    #expect(alex.note == "Says \"ship it\"\nevery week")
    #expect(alex.stance == 2)
    #expect(alex.domain == cto.domain, "department labels match ignoring case")
    let mo = map.stakeholders[2]
    #expect(mo.name == "Mo Haddad")
    #expect(mo.power == 5.5)
    #expect(mo.interest == 8)
    #expect(mo.stance == -1)
    #expect(mo.goals == ["on-call load", "reliability"])
    #expect(
      map.domains == [
        Domain(id: "engineering", label: "Engineering", parent: nil, position: 0),
        Domain(id: "sre", label: "SRE", parent: "engineering", position: 2),
      ])
    #expect(mo.domain == "sre")
  }

  @Test func commaSeparatedWithDomainIDsAndEngagement() throws {
    let result = Self.read(
      """
      id,name,domain,domain_id,power,interest,stance,engagement,desired engagement,kind,tags,openness,legitimacy
      a,Ann,Engineering/SRE,eng/sre,high,low,0.5,resistant -> supportive,,person,"x, y",0.3,7
      b,Bob,Engineering,eng,M,M,neutral,,leading,team,,,
      """)
    #expect(result.diagnostics.isEmpty, "\(Self.rendered(result))")
    let map = result.map
    #expect(map.domains.map(\.id) == ["eng", "sre"])
    #expect(map.domain("eng")?.label == "Engineering")
    #expect(map.domain("sre")?.parent == "eng")
    let a = map.stakeholders[0]
    #expect(a.power == 8 && a.interest == 2 && a.stance == 0.5 && a.openness == 0.3 && a.legitimacy == 7)
    #expect(a.engagement == Engagement(current: .resistant, desired: .supportive))
    #expect(a.tags == ["x", "y"])
    let b = map.stakeholders[1]
    #expect(b.kind == .group)
    #expect(b.engagement == Engagement(current: .neutral, desired: .leading), "current follows the stance")
  }

  @Test func tabSeparatedAndMadeUpIDsAvoidClashes() throws {
    let result = Self.read("name\tpower\tinterest\nPriya N.\t1\t1\npriya_n\t1\t1\nInfluences\t1\t1\n2nd line\t1\t1\n")
    #expect(result.isValid, "\(Self.rendered(result))")
    #expect(result.map.stakeholders.map(\.id) == ["priya_n", "priya_n_2", "influences_", "_2nd_line"])
  }

  @Test func badRowsAreReportedAtRowAndColumn() {
    let result = Self.read(
      """
      id,name,power,interest,stance,kind,openness,engagement
      a,Ann,11,5,neutral,person,0.5,
      b,Bob,5,5,supprtive,person,,
      a,Again,5,5,,,,
      not an id,X,5,5,,,,
      c,Cy,5,5,,robot,,
      d,Di,5,5,,,2,
      e,Eve,5,5,,,,keen
      ,,5,5,,,,
      depends-on,Dee,5,5,,,,
      """)
    #expect(!result.isValid)
    #expect(
      Self.rendered(result) == """
        people.csv:2:3: error: power must be a number from 0 to 10, or low, medium or high; found '11'
        people.csv:3:5: error: stance must be a number from -2 to +2, or opposed, resistant, neutral, supportive or champion; found 'supprtive'; did you mean 'supportive'?
        people.csv:4:1: error: duplicate stakeholder id 'a'
        people.csv:2:1: note: 'a' is first used on row 2
        people.csv:5:1: error: id 'not an id' is not an identifier (a letter or _, then letters, digits, _, - or .); try 'not_an_id'
        people.csv:6:6: error: kind must be person or group; found 'robot'
        people.csv:7:7: error: openness must be a number from 0 to 1; found '2'
        people.csv:8:8: error: engagement must be unaware, resistant, neutral, supportive or leading; found 'keen'
        people.csv:9:1: error: this row has no id and no name; give one or the other
        people.csv:10:1: error: 'depends-on' is a relation keyword and cannot be an id; try 'depends_on'

        """)
  }

  @Test func headerProblems() {
    let unknown = Self.read("id,Intrest,Salary\na,5,100\n")
    #expect(unknown.isValid)
    #expect(
      Self.rendered(unknown) == """
        people.csv:1:2: warning: unknown column 'Intrest' is ignored; did you mean 'interest'?
        people.csv:1:3: warning: unknown column 'Salary' is ignored
        people.csv:2:1: warning: 'a' has no power or interest rating; analysed as medium (5)

        """)
    let twice = Self.read("name,Power,Influence\nAnn,1,2\n")
    #expect(
      Self.rendered(twice) == """
        people.csv:1:3: error: columns 'Power' and 'Influence' both give power; keep one
        people.csv:1:2: note: 'Power' is here
        people.csv:2:1: warning: 'Ann' has no power or interest rating; analysed as medium (5)

        """)
    let nothing = Self.read("Power,Interest\n5,5\n")
    #expect(
      Self.rendered(nothing)
        == "people.csv:1:1: error: the first row must name the columns, with at least an 'id' or a 'name' column (e.g. id,name,role,domain,power,interest,stance)\n"
    )
  }

  @Test func malformedFiles() {
    let stray = Self.read("id,name\na,Ann\nb,Bo\"b\n")
    #expect(stray.diagnostics.map(\.location) == [SourceLocation(file: "people.csv", line: 3, column: 1)])
    #expect(stray.diagnostics.first?.message.hasPrefix("a cell in this row has a stray quote") == true)
    let open = Self.read("id,name\na,Ann\nb,\"Bob\nc,Cy\n")
    #expect(open.diagnostics.map(\.location) == [SourceLocation(file: "people.csv", line: 3, column: 2)])
    #expect(open.diagnostics.first?.message.hasPrefix("a quoted cell that starts in this row never closes") == true)
    let latin1 = CSVMapReader.read(
      stakeholders: .init(fileName: "people.csv", bytes: Array("id,name\na,".utf8) + [0xE9, 0x0A]))
    #expect(latin1.diagnostics.map(\.location) == [SourceLocation(file: "people.csv", line: 2, column: 1)])
    #expect(latin1.diagnostics.first?.message.contains("not UTF-8") == true)
    let empty = Self.read("\u{FEFF}\n\n")
    #expect(empty.diagnostics.first?.message == "the file is empty; it needs a header row naming the columns")
  }

  static let people = """
    id,name,power,interest,stance
    a,Ann,5,5,supportive
    b,Bob,5,5,resistant
    c,Cy,5,5,neutral

    """

  @Test func relationsByIDOrNameWithLooseKinds() throws {
    let result = Self.read(
      Self.people,
      relations: """
        Source;Relationship;Target;Strength;About;Comment
        Ann;influences;bob;70%;;
        b;Depends On;a;;budget;
        c;;a;0,3;;
        a;Conflict;c;;"scope; dates";tense
        a;allied;c;;;
        b;reports to;a;;;

        """)
    #expect(result.diagnostics.isEmpty, "\(Self.rendered(result))")
    #expect(
      result.map.relations == [
        Relation(.influences, from: "a", to: "b", weight: 0.7),
        Relation(.dependsOn, from: "b", to: "a", topic: "budget"),
        Relation(.influences, from: "c", to: "a", weight: 0.3),
        Relation(.conflictsWith, from: "a", to: "c", topic: "scope; dates", note: "tense"),
        Relation(.alliedWith, from: "a", to: "c"),
        Relation(.reportsTo, from: "b", to: "a"),
      ])
  }

  @Test func badRelationRows() {
    let result = Self.read(
      Self.people,
      relations: """
        from,type,to,weight
        a,reports-to,b,
        b,reports-to,c,
        c,reports-to,a,
        a,conflict,zed,
        a,allied,b,0.5
        a,->,a,
        a,influences,b,0.4
        a,influences,b,0.9
        a,likes,b,
        a,influences,,1.5
        b,reports-to,a,0.8

        """)
    #expect(
      Self.rendered(result) == """
        links.csv:4:1: error: reporting cycle: c → a → b → c
        links.csv:5:3: error: unknown stakeholder 'zed'
        links.csv:6:4: error: 'weight' belongs to influences; 'allied-with' has none
        links.csv:7:1: warning: 'a' influences itself; a relation of a stakeholder to itself is ignored
        links.csv:9:1: warning: a influences b is given twice; the later one wins (the first is on row 8)
        links.csv:10:2: error: relation type must be influences (->), depends-on, conflicts-with, allied-with or reports-to; found 'likes'
        links.csv:11:3: error: 'to' is empty; name a stakeholder by id or name
        links.csv:11:4: error: weight must be a number from 0 to 1; found '1.5'
        links.csv:12:4: error: 'weight' belongs to influences; 'reports-to' has none (add an influence row from the manager to the report instead)

        """)
  }

  @Test func unknownStakeholderSuggestsAnID() {
    let result = Self.read(Self.people, relations: "from,to\nann,bb\n")
    #expect(Self.rendered(result) == "links.csv:2:2: error: unknown stakeholder 'bb'; did you mean 'b'?\n")
  }

  @Test func optionsGiveTitleGoalAndPointOfView() throws {
    let result = Self.read(Self.people, options: .init(title: "T", goal: "G", me: "Bob"))
    #expect(result.isValid)
    #expect(result.map.title == "T" && result.map.goal == "G" && result.map.me == "b")
    let wrong = Self.read(Self.people, options: .init(me: "zoe"))
    #expect(
      Self.rendered(wrong) == "people.csv:1:1: error: the point of view 'zoe' is not a stakeholder in this sheet\n")
  }

  @Test func importedMapChecksWhenPrinted() throws {
    let result = Self.read(
      "name,department,power,interest,note\n\"Ann \"\"A\"\" Lee\",R&D / Labs,5,5,\"multi\nline\"\n",
      relations: "from,to\n\"Ann \"\"A\"\" Lee\",ann_a_lee\n")
    #expect(result.isValid)
    #expect(
      Self.rendered(result)
        == "links.csv:2:1: warning: 'ann_a_lee' influences itself; a relation of a stakeholder to itself is ignored\n")
    let text = StakeMapPrinter.print(result.map)
    let parsed = StakeMapParser.parse(text, fileName: "out.stakes")
    #expect(parsed.diagnostics.isEmpty, "\(parsed.diagnostics)")
    #expect(parsed.map.stakeholders == result.map.stakeholders)
    #expect(result.map.domains.map(\.id) == ["r_d", "labs"])
  }
}
