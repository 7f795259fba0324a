/// The 政策文件库: every policy document of the site (the documents of
/// `policy_documents.nodes`, by default the 法规文件 subtree), newest first, with the values
/// of its four filters — 有效性, 发文机关, 年度, 主题分类 — and the documents of each.
/// Each filter value is a pre-built page, so filtering works without JavaScript.
struct PolicyLibrary: Sendable {
    /// The 有效性 filter's values, as citizens ask for them.
    enum StatusGroup: String, Sendable, CaseIterable {
        case inForce = "in-force", expired, abolished, revised

        var labelKey: String {
            switch self {
            case .inForce: return "library_status_in_force"
            case .expired: return "library_status_expired"
            case .abolished: return "library_status_abolished"
            case .revised: return "library_status_revised"
            }
        }

        static func of(_ lifecycle: DocumentLifecycle) -> StatusGroup {
            switch lifecycle.status {
            case .valid, .partlyExpired: return .inForce
            case .expired: return .expired
            case .abolished: return .abolished
            case .revised: return .revised
            }
        }
    }

    /// A filter dimension; its raw value is the folder of its pages under `zcwjk/`.
    enum Dimension: String, Sendable, CaseIterable {
        case status, publisher, year, topic

        var labelKey: String { "library_filter_" + rawValue }
    }

    /// One filter page: a dimension, the value's URL segment, its title and documents.
    struct Value: Sendable {
        var dimension: Dimension
        var segment: String
        var title: String
        var documents: [Int]
    }

    /// Library documents, newest first (positions in `Site.documents`).
    let documents: [Int]
    /// Documents no longer in force (失效, 废止, 修订), newest first.
    let invalid: [Int]
    /// Each dimension's values in the order the filter bar shows them.
    let values: [Dimension: [Value]]

    init(site: Site, labels: [String: String]) {
        let nodes = Set(site.config.policyDocuments.libraryNodes(in: site.catalog))
        let documents = site.documents.indices.filter { nodes.contains(site.documents[$0].node) }
        self.documents = documents
        invalid = documents.filter { !site.lifecycles[$0].inForce }
        var values: [Dimension: [Value]] = [:]
        values[.status] = StatusGroup.allCases.map { group in
            Value(dimension: .status, segment: group.rawValue, title: labels[group.labelKey] ?? group.rawValue,
                  documents: documents.filter { StatusGroup.of(site.lifecycles[$0]) == group })
        }
        func grouped(_ dimension: Dimension, _ key: (Document) -> String?) -> [String: [Int]] {
            var groups: [String: [Int]] = [:]
            for i in documents { if let k = key(site.documents[i]), !k.isEmpty { groups[k, default: []].append(i) } }
            return groups
        }
        let publishers = grouped(.publisher) { $0.publisher }
        values[.publisher] = publishers.sorted { $0.value.count != $1.value.count ? $0.value.count > $1.value.count : $0.key < $1.key }
            .map { Value(dimension: .publisher, segment: Format.segment($0.key), title: $0.key, documents: $0.value) }
        let years = grouped(.year) { String($0.written.day.year) }
        values[.year] = years.sorted { $0.key > $1.key }
            .map { Value(dimension: .year, segment: $0.key, title: $0.key + (labels["year_suffix"] ?? "年"), documents: $0.value) }
        let topics = grouped(.topic) { $0.topic.map { String($0.split(separator: "/").first ?? "") } }
        values[.topic] = site.config.topics.classes.map(\.name).compactMap { name in
            topics[name].map { Value(dimension: .topic, segment: Format.segment(name), title: name, documents: $0) }
        }
        self.values = values
    }

    /// Whether the site has a 政策文件库 (some node counts).
    static func exists(in site: Site) -> Bool {
        !site.config.policyDocuments.libraryNodes(in: site.catalog).isEmpty
    }
}
