// Series colours: 20 hues ordered so that neighbours differ in hue and lightness, so that a chart of
// 12 or more lines or stacked blocks (project categories, 类 of several departments) never repeats a
// colour before the 21st series. (ECharts' default palette has 9 and repeats from the 10th.)
export const PALETTE = [
  '#1f5fa8', '#e0812b', '#2f9e44', '#c92a2a', '#7048b6', '#8c5a3c', '#d6409f', '#5c6770', '#a8a21b', '#1098ad',
  '#74a9e8', '#f5b971', '#8ce99a', '#ff8787', '#b197fc', '#c8a088', '#f7a8d8', '#adb5bd', '#e3dc73', '#66d9e8',
];
