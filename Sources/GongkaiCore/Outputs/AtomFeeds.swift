/// Atom feeds (RFC 4287): one for the whole column, one per catalog node.
struct AtomFeeds {
    let site: Site
    var limit = 50

    func files() -> [OutputFile] {
        // A document is in the column's feed and in its node's and every ancestor's: its entry
        // is made once, as UTF-8, and copied into each (bench/PERFORMANCE.md, “A group member's fixed cost”).
        var entries: [Int: [UInt8]] = [:]
        var files = [feed(path: URLBuilder.feedPath, title: site.config.title, pagePath: URLBuilder.homePath,
                          documents: Array(site.documents.indices.prefix(limit)), entries: &entries)]
        for (i, node) in site.catalog.nodes.enumerated() where node.holdsDocuments {
            let docs = Array(site.documents(inTreeOf: i).prefix(limit))
            files.append(feed(path: URLBuilder.nodeFeedPath(node.path), title: "\(node.title) - \(site.config.title)", pagePath: URLBuilder.nodePath(node.path),
                              documents: docs, entries: &entries))
        }
        return files
    }

    private func feed(path: String, title: String, pagePath: String, documents: [Int], entries: inout [Int: [UInt8]]) -> OutputFile {
        let urls = site.urls
        // The feed's own time is its newest entry's, so the same input gives the same bytes.
        let updated = documents.first.map { site.documents[$0].published.rfc3339 } ?? "1970-01-01T00:00:00+08:00"
        let head = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.config.language))">
        <title>\(XMLText.escape(title))</title>
        <id>\(XMLText.escape(urls.absolute(path)))</id>
        <link rel="self" type="application/atom+xml" href="\(XMLText.escape(urls.absolute(path)))"/>
        <link rel="alternate" type="text/html" href="\(XMLText.escape(urls.absolute(pagePath)))"/>
        <updated>\(updated)</updated>
        <author><name>\(XMLText.escape(site.config.agency.name.isEmpty ? site.config.title : site.config.agency.name))</name></author>

        """
        var xml = Array(head.utf8)
        for i in documents {
            if let made = entries[i] {
                xml += made
            } else {
                let made = entry(i)
                entries[i] = made
                xml += made
            }
        }
        xml += "</feed>\n".utf8
        return OutputFile(path: path, contents: .bytes(xml))
    }

    /// Document number `i` as a feed entry, in UTF-8.
    private func entry(_ i: Int) -> [UInt8] {
        let d = site.documents[i]
        let link = XMLText.escape(site.urls.absolute(site.outputPaths[i]))
        let published = d.published.rfc3339
        var xml: [UInt8] = []
        xml.reserveCapacity(768)
        func add(_ text: String) { xml.append(contentsOf: text.utf8) }
        add("<entry>\n<title>"); add(XMLText.escape(d.title)); add("</title>\n<id>"); add(link); add("</id>\n")
        add("<link rel=\"alternate\" type=\"text/html\" href=\""); add(link); add("\"/>\n")
        add("<published>"); add(published); add("</published>\n<updated>"); add(published); add("</updated>\n")
        add("<author><name>"); add(XMLText.escape(d.publisher)); add("</name></author>\n")
        if let topic = d.topic { add("<category term=\""); add(XMLText.escape(topic)); add("\"/>\n") }
        // A document no longer in force says so first, with what replaced it.
        let lifecycle = site.lifecycles[i]
        var status: String?
        if lifecycle.status != .valid {
            status = "［\(lifecycle.status.rawValue)］"
            if let relation = lifecycle.relation { status! += "已被《\(site.documents[relation.source].title)》\(relation.kind.verb)" }
        }
        let summary = [status, d.docNumber, d.summary].compactMap { $0 }.joined(separator: " ")
        if !summary.isEmpty { add("<summary>"); add(XMLText.escape(summary)); add("</summary>\n") }
        add("</entry>\n")
        return xml
    }
}
