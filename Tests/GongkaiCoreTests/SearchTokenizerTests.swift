import Foundation
import Testing
@testable import GongkaiCore

/// The table of cases that the JavaScript twin in search.js is tested on as well
/// (Tests/browser/run.py), so both sides cut text the same way.
struct SearchTokenizerCase: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var expected: [String: JSONValueBox]
    var testDescription: String { name }

    static let table: [SearchTokenizerCase] = {
        let url = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("browser/tokenizer-cases.json")
        guard let data = try? Data(contentsOf: url),
              let root = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let cases = root["cases"] as? [[String: Any]] else { return [] }
        return cases.map { c in
            var expected: [String: JSONValueBox] = [:]
            for (key, value) in c where key != "name" && key != "text" { expected[key] = JSONValueBox(value) }
            return SearchTokenizerCase(name: c["name"] as? String ?? "?", text: c["text"] as? String ?? "", expected: expected)
        }
    }()
}

/// A JSON value from the table, compared through its canonical serialisation.
struct JSONValueBox: Sendable, Equatable, CustomStringConvertible {
    let canonical: String
    init(_ value: Any) {
        if value is NSNull { canonical = "null"; return }
        let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys, .fragmentsAllowed, .withoutEscapingSlashes])
        canonical = data.flatMap { String(data: $0, encoding: .utf8) } ?? "?"
    }
    var description: String { canonical }
}

@Suite("search tokenizer")
struct SearchTokenizerTests {
    @Test("the case table is there and not empty")
    func tableLoads() {
        #expect(SearchTokenizerCase.table.count >= 20)
    }

    @Test("cuts text as the shared table of cases says", arguments: SearchTokenizerCase.table)
    func sharedCases(_ c: SearchTokenizerCase) {
        func clauses(_ list: [SearchTokenizer.Clause]) -> Any {
            list.map { ["exact": $0.exact.map { $0 as Any } ?? NSNull(), "terms": $0.terms] as [String: Any] }
        }
        let actual: [String: () -> Any] = [
            "indexTerms": { SearchTokenizer.indexTerms(c.text) },
            "queryTerms": { SearchTokenizer.queryTerms(c.text) },
            "parseQuery": { clauses(SearchTokenizer.parseQuery(c.text)) },
            "identifierTerm": { SearchTokenizer.identifierTerm(c.text).map { $0 as Any } ?? NSNull() },
            "indexNumberTerms": { SearchTokenizer.indexNumberTerms(c.text) },
            "documentNumberTerms": { SearchTokenizer.documentNumberTerms(in: c.text) },
        ]
        for (function, expected) in c.expected.sorted(by: { $0.key < $1.key }) {
            guard let compute = actual[function] else {
                Issue.record("unknown function \(function) in the case table")
                continue
            }
            #expect(JSONValueBox(compute()) == expected, "\(function)(\(c.text))")
        }
    }

    @Test("index and query agree: every query term of a text is an index term of it",
          arguments: ["一段简单的说明", "青山镇2025年春季森林防火工作会议", "GB/T 9704—2012《党政机关公文格式》", "ＡＢＣ（试行）第３号"])
    func queryTermsAreIndexed(_ text: String) {
        let indexed = Set(SearchTokenizer.indexTerms(text))
        for term in SearchTokenizer.queryTerms(text) { #expect(indexed.contains(term), "\(term)") }
    }

    @Test("the fast normalisation paths give what NFKC and lower-casing give")
    func fastPathsMatchNFKC() {
        let samples: [UInt32] = [0x41, 0x5A, 0x61, 0x30, 0x4E00, 0x9FFF, 0x3400, 0xFF01, 0xFF21, 0xFF3A, 0xFF41, 0xFF10, 0xFF5E,
                                 0x2014, 0x2026, 0x201C, 0x3000, 0x3001, 0x3014, 0x3038, 0x2000, 0x2024]
        for v in samples {
            let scalar = Unicode.Scalar(v)!
            var fast: [Unicode.Scalar] = []
            SearchTokenizer.normalize(scalar, into: &fast)
            let slow = Array(String(Character(scalar)).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
            #expect(fast == slow, "U+\(String(v, radix: 16))")
        }
    }
}
