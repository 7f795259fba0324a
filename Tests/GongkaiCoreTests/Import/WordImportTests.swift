import Foundation
import Testing
@testable import GongkaiCore

@Suite("import: Word and PDF files")
struct WordImportTests {
    @Test("a 公文 in Word becomes a document with its 文号, title, 署名, 成文日期 and headings")
    func notice() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.notice)])
        let text = try site.writtenText(report)
        #expect(ImportSite.field("标题", in: text) == "青山镇人民政府关于印发《青山镇农村人居环境整治实施办法》的通知")
        #expect(ImportSite.field("文号", in: text) == "青政发〔2024〕3号")
        #expect(ImportSite.field("成文日期", in: text) == "2024-03-19")
        #expect(ImportSite.field("发布日期", in: text) == "2024-03-20")
        #expect(ImportSite.field("发布机构", in: text) == "青山镇人民政府")
        #expect(ImportSite.field("体裁分类", in: text) == "通知")
        #expect(ImportSite.field("索引号", in: text) == "00822061-4/2024-00003")
        let body = ImportSite.body(text)
        for heading in ["## 一、总体要求", "### （一）工作目标", "##### （1）保洁队伍", "## 二、主要任务"] {
            #expect(body.contains("\n\(heading)\n"), "missing \(heading)")
        }
        // A numbered sentence stays a paragraph; its soft line break and indentation are gone.
        #expect(body.contains("\n1\\. 到2025年底，全镇农村生活垃圾收运处置体系覆盖所有行政村。\n"))
        #expect(body.contains("\n每个村配备保洁员不少于2名。\n"))
        #expect(!body.contains("\u{3000}\u{3000}为持续"))
        // Word's automatic numbering as a Markdown list.
        #expect(body.contains("1. Word 自动编号的第一项：清理村庄垃圾\n2. Word 自动编号的第二项：整治村内水塘"))
        #expect(body.contains("| 村名 | 任务 | 完成时限 |\n|---|---|---|\n| 青山村 | 垃圾清运 | 2024年6月 |"))
        // The 发文机关标志, 文号, title and 版记 leave the body; the 署名 and 成文日期 stay as its 落款.
        for gone in ["青山镇人民政府文件", "青政发〔2024〕3号", "抄送", "日印发", "此件公开发布", "印发《青山镇农村人居环境整治实施办法》的通知\n"] {
            #expect(!body.contains(gone), "\(gone) left in the body")
        }
        #expect(body.hasSuffix("青山镇人民政府\n\n2024年3月19日\n"))
        // The 附件说明's second line is not a heading.
        #expect(body.contains("\n2．青山镇农村人居环境整治考核办法\n"))
        let outcome = try #require(report.outcomes.first)
        #expect(outcome.document?.attachmentNames == ["青山镇农村人居环境整治责任分工表", "青山镇农村人居环境整治考核办法"])
    }

    @Test("the image is put beside the document and its missing alt text is a warning until filled in")
    func image() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.notice)])
        let body = ImportSite.body(try site.writtenText(report))
        let folder = "files/关于印发青山镇农村人居环境整治实施办法的通知"
        #expect(body.contains("![【请填写图片说明】](<\(folder)/image1.png>)"))
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/fdzdgknr/fgwj/gfxwj/\(folder)/image1.png").path))
        #expect(report.diagnostics.contains { $0.id == "content.placeholder" && $0.message.contains("【请填写图片说明】") })
    }

    @Test("the original Word file is attached by default, and not with keepOriginal off")
    func original() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.letter)])
        let text = try site.writtenText(report)
        #expect(text.contains("附件:  #"))
        #expect(text.contains("  - { file: \"files/植树活动的函/植树活动的函.docx\", title: \"青山镇生态环境办公室关于开展春季植树活动的函（原件，Word 版）\" }"))
        #expect(FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/fdzdgknr/fgwj/gfxwj/files/植树活动的函/植树活动的函.docx").path))

        let other = try ImportSite()
        defer { other.cleanUp() }
        let without = try other.run([try ImportFixtures.generated(ImportFixtures.letter)]) { $0.keepOriginal = false }
        #expect(try other.writtenText(without).contains("# 附件:  #"))
    }

    @Test("a 函 with a bracketed 文号 and a date in Chinese numerals, signed by an office of its own")
    func letter() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let text = try site.writtenText(try site.run([try ImportFixtures.generated(ImportFixtures.letter)]))
        #expect(ImportSite.field("文号", in: text) == "青环函〔2024〕12号")
        #expect(ImportSite.field("成文日期", in: text) == "2024-03-19")
        #expect(ImportSite.field("发布机构", in: text) == "青山镇生态环境办公室")
        #expect(ImportSite.field("体裁分类", in: text) == "函")
    }

    @Test("attachment files given with the Word file are attached under the 附件说明's names")
    func attachments() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let work = site.folder.appendingPathComponent("inbox")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        let sheet = work.appendingPathComponent("附件1 青山镇农村人居环境整治责任分工表.xlsx")
        try Data("sheet".utf8).write(to: sheet)
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.notice), sheet])
        let text = try site.writtenText(report)
        #expect(text.contains("  - { file: \"files/关于印发青山镇农村人居环境整治实施办法的通知/附件1 青山镇农村人居环境整治责任分工表.xlsx\", title: \"青山镇农村人居环境整治责任分工表\" }"))
        #expect(report.outcomes.first?.missing.contains("附件文件“青山镇农村人居环境整治考核办法”（与正文文件一起给出即可附上）") == true)
        #expect(!report.hasErrors)
    }

    @Test("heading levels follow --heading-levels")
    func levels() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.notice)]) { $0.headingLevels = HeadingLevels(parsing: "3,4,5,6")! }
        let body = ImportSite.body(try site.writtenText(report))
        #expect(body.contains("\n### 一、总体要求\n"))
        #expect(body.contains("\n###### （1）保洁队伍\n"))
    }

    @Test("a text PDF made from the same 公文 layout is read, its wrapped lines joined")
    func textPDF() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.textPDF)])
        let text = try site.writtenText(report)
        #expect(ImportSite.field("标题", in: text) == "青山镇人民政府关于加强森林防火工作的通知")
        #expect(ImportSite.field("文号", in: text) == "青政发〔2024〕7号")
        #expect(ImportSite.field("成文日期", in: text) == "2024-03-19")
        #expect(ImportSite.field("发布机构", in: text) == "青山镇人民政府")
        let body = ImportSite.body(text)
        #expect(body.contains("\n当前正值森林防火关键期，为切实做好森林防火工作，现将有关事项通知如下：\n"))
        #expect(body.contains("\n## 一、落实防火责任\n"))
        #expect(text.contains("files/森林防火通知/森林防火通知.pdf\", title: \"青山镇人民政府关于加强森林防火工作的通知（原件，PDF 版）\""))
    }

    @Test("a scanned PDF is refused with a message asking for a text version, and nothing is written")
    func scanned() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let content = site.folder.appendingPathComponent("content").path
        let before = try FileManager.default.subpathsOfDirectory(atPath: content).sorted()
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.scannedPDF)])
        let diagnostic = try #require(report.diagnostics.first { $0.id == "import.scanned-pdf" })
        #expect(diagnostic.severity == .error)
        #expect(diagnostic.message.contains("没有文字层"))
        #expect(diagnostic.hint?.contains("Word 版或可复制文字的 PDF") == true)
        #expect(try FileManager.default.subpathsOfDirectory(atPath: content).sorted() == before)
    }

    @Test("a missing converter is named with the Debian package that installs it", arguments: [
        (ImportFixtures.notice, "pandoc", "sudo apt-get install pandoc"),
        (ImportFixtures.textPDF, "pdftotext", "sudo apt-get install poppler-utils"),
    ])
    func missingConverter(file: String, command: String, install: String) throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let empty = site.folder.appendingPathComponent("no-tools")
        try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
        let report = try site.run([try ImportFixtures.generated(file)]) { $0.searchPath = empty.path }
        let diagnostic = try #require(report.diagnostics.first { $0.id == "import.converter-missing" })
        #expect(diagnostic.message.contains("需要 \(command)"))
        #expect(diagnostic.hint?.contains(install) == true)
        #expect(report.outcomes.allSatisfy { if case .failed = $0.result { true } else { false } })
    }

    @Test("an old .doc needs LibreOffice, and says which package to install when it is missing")
    func legacyWord() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let doc = site.folder.appendingPathComponent("旧文件.doc")
        try Data("not really a doc".utf8).write(to: doc)
        // Only pandoc and pdftotext on the path: LibreOffice is not there.
        let tools = site.folder.appendingPathComponent("tools")
        try FileManager.default.createDirectory(at: tools, withIntermediateDirectories: true)
        for tool in ["pandoc", "pdftotext"] {
            if let real = ExternalTool(command: tool, package: tool).locate(in: "/usr/bin:/usr/local/bin") {
                try FileManager.default.createSymbolicLink(at: tools.appendingPathComponent(tool), withDestinationURL: real)
            }
        }
        let report = try site.run([doc]) { $0.searchPath = tools.path }
        let diagnostic = try #require(report.diagnostics.first { $0.id == "import.converter-missing" })
        #expect(diagnostic.message.contains("需要 soffice"))
        #expect(diagnostic.hint?.contains("sudo apt-get install libreoffice-writer") == true)
    }

    @Test("--dry-run lists what each file would become and writes nothing")
    func dryRun() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let ledger = site.site.read(IndexNumberAllocator.ledgerPath)
        let report = try site.run([try ImportFixtures.generated(ImportFixtures.notice), try ImportFixtures.generated(ImportFixtures.letter)]) { $0.dryRun = true }
        #expect(report.outcomes.count == 2)
        #expect(report.outcomes.allSatisfy { if case .wouldWrite(nil) = $0.result { true } else { false } })
        #expect(report.summary(dryRun: true).contains("将导入 2 个文件（--dry-run：没有写入任何文件）"))
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/fdzdgknr/fgwj/gfxwj/files").path))
        #expect(site.site.read(IndexNumberAllocator.ledgerPath) == ledger)
    }

    @Test("importing the same Word file again adds nothing")
    func again() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        let file = try ImportFixtures.generated(ImportFixtures.notice)
        _ = try site.run([file])
        let again = try site.run([file], date: "2024-03-22")
        guard case .duplicate(let path, let reason)? = again.outcomes.first?.result else {
            Issue.record("expected a duplicate, got \(String(describing: again.outcomes.first?.result))")
            return
        }
        #expect(path == "content/fdzdgknr/fgwj/gfxwj/2024-00003.md")
        #expect(reason == "标题和成文日期相同")
        #expect(!FileManager.default.fileExists(atPath: site.folder.appendingPathComponent("content/fdzdgknr/fgwj/gfxwj/2024-00004.md").path))
    }

    @Test("the imported document builds")
    func builds() throws {
        let site = try ImportSite()
        defer { site.cleanUp() }
        _ = try site.run([try ImportFixtures.generated(ImportFixtures.notice), try ImportFixtures.generated(ImportFixtures.textPDF)])
        let report = SiteBuilder.build(site.site.options(today: "2024-03-25"))
        #expect(report.succeeded, "\(report.diagnostics.filter { $0.severity == .error }.map(\.formatted))")
        let page = try #require(site.site.read("public/fdzdgknr/fgwj/gfxwj/2024-00003/index.html") ?? site.site.read("public/fdzdgknr/fgwj/gfxwj/2024-00003.html"))
        #expect(page.contains("青政发〔2024〕3号"))
        #expect(page.contains("关于印发青山镇农村人居环境整治实施办法的通知.docx") || page.contains("%E5%85%B3%E4%BA%8E"))
    }
}
