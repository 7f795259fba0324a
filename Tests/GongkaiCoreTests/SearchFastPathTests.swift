import Foundation
import Testing
@testable import GongkaiCore

/// Texts that mix what the fast paths of indexing treat apart: Han, kana and hangul,
/// full-width forms, Chinese punctuation, Latin with and without accents, digits, 文号
/// patterns, white space (ideographic space and U+2028 included), quotes, back-slashes,
/// control characters and characters that only the general normalisation knows.
struct SearchTextSamples {
    static let pieces: [String] = [
        "一段简单", "号", "第", "青政办", "〔2024〕3号", "〔2024〕第12号", "[2023]7号", "（2022）5号", "【2021】9号", "〔２０２４〕３号",
        "〔202〕3号", "〔20245〕3号", "(1)", "（一）", "，", "。", "、", "《", "》", "：", "“", "”", "…", "‥", "—", "‼", "″",
        "\u{3000}", "\u{2028}", "\u{2029}", " ", "  ", "\n", "\t", "\r", "\u{01}", "\u{1F}", "\"", "\\", "/", "-",
        "ＡＢＣ", "ａｂ１２", "Abc", "GB/T", "9704", "2012", "x", "É", "é", "ß", "Ωμέγα", "Привет", "×", "÷",
        "ひらがな", "カタカナ", "・", "한국어", "〇", "〸", "〹", "兀", "𠀀𠀁", "⑴", "①", "ﬁ", "Ⅻ", "㈠", "㍿", "ｶﾀ",
        "¹²", "½", "ﹰ", "😀", "\u{200B}", "\u{2002}", "a\u{301}", "Ａ", "Ｚ", "ｚ", "～", "！", "＃",
    ]

    /// A deterministic text of `count` pieces.
    static func text(seed: UInt64, count: Int) -> String {
        var state = seed
        var text = ""
        for _ in 0..<count {
            state = state &+ 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            z ^= z >> 31
            text += pieces[Int(z % UInt64(pieces.count))]
        }
        return text
    }

    static let texts: [String] = pieces + (0..<300).map { text(seed: UInt64($0), count: 1 + $0 % 40) }
}

@Suite("search fast paths")
struct SearchFastPathTests {
    @Test("collecting a document's terms in one pass gives the tokenizer's index terms and 文号 terms")
    func fusedPassMatchesTokenizer() {
        for text in SearchTextSamples.texts {
            var terms = SearchDocumentTerms()
            terms.add(text, .body)
            var actual = Set(terms.other.keys.map(\.text))
            for packed in terms.packedCJK {
                #expect(packed & 15 == UInt64(SearchField.body.rawValue))
                actual.insert(CJKTermKey.text(of: packed >> 4))
            }
            #expect(terms.other.values.allSatisfy { $0 == SearchField.body.rawValue })
            let expected = Set(SearchTokenizer.indexTerms(text) + SearchTokenizer.documentNumberTerms(in: text))
            #expect(actual == expected, "\(text.debugDescription)")
        }
    }

    @Test("Han text broken by punctuation gives the tokenizer's terms; each character and bigram keeps the fields of every text it was found in, in tables used again")
    func fieldsOfEveryText() {
        // Han characters U+3400–U+9FFF are kept apart from the hashed keys (kana, 〇,
        // characters beyond the BMP, bigrams); both must end with every field's bit.
        let fields: [SearchField] = [.title, .identifier, .metadata, .body]
        for (k, text) in Self.punctuatedRuns.enumerated() {
            var terms = SearchDocumentTerms(expectedCJK: 0)
            terms.add(text, fields[k % fields.count])
            var actual = Set(terms.other.keys.map(\.text))
            for packed in terms.drainPackedCJK() { actual.insert(CJKTermKey.text(of: packed >> 4)) }
            #expect(actual == Set(SearchTokenizer.indexTerms(text) + SearchTokenizer.documentNumberTerms(in: text)), "\(text.debugDescription)")
        }
        for round in 0..<60 {
            var terms = SearchDocumentTerms(expectedCJK: 0)
            var expected: [String: UInt8] = [:]
            for k in 0..<6 {
                let text = SearchTextSamples.text(seed: UInt64(1000 + round * 6 + k), count: 1 + (round + k) % 30)
                let field = fields[(round + k) % fields.count]
                terms.add(text, field)
                for term in SearchTokenizer.indexTerms(text) where SearchTokenizer.kind(term.unicodeScalars.first!.value) == .cjk {
                    expected[term, default: 0] |= field.rawValue
                }
            }
            var actual: [String: UInt8] = [:]
            for packed in terms.drainPackedCJK() {
                let text = CJKTermKey.text(of: packed >> 4)
                #expect(actual[text] == nil, "\(text) listed twice")
                actual[text] = UInt8(packed & 15)
            }
            #expect(actual == expected, "round \(round)")
        }
    }

    @Test("posting lists built side by side, past many regrowths, hold each document's gap and fields as one varint")
    func postingListsEncodeGapsAndFields() {
        let lists = SearchPostingLists()
        let a = lists.addList(), b = lists.addList()
        var expectedA: [UInt8] = [], expectedB: [UInt8] = []
        var lastA = 0, lastB = 0
        for document in stride(from: 0, to: 40_000, by: 7) {
            let fields = UInt8(document % 16)
            lists.append(a, document: document, fields: fields)
            SearchShardWriter.appendVarint(UInt64(document - lastA) << 4 | UInt64(fields), to: &expectedA)
            lastA = document
            if document % 3 == 0 {
                lists.append(b, document: document, fields: 1)
                SearchShardWriter.appendVarint(UInt64(document - lastB) << 4 | 1, to: &expectedB)
                lastB = document
            }
        }
        #expect(lists.count == 2)
        #expect(Array(lists.bytes(a)) == expectedA)
        #expect(Array(lists.bytes(b)) == expectedB)
        #expect(lists.postingCount(a) == 5715 && lists.postingCount(b) == 1905)
        #expect(lists.bytes(lists.addList()).isEmpty)
    }

    @Test("a phrase posting is the document's varint, the number of positions and their differences, past many regrowths")
    func phrasePostingsEncodePositions() {
        let lists = SearchPostingLists()
        let a = lists.addList(), b = lists.addList()
        var expectedA: [UInt8] = [], expectedB: [UInt8] = []
        var lastA = 0
        for document in stride(from: 0, to: 20_000, by: 13) {
            let fields = UInt8(document % 16)
            // From no position to many, with gaps from 1 to past two varint bytes.
            let positions = (0..<(document % 23)).map { Int32($0 * (document % 300 + 1)) }
            positions.withUnsafeBufferPointer { lists.append(a, document: document, fields: fields, positions: $0) }
            SearchShardWriter.appendVarint(UInt64(document - lastA) << 4 | UInt64(fields), to: &expectedA)
            SearchShardWriter.appendVarint(UInt64(positions.count), to: &expectedA)
            var last: Int32 = 0
            for p in positions {
                SearchShardWriter.appendVarint(UInt64(p - last), to: &expectedA)
                last = p
            }
            lastA = document
            // A list of plain postings beside it is not disturbed.
            if document % 2 == 0 {
                lists.append(b, document: document, fields: 1)
                SearchShardWriter.appendVarint(UInt64(document - (expectedB.isEmpty ? 0 : document - 26)) << 4 | 1, to: &expectedB)
            }
        }
        #expect(Array(lists.bytes(a)) == expectedA)
        #expect(Array(lists.bytes(b)) == expectedB)
        #expect(lists.postingCount(a) == 1539)
    }

    @Test("shards are handed to the sink one file at a time, terms in byte order past a shared eight-byte prefix, and their lists are freed",
          arguments: [0, 3000])
    func shardsStreamToTheSink(more: Int) throws {
        // Terms that share their first eight bytes, prefixes of each other, and Chinese: in
        // one shard alone, or spread over several among many.
        let terms = ["abcdefgh2", "abcdefgh10", "abcdefgh1", "abcdefgh", "abc", "ab", "深化", "深", "基层", "z"]
            + (0..<more).map { "t\($0)" }
        let lists = SearchPostingLists()
        var expected: [String: [UInt8]] = [:]
        for (i, term) in terms.enumerated() {
            _ = lists.addList()
            var bytes: [UInt8] = []
            for document in stride(from: i % 5, to: 40, by: 1 + i % 7) {
                lists.append(i, document: document, fields: 1)
                SearchShardWriter.appendVarint(UInt64(bytes.isEmpty ? document : 1 + i % 7) << 4 | 1, to: &bytes)
            }
            expected[term] = bytes
        }
        let writer = SearchShardWriter(terms: terms, postings: lists)
        let sink = CountingSink()
        let digest = try writer.write(to: sink, at: { "s/\($0)" }).get()
        #expect((writer.shardCount > 1) == (more > 0))
        #expect(sink.batchSizes.allSatisfy { $0 == 1 })
        let files = sink.files.sorted { Int($0.path.dropFirst(2))! < Int($1.path.dropFirst(2))! }
        #expect(files.map(\.path) == (0..<writer.shardCount).map { "s/\($0)" })
        var found: [String: [UInt8]] = [:]
        var hashes: [UInt64] = []
        for file in files {
            guard case .bytes(let bytes) = file.contents else { Issue.record("a shard is bytes"); continue }
            hashes.append(SearchHash.shard(bytes))
            let entries = try SearchShardFile.entries(bytes)
            let keys = entries.map { Array($0.term) }
            #expect(keys == keys.sorted { $0.lexicographicallyPrecedes($1) })
            for entry in entries { found[String(decoding: entry.term, as: UTF8.self)] = Array(entry.postings) }
        }
        #expect(found == expected)
        #expect(digest == SearchShardWriter.digest(hashes))
        #expect((0..<terms.count).allSatisfy { lists.bytes($0).isEmpty })
    }

    @Test("a shard's fingerprint is the same for the same bytes and changes with any one byte, at every length up to 40")
    func shardFingerprint() {
        for length in 0...40 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }
            let hash = SearchHash.shard(bytes)
            #expect(SearchHash.shard(bytes) == hash)
            #expect(SearchHash.shard(bytes + [0]) != hash)
            for i in 0..<length {
                var changed = bytes
                changed[i] ^= 0x01
                #expect(SearchHash.shard(changed) != hash, "length \(length), byte \(i)")
            }
        }
    }

    @Test("term keys match by UTF-8 bytes, as the shards are keyed, not by canonical equivalence")
    func termKeysMatchByBytes() {
        var index: [SearchTermKey: Int] = [:]
        index[SearchTermKey("防汛")] = 1
        index[SearchTermKey("caf\u{E9}")] = 2
        #expect(index[SearchTermKey(String("防" + "汛"))] == 1)
        #expect(index[SearchTermKey("cafe\u{301}")] == nil)   // equal as Strings, different bytes
        #expect("caf\u{E9}" == "cafe\u{301}")
        #expect(index[SearchTermKey("防汛工作")] == nil)
    }

    @Test("key tables used again from the pool, and grown in the middle of a Han run, give the tokenizer's terms")
    func pooledTablesMatchTokenizer() {
        // Thousands of distinct Han characters (and bigrams) grow a 64-slot table many
        // times inside `SearchKeyTable.insertHanRun`; each table goes back to the pool
        // drained and serves the next text.
        var long = ""
        for v in stride(from: 0x4E00, to: 0x4E00 + 3000, by: 1) { long.unicodeScalars.append(Unicode.Scalar(UInt32(v))!) }
        long += "〔2024〕3号 abc 㐀䶿䷀一" + long.reversed()
        for text in [long] + SearchTextSamples.texts + [long] {
            var terms = SearchDocumentTerms(expectedCJK: 0)
            Array(text.utf8).withUnsafeBufferPointer { terms.add(utf8: $0, .body) }
            var actual = Set(terms.other.keys.map(\.text))
            let packed = terms.drainPackedCJK()
            #expect(Set(packed).count == packed.count)
            for key in packed { actual.insert(CJKTermKey.text(of: key >> 4)) }
            let expected = Set(SearchTokenizer.indexTerms(text) + SearchTokenizer.documentNumberTerms(in: text))
            #expect(actual == expected, "\(text.prefix(40).debugDescription)")
        }
    }

    /// Han text broken by the punctuation that `SearchKeyTable.insertHanRun` passes over
    /// (and by punctuation it does not), after words, digits and brackets, at a text's
    /// start and end.
    static let punctuatedRuns = [
        "深化「改革」『试点』〈一〉《二》，；？！深化：改革。、", "、。深化，", "abc，深化改革", "深化，abc", "12。深化",
        "深化〔2024〕，3号", "〔2024〕3号，深化", "深化（一）改革", "深化\u{3000}改革", "深化。。，，改革", "深化，", "，", "一，二，三",
        "深化！ａｂ？改革", "深化，〇，かな，改革", "深化，𠀀，改革",
    ]

    /// Each bigram's positions in `texts` added one after another, counted the slow way:
    /// over the tokenizer's normalised characters, one position per CJK character, one more
    /// at the end of each CJK run and of each text.
    static func referencePositions(_ texts: [String]) -> [String: [Int32]] {
        var result: [String: [Int32]] = [:]
        var position: Int32 = 0
        for text in texts {
            var previous: Unicode.Scalar?
            for scalar in SearchTokenizer.normalized(text) {
                if SearchTokenizer.kind(scalar.value) == .cjk {
                    if let p = previous { result[String(Character(p)) + String(Character(scalar)), default: []].append(position - 1) }
                    previous = scalar
                    position += 1
                } else if previous != nil {
                    previous = nil
                    position += 1
                }
            }
            if previous != nil { position += 1 }
        }
        return result
    }

    @Test("each bigram's positions are those of its first character, the fast paths' as the slow count's, texts never joined")
    func positionsMatchTheSlowCount() {
        var long = ""
        for v in stride(from: 0x4E00, to: 0x4E00 + 3000, by: 1) { long.unicodeScalars.append(Unicode.Scalar(UInt32(v))!) }
        long += "〔2024〕3号 abc 㐀䶿䷀一かなカナ한국" + long.reversed() + "深化改革深化改革"
        let groups = [[long], ["深化", "基层"], ["防汛。抗旱", "ｐ防汛ABC抗旱", "〇一二"], Self.punctuatedRuns] + SearchTextSamples.texts.map { [$0, $0] }
        for texts in groups {
            var terms = SearchDocumentTerms(expectedCJK: 0)
            for text in texts { Array(text.utf8).withUnsafeBufferPointer { terms.add(utf8: $0, .body) } }
            let drained = terms.drainCJK()
            var actual: [String: [Int32]] = [:]
            for (k, packed) in drained.packed.enumerated() {
                let from = Int(drained.positionStarts[k]), to = Int(drained.positionStarts[k + 1])
                if CJKTermKey.scalars(of: packed >> 4).second == nil {
                    #expect(from == to)
                } else {
                    actual[CJKTermKey.text(of: packed >> 4)] = Array(drained.positions[from..<to])
                }
            }
            #expect(actual == Self.referencePositions(texts), "\(texts.joined(separator: "|").prefix(40).debugDescription)")
        }
        #expect(Self.referencePositions(["深化", "基层"])["化基"] == nil)
        #expect(Self.referencePositions(["深化改革深化"])["深化"] == [0, 4])
    }

    @Test("a 索引号's terms are what the walk over characters gives",
          arguments: ["00822061-4/2024-00017", "a/b/1", "x/ /2", "１２/３４", "00/年/2024〔1〕", "//9", "7/", "id/", "12/ab/c3/"])
    func indexNumberTermsMatchCharacterWalk(_ text: String) {
        var expected: [String] = []
        if let whole = SearchTokenizer.identifierTerm(text) {
            expected = [whole]
            var rest = whole.dropFirst(3)[...]
            while let slash = rest.firstIndex(of: "/") {
                rest = rest[rest.index(after: slash)...]
                if rest.contains(where: { $0.isASCII && $0.isNumber }) { expected.append("id:" + rest) }
            }
        }
        #expect(SearchTokenizer.indexNumberTerms(text) == expected)
    }

    @Test("a fragment's JSON strings are what the byte-by-byte escaping gave", arguments: [1, 2, 3, 7, 50, 3000, Int.max])
    func jsonStringsMatchReference(_ limit: Int) {
        for text in SearchTextSamples.texts + SearchTextSamples.texts.map({ "  \u{3000}" + $0 + " \n" }) {
            var fast: [UInt8] = [], slow: [UInt8] = []
            SearchFragment.appendJSONString(text, limit: limit, to: &fast)
            Self.referenceAppendJSONString(text, limit: limit, to: &slow)
            #expect(fast == slow, "\(text.debugDescription) limit \(limit)")
        }
    }

    /// `SearchFragment.appendJSONString` as it was before its fast loop, byte by byte.
    static func referenceAppendJSONString(_ value: String, limit: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var value = value
        value.withUTF8 { bytes in
            let n = bytes.count
            var count = 0
            var pendingSpace = false
            var wroteAny = false
            // Bytes from `verbatim` up to the read position are copied as they are, in one go.
            var verbatim = 0
            var i = 0
            func flush(upTo end: Int) {
                if end > verbatim { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[verbatim..<end])) }
            }
            while i < n {
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    flush(upTo: i)
                    pendingSpace = wroteAny
                    i += 1
                    verbatim = i
                    continue
                }
                if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {   // U+3000
                    flush(upTo: i)
                    pendingSpace = wroteAny
                    i += 3
                    verbatim = i
                    continue
                }
                if b & 0xC0 != 0x80 {   // the first byte of a character
                    if count >= limit { break }
                    if pendingSpace {
                        out.append(0x20)
                        count += 1
                        pendingSpace = false
                        if count >= limit { break }
                    }
                    count += 1
                }
                wroteAny = true
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20:
                    flush(upTo: i)
                    if b == UInt8(ascii: "\"") {
                        out += "\\\"".utf8
                    } else if b == UInt8(ascii: "\\") {
                        out += "\\\\".utf8
                    } else {
                        out += "\\u00".utf8
                        out += String(b, radix: 16).leftPadded(to: 2).utf8
                    }
                    verbatim = i + 1
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    flush(upTo: i)
                    out += (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8   // valid JSON, but not in old JavaScript
                    i += 3
                    verbatim = i
                    continue
                default:
                    break
                }
                i += 1
            }
            flush(upTo: i)
        }
        out.append(UInt8(ascii: "\""))
    }
}

/// Keeps the files a shard writer hands over and the size of each hand-over.
private final class CountingSink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private(set) var files: [OutputFile] = []
    private(set) var batchSizes: [Int] = []

    func receive(_ files: [OutputFile]) -> String? {
        lock.withLock {
            self.files += files
            batchSizes.append(files.count)
        }
        return nil
    }
}
