// Optional: the pages work without it. On an article page, light up the evidence of the
// claim named in the address (#claim-...) or hovered in the list beside the text.
(function () {
  "use strict";
  function light(id, on) {
    document.querySelectorAll(".ev").forEach(function (el) {
      var ids = (el.getAttribute("data-claims") || "").split(" ");
      if (ids.indexOf(id) >= 0) { el.classList.toggle("current", on); }
    });
    var card = document.getElementById("card-" + id);
    if (card) { card.classList.toggle("current", on); }
  }
  var current = null;
  function fromHash() {
    if (current) { light(current, false); current = null; }
    var id = decodeURIComponent(location.hash.slice(1));
    if (id.indexOf("claim-") === 0) { current = id; light(id, true); }
  }
  document.addEventListener("DOMContentLoaded", function () {
    if (!document.getElementById("article-text")) { return; }
    fromHash();
    window.addEventListener("hashchange", fromHash);
    document.querySelectorAll(".claim-card").forEach(function (card) {
      var id = card.getAttribute("data-claim");
      card.addEventListener("mouseenter", function () { light(id, true); });
      card.addEventListener("mouseleave", function () { if (id !== current) { light(id, false); } });
    });
  });
})();
