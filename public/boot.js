// Runs before the WebAssembly, as a blocking script at the end of <body>: if the browser cannot run it, or
// the app fails to start, say so instead of leaving the loading text forever. No inline script,
// so the Content-Security-Policy stays strict.
(function () {
  var NO_WASM =
    "Trình duyệt này không chạy được WebAssembly, nên không mở được trang. Hãy dùng một trình duyệt mới hơn. · " +
    "This browser cannot run WebAssembly, which this explorer needs. Please use a current browser.";
  var FAILED =
    "Không khởi động được ứng dụng. Hãy tải lại trang. · The app could not start. Please reload the page.";
  var SLOW =
    "Ứng dụng khởi động chậm hoặc bị chặn. Hãy kiểm tra kết nối rồi tải lại. · " +
    "The app is slow to start or was blocked. Check your connection and reload.";
  var pending = null;

  function status() {
    return document.getElementById("boot-status");
  }
  function say(text) {
    pending = text;
    var el = status();
    if (el) {
      el.textContent = text;
      el.className = "boot-error";
      el.setAttribute("role", "alert");
    }
  }
  function failed() {
    // Once the app has mounted, the boot text is gone and the app handles its own errors.
    if (!document.readyState || document.readyState === "loading" || status()) say(FAILED);
  }

  var wasm = typeof WebAssembly === "object" && typeof WebAssembly.instantiate === "function";
  if (wasm) {
    window.addEventListener("error", failed);
    window.addEventListener("unhandledrejection", failed);
  }
  // The language was chosen by the <head> script of index.html (the URL, else the saved choice,
  // else the browser's, as the app chooses it), which marks an English visitor's page.
  function english() {
    return document.documentElement.lang === "en";
  }
  function toEnglish() {
    document.documentElement.setAttribute("lang", "en");
    var els = document.querySelectorAll("[data-en]");
    for (var i = 0; i < els.length; i++) els[i].textContent = els[i].getAttribute("data-en");
    var labelled = document.querySelectorAll("[data-en-label]");
    for (var j = 0; j < labelled.length; j++) {
      labelled[j].setAttribute("aria-label", labelled[j].getAttribute("data-en-label"));
    }
    // Shown again now that it is in English (hidden by the <head> script until then).
    document.documentElement.classList.remove("boot-en-pending");
    var sw = document.getElementById("boot-lang");
    if (sw) {
      sw.textContent = "Tiếng Việt";
      sw.setAttribute("href", "./?lang=vi");
      sw.setAttribute("hreflang", "vi");
      sw.setAttribute("lang", "vi");
    }
  }

  // This script sits at the end of <body>, so the loading screen above is already parsed: switch
  // it now (waiting for DOMContentLoaded, which waits for the app's module script, would keep an
  // English visitor's screen hidden longer; see the <head> script in index.html).
  function start() {
    if (english()) toEnglish();
    if (!wasm) return say(NO_WASM);
    if (pending) return say(pending);
    // JavaScript runs: the "needs JavaScript" notice becomes the loading line.
    var el = status();
    if (el) {
      el.textContent = "Đang tải… · Loading…";
      el.className = "loading";
    }
    setTimeout(function () {
      if (status()) say(SLOW);
    }, 20000);
  }
  if (status()) start();
  else document.addEventListener("DOMContentLoaded", start);
})();
