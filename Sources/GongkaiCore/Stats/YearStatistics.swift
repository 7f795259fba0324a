/// The year's numbers for the 政府信息公开工作年度报告 (`gongkai stats`, README “命令”): documents
/// published per catalog node, topic and genre, the 主动公开 total, and the three
/// 行政规范性文件 counts of table 二 — each with how it was derived, so the editor can
/// check it before copying it into the report.
///
/// Only what the build would publish counts: drafts and documents dated after "today"
/// are left out, as are node introductions (`_index.md`).
public struct YearStatistics: Sendable, Codable, Hashable {
    /// A document named in a count, so the editor can check it.
    public struct Item: Sendable, Codable, Hashable {
        public var path: String
        public var title: String
        public var indexNumber: String?
    }

    /// One number with how it was derived.
    public struct Count: Sendable, Codable, Hashable {
        public var label: String
        public var count: Int
        public var derivation: String
        /// The documents counted, for the counts an editor copies into the report.
        public var documents: [Item]?
    }

    /// A catalog node's count: its own documents and those of the nodes below it.
    public struct NodeCount: Sendable, Codable, Hashable {
        public var path: String
        public var title: String
        public var depth: Int
        public var count: Int
        public var countInTree: Int
    }

    /// A topic class or genre with its count.
    public struct NamedCount: Sendable, Codable, Hashable {
        public var name: String
        public var count: Int
    }

    public var year: Int
    /// The day "现行有效" is judged on (`YYYY-MM-DD`): 31 December of the year, or today if earlier.
    public var asOf: String
    /// Every document published in the year.
    public var published: Count
    /// 主动公开 documents published in the year.
    public var proactive: Count
    public var byNode: [NodeCount]
    public var byTopic: [NamedCount]
    public var byGenre: [NamedCount]
    /// How a document is recognised as a 行政规范性文件.
    public var regulatoryRule: String
    /// Table 二, row 行政规范性文件: 本年制发件数.
    public var regulatoryIssued: Count
    /// 本年废止件数.
    public var regulatoryAbolished: Count
    /// 现行有效件数.
    public var regulatoryInForce: Count
    /// Documents in force today whose validity period ends within a year, soonest first: the
    /// review plan (评估清理计划).
    public var expiringNextYear: Count
    /// 解读比例: the year's 行政规范性文件 that have a published 政策解读.
    public var interpretationRate: Rate
    /// Things the editor should look at: documents that could not be counted with certainty.
    public var notes: [String]
    /// The tables of the year's annual report, when the site has it (as on its page).
    public var report: AnnualReportData?

    static let unknownTopic = "（未填写主题分类）"
    static let proactiveDisclosure = "主动公开"

    /// The documents a year's counts are taken from: what the build publishes, and the 公示
    /// withdrawn after their 公示期 (published all the same); node introductions left out.
    static func countedDocuments(of site: Site) -> [Document] {
        (site.documents + site.withdrawn.map(\.document)).filter { !$0.isNodeIndex }
    }
    static let unknownGenre = "（未填写体裁分类）"

    /// Counts the year on a loaded site.
    public init(site: Site, year: Int) {
        self.year = year
        let endOfYear = Day(year: year, month: 12, day: 31)!
        let asOf = min(endOfYear, site.today)
        self.asOf = asOf.description
        let catalog = site.catalog
        let documents = Self.countedDocuments(of: site)
        let inYear = documents.filter { $0.published.day.year == year }
        let proactiveDocuments = inYear.filter { $0.disclosure == Self.proactiveDisclosure }
        let leftOut = "草稿和发布日期在 \(site.today) 之后的文档不计"

        published = Count(
            label: "本年发布信息", count: inYear.count,
            derivation: "发布日期在 \(year) 年内的文档（\(leftOut)）"
        )
        proactive = Count(
            label: "本年主动公开信息", count: proactiveDocuments.count,
            derivation: "其中公开方式为“主动公开”（未填写即为主动公开）的文档；另有依申请公开 \(inYear.count - proactiveDocuments.count) 条"
        )

        var direct = Array(repeating: 0, count: catalog.nodes.count)
        for document in inYear { direct[document.node] += 1 }
        byNode = catalog.nodes.enumerated().map { index, node in
            let inTree = ([index] + catalog.descendants(of: index)).reduce(0) { $0 + direct[$1] }
            return NodeCount(path: node.path, title: node.title, depth: node.depth, count: direct[index], countInTree: inTree)
        }

        var topics: [String: Int] = [:]
        var genres: [String: Int] = [:]
        for document in inYear {
            let topicClass = document.topic.flatMap { $0.split(separator: "/").first.map(String.init) } ?? Self.unknownTopic
            topics[topicClass, default: 0] += 1
            genres[document.genre ?? Self.unknownGenre, default: 0] += 1
        }
        let topicOrder = site.config.topics.classes.map(\.name) + [Self.unknownTopic]
        byTopic = Self.ordered(topics, by: topicOrder)
        byGenre = Self.ordered(genres, by: site.config.genres + [Self.unknownGenre])

        let regulatoryNodes = catalog.nodes.indices.filter { RegulatoryDocumentRule.isRegulatory(node: $0, in: catalog) }
            .map { "“\(catalog.nodes[$0].title)”（\(catalog.nodes[$0].path)）" }
        regulatoryRule = "行政规范性文件指："
            + (regulatoryNodes.isEmpty ? "" : "栏目 \(regulatoryNodes.joined(separator: "、")) 中的文档，以及")
            + "体裁分类为“行政规范性文件”或“规范性文件”的文档"
        let table = Self.regulatoryCounts(site: site, year: year, asOf: asOf)
        regulatoryIssued = table.issued
        regulatoryAbolished = table.abolished
        regulatoryInForce = table.inForce
        expiringNextYear = Self.expiring(site: site)
        interpretationRate = Self.interpretationRate(site: site, year: year)

        var notes = table.notes
        let undated = documents.filter { $0.published.day.year == 1970 }
        if !undated.isEmpty {
            notes.append("有 \(undated.count) 篇文档没有有效的发布日期，未计入任何年度；运行 gongkai check 查看")
        }
        self.notes = notes
        report = site.documents.indices
            .filter { site.documents[$0].report?.year == year }
            .min { site.documents[$0].sourcePath < site.documents[$1].sourcePath }
            .map { AnnualReportData(report: site.documents[$0].report!, document: site.documents[$0], site: site, outputPath: site.outputPaths[$0], regulatory: regulatoryCounts) }
    }

    /// Table 二's 行政规范性文件 row: 本年制发件数, 本年废止件数, 现行有效件数.
    public var regulatoryCounts: [Int] { [regulatoryIssued.count, regulatoryAbolished.count, regulatoryInForce.count] }

    static func item(_ document: Document) -> Item {
        Item(path: document.sourcePath, title: document.title, indexNumber: document.indexNumber)
    }

    /// Names in the order of the table, then any others by name; zero counts left out.
    static func ordered(_ counts: [String: Int], by order: [String]) -> [NamedCount] {
        let known = order.compactMap { name in counts[name].map { NamedCount(name: name, count: $0) } }
        let others = counts.keys.filter { !order.contains($0) }.sorted().map { NamedCount(name: $0, count: counts[$0]!) }
        return known + others
    }
}
