// The trace view's stylesheet. Every colour is a VS Code theme variable, so
// the view follows light, dark and high-contrast themes.
export const TRACE_STYLES = `
body { font-family: var(--vscode-font-family); font-size: var(--vscode-font-size); color: var(--vscode-foreground); background: var(--vscode-editor-background); padding: 0 16px 16px; }
h1 { font-size: 1.3em; margin: 12px 0 2px; }
h1 .scenario { font-weight: normal; color: var(--vscode-descriptionForeground); }
h2 { font-size: 1.1em; margin: 18px 0 6px; border-bottom: 1px solid var(--vscode-panel-border); padding-bottom: 2px; }
h3 { font-size: 0.95em; margin: 10px 0 4px; color: var(--vscode-descriptionForeground); font-weight: normal; }
code, .mono { font-family: var(--vscode-editor-font-family); font-size: var(--vscode-editor-font-size); }
.kind { margin: 0; color: var(--vscode-descriptionForeground); }
.link { background: none; border: none; padding: 0; color: var(--vscode-textLink-foreground); cursor: pointer; font: inherit; text-align: left; }
.link:hover { text-decoration: underline; }
.link:focus-visible, .step:focus-visible, button:focus-visible { outline: 1px solid var(--vscode-focusBorder); outline-offset: 1px; }
.verdict .ended { margin: 4px 0; }
.verdict .findings { margin: 4px 0; padding-left: 20px; }
.verdict .finding .code { font-weight: bold; color: var(--vscode-errorForeground); }
.verdict .clean { color: var(--vscode-descriptionForeground); }
.maps { display: flex; flex-wrap: wrap; gap: 24px; }
.pagemap { margin: 0; flex: 1 1 360px; min-width: 0; }
.pagemap figcaption { font-weight: bold; }
.grid { display: flex; flex-wrap: wrap; gap: 3px; list-style: none; margin: 0; padding: 0; }
.cell { box-sizing: border-box; min-width: 34px; height: 26px; padding: 0 3px; display: flex; align-items: center; justify-content: center; border: 1px solid var(--vscode-panel-border); border-radius: 3px; font-family: var(--vscode-editor-font-family); font-size: 11px; color: var(--vscode-editor-background); font-weight: bold; }
.cell.state-free { background: transparent; color: var(--vscode-descriptionForeground); border-style: dashed; font-weight: normal; }
.cell.state-unavailable { background: repeating-linear-gradient(45deg, var(--vscode-disabledForeground) 0 3px, transparent 3px 6px); color: var(--vscode-foreground); }
.cell.state-device, .cell.state-reserved { border: 2px double var(--vscode-foreground); }
.slot { min-width: 84px; height: 34px; flex-direction: column; line-height: 1.1; }
.slot.absent { background: transparent; color: var(--vscode-descriptionForeground); border-style: dotted; font-weight: normal; }
.slot .target { font-weight: normal; }
.moved { outline: 3px solid var(--vscode-editorWarning-foreground); outline-offset: 1px; }
.legend { display: flex; flex-wrap: wrap; gap: 6px 16px; list-style: none; padding: 0; margin: 12px 0 0; }
.legend li { display: flex; align-items: center; gap: 6px; }
.legend .swatch { width: 16px; min-width: 16px; height: 14px; padding: 0; }
.toolbar { position: sticky; top: 0; z-index: 1; display: flex; align-items: center; gap: 8px; padding: 6px 0; background: var(--vscode-editor-background); }
.toolbar button { background: var(--vscode-button-secondaryBackground, var(--vscode-button-background)); color: var(--vscode-button-secondaryForeground, var(--vscode-button-foreground)); border: none; padding: 3px 10px; cursor: pointer; font: inherit; }
.toolbar button:hover { background: var(--vscode-button-secondaryHoverBackground, var(--vscode-button-hoverBackground)); }
.toolbar .hint { color: var(--vscode-descriptionForeground); }
.steps { list-style: none; margin: 0; padding: 0; }
.step { padding: 3px 6px; border-left: 3px solid transparent; cursor: pointer; }
.step:hover { background: var(--vscode-list-hoverBackground); }
.step.current { background: var(--vscode-list-activeSelectionBackground); color: var(--vscode-list-activeSelectionForeground); border-left-color: var(--vscode-focusBorder); }
.step.has-finding { border-left-color: var(--vscode-errorForeground); }
.step .head { display: flex; gap: 10px; align-items: baseline; }
.step .no { min-width: 3.5em; color: var(--vscode-descriptionForeground); }
.step.current .no { color: inherit; }
.step .line { min-width: 4.5em; }
.step .address { margin-left: auto; color: var(--vscode-descriptionForeground); }
.step.current .address { color: inherit; }
.step .detail { margin: 1px 0 0 8em; font-size: 0.92em; }
.step .detail > div { margin: 1px 0; }
.badge { font-weight: bold; color: var(--vscode-errorForeground); }
.step.current .badge { color: inherit; }
.event.call .name { font-weight: bold; }
`;
