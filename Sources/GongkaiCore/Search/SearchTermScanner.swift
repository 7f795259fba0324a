/// Adds the index terms of UTF-8 text to a document's terms (`SearchDocumentTerms.add`)
/// in one pass over its bytes.
///
/// Each character is normalised as `SearchTokenizer.normalize` does and the normalised
/// characters are cut into runs as `SearchTokenizer.scan` does, so the terms are those of
/// `SearchTokenizer.indexTerms`; but there is no array of scalars in between, no closure
/// per run, and Han characters and their bigrams go straight into the key table. Building
/// the array and calling a closure per run cost more than the inserts themselves. The
/// state is a struct's rather than captured variables, which Swift checks for exclusive
/// access on every use.
///
/// It also numbers the CJK characters, for phrase search: the characters of a run take
/// consecutive positions and the end of a run skips one, so two bigrams are at
/// consecutive positions exactly when they overlap in one run (README “站内搜索”).
struct SearchTermScanner {
    let cjk: SearchKeyTable<UInt8>
    /// Words (letter and digit runs) with their field bits.
    var other: [SearchTermKey: UInt8]
    let bit: UInt8
    /// The position the next CJK character takes.
    private(set) var position: Int32

    private var run = SearchTokenizer.Kind.separator
    /// The last character of the run when `run` is `.cjk`.
    private var previous: UInt32 = 0
    /// The UTF-8 bytes of the word so far when `run` is `.letter` or `.digit`.
    private var word: [UInt8] = []
    private var afterOpener = false, openerThenDigit = false, hasHao = false

    init(cjk: SearchKeyTable<UInt8>, other: [SearchTermKey: UInt8], bit: UInt8, position: Int32 = 0) {
        self.cjk = cjk
        self.other = other
        self.bit = bit
        self.position = position
    }

    /// Whether the text may hold a 文号 — an opening bracket followed by a digit
    /// somewhere, and a 号 — so that the slower `SearchTokenizer.documentNumberTerms`
    /// needs to run only on such text.
    var mayHoldDocumentNumber: Bool { openerThenDigit && hasHao }

    /// Adds the terms of `bytes`, valid UTF-8.
    mutating func scan(_ bytes: UnsafeBufferPointer<UInt8>) {
        var i = 0
        let n = bytes.count
        while i < n {
            let b0 = UInt32(bytes[i])
            if b0 < 0x80 {
                addNormalized(b0 >= 0x41 && b0 <= 0x5A ? b0 + 0x20 : b0)
                i += 1
                continue
            }
            if b0 &- 0xE3 <= 6 {
                // A run of Han characters, most of a Chinese body, in one call that keeps
                // the table's storage in registers.
                let han = cjk.insertHanRun(bytes, from: i, previous: run == .cjk ? previous : 0, bits: bit, position: position)
                if han.end != i {
                    // It began with a Han character, and ends in a run or after punctuation.
                    position = han.position
                    if run == .letter || run == .digit { endWord() }
                    run = han.last != 0 ? .cjk : .separator
                    previous = han.last
                    afterOpener = false
                    i = han.end
                    continue
                }
            }
            let (v, length) = UTF8Scalars.decode(bytes, at: i)
            i += length
            // The same cases, in the same order, as `SearchTokenizer.normalize`.
            if (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) {
                addCJK(v)
            } else if v >= 0xFF01 && v <= 0xFF5E {
                let ascii = v - 0xFEE0   // full-width ASCII forms
                addNormalized(ascii >= 0x41 && ascii <= 0x5A ? ascii + 0x20 : ascii)
            } else if SearchTokenizer.isPunctuationBlock(v), let mapped = SearchTokenizer.punctuationScalar(v) {
                addNormalized(mapped)
            } else {
                var normal: [Unicode.Scalar] = []
                SearchTokenizer.normalize(Unicode.Scalar(v).unsafelyUnwrapped, into: &normal)
                for scalar in normal { addNormalized(scalar.value) }
            }
        }
        if run == .letter || run == .digit { endWord() }
        if run == .cjk { position += 1 }   // the text's end ends its last run
        run = .separator
        // A 号 in a Han run is looked for only in text that may hold a 文号, not tested
        // for at every character (bench/PERFORMANCE.md). Its bytes start with a lead byte,
        // so they are found exactly where a character 号 is.
        if openerThenDigit && !hasHao {
            hasHao = Self.hao.withUnsafeBufferPointer { UTF8Search.contains($0, in: bytes) }
        }
    }

    /// 号 (U+53F7) in UTF-8.
    private static let hao: [UInt8] = [0xE5, 0x8F, 0xB7]

    /// A normalised CJK character: itself, and the bigram with the one before it in the run.
    @inline(__always)
    private mutating func addCJK(_ v: UInt32) {
        cjk.insert(CJKTermKey.character(v), bit)
        if run == .cjk {
            cjk.insertBigram(CJKTermKey.bigram(previous, v), bit, at: position - 1)
        } else {
            if run != .separator { endWord() }
            run = .cjk
        }
        previous = v
        position += 1
        if v == 0x53F7 { hasHao = true }   // 号
        afterOpener = false
    }

    /// Any normalised character.
    @inline(__always)
    private mutating func addNormalized(_ v: UInt32) {
        let kind = SearchTokenizer.kind(v)
        if kind == .cjk { return addCJK(v) }
        if kind != run {
            if run == .letter || run == .digit { endWord() }
            if run == .cjk { position += 1 }   // a run of CJK characters ends: skip one
            run = kind
        }
        if kind != .separator {
            if v < 0x80 {
                word.append(UInt8(truncatingIfNeeded: v))
            } else {
                UTF8.encode(Unicode.Scalar(v).unsafelyUnwrapped) { word.append($0) }
            }
            if kind == .digit && afterOpener { openerThenDigit = true }
        }
        afterOpener = SearchTokenizer.isOpener(v)
    }

    private mutating func endWord() {
        other[SearchTermKey(String(decoding: word, as: UTF8.self)), default: 0] |= bit
        word.removeAll(keepingCapacity: true)
    }
}
