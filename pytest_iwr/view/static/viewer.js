// The results viewer's behaviour: grid filters and colours, the task page's model pickers,
// wipe sliders and step links. Plain DOM, no libraries: the site must work from file://.
"use strict";

(function () {
  const fmt = (v) => (v === null ? "\u2014" : (100 * v).toFixed(2));
  const num = (s) => (s === undefined || s === "" ? null : Number(s));
  const camel = (s) => s.replace(/_(\w)/g, (_, c) => c.toUpperCase());

  // Red (0) through yellow to green (1); a missing score stays grey.
  function colour(v) {
    return v === null ? "" : "hsl(" + Math.round(120 * v) + " 65% 78%)";
  }

  function setupGrid(form) {
    const table = document.getElementById("grid");
    const rows = Array.from(table.querySelectorAll("tbody tr.task-row"));
    const means = Array.from(table.querySelectorAll("tfoot td.mean"));
    const count = document.getElementById("grid-count");

    function apply() {
      const metric = form.querySelector('input[name="metric"]:checked').value;
      const wanted = {};
      form.querySelectorAll("select[data-filter]").forEach((s) => (wanted[s.dataset.filter] = s.value));
      const outcome = wanted.outcome;
      let shown = 0;
      const sums = means.map(() => []);
      rows.forEach((row) => {
        let show = Object.keys(wanted).every(
          (axis) => axis === "outcome" || !wanted[axis] || row.dataset[camel(axis)] === wanted[axis]
        );
        const cells = Array.from(row.cells).slice(1);
        let matching = 0;
        cells.forEach((cell) => {
          if (cell.classList.contains("empty")) return;
          const value = num(cell.dataset[metric]);
          cell.style.background = colour(value);
          cell.querySelector(".val").textContent = fmt(value);
          const hit = !outcome || cell.dataset.outcomes.split("|").includes(outcome);
          cell.classList.toggle("dim", !hit);
          matching += hit ? 1 : 0;
        });
        show = show && matching > 0;
        row.hidden = !show;
        if (!show) return;
        shown += 1;
        cells.forEach((cell, i) => {
          const value = cell.classList.contains("empty") ? null : num(cell.dataset[metric]);
          if (value !== null) sums[i].push(value);
        });
      });
      means.forEach((td, i) => {
        const vs = sums[i];
        td.textContent = vs.length ? fmt(vs.reduce((a, b) => a + b, 0) / vs.length) : "\u2014";
      });
      count.textContent = shown + " of " + rows.length + " tasks";
    }

    form.addEventListener("change", apply);
    apply();
  }

  function setupTask() {
    const pickers = Array.from(document.querySelectorAll("select.run-select"));
    const params = new URLSearchParams(location.search);

    function show(col, key) {
      document.querySelectorAll('.swap[data-col="' + col + '"]').forEach((box) => {
        Array.from(box.children).forEach((el) => {
          if (el.dataset.run !== undefined) el.hidden = el.dataset.run !== key;
        });
      });
      if (col === "b") document.body.classList.toggle("single", !key);
    }

    function remember() {
      const query = new URLSearchParams();
      pickers.forEach((p) => p.value && query.set(p.dataset.col, p.value));
      try {
        history.replaceState(null, "", "?" + query.toString() + location.hash);
      } catch (e) {
        // Some browsers refuse to rewrite file:// URLs; the pickers still work.
      }
    }

    pickers.forEach((picker) => {
      const options = Array.from(picker.options).map((o) => o.value);
      const asked = params.get(picker.dataset.col);
      if (asked !== null && options.includes(asked)) {
        picker.value = asked;
      } else if (picker.dataset.col === "b") {
        // Model B defaults to the first model that is not A, so two are compared at once.
        const a = document.querySelector('select.run-select[data-col="a"]').value;
        picker.value = options.find((o) => o && o !== a) || "";
      }
      show(picker.dataset.col, picker.value);
      picker.addEventListener("change", () => {
        show(picker.dataset.col, picker.value);
        remember();
      });
    });

    document.querySelectorAll(".checkpoint").forEach((box) => {
      const range = box.querySelector("input.wipe-range");
      const wipe = box.querySelector(".wipe");
      if (!range || !wipe) return;
      const update = () => wipe.style.setProperty("--pos", range.value + "%");
      range.addEventListener("input", update);
      update();
    });

    function openFromHash() {
      const target = location.hash && document.getElementById(location.hash.slice(1));
      if (target && target.tagName === "DETAILS") {
        target.open = true;
        target.scrollIntoView({ block: "start" });
      }
    }
    // A second click on the same frame changes no hash; open its step all the same.
    document.querySelectorAll('a[href^="#step-"]').forEach((a) =>
      a.addEventListener("click", () => {
        const target = document.getElementById(a.getAttribute("href").slice(1));
        if (target) target.open = true;
      })
    );
    window.addEventListener("hashchange", openFromHash);
    openFromHash();
  }

  const form = document.getElementById("grid-filters");
  if (form) setupGrid(form);
  if (document.body.classList.contains("task")) setupTask();
})();
