/// The player of a 视频解读 or 音频解读 (README “解读形式”): `<video>` or `<audio>` over the
/// first video or audio attachment, a `<track>` for each captions file (`.vtt`), and the
/// transcripts linked below it, above the body (the text version).
extension SiteRenderer {
    func mediaValue(_ d: Document) -> TemplateValue {
        guard let form = d.interpretationForm, InterpretationForm.recorded.contains(form) else { return .absent }
        let labels = theme.labels
        let roles = d.attachments.map { ($0, InterpretationForm.role(of: $0)) }
        let captions = roles.filter { $0.1 == .captions }.enumerated().map { n, pair -> TemplateValue in
            ["href": .text(site.urls.href(pair.0.outputPath)), "label": .text(pair.0.title), "isDefault": .bool(n == 0)]
        }
        let transcripts = roles.filter { $0.1 == .transcript }.map { pair -> TemplateValue in
            ["href": .text(site.urls.href(pair.0.outputPath)), "title": .text(pair.0.title)]
        }
        func player(_ role: InterpretationForm.AttachmentRole) -> TemplateValue {
            guard let file = roles.first(where: { $0.1 == role })?.0 else { return .absent }
            return ["href": .text(site.urls.href(file.outputPath)), "title": .text(file.title), "tracks": .list(captions)]
        }
        return [
            "heading": .text(form == InterpretationForm.video ? labels["media_video"] ?? "视频" : labels["media_audio"] ?? "音频"),
            "video": form == InterpretationForm.video ? player(.video) : .absent,
            "audio": form == InterpretationForm.audio ? player(.audio) : .absent,
            "transcripts": .list(transcripts),
        ]
    }
}
