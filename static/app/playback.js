/*
 * Playback on the map, in the browser (no server round trip, so the map never reloads and a
 * step takes a frame): a day slider over the shown events' span with play and pause, a day back
 * and forward, speed, and previous and next event.
 *
 *   newsmap.playback(map, texts)        the control (from geo/map/elements.py)
 *   newsmap.setDays(days)               each shown event's [first, last] day (ISO), by id,
 *                                       after each redraw of the layers (newsmap.updateView)
 *   newsmap.refreshPlayback(map)        a big story's events are drawn or its layers shown
 *                                       or hidden (static/app/bulk.js, which shows its dots up
 *                                       to the day, on "nm-playback", and steps through them)
 *
 * The day shown is in the app's address (`at=`), and a "Link to this day" opens it. Once the
 * day settles (not at each step of play), it and the event stepped to, if any, are posted to
 * the app's page (static/app/position.mjs), so that the app's share link carries them.
 *
 * At a day D an event that starts after D is hidden, one under way on D is highlighted (a
 * movement drawn along its path as far as it has gone), an earlier one is faded. "All days"
 * shows the whole filtered period again, as without playback.
 */
(function () {
    "use strict";

    var newsmap = window.newsmap = window.newsmap || {};
    var DAY = 864e5;
    var state = {
        days: {}, at: null, timer: null, speed: 1, control: null, event: "",
        steps: null,  // the events to step through, in order (stepList)
        stepped: null  // the one stepped to: {id} (a mark) or {bulk, at} (a big story's dot)
    };
    newsmap.playbackState = state;

    // A day (ISO) as playback counts days (bulk.js counts them so too).
    function dayNumber(iso) { return Math.round(Date.parse(iso + "T00:00:00Z") / DAY); }
    newsmap.dayNumber = dayNumber;
    function isoDay(number) { return new Date(number * DAY).toISOString().slice(0, 10); }

    // The first and last days of the shown events: the marks' and a big story's (bulk.js).
    function span() {
        var first = Infinity, last = -Infinity;
        Object.keys(state.days).forEach(function (id) {
            first = Math.min(first, dayNumber(state.days[id][0]));
            last = Math.max(last, dayNumber(state.days[id][1]));
        });
        (newsmap.bulkLayers || []).forEach(function (bulk) {
            var days = bulk.group._map && bulk.span();
            if (days) {
                first = Math.min(first, days[0]);
                last = Math.max(last, days[1]);
            }
        });
        return first > last ? null : [first, last];
    }

    // Every element of an event's marks: marker, number, arrowhead (icons with data-event) and
    // line, its wide twin and its ends (paths with the event in a class).
    function marksOf(container) {
        var found = {};
        function add(id, element) { (found[id] = found[id] || []).push(element); }
        container.querySelectorAll(".nm-marker, .nm-troop-label, .nm-arrow").forEach(function (e) {
            add(e.dataset.event, e.closest(".leaflet-marker-icon") || e);
        });
        container.querySelectorAll("path.nm-line, path.nm-hit, path.nm-end, path.nm-country")
            .forEach(function (path) {
                var kind = [].find.call(path.classList, function (c) {
                    return /^nm-(line|hit|end)-/.test(c);
                });
                if (kind) { add(kind.replace(/^nm-(line|hit|end)-/, ""), path); }
            });
        return found;
    }

    // A movement under way is drawn as far along its path as the day has come.
    function drawAlong(map, at) {
        map.eachLayer(function (layer) {
            var name = layer.options && layer.options.className;
            var match = name && /nm-(line|hit)-(\S+)/.exec(name);
            if (!match || !layer.setLatLngs) { return; }
            layer.nmPath = layer.nmPath || layer.getLatLngs();
            var days = state.days[match[2]];
            var share = 1;
            if (at !== null && days) {
                var first = dayNumber(days[0]), last = dayNumber(days[1]);
                share = Math.min(1, Math.max(0, (at - first + 1) / (last - first + 1)));
            }
            var points = layer.nmPath.slice(0, Math.max(2, Math.ceil(layer.nmPath.length * share)));
            if (points.length !== layer.getLatLngs().length) { layer.setLatLngs(points); }
        });
    }

    function show(map) {
        var container = map.getContainer();
        var at = state.at;
        var marks = marksOf(container);
        Object.keys(marks).forEach(function (id) {
            var days = state.days[id];
            var first = days ? dayNumber(days[0]) : null, last = days ? dayNumber(days[1]) : null;
            var when = at === null || !days ? "" : at < first ? "future" : at > last ? "past" : "today";
            marks[id].forEach(function (element) {
                element.classList.toggle("nm-future", when === "future");
                element.classList.toggle("nm-past", when === "past");
                element.classList.toggle("nm-today", when === "today");
            });
        });
        drawAlong(map, at);
        container.classList.toggle("nm-playing-back", at !== null);
        var open = container.querySelector(".leaflet-popup [data-event]");
        var openDays = open && state.days[open.dataset.event];
        if (at !== null && openDays && at < dayNumber(openDays[0])) { map.closePopup(); }
        var control = state.control;
        if (!control) { return; }
        var bounds = span();
        control.box.style.display = bounds ? "" : "none";  // nothing to play
        control.slider.disabled = !bounds;
        // Event steps go through the marks and a big story's dots.
        var stepping = Object.keys(state.days).length > 0 || Boolean(bounds && bulkLayer());
        control.previous.disabled = control.next.disabled = !stepping;
        if (bounds) {
            control.slider.min = bounds[0];
            control.slider.max = bounds[1];
            control.slider.value = at === null ? bounds[1] : at;
        }
        control.day.textContent = at === null ? control.texts.all
            : new Date(at * DAY).toLocaleDateString(control.texts.locale,
                {day: "numeric", month: "short", year: "numeric", timeZone: "UTC"});
        control.slider.setAttribute("aria-valuetext", control.day.textContent);
        control.all.disabled = at === null;
        var day = at === null ? "" : isoDay(at);
        state.asked = day;  // what the address now says
        var link = addressWithDay(day);
        control.link.hidden = !link || at === null;
        if (link) { control.link.href = link; }
        map.fire("nm-playback", {at: day || null});
        tellApp();
    }

    // The day shown and the event stepped to, told to the app when they settle and differ
    // from what it last heard (or was asked by its link: newsmap.setDays).
    function position() {
        var now = {at: state.asked || ""};
        if (state.event !== null) { now.event = state.event || ""; }
        return now;
    }

    function tellApp() {
        clearTimeout(state.telling);
        state.telling = setTimeout(function () {
            var now = position();
            var said = JSON.stringify(now);
            if (state.timer || said === state.told || window.parent === window) { return; }
            state.told = said;
            window.parent.postMessage({newsmapPosition: now}, window.location.origin);
        }, 250);
    }

    // The app's address with `at=` set to the day shown (removed for the whole period), put in
    // the address bar as the reader moves (no reload); null outside the app's frame.
    function addressWithDay(day) {
        var location;
        try {
            if (window.parent === window) { return null; }
            location = window.parent.location;
        } catch (error) {  // another origin
            return error && null;
        }
        var url = new URL(location.href);
        if (day) { url.searchParams.set("at", day); } else { url.searchParams.delete("at"); }
        if (url.href !== location.href) {
            window.parent.history.replaceState(window.parent.history.state, "", url.href);
        }
        return url.href;
    }

    function goTo(map, at) {
        state.event = "";  // a day, not an event (stepEvent sets it again)
        var bounds = span();
        state.at = at === null || !bounds ? null : Math.min(bounds[1], Math.max(bounds[0], at));
        show(map);
    }

    function stop() {
        clearInterval(state.timer);
        state.timer = null;
        tellApp();
        if (state.control) {
            state.control.play.textContent = "▶";
            state.control.play.setAttribute("aria-label", state.control.texts.play);
        }
    }

    function play(map) {
        var bounds = span();
        if (!bounds) { return; }
        if (state.at === null || state.at >= bounds[1]) { goTo(map, bounds[0]); }
        state.control.play.textContent = "❚❚";
        state.control.play.setAttribute("aria-label", state.control.texts.pause);
        state.timer = setInterval(function () {
            if (state.at >= span()[1]) { stop(); return; }
            goTo(map, state.at + 1);
        }, 400 / state.speed);
    }

    // A big story's layer of dots (bulk.js) on the map with its data, if any.
    function bulkLayer() {
        return (newsmap.bulkLayers || []).find(function (bulk) {
            return !bulk.background && bulk.group._map && bulk.ready();
        });
    }

    // The events to step through, by first day: the marks' (by id, then by id) merged with a
    // big story's dots' (by packed index), made once per drawing.
    function stepList() {
        if (state.steps) { return state.steps; }
        var marks = Object.keys(state.days).map(function (id) {
            return {day: dayNumber(state.days[id][0]), id: id};
        }).sort(function (a, b) { return a.day - b.day || (a.id < b.id ? -1 : 1); });
        var bulk = bulkLayer();
        var dots = bulk ? bulk.steps() : [];
        var steps = [];
        var mark = 0, dot = 0;
        while (mark < marks.length || dot < dots.length) {
            var day = dot < dots.length ? bulk.dayOf(dots[dot]) : Infinity;
            if (mark < marks.length && marks[mark].day <= day) {
                steps.push(marks[mark]);
                mark += 1;
            } else {
                steps.push({day: day, at: dots[dot], bulk: bulk});
                dot += 1;
            }
        }
        state.steps = steps;
        return steps;
    }

    // The next (or previous) event's first day, its mark (or dot) brought into view, its
    // popup open.
    function stepEvent(map, direction) {
        var steps = stepList();
        if (!steps.length) { return; }
        // The event stepped to is found again in a new drawing's list (the app redraws the
        // map when a step puts the event in its address); in another filter's, maybe not.
        var shown = state.stepped;
        var current = !shown ? -1 : steps.findIndex(function (step) {
            return shown.bulk ? step.bulk && step.at === shown.at : step.id === shown.id;
        });
        var index = Math.min(steps.length - 1, Math.max(0, current + direction));
        if (current < 0 && direction < 0) { index = steps.length - 1; }
        var step = steps[index];
        state.stepped = step;
        goTo(map, step.day);
        if (step.bulk) {
            state.event = null;  // the dot's card, asked of the app, tells it which event
            step.bulk.openFocus(step.at);
            return;
        }
        state.event = step.id;
        if (newsmap.openEvent) { newsmap.openEvent(map, step.id, true); }
    }

    // Event by event, like a slide show: the arrow keys move to the previous or next event
    // from the control (but its slider and speed, whose arrows are their own) and from the
    // popup an event step opened.
    function arrowKeys(map, box) {
        map.getContainer().addEventListener("keydown", function (event) {
            var direction = {ArrowLeft: -1, ArrowRight: 1}[event.key];
            var target = event.target;
            if (!direction || event.altKey || event.ctrlKey || event.metaKey) { return; }
            var inControl = box.contains(target) && target.tagName === "BUTTON";
            var inCard = state.stepped !== null && target.closest
                && target.closest(".leaflet-popup");
            if (!inControl && !inCard) { return; }
            event.preventDefault();
            event.stopPropagation();  // Leaflet's keyboard panning
            stop();
            stepEvent(map, direction);
        }, true);
    }

    function button(parent, text, label, onClick) {
        var element = L.DomUtil.create("button", "nm-playback-button", parent);
        element.type = "button";
        element.textContent = text;
        element.setAttribute("aria-label", label);
        element.title = label;
        element.addEventListener("click", onClick);
        return element;
    }

    newsmap.playback = function (map, texts) {
        var control = L.control({position: "bottomleft"});
        control.onAdd = function () {
            var box = L.DomUtil.create("div", "nm-playback");
            box.setAttribute("role", "group");
            box.setAttribute("aria-label", texts.playback);
            L.DomEvent.disableClickPropagation(box);
            L.DomEvent.disableScrollPropagation(box);
            var parts = {texts: texts};
            parts.previous = button(box, "«", texts.previous, function () {
                stop(); stepEvent(map, -1);
            });
            parts.back = button(box, "‹", texts.back, function () {
                stop(); goTo(map, (state.at === null ? span()[1] : state.at) - 1);
            });
            parts.play = button(box, "▶", texts.play, function () {
                if (state.timer) { stop(); } else { play(map); }
            });
            parts.forward = button(box, "›", texts.forward, function () {
                stop(); goTo(map, (state.at === null ? span()[0] - 1 : state.at) + 1);
            });
            parts.next = button(box, "»", texts.next, function () {
                stop(); stepEvent(map, 1);
            });
            parts.slider = L.DomUtil.create("input", "nm-playback-slider", box);
            parts.slider.type = "range";
            parts.slider.step = 1;
            parts.slider.setAttribute("aria-label", texts.day);
            parts.slider.addEventListener("input", function () {
                stop(); goTo(map, Number(parts.slider.value));
            });
            parts.day = L.DomUtil.create("output", "nm-playback-day", box);
            parts.day.setAttribute("aria-live", "polite");
            parts.speed = L.DomUtil.create("select", "nm-playback-speed", box);
            parts.speed.setAttribute("aria-label", texts.speed);
            [1, 4, 16].forEach(function (speed) {
                var option = L.DomUtil.create("option", "", parts.speed);
                option.value = speed;
                option.textContent = speed + "×";
            });
            parts.speed.addEventListener("change", function () {
                state.speed = Number(parts.speed.value);
                if (state.timer) { stop(); play(map); }
            });
            parts.all = button(box, texts.all, texts.all, function () {
                stop(); state.stepped = null; goTo(map, null);
            });
            parts.link = L.DomUtil.create("a", "nm-playback-link", box);
            parts.link.textContent = texts.link;
            parts.link.target = "_blank";
            parts.link.rel = "noopener";
            parts.link.hidden = true;
            parts.box = box;
            state.control = parts;
            arrowKeys(map, box);
            return box;
        };
        control.addTo(map);
        show(map);
    };

    // A big story's events came (bulk.js): the span to play may have changed.
    newsmap.refreshPlayback = function (map) {
        state.steps = null;
        if (state.control) { show(map); }
    };

    // After each redraw of the layers: the shown events' days; the day shown stays, unless
    // the app asks for another (`at`, ISO, from a link; the app does not see the reader's
    // moves, which stay in the browser, so an empty `at` asks for nothing).
    newsmap.setDays = function (map, days, at) {
        state.days = days || {};
        state.steps = null;
        if (at && at !== state.asked) {
            state.asked = at;
            state.at = dayNumber(at);
        }
        if (state.at !== null) {
            var bounds = span();
            if (!bounds) { state.at = null; } else {
                state.at = Math.min(bounds[1], Math.max(bounds[0], state.at));
            }
        }
        map.eachLayer(function (layer) { layer.nmPath = undefined; });
        show(map);
        if (state.told === undefined) { state.told = JSON.stringify(position()); }  // the link's
    };
}());
