import { languages, StatusBarAlignment, window, type Disposable, type StatusBarItem } from 'vscode';
import { countFindings, statusView, type ServerState } from './statusText.js';

/** The "PageWarden: N findings" item; hidden until the server first starts. */
export class FindingsStatusBar implements Disposable {
  private readonly item: StatusBarItem;
  private readonly subscription: Disposable;
  private state: ServerState = 'starting';
  private analysis = true;
  private pendingDocuments = 0;

  constructor() {
    this.item = window.createStatusBarItem('pagewarden.status', StatusBarAlignment.Left, 0);
    this.item.name = 'PageWarden';
    this.subscription = languages.onDidChangeDiagnostics(() => this.render());
  }

  update(change: { state?: ServerState; analysis?: boolean; pendingDocuments?: number }): void {
    this.state = change.state ?? this.state;
    this.analysis = change.analysis ?? this.analysis;
    this.pendingDocuments = change.pendingDocuments ?? this.pendingDocuments;
    this.render();
    this.item.show();
  }

  dispose(): void {
    this.subscription.dispose();
    this.item.dispose();
  }

  private render(): void {
    const findings = countFindings(languages.getDiagnostics().map(([, diagnostics]) => diagnostics));
    const view = statusView({ state: this.state, analysis: this.analysis, pendingDocuments: this.pendingDocuments, findings });
    this.item.text = view.text;
    this.item.tooltip = view.tooltip;
    this.item.command = view.command;
  }
}
