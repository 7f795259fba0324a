extension DocumentNumberFormat {
    /// Whether `text` is, byte for byte, a 文号 in the plainest good form: ASCII letters and
    /// digits and CJK ideographs U+4E00…U+9FEF (at least one) as 机关代字, `〔`, four ASCII
    /// digits of a year in ``validYears``, `〕`, a serial without leading zero, `号`, and
    /// nothing else. Such text has none of the issues ``check(_:fallbackYear:)`` looks for,
    /// so it is accepted without splitting the text into `Character`s; anything else (even a
    /// good 文号 written with other characters) goes through the full check.
    func isPlainlyWellFormed(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            // 〔 E3 80 94, 〕 E3 80 95, 号 E5 8F B7.
            let n = bytes.count
            guard n >= 3 + 3 + 4 + 3 + 1 + 3, bytes[n - 3] == 0xE5, bytes[n - 2] == 0x8F, bytes[n - 1] == 0xB7 else { return false }
            // The serial, read backwards from 号.
            var k = n - 3
            while k > 0, bytes[k - 1] &- 0x30 < 10 { k -= 1 }
            guard k < n - 3, bytes[k] != 0x30 else { return false }
            // 〔YYYY〕 before it.
            guard k >= 3 + 4 + 3 + 3, bytes[k - 3] == 0xE3, bytes[k - 2] == 0x80, bytes[k - 1] == 0x95,
                  bytes[k - 10] == 0xE3, bytes[k - 9] == 0x80, bytes[k - 8] == 0x94 else { return false }
            var year = 0
            for y in (k - 7)..<(k - 3) {
                let digit = bytes[y] &- 0x30
                guard digit < 10 else { return false }
                year = year * 10 + Int(digit)
            }
            guard validYears.contains(year) else { return false }
            // 机关代字.
            let agencyEnd = k - 10
            var i = 0
            var sawIdeograph = false
            while i < agencyEnd {
                let b = bytes[i]
                if b < 0x80 {
                    guard b &- 0x30 < 10 || (b | 0x20) &- 0x61 < 26 else { return false }
                    i += 1
                } else {
                    guard b & 0xF0 == 0xE0, i + 3 <= agencyEnd else { return false }
                    let scalar = UTF8Scalars.threeByteValue(bytes, at: i)
                    guard (0x4E00...0x9FEF).contains(scalar) else { return false }
                    sawIdeograph = true
                    i += 3
                }
            }
            return sawIdeograph
        }
    }
}
