// Imported for its effect by the lazy parts that use the late strings (strings.ts, LateKey): registers them in
// both languages, so neither the first view's table nor the English chunk carries them.
import * as catalog from './strings/catalog';
import * as catalogEn from './strings/en/catalog';
import * as data from './strings/data';
import * as dataEn from './strings/en/data';
import * as importer from './strings/import';
import * as importerEn from './strings/en/import';
import { addLateStrings } from './translate';

addLateStrings({
  zh: { ...importer.zh, ...catalog.zh, ...data.zh },
  en: { ...importerEn.en, ...catalogEn.en, ...dataEn.en },
});
