extension GroupStatistics {
    static let documentsColor = "#1f5fa8"
    static let emptyColor = "#b35900"
    static let staleColor = "#a12622"

    /// One self-contained page for the office's monthly meeting (`--format html`): inline CSS,
    /// no scripts, no other files; three bar charts in inline SVG (documents per agency, per
    /// month across the group, empty and stale 栏目 per agency), each named by its
    /// `<title>`/`<desc>` and followed by a table of the same numbers.
    public var html: String {
        let heading = "\(year) 年站群统计"
        var page = """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(escape(heading))：\(escape(title))</title>
        <style>\(Self.style)</style>
        </head>
        <body>
        <main>
        <h1>\(escape(heading))：\(escape(title))</h1>
        <p class="meta">\(total.members) 个机构；空白栏目和不更新栏目按 \(asOf) 判断；\(year) 年度报告的截止日期是 \(reportDeadline)，按 \(today) 判断。</p>

        """
        page += attention()
        page += section("by-agency", "各机构本年发布数", chart: agencyChart().horizontal(), table: agencyTable())
        page += section("by-month", "各月发布数（全站群）", chart: monthChart().vertical(), table: monthTable())
        page += section("by-node", "空白栏目和不更新栏目", chart: legend() + nodeChart().horizontal(), table: nodeTable())
        page += section("reports", "\(year) 年度报告", chart: "", table: reportTable())
        return page + "</main>\n</body>\n</html>\n"
    }

    private func escape(_ text: String) -> String { XMLText.escape(text) }

    private func attention() -> String {
        let items = [
            ("本年没有发布信息的机构", names(total.silentMembers)),
            ("年度报告逾期未发布", names(total.reportsMissing)),
            ("年度报告逾期发布", names(total.reportsLate)),
            ("有空白栏目的机构", names(members.filter { !$0.emptyNodes.isEmpty }.map(\.id))),
            ("有不更新栏目的机构", names(members.filter { !$0.staleNodes.isEmpty }.map(\.id))),
        ]
        var html = "<section aria-labelledby=\"attention\">\n<h2 id=\"attention\">需要跟进</h2>\n<ul class=\"attention\">\n"
        for (label, value) in items { html += "<li><strong>\(label)：</strong>\(escape(value))</li>\n" }
        return html + "</ul>\n</section>\n"
    }

    private func section(_ id: String, _ heading: String, chart: String, table: String) -> String {
        "<section aria-labelledby=\"\(id)\">\n<h2 id=\"\(id)\">\(escape(heading))</h2>\n\(chart)\(table)</section>\n"
    }

    private func agencyChart() -> SVGBarChart {
        SVGBarChart(id: "chart-agency", title: "各机构 \(year) 年发布的信息条数", description: "横条图，每个机构一条，共 \(total.members) 个机构、\(total.published) 条；数字见下表",
                    labels: members.map(\.title), series: [.init(name: "本年发布", color: Self.documentsColor)], values: members.map { [$0.published] })
    }

    private func monthChart() -> SVGBarChart {
        SVGBarChart(id: "chart-month", title: "全站群 \(year) 年各月发布的信息条数", description: "柱状图，1 月至 12 月各一柱，共 \(total.published) 条；数字见下表",
                    labels: (1...12).map { "\($0)月" }, series: [.init(name: "发布数", color: Self.documentsColor)], values: total.months.map { [$0] })
    }

    private func nodeChart() -> SVGBarChart {
        SVGBarChart(id: "chart-node", title: "各机构的空白栏目和不更新栏目个数",
                    description: "横条图，每个机构两条：上为空白栏目个数，下为不更新栏目个数；共空白栏目 \(total.emptyNodes) 个、不更新栏目 \(total.staleNodes) 个；栏目名称见下表",
                    labels: members.map(\.title),
                    series: [.init(name: "空白栏目", color: Self.emptyColor), .init(name: "不更新栏目", color: Self.staleColor)],
                    values: members.map { [$0.emptyNodes.count, $0.staleNodes.count] })
    }

    private func legend() -> String {
        "<p class=\"legend\"><span class=\"swatch\" style=\"background:\(Self.emptyColor)\"></span>空白栏目 <span class=\"swatch\" style=\"background:\(Self.staleColor)\"></span>不更新栏目</p>\n"
    }

    private func table(_ caption: String, _ head: [String], _ rows: [(header: String, cells: [String])], foot: (header: String, cells: [String])? = nil) -> String {
        var html = "<table>\n<caption>\(escape(caption))</caption>\n<thead><tr>"
        html += head.map { "<th scope=\"col\">\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        let row = { (r: (header: String, cells: [String])) in
            "<tr><th scope=\"row\">\(self.escape(r.header))</th>" + r.cells.map { "<td>\(self.escape($0))</td>" }.joined() + "</tr>\n"
        }
        html += rows.map(row).joined() + "</tbody>\n"
        if let foot { html += "<tfoot>\n" + row(foot) + "</tfoot>\n" }
        return html + "</table>\n"
    }

    private func agencyTable() -> String {
        table("各机构本年发布数", ["机构", "类型", "本年发布", "主动公开", "最近发布"],
              members.map { ($0.title, [$0.kind, String($0.published), String($0.proactive), $0.newest ?? "无"]) },
              foot: ("合计", ["\(total.members) 个机构", String(total.published), String(total.proactive), ""]))
    }

    private func monthTable() -> String {
        table("各月发布数（全站群）", ["月份"] + (1...12).map { "\($0)月" } + ["全年"],
              [("发布数", total.months.map(String.init) + [String(total.published)])])
    }

    private func nodeTable() -> String {
        table("各机构的空白栏目和不更新栏目", ["机构", "空白栏目数", "空白栏目", "不更新栏目数", "不更新栏目"],
              members.map { m in
                  (m.title, [String(m.emptyNodes.count), m.emptyNodes.isEmpty ? "无" : Self.nodeList(m.emptyNodes),
                             String(m.staleNodes.count), m.staleNodes.isEmpty ? "无" : Self.staleList(m.staleNodes)])
              },
              foot: ("合计", [String(total.emptyNodes), "", String(total.staleNodes), ""]))
    }

    private func reportTable() -> String {
        table("\(year) 年度报告（截止 \(reportDeadline)）", ["机构", "年度报告", "发布日期", "文件"],
              members.map { ($0.title, [$0.report.state.rawValue, $0.report.published ?? "", $0.report.path ?? ""]) })
    }

    static let style = """
    body{margin:0;background:#fff;color:#1a1a1a;font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif;line-height:1.6}\
    main{max-width:60rem;margin:0 auto;padding:1rem 1.25rem 3rem}\
    h1{font-size:1.5rem;margin:.5rem 0}h2{font-size:1.2rem;margin:2rem 0 .75rem;border-bottom:2px solid #1f5fa8;padding-bottom:.25rem}\
    .meta{color:#444}.attention li{margin:.2rem 0}\
    svg.chart{display:block;max-width:100%;height:auto;margin:.5rem 0 1rem;font-size:13px}svg.chart text{fill:#1a1a1a}\
    .legend{margin:.25rem 0}.swatch{display:inline-block;width:.9em;height:.9em;margin:0 .3em 0 .8em;vertical-align:-.1em}\
    table{border-collapse:collapse;width:100%;margin:.5rem 0 1rem;font-size:.95rem}caption{text-align:left;font-weight:bold;padding:.25rem 0}\
    th,td{border:1px solid #bbb;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th,tfoot th,tfoot td{background:#eef2f7}\
    @media print{h2{break-after:avoid}svg.chart,table{break-inside:avoid}}
    """
}
