extension Site {
    /// The single pages the search finds (指南, 制度 pages, 依申请公开): nodes that hold no
    /// documents and have an `_index.md`, in catalog order. Their search entries are numbered
    /// after the documents': page k is entry `documents.count + k`.
    public var searchablePages: [Int] {
        nodeIntroductions.keys.filter { !catalog.nodes[$0].holdsDocuments }.sorted()
    }

    /// Documents and single pages in the search index.
    public var searchEntryCount: Int { documents.count + searchablePages.count }

    /// The search entry of single page `node`, nil when it is not searchable.
    public func searchEntry(ofPage node: Int) -> Int? {
        searchablePages.firstIndex(of: node).map { documents.count + $0 }
    }
}
