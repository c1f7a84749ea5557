// Text matching shared by every strategy. Must agree with normalize_text() in the toolchain,
// which pre-normalizes the guide's names at build time.
export function normalize(text) {
  return String(text ?? "").normalize("NFC").toLowerCase().replace(/\s+/g, " ").trim();
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

function isWordBoundary(text, index) {
  return index <= 0 || index >= text.length || !WORD_CHAR.test(text[index - 1]) || !WORD_CHAR.test(text[index]);
}

// True when `actual` (normalized) matches one of `wanted` (normalized) in the given mode;
// starts/ends/contains only match whole words.
export function matchesText(actual, wanted, mode) {
  if (!actual) return false;
  for (const want of wanted) {
    if (mode === "exact" || !mode) {
      if (actual === want) return true;
      continue;
    }
    for (let at = actual.indexOf(want); at >= 0; at = actual.indexOf(want, at + 1)) {
      const end = at + want.length;
      const startOk = at === 0 || isWordBoundary(actual, at);
      const endOk = end === actual.length || isWordBoundary(actual, end);
      if (mode === "starts" && at === 0 && endOk) return true;
      if (mode === "ends" && end === actual.length && startOk) return true;
      if (mode === "contains" && startOk && endOk) return true;
    }
  }
  return false;
}
