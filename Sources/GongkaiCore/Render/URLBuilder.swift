import Foundation

/// The one place that knows the site's base URL and turns output files into links.
///
/// Every page links with root-relative paths that start with the base path of
/// `base_url`, so the output works under any sub-path and from any depth (404 page).
/// Directory pages are linked as `…/name/`, documents as `…/slug.html`.
public struct URLBuilder: Sendable, Hashable {
    /// Scheme and host, e.g. `https://www.example.gov.cn`; empty when `base_url` is a bare path.
    public let origin: String
    /// Always starts and ends with `/`, e.g. `/xxgk/`.
    public let basePath: String
    /// The host name of the site (`SiteDomain` meta tag); empty when `base_url` is a bare path.
    public let domain: String

    /// Folders of generated pages that catalog nodes may not use at the top level.
    public static let reservedRootNames: Set<String> = ["topics", "publishers", "years", "search", "assets", libraryFolder]

    public init?(baseURL: String) {
        let trimmed = baseURL.trimmingCharacters(in: .whitespaces)
        var rest = Substring(trimmed)
        var origin = ""
        var domain = ""
        if let schemeEnd = rest.range(of: "://") {
            let scheme = rest[..<schemeEnd.lowerBound].lowercased()
            guard scheme == "http" || scheme == "https" else { return nil }
            let afterScheme = rest[schemeEnd.upperBound...]
            let hostEnd = afterScheme.firstIndex(of: "/") ?? afterScheme.endIndex
            let host = afterScheme[..<hostEnd]
            guard !host.isEmpty, !host.contains(where: { $0 == " " || $0 == "?" || $0 == "#" }) else { return nil }
            origin = scheme + "://" + host
            domain = String(host)
            rest = afterScheme[hostEnd...]
        } else if !rest.hasPrefix("/") {
            return nil
        }
        guard !rest.contains(where: { $0 == "?" || $0 == "#" || $0 == " " }) else { return nil }
        var path = String(rest)
        if !path.hasPrefix("/") { path = "/" + path }
        if !path.hasSuffix("/") { path += "/" }
        self.origin = origin
        self.basePath = path
        self.domain = domain
    }

    /// The link for a file in the output folder (`fdzdgknr/index.html` → `/xxgk/fdzdgknr/`).
    public func href(_ outputPath: String) -> String {
        basePath + Self.encode(Self.folded(outputPath))
    }

    /// The search page with its filters set, e.g. `/xxgk/search/?node=fdzdgknr/zcjd&form=%E5%9B%BE%E8%A7%A3`
    /// (names as in `SearchFacet`; values percent-encoded, `/` kept).
    public func searchHref(filters: [(name: String, value: String)]) -> String {
        let query = filters.map { $0.name + "=" + Self.queryEncoded($0.value) }.joined(separator: "&")
        return href(Self.searchPath) + (query.isEmpty ? "" : "?" + query)
    }

    static func queryEncoded(_ value: String) -> String {
        var out = ""
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
                 UInt8(ascii: "-"), UInt8(ascii: "."), UInt8(ascii: "_"), UInt8(ascii: "~"), UInt8(ascii: "/"):
                out.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                let hex = String(byte, radix: 16, uppercase: true)
                out += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return out
    }

    /// The absolute URL, for sitemaps, feeds and canonical links.
    public func absolute(_ outputPath: String) -> String {
        origin + href(outputPath)
    }

    // MARK: Output paths

    public static let homePath = "index.html"
    public static let searchPath = "search/index.html"
    /// The folder of the search index; the search page fetches everything below it.
    public static let searchDataFolder = "search/"
    public static let searchManifestPath = "search/index.json"

    /// Shard `n` of the search index: `search/s/<three hex digits>.bin` (see `SearchShardWriter`).
    public static func searchShardPath(_ shard: Int) -> String {
        "search/s/" + String(shard, radix: 16).leftPadded(to: 3) + ".bin"
    }

    /// Shard `n` of the search index's bigram positions, for phrases:
    /// `search/p/<three hex digits>.bin` (see `SearchShardWriter`).
    public static func searchPhraseShardPath(_ shard: Int) -> String {
        "search/p/" + String(shard, radix: 16).leftPadded(to: 3) + ".bin"
    }

    /// What a search result shows of document number `n` (`search/d/<n>.json`).
    public static func searchFragmentPath(_ document: Int) -> String {
        "search/d/\(document).json"
    }
    public static let siteMapPath = "sitemap.html"
    /// 联系我们 and 网站声明, made from site.json.
    public static let contactPath = "lxwm.html"
    public static let statementPath = "wzsm.html"

    /// The printable 政府信息公开申请表 of an application node, and the same form as .docx.
    public static func applicationFormPath(_ nodePath: String) -> String { nodePath + "/sqb.html" }
    public static func applicationFormDocxPath(_ nodePath: String) -> String { nodePath + "/sqb.docx" }
    public static let notFoundPath = "404.html"
    public static let feedPath = "feed.xml"

    /// A node's index page; page 1 is `index.html`, page n is `index_n.html`.
    public static func nodePath(_ nodePath: String, page: Int = 1) -> String {
        nodePath + "/" + (page <= 1 ? "index.html" : "index_\(page).html")
    }

    public static func nodeFeedPath(_ nodePath: String) -> String { nodePath + "/feed.xml" }

    public static func documentPath(nodePath: String, slug: String) -> String { nodePath + "/" + slug + ".html" }

    /// An annual report's data beside its page: `xxgknb/2024-nianbao.html` → `xxgknb/2024-nianbao.json` (or `.csv`).
    public static func reportDataPath(documentPath: String, format: String) -> String {
        (documentPath.hasSuffix(".html") ? String(documentPath.dropLast(5)) : documentPath) + "." + format
    }

    /// The facet index kinds and their folders.
    public enum Facet: String, Sendable, CaseIterable {
        case topic = "topics"
        case publisher = "publishers"
        case year = "years"
    }

    /// The overview of one facet (`topics/index.html`) when `value` is nil, else one value's pages.
    public static func facetPath(_ facet: Facet, value: String? = nil, page: Int = 1) -> String {
        guard let value else { return facet.rawValue + "/index.html" }
        let file = page <= 1 ? "index.html" : "index_\(page).html"
        return facet.rawValue + "/" + value + "/" + file
    }

    public static func assetPath(_ name: String) -> String { "assets/" + name }

    /// The folder of the 政策文件库 (zcwjk: 政策文件库).
    public static let libraryFolder = "zcwjk"

    /// A page of the 政策文件库: all documents when `filter` is nil, else the documents of one
    /// filter value (`zcwjk/status/in-force/index.html`, `zcwjk/year/2025/index_2.html`).
    public static func libraryPath(filter: (dimension: String, value: String)? = nil, page: Int = 1) -> String {
        let file = page <= 1 ? "index.html" : "index_\(page).html"
        guard let filter else { return libraryFolder + "/" + file }
        return libraryFolder + "/" + filter.dimension + "/" + filter.value + "/" + file
    }

    /// The 已废止、失效文件 list (`zcwjk/invalid/index.html`).
    public static func invalidDocumentsPath(page: Int = 1) -> String {
        libraryFolder + "/invalid/" + (page <= 1 ? "index.html" : "index_\(page).html")
    }

    /// `a/index.html` → `a/`, `index.html` → ``.
    static func folded(_ path: String) -> String {
        if path == "index.html" { return "" }
        if path.hasSuffix("/index.html") { return String(path.dropLast("index.html".count)) }
        return path
    }

    /// Percent-encodes everything outside RFC 3986 unreserved characters and `/`.
    static func encode(_ path: String) -> String {
        var path = path
        let encoded: String? = path.withUTF8 { bytes in
            // Most output paths are ASCII already: no copy then.
            guard let first = bytes.firstIndex(where: { !isUnreserved($0) }) else { return nil }
            let hex = Array("0123456789ABCDEF".utf8)
            var out: [UInt8] = []
            out.reserveCapacity(bytes.count * 3)
            out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[..<first]))
            for byte in bytes[first...] {
                if isUnreserved(byte) {
                    out.append(byte)
                } else {
                    out.append(UInt8(ascii: "%"))
                    out.append(hex[Int(byte >> 4)])
                    out.append(hex[Int(byte & 15)])
                }
            }
            return String(decoding: out, as: UTF8.self)
        }
        return encoded ?? path
    }

    @inline(__always)
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"), UInt8(ascii: "."), UInt8(ascii: "~"), UInt8(ascii: "/"):
            return true
        default:
            return false
        }
    }
}

extension String {
    func leftPadded(to width: Int, with pad: Character = "0") -> String {
        count >= width ? self : String(repeating: pad, count: width - count) + self
    }
}
