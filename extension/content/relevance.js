// Which answers of the last evaluation a batch of page mutations can change. A busy page (a feed, a chat
// streaming its answer) changes all the time; the guide reads the page again only when a change touches what
// the step depends on: an element it found (the target, a `when`/`complete` element, the setting's control),
// or a part of the page where one of the strategies it tried could now find something. The next read asks
// again only those strategies; every other answer is carried over.
import { createSubtreeCheck, strategyKey } from "./finder.js";

// A style sheet coming or going can show or hide anything. By local name: SVG's <style> styles the document too.
function isStyleSheet(element) {
  const name = element.localName;
  return name === "style" || name === "link";
}
// Node types, as literals: in Firefox every read of the page's Node constants crosses into its compartment.
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// Nothing of the last read can be trusted: read everything again.
export const EVERYTHING = Object.freeze({ everything: true });

// records: MutationRecords (childList and attributes); watch: {strategies, elements} from the last pass (null:
// nothing read yet); host: the overlay's own element, whose changes never matter.
// Returns null when no answer can have changed; else EVERYTHING, or {strategies, elements}: the keys of the
// strategies that could now find something (else), and the found elements that were removed or touched (their
// ancestors' or their own attributes, their content).
export function changesThatMatter(records, watch, host) {
  if (!watch) return EVERYTHING;
  const { strategies, elements } = watch;
  const change = { strategies: new Set(), elements: new Set(elements.filter((el) => !el.isConnected)) };
  // A batch's records mostly share a few targets (a feed's container): each question is asked once per node.
  const ours = memoized((node) => Boolean(host) && (node === host || host.contains(node)));
  const inFound = memoized((node) => elements.filter((el) => el.contains(node)));
  const aroundFound = memoized((node) => elements.filter((el) => node.contains(el)));
  const touched = (found) => found.forEach((el) => change.elements.add(el));
  const top = document.documentElement;
  const check = createSubtreeCheck(host, strategies);
  // Adds the keys of the strategies that could now find something by test(node, strategy), once per node (its
  // own set of nodes looked at), each strategy until a node has made it ask again. worthAsking(node): false when
  // no strategy can pass the test there.
  const asker = (test, worthAsking = () => true) => {
    const looked = new Set();
    return (node) => {
      if (!node || looked.has(node)) return;
      looked.add(node);
      if (!worthAsking(node)) return;
      for (const strategy of strategies) {
        const key = strategyKey(strategy);
        if (!change.strategies.has(key) && test(node, strategy)) change.strategies.add(key);
      }
    };
  };
  // Which strategies the step tried could find something in this subtree now?
  const couldHold = asker(check.inside, check.mayHoldAny);
  // Which could now find the element around node whose content changed (its name may be new)?
  const couldRename = asker(check.around, check.mayBeRenamed);

  for (const record of records) {
    const node = record.target;
    if (ours(node)) continue;
    if (record.type === "attributes") {
      // <html> carries the page's language and app-wide classes: always worth a look.
      if (node === top) return EVERYTHING;
      // On a found element or one of its ancestors (shown, hidden, checked), inside it (its name, its state),
      // or on a part of the page that may now show a match.
      touched(inFound(node));
      touched(aroundFound(node));
      couldHold(node);
      couldRename(node);
    } else {
      // childList: a found element's own content changed (its name, its state word), or another element's
      // content, which may now name it as a strategy wants.
      touched(inFound(node));
      couldRename(node);
      // Indexed, not iterated: a node list's iterator costs a call per node, in Firefox through a wrapper.
      const addedNodes = record.addedNodes;
      for (let i = 0, count = addedNodes.length; i < count; i++) {
        const added = addedNodes[i];
        if (added === host) continue;
        const type = added.nodeType;
        if (type === ELEMENT_NODE) {
          if (isStyleSheet(added)) return EVERYTHING;
          couldHold(added);
        } else if (type === TEXT_NODE) {
          couldHold(node); // new text: the parent may now carry a wanted name
        }
      }
      const removedNodes = record.removedNodes;
      for (let i = 0, count = removedNodes.length; i < count; i++) {
        const removed = removedNodes[i];
        const type = removed.nodeType;
        if (type === ELEMENT_NODE) {
          if (isStyleSheet(removed)) return EVERYTHING;
          // A found element moved (taken out and put back elsewhere in one batch): its new place may exclude it.
          if (elements.length) touched(elements.filter((el) => removed.contains(el)));
        } else if (type === TEXT_NODE) {
          couldHold(node);
        }
      }
    }
    // Every strategy asks again: the whole read is as cheap and needs no more records. (None watched: a step that
    // looks nothing up, which no content change can concern.)
    if (strategies.length && change.strategies.size === strategies.length) return EVERYTHING;
  }
  return change.strategies.size || change.elements.size ? change : null;
}

// Whether the last read looked at nothing of the page's content (a step that opens a link, where the setting's
// state is not read either): then no change of the content can change its answers.
export function readsNothing(watch) {
  return Boolean(watch) && watch.strategies.length === 0 && watch.elements.length === 0;
}

// The answers of the last read that a change leaves standing (null: none). answers: strategy key → found element
// or null (finder.js createPass().answers()).
export function carryOver(answers, change) {
  if (!answers || change.everything) return null;
  const kept = new Map();
  for (const [key, found] of answers) {
    if (!change.strategies.has(key) && !(found && change.elements.has(found))) kept.set(key, found);
  }
  return kept;
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
