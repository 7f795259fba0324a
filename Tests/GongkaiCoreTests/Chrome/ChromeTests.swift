import Foundation
import Testing
@testable import GongkaiCore

/// The chrome inspectors look for: footer marks, 联系我们/网站声明, page tags per page type,
/// document tools (字号, print, QR code, 落款).
@Suite("site chrome")
struct ChromeTests {
    static let config = ApplicationPageTests.config.replacingOccurrences(of: "\"footer\": { \"sponsor\": \"测试镇人民政府\", \"site_code\": \"1234567890\" }", with: """
        "footer": { "sponsor": "测试镇人民政府", "site_code": "1234567890", "icp": "闽ICP备00000001号", "police_record": "闽公网安备 35000002000001号",
                    "conac_url": "https://bszs.conac.cn/sitename?method=show&id=1", "portal_title": "测试镇门户网站", "portal_url": "https://www.example.gov.cn/",
                    "interaction": [{ "title": "镇长信箱", "url": "https://www.example.gov.cn/zzxx/" }, { "title": "12345热线", "url": "https://12345.example.gov.cn/" }] }
        """)

    static let files = ApplicationPageTests.files.merging([
        "content/gzdt/b.md": markdown("title: 关于开展春季森林防火工作的通知\nindex_no: 12345678-9/2024-00002\npublished: 2024-03-05 09:30\nsummary: 部署春季森林防火。",
                                      body: "各村：\n\n现将有关事项通知如下。\n\n测试镇人民政府\n\n2024年3月5日\n"),
    ]) { $1 }

    static func built() throws -> TestSite {
        let site = try TestSite(files: files, config: config)
        #expect(site.build().succeeded)
        return site
    }

    @Test("the footer has the 党政机关网站标识, 我为政府网站找错 for this page, the 公安备案 icon, 联系我们, 网站声明, the portal and 互动 links")
    func footer() throws {
        let site = try Self.built()
        defer { site.remove() }
        let page = try #require(site.read("gzdt/b.html"))
        #expect(page.contains("href=\"https://bszs.conac.cn/sitename?method=show&amp;id=1\""))
        #expect(page.contains("党政机关网站标识"))
        #expect(page.contains("https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1234567890&amp;url=https%3A%2F%2Fwww.example.gov.cn%2Fxxgk%2Fgzdt%2Fb.html"))
        #expect(page.contains("<svg class=\"police-icon\""))
        #expect(page.contains("recordcode=35000002000001"))
        #expect(page.contains("<a href=\"/xxgk/lxwm.html\">联系我们</a>"))
        #expect(page.contains("<a href=\"/xxgk/wzsm.html\">网站声明</a>"))
        #expect(page.contains("<a href=\"https://www.example.gov.cn/\">测试镇门户网站</a>"))
        #expect(page.contains("<a href=\"https://www.example.gov.cn/zzxx/\">镇长信箱</a><a href=\"https://12345.example.gov.cn/\">12345热线</a>"))
        #expect(page.contains("长者模式"))
        #expect(page.contains("无障碍"))
        let contact = try #require(site.read("lxwm.html"))
        #expect(contact.contains("测试县测试镇人民路8号"))
        #expect(contact.contains("350001"))
        #expect(try #require(site.read("wzsm.html")).contains("隐私声明"))
    }

    @Test("a footer without 标识码, 党政机关标识 or 备案 numbers is a warning naming each; a full one is not")
    func footerCheck() throws {
        let site = try Self.built()
        defer { site.remove() }
        #expect(site.build().diagnostic("footer.incomplete") == nil)
        let bare = try TestSite(files: Self.files, config: ApplicationPageTests.config)
        defer { bare.remove() }
        let d = try #require(bare.build().diagnostic("footer.incomplete"))
        #expect(d.message.contains("footer.conac_url"))
        #expect(d.message.contains("footer.icp"))
        #expect(!d.message.contains("footer.site_code"))
        #expect(!bare.read("gzdt/b.html")!.contains("conac-mark"))
    }

    @Test("column pages carry ColumnDescription, ColumnKeywords and ColumnType; documents do not")
    func columnTags() throws {
        let site = try Self.built()
        defer { site.remove() }
        let list = try #require(site.read("gzdt/index.html"))
        #expect(list.contains("<meta name=\"ColumnType\" content=\"信息列表\">"))
        #expect(list.contains("<meta name=\"ColumnKeywords\" content=\"工作动态\">"))
        #expect(list.contains("<meta name=\"ColumnDescription\" content=\"测试镇人民政府主动公开的工作动态信息，共 2 条，按发布日期从新到旧排列。\">"))
        #expect(list.contains("<meta name=\"description\" content=\"测试镇人民政府主动公开的工作动态信息，共 2 条"))
        let guide = try #require(site.read("zn/index.html"))
        #expect(guide.contains("<meta name=\"ColumnType\" content=\"单页\">"))
        #expect(guide.contains("发布日期：2024年3月29日"))
        let document = try #require(site.read("gzdt/b.html"))
        #expect(!document.contains("ColumnType"))
        #expect(document.contains("<meta name=\"ArticleTitle\" content=\"关于开展春季森林防火工作的通知\">"))
    }

    @Test("PubDate carries the time when one was written and the day alone otherwise, never an invented 00:00")
    func pubDate() throws {
        let site = try Self.built()
        defer { site.remove() }
        #expect(try #require(site.read("gzdt/b.html")).contains("<meta name=\"PubDate\" content=\"2024-03-05 09:30\">"))
        #expect(try #require(site.read("gzdt/a.html")).contains("<meta name=\"PubDate\" content=\"2024-01-02\">"))
        #expect(try #require(site.read("zn/index.html")).contains("<meta name=\"PubDate\" content=\"2024-03-29\">"))
    }

    @Test("the home page's title is the site name once; other pages add it after their own title")
    func titles() throws {
        let site = try Self.built()
        defer { site.remove() }
        #expect(try #require(site.read("index.html")).contains("<title>测试镇信息公开</title>"))
        #expect(try #require(site.read("gzdt/index.html")).contains("<title>工作动态 - 测试镇信息公开</title>"))
    }

    @Test("the external-link notice names the site being left")
    func externalNotice() throws {
        let site = try Self.built()
        defer { site.remove() }
        #expect(try #require(site.read("index.html")).contains("data-external-notice=\"您即将离开“测试镇信息公开”，前往其他网站。是否继续？\""))
    }

    @Test("document pages have 字号 大/中/小, print, a QR code of their address and a right-aligned 落款")
    func documentTools() throws {
        let site = try Self.built()
        defer { site.remove() }
        let page = try #require(site.read("gzdt/b.html"))
        for size in ["large", "medium", "small"] { #expect(page.contains("data-font-size=\"\(size)\"")) }
        #expect(page.contains("data-print"))
        #expect(page.contains("扫一扫在手机打开当前页"))
        let qr = try #require(QRCode("https://www.example.gov.cn/xxgk/gzdt/b.html"))
        #expect(page.contains(String(decoding: qr.svg(label: "扫一扫在手机打开当前页"), as: UTF8.self)))
        #expect(page.contains("<p class=\"signature\">测试镇人民政府</p>\n<p class=\"signature\">2024年3月5日</p>"))
        #expect(page.contains("<p>现将有关事项通知如下。</p>"))
    }

    @Test("a page address of up to 78 bytes makes a version-4 QR code (33 modules), one version smaller than at level M",
          arguments: [("https://www.mingchuan.gov.cn/xxgk/fdzdgknr/gzdt/2024-00062.html", 33),
                      ("https://www.mingchuan.gov.cn/xxgk/mzj/fdzdgknr/fgwj/gfxwj/2024-00062.html", 33),
                      ("https://www.mingchuan.gov.cn/xxgk/mzj/fdzdgknr/fgwj/gfxwj/2024-00062.html?from=wx", 37)])
    func qrCodeVersion(address: String, width: Int) throws {
        #expect(address.utf8.count <= 78 || width > 33)
        #expect(try #require(QRCode(address)).width == width)
    }

    @Test("the QR code's path draws exactly its dark modules, each row's runs as lines one module thick",
          arguments: ["https://www.example.gov.cn/xxgk/gzdt/b.html",
                      "https://www.mingchuan.gov.cn/xxgk/mzj/fdzdgknr/fgwj/gfxwj/2024-00062.html?from=wx"])
    func qrCodePathDrawsModules(address: String) throws {
        let qr = try #require(QRCode(address))
        let svg = String(decoding: qr.svg(label: "码"), as: UTF8.self)
        #expect(svg.contains("viewBox=\"0 0 \(qr.width + 8) \(qr.width + 8)\""))
        #expect(svg.contains("<path stroke=\"#000\" d=\""))
        let path = try #require(svg.split(separator: "d=\"").last?.split(separator: "\"").first)
        // Walk the path: M x y.5 starts a row, m dx 0 moves along it, h n draws n modules.
        var drawn = [Bool](repeating: false, count: qr.width * qr.width)
        var x = 0.0, y = 0.0
        var scanner = Substring(path)
        func number() -> Double {
            let digits = scanner.prefix { $0.isNumber || $0 == "." }
            scanner = scanner.dropFirst(digits.count)
            return Double(digits) ?? .nan
        }
        while let command = scanner.first {
            scanner = scanner.dropFirst()
            switch command {
            case "M": x = number(); #expect(scanner.first == " "); scanner = scanner.dropFirst(); y = number()
            case "m": x += number(); #expect(scanner.first == " "); scanner = scanner.dropFirst(); y += number()
            case "h":
                let length = number()
                #expect(y - y.rounded(.down) == 0.5 && length >= 1)
                let row = Int(y) - 4
                for column in Int(x) - 4 ..< Int(x + length) - 4 {
                    #expect(!drawn[row * qr.width + column], "drawn twice: \(row), \(column)")
                    drawn[row * qr.width + column] = true
                }
                x += length
            default: Issue.record("unexpected path command \(command)"); return
            }
        }
        #expect(drawn == qr.modules)
    }

    @Test("a site built with a path-only base_url gets no QR code: a phone cannot open a bare path")
    func noQRCodeWithoutOrigin() throws {
        let site = try TestSite(files: Self.files, config: Self.config.replacingOccurrences(of: "\"base_url\": \"https://www.example.gov.cn/xxgk/\"", with: "\"base_url\": \"/xxgk/\""))
        defer { site.remove() }
        #expect(site.build().succeeded)
        let page = try #require(site.read("gzdt/b.html"))
        #expect(!page.contains("page-qr"))
        #expect(page.contains("data-font-size=\"large\""))
    }
}
