import Foundation

/// Cuts text into search terms.
///
/// The index (built here, in Swift) and the query (cut by the JavaScript twin of this
/// type in `themes/default/static/search.js`) follow the same rules, tested on one table
/// of cases (`Tests/browser/tokenizer-cases.json`), so a query finds what was indexed:
///
/// - each character is normalised on its own: NFKC (full-width letters, digits and
///   brackets become ASCII), then lower-cased;
/// - a run of Han characters (and kana or hangul) becomes its overlapping bigrams
///   (`一段简单` → 一段 段简 简单), so any substring of two or more characters is found;
///   the index also keeps every single character, for one-character queries, and a
///   one-character run in a query is that character;
/// - a run of Latin (or Greek, Cyrillic) letters is a word, and so is a run of digits;
/// - everything else separates terms;
/// - 文号 and 索引号 are also exact identifier terms (`id:…`, see `identifierTerm(_:)`).
public enum SearchTokenizer {
    /// What a normalised character is to the tokenizer.
    enum Kind: UInt8 {
        case separator, cjk, letter, digit
    }

    /// One query clause: a whitespace-separated part of the query. A document matches the
    /// clause when it has the `exact` identifier term, or — when no document has it, or
    /// there is none — every one of `terms`.
    public struct Clause: Sendable, Hashable, Codable {
        public var exact: String?
        public var terms: [String]

        public init(exact: String?, terms: [String]) {
            self.exact = exact
            self.terms = terms
        }
    }

    // MARK: Normalisation

    /// Scalar values whose normalisation is not themselves, for the punctuation blocks that
    /// Chinese text is full of (U+2000–U+206F, U+3000–U+303F); computed once.
    private static let punctuationTable: [UInt32: [Unicode.Scalar]] = {
        var table: [UInt32: [Unicode.Scalar]] = [:]
        for v in Array(0x2000...0x206F) + Array(0x3000...0x303F) {
            guard let scalar = Unicode.Scalar(UInt32(v)) else { continue }
            let mapped = slowNormalize(scalar)
            if mapped != [scalar] { table[UInt32(v)] = mapped }
        }
        return table
    }()

    /// For U+2000–U+206F (at `v - 0x2000`) and U+3000–U+303F (at `v - 0x3000 + 0x70`): the
    /// one scalar the character normalises to, or 0 when it is not one scalar (then
    /// `punctuationTable` has its form); computed once.
    private static let punctuationScalars: [UInt32] = {
        (Array(0x2000...0x206F) + Array(0x3000...0x303F)).map { v -> UInt32 in
            guard let scalar = Unicode.Scalar(UInt32(v)) else { return 0 }
            let mapped = slowNormalize(scalar)
            return mapped.count == 1 ? mapped[0].value : 0
        }
    }()

    /// Whether `v` is in U+2000–U+206F or U+3000–U+303F, the blocks `punctuationScalars` covers.
    @inline(__always)
    static func isPunctuationBlock(_ v: UInt32) -> Bool {
        (v >= 0x2000 && v <= 0x206F) || (v >= 0x3000 && v <= 0x303F)
    }

    /// The one scalar that `v`, in U+2000–U+206F or U+3000–U+303F, normalises to; nil when
    /// its normal form is not one scalar.
    @inline(__always)
    static func punctuationScalar(_ v: UInt32) -> UInt32? {
        let mapped = punctuationScalars.withUnsafeBufferPointer { $0[Int(v < 0x3000 ? v - 0x2000 : v - 0x3000 + 0x70)] }
        return mapped == 0 ? nil : mapped
    }

    static func slowNormalize(_ scalar: Unicode.Scalar) -> [Unicode.Scalar] {
        Array(String(Character(scalar)).precomposedStringWithCompatibilityMapping.lowercased().unicodeScalars)
    }

    /// Appends the normalised form of one scalar: NFKC of the character alone, lower-cased.
    /// The fast paths give the same result as the general one.
    @inline(__always)
    static func normalize(_ scalar: Unicode.Scalar, into out: inout [Unicode.Scalar]) {
        let v = scalar.value
        if v < 0x80 {
            out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 0x20)! : scalar)
        } else if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) {
            out.append(scalar)   // CJK unified ideographs are NFKC-stable
        } else if v >= 0xFF01 && v <= 0xFF5E {
            let ascii = v - 0xFEE0   // full-width ASCII forms
            out.append(ascii >= 0x41 && ascii <= 0x5A ? Unicode.Scalar(ascii + 0x20)! : Unicode.Scalar(ascii)!)
        } else if isPunctuationBlock(v) {
            if let mapped = punctuationScalar(v) {
                out.append(Unicode.Scalar(mapped).unsafelyUnwrapped)
            } else if let mapped = punctuationTable[v] {
                out.append(contentsOf: mapped)
            } else {
                out.append(scalar)
            }
        } else {
            out.append(contentsOf: slowNormalize(scalar))
        }
    }

    /// The normalised scalars of `text`.
    public static func normalized(_ text: String) -> [Unicode.Scalar] {
        var text = text
        return text.withUTF8 { normalized(utf8: $0) }
    }

    /// The normalised scalars of text given as valid UTF-8.
    static func normalized(utf8 bytes: UnsafeBufferPointer<UInt8>) -> [Unicode.Scalar] {
        var out: [Unicode.Scalar] = []
        out.reserveCapacity(bytes.count / 2)
        UTF8Scalars.forEach(in: bytes) { normalize(Unicode.Scalar($0).unsafelyUnwrapped, into: &out) }
        return out
    }

    @inline(__always)
    static func kind(_ v: UInt32) -> Kind {
        if v < 0x80 {
            if v >= 0x61 && v <= 0x7A { return .letter }
            if v >= 0x30 && v <= 0x39 { return .digit }
            return .separator
        }
        if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || v == 0x3007
            || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x20000 && v <= 0x3FFFF)
            || (v >= 0x3041 && v <= 0x309F) || (v >= 0x30A0 && v <= 0x30FF && v != 0x30FB)
            || (v >= 0xAC00 && v <= 0xD7A3) {
            return .cjk
        }
        if (v >= 0xC0 && v <= 0x24F && v != 0xD7 && v != 0xF7) || (v >= 0x370 && v <= 0x3FF) || (v >= 0x400 && v <= 0x4FF) {
            return .letter
        }
        return .separator
    }

    // MARK: Scanning

    /// Walks normalised scalars and reports each run of CJK characters and each word
    /// (letters or digits), in order. This is the one place that decides where terms are.
    static func scan(_ scalars: [Unicode.Scalar], cjk: (ArraySlice<Unicode.Scalar>) -> Void, word: (String) -> Void) {
        var i = 0
        let n = scalars.count
        while i < n {
            let k = kind(scalars[i].value)
            if k == .separator {
                i += 1
                continue
            }
            var j = i + 1
            while j < n, kind(scalars[j].value) == k { j += 1 }
            if k == .cjk {
                cjk(scalars[i..<j])
            } else {
                var s = String.UnicodeScalarView()
                s.append(contentsOf: scalars[i..<j])
                word(String(s))
            }
            i = j
        }
    }

    /// The terms of `text` as the index stores them: every word, every CJK character and
    /// every CJK bigram, without repeats, in order of first appearance.
    public static func indexTerms(_ text: String) -> [String] {
        var seen: Set<String> = []
        var terms: [String] = []
        func add(_ t: String) { if seen.insert(t).inserted { terms.append(t) } }
        scan(normalized(text), cjk: { run in
            var previous: Unicode.Scalar?
            for c in run {
                add(String(Character(c)))
                if let p = previous { add(String(Character(p)) + String(Character(c))) }
                previous = c
            }
        }, word: add)
        return terms
    }

    /// The terms of one query part: words, the bigrams of each CJK run, or the single
    /// character of a one-character run; without repeats, in order.
    public static func queryTerms(_ text: String) -> [String] {
        queryTerms(normalized: normalized(text))
    }

    static func queryTerms(normalized scalars: [Unicode.Scalar]) -> [String] {
        var seen: Set<String> = []
        var terms: [String] = []
        func add(_ t: String) { if seen.insert(t).inserted { terms.append(t) } }
        scan(scalars, cjk: { run in
            if run.count == 1 {
                add(String(Character(run.first!)))
                return
            }
            var previous: Unicode.Scalar?
            for c in run {
                if let p = previous { add(String(Character(p)) + String(Character(c))) }
                previous = c
            }
        }, word: add)
        return terms
    }

    /// Splits a query on white space into clauses. A part that holds a digit and a bracket,
    /// `-` or `/` (a 文号 or 索引号) gets its exact identifier term as well.
    public static func parseQuery(_ query: String) -> [Clause] {
        var clauses: [Clause] = []
        for part in normalized(query).split(whereSeparator: isSpace) {
            let scalars = Array(part)
            let terms = queryTerms(normalized: scalars)
            var exact: String?
            if scalars.contains(where: { isOpener($0.value) || isCloser($0.value) || isDash($0.value) || $0 == "/" }) {
                exact = identifierTerm(normalized: scalars)
            }
            if terms.isEmpty && exact == nil { continue }
            let clause = Clause(exact: exact, terms: terms)
            if !clauses.contains(clause) { clauses.append(clause) }
        }
        return clauses
    }

    // MARK: Identifiers (文号, 索引号)

    @inline(__always) static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\t" || s == "\n" || s == "\r" || s == "\u{0B}" || s == "\u{0C}"
    }

    @inline(__always) static func isOpener(_ v: UInt32) -> Bool {
        v == 0x28 || v == 0x5B || v == 0x7B || v == 0x3014 || v == 0x3010 || v == 0x3016 || v == 0x3018 || v == 0x301A
    }

    @inline(__always) static func isCloser(_ v: UInt32) -> Bool {
        v == 0x29 || v == 0x5D || v == 0x7D || v == 0x3015 || v == 0x3011 || v == 0x3017 || v == 0x3019 || v == 0x301B
    }

    @inline(__always) static func isDash(_ v: UInt32) -> Bool {
        v == 0x2D || (v >= 0x2010 && v <= 0x2015) || v == 0x2212
    }

    /// The exact term of a 文号 or 索引号 as typed, `id:` + its normalised text with white
    /// space dropped, every bracket made `[` or `]`, every dash `-`, and a 第 before the
    /// serial of a 文号 dropped: `青政办〔2024〕第3号` → `id:青政办[2024]3号`. Nil when
    /// the text has no digit.
    public static func identifierTerm(_ text: String) -> String? {
        identifierTerm(normalized: normalized(text))
    }

    static func identifierTerm(normalized scalars: [Unicode.Scalar]) -> String? {
        var out = String.UnicodeScalarView()
        var hasDigit = false
        var i = 0
        while i < scalars.count {
            let s = scalars[i]
            let v = s.value
            if isSpace(s) {
                i += 1
                continue
            }
            if isOpener(v) {
                out.append("[")
            } else if isCloser(v) {
                out.append("]")
                // 〔2024〕第3号 → [2024]3号
                if i + 2 < scalars.count, scalars[i + 1] == "第", kind(scalars[i + 2].value) == .digit { i += 1 }
            } else if isDash(v) {
                out.append("-")
            } else {
                if kind(v) == .digit { hasDigit = true }
                out.append(s)
            }
            i += 1
        }
        return hasDigit ? "id:" + String(out) : nil
    }

    /// Exact terms of a 索引号: the whole and every part after a `/`
    /// (`00822061-4/2024-00017` → `id:00822061-4/2024-00017`, `id:2024-00017`).
    public static func indexNumberTerms(_ indexNumber: String) -> [String] {
        guard let whole = identifierTerm(indexNumber) else { return [] }
        var terms = [whole]
        if whole.utf8.allSatisfy({ $0 < 0x80 }) {
            // ASCII without white space (so no "\r\n"): each character is one byte, and
            // the walk below over bytes gives what the one over characters gives.
            let bytes = Array(whole.utf8)
            for k in 3..<bytes.count where bytes[k] == UInt8(ascii: "/") {
                let rest = bytes[(k + 1)...]
                if rest.contains(where: { $0 >= 0x30 && $0 <= 0x39 }) { terms.append("id:" + String(decoding: rest, as: UTF8.self)) }
            }
            return terms
        }
        let body = whole.dropFirst(3)
        var rest = body[...]
        while let slash = rest.firstIndex(of: "/") {
            rest = rest[rest.index(after: slash)...]
            if rest.contains(where: { $0.isASCII && $0.isNumber }) { terms.append("id:" + rest) }
        }
        return terms
    }

    /// Exact terms of every 文号 written in the text (`机关代字〔YYYY〕N号`): `[YYYY]N号`
    /// alone and with each of up to ten Han characters before it, since where the 机关代字
    /// starts cannot be told (`根据青政办〔2024〕3号` gives `id:[2024]3号`, `id:办[2024]3号`,
    /// `id:政办[2024]3号`, `id:青政办[2024]3号`, …).
    public static func documentNumberTerms(in text: String) -> [String] {
        documentNumberTerms(normalized: normalized(text))
    }

    static func documentNumberTerms(normalized s: [Unicode.Scalar]) -> [String] {
        var terms: [String] = []
        let n = s.count
        var i = 0
        while i + 7 < n {
            guard isOpener(s[i].value) else { i += 1; continue }
            var j = i + 1
            while j < n, j - i <= 4, kind(s[j].value) == .digit { j += 1 }
            guard j - i == 5, j < n, isCloser(s[j].value) else { i += 1; continue }
            let year = s[(i + 1)..<j]
            j += 1
            if j < n, s[j] == "第" { j += 1 }
            let serialStart = j
            while j < n, kind(s[j].value) == .digit { j += 1 }
            guard j > serialStart, j < n, s[j] == "号" else { i += 1; continue }
            var key = String.UnicodeScalarView()
            key.append("[")
            key.append(contentsOf: year)
            key.append("]")
            key.append(contentsOf: s[serialStart..<j])
            key.append("号")
            let suffix = String(key)
            var start = i
            terms.append("id:" + suffix)
            while start > 0, i - start < 10, kind(s[start - 1].value) == .cjk {
                start -= 1
                var prefix = String.UnicodeScalarView()
                prefix.append(contentsOf: s[start..<i])
                terms.append("id:" + String(prefix) + suffix)
            }
            i = j + 1
        }
        return terms
    }
}
