/*
 * Keeps the CodeArts run page current while Jenkins follows the run: every few seconds it reads the action's
 * api/json (version and live only) and, when the version changed, reloads the page body from the "fragment" view.
 * Loaded as an adjunct: no inline script or event handler attributes, so it works under a Content-Security-Policy.
 * Everything it reads was recorded by the follow; viewing the page never makes Jenkins call CodeArts.
 */
(function () {
  var POLL_MILLIS = 3000;

  function request(url, onDone) {
    var xhr = new XMLHttpRequest();
    xhr.open("GET", url, true);
    xhr.onreadystatechange = function () {
      if (xhr.readyState === 4) {
        onDone(xhr.status === 200 ? xhr.responseText : null);
      }
    };
    xhr.send();
  }

  function start(container) {
    var version = container.getAttribute("data-version");

    function refresh(done) {
      request(container.getAttribute("data-fragment"), function (html) {
        if (html !== null) {
          var holder = document.createElement("div");
          holder.innerHTML = html;
          var fragment = holder.querySelector(".codearts-run__fragment");
          if (fragment !== null) {
            container.innerHTML = fragment.innerHTML;
            version = fragment.getAttribute("data-version");
            container.setAttribute("data-version", version);
            container.setAttribute("data-live", fragment.getAttribute("data-live"));
          }
        }
        done();
      });
    }

    function poll() {
      request(container.getAttribute("data-api"), function (text) {
        var snapshot = null;
        if (text !== null) {
          try {
            snapshot = JSON.parse(text).snapshot;
          } catch (e) {
            snapshot = null;
          }
        }
        if (snapshot === null || snapshot === undefined) {
          window.setTimeout(poll, POLL_MILLIS * 2);
          return;
        }
        var next = function () {
          if (snapshot.live) {
            window.setTimeout(poll, POLL_MILLIS);
          }
        };
        if (String(snapshot.version) !== String(version)) {
          refresh(next);
        } else {
          next();
        }
      });
    }

    if (container.getAttribute("data-live") === "true") {
      window.setTimeout(poll, POLL_MILLIS);
    }
  }

  function init() {
    var container = document.getElementById("codearts-run");
    if (container !== null) {
      start(container);
    }
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();
