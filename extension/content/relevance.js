// Whether a batch of page mutations can change what the last evaluation read. A busy page (a feed, a chat
// streaming its answer) changes all the time; the guide reads the page again only when a change touches what
// the step depends on: an element it found (the target, a `when`/`complete` element, the setting's control),
// or a part of the page where one of the strategies it tried could now find something.
import { createSubtreeCheck } from "./finder.js";

// A style sheet coming or going can show or hide anything.
const STYLE_SHEET = /^(STYLE|LINK)$/;

// records: MutationRecords (childList and attributes); watch: {strategies, elements} from the last pass (null:
// nothing read yet); host: the overlay's own element, whose changes never matter.
export function mutationsMatter(records, watch, host) {
  if (!watch) return true;
  const { strategies, elements } = watch;
  // A found element removed (or moved: it is back in the added nodes, but the answer may differ).
  if (elements.some((el) => !el.isConnected)) return true;
  // A batch's records mostly share a few targets (a feed's container): each question is asked once per node.
  const ours = memoized((node) => Boolean(host) && (node === host || host.contains(node)));
  const inFound = memoized((node) => elements.some((el) => el.contains(node)));
  const aroundFound = memoized((node) => elements.some((el) => node.contains(el)));
  const top = document.documentElement;
  const looked = new Set();
  const mayHold = createSubtreeCheck(host, strategies);
  // Could a strategy the step tried find something in this subtree now? Each subtree once per batch.
  const couldHold = (node) => {
    if (!node || looked.has(node)) return false;
    looked.add(node);
    return strategies.some((strategy) => mayHold(node, strategy));
  };

  for (const record of records) {
    const node = record.target;
    if (ours(node)) continue;
    if (record.type === "attributes") {
      // <html> carries the page's language and app-wide classes: always worth a look.
      if (node === top) return true;
      // On a found element or one of its ancestors (shown, hidden, checked), inside it (its name, its state),
      // or on a part of the page that may now show a match.
      if (inFound(node) || aroundFound(node) || couldHold(node)) return true;
      continue;
    }
    // childList: a found element's own content changed (its name, its state word).
    if (inFound(node)) return true;
    for (const added of record.addedNodes) {
      if (added === host) continue;
      if (added.nodeType === Node.ELEMENT_NODE) {
        if (STYLE_SHEET.test(added.tagName) || couldHold(added)) return true;
      } else if (added.nodeType === Node.TEXT_NODE && couldHold(node)) {
        return true; // new text: the parent may now carry a wanted name
      }
    }
    for (const removed of record.removedNodes) {
      if (removed.nodeType === Node.ELEMENT_NODE && STYLE_SHEET.test(removed.tagName)) return true;
      if (removed.nodeType === Node.TEXT_NODE && couldHold(node)) return true;
    }
  }
  return false;
}

// fn with its answers kept, one per argument (for the length of one batch).
function memoized(fn) {
  const answers = new Map();
  return (arg) => {
    let answer = answers.get(arg);
    if (answer === undefined) answers.set(arg, (answer = fn(arg)));
    return answer;
  };
}
