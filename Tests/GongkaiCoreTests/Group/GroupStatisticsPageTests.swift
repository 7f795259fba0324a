import Foundation
import Testing
@testable import GongkaiCore

/// `gongkai stats --year N --format html` in a group folder: one self-contained page.
@Suite("group statistics page")
struct GroupStatisticsPageTests {
    static func page(today: String = "2026-02-01") throws -> String {
        try GroupStatisticsTests.statistics(today: today).html
    }

    @Test("the page needs no other file: inline CSS, no scripts, no links or sources")
    func selfContained() throws {
        let html = try Self.page()
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"zh-CN\">"))
        #expect(html.contains("<style>"))
        for forbidden in ["<script", "src=", "href=", "<link", "url(", "@import"] {
            #expect(!html.contains(forbidden), "\(forbidden)")
        }
    }

    @Test("three charts, each an image named by its title and description and followed by a table of the same numbers")
    func accessibleCharts() throws {
        let html = try Self.page()
        let charts = html.components(separatedBy: "<svg ").dropFirst()
        #expect(charts.count == 3)
        for id in ["chart-agency", "chart-month", "chart-node"] {
            #expect(html.contains("role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""))
            #expect(html.contains("<title id=\"\(id)-title\">"))
            #expect(html.contains("<desc id=\"\(id)-desc\">"))
        }
        for chart in charts {
            let after = try #require(chart.range(of: "</svg>"))
            #expect(chart[after.upperBound...].hasPrefix("\n<table>") || chart[after.upperBound...].hasPrefix("<table>"))
        }
        #expect(html.components(separatedBy: "<table>").count - 1 == 4)
    }

    @Test("bars are as long as their counts: the agency with most documents has the longest bar")
    func barLengths() throws {
        let html = try Self.page()
        let agency = try #require(html.components(separatedBy: "<svg ").dropFirst().first)
        // 县政府 2, 县民政局 1, 测试乡 0 documents over a 360-unit plot.
        let widths = agency.components(separatedBy: "<rect ").dropFirst().compactMap { rect in
            rect.components(separatedBy: "width=\"").dropFirst().first?.prefix { $0 != "\"" }
        }.map(String.init)
        #expect(widths == ["360", "180", "0"])
        #expect(agency.contains(">测试乡人民政府</text>"))
    }

    @Test("the tables carry the numbers and who needs following up")
    func tables() throws {
        let html = try Self.page()
        #expect(html.contains("<tr><th scope=\"row\">测试县人民政府</th><td>政府</td><td>2</td><td>2</td><td>2025-06-20</td></tr>"))
        #expect(html.contains("<th scope=\"col\">12月</th><th scope=\"col\">全年</th></tr></thead>"))
        #expect(html.contains("<tr><th scope=\"row\">发布数</th><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>3</td></tr>"))
        #expect(html.contains("<li><strong>本年没有发布信息的机构：</strong>测试乡人民政府</li>"))
        #expect(html.contains("<li><strong>年度报告逾期未发布：</strong>测试县人民政府、测试县民政局、测试乡人民政府</li>"))
        #expect(html.contains("<td>逾期未发布</td>"))
    }

    @Test("a name too long for the chart is cut there to 16 characters with an ellipsis")
    func longNames() {
        #expect(SVGBarChart.fitted("青山县人力资源和社会保障局") == "青山县人力资源和社会保障局")
        #expect(SVGBarChart.fitted("青山县自然资源局青山经济开发区分局办公室") == "青山县自然资源局青山经济开发区…")
        let chart = SVGBarChart(id: "c", title: "t", description: "d", labels: ["青山县自然资源局青山经济开发区分局办公室"],
                                series: [.init(name: "n", color: "#000")], values: [[1]]).horizontal()
        #expect(chart.contains(">青山县自然资源局青山经济开发区…</text>"))
    }

    @Test("the same numbers give the same bytes")
    func deterministic() throws {
        #expect(try Self.page() == Self.page())
    }
}
