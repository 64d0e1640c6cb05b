/**
 * The API's search snippet is HTML-escaped text with the match in <mark>…</mark>. It is rebuilt here as text nodes
 * and mark elements (never as HTML), so nothing in a page's text can become markup.
 */
export function Snippet({ html }: { html: string }) {
  const parts = html.split(/(<mark>.*?<\/mark>)/);
  return (
    <p class="snippet">
      {parts.map((part, i) => part.startsWith("<mark>")
        ? <mark key={i}>{unescape(part.slice(6, -7))}</mark>
        : unescape(part))}
    </p>
  );
}

function unescape(text: string): string {
  const entities: Record<string, string> = { "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&#x27;": "'" };
  return text.replace(/&(amp|lt|gt|quot|#39|#x27);/g, m => entities[m] ?? m);
}
