import Testing
@testable import GongkaiCore

/// `StringNumbering` (bench/PERFORMANCE.md) against numbering with a `[String: Int]`.
@Suite("numbering strings by their bytes first")
struct StringNumberingTests {
    /// The definition: a dictionary keyed by the strings, numbers in order of first sight.
    private func numberedByDictionary(_ texts: [String]) -> (numbers: [Int], values: [String]) {
        var known: [String: Int] = [:]
        var values: [String] = []
        let numbers = texts.map { text in
            if let n = known[text] { return n }
            known[text] = values.count
            values.append(text)
            return values.count - 1
        }
        return (numbers, values)
    }

    private func numbered(_ texts: [String]) -> (numbers: [Int], values: [String]) {
        var numbering = StringNumbering()
        let numbers = texts.map { numbering.number(of: $0) }
        return (numbers, numbering.values)
    }

    @Test("canonically equivalent spellings get one number and the first spelling is kept")
    func equivalentSpellingsShareANumber() {
        // Precomposed and decomposed é; a CJK compatibility ideograph and its unified one; the
        // Kelvin sign and K: each pair is one String key, though their bytes differ.
        let texts = ["caf\u{E9}", "县财政局", "cafe\u{301}", "\u{8C48}", "\u{F900}", "K", "\u{212A}", "县财政局", "cafe\u{301}"]
        let result = numbered(texts)
        #expect(result.numbers == [0, 1, 0, 2, 2, 3, 3, 1, 0])
        #expect(result.values.map { Array($0.utf8) } == ["caf\u{E9}", "县财政局", "\u{8C48}", "K"].map { Array($0.utf8) })
        #expect(result.numbers == numberedByDictionary(texts).numbers)
    }

    @Test("random sequences of publishers, years and spellings number as a dictionary does")
    func matchesADictionaryOnRandomSequences() {
        var random = SeededGenerator(state: 7)
        let pool = ["明川县人民政府", "明川县财政局", "2024", "2025", "", "a", "A", "caf\u{E9}", "cafe\u{301}", "\u{212B}", "\u{C5}", "A\u{30A}", "政务公开/综合"]
        for _ in 0..<200 {
            let texts = (0..<Int.random(in: 0...40, using: &random)).map { _ in pool.randomElement(using: &random)! }
            let (numbers, values) = numbered(texts)
            let expected = numberedByDictionary(texts)
            #expect(numbers == expected.numbers)
            #expect(values.map { Array($0.utf8) } == expected.values.map { Array($0.utf8) })
        }
    }
}
