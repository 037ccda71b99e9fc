import { Language, Parser, type Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages/languageId.js';
import { locateWasm } from './assetLocation.js';

const GRAMMARS: Record<LanguageId, { readonly dir: string; readonly wasm: string }> = {
  'vxd-masm': { dir: 'vxd-masm', wasm: 'tree-sitter-vxd_masm.wasm' },
  'riscos-objasm': { dir: 'riscos-objasm', wasm: 'tree-sitter-riscos_objasm.wasm' },
  'riscos-bbcbasic': { dir: 'riscos-bbcbasic', wasm: 'tree-sitter-riscos_bbcbasic.wasm' },
};

/** One parser per dialect, loaded once per process (the wasm load is the slow part). */
export class Parsers {
  private constructor(private readonly byLanguage: ReadonlyMap<LanguageId, Parser>) {}

  static async load(): Promise<Parsers> {
    const wasm = locateWasm();
    await Parser.init({ locateFile: () => wasm.runtime });
    const byLanguage = new Map<LanguageId, Parser>();
    for (const [languageId, grammar] of Object.entries(GRAMMARS) as [LanguageId, (typeof GRAMMARS)[LanguageId]][]) {
      const language = await Language.load(wasm.grammar(grammar.dir, grammar.wasm));
      const parser = new Parser();
      parser.setLanguage(language);
      byLanguage.set(languageId, parser);
    }
    return new Parsers(byLanguage);
  }

  parse(languageId: LanguageId, text: string): Tree {
    const parser = this.byLanguage.get(languageId);
    if (!parser) throw new Error(`no parser for ${languageId}`);
    const tree = parser.parse(text);
    if (!tree) throw new Error(`parser for ${languageId} returned no tree`);
    return tree;
  }
}
