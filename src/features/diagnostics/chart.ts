// The results picture: ECharts renders horizontal bars to SVG on the server (no browser), resvg
// turns it into PNG with the DejaVu fonts shipped in our dependencies, so Cyrillic renders on any
// machine, one without fonts included.
import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";

const require = createRequire(import.meta.url);
const FONT_DIR = path.join(path.dirname(require.resolve("dejavu-fonts-ttf/package.json")), "ttf");
const FONT_FILES = [path.join(FONT_DIR, "DejaVuSans.ttf"), path.join(FONT_DIR, "DejaVuSans-Bold.ttf")];

export type ChartInput = {
  title: string;
  /** Area names, top to bottom. */
  areas: string[];
  /** One series (this attempt) or two (the previous one first); values in percent, one per area. */
  series: { name: string; values: number[] }[];
  /** The deficit threshold, drawn as a line. */
  threshold: number;
};

const WIDTH = 900;
const COLORS = ["#b0bec5", "#1e88e5"];

/** Long area names wrapped by words, so the bars keep most of the width. */
export function wrap(name: string, width = 22): string {
  const lines: string[] = [];
  for (const word of name.split(/\s+/)) {
    const last = lines.at(-1);
    if (last !== undefined && last.length + 1 + word.length <= width) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.join("\n");
}

/** ECharts is 600 modules, over a second to load: the first chart loads it, not the start-up. */
export const loadEcharts = () => import("echarts");

export async function chartSvg(input: ChartInput): Promise<string> {
  const echarts = await loadEcharts();
  const height = 140 + input.areas.length * (input.series.length > 1 ? 80 : 60);
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  try {
    const colors = input.series.length > 1 ? COLORS : COLORS.slice(1);
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: "DejaVu Sans" },
      color: colors,
      title: { text: input.title, left: "center", top: 12, textStyle: { fontSize: 20, fontFamily: "DejaVu Sans" } },
      legend: input.series.length > 1 ? { bottom: 8, textStyle: { fontSize: 14 } } : undefined,
      grid: { left: 230, right: 60, top: 60, bottom: input.series.length > 1 ? 70 : 30 },
      xAxis: { type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %", fontSize: 13 } },
      // ECharts draws the first category at the bottom: reversed, the first area is on top.
      yAxis: { type: "category", inverse: true, data: input.areas.map((name) => wrap(name)), axisLabel: { fontSize: 14, color: "#263238" } },
      series: input.series.map((series, index) => ({
        type: "bar",
        name: series.name,
        data: series.values,
        barMaxWidth: 28,
        label: { show: true, position: "right", formatter: "{c} %", fontSize: 13 },
        ...(index === input.series.length - 1
          ? { markLine: { silent: true, symbol: "none", label: { show: false }, lineStyle: { color: "#e53935", type: "dashed", width: 2 }, data: [{ xAxis: input.threshold }] } }
          : {}),
      })),
    });
    return chart.renderToSVGString();
  } finally {
    // Without it a timer keeps the process alive.
    chart.dispose();
  }
}

export function svgToPng(svg: string): Buffer {
  const resvg = new Resvg(svg, { font: { fontFiles: FONT_FILES, loadSystemFonts: false, defaultFontFamily: "DejaVu Sans" }, background: "#ffffff" });
  return resvg.render().asPng();
}

/** The results chart as PNG bytes. */
export async function renderChart(input: ChartInput): Promise<Buffer> {
  return svgToPng(await chartSvg(input));
}
