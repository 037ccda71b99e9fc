import type { FileSystemWatcher } from 'vscode-languageserver';

// The files that can include a fragment: VxD MASM sources and ObjAsm sources,
// named as detectLanguage knows them (RISC OS sources often by folder, with no
// extension). BBC BASIC is left out: its programs include nothing the
// analysis follows. Globs are matched case-sensitively by some clients.
export const SOURCE_WATCHERS: readonly FileSystemWatcher[] = [
  '**/*.[aA][sS][mM]',
  '**/*.[iI][nN][cC]',
  '**/*.[sS]',
  '**/*,ff[dDfF]',
  '**/[sS]/*',
  '**/[hH][dD][rR]/*',
].map((globPattern) => ({ globPattern }));
