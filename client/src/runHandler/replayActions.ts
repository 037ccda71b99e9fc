import { CodeAction, CodeActionKind, type CodeActionContext, type CodeActionProvider, type Diagnostic, type Range, type TextDocument } from 'vscode';
import { DIAGNOSTIC_SOURCE } from '../statusText.js';
import { readReplayData } from './replay.js';
import type { ReplayRequest } from './runHandlerCommand.js';

function codeOf(diagnostic: Diagnostic): string {
  const { code } = diagnostic;
  return String(typeof code === 'object' ? code.value : code ?? '');
}

/**
 * "Replay in emulator" on each PageWarden diagnostic the server can replay
 * (its `data` names the entry and witness, and the includer to run it in
 * when the diagnostic is on a GET/include fragment).
 */
export class ReplayActions implements CodeActionProvider {
  static readonly kinds = [CodeActionKind.QuickFix];

  provideCodeActions(document: TextDocument, _range: Range, context: CodeActionContext): CodeAction[] {
    return context.diagnostics.flatMap((diagnostic) => {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) return [];
      // The language client keeps the server's `data` on the diagnostics it creates.
      const data = readReplayData((diagnostic as { data?: unknown }).data);
      if (!data) return [];
      const code = codeOf(diagnostic);
      const replay: ReplayRequest = { witness: data.witness, code, line: diagnostic.range.start.line };
      const action = new CodeAction(`Replay in emulator (${code} in ${data.entry})`, CodeActionKind.QuickFix);
      action.diagnostics = [diagnostic];
      action.command = {
        command: 'pagewarden.runHandler',
        title: 'Replay in emulator',
        arguments: [data.uri ?? document.uri.toString(), data.entry, undefined, replay],
      };
      return [action];
    });
  }
}
