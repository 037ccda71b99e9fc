import type { ArmAddressMode, WindowsTarget } from '../../../emulator/src/index.js';
import type { LanguageId } from '../languages/languageId.js';
import { lowerBbcBasic } from '../lowering/bbcbasic/index.js';
import { lowerMasm, type MasmLowering } from '../lowering/masm/index.js';
import { lowerObjAsm, type ObjAsmLoweringOptions } from '../lowering/objasm/index.js';
import type { RiscOsLowering } from '../lowering/riscos/types.js';
import type { SyntaxTrees } from '../lowering/syntaxTrees.js';
import type { Cancelled } from '../lowering/cancellation.js';
import { addressModeOf } from '../lowering/riscos/addressMode.js';
import type { AnalysisContext } from './analysisContext.js';

// One place that turns a parsed document into IR the way the analysis does,
// so running a handler in the emulator sees the same program the findings
// came from.

export const WINDOWS_TARGETS: Record<'3.1' | '95' | '98', WindowsTarget> = { '3.1': 'W31', '95': 'W95', '98': 'W98' };

/** `cancelled`: the analysis's job's, which the lowering asks as it goes (cancellation.ts); a run request lowers to the end. */
export type LoweringInput = Pick<AnalysisContext, 'tree' | 'text' | 'file' | 'settings' | 'readFile' | 'syntaxTrees' | 'latin1'> & Partial<Pick<AnalysisContext, 'cancelled'>>;

export type LoweredDocument =
  | { readonly dialect: 'vxd-masm'; readonly lowering: MasmLowering; readonly target: WindowsTarget }
  | { readonly dialect: 'riscos-objasm' | 'riscos-bbcbasic'; readonly lowering: RiscOsLowering; readonly mode: ArmAddressMode };

const kept = (input: LoweringInput): { syntaxTrees?: SyntaxTrees; latin1?: boolean; cancelled?: Cancelled } => ({
  ...(input.syntaxTrees ? { syntaxTrees: input.syntaxTrees } : {}),
  ...(input.latin1 ? { latin1: true } : {}),
  ...(input.cancelled ? { cancelled: input.cancelled } : {}),
});

export function lowerVxd(input: LoweringInput): { readonly lowering: MasmLowering; readonly target: WindowsTarget } {
  const target = WINDOWS_TARGETS[input.settings.windowsVersion];
  const { settings } = input;
  const read = input.readFile ? { readFile: input.readFile } : {};
  const options = { file: input.file, defines: settings.defines, target, includePaths: settings.includePaths, ...read, ...kept(input) };
  return { target, lowering: lowerMasm(input.tree, input.text, options) };
}

/** The options `lowerObjAsm` is given for a document, but its kept syntax trees. */
export function objAsmOptions(input: Pick<LoweringInput, 'file' | 'settings' | 'readFile'>): ObjAsmLoweringOptions {
  return {
    file: input.file, includePaths: input.settings.includePaths, pathVariables: input.settings.pathVariables,
    ...(input.readFile ? { readFile: input.readFile } : {}),
  };
}

export function lowerObjAsmSource(input: LoweringInput): { readonly lowering: RiscOsLowering; readonly mode: ArmAddressMode } {
  const lowering = lowerObjAsm(input.tree, input.text, { ...objAsmOptions(input), ...kept(input) });
  return { mode: lowering.mode, lowering };
}

export function lowerBbcBasicSource(input: LoweringInput): { readonly lowering: RiscOsLowering; readonly mode: ArmAddressMode } {
  const lowering = lowerBbcBasic(input.tree, input.text, { file: input.file, ...kept(input) });
  return { lowering, mode: addressModeOf(lowering.program.items) };
}

export function lowerDocument(languageId: LanguageId, input: LoweringInput): LoweredDocument {
  switch (languageId) {
    case 'vxd-masm': return { dialect: languageId, ...lowerVxd(input) };
    case 'riscos-objasm': return { dialect: languageId, ...lowerObjAsmSource(input) };
    case 'riscos-bbcbasic': return { dialect: languageId, ...lowerBbcBasicSource(input) };
  }
}
