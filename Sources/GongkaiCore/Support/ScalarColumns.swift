/// Turns cmark's byte columns into the columns editors see (Unicode scalars), one table
/// per line so that a line with thousands of links costs one pass, not one per link.
struct ScalarColumns {
    private let lines: [Substring]
    private var tables: [Int: [Int]] = [:]

    init(_ text: String) {
        lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    }

    /// The 1-based scalar column of 1-based byte column `byteColumn` on 1-based `line`.
    mutating func column(line: Int, byteColumn: Int) -> Int {
        guard lines.indices.contains(line - 1) else { return byteColumn }
        if tables[line] == nil { tables[line] = Self.table(lines[line - 1]) }
        let table = tables[line]!
        return table[min(max(0, byteColumn - 1), table.count - 1)] + 1
    }

    /// Element `k` is the number of scalars in the line's first `k` bytes.
    static func table(_ line: Substring) -> [Int] {
        var table: [Int] = [0]
        table.reserveCapacity(line.utf8.count + 1)
        var scalars = 0
        for byte in line.utf8 {
            if byte & 0xC0 != 0x80 { scalars += 1 }
            table.append(scalars)
        }
        return table
    }
}
