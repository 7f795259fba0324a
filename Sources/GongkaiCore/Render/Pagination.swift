/// A list of `count` items split into pages of `size`: node indexes and facet pages.
/// An empty list still has one page (it says the list is empty).
struct Pagination: Sendable, Hashable {
    let count: Int
    let size: Int

    var pages: Int { max(1, (count + size - 1) / size) }

    /// The positions of the items on page `page` (1-based).
    func items(onPage page: Int) -> Range<Int> {
        let start = min(count, (page - 1) * size)
        return start..<min(count, start + size)
    }
}
