import Testing
@testable import GongkaiCore

@Suite("rendering fast paths")
struct RenderingFastPathTests {
    @Test("the punctuation table agrees with the Unicode general category for every character")
    func punctuationTableMatchesCategories() {
        var checked = 0
        for value in UInt32(0)...0x10FFFF where value < 0x1_0000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let expected = scalar.isASCII ? CJKCharacterClass.isASCIIPunctuation(scalar) : CJKCharacterClass.isPunctuationCategory(scalar)
            #expect(CJKCharacterClass.isPunctuation(scalar) == expected, "U+\(String(value, radix: 16))")
            checked += 1
        }
        #expect(checked > 60_000)
        #expect(CJKCharacterClass.isPunctuation("，") && CJKCharacterClass.isPunctuation("《") && !CJKCharacterClass.isPunctuation("中"))
    }

    @Test("trimming's whitespace lists agree with the Unicode categories for every character")
    func whitespaceListsMatchCategories() {
        for value in UInt32(0)...0x10FFFF where value < 0x1_0000 || value % 97 == 0 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let category = scalar.properties.generalCategory
            let space = value == 0x09 || category == .spaceSeparator
            #expect(String.isWhitespace(scalar) == space, "U+\(String(value, radix: 16))")
            let newline = (0x0A...0x0D).contains(value) || value == 0x85 || category == .lineSeparator || category == .paragraphSeparator
            #expect(String.isWhitespaceOrNewline(scalar) == (space || newline), "U+\(String(value, radix: 16))")
        }
        #expect("\u{3000}　标题 \t".trimmingWhitespace() == "标题")
    }

    @Test("a label's placeholders are filled; other braces and unknown names stay as written")
    func labelPlaceholders() {
        let values = ["page": "2", "pages": "15"]
        #expect(PageContext.filling("第 {{page}} 页，共 {{pages}} 页", values) == "第 2 页，共 15 页")
        #expect(PageContext.filling("Page {{page}} of {{pages}}", values) == "Page 2 of 15")
        #expect(PageContext.filling("{{other}} {page} {{page}", values) == "{{other}} {page} {{page}")
        #expect(PageContext.filling("无占位符", values) == "无占位符")
        #expect(PageContext.filling("{{{page}}}", values) == "{2}")   // as replacing the text "{{page}}" gives
    }

    @Test("a scan is recognised from an ASCII link's bytes exactly as from its characters", arguments: [
        "files/通知.pdf", "files/a.PDF", "a.pdf?x=1", "a.pdf#page=2", "a.html?f=b.pdf", "a#b.pdf", "a.pdf/b", "dir.pdf/b", "../x/y.JpEg",
        "x.tiff", "x.tif.", "x", ".pdf", "a.b.png", "a.pdfx", "https://a.b/c.ofd", "a.pdf?\u{301}", "a.\u{301}pdf", "a.p\u{301}df", "a.pdf\r\n",
        "", "?", "#.pdf", "a/.png", "K.jpg", "x.\u{212A}", "a.pdf\u{301}",
    ])
    func scanLinks(_ url: String) {
        #expect(MarkdownTextCollector.isScan(url) == MarkdownTextCollector.isScanByCharacters(url), "\(url.debugDescription)")
        var bytes = Array(url.utf8)
        let ascii = bytes.withUnsafeMutableBufferPointer { MarkdownTextCollector.isScanASCII(UnsafeBufferPointer($0)) }
        #expect((ascii == nil) == !url.utf8.allSatisfy { $0 < 0x80 })
    }
}
