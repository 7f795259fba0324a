/// The line-level grammar of GFM pipe tables, following cmark-gfm's table extension.
enum PipeTableSyntax {
    /// One cell of a row: its text with `\|` turned into `|` and white space trimmed,
    /// and the byte offset in the line where its raw text starts.
    struct Cell: Hashable {
        var text: String
        var offset: Int
    }

    private static let pipe = UInt8(ascii: "|")
    private static let backslash = UInt8(ascii: "\\")
    private static let colon = UInt8(ascii: ":")
    private static let hyphen = UInt8(ascii: "-")

    /// Splits a row into cells, or returns nil when the line holds no cell (for example `|`).
    ///
    /// A pipe splits cells unless a backslash stands right before it; a leading and a
    /// trailing pipe are optional.
    static func cells<Bytes: RandomAccessCollection>(_ line: Bytes) -> [Cell]? where Bytes.Element == UInt8, Bytes.Index == Int {
        let base = line.startIndex
        let end = line.endIndex
        var offset = cellEnd(line, at: base)
        var cells: [Cell] = []
        var expectMore = true
        while offset < end, expectMore {
            var cellEndIndex = offset
            while cellEndIndex < end {
                let byte = line[cellEndIndex]
                if byte == pipe, !(cellEndIndex > offset && line[cellEndIndex - 1] == backslash) { break }
                cellEndIndex += 1
            }
            let pipeLength = cellEnd(line, at: cellEndIndex) - cellEndIndex
            if cellEndIndex > offset || pipeLength > 0 {
                cells.append(Cell(text: unescapedPipes(line[offset..<cellEndIndex]), offset: offset - base))
            }
            expectMore = pipeLength > 0
            offset = cellEndIndex + pipeLength
        }
        guard offset == end, !cells.isEmpty else { return nil }
        return cells
    }

    /// The column alignments when `line` is a delimiter row such as `| :-- | ---: |`, else nil.
    static func delimiterRow<Bytes: RandomAccessCollection>(_ line: Bytes) -> [TableAlignment]? where Bytes.Element == UInt8, Bytes.Index == Int {
        guard matchesDelimiterRow(line), let cells = cells(line) else { return nil }
        return cells.map { cell in
            let left = cell.text.first == ":"
            let right = cell.text.count > 0 && cell.text.last == ":"
            switch (left, right) {
            case (true, true): return .center
            case (true, false): return .left
            case (false, true): return .right
            case (false, false): return .none
            }
        }
    }

    /// `[|]? marker ([|] marker)* [|]? spacechar*` to the end of the line, where a marker is
    /// `spacechar* :? -+ :? spacechar*`.
    private static func matchesDelimiterRow<Bytes: RandomAccessCollection>(_ line: Bytes) -> Bool where Bytes.Element == UInt8, Bytes.Index == Int {
        var position = line.startIndex
        let end = line.endIndex
        if position < end, line[position] == pipe { position += 1 }
        guard let afterFirst = marker(line, at: position) else { return false }
        position = afterFirst
        while position < end, line[position] == pipe {
            if let next = marker(line, at: position + 1) {
                position = next
            } else {
                position += 1
                break
            }
        }
        while position < end, isSpaceChar(line[position]) { position += 1 }
        return position == end
    }

    private static func marker<Bytes: RandomAccessCollection>(_ line: Bytes, at start: Int) -> Int? where Bytes.Element == UInt8, Bytes.Index == Int {
        var position = start
        let end = line.endIndex
        while position < end, isSpaceChar(line[position]) { position += 1 }
        if position < end, line[position] == colon { position += 1 }
        let hyphens = position
        while position < end, line[position] == hyphen { position += 1 }
        guard position > hyphens else { return nil }
        if position < end, line[position] == colon { position += 1 }
        while position < end, isSpaceChar(line[position]) { position += 1 }
        return position
    }

    /// `[|] spacechar*` at `position`: the index after it, or `position` when there is no pipe.
    private static func cellEnd<Bytes: RandomAccessCollection>(_ line: Bytes, at position: Int) -> Int where Bytes.Element == UInt8, Bytes.Index == Int {
        guard position < line.endIndex, line[position] == pipe else { return position }
        var index = position + 1
        while index < line.endIndex, isSpaceChar(line[index]) { index += 1 }
        return index
    }

    private static func unescapedPipes<Bytes: RandomAccessCollection>(_ raw: Bytes) -> String where Bytes.Element == UInt8, Bytes.Index == Int {
        var result: [UInt8] = []
        result.reserveCapacity(raw.count)
        var index = raw.startIndex
        while index < raw.endIndex {
            if raw[index] == backslash, index + 1 < raw.endIndex, raw[index + 1] == pipe { index += 1 }
            result.append(raw[index])
            index += 1
        }
        var start = 0
        var end = result.count
        while start < end, isTrimmable(result[start]) { start += 1 }
        while end > start, isTrimmable(result[end - 1]) { end -= 1 }
        return String(decoding: result[start..<end], as: UTF8.self)
    }

    private static func isSpaceChar(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0B || byte == 0x0C
    }

    private static func isTrimmable(_ byte: UInt8) -> Bool {
        isSpaceChar(byte) || byte == 0x0A || byte == 0x0D
    }
}
