// Desktop notifications in the dashboard: listens to /notifications/stream and shows each
// notification with the browser's Notification API when the user allowed it, otherwise
// in the page's status area. The layout renders the area and its translated labels;
// without JavaScript it stays empty and every page works as before.
(function () {
  "use strict";

  var root = document.getElementById("live-notifications");
  if (!root || typeof EventSource === "undefined") {
    return;
  }
  var list = root.querySelector("[data-live-list]");
  var permission = root.querySelector("[data-live-permission]");
  var dismissLabel = root.getAttribute("data-dismiss-label");
  var openLabel = root.getAttribute("data-open-label");

  function canUseDesktop() {
    return typeof Notification !== "undefined" && Notification.permission === "granted";
  }

  function showPermissionButton() {
    var askable = typeof Notification !== "undefined" && Notification.permission === "default";
    permission.hidden = !askable;
  }

  function showInPage(notification) {
    var item = document.createElement("div");
    item.className = "live-item";
    item.setAttribute("data-notification-id", String(notification.id));
    var title = document.createElement("strong");
    title.textContent = notification.title;
    var body = document.createElement("span");
    body.textContent = notification.body;
    item.append(title, " ", body);
    if (notification.link) {
      var link = document.createElement("a");
      link.href = notification.link;
      link.textContent = openLabel;
      item.append(" ", link);
    }
    var dismiss = document.createElement("button");
    dismiss.type = "button";
    dismiss.className = "link";
    dismiss.textContent = dismissLabel;
    dismiss.addEventListener("click", function () {
      item.remove();
    });
    item.append(" ", dismiss);
    list.appendChild(item);
  }

  function showOnDesktop(notification) {
    var shown = new Notification(notification.title, {
      body: notification.body,
      tag: "dialback-" + notification.id,
    });
    shown.onclick = function () {
      window.focus();
      if (notification.link) {
        window.location.href = notification.link;
      }
      shown.close();
    };
  }

  permission.addEventListener("click", function () {
    Notification.requestPermission().then(showPermissionButton);
  });
  showPermissionButton();

  // EventSource reconnects by itself and sends the last seen id as Last-Event-ID, so the
  // server resumes after it and nothing is shown twice in this tab.
  var source = new EventSource("/notifications/stream");
  source.addEventListener("open", function () {
    root.setAttribute("data-live-state", "connected");
  });
  source.addEventListener("error", function () {
    root.setAttribute("data-live-state", "reconnecting");
  });
  source.addEventListener("notification", function (event) {
    var notification = JSON.parse(event.data);
    if (canUseDesktop()) {
      showOnDesktop(notification);
    } else {
      showInPage(notification);
    }
  });
})();
