import { compile, type TopLevelSpec } from 'vega-lite';
import { parse, View } from 'vega';

/** A node of vega's scenegraph: a mark with its items, or an item with its own fields (and, for a group, its marks). */
export interface SceneNode {
  marktype?: string;
  role?: string;
  items?: SceneNode[];
  [field: string]: unknown;
}

export interface RenderedChart {
  svg: string;
  /** The scenegraph's root, for drawing the same chart elsewhere (into a PDF). */
  scene: SceneNode;
  width: number;
  height: number;
  /** Where the root group sits in the picture (vega's padding for axes and titles). */
  origin: [number, number];
}

/**
 * A Vega-Lite chart laid out headless (no canvas, no browser): its SVG and its scenegraph. Vega
 * measures text without a canvas by estimate, which is close enough for axis labels and titles.
 */
export async function renderChart(spec: TopLevelSpec): Promise<RenderedChart> {
  const view = new View(parse(compile(spec).spec), { renderer: 'none' });
  try {
    const svg = await view.toSVG();
    const [width, height] = [/width="([\d.]+)"/, /height="([\d.]+)"/].map((size) => Number(size.exec(svg)?.[1] ?? 0));
    const origin = view.origin() as [number, number];
    return { svg, scene: (view.scenegraph() as unknown as { root: SceneNode }).root, width, height, origin };
  } finally {
    view.finalize();
  }
}
