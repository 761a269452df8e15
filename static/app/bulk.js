/*
 * A big story's events, drawn in the browser (geo/map/bulk.py sends them once, as columns):
 * clustered by Supercluster, a cluster as a disc with its count, ringed by its layers' shares,
 * that splits as the reader zooms in (a click, or Enter, zooms to where it splits); a single
 * event as a dot in its actor's colour ringed in its layer's, on a canvas, with its title on
 * hover and a popup built when it opens. The layer control's layers show and hide their events.
 * Every text goes into the page as text (textContent), never as HTML.
 *
 *   newsmap.bulk(group, columns, texts)   into a feature group (on the map or not)
 *   newsmap.openBulkEvent(map, id)         brings an event into view and opens its popup
 */
(function () {
    "use strict";

    var newsmap = window.newsmap = window.newsmap || {};
    var bulkLayers = newsmap.bulkLayers = newsmap.bulkLayers || [];
    var COLOR = /^#[0-9a-fA-F]{6}$/;
    var MAX_ZOOM = 15;  // the closest zoom clusters split at; beyond, a point's events are listed
    var LISTED = 50;

    function safeColor(color) { return COLOR.test(color) ? color : "#555555"; }

    function shortCount(count) {
        return count >= 10000 ? Math.round(count / 1000) + "k"
            : count >= 1000 ? (count / 1000).toFixed(1) + "k" : String(count);
    }

    // A disc with the count, ringed by the layers' shares of its events (a conic gradient).
    function clusterIcon(counts, total, layers) {
        var size = total < 10 ? 32 : total < 100 ? 38 : total < 1000 ? 44 : 50;
        var stops = [];
        var done = 0;
        counts.forEach(function (count, layer) {
            if (!count) { return; }
            var from = done / total * 100;
            done += count;
            var color = safeColor(layers[layer].color);
            stops.push(color + " " + from.toFixed(2) + "% " + (done / total * 100).toFixed(2) + "%");
        });
        var ring = document.createElement("div");
        ring.className = "nm-cluster";
        ring.style.width = ring.style.height = size + "px";
        ring.style.background = "conic-gradient(" + stops.join(", ") + ")";
        ring.appendChild(element("span", "nm-cluster-count", shortCount(total)));
        return L.divIcon({className: "nm-cluster-icon", html: ring, iconSize: [size, size]});
    }

    function element(tag, className, text) {
        var made = document.createElement(tag);
        if (className) { made.className = className; }
        if (text !== undefined) { made.textContent = text; }
        return made;
    }

    function eventLink(base, id) {
        try {
            var url = new URL(base);
            url.searchParams.delete("at");
            url.searchParams.set("event", id);
            return url.href;
        } catch {
            return "";
        }
    }

    function popupOf(columns, index, texts) {
        var box = element("div", "nm-popup");
        box.dataset.event = columns.id[index];
        box.appendChild(element("div", "nm-head", columns.title[index]));
        var who = element("div", "nm-actors");
        var actor = texts.actors[columns.actor[index]] || {name: "", color: ""};
        var swatch = element("span", "nm-swatch");
        swatch.style.background = safeColor(actor.color);
        who.appendChild(swatch);
        var other = texts.actors[columns.other[index]];
        who.appendChild(document.createTextNode(actor.name + (other ? " → " + other.name : "")));
        box.appendChild(who);
        box.appendChild(element("blockquote", "nm-quote", columns.note[index]));
        box.appendChild(element("div", "nm-where", columns.where[index] + " · " + texts.source));
        var href = texts.base && eventLink(texts.base, columns.id[index]);
        if (href) {
            var link = element("a", "nm-event-link", texts.link);
            link.href = href;
            link.target = "_blank";
            link.rel = "noopener";
            box.appendChild(link);
        }
        return box;
    }

    newsmap.bulk = function (group, columns, texts) {
        var layers = texts.layers;
        var drawn = L.layerGroup();
        var renderer = L.canvas({padding: 0.3});
        var map = null;
        var clusters = null;
        var hidden = {};  // layer index → hidden by the layer control
        var bulk = {group: group, columns: columns, drawn: drawn};

        function index() {  // the shown layers' events, clustered with their count per layer
            var points = [];
            columns.lat.forEach(function (lat, at) {
                if (hidden[columns.layer[at]]) { return; }
                points.push({
                    type: "Feature",
                    properties: {at: at},
                    geometry: {type: "Point", coordinates: [columns.lon[at], lat]}
                });
            });
            clusters = new window.Supercluster({
                radius: 50,
                maxZoom: MAX_ZOOM,
                map: function (properties) {
                    var counts = layers.map(function () { return 0; });
                    counts[columns.layer[properties.at]] = 1;
                    return {counts: counts};
                },
                reduce: function (into, properties) {
                    properties.counts.forEach(function (count, layer) {
                        into.counts[layer] += count;
                    });
                }
            }).load(points);
        }

        function dot(point) {
            var at = point.properties.at;
            var actor = texts.actors[columns.actor[at]] || {color: ""};
            var mark = L.circleMarker([columns.lat[at], columns.lon[at]], {
                renderer: renderer, radius: 6, weight: 2.5,
                color: safeColor(layers[columns.layer[at]].color),
                fillColor: safeColor(actor.color), fillOpacity: 0.95
            });
            mark.bindTooltip(element("span", "", columns.title[at]), {sticky: true});
            mark.bindPopup(function () { return popupOf(columns, at, texts); }, {maxWidth: 360});
            mark.nmEvent = columns.id[at];
            return mark;
        }

        function disc(cluster) {
            var where = [cluster.geometry.coordinates[1], cluster.geometry.coordinates[0]];
            var counts = cluster.properties.counts;
            var total = cluster.properties.point_count;
            var parts = [];
            counts.forEach(function (count, layer) {
                if (count) { parts.push(count + " " + layers[layer].name); }
            });
            var marker = L.marker(where, {
                icon: clusterIcon(counts, total, layers),
                title: texts.cluster.replace("{count}", total).replace("{layers}", parts.join(", ")),
                keyboard: true
            });
            marker.on("click", function () {
                var id = cluster.properties.cluster_id;
                var zoom = clusters.getClusterExpansionZoom(id);
                if (zoom <= MAX_ZOOM && zoom <= map.getMaxZoom()) {
                    map.setView(where, zoom);
                    return;
                }
                // Events at one point never split: a list of them, each opening its popup.
                var leaves = clusters.getLeaves(id, LISTED);
                L.popup({maxWidth: 360}).setLatLng(where)
                    .setContent(listOf(leaves, total, where)).openOn(map);
            });
            return marker;
        }

        function listOf(leaves, total, where) {
            var box = element("div", "nm-popup nm-bulk-list");
            var list = element("ul");
            leaves.forEach(function (leaf) {
                var at = leaf.properties.at;
                var item = element("li");
                var open = element("button", "nm-bulk-open", columns.title[at]);
                open.type = "button";
                open.addEventListener("click", function () {
                    L.popup({maxWidth: 360}).setLatLng(where)
                        .setContent(popupOf(columns, at, texts)).openOn(map);
                });
                item.appendChild(open);
                list.appendChild(item);
            });
            box.appendChild(list);
            if (total > leaves.length) {
                box.appendChild(element("p", "nm-bulk-more",
                    texts.more.replace("{count}", total - leaves.length)));
            }
            return box;
        }

        function draw() {
            if (!map) { return; }
            var bounds = map.getBounds();
            var box = [Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()),
                Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())];
            drawn.clearLayers();
            clusters.getClusters(box, Math.round(map.getZoom())).forEach(function (item) {
                drawn.addLayer(item.properties.cluster ? disc(item) : dot(item));
            });
        }
        bulk.draw = draw;

        // The layer control shows and hides layers by name (newsmap keeps the hidden ones).
        function followControl(event) {
            var layer = layers.findIndex(function (each) { return each.name === event.name; });
            if (layer < 0) { return; }
            hidden[layer] = event.type === "overlayremove";
            index();
            draw();
        }

        group.on("add", function () {
            map = group._map;
            var remembered = (newsmap.state && newsmap.state.hidden) || {};
            layers.forEach(function (layer, at) { hidden[at] = Boolean(remembered[layer.name]); });
            index();
            drawn.addTo(group);
            map.on("moveend", draw);
            map.on("overlayadd overlayremove", followControl);
            draw();
        });
        group.on("remove", function () {
            if (map) {
                map.off("moveend", draw);
                map.off("overlayadd overlayremove", followControl);
            }
            map = null;
        });
        // The app redraws every group at once: those of an earlier drawing are off the map.
        for (var old = bulkLayers.length - 1; old >= 0; old -= 1) {
            if (!bulkLayers[old].group._map) { bulkLayers.splice(old, 1); }
        }
        bulkLayers.push(bulk);
    };

    // An event of a bulk layer brought into view, closest zoom, its popup open.
    newsmap.openBulkEvent = function (map, id) {
        bulkLayers.forEach(function (layer) {
            var index = layer.columns.id.indexOf(id);
            if (index < 0 || !map.hasLayer(layer.group)) { return; }
            map.setView([layer.columns.lat[index], layer.columns.lon[index]], 16,
                {animate: false});
            layer.draw();
            layer.drawn.eachLayer(function (mark) {
                if (mark.nmEvent === id && mark.openPopup) { mark.openPopup(); }
            });
        });
    };
}());
