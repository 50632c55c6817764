import Testing

@testable import StakeMapGraphviz

/// The escaping rules of DOTText, string by string.
@Suite struct DOTTextTests {
  @Test(arguments: [
    ("plain", #""plain""#),
    ("", #""""#),
    (#"say "hi""#, #""say \"hi\"""#),
    (#"C:\temp\new"#, #""C:\\temp\\new""#),
    (#"\N \G \l \r \n"#, #""\\N \\G \\l \\r \\n""#),
    (#"ends with \"#, #""ends with \\""#),
    ("two\nlines", #""two\nlines""#),
    ("dos\r\nline", #""dos\nline""#),
    ("old\rmac", #""old\nmac""#),
    ("blank\n\nline", #""blank\n\nline""#),
    ("tab\there", "\"tab\there\""),
    ("bell\u{7}nul\u{0}esc\u{1B}", #""bell nul esc ""#),
    ("Ünïcødé — ✓", #""Ünïcødé — ✓""#),
  ])
  func quoted(input: String, expected: String) {
    #expect(DOTText.quoted(input) == expected)
  }

  @Test(arguments: [
    ("plain", "plain"),
    ("R&D <b>\"it's\"</b>", "R&amp;D &lt;b&gt;&quot;it&#39;s&quot;&lt;/b&gt;"),
    ("&amp;", "&amp;amp;"),
    (#"\N and C:\new"#, #"\\N and C:\\new"#),
    ("two\nlines\ttab", "two\nlines\ttab"),
    ("nul\u{0}bell\u{7}", "nul bell "),
  ])
  func html(input: String, expected: String) {
    #expect(DOTText.html(input) == expected)
  }

  /// Whatever the text, the quoted form is one DOT string: it opens and closes with the only
  /// unescaped quotes, and holds no raw line break.
  @Test func aQuotedStringCannotBeLeftEarly() {
    let nasty = ["\"", "\\", "\\\"", "\"\\", "a\\\"];x[", "\n\"", "\\\n"]
    for text in nasty {
      let quoted = DOTText.quoted(text)
      #expect(quoted.first == "\"" && quoted.last == "\"")
      #expect(!quoted.contains("\n") && !quoted.contains("\r"))
      var escaped = false
      var unescapedQuotes = 0
      for character in quoted {
        if escaped {
          escaped = false
        } else if character == "\\" {
          escaped = true
        } else if character == "\"" {
          unescapedQuotes += 1
        }
      }
      #expect(unescapedQuotes == 2, "\(quoted)")
      #expect(!escaped, "\(quoted)")
    }
  }
}
