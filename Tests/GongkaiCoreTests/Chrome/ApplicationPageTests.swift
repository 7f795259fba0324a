import Foundation
import Testing
@testable import GongkaiCore

/// 依申请公开 as a feature: the page, the printable form, the .docx, and their checks.
@Suite("依申请公开 page")
struct ApplicationPageTests {
    static let config = """
    {
      "title": "测试镇信息公开",
      "base_url": "https://www.example.gov.cn/xxgk/",
      "agency": { "name": "测试镇人民政府", "code": "12345678-9", "address": "测试县测试镇人民路8号",
                  "phone": "0599-1234567", "fax": "0599-7654321", "office_hours": "工作日 8:30—17:30", "email": "gk@example.gov.cn" },
      "application": { "place": "便民服务中心3号窗口", "recipient": "测试镇党政办", "postcode": "350001", "online_url": "https://ysq.example.gov.cn/" },
      "footer": { "sponsor": "测试镇人民政府", "site_code": "1234567890" },
      "catalog": [
        { "id": "zn", "title": "政府信息公开指南", "kind": "page" },
        { "id": "ysqgk", "title": "依申请公开", "kind": "application" },
        { "id": "gzdt", "title": "工作动态" }
      ]
    }
    """

    static let files = [
        "content/gzdt/a.md": markdown("title: a\nindex_no: 12345678-9/2024-00001\npublished: 2024-01-02"),
        "content/zn/_index.md": markdown("title: 指南\npublished: 2024-03-29", body: "指南正文。"),
    ]

    @Test("the page lists every channel from site.json, the rules of 条例 第二十九–三十三条 and both forms")
    func everyChannel() throws {
        let site = try TestSite(files: Self.files, config: Self.config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("ysqgk/index.html"))
        for fact in ["当面申请", "便民服务中心3号窗口", "测试县测试镇人民路8号", "工作日 8:30—17:30", "0599-1234567",
                     "信函申请", "测试镇党政办", "350001", "电子邮件申请", "mailto:gk@example.gov.cn",
                     "传真申请", "0599-7654321", "网上申请", "href=\"https://ysq.example.gov.cn/\"",
                     "第二十九条", "第三十条", "第三十一条", "第三十二条", "第三十三条", "20 个工作日",
                     "href=\"/xxgk/ysqgk/sqb.html\"", "href=\"/xxgk/ysqgk/sqb.docx\""] {
            #expect(page.contains(fact), "\(fact)")
        }
        #expect(page.contains("<meta name=\"ColumnType\" content=\"依申请公开\">"))
        // In the navigation, the sitemap page and sitemap.xml.
        #expect(try #require(site.read("index.html")).contains("<a href=\"/xxgk/ysqgk/\">依申请公开</a>"))
        #expect(try #require(site.read("index.html")).contains("<li><a href=\"/xxgk/ysqgk/sqb.html\">打印申请表（A4）</a></li>"))
        #expect(try #require(site.read("sitemap.html")).contains("href=\"/xxgk/ysqgk/\""))
        #expect(try #require(site.read("sitemap.xml")).contains("https://www.example.gov.cn/xxgk/ysqgk/sqb.html"))
    }

    @Test("a channel whose essential fact is missing is left out, and check names what is missing")
    func missingChannel() throws {
        let config = Self.config.replacingOccurrences(of: "\"fax\": \"0599-7654321\", ", with: "")
            .replacingOccurrences(of: "\"postcode\": \"350001\", ", with: "")
        let site = try TestSite(files: Self.files, config: config)
        defer { site.remove() }
        let report = site.build()
        let page = try #require(site.read("ysqgk/index.html"))
        #expect(!page.contains("传真申请"))
        #expect(page.contains("信函申请"))
        let d = try #require(report.diagnostic("application.incomplete"))
        #expect(d.message.contains("邮政编码"))
        #expect(d.file == "site.json")
        #expect(d.line == 10)
    }

    @Test("a complete application page gives no warning; a catalog without one does")
    func applicationMissing() throws {
        let complete = try TestSite(files: Self.files, config: Self.config)
        defer { complete.remove() }
        let report = complete.build()
        #expect(report.diagnostic("application.incomplete") == nil)
        #expect(report.diagnostic("application.missing") == nil)
        let without = try TestSite(files: Self.files, config: Self.config.replacingOccurrences(of: "{ \"id\": \"ysqgk\", \"title\": \"依申请公开\", \"kind\": \"application\" },", with: ""))
        defer { without.remove() }
        #expect(without.build().diagnostic("application.missing") != nil)
    }

    @Test("the printable form carries both applicant kinds and the agency's name, one A4 sheet each")
    func printableForm() throws {
        let site = try TestSite(files: Self.files, config: Self.config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let form = try #require(site.read("ysqgk/sqb.html"))
        #expect(form.contains("政府信息公开申请表（公民）"))
        #expect(form.contains("政府信息公开申请表（法人或者其他组织）"))
        #expect(form.components(separatedBy: "受理机关：测试镇人民政府").count == 3)
        #expect(form.contains("统一社会信用代码"))
        #expect(form.components(separatedBy: "class=\"form-sheet\"").count == 3)
        let css = try #require(site.read("assets/style.css"))
        #expect(css.contains("@page { size: A4; }"))
    }

    @Test("the .docx is a zip whose document names the agency, the same bytes on every build")
    func docx() throws {
        let site = try TestSite(files: Self.files, config: Self.config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        let first = try Data(contentsOf: site.output.appendingPathComponent("ysqgk/sqb.docx"))
        #expect(site.build().succeeded)
        let second = try Data(contentsOf: site.output.appendingPathComponent("ysqgk/sqb.docx"))
        #expect(first == second)
        let entries = try StoredZipReader.entries(Array(first))
        #expect(entries.map(\.name) == ["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
        let document = String(decoding: try #require(entries.last).contents, as: UTF8.self)
        #expect(document.contains("受理机关：测试镇人民政府"))
        #expect(document.contains("政府信息公开申请表（法人或者其他组织）"))
        #expect(document.contains("<w:pgSz w:w=\"11906\" w:h=\"16838\"/>"))
    }

    @Test("single pages (指南, 依申请公开) are found by the search, after the documents")
    func searchFindsPages() throws {
        let files = Self.files.merging(["content/ysqgk/_index.md": markdown("title: 依申请公开\npublished: 2024-03-29", body: "申请前请先查阅主动公开目录。")]) { $1 }
        let site = try TestSite(files: files, config: Self.config)
        defer { site.remove() }
        #expect(site.build().succeeded)
        var index = try SearchTestIndex(output: site.output)
        #expect(index.documentCount == 3)
        #expect(try index.search("指南正文").map { try index.fragment($0)["t"] ?? "?" } == ["政府信息公开指南"])
        let hits = try index.search("查阅主动公开目录")
        #expect(try hits.map { try index.fragment($0)["t"] ?? "?" } == ["依申请公开"])
        #expect(try index.fragment(hits[0])["u"] == "/xxgk/ysqgk/")
    }

    @Test("an application node with a document in it is an error, as for a page node")
    func noDocuments() throws {
        var files = Self.files
        files["content/ysqgk/x.md"] = markdown("title: x\nindex_no: 12345678-9/2024-00002\npublished: 2024-01-02")
        let site = try TestSite(files: files, config: Self.config)
        defer { site.remove() }
        #expect(site.build().diagnostic("node.page-document") != nil)
    }

    @Test("unknown keys in application are errors with the closest key")
    func unknownKey() throws {
        let (_, diagnostics) = SiteConfigLoader.load(Array(Self.config.replacingOccurrences(of: "\"postcode\"", with: "\"post_code\"").utf8))
        let d = try #require(diagnostics.first { $0.id == "config.unknown-key" })
        #expect(d.hint?.contains("postcode") == true || d.message.contains("postcode"))
    }
}

/// Reads back the stored entries of a zip, checking each CRC-32: enough to test `StoredZip`.
enum StoredZipReader {
    struct Entry { var name: String; var contents: [UInt8] }
    enum Failure: Error { case badSignature(Int), badCRC(String) }

    static func entries(_ bytes: [UInt8]) throws -> [Entry] {
        func u16(_ i: Int) -> Int { Int(bytes[i]) | Int(bytes[i + 1]) << 8 }
        func u32(_ i: Int) -> UInt32 { UInt32(u16(i)) | UInt32(u16(i + 2)) << 16 }
        var entries: [Entry] = []
        var i = 0
        while u32(i) == 0x0403_4b50 {
            let crc = u32(i + 14)
            let size = Int(u32(i + 18))
            let nameLength = u16(i + 26)
            let extra = u16(i + 28)
            let name = String(decoding: bytes[(i + 30)..<(i + 30 + nameLength)], as: UTF8.self)
            let start = i + 30 + nameLength + extra
            let contents = Array(bytes[start..<(start + size)])
            guard StoredZip.crc32(contents) == crc else { throw Failure.badCRC(name) }
            entries.append(Entry(name: name, contents: contents))
            i = start + size
        }
        guard u32(i) == 0x0201_4b50 else { throw Failure.badSignature(i) }
        let end = bytes.count - 22
        guard u32(end) == 0x0605_4b50, u16(end + 10) == entries.count, Int(u32(end + 16)) == i else { throw Failure.badSignature(end) }
        return entries
    }
}
