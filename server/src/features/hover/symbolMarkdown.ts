import type { LanguageId } from '../../languages/languageId.js';
import { formatValue } from '../model/evaluate.js';
import type { Definition } from '../model/sourceModel.js';

const FENCE: Record<LanguageId, string> = { 'vxd-masm': 'vxd-masm', 'riscos-objasm': 'riscos-objasm', 'riscos-bbcbasic': 'riscos-bbcbasic' };

const fileName = (uri: string): string => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));

export interface SymbolFacts {
  readonly value?: number;
  readonly offset?: number;
  readonly size?: number;
  /** A BASIC variable set to values that differ: each place that sets it (0-based line), with its value where it is known. */
  readonly settings?: readonly { readonly line: number; readonly value?: number }[];
}

/** `set to different values: &80 (128) at line 5, &180 (384) at line 7, one not known here at line 9`. */
function settingsText(dialect: LanguageId, settings: NonNullable<SymbolFacts['settings']>): string {
  const each = settings.map(({ line, value }) => `${value === undefined ? 'one not known here' : formatValue(dialect, value)} at line ${line + 1}`);
  return `, set to different values: ${each.join(', ')}`;
}

function describe(dialect: LanguageId, definition: Definition, facts: SymbolFacts): string {
  const shown = facts.settings ? settingsText(dialect, facts.settings) : facts.value === undefined ? '' : ` = ${formatValue(dialect, facts.value)}`;
  switch (definition.kind) {
    case 'equate': return `equate${shown}`;
    case 'variable': return `${dialect === 'vxd-masm' ? 'data' : 'variable'}${shown}`;
    case 'register-alias': return `register alias for ${definition.value?.text ?? '?'}`;
    case 'field': return `field of ${definition.container ?? '?'} at offset ${formatValue(dialect, definition.offset ?? 0)}, ${definition.size ?? 0} bytes`;
    case 'storage-field': {
      const offset = facts.offset === undefined ? 'unknown offset' : `offset ${formatValue(dialect, facts.offset)}`;
      return `storage-map field at ${offset}${definition.container ? ` from ${definition.container}` : ''}${facts.size === undefined ? '' : `, ${facts.size} bytes`}`;
    }
    case 'macro': return `macro${definition.parameters?.length ? ` with parameters ${definition.parameters.join(', ')}` : ' without parameters'}`;
    case 'procedure': return definition.parameters ? `procedure (${definition.parameters.join(', ')})` : 'procedure';
    case 'function': return `function (${definition.parameters?.join(', ') ?? ''})`;
    case 'struct': return definition.size === undefined ? 'structure' : `structure of ${definition.size} bytes`;
    case 'segment': return 'segment';
    case 'area': return 'area';
    case 'label': return definition.parent ? `label in ${definition.parent}` : 'label';
  }
}

/** A user symbol: its defining line, what it is (with its value or offset), and the comment above it. */
export function symbolMarkdown(dialect: LanguageId, definition: Definition, facts: SymbolFacts, currentUri: string): string {
  const out = ['```' + FENCE[dialect], definition.line, '```', `**${definition.name}** — ${describe(dialect, definition, facts)}`];
  if (definition.uri !== currentUri) out.push('', `Defined in ${fileName(definition.uri)}, line ${definition.span.start.line + 1}.`);
  if (definition.comment.length > 0) out.push('', definition.comment.join('  \n'));
  return out.join('\n');
}
