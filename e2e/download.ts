import { readFileSync } from 'node:fs';
import type { Locator } from '@playwright/test';
import { parseCsv } from './csv';

/** A file the page offers, as downloaded: its bytes, and its name as the browser would save it. */
export interface Downloaded {
  readonly bytes: Buffer;
  readonly name: string;
  /** The bytes as UTF-8, a byte order mark kept (a spec may check it is there). */
  readonly text: string;
}

/** Clicks `control` (a button or link that downloads) as a reader would, and returns the file it gave. */
export async function download(control: Locator): Promise<Downloaded> {
  const [file] = await Promise.all([control.page().waitForEvent('download'), control.click()]);
  const path = await file.path();
  const bytes = readFileSync(path);
  return { bytes, name: file.suggestedFilename(), text: bytes.toString('utf8') };
}

/** A CSV the page exports (a button or link), read as its records of fields (parseCsv). */
export async function downloadCsv(control: Locator): Promise<string[][]> {
  return parseCsv((await download(control)).text);
}
