/// Reed–Solomon error correction codewords of QR codes over GF(256) (polynomial x⁸+x⁴+x³+x²+1),
/// with log/antilog tables and the generator polynomial of each ECC length computed once.
enum QRReedSolomon {
    /// α^i for i in 0..<512 (doubled so a sum of two logarithms needs no modulo).
    static let antilog: [UInt8] = {
        var table = [UInt8](repeating: 0, count: 512)
        var x = 1
        for i in 0..<255 {
            table[i] = UInt8(x)
            table[i + 255] = UInt8(x)
            x <<= 1
            if x & 0x100 != 0 { x ^= 0x11D }
        }
        table[510] = table[0]; table[511] = table[1]
        return table
    }()

    /// log_α of 1…255 (index 0 unused).
    static let logarithm: [Int] = {
        var table = [Int](repeating: 0, count: 256)
        for i in 0..<255 { table[Int(antilog[i])] = i }
        return table
    }()

    /// The ECC lengths per block of versions 1–10 at level L (`QRVersionLayout`).
    static let lengths: Set<Int> = [7, 10, 15, 18, 20, 24, 26, 30]

    /// For each ECC length n in `lengths` (index n; empty for the others), the logarithms of the
    /// generator polynomial ∏(x − αⁱ), i < n, without its leading 1, highest degree first.
    static let generatorLogs: [[Int]] = (0...30).map { n in
        guard lengths.contains(n) else { return [] }
        var poly: [UInt8] = [1]   // highest degree first
        for i in 0..<n {
            var next = [UInt8](repeating: 0, count: poly.count + 1)
            for (j, c) in poly.enumerated() {
                next[j] ^= c
                if c != 0 { next[j + 1] ^= antilog[logarithm[Int(c)] + i] }
            }
            poly = next
        }
        // Every coefficient of these generators is non-zero, so each has a logarithm.
        precondition(poly.dropFirst().allSatisfy { $0 != 0 })
        return poly.dropFirst().map { logarithm[Int($0)] }
    }

    /// Bytes per row of `products`: the ECC length rounded up to whole 8-byte words.
    static func stride(_ n: Int) -> Int { (n + 7) & ~7 }

    /// For each ECC length n, the products of every byte value f with the generator's coefficients:
    /// row f (`stride(n)` bytes from f × stride(n), zero-padded) is what a leading coefficient f adds
    /// to the n codewords after it (row 0 all zeros). Built from the log/antilog tables; 8 KiB at n = 30.
    static let products: [[UInt8]] = generatorLogs.map { generator in
        let n = generator.count, stride = stride(n)
        var table = [UInt8](repeating: 0, count: 256 * stride)
        for factor in 1..<256 where n > 0 {
            let l = logarithm[factor]
            for j in 0..<n { table[factor * stride + j] = antilog[l + generator[j]] }
        }
        return table
    }

    /// Writes the `ecc.count` ECC codewords of `data` into `ecc`: the remainder of data·x^n divided by
    /// the generator, by long division over the data followed by n zeros, eight bytes at a time.
    static func encode(_ data: UnsafeBufferPointer<UInt8>, into ecc: UnsafeMutableBufferPointer<UInt8>) {
        let n = ecc.count, stride = stride(n), count = data.count
        precondition(lengths.contains(n))
        products[n].withUnsafeBytes { products in
            withUnsafeTemporaryAllocation(byteCount: count + stride, alignment: 8) { buffer in
                buffer.initializeMemory(as: UInt8.self, repeating: 0)
                buffer.copyMemory(from: UnsafeRawBufferPointer(data))
                for i in 0..<count {
                    let factor = Int(buffer[i])
                    if factor == 0 { continue }
                    var j = 0
                    while j < stride {
                        let word = buffer.loadUnaligned(fromByteOffset: i + 1 + j, as: UInt64.self)
                            ^ products.loadUnaligned(fromByteOffset: factor * stride + j, as: UInt64.self)
                        buffer.storeBytes(of: word, toByteOffset: i + 1 + j, as: UInt64.self)
                        j += 8
                    }
                }
                for j in 0..<n { ecc[j] = buffer[count + j] }
            }
        }
    }
}
