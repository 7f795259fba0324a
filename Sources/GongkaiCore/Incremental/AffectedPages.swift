/// Which page jobs of a rebuild must be rendered again after some documents changed, the
/// rest of the site staying as it was (`SiteSession`).
///
/// When every changed document's body alone changed, `SiteSession` renders their pages and
/// nothing else without asking here. Otherwise, a document whose body alone changed (its
/// front matter read the same) changes its own page and the search index, nothing another
/// page shows: only its page is rendered again. For the other changed documents, page kind
/// by page kind:
/// - a document's page: when its file changed, or it is linked to a changed document in the
///   old or the new site (interpretation ↔ policy, 废止/修订/代替, 意见征集 ↔ 采纳情况 ↔ decision),
///   since its page shows their titles, dates and status; annual reports always (their
///   tables count the whole year's documents);
/// - a list (a node with the nodes below it, a facet value): all its pages when it lists a
///   changed or linked document, or when it lists other documents than before, in another order;
/// - the 政策文件库: all its pages when one of its documents is affected;
/// - everything else (home page, 网站地图, feeds, sitemap.xml, facet overviews, the search page,
///   nodes without documents, withdrawn 公示): always, they are few and read the whole site.
///
/// What would change every page (a document added, removed, renamed or moved to another
/// node, so that the catalog's counts or a URL change) is not decided here: `isStructural`
/// says so and the session renders everything.
struct AffectedPages {
    /// Source paths of the documents whose pages and list rows must be rendered again.
    let affected: Set<String>
    /// Source paths of the documents whose pages are rendered again: `affected` and the
    /// documents whose body alone changed.
    let rendered: Set<String>
    let previousLists: [String: [String]]
    let libraryAffected: Bool

    /// Whether going from `old` to `new` changes what every page shows (the catalog tree's
    /// counts, the documents' URLs) or which pages exist.
    static func isStructural(from old: Site, to new: Site) -> Bool {
        guard old.documents.count == new.documents.count,
              old.catalog.nodes.indices.allSatisfy({ old.count(inTreeOf: $0) == new.count(inTreeOf: $0) }),
              old.withdrawn.map(\.document.sourcePath) == new.withdrawn.map(\.document.sourcePath),
              old.nodeIntroductions.keys.sorted() == new.nodeIntroductions.keys.sorted()
        else { return true }
        return old.outputPathBySource != new.outputPathBySource
    }

    /// The documents to render again when the files at `changed` (site-relative paths) were
    /// re-read: those documents and their linked documents in both sites.
    init(changed: Set<String>, old: Site, new: Site, previousLists: [String: [String]]) {
        let oldDocuments = Dictionary(old.documents.map { ($0.sourcePath, $0) }, uniquingKeysWith: { a, _ in a })
        // A document whose body alone changed shows the same on every other page: only its own
        // page (and the search index) is rendered again.
        let bodyOnly = Set(new.documents.filter { document in
            guard changed.contains(document.sourcePath), let before = oldDocuments[document.sourcePath] else { return false }
            return Self.differsInBodyAlone(before, document)
        }.map(\.sourcePath))
        let listed = changed.subtracting(bodyOnly)
        var affected = listed
        for site in [old, new] {
            let indices = site.documents.indices.filter { listed.contains(site.documents[$0].sourcePath) }
            for i in indices {
                for j in Self.linked(i, in: site) { affected.insert(site.documents[j].sourcePath) }
            }
        }
        for (i, d) in new.documents.enumerated() where d.report != nil { affected.insert(new.documents[i].sourcePath) }
        self.affected = affected
        rendered = affected.union(bodyOnly)
        self.previousLists = previousLists
        let libraryNodes = Set(new.config.policyDocuments.libraryNodes(in: new.catalog))
        libraryAffected = [old, new].contains { site in
            site.documents.contains { affected.contains($0.sourcePath) && libraryNodes.contains($0.node) }
        }
    }

    /// Whether two readings of a document differ in nothing but the body (and the line it
    /// starts on): every stored field compared by its description, so that a field added to
    /// `Document` later is compared too. An annual report never counts (its tables come from
    /// the body); a description that differs for another reason only renders more.
    static func differsInBodyAlone(_ old: Document, _ new: Document) -> Bool {
        guard old.report == nil, new.report == nil else { return false }
        // A dictionary's or set's order differs from one instance to the next: its entries are sorted.
        func description(_ value: Any) -> String {
            let mirror = Mirror(reflecting: value)
            guard mirror.displayStyle == .dictionary || mirror.displayStyle == .set else { return String(reflecting: value) }
            return mirror.children.map { String(reflecting: $0.value) }.sorted().joined(separator: ", ")
        }
        func fields(_ d: Document) -> [String] {
            Mirror(reflecting: d).children.filter { $0.label != "body" && $0.label != "bodyLine" }.map { "\($0.label ?? ""): \(description($0.value))" }
        }
        return fields(old) == fields(new)
    }

    /// The documents whose pages show something of document `i`, or of which `i`'s page shows something.
    static func linked(_ i: Int, in site: Site) -> [Int] {
        var result: [Int] = []
        result += site.interpretations[i] ?? []
        result += site.interpretedDocuments[i] ?? []
        for r in (site.relationsBySource[i] ?? []) + (site.relationsByTarget[i] ?? []) {
            result += [site.relations[r].source, site.relations[r].target]
        }
        let links = site.consultationLinks
        result += links.feedbacks[i] ?? []
        result += [links.consultationOfFeedback[i], links.decisions[i], links.consultationOfDecision[i]].compactMap { $0 }
        return result
    }

    /// Whether `job` must be rendered again; `lists` collects every list's documents for the next rebuild.
    func needsRendering(_ job: PageJob, in site: Site, lists: inout Lists) -> Bool {
        switch job {
        case .document(let i):
            return rendered.contains(site.documents[i].sourcePath)
        case .node(let i, let page):
            guard site.catalog.nodes[i].holdsDocuments else { return true }
            return listChanged("node/\(site.catalog.nodes[i].path)", site.documents(inTreeOf: i), page: page, in: site, lists: &lists)
        case .facetValue(let facet, let value, let documents, let page):
            return listChanged("facet/\(facet)/\(value)", documents, page: page, in: site, lists: &lists)
        case .library, .invalidDocuments:
            return libraryAffected
        case .home, .withdrawn, .facetOverview, .siteMap, .notFound, .feeds, .sitemapXML, .robots, .assets, .searchPage, .infoPages:
            return true
        }
    }

    /// Each list's documents (source paths) as this build lists them, and whether the list's
    /// pages are rendered again: decided once per list, for all its pages.
    struct Lists {
        var documents: [String: [String]] = [:]
        var changed: [String: Bool] = [:]
    }

    private func listChanged(_ key: String, _ documents: [Int], page: Int, in site: Site, lists: inout Lists) -> Bool {
        if let decided = lists.changed[key] { return decided }
        let paths = documents.map { site.documents[$0].sourcePath }
        lists.documents[key] = paths
        let changed = previousLists[key] != paths || paths.contains(where: affected.contains)
        lists.changed[key] = changed
        return changed
    }

    /// Every list's documents, for the next rebuild (after a build that rendered everything).
    static func lists(of jobs: [PageJob], in site: Site) -> [String: [String]] {
        var lists = Lists()
        let all = AffectedPages(affected: [], previousLists: [:], libraryAffected: true)
        for job in jobs { _ = all.needsRendering(job, in: site, lists: &lists) }
        return lists.documents
    }

    private init(affected: Set<String>, previousLists: [String: [String]], libraryAffected: Bool) {
        self.affected = affected
        rendered = affected
        self.previousLists = previousLists
        self.libraryAffected = libraryAffected
    }
}
