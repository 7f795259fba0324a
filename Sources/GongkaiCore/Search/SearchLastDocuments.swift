/// The last document of every term of one shard file, a side table a group member's build
/// writes beside each shard (gathered into its part's `search.last`, `MemberLastDocuments`,
/// README “站群”) for the portal's merge (`SearchShardMerge`).
///
/// A term's portal posting list is its members' lists one after another, each with its
/// first gap re-based on the previous member's last document, which the shard file gives
/// only by decoding the list to its end. The member's build knows it without decoding:
/// postings are appended in document order (`SearchPostingLists.lastDocument`). Only a
/// member's build writes these (`SearchIndexBuilder.write`, when the site's search is the
/// portal's): a standalone site's output has none.
///
/// A side table, handed over at the shard's path with `.last` for `.bin` (`path(ofShard:)`),
/// is unsigned LEB128 varints: the number of terms, then each term's last document (its
/// number in the member's index), in the shard file's order of terms.
enum SearchLastDocuments {
    static let suffix = ".last"

    /// The side table's path for the shard at `shardPath`: `search/s/00a.bin` → `search/s/00a.last`.
    static func path(ofShard shardPath: String) -> String {
        (shardPath.hasSuffix(".bin") ? String(shardPath.dropLast(4)) : shardPath) + suffix
    }

    /// The side table of a shard of `count` terms whose last documents are `documents`, in
    /// the shard's order of terms.
    static func file(count: Int, _ documents: some Sequence<Int>) -> [UInt8] {
        var file: [UInt8] = []
        file.reserveCapacity(count * 2 + 3)
        SearchShardWriter.appendVarint(UInt64(count), to: &file)
        for document in documents { SearchShardWriter.appendVarint(UInt64(document), to: &file) }
        return file
    }
}
