// The stable entry that web sites load with <script src="https://HOST/embed/relations-graph.js" defer>.
// It is a classic script, so it holds no static import or export, only a dynamic import() of the content-hashed
// element module. A cross-origin classic script resolves relative specifiers against about:blank, so the module's
// URL is made absolute from this script's own URL. The build replaces __RELATIONS_GRAPH_ELEMENT__ with the
// module's path relative to this file (see vite.config.ts).

declare const __RELATIONS_GRAPH_ELEMENT__: string;

const loaderUrl =
  (document.currentScript instanceof HTMLScriptElement && document.currentScript.src)
  || [...document.querySelectorAll<HTMLScriptElement>('script[src]')].find((script) => /\/embed\/relations-graph\.js(\?|#|$)/.test(script.src))?.src
  || document.baseURI;

import(/* @vite-ignore */ new URL(__RELATIONS_GRAPH_ELEMENT__, loaderUrl).href).catch((error: unknown) => {
  console.error('relations-graph: the element could not be loaded from the RelationsGraph API.', error);
});
