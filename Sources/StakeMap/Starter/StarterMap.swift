/// The starter map `stakemap init` writes: a small, commented, valid map a new
/// manager can fill in. It says whom to put in, what power, interest, stance,
/// openness and engagement mean, and shows each kind of relation once, with
/// placeholder people (you, your manager, a tech lead, a peer, finance, security and
/// a customer group) in three domains.
///
/// The text is in canonical form (`stakemap fmt --check` passes) and checks with no
/// errors or warnings.
public enum StarterMap {
  /// The default title.
  public static let defaultTitle = "Our initiative"
  /// The default goal.
  public static let defaultGoal = "What we want to achieve, and by when"

  /// The starter text.
  ///
  /// - Parameters:
  ///   - fileName: the name the comments use in example commands.
  ///   - title: the map's title.
  ///   - goal: the goal every stance is measured against.
  public static func text(
    fileName: String = "team.stakes", title: String = defaultTitle, goal: String = defaultGoal
  ) -> String {
    let file = fileName.replacingOccurrences(of: "\n", with: " ")
    return """
      # A stakeholder map: who matters to your goal, where they stand today, and who
      # listens to whom. Replace the examples below with your own people, then run
      #
      #   stakemap check \(file)
      #   stakemap analyze \(file)
      #   stakemap render grid \(file) -o grid.svg
      #
      # check finds mistakes, with line numbers; analyze gives quadrants, alignment,
      # conflicts and the allies to win first; render draws the power/interest grid.
      # Keep the file in git and review it weekly: stakemap diff shows what changed.
      #
      # Who to put in: anyone who can help or block the goal, or who will feel its
      # effects. Your manager and theirs; peers whose teams you depend on; whoever holds
      # budget or sign-off (finance, security, legal); your own leads; the customers or
      # partners the change touches. Start with 8 to 15. A team or committee can be one
      # stakeholder with kind=group.

      title \(SyntaxPrinter.quoted(title))  # a short name for the map
      goal \(SyntaxPrinter.quoted(goal))  # every stance is measured against this
      me you  # your own id (below): allies and paths start here

      # The numbers, 0 to 10 (or low = 2, medium = 5, high = 8):
      #   power     how much they can change the outcome: budget, sign-off, veto, people
      #   interest  how much the outcome affects them, or how much they care
      # Power and interest both 5 or more: manage closely. Power only: keep satisfied.
      # Interest only: keep informed. Neither: monitor. (Change the 5s with a line such
      # as: thresholds power=6 interest=5)
      #
      # stance: where they stand on the goal today, from -2 to +2, or in words:
      #   opposed (-2), resistant (-1), neutral (0), supportive (+1), champion (+2)
      # openness: 0 to 1 (default 0.5), how much the people they listen to move them.
      # engagement: where they are now -> where you need them: unaware, resistant,
      #   neutral, supportive or leading.
      # goals: what they care about, in your words; shared goals are common ground.

      # A domain is a department, team or outside party; domains nest.
      domain eng "Engineering" {
        stakeholder you "Your Name" role="Engineering Manager" power=4 interest=10 stance=champion
        stakeholder manager "Your Manager" {
          role     = "Director of Engineering"
          power    = 7
          interest = 7
          stance   = supportive
          goals    = [delivery, hiring]
        }
        stakeholder lead "Your Tech Lead" role="Tech lead" power=4 interest=8 stance=supportive goals=[quality]
        stakeholder peer "A Peer Manager" {
          role     = "Engineering Manager, Platform"
          power    = 5
          interest = 4
          stance   = neutral
          goals    = [reliability]
        }
      }

      domain finance "Finance" {
        stakeholder budget_owner "Finance Partner" {
          role       = "Finance business partner"
          power      = 6
          interest   = 3
          stance     = resistant
          engagement = resistant -> neutral  # now -> where you need them
          goals      = [cost]
        }
      }

      domain security "Security" {
        stakeholder security_lead "Security Lead" {
          role     = "Head of Security"
          power    = 8
          interest = 5
          stance   = neutral
          openness = 0.3
          note     = "Signs off releases that touch customer data"
        }
      }

      stakeholder customers "Key Customers" power=3 interest=8 stance=supportive kind=group goals=[reliability]

      # Relations name the ids above (in any order):
      #   A -> B 0.7                  A influences B; the weight is 0 to 1 (default 0.5)
      #   A depends-on B "what"       A needs something from B
      #   A conflicts-with B "topic"  a disagreement between A and B
      #   A allied-with B             they back each other
      #   A reports-to B              hierarchy; implies B -> A unless you write one
      you           reports-to manager
      lead          reports-to you
      manager       -> budget_owner 0.4
      security_lead -> manager 0.6
      you           -> peer 0.5
      customers     -> manager 0.3
      you           depends-on budget_owner "budget for a second team"
      you           depends-on security_lead "release sign-off"
      peer          depends-on lead "shared on-call rota"
      budget_owner  conflicts-with lead "cloud spend"
      lead          allied-with peer

      """
  }
}
