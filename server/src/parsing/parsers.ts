import { Language, Parser, type Tree } from 'web-tree-sitter';
import type { LanguageId } from '../languages/languageId.js';
import { locateWasm, type WasmLocations } from './assetLocation.js';
import { bindCursorModule, type CursorModule } from './wasmCursor.js';

const GRAMMARS: Record<LanguageId, { readonly dir: string; readonly wasm: string }> = {
  'vxd-masm': { dir: 'vxd-masm', wasm: 'tree-sitter-vxd_masm.wasm' },
  'riscos-objasm': { dir: 'riscos-objasm', wasm: 'tree-sitter-riscos_objasm.wasm' },
  'riscos-bbcbasic': { dir: 'riscos-bbcbasic', wasm: 'tree-sitter-riscos_bbcbasic.wasm' },
};

/** UTF-16 units per read: enough for the longest lines of real sources. */
const PIECE = 256;

/**
 * The text as web-tree-sitter reads it, a piece at a time. Given the string
 * itself it hands the lexer the whole rest of the text on every read and
 * copies the first 10 KB of it into wasm; and a scanner that asks for the
 * column (the RISC OS grammars, for column-1 labels) makes the lexer read
 * again from the line's start for each token it lexes, so most of the
 * ObjAsm parse went on those copies.
 */
const inPieces = (text: string) => (index: number): string => text.slice(index, index + PIECE);

/** web-tree-sitter's start, once per process: its later `Parser.init`s keep the first module and ignore their options. */
let initialised: Promise<void> | undefined;

async function initialise(wasm: WasmLocations): Promise<void> {
  // Emscripten makes this object the module, which the plain copies' cursors call.
  const module = { locateFile: () => wasm.runtime };
  await Parser.init(module);
  bindCursorModule(module as unknown as CursorModule);
}

/**
 * One parser per dialect, each loaded the first time a file of that dialect
 * is met: loading a grammar's wasm is the slow part, and a VxD-only project
 * never pays for the RISC OS grammars.
 */
export class Parsers {
  private readonly loading = new Map<LanguageId, Promise<Parser>>();

  private constructor(private readonly wasm: WasmLocations) {}

  static async create(): Promise<Parsers> {
    const wasm = locateWasm();
    await (initialised ??= initialise(wasm));
    return new Parsers(wasm);
  }

  private parser(languageId: LanguageId): Promise<Parser> {
    let parser = this.loading.get(languageId);
    if (!parser) {
      const grammar = GRAMMARS[languageId];
      parser = Language.load(this.wasm.grammar(grammar.dir, grammar.wasm)).then((language) => {
        const p = new Parser();
        p.setLanguage(language);
        return p;
      });
      this.loading.set(languageId, parser);
    }
    return parser;
  }

  /** With `previous` (already given the edits since), tree-sitter re-parses only what the edits touched. */
  async parse(languageId: LanguageId, text: string, previous?: Tree): Promise<Tree> {
    const tree = (await this.parser(languageId)).parse(inPieces(text), previous);
    if (!tree) throw new Error(`the ${languageId} parser returned no tree`);
    return tree;
  }
}
