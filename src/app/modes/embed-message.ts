/**
 * The two messages the embedded dashboard sends its host page: its content's height, and that another view has
 * opened (so a host script may bring the iframe's top into view, or, on Back, the place the reader left). Nothing
 * about which view it is.
 */
export interface HeightMessage {
  type: 'budget-dashboard:height';
  height: number;
}
export interface ViewMessage {
  type: 'budget-dashboard:view';
  /**
   * Back or Forward to a view the reader left by a link: how far below the iframe's top to scroll the host page so
   * that link is on screen again. Inside an iframe sized to its content the dashboard cannot scroll itself.
   */
  offset?: number;
}

/**
 * Where height messages may go: the `parentOrigin` page option, else the origin of the page that embedded us
 * (document.referrer). Never "*": an unknown parent gets nothing.
 */
export function embeddingOrigin(parentOrigin: string | null, referrer: string): string | null {
  if (parentOrigin) return parentOrigin;
  try {
    const origin = new URL(referrer).origin;
    return origin === 'null' ? null : origin;
  } catch {
    return null;
  }
}

export function heightMessage(height: number): HeightMessage {
  return { type: 'budget-dashboard:height', height: Math.ceil(height) };
}

export function viewMessage(offset?: number): ViewMessage {
  return offset === undefined
    ? { type: 'budget-dashboard:view' }
    : { type: 'budget-dashboard:view', offset: Math.max(0, Math.round(offset)) };
}
