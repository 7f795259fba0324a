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

    /// `blocks` with no heading more than one level below the heading before it: a 公文 that
    /// goes from （一） straight to （1） (its `1.` items being sentences, not headings) gets
    /// （1） one level below （一）, so the page's outline does not skip a level, which screen
    /// readers announce and the accessibility check warns about. The first heading may be
    /// at the first configured level.
    func closingGaps(_ blocks: [ImportBlock]) -> [ImportBlock] {
        var previous = (levels.first ?? 2) - 1
        return blocks.map { block in
            guard case .heading(let level, let text) = block else { return block }
            let closed = min(level, previous + 1)
            previous = closed
            return .heading(level: closed, text: text)
        }
    }
}
