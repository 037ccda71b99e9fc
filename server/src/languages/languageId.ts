export const LANGUAGE_IDS = ['vxd-masm', 'riscos-objasm', 'riscos-bbcbasic'] as const;

export type LanguageId = (typeof LANGUAGE_IDS)[number];

export function isLanguageId(value: string): value is LanguageId {
  return (LANGUAGE_IDS as readonly string[]).includes(value);
}

export const LANGUAGE_NAMES: Record<LanguageId, string> = {
  'vxd-masm': 'VxD assembly (MASM)',
  'riscos-objasm': 'RISC OS assembly (ObjAsm)',
  'riscos-bbcbasic': 'BBC BASIC (RISC OS)',
};
