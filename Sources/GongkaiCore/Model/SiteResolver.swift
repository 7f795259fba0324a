/// Resolves loaded documents into a `Site`: filters drafts and future documents, assigns
/// output paths, and links interpretations to the documents they interpret.
///
/// It never judges: what could not be resolved (two documents for one URL or one 索引号, an
/// `interprets` entry that links nowhere) is recorded in the `Site` for the checkers.
struct SiteResolver {
    let config: SiteConfig
    let urls: URLBuilder
    let today: Day
    let includeDrafts: Bool
    let includeFuture: Bool
    /// The other members' documents and interpretations, in a group build (README “站群”).
    var crossMember: CrossMemberLinks? = nil

    func resolve(documents loaded: [Document], assets: [String]) -> Site {
        var drafts: [Document] = []
        var future: [Document] = []
        var introductions: [Int: Document] = [:]
        var kept: [Document] = []
        var withdrawnDocuments: [Document] = []
        for document in loaded {
            if document.isNodeIndex {
                introductions[document.node] = document
            } else if document.draft && !includeDrafts {
                drafts.append(document)
            } else if document.published.day > today && !includeFuture {
                future.append(document)
            } else if let period = document.publicity, period.withdrawn(on: today, graceDays: config.publicity.graceDays) {
                withdrawnDocuments.append(document)
            } else {
                kept.append(document)
            }
        }
        // Sorting positions moves integers rather than whole documents.
        let order = kept.map(Document.ListOrder.init)
        kept = kept.indices.sorted { order[$0].precedes(order[$1]) }.map { kept[$0] }

        var outputPaths: [String] = []
        outputPaths.reserveCapacity(kept.count)
        var owners: [String: (source: String, document: Document?)] = [:]
        owners.reserveCapacity(kept.count + config.catalog.nodes.count)
        var sourceMap: [String: String] = [:]
        sourceMap.reserveCapacity(kept.count + introductions.count + assets.count)
        var duplicatePaths: [DuplicateOutputPath] = []
        for node in config.catalog.nodes {
            owners[URLBuilder.nodePath(node.path)] = ("site.json 栏目 \(node.title)", nil)
        }
        for (node, introduction) in introductions {
            sourceMap[introduction.sourcePath] = URLBuilder.nodePath(config.catalog.nodes[node].path)
        }
        for document in kept {
            let path = URLBuilder.documentPath(nodePath: config.catalog.nodes[document.node].path, slug: document.slug)
            if let other = owners[path] {
                // The later file (by path) is the one reported, naming the other, whatever the sort order.
                let (first, second) = other.document.map { $0.sourcePath < document.sourcePath ? (other.source, document) : (document.sourcePath, $0) } ?? (other.source, document)
                duplicatePaths.append(DuplicateOutputPath(path: path, document: second, other: first))
            } else {
                owners[path] = (document.sourcePath, document)
            }
            outputPaths.append(path)
            sourceMap[document.sourcePath] = path
        }
        // A withdrawn 公示 keeps its URL for the notice (and for links to it); its attachments
        // leave the output unless a published document attaches them too.
        var withdrawn: [WithdrawnDocument] = []
        for document in withdrawnDocuments.sorted(by: { $0.sourcePath < $1.sourcePath }) {
            let path = URLBuilder.documentPath(nodePath: config.catalog.nodes[document.node].path, slug: document.slug)
            if let other = owners[path] {
                duplicatePaths.append(DuplicateOutputPath(path: path, document: document, other: other.source))
            } else {
                owners[path] = (document.sourcePath, document)
            }
            sourceMap[document.sourcePath] = path
            withdrawn.append(WithdrawnDocument(document: document, outputPath: path, end: document.publicity!.end!))
        }
        var withdrawnAttachments = Set(withdrawn.flatMap { $0.document.attachments.map(\.sourcePath) })
        if !withdrawnAttachments.isEmpty {
            for document in kept { withdrawnAttachments.subtract(document.attachments.map(\.sourcePath)) }
        }
        let assets = withdrawnAttachments.isEmpty ? assets : assets.filter { !withdrawnAttachments.contains($0) }
        for asset in assets {
            sourceMap[asset] = SitePath.outputPath(forSitePath: asset)
        }

        var byIndexNumber: [String: Int] = [:]
        byIndexNumber.reserveCapacity(kept.count)
        var duplicateNumbers: [DuplicateIndexNumber] = []
        for (i, document) in kept.enumerated() {
            guard let number = document.indexNumber else { continue }
            if let first = byIndexNumber[number] {
                let other = kept[first]
                let (a, b) = other.sourcePath < document.sourcePath ? (other, document) : (document, other)
                duplicateNumbers.append(DuplicateIndexNumber(number: number, first: a, second: b))
            } else {
                byIndexNumber[number] = i
            }
        }
        let leftOut = Dictionary((drafts + future).compactMap { d in d.indexNumber.map { ($0, d) } }, uniquingKeysWith: { a, _ in a })

        var interpretations: [Int: [Int]] = [:]
        var interpreted: [Int: [Int]] = [:]
        var unresolved: [UnresolvedInterpretation] = []
        var elsewhere: [Int: [CrossMemberLinks.Entry]] = [:]
        var fromElsewhere: [Int: [CrossMemberLinks.Entry]] = [:]
        for (i, document) in kept.enumerated() {
            if let number = document.indexNumber, let others = crossMember?.interpretations[number] { fromElsewhere[i] = others }
            for number in document.interprets {
                if let target = byIndexNumber[number] {
                    guard target != i else {
                        unresolved.append(UnresolvedInterpretation(document: i, number: number, reason: .itself))
                        continue
                    }
                    interpreted[i, default: []].append(target)
                    interpretations[target, default: []].append(i)
                } else if leftOut[number] == nil, let other = crossMember?.documents[number] {
                    elsewhere[i, default: []].append(other)
                } else if let excluded = leftOut[number] {
                    unresolved.append(UnresolvedInterpretation(document: i, number: number, reason: .leftOut(excluded)))
                } else {
                    unresolved.append(UnresolvedInterpretation(document: i, number: number, reason: .unknown))
                }
            }
        }
        // Relations are linked here and judged by RelationChecker: a missing target, the
        // document itself or a cycle is simply not linked.
        var relations: [DocumentRelation] = []
        for (i, document) in kept.enumerated() {
            for kind in DocumentRelation.Kind.allCases {
                let numbers: [String]
                switch kind {
                case .replaces: numbers = document.replaces
                case .revises: numbers = document.revises
                case .abolishes: numbers = document.abolishes
                }
                for number in numbers {
                    guard let target = byIndexNumber[number], target != i else { continue }
                    relations.append(DocumentRelation(source: i, target: target, kind: kind, effective: DocumentRelation.effectiveDay(of: document)))
                }
            }
        }

        for key in interpretations.keys {
            interpretations[key]!.sort()  // indexes into `kept`, which is newest first
        }

        var byNode = Array(repeating: [Int](), count: config.catalog.nodes.count)
        for (i, document) in kept.enumerated() { byNode[document.node].append(i) }

        // `kept` is sorted newest first, so ascending indexes are newest first too.
        let inTree = config.catalog.nodes.indices.map { node in
            ([node] + config.catalog.descendants(of: node)).flatMap { byNode[$0] }.sorted()
        }
        let site = Site(
            config: config, urls: urls, today: today, documents: kept, nodeIntroductions: introductions,
            documentsByNode: byNode, outputPaths: outputPaths, interpretations: interpretations,
            interpretedDocuments: interpreted, outputPathBySource: sourceMap, assets: assets,
            drafts: drafts.sorted { $0.sourcePath < $1.sourcePath }, futureDocuments: future.sorted { $0.sourcePath < $1.sourcePath },
            documentsInTree: inTree, duplicateOutputPaths: duplicatePaths, duplicateIndexNumbers: duplicateNumbers,
            unresolvedInterpretations: unresolved, documentIndexByNumber: byIndexNumber, relations: relations,
            withdrawn: withdrawn, consultationLinks: ConsultationLinks.resolve(kept, catalog: config.catalog, byNumber: byIndexNumber),
            otherMembersInterpreted: elsewhere, otherMembersInterpretations: fromElsewhere, inGroup: crossMember != nil
        )
        return site
    }
}
