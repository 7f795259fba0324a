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
    var table: [String: [Int]]
    /// `folder`'s path, kept: the merge reads thousands of shards, and `URL.path` is rebuilt on every call.
    private var folderPath: String

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
        folderPath = folder.path
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
        try MemberSearchPack.read(phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n), inFolderAt: folderPath, table: table)
    }

    /// The bytes of every shard file of one kind, which sizes the combined index.
    func shardBytes(phrase: Bool) -> Int {
        (0..<(phrase ? phraseShards : shards)).reduce(0) { total, n in
            total + (table[phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)]?.last ?? 0)
        }
    }
}
