import Foundation

/// One member's search index as its own build wrote it (`<member>/search/` under the group's
/// output): what `SearchIndexMerger` needs to fold it into the portal's combined index.
///
/// Everything here is read back from the member's `search/index.json` and shard files, so a
/// member built on another machine (`gongkai build --member`) can be merged by an assemble
/// step that has only its output folder.
public struct SearchIndexPart: Sendable, Codable, Hashable {
    /// The member's id (its URL segment), the 机构 filter's value.
    public var id: String
    /// The agency's name, the 机构 filter's label.
    public var title: String
    /// The member's `search/` folder on disk.
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

    /// The part under `searchFolder` (a member's `search/`), or nil when it has no index
    /// (the member turned search off).
    public static func read(id: String, title: String, searchFolder: URL, dataHref: String) throws -> SearchIndexPart? {
        let manifest = searchFolder.appendingPathComponent("index.json")
        guard FileManager.default.fileExists(atPath: manifest.path) else { return nil }
        let data = try Data(contentsOf: manifest)
        struct Manifest: Decodable {
            var version: String
            var shards: Int
            var phraseShards: Int
            var documents: Int
        }
        let m = try JSONDecoder().decode(Manifest.self, from: data)
        return SearchIndexPart(id: id, title: title, folder: searchFolder, dataHref: dataHref, documents: m.documents,
                               shards: m.shards, phraseShards: m.phraseShards, version: m.version)
    }

    /// Shard `n`'s bytes, of the document lists or of the bigram positions.
    func shard(_ n: Int, phrase: Bool) throws -> [UInt8] {
        let path = phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)
        let url = folder.appendingPathComponent(String(path.dropFirst(URLBuilder.searchDataFolder.count)))
        return [UInt8](try Data(contentsOf: url))
    }

    /// The bytes of every shard file of one kind, which sizes the combined index.
    func shardBytes(phrase: Bool) -> Int {
        (0..<(phrase ? phraseShards : shards)).reduce(0) { total, n in
            let path = phrase ? URLBuilder.searchPhraseShardPath(n) : URLBuilder.searchShardPath(n)
            let url = folder.appendingPathComponent(String(path.dropFirst(URLBuilder.searchDataFolder.count)))
            let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            return total + (size ?? 0)
        }
    }
}
