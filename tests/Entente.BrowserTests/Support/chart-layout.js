// Runs in the page: every drawn chart is checked for what a reader would trip over. Returns one line per problem:
// a text cut by the chart's edge, two texts on top of each other (tick labels, axis names, legend), a data point
// outside the plot area. The force-laid-out graph of relations has no axes and is left out: its nodes and labels
// float where the layout puts them, and the reader drags and zooms it.
() => {
  const problems = [];
  const overlap = (a, b) =>
    Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
  const valueOf = (item) => (item !== null && typeof item === 'object' && !Array.isArray(item) ? item.value : item);
  document.querySelectorAll('figure.chart').forEach((figure) => {
    const canvas = figure.querySelector('.chart-canvas');
    const chart = canvas && window.echarts && window.echarts.getInstanceByDom(canvas);
    if (!chart) {
      problems.push(`${figure.id}: not drawn`);
      return;
    }
    const option = chart.getOption();
    if (option.series.some((s) => s.type === 'graph')) {
      return;
    }
    const edge = canvas.getBoundingClientRect();
    const texts = [...canvas.querySelectorAll('svg text')]
      .map((t) => ({ text: t.textContent.trim(), box: t.getBoundingClientRect() }))
      .filter((t) => t.text && t.box.width > 0 && t.box.height > 0);
    for (const t of texts) {
      if (t.box.left < edge.left - 1 || t.box.right > edge.right + 1 || t.box.top < edge.top - 1 || t.box.bottom > edge.bottom + 1) {
        problems.push(`${figure.id}: “${t.text}” is cut by the chart's edge`);
      }
    }
    for (let i = 0; i < texts.length; i++) {
      for (let j = i + 1; j < texts.length; j++) {
        if (overlap(texts[i].box, texts[j].box)) {
          problems.push(`${figure.id}: “${texts[i].text}” overlaps “${texts[j].text}”`);
        }
      }
    }
    if (!option.grid || option.grid.length === 0) {
      return;
    }
    const plot = chart.getModel().getComponent('grid', 0).coordinateSystem.getRect();
    option.series.forEach((series, seriesIndex) => {
      if (series.type !== 'line' && series.type !== 'scatter') {
        return;
      }
      (series.data || []).forEach((item, index) => {
        const value = valueOf(item);
        const point = Array.isArray(value) ? value : [index, value];
        if (point[1] === null || point[1] === undefined || point[1] === '-') {
          return;
        }
        const [x, y] = chart.convertToPixel({ seriesIndex }, point);
        if (!(x >= plot.x - 1 && x <= plot.x + plot.width + 1 && y >= plot.y - 1 && y <= plot.y + plot.height + 1)) {
          problems.push(`${figure.id}: the point ${JSON.stringify(point)} of “${series.name}” is outside the plot area`);
        }
      });
    });
  });
  return problems;
}
