import CQREncode

/// A QR code of a text (a page's address), made with libqrencode and drawn as inline SVG:
/// one path of unit squares on a white quiet zone, the same bytes for the same text.
struct QRCode: Sendable, Equatable {
    /// Modules per side.
    let width: Int
    /// Row-major, true for a dark module.
    let modules: [Bool]

    /// Error correction level M (15 %); nil when the text does not fit a QR code.
    init?(_ text: String) {
        guard let code = QRcode_encodeString(text, 0, QR_ECLEVEL_M, QR_MODE_8, 1) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        self.width = width
        // Bit 0 of each byte is the module's colour; the other bits are libqrencode's bookkeeping.
        modules = (0..<(width * width)).map { code.pointee.data[$0] & 1 == 1 }
    }

    /// An SVG element of the code with a four-module quiet zone; `label` names it for screen readers.
    func svg(label: String) -> String {
        let size = width + 8
        var path = ""
        for y in 0..<width {
            var x = 0
            while x < width {
                guard modules[y * width + x] else { x += 1; continue }
                let start = x
                while x < width && modules[y * width + x] { x += 1 }
                path += "M\(start + 4) \(y + 4)h\(x - start)v1h-\(x - start)z"
            }
        }
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(size) \(size)\" role=\"img\" aria-label=\"\(XMLText.escape(label))\" shape-rendering=\"crispEdges\">"
            + "<rect width=\"\(size)\" height=\"\(size)\" fill=\"#fff\"/><path fill=\"#000\" d=\"\(path)\"/></svg>"
    }
}
