// Imported for its effect by the lazy parts that use the late strings (strings.ts, LateKey): registers them in
// both languages, so neither the first view's table nor the English chunk carries them.
import { en } from './strings/en/import';
import { zh } from './strings/import';
import { addLateStrings } from './translate';

addLateStrings({ zh, en });
