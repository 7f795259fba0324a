/// Atom feeds (RFC 4287): one for the whole column, one per catalog node.
struct AtomFeeds {
    let site: Site
    var limit = 50

    func files() -> [OutputFile] {
        var files = [feed(path: URLBuilder.feedPath, title: site.config.title, pagePath: URLBuilder.homePath, documents: Array(site.documents.indices.prefix(limit)))]
        for (i, node) in site.catalog.nodes.enumerated() where node.holdsDocuments {
            let docs = Array(site.documents(inTreeOf: i).prefix(limit))
            files.append(feed(path: URLBuilder.nodeFeedPath(node.path), title: "\(node.title) - \(site.config.title)", pagePath: URLBuilder.nodePath(node.path), documents: docs))
        }
        return files
    }

    private func feed(path: String, title: String, pagePath: String, documents: [Int]) -> OutputFile {
        let urls = site.urls
        // The feed's own time is its newest entry's, so the same input gives the same bytes.
        let updated = documents.first.map { site.documents[$0].published.rfc3339 } ?? "1970-01-01T00:00:00+08:00"
        var xml = """
        <?xml version="1.0" encoding="UTF-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="\(XMLText.escape(site.config.language))">
        <title>\(XMLText.escape(title))</title>
        <id>\(XMLText.escape(urls.absolute(path)))</id>
        <link rel="self" type="application/atom+xml" href="\(XMLText.escape(urls.absolute(path)))"/>
        <link rel="alternate" type="text/html" href="\(XMLText.escape(urls.absolute(pagePath)))"/>
        <updated>\(updated)</updated>
        <author><name>\(XMLText.escape(site.config.agency.name.isEmpty ? site.config.title : site.config.agency.name))</name></author>

        """
        for i in documents {
            let d = site.documents[i]
            let link = urls.absolute(site.outputPaths[i])
            xml += "<entry>\n<title>\(XMLText.escape(d.title))</title>\n<id>\(XMLText.escape(link))</id>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(XMLText.escape(link))\"/>\n"
            xml += "<published>\(d.published.rfc3339)</published>\n<updated>\(d.published.rfc3339)</updated>\n"
            xml += "<author><name>\(XMLText.escape(d.publisher))</name></author>\n"
            if let topic = d.topic { xml += "<category term=\"\(XMLText.escape(topic))\"/>\n" }
            // A document no longer in force says so first, with what replaced it.
            let lifecycle = site.lifecycles[i]
            var status: String?
            if lifecycle.status != .valid {
                status = "［\(lifecycle.status.rawValue)］"
                if let relation = lifecycle.relation { status! += "已被《\(site.documents[relation.source].title)》\(relation.kind.verb)" }
            }
            let summary = [status, d.docNumber, d.summary].compactMap { $0 }.joined(separator: " ")
            if !summary.isEmpty { xml += "<summary>\(XMLText.escape(summary))</summary>\n" }
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
        return OutputFile(path: path, contents: .text(xml))
    }
}
