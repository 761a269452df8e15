/*
 * The app's pages (not the map), loaded by dashboard/navigation.py in a hidden frame of the
 * app's own origin, from where it reaches the page around it.
 *
 * A date typed into the sidebar's date field applies on Enter, as in any form: Streamlit
 * applies a typed date when the calendar that typing opens is closed (by Escape, or a click
 * elsewhere), so Enter closes it as Escape does.
 */
(function () {
    "use strict";

    var page;
    try {
        page = window.parent.document;
    } catch (error) {  // served from another origin: nothing to do
        return error && undefined;
    }
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
