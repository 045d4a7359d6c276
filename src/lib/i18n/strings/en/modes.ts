import type { zh } from '../modes';

export const en: Record<keyof typeof zh, string> = {
  'present.start': 'Present',
  'present.startTitle': 'Full-screen presentation (keys: → next, ← back, B blank, Esc leave)',
  'embed.openFull': 'Open the full dashboard',
  'embed.openFullTitle': 'Open the full dashboard in a new tab',
  'share.button': 'Share',
  'export.csv': 'Export CSV',
  'export.png': 'Download image',
  'export.pngFailed': 'Image export failed',
  'export.source': 'Source: {title}',
  'export.unit': 'Unit: {unit}',
};
