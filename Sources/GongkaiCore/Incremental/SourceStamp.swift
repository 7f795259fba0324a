import Foundation

/// What `SiteSession` notes of a source file to see whether it changed since the last
/// build: its size, inode and modification time. Only change detection reads the
/// modification time; no output depends on it.
struct SourceStamp: Hashable, Sendable {
    var size: Int64
    var inode: UInt64
    var seconds: Int
    var nanoseconds: Int

    /// The stamp of the file at `path`; nil when it cannot be read.
    init?(path: String) {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        size = Int64(info.st_size)
        inode = UInt64(info.st_ino)
        seconds = Int(info.st_mtim.tv_sec)
        nanoseconds = Int(info.st_mtim.tv_nsec)
    }

    /// Every file a build reads, by site-relative path: `site.json` and the files under
    /// `content/`, `themes/`, `static/` and `data/`; with the diagnostics of walking `content/`.
    static func stamps(of siteFolder: URL) -> (stamps: [String: SourceStamp], content: [String], contentDiagnostics: [Diagnostic]) {
        var stamps: [String: SourceStamp] = [:]
        var contentDiagnostics: [Diagnostic] = []
        var ignored: [Diagnostic] = []
        let base = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        let content = FileWalker.files(under: siteFolder.appendingPathComponent("content"), root: siteFolder, diagnostics: &contentDiagnostics)
        var all = content
        for folder in ["themes", "static", "data"] {
            all += FileWalker.files(under: siteFolder.appendingPathComponent(folder), root: siteFolder, diagnostics: &ignored)
        }
        all.append("site.json")
        for path in all {
            if let stamp = SourceStamp(path: base + path) { stamps[path] = stamp }
        }
        return (stamps, content, contentDiagnostics)
    }

    /// `stamps` with the files at `paths` (site-relative) stamped again, when every one of them
    /// was there before and still is; nil when one was added, removed or cannot be read (the
    /// caller then walks the tree).
    static func restamping(_ paths: Set<String>, in stamps: [String: SourceStamp], siteFolder: URL) -> [String: SourceStamp]? {
        let base = siteFolder.path.hasSuffix("/") ? siteFolder.path : siteFolder.path + "/"
        var result = stamps
        for path in paths {
            guard stamps[path] != nil, let stamp = SourceStamp(path: base + path) else { return nil }
            result[path] = stamp
        }
        return result
    }
}
