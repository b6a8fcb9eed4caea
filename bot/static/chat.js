// The igubot chat page over POST /api/v1/chat (contract: docs/contracts.md "Web chat API").
// Plain JS, no build step, no third-party requests. The session token and a short transcript
// (the last MAX_ITEMS messages) live in sessionStorage: a reload shows the conversation where it
// was without asking the server, but nothing outlives the tab, so the next person at a shared
// (library, school) computer finds nothing; an idle hour expires it too, and "End and clear"
// drops it at once. Served in the widget's iframe as /?embed=1&lang=..&start=..
"use strict";
(function () {
  var API = "/api/v1/chat";
  var STORE = "igubot:chat:v2";
  var OLD_STORE = "igubot:chat:v1"; // localStorage, for 30 days, before: removed on sight
  var MAX_ITEMS = 50;
  var MAX_AGE_MS = 3600 * 1000; // an hour without a turn: the next person's, perhaps
  var FORGOTTEN = "privacy-forget-done"; // after /forget nothing is kept on this device either
  var INPUTS = {
    phone: { type: "tel", mode: "tel", auto: "tel" },
    email: { type: "email", mode: "email", auto: "email" },
    age: { type: "text", mode: "numeric", auto: "off" },
    number: { type: "text", mode: "numeric", auto: "off" },
    municipality: { type: "text", mode: "text", auto: "address-level2" },
  };

  var root = document.documentElement;
  var log = document.getElementById("log");
  var form = document.getElementById("form");
  var input = document.getElementById("text");
  var statusBox = document.getElementById("status");
  var langBtn = document.getElementById("lang-btn");
  var closeBtn = document.getElementById("close-btn");
  var endBtn = document.getElementById("end-btn");
  var params = new URLSearchParams(location.search);
  var embed = params.get("embed") === "1";
  var ui = {};
  try { ui = JSON.parse(document.body.getAttribute("data-ui") || "{}"); } catch (e) { ui = {}; }

  var state = load() || { session: null, lang: null, dir: null, start: null, items: [], last: [] };
  var busy = false;
  var lastBody = null;
  var typing = null;

  function load() {
    try { localStorage.removeItem(OLD_STORE); } catch (e) { /* storage blocked */ }
    try {
      var s = JSON.parse(sessionStorage.getItem(STORE) || "null");
      if (s && Array.isArray(s.items) && Array.isArray(s.last) && Date.now() - s.saved < MAX_AGE_MS) {
        return s;
      }
      sessionStorage.removeItem(STORE);
    } catch (e) { /* storage blocked or corrupt: start afresh */ }
    return null;
  }

  function save() {
    state.items = state.items.slice(-MAX_ITEMS);
    state.saved = Date.now();
    try { sessionStorage.setItem(STORE, JSON.stringify(state)); } catch (e) { /* private mode */ }
  }

  function forget() {
    state = { session: null, lang: state.lang, dir: state.dir, start: null, items: [], last: [] };
    try { sessionStorage.removeItem(STORE); } catch (e) { /* nothing stored */ }
  }

  // "End and clear": nothing of this conversation stays on the page, the device or the server
  // (/end), and the next person starts a new one.
  function endAndClear() {
    if (busy) return;
    if (state.session) {
      // the server drops the conversation too (its answers; leads stored from it stay)
      fetch(API, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ session: state.session, text: "/end" }),
        credentials: "omit",
        cache: "no-store",
        keepalive: true,
      }).catch(function () { /* offline: the server forgets it with retention */ });
    }
    forget();
    state.lang = null;
    state.dir = null;
    lastBody = null;
    log.textContent = "";
    input.value = "";
    send({ start: "" }, null, false);
    statusBox.appendChild(el("p", null, t("cleared"))); // after send(), which empties the box
  }

  // The page's own texts in the conversation's language, else in English.
  function own(key) {
    var texts = ui[state.lang || root.lang] || {};
    return texts[key];
  }

  function t(key) {
    return own(key) || (ui.en || {})[key] || "";
  }

  function applyLanguage(lang, dir) {
    if (lang) root.lang = lang;
    if (dir === "rtl" || dir === "ltr") root.dir = dir;
    var nodes = document.querySelectorAll("[data-ui-text]");
    for (var i = 0; i < nodes.length; i++) {
      var key = nodes[i].getAttribute("data-ui-text");
      nodes[i].textContent = t(key);
      // an English stand-in is marked as English, so a screen reader reads it as English
      if (own(key) || root.lang === "en") nodes[i].removeAttribute("lang");
      else nodes[i].lang = "en";
    }
    document.title = t("title");
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text != null) node.textContent = text;
    return node;
  }

  // A message from the person: their own words, isolated from the page's direction.
  function addMine(text) {
    var box = el("div", "msg me");
    box.appendChild(el("span", "sr-only", t("you") + " "));
    box.appendChild(el("bdi", null, text));
    log.appendChild(box);
    return box;
  }

  function addBot(m, active) {
    var box = el("div", "msg bot");
    box.setAttribute("data-id", m.id);
    // each bubble keeps the language it was said in: a switch of language later on must not
    // turn an earlier English bubble right-to-left
    if (m.lang) box.lang = m.lang;
    if (m.dir) box.dir = m.dir;
    box.appendChild(el("p", null, m.text));
    if (active && m.choices && m.choices.length) {
      var isLang = m.id === "language-choose" || (m.input && m.input.type === "language");
      var group = el("div", isLang ? "choices langs" : "choices");
      m.choices.forEach(function (c) {
        var b = el("button", null, c.label);
        b.type = "button";
        b.setAttribute("data-value", c.value);
        if (isLang) { b.lang = c.value; b.dir = "auto"; }
        b.addEventListener("click", function () { choose(c); });
        group.appendChild(b);
      });
      box.appendChild(group);
    }
    log.appendChild(box);
    return box;
  }

  function dropChoices() {
    var groups = log.querySelectorAll(".choices");
    for (var i = 0; i < groups.length; i++) groups[i].remove();
  }

  // The text field follows what the last message waits for.
  function setInput(last) {
    var spec = last && last.input;
    var buttonsOnly = !!last && last.choices.length > 0 && (!spec || spec.type === "language");
    form.classList.toggle("quiet", buttonsOnly);
    var kind = (spec && INPUTS[spec.type]) || { type: "text", mode: "text", auto: "off" };
    input.type = kind.type;
    input.inputMode = kind.mode;
    input.autocomplete = kind.auto;
  }

  // Show the new messages: all of them when they fit, else from the start of the first.
  function scrollTo(first) {
    if (!first) return;
    var fits = log.scrollHeight - first.offsetTop <= log.clientHeight;
    log.scrollTop = fits ? log.scrollHeight : first.offsetTop - 8;
  }

  // Focus goes to the first live button, else back to the text field.
  function focusNext() {
    (log.querySelector(".choices button") || input).focus({ preventScroll: true });
  }

  function setBusy(on) {
    busy = on;
    log.setAttribute("aria-busy", on ? "true" : "false");
    var buttons = log.querySelectorAll(".choices button");
    for (var i = 0; i < buttons.length; i++) {
      if (on) buttons[i].setAttribute("aria-disabled", "true");
      else buttons[i].removeAttribute("aria-disabled");
    }
    if (on && !typing) {
      typing = el("div", "msg bot typing");
      var dots = el("span", "dots");
      dots.setAttribute("aria-hidden", "true");
      dots.appendChild(el("i")); dots.appendChild(el("i")); dots.appendChild(el("i"));
      typing.appendChild(dots);
      typing.appendChild(el("span", "sr-only", t("typing")));
      log.appendChild(typing);
      log.scrollTop = log.scrollHeight;
    } else if (!on && typing) {
      typing.remove();
      typing = null;
    }
  }

  function showError(key, retry) {
    statusBox.textContent = "";
    statusBox.appendChild(el("p", null, t(key)));
    if (retry) {
      var b = el("button", null, t("retry"));
      b.type = "button";
      b.id = "retry";
      b.addEventListener("click", function () {
        if (lastBody && !busy) send(lastBody.body, lastBody.mine, lastBody.fromInput);
      });
      statusBox.appendChild(b);
      b.focus({ preventScroll: true });
    }
  }

  function render(data, focus) {
    state.session = data.session;
    state.lang = data.lang;
    state.dir = data.dir;
    applyLanguage(data.lang, data.dir);
    dropChoices();
    var first = null;
    data.messages.forEach(function (m, i) {
      m.lang = data.lang;
      m.dir = data.dir;
      var box = addBot(m, i === data.messages.length - 1 || m.choices.length > 0);
      first = first || box;
      state.items.push({ who: "bot", id: m.id, text: m.text, lang: data.lang, dir: data.dir });
    });
    state.last = data.messages.filter(function (m) { return m.choices.length || m.input; });
    setInput(data.messages[data.messages.length - 1]);
    if (data.messages.some(function (m) { return m.id === FORGOTTEN; })) forget();
    else save();
    scrollTo(first);
    if (focus) focusNext();
  }

  // One turn. `mine` is what the person sees as their message; `fromInput` keeps the typed text
  // in the field until the server has it (nothing is lost when the network fails).
  function send(body, mine, fromInput, focus) {
    if (busy) return;
    statusBox.textContent = "";
    lastBody = { body: body, mine: mine, fromInput: fromInput };
    var bubble = mine ? addMine(mine) : null;
    if (bubble) bubble.classList.add("pending");
    setBusy(true);
    var payload = { session: state.session };
    Object.keys(body).forEach(function (k) { payload[k] = body[k]; });
    fetch(API, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(payload),
      credentials: "omit",
      cache: "no-store",
    }).then(function (res) {
      return res.json().then(
        function (data) { return { res: res, data: data }; },
        function () { return { res: res, data: null }; }
      );
    }).then(function (r) {
      setBusy(false);
      if (!r.res.ok || !r.data || !Array.isArray(r.data.messages)) {
        if (bubble) bubble.remove();
        if (r.res.status === 413) showError("too-long", false);
        else showError(r.res.status === 429 ? "busy" : "offline", true);
        return;
      }
      if (bubble) {
        bubble.classList.remove("pending");
        state.items.push({ who: "me", text: mine });
      }
      if (fromInput && input.value === mine) input.value = "";
      lastBody = null;
      render(r.data, focus !== false);
    }).catch(function () {
      setBusy(false);
      if (bubble) bubble.remove();
      showError("offline", true);
    });
  }

  function choose(c) {
    if (busy) return;
    send({ choice: c.value }, c.label, false);
  }

  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var text = input.value.trim();
    if (!text || busy) return;
    send({ text: text }, text, true);
  });

  langBtn.addEventListener("click", function () { send({ text: "/language" }, null, false); });
  endBtn.addEventListener("click", endAndClear);

  function closeWidget() {
    if (embed && window.parent !== window) window.parent.postMessage("igubot:close", "*");
  }
  if (embed) {
    // widget.js waits for this; without it, it shows a notice instead of an empty frame
    if (window.parent !== window) window.parent.postMessage("igubot:ready", "*");
    closeBtn.hidden = false;
    closeBtn.addEventListener("click", closeWidget);
    document.addEventListener("keydown", function (e) { if (e.key === "Escape") closeWidget(); });
  }

  // Start: re-render the stored conversation, or begin a new one.
  var start = params.get("start") || "";
  var wanted = params.get("lang");
  if (state.session && state.items.length) {
    applyLanguage(state.lang, state.dir);
    state.items.forEach(function (item) {
      if (item.who === "me") addMine(item.text); else addBot(item, false);
    });
    // the last reply's buttons and text field are live again
    var waiting = state.last[state.last.length - 1] || null;
    var bots = log.querySelectorAll(".msg.bot");
    var tail = bots[bots.length - 1];
    if (waiting && tail && tail.getAttribute("data-id") === waiting.id) {
      tail.replaceWith(addBot(waiting, true));
    }
    setInput(waiting);
    log.scrollTop = log.scrollHeight;
    if (start && start !== state.start) {
      state.start = start;
      send({ start: start }, null, false, embed);
    } else if (embed) {
      focusNext();
    }
  } else if (state.session) {
    send({ text: "/help" }, null, false, embed);
  } else {
    state.start = start;
    var first = { start: start };
    if (wanted) first.lang = wanted;
    send(first, null, false, embed);
  }
})();
