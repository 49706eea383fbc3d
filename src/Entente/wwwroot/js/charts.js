// Draws every <figure class="chart"> from the ECharts option it carries in a JSON script element.
// The data table inside the same figure stays the accessible, exportable source of the numbers;
// the drawing is an addition for those who would rather look than read.
//
// Every chart gets the same reading rules here, so no chart has to remember them: the plot shrinks to keep its
// tick labels and axis names inside the drawing, tick labels that would overlap are left out, the plot starts below
// its legend however many lines the legend takes, tooltips are drawn inside the chart (no inline styles, which the
// Content-Security-Policy refuses), numbers read as "4.5 bn" in the page's language, and nothing is animated
// (a half-drawn line would show values no source stated).
(function () {
  'use strict';

  var language = document.documentElement.lang || 'en';
  var decimals = new Intl.NumberFormat(language, { maximumFractionDigits: 2 });

  function isLocalAddress(url) {
    return typeof url === 'string' && url.charAt(0) === '/' && url.charAt(1) !== '/';
  }

  function asList(value) {
    if (value === undefined || value === null) {
      return [];
    }
    return Array.isArray(value) ? value : [value];
  }

  // "{0} bn" and its kin come from the figure (the page's language); the number part from Intl.
  function readableNumber(figure) {
    var steps = [
      [1e9, figure.dataset.billions],
      [1e6, figure.dataset.millions],
      [1e4, figure.dataset.thousands],
    ];
    return function (value) {
      for (var i = 0; i < steps.length; i++) {
        if (steps[i][1] && Math.abs(value) >= steps[i][0]) {
          return steps[i][1].replace('{0}', decimals.format(value / steps[i][0]));
        }
      }
      return decimals.format(value);
    };
  }

  function applyReadingRules(option, figure) {
    option.animation = false;
    asList(option.grid).forEach(function (grid) {
      // Tick labels and axis names count as part of the chart: the plot gives way, nothing is cut off.
      grid.outerBoundsMode = 'same';
      grid.outerBoundsContain = 'all';
    });
    asList(option.tooltip).forEach(function (tooltip) {
      // Drawn inside the chart: the HTML tooltip writes inline styles, which the Content-Security-Policy refuses.
      tooltip.renderMode = 'richText';
    });
    asList(option.legend).forEach(function (legend) {
      // A plain legend wraps onto more lines; a name longer than the drawing is shortened (the table has it whole).
      legend.textStyle = { width: Math.max(80, figure.clientWidth - 80), overflow: 'truncate' };
    });
    var format = readableNumber(figure);
    asList(option.xAxis).concat(asList(option.yAxis)).forEach(function (axis) {
      axis.axisLabel = axis.axisLabel || {};
      axis.axisLabel.hideOverlap = true;
      if (axis.type === 'value' && !axis.axisLabel.formatter) {
        axis.axisLabel.formatter = format;
      }
    });
  }

  // The legend wraps onto as many lines as the width needs; the plot (and its axis name) starts below the last one.
  function clearLegend(chart, option) {
    var legend = chart.getModel().getComponent('legend');
    var grids = asList(option.grid);
    if (!legend || grids.length === 0) {
      return;
    }
    var group = chart.getViewOfComponentModel(legend).group;
    var bottom = group.y + group.getBoundingRect().y + group.getBoundingRect().height;
    var top = Math.ceil(bottom) + 32;
    if ((grids[0].top || 0) < top) {
      chart.setOption({ grid: grids.map(function () { return { top: top }; }) });
    }
  }

  // A chart with a row per category (spheres, roadmaps) grows with its rows, so wrapped names keep apart.
  function fitHeight(option, canvas) {
    var rows = 0;
    asList(option.yAxis).forEach(function (axis) {
      if (axis.type === 'category' && axis.data) {
        rows = Math.max(rows, axis.data.length);
      }
    });
    var needed = rows * 40 + 90;
    if (rows > 0 && canvas.clientHeight < needed) {
      canvas.style.height = needed + 'px';
    }
  }

  function hasSize(canvas) {
    return canvas.clientWidth > 0 && canvas.clientHeight > 0;
  }

  // A drawing needs a box to draw in: a canvas without one yet (its style still loading, a closed section) is drawn
  // when it gets one, and redrawn to its new size whenever it changes. ECharts fails on an empty box.
  function whenSized(canvas, drawNow) {
    var chart = null;
    var observer = new ResizeObserver(function () {
      if (!hasSize(canvas)) {
        return;
      }
      if (chart === null) {
        chart = drawNow();
      } else {
        chart.resize();
      }
    });
    observer.observe(canvas);
  }

  function draw(figure) {
    var optionElement = figure.querySelector('script.chart-option');
    var canvas = figure.querySelector('.chart-canvas');
    if (!optionElement || !canvas || !window.echarts) {
      return;
    }
    var option = JSON.parse(optionElement.textContent);
    applyReadingRules(option, figure);
    fitHeight(option, canvas);
    whenSized(canvas, function () {
      var chart = window.echarts.init(canvas, null, { renderer: 'svg' });
      chart.setOption(option);
      clearLegend(chart, option);
      // A point or bar that carries a `url` opens it: its sources, its record.
      chart.on('click', function (params) {
        var url = params.data && params.data.url;
        if (isLocalAddress(url)) {
          window.location.assign(url);
        }
      });
      figure.classList.add('chart-drawn');
      return {
        resize: function () {
          chart.resize();
          clearLegend(chart, option);
        },
      };
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    document.querySelectorAll('figure.chart').forEach(draw);
  });
})();
