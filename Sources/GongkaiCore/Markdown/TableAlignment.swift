/// How a table column's cells are aligned, from the colons of a pipe table's delimiter row.
enum TableAlignment: Hashable, Sendable {
    case none, left, center, right

    /// The attribute written into `<th>` and `<td>` (with its leading space), or "".
    /// HTML5 has no `align` attribute, so the GFM spec's `align="…"` is written as a style.
    var htmlAttribute: String {
        switch self {
        case .none: ""
        case .left: " style=\"text-align: left\""
        case .center: " style=\"text-align: center\""
        case .right: " style=\"text-align: right\""
        }
    }
}
