/// Escapes `< > & " '` as a template's `{{name}}` does, appending to a page's buffer.
///
/// Fast path (bench/PERFORMANCE.md): a page escapes some thousands of bytes of titles,
/// links and labels, and almost none of them is one of the five. Eight bytes at a time are
/// tested with two word operations (`mayHoldEscapable`) and skipped when none can be; only a
/// word that may hold one is looked at byte by byte. Guarded by a test against escaping
/// byte by byte.
enum HTMLEscaper {
    static func append(_ bytes: UnsafeBufferPointer<UInt8>, to out: inout TemplateOutput) {
        guard let base = bytes.baseAddress else { return }
        let n = bytes.count
        var runStart = 0
        var i = 0
        while i < n {
            while i + 8 <= n, !mayHoldEscapable(UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)) { i += 8 }
            // Fewer than eight bytes left: the last eight of the value, read again in part, decide.
            if i + 8 > n, n >= 8, !mayHoldEscapable(UnsafeRawPointer(base + n - 8).loadUnaligned(as: UInt64.self)) { break }
            let stop = min(i + 8, n)
            while i < stop {
                let replacement: StaticString
                switch base[i] {
                case UInt8(ascii: "<"): replacement = "&lt;"
                case UInt8(ascii: ">"): replacement = "&gt;"
                case UInt8(ascii: "&"): replacement = "&amp;"
                case UInt8(ascii: "\""): replacement = "&quot;"
                case UInt8(ascii: "'"): replacement = "&#39;"
                default:
                    i += 1
                    continue
                }
                out.append(UnsafeBufferPointer(start: base + runStart, count: i - runStart))
                out.append(UnsafeBufferPointer(start: replacement.utf8Start, count: replacement.utf8CodeUnitCount))
                i += 1
                runStart = i
            }
        }
        out.append(UnsafeBufferPointer(start: base + runStart, count: n - runStart))
    }

    static func append(_ text: String, to out: inout TemplateOutput) {
        var text = text
        text.withUTF8 { append($0, to: &out) }
    }

    /// False only when none of the word's eight bytes is `< > & " '`. Setting bit 1 maps
    /// `<` (3C) and `>` (3E) both to 3E; setting bits 0 and 2 maps `"` (22), `&` (26) and
    /// `'` (27) to 27 — and `#` (23) too, which only sends its word to the byte loop. A byte
    /// equal to the target is a zero lane after the XOR.
    @inline(__always)
    static func mayHoldEscapable(_ word: UInt64) -> Bool {
        ((word | .repeating(0x02)) ^ .repeating(0x3E)).hasZeroByte || ((word | .repeating(0x05)) ^ .repeating(0x27)).hasZeroByte
    }
}
