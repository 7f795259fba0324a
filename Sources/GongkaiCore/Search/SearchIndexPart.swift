import Foundation

/// One member's search index as its own build made it (`MemberSearchPack` in the member's
/// part, README “站群”): what `SearchIndexMerger` needs to fold it into the portal's
/// combined index.
///
/// Everything here is read back from the part folder, so a member built on another machine
/// (`gongkai build --member`) can be merged by an assemble step that has only its part.
public struct SearchIndexPart: Sendable, Codable, Hashable {
    /// The member's id (its URL segment), the 机构 filter's value.
    public var id: String
    /// The agency's name, the 机构 filter's label.
    public var title: String
    /// The member's part folder on disk, which holds the pack.
    public var folder: URL
    /// The member's `search/` folder as its pages link it (under the portal's base path):
    /// the portal's search page fetches the member's result fragments from there.
    public var dataHref: String
    /// Documents and searchable single pages in the member's index (its numbers 0..<documents).
    public var documents: Int
    public var shards: Int
    public var phraseShards: Int
    /// The member index's own version (changes with any shard or fragment).
    public var version: String
    /// Where each shard is in the pack (`MemberSearchPack.table`).
    var table: [String: [Int]] {
        didSet { places = Self.places(table, shards: shards, phraseShards: phraseShards) }
    }
    /// The pack's path, kept: the merge reads thousands of shards, and `URL.path` is rebuilt on every call.
    private var packPath: String
    /// Where shard `n` is in the pack, read from `table` once: offset and size at `2n` and
    /// `2n + 1` of the shards of one kind, then of the other; -1 when the table lacks it. The
    /// merge reads every shard of every member, and formatting each one's path and hashing it
    /// to look it up cost more than the read's own work (bench/PERFORMANCE.md).
    private var places: [Int]

    init(id: String, title: String, folder: URL, dataHref: String, documents: Int, shards: Int, phraseShards: Int, version: String,
         table: [String: [Int]]) {
        self.id = id
        self.title = title
        self.folder = folder
        self.dataHref = dataHref
        self.documents = documents
        self.shards = shards
        self.phraseShards = phraseShards
        self.version = version
        self.table = table
        packPath = folder.path + "/" + MemberSearchPack.dataFile
        places = Self.places(table, shards: shards, phraseShards: phraseShards)
    }

    /// The part in `partFolder` (a member's part), or nil when it has no index (the member
    /// turned search off).
    public static func read(id: String, title: String, partFolder: URL, dataHref: String) throws -> SearchIndexPart? {
        guard let table = try MemberSearchPack.table(in: partFolder) else { return nil }
        struct Manifest: Decodable {
            var version: String
            var shards: Int
            var phraseShards: Int
            var documents: Int
        }
        let m = try JSONDecoder().decode(Manifest.self, from: Data(MemberSearchPack.read(URLBuilder.searchManifestPath, in: partFolder, table: table)))
        return SearchIndexPart(id: id, title: title, folder: partFolder, dataHref: dataHref, documents: m.documents,
                               shards: m.shards, phraseShards: m.phraseShards, version: m.version, table: table)
    }

    /// Shard `n`'s bytes, of the document lists or of the bigram positions.
    func shard(_ n: Int, phrase: Bool) throws -> [UInt8] {
        let bytes = try shardBuffer(n, phrase: phrase)
        defer { bytes.deallocate() }
        return Array(bytes)
    }

    /// Shard `n`'s bytes in memory of their own, which the caller deallocates (the merge
    /// keeps them as they are read: no zero-filled array, no copy, `SearchMemberShard`).
    func shardBuffer(_ n: Int, phrase: Bool) throws(MemberSearchPack.ReadFailure) -> UnsafeMutableBufferPointer<UInt8> {
        let i = 2 * (phrase ? shards + n : n)
        guard n >= 0, n < (phrase ? phraseShards : shards), places[i] >= 0 else {
            throw .missing(phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n))
        }
        return try MemberSearchPack.read(offset: places[i], count: places[i + 1], inPackAt: packPath)
    }

    /// The bytes of every shard file of one kind, which sizes the combined index.
    func shardBytes(phrase: Bool) -> Int {
        (0..<(phrase ? phraseShards : shards)).reduce(0) { total, n in total + max(0, places[2 * (phrase ? shards + n : n) + 1]) }
    }

    /// `places` from the pack's table: each path of a shard (`URLBuilder.searchShardPath`,
    /// `searchPhraseShardPath`) read back to its number, not formatted for every number.
    private static func places(_ table: [String: [Int]], shards: Int, phraseShards: Int) -> [Int] {
        var places = [Int](repeating: -1, count: 2 * (shards + phraseShards))
        for (path, place) in table where place.count == 2 && place[0] >= 0 && place[1] >= 0 {
            guard let (phrase, n) = shardNumber(path), n < (phrase ? phraseShards : shards) else { continue }
            let i = 2 * (phrase ? shards + n : n)
            places[i] = place[0]
            places[i + 1] = place[1]
        }
        return places
    }

    /// The kind and number of the shard at `path`, exactly as `URLBuilder` writes it
    /// (`search/s/` or `search/p/`, at least three lower-case hex digits without a needless
    /// leading zero, `.bin`); nil for any other path.
    static func shardNumber(_ path: String) -> (phrase: Bool, number: Int)? {
        var path = path
        return path.withUTF8 { bytes -> (Bool, Int)? in
            let prefix = "search/".utf8, suffix = ".bin".utf8
            guard bytes.count >= prefix.count + 2 + 3 + suffix.count, bytes.starts(with: prefix), bytes.reversed().starts(with: suffix.reversed()),
                  bytes[prefix.count + 1] == UInt8(ascii: "/") else { return nil }
            let kind = bytes[prefix.count]
            guard kind == UInt8(ascii: "s") || kind == UInt8(ascii: "p") else { return nil }
            let digits = bytes[(prefix.count + 2)..<(bytes.count - suffix.count)]
            guard digits.count <= 8, digits.count == 3 || digits.first != UInt8(ascii: "0") else { return nil }
            var n = 0
            for d in digits {
                switch d {
                case UInt8(ascii: "0")...UInt8(ascii: "9"): n = n << 4 | Int(d - UInt8(ascii: "0"))
                case UInt8(ascii: "a")...UInt8(ascii: "f"): n = n << 4 | Int(d - UInt8(ascii: "a") + 10)
                default: return nil
                }
            }
            return (kind == UInt8(ascii: "p"), n)
        }
    }
}
