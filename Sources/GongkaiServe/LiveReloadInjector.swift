import Foundation

/// Adds the live-reload script (and, after a failed build, the error overlay) to pages as
/// `gongkai serve` sends them. Only served pages get it: the files on disk, and everything
/// `gongkai build` writes, never do.
public enum LiveReloadInjector {
    /// The server-sent-events path the script listens on.
    public static let eventsPath = "/__gongkai/events"
    /// The id of the overlay element shown after a failed build.
    public static let overlayID = "gongkai-serve-overlay"

    /// The page with the snippet inserted before the last `</body>` (or at the end).
    public static func inject(into html: String, generation: Int, failure: String?) -> String {
        let snippet = self.snippet(generation: generation, failure: failure)
        if let range = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            return html.replacingCharacters(in: range, with: snippet + "</body>")
        }
        return html + snippet
    }

    static func snippet(generation: Int, failure: String?) -> String {
        var out = ""
        let title = overlayTitle(hasGoodBuild: generation > 0)
        if let failure { out += overlay(failure, title: title) }
        out += """
        <script>/* gongkai serve：预览时自动刷新，gongkai build 的输出中没有这段 */
        (function () {
          var generation = \(generation);
          var source = new EventSource("\(eventsPath)");
          source.addEventListener("hello", function (e) { if (Number(e.data) !== generation) location.reload(); });
          source.addEventListener("reload", function () { location.reload(); });
          source.addEventListener("build-error", function (e) {
            var box = document.getElementById("\(overlayID)");
            if (!box) {
              box = document.createElement("div");
              box.id = "\(overlayID)";
              box.setAttribute("role", "alert");
              box.setAttribute("style", "\(overlayStyle)");
              document.body.appendChild(box);
            }
            box.innerHTML = "<strong>\(title)</strong><pre style=\\"white-space:pre-wrap;margin:.5em 0 0\\"></pre>";
            box.querySelector("pre").textContent = e.data;
          });
        })();
        </script>

        """
        return out
    }

    /// The overlay's first line. Generation 0 is the error page shown before any build
    /// succeeded: there is no earlier page to speak of.
    static func overlayTitle(hasGoodBuild: Bool) -> String {
        hasGoodBuild
            ? "gongkai serve：构建失败，仍在显示上一次成功构建的页面。改正后会自动刷新。"
            : "gongkai serve：构建失败，网站还没有成功构建过。改正后会自动刷新。"
    }
    static let overlayStyle = "position:fixed;left:0;right:0;bottom:0;max-height:50%;overflow:auto;z-index:99999;background:#fff4f4;color:#8a1010;border-top:4px solid #c00;padding:1em;font:15px/1.5 monospace"

    static func overlay(_ failure: String, title: String) -> String {
        "<div id=\"\(overlayID)\" role=\"alert\" style=\"\(overlayStyle)\"><strong>\(title)</strong><pre style=\"white-space:pre-wrap;margin:.5em 0 0\">\(escape(failure))</pre></div>\n"
    }

    /// A page for when no build has succeeded yet.
    static func errorPage(_ failure: String) -> String {
        "<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>构建失败 - gongkai serve</title></head><body><h1>网站还没有成功构建过</h1><p>还没有可以预览的页面。请改正下面的错误，保存后页面会自动刷新。</p></body></html>\n"
    }

    static func escape(_ text: String) -> String {
        var out = ""
        for ch in text {
            switch ch {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(ch)
            }
        }
        return out
    }
}
