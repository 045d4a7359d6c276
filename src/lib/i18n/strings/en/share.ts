import type { zh } from '../share';

export const en: Record<keyof typeof zh, string> = {
  'present.take.kpis':
    'Total budget {total}, {change} on last year; basic expenditure {basic}, project expenditure {project}.',
  'present.take.kpisNoChange':
    'Total budget {total}; basic expenditure {basic}, project expenditure {project}.',
  'present.take.sunburst':
    'Projects are {share} of all expenditure; the largest, {name}, is {amount}, {largestShare} of all expenditure.',
  'present.take.functions': 'The largest class is {name}: {amount}, {share} of all expenditure.',
  'present.take.largest': 'The {count} largest projects total {amount}, {share} of project expenditure.',
  'present.take.project':
    '{amount}; {indicators} performance indicators, {vague} of them hard to check (qualitative, blank or restating the budget).',
  'present.take.projectNoIndicators': '{amount}; the document lists no performance indicators for it.',
  'present.take.sangong': '“Three public” expenses {amount}, {change} on last year.',
  'present.take.sangongNoChange': '“Three public” expenses {amount}.',
  'present.take.procurement': 'Government procurement budget {amount}, {share} of all expenditure.',
  'present.source': 'Source',
  'present.sourceClose': 'Close and return to step {n} (Esc)',
  'present.step': 'Step {n} of {total}',
  'present.fullscreen': 'Full screen',
  'present.blanked': 'Screen blanked — press B or . to return',
  'present.help': '→ / Space next · ← back · Home / End · number keys jump · B blank · Esc leave',
  'present.storylineFailed': 'The storyline file {file} could not be loaded; using the default storyline.',
  'present.storylineTooLarge':
    'The storyline file {file} is larger than {max} KB, too large for a storyline, and was not read; using the default storyline.',
  'share.title': 'Share, embed and export',
  'share.close': 'Close',
  'share.copyLink': 'Copy link to this view',
  'share.copied': 'Copied',
  'share.copyFailed': 'Could not copy — select the link by hand',
  'share.linkLabel': 'Link to this view (the address is public and stays valid)',
  'share.print': 'Print this view (A4)',
  'share.embedTitle': 'Embed in a website',
  'share.embedHeight': 'Height (pixels)',
  'share.embedLock': 'Show this view only',
  'share.embedScript': 'Include the auto-resize script',
  'share.embedScrollTop': 'Bring the embed’s top into view when its reader opens another view',
  'share.embedOrigin': 'Address of the embedding site (receives height messages)',
  'share.embedCode': 'Embed code',
  'share.copyCode': 'Copy embed code',
  'share.storyTitle': 'Custom storyline',
  'share.storyHelp': 'Paste one link to this site per line; each becomes a step, in order.',
  'share.storyLinks': 'Storyline links',
  'share.storyStart': 'Start presenting ({count} steps)',
  'share.storyRejected': 'Not added — not a working link to a view ({count}):',
  'share.downloads': 'Download the data',
};
