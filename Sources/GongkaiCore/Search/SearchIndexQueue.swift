import Dispatch

/// A `SearchIndexBuilder` fed on a serial queue of its own, so that merging one batch's
/// search terms overlaps with rendering the next batch instead of holding it up.
final class SearchIndexQueue: @unchecked Sendable {
    /// Touched only on `queue`.
    private var builder: SearchIndexBuilder
    private let queue = DispatchQueue(label: "gongkai.search-index")
    /// Single pages' terms: their page jobs run before the documents', so they wait here
    /// and are added after the last document. Touched only on `queue`.
    private var pages: [Int: SearchIndexBuilder.Collected] = [:]
    private let documentCount: Int

    init(site: Site) {
        builder = SearchIndexBuilder(site: site)
        documentCount = site.documents.count
    }

    /// Adds documents' terms, in document order, after those added before.
    func add(_ batch: [(document: Int, terms: SearchIndexBuilder.Collected)]) {
        guard !batch.isEmpty else { return }
        queue.async {
            for entry in batch {
                if entry.document >= self.documentCount { self.pages[entry.document] = entry.terms } else { self.builder.add(entry.terms, document: entry.document) }
            }
        }
    }

    /// Waits for every batch, then writes the shards and `search/index.json` to `sink`;
    /// returns the number of files written.
    func write(to sink: some OutputSink) throws(OutputWriter.Failure) -> Int {
        try queue.sync { () -> Result<Int, OutputWriter.Failure> in
            for entry in pages.keys.sorted() { builder.add(pages[entry]!, document: entry) }
            pages = [:]
            return Result { () throws(OutputWriter.Failure) in try builder.write(to: sink) }
        }.get()
    }
}
