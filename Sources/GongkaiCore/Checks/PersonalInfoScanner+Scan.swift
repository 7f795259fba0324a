extension PersonalInfoScanner {
    /// What one Unicode scalar means to the scanner.
    enum CharClass: Equatable {
        case digit(UInt8)
        /// `X`, `x`, `Ｘ`, `ｘ`: an ID's check character, otherwise a letter.
        case x
        /// Other Latin letters and `_`, half- or full-width.
        case letter
        /// A character that may sit between digit groups (the scalar value).
        case separator(UInt32)
        case plus
        case star
        case dot
        /// An amount or count unit after a number: `元`, `万`, `亿`, `%`…
        case unit
        /// A currency sign before a number: `¥`, `￥`, `$`, `＄`.
        case currency
        case newline
        case other

        var isDigit: Bool {
            if case .digit = self { return true }
            return false
        }
    }

    /// A maximal run of digits and what surrounds it.
    struct Run {
        var start: Int
        var end: Int = 0
        /// Index of the run's first digit in the scan's digit buffer.
        var digitStart: Int
        var count: Int = 0
        /// A letter, currency sign, decimal point after a digit, or mask after a digit precedes it.
        var blockedBefore = false
        /// A letter (including `X`), unit, decimal part or mask follows it.
        var blockedAfter = false
        /// When an `X` follows: the byte offset after it, and whether what follows the `X` blocks.
        var xEnd: Int?
        var blockedAfterX = false
        /// The byte offset of a `+` immediately before.
        var plus: Int?
        /// The separator joining this run to the next one, if a digit follows it.
        var separatorAfter: UInt32?
    }

    /// One pass over UTF-8 bytes: runs of digits are collected into groups (runs joined by
    /// single separators) and each finished group is matched against the patterns.
    ///
    /// Only digits start anything, so the pass jumps from one digit to the next (eight bytes
    /// at a time, see ``nextDigitCandidate(_:from:)``) and looks back one character for what
    /// precedes a run; lines and columns are counted only up to a finding.
    struct ByteScan {
        let bytes: UnsafeBufferPointer<UInt8>
        var runs: [Run] = []
        var digits: [UInt8] = []
        var found: [Found] = []
        /// Where line and column counting stopped last (findings come in text order).
        private var counted = (offset: 0, line: 1, column: 1)

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        /// The fewest digits any finding has (a mobile number).
        static let fewestDigits = 11

        /// A cheap first pass: is there a group of `fewestDigits` digits (ASCII or
        /// full-width) in which consecutive digits are at most one character apart? Every
        /// finding is such a group (runs join across one separator), so text without one
        /// needs no full scan; most bodies have only dates and short numbers.
        static func mayHoldLongNumber(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
            firstLongNumberGroup(bytes) != nil
        }

        /// The byte offset of the first digit of the first group that ``mayHoldLongNumber(_:)``
        /// looks for, or nil. No finding starts before it, and the digit there is not joined
        /// to an earlier run, so ``run(from:)`` can start there.
        static func firstLongNumberGroup(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
            var group = 0
            var groupStart = 0
            var previousEnd = 0
            var i = 0
            while let p = nextDigitCandidate(bytes, from: i) {
                guard let length = digitLength(bytes, at: p) else {
                    i = p + 1
                    continue
                }
                if group == 0 || !atMostOneCharacter(bytes, from: previousEnd, to: p) {
                    group = 0
                    groupStart = p
                }
                group += 1
                if group >= fewestDigits { return groupStart }
                previousEnd = p + length
                i = previousEnd
            }
            return nil
        }

        /// Whether the bytes from `start` to `end` hold no character or exactly one.
        private static func atMostOneCharacter(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
            guard end - start > 1 else { return true }
            guard end - start <= 4 else { return false }
            for k in (start + 1)..<end where bytes[k] & 0xC0 != 0x80 { return false }
            return true
        }

        /// The length of the digit (`0`–`9` or `０`–`９`) starting at byte `i`, or nil.
        @inline(__always)
        static func digitLength(_ bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> Int? {
            let b = bytes[i]
            if b &- 0x30 < 10 { return 1 }
            if b == 0xEF, i + 2 < bytes.count, bytes[i + 1] == 0xBC, bytes[i + 2] &- 0x90 < 10 { return 3 }
            return nil
        }

        /// The offset of the first byte from `i` on that is an ASCII digit or `0xEF` (the lead
        /// byte of full-width digits and of most other full-width forms), or nil. Both are
        /// always the first byte of a character. Eight bytes are tested at once: Han text
        /// rarely holds either.
        @inline(__always)
        static func nextDigitCandidate(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
            let n = bytes.count
            var i = start
            if let base = bytes.baseAddress {
                let raw = UnsafeRawPointer(base)
                let low: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
                let high: UInt64 = 0x8080_8080_8080_8080
                let ones: UInt64 = 0x0101_0101_0101_0101
                while i + 8 <= n {
                    let x = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                    // Per byte, exactly: 0x30 <= b <= 0x39 ...
                    let x7 = x & low
                    let digit = ((ones &* (127 + 0x3A)) &- x7) & ~x & (x7 &+ ones &* (127 - 0x2F)) & high
                    // ... or b == 0xEF.
                    let y = x ^ (ones &* 0xEF)
                    let lead = ~(((y & low) &+ low) | y) & high
                    let hits = digit | lead
                    if hits != 0 { return i + hits.littleEndian.trailingZeroBitCount >> 3 }
                    i += 8
                }
            }
            while i < n {
                let b = bytes[i]
                if b &- 0x30 < 10 || b == 0xEF { return i }
                i += 1
            }
            return nil
        }

        /// Scans the whole text.
        mutating func run() {
            run(from: 0)
        }

        /// Scans from byte `start`, which must not be inside a group of runs joined by
        /// separators (the text's start, or what ``firstLongNumberGroup(_:)`` returns).
        mutating func run(from start: Int) {
            let n = bytes.count
            var i = start
            while let p = Self.nextDigitCandidate(bytes, from: i) {
                guard Self.digitLength(bytes, at: p) != nil else {
                    i = p + 1
                    continue
                }
                var run = Run(start: p, digitStart: digits.count)
                lookBehind(p, into: &run)
                var j = p
                while j < n {
                    let (cj, lj) = classify(j)
                    guard case .digit(let value) = cj else { break }
                    digits.append(value)
                    j += lj
                }
                run.end = j
                run.count = digits.count - run.digitStart
                if j < n {
                    let (after, afterLength) = classify(j)
                    run.blockedAfter = blocks(after, at: j + afterLength)
                    if after == .x {
                        let xEnd = j + afterLength
                        run.xEnd = xEnd
                        if xEnd < n {
                            let (afterX, afterXLength) = classify(xEnd)
                            run.blockedAfterX = blocks(afterX, at: xEnd + afterXLength)
                        }
                    } else if case .separator(let s) = after, j + afterLength < n, classify(j + afterLength).0.isDigit {
                        run.separatorAfter = s
                    }
                }
                runs.append(run)
                if run.separatorAfter == nil { finishGroup() }
                i = j
            }
            finishGroup()
        }

        /// What the character before a run's first digit (at byte `p`) says about the run: a
        /// letter, currency sign, decimal point after a digit or mask after a digit blocks it;
        /// a `+` may belong to it.
        private func lookBehind(_ p: Int, into run: inout Run) {
            guard p > 0 else { return }
            let before = characterStart(before: p)
            switch classify(before).0 {
            case .x, .letter, .currency:
                run.blockedBefore = true
            case .dot:
                run.blockedBefore = before > 0 && classify(characterStart(before: before)).0.isDigit
            case .star:
                var k = before
                while k > 0 {
                    k = characterStart(before: k)
                    let c = classify(k).0
                    if c == .star { continue }
                    run.blockedBefore = c.isDigit
                    break
                }
            case .plus:
                run.plus = before
            default:
                break
            }
        }

        /// The offset of the character that ends just before byte `i` (`i` > 0).
        private func characterStart(before i: Int) -> Int {
            var k = i - 1
            while k > 0 && bytes[k] & 0xC0 == 0x80 { k -= 1 }
            return k
        }

        /// The 1-based line and column (in Unicode scalars) of byte `offset`.
        private mutating func position(of offset: Int) -> (line: Int, column: Int) {
            if offset < counted.offset { counted = (0, 1, 1) }
            var (k, line, column) = counted
            while k < offset {
                let b = bytes[k]
                if b == 0x0A {
                    line += 1
                    column = 1
                } else if b & 0xC0 != 0x80 {
                    column += 1
                }
                k += 1
            }
            counted = (offset, line, column)
            return (line, column)
        }

        /// Whether `c`, found right after a run (or after its `X`) and ending at byte `next`,
        /// makes the run part of something else.
        private func blocks(_ c: CharClass, at next: Int) -> Bool {
            switch c {
            case .digit, .x, .letter, .unit:
                return true
            case .dot:
                return next < bytes.count && classify(next).0.isDigit
            case .star:
                var k = next
                while k < bytes.count {
                    let (ck, lk) = classify(k)
                    if ck == .star { k += lk; continue }
                    return ck.isDigit
                }
                return false
            default:
                return false
            }
        }

        func classify(_ i: Int) -> (CharClass, Int) {
            let b0 = bytes[i]
            if b0 < 0x80 {
                switch b0 {
                case 0x30...0x39: return (.digit(b0 - 0x30), 1)
                case UInt8(ascii: "X"), UInt8(ascii: "x"): return (.x, 1)
                case 0x41...0x5A, 0x61...0x7A, UInt8(ascii: "_"): return (.letter, 1)
                case UInt8(ascii: " "), UInt8(ascii: "-"): return (.separator(UInt32(b0)), 1)
                case UInt8(ascii: "+"): return (.plus, 1)
                case UInt8(ascii: "*"): return (.star, 1)
                case UInt8(ascii: "."): return (.dot, 1)
                case UInt8(ascii: "%"): return (.unit, 1)
                case UInt8(ascii: "$"): return (.currency, 1)
                case UInt8(ascii: "\n"): return (.newline, 1)
                default: return (.other, 1)
                }
            }
            // Valid UTF-8 (Swift strings are validated): decode the scalar. Nothing the scanner
            // looks for takes four bytes.
            let (scalar, length) = UTF8Scalars.decode(bytes, at: i)
            if length == 4 { return (.other, 4) }
            switch scalar {
            case 0xFF10...0xFF19: return (.digit(UInt8(scalar - 0xFF10)), length)
            case 0xFF38, 0xFF58: return (.x, length)
            case 0xFF21...0xFF3A, 0xFF41...0xFF5A, 0xFF3F: return (.letter, length)
            case 0x00A0, 0x3000, 0xFF0D: return (.separator(scalar), length)
            case 0xFF0B: return (.plus, length)
            case 0xFF0A: return (.star, length)
            case 0xFF0E: return (.dot, length)
            // 元 万 亿 千 百 吨 亩 人 户 ％ ‰
            case 0x5143, 0x4E07, 0x4EBF, 0x5343, 0x767E, 0x5428, 0x4EA9, 0x4EBA, 0x6237, 0xFF05, 0x2030:
                return (.unit, length)
            case 0x00A5, 0xFFE5, 0xFF04: return (.currency, length)
            default: return (.other, length)
            }
        }

        // MARK: Patterns

        private mutating func finishGroup() {
            var s = 0
            while s < runs.count {
                if let last = match(at: s) { s = last + 1 } else { s += 1 }
            }
            runs.removeAll(keepingCapacity: true)
            digits.removeAll(keepingCapacity: true)
        }

        /// How many runs from `s` on are joined by `separator`, counting at most `limit`.
        private func chain(from s: Int, separator: UInt32, limit: Int) -> Int {
            var k = s
            while k - s + 1 < limit, runs[k].separatorAfter == separator { k += 1 }
            return k - s + 1
        }

        /// Whether the run before `s` is joined to it by `separator` (a longer grouped number).
        private func extendsLeft(_ s: Int, _ separator: UInt32) -> Bool {
            s > 0 && runs[s - 1].separatorAfter == separator
        }

        /// Records the match starting at run `s`, if any; returns the index of its last run.
        private mutating func match(at s: Int) -> Int? {
            let r = runs[s]
            if r.blockedBefore { return nil }
            let d = r.digitStart

            // +86 / 86 / 0086, a separator, then a mobile number (plain or 3-4-4).
            if r.separatorAfter != nil, (r.count == 2 && digits[d] == 8 && digits[d + 1] == 6)
                || (r.count == 4 && digits[d] == 0 && digits[d + 1] == 0 && digits[d + 2] == 8 && digits[d + 3] == 6) {
                let body = runs[s + 1]
                if body.count == 11, !body.blockedAfter, PersonalInfoScanner.isMobile(digits, at: body.digitStart) {
                    return record(.mobile, from: s, to: s + 1, withPlus: true, masked: PersonalInfoScanner.maskedMobile(digits, at: body.digitStart))
                }
                if body.count == 3, let inner = body.separatorAfter, chain(from: s + 1, separator: inner, limit: 4) == 3,
                   runs[s + 2].count == 4, runs[s + 3].count == 4, !runs[s + 3].blockedAfter,
                   PersonalInfoScanner.isMobile(digits, at: body.digitStart) {
                    return record(.mobile, from: s, to: s + 3, withPlus: true, masked: PersonalInfoScanner.maskedMobile(digits, at: body.digitStart))
                }
            }

            // Resident ID: 18 digits, or 17 digits and X.
            if (r.count == 18 && !r.blockedAfter) || (r.count == 17 && r.xEnd != nil && !r.blockedAfterX) {
                let hasX = r.count == 17
                if PersonalInfoScanner.isResidentID(digits, at: d, hasX: hasX) {
                    return record(.residentID, from: s, to: s, endingAfterX: hasX, masked: PersonalInfoScanner.maskedResidentID(digits, at: d, hasX: hasX))
                }
            }

            if let separator = r.separatorAfter, !extendsLeft(s, separator) {
                // Resident ID in 6-8-4 groups.
                if r.count == 6, chain(from: s, separator: separator, limit: 4) == 3, runs[s + 1].count == 8 {
                    let last = runs[s + 2]
                    let hasX = last.count == 3 && last.xEnd != nil && !last.blockedAfterX
                    if (last.count == 4 && !last.blockedAfter) || hasX, PersonalInfoScanner.isResidentID(digits, at: d, hasX: hasX) {
                        return record(.residentID, from: s, to: s + 2, endingAfterX: hasX, masked: PersonalInfoScanner.maskedResidentID(digits, at: d, hasX: hasX))
                    }
                }
                // Bank card in groups of four, the last group 1–4 digits.
                if r.count == 4 {
                    let length = chain(from: s, separator: separator, limit: 6)
                    if length == 4 || length == 5, runs[s + 1].count == 4, runs[s + 2].count == 4, runs[s + 3].count == 4,
                       length == 4 || runs[s + 4].count <= 3, !runs[s + length - 1].blockedAfter {
                        let total = 12 + runs[s + length - 1].count + (length == 5 ? 4 : 0)
                        if PersonalInfoScanner.isBankCard(digits, at: d, count: total) {
                            return record(.bankCard, from: s, to: s + length - 1, masked: PersonalInfoScanner.maskedBankCard(digits, at: d, count: total))
                        }
                    }
                }
                // Mobile in 3-4-4 groups.
                if r.count == 3, chain(from: s, separator: separator, limit: 4) == 3, runs[s + 1].count == 4, runs[s + 2].count == 4,
                   !runs[s + 2].blockedAfter, PersonalInfoScanner.isMobile(digits, at: d) {
                    return record(.mobile, from: s, to: s + 2, masked: PersonalInfoScanner.maskedMobile(digits, at: d))
                }
            }

            guard !r.blockedAfter else { return nil }
            // Mobile: 11 digits, or 86 / 0086 written straight before them.
            switch r.count {
            case 11 where PersonalInfoScanner.isMobile(digits, at: d):
                return record(.mobile, from: s, to: s, masked: PersonalInfoScanner.maskedMobile(digits, at: d))
            case 13 where digits[d] == 8 && digits[d + 1] == 6 && PersonalInfoScanner.isMobile(digits, at: d + 2):
                return record(.mobile, from: s, to: s, withPlus: true, masked: PersonalInfoScanner.maskedMobile(digits, at: d + 2))
            case 15 where digits[d] == 0 && digits[d + 1] == 0 && digits[d + 2] == 8 && digits[d + 3] == 6
                && PersonalInfoScanner.isMobile(digits, at: d + 4):
                return record(.mobile, from: s, to: s, masked: PersonalInfoScanner.maskedMobile(digits, at: d + 4))
            default:
                break
            }
            // Bank card: 16–19 digits in one run.
            if (16...19).contains(r.count), PersonalInfoScanner.isBankCard(digits, at: d, count: r.count),
               !(r.count == 18 && PersonalInfoScanner.isCreditCode(digits, at: d)) {
                return record(.bankCard, from: s, to: s, masked: PersonalInfoScanner.maskedBankCard(digits, at: d, count: r.count))
            }
            return nil
        }

        private mutating func record(_ kind: PersonalInfoMatch.Kind, from s: Int, to e: Int, withPlus: Bool = false,
                                     endingAfterX: Bool = false, masked: String) -> Int {
            let first = runs[s], last = runs[e]
            var start = first.start
            if withPlus, let plus = first.plus { start = plus }
            let (line, column) = position(of: start)
            let end = endingAfterX ? last.xEnd ?? last.end : last.end
            found.append(Found(kind: kind, start: start, end: end, line: line, column: column, masked: masked))
            return e
        }
    }
}
