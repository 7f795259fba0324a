import Foundation
import Testing
@testable import GongkaiCore

/// 公示 with an end (README “公示期”): the 公示期 in the metadata box, the banner while it runs,
/// and the withdrawal after the end plus the grace days, leaving nothing of it in the output.
@Suite("公示期")
struct PublicityTests {
    static let period = "2025-03-01至2025-03-07"
    static let phrase = "拟聘用王小明、李红梅为村级后备干部"

    @Test("the 公示期 is read from text or a list, and a bad one is an error", arguments: [
        ("2025-03-01至2025-03-07", PublicityPeriod(start: Day(iso: "2025-03-01")!, end: Day(iso: "2025-03-07")!)),
        ("2025年3月1日至2025年3月7日", PublicityPeriod(start: Day(iso: "2025-03-01")!, end: Day(iso: "2025-03-07")!)),
        ("[2025-03-01, 2025-03-07]", PublicityPeriod(start: Day(iso: "2025-03-01")!, end: Day(iso: "2025-03-07")!)),
        ("2025-03-01", PublicityPeriod(start: Day(iso: "2025-03-01")!, end: nil)),
    ])
    func parsing(text: String, expected: PublicityPeriod) throws {
        let site = try clockSite([publicity(1, period: text)], today: "2025-03-02")
        #expect(site.documents[site.index(1)].publicity == expected)
    }

    @Test("an unreadable or reversed 公示期 is an error at the value", arguments: ["下周一至下周五", "2025-03-07至2025-03-01"])
    func invalidPeriod(text: String) throws {
        let site = try TestSite(files: Dictionary(uniqueKeysWithValues: [publicity(1, period: text)]), config: clockConfig())
        defer { site.remove() }
        let (_, report) = site.load { $0.today = Day(iso: "2025-03-02") }
        let d = try #require(report.diagnostic("publicity.period-invalid"))
        #expect(d.severity == .error && d.line == 5)
    }

    @Test("while it runs the page has a banner and the 公示期 in the metadata box; before and after it no banner", arguments: [
        ("2025-02-28", false), ("2025-03-01", true), ("2025-03-07", true),
    ])
    func banner(today: String, shown: Bool) throws {
        let (site, report) = try builtClockSite([publicity(1, period: Self.period, published: "2025-02-28")], today: today)
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try #require(site.read("gsgg/g1.html"))
        #expect(page.contains("<dt>公示期</dt><dd>2025年3月1日至2025年3月7日</dd>"))
        #expect(page.contains("本公示正在公示期内（2025年3月1日至2025年3月7日）。") == shown)
        #expect(page.contains(Self.phrase))
    }

    @Test("the 公示 is withdrawn the day after its end plus the grace days", arguments: [
        ("2025-03-07", 0, false), ("2025-03-08", 0, true), ("2025-03-10", 3, false), ("2025-03-11", 3, true),
    ])
    func withdrawalDay(today: String, grace: Int, withdrawn: Bool) throws {
        let site = try clockSite([publicity(1, period: Self.period)], today: today, config: clockConfig("\"publicity\": { \"grace_days\": \(grace) }"))
        #expect(site.withdrawn.map(\.document.sourcePath) == (withdrawn ? ["content/gsgg/g1.md"] : []))
        #expect(site.documentIndexByNumber[number(1)] == (withdrawn ? nil : 0))
    }

    /// Every file of the output that contains `text`, as UTF-8 bytes.
    static func files(containing text: String, in site: TestSite) -> [String] {
        let needle = Data(text.utf8)
        return site.snapshot().filter { $0.value.range(of: needle) != nil }.keys.sorted()
    }

    static let files: [(String, String)] = {
        var g = publicity(1, period: period, "附件: files/名单.csv")
        g.1 = g.1.replacingOccurrences(of: "title: 拟聘用人员名单公示", with: "title: 关于拟聘用王小明等人员的公示")
        return [g, ("content/gsgg/files/名单.csv", "姓名,村\n王小明,东村\n李红梅,西村\n"),
                ("content/gsgg/n2.md", document(2, title: "其他公告", published: "2025-03-02", body: "见[公示](g1.md)。"))]
    }()

    @Test("a withdrawn 公示 leaves no byte of its body, title or attachment in any output file")
    func noTrace() throws {
        let (running, runningReport) = try builtClockSite(Self.files, today: "2025-03-07")
        defer { running.remove() }
        #expect(runningReport.succeeded, "\(runningReport.diagnostics.map(\.formatted))")
        // The control: while the 公示 runs, its words are in the page, the search files and the feeds.
        let before = Self.files(containing: "王小明", in: running)
        #expect(before.contains("gsgg/g1.html") && before.contains("feed.xml") && before.contains { $0.hasPrefix("search/") } && before.contains("gsgg/files/名单.csv"),
                "\(before)")

        let (site, report) = try builtClockSite(Self.files, today: "2025-03-08")
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        for text in [Self.phrase, "王小明", "李红梅", "拟聘用"] {
            #expect(Self.files(containing: text, in: site).isEmpty, "\(text) remains in \(Self.files(containing: text, in: site))")
        }
        // The search shards hold terms by their bytes; none of the 公示's may remain either.
        let page = try #require(site.read("gsgg/g1.html"))
        #expect(page.contains("本公示已于 2025年3月7日 期满，依法不再公开。"))
        #expect(site.read("gsgg/files/名单.csv") == nil)
        #expect(!(try #require(site.read("sitemap.xml"))).contains("gsgg/g1.html"))
        #expect(!(try #require(site.read("gsgg/index.html"))).contains("gsgg/g1.html"))
        #expect(try #require(site.read("gsgg/n2.html")).contains("href=\"/xxgk/gsgg/g1.html\""), "a link to it still leads to the notice")
        #expect(report.withdrawn.map(\.path) == ["content/gsgg/g1.md"])
        #expect(report.withdrawn.first?.detail == "公示期至 2025-03-07")
    }

    @Test("a withdrawn 公示 still counts in the year's statistics")
    func statistics() throws {
        let site = try clockSite([publicity(1, period: Self.period)], today: "2025-06-30")
        #expect(YearStatistics(site: site, year: 2025).published.count == 1)
    }

    @Test("a 公示 with 公开理由 but no end date is a warning", arguments: [
        (Optional("2025-03-01"), "公开理由: 依据《事业单位公开招聘人员暂行规定》公示", true),
        (nil, "公开理由: 依据《事业单位公开招聘人员暂行规定》公示", true),     // the title says 公示
        (Optional(period), "公开理由: 依据《事业单位公开招聘人员暂行规定》公示", false),
        (Optional("2025-03-01"), "", false),
    ])
    func noEnd(period: String?, extra: String, fires: Bool) throws {
        let found = try lifecycleFindings(of: PublicityChecker(), [publicity(1, period: period, extra)], today: "2025-03-02", config: clockConfig())
        #expect(found.contains { $0.id == "publicity.no-end" && $0.severity == .warning } == fires)
    }

    @Test("a document that is no 公示 is not warned about", arguments: ["关于拟聘用人员的通知"])
    func notPublicity(title: String) throws {
        let file = ("content/gsgg/g1.md", document(1, title: title, "公开理由: 依法公开"))
        #expect(try lifecycleFindings(of: PublicityChecker(), [file], config: clockConfig()).isEmpty)
    }
}

/// The 栏目不更新 check still counts a withdrawn 公示 as its column's update.
@Suite("公示期 and freshness")
struct PublicityFreshnessTests {
    @Test("a withdrawn 公示 keeps its column fresh, as it did while it was online", arguments: [
        ("2025-04-20", false), ("2025-10-01", true),
    ])
    func withdrawnCountsAsUpdate(today: String, stale: Bool) throws {
        let config = clockConfig().replacingOccurrences(of: "{ \"id\": \"gsgg\", \"title\": \"公示公告\" }", with: "{ \"id\": \"gsgg\", \"title\": \"公示公告\", \"fresh_days\": 60 }")
        let found = try lifecycleFindings(of: FreshnessChecker(), [publicity(1, period: "2025-03-01至2025-03-07"), ("content/gsgg/old.md", document(2, title: "较早的公告", published: "2024-12-01"))],
                                       today: today, config: config)
        #expect(found.contains { $0.id == "node.stale" && $0.message.contains("gsgg") } == stale)
    }
}
