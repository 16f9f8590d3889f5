// Enhances the event page: choose a value to light up the words it was read from (and
// scroll to them); choose highlighted words to light up the values read from them.
// Without this script the same links jump to the words (href="#ev-...").
(function () {
  "use strict";
  var text = document.getElementById("readout-text");
  if (!text) { return; }
  var status = document.getElementById("evidence-status");

  function clear() {
    Array.prototype.forEach.call(document.querySelectorAll(".ev.hl"), function (el) { el.classList.remove("hl"); });
    Array.prototype.forEach.call(document.querySelectorAll("a.field.active"), function (el) {
      el.classList.remove("active"); el.removeAttribute("aria-current");
    });
  }

  function spansOf(path) {
    return Array.prototype.filter.call(text.querySelectorAll(".ev"), function (el) {
      return (el.getAttribute("data-paths") || "").split(" ").indexOf(path) >= 0;
    });
  }

  function fieldsOf(paths) {
    return Array.prototype.filter.call(document.querySelectorAll("a.field"), function (el) {
      return paths.indexOf(el.getAttribute("data-path")) >= 0;
    });
  }

  function showField(link) {
    var path = link.getAttribute("data-path");
    clear();
    link.classList.add("active");
    link.setAttribute("aria-current", "true");
    var spans = spansOf(path);
    spans.forEach(function (el) { el.classList.add("hl"); });
    if (spans.length) { spans[0].scrollIntoView({ block: "center", behavior: "smooth" }); }
    var words = spans.map(function (el) { return el.textContent; }).join(" … ");
    status.textContent = link.textContent.replace(/\s+/g, " ").trim() + " — read from: “" + words + "”";
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.field");
    if (link) {
      event.preventDefault();
      showField(link);
      return;
    }
    var span = event.target.closest && event.target.closest("#readout-text .ev");
    if (span) {
      var paths = (span.getAttribute("data-paths") || "").split(" ");
      clear();
      span.classList.add("hl");
      var fields = fieldsOf(paths);
      fields.forEach(function (el) { el.classList.add("active"); el.setAttribute("aria-current", "true"); });
      if (fields.length) {
        fields[0].scrollIntoView({ block: "nearest", behavior: "smooth" });
        fields[0].focus({ preventScroll: true });
      }
      status.textContent = "“" + span.textContent + "” gave: " + fields.map(function (el) {
        return el.textContent.replace(/\s+/g, " ").trim();
      }).join("; ");
    }
  });
})();
