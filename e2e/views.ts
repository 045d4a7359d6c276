/** Every view of the URL contract, for specs that visit them all (a11y, XSS, English). */
export const ALL_VIEWS = [
  '#/',
  '#/?sb=function',
  '#/functions/2150599',
  '#/projects',
  '#/projects/p11',
  '#/indicators',
  '#/sangong',
  '#/economic',
  '#/procurement',
  '#/about',
  '#/glossary',
  '#/data',
  '#/import',
] as const;
