/*
 * The news map's own behaviour inside the map frame, loaded by the app from static/app/.
 * Python (geo/map/elements.py) only calls these functions with parameters.
 *
 *   newsmap.rememberHiddenLayers()                       layers the reader unticks stay hidden
 *   newsmap.offlineOutlines(map, tiles, url)             country outlines where tiles fail
 *   newsmap.updateView(points, token)                   after each redraw of the layers
 *
 * Inside streamlit-folium's frame the map and its layer control are the globals `map` and
 * `layer_control`; the layer control is rebuilt after the layers, so it is read when used.
 */
(function () {
    "use strict";

    var newsmap = window.newsmap = window.newsmap || {};
    newsmap.state = newsmap.state || {hidden: {}};

    // The layer control is rebuilt with every filter change: remember by name which layers the
    // reader unticked, so that a redraw does not show them again.
    newsmap.rememberHiddenLayers = function () {
        document.addEventListener("change", function (event) {
            var input = event.target;
            if (!input.classList || !input.classList.contains("leaflet-control-layers-selector")
                || input.type !== "checkbox") { return; }
            var label = input.nextElementSibling;
            var name = label ? label.textContent.trim() : "";
            if (name) { newsmap.state.hidden[name] = !input.checked; }
        }, true);
    };

    // Runs after each layer update: keeps layers the reader unticked hidden, and fits the view
    // to the events when asked (first view, "Fit" button: a new token) or when none is in view.
    newsmap.updateView = function (points, fitToken) {
        setTimeout(function () {
            var map = window.map;
            var layerControl = window.layer_control;
            if (!map) { return; }
            var state = newsmap.state;
            if (layerControl && layerControl._layers) {
                layerControl._layers.forEach(function (entry) {
                    if (entry.overlay && state.hidden[entry.name] && map.hasLayer(entry.layer)) {
                        map.removeLayer(entry.layer);
                    }
                });
            }
            var forced = state.fitToken !== fitToken;
            state.fitToken = fitToken;
            if (!points.length) { return; }
            var view = map.getBounds();
            var anyVisible = points.some(function (point) { return view.contains(point); });
            if (forced || !anyVisible) {
                // More room on the right: reference labels and troop labels extend that way.
                map.fitBounds(L.latLngBounds(points), {
                    paddingTopLeft: [40, 40],
                    paddingBottomRight: [90, 40],
                    maxZoom: 6,
                    animate: !forced
                });
            }
        }, 0);
    };

    // Leaflet does not cut lines at the antimeridian: a ring that steps from 180° to -180°
    // would be drawn across the whole world, so each step stays under 180°.
    function unwrap(ring) {
        var shift = 0, previous = null;
        return ring.map(function (point) {
            var lon = point[0] + shift;
            if (previous !== null && lon - previous > 180) { shift -= 360; lon -= 360; }
            if (previous !== null && previous - lon > 180) { shift += 360; lon += 360; }
            previous = lon;
            return [lon, point[1]];
        });
    }

    function shifted(ring, by) {
        return by ? ring.map(function (point) { return [point[0] + by, point[1]]; }) : ring;
    }

    // One polygon: the outer ring is brought back to start within -180..180 (an island just
    // past the antimeridian then sits beside its mainland), holes go with it.
    function placePolygon(polygon) {
        var rings = polygon.map(unwrap);
        var outer = rings[0];
        var west = Infinity;
        outer.forEach(function (point) { west = Math.min(west, point[0]); });
        var by = west < -180 ? 360 : (west >= 180 ? -360 : 0);
        outer = shifted(outer, by);
        return [outer].concat(rings.slice(1).map(function (hole) {
            var turns = Math.round((outer[0][0] - hole[0][0]) / 360);
            return shifted(hole, turns * 360);
        }));
    }

    function countries(topology) {
        var collection = topojson.feature(topology, topology.objects.countries);
        collection.features = collection.features.filter(function (country) {
            return country.geometry && country.properties.name !== "Antarctica";
        });
        collection.features.forEach(function (country) {
            var geometry = country.geometry;
            geometry.coordinates = geometry.type === "Polygon"
                ? placePolygon(geometry.coordinates)
                : geometry.coordinates.map(placePolygon);
        });
        return collection;
    }

    // Country outlines under the tiles, loaded from the app the first time a tile fails (no
    // network, blocked or rate-limited tile server): where tiles load they cover the outlines,
    // where they do not the outlines show. After each round of tile loading a note says how
    // many tiles failed; it goes away once a round loads them all.
    newsmap.offlineOutlines = function (map, tiles, url) {
        var outlines = "none";  // none | loading | drawn | failed
        var failure = "";
        var round = {loaded: 0, failed: 0};
        var noteBox = null;

        function setNote(text) {
            if (!noteBox) {
                var control = L.control({position: "bottomleft"});
                control.onAdd = function () {
                    noteBox = L.DomUtil.create("div", "nm-offline-note");
                    return noteBox;
                };
                control.addTo(map);
            }
            noteBox.textContent = text;
            noteBox.style.display = text ? "" : "none";
        }

        function report() {
            if (outlines === "failed") {
                setNote("Map tiles and the offline outlines could not load (" + failure + ").");
            } else if (outlines === "drawn" && round.failed === 0) {
                setNote("");
            } else if (outlines === "drawn" && round.loaded === 0) {
                setNote("Map tiles could not load: country outlines (Natural Earth) are "
                        + "shown instead.");
            } else if (outlines === "drawn") {
                setNote(round.failed + " of " + (round.failed + round.loaded) + " map tiles "
                        + "could not load: country outlines (Natural Earth) show where "
                        + "they are missing.");
            }
        }

        function draw(topology) {
            var pane = map.createPane("nm-outlines");
            pane.style.zIndex = 150;  // under the tiles (200), over the sea colour
            L.geoJSON(countries(topology), {
                pane: "nm-outlines",
                interactive: false,
                style: {color: "#8c8c8c", weight: 0.8, fillColor: "#f4f3ee", fillOpacity: 1}
            }).addTo(map);
            map.getContainer().classList.add("nm-offline");
            map.attributionControl.addAttribution("Outlines: Natural Earth");
            outlines = "drawn";
            report();
        }

        function loadOutlines() {
            if (outlines !== "none") { return; }
            outlines = "loading";
            fetch(url)
                .then(function (answer) {
                    if (!answer.ok) { throw new Error("HTTP " + answer.status); }
                    return answer.json();
                })
                .then(draw, function (error) {  // only the download; a drawing bug surfaces
                    outlines = "failed";
                    failure = String(error);
                    report();
                });
        }

        tiles.on("loading", function () { round = {loaded: 0, failed: 0}; });
        tiles.on("tileload", function () { round.loaded += 1; });
        tiles.on("tileerror", function () { round.failed += 1; loadOutlines(); });
        tiles.on("load", report);
    };
}());
