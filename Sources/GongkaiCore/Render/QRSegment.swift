/// One run of a QR code's text encoded in one mode: `count` bytes from `start`.
///
/// `split(_:)` reproduces libqrencode 4.1.1's `Split_splitStringToQRinput(text, input, QR_MODE_8, 1)`
/// step by step: despite the 8-bit hint, that splitter puts runs of digits in numeric mode and runs of
/// digits, upper-case letters and ` $%*+-./:` in alphanumeric mode whenever its bit estimates say a
/// separate segment is shorter (an address's `2024-00062` is often one), so the same segments give
/// the same bits and the same modules. It judges with the length indicators of versions 1–9 whatever
/// the final version, as libqrencode does (its input starts at version 0).
struct QRSegment: Equatable, Sendable {
    enum Mode: Sendable {
        case numeric, alphanumeric, byte

        /// The four-bit mode indicator.
        var indicator: Int {
            switch self {
            case .numeric: 1
            case .alphanumeric: 2
            case .byte: 4
            }
        }

        /// Bits of the character count indicator at `version` (1–40).
        func lengthBits(version: Int) -> Int {
            switch self {
            case .numeric: version <= 9 ? 10 : version <= 26 ? 12 : 14
            case .alphanumeric: version <= 9 ? 9 : version <= 26 ? 11 : 13
            case .byte: version <= 9 ? 8 : 16
            }
        }

        /// Bits of `count` characters without the header (libqrencode's `QRinput_estimateBitsMode…`).
        func dataBits(_ count: Int) -> Int {
            switch self {
            case .numeric: count / 3 * 10 + (count % 3 == 1 ? 4 : count % 3 == 2 ? 7 : 0)
            case .alphanumeric: count / 2 * 11 + (count & 1) * 6
            case .byte: count * 8
            }
        }
    }

    let mode: Mode
    let start: Int
    let count: Int

    /// The value of each alphanumeric-mode character, -1 for the others (ASCII only).
    static let alphanumericValue: [Int8] = {
        var table = [Int8](repeating: -1, count: 128)
        for (value, byte) in "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:".utf8.enumerated() {
            table[Int(byte)] = Int8(value)
        }
        return table
    }()

    /// The segments libqrencode makes of `text` (ASCII bytes 1–127), or nil where libqrencode's own
    /// splitter would fail (it cannot append an empty segment).
    static func split(_ text: UnsafeBufferPointer<UInt8>) -> [QRSegment]? {
        var splitter = Splitter(text: text)
        var start = 0
        while start < text.count {
            guard let length = splitter.eat(from: start), length > 0 else { return nil }
            start += length
        }
        return splitter.segments
    }

    /// libqrencode's `Split_eatNum`, `Split_eatAn` and `Split_eat8` over a text that ends with a
    /// virtual NUL, with the version-0 length indicators (numeric 10, alphanumeric 9, byte 8 bits).
    private struct Splitter {
        let text: UnsafeBufferPointer<UInt8>
        var segments: [QRSegment] = []
        let ln = 10, la = 9, l8 = 8

        init(text: UnsafeBufferPointer<UInt8>) {
            self.text = text
            segments.reserveCapacity(4)
        }

        private func byte(_ i: Int) -> UInt8 { i < text.count ? text[i] : 0 }
        private func isDigit(_ i: Int) -> Bool { let c = byte(i); return c >= 0x30 && c <= 0x39 }
        private func isAlphanumeric(_ i: Int) -> Bool { QRSegment.alphanumericValue[Int(byte(i) & 0x7F)] >= 0 }
        /// `Split_identifyMode`: nil at the end of the text.
        private func mode(_ i: Int) -> Mode? {
            if byte(i) == 0 { return nil }
            return isDigit(i) ? .numeric : isAlphanumeric(i) ? .alphanumeric : .byte
        }

        mutating func eat(from start: Int) -> Int? {
            switch mode(start) {
            case .numeric: eatNumeric(start)
            case .alphanumeric: eatAlphanumeric(start)
            default: eatByte(start)
            }
        }

        private mutating func append(_ mode: Mode, _ start: Int, _ count: Int) -> Int? {
            guard count > 0 else { return nil }
            segments.append(QRSegment(mode: mode, start: start, count: count))
            return count
        }

        private mutating func eatNumeric(_ s: Int) -> Int? {
            var p = s
            while isDigit(p) { p += 1 }
            let run = p - s
            let next = mode(p)
            if next == .byte {
                let dif = Mode.numeric.dataBits(run) + 4 + ln + Mode.byte.dataBits(1) - Mode.byte.dataBits(run + 1)
                if dif > 0 { return eatByte(s) }
            }
            if next == .alphanumeric {
                let dif = Mode.numeric.dataBits(run) + 4 + ln + Mode.alphanumeric.dataBits(1)
                    - Mode.alphanumeric.dataBits(run + 1)
                if dif > 0 { return eatAlphanumeric(s) }
            }
            return append(.numeric, s, run)
        }

        private mutating func eatAlphanumeric(_ s: Int) -> Int? {
            var p = s
            while isAlphanumeric(p) {
                if isDigit(p) {
                    var q = p
                    while isDigit(q) { q += 1 }
                    let dif = Mode.alphanumeric.dataBits(p - s) + Mode.numeric.dataBits(q - p) + 4 + ln
                        + (isAlphanumeric(q) ? 4 + ln : 0) - Mode.alphanumeric.dataBits(q - s)
                    if dif < 0 { break }
                    p = q
                } else {
                    p += 1
                }
            }
            let run = p - s
            if byte(p) != 0 && !isAlphanumeric(p) {
                let dif = Mode.alphanumeric.dataBits(run) + 4 + la + Mode.byte.dataBits(1) - Mode.byte.dataBits(run + 1)
                if dif > 0 { return eatByte(s) }
            }
            return append(.alphanumeric, s, run)
        }

        private mutating func eatByte(_ s: Int) -> Int? {
            var p = s + 1
            while byte(p) != 0 {
                if let here = mode(p), here != .byte {
                    var q = p
                    if here == .numeric {
                        while isDigit(q) { q += 1 }
                    } else {
                        while isAlphanumeric(q) { q += 1 }
                    }
                    let switchBack = mode(q) == .byte ? 4 + l8 : 0
                    let dif = Mode.byte.dataBits(p - s) + here.dataBits(q - p) + 4 + (here == .numeric ? ln : la)
                        + switchBack - Mode.byte.dataBits(q - s)
                    if dif < 0 { break }
                    p = q
                } else {
                    p += 1
                }
            }
            return append(.byte, s, p - s)
        }
    }
}
