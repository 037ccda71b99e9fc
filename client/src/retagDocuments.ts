import { extensions, languages, type TextDocument } from 'vscode';
import { retagLanguage, type ContributedLanguage } from './documentLanguage.js';

/** The languages every installed extension (built-in ones too) contributes. */
function contributedLanguages(): ContributedLanguage[] {
  return extensions.all.flatMap((e) => (e.packageJSON as { contributes?: { languages?: ContributedLanguage[] } }).contributes?.languages ?? []);
}

/** Gives a document the language the server's rules give it (`retagLanguage`), where VS Code gave another. */
export async function retagDocument(document: TextDocument): Promise<void> {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return;
  const language = retagLanguage(document.uri.path, document.languageId, document.getText(), contributedLanguages);
  if (language !== undefined) await languages.setTextDocumentLanguage(document, language);
}
