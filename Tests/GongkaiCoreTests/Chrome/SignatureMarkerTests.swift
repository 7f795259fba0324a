import Testing
@testable import GongkaiCore

@Suite("落款")
struct SignatureMarkerTests {
    func mark(_ html: String) -> String { String(decoding: SignatureMarker.mark(Array(html.utf8)), as: UTF8.self) }

    @Test("a date paragraph and the agency line above it are marked", arguments: ["2024年7月8日", "2024年12月31日", "二〇二四年七月八日"])
    func marked(date: String) {
        #expect(mark("<p>正文。</p>\n<p>青山镇人民政府</p>\n<p>\(date)</p>\n")
                == "<p>正文。</p>\n<p class=\"signature\">青山镇人民政府</p>\n<p class=\"signature\">\(date)</p>\n")
    }

    @Test("two issuing agencies above the date are both marked, a sentence above them is not")
    func jointIssue() {
        #expect(mark("<p>特此通知。</p>\n<p>青山镇人民政府</p>\n<p>青山镇党委</p>\n<p>2024年7月8日</p>")
                == "<p>特此通知。</p>\n<p class=\"signature\">青山镇人民政府</p>\n<p class=\"signature\">青山镇党委</p>\n<p class=\"signature\">2024年7月8日</p>")
    }

    @Test("text that only mentions a date, or a date inside a sentence, is left alone",
          arguments: ["<p>会议于2024年7月8日召开。</p>", "<p>2024年7月8日</p>x", "<p>24年7月8日</p>", "<p>2024年7月8日起施行</p>", "<h2>2024年7月8日</h2>"])
    func untouched(html: String) {
        #expect(mark(html) == html)
    }

    @Test("the signer test stops at exactly the listed punctuation, for every BMP scalar")
    func signerStops() {
        let listed = Set(SignatureMarker.signerStops.unicodeScalars)
        for value in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(SignatureMarker.isSignerStop(scalar) == listed.contains(scalar), "U+\(String(value, radix: 16))")
        }
        #expect(SignatureMarker.isSigner("青山镇人民政府（印章）"))
        #expect(!SignatureMarker.isSigner("特此通知。"))
        #expect(!SignatureMarker.isSigner("镇"))
        #expect(!SignatureMarker.isSigner(String(repeating: "镇", count: 31)))
    }

    @Test("lines are found wherever the page's line feeds fall: first line, blank lines, with and without a final line feed")
    func lineEdges() {
        let signed = "<p class=\"signature\">青山镇人民政府</p>\n<p class=\"signature\">2024年7月8日</p>"
        let plain = "<p>青山镇人民政府</p>\n<p>2024年7月8日</p>"
        for (before, after) in [("", ""), ("", "\n"), ("\n", "\n\n"), ("<p>正文。</p>\n\n", ""), ("\n\n<hr>\n", "\n<p>附件</p>")] {
            #expect(mark(before + plain + after) == before + signed + after, "\((before + plain + after).debugDescription)")
        }
        #expect(mark("<p>2024年7月8日</p>") == "<p class=\"signature\">2024年7月8日</p>")
        #expect(mark("<p>2024年7月8日</p>\n<p>2024年7月9日</p>\n") == "<p class=\"signature\">2024年7月8日</p>\n<p class=\"signature\">2024年7月9日</p>\n")
    }

    @Test("a date line is told scalar by scalar exactly as character by character")
    func dateAsByCharacters() {
        let digits = Set("0123456789〇零一二三四五六七八九十")
        func reference(_ text: String) -> Bool {
            var rest = Substring(text)
            for (unit, count) in [("年", 4...4), ("月", 1...3), ("日", 1...3)] {
                let run = rest.prefix { digits.contains($0) }
                guard count.contains(run.count) else { return false }
                rest = rest.dropFirst(run.count)
                guard rest.first == Character(unit) else { return false }
                rest = rest.dropFirst()
            }
            return rest.isEmpty
        }
        var texts = ["2024年7月8日", "二〇二四年七月八日", "2024年12月31日", "二〇二四年十二月三十一日", "2024年7月8", "202年7月8日", "20245年7月8日",
                     "2024年1234月8日", "2024年7月8日。", "2024-07-08", "", "年月日", "2024年月8日", "2024年7月8日 ", "2\u{301}024年7月8日",
                     "2024年\u{301}7月8日", "2024年7月8日\u{301}", "２０２４年７月８日", "2024年7月8日\r\n", "2024年7月十一日"]
        for text in Array(texts) { texts += [" " + text, text + "日", String(text.dropLast())] }
        for text in texts { #expect(SignatureMarker.isDate(text) == reference(text), "\(text)") }
        #expect(texts.contains(where: reference) && texts.contains(where: { !reference($0) }))
    }

}
