import Foundation

/// Watches the parts of a site that a build reads: `content/`, `themes/`, `static/`,
/// `data/` and `site.json` (and a group folder's `group.json`). `onChange` is called (from a background thread) after changes;
/// several changes in a row may give one call.
public protocol ChangeWatcher: AnyObject, Sendable {
    /// `inotify` or `轮询` (polling), for the terminal.
    var kind: String { get }
    func start(onChange: @escaping @Sendable () -> Void)
    func stop()
    /// The site-relative paths of the files changed since the last call (or since `start`),
    /// for `SiteSession` to look at those files alone; nil when the watcher cannot tell
    /// (it polls, a folder appeared or went, events were lost): then the whole tree is looked at.
    func takeChangedPaths() -> Set<String>?
}

/// Which parts of the site folder are watched, and which names are editors' noise.
public enum WatchedPaths {
    public static let folders = ["content", "themes", "static", "data"]
    public static let files = ["site.json", "group.json"]

    /// Editor swap and backup files (`.x.swp`, `x~`, vim's `4913`) never trigger a rebuild.
    static func isNoise(_ name: String) -> Bool {
        name.hasPrefix(".") || name.hasSuffix("~") || name == "4913" || name.hasSuffix(".swp") || name.hasSuffix(".tmp")
    }

    /// inotify on Linux, else polling; `GONGKAI_WATCH=poll` forces polling.
    public static func makeWatcher(siteFolder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> any ChangeWatcher {
        #if os(Linux)
        if environment["GONGKAI_WATCH"] != "poll", let watcher = InotifyWatcher(root: siteFolder) { return watcher }
        #endif
        return PollingWatcher(root: siteFolder)
    }
}
