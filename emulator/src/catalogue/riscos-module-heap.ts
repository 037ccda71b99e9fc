// OS_Module (SWI &1E) reasons 0-21 and OS_Heap (SWI &1D) reasons 0-8: the
// module handler and the heap manager module code calls to claim, resize
// and free its workspace. Outside the spec (paging.md covers neither): the
// names, entry and exit registers are the ROOL kernel's (`s/ModHand`,
// `s/HeapMan`), as the PRM and the ROOL wiki give them.
// OS_Module 0 (Run) and 2 (Enter) start the module's code as the current
// application and do not come back when that works, so they have no table.

import type { ArmContract, ArmSlot, SwiReason } from './types.js';

const reason = (code: number): ArmSlot => ({ register: 'R0', name: 'reason', role: 'reason', description: `${code}.` });
const slot = (register: ArmSlot['register'], name: string, role: ArmSlot['role'], description: string): ArmSlot => ({ register, name, role, description });
const table = (code: number, entry: readonly ArmSlot[], exit: readonly ArmSlot[] = []): ArmContract =>
  ({ entry: [reason(code), ...entry], exit, preserved: 'all-others', certain: true });

const block = (description: string) => slot('R2', 'block', 'pointer', description);
/** A block the call frees or moves: the heap manager links it into its free list, or copies it away. */
const heapBlock = (description: string): ArmSlot => ({ ...block(description), written: true });
// The heap manager hands out blocks of whole words from a word-aligned heap (the
// RMA is one), so a block it claims is word-aligned: loads through it do not rotate.
const claimed: ArmSlot = { ...block('The block claimed.'), mustBeZeroMask: 3 };
const name = (description: string) => slot('R1', 'name', 'string', description);
const moduleInfo: readonly ArmSlot[] = [
  slot('R3', 'code', 'pointer', 'Start of the module\'s code.'),
  slot('R4', 'privateWord', 'workspace', 'Contents of the instantiation\'s private word (usually its workspace pointer).'),
  slot('R5', 'postfix', 'string', 'Name of the instantiation ("Base" when there is only one).'),
];
const romModule = (code: number, version: boolean): ArmContract => table(code, [
  slot('R1', 'module', 'count', 'Module number to start from (0 for the first).'),
  slot('R2', 'section', 'other', 'ROM section: -1 the main ROM, 0 upwards an expansion card, below -1 an extension ROM.'),
], [
  slot('R1', 'next', 'count', 'Number of the module found, plus one: the next call\'s R1.'),
  slot('R2', 'section', 'other', 'ROM section of the module found.'),
  slot('R3', 'title', 'string', 'Title of the module found.'),
  slot('R4', 'status', 'other', '-1 unplugged, 0 not in the module chain, 1 active, 2 running.'),
  slot('R5', 'chunk', 'count', 'Chunk number, for an expansion card\'s module.'),
  ...(version ? [slot('R6', 'version', 'other', 'Version in BCD, the point between bits 15 and 16.')] : []),
]);

const module = (code: number, reasonName: string, description: string, contract?: ArmContract): SwiReason =>
  ({ code, name: reasonName, description, vendor: 'all', ...(contract ? { contract } : {}), source: 'OUTSIDE-SPEC' });

export const MODULE_REASONS: readonly SwiReason[] = [
  module(0, 'Run', 'Loads a module file, initialises it and enters it as the current application.'),
  module(1, 'Load', 'Loads a module file into the RMA and initialises it.', table(1, [name('File name, then the initialisation parameters.')])),
  module(2, 'Enter', 'Enters a module already loaded as the current application.'),
  module(3, 'ReInit', 'Finalises and initialises a module again.', table(3, [name('Module name, then the initialisation parameters.')])),
  module(4, 'Delete', 'Finalises a module and removes it.', table(4, [name('Module name.')])),
  module(5, 'RMADesc', 'Describes the free space in the RMA.', table(5, [], [
    slot('R2', 'largest', 'size', 'Largest block that can be claimed, in bytes.'),
    slot('R3', 'free', 'size', 'Total free space, in bytes.'),
  ])),
  module(6, 'Claim', 'Claims a block of the RMA (module workspace); fails when there is no room.', table(6, [
    slot('R3', 'size', 'size', 'Size wanted, in bytes.'),
  ], [claimed])),
  module(7, 'Free', 'Frees a block of the RMA.', table(7, [heapBlock('The block to free.')])),
  module(8, 'Tidy', 'Compacts the RMA, finalising and initialising every module around it.', table(8, [])),
  module(9, 'Clear', 'Deletes every module in the RMA.', table(9, [])),
  module(10, 'AddArea', 'Adds and initialises a module already in memory, where it is.', table(10, [
    slot('R1', 'module', 'pointer', 'The module, in memory.'),
  ])),
  module(11, 'CopyArea', 'Copies a module in memory into the RMA, then adds and initialises it.', table(11, [
    slot('R1', 'module', 'pointer', 'The module, in memory.'),
    slot('R2', 'size', 'size', 'Its size, in bytes.'),
  ])),
  module(12, 'GetNames', 'Enumerates modules and their instantiations.', table(12, [
    slot('R1', 'module', 'count', 'Module number (0 for the first).'),
    slot('R2', 'instance', 'count', 'Instantiation number (0 for the first).'),
  ], [
    slot('R1', 'module', 'count', 'Module number of the next call.'),
    slot('R2', 'instance', 'count', 'Instantiation number of the next call.'),
    ...moduleInfo,
  ])),
  module(13, 'ExtendBlock', 'Grows or shrinks a block of the RMA; it may move.', table(13, [
    heapBlock('The block.'),
    slot('R3', 'change', 'signed-byte-count', 'Bytes to add (negative: to take off).'),
  ], [block('The block, perhaps moved.')])),
  module(14, 'NewIncarnation', 'Makes and initialises a new instantiation of a module.', table(14, [name('Module name, %, the new instantiation\'s name, then the initialisation parameters.')])),
  module(15, 'RenameIncarnation', 'Renames an instantiation.', table(15, [
    name('Module name and instantiation (module%name).'),
    slot('R2', 'postfix', 'string', 'The new name.'),
  ])),
  module(16, 'MakePreferred', 'Makes an instantiation the preferred one.', table(16, [name('Module name and instantiation.')])),
  module(17, 'AddPoduleModule', 'Adds and initialises a module from an expansion card.', table(17, [
    slot('R1', 'parameters', 'string', 'Initialisation parameters.'),
    slot('R2', 'chunk', 'count', 'Chunk number.'),
    slot('R3', 'podule', 'count', 'Expansion card number.'),
  ])),
  module(18, 'LookupName', 'Finds a module by name.', table(18, [name('Module name, with or without an instantiation.')], [
    slot('R1', 'module', 'count', 'Its module number.'),
    slot('R2', 'instance', 'count', 'Its instantiation number.'),
    ...moduleInfo,
  ])),
  module(19, 'EnumerateROM_Modules', 'Enumerates the modules in ROM with their status.', romModule(19, false)),
  module(20, 'EnumerateROM_ModulesWithInfo', 'Enumerates the modules in ROM with their status and version.', romModule(20, true)),
  module(21, 'FindEndOfROM_ModuleChain', 'Finds the end of the main ROM\'s module chain.', table(21, [
    slot('R1', 'section', 'other', '-1 (the main ROM; other values are reserved).'),
  ], [slot('R2', 'end', 'address', 'First word after the chain.')])),
];

// Every reason but Desc and ReadBlockSize changes the heap's own words (its header, free list and block sizes).
const heap = (description: string, written = true): ArmSlot => ({ ...slot('R1', 'heap', 'pointer', description), ...(written ? { written } : {}) });
const heapTable = (code: number, entry: readonly ArmSlot[], exit: readonly ArmSlot[] = [], written = true): ArmContract =>
  table(code, [heap('The heap.', written), ...entry], exit);
// GetSkewAligned's block is aligned from R5, which need not be word-aligned.
const claimedSkewed = block('The block claimed.');

export const HEAP_REASONS: readonly SwiReason[] = [
  { code: 0, name: 'Init', description: 'Makes an empty heap of a block of memory.', vendor: 'all', source: 'OUTSIDE-SPEC', contract: table(0, [heap('Start of the heap (word-aligned).'), slot('R3', 'size', 'size', 'Size of the heap, in bytes.')]) },
  {
    code: 1, name: 'Desc', description: 'Describes the free space in a heap.', vendor: 'all', source: 'OUTSIDE-SPEC',
    contract: heapTable(1, [], [slot('R2', 'largest', 'size', 'Largest block that can be claimed, in bytes.'), slot('R3', 'free', 'size', 'Total free space, in bytes.')], false),
  },
  { code: 2, name: 'Get', description: 'Claims a block; fails when there is no room.', vendor: 'all', source: 'OUTSIDE-SPEC', contract: heapTable(2, [slot('R3', 'size', 'size', 'Size wanted, in bytes.')], [claimed]) },
  { code: 3, name: 'Free', description: 'Frees a block.', vendor: 'all', source: 'OUTSIDE-SPEC', contract: heapTable(3, [heapBlock('The block to free.')]) },
  {
    code: 4, name: 'ExtendBlock', description: 'Grows or shrinks a block; it may move.', vendor: 'all', source: 'OUTSIDE-SPEC',
    contract: heapTable(4, [heapBlock('The block.'), slot('R3', 'change', 'signed-byte-count', 'Bytes to add (negative: to take off).')], [block('The block, perhaps moved (-1 when shrunk to nothing).')]),
  },
  {
    code: 5, name: 'ExtendHeap', description: 'Grows or shrinks the heap itself.', vendor: 'all', source: 'OUTSIDE-SPEC',
    contract: heapTable(5, [slot('R3', 'change', 'signed-byte-count', 'Bytes to add (negative: to take off).')], [slot('R3', 'changed', 'signed-byte-count', 'Bytes the heap changed by.')]),
  },
  { code: 6, name: 'ReadBlockSize', description: 'Returns the size of a block.', vendor: 'all', source: 'OUTSIDE-SPEC', contract: heapTable(6, [block('The block.')], [slot('R3', 'size', 'size', 'Its size, in bytes.')], false) },
  {
    code: 7, name: 'GetAligned', description: 'Claims a block with a given alignment, not crossing a given boundary.', since: '5.17', vendor: 'ROOL', source: 'OUTSIDE-SPEC',
    contract: heapTable(7, [
      slot('R2', 'alignment', 'size', 'Alignment wanted (a power of two), or 0.'),
      slot('R3', 'size', 'size', 'Size wanted, in bytes.'),
      slot('R4', 'boundary', 'size', 'Boundary the block may not cross (a power of two), or 0.'),
    ], [claimed]),
  },
  {
    code: 8, name: 'GetSkewAligned', description: 'As 7, aligned as if the heap started at R5.', since: '5.27', vendor: 'ROOL', source: 'OUTSIDE-SPEC',
    contract: heapTable(8, [
      slot('R2', 'alignment', 'size', 'Alignment wanted (a power of two), or 0.'),
      slot('R3', 'size', 'size', 'Size wanted, in bytes.'),
      slot('R4', 'boundary', 'size', 'Boundary the block may not cross (a power of two), or 0.'),
      slot('R5', 'origin', 'address', 'Address the alignment is worked out from.'),
    ], [claimedSkewed]),
  },
];
