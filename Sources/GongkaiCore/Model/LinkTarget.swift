/// A link destination in a document body that points inside the site: a relative path
/// plus whatever `?query#fragment` followed it. ``LinkResolver`` says where it leads.
struct LinkTarget {
    var path: String
    var suffix: String

    /// Nil for external links (`https:`, `mailto:`, `//host`), root-relative paths and pure `#anchors`.
    init?(_ url: String) {
        guard !url.isEmpty, !url.hasPrefix("#"), !url.hasPrefix("/") else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains(where: { $0 == "/" }) { return nil }
        let cut = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        path = String(url[..<cut])
        suffix = String(url[cut...])
        if path.isEmpty { return nil }
    }
}
