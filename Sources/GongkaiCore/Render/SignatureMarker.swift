import Foundation

/// Finds the 落款 of a 公文 in its rendered body — a paragraph that is only a date
/// (`2024年7月8日`, also `二〇二四年七月八日`) and the one or two short paragraphs naming the
/// issuing agency just above it — and gives them `class="signature"`, so the theme can set
/// them right-aligned as on paper. Anything else is left as it is.
enum SignatureMarker {
    private static let dateEnd = Array("日</p>".utf8)
    private static let open = Array("<p>".utf8)
    private static let close = Array("</p>".utf8)
    private static let marked = Array("<p class=\"signature\">".utf8)

    /// Works on the bytes of every document page: only lines ending in `日</p>` are read as
    /// text (bench/PERFORMANCE.md), and the page is copied only when something is marked.
    static func mark(_ html: [UInt8]) -> [UInt8] {
        let candidate = html.withUnsafeBufferPointer { h in dateEnd.withUnsafeBufferPointer { UTF8Search.contains($0, in: h) } }
        guard candidate else { return html }
        // Lines found with libc's vectorised `memchr`: `firstIndex(of:)` compared the page
        // byte by byte (bench/PERFORMANCE.md).
        var lines: [Range<Int>] = []
        html.withUnsafeBufferPointer { h in
            guard let base = h.baseAddress else { return }
            var start = 0
            while start < h.count, let found = memchr(base + start, 0x0A, h.count - start) {
                let newline = UnsafeRawPointer(found).assumingMemoryBound(to: UInt8.self) - base
                lines.append(start..<newline)
                start = newline + 1
            }
            lines.append(start..<h.count)
        }
        if lines.isEmpty { lines.append(0..<0) }
        var signature = Set<Int>()
        for (i, line) in lines.enumerated() where endsWith(html[line], dateEnd) {
            guard let text = paragraphText(html[line]), isDate(text) else { continue }
            signature.insert(i)
            var j = i - 1
            while j >= 0, j >= i - 2, let signer = paragraphText(html[lines[j]]), isSigner(signer) {
                signature.insert(j)
                j -= 1
            }
        }
        guard !signature.isEmpty else { return html }
        var out: [UInt8] = []
        out.reserveCapacity(html.count + signature.count * 20)
        for (i, line) in lines.enumerated() {
            if i > 0 { out.append(UInt8(ascii: "\n")) }
            if signature.contains(i) {
                out += marked
                out += html[(line.lowerBound + open.count)..<(line.upperBound - close.count)]
                out += close
            } else {
                out += html[line]
            }
        }
        return out
    }

    /// The text of a one-line `<p>…</p>` given as bytes, nil for anything else.
    static func paragraphText(_ line: ArraySlice<UInt8>) -> String? {
        guard line.count >= open.count + close.count, line.starts(with: open), endsWith(line, close) else { return nil }
        return String(decoding: line[(line.startIndex + open.count)..<(line.endIndex - close.count)], as: UTF8.self)
    }

    private static func endsWith(_ bytes: ArraySlice<UInt8>, _ suffix: [UInt8]) -> Bool {
        bytes.count >= suffix.count && bytes.suffix(suffix.count).elementsEqual(suffix)
    }

    /// `2024年7月8日`: four digits, 年, one to three digits, 月, one to three digits, 日; digits are
    /// `0`–`9` and `〇零一二三四五六七八九十`. Read scalar by scalar (a `Set<Character>` look-up
    /// hashed each character's normalised form, ≈ 17,000 instructions a line): a combining mark
    /// after a digit or unit makes the line no date either way, as it did by characters.
    static func isDate(_ text: String) -> Bool {
        var scalars = text.unicodeScalars.makeIterator()
        var next = scalars.next()
        for (unit, count) in [("年" as Unicode.Scalar, 4...4), ("月", 1...3), ("日", 1...3)] {
            var run = 0
            while let scalar = next, isDateDigit(scalar) {
                run += 1
                next = scalars.next()
            }
            guard count.contains(run), next == unit else { return false }
            next = scalars.next()
        }
        return next == nil
    }

    @inline(__always)
    private static func isDateDigit(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x30...0x39,                                     // 0–9
             0x3007, 0x96F6, 0x4E00, 0x4E8C, 0x4E09, 0x56DB,   // 〇 零 一 二 三 四
             0x4E94, 0x516D, 0x4E03, 0x516B, 0x4E5D, 0x5341:   // 五 六 七 八 九 十
            return true
        default:
            return false
        }
    }

    /// A short line with no markup and no sentence punctuation: an agency's name (and 印章 note).
    /// Looks at scalars, not `Character`s: the lines above a date are often whole paragraphs,
    /// and testing each character against a string of punctuation cost ≈ 50,000 instructions
    /// a paragraph (bench/PERFORMANCE.md).
    static func isSigner(_ text: String) -> Bool {
        for scalar in text.unicodeScalars where isSignerStop(scalar) { return false }
        return (2...30).contains(text.count)
    }

    /// Markup or sentence punctuation, which an agency's name never has: one of `signerStops`.
    @inline(__always)
    static func isSignerStop(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3C, 0x2E, 0x2C, 0x3B, 0x3A,                          // < . , ; :
             0x3002, 0xFF0C, 0xFF1B, 0xFF1A, 0xFF01, 0xFF1F, 0x3001: // 。，；：！？、
            return true
        default:
            return false
        }
    }

    /// What `isSignerStop` answers, as text (its test checks the two agree).
    static let signerStops = "<。，；：！？、.,;:"
}
