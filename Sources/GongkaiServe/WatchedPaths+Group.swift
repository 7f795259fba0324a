import Foundation
import GongkaiCore

extension WatchedPaths {
    /// The folders a build of `folder` reads: the folder itself, and for a group folder each
    /// member's site folder too (as group.json lists them when serving starts), without repeats.
    public static func roots(of folder: URL) -> [URL] {
        guard GroupBuilder.isGroup(folder), let group = GroupConfig.load(groupFolder: folder).0 else { return [folder] }
        var roots = [folder.standardizedFileURL]
        for member in group.members {
            let root = group.folder(of: member, groupFolder: folder)
            if !roots.contains(root) { roots.append(root) }
        }
        return roots
    }

    /// One watcher over every folder of `roots(of:)`.
    public static func makeWatcher(buildFolder folder: URL, environment: [String: String] = ProcessInfo.processInfo.environment) -> any ChangeWatcher {
        let roots = roots(of: folder)
        guard roots.count > 1 else { return makeWatcher(siteFolder: folder, environment: environment) }
        return CombinedWatcher(roots.map { makeWatcher(siteFolder: $0, environment: environment) })
    }
}
