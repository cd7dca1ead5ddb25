// Swagger UI for /docs, started from a static file so the page needs no inline script.
"use strict";
(function () {
  var node = document.getElementById("swagger-ui");
  window.SwaggerUIBundle({ url: node.getAttribute("data-spec"), dom_id: "#swagger-ui" });
})();
