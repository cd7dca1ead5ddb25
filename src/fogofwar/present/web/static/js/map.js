// The dashboard map: an offline basemap of country borders (Natural Earth via world-atlas),
// an optional online tile layer, and clustered markers for incidents and events, read from
// the JSON API with the page's own filters. Every value from an article goes into the page
// through textContent or an attribute setter, never innerHTML.
"use strict";
(function () {
  var node = document.getElementById("map");
  if (!node || !window.L) { return; }
  var query = node.getAttribute("data-query") || "";
  var tileUrl = node.getAttribute("data-tile-url");
  var colours = JSON.parse(node.getAttribute("data-colours") || "{}");
  var status = document.getElementById("map-status");
  var map = L.map(node, { worldCopyJump: true, minZoom: 2, maxZoom: 14 }).setView([35.5, 37], 6);

  function colour(type) { return colours[type] || "#969696"; }

  function api(path, extra) {
    var sep = query ? "&" : "";
    return fetch(path + "?" + query + sep + extra, { headers: { Accept: "application/json" } })
      .then(function (r) { if (!r.ok) { throw new Error(path + ": " + r.status); } return r.json(); });
  }

  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) { e.textContent = String(text); }
    if (cls) { e.className = cls; }
    return e;
  }

  function link(href, text) {
    var a = el("a", text);
    a.setAttribute("href", href);
    return a;
  }

  function figureSize(figures) {
    var n = 0;
    (figures || []).forEach(function (f) {
      if (f.category === "killed" || f.category === "injured") {
        n = Math.max(n, f.high !== null && f.high !== undefined ? f.high : (f.low || f.value || 0));
      }
    });
    return n;
  }

  function radius(n, base) { return Math.min(base + 3 * Math.sqrt(n), 30); }

  function figureLine(f) {
    // bounds as said (incident schema 1.11): "about 12" has its flag, "up to 40" no low bound
    var range = f.low === null || f.low === undefined ? "≤" + f.high
      : (f.high === f.low ? (f.approx ? "about " : "") + f.low
        : (f.high === null ? f.low + "+" : f.low + "–" + f.high));
    return (f.claimant || "") + (f.side ? " [" + f.side + "]" : "") + ": " + f.category + " " + range;
  }

  function incidentPopup(inc) {
    var box = el("div", null, "popup");
    var title = el("div", null, "popup-title");
    title.appendChild(link("/incidents/" + encodeURIComponent(inc.id),
      inc.type + " at " + (inc.place.name || inc.place.text)));
    box.appendChild(title);
    box.appendChild(el("div", (inc.date_start || "undated") + " · " + inc.articles.length +
      " articles · " + inc.corroboration, "dim"));
    inc.figures.forEach(function (f) { box.appendChild(el("div", figureLine(f))); });
    return box;
  }

  function eventPopup(ev) {
    var box = el("div", null, "popup");
    box.appendChild(el("div", ev.type + (ev.date ? " · " + ev.date : ""), "popup-title"));
    box.appendChild(el("div", ev.sentence, "sentence"));
    box.appendChild(link("/articles/" + encodeURIComponent(ev.article_id), ev.outlet || "article"));
    return box;
  }

  function marker(lat, lon, type, r, weight) {
    return L.circleMarker([lat, lon], {
      radius: r, color: "#333", weight: weight, fillColor: colour(type), fillOpacity: 0.75,
      className: "marker marker-" + type
    });
  }

  function addIncidents(layer, items) {
    var n = 0;
    items.forEach(function (inc) {
      if (!inc.place || inc.place.lat === null || inc.place.lon === null) { return; }
      var m = marker(inc.place.lat, inc.place.lon, inc.type, radius(figureSize(inc.figures), 7), 1.5);
      m.bindPopup(incidentPopup(inc));
      layer.addLayer(m);
      n += 1;
    });
    return n;
  }

  function addEvents(layer, items) {
    items.forEach(function (ev) {
      var m = marker(ev.place.lat, ev.place.lon, ev.type, radius(figureSize(ev.figures), 4), 0.5);
      m.bindPopup(eventPopup(ev));
      layer.addLayer(m);
    });
    return items.length;
  }

  function basemap() {
    return fetch("/static/vendor/world-atlas/countries-50m.json").then(function (r) { return r.json(); })
      .then(function (topo) {
        var land = topojson.feature(topo, topo.objects.countries);
        L.geoJSON(land, { interactive: false, style: {
          color: "#8a8a8a", weight: 0.7, fillColor: "#f4f1ea", fillOpacity: 1 } }).addTo(map);
      });
  }

  if (tileUrl) {
    L.tileLayer(tileUrl, { maxZoom: 18, attribution: "tiles: see FOGOFWAR_TILE_URL" }).addTo(map);
  } else {
    basemap().catch(function () { status.textContent = "Basemap could not be loaded."; });
  }

  var incidents = L.markerClusterGroup({ maxClusterRadius: 40 });
  var events = L.markerClusterGroup({ maxClusterRadius: 40 });
  Promise.all([api("/api/incidents", "limit=5000"), api("/api/events", "located=true&limit=5000")])
    .then(function (res) {
      var ni = addIncidents(incidents, res[0].items);
      var ne = addEvents(events, res[1].items);
      incidents.addTo(map);
      L.control.layers(null, { "Incidents": incidents, "Events": events }, { collapsed: false }).addTo(map);
      var bounds = incidents.getBounds();
      if (bounds.isValid()) { map.fitBounds(bounds.pad(0.3), { maxZoom: 9 }); }
      node.setAttribute("data-incidents", String(ni));
      node.setAttribute("data-events", String(ne));
      status.textContent = ni + " incidents and " + ne + " located events on the map" +
        (res[0].total > res[0].items.length ? " (first " + res[0].items.length + " incidents)" : "") + ".";
    })
    .catch(function (err) { status.textContent = "Could not load markers: " + err; console.error(err && err.stack ? err.stack : String(err)); });

  var use = document.getElementById("use-view");
  if (use) {
    use.addEventListener("click", function () {
      var b = map.getBounds();
      function clamp(v, limit) { return Math.max(-limit, Math.min(limit, v)).toFixed(3); }
      var box = [clamp(b.getWest(), 180), clamp(b.getSouth(), 90), clamp(b.getEast(), 180),
        clamp(b.getNorth(), 90)];
      document.getElementById("filter-bbox").value = box.join(",");
      document.getElementById("filters").submit();
    });
  }
})();
