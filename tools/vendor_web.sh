#!/usr/bin/env bash
# Vendor the dashboard's front-end libraries from npm into the package's static files, with their
# licences, so the dashboard needs no build step and no internet. Re-run to upgrade (edit the
# pinned versions). Needs node/npm; the result is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=src/fogofwar/present/web/static/vendor
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

(cd "$work" && npm init -y >/dev/null && npm install --no-audit --no-fund --ignore-scripts \
  leaflet@1.9.4 leaflet.markercluster@1.5.3 world-atlas@2.0.2 topojson-client@3.1.0 \
  swagger-ui-dist@5.35.0 >/dev/null)
nm="$work/node_modules"
rm -rf "$dest" && mkdir -p "$dest"/{leaflet/images,markercluster,topojson-client,world-atlas,swagger-ui}

cp "$nm"/leaflet/dist/leaflet.js "$nm"/leaflet/dist/leaflet.css "$nm"/leaflet/LICENSE "$dest"/leaflet/
cp "$nm"/leaflet/dist/images/*.png "$dest"/leaflet/images/
cp "$nm"/leaflet.markercluster/dist/leaflet.markercluster.js \
   "$nm"/leaflet.markercluster/dist/MarkerCluster.css \
   "$nm"/leaflet.markercluster/dist/MarkerCluster.Default.css "$dest"/markercluster/
cp "$nm"/leaflet.markercluster/MIT-LICENCE.txt "$dest"/markercluster/LICENSE
cp "$nm"/topojson-client/dist/topojson-client.min.js "$nm"/topojson-client/LICENSE \
   "$dest"/topojson-client/
# Natural Earth 1:50m country borders as TopoJSON (converted to GeoJSON in the browser).
cp "$nm"/world-atlas/countries-50m.json "$nm"/world-atlas/LICENSE "$dest"/world-atlas/
cp "$nm"/swagger-ui-dist/swagger-ui-bundle.js "$nm"/swagger-ui-dist/swagger-ui.css \
   "$nm"/swagger-ui-dist/LICENSE "$nm"/swagger-ui-dist/NOTICE "$dest"/swagger-ui/
# The bundles end with a sourceMappingURL to maps we do not ship; drop it (no 404s offline).
sed -i '/^\/\/# sourceMappingURL=/d' "$dest"/*/*.js
(cd "$nm" && for p in leaflet leaflet.markercluster topojson-client world-atlas swagger-ui-dist; do
  node -p "require('./$p/package.json').name + ' ' + require('./$p/package.json').version + ' ' + (require('./$p/package.json').license || '')"
done) > "$dest"/VERSIONS.txt
cat "$dest"/VERSIONS.txt
