extension YearStatistics {
    /// The 行政规范性文件 row of annual-report table 二, with the notes an editor should read.
    struct RegulatoryCounts: Sendable {
        var issued: Count
        var abolished: Count
        var inForce: Count
        var notes: [String]
    }

    /// Table 二's 行政规范性文件 row for `year`, judged on `asOf` with the derived statuses
    /// (``Site/lifecycle(of:on:)``): the one computation `stats` and the annual report share.
    ///
    /// - 本年制发: 成文日期 in the year;
    /// - 本年废止: 废止 during the year — by a 废止日期, or by a newer document that replaces
    ///   or abolishes it, on the day that takes effect;
    /// - 现行有效: published by `asOf` and in force on it (有效 or 部分失效; not past 有效期至,
    ///   not replaced, revised or abolished by then).
    static func regulatoryCounts(site: Site, year: Int, asOf: Day) -> RegulatoryCounts {
        let regulatory = site.documents.indices.filter { RegulatoryDocumentRule.isRegulatory(site.documents[$0], in: site.catalog) }
            .sorted { (site.documents[$0].indexNumber ?? site.documents[$0].sourcePath) < (site.documents[$1].indexNumber ?? site.documents[$1].sourcePath) }
        let items = { (list: [Int]) in list.map { item(site.documents[$0]) } }
        let lifecycles = Dictionary(uniqueKeysWithValues: regulatory.map { ($0, site.lifecycle(of: $0, on: asOf)) })

        let issued = regulatory.filter { site.documents[$0].written.day.year == year }
        let abolished = regulatory.filter { lifecycles[$0]!.status == .abolished && lifecycles[$0]!.since?.year == year }
        let inForce = regulatory.filter { i in
            let d = site.documents[i]
            return d.published.day <= asOf && d.written.day <= asOf && lifecycles[i]!.inForce
        }
        var notes: [String] = []
        for i in regulatory {
            let d = site.documents[i], lifecycle = lifecycles[i]!
            if [.abolished, .expired].contains(lifecycle.status), lifecycle.since == nil {
                notes.append("\(d.sourcePath)：有效性为“\(lifecycle.status.rawValue)”但没有填写废止日期，也没有新文件代替或废止它，无法判断是否本年废止，未计入本年废止件数，也未计入现行有效件数")
            }
            if lifecycle.status == .expired, lifecycle.relation == nil, let end = d.validityEnd, end.year == year, d.abolished == nil {
                notes.append("\(d.sourcePath)：有效期至 \(end)，在本年内届满失效，未计入本年废止件数；如年报口径把到期失效计为废止，请自行加上")
            }
        }
        return RegulatoryCounts(
            issued: Count(label: "本年制发件数", count: issued.count,
                          derivation: "行政规范性文件中，成文日期在 \(year) 年内的（未填成文日期的按发布日期）", documents: items(issued)),
            abolished: Count(label: "本年废止件数", count: abolished.count,
                             derivation: "行政规范性文件中，在 \(year) 年内废止的：废止日期（abolished）在本年内，或被新文件代替、废止（replaces、abolishes），新文件的施行日期（未填写时为发布日期）在本年内",
                             documents: items(abolished)),
            inForce: Count(label: "现行有效件数", count: inForce.count,
                           derivation: "截至 \(asOf)，已发布、有效性为“有效”或“部分失效”、未过有效期、也没有在这一天之前被废止、代替或修订的行政规范性文件",
                           documents: items(inForce)),
            notes: notes)
    }

    /// Documents in force today whose 有效期至 falls within the next 365 days, soonest first.
    static func expiring(site: Site) -> Count {
        let horizon = site.today.adding(days: 365)
        let list = site.documents.indices.filter { i in
            guard let end = site.documents[i].validityEnd, site.lifecycles[i].inForce else { return false }
            return end >= site.today && end <= horizon
        }.sorted { (site.documents[$0].validityEnd!, site.documents[$0].sourcePath) < (site.documents[$1].validityEnd!, site.documents[$1].sourcePath) }
        return Count(label: "未来一年内到期的文件", count: list.count,
                     derivation: "\(site.today) 现行有效、有效期至在 \(site.today) 至 \(horizon) 之间的文件，按到期日排列，供制定评估清理计划",
                     documents: list.map { item(site.documents[$0]) })
    }
}
