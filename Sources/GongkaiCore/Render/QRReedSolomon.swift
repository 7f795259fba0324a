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

    /// For each ECC length n up to 30 (the most any version uses at level L), the logarithms of the
    /// generator polynomial ∏(x − αⁱ), i < n, without its leading 1, highest degree first.
    static let generatorLogs: [[Int]] = (0...30).map { n in
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

    /// Writes the `ecc.count` ECC codewords of `data` into `ecc`.
    static func encode(_ data: UnsafeBufferPointer<UInt8>, into ecc: UnsafeMutableBufferPointer<UInt8>) {
        let n = ecc.count
        generatorLogs[n].withUnsafeBufferPointer { generator in
            antilog.withUnsafeBufferPointer { exp in
                logarithm.withUnsafeBufferPointer { log in
                    for j in 0..<n { ecc[j] = 0 }
                    for byte in data {
                        let factor = byte ^ ecc[0]
                        if factor == 0 {
                            for j in 0..<(n - 1) { ecc[j] = ecc[j + 1] }
                            ecc[n - 1] = 0
                        } else {
                            let l = log[Int(factor)]
                            for j in 0..<(n - 1) { ecc[j] = ecc[j + 1] ^ exp[l + generator[j]] }
                            ecc[n - 1] = exp[l + generator[n - 1]]
                        }
                    }
                }
            }
        }
    }
}
