import Foundation

/// Loads one member of a group as the ordinary site it is, with the group's shared settings
/// inherited and its base URL under the portal's, and names the member in every diagnostic.
struct GroupMemberLoader {
    let group: GroupConfig
    let groupFolder: URL
    let options: BuildOptions
    /// The day every member is resolved and checked on, `options.resolvedToday()` read once:
    /// reading the environment for it cost ≈ 0.34 M instructions a read, twice a member.
    let today: Day
    /// The themes this loader's members use, each loaded once (`GroupThemes`).
    let themes = GroupThemes()

    init(group: GroupConfig, groupFolder: URL, options: BuildOptions) {
        self.group = group
        self.groupFolder = groupFolder
        self.options = options
        today = options.resolvedToday()
    }

    /// The member's site folder.
    func folder(of member: GroupMember) -> URL {
        group.folder(of: member, groupFolder: groupFolder)
    }

    /// The member resolved and checked; nil (with an error at its `path` in group.json) when the
    /// folder is missing or not a site, or when its site.json has errors.
    /// `crossMember` links `interprets` to the other members (README “站群”); without
    /// `checks` the member is only resolved (the group's first pass, `GroupInterpretationIndex`).
    func load(_ member: GroupMember, into diagnostics: inout [Diagnostic], crossMember: CrossMemberLinks? = nil,
              checks: Bool = true) -> (site: Site, theme: Theme)? {
        var reads: [String: MemberInputStats.Entry]?
        return load(member, into: &diagnostics, crossMember: crossMember, checks: checks, reads: &reads)
    }

    /// As `load`, and when `reads` is not nil, with what it read of the member's site.json and
    /// Markdown added to it (`MemberInputs.Pending.finish`), so those files are read once.
    func load(_ member: GroupMember, into diagnostics: inout [Diagnostic], crossMember: CrossMemberLinks? = nil,
              checks: Bool = true, reads: inout [String: MemberInputStats.Entry]?) -> (site: Site, theme: Theme)? {
        let folder = folder(of: member)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory), isDirectory.boolValue else {
            diagnostics.append(.error("group.member-path", "成员“\(member.title)”（\(member.id)）的文件夹 \(member.path) 不存在", at: member.pathPosition,
                                      hint: "path 是成员网站文件夹相对于 group.json 所在文件夹的路径，如 \"members/mzj\""))
            return nil
        }
        guard let siteJSON = FileBytes.read(folder.appendingPathComponent("site.json").path) else {
            diagnostics.append(.error("group.member-path", "成员“\(member.title)”（\(member.id)）的文件夹 \(member.path) 不是 gongkai 网站：没有 site.json", at: member.pathPosition,
                                      hint: "在该文件夹中运行 gongkai init 创建网站，或改正 path"))
            return nil
        }
        reads?["site.json"] = MemberInputStats.Entry(siteJSON)
        var found: [Diagnostic] = []
        defer { diagnostics += found.map { relocate($0, of: member) } }
        let (loaded, configDiagnostics) = SiteConfigLoader.load(siteJSON.bytes, baseURL: group.memberBaseURL(member.id), inherited: group.shared)
        found += configDiagnostics
        guard var config = loaded, !configDiagnostics.hasErrors else { return nil }
        // A member that names no 门户网站 of its own links back to the group's portal.
        if config.footer.portalURL.isEmpty {
            config.footer.portalURL = group.urls.href(URLBuilder.homePath)
            config.footer.portalTitle = group.title
        }
        // Its search page searches the portal's one index, for this member only.
        config.portalSearch = PortalSearchScope(dataHref: group.urls.href(URLBuilder.searchDataFolder), member: member.id)
        let content = ContentLoader(siteFolder: folder, config: config, recordsReads: reads != nil).load()
        found += content.diagnostics
        reads?.merge(content.reads) { _, read in read }
        // A theme the group shares lives in the group folder, unless the member has its own copy.
        let ownTheme = folder.appendingPathComponent("themes").appendingPathComponent(config.theme)
        let themeFolder = FileManager.default.fileExists(atPath: ownTheme.path) ? folder : groupFolder
        let (theme, themeDiagnostics) = themes.theme(siteFolder: themeFolder, config: config)
        found += themeDiagnostics
        let resolver = SiteResolver(config: config, urls: config.urls, today: today, includeDrafts: options.includeDrafts,
                                    includeFuture: options.includeFuture, crossMember: crossMember)
        let site = resolver.resolve(documents: content.documents, assets: content.assets)
        if checks { found += Checks.run(on: site) }
        return theme.map { (site, $0) }
    }

    /// A member's diagnostic as the group reports it: its file named from the group folder
    /// (`members/mzj/content/…`), or, when it is in no file, its message led by the member's name.
    /// Diagnostics about group.json's own `shared` values stay as they are.
    func relocate(_ diagnostic: Diagnostic, of member: GroupMember) -> Diagnostic {
        var d = diagnostic
        if let file = d.file {
            if file != GroupConfigLoader.file { d.file = member.filePrefix + file }
        } else {
            d.message = "成员“\(member.title)”（\(member.id)）：" + d.message
        }
        return d
    }
}
