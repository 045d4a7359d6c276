import { useLang } from './use-t';
import { Zh } from './Zh';
import { unitLabel } from '../lib/format/number';

/** A dataset's declared unit: 万元 is named in the reader's language; anything else as published. */
export function DatasetUnit({ unit }: { unit: string }) {
  const lang = useLang();
  return unit === '万元' ? <>{unitLabel('wan', lang)}</> : <Zh>{unit}</Zh>;
}
