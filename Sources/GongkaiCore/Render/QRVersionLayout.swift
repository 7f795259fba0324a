/// Everything of a QR code version at level L with mask 0 that does not depend on the data, made
/// once: the modules with the function patterns drawn and every data module at its masked colour for
/// a 0 bit, and where each bit of each codeword goes.
struct QRVersionLayout: Sendable {
    /// The versions the Swift encoder makes (an address of up to 271 bytes); libqrencode makes larger ones.
    static let supported = 1...10

    /// Data codewords of versions 1…40 at level L (index 0 unused).
    static let dataCodewords: [Int] = [
        0, 19, 34, 55, 80, 108, 136, 156, 194, 232, 274, 324, 370, 428, 461, 523, 589, 647, 721, 795, 861,
        932, 1006, 1094, 1174, 1276, 1370, 1468, 1531, 1631, 1735, 1843, 1955, 2071, 2191, 2306, 2434,
        2566, 2702, 2812, 2956,
    ]

    /// The layouts of the supported versions, index version − 1; made on first use (thread-safe).
    static let all: [QRVersionLayout] = supported.map(QRVersionLayout.init(version:))

    let version: Int
    /// Modules per side.
    let width: Int
    /// ECC codewords of each block.
    let eccPerBlock: Int
    /// Data codewords of each block, the shorter blocks first, as the data stream is cut.
    let blocks: [Int]
    /// Row-major modules: function patterns, format and version information, and each data or
    /// remainder module at mask 0's colour (a 0 bit masked). A 1 bit flips its module.
    let base: [Bool]
    /// Module index of each bit (most significant first) of each codeword: the data codewords in
    /// stream order, then each block's ECC codewords block after block. The interleaving is in here.
    let positions: [Int32]

    var dataCodewords: Int { Self.dataCodewords[version] }

    /// Level L's blocks: ECC codewords per block and each block's data codewords.
    private static let blockTable: [(ecc: Int, blocks: [Int])] = [
        (7, [19]), (10, [34]), (15, [55]), (20, [80]), (26, [108]),
        (18, [68, 68]), (20, [78, 78]), (24, [97, 97]), (30, [116, 116]), (18, [68, 68, 69, 69]),
    ]

    /// Centres of the alignment patterns along each axis.
    private static let alignmentCentres: [[Int]] = [
        [], [6, 18], [6, 22], [6, 26], [6, 30], [6, 34], [6, 22, 38], [6, 24, 42], [6, 26, 46], [6, 28, 50],
    ]

    init(version: Int) {
        let width = 17 + 4 * version
        self.version = version
        self.width = width
        let table = Self.blockTable[version - 1]
        eccPerBlock = table.ecc
        blocks = table.blocks

        var dark = [Bool](repeating: false, count: width * width)
        var function = [Bool](repeating: false, count: width * width)
        func set(_ x: Int, _ y: Int, _ value: Bool) {
            dark[y * width + x] = value
            function[y * width + x] = true
        }
        // Timing patterns, then the finders (with their separators) over their ends.
        for i in 0..<width {
            set(6, i, i % 2 == 0)
            set(i, 6, i % 2 == 0)
        }
        for (cx, cy) in [(3, 3), (width - 4, 3), (3, width - 4)] {
            for dy in -4...4 {
                for dx in -4...4 where (0..<width).contains(cx + dx) && (0..<width).contains(cy + dy) {
                    let ring = max(abs(dx), abs(dy))
                    set(cx + dx, cy + dy, ring != 2 && ring != 4)
                }
            }
        }
        let centres = Self.alignmentCentres[version - 1]
        for (i, cx) in centres.enumerated() {
            for (j, cy) in centres.enumerated() {
                let last = centres.count - 1
                if (i == 0 && j == 0) || (i == 0 && j == last) || (i == last && j == 0) { continue }
                for dy in -2...2 {
                    for dx in -2...2 { set(cx + dx, cy + dy, max(abs(dx), abs(dy)) != 1) }
                }
            }
        }
        // Format information of level L (01) with mask 0, BCH(15,5) and its mask, twice; the dark module.
        let formatData = 0b01 << 3 | 0
        var remainder = formatData
        for _ in 0..<10 { remainder = (remainder << 1) ^ ((remainder >> 9) * 0x537) }
        let format = (formatData << 10 | remainder) ^ 0x5412
        func formatBit(_ i: Int) -> Bool { (format >> i) & 1 == 1 }
        for i in 0...5 { set(8, i, formatBit(i)) }
        set(8, 7, formatBit(6)); set(8, 8, formatBit(7)); set(7, 8, formatBit(8))
        for i in 9..<15 { set(14 - i, 8, formatBit(i)) }
        for i in 0..<8 { set(width - 1 - i, 8, formatBit(i)) }
        for i in 8..<15 { set(8, width - 15 + i, formatBit(i)) }
        set(8, width - 8, true)
        // Version information, BCH(18,6), from version 7.
        if version >= 7 {
            var rem = version
            for _ in 0..<12 { rem = (rem << 1) ^ ((rem >> 11) * 0x1F25) }
            let info = version << 12 | rem
            for i in 0..<18 {
                let bit = (info >> i) & 1 == 1
                set(width - 11 + i % 3, i / 3, bit)
                set(i / 3, width - 11 + i % 3, bit)
            }
        }

        // The zigzag in two-module columns from the bottom right, skipping the vertical timing
        // pattern; data and remainder modules take mask 0's colour.
        var order: [Int32] = []
        order.reserveCapacity(width * width)
        var right = width - 1
        while right >= 1 {
            if right == 6 { right = 5 }
            let upward = (right + 1) & 2 == 0
            for step in 0..<width {
                let y = upward ? width - 1 - step : step
                for x in [right, right - 1] where !function[y * width + x] {
                    order.append(Int32(y * width + x))
                    dark[y * width + x] = (x + y) % 2 == 0
                }
            }
            right -= 2
        }
        base = dark

        // Codeword k of the interleaved sequence fills order[8k..<8k+8]; number the codewords by
        // where they stand in the stream the encoder writes (data in order, then ECC block by block).
        let dataTotal = Self.dataCodewords[version]
        let total = dataTotal + eccPerBlock * blocks.count
        var blockStart = [Int](repeating: 0, count: blocks.count)
        for b in 1..<max(blocks.count, 1) { blockStart[b] = blockStart[b - 1] + blocks[b - 1] }
        var interleaved: [Int] = []
        interleaved.reserveCapacity(total)
        for i in 0..<(blocks.max() ?? 0) {
            for b in blocks.indices where i < blocks[b] { interleaved.append(blockStart[b] + i) }
        }
        for i in 0..<eccPerBlock {
            for b in blocks.indices { interleaved.append(dataTotal + b * eccPerBlock + i) }
        }
        precondition(interleaved.count == total && order.count >= total * 8 && blockStart.last! + blocks.last! == dataTotal)
        var positions = [Int32](repeating: 0, count: total * 8)
        for (k, codeword) in interleaved.enumerated() {
            for bit in 0..<8 { positions[codeword * 8 + bit] = order[k * 8 + bit] }
        }
        self.positions = positions
    }
}
