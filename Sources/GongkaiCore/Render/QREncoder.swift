/// The QR code of a text at level L with mask 0, module for module what libqrencode 4.1.1 makes of it
/// (`Split_splitStringToQRinput(text, input, QR_MODE_8, 1)`, then `QRcode_encodeMask(input, 0)`), for
/// texts of ASCII bytes 1–127 that fit version 10; nil for any other text, which `QRCode` hands to
/// libqrencode. The version layouts are made once; a code only costs its bit stream, its Reed–Solomon
/// codewords and flipping the modules of its 1 bits (bench/PERFORMANCE.md, issue 18).
enum QREncoder {
    static func encode(_ text: String) -> QRCode? {
        var text = text
        return text.withUTF8 { bytes -> QRCode? in
            guard !bytes.isEmpty, bytes.allSatisfy({ $0 != 0 && $0 < 0x80 }),
                  let segments = QRSegment.split(bytes),
                  let version = version(of: segments) else { return nil }
            return encode(bytes, segments, layout: QRVersionLayout.all[version - 1])
        }
    }

    /// The smallest version for `bytes` at level L, nil when none holds them.
    private static func minimumVersion(bytes: Int) -> Int? {
        (1...40).first { QRVersionLayout.dataCodewords[$0] >= bytes }
    }

    /// The version libqrencode picks (`QRinput_estimateVersion`, then `QRinput_convertData`'s loop
    /// over the real bit counts), nil above the supported versions.
    static func version(of segments: [QRSegment]) -> Int? {
        var version = 0
        var previous: Int
        repeat {
            previous = version
            guard let next = minimumVersion(bytes: (estimatedBits(segments, version: previous) + 7) / 8) else { return nil }
            version = next
        } while version > previous
        while true {
            guard QRVersionLayout.supported.contains(version),
                  let needed = minimumVersion(bytes: (bits(segments, version: version) + 7) / 8) else { return nil }
            if needed > version { version = needed } else { return version }
        }
    }

    /// `QRinput_estimateBitStreamSize`: a segment longer than 2^count-bits characters counts a header per piece.
    private static func estimatedBits(_ segments: [QRSegment], version: Int) -> Int {
        let version = max(version, 1)
        var bits = 0
        for segment in segments {
            let l = segment.mode.lengthBits(version: version)
            let pieces = (segment.count + (1 << l) - 1) / (1 << l)
            bits += segment.mode.dataBits(segment.count) + pieces * (4 + l)
        }
        return bits
    }

    /// The bits the segments take at `version`: a segment longer than the count indicator holds
    /// (2^bits − 1 characters) is written as several, as `QRinput_encodeBitStream` does.
    private static func bits(_ segments: [QRSegment], version: Int) -> Int {
        var bits = 0
        for segment in segments {
            let l = segment.mode.lengthBits(version: version)
            let most = (1 << l) - 1
            var left = segment.count
            while left > most {
                bits += 4 + l + segment.mode.dataBits(most)
                left -= most
            }
            bits += 4 + l + segment.mode.dataBits(left)
        }
        return bits
    }

    private static func encode(_ text: UnsafeBufferPointer<UInt8>, _ segments: [QRSegment], layout: QRVersionLayout) -> QRCode {
        let dataCount = layout.dataCodewords
        let eccCount = layout.eccPerBlock
        let total = dataCount + eccCount * layout.blocks.count
        var modules = layout.base
        withUnsafeTemporaryAllocation(of: UInt8.self, capacity: total) { codewords in
            // The bit stream: each segment's mode, count and characters, the terminator and the padding.
            var writer = BitWriter(out: codewords)
            for segment in segments {
                let l = segment.mode.lengthBits(version: layout.version)
                let most = (1 << l) - 1
                var start = segment.start
                var left = segment.count
                while left > 0 {
                    let count = min(left, most)
                    writer.append(segment.mode.indicator, bits: 4)
                    writer.append(count, bits: l)
                    write(segment.mode, text, start, count, to: &writer)
                    start += count
                    left -= count
                }
            }
            let maxBits = dataCount * 8
            if maxBits - writer.bits <= 4 {
                writer.append(0, bits: maxBits - writer.bits)
            } else {
                let words = (writer.bits + 4 + 7) / 8
                writer.append(0, bits: words * 8 - writer.bits)
                for i in 0..<(dataCount - words) { writer.append(i & 1 == 1 ? 0x11 : 0xEC, bits: 8) }
            }
            // Each block's ECC codewords after the data.
            var start = 0
            for (b, size) in layout.blocks.enumerated() {
                QRReedSolomon.encode(UnsafeBufferPointer(rebasing: codewords[start..<(start + size)]),
                                     into: UnsafeMutableBufferPointer(rebasing: codewords[(dataCount + b * eccCount)..<(dataCount + (b + 1) * eccCount)]))
                start += size
            }
            // A 1 bit flips its module from the masked 0 (a Bool is the byte 0 or 1: xor with the bit).
            layout.positions.withUnsafeBufferPointer { positions in
                modules.withUnsafeMutableBytes { modules in
                    for k in 0..<total {
                        let byte = codewords[k]
                        if byte == 0 { continue }
                        for bit in 0..<8 { modules[Int(positions[k * 8 + bit])] ^= (byte >> (7 - bit)) & 1 }
                    }
                }
            }
        }
        return QRCode(width: layout.width, modules: modules)
    }

    /// A segment's characters: digits three to ten bits, alphanumerics two to eleven, bytes as they are.
    private static func write(_ mode: QRSegment.Mode, _ text: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int,
                              to writer: inout BitWriter) {
        switch mode {
        case .numeric:
            var i = start
            let end = start + count
            while i + 3 <= end {
                writer.append(Int(text[i] - 48) * 100 + Int(text[i + 1] - 48) * 10 + Int(text[i + 2] - 48), bits: 10)
                i += 3
            }
            if end - i == 2 { writer.append(Int(text[i] - 48) * 10 + Int(text[i + 1] - 48), bits: 7) }
            if end - i == 1 { writer.append(Int(text[i] - 48), bits: 4) }
        case .alphanumeric:
            var i = start
            let end = start + count
            while i + 2 <= end {
                writer.append(Int(QRSegment.alphanumericValue[Int(text[i])]) * 45
                              + Int(QRSegment.alphanumericValue[Int(text[i + 1])]), bits: 11)
                i += 2
            }
            if i < end { writer.append(Int(QRSegment.alphanumericValue[Int(text[i])]), bits: 6) }
        case .byte:
            for i in start..<(start + count) { writer.append(Int(text[i]), bits: 8) }
        }
    }

    /// Appends numbers most significant bit first into whole bytes.
    private struct BitWriter {
        let out: UnsafeMutableBufferPointer<UInt8>
        private(set) var bits = 0
        private var pending: UInt64 = 0
        private var pendingBits = 0

        init(out: UnsafeMutableBufferPointer<UInt8>) { self.out = out }

        mutating func append(_ value: Int, bits count: Int) {
            pending = pending << UInt64(count) | UInt64(value)
            pendingBits += count
            bits += count
            while pendingBits >= 8 {
                pendingBits -= 8
                out[(bits - pendingBits) / 8 - 1] = UInt8(truncatingIfNeeded: pending >> UInt64(pendingBits))
            }
        }
    }
}
