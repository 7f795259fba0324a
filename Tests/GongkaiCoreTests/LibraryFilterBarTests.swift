import Foundation
import Testing
@testable import GongkaiCore

@Suite("the 政策文件库 filter bar")
struct LibraryFilterBarTests {
    /// The bar as every library page built it before `LibraryFilterBar`: each option made anew.
    private func reference(_ library: PolicyLibrary, _ labels: [String: String], _ urls: URLBuilder,
                           current: (PolicyLibrary.Dimension, Int)?) -> TemplateValue {
        .list(PolicyLibrary.Dimension.allCases.map { dimension in
            let all: TemplateValue = ["title": .text(labels["library_filter_all"] ?? "全部"), "href": .text(urls.href(URLBuilder.libraryPath())),
                                      "count": .number(library.documents.count), "current": .bool(current?.0 != dimension)]
            let options: [TemplateValue] = (library.values[dimension] ?? []).enumerated().map { v, value in
                ["title": .text(value.title), "href": .text(urls.href(URLBuilder.libraryPath(filter: (dimension.rawValue, value.segment)))),
                 "count": .number(value.documents.count), "current": .bool(current.map { $0.0 == dimension && $0.1 == v } ?? false)]
            }
            return ["name": .text(dimension.rawValue), "label": .text(labels[dimension.labelKey] ?? dimension.rawValue), "options": .list([all] + options)]
        })
    }

    private static let shown = "{{#groups}}{{name}}|{{label}}:{{#options}}[{{title}} {{href}} {{count}}{{#current}} *{{/current}}]{{/options}};\n{{/groups}}"

    @Test("every library page's bar, made once, shows what making it on the page showed: 全部 current unless a value of its dimension is")
    func sameAsPerPage() throws {
        let (loaded, theme, report) = SiteBuilder.load(ExampleSite.options(output: ExampleSite.temporaryOutput("filterbar")))
        let site = try #require(loaded, "\(report.diagnostics.map(\.formatted))")
        let labels = try #require(theme).labels
        let library = PolicyLibrary(site: site, labels: labels)
        let bar = LibraryFilterBar(library: library, labels: labels, urls: site.urls)
        let template = TemplateLibrary(["bar": try TemplateParser.parse(Self.shown)])
        func shown(_ value: TemplateValue) -> String { String(decoding: template.render("bar", ["groups": value]), as: UTF8.self) }

        var pages: [(PolicyLibrary.Dimension, Int)?] = [nil]
        for dimension in PolicyLibrary.Dimension.allCases {
            for v in (library.values[dimension] ?? []).indices { pages.append((dimension, v)) }
        }
        #expect(pages.count > 4, "the example site's library has values to filter by")
        for current in pages {
            #expect(shown(bar.value(current: current)) == shown(reference(library, labels, site.urls, current: current)))
        }
        let unfiltered = shown(bar.value(current: nil))
        #expect(unfiltered.components(separatedBy: " *]").count - 1 == PolicyLibrary.Dimension.allCases.count)
        let year = try #require(library.values[.year]?.first)
        let filtered = shown(bar.value(current: (.year, 0)))
        #expect(filtered.contains("[\(year.title) \(site.urls.href(URLBuilder.libraryPath(filter: ("year", year.segment)))) \(year.documents.count) *]"))
        #expect(!filtered.contains("year|" + (labels["library_filter_year"] ?? "year") + ":[" + (labels["library_filter_all"] ?? "全部") + " " + site.urls.href(URLBuilder.libraryPath()) + " \(library.documents.count) *]"))
    }
}
