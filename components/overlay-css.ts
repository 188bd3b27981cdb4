// Styles of the legend and card; adopted by the shadow root so strict page CSPs allow them.
import type { Settings } from './settings';

export function overlayCss(s: Settings): string {
  const c = s.colors;
  return `
:host { all: initial; }
* { box-sizing: border-box; font-family: system-ui, "Noto Sans CJK SC", "PingFang SC", "Microsoft YaHei", sans-serif; }
.legend { position: fixed; right: 12px; bottom: 12px; z-index: 2147483647; display: flex; gap: 4px; align-items: center;
  background: #fff; color: #222; border: 1px solid #bbb; border-radius: 8px; padding: 4px 6px; box-shadow: 0 2px 8px rgba(0,0,0,.2); font-size: 13px; }
.brand { font-weight: 700; margin-right: 4px; color: #c0392b; }
button { font: inherit; font-size: 13px; border: 1px solid #ccc; background: #f7f7f7; color: #222; border-radius: 6px; padding: 2px 6px; cursor: pointer; }
button:focus-visible { outline: 2px solid #1a73e8; outline-offset: 1px; }
button[aria-pressed="false"] { opacity: .45; text-decoration: line-through; }
button:disabled { opacity: .4; cursor: default; }
.swatch-place { text-decoration: underline solid 2px ${c.place}; text-underline-offset: 3px; }
.swatch-program { background: ${c.program}33; text-decoration: underline double 1px ${c.program}; }
.swatch-figure { color: ${c.figure}; text-decoration: underline dotted 2px ${c.figure}; text-underline-offset: 3px; }
.count { color: #666; font-variant-numeric: tabular-nums; }
.card { position: absolute; z-index: 2147483647; width: 340px; max-width: calc(100vw - 24px); background: #fff; color: #222;
  border: 1px solid #aaa; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,.25); padding: 8px 10px; font-size: 13px; line-height: 1.5; }
.card:focus { outline: 2px solid #1a73e8; }
.head { display: flex; align-items: center; gap: 6px; margin-bottom: 4px; }
.term { font-weight: 700; font-size: 15px; flex: 1; }
.tag { font-size: 12px; padding: 0 5px; border-radius: 4px; color: #fff; }
.tag-place { background: ${c.place}; } .tag-program { background: ${c.program}; } .tag-figure { background: ${c.figure}; }
.row { display: flex; gap: 8px; }
.label { color: #666; min-width: 5em; flex: none; }
.value { word-break: break-all; }
.actions { display: flex; gap: 6px; margin-top: 6px; }
.close { margin-left: auto; border: none; background: none; }
`;
}
