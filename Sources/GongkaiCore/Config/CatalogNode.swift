/// One node of the 公开目录 (disclosure catalog).
public struct CatalogNode: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, CaseIterable {
        /// Documents listed newest first, paginated.
        case list
        /// A single page whose text is `content/<path>/_index.md`.
        case page
        /// The 政策解读 column.
        case interpretations
        /// The annual reports (年报).
        case reports
        /// 依申请公开: a page made from site.json's `application` (every channel, the rules of
        /// 条例 第二十九–三十三条, the 申请表), with `content/<path>/_index.md` as optional lead text.
        case application
        /// 意见征集: consultations on draft decisions, each with its window, open ones listed first.
        case consultations
    }

    public var id: String
    public var title: String
    public var kind: Kind
    /// What kind of column this is (site.json `column_type`, else inferred).
    public var columnType: ColumnType
    /// site.json `list_columns` of this node, when it differs from the site's.
    public var listColumns: Set<ListColumn>?
    /// site.json `fresh_days` as written: overrides the column type's limit, 0 turns it off.
    public var freshDays: Int?
    /// The folder under `content/` and the URL path, e.g. `fdzdgknr/fgwj/gfxwj`.
    public var path: String
    public var depth: Int
    /// Index of the parent in `Catalog.nodes`.
    public var parent: Int?
    /// Indexes of the children in `Catalog.nodes`, in site.json order.
    public var children: [Int]
    public var position: SourcePosition

    /// Days after which the newest item is stale, or nil for no limit. A type's default
    /// applies to nodes without children (a parent's children are checked one by one); an
    /// explicit `fresh_days` applies to any node.
    public var freshnessLimit: Int? {
        if let freshDays { return freshDays == 0 ? nil : freshDays }
        return children.isEmpty ? columnType.defaultFreshDays : nil
    }

    /// Whether documents in this node need an 索引号 and are listed.
    public var holdsDocuments: Bool { kind != .page && kind != .application }
}
