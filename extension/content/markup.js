// Reading a subtree's serialized markup (element.outerHTML): one DOM call instead of a query and a read per
// element. In Firefox every DOM call from a content script crosses a wrapper, and on a busy feed those calls were
// most of the work of deciding whether a change matters. Pure functions: unit-tested in tests/js.

// Serializers write every attribute as name="value" with `"` escaped, so values read back exactly. Anything else
// that looks like an attribute (in a text, say) only adds to what is read: the checks built on it err towards yes.
const ATTRIBUTE = /\s(aria-label|title|alt|data-testid|href)="([^"]*)"/g;
// A name that may come from elsewhere: aria-labelledby/-describedby, or a form control's <label>.
const NAMED_ELSEWHERE = /\saria-(?:labelledby|describedby)="|<(?:input|select|textarea)[\s/>]/i;
// The character references serializers write into attribute values (HTML: &amp; &quot; &nbsp; &lt; &gt;;
// XML also numeric ones).
const REFERENCE = /&(?:(amp|quot|nbsp|lt|gt|apos)|#(\d+)|#x([0-9a-f]+));/gi;
const NAMED_REFERENCES = { amp: "&", quot: '"', nbsp: "\u00a0", lt: "<", gt: ">", apos: "'" };

export function decodeAttribute(value) {
  return value.replace(REFERENCE, (_, named, decimal, hex) => {
    if (named) return NAMED_REFERENCES[named.toLowerCase()];
    const code = parseInt(decimal ?? hex, decimal ? 10 : 16);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

// What the markup says: the labels, titles and alt texts a name can be made of, the test ids, the links' hrefs,
// and whether a name may come from elsewhere.
export function readMarkup(html) {
  const names = [];
  const testids = new Set();
  const hrefs = [];
  for (const [, attribute, value] of html.matchAll(ATTRIBUTE)) {
    const decoded = decodeAttribute(value);
    if (attribute === "data-testid") testids.add(decoded);
    else if (attribute === "href") hrefs.push(decoded);
    else names.push(decoded);
  }
  return { names, testids, hrefs, namedElsewhere: NAMED_ELSEWHERE.test(html) };
}

// A root-relative href of plain characters (no dot segments, nothing a URL parser would encode, no fragment)
// resolves to itself: feeds are full of them, and resolving each through URL is costly in a content script.
const PLAIN_PATH = /^\/(?![/\\])[A-Za-z0-9\-_~!$&()*+,;=:@/]*(?:\?[A-Za-z0-9\-_~!$&()*+,;=:@/?.%]+)?$/;

// A link's href as the finder compares it once resolved: path, query and fragment ("" when it does not parse, as
// an anchor with such an href reports).
export function linkPath(href, base) {
  if (PLAIN_PATH.test(href)) return href;
  try {
    const url = new URL(href, base);
    return url.pathname + url.search + url.hash;
  } catch {
    return "";
  }
}
