import type { SyntaxTrees } from './syntaxTrees.js';

/**
 * A store per document that lives exactly as long as the document's kept
 * syntax trees: what a lowering recorded is found again by the trees' nodes,
 * so it is of no use once they are gone.
 */
export function keptWithSyntaxTrees<T>(make: () => T): (syntax: SyntaxTrees) => T {
  const stores = new WeakMap<SyntaxTrees, T>();
  return (syntax) => {
    let store = stores.get(syntax);
    if (store === undefined) {
      store = make();
      stores.set(syntax, store);
    }
    return store;
  };
}
