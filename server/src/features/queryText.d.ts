// Tree-sitter queries are bundled as text (esbuild's `with { type: 'text' }`).
declare module '*.scm' {
  const text: string;
  export default text;
}
