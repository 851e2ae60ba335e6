// Dialback's widget for customers' web sites: reads the widget's configuration and, when
// the widget is available to this visitor, shows a call-back form and a folded form for
// leaving a message. Embed with
// <div data-dialback-widget="ID" data-dialback-base="https://dialback.example.com"></div>
// and <script src="https://dialback.example.com/public/widget.js" defer></script>.
(function () {
  "use strict";

  function render(root, base, id, config) {
    var texts = config.texts;
    var box = document.createElement("form");
    box.className = "dialback-widget";
    box.setAttribute("lang", config.language);
    var title = document.createElement("p");
    title.className = "dialback-title";
    title.textContent = texts.title;
    var label = document.createElement("label");
    label.textContent = texts.phone_label;
    var input = document.createElement("input");
    input.type = "tel";
    input.name = "tel";
    input.required = true;
    label.appendChild(input);
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = config.can_call_now ? texts.call_button : texts.schedule_button;
    var status = document.createElement("p");
    status.className = "dialback-status";
    status.setAttribute("role", "status");
    box.append(title, label, button, status);

    box.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = new URLSearchParams({ tel: input.value });
      if (!config.can_call_now && config.booking_slots.length > 0) {
        body.set("scheduled_at", String(config.booking_slots[0]));
      }
      fetch(base + "/public/widgets/" + id + "/calls", { method: "POST", body: body })
        .then(function (response) { return response.json(); })
        .then(function (answer) { status.textContent = answer.hasError ? answer.message : answer.data.message; })
        .catch(function () { status.textContent = texts.unavailable; });
    });
    root.appendChild(box);
    root.appendChild(messageForm(base, id, config));
  }

  // A folded form for leaving a message: a name, a phone number or an e-mail address, and text.
  function messageForm(base, id, config) {
    var texts = config.texts;
    var details = document.createElement("details");
    details.className = "dialback-message";
    details.setAttribute("lang", config.language);
    var summary = document.createElement("summary");
    summary.textContent = texts.message_title;
    var form = document.createElement("form");
    function field(text, name, type) {
      var label = document.createElement("label");
      label.textContent = text;
      var input = document.createElement(type === "textarea" ? "textarea" : "input");
      if (type !== "textarea") {
        input.type = type;
      }
      input.name = name;
      label.appendChild(input);
      form.appendChild(label);
      return input;
    }
    field(texts.name_label, "name", "text");
    field(texts.phone_label, "tel", "tel");
    field(texts.email_label, "email", "email");
    field(texts.message_label, "text", "textarea").required = true;
    var button = document.createElement("button");
    button.type = "submit";
    button.textContent = texts.send_message;
    var status = document.createElement("p");
    status.className = "dialback-status";
    status.setAttribute("role", "status");
    form.append(button, status);
    details.append(summary, form);

    form.addEventListener("submit", function (event) {
      event.preventDefault();
      var body = new URLSearchParams(new FormData(form));
      fetch(base + "/public/widgets/" + id + "/messages", { method: "POST", body: body })
        .then(function (response) { return response.json(); })
        .then(function (answer) {
          status.textContent = answer.hasError ? answer.message : answer.data.message;
          if (!answer.hasError) {
            form.reset();
          }
        })
        .catch(function () { status.textContent = texts.unavailable; });
    });
    return details;
  }

  document.querySelectorAll("[data-dialback-widget]").forEach(function (root) {
    var id = root.getAttribute("data-dialback-widget");
    var base = root.getAttribute("data-dialback-base") || "";
    fetch(base + "/public/widgets/" + id + "/config")
      .then(function (response) { return response.ok ? response.json() : null; })
      .then(function (answer) {
        if (answer && !answer.hasError && answer.data.available) {
          render(root, base, id, answer.data);
        }
        root.setAttribute("data-dialback-ready", "true");
      })
      .catch(function () { root.setAttribute("data-dialback-ready", "true"); });
  });
})();
