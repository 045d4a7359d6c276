/**
 * Our own chart tooltip, instead of ECharts' TooltipComponent (8 KB gzip, over the JavaScript budget): the option
 * builders keep their pure, tested `tooltip.formatter`, and its (escaped) HTML is turned into plain text, which is
 * shown with textContent — data text can never become markup.
 */
const ENTITIES: Record<string, string> = {
  '&amp;': '&',
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&#39;': "'",
};

export function tooltipText(html: string): string {
  return html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (m) => ENTITIES[m] ?? m);
}

type Formatter = (params: unknown) => string;

export function formatterOf(option: unknown): { formatter: Formatter; axis: boolean } | null {
  const tip = (option as { tooltip?: { formatter?: unknown; trigger?: string } }).tooltip;
  return typeof tip?.formatter === 'function'
    ? { formatter: tip.formatter as Formatter, axis: tip.trigger === 'axis' }
    : null;
}
