/** The one message the embedded dashboard sends its host page. Only the height; nothing about the user. */
export interface HeightMessage {
  type: 'budget-dashboard:height';
  height: number;
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
