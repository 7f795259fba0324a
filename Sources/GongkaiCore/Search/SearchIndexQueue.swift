import Dispatch

/// A `SearchIndexBuilder` fed on a serial queue of its own, so that merging one batch's
/// search terms overlaps with rendering the next batch instead of holding it up.
final class SearchIndexQueue: @unchecked Sendable {
    /// Touched only on `queue`.
    private var builder: SearchIndexBuilder
    private let queue = DispatchQueue(label: "gongkai.search-index")

    init(site: Site) {
        builder = SearchIndexBuilder(site: site)
    }

    /// Adds documents' terms, in document order, after those added before.
    func add(_ batch: [(document: Int, terms: SearchIndexBuilder.Collected)]) {
        guard !batch.isEmpty else { return }
        queue.async {
            for entry in batch { self.builder.add(entry.terms, document: entry.document) }
        }
    }

    /// Waits for every batch, then builds the shards and `search/index.json`.
    func files() -> [OutputFile] {
        queue.sync { builder.build().files }
    }
}
