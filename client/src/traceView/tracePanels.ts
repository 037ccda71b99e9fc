import { randomBytes } from 'node:crypto';
import {
  Range, Selection, TextEditorRevealType, ThemeColor, Uri, ViewColumn, window,
  type Disposable, type TextEditor, type TextEditorDecorationType, type WebviewPanel,
} from 'vscode';
import type { RunHandlerResult, StepView } from '../../../server/src/run/protocol.js';
import { renderTracePage, traceTitle } from './renderTrace.js';
import { StepNavigation } from './stepNavigation.js';

type LspRange = StepView['range'];

type FromWebview =
  | { readonly type: 'reveal'; readonly step: number }
  | { readonly type: 'move'; readonly delta: number }
  | { readonly type: 'revealFinding'; readonly finding: number };

export interface TraceRequest {
  readonly result: RunHandlerResult;
  /** The document the entry is in. */
  readonly uri: Uri;
  /** Where that document was shown when the run started: steps are revealed there, beside the trace. */
  readonly column: ViewColumn | undefined;
  readonly initialStep?: number;
}

function toRange(range: LspRange): Range {
  return new Range(range.start.line, range.start.character, range.end.line, range.end.character);
}

/** A step in an included file names it by path (or URI); others are in the run's document. */
function fileUri(file: string | undefined, document: Uri): Uri {
  if (file === undefined) return document;
  return /^[a-z][\w+.-]+:/i.test(file) ? Uri.parse(file) : Uri.file(file);
}

/** The trace views: one panel per entry and scenario of a document, reused when the same run is made again. */
export class TracePanels implements Disposable {
  private readonly panels = new Map<string, WebviewPanel>();
  /** The current step's line in the editor, so it stays visible while focus is in the trace. */
  private readonly currentStep: TextEditorDecorationType = window.createTextEditorDecorationType({
    isWholeLine: true,
    backgroundColor: new ThemeColor('editor.rangeHighlightBackground'),
    borderColor: new ThemeColor('editor.rangeHighlightBorder'),
    borderWidth: '1px 0',
    borderStyle: 'solid',
  });

  show(request: TraceRequest): void {
    const { result, uri } = request;
    const key = `${uri.toString()}\n${result.entry}\n${result.scenario}`;
    this.panels.get(key)?.dispose();
    const panel = window.createWebviewPanel('pagewarden.trace', traceTitle(result), { viewColumn: ViewColumn.Beside, preserveFocus: false }, {
      enableScripts: true,
      // The page is self-contained: it loads nothing, not even from the extension.
      localResourceRoots: [],
    });
    this.panels.set(key, panel);
    const navigation = new StepNavigation(result.steps);
    const column = request.column ?? ViewColumn.One;

    const reveal = async (range: LspRange, file: Uri): Promise<void> => {
      const editor = await this.editorFor(file, column);
      const target = toRange(range);
      editor.selection = new Selection(target.start, target.end);
      editor.revealRange(target, TextEditorRevealType.InCenterIfOutsideViewport);
      editor.setDecorations(this.currentStep, [target]);
    };
    const select = async (step: StepView | undefined): Promise<void> => {
      if (step === undefined) return;
      await panel.webview.postMessage({ type: 'select', step: step.index });
      await reveal(step.range, fileUri(step.file, uri));
    };

    panel.webview.onDidReceiveMessage(async (message: FromWebview) => {
      switch (message.type) {
        case 'reveal':
          return select(navigation.goTo(message.step));
        case 'move':
          return select(navigation.move(message.delta));
        case 'revealFinding': {
          const finding = result.verdict.findings[message.finding];
          if (finding) await reveal(finding.range, fileUri(finding.file, uri));
        }
      }
    });
    panel.onDidDispose(() => {
      if (this.panels.get(key) === panel) this.panels.delete(key);
      for (const editor of window.visibleTextEditors) editor.setDecorations(this.currentStep, []);
    });

    const initial = request.initialStep === undefined ? undefined : navigation.goTo(request.initialStep);
    panel.webview.html = renderTracePage(result, {
      nonce: randomBytes(16).toString('base64'),
      cspSource: panel.webview.cspSource,
      ...(initial ? { initialStep: initial.index } : {}),
    });
    if (initial) void reveal(initial.range, fileUri(initial.file, uri));
  }

  dispose(): void {
    for (const panel of [...this.panels.values()]) panel.dispose();
    this.currentStep.dispose();
  }

  /** The document's editor where it is already visible, else opened in `column` without taking focus from the trace. */
  private async editorFor(uri: Uri, column: ViewColumn): Promise<TextEditor> {
    const visible = window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri.toString());
    if (visible) return visible;
    return window.showTextDocument(uri, { viewColumn: column, preserveFocus: true, preview: false });
  }
}
