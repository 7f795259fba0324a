import Foundation

/// What the user asked for on the command line.
public struct BuildOptions: Sendable {
    public var siteFolder: URL
    /// Defaults to `<site>/public`.
    public var outputFolder: URL?
    /// Overrides site.json's `base_url` (e.g. for a staging server under another sub-path).
    public var baseURL: String?
    public var includeDrafts = false
    public var includeFuture = false
    /// Warnings count as errors.
    public var strict = false
    /// "Today" for future, expiry and freshness rules; see `resolvedToday`.
    public var today: Day?
    /// Leaves the loaded site (a group's: its members' parts and 索引号 index) to be reclaimed
    /// when the process exits instead of freeing it piece by piece when the build returns: the
    /// freeing ran alone on one core at the end of every build (about 1 % of a 10,000-document
    /// build's wall time, bench/PERFORMANCE.md). Only for a process that exits right after
    /// building, the CLI's `build`; a long-lived caller (tests, `serve`) keeps the default.
    public var leavesSiteForExit = false

    public init(siteFolder: URL) {
        self.siteFolder = siteFolder
    }

    public var resolvedOutputFolder: URL { outputFolder ?? siteFolder.appendingPathComponent("public") }

    /// `--today`, else the date of `SOURCE_DATE_EPOCH`, else the current date, in Asia/Shanghai.
    public func resolvedToday(environment: [String: String] = ProcessInfo.processInfo.environment) -> Day {
        if let today { return today }
        if let epoch = environment["SOURCE_DATE_EPOCH"].flatMap({ Int($0.trimmingCharacters(in: .whitespaces)) }) {
            return Day(unixTimeInShanghai: epoch)
        }
        return Day(unixTimeInShanghai: Int(Date().timeIntervalSince1970))
    }
}
