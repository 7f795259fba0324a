import Foundation

/// Where a link written in a document body leads: the one answer the body renderer rewrites
/// links with, `link.broken` comes from, and the anchor checker follows `file.md#id` by, so
/// `gongkai check` and `gongkai build` judge links alike by construction.
///
/// A relative path resolves against the folder of the file it is written in, to a published
/// document, a node's `_index.md` or folder, or an asset under `content/`.
struct LinkResolver: Sendable {
    /// What a link destination is.
    enum Resolution: Equatable {
        /// Not a path into the site (`https:`, `mailto:`, `/root`): kept as written.
        case unchanged
        /// `#id`: a place in the same body, kept as written.
        case sameBody
        /// A page or file of the site: `href` is its URL plus the link's `?query#fragment`;
        /// `source` is the Markdown file whose page it is (nil for an asset or a node
        /// without `_index.md`), for following a fragment into it.
        case resolved(href: String, source: String?)
        /// A relative path to nothing this build publishes: `link.broken`.
        case broken
    }

    let site: Site

    /// Resolves `url` as written in a file in `folder` (site-relative, see ``folder(of:)``).
    func resolve(_ url: String, from folder: String) -> Resolution {
        guard let target = LinkTarget(url) else { return url.hasPrefix("#") ? .sameBody : .unchanged }
        guard let resolved = SitePath.resolve(target.path, from: folder) else { return .broken }
        if let output = site.outputPathBySource[resolved] {
            return .resolved(href: site.urls.href(output) + target.suffix, source: resolved)
        }
        let introduction = resolved + "/_index.md"
        if let output = site.outputPathBySource[introduction] {
            return .resolved(href: site.urls.href(output) + target.suffix, source: introduction)
        }
        let nodePath = resolved.hasPrefix("content/") ? String(resolved.dropFirst("content/".count)) : resolved
        if site.catalog.node(atPath: nodePath) != nil {
            return .resolved(href: site.urls.href(URLBuilder.nodePath(nodePath)) + target.suffix, source: nil)
        }
        return .broken
    }

    /// The heading id a link points to (`#第二部分`, `a.md#二`), percent-decoded; nil when it
    /// names none (no `#`, an empty one, or `#top`).
    static func fragment(of url: String) -> String? {
        guard let hash = url.firstIndex(of: "#") else { return nil }
        let raw = String(url[url.index(after: hash)...])
        let fragment = raw.removingPercentEncoding ?? raw
        return fragment.isEmpty || fragment == "top" ? nil : fragment
    }

    /// The folder of a site-relative file path (`content/a/b.md` → `content/a`).
    static func folder(of sourcePath: String) -> String {
        String(sourcePath[..<(sourcePath.lastIndex(of: "/") ?? sourcePath.startIndex)])
    }
}
