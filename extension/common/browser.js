// The one per-browser difference the code needs: Firefox exposes `browser`, Chrome `chrome` (both promise-based in MV3).
export const api = globalThis.browser ?? globalThis.chrome;
