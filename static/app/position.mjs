/*
 * Where the reader is on the map, told to the app (dashboard/position.py mounts this as a
 * Streamlit component in the map page, which runs it as a module in the page): the map's frame
 * posts {newsmapPosition: {at, event}} when its playback settles on a day, steps to an event or
 * opens a big story's event, and the page's script (page.js) posts {newsmapPosition: {event}}
 * when a list line opens an event. Each becomes a one-run trigger for the app, which puts it in
 * the share link. The app checks what it gets (geo.position.reported_position); only messages
 * of this origin count.
 *
 * A big story's map, whose dots carry no text (static/app/bulk.js), posts {newsmapPosition:
 * {bulk, background}} (the index of the event, as the map's data packs them; of the story's
 * background data or not) to open one. The other way, `data.card` is the card of the event
 * the app has open ({at: that index, background, html: HTML the app built and escaped,
 * geo.map.popups.popup_html}): it is posted to the map's frame as {newsmapCard}.
 *
 * One listener serves the page's life: the app renders the component again at each run, and a
 * message that comes between two renders waits for the next one instead of being lost.
 */
const MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]';

let current = null;  // the latest render: its trigger setter and the card it carries
let waiting = null;  // a report heard while no render was current
let listening = false;

function sendCard(card) {
    const frame = document.querySelector(MAP_FRAME);
    if (card && frame && frame.contentWindow) {
        frame.contentWindow.postMessage({newsmapCard: card}, window.location.origin);
    }
}

function heard(message) {
    const position = message.data && message.data.newsmapPosition;
    if (message.origin !== window.location.origin || !position
            || typeof position !== "object") { return; }
    const report = {
        at: position.at, event: position.event, bulk: position.bulk, background: position.background
    };
    if (!current) {
        waiting = report;
        return;
    }
    if (current.card && report.bulk === current.card.at
            && Boolean(report.background) === Boolean(current.card.background)) {
        sendCard(current.card);
    }
    current.setTriggerValue("position", report);
}

export default function ({data, setTriggerValue}) {
    const mine = {setTriggerValue, card: data && data.card};
    current = mine;
    if (!listening) {
        window.addEventListener("message", heard);
        listening = true;
    }
    if (waiting) {
        const report = waiting;
        waiting = null;
        setTriggerValue("position", report);
    }
    sendCard(mine.card);
    return function () {
        if (current === mine) { current = null; }
    };
}
