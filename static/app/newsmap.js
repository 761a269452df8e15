/*
 * The news map's own behaviour inside the map frame, loaded by the app from static/app/.
 * Python (geo/map/elements.py) only calls these functions with parameters.
 *
 *   newsmap.rememberHiddenLayers()                       layers the reader unticks stay hidden
 *   newsmap.offlineOutlines(map, tiles, url, texts)      country outlines where tiles fail
 *   newsmap.updateView(points, token, legend, title,     after each redraw of the layers
 *                      focus, days, at)
 *   newsmap.openEvent(map, id)                           an event's mark in view, popup open
 *   newsmap.focusPopup(popup, label)                     a popup as a named dialog, focused
 *   newsmap.readers(map, texts)                          keyboard, screen readers, phones, wheel
 *   newsmap.nameMarks(map)                               (by readers and updateView) marks' names
 *   newsmap.declutter(map)                               (after updates and zooms) overlaps
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
    newsmap.updateView = function (points, fitToken, legend, legendTitle, focus, days, at) {
        setTimeout(function () {
            if (window.map) { showLegend(window.map, legend, legendTitle); }
            if (window.map && newsmap.setDays) { newsmap.setDays(window.map, days, at); }
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
            newsmap.nameMarks(map);
            declutterSoon(map);
            var first = !("fitToken" in state);
            var asked = !first && state.fitToken !== fitToken;  // the "Fit" button
            state.fitToken = fitToken;
            if (!points.length) { return; }
            var view = map.getBounds();
            var anyVisible = points.some(function (point) { return view.contains(point); });
            if (first || asked || !anyVisible) {
                // More room on the right: reference labels and troop labels extend that way;
                // at the bottom, room for the playback control over the map, unless that
                // zooms out to a world smaller than the map (the view cannot move then).
                var bounds = L.latLngBounds(points);
                var playback = map.getContainer().querySelector(".nm-playback");
                // (with the scale under it; its second row, the steps, may wrap in only
                // after this runs, and it may not be in place yet)
                var below = playback ? Math.max(playback.offsetHeight, 68) + 50 : 0;
                if (below && map.getBoundsZoom(bounds, false, L.point(130, 80 + below)) < 2) {
                    below = 0;
                }
                map.fitBounds(bounds, {
                    paddingTopLeft: [40, 40],
                    paddingBottomRight: [90, 40 + below],
                    maxZoom: 6,
                    animate: !first
                });
                if (asked) { outlineBriefly(map, bounds); }
            }
            openOnce(map, focus || "");
        }, 0);
    };

    // Marks and troop numbers that overlap at the current zoom are moved apart on screen, so
    // that every mark shows and takes its own clicks and no number hides another; as the
    // reader zooms in they go back to their places. CSS `translate` moves them without
    // touching Leaflet's own positioning (its `transform`). Marks first: two that overlap share the move, the
    // shorter way out. Then each number, in turn, takes the nearest free row above or below
    // its place (it stays across its line), clear of every mark and earlier number.
    var GAP = 2;
    var MAX_DECLUTTERED = 400;

    function boxesOf(container, selector) {
        var items = [];
        container.querySelectorAll(selector).forEach(function (element) {
            element.style.translate = "";
            var box = element.getBoundingClientRect();
            if (box.width) {
                items.push({element: element, x: box.left, y: box.top, w: box.width,
                            h: box.height, dx: 0, dy: 0});
            }
        });
        return items;
    }

    function overlap(a, b) {  // [x, y] overlap of two moved boxes with a gap, 0 when apart
        var x = Math.min(a.x + a.dx + a.w, b.x + b.dx + b.w) - Math.max(a.x + a.dx, b.x + b.dx);
        var y = Math.min(a.y + a.dy + a.h, b.y + b.dy + b.h) - Math.max(a.y + a.dy, b.y + b.dy);
        return x > -GAP && y > -GAP ? [x + GAP, y + GAP] : null;
    }

    function spreadMarks(marks) {
        for (var round = 0; round < 40; round += 1) {
            var moved = false;
            for (var i = 0; i < marks.length; i += 1) {
                for (var j = i + 1; j < marks.length; j += 1) {
                    var a = marks[i], b = marks[j], both = overlap(a, b);
                    if (!both || Math.min(both[0], both[1]) <= GAP) { continue; }
                    moved = true;
                    var alongX = both[0] < both[1];
                    var centre = alongX ? (b.x + b.dx + b.w / 2) - (a.x + a.dx + a.w / 2)
                        : (b.y + b.dy + b.h / 2) - (a.y + a.dy + a.h / 2);
                    var half = (centre > 0 || (centre === 0 && (i + j) % 2) ? 1 : -1)
                        * (alongX ? both[0] : both[1]) / 2;
                    if (alongX) { a.dx -= half; b.dx += half; } else { a.dy -= half; b.dy += half; }
                }
            }
            if (!moved) { return; }
        }
    }

    function placeNumbers(numbers, marks) {
        var placed = marks.slice();
        numbers.forEach(function (number) {
            var best = null;
            for (var step = 0; step <= 8; step += 1) {
                var rows = Math.ceil(step / 2) * (step % 2 ? -1 : 1);  // 0, -1, 1, -2, 2...
                number.dy = rows * (number.h + GAP);
                var covered = placed.reduce(function (sum, other) {
                    var both = overlap(number, other);
                    return sum + (both && Math.min(both[0], both[1]) > GAP ? both[0] * both[1] : 0);
                }, 0);
                if (!best || covered < best.covered) { best = {covered: covered, dy: number.dy}; }
                if (!covered) { break; }
            }
            number.dy = best.dy;
            placed.push(number);
        });
    }

    // Places' names, events' places first, then places named without an event: each shows
    // only where it covers no mark, number or name shown before it.
    function nameWhereRoom(container, placed) {
        var names = boxesOf(container, ".nm-place-name, .nm-mention");
        names.forEach(function (name) {
            var free = placed.every(function (other) {
                var both = overlap(name, other);
                return !both || Math.min(both[0], both[1]) <= GAP;
            });
            name.element.style.visibility = free ? "" : "hidden";
            if (free) { placed.push(name); }
        });
    }

    function declutter(map) {
        if (map._animatingZoom) {  // boxes are mid-flight: measure once the zoom has ended
            declutterSoon(map);
            return;
        }
        newsmap.state.decluttered = (newsmap.state.decluttered || 0) + 1;  // runs, for tests
        var container = map.getContainer();
        var marks = boxesOf(container, ".leaflet-marker-icon.nm-marker-icon");
        if (marks.length > MAX_DECLUTTERED) { return; }  // a big set is clustered instead
        var numbers = boxesOf(container, ".nm-troop-label");
        spreadMarks(marks);
        placeNumbers(numbers, marks);
        nameWhereRoom(container, marks.concat(numbers));
        marks.concat(numbers).forEach(function (item) {
            if (item.dx || item.dy) {
                item.element.style.translate = Math.round(item.dx) + "px " + Math.round(item.dy) + "px";
            }
        });
    }

    // Soon after a change, and once more when the frame has surely settled (a busy machine
    // may lay out the frame after the first pass).
    function declutterSoon(map) {
        (map.nmDeclutter || []).forEach(clearTimeout);
        map.nmDeclutter = [30, 400].map(function (delay) {
            return setTimeout(function () { declutter(map); }, delay);
        });
    }
    newsmap.declutter = declutter;

    // The layer that draws an event's mark: its marker, or the wide twin of its line.
    function markOf(map, eventId) {
        var found = null;
        map.eachLayer(function (layer) {
            var element = !found && layer.getElement && layer.getElement();
            if (!element || !element.classList) { return; }
            var marker = element.querySelector && element.querySelector(".nm-marker");
            if ((marker && marker.dataset.event === eventId)
                || element.classList.contains("nm-hit-" + eventId)) { found = layer; }
        });
        return found;
    }

    // An event's mark brought into view (closer when the map shows too much), its popup open;
    // `animate`: the map flies there first (the popup opens when it lands).
    newsmap.openEvent = function (map, eventId, animate) {
        var layer = eventId && markOf(map, eventId);
        if (!layer) {  // a big story's event, drawn by bulk.js
            if (eventId && newsmap.openBulkEvent) { newsmap.openBulkEvent(map, eventId); }
            return;
        }
        var where = layer.getLatLng ? layer.getLatLng() : layer.getCenter();
        var zoom = Math.max(map.getZoom(), 5);
        if (!animate) {
            map.setView(where, zoom, {animate: false});
            openMarkPopup(map, layer);
            return;
        }
        var opened = false;
        function open() {
            if (opened) { return; }
            opened = true;
            map.off("moveend", open);
            openMarkPopup(map, layer);
        }
        map.on("moveend", open);
        setTimeout(open, 1500);  // a flight cut short by the reader still opens the popup
        map.flyTo(where, zoom, {duration: 0.8});
    };

    // A link to one event opens the map on it, its popup open: once, not at every redraw.
    function openOnce(map, eventId) {
        if (newsmap.state.focused === eventId) { return; }
        newsmap.state.focused = eventId;
        newsmap.openEvent(map, eventId, false);
    }

    // Where the "Fit" button brought the view, outlined for a moment: the reader sees that it
    // worked even when the view was already there.
    function outlineBriefly(map, bounds) {
        var outline = L.rectangle(bounds.pad(0.05), {
            color: "#1a1a1a", weight: 2, dashArray: "6 4", fill: false, interactive: false
        }).addTo(map);
        outline.getElement().classList.add("nm-fit-outline");
        setTimeout(function () { map.removeLayer(outline); }, 1600);
    }

    // Whether the page around the map is narrow: the app's columns then stack (Streamlit's
    // breakpoint, 640 px) and its legend falls below the map; a page of its own (the
    // downloaded map) puts its legend below from 700 px.
    function pageIsNarrow() {
        try {
            if (window.parent !== window) { return window.parent.innerWidth < 640; }
        } catch (error) {  // a frame of another origin: its own width says
            return error && window.innerWidth < 640;
        }
        return window.innerWidth < 700;
    }

    // The legend of what is shown, in a folding box at the map's top right, where the page
    // has no room for it beside the map (on a phone it falls below, out of sight of the
    // marks). It opens folded; it stays as the reader left it.
    function showLegend(map, html, title) {
        var state = newsmap.state;
        if (!state.legend) {
            var place = function () {
                map.getContainer().classList.toggle("nm-legend-inside", pageIsNarrow());
            };
            window.addEventListener("resize", place);
            place();
            var control = L.control({position: "topright"});
            control.onAdd = function () {
                var box = L.DomUtil.create("details", "nm-map-legend");
                L.DomUtil.create("summary", "", box);
                L.DomUtil.create("div", "nm-map-legend-body", box);
                L.DomEvent.disableClickPropagation(box);
                L.DomEvent.disableScrollPropagation(box);
                return box;
            };
            control.addTo(map);
            state.legend = control.getContainer();
        }
        state.legend.querySelector("summary").textContent = title;
        // Built and escaped by geo/map/legend.py from the story's data.
        state.legend.querySelector(".nm-map-legend-body").innerHTML = html;
    }

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
    newsmap.offlineOutlines = function (map, tiles, url, texts) {
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
                setNote(texts.outlinesFailed.replace("{reason}", failure));
            } else if (outlines === "drawn" && round.failed === 0) {
                setNote("");
            } else if (outlines === "drawn" && round.loaded === 0) {
                setNote(texts.tilesMissing);
            } else if (outlines === "drawn") {
                setNote(texts.tilesSome.replace("{failed}", round.failed)
                        .replace("{total}", round.failed + round.loaded));
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

    // --- Every reader: keyboard and screen readers, phones, the mouse wheel ------------------

    function noop() { return undefined; }

    // The plain text of a layer's hover title. folium binds it as escaped HTML: parsed into an
    // inert document (nothing runs, nothing loads), only its text is kept.
    function titleOf(layer) {
        var tooltip = layer.getTooltip && layer.getTooltip();
        var content = tooltip ? tooltip.getContent() : (layer.options && layer.options.title) || "";
        if (typeof content === "function") { content = content(layer); }
        var text = content && content.nodeType ? content.textContent
            : new DOMParser().parseFromString(String(content || ""), "text/html").body.textContent;
        return text.replace(/\s+/g, " ").trim();
    }

    // The element of an event's mark (a marker holding `.nm-marker`, a big story's dot or
    // cluster, or the wide invisible twin `path.nm-hit` of a movement line), null for anything
    // else.
    function markElement(layer) {
        var element = layer.getElement && layer.getElement();
        if (!element || !element.classList) { return null; }
        var mark = layer instanceof L.Marker
            ? element.querySelector(".nm-marker, .nm-dot, .nm-cluster")
            : layer instanceof L.Path && element.classList.contains("nm-hit");
        return mark ? element : null;
    }

    // Each event's mark is a button in the tab order, named by its hover title; the other
    // icons (arrowheads, troop labels, spider legs, reference dots) and shapes are no tab stop.
    // Leaflet makes every marker icon a button and makes new icons when a layer comes back,
    // so this runs after every layer update.
    newsmap.nameMarks = function (map) {
        map.eachLayer(function (layer) {
            var element = markElement(layer);
            if (element) {
                var title = titleOf(layer);
                // The actor's initials drawn on a marker are part of its name (WCAG 2.5.3:
                // a voice user says what they see).
                var code = element.querySelector(".nm-marker text");
                code = code ? code.textContent.trim() : "";
                var word = new RegExp("(^|[^\\w])" + code.replace(/\W/g, "") + "([^\\w]|$)", "i");
                if (code && !word.test(title)) { title += ", " + code; }
                element.setAttribute("tabindex", "0");
                element.setAttribute("role", "button");
                if (element.querySelector(".nm-cluster")) {  // a cluster zooms in
                    element.removeAttribute("aria-haspopup");
                } else {
                    element.setAttribute("aria-haspopup", "dialog");
                }
                if (title) { element.setAttribute("aria-label", title); }
                // The open title repeats the name: no aria-describedby (nor a stale one).
                element.removeAttribute("aria-describedby");
                layer._setAriaDescribedByOnLayer = noop;
                element.nmMark = layer;
                return;
            }
            element = (layer instanceof L.Marker || layer instanceof L.Path) && layer.getElement();
            if (!element) { return; }
            // Chromium makes an SVG shape with focus listeners (a hover title) a tab stop:
            // areas, country rings and line ends are not marks either.
            element.setAttribute("tabindex", "-1");
            element.removeAttribute("role");
            if (layer instanceof L.Marker && !layer.options.interactive
                && !element.textContent.trim()) {
                element.setAttribute("aria-hidden", "true");  // drawing only
            }
        });
    };

    function nameSoon(map) {
        if (map.nmNaming) { return; }
        map.nmNaming = setTimeout(function () {
            map.nmNaming = null;
            newsmap.nameMarks(map);
        }, 0);
    }

    function focusQuietly(element) {
        if (element && element.isConnected && document.hasFocus()) {
            element.focus({preventScroll: true});
        }
    }

    // Leaflet focuses the map on mousedown and then restores the frame's own scroll only: the
    // page around the frame scrolled the map into view, so on a phone the first tap on a mark
    // ended beside it. Focus without scrolling instead.
    function focusWithoutScrolling(map) {
        var keyboard = map.keyboard;
        if (!keyboard) { return; }
        var enabled = keyboard.enabled();
        if (enabled) { keyboard.disable(); }
        keyboard._onMouseDown = function () {
            if (!this._focused) { this._map.getContainer().focus({preventScroll: true}); }
        };
        if (enabled) { keyboard.enable(); }
    }

    // The popup as a dialog named `label` (its mark's title), focused so that it is read out
    // (and the arrow keys step on from it: playback.js). Also a big story's card (bulk.js).
    function focusPopup(popup, label) {
        var box = popup.getElement();
        if (!box) { return; }
        box.setAttribute("role", "dialog");
        box.setAttribute("aria-label", label);
        box.setAttribute("tabindex", "-1");
        focusQuietly(box);
    }
    newsmap.focusPopup = focusPopup;

    // Opens a mark's popup as a click does (folium fills a lazy popup on the first click).
    function openMarkPopup(map, layer) {
        var popup = layer.getPopup && layer.getPopup();
        if (!popup) {  // a big story's dot or cluster (bulk.js): a click opens its card or zooms
            layer.fire("click", {latlng: layer.getLatLng()});
            return;
        }
        if (!popup.isOpen()) {
            var latlng = layer.getLatLng ? layer.getLatLng() : layer.getCenter();
            layer.fire("click", {
                latlng: latlng,
                layerPoint: map.latLngToLayerPoint(latlng),
                containerPoint: map.latLngToContainerPoint(latlng)
            });
        }
        if (popup.isOpen()) { focusPopup(popup, titleOf(layer)); }
    }

    // Enter or Space on a mark opens its popup; Escape closes the open popup, and focus goes
    // back to the mark whenever it was in the popup. A mark focused from the keyboard outside
    // the view brings the view to it (a line: its middle), and a focused line is traced.
    function keyboardMarks(map) {
        var container = map.getContainer();
        var open = null;
        container.addEventListener("keydown", function (event) {
            var layer = event.target.nmMark;
            if (!layer || (event.key !== "Enter" && event.key !== " ")) { return; }
            event.preventDefault();  // no keypress (Leaflet would open an empty popup), no scroll
            event.stopPropagation();
            openMarkPopup(map, layer);
        });
        var focusPane = map.createPane("nm-focus");
        focusPane.style.zIndex = 645;  // over the marks and troop numbers, under the titles
        focusPane.style.pointerEvents = "none";
        var traced = null;
        function untrace() {
            if (traced) { map.removeLayer(traced); }
            traced = null;
        }
        container.addEventListener("focusin", function (event) {
            var layer = event.target.nmMark;
            var keyboard = Boolean(layer) && event.target.matches(":focus-visible");
            container.classList.toggle("nm-keyboard-focus", keyboard);  // titles clear the ring
            untrace();
            if (!keyboard) { return; }
            if (layer.getLatLng) {
                map.panInside(layer.getLatLng(), {padding: [60, 60]});
                return;
            }
            // A focused line is traced over whatever covers it (its ends' marks).
            var style = {pane: "nm-focus", interactive: false, lineCap: "round"};
            traced = L.layerGroup([
                L.polyline(layer.getLatLngs(), L.extend({color: "#fff", weight: 10}, style)),
                L.polyline(layer.getLatLngs(), L.extend({color: "#1a1a1a", weight: 4}, style))
            ]).addTo(map);
            map.panInside(layer.getCenter(), {padding: [60, 60]});
        });
        container.addEventListener("focusout", function () {
            container.classList.remove("nm-keyboard-focus");
            untrace();
        });
        document.addEventListener("keydown", function (event) {
            if (event.key === "Escape" && open) {
                event.preventDefault();
                map.closePopup(open);
            }
        });
        map.on("popupopen", function (event) { open = event.popup; });
        map.on("popupclose", function (event) {
            var popup = event.popup;
            if (open === popup) { open = null; }
            var box = popup.getElement();
            var active = document.activeElement;
            if (active && active !== document.body && !(box && box.contains(active))) { return; }
            // A big story's card or list (bulk.js) names the mark it belongs to.
            var source = popup._source || (popup.nmReturn && popup.nmReturn());
            var element = source && markElement(source);
            if (element) { focusQuietly(element); }
        });
    }

    // A hover title must not stay over the popup (on touch screens nothing closes it): close
    // every title once the click that opened the popup is handled.
    function closeTitlesOnPopup(map) {
        map.on("popupopen", function () {
            setTimeout(function () {
                map.eachLayer(function (layer) {
                    if (layer.getTooltip && layer.getTooltip() && layer.isTooltipOpen()) {
                        layer.closeTooltip();
                    }
                });
            }, 0);
        });
    }

    // Gesture handling (as the leaflet-gesture-handling package does): on a touch screen one
    // finger scrolls the page and two fingers pan and zoom the map (Leaflet's pinch pans too);
    // the mouse wheel scrolls the page unless Ctrl or ⌘ is held or the reader clicked into the
    // map, until the pointer leaves it. A short note over the map says how.
    function gestures(map, texts) {
        var container = map.getContainer();
        var hint = L.DomUtil.create("div", "nm-gesture-hint", container);
        var hintText = L.DomUtil.create("span", "", hint);
        hint.setAttribute("aria-hidden", "true");
        var hideTimer = null;
        var engaged = false;
        var touchStart = null;
        var mac = /Mac|iPhone|iPad/.test(navigator.platform || navigator.userAgent);

        function hideHint() {
            clearTimeout(hideTimer);
            hint.classList.remove("nm-shown");
        }
        function showHint(text) {
            hintText.textContent = text;
            hint.classList.add("nm-shown");
            clearTimeout(hideTimer);
            hideTimer = setTimeout(hideHint, 1500);
        }
        function onControl(target) {
            return target.closest && target.closest(".leaflet-control, .leaflet-popup");
        }

        // Whether a touch starts a drag is settled (CSS touch-action) before any script runs:
        // touch screens start without one-finger dragging, a mouse brings it back.
        if (window.matchMedia && window.matchMedia("(pointer: coarse)").matches) {
            map.dragging.disable();
        }
        container.addEventListener("pointerdown", function (event) {
            if (event.pointerType === "touch") {
                if (map.dragging.enabled()) { map.dragging.disable(); }
                return;
            }
            engaged = true;
            if (!map.dragging.enabled()) { map.dragging.enable(); }
        }, true);
        container.addEventListener("pointerleave", function (event) {
            if (event.pointerType !== "touch") { engaged = false; }
        });

        container.addEventListener("wheel", function (event) {
            if (event.ctrlKey || event.metaKey || engaged || onControl(event.target)) {
                hideHint();
                return;
            }
            event.stopImmediatePropagation();  // Leaflet's wheel zoom (on the container) sees none
            showHint(mac ? texts.wheelMac : texts.wheel);
        }, {capture: true, passive: true});

        container.addEventListener("touchstart", function (event) {
            var touch = event.touches[0];
            touchStart = event.touches.length === 1 ? [touch.clientX, touch.clientY] : null;
            if (!touchStart) { hideHint(); }
        }, {capture: true, passive: true});
        container.addEventListener("touchmove", function (event) {
            if (!touchStart || event.touches.length !== 1 || map.dragging.enabled()) { return; }
            var touch = event.touches[0];
            var moved = Math.abs(touch.clientX - touchStart[0])
                + Math.abs(touch.clientY - touchStart[1]);
            if (moved > 10 && !onControl(event.target)) { showHint(texts.touch); }
        }, {capture: true, passive: true});
    }

    // On a narrow map the scale (bottom left) would slide under the attribution (bottom right):
    // then it stands on top of it.
    function keepControlsApart(map) {
        var container = map.getContainer();
        var corner = container.querySelector(".leaflet-bottom.leaflet-left");
        var attribution = map.attributionControl && map.attributionControl.getContainer();
        if (!corner || !attribution || !window.ResizeObserver) { return; }
        function place() {
            corner.style.bottom = "";
            var left = corner.getBoundingClientRect();
            var right = attribution.getBoundingClientRect();
            if (left.width && right.width && left.right > right.left) {
                corner.style.bottom = right.height + "px";
            }
        }
        var observer = new ResizeObserver(place);
        [container, corner, attribution].forEach(function (element) { observer.observe(element); });
    }

    // One event under the reader's pointer (or keyboard focus) is outlined wherever it shows:
    // the map tells the page around it (its timeline and list), and the page calls
    // `newsmap.highlight` for an event hovered there. The exported map has no page around it.
    newsmap.highlight = function (map, eventId) {
        newsmap.highlighted = eventId || "";
        var container = map.getContainer();
        container.querySelectorAll(".nm-highlight").forEach(function (element) {
            element.classList.remove("nm-highlight");
        });
        if (!eventId) { return; }
        var id = CSS.escape(eventId);
        var marks = '.nm-marker[data-event="' + id + '"], .nm-dot[data-event="' + id + '"]';
        container.querySelectorAll(marks + ", .nm-line-" + id)
            .forEach(function (element) { element.classList.add("nm-highlight"); });
    };

    function eventUnder(element) {
        var icon = element && element.closest && element.closest(".leaflet-marker-icon");
        var marker = icon ? icon.querySelector(".nm-marker, .nm-dot[data-event]") : null;
        if (marker) { return marker.dataset.event || ""; }
        var hit = element && element.closest && element.closest(".nm-hit");
        var named = hit && Array.prototype.find.call(hit.classList, function (name) {
            return name.indexOf("nm-hit-") === 0;
        });
        return named ? named.slice("nm-hit-".length) : "";
    }

    // (What is outlined may have been asked by the page: newsmap.highlighted says what is.)
    function linkHover(map) {
        var container = map.getContainer();
        function hover(eventId) {
            if (eventId === (newsmap.highlighted || "")) { return; }
            newsmap.highlight(map, eventId);
            if (window.parent === window) { return; }
            window.parent.postMessage({newsmapHover: eventId}, window.location.origin);
        }
        ["mouseover", "focusin"].forEach(function (type) {
            container.addEventListener(type, function (event) { hover(eventUnder(event.target)); });
        });
        // The pointer leaves: the mark the keyboard focus is on, if any, stays outlined.
        container.addEventListener("mouseleave", function () {
            hover(eventUnder(document.activeElement));
        });
        container.addEventListener("focusout", function () { hover(""); });
    }

    // The map for every reader: a named region whose event marks are named buttons (Enter or
    // Space opens the popup, Escape closes it), gesture handling for phones and the mouse
    // wheel, a scale whose labels fit, controls that do not overlap, a neutral attribution.
    // `texts`: label (the map's name), touch, wheel and wheelMac (the gesture notes).
    newsmap.readers = function (map, texts) {
        var container = map.getContainer();
        container.setAttribute("role", "region");
        container.setAttribute("aria-label", texts.label);
        // folium forbids zooming the page: a reader who needs larger text may.
        document.querySelectorAll('meta[name="viewport"]').forEach(function (viewport) {
            viewport.setAttribute("content", "width=device-width, initial-scale=1");
        });
        try {  // the frame streamlit-folium draws the map in is named after the component
            if (window.frameElement) { window.frameElement.title = texts.label; }
        } catch (error) { noop(error); }  // a frame of another origin keeps its title
        if (map.attributionControl) {
            map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
        }
        // Lines of at least 60 px (Leaflet's default, 100, gives 50): room for "1000 km".
        L.control.scale({maxWidth: 120}).addTo(map);
        focusWithoutScrolling(map);
        keyboardMarks(map);
        closeTitlesOnPopup(map);
        gestures(map, texts);
        keepControlsApart(map);
        linkHover(map);
        map.on("layeradd", function () { nameSoon(map); });
        map.on("zoomend moveend viewreset resize layeradd layerremove nm-playback", function () {
            declutterSoon(map);
        });
        nameSoon(map);
    };
}());
