extension YearStatistics {
    /// A share of documents, with how it was derived and the documents left out of it.
    public struct Rate: Sendable, Codable, Hashable {
        public var label: String
        public var count: Int
        public var total: Int
        /// `count / total` as a percentage with one decimal (`66.7%`), `—` when `total` is 0.
        public var percent: String
        public var derivation: String
        /// The documents of `total` not in `count`, for the editor to follow up.
        public var missing: [Item]
    }

    /// 解读比例 (README “解读形式”): of the 行政规范性文件 published in `year`, those with at
    /// least one published 政策解读 (`interprets` pointing at them).
    static func interpretationRate(site: Site, year: Int) -> Rate {
        let regulatory = site.documents.indices.filter { i in
            site.documents[i].published.day.year == year && RegulatoryDocumentRule.isRegulatory(site.documents[i], in: site.catalog)
        }.sorted { (site.documents[$0].indexNumber ?? site.documents[$0].sourcePath) < (site.documents[$1].indexNumber ?? site.documents[$1].sourcePath) }
        let missing = regulatory.filter { (site.interpretations[$0]?.isEmpty ?? true) && site.otherMembersInterpretations[$0] == nil }
        let interpreted = regulatory.count - missing.count
        return Rate(label: "行政规范性文件解读比例", count: interpreted, total: regulatory.count,
                    percent: percent(interpreted, of: regulatory.count),
                    derivation: "\(year) 年发布的行政规范性文件中，已有政策解读（解读文件的 interprets 指向它，且已发布）的件数 ÷ 总件数",
                    missing: missing.map { item(site.documents[$0]) })
    }

    /// `66.7%`; `100%` and `0%` without decimals; `—` for nothing to divide.
    static func percent(_ count: Int, of total: Int) -> String {
        guard total > 0 else { return "—" }
        let tenths = (count * 1000 + total / 2) / total
        return tenths % 10 == 0 ? "\(tenths / 10)%" : "\(tenths / 10).\(tenths % 10)%"
    }
}
