/// What the search page shows for one result, written as `search/d/<n>.json` by the
/// document's own page job and fetched only for the results on the page being shown.
///
/// Keys are one letter to keep the files small: `t` title, `u` link, `d` 发布日期,
/// `n` 文号, `i` 索引号, `p` 发布机构, `c` catalog node, `s` 有效性 when not 有效,
/// `x` the body text (white space collapsed, cut at `maxTextCharacters`) for the snippet.
struct SearchFragment {
    /// Enough for the snippet of a typical document; matches further on are still found
    /// (the index has the whole body) and show the start of the text.
    static let maxTextCharacters = 3000

    var title: String
    var href: String
    var published: String
    var docNumber: String?
    var indexNumber: String?
    var publisher: String
    var node: String
    var status: String?
    /// The body text as valid UTF-8.
    var text: [UInt8]

    /// The JSON object, as UTF-8 bytes.
    func json() -> [UInt8] {
        var out: [UInt8] = [UInt8(ascii: "{")]
        out.reserveCapacity(min(text.count, 4 * Self.maxTextCharacters) + 512)
        func field(_ key: String, _ value: String?) {
            guard let value, !value.isEmpty else { return }
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out.append(UInt8(ascii: "\""))
            out += key.utf8
            out += "\":".utf8
            Self.appendJSONString(value, limit: .max, to: &out)
        }
        field("t", title)
        field("u", href)
        field("d", published)
        field("n", docNumber)
        field("i", indexNumber)
        field("p", publisher)
        field("c", node)
        field("s", status)
        if !text.isEmpty {
            if out.count > 1 { out.append(UInt8(ascii: ",")) }
            out += "\"x\":".utf8
            text.withUnsafeBufferPointer { Self.appendJSONString($0, limit: Self.maxTextCharacters, to: &out) }
        }
        out += "}\n".utf8
        return out
    }

    /// Appends `value` as a JSON string: white space runs (ideographic space included)
    /// become one space, leading and trailing white space goes, and the text is cut after
    /// `limit` characters (Unicode scalars).
    static func appendJSONString(_ value: String, limit: Int, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { appendJSONString($0, limit: limit, to: &out) }
    }

    /// `appendJSONString(_:limit:to:)` for text given as valid UTF-8.
    static func appendJSONString(_ bytes: UnsafeBufferPointer<UInt8>, limit: Int, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        do {
            let n = bytes.count
            var count = 0
            var pendingSpace = false
            var wroteAny = false
            // Bytes from `verbatim` up to the read position are copied as they are, in one go.
            var verbatim = 0
            var i = 0
            func flush(upTo end: Int) {
                if end > verbatim { out.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[verbatim..<end])) }
            }
            while i < n {
                if !pendingSpace {
                    // Whole characters that need no escaping, counted and skipped in one
                    // loop (most of a body is Han, three bytes each): they are copied by
                    // the next `flush`. It stops before anything the loop below handles.
                    var j = i
                    while j < n && count < limit {
                        let b = bytes[j]
                        if b >= 0xE4 {
                            j += b >= 0xF0 ? 4 : 3
                        } else if b == 0xE3 && !(bytes[j + 1] == 0x80 && bytes[j + 2] == 0x80) {
                            j += 3   // U+3000–U+3FFF but the ideographic space: 。、《》…
                        } else if b == 0xE2 && !(bytes[j + 1] == 0x80 && (bytes[j + 2] == 0xA8 || bytes[j + 2] == 0xA9)) {
                            j += 3   // U+2000–U+2FFF but U+2028, U+2029
                        } else if b > 0x20 && b < 0x80 && b != UInt8(ascii: "\"") && b != UInt8(ascii: "\\") {
                            j += 1
                        } else if b >= 0xC2 && b < 0xE0 {
                            j += 2
                        } else {
                            break
                        }
                        count += 1
                    }
                    if j != i {
                        wroteAny = true
                        i = j
                        if i >= n { break }
                    }
                }
                let b = bytes[i]
                if b == 0x20 || b == 0x0A || b == 0x09 || b == 0x0D {
                    flush(upTo: i)
                    pendingSpace = wroteAny
                    i += 1
                    verbatim = i
                    continue
                }
                if b == 0xE3, i + 2 < n, bytes[i + 1] == 0x80, bytes[i + 2] == 0x80 {   // U+3000
                    flush(upTo: i)
                    pendingSpace = wroteAny
                    i += 3
                    verbatim = i
                    continue
                }
                if b & 0xC0 != 0x80 {   // the first byte of a character
                    if count >= limit { break }
                    if pendingSpace {
                        out.append(0x20)
                        count += 1
                        pendingSpace = false
                        if count >= limit { break }
                    }
                    count += 1
                }
                wroteAny = true
                switch b {
                case UInt8(ascii: "\""), UInt8(ascii: "\\"), 0..<0x20:
                    flush(upTo: i)
                    if b == UInt8(ascii: "\"") {
                        out += "\\\"".utf8
                    } else if b == UInt8(ascii: "\\") {
                        out += "\\\\".utf8
                    } else {
                        out += "\\u00".utf8
                        out += String(b, radix: 16).leftPadded(to: 2).utf8
                    }
                    verbatim = i + 1
                case 0xE2 where i + 2 < n && bytes[i + 1] == 0x80 && (bytes[i + 2] == 0xA8 || bytes[i + 2] == 0xA9):
                    flush(upTo: i)
                    out += (bytes[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8   // valid JSON, but not in old JavaScript
                    i += 3
                    verbatim = i
                    continue
                default:
                    break
                }
                i += 1
            }
            flush(upTo: i)
        }
        out.append(UInt8(ascii: "\""))
    }
}
