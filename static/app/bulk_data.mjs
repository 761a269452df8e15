/*
 * A big story's events, packed as binary columns (geo/map/bulk.py says the layout), kept in
 * the page for the map's frame (dashboard/bulk.py mounts this as a Streamlit component in the
 * map page, which runs it as a module in the page). The data names itself by the key in its
 * first 16 bytes; the page keeps the latest under window.newsmapBulkData[key] and tells the
 * map's frame with {newsmapBulkData: key}, for a frame that asked before the data came
 * (static/app/bulk.js).
 */
const MAP_FRAME = 'iframe[src*="/component/streamlit_folium.st_folium/"]';
const KEY_BYTES = 16;

export default function ({data}) {
    if (!(data instanceof Uint8Array) || data.length < 32) { return; }
    const bytes = data.slice();  // a buffer of its own, from offset 0 (typed views align)
    const key = new TextDecoder().decode(bytes.subarray(0, KEY_BYTES));
    const kept = window.newsmapBulkData = window.newsmapBulkData || {};
    if (!kept[key]) {
        Object.keys(kept).forEach(function (old) { delete kept[old]; });  // one story at a time
        kept[key] = bytes.buffer;
    }
    document.querySelectorAll(MAP_FRAME).forEach(function (frame) {
        if (frame.contentWindow) {
            frame.contentWindow.postMessage({newsmapBulkData: key}, window.location.origin);
        }
    });
}
