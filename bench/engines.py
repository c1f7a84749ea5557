"""The two browsers of each engine (one with the built extension, one without) and what the benchmark reads from
them: the main-thread CPU time of the page's renderer, the page's own frame and long-task times, the overlay's
status, the JS heap.

Chromium: CDP `Performance.getMetrics` `TaskDuration`, with `Performance.enable {timeDomain: "threadTicks"}` the
CPU time of the renderer's main thread spent in tasks (the page's scripts, the content script's isolated world,
style, layout, paint); with "timeTicks" the same tasks' wall time.
Firefox: the content process that shows the tab (with site isolation, one process per site) is the one whose
window global is the tab's document (`browsingContext.currentWindowGlobal.osPid`, read in the browser's chrome
context); its main thread's CPU time (on Linux the thread whose id is the process id) is read from
/proc/<pid>/task/<pid>/schedstat in nanoseconds (`ChromeUtils.requestProcInfo()` gives the same per-thread times in
10 ms ticks only). The whole process's CPU time (every thread alive: also style threads, graphics, network) is
kept alongside."""

from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT / "tests") not in sys.path:
    sys.path.insert(0, str(ROOT / "tests"))

from e2e.harness.browsers import start_chromium, start_firefox  # noqa: E402

ENGINES = ("chromium", "firefox")
POPUP = "popup/popup.html"
OVERLAY_JS = "return window.__bench ? window.__bench.overlay() : {status: null, step: null, spotlight: false, nobench: true};"


PROFILER_INTERVAL_US = 200

# Firefox, chrome context: the profile of every process, reduced to the main thread of content process `pid`: the
# CPU time of its samples (each sample carries the thread's CPU time since the one before) and of those samples whose
# stack holds a frame of the extension's code (a location with the extension's moz-extension: base URL).
FIREFOX_PROFILE_SHARE_JS = """
const [pid, prefix] = arguments;
Services.profiler.getProfileDataAsync().then((profile) => {
  const threads = [];
  const collect = (p) => { threads.push(...(p.threads || [])); (p.processes || []).forEach(collect); };
  collect(profile);
  const main = threads.filter((t) => String(t.pid) === String(pid) && t.name === 'GeckoMain');
  if (main.length !== 1) { done({error: 'main threads of ' + pid + ': ' + main.length}); return; }
  const t = main[0];
  const ss = t.samples.schema, ks = t.stackTable.schema, fs = t.frameTable.schema;
  if (ss.threadCPUDelta === undefined) { done({error: 'samples without CPU time'}); return; }
  const locationOf = (stack) => t.stringTable[t.frameTable.data[t.stackTable.data[stack][ks.frame]][fs.location]];
  const ours = new Map();  // stack index -> whether a frame of the extension is on it
  const isOurs = (stack) => {
    if (stack === null) return false;
    if (ours.has(stack)) return ours.get(stack);
    const location = locationOf(stack);
    const result = (typeof location === 'string' && location.includes(prefix)) || isOurs(t.stackTable.data[stack][ks.prefix]);
    ours.set(stack, result);
    return result;
  };
  // The sample's innermost frame of the extension, and the browser's frame it called into (if any).
  const placeOf = (stack) => {
    let callee = null;
    for (let s = stack; s !== null; s = t.stackTable.data[s][ks.prefix]) {
      const location = String(locationOf(s));
      if (location.includes(prefix)) return location.split(prefix).join('') + (callee ? ' -> ' + callee : '');
      callee = location;
    }
    return '?';
  };
  const places = new Map();
  let busy = 0, extension = 0, samples = 0, extensionSamples = 0;
  for (const row of t.samples.data) {
    const cpu = row[ss.threadCPUDelta] || 0;
    if (cpu <= 0) continue;
    busy += cpu; samples += 1;
    if (isOurs(row[ss.stack])) {
      extension += cpu; extensionSamples += 1;
      const place = placeOf(row[ss.stack]);
      places.set(place, (places.get(place) || 0) + cpu);
    }
  }
  const unit = (profile.meta.sampleUnits || {}).threadCPUDelta;
  const toSeconds = {'µs': 1e-6, 'ns': 1e-9}[unit];
  if (!toSeconds) { done({error: 'CPU time in ' + unit}); return; }
  const where = [...places].map(([place, cpu]) => [place, cpu * toSeconds]);
  done({busy_s: busy * toSeconds, extension_s: extension * toSeconds, samples, extension_samples: extensionSamples,
        where});
}, (e) => done({error: String(e)}));
"""


def chromium_profile_share(profile: dict, prefix: str) -> dict:
    """V8 CPU profile -> the busy time in its samples (every node but "(idle)") and the part with a function of the
    extension (a call frame whose URL starts with the extension's base URL) on the stack. Each sample stands for the
    time until the next one."""
    nodes = {n["id"]: n for n in profile["nodes"]}
    parent = {child: n["id"] for n in profile["nodes"] for child in n.get("children", [])}
    ours: dict[int, bool] = {}

    def is_ours(node_id: int) -> bool:
        chain = []
        while node_id is not None and node_id not in ours:
            chain.append(node_id)
            node_id = parent.get(node_id)
        result = ours.get(node_id, False) if node_id is not None else False
        for n in reversed(chain):
            result = result or nodes[n]["callFrame"].get("url", "").startswith(prefix)
            ours[n] = result
        return ours[chain[0]] if chain else result

    def place_of(node_id: int) -> str:
        # The sample's innermost frame of the extension, and the browser's frame it called into (if any).
        callee = None
        while node_id is not None:
            frame = nodes[node_id]["callFrame"]
            name = frame.get("functionName") or "(anonymous)"
            if frame.get("url", "").startswith(prefix):
                here = f"{name} ({frame['url'][len(prefix):]}:{frame.get('lineNumber', -1) + 1})"
                return here + (f" -> {callee}" if callee else "")
            callee = name
            node_id = parent.get(node_id)
        return "?"

    samples, deltas = profile.get("samples", []), profile.get("timeDeltas", [])
    busy = extension = 0.0
    count = extension_count = 0
    places: dict[str, float] = {}
    for i, node_id in enumerate(samples[:-1]):
        if nodes[node_id]["callFrame"].get("functionName") == "(idle)":
            continue
        spent = deltas[i + 1] / 1e6
        busy += spent
        count += 1
        if is_ours(node_id):
            extension += spent
            extension_count += 1
            place = place_of(node_id)
            places[place] = places.get(place, 0.0) + spent
    return {"busy_s": busy, "extension_s": extension, "samples": count, "extension_samples": extension_count,
            "where": sorted(places.items(), key=lambda item: -item[1])}


class BenchError(RuntimeError):
    """Something the benchmark relies on did not hold: the run stops rather than measure the wrong thing."""


def _run_async(driver, body: str, *args):
    return driver.execute_async_script("const done = arguments[arguments.length - 1];" + body, *args)


class Arm:
    """One browser: with the extension (storage set before each load) or without it (the baseline)."""

    def __init__(self, engine: str, browser, with_extension: bool, time_domain: str = "threadTicks"):
        self.engine = engine
        self.browser = browser
        self.driver = browser.driver
        self.with_extension = with_extension
        self.time_domain = time_domain
        self.driver.set_script_timeout(120)
        self.page = self.driver.current_window_handle
        self.ext_page = None
        self._pid = None
        self._blank = False
        if with_extension:
            self._open_extension_page()

    @property
    def name(self) -> str:
        return f"{self.engine} {'with' if self.with_extension else 'without'} extension"

    # --- the extension's storage, through one extension page kept open ------------------------------------------

    def _open_extension_page(self) -> None:
        d = self.driver
        url = self.browser.extension_url(POPUP)
        before = set(d.window_handles)
        if self.engine == "firefox":
            # Marionette does not navigate content tabs to moz-extension: pages; open the tab from chrome.
            with d.context(d.CONTEXT_CHROME):
                d.execute_script(
                    "const win = Services.wm.getMostRecentWindow('navigator:browser');"
                    "win.gBrowser.addTab(arguments[0],"
                    " {triggeringPrincipal: Services.scriptSecurityManager.getSystemPrincipal()});", url)
            deadline = time.monotonic() + 10
            while not (set(d.window_handles) - before):
                if time.monotonic() > deadline:
                    raise BenchError("the extension page did not open in Firefox")
                time.sleep(0.05)
            self.ext_page = (set(d.window_handles) - before).pop()
        else:
            d.switch_to.new_window("window")
            self.ext_page = d.current_window_handle
            d.get(url)
        d.switch_to.window(self.ext_page)
        deadline = time.monotonic() + 10
        while d.execute_script("return document.readyState") != "complete" or \
                not d.execute_script("return location.protocol").endswith("-extension:"):
            if time.monotonic() > deadline:
                raise BenchError(f"the extension page did not load in {self.engine}")
            time.sleep(0.05)
        d.switch_to.window(self.page)

    def set_storage(self, items: dict | None) -> None:
        """Empty the extension's storage.local, then store items (None: nothing)."""
        if not self.with_extension:
            return
        d = self.driver
        d.switch_to.window(self.ext_page)
        try:
            _run_async(d, "const api = globalThis.browser ?? chrome;"
                          "api.storage.local.clear().then(() => api.storage.local.set(arguments[0])).then(() => done(true));",
                       items or {})
        finally:
            d.switch_to.window(self.page)

    # --- pages ----------------------------------------------------------------------------------------------------

    def load(self, url: str, storage: dict | None = None) -> None:
        """Load url; with the extension, its storage set first. From a blank page only: a page still open would see
        the storage change and might write its own state over it."""
        if not self._blank:
            self.blank()
        self.set_storage(storage)
        self._pid = None
        self._blank = False
        self.driver.get(url)

    def blank(self) -> None:
        self._pid = None
        self.driver.get("about:blank")
        self._blank = True

    def run(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def run_async(self, body: str, *args):
        return _run_async(self.driver, body, *args)

    def overlay(self) -> dict:
        return self.driver.execute_script(OVERLAY_JS)

    def measure(self, ticks: int) -> dict:
        """One window of `ticks` feed ticks, from half-way between two ticks to half-way between two others (so each
        window holds the same work whatever the timer's phase): the CPU seconds spent in it (cpu_s and the engine's
        other counters), the page's own view (frame intervals, long-task time, its length) and how busy the whole
        machine was meanwhile (all cores, every process, this browser included)."""
        self.run_async("window.__bench.align().then(done);")
        m0 = machine_jiffies()
        c0 = self.counters()
        page = self.run_async("window.__bench.collect(arguments[0]).then(done);", ticks)
        c1 = self.counters()
        m1 = machine_jiffies()
        out = {k: c1[k] - c0[k] for k in c0}
        busy, total = m1[0] - m0[0], m1[1] - m0[1]
        out["machine_busy"] = busy / total if total else float("nan")
        out["page"] = page
        return out

    # --- main-thread CPU time ---------------------------------------------------------------------------------------

    def start_counting(self) -> None:
        """Called once a page has loaded, before its settle time."""
        if self.engine == "chromium":
            self.driver.execute_cdp_cmd("Performance.disable", {})
            self.driver.execute_cdp_cmd("Performance.enable", {"timeDomain": self.time_domain})
        else:
            self._pid = self.content_pid()

    def counters(self) -> dict:
        """Cumulative CPU seconds; differences over a window are what is measured. `cpu_s` is the main measure."""
        if self.engine == "chromium":
            metrics = {m["name"]: m["value"] for m in self.driver.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]}
            return {"cpu_s": metrics["TaskDuration"], "script_s": metrics.get("ScriptDuration", 0.0),
                    "layout_s": metrics.get("LayoutDuration", 0.0), "style_s": metrics.get("RecalcStyleDuration", 0.0)}
        pid = self._pid or self.content_pid()
        return {"cpu_s": main_thread_cpu_s(pid), "process_cpu_s": process_cpu_s(pid)}

    def content_pid(self) -> int:
        """Firefox: the pid of the content process that shows this tab's document."""
        d = self.driver
        url = d.execute_script("return location.href")
        with d.context(d.CONTEXT_CHROME):
            found = d.execute_script("""
              const pids = [];
              for (const win of Services.wm.getEnumerator('navigator:browser'))
                for (const b of win.gBrowser.browsers) {
                  const global = b.browsingContext && b.browsingContext.currentWindowGlobal;
                  if (global && b.currentURI && b.currentURI.spec === arguments[0]) pids.push(global.osPid);
                }
              return pids;""", url)
        if not isinstance(found, list) or len(found) != 1:
            raise BenchError(f"no single Firefox content process shows {url}: {found!r}")
        return int(found[0])

    # --- the extension's own share, from a sampling profiler --------------------------------------------------------

    def start_profiler(self) -> None:
        """Start sampling the main thread's stacks (Chromium: V8's CPU profiler every 200 µs, the page's world and
        the content script's isolated world alike; Firefox: the Gecko profiler every 0.2 ms with each sample's CPU
        time, on the main threads)."""
        d = self.driver
        if self.engine == "chromium":
            d.execute_cdp_cmd("Profiler.enable", {})
            d.execute_cdp_cmd("Profiler.setSamplingInterval", {"interval": PROFILER_INTERVAL_US})
            d.execute_cdp_cmd("Profiler.start", {})
        else:
            with d.context(d.CONTEXT_CHROME):
                d.execute_script("Services.profiler.StartProfiler(1 << 24, arguments[0], ['js', 'cpu'], ['GeckoMain']);",
                                 PROFILER_INTERVAL_US / 1000)

    def stop_profiler(self) -> dict:
        """Stop sampling; the main thread's busy time in the samples and the part of it with the extension's code on
        the stack (its own JS and what that JS makes the browser do meanwhile: DOM calls, forced style and layout):
        {"busy_s", "extension_s", "samples", "extension_samples", "where"}; where: that part by place, the sample's
        innermost frame of the extension and the browser function it was in, largest first."""
        d = self.driver
        prefix = self.browser.extension_url("")
        if self.engine == "chromium":
            profile = d.execute_cdp_cmd("Profiler.stop", {})["profile"]
            d.execute_cdp_cmd("Profiler.disable", {})
            return chromium_profile_share(profile, prefix)
        pid = self._pid or self.content_pid()
        with d.context(d.CONTEXT_CHROME):
            d.execute_script("Services.profiler.PauseSampling();")
            found = _run_async(d, FIREFOX_PROFILE_SHARE_JS, pid, prefix)
            d.execute_script("Services.profiler.StopProfiler();")
        if not isinstance(found, dict) or "error" in found:
            raise BenchError(f"the Firefox profile of process {pid} could not be read: {found!r}")
        found["where"] = sorted(map(tuple, found.get("where", [])), key=lambda item: -item[1])
        return found

    # --- memory -----------------------------------------------------------------------------------------------------

    def chromium_heap_after_gc(self) -> dict:
        """Chromium: JSHeapUsedSize of this tab's renderer (every world of the page: its own and the content script's
        isolated world) right after a forced full garbage collection, in bytes."""
        d = self.driver
        d.execute_cdp_cmd("HeapProfiler.enable", {})
        d.execute_cdp_cmd("HeapProfiler.collectGarbage", {})
        d.execute_cdp_cmd("Performance.enable", {"timeDomain": self.time_domain})
        metrics = {m["name"]: m["value"] for m in d.execute_cdp_cmd("Performance.getMetrics", {})["metrics"]}
        return {"js_bytes": metrics["JSHeapUsedSize"], "js_total_bytes": metrics.get("JSHeapTotalSize")}

    def firefox_memory_after_gc(self, pids: list[int]) -> dict[int, dict]:
        """Firefox: after "minimize memory usage" (garbage and cycle collection in every process, as about:memory
        does it), the memory reports of the given content processes: js_bytes, the JS GC heap in use (the GC things:
        objects, strings, shapes, scripts...; the measure, steady to a few KB from one sample to the next);
        all_js_bytes, all of the JS engine's memory in the process (the js-main-runtime reports: also the objects'
        malloc'd slots and elements, string characters, JIT code and data, the runtime; it moves by hundreds of KB
        between samples); content_script_bytes, the zone that holds the extension's content script (its realm
        lives in a zone of its own)."""
        d = self.driver
        with d.context(d.CONTEXT_CHROME):
            _run_async(d, "const m = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);"
                          "m.minimizeMemoryUsage(() => done(true));")
            reports = _run_async(d, """
              const wanted = arguments[0].map((pid) => '(pid ' + pid + ')');
              const m = Cc['@mozilla.org/memory-reporter-manager;1'].getService(Ci.nsIMemoryReporterManager);
              const out = [];
              const keep = (path) => path.startsWith('js-main-runtime/') ||
                path.startsWith('js-main-runtime-gc-heap-committed/used/') || path.startsWith('explicit/js-non-window/zones/');
              m.getReports((proc, path, kind, units, amount) => {
                const hit = wanted.findIndex((w) => proc.endsWith(w));
                if (hit >= 0 && units === Ci.nsIMemoryReporter.UNITS_BYTES && keep(path)) out.push([hit, path, Number(amount)]);
              }, null, () => done(out), null, false);""", list(pids))
        out = {pid: {"js_bytes": 0, "all_js_bytes": 0, "content_script_bytes": 0} for pid in pids}
        script_zones: dict[int, set] = {pid: set() for pid in pids}
        for hit, path, amount in reports:
            if path.startswith("explicit/js-non-window/zones/") and 'Content Script "Opt-out Guide"' in path:
                script_zones[pids[hit]].add(path.split("/")[3])
        for hit, path, amount in reports:
            pid = pids[hit]
            if path.startswith("js-main-runtime/"):
                out[pid]["all_js_bytes"] += amount
            elif path.startswith("js-main-runtime-gc-heap-committed/used/"):
                out[pid]["js_bytes"] += amount
            elif path.startswith("explicit/js-non-window/zones/") and path.split("/")[3] in script_zones[pid]:
                out[pid]["content_script_bytes"] += amount
        return out

    def quit(self) -> None:
        self.browser.quit()


def process_cpu_s(pid: int) -> float:
    """CPU time of all of a process's threads alive now, in seconds, from schedstat."""
    total = 0
    for stat in Path(f"/proc/{pid}/task").glob("*/schedstat"):
        try:
            total += int(stat.read_text().split()[0])
        except (OSError, ValueError, IndexError):
            pass  # a thread that ended meanwhile
    return total / 1e9


def machine_jiffies() -> tuple[int, int]:
    """(busy, total) CPU ticks of the whole machine so far, from /proc/stat."""
    try:
        fields = [int(v) for v in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return (0, 0)
    idle = fields[3] + (fields[4] if len(fields) > 4 else 0)
    total = sum(fields[:8])
    return (total - idle, total)


def main_thread_cpu_s(pid: int) -> float:
    """CPU time of a process's main thread (Linux: the thread whose id is the pid), in seconds, from schedstat."""
    try:
        return int(Path(f"/proc/{pid}/task/{pid}/schedstat").read_text().split()[0]) / 1e9
    except (OSError, ValueError, IndexError) as exc:
        raise BenchError(f"cannot read the CPU time of process {pid}'s main thread: {exc}") from None


def _start_browser(engine: str, dist: Path | None, server_port: int, proxy_port: int):
    """One browser of the engine, with the extension built in dist (None: without it)."""
    if engine == "chromium":
        return start_chromium(dist / "chrome" if dist else None, server_port)
    if engine == "firefox":
        return start_firefox(dist / "firefox" if dist else None, proxy_port)
    raise ValueError(engine)


def start_pair(engine: str, dist: Path | None, server_port: int, proxy_port: int,
               time_domain: str = "threadTicks") -> tuple[Arm, Arm]:
    """The engine's two browsers: (with the extension built in dist, without)."""
    ext = _start_browser(engine, dist, server_port, proxy_port)
    plain = _start_browser(engine, None, server_port, proxy_port)
    return Arm(engine, ext, True, time_domain), Arm(engine, plain, False, time_domain)


def start_control(engine: str, server_port: int, proxy_port: int, time_domain: str = "threadTicks") -> Arm:
    """A third browser of the engine, without the extension: it takes the place of the one with it in the
    control windows (the page alone ÷ the page alone)."""
    return Arm(engine, _start_browser(engine, None, server_port, proxy_port), False, time_domain)
