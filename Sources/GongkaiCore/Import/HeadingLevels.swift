import Foundation

/// Which Markdown heading level each of the four 公文 heading levels becomes
/// (`gongkai import --heading-levels`). The default `2,3,4,5` leaves `#` to the page title.
public struct HeadingLevels: Sendable, Hashable {
    public var levels: [Int]

    public static let standard = HeadingLevels(levels: [2, 3, 4, 5])

    public init(levels: [Int]) {
        self.levels = levels
    }

    /// Parses `2,3,4,5` (four numbers 1…6, `，` accepted); nil when it is not that.
    public init?(parsing text: String) {
        let parts = text.split(whereSeparator: { $0 == "," || $0 == "，" }).map { Int($0.trimmingCharacters(in: .whitespaces)) }
        guard parts.count == 4, parts.allSatisfy({ $0.map { (1...6).contains($0) } ?? false }) else { return nil }
        levels = parts.compactMap { $0 }
    }

    /// The Markdown level of 公文 level `level` (1…4).
    func markdownLevel(_ level: Int) -> Int {
        levels[max(0, min(levels.count - 1, level - 1))]
    }
}
