// The guides' code blocks on the rendered page: highlighted when the docs are built (highlight.js, so the
// page runs no highlighter and sends no request), and wrapped rather than clipped in the page's text column.
import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import json from "highlight.js/lib/languages/json";
import typescript from "highlight.js/lib/languages/typescript";

hljs.registerLanguage("typescript", typescript);
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("json", json);

/** A fence's language as highlight.js names it; anything else is shown as plain text. */
const LANGUAGES = { ts: "typescript", typescript: "typescript", js: "typescript", sh: "bash", bash: "bash", json: "json" };

const escaped = (text) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The markdown with every fenced code block replaced by its highlighted HTML. */
export function highlightFences(markdown) {
  return markdown.replace(/^```(\w*)\n([\s\S]*?)^```$/gm, (_, fence, code) => {
    const language = LANGUAGES[fence];
    // The block's last newline shows as nothing; left on, it would be a text node of whitespace alone (see below).
    const text = code.replace(/\n$/, "");
    const html = language ? hljs.highlight(text, { language, ignoreIllegals: true }).value : escaped(text);
    // The page drops text nodes that are only whitespace (a space or a newline between two tokens, or after an
    // entity): moved into the token that follows, the whitespace stays. Quotes and > need no entity in text.
    // Markdown keeps an HTML block that starts with <pre> as it is, up to its </pre>, blank lines included.
    const kept = html
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&gt;/g, ">")
      .replace(/(\s+)<span([^>]*)>/g, (_, space, attributes) => `<span${attributes}>${space}`);
    return `<pre class="guide-code" data-language="${fence || "text"}"><code class="hljs">${kept}</code></pre>`;
  });
}

/** The blocks' look: wrapped long lines (over the page's own `white-space: pre`), and the tokens' colours (GitHub's light palette). */
export const CODE_CSS = `<style>
pre.guide-code, pre.guide-code code { white-space: pre-wrap !important; overflow-wrap: anywhere; }
pre.guide-code .hljs-keyword, pre.guide-code .hljs-built_in, pre.guide-code .hljs-type { color: #cf222e; }
pre.guide-code .hljs-string, pre.guide-code .hljs-regexp { color: #0a3069; }
pre.guide-code .hljs-number, pre.guide-code .hljs-literal, pre.guide-code .hljs-attr, pre.guide-code .hljs-variable { color: #0550ae; }
pre.guide-code .hljs-title, pre.guide-code .hljs-title.function_, pre.guide-code .hljs-title.class_ { color: #8250df; }
pre.guide-code .hljs-comment, pre.guide-code .hljs-meta { color: #6e7781; font-style: italic; }
</style>`;
