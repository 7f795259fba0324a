import Foundation
import Testing
@testable import GongkaiCore

/// Every kind of defect the checks know, put into a copy of the example site: each is
/// reported at the right file, line and column in words an editor understands, errors
/// stop the build and leave the previous output byte for byte as it was.
@Suite("defects in a copy of the example site", .serialized)
struct ExampleSiteDefectTests {
    /// The day the example site is a snapshot of (scripts/build-example.sh builds it as of this day).
    static let today = Day(year: 2025, month: 11, day: 22)

    /// The example site (site.json and content/) already built once into `public/`.
    static let template: URL = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-example-template-\(UUID().uuidString)")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for item in ["site.json", "content"] {
            try! FileManager.default.copyItem(at: ExampleSite.root.appendingPathComponent(item), to: folder.appendingPathComponent(item))
        }
        var options = BuildOptions(siteFolder: folder)
        options.today = today
        let report = SiteBuilder.build(options)
        precondition(report.succeeded && report.wroteOutput, "\(report.diagnostics.map(\.formatted))")
        return folder
    }()

    static let news = "content/fdzdgknr/gzdt/2024-03-yiwu-zhishu.md"
    static let policy = "content/fdzdgknr/fgwj/gfxwj/2024-09-laji-fenlei-guiding.md"
    static let interpretation = "content/fdzdgknr/zcjd/2024-09-laji-fenlei-jiedu.md"
    static let budget = "content/fdzdgknr/czxx/2024-02-yusuan.md"
    static let report2024 = "content/xxgknb/2024-nianbao.md"
    static let report2025 = "content/xxgknb/2025-nianbao.md"
    static let regulation2025 = "content/fdzdgknr/fgwj/gfxwj/2025-03-jianfang-banfa.md"

    enum Edit: Sendable {
        case replace(String, String, String)
        case append(String, String)
        case write(String, String)
        case appendBytes(String, [UInt8])
        case linkOutside(String, String)
    }

    struct Defect: Sendable, CustomTestStringConvertible {
        var name: String
        var edits: [Edit]
        var id: String
        var severity: Diagnostic.Severity
        var file: String
        /// The diagnostic's line is the first line of `file` containing this text (nil: line 1);
        /// with `column`, its column is where the text starts.
        var marker: String?
        var column = false
        /// Text the message must contain.
        var says: String
        var testDescription: String { name }
    }

    static let newPolicy = "---\ntitle: 青山镇新的管理办法\nindex_no: \"00822061-4/2025-00099\"\npublished: 2025-11-03\n---\n正文。\n"

    static let defects: [Defect] = [
        Defect(name: "a mobile number in a body", edits: [.append(news, "\n如有疑问请联系王某，电话13812345678。\n")],
               id: "privacy.mobile", severity: .error, file: news, marker: "13812345678", column: true, says: "手机号码 138****5678"),
        Defect(name: "a resident ID in a title", edits: [.replace(news, "title: 青山镇开展2024年义务植树活动", "title: 青山镇开展2024年义务植树活动（联系人身份证350102198001011233）")],
               id: "privacy.resident-id", severity: .error, file: news, marker: "350102198001011233", column: true, says: "标题中有身份证号码 350102********1233"),
        Defect(name: "a bank card number in a body", edits: [.append(budget, "\n补贴发放账户 6222 0212 3456 7894。\n")],
               id: "privacy.bank-card", severity: .error, file: budget, marker: "6222 0212", column: true, says: "银行卡号 6222 **** **** 7894"),
        Defect(name: "YAML syntax", edits: [.replace(news, "title: 青山镇开展2024年义务植树活动", "title: 青山镇: 开展2024年义务植树活动")],
               id: "yaml.syntax", severity: .error, file: news, marker: "title: 青山镇:", says: "这里不能出现冒号"),
        Defect(name: "an unknown site.json key", edits: [.replace("site.json", "\"pagination\": 20", "\"paginaton\": 20")],
               id: "config.unknown-key", severity: .error, file: "site.json", marker: "\"paginaton\"", column: true, says: "未知的键 \"paginaton\""),
        Defect(name: "a missing title", edits: [.replace(news, "title: 青山镇开展2024年义务植树活动\n", "")],
               id: "field.missing", severity: .error, file: news, marker: nil, says: "缺少必填字段 标题（title）"),
        Defect(name: "a bad date", edits: [.replace(news, "published: 2024-03-12", "published: 2024-13-12")],
               id: "date.invalid", severity: .error, file: news, marker: "2024-13-12", column: true, says: "应为 2024-03-19、2024/3/19、2024.3.19 或 2024年3月19日"),
        Defect(name: "an unknown node folder", edits: [.write("content/fdzdgknr/gzdtt/a.md", newPolicy)],
               id: "node.unknown", severity: .error, file: "content/fdzdgknr/gzdtt/a.md", marker: nil, says: "content/fdzdgknr/gzdtt 不是公开目录中的栏目"),
        Defect(name: "an unknown topic", edits: [.replace(news, "topic: 农业、林业、水利/林业", "topic: 农业林业水利/林业")],
               id: "topic.unknown", severity: .error, file: news, marker: "农业林业水利", column: true, says: "不在主题分类表中"),
        Defect(name: "an unknown genre", edits: [.replace(policy, "体裁分类: 通知", "体裁分类: 通知书")],
               id: "genre.unknown", severity: .error, file: policy, marker: "通知书", column: true, says: "体裁分类 \"通知书\" 不是公文种类"),
        Defect(name: "an unknown status", edits: [.replace(news, "published: 2024-03-12", "published: 2024-03-12\nstatus: 作废")],
               id: "status.unknown", severity: .error, file: news, marker: "作废", column: true, says: "有效性 \"作废\" 无效"),
        Defect(name: "a duplicate 索引号", edits: [.replace(news, "00822061-4/2024-00007", "00822061-4/2024-00020")],
               id: "index-no.duplicate", severity: .error, file: news, marker: "index_no:", column: true, says: "\(policy) 与 \(news)"),
        Defect(name: "two documents with one URL", edits: [.write("content/fdzdgknr/gzdt/copy.md", "---\ntitle: 复制\nindex_no: \"00822061-4/2024-00099\"\npublished: 2024-03-12\nslug: 2024-03-yiwu-zhishu\n---\n正文\n")],
               id: "url.duplicate", severity: .error, file: "content/fdzdgknr/gzdt/copy.md", marker: "slug:", says: "两个文档的网址相同"),
        Defect(name: "an interpretation target that does not exist", edits: [.replace(interpretation, "\"00822061-4/2024-00021\"", "\"00822061-4/2024-00091\"")],
               id: "interprets.target-missing", severity: .error, file: interpretation, marker: "interprets:", says: "解读对象 \"00822061-4/2024-00091\" 找不到"),
        Defect(name: "a missing attachment", edits: [.replace(budget, "files/2024年青山镇财政预算公开表.pdf", "files/2024年青山镇财政预算公开表（新）.pdf")],
               id: "attachment.missing", severity: .error, file: budget, marker: "公开表（新）", says: "不存在"),
        Defect(name: "an attachment outside the site", edits: [.replace(budget, "files/2024年青山镇财政预算公开表.pdf", "../../../../../etc/passwd")],
               id: "attachment.outside", severity: .error, file: budget, marker: "etc/passwd", says: "超出了网站文件夹"),
        Defect(name: "a slug that escapes the output folder", edits: [.replace(news, "published: 2024-03-12", "published: 2024-03-12\nslug: ../../x")],
               id: "slug.unsafe", severity: .error, file: news, marker: "../../x", column: true, says: "只能包含英文字母、数字、- 和 _"),
        Defect(name: "a file that is not UTF-8", edits: [.appendBytes(news, [0xC7, 0xE0, 0xC9, 0xBD, 0x0A])],
               id: "file.encoding", severity: .error, file: news, marker: "\u{FFFD}", says: "可能是 GBK"),
        Defect(name: "a symlink out of the site", edits: [.linkOutside("content/fdzdgknr/gzdt/passwd.md", "/etc/passwd")],
               id: "path.outside", severity: .error, file: "content/fdzdgknr/gzdt/passwd.md", marker: nil, says: "指向网站文件夹之外"),
        Defect(name: "a bad holiday", edits: [.replace("site.json", "\"holidays\": []", "\"holidays\": [\"2024-06-31\"]")],
               id: "config.holidays", severity: .error, file: "site.json", marker: "\"2024-06-31\"", column: true, says: "不是存在的日期"),
        Defect(name: "an unusable 索引号 pattern", edits: [.replace("site.json", "{serial:5}", "{serial:five}")],
               id: "config.index-number-pattern", severity: .error, file: "site.json", marker: "\"{code}/{year}-{serial:five}\"", column: true, says: "index_number.pattern"),

        Defect(name: "an unknown front-matter key", edits: [.replace(news, "published: 2024-03-12", "published: 2024-03-12\nindex_n0: x")],
               id: "front-matter.unknown-key", severity: .warning, file: news, marker: "index_n0", column: true, says: "是否应为 \"index_no\"（索引号）"),
        Defect(name: "a 文号 with square brackets", edits: [.replace(policy, "文号: 青政〔2024〕11号", "文号: 青政[2024]11号")],
               id: "doc-no.format", severity: .warning, file: policy, marker: "青政[2024]", column: true, says: "年份应使用六角括号〔〕"),
        Defect(name: "a 索引号 off the pattern", edits: [.replace(news, "00822061-4/2024-00007", "00822061-4/2024-7")],
               id: "index-no.pattern", severity: .warning, file: news, marker: "00822061-4/2024-7\"", column: true, says: "序号应为 5 位数字"),
        Defect(name: "a late interpretation", edits: [.replace(interpretation, "published: 2024-09-10 16:30", "published: 2024-09-20 16:30")],
               id: "interpretation.late", severity: .warning, file: interpretation, marker: "2024-09-20", column: true, says: "晚 7 个工作日，超过了 3 个工作日的时限"),
        Defect(name: "a 行政规范性文件 without interpretation", edits: [.write("content/fdzdgknr/fgwj/gfxwj/2025-11-new.md", newPolicy)],
               id: "interpretation.missing", severity: .warning, file: "content/fdzdgknr/fgwj/gfxwj/2025-11-new.md", marker: "title:", says: "没有政策解读"),
        Defect(name: "publication long after writing", edits: [.replace(news, "written: 2024-03-12", "written: 2024-01-02")],
               id: "publish.late", severity: .warning, file: news, marker: "2024-03-12", column: true, says: "超过了 20 个工作日的公开时限"),
        Defect(name: "a stale node", edits: [.replace("site.json", "{ \"id\": \"gzdt\", \"title\": \"工作动态\" }", "{ \"id\": \"gzdt\", \"title\": \"工作动态\", \"fresh_days\": 1 }")],
               id: "node.stale", severity: .warning, file: "site.json", marker: "\"fresh_days\": 1", says: "（栏目不更新）"),
        Defect(name: "an empty node", edits: [.replace("site.json", "{ \"id\": \"gzdt\", \"title\": \"工作动态\" }", "{ \"id\": \"zdly\", \"title\": \"重点领域信息\" },\n      { \"id\": \"gzdt\", \"title\": \"工作动态\" }")],
               id: "node.empty", severity: .warning, file: "site.json", marker: "zdly", says: "（空白栏目）"),
        Defect(name: "a broken link", edits: [.append(news, "\n详见[实施方案](../ghjh/none.md)。\n")],
               id: "link.broken", severity: .warning, file: news, marker: "[实施方案]", column: true, says: "指向的文件不存在"),
        Defect(name: "a broken link in a node's introduction", edits: [.append("content/fdzdgknr/ghjh/_index.md", "\n详见[年度计划](none.md)。\n")],
               id: "link.broken", severity: .warning, file: "content/fdzdgknr/ghjh/_index.md", marker: "[年度计划]", column: true, says: "指向的文件不存在"),
        Defect(name: "a broken anchor", edits: [.append(news, "\n详见[第二部分](#第二部分)。\n")],
               id: "link.anchor", severity: .warning, file: news, marker: "[第二部分]", column: true, says: "#第二部分 不存在"),
        Defect(name: "an annual report column that does not add up", edits: [.replace(report2024, "予以公开: [5, 1, 0, 0, 0, 0, 6]", "予以公开: [6, 1, 0, 0, 0, 0, 7]")],
               id: "report.results-total", severity: .error, file: report2024, marker: "9, 2, 0, 0, 0, 0, 11]", column: true, says: "表三“自然人”列的（七）总计是 9，但（一）至（六）各项相加是 10"),
        Defect(name: "an annual report's 行政规范性文件 unlike the site", edits: [.replace(report2024, "行政规范性文件: [2, 0, 4]", "行政规范性文件: [2, 0, 5]")],
               id: "report.regulatory-mismatch", severity: .error, file: report2024, marker: "5]  #", column: true, says: "现行有效件数写的是 5，但按网站上的文档统计是 4"),
        Defect(name: "an annual report's 上年结转 unlike last year's 结转下年度", edits: [.replace(report2024, "上年结转: [0, 0, 0, 0, 0, 0, 0]", "上年结转: [0, 0, 0, 0, 1, 0, 1]")],
               id: "report.carry-over", severity: .error, file: report2024, marker: "上年结转:", says: "2023 年度报告的 四、结转下年度继续办理 是 0"),
        Defect(name: "an annual report published after 31 January", edits: [.replace(report2024, "发布日期: 2025-01-22 10:00", "发布日期: 2025-02-10 10:00")],
               id: "report.late", severity: .warning, file: report2024, marker: "2025-02-10", column: true, says: "晚于 2025年1月31日"),
        Defect(name: "a 代替 target with a typo", edits: [.replace(regulation2025, "replaces: [\"00822061-4/2023-00006\"]", "replaces: [\"00822061-4/2023-00060\"]")],
               id: "relation.target-missing", severity: .error, file: regulation2025, marker: "replaces:", says: "代替（replaces）的文件 \"00822061-4/2023-00060\" 找不到"),
        Defect(name: "a regulation whose validity ends within 90 days", edits: [.replace(policy, "有效期至: 2026年9月30日", "有效期至: 2026年1月31日")],
               id: "validity.expiring", severity: .warning, file: policy, marker: "有效期至:", says: "即将到期，请组织评估"),
        Defect(name: "a declared 有效 after 有效期至", edits: [.replace(policy, "有效期至: 2026年9月30日", "有效期至: 2025年9月30日\n有效性: 有效")],
               id: "validity.status-conflict", severity: .warning, file: policy, marker: "有效性:", says: "有效期至 2025-09-30 已过"),
    ]

    private func apply(_ edit: Edit, in folder: URL) throws {
        func url(_ path: String) -> URL { folder.appendingPathComponent(path) }
        switch edit {
        case .replace(let path, let old, let new):
            let text = try String(contentsOf: url(path), encoding: .utf8)
            #expect(text.contains(old), "\(path) has no \(old)")
            try Data(text.replacingOccurrences(of: old, with: new).utf8).write(to: url(path))
        case .append(let path, let more):
            let text = try String(contentsOf: url(path), encoding: .utf8)
            try Data((text + more).utf8).write(to: url(path))
        case .write(let path, let text):
            try FileManager.default.createDirectory(at: url(path).deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url(path))
        case .appendBytes(let path, let bytes):
            try (Data(contentsOf: url(path)) + Data(bytes)).write(to: url(path))
        case .linkOutside(let path, let target):
            try FileManager.default.createSymbolicLink(atPath: url(path).path, withDestinationPath: target)
        }
    }

    /// 1-based line and column where `marker` first occurs in the file.
    private func position(of marker: String, in folder: URL, file: String) throws -> (line: Int, column: Int) {
        let text = String(decoding: try Data(contentsOf: folder.appendingPathComponent(file)), as: UTF8.self)
        for (i, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            if let range = line.range(of: marker) { return (i + 1, line[..<range.lowerBound].unicodeScalars.count + 1) }
        }
        Issue.record("no \(marker) in \(file)")
        return (0, 0)
    }

    @Test("the example site is clean on the day it is a snapshot of, and on the first of that month")
    func clean() {
        for today in [Self.today, Day(year: 2025, month: 11, day: 1)] {
            var options = BuildOptions(siteFolder: ExampleSite.root)
            options.today = today
            let report = SiteBuilder.check(options)
            #expect(report.diagnostics.isEmpty, "\(today): \(report.diagnostics.map(\.formatted))")
            #expect(report.documentCount >= 50)
        }
    }

    @Test("a year after its snapshot, the example site reports its columns stale, the consultation left without feedback, and nothing else", arguments: [Day(year: 2026, month: 11, day: 22), nil])
    func staleLater(_ today: Day?) {
        var options = BuildOptions(siteFolder: ExampleSite.root)
        options.today = today
        let report = SiteBuilder.check(options)
        #expect(Set(report.diagnostics.map(\.id)) == ["home.stale", "node.stale", "consultation.feedback-overdue"], "\(report.diagnostics.map(\.formatted))")
        // Every consultation but the answered one (2025-08) is by then long past its window without feedback.
        #expect(Set(report.diagnostics.filter { $0.id == "consultation.feedback-overdue" }.compactMap(\.file)) == [
            "content/fdzdgknr/yjzj/2025-10-heli-guanli-zhengqiu.md", "content/fdzdgknr/yjzj/2025-11-cunguiminyue-zhengqiu.md",
            "content/fdzdgknr/yjzj/2025-11-yanglao-fuwu-zhengqiu.md",
        ])
        #expect(report.diagnostics.contains { $0.message.hasPrefix("栏目“工作动态”（fdzdgknr/gzdt）已 ") })
    }

    @Test("a defect is reported where it is, in Chinese", arguments: defects)
    func defect(_ defect: Defect) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("gongkai-example-defect-\(UUID().uuidString)")
        try FileManager.default.copyItem(at: Self.template, to: folder)
        defer { try? FileManager.default.removeItem(at: folder) }
        let tester = try TestSite(files: [:])
        defer { tester.remove() }
        let before = tester.snapshot(of: folder.appendingPathComponent("public"))
        for edit in defect.edits { try apply(edit, in: folder) }

        var options = BuildOptions(siteFolder: folder)
        options.today = Self.today
        let checked = SiteBuilder.check(options)
        let d = try #require(checked.diagnostics.first { $0.id == defect.id }, "\(checked.diagnostics.map(\.formatted))")
        #expect(d.severity == defect.severity)
        #expect(d.file == defect.file)
        let expected = try defect.marker.map { try position(of: $0, in: folder, file: defect.file) } ?? (line: 1, column: 1)
        #expect(d.line == expected.line, "\(d.formatted)")
        if defect.column || defect.marker == nil { #expect(d.column == expected.column, "\(d.formatted)") }
        #expect(d.message.contains(defect.says), "\(d.message)")
        // An editor reads Chinese: the message has Chinese in it, and no Swift or YAML internals.
        #expect(d.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        #expect(!d.message.contains("Optional(") && !d.message.contains("Error("))

        let built = SiteBuilder.build(options)
        if defect.severity == .error {
            #expect(!built.succeeded && !built.wroteOutput)
            #expect(tester.snapshot(of: folder.appendingPathComponent("public")) == before)
        } else {
            #expect(!checked.diagnostics.hasErrors, "\(checked.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
            #expect(built.succeeded)
            // --strict turns the warning into an error and keeps the output.
            let fresh = tester.snapshot(of: folder.appendingPathComponent("public"))
            var strict = options
            strict.strict = true
            let strictReport = SiteBuilder.build(strict)
            #expect(!strictReport.succeeded && !strictReport.wroteOutput)
            #expect(strictReport.diagnostics.first { $0.id == defect.id }?.severity == .error)
            #expect(tester.snapshot(of: folder.appendingPathComponent("public")) == fresh)
        }
    }
}
