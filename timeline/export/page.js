(function () {
  var input = document.getElementById("filter");
  var counter = document.getElementById("count");
  var events = Array.prototype.slice.call(document.querySelectorAll("li.event"));
  var years = Array.prototype.slice.call(document.querySelectorAll("section.year"));
  var buttons = Array.prototype.slice.call(document.querySelectorAll(".legend button"));
  var hiddenTypes = {};
  function apply() {
    var query = input.value.trim().toLowerCase();
    var visible = 0;
    events.forEach(function (event) {
      var shown = (!query || event.getAttribute("data-search").toLowerCase().indexOf(query) !== -1)
        && !hiddenTypes[event.getAttribute("data-type")];
      event.hidden = !shown;
      if (shown) { visible += 1; }
    });
    buttons.forEach(function (button) {
      button.setAttribute("aria-pressed", hiddenTypes[button.getAttribute("data-type")] ? "false" : "true");
    });
    years.forEach(function (year) { year.hidden = !year.querySelector("li.event:not([hidden])"); });
    document.body.setAttribute("data-visible-count", String(visible));
    counter.textContent = counter.getAttribute("data-template")
      .replace("{visible}", visible).replace("{total}", events.length);
  }
  function decoded(text) {
    // A link cut short or typed by hand (#filter=%E9%87) is read as it is, not a script error
    // that left the rest of the link unapplied.
    try { return decodeURIComponent(text); } catch (malformed) { return text; }
  }
  function readHash() {
    var filter = /(?:^#|&)filter=([^&]*)/.exec(window.location.hash);
    var hide = /(?:^#|&)hide=([^&]*)/.exec(window.location.hash);
    input.value = filter ? decoded(filter[1].replace(/\+/g, " ")) : "";
    hiddenTypes = {};
    if (hide) {
      decoded(hide[1]).split(",").forEach(function (type) { hiddenTypes[type] = true; });
    }
  }
  function writeHash() {
    var parts = [];
    if (input.value) { parts.push("filter=" + encodeURIComponent(input.value)); }
    var hidden = Object.keys(hiddenTypes).filter(function (type) { return hiddenTypes[type]; });
    if (hidden.length) { parts.push("hide=" + encodeURIComponent(hidden.join(","))); }
    try {
      window.history.replaceState(null, "", parts.length ? "#" + parts.join("&")
        : window.location.pathname + window.location.search);
    } catch (ignored) { /* file: pages may refuse history updates; filtering still works */ }
  }
  input.addEventListener("input", function () { apply(); writeHash(); });
  buttons.forEach(function (button) {
    button.addEventListener("click", function () {
      var type = button.getAttribute("data-type");
      hiddenTypes[type] = !hiddenTypes[type];
      apply();
      writeHash();
    });
  });
  window.addEventListener("hashchange", function () { readHash(); apply(); });
  readHash();
  apply();
})();
