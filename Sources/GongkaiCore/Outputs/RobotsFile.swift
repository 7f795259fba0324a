/// `robots.txt`: allow everything and name the sitemap.
enum RobotsFile {
    static func file(urls: URLBuilder) -> OutputFile {
        let sitemap = urls.origin.isEmpty ? urls.href("sitemap.xml") : urls.absolute("sitemap.xml")
        return OutputFile(path: "robots.txt", contents: .text("User-agent: *\nAllow: /\n\nSitemap: \(sitemap)\n"))
    }
}
