import Foundation
import Testing
@testable import GongkaiCore

/// A consultation's state on the build's today (README “意见征集”), at fixed days on both sides
/// of each edge of a 30-day window, 2025-03-01 to 2025-03-30.
@Suite("consultation states")
struct ConsultationStateTests {
    static let window = consultation(1, "2025-03-01", "2025-03-30", published: "2025-02-26")

    @Test("the state follows today across the window", arguments: [
        ("2025-02-28", ConsultationState.notStarted),
        ("2025-03-01", .open(remainingDays: 30)),
        ("2025-03-29", .open(remainingDays: 2)),
        ("2025-03-30", .open(remainingDays: 1)),
        ("2025-03-31", .ended),
        ("2025-06-30", .ended),
    ])
    func stateWithoutFeedback(today: String, expected: ConsultationState) throws {
        let site = try clockSite([Self.window], today: today)
        #expect(site.consultationStates[site.index(1)] == expected)
    }

    @Test("a published 采纳情况 makes an ended consultation 已反馈, and only once it is published", arguments: [
        ("2025-03-30", ConsultationState.open(remainingDays: 1)),
        ("2025-04-09", .ended),
        ("2025-04-10", .answered),
    ])
    func stateWithFeedback(today: String, expected: ConsultationState) throws {
        let site = try clockSite([Self.window, feedback(2, of: 1, published: "2025-04-10")], today: today)
        #expect(site.consultationStates[site.index(1)] == expected)
    }

    @Test("a 采纳情况 in another column counts too, and is not itself a consultation")
    func feedbackElsewhere() throws {
        let site = try clockSite([Self.window, feedback(2, of: 1, published: "2025-04-10", node: "gzdt")], today: "2025-04-10")
        #expect(site.consultationStates[site.index(1)] == .answered)
        #expect(site.consultationStates[site.index(2)] == nil)
        #expect(site.consultationLinks.consultationOfFeedback[site.index(2)] == site.index(1))
    }

    @Test("pages and lists show the state in words", arguments: [
        ("2025-02-28", "未开始"), ("2025-03-01", "征集中（剩余 30 天）"), ("2025-03-30", "征集中（剩余 1 天）"), ("2025-03-31", "已结束"),
    ])
    func statesInPages(today: String, text: String) throws {
        let (site, report) = try builtClockSite([Self.window], today: today)
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try #require(site.read("yjzj/c1.html"))
        #expect(page.contains("<span class=\"consultation-state\">\(text)</span>"))
        #expect(page.contains("<dt>征集状态</dt><dd>\(text)</dd>"))
        #expect(page.contains("2025年3月1日至2025年3月30日（共 30 天）"))
        let list = try #require(site.read("yjzj/index.html"))
        #expect(list.contains("<span class=\"clock-tag\">［\(text)］</span>"))
    }

    @Test("the page shows 已反馈 with links both ways between the consultation and its 采纳情况")
    func answeredPages() throws {
        let (site, report) = try builtClockSite([Self.window, feedback(2, of: 1, published: "2025-04-10")], today: "2025-04-10")
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let page = try #require(site.read("yjzj/c1.html"))
        #expect(page.contains("<span class=\"consultation-state\">已反馈</span>"))
        #expect(page.contains("意见采纳情况：<a href=\"/xxgk/yjzj/f2.html\">《关于村规民约征求意见采纳情况的说明》</a>"))
        let answer = try #require(site.read("yjzj/f2.html"))
        #expect(answer.contains("本文是以下征求意见的采纳情况：<a href=\"/xxgk/yjzj/c1.html\">"))
        #expect(!answer.contains("consultation-state"))
    }

    @Test("the decision links to the consultation and its 采纳情况, and they to it")
    func decisionLinks() throws {
        let decision = ("content/gzdt/d3.md", document(3, title: "测试镇村规民约", published: "2025-05-06"))
        let window = consultation(1, "2025-03-01", "2025-03-30", published: "2025-02-26", "决策文件: \(number(3))")
        let (site, report) = try builtClockSite([window, feedback(2, of: 1, published: "2025-04-10"), decision], today: "2025-05-06")
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let decisionLink = "决策文件：<a href=\"/xxgk/gzdt/d3.html\">《测试镇村规民约》</a>"
        #expect(try #require(site.read("yjzj/c1.html")).contains(decisionLink))
        #expect(try #require(site.read("yjzj/f2.html")).contains(decisionLink))
        let page = try #require(site.read("gzdt/d3.html"))
        #expect(page.contains("本决策此前公开征求意见：<a href=\"/xxgk/yjzj/c1.html\">"))
        #expect(page.contains("意见采纳情况：<a href=\"/xxgk/yjzj/f2.html\">"))
    }

    @Test("a consultation page states the build date and how to respond")
    func buildDateAndWays() throws {
        let window = consultation(1, "2025-03-01", "2025-03-30", "意见邮箱: yj@example.gov.cn\n通信地址: 测试镇人民路1号 党政办（邮编 353900）\n在线提交: https://yj.example.gov.cn/1")
        let (site, _) = try builtClockSite([window], today: "2025-03-10")
        defer { site.remove() }
        let page = try #require(site.read("yjzj/c1.html"))
        #expect(page.contains("本页生成于 2025年3月10日，征集状态按当天计算。"))
        #expect(page.contains("<a href=\"mailto:yj@example.gov.cn\">yj@example.gov.cn</a>"))
        #expect(page.contains("测试镇人民路1号 党政办（邮编 353900）"))
        #expect(page.contains("<a href=\"https://yj.example.gov.cn/1\">"))
        #expect(!(try #require(site.read("gzdt/index.html"))).contains("本页生成于"))
    }

    @Test("open consultations come first in their column and on the column home")
    func openFirst() throws {
        let files = [
            consultation(1, "2025-03-01", "2025-03-30", title: "较早的征求意见"),          // open on 03-20
            consultation(2, "2025-02-01", "2025-03-05", title: "已结束的征求意见", "缩短理由: 测试"), // ended, published later than 1? no: earlier
            consultation(3, "2025-03-25", "2025-04-30", published: "2025-03-15", title: "尚未开始的征求意见"),
        ]
        let (site, report) = try builtClockSite(files, today: "2025-03-20")
        defer { site.remove() }
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let list = try #require(site.read("yjzj/index.html"))
        let open = try #require(list.range(of: "较早的征求意见")).lowerBound
        let notStarted = try #require(list.range(of: "尚未开始的征求意见")).lowerBound
        #expect(open < notStarted, "the open consultation comes before the newer one not yet started")
        let home = try #require(site.read("index.html"))
        let section = try #require(home.range(of: "正在征集意见"))
        let latest = try #require(home.range(of: "最新公开"))
        #expect(section.lowerBound < latest.lowerBound)
        let openPart = home[section.upperBound..<latest.lowerBound]
        #expect(openPart.contains("较早的征求意见") && !openPart.contains("尚未开始的征求意见") && !openPart.contains("已结束的征求意见"))
    }

    @Test("without an open consultation the column home has no such section")
    func noOpenSection() throws {
        let (site, _) = try builtClockSite([Self.window], today: "2025-04-20")
        defer { site.remove() }
        #expect(!(try #require(site.read("index.html"))).contains("正在征集意见"))
    }
}
