import Foundation
import Testing
@testable import GongkaiCore

/// Reads a built search index from an output folder the way search.js does — manifest,
/// shard by term hash, varint postings, phrase shards with positions — and answers queries
/// with the same rules, so tests can check what the browser will find without a browser.
struct SearchTestIndex {
    struct Posting: Equatable {
        var document: Int
        var fields: UInt8
        /// Where the bigram occurs in the document (phrase shards only).
        var positions: [Int] = []
    }

    let folder: URL
    let shardCount: Int
    let phraseShardCount: Int
    let documentCount: Int
    /// A group portal's members (README “站群”): id, first number, count, as index.json lists them.
    let members: [(id: String, from: Int, documents: Int, data: String)]
    /// Shard files read so far, by folder and number.
    private(set) var shards: [String: [String: [Posting]]] = [:]

    /// A shard's bytes by number, of `s/` or of `p/`.
    private let shardBytes: (_ n: Int, _ phrase: Bool) throws -> [UInt8]

    init(output: URL) throws {
        let folder = output.appendingPathComponent("search")
        try self.init(folder: folder, manifest: Data(contentsOf: folder.appendingPathComponent("index.json"))) { n, phrase in
            [UInt8](try Data(contentsOf: folder.appendingPathComponent((phrase ? "p/" : "s/") + String(n, radix: 16).leftPadded(to: 3) + ".bin")))
        }
    }

    /// A group member's own index, from the search pack in its part (README “站群”); its
    /// fragments from the member's folder `output` in the group's output.
    init(part: URL, output: URL) throws {
        let table = try #require(try MemberSearchPack.table(in: part))
        try self.init(folder: output.appendingPathComponent("search"),
                      manifest: Data(try MemberSearchPack.read(URLBuilder.searchManifestPath, in: part, table: table))) { n, phrase in
            try MemberSearchPack.read(phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n), in: part, table: table)
        }
    }

    private init(folder: URL, manifest data: Data, shardBytes: @escaping (Int, Bool) throws -> [UInt8]) throws {
        self.folder = folder
        self.shardBytes = shardBytes
        let manifest = try JSONSerialization.jsonObject(with: data) as! [String: Any]
        shardCount = manifest["shards"] as! Int
        phraseShardCount = manifest["phraseShards"] as! Int
        documentCount = manifest["documents"] as! Int
        members = (manifest["members"] as? [[String: Any]] ?? []).map {
            ($0["id"] as! String, $0["from"] as! Int, $0["documents"] as! Int, $0["data"] as! String)
        }
    }

    func shardNumber(of term: String, phrase: Bool = false) -> Int {
        Int(SearchHash.fnv1a32(Array(term.utf8)) & UInt32((phrase ? phraseShardCount : shardCount) - 1))
    }

    /// Every term of shard `n` with its postings: of `s/`, or of `p/` with positions.
    func readShard(_ n: Int, phrase: Bool = false) throws -> [String: [Posting]] {
        let bytes = try shardBytes(n, phrase)
        var pos = 0
        func varint() -> Int {
            var value = 0, shift = 0
            while true {
                let b = bytes[pos]
                pos += 1
                value |= Int(b & 0x7F) << shift
                shift += 7
                if b & 0x80 == 0 { return value }
            }
        }
        var result: [String: [Posting]] = [:]
        for _ in 0..<varint() {
            let length = varint()
            let term = String(decoding: bytes[pos..<(pos + length)], as: UTF8.self)
            pos += length
            let count = varint()
            let size = varint()
            let end = pos + size
            var document = 0
            var list: [Posting] = []
            for _ in 0..<count {
                let v = varint()
                document += v >> 4
                var positions: [Int] = []
                if phrase {
                    var at = 0
                    for _ in 0..<varint() {
                        at += varint()
                        positions.append(at)
                    }
                }
                list.append(Posting(document: document, fields: UInt8(v & 15), positions: positions))
            }
            precondition(pos == end, "posting bytes of \(term)")
            result[term] = list
        }
        precondition(pos == bytes.count, "trailing bytes in shard \(n)")
        return result
    }

    mutating func postings(_ term: String, phrase: Bool = false) throws -> [Posting] {
        let n = shardNumber(of: term, phrase: phrase)
        let key = "\(phrase ? "p" : "s")\(n)"
        if shards[key] == nil { shards[key] = try readShard(n, phrase: phrase) }
        return shards[key]?[term] ?? []
    }

    /// The documents holding the CJK run `run` (three or more characters) as written, with
    /// their scores: the bigrams at offsets 0, 2, 4, … and the last at lined-up positions.
    mutating func phraseMatches(_ run: [Unicode.Scalar]) throws -> [Int: Int] {
        var offsets = Array(stride(from: 0, to: run.count - 2, by: 2))
        offsets.append(run.count - 2)
        var lists: [(offset: Int, postings: [Int: Posting])] = []
        for k in offsets {
            var bigram = String.UnicodeScalarView()
            bigram.append(contentsOf: run[k...(k + 1)])
            lists.append((k, Dictionary(try postings(String(bigram), phrase: true).map { ($0.document, $0) }, uniquingKeysWith: { a, _ in a })))
        }
        var matched: [Int: Int] = [:]
        for (document, first) in lists[0].postings {
            let all = lists.compactMap { $0.postings[document] }
            guard all.count == lists.count else { continue }
            let sets = all.map { Set($0.positions) }
            if first.positions.contains(where: { p in lists.indices.allSatisfy { sets[$0].contains(p + lists[$0].offset) } }) {
                matched[document] = all.map { Self.weight($0.fields) }.min()!
            }
        }
        return matched
    }

    private static func weight(_ fields: UInt8) -> Int {
        if fields & 3 != 0 { return 10 }
        if fields & 4 != 0 { return 3 }
        if fields & 8 != 0 { return 1 }
        return 0
    }

    /// Document numbers matching `query` and the filters (`["node": "fgwj"]`), best first.
    mutating func search(_ query: String, filters: [String: String] = [:]) throws -> [Int] {
        var result: [Int: Int]?
        func combine(_ matched: [Int: Int]) {
            guard let current = result else { result = matched; return }
            result = current.filter { matched[$0.key] != nil }.reduce(into: [:]) { $0[$1.key] = $1.value + matched[$1.key]! }
        }
        var seen: Set<[String]> = []
        for part in SearchTokenizer.normalized(query).split(whereSeparator: SearchTokenizer.isSpace) {
            let scalars = Array(part)
            let clause = SearchTokenizer.parseQuery(String(String.UnicodeScalarView(scalars))).first
            // As search.js plans it: words, one- and two-character runs by their lists,
            // longer runs as phrases.
            var terms: [String] = [], phrases: [[Unicode.Scalar]] = []
            SearchTokenizer.scan(scalars, cjk: { run in
                if run.count <= 2 {
                    let text = String(String.UnicodeScalarView(run))
                    if !terms.contains(text) { terms.append(text) }
                } else {
                    phrases.append(Array(run))
                }
            }, word: { if !terms.contains($0) { terms.append($0) } })
            let key = [clause?.exact ?? ""] + terms + ["|"] + phrases.map { String(String.UnicodeScalarView($0)) }
            guard clause != nil, seen.insert(key).inserted else { continue }
            var matched: [Int: Int]?
            func and(_ next: [Int: Int]) {
                guard let current = matched else { matched = next; return }
                matched = current.filter { next[$0.key] != nil }.reduce(into: [:]) { $0[$1.key] = min($1.value, next[$1.key]!) }
            }
            let exact = try clause?.exact.map { try postings($0) } ?? []
            if !exact.isEmpty {
                matched = Dictionary(exact.map { ($0.document, 2 * Self.weight($0.fields)) }, uniquingKeysWith: max)
            } else {
                for term in terms { and(Dictionary(try postings(term).map { ($0.document, Self.weight($0.fields)) }, uniquingKeysWith: max)) }
                for run in phrases { and(try phraseMatches(run)) }
            }
            combine(matched ?? [:])
        }
        for (facet, value) in filters.sorted(by: { $0.key < $1.key }) {
            // 机构 on a portal: the member's range of numbers, as search.js reads index.json.
            if facet == "member" {
                let range = members.first { $0.id == value }.map { $0.from..<($0.from + $0.documents) } ?? 0..<0
                guard let current = result else { result = Dictionary(uniqueKeysWithValues: range.map { ($0, 0) }); continue }
                result = current.filter { range.contains($0.key) }
                continue
            }
            combine(Dictionary(try postings("f:\(facet):\(value)").map { ($0.document, 0) }, uniquingKeysWith: max))
        }
        return (result ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The result fragment of document `n`.
    func fragment(_ n: Int) throws -> [String: String] {
        // On a portal the fragment is the member's own, under `<id>/search/d/`.
        if let m = members.first(where: { n >= $0.from && n < $0.from + $0.documents }) {
            let file = folder.deletingLastPathComponent().appendingPathComponent("\(m.id)/search/d/\(n - m.from).json")
            return try JSONSerialization.jsonObject(with: Data(contentsOf: file)) as! [String: String]
        }
        return try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("d/\(n).json"))) as! [String: String]
    }
}
