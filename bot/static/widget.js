// igubot on any site with one tag:
//   <script src="https://bot.example/widget.js" data-lang="ar" data-start="m751_poster" defer></script>
// A floating button opens the chat in an iframe of https://bot.example/?embed=1&lang=..&start=..
// The iframe keeps the host page's CSS and scripts out; nothing loads until the button is used.
// Optional: data-label="..." (the button's text; else it is in data-lang or the page's <html lang>).
// The bot must list the host site in its frame_ancestors setting; a host page CSP needs frame-src
// for the bot's origin.
(function () {
  "use strict";
  var script = document.currentScript;
  if (!script || window.igubotWidget) return;
  var origin = new URL(script.src, location.href).origin;
  var query = new URLSearchParams({ embed: "1" });
  if (script.getAttribute("data-lang")) query.set("lang", script.getAttribute("data-lang"));
  if (script.getAttribute("data-start")) query.set("start", script.getAttribute("data-start"));
  var label = buttonLabel();
  // The button's text: data-label, else web-widget-button (locales/*/web.ftl; the server writes
  // every locale's into LABELS) in data-lang, else in the page's <html lang>, else in English.
  function buttonLabel() {
    var LABELS = {};
    var own = script.getAttribute("data-label");
    if (own) return own;
    var tag = (script.getAttribute("data-lang") || document.documentElement.lang || "").toLowerCase();
    return LABELS[tag] || LABELS[tag.split("-")[0]] || LABELS.en || "";
  }
  var SVG = "http://www.w3.org/2000/svg";
  var frame = null;

  function css(node, styles) {
    // element.style (CSSOM) is allowed under a CSP without 'unsafe-inline'
    Object.keys(styles).forEach(function (k) { node.style[k] = styles[k]; });
  }

  var button = document.createElement("button");
  button.type = "button";
  button.id = "igubot-button";
  button.setAttribute("aria-expanded", "false");
  button.setAttribute("aria-controls", "igubot-frame");
  var icon = document.createElementNS(SVG, "svg");
  icon.setAttribute("viewBox", "0 0 24 24");
  icon.setAttribute("width", "24");
  icon.setAttribute("height", "24");
  icon.setAttribute("aria-hidden", "true");
  icon.setAttribute("focusable", "false");
  var path = document.createElementNS(SVG, "path");
  path.setAttribute("d", "M4 5h16v11H9l-5 4z");
  path.setAttribute("fill", "none");
  path.setAttribute("stroke", "currentColor");
  path.setAttribute("stroke-width", "2");
  path.setAttribute("stroke-linejoin", "round");
  icon.appendChild(path);
  var text = document.createElement("span");
  text.textContent = label;
  button.appendChild(icon);
  button.appendChild(text);
  css(button, {
    position: "fixed", bottom: "16px", insetInlineEnd: "16px", zIndex: "2147483000",
    display: "inline-flex", alignItems: "center", gap: "8px",
    minWidth: "56px", minHeight: "56px", padding: "0 18px", border: "0", borderRadius: "28px",
    background: "#1d4ed8", color: "#ffffff", font: "600 16px/1.2 system-ui, sans-serif",
    boxShadow: "0 4px 14px rgba(0,0,0,.3)", cursor: "pointer",
  });

  function open() {
    if (!frame) {
      frame = document.createElement("iframe");
      frame.id = "igubot-frame";
      frame.title = label;
      frame.src = origin + "/?" + query.toString();
      frame.referrerPolicy = "no-referrer";
      css(frame, {
        position: "fixed", bottom: "84px", insetInlineEnd: "16px", zIndex: "2147483000",
        width: "min(400px, calc(100vw - 32px))", height: "min(640px, calc(100vh - 104px))",
        border: "1px solid #71717a", borderRadius: "12px", background: "#ffffff",
        boxShadow: "0 8px 30px rgba(0,0,0,.3)",
      });
      document.body.appendChild(frame);
    }
    frame.hidden = false;
    button.setAttribute("aria-expanded", "true");
    frame.focus();
  }

  function close() {
    if (frame) frame.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }

  button.addEventListener("click", function () {
    if (frame && !frame.hidden) close(); else open();
  });
  window.addEventListener("message", function (e) {
    if (frame && e.origin === origin && e.source === frame.contentWindow && e.data === "igubot:close") {
      close();
    }
  });
  document.body.appendChild(button);
  window.igubotWidget = { open: open, close: close };
})();
