/// Resolves loaded documents into a `Site`: filters drafts and future documents, assigns
/// output paths, and links interpretations to the documents they interpret.
struct SiteResolver {
    let config: SiteConfig
    let urls: URLBuilder
    let today: Day
    let includeDrafts: Bool
    let includeFuture: Bool

    func resolve(documents loaded: [Document], assets: [String]) -> (Site, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        var drafts: [Document] = []
        var future: [Document] = []
        var introductions: [Int: Document] = [:]
        var kept: [Document] = []
        for document in loaded {
            if document.isNodeIndex {
                introductions[document.node] = document
            } else if document.draft && !includeDrafts {
                drafts.append(document)
            } else if document.published.day > today && !includeFuture {
                future.append(document)
            } else {
                kept.append(document)
            }
        }
        // Sorting positions moves integers rather than whole documents.
        kept = kept.indices.sorted { Document.newestFirst(kept[$0], kept[$1]) }.map { kept[$0] }

        var outputPaths: [String] = []
        var owners: [String: (source: String, document: Document?)] = [:]
        var sourceMap: [String: String] = [:]
        for node in config.catalog.nodes {
            owners[URLBuilder.nodePath(node.path)] = ("site.json 栏目 \(node.title)", nil)
            if node.parent == nil, URLBuilder.reservedRootNames.contains(node.id) {
                diagnostics.append(.error("config.node-reserved", "栏目 id \"\(node.id)\" 与 gongkai 生成的页面文件夹重名", at: node.position, hint: "保留的名称：\(URLBuilder.reservedRootNames.sorted().joined(separator: "、"))"))
            }
        }
        for (node, introduction) in introductions {
            sourceMap[introduction.sourcePath] = URLBuilder.nodePath(config.catalog.nodes[node].path)
        }
        for document in kept {
            let path = URLBuilder.documentPath(nodePath: config.catalog.nodes[document.node].path, slug: document.slug)
            if let other = owners[path] {
                // Reported at the later file (by path), naming the other, whatever the sort order.
                let (first, second) = other.document.map { $0.sourcePath < document.sourcePath ? (other.source, document) : (document.sourcePath, $0) } ?? (other.source, document)
                diagnostics.append(.error("url.duplicate", "两个文档的网址相同：\(urls.href(path))（另一个是 \(first)）", at: second.position(of: .slug), hint: "给其中一个文档加一行 slug: 另一个英文名称"))
            } else {
                owners[path] = (document.sourcePath, document)
            }
            outputPaths.append(path)
            sourceMap[document.sourcePath] = path
        }
        for asset in assets {
            sourceMap[asset] = SitePath.outputPath(forSitePath: asset)
        }

        var byIndexNumber: [String: Int] = [:]
        for (i, document) in kept.enumerated() {
            guard let number = document.indexNumber else { continue }
            if let first = byIndexNumber[number] {
                let other = kept[first]
                let (a, b) = other.sourcePath < document.sourcePath ? (other, document) : (document, other)
                diagnostics.append(.error("index-no.duplicate", "索引号 \"\(number)\" 重复：\(a.sourcePath) 与 \(b.sourcePath)", at: b.position(of: .indexNo), hint: "索引号在全站必须唯一；gongkai new 会分配下一个可用的索引号"))
            } else {
                byIndexNumber[number] = i
            }
        }
        let leftOut = Dictionary((drafts + future).compactMap { d in d.indexNumber.map { ($0, d) } }, uniquingKeysWith: { a, _ in a })

        var interpretations: [Int: [Int]] = [:]
        var interpreted: [Int: [Int]] = [:]
        for (i, document) in kept.enumerated() {
            if config.catalog.nodes[document.node].kind == .interpretations, document.interprets.isEmpty {
                diagnostics.append(.error("interprets.missing", "政策解读缺少字段 解读对象（interprets）", at: SourcePosition(file: document.sourcePath), hint: "填写所解读文件的索引号，如 interprets: \(config.agency.code)/2024-00001"))
            }
            for number in document.interprets {
                if let target = byIndexNumber[number] {
                    guard target != i else {
                        diagnostics.append(.error("interprets.self", "解读对象不能是文档自己", at: document.position(of: .interprets)))
                        continue
                    }
                    interpreted[i, default: []].append(target)
                    interpretations[target, default: []].append(i)
                } else if let excluded = leftOut[number] {
                    diagnostics.append(.error("interprets.unpublished", "解读对象 \"\(number)\" 是草稿或尚未到发布日期（\(excluded.sourcePath)），解读无法链接到它", at: document.position(of: .interprets)))
                } else {
                    let suggestion = ClosestMatch.closest(to: number, in: Array(byIndexNumber.keys).sorted())
                    diagnostics.append(.error("interprets.target-missing", "解读对象 \"\(number)\" 找不到：没有文档使用这个索引号", at: document.position(of: .interprets), hint: suggestion.map { "是否应为 \"\($0)\"？" }))
                }
            }
        }
        for key in interpretations.keys {
            interpretations[key]!.sort()  // indexes into `kept`, which is newest first
        }

        var byNode = Array(repeating: [Int](), count: config.catalog.nodes.count)
        for (i, document) in kept.enumerated() { byNode[document.node].append(i) }
        for (node, list) in byNode.enumerated() where !config.catalog.nodes[node].holdsDocuments && !list.isEmpty {
            for i in list {
                diagnostics.append(.error("node.page-document", "栏目“\(config.catalog.nodes[node].title)”是单页栏目，只能有 _index.md", at: SourcePosition(file: kept[i].sourcePath), hint: "把文件移到列表栏目，或把内容写进 _index.md"))
            }
        }

        // `kept` is sorted newest first, so ascending indexes are newest first too.
        let inTree = config.catalog.nodes.indices.map { node in
            ([node] + config.catalog.descendants(of: node)).flatMap { byNode[$0] }.sorted()
        }
        let site = Site(
            config: config, urls: urls, today: today, documents: kept, nodeIntroductions: introductions,
            documentsByNode: byNode, outputPaths: outputPaths, interpretations: interpretations,
            interpretedDocuments: interpreted, outputPathBySource: sourceMap, assets: assets,
            drafts: drafts.sorted { $0.sourcePath < $1.sourcePath }, futureDocuments: future.sorted { $0.sourcePath < $1.sourcePath },
            documentsInTree: inTree
        )
        return (site, diagnostics)
    }
}
