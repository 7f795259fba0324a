import Foundation
import Testing
@testable import GongkaiCore

/// 解读形式 (README “解读形式”): a checked value; 图解 readable without its pictures; 视频解读 and
/// 音频解读 with captions or a transcript, shown in a player with `<track>`.
@Suite("interpretation forms")
struct InterpretationFormTests {
    static let policy = document(1, title: "管理办法", published: "2024-03-01")

    static func interpretation(form: String, attachments: [String] = [], body: String = "解读正文。") -> String {
        let list = attachments.isEmpty ? "" : "\nattachments:\n" + attachments.map { "  - \($0)" }.joined(separator: "\n")
        return document(2, title: "《管理办法》解读", published: "2024-03-01", "interprets: 12345678-9/2024-00001\ninterpretation_form: \(form)" + list, body: body)
    }

    static func files(_ interpretation: String, extra: [String: String] = [:]) -> [String: String] {
        ["content/fgwj/gfxwj/p.md": policy, "content/zcjd/j.md": interpretation].merging(extra) { $1 }
    }

    /// The body findings of the build and `check` for the site's documents.
    static func bodyFindings(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TestSite(files: files)
        defer { site.remove() }
        let (loaded, report) = site.load()
        let resolved = try #require(loaded, "\(report.diagnostics.map(\.formatted))")
        return DocumentBodyRenderer(site: resolved).bodyProblems().filter { $0.id.hasPrefix("interpretation.") }
    }

    /// The form checker's findings; the site may have errors (these are what is tested).
    static func formFindings(_ files: [String: String]) throws -> [Diagnostic] {
        let site = try TestSite(files: files)
        defer { site.remove() }
        let (loaded, report) = site.load()
        let resolved = try #require(loaded, "\(report.diagnostics.map(\.formatted))")
        return InterpretationFormChecker().check(resolved)
    }

    @Test("every listed form is accepted", arguments: InterpretationForm.all.filter { !InterpretationForm.recorded.contains($0) })
    func listed(_ form: String) throws {
        #expect(try Self.formFindings(Self.files(Self.interpretation(form: form))).isEmpty)
    }

    @Test("a form not on the list is an error at its value, suggesting the closest")
    func unknown() throws {
        let found = try Self.formFindings(Self.files(Self.interpretation(form: "视频解答")))
        let d = try #require(found.first)
        #expect(found.count == 1)
        #expect(d.id == "interpretation.form" && d.severity == .error)
        #expect(d.file == "content/zcjd/j.md" && d.line == 6 && d.column == 22, "\(d.formatted)")
        #expect(d.message == "解读形式“视频解答”不是可选的值，是否应为“视频解读”？")
        #expect(d.hint?.contains("图解、政策问答") == true)
    }

    @Test("a video or audio interpretation without captions or transcript is an error", arguments: ["视频解读", "音频解读"])
    func recordedNeedsText(_ form: String) throws {
        let bare = try Self.formFindings(Self.files(Self.interpretation(form: form, attachments: ["files/v.mp4"]),
                                                                               extra: ["content/zcjd/files/v.mp4": "x"]))
        #expect(bare.map(\.id) == ["interpretation.captions"])
        #expect(bare.first?.severity == .error && bare.first?.line == 6)
        for (attachment, file) in [("files/v.vtt", "WEBVTT\n"), ("files/t.txt", "文字"), ("{file: files/t.docx, title: 访谈文字实录}", "x")] {
            let path = "content/zcjd/" + (attachment.hasPrefix("{") ? "files/t.docx" : attachment)
            let found = try Self.formFindings(Self.files(Self.interpretation(form: form, attachments: ["files/v.mp4", attachment]),
                                                                                    extra: ["content/zcjd/files/v.mp4": "x", path: file]))
            #expect(found.isEmpty, "\(attachment): \(found.map(\.formatted))")
        }
    }

    @Test("a 图解 with only an image lacks a text version, and an image without alt text is an error at the image")
    func graphicOnlyImage() throws {
        let found = try Self.bodyFindings(Self.files(Self.interpretation(form: "图解", body: "![](files/a.png)"), extra: ["content/zcjd/files/a.png": "png"]))
        #expect(found.map(\.id).sorted() == ["interpretation.graphic-alt", "interpretation.graphic-text"])
        #expect(found.allSatisfy { $0.severity == .error })
        let alt = try #require(found.first { $0.id == "interpretation.graphic-alt" })
        #expect(alt.line == 8 && alt.column == 1, "\(alt.formatted)")  // the body's first line
        #expect(alt.message.contains("files/a.png"))
    }

    @Test("an image without alt text is found at its column after CJK text")
    func graphicAltColumn() throws {
        let found = try Self.bodyFindings(Self.files(Self.interpretation(form: "图解", body: "一图看懂：![](files/a.png) 和 ![收入构成](files/b.png)"),
                                                     extra: ["content/zcjd/files/a.png": "png", "content/zcjd/files/b.png": "png"]))
        #expect(found.map(\.id) == ["interpretation.graphic-alt"])
        #expect(found.first?.column == 6, "\(found.map(\.formatted))")
    }

    @Test("a 图解 with text and alt text on every image is fine; other forms are not held to it")
    func graphicFine() throws {
        let good = try Self.bodyFindings(Self.files(Self.interpretation(form: "图解", body: "收入 3050 万元。\n\n![收入构成：镇级收入3050万元](files/a.png)"),
                                                    extra: ["content/zcjd/files/a.png": "png"]))
        #expect(good.isEmpty)
        let other = try Self.bodyFindings(Self.files(Self.interpretation(form: "图文解读", body: "![](files/a.png)"), extra: ["content/zcjd/files/a.png": "png"]))
        #expect(other.isEmpty)
    }

    @Test("a video interpretation page shows the player with captions, the transcript, then the text")
    func videoPage() throws {
        let site = try TestSite(files: Self.files(
            Self.interpretation(form: "视频解读", attachments: ["{file: files/v.mp4, title: 解读视频}", "{file: files/v.vtt, title: 中文字幕}", "{file: files/t.txt, title: 文字实录}"],
                                body: "视频的文字版本。"),
            extra: ["content/zcjd/files/v.mp4": "x", "content/zcjd/files/v.vtt": "WEBVTT\n", "content/zcjd/files/t.txt": "文字"]))
        defer { site.remove() }
        let report = site.build()
        #expect(report.succeeded, "\(report.diagnostics.map(\.formatted))")
        let html = try #require(site.read("zcjd/j.html"))
        #expect(html.contains(#"<video controls preload="metadata" src="/xxgk/zcjd/files/v.mp4"><track kind="captions" src="/xxgk/zcjd/files/v.vtt" srclang="zh" label="中文字幕" default>"#), "\(html)")
        let player = try #require(html.range(of: "<video")), transcript = try #require(html.range(of: #">文字实录</a>"#)), body = try #require(html.range(of: #"<div class="prose body"><p>视频的文字版本"#))
        #expect(player.lowerBound < transcript.lowerBound && transcript.lowerBound < body.lowerBound)
        #expect(!html.contains("<audio"))
    }

    @Test("an audio interpretation gets <audio>; a 文字解读 gets no player")
    func audioPage() throws {
        let site = try TestSite(files: Self.files(
            Self.interpretation(form: "音频解读", attachments: ["files/a.mp3", "files/a.vtt"]),
            extra: ["content/zcjd/files/a.mp3": "x", "content/zcjd/files/a.vtt": "WEBVTT\n", "content/gzdt/x.md": document(3, "interpretation_form: 文字解读")]))
        defer { site.remove() }
        #expect(site.build().succeeded)
        #expect(try #require(site.read("zcjd/j.html")).contains(#"<audio controls preload="metadata" src="/xxgk/zcjd/files/a.mp3"><track kind="captions""#))
        #expect(try #require(site.read("gzdt/x.html")).contains("<video") == false)
    }

    @Test("the 政策解读 column links each form it has to the search page filtered to the column and the form")
    func columnFilter() throws {
        let site = try TestSite(files: Self.files(Self.interpretation(form: "政策问答"), extra: [
            "content/zcjd/k.md": document(3, title: "图解", published: "2024-03-02", "interprets: 12345678-9/2024-00001\ninterpretation_form: 图解", body: "文字。"),
            "content/zcjd/l.md": document(4, title: "图解二", published: "2024-03-03", "interprets: 12345678-9/2024-00001\ninterpretation_form: 图解", body: "文字。"),
        ]))
        defer { site.remove() }
        #expect(site.build().succeeded)
        let html = try #require(site.read("zcjd/index.html"))
        // 图解 before 政策问答: the README's order, not the count's.
        #expect(html.contains(#"<li><a href="/xxgk/search/?node=zcjd&amp;form=%E5%9B%BE%E8%A7%A3">图解<span class="count">（2）</span></a></li><li><a href="/xxgk/search/?node=zcjd&amp;form=%E6%94%BF%E7%AD%96%E9%97%AE%E7%AD%94">政策问答"#), "\(html)")
        let search = try #require(site.read("search/index.html"))
        #expect(search.contains(#"<select id="search-form" name="form">"#) && search.contains(#"<option value="图解">图解</option>"#))
        #expect(try #require(site.read("gzdt/index.html")).contains("form-filter") == false)
    }
}
