/// The last document of every term of one shard file, written beside the shard in a group
/// member's search pack (`MemberSearchPack`, README “站群”) for the portal's merge
/// (`SearchShardMerge`).
///
/// A term's portal posting list is its members' lists one after another, each with its
/// first gap re-based on the previous member's last document, which the shard file gives
/// only by decoding the list to its end. The member's build knows it without decoding:
/// postings are appended in document order (`SearchPostingLists.lastDocument`). Only a
/// member's build writes these (`SearchIndexBuilder.write`, when the site's search is the
/// portal's): a standalone site's output has none.
///
/// The file, at the shard's path with `.last` for `.bin` (`path(ofShard:)`), is unsigned
/// LEB128 varints: the number of terms, then each term's last document (its number in the
/// member's index), in the shard file's order of terms.
enum SearchLastDocuments {
    /// The side table's path for the shard at `shardPath`: `search/s/00a.bin` → `search/s/00a.last`.
    static func path(ofShard shardPath: String) -> String {
        (shardPath.hasSuffix(".bin") ? String(shardPath.dropLast(4)) : shardPath) + ".last"
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
