import { copyFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { lineOf, repoRoot } from './paths.js';

export interface Sample {
  /** Where the file lives in the workspace the editor opens; RISC OS samples keep their `s/`-style folders because the folder names the dialect. */
  readonly path: string;
  readonly source: string;
  readonly languageId: string;
}

const examples = join(repoRoot, 'examples');

/** Its deliberate typo is `mov eax, [Dma_Handle` without the closing bracket. */
export const brokenVxd: Sample = {
  path: 'vxd/DMABUF.ASM',
  source: join(examples, 'vxd/DMABUF.ASM'),
  languageId: 'vxd-masm',
};

export const brokenVxdLine = lineOf(brokenVxd.source, /\[Dma_Handle\s*$/);

export const cleanSamples: readonly Sample[] = [
  { path: 'vxd/memstat.asm', source: join(examples, 'corpus/vxd-masm/memstat.asm'), languageId: 'vxd-masm' },
  { path: 'LCDShadow/s/Shadow', source: join(examples, 'corpus/riscos-objasm/LCDShadow/s/Shadow'), languageId: 'riscos-objasm' },
  { path: 'DAGrow.bas', source: join(examples, 'corpus/riscos-bbcbasic/DAGrow.bas'), languageId: 'riscos-bbcbasic' },
];

export function copySamples(folder: string, samples: readonly Sample[]): void {
  for (const sample of samples) {
    const target = join(folder, sample.path);
    mkdirSync(dirname(target), { recursive: true });
    copyFileSync(sample.source, target);
  }
}
