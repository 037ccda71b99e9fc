import type { SyntaxNode as Node } from '../syntaxNode.js';
import type { Prototype } from './procDeclaration.js';

// MASM 6's INVOKE, written out as it assembles in a 32-bit segment: the
// arguments pushed as dwords (the last first, or the first first for the
// PASCAL family), `ADDR name` as the name's offset (through EAX when the
// name is on the stack), a byte or word value widened through EAX, the
// call, and for C, SYSCALL and VARARG procedures the caller's clean-up.
// What MASM would refuse (no prototype before the INVOKE, another number
// of arguments, no language) stops the analysis there.

export interface InvokeHost {
  /** The prototype of the procedure `name`, from its PROTO or PROC line. */
  prototype(name: string): Prototype | undefined;
  /** Whether `name` is a parameter or local of the procedure's frame. */
  isFrameName(name: string): boolean;
  /** What the operand is, and its size where it has one, read as if written at `node`. */
  operandKind(operand: string, node: Node): { readonly kind: 'constant' | 'register' | 'memory'; readonly size?: number } | undefined;
  /** Assembles `lines` as if they were written at `node`. */
  assemble(lines: readonly string[], node: Node): void;
  /** MASM would not assemble the INVOKE at `node`: the analysis stops there with `message`. */
  stop(message: string, node: Node): void;
}

const PASCAL_ORDER = new Set(['pascal', 'fortran', 'basic']);

class InvokeError extends Error {}

/** The instructions that push one argument of `size` bytes (undefined for a VARARG one). */
function pushed(argument: string, size: number | undefined, node: Node, host: InvokeHost): string[] {
  const address = /^addr\s+(.+)$/i.exec(argument);
  if (address?.[1]) {
    const name = address[1].trim();
    return host.isFrameName(name) ? [`lea eax, ${name}`, 'push eax'] : [`push OFFSET ${name}`];
  }
  if (size !== undefined && size > 4) throw new InvokeError(`a ${size}-byte parameter`);
  const operand = host.operandKind(argument, node);
  if (!operand) throw new InvokeError(`argument ${argument} does not read as an operand`);
  if (operand.kind === 'constant' || operand.size === 4 || (operand.kind === 'memory' && operand.size === undefined)) return [`push ${argument}`];
  if (operand.size === 1 || operand.size === 2) return [`movzx eax, ${argument}`, 'push eax'];
  throw new InvokeError(`argument ${argument} of ${operand.size ?? 'unknown'} bytes`);
}

/** Assembles `INVOKE target, arguments` at `node`. */
export function invoke(target: string, args: readonly string[], node: Node, host: InvokeHost): void {
  try {
    const prototype = host.prototype(target);
    if (!prototype) throw new InvokeError(`no PROTO or PROC line before it gives ${target}'s parameters`);
    const { language, vararg, sizes } = prototype;
    if (!language) throw new InvokeError(`${target} has no language (C, STDCALL, …) on its line or the .MODEL line`);
    if (args.length < sizes.length || (!vararg && args.length > sizes.length)) {
      throw new InvokeError(`${target} takes ${sizes.length}${vararg ? ' or more' : ''} argument${sizes.length === 1 && !vararg ? '' : 's'}; ${args.length} given`);
    }
    const order = args.map((argument, i) => pushed(argument, sizes[i], node, host));
    const lines = (PASCAL_ORDER.has(language) ? order : order.reverse()).flat();
    lines.push(`call ${target}`);
    if ((language === 'c' || language === 'syscall' || vararg) && args.length > 0) lines.push(`add esp, ${4 * args.length}`);
    host.assemble(lines, node);
  } catch (e) {
    if (!(e instanceof InvokeError)) throw e;
    host.stop(`INVOKE ${target}: ${e.message}`, node);
  }
}
