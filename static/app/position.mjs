/*
 * Where the reader is on the map, told to the app (dashboard/position.py mounts this as a
 * Streamlit component in the map page, which runs it as a module in the page): the map's frame
 * posts {newsmapPosition: {at, event}} when its playback settles on a day, steps to an event or
 * opens a big story's event, and the page's script (page.js) posts {newsmapPosition: {event}}
 * when a list line opens an event. Each becomes a one-run trigger for the app, which puts it in
 * the share link. The app checks what it gets (geo.position.reported_position); only messages
 * of this origin count.
 *
 * The other way, `data.card` is the card of the event the app has open ({id, html}: HTML the
 * app built and escaped, geo.map.popups.popup_html), for a big story's map, whose dots carry no
 * text (static/app/bulk.js): it is posted to the map's frame as {newsmapCard}.
 */
const MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]';

export default function ({data, setTriggerValue}) {
    const card = data && data.card;

    function sendCard() {
        const frame = document.querySelector(MAP_FRAME);
        if (card && frame && frame.contentWindow) {
            frame.contentWindow.postMessage({newsmapCard: card}, window.location.origin);
        }
    }

    function heard(message) {
        const position = message.data && message.data.newsmapPosition;
        if (message.origin !== window.location.origin || !position
                || typeof position !== "object") { return; }
        if (card && position.event === card.id) { sendCard(); }  // already here
        setTriggerValue("position", {at: position.at, event: position.event});
    }
    window.addEventListener("message", heard);
    sendCard();
    return function () { window.removeEventListener("message", heard); };
}
