/// How a table column's cells are aligned, from the colons of a pipe table's delimiter row.
enum TableAlignment: Hashable, Sendable {
    case none, left, center, right

    /// The attribute written into `<th>` and `<td>` (with its leading space), or "".
    var htmlAttribute: String {
        switch self {
        case .none: ""
        case .left: " align=\"left\""
        case .center: " align=\"center\""
        case .right: " align=\"right\""
        }
    }
}
