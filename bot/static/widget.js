// igubot on any site with one tag:
//   <script src="https://bot.example/widget.js" data-lang="ar" data-start="m751_poster" defer></script>
// A floating button opens the chat in an iframe of https://bot.example/?embed=1&lang=..&start=..
// The iframe keeps the host page's CSS and scripts out; nothing loads until the button is used.
// Optional: data-label="..." (the button's text; else it is in data-lang or the page's <html lang>).
// The bot must list the host site in its IGUBOT_FRAME_ANCESTORS setting; a host page CSP needs
// frame-src for the bot's origin.
// The chat in the iframe says "igubot:ready" (postMessage) when it runs. When it does not (the
// bot refused to be framed here, or is unreachable), the widget shows a notice with a link that
// opens the chat in a new tab, and tells the web team in the console which setting to change.
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
  var READY_TIMEOUT = 15000; // ms until a frame that never said "ready" counts as blocked
  var AFTER_LOAD = 2000; // ms after the frame's load event (a blocked frame loads an error page)
  var frame = null;
  var notice = null;
  var ready = false;

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
      frame.addEventListener("load", function () {
        if (!ready) setTimeout(blocked, AFTER_LOAD);
      });
      setTimeout(blocked, READY_TIMEOUT);
      document.body.appendChild(frame);
    }
    var panel = notice || frame;
    panel.hidden = false;
    button.setAttribute("aria-expanded", "true");
    panel.focus();
  }

  function close() {
    if (frame) frame.hidden = true;
    if (notice) notice.hidden = true;
    button.setAttribute("aria-expanded", "false");
    button.focus();
  }

  // The chat did not start in the frame: most often the bot's frame-ancestors policy does not
  // list this site. Replace the empty box by a notice and a link to the chat on its own page.
  function blocked() {
    if (ready || notice) return;
    var here = location.origin;
    console.error(
      "igubot: the chat from " + origin + " could not be shown on " + here + ". The bot " +
      "only lets the sites in its IGUBOT_FRAME_ANCESTORS setting show it in a frame: add " +
      here + " there (e.g. IGUBOT_FRAME_ANCESTORS=" + here + ") and restart the bot. If this " +
      "page has a Content-Security-Policy, it needs frame-src " + origin + "."
    );
    notice = document.createElement("div");
    notice.id = "igubot-notice";
    notice.setAttribute("role", "alert");
    notice.tabIndex = -1;
    var line = document.createElement("p");
    line.textContent = "The chat cannot be shown on this page. Web team: add " + here +
      " to the bot's IGUBOT_FRAME_ANCESTORS setting (details in the browser console).";
    var link = document.createElement("a");
    link.href = origin + "/?" + (function () {
      var q = new URLSearchParams(query); q.delete("embed"); return q.toString();
    })();
    link.target = "_blank";
    link.rel = "noopener";
    link.textContent = "Open the chat in a new tab";
    css(line, { margin: "0 0 12px" });
    css(link, { color: "#1d4ed8", fontWeight: "600" });
    notice.appendChild(line);
    notice.appendChild(link);
    css(notice, {
      position: "fixed", bottom: "84px", insetInlineEnd: "16px", zIndex: "2147483000",
      width: "min(360px, calc(100vw - 32px))", boxSizing: "border-box", padding: "16px",
      border: "2px solid #b91c1c", borderRadius: "12px", background: "#ffffff",
      color: "#18181b", font: "16px/1.4 system-ui, sans-serif",
      boxShadow: "0 8px 30px rgba(0,0,0,.3)",
    });
    notice.hidden = frame.hidden;
    frame.hidden = true;
    document.body.appendChild(notice);
    if (!notice.hidden) notice.focus();
  }

  button.addEventListener("click", function () {
    if (button.getAttribute("aria-expanded") === "true") close(); else open();
  });
  window.addEventListener("message", function (e) {
    if (!frame || e.origin !== origin || e.source !== frame.contentWindow) return;
    if (e.data === "igubot:ready") {
      ready = true;
      frame.setAttribute("data-ready", "true");
      if (notice) { // a slow start after all: the chat takes the notice's place
        frame.hidden = notice.hidden;
        notice.remove();
        notice = null;
      }
    } else if (e.data === "igubot:close") {
      close();
    }
  });
  document.body.appendChild(button);
  window.igubotWidget = { open: open, close: close };
})();
