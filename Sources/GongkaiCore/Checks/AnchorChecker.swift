import Foundation

/// A link in a document body to a heading that does not exist: `#id` in the same document,
/// or `other.md#id` in another (a warning, README “检查项目”). Heading ids are the ones the Markdown
/// renderer writes; `other.md` is found by the ``LinkResolver`` the renderer rewrites links
/// with, and links to missing files are `link.broken`, found while rendering.
///
/// Only bodies that contain a `#` followed by a letter are rendered here, and only the
/// documents such links point into, so a site without anchors costs a text scan.
struct AnchorChecker: Checker {
    let readsDocumentBodies = true
    func check(_ site: Site) -> [Diagnostic] {
        let documents = site.documents + site.introductions
        var indexBySource: [String: Int] = [:]
        for (i, document) in documents.enumerated() { indexBySource[document.sourcePath] = i }
        let renderer = MarkdownRenderer(options: MarkdownOptions(unsafeHTML: site.config.unsafeHTML))
        let links = LinkResolver(site: site)

        // 1. The links with a fragment, from the bodies that may have one.
        let candidates = documents.indices.filter { Self.mayHaveFragmentLink(documents[$0].body) }
        let rendered = Parallel.map(candidates.count) { k in renderer.render(documents[candidates[k]].body) }
        var found: [(source: Int, link: RenderedMarkdown.Link, target: Int, fragment: String)] = []
        var ids: [Int: Set<String>] = [:]
        for (k, source) in candidates.enumerated() {
            let document = documents[source]
            let folder = LinkResolver.folder(of: document.sourcePath)
            for link in rendered[k].links where !link.isImage {
                guard let fragment = LinkResolver.fragment(of: link.url) else { continue }
                let target: Int
                switch links.resolve(link.url, from: folder) {
                case .sameBody:
                    target = source
                case .resolved(_, let path?):
                    guard let index = indexBySource[path] else { continue }
                    target = index
                case .resolved(_, nil), .unchanged, .broken:
                    continue
                }
                found.append((source, link, target, fragment))
            }
            ids[source] = Self.anchors(of: rendered[k], body: document.body, unsafeHTML: site.config.unsafeHTML)
        }

        // 2. The heading ids of the targets not rendered yet.
        let missing = Array(Set(found.map(\.target)).subtracting(ids.keys)).sorted()
        let targetAnchors = Parallel.map(missing.count) { k in
            Self.anchors(of: renderer.render(documents[missing[k]].body), body: documents[missing[k]].body, unsafeHTML: site.config.unsafeHTML)
        }
        for (k, target) in missing.enumerated() { ids[target] = targetAnchors[k] }

        // 3. Every fragment that names no anchor.
        var diagnostics: [Diagnostic] = []
        var sortedAnchors: [Int: [String]] = [:]
        var columns: [Int: ScalarColumns] = [:]
        for item in found where !(ids[item.target]?.contains(item.fragment) ?? false) {
            let source = documents[item.source]
            let target = documents[item.target]
            if sortedAnchors[item.target] == nil { sortedAnchors[item.target] = (ids[item.target] ?? []).sorted() }
            let available = sortedAnchors[item.target]!
            // Suggestions compare every id; skip them for pathological documents.
            let closest = available.count <= 500 && item.fragment.count <= 200 ? ClosestMatch.closest(to: item.fragment, in: available) : nil
            let place = item.target == item.source ? "本文" : "《\(target.title)》"
            var hint = available.isEmpty
                ? "\(place)没有小标题；锚点由 Markdown 小标题（## 标题）生成"
                : "\(place)的小标题锚点有：\(available.prefix(6).map { "#" + $0 }.joined(separator: "、"))\(available.count > 6 ? " 等" : "")"
            if let closest { hint = "是否应为 #\(closest)？" + hint }
            hint += "（锚点取标题文字，去掉标点，英文字母小写，空格变为 -）"
            if columns[item.source] == nil { columns[item.source] = ScalarColumns(source.body) }
            let column = columns[item.source]!.column(line: item.link.line, byteColumn: item.link.column)
            diagnostics.append(Diagnostic(file: source.sourcePath, line: source.bodyLine + item.link.line - 1,
                                          column: column, severity: .warning, id: "link.anchor",
                                          message: "正文中的链接 \"\(item.link.url)\" 指向的位置 #\(item.fragment) 不存在：\(place)中没有这个小标题", hint: hint))
        }
        return diagnostics
    }

    /// Whether `body` has a `#` followed by something other than space or `#`: headings
    /// alone never do, so most bodies are not rendered here.
    static func mayHaveFragmentLink(_ body: String) -> Bool {
        var body = body
        return body.withUTF8 { bytes in
            guard var p = bytes.baseAddress else { return false }
            let end = p + bytes.count
            while p < end, let hash = memchr(p, Int32(UInt8(ascii: "#")), end - p) {
                let next = UnsafePointer(hash.assumingMemoryBound(to: UInt8.self)) + 1
                if next < end, next.pointee != UInt8(ascii: " "), next.pointee != UInt8(ascii: "#"),
                   next.pointee != UInt8(ascii: "\t"), next.pointee != UInt8(ascii: "\n") {
                    return true
                }
                p = next
            }
            return false
        }
    }

    /// Heading ids, plus `id="…"` and `name="…"` written in raw HTML when the site keeps it.
    static func anchors(of rendered: RenderedMarkdown, body: String, unsafeHTML: Bool) -> Set<String> {
        var result = Set(rendered.headings.map(\.id).filter { !$0.isEmpty })
        guard unsafeHTML else { return result }
        for attribute in [" id=\"", " name=\""] {
            var rest = body[...]
            while let start = rest.range(of: attribute) {
                let after = rest[start.upperBound...]
                guard let end = after.firstIndex(of: "\"") else { break }
                result.insert(String(after[..<end]))
                rest = after[end...]
            }
        }
        return result
    }
}
