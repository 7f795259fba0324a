extension String {
    /// The text cut to `limit` characters with `…`, for quoting editors' values in messages.
    func shortened(to limit: Int = 40) -> String {
        count <= limit ? self : String(prefix(limit)) + "…"
    }
}
