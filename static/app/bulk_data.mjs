/*
 * A big story's events, packed as binary columns (geo/map/bulk.py says the layout), kept in
 * the page for the map's frame (dashboard/bulk.py mounts this as a Streamlit component in the
 * map page, which runs it as a module in the page). The data names itself by the key in its
 * first 16 bytes; the page keeps the latest few under window.newsmapBulkData[key] (a story's
 * own and its background data's) and tells the map's frame with {newsmapBulkData: key}, for
 * a frame that asked before the data came (static/app/bulk.js).
 */
const MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]';
const KEY_BYTES = 16;
const KEPT = 4;  // data sets kept: the newest (a story and its background, and the last ones)

export default function ({data}) {
    if (!(data instanceof Uint8Array) || data.length < 32) { return; }
    const key = new TextDecoder().decode(data.subarray(0, KEY_BYTES));
    const kept = window.newsmapBulkData = window.newsmapBulkData || {};
    // A buffer of its own, from offset 0 (typed views align), made once for each data set.
    const buffer = kept[key] || data.slice().buffer;
    delete kept[key];
    kept[key] = buffer;  // the newest
    const keys = Object.keys(kept);  // in the order they were kept
    keys.slice(0, Math.max(0, keys.length - KEPT)).forEach(function (old) { delete kept[old]; });
    document.querySelectorAll(MAP_FRAME).forEach(function (frame) {
        if (frame.contentWindow) {
            frame.contentWindow.postMessage({newsmapBulkData: key}, window.location.origin);
        }
    });
}
