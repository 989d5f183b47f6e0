import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { dataFilesPlugin } from './scripts/vite-data-files.ts';

// The rider app and (later) the console are one Vite app. The station data in data/ is
// published beside the build as /data/*.geojson so any static host can serve it.
export default defineConfig({
  plugins: [react(), dataFilesPlugin()],
  build: { target: 'es2022', sourcemap: true },
  server: { port: 5173 },
});
