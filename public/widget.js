// Lumen support widget: <script src="https://YOUR-LUMEN-HOST/widget.js" data-org="your-org-slug" async></script>
// Adds a floating button that opens the organization's public support chat in an iframe.
(function () {
  var script = document.currentScript;
  if (!script || window.__lumenSupportWidget) return;
  window.__lumenSupportWidget = true;
  var org = script.getAttribute("data-org");
  if (!org) return console.warn("Lumen widget: set data-org to your organization's slug.");
  var origin = new URL(script.src).origin;
  var label = script.getAttribute("data-label") || "Chat with us";

  var frame = document.createElement("iframe");
  frame.src = origin + "/chat/" + encodeURIComponent(org);
  frame.title = label;
  frame.style.cssText = "position:fixed;bottom:88px;right:20px;width:380px;max-width:calc(100vw - 40px);height:560px;max-height:calc(100vh - 120px);border:0;border-radius:16px;box-shadow:0 12px 40px rgba(15,23,42,.25);background:#fff;z-index:2147483646;display:none";

  var button = document.createElement("button");
  button.type = "button";
  button.textContent = label;
  button.setAttribute("aria-expanded", "false");
  button.style.cssText = "position:fixed;bottom:20px;right:20px;padding:14px 18px;border:0;border-radius:999px;background:#4f46e5;color:#fff;font:600 14px system-ui,sans-serif;cursor:pointer;box-shadow:0 6px 20px rgba(79,70,229,.4);z-index:2147483647";
  button.addEventListener("click", function () {
    var open = frame.style.display === "none";
    frame.style.display = open ? "block" : "none";
    button.setAttribute("aria-expanded", String(open));
  });

  document.body.appendChild(frame);
  document.body.appendChild(button);
})();
