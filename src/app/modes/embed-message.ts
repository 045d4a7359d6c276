/**
 * The two messages the embedded dashboard sends its host page: its content's height, and that another view has
 * opened (so a host script may bring the iframe's top into view). Nothing about the view or the reader.
 */
export interface HeightMessage {
  type: 'budget-dashboard:height';
  height: number;
}
export interface ViewMessage {
  type: 'budget-dashboard:view';
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

export function viewMessage(): ViewMessage {
  return { type: 'budget-dashboard:view' };
}
