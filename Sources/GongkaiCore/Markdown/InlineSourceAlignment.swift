import CCmark
import Foundation

/// Where cmark's inline nodes of one paragraph or heading sit in its subject text.
///
/// cmark merges adjacent text, so an unmatched delimiter `*` and an escaped `\*` both end
/// up as a `*` in a text node. Walking the nodes against the subject tells them apart and
/// locates the delimiters that cmark turned into emphasis.
struct InlineSourceAlignment {
    /// A `*` or `_` in a text node's literal that stands for a delimiter character.
    struct TextDelimiter {
        /// Byte offset in the literal.
        var offset: Int
        /// Byte offset of the delimiter character in the subject.
        var index: Int
    }

    /// For each text node with delimiter characters, those characters in literal order; a
    /// text node without an entry is ordinary text throughout.
    var textDelimiters: [OpaquePointer: [TextDelimiter]] = [:]
    /// For each emphasis or strong node, the subject byte offsets of its opening and closing delimiters.
    var emphasisDelimiters: [OpaquePointer: (opener: [Int], closer: [Int])] = [:]

    private enum Event {
        case leaf(OpaquePointer)
        case enter(OpaquePointer, exit: Int)
        case exit(OpaquePointer)
    }

    /// Aligns the children of `container` with `subject`'s bytes, trying each line start in
    /// turn (leading lines may be link reference definitions). Nil when nothing fits.
    /// `bytewise: false` matches text nodes scalar by scalar only, for checking the fast path.
    ///
    /// Positions are byte offsets in the subject: everything the alignment looks for
    /// (delimiters, brackets, escapes, references, spaces) is ASCII, and a byte of a
    /// multi-byte character is never an ASCII byte, so no array of scalars is needed
    /// (bench/PERFORMANCE.md).
    init?(container: OpaquePointer, subject: InlineSubject, bytewise: Bool = true) {
        var events: [Event] = []
        Self.collectEvents(of: container, into: &events)
        for start in subject.lineStarts {
            var attempt = InlineSourceAlignment(empty: ())
            if attempt.align(events, subject, from: start, bytewise: bytewise) {
                self = attempt
                return
            }
        }
        return nil
    }

    private init(empty: Void) {}

    /// The inline nodes under `container` as enter, exit and leaf events, without recursion
    /// (emphasis can nest thousands deep).
    private static func collectEvents(of container: OpaquePointer, into events: inout [Event]) {
        var open: [Int] = []
        let iterator = cmark_iter_new(container)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard let node = cmark_iter_get_node(iterator), node != container else { continue }
            let type = CmarkNode.type(node)
            if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG || type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if event == CMARK_EVENT_ENTER {
                    open.append(events.count)
                    events.append(.enter(node, exit: -1))
                } else if let enter = open.popLast() {
                    events[enter] = .enter(node, exit: events.count)
                    events.append(.exit(node))
                }
            } else if event == CMARK_EVENT_ENTER {
                events.append(.leaf(node))
                if cmark_node_first_child(node) != nil { cmark_iter_reset(iterator, node, CMARK_EVENT_EXIT) }
            }
        }
    }

    private mutating func align(_ events: [Event], _ subject: InlineSubject, from start: Int, bytewise: Bool) -> Bool {
        let s = subject.bytes
        var p = start
        var index = 0
        func at(_ i: Int) -> UInt8? { i < s.count ? s[i] : nil }
        while index < events.count {
            switch events[index] {
            case .leaf(let node):
                let type = CmarkNode.type(node)
                if type == CMARK_NODE_TEXT {
                    var delimiters: [TextDelimiter] = []
                    guard Self.alignText(CmarkNode.literalBytes(node), s, bytewise: bytewise, &p, delimiters: &delimiters) else { return false }
                    if !delimiters.isEmpty { textDelimiters[node] = delimiters }
                } else if type == CMARK_NODE_CODE {
                    guard Self.alignCode(s, &p) else { return false }
                } else if type == CMARK_NODE_HTML_INLINE {
                    let literal = CmarkNode.literalBytes(node).filter { $0 != UInt8(ascii: "\r") }
                    guard p + literal.count <= s.count, Array(s[p..<(p + literal.count)]) == literal else { return false }
                    p += literal.count
                } else if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                    while let c = at(p), c == 0x20 || c == 0x09 { p += 1 }
                    // After a backslash hard break cmark keeps the next line's leading spaces.
                    let backslash = at(p) == UInt8(ascii: "\\") && at(p + 1) == 0x0A
                    if backslash { p += 1 }
                    guard at(p) == 0x0A else { return false }
                    p += 1
                    if !backslash {
                        while let c = at(p), c == 0x20 || c == 0x09 { p += 1 }
                    }
                } else {
                    return false
                }
            case .enter(let node, let exit):
                let type = CmarkNode.type(node)
                if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG {
                    let width = type == CMARK_NODE_EMPH ? 1 : 2
                    guard let first = at(p), first == UInt8(ascii: "*") || first == UInt8(ascii: "_"), p + width <= s.count,
                          s[p..<(p + width)].allSatisfy({ $0 == first }) else { return false }
                    emphasisDelimiters[node] = (Array(p..<(p + width)), [])
                    p += width
                } else if type == CMARK_NODE_LINK, at(p) == UInt8(ascii: "<") {
                    // An autolink: its text is the destination itself.
                    var q = p + 1
                    while let c = at(q), c != UInt8(ascii: ">"), c != 0x0A { q += 1 }
                    guard at(q) == UInt8(ascii: ">") else { return false }
                    p = q + 1
                    index = exit + 1
                    continue
                } else if type == CMARK_NODE_LINK {
                    guard at(p) == UInt8(ascii: "[") else { return false }
                    p += 1
                } else {
                    guard at(p) == UInt8(ascii: "!"), at(p + 1) == UInt8(ascii: "[") else { return false }
                    p += 2
                }
            case .exit(let node):
                let type = CmarkNode.type(node)
                if type == CMARK_NODE_EMPH || type == CMARK_NODE_STRONG {
                    guard let opener = emphasisDelimiters[node], let first = opener.opener.first else { return false }
                    let width = opener.opener.count
                    let character = s[first]
                    guard p + width <= s.count, s[p..<(p + width)].allSatisfy({ $0 == character }) else { return false }
                    emphasisDelimiters[node] = (opener.opener, Array(p..<(p + width)))
                    p += width
                } else {
                    guard at(p) == UInt8(ascii: "]") else { return false }
                    p += 1
                    if let end = Self.inlineLinkTail(s, at: p) {
                        p = end
                    } else if let end = Self.linkLabel(s, at: p) {
                        p = end
                    }
                }
            }
            index += 1
        }
        while let c = at(p), c == 0x20 || c == 0x09 || c == 0x0A { p += 1 }
        return p == s.count
    }

    // MARK: Text

    /// Matches a text node's literal (UTF-8, decoded as it goes) against the subject's bytes
    /// from `p`, collecting the literal's delimiter characters.
    ///
    /// Fast path (bench/PERFORMANCE.md), unless `bytewise` is false: a stretch of the
    /// literal without `\`, `&`, `*`, `_` or NUL that is the subject's bytes from `p` on is
    /// passed over with one `memcmp`; scalar by scalar each of its characters would be equal
    /// to the subject's and ordinary, so the walk would pass over it the same way.
    private static func alignText(_ literal: UnsafeBufferPointer<UInt8>, _ s: [UInt8], bytewise: Bool, _ p: inout Int,
                                  delimiters: inout [TextDelimiter]) -> Bool {
        s.withUnsafeBufferPointer { subject in
            var i = 0
            let n = literal.count
            // Literal bytes before this one have been tried bytewise.
            var triedUntil = bytewise ? 0 : n
            while i < n {
                if i >= triedUntil {
                    let end = plainStretch(literal, from: i).end
                    if end > i, matchBytes(literal, i, end, subject, &p) {
                        i = end
                        continue
                    }
                    triedUntil = max(end, i + 1)
                }
                guard p < subject.count else { return false }
                let (c, length) = decode(literal, at: i)
                let (source, sourceLength) = decode(subject, at: p)
                // The common case first: the same character, and not one that may start an
                // escape, a reference or a delimiter.
                if source == c, c.value > 0x7F || (c != "\\" && c != "&" && c != "*" && c != "_") {
                    p += sourceLength
                    i += length
                    continue
                }
                if source == "\\", p + 1 < subject.count, CJKCharacterClass.isASCIIPunctuation(Unicode.Scalar(subject[p + 1])) {
                    guard c.value == UInt32(subject[p + 1]) else { return false }
                    p += 2
                    i += length
                    continue
                }
                if source == "&", let end = entityEnd(subject, at: p), !literalRepeats(literal, from: i, subject, p..<end) {
                    // The reference decodes to one scalar, or two for a few named entities.
                    var next = i + length
                    if subject[p + 1] != UInt8(ascii: "#"), next < n {
                        let following = decode(literal, at: next).scalar
                        let follows = end < subject.count
                            && (decode(subject, at: end).scalar == following || subject[end] == UInt8(ascii: "\\") || subject[end] == UInt8(ascii: "&"))
                        if !follows { next += decode(literal, at: next).length }
                    }
                    i = next
                    p = end
                    continue
                }
                // The subject holds U+FFFD where the source had a NUL, as the literal does.
                guard source == c else { return false }
                if c == "*" || c == "_" { delimiters.append(TextDelimiter(offset: i, index: p)) }
                p += sourceLength
                i += length
            }
            return true
        }
    }

    /// Where the stretch of `literal` from `start` without `\`, `&`, `*`, `_` or NUL ends,
    /// and how many continuation bytes (10xxxxxx) it holds. Eight bytes with the top bit
    /// set (Chinese text) hold none of those ASCII bytes and are counted at once.
    static func plainStretch(_ literal: UnsafeBufferPointer<UInt8>, from start: Int) -> (end: Int, continuations: Int) {
        guard let base = literal.baseAddress else { return (start, 0) }
        let n = literal.count
        var i = start
        var continuations = 0
        while i < n {
            if i + 8 <= n {
                let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
                if word.hasOnlyHighBytes {
                    continuations &+= (word & ~(word << 1) & .repeating(0x80)).nonzeroBitCount
                    i &+= 8
                    continue
                }
            }
            let byte = base[i]
            if byte == UInt8(ascii: "\\") || byte == UInt8(ascii: "&") || byte == UInt8(ascii: "*") || byte == UInt8(ascii: "_") || byte == 0 { break }
            if byte & 0xC0 == 0x80 { continuations &+= 1 }
            i &+= 1
        }
        return (i, continuations)
    }

    /// Moves `p` past `literal[start..<end]` when those are the subject's bytes from `p`
    /// on; false otherwise. Equal bytes from a character boundary are the same characters.
    static func matchBytes(_ literal: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int,
                           _ subject: UnsafeBufferPointer<UInt8>, _ p: inout Int) -> Bool {
        let length = end - start
        guard p + length <= subject.count, memcmp(subject.baseAddress! + p, literal.baseAddress! + start, length) == 0 else { return false }
        p += length
        return true
    }

    /// The scalar starting at byte `i` of valid UTF-8 and its length in bytes.
    @inline(__always)
    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (scalar: Unicode.Scalar, length: Int) {
        // The bytes are valid UTF-8, so the value needs no check to be a scalar.
        let (value, length) = UTF8Scalars.decode(bytes, at: i)
        return (unsafeBitCast(value, to: Unicode.Scalar.self), length)
    }

    /// True when the literal repeats the raw reference text (an entity cmark did not decode).
    private static func literalRepeats(_ literal: UnsafeBufferPointer<UInt8>, from i: Int, _ subject: UnsafeBufferPointer<UInt8>, _ raw: Range<Int>) -> Bool {
        guard i + raw.count <= literal.count else { return false }
        return memcmp(literal.baseAddress! + i, subject.baseAddress! + raw.lowerBound, raw.count) == 0
    }

    /// The offset after `;` when an entity or numeric character reference starts at `p`.
    private static func entityEnd(_ s: UnsafeBufferPointer<UInt8>, at p: Int) -> Int? {
        var q = p + 1
        guard q < s.count else { return nil }
        func isDigit(_ c: UInt8) -> Bool { c >= 0x30 && c <= 0x39 }
        func isHex(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x66) }
        func isAlnum(_ c: UInt8) -> Bool { isDigit(c) || (c | 0x20 >= 0x61 && c | 0x20 <= 0x7A) }
        let digitsStart: Int
        if s[q] == UInt8(ascii: "#") {
            q += 1
            if q < s.count, s[q] == UInt8(ascii: "x") || s[q] == UInt8(ascii: "X") {
                q += 1
                digitsStart = q
                while q < s.count, isHex(s[q]), q - digitsStart < 6 { q += 1 }
            } else {
                digitsStart = q
                while q < s.count, isDigit(s[q]), q - digitsStart < 7 { q += 1 }
            }
            guard q > digitsStart else { return nil }
        } else {
            digitsStart = q
            while q < s.count, isAlnum(s[q]), q - digitsStart < 32 { q += 1 }
            guard q - digitsStart >= 2 else { return nil }
        }
        guard q < s.count, s[q] == UInt8(ascii: ";") else { return nil }
        return q + 1
    }

    // MARK: Code spans and links

    private static func alignCode(_ s: [UInt8], _ p: inout Int) -> Bool {
        var q = p
        while q < s.count, s[q] == UInt8(ascii: "`") { q += 1 }
        let width = q - p
        guard width > 0 else { return false }
        while q < s.count {
            if s[q] == UInt8(ascii: "`") {
                let runStart = q
                while q < s.count, s[q] == UInt8(ascii: "`") { q += 1 }
                if q - runStart == width {
                    p = q
                    return true
                }
            } else {
                q += 1
            }
        }
        return false
    }

    private static func isSpaceChar(_ c: UInt8) -> Bool {
        c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C
    }

    private static func skipSpaces(_ s: [UInt8], _ q: Int) -> Int {
        var q = q
        while q < s.count, isSpaceChar(s[q]) { q += 1 }
        return q
    }

    /// `(destination "title")` after a link's `]`, as cmark's `handle_close_bracket` reads it.
    private static func inlineLinkTail(_ s: [UInt8], at p: Int) -> Int? {
        guard p < s.count, s[p] == UInt8(ascii: "(") else { return nil }
        var q = skipSpaces(s, p + 1)
        if q < s.count, s[q] == UInt8(ascii: "<") {
            q += 1
            var closed = false
            while q < s.count {
                if s[q] == UInt8(ascii: ">") { q += 1; closed = true; break }
                if s[q] == UInt8(ascii: "\\") { q += 2; continue }
                if s[q] == 0x0A || s[q] == UInt8(ascii: "<") { return nil }
                q += 1
            }
            guard closed, q < s.count else { return nil }
        } else {
            let start = q
            var depth = 0
            while q < s.count {
                let c = s[q]
                if c == UInt8(ascii: "\\"), q + 1 < s.count, CJKCharacterClass.isASCIIPunctuation(Unicode.Scalar(s[q + 1])) {
                    q += 2
                } else if c == UInt8(ascii: "(") {
                    depth += 1
                    q += 1
                    if depth > 32 { return nil }
                } else if c == UInt8(ascii: ")") {
                    if depth == 0 { break }
                    depth -= 1
                    q += 1
                } else if isSpaceChar(c) || c < 0x20 || c == 0x7F {
                    if q == start, c < 0x20, !isSpaceChar(c) { return nil }
                    break
                } else {
                    q += 1
                }
            }
            guard q < s.count, depth == 0 else { return nil }
        }
        let endURL = q
        let titleStart = skipSpaces(s, endURL)
        var titleEnd = titleStart
        if titleStart != endURL, let length = titleLength(s, at: titleStart) {
            titleEnd = titleStart + length
        }
        let end = skipSpaces(s, titleEnd)
        guard end < s.count, s[end] == UInt8(ascii: ")") else { return nil }
        return end + 1
    }

    private static func titleLength(_ s: [UInt8], at p: Int) -> Int? {
        guard p < s.count else { return nil }
        let open = s[p]
        let close: UInt8
        switch open {
        case UInt8(ascii: "\""): close = UInt8(ascii: "\"")
        case UInt8(ascii: "'"): close = UInt8(ascii: "'")
        case UInt8(ascii: "("): close = UInt8(ascii: ")")
        default: return nil
        }
        var q = p + 1
        while q < s.count {
            let c = s[q]
            if c == UInt8(ascii: "\\"), q + 1 < s.count, CJKCharacterClass.isASCIIPunctuation(Unicode.Scalar(s[q + 1])) {
                q += 2
            } else if c == close {
                return q + 1 - p
            } else if open == UInt8(ascii: "("), c == UInt8(ascii: "(") {
                return nil
            } else {
                q += 1
            }
        }
        return nil
    }

    /// `[label]` after a link's `]`: a full or collapsed reference.
    private static func linkLabel(_ s: [UInt8], at p: Int) -> Int? {
        guard p < s.count, s[p] == UInt8(ascii: "[") else { return nil }
        var q = p + 1
        var length = 0
        while q < s.count, s[q] != UInt8(ascii: "["), s[q] != UInt8(ascii: "]") {
            // The length counts characters: a continuation byte belongs to the one before.
            if s[q] == UInt8(ascii: "\\") {
                q += 1
                length += 1
                if q < s.count, CJKCharacterClass.isASCIIPunctuation(Unicode.Scalar(s[q])) {
                    q += 1
                    length += 1
                }
            } else {
                if s[q] & 0xC0 != 0x80 { length += 1 }
                q += 1
            }
            if length > 999 { return nil }
        }
        guard q < s.count, s[q] == UInt8(ascii: "]") else { return nil }
        return q + 1
    }
}
