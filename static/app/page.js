/*
 * The app's pages (not the map), run in the page by dashboard/navigation.py (st.html with
 * its script allowed: a fixed file of the project, never story text).
 *
 * A date typed into the sidebar's date field applies on Enter, as in any form: Streamlit
 * applies a typed date when the calendar that typing opens is closed (by Escape, or a click
 * elsewhere), so Enter closes it as Escape does.
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
}());
