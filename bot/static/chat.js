// The plain chat page on POST /api/v1/chat (the embeddable widget builds on the same API).
"use strict";
(function () {
  const log = document.getElementById("log");
  const form = document.getElementById("form");
  const input = document.getElementById("text");
  let session = localStorage.getItem("igubot-session");

  function add(text, cls) {
    const p = document.createElement("p");
    if (cls) p.className = cls;
    const span = document.createElement("bdi");
    span.textContent = text;
    p.appendChild(span);
    log.appendChild(p);
    return p;
  }

  async function send(body) {
    body.session = session;
    const res = await fetch("/api/v1/chat", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
    const data = await res.json();
    if (!res.ok) { add(data.error ? data.error.message : "Error"); return; }
    session = data.session;
    localStorage.setItem("igubot-session", session);
    document.documentElement.lang = data.lang;
    document.documentElement.dir = data.dir;
    for (const m of data.messages) {
      const p = add(m.text);
      for (const c of m.choices) {
        const b = document.createElement("button");
        b.type = "button";
        b.textContent = c.label;
        b.addEventListener("click", () => { add(c.label, "me"); send({ choice: c.value }); });
        p.appendChild(document.createElement("br"));
        p.appendChild(b);
      }
    }
  }

  form.addEventListener("submit", (e) => {
    e.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    add(text, "me");
    input.value = "";
    send({ text: text });
  });
  send({ start: "" });
})();
