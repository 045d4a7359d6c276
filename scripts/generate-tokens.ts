// Writes src/app/tokens.css (the CSS custom properties) from src/lib/tokens.ts, the one source of the design tokens.
// src/lib/tokens.test.ts fails when the committed file and the module disagree.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tokensCss } from '../src/lib/tokens';

const out = join(import.meta.dirname, '..', 'src', 'app', 'tokens.css');
writeFileSync(out, tokensCss());
console.log(`wrote ${out}`);
