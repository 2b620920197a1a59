/** Text made safe to put between tags. */
export function escapeText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text made safe anywhere in HTML or XML: between tags or in a double-quoted attribute. */
export function escapeHtml(text: string): string {
  return escapeText(text).replace(/"/g, '&quot;');
}
