import { languages, type TextDocument } from 'vscode';
import { detectByContent } from '../../server/src/languages/detectLanguage.js';
import { isLanguageId } from '../../server/src/languages/languageId.js';

// VS Code picks a language from the file name and first line only. RISC OS
// sources often have neither an extension nor a telling first line, so a
// document VS Code opened as plain text, or as the wrong one of our dialects,
// is given the dialect its content shows, by the same rules as the server
// and the CLI.

export async function retagDocument(document: TextDocument): Promise<void> {
  if (document.uri.scheme !== 'file' && document.uri.scheme !== 'untitled') return;
  const current = document.languageId;
  if (current !== 'plaintext' && !isLanguageId(current)) return;
  const detected = detectByContent(document.getText());
  if (detected !== undefined && detected !== current) await languages.setTextDocumentLanguage(document, detected);
}
