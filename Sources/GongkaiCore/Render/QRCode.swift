import CQREncode

/// A QR code of a text (a page's address), encoded as libqrencode encodes it and drawn as inline SVG:
/// one path on a white quiet zone, each row's runs of dark modules a horizontal line one module
/// thick (stroked along the row's middle, butt ends), the same bytes for the same text.
struct QRCode: Sendable, Equatable {
    /// Modules per side.
    let width: Int
    /// Row-major, true for a dark module.
    let modules: [Bool]

    /// The data mask every code uses. The standard lets an encoder pick any of the eight; libqrencode's
    /// own choice scores all eight and took ≈17 % of a whole build at one code per document page, so
    /// gongkai fixes one (checkerboard, mask 0). Readers decode every mask alike (the browser tests
    /// decode codes with zxing-cpp).
    static let mask: Int32 = 0

    /// Error correction level L (7 %): the code is read from a screen or a clean print, where nothing
    /// is smudged or torn, and level L keeps an address one version smaller (version 4 holds 78
    /// bytes at L, 62 at M), so each module is larger at the same printed size and the code is
    /// easier to scan; a group member's addresses (`…/xxgk/mzj/…`) then fit the version of a
    /// single site's. Nil when the text does not fit a QR code.
    static let level = QR_ECLEVEL_L

    /// The code of `text`: gongkai's own encoder (`QREncoder`) for an ASCII text up to version 10, which
    /// makes exactly libqrencode's modules at a fifth of the cost; libqrencode for any other text.
    init?(_ text: String) {
        guard let code = QREncoder.encode(text) ?? Self.libqrencode(text) else { return nil }
        self = code
    }

    init(width: Int, modules: [Bool]) {
        self.width = width
        self.modules = modules
    }

    /// The code libqrencode makes of `text`: the same segmentation `QRcode_encodeString` uses (8-bit
    /// hint, case-sensitive), then one mask. The Swift encoder's oracle in the tests.
    static func libqrencode(_ text: String) -> QRCode? {
        guard let input = QRinput_new2(0, Self.level) else { return nil }
        defer { QRinput_free(input) }
        guard Split_splitStringToQRinput(text, input, QR_MODE_8, 1) == 0,
              let code = QRcode_encodeMask(input, Self.mask) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour; the other bits are libqrencode's bookkeeping.
        let data = code.pointee.data!
        let modules = [Bool](unsafeUninitializedCapacity: width * width) { out, count in
            for i in 0..<(width * width) { out[i] = data[i] & 1 == 1 }
            count = width * width
        }
        return QRCode(width: width, modules: modules)
    }

    /// An SVG element of the code with a four-module quiet zone; `label` names it for screen readers.
    /// UTF-8 bytes, written into a buffer sized for the worst case, numbers digit by digit: one
    /// code per document page, handed to the template as bytes (bench/PERFORMANCE.md).
    func svg(label: String) -> [UInt8] {
        let size = width + 8
        var head: [UInt8] = []
        head += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ".utf8
        Self.append(size, to: &head); head.append(UInt8(ascii: " ")); Self.append(size, to: &head)
        head += "\" role=\"img\" aria-label=\"".utf8
        head += XMLText.escape(label).utf8
        head += "\" shape-rendering=\"crispEdges\"><rect width=\"".utf8
        Self.append(size, to: &head)
        head += "\" height=\"".utf8
        Self.append(size, to: &head)
        head += "\" fill=\"#fff\"/><path stroke=\"#000\" d=\"".utf8
        let tail = Array("\"/></svg>".utf8)
        // A row's first run is "M" 3 " " 3 ".5h" 3 = 13 bytes at most, every further run "m" 3 " 0h" 3
        // = 10; a row has at most width/2 + 1 runs.
        let capacity = head.count + width * (width / 2 + 1) * 13 + tail.count
        return [UInt8](unsafeUninitializedCapacity: capacity) { out, count in
            // Wrapping arithmetic and pointers: the capacity above bounds every write, and the
            // overflow checks were a third of the loop (bench/PERFORMANCE.md).
            let base = out.baseAddress!
            var n = 0
            @inline(__always) func put(_ byte: UInt8) { base[n] = byte; n &+= 1 }
            @inline(__always) func number(_ value: Int) {
                if value < 10 { put(UInt8(truncatingIfNeeded: value) &+ 48); return }
                if value >= 100 { put(UInt8(truncatingIfNeeded: value / 100) &+ 48) }
                put(UInt8(truncatingIfNeeded: value / 10 % 10) &+ 48)
                put(UInt8(truncatingIfNeeded: value % 10) &+ 48)
            }
            for byte in head { put(byte) }
            modules.withUnsafeBufferPointer { dark in
                let first = dark.baseAddress!
                for y in 0..<width {
                    let row = first + y &* width
                    var x = 0
                    var end = -1   // where the row's last run ended (the pen is there); -1 before the first
                    while x < width {
                        guard row[x] else { x &+= 1; continue }
                        let start = x
                        repeat { x &+= 1 } while x < width && row[x]
                        if end >= 0 {
                            put(UInt8(ascii: "m")); number(start &- end)
                            put(UInt8(ascii: " ")); put(UInt8(ascii: "0"))
                        } else {
                            put(UInt8(ascii: "M")); number(start &+ 4)
                            put(UInt8(ascii: " ")); number(y &+ 4)
                            put(UInt8(ascii: ".")); put(UInt8(ascii: "5"))
                        }
                        put(UInt8(ascii: "h")); number(x &- start)
                        end = x
                    }
                }
            }
            for byte in tail { put(byte) }
            count = n
        }
    }

    /// The decimal digits of `n` (0…999: a QR code is at most 177 modules wide).
    @inline(__always)
    private static func append(_ n: Int, to out: inout [UInt8]) {
        if n >= 100 { out.append(UInt8(ascii: "0") &+ UInt8(n / 100)) }
        if n >= 10 { out.append(UInt8(ascii: "0") &+ UInt8(n / 10 % 10)) }
        out.append(UInt8(ascii: "0") &+ UInt8(n % 10))
    }
}
