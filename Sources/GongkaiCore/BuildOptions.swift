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
