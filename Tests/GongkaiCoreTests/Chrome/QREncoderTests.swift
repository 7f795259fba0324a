import Testing
@testable import GongkaiCore

/// The Swift QR encoder against its oracle, libqrencode itself (`QRCode.libqrencode`): the same width and
/// the same modules for every text, so document pages stay byte-identical.
@Suite("QR encoder")
struct QREncoderTests {
    /// The texts whose code differs from libqrencode's (first few), and how many the Swift encoder made.
    static func compare(_ texts: [String]) -> (differing: [String], swift: Int) {
        var differing: [String] = []
        var swift = 0
        for text in texts {
            let own = QREncoder.encode(text)
            if own != nil { swift += 1 }
            let oracle = QRCode.libqrencode(text)
            if (own ?? oracle) != oracle || QRCode(text) != oracle, differing.count < 5 { differing.append(text) }
        }
        return (differing, swift)
    }

    static func random(_ count: Int, from alphabet: String, lengths: ClosedRange<Int>, seed: UInt64) -> [String] {
        var rng = SeededGenerator(state: seed)
        let characters = Array(alphabet)
        return (0..<count).map { _ in
            String((0..<Int.random(in: lengths, using: &rng)).map { _ in characters.randomElement(using: &rng)! })
        }
    }

    /// Addresses shaped like gongkai's: site, optional member, column path, 索引号-style names, some
    /// upper case, digits and query strings.
    static func addresses(_ count: Int, seed: UInt64) -> [String] {
        var rng = SeededGenerator(state: seed)
        let sites = ["www.mingchuan.gov.cn", "www.example.gov.cn", "XXGK.SZ.GOV.CN", "zwgk.hz.gov.cn:8080", "10.1.2.3", "gov.cn"]
        let words = ["xxgk", "fdzdgknr", "gzdt", "mzj", "fgwj", "gfxwj", "tzgg", "zcjd", "2024", "ZCWJ", "A01", "jgzn", "ghjh", "rsxx", "czyjs"]
        let names = ["2024-00062", "113305000025", "ZJ-2023-0001", "b", "index", "art_1229_5840", "MZJ2024001", "t20240305_1", "1"]
        let queries = ["", "", "", "?from=wx", "?id=12345", "?A=B&c=1", "#top", "?page=2&sort=DATE"]
        return (0..<count).map { _ in
            var address = (Bool.random(using: &rng) ? "https://" : "http://") + sites.randomElement(using: &rng)!
            for _ in 0..<Int.random(in: 0...12, using: &rng) { address += "/" + words.randomElement(using: &rng)! }
            address += "/" + names.randomElement(using: &rng)! + [".html", ".htm", "/", ".pdf"].randomElement(using: &rng)!
            address += queries.randomElement(using: &rng)!
            return address
        }
    }

    @Test("gongkai-shaped addresses get libqrencode's exact modules from the Swift encoder")
    func addressesMatchLibqrencode() {
        let texts = Self.addresses(3000, seed: 18)
        #expect(texts.contains { $0.utf8.count < 30 } && texts.contains { $0.utf8.count > 130 })
        let (differing, swift) = Self.compare(texts)
        #expect(differing.isEmpty, "\(differing)")
        #expect(swift == texts.count)
    }

    @Test("an address's '/2024-00062.' is an alphanumeric segment between two byte segments, as libqrencode splits it despite its 8-bit hint")
    func addressSegments() {
        let address = "https://www.mingchuan.gov.cn/xxgk/fdzdgknr/gzdt/2024-00062.html"
        var text = address
        let segments = text.withUTF8 { QRSegment.split($0) }
        let start = address.utf8.count - "/2024-00062.html".utf8.count
        #expect(segments == [QRSegment(mode: .byte, start: 0, count: start),
                             QRSegment(mode: .alphanumeric, start: start, count: 12),
                             QRSegment(mode: .byte, start: start + 12, count: 4)])
        #expect(QREncoder.encode(address) == QRCode.libqrencode(address))
    }

    @Test("random printable ASCII, and texts crowded with digits, capitals and URL punctuation, match libqrencode",
          arguments: [(" !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~", UInt64(1)),
                      ("0123456789", 2), ("0123456789ABCXYZ $%*+-./:", 3), ("0000011111ABab/.:-%?=&", 4),
                      ("01234567899999abc", 5), ("AB12a", 6), ("\t\n\u{7F}a1A", 7)])
    func randomTextsMatchLibqrencode(alphabet: String, seed: UInt64) {
        let texts = Self.random(700, from: alphabet, lengths: 1...300, seed: seed)
        let (differing, swift) = Self.compare(texts)
        #expect(differing.isEmpty, "\(differing)")
        #expect(swift > 0)
    }

    @Test("every one-byte text matches libqrencode, and the empty text has no code on either path")
    func shortestTexts() {
        let texts = (1...127).map { String(UnicodeScalar(UInt8($0))) } + ["", "a", "1", "A", "12", "1A", "a1"]
        let (differing, swift) = Self.compare(texts)
        #expect(differing.isEmpty, "\(differing)")
        #expect(swift == texts.count - 1)
        #expect(QRCode("") == nil && QRCode.libqrencode("") == nil)
    }

    @Test("texts of one mode at every length around each version's capacity at level L match libqrencode",
          arguments: [("a", 1...290), ("7", 1...700), ("Z", 1...430)])
    func versionBoundaries(character: String, lengths: ClosedRange<Int>) {
        let texts = lengths.map { String(repeating: character, count: $0) }
        let (differing, swift) = Self.compare(texts)
        #expect(differing.isEmpty, "\(differing)")
        // Versions 1–10 hold 271 bytes, 652 digits or 395 alphanumerics; beyond, libqrencode draws them.
        #expect(swift == [271, 652, 395][["a", "7", "Z"].firstIndex(of: character)!])
    }

    @Test("mixed texts at lengths near each version boundary match libqrencode")
    func mixedBoundaries() {
        var texts: [String] = []
        for capacity in QRVersionLayout.dataCodewords.prefix(12).dropFirst() {
            for length in (capacity - 6)...(capacity + 2) {
                texts += Self.random(4, from: "abc/.-0123456789XYZ?=", lengths: length...length, seed: UInt64(length))
            }
        }
        let (differing, _) = Self.compare(texts)
        #expect(differing.isEmpty, "\(differing)")
    }

    @Test("a text outside the Swift encoder's reach (non-ASCII, or above version 10) is drawn by libqrencode, the same as before",
          arguments: ["https://www.mingchuan.gov.cn/xxgk/政策文件/2024-00062.html", "扫一扫",
                      "https://www.mingchuan.gov.cn/xxgk/" + String(repeating: "fdzdgknr/", count: 30) + "2024-00062.html"])
    func fallback(text: String) throws {
        #expect(QREncoder.encode(text) == nil)
        let code = try #require(QRCode(text))
        #expect(code == QRCode.libqrencode(text))
        #expect(code.width >= 21)
    }

    @Test("the largest Swift-made code is version 10 (57 modules)")
    func largestVersion() throws {
        #expect(try #require(QREncoder.encode(String(repeating: "a", count: 271))).width == 57)
        #expect(QREncoder.encode(String(repeating: "a", count: 272)) == nil)
    }
}
