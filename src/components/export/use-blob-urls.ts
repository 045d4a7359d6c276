import { useEffect, useMemo } from 'react';

/**
 * Object URLs for texts made in the page (downloads of something the server does not hold), keyed like the input;
 * revoked when the component goes or the texts change. Pass a stable (memoised) object.
 */
export function useBlobUrls<K extends string>(
  texts: Readonly<Record<K, { text: string; type: string }>> | null,
): Readonly<Record<K, string>> | null {
  const urls = useMemo(() => {
    if (!texts) return null;
    const out = {} as Record<K, string>;
    for (const k of Object.keys(texts) as K[]) {
      out[k] = URL.createObjectURL(new Blob([texts[k].text], { type: texts[k].type }));
    }
    return out;
  }, [texts]);
  useEffect(
    () => () => {
      if (urls) for (const u of Object.values<string>(urls)) URL.revokeObjectURL(u);
    },
    [urls],
  );
  return urls;
}
