import Foundation
import Synchronization

/// The themes of one group build, each read and compiled once (README “站群”): members that
/// use the same theme folder (the group folder's `themes/`, or a member's own copy, which is
/// another theme), the same theme name and the same language share one `Theme`, with its
/// diagnostics, which `GroupMemberLoader` reports for every member that uses it.
///
/// Members load on different threads, so the table is behind a lock. The theme handed out
/// renders through its `ThemeCopies`: two members render at once, and each rendering thread
/// still works with copies of the templates and labels that no other thread touches
/// (bench/PERFORMANCE.md, “A group member's fixed cost”).
final class GroupThemes: Sendable {
    /// What `Theme.load` reads of a site: the folder holding `themes/`, the theme's name and
    /// the language that picks its labels.
    struct Key: Hashable, Sendable {
        let folder: String
        let name: String
        let language: String
    }

    private let loaded = Mutex<[Key: Loaded]>([:])

    private struct Loaded: Sendable {
        let theme: Theme?
        let diagnostics: [Diagnostic]
    }

    /// The theme `Theme.load(siteFolder:config:)` gives, loaded on the first call for its key.
    func theme(siteFolder: URL, config: SiteConfig) -> (Theme?, [Diagnostic]) {
        let key = Key(folder: siteFolder.standardizedFileURL.path, name: config.theme, language: config.language)
        if let found = loaded.withLock({ $0[key] }) { return (found.theme, found.diagnostics) }
        let (theme, diagnostics) = Theme.load(siteFolder: siteFolder, config: config)
        let made = Loaded(theme: theme?.rendering(through: ThemeCopies()), diagnostics: diagnostics)
        // Loads are one at a time in a group build; were two to race, the first one stored is everyone's.
        let found = loaded.withLock { table in
            if let earlier = table[key] { return earlier }
            table[key] = made
            return made
        }
        return (found.theme, found.diagnostics)
    }
}
