// What the status bar says, as a pure function of the server's state and the
// diagnostics VS Code holds, so it can be tested without VS Code.

/** The diagnostics' `source` the server sets; other extensions' diagnostics are not ours to count. */
export const DIAGNOSTIC_SOURCE = 'pagewarden';

export type ServerState = 'starting' | 'running' | 'stopped';

export interface StatusInput {
  readonly state: ServerState;
  /** Documents sent to the server whose diagnostics have not come back yet. */
  readonly pendingDocuments: number;
  readonly findings: number;
  /** False in Restricted Mode, where the server parses but does not analyse. */
  readonly analysis: boolean;
}

export interface StatusView {
  readonly text: string;
  readonly tooltip: string;
  /** The command a click runs. */
  readonly command: 'workbench.actions.view.problems' | 'pagewarden.showOutput';
}

const RESTRICTED = 'Restricted Mode: only syntax is checked. Trust this workspace to run the paging analysis.';

export function countFindings(diagnosticsPerDocument: readonly (readonly { readonly source?: string }[])[]): number {
  let count = 0;
  for (const diagnostics of diagnosticsPerDocument) {
    for (const diagnostic of diagnostics) if (diagnostic.source === DIAGNOSTIC_SOURCE) count++;
  }
  return count;
}

export function statusView(input: StatusInput): StatusView {
  const restricted = input.analysis ? '' : `\n${RESTRICTED}`;
  if (input.state === 'stopped') {
    return { text: 'PageWarden: stopped', tooltip: `The PageWarden language server is not running. Click to see its output.${restricted}`, command: 'pagewarden.showOutput' };
  }
  if (input.state === 'starting' || input.pendingDocuments > 0) {
    const what = input.state === 'starting' ? 'The PageWarden language server is starting.' : `PageWarden is checking ${plural(input.pendingDocuments, 'document')}.`;
    return { text: 'PageWarden: analysing…', tooltip: `${what}${restricted}`, command: 'workbench.actions.view.problems' };
  }
  return {
    text: `PageWarden: ${plural(input.findings, 'finding')}`,
    tooltip: `${plural(input.findings, 'finding')} in open documents. Click to open the Problems panel.${restricted}`,
    command: 'workbench.actions.view.problems',
  };
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
