/*
 * A big story's events, drawn in the browser (geo/map/bulk.py packs them once, as binary
 * columns the page keeps, static/app/bulk_data.mjs; each drawing says which the view shows):
 * clustered by Supercluster, a cluster as a disc with its count, ringed by its layers' shares,
 * that splits as the reader zooms in (a click, or Enter, zooms to where it splits); a single
 * event as a dot in its actor's colour ringed in its layer's. Both are keyboard buttons (named
 * by newsmap.nameMarks from their titles). A dot's popup shows
 * its title at once (made from the columns, put in as text) and asks the app for the card,
 * which the app builds and escapes (geo.map.popups) and sends back through its page
 * (static/app/position.mjs). The layer control's layers show and hide their events.
 *
 *   newsmap.bulk(group, source, shown, texts)  into a feature group (on the map or not):
 *       source {key} names the packed data the page keeps ({key, inline}: base64, carried),
 *       shown the bits of the events the view shows (base64, least significant bit first)
 *   newsmap.openBulkEvent(map, id)             brings the focused event into view, popup open
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
    function clusterIcon(counts, total, layers, background) {
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
        ring.className = background ? "nm-cluster nm-cluster-background" : "nm-cluster";
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

    var DAY = 864e5;
    var HEADER = 32;

    function fromBase64(text) {
        var binary = window.atob(text);
        var bytes = new Uint8Array(binary.length);
        for (var at = 0; at < binary.length; at += 1) { bytes[at] = binary.charCodeAt(at); }
        return bytes;
    }

    // The packed columns (geo/map/bulk.py says the layout) as typed arrays over the buffer.
    function unpack(buffer) {
        var head = new DataView(buffer, 16, 12);
        var count = head.getUint32(0, true);
        var places = head.getUint32(4, true);
        var offset = HEADER;
        function next(Type, length) {
            var array = new Type(buffer, offset, length);
            offset += length * Type.BYTES_PER_ELEMENT;
            return array;
        }
        var lat = next(Float32Array, places);
        var lon = next(Float32Array, places);
        return {
            count: count, placeLat: lat, placeLon: lon,
            place: next(Uint32Array, count), day: next(Uint32Array, count),
            actor: next(Int32Array, count), other: next(Int32Array, count),
            layer: next(Uint8Array, count), kind: next(Uint8Array, count)
        };
    }

    function keyOf(buffer) {
        return String.fromCharCode.apply(null, new Uint8Array(buffer, 0, 16));
    }

    // The packed data: carried by the drawing, or kept by the app's page (maybe not yet).
    function packedData(source) {
        if (source.inline) { return fromBase64(source.inline).buffer; }
        try {
            var kept = window.parent !== window && window.parent.newsmapBulkData;
            var buffer = kept && kept[source.key];
            return buffer && keyOf(buffer) === source.key ? buffer : null;
        } catch {
            return null;
        }
    }

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

    // A popup's first content: the title, while the app sends the card (a page of its own
    // has no app to ask: the title is all).
    function waitingCard(columns, at, texts, asking) {
        var box = element("div", "nm-popup nm-bulk-waiting");
        box.appendChild(element("div", "nm-head", titleOf(columns, at, texts)));
        if (asking) { box.appendChild(element("p", "nm-bulk-loading", texts.loading)); }
        return box;
    }

    // Asks the app for the card of the packed event `at` (of the story's background data or
    // its own); it answers with newsmapCard.
    function askCard(at, background) {
        window.parent.postMessage({newsmapPosition: {bulk: at, background: background}},
            window.location.origin);
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
            if (popup && popup.isOpen() && popup.nmAt === card.at
                    && bulk.background === Boolean(card.background)) {
                popup.setContent(card.html);
                // The card is taller than the title it replaces: pan it into view again
                // (Leaflet skips the pan that follows its own on opening).
                popup.update();
            }
        });
    });

    // A story's background data is drawn in a pane of its own, under the story's lines (400)
    // and marks (600), over its areas (340).
    var BACKGROUND_PANE = "nm-background";

    function backgroundPane(map) {
        if (!map.getPane(BACKGROUND_PANE)) { map.createPane(BACKGROUND_PANE).style.zIndex = 350; }
    }

    newsmap.bulk = function (group, source, shown, texts) {
        var layers = texts.layers;
        var background = Boolean(texts.background);
        var drawn = L.layerGroup();
        var asking = !source.inline && window.parent !== window;
        var bits = fromBase64(shown);
        var map = null;
        var columns = null;
        var clusters = null;
        var hidden = {};  // layer index → hidden by the layer control
        var first = newsmap.dayNumber(texts.first);  // days as playback counts them
        var playDay = null;  // the day playback shows (its day number), null: the whole period
        var bulk = {group: group, texts: texts, drawn: drawn, background: background};

        function number(count) { return count.toLocaleString(texts.locale); }  // "8 532" in French
        var listedAt = {};  // packed index → id, of the events the page lists under the map
        Object.keys(texts.listed || {}).forEach(function (id) { listedAt[texts.listed[id]] = id; });

        function where(at) {
            var place = columns.place[at];
            return [columns.placeLat[place], columns.placeLon[place]];
        }

        function index() {  // the shown layers' events, clustered with their count per layer
            var points = [];
            for (var row = 0; row < columns.count; row += 1) {
                if (!(bits[row >> 3] & (1 << (row & 7))) || hidden[columns.layer[row]]
                        || (playDay !== null && first + columns.day[row] > playDay)) { continue; }
                var place = columns.place[row];
                points.push({
                    type: "Feature",
                    properties: {at: row},
                    geometry: {
                        type: "Point",
                        coordinates: [columns.placeLon[place], columns.placeLat[place]]
                    }
                });
            }
            clusters = new window.Supercluster({
                radius: 50,
                maxZoom: MAX_ZOOM,
                map: function (properties) {
                    var counts = layers.map(function () { return 0; });
                    counts[columns.layer[properties.at]] = 1;
                    return {counts: counts};
                },
                // (Supercluster starts a cluster from a shallow copy of a child's properties:
                // a new array each time, or the child's counts would grow too.)
                reduce: function (into, properties) {
                    into.counts = into.counts.map(function (count, layer) {
                        return count + properties.counts[layer];
                    });
                }
            }).load(points);
        }

        // A single event: a dot in its actor's colour ringed in its layer's, a keyboard button
        // named by its title (clusters keep single events at least their radius apart, so
        // the dots in view stay few enough to be elements of their own).
        function dot(point) {
            var at = point.properties.at;
            var actor = texts.actors[columns.actor[at]] || {color: ""};
            var face = element("div", background ? "nm-dot nm-dot-background" : "nm-dot");
            var when = playDay === null ? ""
                : first + columns.day[at] === playDay ? " nm-today" : " nm-past";
            if (listedAt[at] !== undefined) {  // outlined with its list line (newsmap.highlight)
                face.dataset.event = listedAt[at];
            }
            face.style.background = safeColor(actor.color);
            face.style.borderColor = safeColor(layers[columns.layer[at]].color);
            var mark = L.marker(where(at), {
                icon: L.divIcon({className: "nm-dot-icon" + when, html: face, iconSize: [14, 14]}),
                title: titleOf(columns, at, texts),
                keyboard: true,
                pane: background ? BACKGROUND_PANE : "markerPane"
            });
            mark.nmAt = at;
            mark.nmKey = "dot " + at;
            mark.on("click", function () {
                var element = mark.getElement();
                var keyboard = Boolean(element) && element.matches(":focus-visible");
                openCard(at, where(at));
                if (keyboard) {  // Enter on a focused dot: its card takes the focus, as a mark's
                    newsmap.focusPopup(bulk.openPopup, titleOf(columns, at, texts));
                }
            });
            return mark;
        }

        function disc(cluster) {
            var point = [cluster.geometry.coordinates[1], cluster.geometry.coordinates[0]];
            var counts = cluster.properties.counts;
            var total = cluster.properties.point_count;
            var parts = [];
            counts.forEach(function (count, layer) {
                if (count) { parts.push(number(count) + " " + layers[layer].name); }
            });
            var marker = L.marker(point, {
                icon: clusterIcon(counts, total, layers, background),
                pane: background ? BACKGROUND_PANE : "markerPane",
                title: texts.cluster.replace("{count}", number(total))
                    .replace("{layers}", parts.join(", ")),
                keyboard: true
            });
            marker.nmKey = "cluster " + cluster.properties.cluster_id;
            marker.on("click", function () {
                var id = cluster.properties.cluster_id;
                var zoom = clusters.getClusterExpansionZoom(id);
                if (zoom <= MAX_ZOOM && zoom <= map.getMaxZoom()) {
                    map.setView(point, zoom);
                    return;
                }
                // Events at one point never split: a list of them, each opening its popup.
                var leaves = clusters.getLeaves(id, LISTED);
                var list = L.popup({maxWidth: 360}).setLatLng(point)
                    .setContent(listOf(leaves, total, point));
                list.nmReturn = function () { return markOf(-1, point); };
                list.openOn(map);
            });
            return marker;
        }

        // The mark drawn now for the event `at`, at `point` (focus goes back to it when its
        // card closes, newsmap.js): its dot, else the cluster nearest to it.
        function markOf(at, point) {
            var found = null, far = Infinity;
            if (!map) { return null; }  // a drawing of an earlier run
            drawn.eachLayer(function (mark) {
                var away = mark.nmAt === at ? -1
                    : mark.nmAt === undefined ? map.distance(mark.getLatLng(), point) : Infinity;
                if (away < far) { found = mark; far = away; }
            });
            return found;
        }

        function openCard(at, point) {
            var popup = L.popup({maxWidth: 360}).setLatLng(point)
                .setContent(waitingCard(columns, at, texts, asking));
            popup.nmAt = at;
            popup.nmReturn = function () { return markOf(at, point); };
            bulk.openPopup = popup;
            popup.openOn(map);
            if (asking) { askCard(at, background); }
        }
        bulk.openCard = openCard;

        function listOf(leaves, total, point) {
            var box = element("div", "nm-popup nm-bulk-list");
            var list = element("ul");
            leaves.forEach(function (leaf) {
                var at = leaf.properties.at;
                var item = element("li");
                var open = element("button", "nm-bulk-open", titleOf(columns, at, texts));
                open.type = "button";
                open.addEventListener("click", function () { openCard(at, point); });
                item.appendChild(open);
                list.appendChild(item);
            });
            box.appendChild(list);
            if (total > leaves.length) {
                box.appendChild(element("p", "nm-bulk-more",
                    texts.more.replace("{count}", number(total - leaves.length))));
            }
            return box;
        }

        function draw() {
            if (!map || !clusters) { return; }
            var bounds = map.getBounds();
            var box = [Math.max(-180, bounds.getWest()), Math.max(-85, bounds.getSouth()),
                Math.min(180, bounds.getEast()), Math.min(85, bounds.getNorth())];
            // The mark the keyboard is on keeps the focus in the new drawing (focusing a mark
            // near the edge pans it into view, which draws every mark again).
            var focused = null;
            drawn.eachLayer(function (mark) {
                if (mark.getElement() === document.activeElement) { focused = mark.nmKey; }
            });
            drawn.clearLayers();
            // Beyond MAX_ZOOM the events of one point stay one cluster (listed on a click).
            var zoom = Math.min(Math.round(map.getZoom()), MAX_ZOOM);
            clusters.getClusters(box, zoom).forEach(function (item) {
                var mark = item.properties.cluster ? disc(item) : dot(item);
                drawn.addLayer(mark);
                if (focused !== null && mark.nmKey === focused) {
                    mark.getElement().focus({preventScroll: true});
                }
            });
        }
        bulk.draw = draw;

        // The layer control shows and hides layers by name (newsmap keeps the hidden ones).
        // The app's redraw adds and removes every group at once, which the control tells as
        // shown and hidden layers too: a change is clustered once, after the redraw, and only
        // by a drawing still on the map.
        var later = null;
        function followControl(event) {
            var layer = layers.findIndex(function (each) { return each.name === event.name; });
            var hide = event.type === "overlayremove";
            if (layer < 0 || Boolean(hidden[layer]) === hide) { return; }
            hidden[layer] = hide;
            steps = null;
            if (!background && newsmap.refreshPlayback) { newsmap.refreshPlayback(map); }
            if (later === null) {
                later = window.setTimeout(function () {
                    later = null;
                    if (map && columns) {
                        index();
                        draw();
                    }
                }, 0);
            }
        }

        function start() {  // on the map, with the data: cluster and draw
            if (!map) { return; }
            if (!columns) {
                var buffer = packedData(source);
                if (!buffer) { return; }  // the page's data comes later (see below)
                columns = unpack(buffer);
            }
            var remembered = (newsmap.state && newsmap.state.hidden) || {};
            layers.forEach(function (layer, at) { hidden[at] = Boolean(remembered[layer.name]); });
            index();
            draw();
            if (bulk.pending) { bulk.pending(); }
            if (!background && newsmap.refreshPlayback) { newsmap.refreshPlayback(map); }
        }
        bulk.start = start;
        bulk.ready = function () { return Boolean(clusters); };
        bulk.openFocus = function (at) {
            var point = where(at);
            map.setView(point, MAX_ZOOM, {animate: false});
            draw();
            openCard(at, point);
            newsmap.focusPopup(bulk.openPopup, titleOf(columns, at, texts));
        };

        // Playback (static/app/playback.js) shows the events up to its day, that day's
        // highlighted, the earlier faded: a story's background data too (nothing after the
        // day shows), though the span played is the story's own.
        function followPlayback(event) {
            var day = event.at ? newsmap.dayNumber(event.at) : null;
            if (day === playDay) { return; }
            playDay = day;
            later = later || window.setTimeout(function () {
                later = null;
                if (map && columns) {
                    index();
                    draw();
                }
            }, 0);
        }

        // Playback's event steps (« and ») go through the shown events too: their packed
        // indexes in order of first day, made when first asked (after a change of the layers
        // shown, again).
        var steps = null;
        bulk.steps = function () {
            if (background || !columns) { return []; }
            if (!steps) {
                steps = [];
                for (var row = 0; row < columns.count; row += 1) {
                    if ((bits[row >> 3] & (1 << (row & 7))) && !hidden[columns.layer[row]]) {
                        steps.push(row);
                    }
                }
                steps.sort(function (a, b) { return columns.day[a] - columns.day[b] || a - b; });
            }
            return steps;
        };
        bulk.dayOf = function (at) { return first + columns.day[at]; };

        // The first and last days of the shown events, as playback counts days.
        var shownSpan;
        bulk.span = function () {
            if (!columns || background) { return null; }
            if (shownSpan !== undefined) { return shownSpan; }
            var low = Infinity, high = -Infinity;
            for (var row = 0; row < columns.count; row += 1) {
                if (bits[row >> 3] & (1 << (row & 7))) {
                    low = Math.min(low, columns.day[row]);
                    high = Math.max(high, columns.day[row]);
                }
            }
            shownSpan = low > high ? null : [first + low, first + high];
            return shownSpan;
        };

        group.on("add", function () {
            map = group._map;
            if (background) { backgroundPane(map); }
            drawn.addTo(group);
            map.on("moveend", draw);
            map.on("overlayadd overlayremove", followControl);
            map.on("nm-playback", followPlayback);
            var shown = newsmap.playbackState && newsmap.playbackState.at;
            playDay = shown === undefined ? null : shown;
            start();
        });
        group.on("remove", function () {
            if (map) {
                map.off("moveend", draw);
                map.off("overlayadd overlayremove", followControl);
                map.off("nm-playback", followPlayback);
            }
            map = null;
        });
        // The app redraws every group at once: those of an earlier drawing are off the map.
        for (var old = bulkLayers.length - 1; old >= 0; old -= 1) {
            if (!bulkLayers[old].group._map) { bulkLayers.splice(old, 1); }
        }
        bulkLayers.push(bulk);
    };

    // The page's data came (static/app/bulk_data.mjs): the drawings that waited for it start.
    window.addEventListener("message", function (message) {
        var key = message.data && message.data.newsmapBulkData;
        if (message.origin !== window.location.origin || typeof key !== "string") { return; }
        bulkLayers.forEach(function (bulk) {
            if (!bulk.ready()) { bulk.start(); }
        });
    });

    // The event a link opened (the drawing's focus) or a list line (one the page lists) brought
    // into view, closest zoom, its popup open (once the data is there).
    newsmap.openBulkEvent = function (map, id) {
        bulkLayers.forEach(function (layer) {
            var focus = layer.texts.focus;
            var listed = layer.texts.listed || {};
            var at = focus && focus.id === id ? focus.at
                : Object.prototype.hasOwnProperty.call(listed, id) ? listed[id] : -1;
            if (at < 0 || !map.hasLayer(layer.group)) { return; }
            layer.pending = function () {
                layer.pending = null;
                layer.openFocus(at);
            };
            if (layer.ready()) { layer.pending(); }
        });
    };
}());
