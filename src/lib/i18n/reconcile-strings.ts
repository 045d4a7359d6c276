// Imported for its effect by what shows reconciliation checks (the data view's report, scripts): registers their
// strings in both languages, so the first view's table and the English chunk do not carry them (strings.ts, LateKey).
import { en } from './strings/en/reconcile';
import { zh } from './strings/reconcile';
import { addLateStrings } from './translate';

addLateStrings({ zh, en });
