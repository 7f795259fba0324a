/// ``IndexNumberPattern/mismatch(in:code:)`` answered on bytes for the common case, once per
/// build instead of once per document: an all-ASCII pattern and agency code, and an all-ASCII
/// 索引号 without `\r` (so every byte is one `Character` and byte equality is `Character`
/// equality). ``fits(_:)`` says yes only when the general check would find nothing wrong;
/// everything else goes to the general check, which words the problem.
struct IndexNumberFastMatch {
    private enum Segment {
        case bytes([UInt8])
        case year
        case serial(width: Int)
    }

    private let segments: [Segment]
    /// Longer 索引号 get the general check's length message.
    private let longest: Int

    /// Nil when the pattern's literals or the code are not ASCII, or the code is empty.
    init?(pattern: IndexNumberPattern, code: String) {
        guard !code.isEmpty, code.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var segments: [Segment] = []
        for segment in pattern.segments {
            switch segment {
            case .literal(let text):
                guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
                segments.append(.bytes(Array(text.utf8)))
            case .code:
                segments.append(.bytes(Array(code.utf8)))
            case .year:
                segments.append(.year)
            case .serial(let width):
                segments.append(.serial(width: width))
            }
        }
        self.segments = segments
        longest = pattern.format(code: code, year: 9999, serial: 999_999_999_999).count + 20
    }

    /// Whether `indexNumber` certainly fits the pattern (false also when it cannot tell).
    func fits(_ indexNumber: String) -> Bool {
        var text = indexNumber
        return text.withUTF8 { bytes in
            guard bytes.count <= longest, bytes.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) else { return false }
            return match(bytes, from: 0, segment: 0)
        }
    }

    /// The general matcher's backtracking, on bytes: the serial takes its longest run of
    /// digits first, then shorter ones down to its width.
    private func match(_ text: UnsafeBufferPointer<UInt8>, from start: Int, segment index: Int) -> Bool {
        guard index < segments.count else { return start == text.count }
        switch segments[index] {
        case .bytes(let literal):
            guard start + literal.count <= text.count else { return false }
            for k in 0..<literal.count where text[start + k] != literal[k] { return false }
            return match(text, from: start + literal.count, segment: index + 1)
        case .year:
            guard start + 4 <= text.count else { return false }
            for k in start..<(start + 4) where text[k] &- 0x30 >= 10 { return false }
            return match(text, from: start + 4, segment: index + 1)
        case .serial(let width):
            var end = start
            while end < text.count, text[end] &- 0x30 < 10 { end += 1 }
            // Up to 18 digits always make an Int; longer runs are left to the general check.
            guard end - start <= 18 else { return false }
            var length = end - start
            while length >= width {
                if match(text, from: start + length, segment: index + 1) { return true }
                length -= 1
            }
            return false
        }
    }
}
