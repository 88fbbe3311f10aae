import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { proceduresPlugin } from './build/proceduresPlugin';

const root = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  plugins: [proceduresPlugin(root)],
  build: {
    manifest: true,
    target: 'es2020',
    reportCompressedSize: false,
  },
});
