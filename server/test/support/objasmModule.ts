/**
 * The opening of a test module in ObjAsm: the Hdr: files with Hdr:Proc's
 * Entry and EXIT, and a module header whose only entry is Init (word 1),
 * then its title. A test's own lines after these start at line 12.
 */
export const MODULE_OPENING: readonly string[] = [
  '        GET     Hdr:ListOpts',
  '        GET     Hdr:Macros',
  '        GET     Hdr:System',
  '        GET     Hdr:Proc',
  '        AREA    |Test$$Code|, CODE, READONLY, PIC',
  'Module_BaseAddr',
  '        DCD     0',
  '        DCD     Init - Module_BaseAddr',
  '        DCD     0, 0',
  '        DCD     Title - Module_BaseAddr, Title - Module_BaseAddr, 0',
  'Title   =       "Test", 0',
  '        ALIGN',
];
