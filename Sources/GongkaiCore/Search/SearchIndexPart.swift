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
        didSet { shardFiles = ShardFiles(table: table, pack: shardFiles.pack, shards: shards, phraseShards: phraseShards) }
    }
    /// Where each shard is, read from `table` once.
    private(set) var shardFiles: ShardFiles

    /// Where a member's shards are in its pack: what the merge reads them by, held apart from
    /// the part (whose copies retain and release its strings and table).
    struct ShardFiles: Sendable, Codable, Hashable {
        /// The pack's path, kept: the merge reads thousands of shards, and `URL.path` is rebuilt on every call.
        let pack: String
        let shards: Int
        /// Offset and size of shard `n` at `2n` and `2n + 1`, the word shards first, then the
        /// phrase shards; -1 when the table lacks it. The merge reads every shard of every
        /// member, and formatting each one's path and hashing it to look it up cost more than
        /// the read's own work (bench/PERFORMANCE.md).
        private let places: [Int]

        init(table: [String: [Int]], pack: String, shards: Int, phraseShards: Int) {
            self.pack = pack
            self.shards = shards
            var places = [Int](repeating: -1, count: 2 * (shards + phraseShards))
            for (path, place) in table where place.count == 2 && place[0] >= 0 && place[1] >= 0 {
                guard let (phrase, n) = SearchIndexPart.shardNumber(path), n < (phrase ? phraseShards : shards) else { continue }
                let i = 2 * (phrase ? shards + n : n)
                places[i] = place[0]
                places[i + 1] = place[1]
            }
            self.places = places
        }

        /// Shard `n`'s bytes in memory of their own, which the caller deallocates (the merge
        /// keeps them as they are read: no zero-filled array, no copy, `SearchMemberShard`).
        func read(_ n: Int, phrase: Bool) throws(MemberSearchPack.ReadFailure) -> UnsafeMutableBufferPointer<UInt8> {
            let i = 2 * (phrase ? shards + n : n)
            guard n >= 0, i + 1 < places.count, phrase || n < shards, places[i] >= 0 else {
                throw .missing(phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n))
            }
            return try MemberSearchPack.read(offset: places[i], count: places[i + 1], inPackAt: pack)
        }

        /// The size of shard `n`, 0 when the table lacks it.
        func size(_ n: Int, phrase: Bool) -> Int {
            max(0, places[2 * (phrase ? shards + n : n) + 1])
        }
    }

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
        shardFiles = ShardFiles(table: table, pack: folder.path + "/" + MemberSearchPack.dataFile, shards: shards, phraseShards: phraseShards)
        self.table = table
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

    /// Shard `n`'s bytes in memory of their own, which the caller deallocates.
    func shardBuffer(_ n: Int, phrase: Bool) throws(MemberSearchPack.ReadFailure) -> UnsafeMutableBufferPointer<UInt8> {
        try shardFiles.read(n, phrase: phrase)
    }

    /// The bytes of every shard file of one kind, which sizes the combined index.
    func shardBytes(phrase: Bool) -> Int {
        (0..<(phrase ? phraseShards : shards)).reduce(0) { total, n in total + shardFiles.size(n, phrase: phrase) }
    }

    /// The kind and number of the shard at `path`, exactly as `URLBuilder` writes it
    /// (`search/s/` or `search/p/`, at least three lower-case hex digits without a needless
    /// leading zero, `.bin`); nil for any other path.
    static func shardNumber(_ path: String) -> (phrase: Bool, number: Int)? {
        var path = path
        return path.withUTF8 { bytes -> (Bool, Int)? in
            // `search/?/` (nine bytes), the digits, `.bin`: compared byte by byte, as a
            // generic `starts(with:)` over a string's UTF-8 view retains and releases per byte.
            let count = bytes.count
            guard count >= 16, bytes[0] == UInt8(ascii: "s"), bytes[1] == UInt8(ascii: "e"), bytes[2] == UInt8(ascii: "a"), bytes[3] == UInt8(ascii: "r"),
                  bytes[4] == UInt8(ascii: "c"), bytes[5] == UInt8(ascii: "h"), bytes[6] == UInt8(ascii: "/"), bytes[8] == UInt8(ascii: "/"),
                  bytes[count - 4] == UInt8(ascii: "."), bytes[count - 3] == UInt8(ascii: "b"), bytes[count - 2] == UInt8(ascii: "i"),
                  bytes[count - 1] == UInt8(ascii: "n") else { return nil }
            let kind = bytes[7]
            guard kind == UInt8(ascii: "s") || kind == UInt8(ascii: "p") else { return nil }
            let digits = count - 13
            guard digits <= 8, digits == 3 || bytes[9] != UInt8(ascii: "0") else { return nil }
            var n = 0
            for i in 9..<(count - 4) {
                let d = bytes[i]
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
