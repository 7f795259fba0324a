/// A small bar chart as inline SVG, for the group statistics page: horizontal bars (one row per
/// label, one bar per series) or vertical columns (one per label, a single series). Every
/// coordinate is a whole number, so the same counts give the same bytes.
///
/// The chart is an image named by its `<title>` and `<desc>` (`role="img"`, `aria-labelledby`);
/// the page puts a table with the same numbers next to it.
struct SVGBarChart {
    struct Series {
        var name: String
        var color: String
    }

    /// `id` makes the `<title>`/`<desc>` ids unique on the page.
    var id: String
    var title: String
    var description: String
    var labels: [String]
    var series: [Series]
    /// `values[label][series]`.
    var values: [[Int]]

    static let width = 640
    static let labelWidth = 230
    static let valueWidth = 50
    static let barHeight = 16
    static let gap = 8

    /// The longest label that fits left of the bars at 13px; the table beside the chart has the full name.
    static let labelLimit = 16

    /// `label`, cut to `labelLimit` characters with an ellipsis when longer.
    static func fitted(_ label: String) -> String {
        label.count <= labelLimit ? label : String(label.prefix(labelLimit - 1)) + "…"
    }

    private var maximum: Int { max(1, values.flatMap { $0 }.max() ?? 0) }

    private func open(height: Int) -> String {
        "<svg class=\"chart\" role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\" viewBox=\"0 0 \(Self.width) \(height)\" width=\"\(Self.width)\" height=\"\(height)\" xmlns=\"http://www.w3.org/2000/svg\">\n"
            + "<title id=\"\(id)-title\">\(XMLText.escape(title))</title>\n<desc id=\"\(id)-desc\">\(XMLText.escape(description))</desc>\n"
    }

    /// One row per label: the label at the left, its series' bars one under another, each with its value.
    func horizontal() -> String {
        let plot = Self.width - Self.labelWidth - Self.valueWidth
        let rowHeight = series.count * Self.barHeight + Self.gap
        let height = max(1, labels.count) * rowHeight + Self.gap
        var svg = open(height: height)
        for (row, label) in labels.enumerated() {
            let top = Self.gap + row * rowHeight
            let middle = top + series.count * Self.barHeight / 2
            svg += "<text x=\"\(Self.labelWidth - 8)\" y=\"\(middle + 5)\" text-anchor=\"end\">\(XMLText.escape(Self.fitted(label)))</text>\n"
            for (index, item) in series.enumerated() {
                let value = values[row][index]
                let length = value * plot / maximum
                let y = top + index * Self.barHeight
                svg += "<rect x=\"\(Self.labelWidth)\" y=\"\(y + 1)\" width=\"\(length)\" height=\"\(Self.barHeight - 2)\" fill=\"\(item.color)\"/>"
                svg += "<text x=\"\(Self.labelWidth + length + 4)\" y=\"\(y + Self.barHeight - 3)\">\(value)</text>\n"
            }
        }
        return svg + "</svg>\n"
    }

    /// One column per label (the first series), the label under it and the value above it.
    func vertical() -> String {
        let plotHeight = 160, top = 20, bottom = 24
        let slot = (Self.width - 20) / max(1, labels.count)
        let barWidth = slot * 2 / 3
        let height = top + plotHeight + bottom
        var svg = open(height: height)
        for (column, label) in labels.enumerated() {
            let value = values[column].first ?? 0
            let length = value * plotHeight / maximum
            let x = 10 + column * slot + (slot - barWidth) / 2
            let center = x + barWidth / 2
            svg += "<rect x=\"\(x)\" y=\"\(top + plotHeight - length)\" width=\"\(barWidth)\" height=\"\(length)\" fill=\"\(series.first?.color ?? "#1f5fa8")\"/>"
            svg += "<text x=\"\(center)\" y=\"\(top + plotHeight - length - 4)\" text-anchor=\"middle\">\(value)</text>"
            svg += "<text x=\"\(center)\" y=\"\(height - 6)\" text-anchor=\"middle\">\(XMLText.escape(label))</text>\n"
        }
        return svg + "</svg>\n"
    }
}
