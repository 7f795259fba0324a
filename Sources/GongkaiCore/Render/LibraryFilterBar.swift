/// The 政策文件库's filter bar (`filterGroups` of the library pages), its options made once
/// per site (`SiteRenderer.workers`): every library page shows the same options, and only which one is current
/// changes from page to page.
///
/// Fast path (bench/PERFORMANCE.md, “A group member's fixed cost”): building each option's
/// link (`URLBuilder.href` of a path holding Chinese segments) on every library page was
/// most of a small site's library pages, and a group pays for it once per member.
struct LibraryFilterBar: Sendable {
    /// One option as the bar shows it when it is not current, and when it is.
    private struct Option: Sendable {
        let plain: TemplateValue
        let current: TemplateValue

        init(title: String, href: String, count: Int) {
            func value(_ current: Bool) -> TemplateValue {
                ["title": .text(title), "href": .text(href), "count": .number(count), "current": .bool(current)]
            }
            plain = value(false)
            current = value(true)
        }

        func value(current isCurrent: Bool) -> TemplateValue { isCurrent ? current : plain }
    }

    /// One dimension's name and label, its 全部 option and its values' options.
    private struct Group: Sendable {
        let dimension: PolicyLibrary.Dimension
        let name: TemplateValue
        let label: TemplateValue
        let all: Option
        let options: [Option]
    }

    /// In `PolicyLibrary.Dimension.allCases` order.
    private let groups: [Group]

    init(library: PolicyLibrary, labels: [String: String], urls: URLBuilder) {
        let allHref = urls.href(URLBuilder.libraryPath())
        groups = PolicyLibrary.Dimension.allCases.map { dimension in
            Group(dimension: dimension, name: .text(dimension.rawValue), label: .text(labels[dimension.labelKey] ?? dimension.rawValue),
                  all: Option(title: labels["library_filter_all"] ?? "全部", href: allHref, count: library.documents.count),
                  options: (library.values[dimension] ?? []).map { value in
                      Option(title: value.title, href: urls.href(URLBuilder.libraryPath(filter: (dimension.rawValue, value.segment))),
                             count: value.documents.count)
                  })
        }
    }

    /// The bar of the page filtered by value number `current.1` of `current.0` (nil: the
    /// unfiltered list): in each dimension, 全部 is current unless one of its values is.
    func value(current: (PolicyLibrary.Dimension, Int)?) -> TemplateValue {
        .list(groups.map { group in
            let filtered = current.map { $0.0 == group.dimension } ?? false
            let options = [group.all.value(current: !filtered)]
                + group.options.indices.map { v in group.options[v].value(current: filtered && current!.1 == v) }
            return ["name": group.name, "label": group.label, "options": .list(options)]
        })
    }
}
