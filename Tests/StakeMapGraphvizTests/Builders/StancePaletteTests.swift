import Foundation
import Testing

@testable import StakeMapGraphviz

/// Stance colours: ColorBrewer's 5-class PuOr, interpolated between its stops, with a
/// text colour that stays readable on every fill.
@Suite struct StancePaletteTests {
  /// ColorBrewer PuOr, 5 classes (colorbrewer2.org), from orange to purple.
  static let puOr5 = ["#e66101", "#fdb863", "#f7f7f7", "#b2abd2", "#5e3c99"]

  @Test func theStopsAreColorBrewersPuOr() {
    #expect(StancePalette.stops.map(\.hex) == Self.puOr5)
    #expect(StancePalette.stops.map(\.stance) == [-2, -1, 0, 1, 2])
    for (stance, hex) in zip([-2.0, -1, 0, 1, 2], Self.puOr5) {
      #expect(StancePalette.fill(stance) == hex, "\(stance)")
    }
  }

  @Test func stancesOutsideTheScaleTakeTheEndColours() {
    #expect(StancePalette.fill(-7) == "#e66101")
    #expect(StancePalette.fill(-2.0001) == "#e66101")
    #expect(StancePalette.fill(2.5) == "#5e3c99")
    #expect(StancePalette.fill(.infinity) == "#5e3c99")
  }

  /// Each channel mixed linearly and rounded, e.g. halfway between #e66101 and #fdb863:
  /// (230+253)/2 = 241.5 → f2, (97+184)/2 = 140.5 → 8d, (1+99)/2 = 50 → 32.
  @Test(arguments: [
    (-1.5, "#f28d32"),
    (-0.5, "#fad8ad"),
    (0.5, "#d5d1e5"),
    (1.75, "#7358a7"),
    (0.25, "#e6e4ee"),
  ])
  func betweenStopsTheColourIsInterpolated(stance: Double, hex: String) {
    #expect(StancePalette.fill(stance) == hex)
  }

  @Test func everyFillIsASevenCharacterLowercaseHexColour() {
    for k in -25...25 {
      let hex = StancePalette.fill(Double(k) / 10)
      #expect(hex.wholeMatch(of: /#[0-9a-f]{6}/) != nil, "\(hex)")
    }
  }

  @Test func textIsWhiteOnTheDarkEndsAndDarkInTheMiddle() {
    #expect(StancePalette.text(-2) == "#ffffff")
    #expect(StancePalette.text(2) == "#ffffff")
    for stance in [-1.0, -0.5, 0, 0.5, 1] {
      #expect(StancePalette.text(stance) == "#1a1a1a", "\(stance)")
    }
  }

  /// WCAG 2 contrast of the chosen text colour on its fill is at least 3:1 (AA for large
  /// or bold text) everywhere on the scale.
  @Test func theTextColourKeepsAtLeastThreeToOneContrast() {
    func luminance(_ hex: String) -> Double {
      let c = StancePalette.rgb(hex).map { v -> Double in
        let s = Double(v) / 255
        return s <= 0.03928 ? s / 12.92 : pow((s + 0.055) / 1.055, 2.4)
      }
      return 0.2126 * c[0] + 0.7152 * c[1] + 0.0722 * c[2]
    }
    for k in -20...20 {
      let stance = Double(k) / 10
      let (a, b) = (luminance(StancePalette.fill(stance)), luminance(StancePalette.text(stance)))
      let ratio = (max(a, b) + 0.05) / (min(a, b) + 0.05)
      #expect(ratio >= 3, "stance \(stance): \(ratio)")
    }
  }
}
