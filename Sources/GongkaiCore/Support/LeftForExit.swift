/// Values a build leaves for the process's exit to reclaim instead of freeing them piece by
/// piece (`BuildOptions.leavesSiteForExit`): the CLI exits right after building, and freeing
/// the documents, the page contexts and the search index's tables ran alone on one core at
/// the end of every build (bench/PERFORMANCE.md).
enum LeftForExit {
    /// Keeps `value` alive until the process exits.
    static func leave<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }

    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }
}
