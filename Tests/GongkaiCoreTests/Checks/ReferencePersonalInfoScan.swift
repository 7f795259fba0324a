@testable import GongkaiCore

/// The personal information scan as it was before the fast paths (a plain classify-every-
/// character pass with a line and column per character), kept as an oracle: tests check
/// that the scanner's findings agree with it on generated text.
enum ReferencePersonalInfoScan {
    typealias Found = PersonalInfoScanner.Found

    /// Every finding in `text`, with byte offsets, line, column and mask.
    static func scan(_ text: String) -> [Found] {
        var text = text
        return text.withUTF8 { bytes in
            var scan = ByteScan(bytes: bytes)
            scan.run()
            return scan.found
        }
    }
    /// What a character is to the scan, and how it is classified, are the scanner's own:
    /// the oracle re-checks how runs are found, grouped and matched, not the classes.
    typealias CharClass = PersonalInfoScanner.CharClass

    /// A maximal run of digits and what surrounds it.
    struct Run {
        var start: Int
        var end: Int = 0
        var line: Int
        var column: Int
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
        /// A `+` immediately before: its byte offset, line and column.
        var plus: (start: Int, line: Int, column: Int)?
        /// The separator joining this run to the next one, if a digit follows it.
        var separatorAfter: UInt32?
    }

    /// One pass over UTF-8 bytes: runs of digits are collected into groups (runs joined by
    /// single separators) and each finished group is matched against the patterns.
    struct ByteScan {
        let bytes: UnsafeBufferPointer<UInt8>
        var runs: [Run] = []
        var digits: [UInt8] = []
        var found: [Found] = []

        init(bytes: UnsafeBufferPointer<UInt8>) {
            self.bytes = bytes
        }

        mutating func run() {
            let n = bytes.count
            var i = 0
            var line = 1, column = 1
            var previous = CharClass.other
            var dotAfterDigit = false, starsAfterDigit = false
            var plus = (start: 0, line: 0, column: 0)
            while i < n {
                let (c, length) = classify(i)
                if case .digit = c {
                    var run = Run(start: i, line: line, column: column, digitStart: digits.count)
                    switch previous {
                    case .x, .letter, .currency: run.blockedBefore = true
                    case .dot: run.blockedBefore = dotAfterDigit
                    case .star: run.blockedBefore = starsAfterDigit
                    case .plus: run.plus = plus
                    default: break
                    }
                    var j = i
                    while j < n {
                        let (cj, lj) = classify(j)
                        guard case .digit(let value) = cj else { break }
                        digits.append(value)
                        j += lj
                        column += 1
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
                    previous = .digit(0)
                    i = j
                    continue
                }
                switch c {
                case .dot: dotAfterDigit = previous.isDigit
                case .star: starsAfterDigit = previous.isDigit || (previous == .star && starsAfterDigit)
                case .plus: plus = (i, line, column)
                default: break
                }
                if c == .newline {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
                previous = c
                i += length
            }
            finishGroup()
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
            PersonalInfoScanner.ByteScan(bytes: bytes).classify(i)
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
            var start = first.start, line = first.line, column = first.column
            if withPlus, let plus = first.plus {
                start = plus.start
                line = plus.line
                column = plus.column
            }
            let end = endingAfterX ? last.xEnd ?? last.end : last.end
            found.append(Found(kind: kind, start: start, end: end, line: line, column: column, masked: masked))
            return e
        }
    }
}
