import type { Config } from 'vega-lite';

/** One look for every chart of a report; Helvetica so that the PDF's standard font draws what the SVG shows. */
export const CHART_CONFIG: Config = {
  font: 'Helvetica',
  background: 'white',
  view: { stroke: '#ccc' },
  title: { fontSize: 12, anchor: 'start' },
  axis: { labelFontSize: 9, titleFontSize: 10 },
  legend: { labelFontSize: 9, titleFontSize: 10 },
};
