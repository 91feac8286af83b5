// The export page's "select all" box, bound here instead of in an inline handler (CSP).
// onSelectToggleChange comes from django-import-export's export_selectable_fields.js.
document.querySelectorAll(".select-toggle").forEach((toggle) => {
  toggle.addEventListener("change", (event) => window.onSelectToggleChange(event));
});
