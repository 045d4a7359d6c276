// Imported for its effect by the lazy parts that use the late strings (strings.ts, LateKey): registers them in
// both languages, so neither the first view's table nor the English chunk carries them.
import * as about from './strings/about';
import * as aboutEn from './strings/en/about';
import * as catalog from './strings/catalog';
import * as catalogEn from './strings/en/catalog';
import * as data from './strings/data';
import * as dataEn from './strings/en/data';
import * as economic from './strings/economic';
import * as economicEn from './strings/en/economic';
import * as importer from './strings/import';
import * as importerEn from './strings/en/import';
import * as procurement from './strings/procurement';
import * as procurementEn from './strings/en/procurement';
import * as indicators from './strings/indicators';
import * as indicatorsEn from './strings/en/indicators';
import * as project from './strings/project';
import * as projects from './strings/projects';
import * as projectsEn from './strings/en/projects';
import * as projectEn from './strings/en/project';
import * as functions from './strings/functions';
import * as functionsEn from './strings/en/functions';
import * as share from './strings/share';
import * as sangong from './strings/sangong';
import * as sangongEn from './strings/en/sangong';
import * as shareEn from './strings/en/share';
import { addLateStrings } from './translate';

addLateStrings({
  zh: {
    ...importer.zh,
    ...catalog.zh,
    ...data.zh,
    ...about.zh,
    ...economic.zh,
    ...procurement.zh,
    ...indicators.zh,
    ...project.zh,
    ...projects.zh,
    ...functions.zh,
    ...share.zh,
    ...sangong.zh,
  },
  en: {
    ...importerEn.en,
    ...catalogEn.en,
    ...dataEn.en,
    ...aboutEn.en,
    ...economicEn.en,
    ...procurementEn.en,
    ...indicatorsEn.en,
    ...projectEn.en,
    ...projectsEn.en,
    ...functionsEn.en,
    ...shareEn.en,
    ...sangongEn.en,
  },
});
