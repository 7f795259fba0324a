/// Where rendered files go: the build hands one to the rendering workers, which write
/// each page job's files as soon as they are rendered, so memory follows the pages in
/// flight. ``OutputWriter`` writes them into its staging folder; tests may keep them.
protocol OutputSink: Sendable {
    /// Takes the files on the calling thread; returns the first failure's message, or nil.
    func receive(_ files: [OutputFile]) -> String?
}

extension OutputWriter: OutputSink {}
