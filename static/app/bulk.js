/*
 * A big story's events, drawn in the browser (geo/map/bulk.py sends them once, as columns):
 * clustered by Supercluster, a cluster as a disc with its count, ringed by its layers' shares,
 * that splits as the reader zooms in (a click, or Enter, zooms to where it splits); a single
 * event as a dot in its actor's colour ringed in its layer's, on a canvas. A dot's popup shows
 * its title at once (made from the columns, put in as text) and asks the app for the card,
 * which the app builds and escapes (geo.map.popups) and sends back through its page
 * (static/app/position.mjs). The layer control's layers show and hide their events.
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

    var DAY = 864e5;

    // "Russia → Ukraine: clash, 6 Feb 2024", from the columns (the app's card says more).
    function titleOf(columns, at, texts) {
        var actor = texts.actors[columns.actor[at]] || {name: ""};
        var other = texts.actors[columns.other[at]];
        var day = new Date(Date.parse(texts.first + "T00:00:00Z") + columns.day[at] * DAY);
        var when = day.toLocaleDateString(texts.locale,
            {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});
        return actor.name + (other ? " → " + other.name : "") + ": "
            + texts.kinds[columns.kind[at]] + ", " + when;
    }

    // A popup's first content: the title, while the app sends the card (newsmap.bulkCard).
    function waitingCard(columns, at, texts) {
        var box = element("div", "nm-popup nm-bulk-waiting");
        box.dataset.event = columns.id[at];
        box.appendChild(element("div", "nm-head", titleOf(columns, at, texts)));
        box.appendChild(element("p", "nm-bulk-loading", texts.loading));
        var href = texts.base && eventLink(texts.base, columns.id[at]);
        if (href) {
            var link = element("a", "nm-event-link", texts.link);
            link.href = href;
            link.target = "_blank";
            link.rel = "noopener";
            box.appendChild(link);
        }
        return box;
    }

    // Asks the app for an event's card; it answers with newsmapCard (see below).
    function askCard(id) {
        if (window.parent === window) { return; }
        window.parent.postMessage({newsmapPosition: {event: id}}, window.location.origin);
    }

    // The app's card for an event (HTML it built and escaped: geo.map.popups.popup_html) goes
    // into the open popup of that event.
    window.addEventListener("message", function (message) {
        var card = message.data && message.data.newsmapCard;
        if (message.origin !== window.location.origin || !card || typeof card.html !== "string") {
            return;
        }
        bulkLayers.forEach(function (bulk) {
            var popup = bulk.openPopup;
            if (popup && popup.isOpen() && popup.nmEvent === card.id) {
                popup.setContent(card.html);
            }
        });
    });

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
            mark.on("click", function () { openCard(at, [columns.lat[at], columns.lon[at]]); });
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

        function openCard(at, where) {
            var popup = L.popup({maxWidth: 360}).setLatLng(where)
                .setContent(waitingCard(columns, at, texts));
            popup.nmEvent = columns.id[at];
            bulk.openPopup = popup;
            popup.openOn(map);
            askCard(columns.id[at]);
        }
        bulk.openCard = openCard;

        function listOf(leaves, total, where) {
            var box = element("div", "nm-popup nm-bulk-list");
            var list = element("ul");
            leaves.forEach(function (leaf) {
                var at = leaf.properties.at;
                var item = element("li");
                var open = element("button", "nm-bulk-open", titleOf(columns, at, texts));
                open.type = "button";
                open.addEventListener("click", function () { openCard(at, where); });
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
            // Beyond MAX_ZOOM the events of one point stay one cluster (listed on a click).
            var zoom = Math.min(Math.round(map.getZoom()), MAX_ZOOM);
            clusters.getClusters(box, zoom).forEach(function (item) {
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
            var where = [layer.columns.lat[index], layer.columns.lon[index]];
            map.setView(where, MAX_ZOOM, {animate: false});
            layer.draw();
            layer.openCard(index, where);
        });
    };
}());
