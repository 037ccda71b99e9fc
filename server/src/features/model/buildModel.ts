import type { Tree } from 'web-tree-sitter';
import type { LanguageId } from '../../languages/languageId.js';
import { extractBasic } from './basicModel.js';
import { findHandlerRegistrations } from './handlerRegistrations.js';
import { findLocalLabels } from './localLabels.js';
import { extractMasm, type Extraction } from './masmModel.js';
import { extractObjasm } from './objasmModel.js';
import type { SourceModel } from './sourceModel.js';

export function buildModel(uri: string, dialect: LanguageId, text: string, tree: Tree): SourceModel {
  const lines = text.split(/\r?\n|\r/);
  const root = tree.rootNode;
  let extraction: Extraction;
  if (dialect === 'vxd-masm') extraction = extractMasm(uri, root, lines);
  else if (dialect === 'riscos-objasm') extraction = extractObjasm(uri, root, lines);
  else extraction = extractBasic(uri, root, lines);
  const handlers = dialect === 'vxd-masm' ? [] : findHandlerRegistrations(dialect, root);
  return { uri, dialect, text, lines, tree, ...extraction, handlers, localLabels: findLocalLabels(dialect, root) };
}
