// <aiguillage-chart>: an Apache ECharts chart drawn in SVG from the JSON option the server sets
// (property "option"). The figures are also in a table beside it: the drawing is an image with a
// French label for screen readers, and the table is what they read.
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

class AiguillageChart extends HTMLElement {
  set option(value) {
    this._option = value;
    this._draw();
  }

  get option() {
    return this._option;
  }

  connectedCallback() {
    if (!this._chart) {
      this._chart = echarts.init(this, null, { renderer: 'svg' });
      this._resizing = new ResizeObserver(() => this._chart && this._chart.resize());
      this._resizing.observe(this);
    }
    this._draw();
  }

  disconnectedCallback() {
    if (this._resizing) {
      this._resizing.disconnect();
      this._resizing = null;
    }
    if (this._chart) {
      this._chart.dispose();
      this._chart = null;
    }
  }

  _draw() {
    if (this._chart && this._option) {
      this._chart.setOption(JSON.parse(this._option), true);
      this.setAttribute('data-drawn', 'true');
    }
  }
}

if (!customElements.get('aiguillage-chart')) {
  customElements.define('aiguillage-chart', AiguillageChart);
}
