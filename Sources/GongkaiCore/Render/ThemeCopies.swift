import Synchronization

/// Copies of one theme for rendering threads, shared by the sites that render with it (the
/// members of a group, `GroupThemes`).
///
/// A rendering thread works with a copy of the templates and labels that no other thread
/// touches (`Theme.unsharedCopy()`, `SiteRenderer.workers`). When members share one theme and
/// two of them render at once, each render takes copies here and gives them back when its
/// pages are done (`SiteBuilder.renderPages`), so no two threads hold one copy, and a group
/// compiles as many copies as its renders ever used at once, not one per member and thread.
final class ThemeCopies: Sendable {
    private let free = Mutex<[Theme]>([])

    /// `count` copies of `theme`, each held by no one else until it is given back; copies are
    /// compiled when none is free.
    func take(_ count: Int, of theme: Theme) -> [Theme] {
        var taken = free.withLock { free in
            let n = min(count, free.count)
            defer { free.removeLast(n) }
            return Array(free.suffix(n))
        }
        while taken.count < count { taken.append(theme.unsharedCopy()) }
        return taken
    }

    /// Copies `take` gave, free again for the next render.
    func giveBack(_ themes: [Theme]) {
        free.withLock { $0 += themes }
    }
}
