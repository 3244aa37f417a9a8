// Letopis: the only script of our own. The site works without it; it filters the
// actor picker as you type (the server does the same when the form is submitted).
(function () {
  "use strict";
  function filterList(input) {
    var list = document.getElementById(input.getAttribute("data-filter-list"));
    if (!list) return;
    var q = input.value.trim().toLowerCase();
    var items = list.querySelectorAll("li");
    for (var i = 0; i < items.length; i++) {
      var li = items[i];
      var box = li.querySelector("input");
      var match = !q || li.textContent.toLowerCase().indexOf(q) !== -1;
      li.hidden = !match && !(box && box.checked);
    }
  }
  // Blank form fields would clutter the pushed URL (?from=&to=...): drop them.
  document.addEventListener("htmx:configRequest", function (ev) {
    var params = ev.detail && ev.detail.parameters;
    if (!params) return;
    Object.keys(params).forEach(function (name) {
      if (params[name] === "") delete params[name];
    });
  });
  // On a phone the filters start folded so the timeline is on the first screen; the
  // reader's choice then sticks across htmx swaps (which re-render the form open).
  var narrow = window.matchMedia("(max-width: 760px)");
  var filtersOpen = !narrow.matches;
  function applyFolding() {
    var box = document.getElementById("filters-box");
    if (box) box.open = filtersOpen;
  }
  document.addEventListener("toggle", function (ev) {
    if (ev.target && ev.target.id === "filters-box") filtersOpen = ev.target.open;
  }, true);
  document.addEventListener("DOMContentLoaded", applyFolding);
  document.addEventListener("htmx:afterSwap", applyFolding);
  document.addEventListener("input", function (ev) {
    var el = ev.target;
    if (el && el.matches && el.matches("input[data-filter-list]")) filterList(el);
  });
})();
