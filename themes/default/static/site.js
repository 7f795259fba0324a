// gongkai default theme: reading aids and the external-link notice.
// Everything works without this script; it only adds conveniences.
(function () {
  "use strict";
  var root = document.documentElement;
  var modes = ["large-text", "high-contrast"];
  function stored(mode) {
    try { return localStorage.getItem("gongkai-" + mode) === "1"; } catch (e) { return false; }
  }
  function apply(mode, on) {
    root.classList.toggle(mode, on);
    document.querySelectorAll('[data-toggle="' + mode + '"]').forEach(function (b) {
      b.setAttribute("aria-pressed", on ? "true" : "false");
    });
  }
  modes.forEach(function (mode) { if (stored(mode)) { root.classList.add(mode); } });
  document.addEventListener("DOMContentLoaded", function () {
    modes.forEach(function (mode) {
      apply(mode, root.classList.contains(mode));
      document.querySelectorAll('[data-toggle="' + mode + '"]').forEach(function (button) {
        button.addEventListener("click", function () {
          var on = !root.classList.contains(mode);
          apply(mode, on);
          try { localStorage.setItem("gongkai-" + mode, on ? "1" : "0"); } catch (e) { /* private mode */ }
        });
      });
    });
    document.querySelectorAll("[data-print]").forEach(function (button) {
      button.addEventListener("click", function () { window.print(); });
    });
    var notice = document.body.getAttribute("data-external-notice");
    if (notice) {
      document.addEventListener("click", function (event) {
        var link = event.target.closest && event.target.closest("a[href]");
        if (!link || link.host === location.host || !/^https?:$/.test(link.protocol)) { return; }
        if (!window.confirm(notice)) { event.preventDefault(); }
      });
    }
  });
})();
