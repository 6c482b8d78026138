// The indicators as one picture, by the diagnostics results' path (ECharts SVG on the server,
// resvg to PNG with the DejaVu fonts): the shares of the scope's teachers on top (trained, planning,
// each deficit), the counts below (sign-ups by form, contest participations by level).
import { loadEcharts, svgToPng, wrap } from "../diagnostics/chart.ts";
import { roundShare } from "./monitoring-rows.ts";

export type IndicatorsChartInput = {
  title: string;
  /** The reader's language: "28,6 %" in Russian, "28.6 %" in English. */
  lang: string;
  subtitle: string;
  shares: { label: string; value: number }[];
  counts: { label: string; value: number }[];
};

const WIDTH = 900;
const ROW = 44;


async function indicatorsChartSvg(input: IndicatorsChartInput): Promise<string> {
  const echarts = await loadEcharts();
  const sharesHeight = Math.max(1, input.shares.length) * ROW;
  const countsHeight = input.counts.length * ROW;
  const top = 90;
  const gap = input.counts.length ? 50 : 0;
  const height = top + sharesHeight + gap + countsHeight + 40;
  const chart = echarts.init(null, null, { renderer: "svg", ssr: true, width: WIDTH, height });
  const axisLabel = { fontSize: 16, color: "#263238" };
  const number = new Intl.NumberFormat(input.lang === "en" ? "en" : "ru", { maximumFractionDigits: 1 });
  const label = (unit: string) => ({ show: true, position: "right", formatter: (bar: { value: number }) => `${number.format(bar.value)}${unit}`, fontSize: 14 });
  try {
    chart.setOption({
      animation: false,
      backgroundColor: "#ffffff",
      textStyle: { fontFamily: "DejaVu Sans" },
      title: { text: input.title, subtext: input.subtitle, left: "center", top: 10, textStyle: { fontSize: 20, fontFamily: "DejaVu Sans" }, subtextStyle: { fontSize: 14 } },
      grid: [
        { left: 260, right: 70, top, height: sharesHeight },
        ...(input.counts.length ? [{ left: 260, right: 70, top: top + sharesHeight + gap, height: countsHeight }] : []),
      ],
      xAxis: [
        { gridIndex: 0, type: "value", min: 0, max: 100, axisLabel: { formatter: "{value} %", fontSize: 13 } },
        ...(input.counts.length ? [{ gridIndex: 1, type: "value", minInterval: 1, axisLabel: { fontSize: 12 } }] : []),
      ],
      yAxis: [
        { gridIndex: 0, type: "category", inverse: true, data: input.shares.map((row) => wrap(row.label, 26)), axisLabel },
        ...(input.counts.length ? [{ gridIndex: 1, type: "category", inverse: true, data: input.counts.map((row) => wrap(row.label, 26)), axisLabel }] : []),
      ],
      series: [
        { type: "bar", xAxisIndex: 0, yAxisIndex: 0, data: input.shares.map((row) => roundShare(row.value)), barMaxWidth: 26, itemStyle: { color: "#1e88e5" }, label: label(" %") },
        ...(input.counts.length
          ? [{ type: "bar", xAxisIndex: 1, yAxisIndex: 1, data: input.counts.map((row) => row.value), barMaxWidth: 26, itemStyle: { color: "#43a047" }, label: label("") }]
          : []),
      ],
    });
    return chart.renderToSVGString();
  } finally {
    chart.dispose();
  }
}

export const renderIndicatorsChart = async (input: IndicatorsChartInput): Promise<Buffer> => svgToPng(await indicatorsChartSvg(input));
