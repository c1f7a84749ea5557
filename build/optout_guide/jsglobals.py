"""Names the browser-side modules may use without importing them: the language's built-ins and the browser APIs
the extension calls. Anything else must be defined in a module or imported; a new browser API is added here on
purpose, so a typo or a forgotten import fails the build instead of a page."""

LANGUAGE = {
    "undefined", "NaN", "Infinity", "globalThis", "arguments",
    "Object", "Array", "String", "Number", "Boolean", "Symbol", "BigInt", "Math", "JSON", "Date", "RegExp",
    "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "Promise", "Proxy", "Reflect", "Intl",
    "Error", "TypeError", "RangeError", "SyntaxError",
    "parseInt", "parseFloat", "isNaN", "isFinite", "encodeURIComponent", "decodeURIComponent",
    "structuredClone", "queueMicrotask", "console",
}

BROWSER = {
    "window", "document", "location", "navigator", "history", "performance", "screen",
    "innerWidth", "innerHeight", "addEventListener", "removeEventListener", "getComputedStyle",
    "requestAnimationFrame", "cancelAnimationFrame", "setTimeout", "clearTimeout", "setInterval", "clearInterval",
    "MutationObserver", "ResizeObserver", "IntersectionObserver", "NodeFilter", "Node", "Element", "HTMLElement",
    "CSS", "URL", "URLSearchParams", "Event", "CustomEvent", "navigation", "fetch",
    # Extension APIs, reached only through shared/browser.js.
    "browser", "chrome",
}

GLOBALS = frozenset(LANGUAGE | BROWSER)
