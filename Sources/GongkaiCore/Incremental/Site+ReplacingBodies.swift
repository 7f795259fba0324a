/// `SiteSession`'s shortcut past `SiteResolver` when documents were read again but differ
/// from their reading in the kept site in nothing but their bodies.
extension Site {
    /// This site with `replacements` (new readings by source path) in place of the
    /// documents they were read from, everything else as resolved before: resolving does not
    /// read bodies, so a clean resolve of the same files gives the same site. Nil when a
    /// replacement differs from the document it replaces in more than its body
    /// (``AffectedPages/differsInBodyAlone(_:_:)``), or when a
    /// replaced document is held where this shortcut does not reach (a node introduction, a
    /// duplicate URL or 索引号, an interpretation of a left-out document): then the session
    /// resolves the whole site.
    func replacingBodies(_ replacements: [String: Document]) -> Site? {
        guard !replacements.isEmpty else { return self }
        let paths = Set(replacements.keys)
        guard !nodeIntroductions.values.contains(where: { paths.contains($0.sourcePath) }),
              !duplicateOutputPaths.contains(where: { paths.contains($0.document.sourcePath) }),
              !duplicateIndexNumbers.contains(where: { paths.contains($0.first.sourcePath) || paths.contains($0.second.sourcePath) }),
              !unresolvedInterpretations.contains(where: { entry in
                  if case .leftOut(let excluded) = entry.reason { return paths.contains(excluded.sourcePath) }
                  return false
              })
        else { return nil }
        var found = 0, bodiesAlone = true
        func replaced(_ document: Document) -> Document {
            guard let new = replacements[document.sourcePath] else { return document }
            found += 1
            if !AffectedPages.differsInBodyAlone(document, new) { bodiesAlone = false }
            return new
        }
        let documents = self.documents.map(replaced)
        let drafts = self.drafts.map(replaced)
        let future = futureDocuments.map(replaced)
        let withdrawn = self.withdrawn.map { entry in
            WithdrawnDocument(document: replaced(entry.document), outputPath: entry.outputPath, end: entry.end)
        }
        // A document of none of these lists (a file that failed to parse before) is resolved anew.
        guard found == replacements.count, bodiesAlone else { return nil }
        return Site(
            config: config, urls: urls, today: today, documents: documents, nodeIntroductions: nodeIntroductions,
            documentsByNode: documentsByNode, outputPaths: outputPaths, interpretations: interpretations,
            interpretedDocuments: interpretedDocuments, outputPathBySource: outputPathBySource, assets: assets,
            drafts: drafts, futureDocuments: future, documentsInTree: documentsInTree,
            duplicateOutputPaths: duplicateOutputPaths, duplicateIndexNumbers: duplicateIndexNumbers,
            unresolvedInterpretations: unresolvedInterpretations, documentIndexByNumber: documentIndexByNumber,
            relations: relations, withdrawn: withdrawn, consultationLinks: consultationLinks,
            otherMembersInterpreted: otherMembersInterpreted, otherMembersInterpretations: otherMembersInterpretations, inGroup: inGroup
        )
    }
}
