/// `replaces` / `revises` / `abolishes` (代替、修订、废止), judged over the resolved site:
///
/// - `relation.target-missing` (error): a 索引号 no published document has (closest match);
/// - `relation.self` (error): a document that names itself;
/// - `relation.cycle` (error): documents that replace one another in a ring;
/// - `relation.conflict` (error): two documents that end the same one on different days;
/// - `relation.abolished-mismatch` (warning): a 废止日期 that differs from the day the newer
///   document's relation takes effect.
struct RelationChecker: Checker {
    let readsDocumentBodies = false
    func check(_ site: Site) -> [Diagnostic] {
        targets(site) + cycles(site) + conflicts(site) + mismatches(site)
    }

    private func targets(_ site: Site) -> [Diagnostic] {
        let leftOut = Dictionary((site.drafts + site.futureDocuments).compactMap { d in d.indexNumber.map { ($0, d) } }, uniquingKeysWith: { a, _ in a })
        let known = site.documentIndexByNumber.keys.sorted()
        var found: [Diagnostic] = []
        for (i, document) in site.documents.enumerated() {
            for kind in DocumentRelation.Kind.allCases {
                for number in Self.numbers(document, kind) {
                    let position = document.position(of: kind.key)
                    if let target = site.documentIndexByNumber[number] {
                        if target == i {
                            found.append(.error("relation.self", "\(kind.key.chineseName)（\(kind.rawValue)）写的是本文件自己的索引号 \"\(number)\"", at: position,
                                                hint: "填写被本文件\(kind.verb)的旧文件的索引号"))
                        }
                    } else if let excluded = leftOut[number] {
                        found.append(.error("relation.target-missing", "\(kind.key.chineseName)（\(kind.rawValue)）的文件 \"\(number)\" 是草稿或尚未到发布日期（\(excluded.sourcePath)），无法链接", at: position))
                    } else {
                        let suggestion = ClosestMatch.closest(to: number, in: known)
                        found.append(.error("relation.target-missing", "\(kind.key.chineseName)（\(kind.rawValue)）的文件 \"\(number)\" 找不到：没有文档使用这个索引号", at: position,
                                            hint: suggestion.map { "是否应为 \"\($0)\"？" } ?? "填写本站已发布文件的索引号"))
                    }
                }
            }
        }
        return found
    }

    static func numbers(_ document: Document, _ kind: DocumentRelation.Kind) -> [String] {
        switch kind {
        case .replaces: return document.replaces
        case .revises: return document.revises
        case .abolishes: return document.abolishes
        }
    }

    /// Each ring of relations once, at the document of the ring whose path sorts first.
    private func cycles(_ site: Site) -> [Diagnostic] {
        var next: [Int: [Int]] = [:]
        for relation in site.relations { next[relation.source, default: []].append(relation.target) }
        var reported: Set<[Int]> = []
        var found: [Diagnostic] = []
        for start in next.keys.sorted() {
            // Depth-first from `start`, looking for a way back to it through documents after it.
            var stack: [(node: Int, path: [Int])] = [(start, [start])]
            var seen: Set<Int> = []
            while let (node, path) = stack.popLast().map({ ($0.node, $0.path) }) {
                for target in next[node] ?? [] {
                    if target == start {
                        let ring = path.sorted()
                        guard reported.insert(ring).inserted else { continue }
                        let first = path.min { site.documents[$0].sourcePath < site.documents[$1].sourcePath }!
                        let rotated = Array(path[path.firstIndex(of: first)!...] + path[..<path.firstIndex(of: first)!]) + [first]
                        let chain = rotated.map { "《\(site.documents[$0].title)》" }.joined(separator: " → ")
                        let document = site.documents[first]
                        let key = DocumentRelation.Kind.allCases.map(\.key).first { document.keyPositions[$0] != nil } ?? .replaces
                        found.append(.error("relation.cycle", "代替、修订、废止关系形成了循环：\(chain)", at: document.position(of: key),
                                            hint: "只在较新的文件上写它代替、修订或废止的旧文件，旧文件上不写"))
                    } else if target > start, !seen.contains(target) {
                        seen.insert(target)
                        stack.append((target, path + [target]))
                    }
                }
            }
        }
        return found
    }

    /// Two documents that end (代替 or 废止) the same older one on different days.
    private func conflicts(_ site: Site) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for target in site.relationsByTarget.keys.sorted() {
            let ending = site.relationsByTarget[target]!.map { site.relations[$0] }.filter(\.kind.ends)
            guard Set(ending.map(\.effective)).count > 1 else { continue }
            let ordered = ending.sorted { ($0.effective, site.documents[$0.source].sourcePath) < ($1.effective, site.documents[$1.source].sourcePath) }
            let first = ordered[0]
            for later in ordered.dropFirst() where later.effective != first.effective {
                let document = site.documents[later.source]
                found.append(.error("relation.conflict", "《\(site.documents[target].title)》被两个文件在不同日期废止：\(site.documents[first.source].sourcePath)（\(first.effective)）与本文件（\(later.effective)）",
                                    at: document.position(of: later.kind.key), hint: "一个文件只能废止一次；删去其中一个的代替或废止，或核对施行日期"))
            }
        }
        return found
    }

    /// A 废止日期 written on the older document that disagrees with the relation that ends it.
    private func mismatches(_ site: Site) -> [Diagnostic] {
        var found: [Diagnostic] = []
        for target in site.relationsByTarget.keys.sorted() {
            let document = site.documents[target]
            guard let abolished = document.abolished,
                  let relation = site.relationsByTarget[target]!.map({ site.relations[$0] }).filter(\.kind.ends).min(by: { $0.effective < $1.effective }),
                  relation.effective != abolished else { continue }
            found.append(.warning("relation.abolished-mismatch", "废止日期写的是 \(abolished)，但《\(site.documents[relation.source].title)》\(relation.kind.verb)本文件的日期是 \(relation.effective)",
                                  at: document.valuePosition(of: .abolished), hint: "删去本文件的 废止日期，由新文件的代替、废止关系自动得出；或改正新文件的施行日期"))
        }
        return found
    }
}
