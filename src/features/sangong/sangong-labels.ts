// Its strings are the lazy views' own (late-strings.ts).
import '../../lib/i18n/late-strings';
import { useMemo } from 'react';
import { useT } from '../../components/use-t';
import type { SangongKey } from '../../domain/sangong';
import type { StringKey } from '../../lib/i18n/strings';

const KEYS: Readonly<Record<SangongKey, StringKey>> = {
  abroad: 'sangong.item.abroad',
  vehiclePurchase: 'sangong.item.vehiclePurchase',
  vehicleOperation: 'sangong.item.vehicleOperation',
  vehicle: 'sangong.item.vehicle',
  reception: 'sangong.item.reception',
  total: 'sangong.item.total',
};

/** The 三公 items by key, in the reader's language (the domain's labels are Chinese). */
export function useSangongLabels(): Record<SangongKey, string> {
  const t = useT();
  return useMemo(
    () => Object.fromEntries(Object.entries(KEYS).map(([k, v]) => [k, t(v)])) as Record<SangongKey, string>,
    [t],
  );
}
