extension GroupStatistics.Member {
    /// One member's row, from its loaded site (whose `today` is the group's).
    init(member: GroupMember, site: Site, year: Int) {
        id = member.id
        title = member.title
        kind = member.kind.rawValue
        let asOf = GroupStatistics.asOf(year: year, today: site.today)
        let documents = YearStatistics.countedDocuments(of: site)
        let inYear = documents.filter { $0.published.day.year == year }
        published = inYear.count
        proactive = inYear.count { $0.disclosure == YearStatistics.proactiveDisclosure }
        var months = Array(repeating: 0, count: 12)
        for document in inYear { months[document.published.day.month - 1] += 1 }
        self.months = months
        newest = documents.map(\.published.day).filter { $0 <= asOf && $0.year > 1970 }.max()?.description
        let nodes = site.catalog.nodes
        emptyNodes = EmptyNodeChecker.emptyNodes(of: site, on: asOf).map { GroupStatistics.Node(path: nodes[$0].path, title: nodes[$0].title) }
        staleNodes = FreshnessChecker.staleNodes(of: site, on: asOf).map {
            GroupStatistics.StaleNode(path: nodes[$0.node].path, title: nodes[$0.node].title, newest: $0.newest.description, days: $0.age, limit: $0.limit)
        }
        report = Self.report(of: site, year: year, prefix: member.filePrefix)
    }

    /// The year's report against its deadline, judged on the site's today: a report dated after
    /// today is not published yet (the site holds no such document).
    static func report(of site: Site, year: Int, prefix: String) -> GroupStatistics.Report {
        let deadline = ReportYearsChecker.deadline(for: year)
        let found = site.documents.filter { $0.report?.year == year }.min { $0.sourcePath < $1.sourcePath }
        guard let found else {
            return .init(state: site.today > deadline ? .missing : .notYetDue)
        }
        return .init(state: found.published.day > deadline ? .late : .onTime, published: found.published.day.description, path: prefix + found.sourcePath)
    }
}
