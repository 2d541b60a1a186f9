import 'maplibre-gl/dist/maplibre-gl.css';
import './ui/styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './ui/app.tsx';
import { startApp } from './ui/start_app.ts';

// Demo district (illustrative data), bundled as asset URLs so the app needs no server beyond its own.
const demoFiles = import.meta.glob<string>(
  ['../geo/xishan_demo_zones.geojson', '../seeds/demo/facilities.geojson', '../seeds/demo/scenarios.json'],
  { query: '?url', import: 'default', eager: true },
);

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void startApp({
  zonesUrl: demoFiles['../geo/xishan_demo_zones.geojson'] ?? '',
  facilitiesUrl: demoFiles['../seeds/demo/facilities.geojson'] ?? '',
  scenariosUrl: demoFiles['../seeds/demo/scenarios.json'] ?? '',
});
