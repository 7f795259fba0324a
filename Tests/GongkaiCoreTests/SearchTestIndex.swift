import Foundation
@testable import GongkaiCore

/// Reads a built search index from an output folder the way search.js does — manifest,
/// shard by term hash, varint postings — and answers queries with the same rules, so
/// tests can check what the browser will find without a browser.
struct SearchTestIndex {
    struct Posting: Equatable {
        var document: Int
        var fields: UInt8
    }

    let folder: URL
    let shardCount: Int
    let documentCount: Int
    /// Shard files read so far, by number.
    private(set) var shards: [Int: [String: [Posting]]] = [:]

    init(output: URL) throws {
        folder = output.appendingPathComponent("search")
        let manifest = try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json"))) as! [String: Any]
        shardCount = manifest["shards"] as! Int
        documentCount = manifest["documents"] as! Int
    }

    func shardNumber(of term: String) -> Int { Int(SearchHash.fnv1a32(Array(term.utf8)) & UInt32(shardCount - 1)) }

    /// Every term of shard `n` with its postings.
    func readShard(_ n: Int) throws -> [String: [Posting]] {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent("s/" + String(n, radix: 16).leftPadded(to: 3) + ".bin")))
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
                list.append(Posting(document: document, fields: UInt8(v & 15)))
            }
            precondition(pos == end, "posting bytes of \(term)")
            result[term] = list
        }
        precondition(pos == bytes.count, "trailing bytes in shard \(n)")
        return result
    }

    mutating func postings(_ term: String) throws -> [Posting] {
        let n = shardNumber(of: term)
        if shards[n] == nil { shards[n] = try readShard(n) }
        return shards[n]?[term] ?? []
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
        for clause in SearchTokenizer.parseQuery(query) {
            var matched: [Int: Int] = [:]
            let exact = try clause.exact.map { try postings($0) } ?? []
            if !exact.isEmpty {
                for p in exact { matched[p.document] = 2 * Self.weight(p.fields) }
            } else if let first = clause.terms.first {
                for p in try postings(first) { matched[p.document] = Self.weight(p.fields) }
                for term in clause.terms.dropFirst() {
                    let list = Dictionary(try postings(term).map { ($0.document, Self.weight($0.fields)) }, uniquingKeysWith: max)
                    matched = matched.filter { list[$0.key] != nil }.reduce(into: [:]) { $0[$1.key] = min($1.value, list[$1.key]!) }
                }
            }
            combine(matched)
        }
        for (facet, value) in filters.sorted(by: { $0.key < $1.key }) {
            combine(Dictionary(try postings("f:\(facet):\(value)").map { ($0.document, 0) }, uniquingKeysWith: max))
        }
        return (result ?? [:]).sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
    }

    /// The result fragment of document `n`.
    func fragment(_ n: Int) throws -> [String: String] {
        try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("d/\(n).json"))) as! [String: String]
    }
}
