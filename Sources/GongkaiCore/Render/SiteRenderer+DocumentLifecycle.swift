/// The parts of a document page that come from its lifecycle: the whole metadata box,
/// the banner that says which newer document replaced it, and the note on the newer one.
extension SiteRenderer {
    /// A link to document `j` as pages cite it: `《标题》（文号）`.
    private func citation(_ j: Int, first: Bool) -> TemplateValue {
        let d = site.documents[j]
        let number = d.docNumber.map { "（\($0)）" } ?? ""
        return ["text": .text("《\(d.title)》\(number)"), "href": .text(site.urls.href(site.outputPaths[j])), "first": .bool(first)]
    }

    private func citations(_ documents: [Int]) -> TemplateValue {
        .list(documents.enumerated().map { citation($0.element, first: $0.offset == 0) })
    }

    /// The 有效期 as the metadata box shows it, or nil without one.
    func validityPeriod(_ d: Document) -> String? {
        let labels = theme.labels
        switch (d.validFrom, d.validityEnd) {
        case let (from?, until?):
            return PageContext.filling(labels["validity_from_until"] ?? "{{from}}至{{until}}", ["from": from.chinese, "until": until.chinese])
        case let (from?, nil):
            return PageContext.filling(labels["validity_from"] ?? "自{{from}}起施行", ["from": from.chinese])
        case let (nil, until?):
            return PageContext.filling(labels["validity_until"] ?? "至{{until}}", ["until": until.chinese])
        case (nil, nil):
            return nil
        }
    }

    /// The metadata box of document `i`: the eight standard entries (and 体裁分类) always, in
    /// the same places, an empty value as an empty cell; 标题 across the row; then 有效期, the
    /// day the status began, the relations and 主题词 when there are any.
    func metadataBox(_ i: Int) -> [TemplateValue] {
        let d = site.documents[i]
        let labels = theme.labels
        let lifecycle = site.lifecycles[i]
        func item(_ key: String, _ value: String?, wide: Bool = false, links: TemplateValue = []) -> TemplateValue {
            ["label": .text(labels[key] ?? key), "value": .text(value ?? ""), "wide": .bool(wide), "links": links]
        }
        var box: [TemplateValue] = [
            item("index_no", d.indexNumber), item("topic", d.topic), item("publisher", d.publisher),
            item("written", d.written.day.chinese), item("doc_no", d.docNumber), item("published", d.published.day.chinese),
            item("status", lifecycle.status.rawValue), item("genre", d.genre),
            item("title", d.title, wide: true),
        ]
        if let period = validityPeriod(d) { box.append(item("validity_period", period, wide: true)) }
        box += clockMetadata(i) { item($0, $1, wide: true) }
        if lifecycle.status != .valid, let since = lifecycle.since { box.append(item("abolished_on", since.chinese, wide: true)) }
        let incoming = (site.relationsByTarget[i] ?? []).map { site.relations[$0] }
        let outgoing = (site.relationsBySource[i] ?? []).map { site.relations[$0] }
        for kind in DocumentRelation.Kind.allCases {
            let newer = incoming.filter { $0.kind == kind }.map(\.source)
            if !newer.isEmpty { box.append(item("relation_\(kind.participle)_by", nil, wide: true, links: citations(newer))) }
        }
        for kind in DocumentRelation.Kind.allCases {
            let older = outgoing.filter { $0.kind == kind }.map(\.target)
            if !older.isEmpty { box.append(item("relation_\(kind.rawValue)", nil, wide: true, links: citations(older))) }
        }
        if !d.keywords.isEmpty { box.append(item("keywords", d.keywords.joined(separator: "，"), wide: true)) }
        return box
    }

    /// "本文件已被《…》（文号）代替" when a newer document's relation set the status, else absent.
    func relationBanner(_ i: Int) -> TemplateValue {
        guard let relation = site.lifecycles[i].relation else { return .absent }
        let labels = theme.labels
        let newer = site.documents[relation.source]
        let number = newer.docNumber.map { "（\($0)）" } ?? ""
        return ["text": .text("《\(newer.title)》\(number)"), "href": .text(site.urls.href(site.outputPaths[relation.source])),
                "verb": .text(labels["relation_verb_\(relation.kind.rawValue)"] ?? relation.kind.verb)]
    }

    /// "本文件代替《…》" on the newer document, one line per kind of relation it declares.
    func relationNotes(_ i: Int) -> TemplateValue {
        let labels = theme.labels
        let outgoing = (site.relationsBySource[i] ?? []).map { site.relations[$0] }
        return .list(DocumentRelation.Kind.allCases.compactMap { kind in
            let older = outgoing.filter { $0.kind == kind }.map(\.target)
            guard !older.isEmpty else { return nil }
            return ["label": .text(labels["relation_\(kind.rawValue)"] ?? "本文件" + kind.verb), "links": citations(older)]
        })
    }
}

extension DocumentRelation.Kind {
    /// `replaced`, `revised`, `abolished`: the label keys of the older document's entries.
    var participle: String {
        switch self {
        case .replaces: return "replaced"
        case .revises: return "revised"
        case .abolishes: return "abolished"
        }
    }
}
