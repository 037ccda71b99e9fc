import { findSwiReason } from '../../../../emulator/src/index.js';
import type { HeaderSymbol } from '../../lowering/objasm/systemHeaders.js';
import { riscHex } from './catalogueMarkdown.js';

/**
 * A name a built-in system header defines: its value and header, and what
 * it is; a reason code's meaning is the catalogue's for that reason.
 */
export function headerSymbolMarkdown(symbol: HeaderSymbol): string {
  const reason = symbol.reasonsOf === undefined ? undefined : findSwiReason(symbol.reasonsOf, symbol.value);
  const what = reason ? `${symbol.reasonsOf} reason ${reason.code}, ${reason.name}: ${reason.description}` : symbol.what;
  return [`**${symbol.name}** = ${riscHex(symbol.value)} (${symbol.value}) — RISC OS constant from ${symbol.header} (built in)`, '', what].join('\n');
}
