import { CodeActionKind, type CodeAction, type CodeActionParams, type Range, type TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticFix } from './quickFixesData.js';
import type { LanguageId } from '../languages/languageId.js';
import { insertBoundCheck } from './quickFixesDispatch.js';
import { readFix } from './quickFixesData.js';
import { fixDocument, type FixDialect, type FixDocument, type QuickFix } from './quickFixesLines.js';
import { testForAllOnes, testForZero } from './quickFixesSentinel.js';
import { useSwiName, useXForm } from './quickFixesSwi.js';
import { addMissingFlags, replaceWithZero } from './quickFixesVmmCall.js';
import type { DialectOf } from './sourceWorkspace.js';

// Quick fixes for the findings whose repair is certain (docs/checks/PWnnn.md,
// "Quick fix"). Each builder answers undefined whenever the source is not in
// the shape its edit is sure to be right for; then no fix is offered. What to
// repair comes from the finding's fix data (the diagnostic's `data.fix`),
// never from its message, so rewording a message cannot change a fix.

/** Each builder answers undefined for fix data of another kind than its own. */
type FixBuilder = (doc: FixDocument, range: Range, fix: DiagnosticFix) => QuickFix | undefined;

const FIXES: Readonly<Record<string, { readonly dialects: readonly FixDialect[]; readonly build: FixBuilder }>> = {
  PW101: { dialects: ['objasm', 'basic'], build: useSwiName },
  PW201: { dialects: ['masm'], build: replaceWithZero },
  PW202: { dialects: ['masm'], build: addMissingFlags },
  PW210: { dialects: ['masm'], build: testForAllOnes },
  PW211: { dialects: ['masm'], build: testForZero },
  PW311: { dialects: ['objasm', 'basic'], build: useXForm },
  PW312: { dialects: ['objasm', 'basic'], build: insertBoundCheck },
};

// A tokenised BASIC file is shown detokenised: its text is not what is on disk, so it gets no edits.
const DIALECTS: Partial<Record<LanguageId | 'tokenised-basic', FixDialect>> = {
  'vxd-masm': 'masm',
  'riscos-objasm': 'objasm',
  'riscos-bbcbasic': 'basic',
};

/** Whether the client's `only` filter lets quick fixes through (a kind matches itself and its sub-kinds). */
function wantsQuickFixes(only: readonly string[] | undefined): boolean {
  return only === undefined || only.some((kind) => kind === '' || CodeActionKind.QuickFix === kind || CodeActionKind.QuickFix.startsWith(`${kind}.`));
}

export function provideQuickFixes(documents: TextDocuments<TextDocument>, dialectOf: DialectOf, params: CodeActionParams): CodeAction[] {
  const document = documents.get(params.textDocument.uri);
  const language = document && dialectOf(document);
  const dialect = language && DIALECTS[language];
  if (!document || !dialect || !wantsQuickFixes(params.context.only)) return [];
  const doc = fixDocument(document.uri, dialect, document.getText());
  return params.context.diagnostics.flatMap((diagnostic) => {
    const rule = diagnostic.source === 'pagewarden' ? FIXES[String(diagnostic.code)] : undefined;
    const fix = rule?.dialects.includes(dialect) ? readFix(diagnostic.data) : undefined;
    const built = rule && fix ? rule.build(doc, diagnostic.range, fix) : undefined;
    if (!built) return [];
    return [{
      title: built.title,
      kind: CodeActionKind.QuickFix,
      diagnostics: [diagnostic],
      isPreferred: built.preferred,
      edit: { changes: { [document.uri]: [...built.edits] } },
    }];
  });
}
