import CQREncode

/// A QR code of a text (a page's address), made with libqrencode and drawn as inline SVG:
/// one path of unit squares on a white quiet zone, the same bytes for the same text.
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

    /// Error correction level M (15 %); nil when the text does not fit a QR code.
    init?(_ text: String) {
        guard let input = QRinput_new2(0, QR_ECLEVEL_M) else { return nil }
        defer { QRinput_free(input) }
        // The same segmentation QRcode_encodeString uses (8-bit, case-sensitive), then one mask.
        guard Split_splitStringToQRinput(text, input, QR_MODE_8, 1) == 0,
              let code = QRcode_encodeMask(input, Self.mask) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        self.width = width
        // Bit 0 of each byte is the module's colour; the other bits are libqrencode's bookkeeping.
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// An SVG element of the code with a four-module quiet zone; `label` names it for screen readers.
    /// Written as bytes, numbers digit by digit: one code per document page (bench/PERFORMANCE.md).
    func svg(label: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(width * width * 2 + 400)
        let size = width + 8
        out += "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ".utf8
        Self.append(size, to: &out); out.append(UInt8(ascii: " ")); Self.append(size, to: &out)
        out += "\" role=\"img\" aria-label=\"".utf8
        out += XMLText.escape(label).utf8
        out += "\" shape-rendering=\"crispEdges\"><rect width=\"".utf8
        Self.append(size, to: &out)
        out += "\" height=\"".utf8
        Self.append(size, to: &out)
        out += "\" fill=\"#fff\"/><path fill=\"#000\" d=\"".utf8
        modules.withUnsafeBufferPointer { dark in
            for y in 0..<width {
                var x = 0
                while x < width {
                    guard dark[y * width + x] else { x += 1; continue }
                    let start = x
                    while x < width && dark[y * width + x] { x += 1 }
                    out.append(UInt8(ascii: "M")); Self.append(start + 4, to: &out)
                    out.append(UInt8(ascii: " ")); Self.append(y + 4, to: &out)
                    out.append(UInt8(ascii: "h")); Self.append(x - start, to: &out)
                    out.append(UInt8(ascii: "v")); out.append(UInt8(ascii: "1")); out.append(UInt8(ascii: "h")); out.append(UInt8(ascii: "-"))
                    Self.append(x - start, to: &out)
                    out.append(UInt8(ascii: "z"))
                }
            }
        }
        out += "\"/></svg>".utf8
        return String(decoding: out, as: UTF8.self)
    }

    /// The decimal digits of `n` (0…999: a QR code is at most 177 modules wide).
    @inline(__always)
    private static func append(_ n: Int, to out: inout [UInt8]) {
        if n >= 100 { out.append(UInt8(ascii: "0") &+ UInt8(n / 100)) }
        if n >= 10 { out.append(UInt8(ascii: "0") &+ UInt8(n / 10 % 10)) }
        out.append(UInt8(ascii: "0") &+ UInt8(n % 10))
    }
}
