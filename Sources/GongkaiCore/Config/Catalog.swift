/// The 公开目录 tree, stored flat in site.json order (pre-order) for cheap lookups.
public struct Catalog: Sendable {
    public private(set) var nodes: [CatalogNode] = []
    public private(set) var roots: [Int] = []
    private var indexByPath: [String: Int] = [:]
    private var indexesByID: [String: [Int]] = [:]

    public init() {}

    /// Appends a node under `parent` and returns its index.
    @discardableResult
    mutating func add(id: String, title: String, kind: CatalogNode.Kind, columnType: ColumnType? = nil, listColumns: Set<ListColumn>? = nil, freshDays: Int?, parent: Int?, position: SourcePosition) -> Int {
        let path = parent.map { nodes[$0].path + "/" + id } ?? id
        let depth = parent.map { nodes[$0].depth + 1 } ?? 0
        let index = nodes.count
        nodes.append(CatalogNode(id: id, title: title, kind: kind, columnType: columnType ?? .inferred(id: id, title: title, kind: kind), listColumns: listColumns, freshDays: freshDays, path: path, depth: depth, parent: parent, children: [], position: position))
        if let parent { nodes[parent].children.append(index) } else { roots.append(index) }
        indexByPath[path] = index
        indexesByID[id, default: []].append(index)
        return index
    }

    public func index(ofPath path: String) -> Int? { indexByPath[path] }

    public func node(atPath path: String) -> CatalogNode? { indexByPath[path].map { nodes[$0] } }

    /// A node named by its path (`fdzdgknr/fgwj`) or by an id that only one node has.
    public func resolve(_ reference: String) -> CatalogNode? {
        let trimmed = reference.trimmingSlashes
        if let node = node(atPath: trimmed) { return node }
        if let matches = indexesByID[trimmed], matches.count == 1 { return nodes[matches[0]] }
        return nil
    }

    /// The chain of nodes from the root to `index`, for breadcrumbs.
    public func ancestry(of index: Int) -> [CatalogNode] {
        var chain: [CatalogNode] = []
        var current: Int? = index
        while let i = current {
            chain.append(nodes[i])
            current = nodes[i].parent
        }
        return chain.reversed()
    }

    /// All indexes below `index` (not including it), in tree order.
    public func descendants(of index: Int) -> [Int] {
        var result: [Int] = []
        for child in nodes[index].children {
            result.append(child)
            result.append(contentsOf: descendants(of: child))
        }
        return result
    }

    public var allPaths: [String] { nodes.map(\.path) }
}

extension String {
    var trimmingSlashes: String {
        var s = Substring(self)
        while s.hasPrefix("/") { s = s.dropFirst() }
        while s.hasSuffix("/") { s = s.dropLast() }
        return String(s)
    }
}
