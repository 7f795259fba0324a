/// Makes `id` values for headings that stay readable in Chinese: letters, digits and marks
/// of any script are kept, ASCII letters are lower-cased, white space and hyphens become
/// one hyphen, other punctuation is dropped. `## 一、总体要求` gets `一总体要求`; a repeated
/// heading gets `-2`, `-3` and so on.
struct HeadingSlugger {
    /// The ids handed out, as UTF-8 bytes. Ids are told apart by their code points, as HTML
    /// tells them apart (a `Set<String>` would also merge canonically equivalent ones); a page
    /// has a handful of headings, so a linear search is cheaper than hashing Chinese text,
    /// which `String` does through its NFC form (bench/PERFORMANCE.md).
    private var used: [[UInt8]] = []

    /// The id for the next heading with `text`, unique among the ids handed out so far.
    mutating func id(for text: String) -> String {
        let base = Self.base(text)
        var candidate = base
        var number = 2
        while used.contains(candidate) {
            candidate = base + Array("-\(number)".utf8)
            number += 1
        }
        used.append(candidate)
        return String(decoding: candidate, as: UTF8.self)
    }

    /// The id before de-duplication, as UTF-8 bytes; `section` when nothing usable is left.
    static func base(_ text: String) -> [UInt8] {
        // Built as UTF-8 bytes: appending to a String.UnicodeScalarView cost more than the rest.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingHyphen = false
        for scalar in text.unicodeScalars {
            if isKept(scalar) {
                if pendingHyphen {
                    result.append(UInt8(ascii: "-"))
                    pendingHyphen = false
                }
                let value = scalar.value
                if value < 0x80 {
                    result.append(UInt8(truncatingIfNeeded: (0x41...0x5A).contains(value) ? value + 0x20 : value))
                } else {
                    UTF8.encode(scalar) { result.append($0) }
                }
            } else if CJKCharacterClass.isWhitespace(scalar) || scalar == "-" {
                pendingHyphen = !result.isEmpty
            }
        }
        return result.isEmpty ? Array("section".utf8) : result
    }

    private static func isKept(_ scalar: Unicode.Scalar) -> Bool {
        // ASCII and ideographs answered without the general-category lookup.
        switch scalar.value {
        case 0x30...0x39, 0x41...0x5A, 0x5F, 0x61...0x7A, 0x3400...0x4DBF, 0x4E00...0x9FFF: return true
        case 0...0x7F: return false
        default: break
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }
}
