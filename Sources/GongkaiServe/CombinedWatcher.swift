import Foundation
import GongkaiCore

/// Several watchers as one: a site group's folder (group.json, its shared themes) and every
/// member's site folder (README “站群”). Any of them changing is one change.
final class CombinedWatcher: ChangeWatcher, @unchecked Sendable {
    let watchers: [any ChangeWatcher]

    init(_ watchers: [any ChangeWatcher]) {
        self.watchers = watchers
    }

    var kind: String { watchers.first?.kind ?? "" }

    func start(onChange: @escaping @Sendable () -> Void) {
        for watcher in watchers { watcher.start(onChange: onChange) }
    }

    func stop() {
        for watcher in watchers { watcher.stop() }
    }

    /// A group is built whole (`GroupBuilder`), without a session that could use paths.
    func takeChangedPaths() -> Set<String>? {
        for watcher in watchers { _ = watcher.takeChangedPaths() }
        return nil
    }
}
