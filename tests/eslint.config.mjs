// ESLint for the project's own browser scripts (static/app/*.js), run by `make test`.
import js from "@eslint/js";
import globals from "globals";

export default [
    js.configs.recommended,
    {
        files: ["static/app/**/*.js"],
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: "script",
            globals: {
                ...globals.browser,
                L: "readonly",         // Leaflet (static/vendor)
                topojson: "readonly",  // topojson-client (static/vendor)
            },
        },
        rules: {
            "no-var": "off",  // the scripts run as plain scripts in the map frame
            eqeqeq: "error",
            curly: ["error", "multi-line"],
            "no-implicit-globals": "error",
            strict: ["error", "function"],
        },
    },
    {
        // Streamlit components' scripts: modules run in the app's page.
        files: ["static/app/**/*.mjs"],
        languageOptions: {
            ecmaVersion: 2020,
            sourceType: "module",
            globals: {...globals.browser},
        },
        rules: {eqeqeq: "error", curly: ["error", "multi-line"]},
    },
];
