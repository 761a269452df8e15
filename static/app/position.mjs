/*
 * Where the reader is on the map, told to the app (dashboard/position.py mounts this as a
 * Streamlit component in the map page, which runs it as a module in the page): the map's frame
 * posts {newsmapPosition: {at, event}} when its playback settles on a day or steps to an event,
 * and the page's script (page.js) posts {newsmapPosition: {event}} when a list line opens an
 * event. Each becomes a one-run trigger for the app, which puts it in the share link. The app
 * checks what it gets (geo.position.reported_position); only messages of this origin count.
 */
export default function ({setTriggerValue}) {
    function heard(message) {
        var position = message.data && message.data.newsmapPosition;
        if (message.origin !== window.location.origin || !position
                || typeof position !== "object") { return; }
        setTriggerValue("position", {at: position.at, event: position.event});
    }
    window.addEventListener("message", heard);
    return function () { window.removeEventListener("message", heard); };
}
