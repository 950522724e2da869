import { defineConfig } from 'tsup'

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    unified: 'src/unified.ts',
    cli: 'src/cli/main.ts',
    'corpus-worker': 'src/corpus/worker.ts',
    // parseFiles in a file of its own, not inside index.js: a browser bundle of
    // `import { parse } from 'communique'` then drops it, and its node: imports, whole.
    'corpus-files': 'src/corpus/parse-files.ts',
  },
  format: ['esm'],
  target: 'es2022', // not 'node20': esbuild then rebuilds every \p{…} regex literal with new RegExp on each call
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', unified: 'src/unified.ts' } },
  clean: true,
  sourcemap: false,
  splitting: true,
})
