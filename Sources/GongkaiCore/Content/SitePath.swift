import Foundation

/// Site-relative paths: resolving an editor's relative reference without ever leaving the site.
public enum SitePath {
    /// Resolves `relative` against the site-relative `folder`; nil when it climbs above the site
    /// or is absolute. `%20`-style escapes are decoded.
    public static func resolve(_ relative: String, from folder: String) -> String? {
        let decoded = relative.removingPercentEncoding ?? relative
        guard !decoded.hasPrefix("/"), !decoded.contains("\0"), !decoded.contains("\\") else { return nil }
        var parts = folder.split(separator: "/").map(String.init)
        for part in decoded.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }

    /// Files under `content/` keep their place in the output without the `content/` prefix.
    public static func outputPath(forSitePath path: String) -> String {
        path.hasPrefix("content/") ? String(path.dropFirst("content/".count)) : path
    }
}
