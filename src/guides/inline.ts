/**
 * Turns a guide's plain wording into HTML: escapes everything, then renders `**bold**` and bare
 * `https://` addresses. That is all the markup the guide files allow (the schema rejects the rest), so
 * the same wording can be shown by a simulator or a slide without a Markdown parser.
 */
export function renderInline(text: string): string {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return (
    escaped
      .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
      // A sentence-ending dot or comma after an address belongs to the sentence, not the address.
      .replace(/https:\/\/[^\s<]+?(?=[.,;:)]?(?:\s|$))/g, (url) => `<a href="${url}" rel="external">${url}</a>`)
  );
}
