import type { DocumentLink, DocumentLinkParams } from 'vscode-languageserver';
import type { SourceWorkspace } from './sourceWorkspace.js';

/** Includes (`include vmm.inc`, `GET Hdr:ListOpts`) that resolve to a file become links to it. */
export async function provideDocumentLinks(workspace: SourceWorkspace, params: DocumentLinkParams): Promise<DocumentLink[]> {
  const model = await workspace.model(params.textDocument.uri);
  if (!model) return [];
  return model.includes.flatMap((include) => {
    const target = workspace.resolveInclude(model, include.path);
    return target ? [{ range: include.span, target, tooltip: `Open ${include.path}` }] : [];
  });
}
