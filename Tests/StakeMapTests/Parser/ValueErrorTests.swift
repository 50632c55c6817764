import StakeMap
import Testing

/// Values out of range and values of the wrong type: reported where the value starts.
@Suite struct ValueErrorTests {
  /// Lines that each hold one value out of range, with where it starts.
  static let outOfRange: [(line: String, column: Int, message: String)] = [
    ("stakeholder cat interest=5 power=11", 34, "11 is out of range for 'power': it takes 0 to 10"),
    ("stakeholder cat power=5 interest=-1", 34, "-1 is out of range for 'interest': it takes 0 to 10"),
    ("stakeholder cat power=5 interest=10.5", 34, "10.5 is out of range for 'interest': it takes 0 to 10"),
    ("stakeholder cat power=5 interest=5 stance=3", 43, "3 is out of range for 'stance': it takes -2 to 2"),
    ("stakeholder cat power=5 interest=5 stance=-2.5", 43, "-2.5 is out of range for 'stance': it takes -2 to 2"),
    ("stakeholder cat power=5 interest=5 openness=1.5", 45, "1.5 is out of range for 'openness': it takes 0 to 1"),
    ("stakeholder cat power=5 interest=5 openness=-0.1", 45, "-0.1 is out of range for 'openness': it takes 0 to 1"),
    (
      "stakeholder cat power=5 interest=5 legitimacy=12", 47,
      "12 is out of range for 'legitimacy': it takes 0 to 10"
    ),
    ("stakeholder cat power=5 interest=5 urgency=-3", 44, "-3 is out of range for 'urgency': it takes 0 to 10"),
    ("ann -> bob weight=1.5", 19, "1.5 is out of range for 'weight': it takes 0 to 1"),
    ("ann -> bob 2", 12, "2 is out of range for 'weight': it takes 0 to 1"),
    ("ann influences bob -0.5", 20, "-0.5 is out of range for 'weight': it takes 0 to 1"),
    ("thresholds power=11", 18, "11 is out of range for 'power': it takes 0 to 10"),
    ("thresholds interest=-1", 21, "-1 is out of range for 'interest': it takes 0 to 10"),
    ("thresholds salience=10.01", 21, "10.01 is out of range for 'salience': it takes 0 to 10"),
  ]

  @Test(arguments: outOfRange)
  func valueOutOfRange(line: String, column: Int, message: String) {
    let text = lines(
      "stakeholder bob power=5 interest=5",
      line,
      "stakeholder ann power=5 interest=5")
    #expect(diagnose(text).filter { $0.severity == .error } == [.error(2, column, message)])
  }

  @Test func boundsAreInRange() {
    let map = validMap(
      lines(
        "thresholds power=0 interest=10 salience=10",
        "stakeholder a power=0 interest=10 stance=-2 openness=0 legitimacy=0 urgency=10",
        "stakeholder b power=10 interest=0 stance=2 openness=1 legitimacy=10 urgency=0",
        "a -> b 0",
        "b -> a weight=1"))
    #expect(map.stakeholders.map(\.power) == [0, 10])
    #expect(map.stakeholders.map(\.stance) == [-2, 2])
    #expect(map.stakeholders.map(\.openness) == [0, 1])
    #expect(map.relations.map(\.weight) == [0, 1])
    #expect(map.thresholds == Thresholds(power: 0, interest: 10, salience: 10))
  }

  /// Lines that each hold one value of the wrong type (or an unknown word), with where
  /// the value starts.
  static let wrongType: [(line: String, column: Int, message: String)] = [
    (
      "stakeholder cat interest=5 power=\"high\"", 34,
      "'power' takes a number from 0 to 10 (or low, medium, high), not a string"
    ),
    (
      "stakeholder cat power=5 interest=[a]", 34,
      "'interest' takes a number from 0 to 10 (or low, medium, high), not a list"
    ),
    ("stakeholder cat interest=5 power=hihg", 34, "'hihg' is not a level for 'power'; did you mean 'high'?"),
    (
      "stakeholder cat interest=5 power=huge", 34,
      "'huge' is not a level for 'power'; use a number from 0 to 10, or low, medium or high"
    ),
    (
      "stakeholder cat power=5 interest=5 stance=\"x\"", 43,
      "'stance' takes a word such as supportive or a number from -2 to 2, not a string"
    ),
    (
      "stakeholder cat power=5 interest=5 stance=suportive", 43,
      "'suportive' is not a stance; did you mean 'supportive'?"
    ),
    (
      "stakeholder cat power=5 interest=5 openness=low", 45, "'openness' takes a number from 0 to 1, not the word 'low'"
    ),
    (
      "stakeholder cat power=5 interest=5 legitimacy=high", 47,
      "'legitimacy' takes a number from 0 to 10, not the word 'high'"
    ),
    ("stakeholder cat power=5 interest=5 urgency=\"9\"", 44, "'urgency' takes a number from 0 to 10, not a string"),
    ("stakeholder cat power=5 interest=5 kind=team", 41, "'team' is not a kind; use person or group"),
    ("stakeholder cat power=5 interest=5 kind=3", 41, "'kind' takes person or group, not a number"),
    ("stakeholder cat power=5 interest=5 role=5", 41, "'role' takes a string in double quotes, not a number"),
    (
      "stakeholder cat power=5 interest=5 goals=3", 42,
      "'goals' takes a list such as [cost, \"time to market\"], not a number"
    ),
    (
      "stakeholder cat power=5 interest=5 tags=a -> b", 41,
      "'tags' takes a list such as [cost, \"time to market\"], not a transition"
    ),
    (
      "stakeholder cat power=5 interest=5 engagement=5", 47,
      "'engagement' takes a level or 'current -> desired', such as resistant -> supportive, not a number"
    ),
    (
      "stakeholder cat power=5 interest=5 engagement=unawre", 47,
      "'unawre' is not an engagement level; did you mean 'unaware'?"
    ),
    (
      "stakeholder cat power=5 interest=5 engagement=unaware ->  winning", 59,
      "'winning' is not an engagement level; use unaware, resistant, neutral, supportive or leading"
    ),
    (
      "stakeholder cat power=5 interest=5 engagement=unawar->leading", 47,
      "'unawar' is not an engagement level; did you mean 'unaware'?"
    ),
    ("stakeholder cat power=5 interest=5 note=[a]", 41, "'note' takes a string in double quotes, not a list"),
    ("ann -> bob weight=\"x\"", 19, "'weight' takes a number from 0 to 1, not a string"),
    ("ann depends-on bob topic=3", 26, "'topic' takes a string in double quotes, not a number"),
    ("ann depends-on bob 3", 20, "unexpected a number here: a bare string after 'depends-on' is its topic"),
    ("ann -> bob \"x\"", 12, "unexpected a string here: a bare number after an influence is its weight"),
    (
      "ann allied-with bob \"x\"", 21,
      "unexpected a string here: 'allied-with' takes no bare value; use topic=\"…\" or note=\"…\""
    ),
    (
      "ann reports-to bob weight=0.5", 20,
      "'weight' belongs to influences; 'reports-to' has none (declare the influence, e.g. 'boss -> report weight=0.8')"
    ),
    ("thresholds power=high", 18, "'power' takes a number from 0 to 10, not the word 'high'"),
    (
      "title 5", 7,
      "expected a string after 'title' (the map's title, in double quotes), found the number 5"
    ),
    ("goal ann", 6, "expected a string after 'goal' (the goal, in double quotes), found 'ann'"),
    ("me \"ann\"", 4, "expected the id of the stakeholder who is you after 'me', found a string"),
    (
      "stakeholder cat power 5", 23, "expected '=' after 'power' (attributes are written key=value), found the number 5"
    ),
  ]

  @Test func bothLevelsOfATransitionAreReportedWhereTheyAre() {
    let text = lines("stakeholder a power=1 interest=1 engagement=resistnt -> leadng")
    #expect(
      diagnose(text) == [
        .error(1, 45, "'resistnt' is not an engagement level; did you mean 'resistant'?"),
        .error(1, 57, "'leadng' is not an engagement level; did you mean 'leading'?"),
      ])
  }

  @Test(arguments: wrongType)
  func valueOfTheWrongType(line: String, column: Int, message: String) {
    let text = lines(
      "stakeholder bob power=5 interest=5",
      line,
      "stakeholder ann power=5 interest=5")
    let errors = diagnose(text).filter { $0.severity == .error }
    #expect(errors == [.error(2, column, message)])
  }
}
