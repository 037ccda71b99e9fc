import { readFileSync } from 'node:fs';
import { detectLanguage } from '../languages/detectLanguage.js';
import type { LanguageId } from '../languages/languageId.js';
import { decodeSource } from './decodeSource.js';

/** A file on disk as the analysis reads it, whether as Latin-1 (`decodeSource`), or undefined when it is gone or not one of ours. */
export function readSourceFile(path: string): { readonly languageId: LanguageId; readonly text: string; readonly latin1: boolean } | undefined {
  try {
    const bytes = readFileSync(path);
    const detection = detectLanguage(path, bytes);
    const decoded = decodeSource(bytes);
    return detection.kind === 'source' && decoded.ok ? { languageId: detection.languageId, text: decoded.text, latin1: decoded.latin1 } : undefined;
  } catch {
    return undefined;
  }
}
