/// The hash that puts a term into its shard: 32-bit FNV-1a over the term's UTF-8 bytes.
/// `search.js` computes the same with `Math.imul`, so the browser asks for exactly the
/// shards that hold its terms.
enum SearchHash {
    static func fnv1a32<S: Sequence<UInt8>>(_ bytes: S) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in bytes {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return hash
    }

    /// A shard file's 64-bit fingerprint, from which the index version is made
    /// (`SearchShardWriter.digest`): every shard of a build is fingerprinted (some 150 MB at
    /// 10,000 documents), and FNV-1a's multiplication a byte was 1.3 % of a build; this takes
    /// sixteen bytes a round (`ContentDigest`). Only a change of the version is needed (it busts
    /// browser caches), so any digest that changes with any byte will do.
    static func shard(_ bytes: [UInt8]) -> UInt64 {
        var digest = ContentDigest()
        digest.add(bytes)
        return digest.word
    }

    /// 64-bit FNV-1a, for the index version that busts browser caches after a rebuild.
    /// Sixteen bytes a round: the portal's merge hashes every shard it writes (some 100 MB
    /// for a 20,000-document group), and the byte loop's count and test were a fifth of its
    /// instructions (bench/PERFORMANCE.md).
    static func fnv1a64(_ bytes: [UInt8], seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            let prime: UInt64 = 0x0000_0100_0000_01B3
            var hash = seed
            guard var p = buffer.baseAddress else { return hash }
            let end = p + buffer.count
            while end - p >= 16 {
                hash = (hash ^ UInt64(p[0])) &* prime
                hash = (hash ^ UInt64(p[1])) &* prime
                hash = (hash ^ UInt64(p[2])) &* prime
                hash = (hash ^ UInt64(p[3])) &* prime
                hash = (hash ^ UInt64(p[4])) &* prime
                hash = (hash ^ UInt64(p[5])) &* prime
                hash = (hash ^ UInt64(p[6])) &* prime
                hash = (hash ^ UInt64(p[7])) &* prime
                hash = (hash ^ UInt64(p[8])) &* prime
                hash = (hash ^ UInt64(p[9])) &* prime
                hash = (hash ^ UInt64(p[10])) &* prime
                hash = (hash ^ UInt64(p[11])) &* prime
                hash = (hash ^ UInt64(p[12])) &* prime
                hash = (hash ^ UInt64(p[13])) &* prime
                hash = (hash ^ UInt64(p[14])) &* prime
                hash = (hash ^ UInt64(p[15])) &* prime
                p += 16
            }
            while p < end {
                hash = (hash ^ UInt64(p.pointee)) &* prime
                p += 1
            }
            return hash
        }
    }
}
