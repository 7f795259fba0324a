/// Bytes read by offset: the buffers and the plain pointers (C strings from cmark) that
/// the byte-level scanners walk. `UTF8Scalars` is generic over it so that each caller's
/// loop compiles to the same code as a decoder written out by hand for its buffer.
protocol UTF8Bytes {
    /// The byte at `offset`, unchecked in release builds as the types' subscripts are.
    func byte(_ offset: Int) -> UInt8
}

extension UnsafeBufferPointer: UTF8Bytes where Element == UInt8 {
    @inline(__always)
    func byte(_ offset: Int) -> UInt8 { self[offset] }
}

extension UnsafePointer: UTF8Bytes where Pointee == UInt8 {
    @inline(__always)
    func byte(_ offset: Int) -> UInt8 { self[offset] }
}
