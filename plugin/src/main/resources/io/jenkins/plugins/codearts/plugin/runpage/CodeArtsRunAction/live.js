/*
 * Keeps the CodeArts run page current while Jenkins follows the run: every 3 seconds it reads the action's api/json
 * (building, version and live only) and, when the version changed, reloads the page body from the "fragment" view.
 * While the build runs on without following the run, it asks every 15 seconds; once the build is over it stops.
 * Loaded as an adjunct: no inline script or event handler attributes, so it works under a Content-Security-Policy.
 * Everything it reads was recorded by the follow; viewing the page never makes Jenkins call CodeArts.
 */
(function () {
  var POLL_MILLIS = 3000;
  /** While the build runs but nothing follows the run (wait: false), a later waitForRun may follow it again. */
  var IDLE_POLL_MILLIS = 15000;

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
        var answer = null;
        if (text !== null) {
          try {
            answer = JSON.parse(text);
          } catch (e) {
            answer = null;
          }
        }
        var snapshot = answer === null ? null : answer.snapshot;
        if (snapshot === null || snapshot === undefined) {
          window.setTimeout(poll, POLL_MILLIS * 2);
          return;
        }
        var next = function () {
          if (snapshot.live) {
            window.setTimeout(poll, POLL_MILLIS);
          } else if (answer.building) {
            window.setTimeout(poll, IDLE_POLL_MILLIS);
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
    } else if (container.getAttribute("data-building") === "true") {
      window.setTimeout(poll, IDLE_POLL_MILLIS);
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
