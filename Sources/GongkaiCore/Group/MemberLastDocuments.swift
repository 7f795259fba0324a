import Foundation
import Synchronization

/// The side tables of last documents of a member's search shards (`SearchLastDocuments`),
/// gathered from its build into one small file of its part, `search.last`, beside the search
/// pack (`MemberSearchPack`), for the portal's merge (`SearchIndexMerger`).
///
/// Not in the pack's table: read with the part's `search.pack.json` they doubled its entries,
/// and decoding that JSON cost more than the decoding of lists they spare. The file is written
/// in shard order, so the same index gives the same bytes, and it is read whole (about 14
/// bytes a shard, 36 KB for a 2,000-document member of 2,560 shards).
///
/// The file is unsigned LEB128 varints: the number of shards and of phrase shards, then each
/// shard's side table (the word shards', then the phrase shards', each in number order) as
/// its byte count and its bytes.
final class MemberLastDocuments: Sendable {
    static let fileName = "search.last"

    private let tables = Mutex<[String: [UInt8]]>([:])

    init() {}

    /// Whether a file of a member's output is a shard's side table.
    static func holds(_ path: String) -> Bool {
        path.hasSuffix(SearchLastDocuments.suffix) && MemberSearchPack.holds(path)
    }

    /// Keeps the side table at `path` until `finish`.
    func add(_ bytes: [UInt8], as path: String) {
        tables.withLock { $0[path] = bytes }
    }

    /// How many side tables were added.
    var count: Int { tables.withLock { $0.count } }

    /// Writes `search.last` into `folder` (a part's staging folder); the failure's message, or nil.
    func finish(in folder: URL) -> String? {
        let tables = self.tables.withLock { $0 }
        let shards = tables.keys.filter { $0.hasPrefix(URLBuilder.searchDataFolder + "s/") }.count
        let phraseShards = tables.count - shards
        var file: [UInt8] = []
        SearchShardWriter.appendVarint(UInt64(shards), to: &file)
        SearchShardWriter.appendVarint(UInt64(phraseShards), to: &file)
        for (phrase, count) in [(false, shards), (true, phraseShards)] {
            for n in 0..<count {
                let path = SearchLastDocuments.path(ofShard: phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n))
                guard let table = tables[path] else { return "写入 \(folder.path)/\(Self.fileName) 失败：缺少 \(path)" }
                SearchShardWriter.appendVarint(UInt64(table.count), to: &file)
                file += table
            }
        }
        do {
            try Data(file).write(to: folder.appendingPathComponent(Self.fileName))
            return nil
        } catch {
            return "写入 \(folder.path)/\(Self.fileName) 失败：\(error.localizedDescription)"
        }
    }

    // MARK: - Reading

    /// A part's side tables as read from its `search.last`.
    struct Tables: Sendable {
        let shards: Int
        let phraseShards: Int
        private let bytes: [UInt8]
        /// Side table `i` (word shards first) is `bytes[ranges[i]]`.
        private let ranges: [Range<Int>]

        init(_ bytes: [UInt8]) throws(SearchShardFile.Malformed) {
            var pos = 0
            let shards = try SearchShardFile.varint(bytes, &pos), phraseShards = try SearchShardFile.varint(bytes, &pos)
            guard shards <= UInt64(SearchShardWriter.maxShardCount), phraseShards <= UInt64(SearchShardWriter.maxShardCount) else { throw .truncated }
            var ranges: [Range<Int>] = []
            ranges.reserveCapacity(Int(shards + phraseShards))
            for _ in 0..<(shards + phraseShards) {
                let size = try SearchShardFile.varint(bytes, &pos)
                guard size <= UInt64(bytes.count - pos) else { throw .truncated }
                ranges.append(pos..<(pos + Int(size)))
                pos += Int(size)
            }
            guard pos == bytes.count else { throw .truncated }
            self.shards = Int(shards)
            self.phraseShards = Int(phraseShards)
            self.bytes = bytes
            self.ranges = ranges
        }

        /// Shard `n`'s side table, of the word or of the phrase shards.
        func table(_ n: Int, phrase: Bool) -> [UInt8] {
            precondition(n >= 0 && n < (phrase ? phraseShards : shards), "no side table of shard \(n)")
            return Array(bytes[ranges[phrase ? shards + n : n]])
        }
    }

    /// The side tables in the part in `folder`: nil when it has none (a part without them is
    /// merged by decoding its lists); throws when the file is malformed.
    static func read(in folder: URL) throws(SearchShardFile.Malformed) -> Tables? {
        guard let data = FileManager.default.contents(atPath: folder.appendingPathComponent(fileName).path) else { return nil }
        return try Tables([UInt8](data))
    }
}
