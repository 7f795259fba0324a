/// The values of the search page's filters that a member's documents have, kept of each member
/// (`PortalMember`) and merged for the portal's search page, where the 机构 filter stands
/// before them (README “站群”).
struct PortalSearchFilters: Sendable, Codable, Equatable {
    struct Node: Sendable, Codable, Equatable {
        var path: String
        var title: String
        var depth: Int

        enum CodingKeys: String, CodingKey {
            case depth, path, title
        }
    }

    /// Catalog nodes holding documents, in catalog order; merged, in the first member's order
    /// with each node another member adds after it.
    var nodes: [Node] = []
    /// Sorted, so that a member's part summary (`MemberPart`) is the same bytes every time.
    var years: [String] = []
    /// 主题分类 classes in the topic table's order.
    var topics: [String] = []
    /// 发布机构 with their document counts.
    var publishers: [String: Int] = [:]
    var statuses: [String] = []
    var forms: [String] = []

    enum CodingKeys: String, CodingKey {
        case forms, nodes, publishers, statuses, topics, years
    }

    init() {}

    init(site: Site) {
        nodes = site.catalog.nodes.enumerated()
            .filter { $0.element.holdsDocuments && site.count(inTreeOf: $0.offset) > 0 }
            .map { Node(path: $0.element.path, title: $0.element.title, depth: $0.element.depth) }
        // Values numbered by their bytes first (`StringNumbering`): the same few, once per document.
        var topicClasses = StringNumbering(), formValues = StringNumbering(), publisherNames = StringNumbering()
        var yearSet: Set<Int> = [], publisherCounts: [Int] = []
        for d in site.documents {
            yearSet.insert(d.published.day.year)
            if let topic = d.topic, let topicClass = topic.splitASCII("/", maxSplits: 1).first { _ = topicClasses.number(of: String(topicClass)) }
            if !d.publisher.isEmpty {
                let number = publisherNames.number(of: d.publisher)
                if number == publisherCounts.count { publisherCounts.append(0) }
                publisherCounts[number] += 1
            }
            if let form = d.interpretationForm, !form.isEmpty { _ = formValues.number(of: form) }
        }
        publishers = Dictionary(uniqueKeysWithValues: zip(publisherNames.values, publisherCounts))
        years = yearSet.map(String.init).sorted()
        forms = formValues.values.sorted()
        let classes = Set(topicClasses.values)
        topics = site.config.topics.classes.map(\.name).filter(classes.contains)
        statuses = Set(site.lifecycles.map(\.status)).map(\.rawValue).sorted()
    }

    /// Both members' values, `self`'s first.
    func merged(with other: PortalSearchFilters) -> PortalSearchFilters {
        var result = self
        let paths = Set(nodes.map(\.path))
        result.nodes += other.nodes.filter { !paths.contains($0.path) }
        result.years = Set(years + other.years).sorted()
        result.topics += other.topics.filter { !topics.contains($0) }
        result.publishers.merge(other.publishers, uniquingKeysWith: +)
        result.statuses = Set(statuses + other.statuses).sorted()
        result.forms = Set(forms + other.forms).sorted()
        return result
    }

    /// The filters as the search template reads them (`name`, `label`, `options`), in the
    /// order a member's own search page has them.
    func templateValues(labels: [String: String]) -> [TemplateValue] {
        func filter(_ facet: SearchFacet, _ label: String, _ options: [(value: String, title: String)]) -> TemplateValue {
            ["name": .text(facet.rawValue), "label": .text(labels[label] ?? label),
             "options": .list(options.map { ["value": .text($0.value), "title": .text($0.title)] })]
        }
        let publisherOptions = publishers.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map { (value: $0.key, title: $0.key) }
        let formOptions = InterpretationForm.all.filter(forms.contains).map { (value: $0, title: $0) }
        return [
            filter(.node, "search_filter_node", nodes.map { (value: $0.path, title: String(repeating: "\u{3000}", count: $0.depth) + $0.title) }),
            filter(.year, "search_filter_year", years.sorted(by: >).map { (value: $0, title: $0 + (labels["year_suffix"] ?? "年")) }),
            filter(.topic, "search_filter_topic", topics.map { (value: $0, title: $0) }),
            filter(.publisher, "search_filter_publisher", publisherOptions),
            filter(.validity, "search_filter_status", Document.Status.allCases.map(\.rawValue).filter(statuses.contains).map { (value: $0, title: $0) }),
        ] + (formOptions.isEmpty ? [] : [filter(.form, "search_filter_form", formOptions)])
    }
}
