// Draws every <figure class="chart"> from the ECharts option it carries in a JSON script element.
// The data table inside the same figure stays the accessible, exportable source of the numbers;
// the drawing is an addition for those who would rather look than read.
(function () {
  'use strict';

  function isLocalAddress(url) {
    return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/';
  }

  function draw(figure) {
    var optionElement = figure.querySelector('script.chart-option');
    var canvas = figure.querySelector('.chart-canvas');
    if (!optionElement || !canvas || !window.echarts) {
      return;
    }
    var option = JSON.parse(optionElement.textContent);
    var chart = window.echarts.init(canvas, null, { renderer: 'svg' });
    chart.setOption(option);
    // A point or bar that carries a `url` opens it: its sources, its record.
    chart.on('click', function (params) {
      var url = params.data && params.data.url;
      if (isLocalAddress(url)) {
        window.location.assign(url);
      }
    });
    window.addEventListener('resize', function () { chart.resize(); });
    figure.classList.add('chart-drawn');
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('figure.chart').forEach(draw);
  });
})();
