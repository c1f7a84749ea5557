"""The extension's own share of the main thread, from a V8 CPU profile (bench/engines.py), and its report cell."""

import math

from bench.engines import chromium_profile_share
from bench.report import fmt_share, share_budget, top_functions

EXT = "chrome-extension://abcdefghijklmnop/"


def node(id_, name, url="", children=()):
    return {"id": id_, "callFrame": {"functionName": name, "url": url}, "children": list(children)}


def profile():
    # root ─ (idle)
    #      ─ (program)
    #      ─ page tick (page.js) ─ MutationObserver callback (the extension) ─ getBoundingClientRect (native, no url)
    #      ─ page tick (page.js) ─ appendChild (native)
    nodes = [node(1, "(root)", children=[2, 3, 4, 7]), node(2, "(idle)"), node(3, "(program)"),
             node(4, "tick", "https://x.com/page.js", [5]), node(5, "onMutations", EXT + "content/x.js", [6]),
             node(6, "getBoundingClientRect"), node(7, "tick", "https://x.com/page.js", [8]), node(8, "appendChild")]
    # Each sample stands for the time to the next one (the last has none).
    samples = [2, 3, 5, 6, 6, 8, 4, 2, 2]
    deltas = [0, 100, 200, 300, 400, 500, 600, 700, 800]
    return {"nodes": nodes, "samples": samples, "timeDeltas": deltas}


def test_share_counts_samples_with_the_extension_anywhere_on_the_stack():
    got = chromium_profile_share(profile(), EXT)
    # Busy: every sample but (idle) and the last: (program) 200, onMutations 300, native under it 400 + 500,
    # appendChild 600, tick 700 µs.
    assert got["samples"] == 6
    assert math.isclose(got["busy_s"], (200 + 300 + 400 + 500 + 600 + 700) / 1e6)
    # The extension's: its own frame and the native call it made.
    assert got["extension_samples"] == 3
    assert math.isclose(got["extension_s"], (300 + 400 + 500) / 1e6)


def test_share_says_where_the_extension_spent_it():
    # The innermost frame of the extension, with the browser's function it had called, largest first.
    got = dict(chromium_profile_share(profile(), EXT)["where"])
    assert got.keys() == {"onMutations (content/x.js:0) -> getBoundingClientRect", "onMutations (content/x.js:0)"}
    assert math.isclose(got["onMutations (content/x.js:0) -> getBoundingClientRect"], (400 + 500) / 1e6)
    assert chromium_profile_share(profile(), EXT)["where"][0][0].endswith("getBoundingClientRect")


def test_a_page_that_shares_the_extension_prefix_only_in_part_is_not_the_extension():
    p = profile()
    p["nodes"][4]["callFrame"]["url"] = "chrome-extension://other/content/x.js"
    assert chromium_profile_share(p, EXT)["extension_samples"] == 0


def test_share_budget_is_the_share_that_alone_makes_the_ratio_budget():
    assert math.isclose(1 / (1 - share_budget("guiding")), 1.10)
    assert math.isclose(1 / (1 - share_budget("prompt")), 1.02)


def test_share_cell_gives_median_range_and_the_ratio_it_makes():
    cell = fmt_share([{"share": 0.01}, {"share": 0.03}, {"share": 0.02}])
    assert cell == "2.0 % (1.0 %–3.0 %) → 1.020×"
    assert fmt_share([]) == "—"


def test_top_functions_fold_each_function_across_hosts_and_callees_per_tick():
    samples = [
        {"where": [("onMutations (content/x.js:12) -> Element.matches", 0.002), ("onMutations (content/x.js:12)", 0.001),
                   ("holds (content/x.js:40:3)[14]", 0.0005)]},
        {"where": [("onMutations (content/chatgpt.js:15)", 0.003), ("holds (content/chatgpt.js:44:3)[2]", 0.0005)]},
    ]
    # 2 windows of 10 ticks: onMutations 6 ms in 20 ticks, holds 1 ms.
    got = top_functions(samples, 10)
    assert [name for name, _ in got] == ["onMutations", "holds"]
    assert math.isclose(got[0][1], 0.3) and math.isclose(got[1][1], 0.05)
    assert top_functions([], 10) == []
