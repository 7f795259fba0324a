// gongkai default theme: reading aids, wide-table scrolling and the external-link notice.
// Every page is complete without this script; it only adds conveniences. It is loaded
// without defer so that a saved 大字/高对比度 mode applies before the first paint.
(function () {
  "use strict";
  var root = document.documentElement;
  var modes = ["large-text", "high-contrast"];

  // html.no-js hides the controls that need this script (the reading aids, 打印本页).
  root.classList.remove("no-js");
  root.classList.add("js");

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

  // Wide tables in document bodies scroll sideways inside their own box instead of
  // widening the page. A box that actually scrolls becomes a named, focusable region so
  // that keyboard users can scroll it with the arrow keys.
  function wrapTables() {
    var label = document.body.getAttribute("data-table-label") || "";
    var wraps = [];
    document.querySelectorAll(".prose table").forEach(function (table) {
      if (table.parentNode.classList && table.parentNode.classList.contains("table-wrap")) { return; }
      var wrap = document.createElement("div");
      wrap.className = "table-wrap";
      table.parentNode.insertBefore(wrap, table);
      wrap.appendChild(table);
      wraps.push(wrap);
    });
    function update() {
      wraps.forEach(function (wrap) {
        if (wrap.scrollWidth > wrap.clientWidth + 1) {
          wrap.setAttribute("tabindex", "0");
          wrap.setAttribute("role", "region");
          var caption = wrap.querySelector("caption");
          wrap.setAttribute("aria-label", caption ? caption.textContent : label);
        } else {
          wrap.removeAttribute("tabindex");
          wrap.removeAttribute("role");
          wrap.removeAttribute("aria-label");
        }
      });
    }
    update();
    window.addEventListener("resize", update);
    return update;
  }

  document.addEventListener("DOMContentLoaded", function () {
    var updateTables = wrapTables();
    modes.forEach(function (mode) {
      apply(mode, root.classList.contains(mode));
      document.querySelectorAll('[data-toggle="' + mode + '"]').forEach(function (button) {
        button.addEventListener("click", function () {
          var on = !root.classList.contains(mode);
          apply(mode, on);
          if (mode === "large-text") { updateTables(); }
          try { localStorage.setItem("gongkai-" + mode, on ? "1" : "0"); } catch (e) { /* private mode */ }
        });
      });
    });
    // 字号 大/中/小 of a document's body, for this visit only.
    var sizeButtons = document.querySelectorAll("[data-font-size]");
    sizeButtons.forEach(function (button) {
      button.addEventListener("click", function () {
        var size = button.getAttribute("data-font-size");
        if (size === "medium") { root.removeAttribute("data-font-size"); } else { root.setAttribute("data-font-size", size); }
        sizeButtons.forEach(function (b) { b.setAttribute("aria-pressed", b === button ? "true" : "false"); });
        updateTables();
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
