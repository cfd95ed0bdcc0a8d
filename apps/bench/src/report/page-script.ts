/**
 * The report's own script, run after Chart.js: draws every `figure.chart` from its JSON configuration,
 * formats axis numbers compactly (a log axis labels 1, 2 and 5 of each decade only), folds each
 * figure's table of numbers once its chart is drawn, and marks the page ready. A chart that fails
 * leaves its table open and says why in `data-chart-error` and on the console.
 */
export const PAGE_SCRIPT = `
(function () {
  function compact(v) {
    var a = Math.abs(v);
    if (a >= 1e9) return +(v / 1e9).toPrecision(3) + 'G';
    if (a >= 1e6) return +(v / 1e6).toPrecision(3) + 'M';
    if (a >= 1e3) return +(v / 1e3).toPrecision(3) + 'k';
    return String(+v.toPrecision(3));
  }
  function logTick(v) {
    var m = v / Math.pow(10, Math.floor(Math.log10(v) + 1e-9));
    var r = Math.round(m * 1000) / 1000;
    return r === 1 || r === 2 || r === 5 ? compact(v) : '';
  }
  Chart.defaults.animation = false;
  Chart.defaults.maintainAspectRatio = false;
  Chart.defaults.font.family = 'system-ui, sans-serif';
  Chart.defaults.font.size = 11;
  document.querySelectorAll('figure.chart').forEach(function (fig) {
    try {
      var config = JSON.parse(fig.querySelector('script.chart-config').textContent);
      var scales = (config.options && config.options.scales) || {};
      Object.keys(scales).forEach(function (k) {
        var s = scales[k];
        if (s.type === 'category') return;
        s.ticks = s.ticks || {};
        s.ticks.callback = s.type === 'logarithmic' ? logTick : function (v) { return typeof v === 'number' ? compact(v) : v; };
      });
      new Chart(fig.querySelector('canvas'), config);
      fig.querySelector('details.numbers').open = false;
      fig.setAttribute('data-rendered', 'true');
    } catch (e) {
      fig.setAttribute('data-chart-error', String(e && e.message || e));
      console.error('chart ' + fig.id + ': ' + (e && e.message || e));
    }
  });
  document.body.setAttribute('data-report-ready', 'true');
})();
`;
