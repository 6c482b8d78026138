// The results chart (issue #12): a real PNG of the expected size, not blank, both series drawn,
// and Cyrillic area names rendered from the font shipped in our dependencies.
import { describe, expect, it } from "vitest";
import { Resvg } from "@resvg/resvg-js";
import { chartSvg, renderChart, type ChartInput } from "../../../src/features/diagnostics/chart.ts";

const INPUT: ChartInput = {
  title: "Самодиагностика",
  areas: ["Предметная область", "Цифровые компетенции"],
  series: [
    { name: "1 ноября 2030", values: [40, 30] },
    { name: "1 декабря 2030", values: [83, 17] },
  ],
  threshold: 60,
};

/** Width and height from the PNG's IHDR chunk, after checking the signature. */
function pngSize(png: Buffer): { width: number; height: number } {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(png.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** The PNG decoded back to RGBA, by drawing it inside an SVG with resvg. */
function pixelsOf(png: Buffer, size: { width: number; height: number }): Uint8Array {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}"><image width="${size.width}" height="${size.height}" href="data:image/png;base64,${png.toString("base64")}"/></svg>`;
  return new Resvg(svg).render().pixels;
}

/** Pixels that are not (near) white in the columns [from, to). */
function inkIn(pixels: Uint8Array, width: number, columns: [number, number]): number {
  let ink = 0;
  for (let index = 0; index < pixels.length; index += 4) {
    const x = (index / 4) % width;
    if (x < columns[0] || x >= columns[1]) continue;
    if (pixels[index]! < 200 || pixels[index + 1]! < 200 || pixels[index + 2]! < 200) ink++;
  }
  return ink;
}

describe("the results chart", () => {
  it("is a valid PNG, not blank, with both series' colours", async () => {
    const png = await renderChart(INPUT);
    const size = pngSize(png);
    expect(size.width).toBe(900);
    expect(size.height).toBeGreaterThan(200);
    const pixels = pixelsOf(png, size);
    expect(pixels.length).toBe(size.width * size.height * 4);
    const colours = new Set<number>();
    for (let index = 0; index < pixels.length; index += 4) colours.add((pixels[index]! << 16) | (pixels[index + 1]! << 8) | pixels[index + 2]!);
    expect(colours.size).toBeGreaterThan(20);
    expect(colours.has(0x1e88e5)).toBe(true); // this attempt's bars
    expect(colours.has(0xb0bec5)).toBe(true); // the previous attempt's
    expect(inkIn(pixels, size.width, [0, size.width])).toBeGreaterThan(size.width * size.height * 0.05);
  });

  it("renders the Cyrillic area names (text is not dropped)", async () => {
    const svg = await chartSvg(INPUT);
    expect(svg).toContain("Предметная область");
    expect(svg).toContain("Цифровые компетенции");
    const labelled = await renderChart(INPUT);
    const unlabelled = await renderChart({ ...INPUT, areas: ["", ""] });
    const size = pngSize(labelled);
    expect(pngSize(unlabelled)).toEqual(size);
    expect(labelled.equals(unlabelled)).toBe(false);
    // The names sit left of the bars: there, ink appears only with them.
    const labelColumns: [number, number] = [0, 220];
    expect(inkIn(pixelsOf(labelled, size), size.width, labelColumns)).toBeGreaterThan(inkIn(pixelsOf(unlabelled, size), size.width, labelColumns) + 500);
  });

  it("draws one series when there is no previous attempt", async () => {
    const png = await renderChart({ ...INPUT, series: INPUT.series.slice(1) });
    const size = pngSize(png);
    const pixels = pixelsOf(png, size);
    let previousColour = 0;
    for (let index = 0; index < pixels.length; index += 4) if (pixels[index] === 0xb0 && pixels[index + 1] === 0xbe && pixels[index + 2] === 0xc5) previousColour++;
    expect(previousColour).toBe(0);
  });
});
