import Foundation

/// Empty per-document key tables, kept between documents: a page job takes one to
/// collect a document's CJK terms and gives it back drained (`SearchKeyTable.drainPacked`),
/// so a build allocates and zeroes about one table per thread instead of one per document.
enum SearchKeyTablePool {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var tables: [SearchKeyTable<UInt8>] = []

    /// An empty table with room for `expected` keys.
    static func take(expected: Int) -> SearchKeyTable<UInt8> {
        lock.lock()
        let table = tables.popLast()
        lock.unlock()
        guard let table else { return SearchKeyTable(expected: expected) }
        table.reserve(expected)
        return table
    }

    /// Gives back `table`, which must be empty.
    static func give(_ table: SearchKeyTable<UInt8>) {
        precondition(table.count == 0, "only empty tables go back to the pool")
        lock.lock()
        if tables.count < 16 { tables.append(table) }
        lock.unlock()
    }
}
