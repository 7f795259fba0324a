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

    /// 64-bit FNV-1a, for the index version that busts browser caches after a rebuild.
    static func fnv1a64(_ bytes: [UInt8], seed: UInt64 = 0xCBF2_9CE4_8422_2325) -> UInt64 {
        var hash = seed
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
