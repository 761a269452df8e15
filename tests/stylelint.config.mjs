// Stylelint for the project's own styles (static/app/*.css), run by `make test`.
export default {
    extends: ["stylelint-config-recommended"],
};
