// Runs before the WebAssembly: if the browser cannot run it, or it fails to start, say so
// instead of leaving the loading text forever. No inline script, so the CSP stays strict.
(function () {
  function say(text) {
    var el = document.getElementById("boot-status");
    if (el) {
      el.textContent = text;
      el.className = "boot-error";
      el.setAttribute("role", "alert");
    }
  }
  // JavaScript runs: replace the "needs JavaScript" message with the loading line.
  var status = document.getElementById("boot-status");
  if (status) {
    status.textContent = "Đang tải… · Loading…";
    status.className = "loading";
  }
  if (typeof WebAssembly !== "object" || typeof WebAssembly.instantiate !== "function") {
    say(
      "Trình duyệt này không chạy được WebAssembly, nên không mở được trang. Hãy dùng một trình duyệt mới hơn. · " +
        "This browser cannot run WebAssembly, which this explorer needs. Please use a current browser."
    );
    return;
  }
  function failed() {
    if (document.getElementById("boot-status")) {
      say(
        "Không khởi động được ứng dụng. Hãy tải lại trang. · The app could not start. Please reload the page."
      );
    }
  }
  window.addEventListener("error", failed);
  window.addEventListener("unhandledrejection", failed);
  setTimeout(function () {
    if (document.getElementById("boot-status")) {
      say(
        "Ứng dụng khởi động chậm hoặc bị chặn. Hãy kiểm tra kết nối rồi tải lại. · The app is slow to start or was blocked. Check your connection and reload."
      );
    }
  }, 20000);
})();
