import StakeMap

/// Colours for stance: ColorBrewer's PuOr diverging scheme (orange for opposition,
/// purple for support), which stays distinct for the common forms of colour blindness
/// and in greyscale.
public enum StancePalette {
  /// The five stops, from opposed (−2) to champion (+2).
  public static let stops: [(stance: Double, hex: String)] = [
    (-2, "#e66101"), (-1, "#fdb863"), (0, "#f7f7f7"), (1, "#b2abd2"), (2, "#5e3c99"),
  ]

  /// The fill colour of a stance on −2…+2, interpolated between the stops.
  public static func fill(_ stance: Double) -> String {
    let x = max(-2, min(2, stance))
    let lower = min(3, Int((x + 2).rounded(.down)))
    let t = x + 2 - Double(lower)
    let a = rgb(stops[lower].hex)
    let b = rgb(stops[lower + 1].hex)
    func mix(_ i: Int) -> Int { Int((Double(a[i]) * (1 - t) + Double(b[i]) * t).rounded()) }
    return hex(mix(0), mix(1), mix(2))
  }

  /// Black or white, whichever reads better on `fill(stance)`.
  public static func text(_ stance: Double) -> String {
    let c = rgb(fill(stance))
    let luminance = 0.299 * Double(c[0]) + 0.587 * Double(c[1]) + 0.114 * Double(c[2])
    return luminance < 140 ? "#ffffff" : "#1a1a1a"
  }

  static func rgb(_ hex: String) -> [Int] {
    let digits = Array(hex.dropFirst())
    return stride(from: 0, to: 6, by: 2).map { Int(String(digits[$0...($0 + 1)]), radix: 16) ?? 0 }
  }

  static func hex(_ r: Int, _ g: Int, _ b: Int) -> String {
    "#"
      + [r, g, b].map { c in
        let s = String(max(0, min(255, c)), radix: 16)
        return s.count == 1 ? "0" + s : s
      }.joined()
  }
}
