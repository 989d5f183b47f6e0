/** Colours of the app's own map layers, light and dark; the base style has its own. */
export type Tone = 'open' | 'soon' | 'closed' | 'unknown';

export interface Palette {
  tone: Record<Tone, string>;
  stroke: string;
  cluster: string;
  clusterText: string;
  clusterStroke: string;
  hub: string;
  origin: string;
  originHalo: string;
  selected: string;
  pick: string;
}

export const LIGHT: Palette = {
  tone: { open: '#15803d', soon: '#b45309', closed: '#6b7280', unknown: '#7c3aed' },
  stroke: '#ffffff',
  cluster: '#0b5cab',
  clusterText: '#ffffff',
  clusterStroke: '#ffffff',
  hub: '#9d174d',
  origin: '#1d4ed8',
  originHalo: 'rgba(29, 78, 216, 0.18)',
  selected: '#111827',
  pick: '#1d4ed8',
};

export const DARK: Palette = {
  tone: { open: '#4ade80', soon: '#fbbf24', closed: '#9ca3af', unknown: '#c4b5fd' },
  stroke: '#0b1220',
  cluster: '#60a5fa',
  clusterText: '#0b1220',
  clusterStroke: '#0b1220',
  hub: '#f472b6',
  origin: '#93c5fd',
  originHalo: 'rgba(147, 197, 253, 0.22)',
  selected: '#f9fafb',
  pick: '#93c5fd',
};
