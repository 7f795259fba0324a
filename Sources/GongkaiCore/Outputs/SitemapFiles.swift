/// `sitemap.xml` per the sitemaps.org protocol, split into a sitemap index over
/// 50,000 URLs or 50 MB (uncompressed) per file.
struct SitemapFiles {
    struct Entry: Sendable {
        var path: String
        var lastModified: Day?
    }

    let urls: URLBuilder
    var maxURLs = 50_000
    var maxBytes = 50 * 1024 * 1024

    static let header = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
    static let footer = "</urlset>\n"

    func files(for entries: [Entry]) -> [OutputFile] {
        var chunks: [String] = []
        var current = Self.header
        var count = 0
        for entry in entries {
            var line = "<url><loc>\(XMLText.escape(urls.absolute(entry.path)))</loc>"
            if let day = entry.lastModified { line += "<lastmod>\(day)</lastmod>" }
            line += "</url>\n"
            if count == maxURLs || current.utf8.count + line.utf8.count + Self.footer.utf8.count > maxBytes {
                chunks.append(current + Self.footer)
                current = Self.header
                count = 0
            }
            current += line
            count += 1
        }
        chunks.append(current + Self.footer)
        if chunks.count == 1 {
            return [OutputFile(path: "sitemap.xml", contents: .text(chunks[0]))]
        }
        var files: [OutputFile] = []
        var index = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        let newest = entries.compactMap(\.lastModified).max()
        for (n, chunk) in chunks.enumerated() {
            let path = "sitemap-\(n + 1).xml"
            files.append(OutputFile(path: path, contents: .text(chunk)))
            index += "<sitemap><loc>\(XMLText.escape(urls.absolute(path)))</loc>"
            if let newest { index += "<lastmod>\(newest)</lastmod>" }
            index += "</sitemap>\n"
        }
        index += "</sitemapindex>\n"
        files.insert(OutputFile(path: "sitemap.xml", contents: .text(index)), at: 0)
        return files
    }
}
