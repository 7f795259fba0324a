import Foundation
import Testing
@testable import GongkaiCore

/// The minimal test site with a 意见征集 column (`yjzj`) and a 公示公告 column (`gsgg`), plus
/// `members` spliced into site.json.
func clockConfig(_ members: String = "") -> String {
    let base = TestSite.minimalConfig.replacingOccurrences(of: "{ \"id\": \"gzdt\", \"title\": \"工作动态\" },", with: """
        { "id": "gzdt", "title": "工作动态" },
            { "id": "yjzj", "title": "意见征集", "kind": "consultations" },
            { "id": "gsgg", "title": "公示公告" },
        """)
    guard !members.isEmpty else { return base }
    let end = base.lastIndex(of: "}")!
    return String(base[..<end]) + ",\n  " + members + "\n}"
}

/// A consultation with serial `n`, window `start`…`end`, published on `published` (default `start`).
func consultation(_ n: Int, _ start: String, _ end: String, published: String? = nil, title: String = "关于《测试镇村规民约（征求意见稿）》公开征求意见的公告", _ extra: String = "") -> (String, String) {
    ("content/yjzj/c\(n).md", document(n, title: title, published: published ?? start, "征集开始: \(start)\n征集截止: \(end)" + (extra.isEmpty ? "" : "\n" + extra)))
}

/// A 采纳情况 with serial `n` reporting on the consultation with serial `of`.
func feedback(_ n: Int, of consultation: Int, published: String, node: String = "yjzj") -> (String, String) {
    ("content/\(node)/f\(n).md", document(n, title: "关于村规民约征求意见采纳情况的说明", published: published, "采纳情况: \(number(consultation))"))
}

/// A 公示 with serial `n` in 公示公告, with `period` and a body naming people.
func publicity(_ n: Int, period: String?, published: String = "2025-03-01", _ extra: String = "", body: String = "经考察，拟聘用王小明、李红梅为村级后备干部，特此公示。") -> (String, String) {
    ("content/gsgg/g\(n).md", document(n, title: "拟聘用人员名单公示", published: published, (period.map { "公示期: \($0)" } ?? "") + (extra.isEmpty ? "" : "\n" + extra), body: body))
}

/// The site of `files` loaded on `today`.
func clockSite(_ files: [(String, String)], today: String, config: String = clockConfig()) throws -> Site {
    try lifecycleSite(Dictionary(uniqueKeysWithValues: files), today: today, config: config)
}

/// The site built on `today` into its output folder; the caller removes it.
func builtClockSite(_ files: [(String, String)], today: String, config: String = clockConfig()) throws -> (TestSite, BuildReport) {
    let site = try TestSite(files: Dictionary(uniqueKeysWithValues: files), config: config)
    let report = site.build { $0.today = Day(iso: today) }
    return (site, report)
}

/// What ``ConsultationChecker`` finds on the clock test site of `files` on `today`.
func consultationFindings(_ files: [(String, String)], today: String = "2025-03-10", config: String = clockConfig()) throws -> [Diagnostic] {
    try lifecycleFindings(of: ConsultationChecker(), files, today: today, config: config)
}
