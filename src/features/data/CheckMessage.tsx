import { Trans } from '../../components/Trans';
import { useT } from '../../components/use-t';
import { Zh } from '../../components/Zh';
import type { MessageValue, ReconcileMessage } from '../../domain/reconcile/messages';
import '../../lib/i18n/reconcile-strings';

/** What a check compares, in the reader's language; names from the document stay as printed, marked Chinese. */
export function CheckMessage({ message }: { message: ReconcileMessage }) {
  const values = Object.fromEntries(
    Object.entries(message.values ?? {}).map(([name, v]) => [
      name,
      <MessageValueText key={name} value={v} />,
    ]),
  );
  return <Trans k={message.key} values={values} />;
}

function MessageValueText({ value }: { value: MessageValue }) {
  const t = useT();
  if (typeof value === 'number') return <>{value}</>;
  if (typeof value === 'string') return value ? <Zh>{value}</Zh> : null;
  if ('list' in value) return <Zh>{value.list.join(t('common.listSep'))}</Zh>;
  return <CheckMessage message={value} />;
}
