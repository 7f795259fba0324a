extension GroupStatistics {
    /// Every member loaded and checked as `gongkai check` does (the checks across members too), one after another (only its row is
    /// kept, so memory follows the largest member), and counted for `year`. Nil when the group or
    /// a member has errors (the report holds them): numbers from a broken site would mislead.
    public static func load(_ options: BuildOptions, year: Int) -> (GroupStatistics?, BuildReport) {
        var report = BuildReport()
        guard let group = GroupBuilder.loadGroup(options, into: &report) else { return (nil, GroupBuilder.finish(report, options)) }
        let loader = GroupMemberLoader(group: group, groupFolder: options.siteFolder, options: options)
        var members: [Member] = []
        var facts: [GroupMemberFacts] = []
        for member in group.members {
            guard let (site, _) = loader.load(member, into: &report.diagnostics) else { continue }
            report.documentCount += site.documents.count
            members.append(Member(member: member, site: site, year: year))
            facts.append(GroupMemberFacts(member: member, site: site))
        }
        report.diagnostics += GroupChecker().check(facts)
        report = GroupBuilder.finish(report, options)
        guard report.succeeded else { return (nil, report) }
        return (GroupStatistics(title: group.title, year: year, today: options.resolvedToday(), members: members), report)
    }
}
