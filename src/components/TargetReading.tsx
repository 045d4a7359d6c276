// Its strings are the lazy views' own (late-strings.ts).
import '../lib/i18n/late-strings';
import { describeTargetParts } from '../domain/targets/describe-target';
import type { ParsedTarget } from '../domain/targets/parse-target';
import type { StringKey } from '../lib/i18n/strings';
import { useLang } from './use-t';

/** The label of a target's kind (定量 / 定性 …), by kind. */
export const TARGET_KIND: Readonly<Record<ParsedTarget['kind'], StringKey>> = {
  quantity: 'target.kind.quantity',
  date: 'target.kind.date',
  grade: 'target.kind.grade',
  text: 'target.kind.text',
  blank: 'target.kind.blank',
};

/** How a printed target reads, in the reader's language; units and grades as printed, marked as Chinese. */
export function TargetReading({ parsed }: { parsed: ParsedTarget }) {
  const lang = useLang();
  return (
    <>
      {describeTargetParts(parsed, lang).map((p, i) =>
        p.printed ? (
          <span key={i} lang="zh-CN">
            {p.text}
          </span>
        ) : (
          p.text
        ),
      )}
    </>
  );
}
