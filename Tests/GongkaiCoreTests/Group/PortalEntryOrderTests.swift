import Testing
@testable import GongkaiCore

@Suite("the portal's newest documents")
struct PortalEntryOrderTests {
    /// Entries of three members over a few days, some timed, with ties on every key but the last.
    private static func entries() -> [PortalEntry] {
        var entries: [PortalEntry] = []
        var generator = SystemRandomNumberGenerator()
        for n in 0..<120 {
            let day = Day(year: 2025, month: 3, day: 1 + Int.random(in: 0..<4, using: &generator))!
            let minutes: Int? = Bool.random(using: &generator) ? nil : Int.random(in: 0..<3, using: &generator) * 600
            entries.append(PortalEntry(title: "文件\(n)", href: "/m/\(n).html", absoluteURL: "https://example.gov.cn/m/\(n).html",
                                       published: DocumentDate(day: day, minutes: minutes), publisher: "机构", summary: "",
                                       interpretationForm: nil, memberIndex: n % 3, documentIndex: n / 3))
        }
        return entries.shuffled(using: &generator)
    }

    @Test("the newest entries are the first of all entries sorted newest first, then by member and document", arguments: [0, 1, 6, 10, 50, 120, 500])
    func newestAsSorted(limit: Int) {
        let entries = Self.entries()
        let newest = PortalEntry.newest(entries, limit: limit)
        #expect(newest == Array(entries.sorted(by: PortalEntry.newestFirst).prefix(limit)))
        #expect(newest.count == min(limit, entries.count))
    }

    @Test("on one date and time, group.json order comes first, then the member's own order")
    func ties() {
        let date = DocumentDate(day: Day(year: 2025, month: 3, day: 1)!)
        func entry(_ member: Int, _ document: Int) -> PortalEntry {
            PortalEntry(title: "\(member)-\(document)", href: "", absoluteURL: "", published: date, publisher: "", summary: "",
                        interpretationForm: nil, memberIndex: member, documentIndex: document)
        }
        let newest = PortalEntry.newest([entry(2, 0), entry(1, 5), entry(1, 2), entry(0, 9)], limit: 3)
        #expect(newest.map(\.title) == ["0-9", "1-2", "1-5"])
    }
}
