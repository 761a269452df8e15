/*
 * The app's pages (not the map), run in the page by dashboard/navigation.py (st.html with
 * its script allowed: a fixed file of the project, never story text).
 *
 * A date typed into the sidebar's date field applies on Enter, as in any form: Streamlit
 * applies a typed date when the calendar that typing opens is closed (by Escape, or a click
 * elsewhere), so Enter closes it as Escape does.
 *
 * The map page's event hovered (or focused) on the map, the timeline or the list is outlined
 * in all three: the map's frame posts the event it has under the pointer and is told what to
 * outline (newsmap.highlight); the timeline's chart keeps its hovered event in step with a
 * page element (geo.timeline.HOVER_ELEMENT_ID) both ways; the list's links carry event=ID.
 *
 * A plain click on a list's "Link to this event" opens the event on the map in place, as a
 * click on its bar does (the address becomes the link, and the app is told: position.mjs),
 * once the map is drawn; other clicks (new tab...), and links on a page without a map, are
 * left be.
 *
 * The rectangles the timeline draws for days being dragged over say nothing to a screen
 * reader (Vega-Lite gives them no text and no way to be hidden): they are hidden from it.
 */
(function () {
    "use strict";

    var page = document;
    if (!page || page.nmEnterApplies) { return; }
    page.nmEnterApplies = true;

    page.addEventListener("keydown", function (event) {
        if (event.key !== "Enter" || event.isComposing) { return; }
        var target = event.target;
        var field = target.closest && target.closest('[data-testid="stDateInput"]');
        if (!field || target.getAttribute("role") !== "spinbutton") { return; }
        event.preventDefault();
        event.stopPropagation();
        // As Escape does: the calendar that typing opened closes, and the date applies.
        target.dispatchEvent(new KeyboardEvent("keydown", {
            key: "Escape", code: "Escape", keyCode: 27, bubbles: true, cancelable: true
        }));
    }, true);

    var HOVER_ID = "nm-hover-event";
    var MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]';
    var LIST_LINKS = '[data-testid="stExpander"] a[href*="event="]';
    var outlined = "";

    function eventOfLink(element) {
        var link = element && element.closest && element.closest(LIST_LINKS);
        if (!link) { return null; }
        try {
            return new URL(link.href).searchParams.get("event");
        } catch {
            return null;
        }
    }

    // The map frame's window once its map is drawn, or null.
    function mapWindow() {
        var frame = page.querySelector(MAP_FRAME);
        try {
            var inside = frame && frame.contentWindow;
            return inside && inside.newsmap && inside.map ? inside : null;
        } catch {
            return null;  // a frame of another origin
        }
    }

    function outline(eventId, from) {
        if (eventId === outlined) { return; }
        outlined = eventId;
        page.querySelectorAll("li.nm-highlight").forEach(function (item) {
            item.classList.remove("nm-highlight");
        });
        page.querySelectorAll(LIST_LINKS).forEach(function (link) {
            if (eventId && eventOfLink(link) === eventId) {
                (link.closest("li") || link).classList.add("nm-highlight");
            }
        });
        var inside = from === "map" ? null : mapWindow();
        if (inside) { inside.newsmap.highlight(inside.map, eventId); }
        var field = from === "timeline" ? null : page.getElementById(HOVER_ID);
        if (field && field.value !== eventId) {
            field.value = eventId;
            field.dispatchEvent(new Event("input"));  // what the chart's binding listens to
        }
    }

    window.addEventListener("message", function (event) {
        var said = event.data && event.data.newsmapHover;
        if (event.origin === window.location.origin && typeof said === "string") {
            outline(said, "map");
        }
    });
    page.addEventListener("input", function (event) {  // set by the chart (not bubbling)
        if (event.target && event.target.id === HOVER_ID) {
            outline(event.target.value || "", "timeline");
        }
    }, true);
    ["mouseover", "focusin"].forEach(function (type) {
        page.addEventListener(type, function (event) {
            var eventId = eventOfLink(event.target);
            if (eventId !== null) {
                outline(eventId, "list");
            } else if (outlined && type === "mouseover" && event.target.closest
                    && event.target.closest('[data-testid="stExpander"]')) {
                outline("", "list");
            }
        });
    });
    page.addEventListener("focusout", function (event) {
        if (eventOfLink(event.target) !== null) { outline("", "list"); }
    });

    // The event opened on the map once its map is drawn (a map being redrawn is waited for, up
    // to five seconds).
    function openOnMap(eventId, tries) {
        var inside = mapWindow();
        if (!inside) {
            if (tries < 50) { setTimeout(function () { openOnMap(eventId, tries + 1); }, 100); }
            return;
        }
        inside.frameElement.scrollIntoView({block: "center", behavior: "smooth"});
        inside.newsmap.openEvent(inside.map, eventId, true);
    }

    page.addEventListener("click", function (event) {
        var eventId = eventOfLink(event.target);
        if (eventId === null || event.button !== 0 || event.ctrlKey || event.metaKey
                || event.shiftKey || event.altKey) { return; }
        if (!page.querySelector(MAP_FRAME)) { return; }  // no map on this page: the link loads it
        event.preventDefault();
        window.history.replaceState(window.history.state, "", event.target.closest("a").href);
        // The app first (its share link), whatever happens on the map.
        window.postMessage({newsmapPosition: {event: eventId}}, window.location.origin);
        openOnMap(eventId, 0);
    });

    var BRUSH_MARKS = '[data-testid="stVegaLiteChart"] [class*="_brush"]:not([aria-hidden])';
    new MutationObserver(function () {
        page.querySelectorAll(BRUSH_MARKS).forEach(function (mark) {
            mark.setAttribute("aria-hidden", "true");
        });
    }).observe(page.body, {childList: true, subtree: true});
}());
