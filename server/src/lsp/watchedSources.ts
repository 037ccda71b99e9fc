import type { FileSystemWatcher } from 'vscode-languageserver';

// The sources of the three dialects, named as detectLanguage knows them (RISC
// OS sources often by folder, with no extension): MASM and ObjAsm files can
// include a fragment, and any open document's file helps say whether its
// text is Latin-1 (`documentEncodings.ts`), BBC BASIC's too, which is read
// again when the file changes on disk. Tokenised BASIC (`,ffb`) is refused as source, so
// it is not watched. Globs are matched case-sensitively by some clients.
export const SOURCE_WATCHERS: readonly FileSystemWatcher[] = [
  '**/*.[aA][sS][mM]',
  '**/*.[iI][nN][cC]',
  '**/*.[sS]',
  '**/*,ff[dDfF]',
  '**/[sS]/*',
  '**/[hH][dD][rR]/*',
  '**/*.[bB][aA][sS]',
  '**/*,[fF][dD]1',
  '**/[bB][aA][sS]/*',
].map((globPattern) => ({ globPattern }));
