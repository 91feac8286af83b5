// Progressive enhancement of the listing's filter form: it works without this file.
// With it, the filters are open on wide screens and a change submits the form.
const panel = document.getElementById("filters");
if (panel) {
  const wide = window.matchMedia("(min-width: 56rem)");
  const sync = () => { if (wide.matches) panel.open = true; };
  sync();
  wide.addEventListener("change", sync);
  const form = panel.querySelector("form");
  form.addEventListener("change", (event) => {
    if (event.target.matches("input[type=checkbox], select")) form.requestSubmit();
  });
}
