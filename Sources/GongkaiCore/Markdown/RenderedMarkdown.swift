/// What one Markdown body turns into.
public struct RenderedMarkdown: Sendable {
    /// A heading of the body, with the `id` written on it (empty when heading ids are off).
    public struct Heading: Sendable, Hashable {
        public var level: Int
        public var text: String
        public var id: String

        public init(level: Int, text: String, id: String) {
            self.level = level
            self.text = text
            self.id = id
        }
    }

    /// A link or image destination as the editor wrote it.
    public struct Link: Sendable, Hashable {
        public var url: String
        public var isImage: Bool
        /// 1-based line and column inside the Markdown body (not the whole file); the
        /// column counts UTF-8 bytes, as cmark does.
        public var line: Int
        public var column: Int
        /// The link's text, or the image's alt text, without markup.
        public var text: String

        public init(url: String, isImage: Bool, line: Int, column: Int, text: String = "") {
            self.url = url
            self.isImage = isImage
            self.line = line
            self.column = column
            self.text = text
        }
    }

    /// Something in the body that could not be rendered as meant, such as a `csv` block
    /// that is not valid CSV (it is shown as code instead).
    /// A problem in the body that rendering worked around; the document's renderer reports
    /// it as a warning at the document's line.
    public struct Problem: Sendable, Hashable {
        /// 1-based line and column (in bytes, as cmark counts) inside the Markdown body.
        public var line: Int
        public var column: Int
        /// A stable identifier such as `markdown.csv`.
        public var id: String
        public var message: String
        public var hint: String?

        public init(line: Int, column: Int, id: String, message: String, hint: String? = nil) {
            self.line = line
            self.column = column
            self.id = id
            self.message = message
            self.hint = hint
        }
    }

    /// The HTML as cmark wrote it, as UTF-8; pages copy these bytes as they are.
    public var htmlBytes: [UInt8]
    public var html: String { String(decoding: htmlBytes, as: UTF8.self) }
    /// The text of the body without markup, as UTF-8, for search.
    var plainTextBytes: [UInt8]
    /// The text of the body without markup.
    public var plainText: String { String(decoding: plainTextBytes, as: UTF8.self) }
    /// The text of the first paragraph, for the default summary.
    public var firstParagraph: String
    public var headings: [Heading]
    /// Every link and image destination as written by the editor, before rewriting.
    public var links: [Link]
    /// The `##` and `###` headings, in order, when the body has at least
    /// `MarkdownOptions.tableOfContentsMinimumSections` `##` headings (more than three by
    /// default); empty otherwise. Link to them with `"#" + id`.
    public var tableOfContents: [Heading]
    /// True when `tableOfContents` is not empty: the theme shows it at the top of the page.
    public var hasTableOfContents: Bool
    /// Problems found while rendering, in source order.
    public var problems: [Problem]
    /// True when the body has text of its own: outside images' alt texts and outside links
    /// to PDF or image files (a 图解 needs a text version; a scan alone is not readable).
    public var hasTextOutsideImages = false
    /// Where each of `headings` starts (1-based line and byte column inside the body).
    public var headingPositions: [(line: Int, column: Int)] = []

    public init(html: String, plainText: String, firstParagraph: String, headings: [Heading], links: [Link],
                tableOfContents: [Heading] = [], problems: [Problem] = []) {
        self.init(htmlBytes: Array(html.utf8), plainTextBytes: Array(plainText.utf8), firstParagraph: firstParagraph, headings: headings,
                  links: links, tableOfContents: tableOfContents, problems: problems)
    }

    init(htmlBytes: [UInt8], plainTextBytes: [UInt8], firstParagraph: String, headings: [Heading], links: [Link],
         tableOfContents: [Heading] = [], problems: [Problem] = []) {
        self.htmlBytes = htmlBytes
        self.plainTextBytes = plainTextBytes
        self.firstParagraph = firstParagraph
        self.headings = headings
        self.links = links
        self.tableOfContents = tableOfContents
        self.hasTableOfContents = !tableOfContents.isEmpty
        self.problems = problems
    }
}
