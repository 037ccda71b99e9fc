import { Query, type Node } from 'web-tree-sitter';
import { FoldingRangeKind, type FoldingRange, type FoldingRangeParams } from 'vscode-languageserver';
import masmFolds from '../../../grammars/vxd-masm/queries/folds.scm' with { type: 'text' };
import objasmFolds from '../../../grammars/riscos-objasm/queries/folds.scm' with { type: 'text' };
import basicFolds from '../../../grammars/riscos-bbcbasic/queries/folds.scm' with { type: 'text' };
import type { LanguageId } from '../languages/languageId.js';
import type { SourceModel } from './model/sourceModel.js';
import type { SourceWorkspace } from './sourceWorkspace.js';

const FOLDS: Record<LanguageId, string> = { 'vxd-masm': masmFolds, 'riscos-objasm': objasmFolds, 'riscos-bbcbasic': basicFolds };
const COMMENT_LINE: Record<LanguageId, RegExp> = {
  'vxd-masm': /^\s*;/,
  'riscos-objasm': /^\s*;/,
  'riscos-bbcbasic': /^\s*(?:\d+\s*)?(?:REM\b|;)/i,
};
const queries = new Map<LanguageId, Query>();

function foldQuery(model: SourceModel): Query {
  let query = queries.get(model.dialect);
  if (!query) {
    query = new Query(model.tree.language, FOLDS[model.dialect]);
    queries.set(model.dialect, query);
  }
  return query;
}

/** The last line a fold hides: before an ELSE/ELIF that starts its own fold, else the line before the closing one. */
function lastFoldedLine(node: Node): number {
  const alternative = node.childForFieldName('alternative');
  if (alternative) return alternative.startPosition.row - 1;
  const end = node.endPosition.column === 0 ? node.endPosition.row - 1 : node.endPosition.row;
  return end - 1 > node.startPosition.row ? end - 1 : end;
}

export async function provideFoldingRanges(workspace: SourceWorkspace, params: FoldingRangeParams): Promise<FoldingRange[]> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return [];
  const ranges: FoldingRange[] = [];
  for (const capture of foldQuery(model).captures(model.tree.rootNode)) {
    const startLine = capture.node.startPosition.row;
    const endLine = lastFoldedLine(capture.node);
    if (endLine > startLine) ranges.push({ startLine, endLine });
  }
  const comment = COMMENT_LINE[model.dialect];
  for (let line = 0; line < model.lines.length; line++) {
    if (!comment.test(model.lines[line] ?? '')) continue;
    const start = line;
    while (line + 1 < model.lines.length && comment.test(model.lines[line + 1] ?? '')) line++;
    if (line > start) ranges.push({ startLine: start, endLine: line, kind: FoldingRangeKind.Comment });
  }
  return ranges;
}
