"""Desktop app budgets (issue 3), measured on the real widgets on Qt's offscreen platform.

    python bench/ui_bench.py            # demo store and the 100k benchmark store
    python bench/ui_bench.py --smoke    # demo store only, a few iterations (used by a test)

Every figure runs in its own child process (``ui_bench.py child <what> …``) with
``QT_QPA_PLATFORM=offscreen`` set before Qt is imported; the parent reads each child's peak
memory with ``os.wait4``. Children print ``RESULT {json}`` lines; the parent prints a markdown
table. Nothing here asserts anything about time.

Figures: interpreter start (``python -c pass``); app start to a painted sign-in screen (in the
child, from just before the first ``collabdesk.ui``/PySide6 import, and from process launch);
the KDF (``Vault.unlock``) and sign-in to a filled "My caseload" without it; keystroke to
updated client search results, with and without the search box's debounce, typing name
prefixes and typing whole names with one misspelling (the forgiving path); the same while
sync rounds run one after another against a hub that answers slowly (a loopback hub behind
the fault proxy of tests/e2e/faultproxy.py delaying every request; demo store); opening a
case; peak memory of a session that signed in, searched and opened 50 cases.
"""

from __future__ import annotations

import time

_T_IMPORT = time.perf_counter()  # the start figure counts from here (stdlib only above)

import argparse  # noqa: E402
import json  # noqa: E402
import os  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

BENCH_DIR = Path(__file__).resolve().parent
DEMO_USER = ("maria", "demo-maria-riverside")  # a worker: her caseload is not empty
DEMO_ADMIN = ("admin", "demo-admin-riverside")  # enrols the demo laptop with the hub
HUB_DELAY_MS = 400  # a slow hub: each request waits up to this long (uniformly drawn)
BIG_USER = ("admin", "bench admin passphrase")  # the only slot in the benchmark vault


def _emit(result: dict[str, Any]) -> None:
    print("RESULT " + json.dumps(result, sort_keys=True), flush=True)


# -- children ------------------------------------------------------------------------------

def child_start(data_dir: Path, launched_wall: float) -> None:
    """From just before the app's imports to the sign-in screen painted once."""
    t0 = _T_IMPORT
    from PySide6.QtCore import QEvent, QObject, QTimer

    import collabdesk.ui.app as app_mod

    done: dict[str, float] = {}
    original_start = app_mod.Launcher.start

    class PaintWatch(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
            if event.type() == QEvent.Type.Paint and "paint" not in done:
                done["paint"] = time.perf_counter()
                QTimer.singleShot(0, finish)
            return False

    watch = PaintWatch()
    launcher_box: list[Any] = []

    def finish() -> None:
        if "end" in done:
            return
        done["end"] = time.perf_counter()
        done["wall"] = time.time()
        launcher = launcher_box[0]
        done["visible"] = float(launcher.window.sign_in.isVisible())
        launcher.app.quit()

    def start(self: Any) -> None:
        original_start(self)
        launcher_box.append(self)
        self.window.sign_in.installEventFilter(watch)
        QTimer.singleShot(5000, finish)  # no paint at all: still end, and say so

    app_mod.Launcher.start = start  # type: ignore[method-assign,unused-ignore]
    app_mod.main(["--data-dir", str(data_dir), "--lang", "en"])
    _emit({"name": "app_start", "in_process_ms": round((done["end"] - t0) * 1000, 1),
           "from_launch_ms": round((done["wall"] - launched_wall) * 1000, 1),
           "painted": "paint" in done, "sign_in_visible": bool(done.get("visible"))})


class Harness:
    """One signed-in main window on the offscreen platform, with event-driven waits."""

    def __init__(self, data_dir: Path, username: str, passphrase: str) -> None:
        from PySide6.QtWidgets import QApplication

        from collabdesk.ui.i18n import install_language
        from collabdesk.ui.main_window import MainWindow
        from collabdesk.ui.tasks import TaskRunner
        from collabdesk.ui.theme import apply_theme, configure_high_dpi
        from collabdesk.workspace import Workspace

        configure_high_dpi()
        self.app = QApplication(sys.argv[:1])
        install_language(self.app, "en")
        apply_theme(self.app)
        self.workspace = Workspace(data_dir)
        self.runner = TaskRunner()
        self.window = MainWindow(self.workspace, self.runner, follow_language_setting=False)
        self.window.show()
        self.username, self.passphrase = username, passphrase
        self._loop: Any = None
        self._pred: Any = None
        self.wait(lambda: False, 50)  # first paint of the sign-in screen
        # A person reads the sign-in screen and types a passphrase, which takes longer than
        # this; meanwhile the window imports what a session needs (main_window.PRELOAD).
        self.wait(lambda: False, 400)

    def poke(self) -> None:
        if self._loop is not None and self._pred():
            self._loop.quit()

    def wait(self, pred: Any, timeout_ms: int = 20_000) -> bool:
        """Run the real event loop until ``pred()`` (re-checked on each poke) or timeout."""
        from PySide6.QtCore import QEventLoop, QTimer

        if pred():
            return True
        self._loop, self._pred = QEventLoop(), pred
        timer = QTimer()
        timer.setSingleShot(True)
        timer.timeout.connect(self._loop.quit)
        timer.start(timeout_ms)
        self._loop.exec()
        timer.stop()
        self._loop = self._pred = None
        return bool(pred())

    def kdf_ms(self) -> tuple[float, bytes]:
        vault = self.workspace.vault()
        start = time.perf_counter()
        unlocked = vault.unlock(self.username, self.passphrase)
        return (time.perf_counter() - start) * 1000, unlocked.key

    def sign_in(self) -> dict[str, Any]:
        """Click "Sign in"; time to the Session, then to "My caseload" filled."""
        from collabdesk.vault import Vault

        window = self.window
        stamps: dict[str, float] = {}
        rows: list[int] = []
        # The key derivation of this very sign-in, timed where it runs: taking a derivation
        # timed earlier away instead left its run-to-run spread in the "after the KDF" figure.
        unlock = Vault.unlock
        kdf: list[float] = []

        def timed_unlock(vault: Any, *args: Any, **kwargs: Any) -> Any:
            begun = time.perf_counter()
            try:
                return unlock(vault, *args, **kwargs)
            finally:
                kdf.append((time.perf_counter() - begun) * 1000)

        def signed_in(_session: Any) -> None:
            stamps["session"] = time.perf_counter()

        def session_started() -> None:
            page = window.pages.get("caseload")
            if page is None:
                stamps["loaded"] = time.perf_counter()  # no caseload for this user
                self.poke()
                return

            def loaded() -> None:
                stamps.setdefault("loaded", time.perf_counter())
                rows.append(page.model.rowCount())
                self.poke()

            page.model.modelReset.connect(loaded)

        # Our stamp must run before the window's own slot, so re-connect that after it.
        window.sign_in.sig_signed_in.disconnect(window.start_session)
        window.sign_in.sig_signed_in.connect(signed_in)
        window.sign_in.sig_signed_in.connect(window.start_session)
        window.sig_session_started.connect(session_started)
        window.sign_in.set_username(self.username)
        window.sign_in.passphrase_edit.setText(self.passphrase)
        start = time.perf_counter()
        Vault.unlock = timed_unlock  # type: ignore[method-assign]
        try:
            window.sign_in.sign_in()
            ok = self.wait(lambda: "loaded" in stamps, 60_000)
        finally:
            Vault.unlock = unlock  # type: ignore[method-assign]
        window.sign_in.sig_signed_in.disconnect(signed_in)
        window.sig_session_started.disconnect(session_started)
        if not ok:
            raise SystemExit(f"sign-in did not finish: {window.sign_in.error_label.text()}")
        first = window.visible_sections()[0] if window.visible_sections() else ""
        return {"click_to_session_ms": (stamps["session"] - start) * 1000,
                "session_to_page_ms": (stamps["loaded"] - stamps["session"]) * 1000,
                "click_to_page_ms": (stamps["loaded"] - start) * 1000,
                "kdf_ms": sum(kdf),
                "first_page": first, "rows": rows[0] if rows else 0}

    def lock(self) -> None:
        self.window.lock()
        self.wait(lambda: not self.runner.is_busy(), 20_000)


def _sample(data_dir: Path, key: bytes, seed: int, names: int, cases: int
            ) -> tuple[list[tuple[str, str]], list[str]]:
    """Random client names and case ids, read on a connection of our own."""
    import random

    from collabdesk.store.db import Store

    rng = random.Random(seed)
    store = Store.open(data_dir / "store.db", key)
    try:
        client_rows = store.query("SELECT given_name, family_name FROM clients")
        case_ids = [r[0] for r in store.query("SELECT id FROM cases")]
    finally:
        store.close()
    picked = [(str(g), str(f)) for g, f in rng.sample(client_rows, min(names, len(client_rows)))]
    return picked, rng.sample(case_ids, min(cases, len(case_ids)))


def _prefixes(names: list[tuple[str, str]], keystrokes: int) -> list[str]:
    """Realistic typed queries ("mar gar", "Okaf", "Amina"), enough for ``keystrokes``."""
    out: list[str] = []
    total = 0
    for i, (given, family) in enumerate(names):
        if total >= keystrokes:
            break
        kind = i % 3
        text = (f"{given[:3]} {family[:3]}" if kind == 0 else family[:4] if kind == 1
                else given.split()[0][:6])
        out.append(text.lower() if kind == 0 else text)
        total += len(text)
    return out


def _misspelt(names: list[tuple[str, str]], keystrokes: int) -> list[str]:
    """First given and family names, one of them misspelt, enough for ``keystrokes``."""
    import random

    from common import misspell

    rng = random.Random(len(names))
    out: list[str] = []
    total = 0
    for given, family in names:
        if total >= keystrokes:
            break
        first, last = given.split()[0], family.split()[0]
        text = (f"{first} {misspell(rng, last)}" if rng.random() < 0.7
                else f"{misspell(rng, first)} {last}")
        out.append(text)
        total += len(text)
    return out


class Searches:
    """Keystroke → results samples of one typing session in the Clients page."""

    def __init__(self, debounce_ms: int) -> None:
        self.debounce_ms = debounce_ms
        self.with_debounce: list[float] = []
        self.without: list[float] = []
        self.hit_counts: list[int] = []

    def figures(self) -> dict[str, Any]:
        from common import percentile

        return {"n": len(self.with_debounce), "debounce_ms": self.debounce_ms,
                "p50_with_debounce_ms": round(percentile(self.with_debounce, 50), 1),
                "p95_with_debounce_ms": round(percentile(self.with_debounce, 95), 1),
                "p50_without_debounce_ms": round(percentile(self.without, 50), 1),
                "p95_without_debounce_ms": round(percentile(self.without, 95), 1),
                "mean_hits": round(sum(self.hit_counts) / max(1, len(self.hit_counts)), 1)}


def type_searches(h: Harness, texts: list[str], keystroke: Any = None) -> Searches:
    """Type ``texts`` into the Clients page's search box, one key at a time, and time
    each keystroke to its results; ``keystroke()`` runs before each key."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    window = h.window
    page: Any = window.show_section("clients")
    box = page.search_box
    box.setFocus()
    stamps: dict[str, float] = {}
    out = Searches(box.debounce_ms())
    original_show = page._show_hits

    def show_hits(generation: int, hits: list[Any]) -> None:
        original_show(generation, hits)
        # Only the answer to the key just typed counts: the page also searches again by
        # itself when a sync round brings changed clients.
        if generation == page._search_generation and "emit" in stamps:
            stamps["done"] = time.perf_counter()
            out.hit_counts.append(len(hits))
            h.poke()

    def emitted(_text: str) -> None:
        stamps["emit"] = time.perf_counter()

    page._show_hits = show_hits  # the task's callback looks the method up when it lands
    box.sig_search.disconnect(page.search)
    box.sig_search.connect(emitted)
    box.sig_search.connect(page.search)
    for text in texts:
        box.clear()  # clear() emits no textEdited: no search of its own
        for ch in text:
            if keystroke is not None:
                keystroke()
            stamps.clear()
            start = time.perf_counter()
            if ch.isascii():
                QTest.keyClicks(box, ch)
            else:  # QTest's key table is ASCII only; send what a keyboard layout would
                for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                    QApplication.sendEvent(box, QKeyEvent(
                        kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, ch))
            if not h.wait(lambda: "done" in stamps, 20_000):
                raise SystemExit(f"no search results after typing {box.text()!r}")
            out.with_debounce.append((stamps["done"] - start) * 1000)
            out.without.append((stamps["done"] - stamps["emit"]) * 1000)
    box.sig_search.disconnect(emitted)
    page._show_hits = original_show
    return out


def child_session(data_dir: Path, username: str, passphrase: str, what: str,
                  keystrokes: int, cases: int, seed: int) -> None:
    from common import percentile

    h = Harness(data_dir, username, passphrase)
    kdf_ms, key = h.kdf_ms()
    names, case_ids = _sample(data_dir, key, seed, max(60, keystrokes), cases + 1)

    first = h.sign_in()
    if what == "signin":
        warm = []
        for _ in range(2):
            h.lock()
            warm.append(h.sign_in())
        _emit({"name": "kdf", "ms": round(kdf_ms, 1)})
        _emit({"name": "signin_to_main", "first_page": first["first_page"],
               "rows": first["rows"],
               "session_to_page_ms": round(first["session_to_page_ms"], 1),
               "after_kdf_ms": round(first["click_to_page_ms"] - first["kdf_ms"], 1),
               "kdf_in_sign_in_ms": round(first["kdf_ms"], 1),
               "click_to_page_ms": round(first["click_to_page_ms"], 1),
               "warm_session_to_page_ms": round(
                   sorted(w["session_to_page_ms"] for w in warm)[len(warm) // 2], 1)})

    if what in ("search", "memory"):
        searched = type_searches(h, _prefixes(names, keystrokes))
        if what == "search":
            _emit({"name": "search_keystroke", **searched.figures()})
            # Whole names with one misspelling, typed to the end: every keystroke after the
            # slip finds no prefix match and takes the forgiving path.
            misspelt = type_searches(h, _misspelt(names, keystrokes))
            _emit({"name": "search_keystroke_misspelt", **misspelt.figures()})

    if what in ("cases", "memory"):
        window = h.window
        loaded: dict[str, float] = {}
        window.open_case(case_ids[0])  # creates the page (imports its module): reported apart
        case_page: Any = window.pages["case"]
        original_loaded = case_page._loaded

        def on_loaded(generation: int, result: Any) -> None:
            original_loaded(generation, result)
            if generation == case_page._generation:
                loaded["at"] = time.perf_counter()
                h.poke()

        case_page._loaded = on_loaded
        start = time.perf_counter()
        h.wait(lambda: "at" in loaded)
        first_ms = (loaded["at"] - start) * 1000  # lower bound: the page was built before
        samples: list[float] = []
        for case_id in case_ids[1:]:
            loaded.clear()
            start = time.perf_counter()
            case_page.open_case(case_id)
            if not h.wait(lambda: "at" in loaded):
                raise SystemExit(f"case {case_id} did not open: {case_page.banner}")
            samples.append((time.perf_counter() - start) * 1000)
            if case_page.detail is None or case_page.detail.case.id != case_id:
                raise SystemExit(f"case page shows the wrong case after opening {case_id}")
        if what == "cases":
            _emit({"name": "open_case", "n": len(samples),
                   "p50_ms": round(percentile(samples, 50), 1),
                   "p95_ms": round(percentile(samples, 95), 1),
                   "first_ms": round(first_ms, 1)})

    if what == "memory":
        rss_kib = 0
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    rss_kib = int(line.split()[1])
        _emit({"name": "memory_end", "rss_mib": round(rss_kib / 1024, 1),
               "keystrokes": keystrokes, "cases": cases})
    h.window.shutdown()
    h.runner.shutdown()


def child_search_sync(data_dir: Path, username: str, passphrase: str, keystrokes: int,
                      seed: int, delay_ms: int, round_lane: str = "io") -> None:
    """Keystroke → results while the laptop syncs, round after round (each pulling what is
    new and sending this laptop's changes), with a hub behind a proxy that holds every
    request back up to ``delay_ms`` (tests/e2e/faultproxy.py). ``round_lane="db"`` runs each
    round whole on the db lane instead, as the app did before, for comparison."""
    import shutil
    import tempfile

    from sync_bench import enrolment_code, start_hub, stop_hub

    from collabdesk.sync.engine import SyncEngine
    from collabdesk.sync.hub import admin
    from collabdesk.workspace import Workspace

    work = Path(tempfile.mkdtemp(prefix="ui-sync-hub-", dir=data_dir.parent))
    hub = start_hub(work, f"sqlite:///{work / 'hub.sqlite3'}")
    hub_engine = hub.engine()
    port = int(hub.base_url.rsplit(":", 1)[1])
    # The proxy runs in a process of its own, like a remote hub: its forwarding threads
    # must not compete with the app for this process's interpreter.
    proxy = subprocess.Popen(
        [sys.executable, str(Path(__file__).resolve()), "child", "slow_hub", "--data-dir",
         str(work), "--hub-port", str(port), "--hub-delay-ms", str(delay_ms)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, env=_child_env())
    assert proxy.stdout is not None and proxy.stdin is not None
    proxy_url = proxy.stdout.readline().decode().strip()
    try:
        agency_id = admin.create_agency(hub_engine, "UI bench agency", now=int(time.time())).id
        admin_session = Workspace(data_dir).sign_in(*DEMO_ADMIN)
        try:
            engine = SyncEngine(admin_session)
            engine.enroll(proxy_url, enrolment_code(hub_engine, agency_id), "Bench laptop",
                          agency_id=agency_id)
            # The demo's year of work goes up first: the rounds measured are a laptop's
            # usual ones (what is new, against a slow hub), not its first upload.
            engine.sync_once()
            engine.close()
        finally:
            admin_session.close()

        h = Harness(data_dir, username, passphrase)
        _kdf_ms, key = h.kdf_ms()
        names, _cases = _sample(data_dir, key, seed, max(60, keystrokes), 1)
        h.sign_in()
        h.runner.sig_busy_changed.connect(lambda _busy: h.poke())
        states: list[str] = []
        if round_lane == "io":  # the window's own controller, as the app runs it
            sync: Any = h.window.sync

            def again(outcome: Any) -> None:  # keep a round running all the while
                states.append(outcome.state)
                sync.sync_now()

            sync.sig_outcome.connect(again)
            sync.sync_now()
            in_round = sync.is_syncing
        else:  # for comparison: the whole round on the db lane, as before it moved
            from collabdesk.ui.ops import Op
            from collabdesk.ui.sync_controller import run_round, shared_engine

            h.window.sync.stop()
            h.wait(lambda: not h.runner.is_busy(), 60_000)
            engine = shared_engine(h.window.context.session, h.runner)
            running = [True]

            def start_round() -> None:
                Op(None, lambda ctx: run_round(engine, ctx), label="bench round", lane="db") \
                    .success(finished).run(h.runner)

            def finished(outcome: Any) -> None:
                states.append(outcome.state)
                if running[0]:
                    start_round()

            start_round()

            def in_round() -> bool:
                return h.runner.is_busy()

            def again(_outcome: Any) -> None:
                running[0] = False
        if not h.wait(in_round, 20_000):
            raise SystemExit("no sync round started")
        during: list[bool] = []
        searched = type_searches(h, _prefixes(names, keystrokes),
                                 keystroke=lambda: during.append(in_round()))
        if round_lane == "io":
            sync.sig_outcome.disconnect(again)
            sync.stop()
        else:
            again(None)
        h.wait(lambda: not h.runner.is_busy(), 60_000)
        _emit({"name": "search_during_sync", **searched.figures(), "hub_delay_ms": delay_ms,
               "round_lane": round_lane,
               "rounds": len(states), "round_states": sorted(set(states)),
               "keystrokes_in_a_round": sum(during)})
        h.window.shutdown()
        h.runner.shutdown()
    finally:
        proxy.stdin.close()  # the proxy's signal to stop
        proxy.wait(timeout=60)
        stop_hub(hub)
        hub_engine.dispose()
        shutil.rmtree(work, ignore_errors=True)


def child_slow_hub(hub_port: int, delay_ms: int) -> None:
    """A proxy to the hub on ``hub_port`` holding every request back up to ``delay_ms``
    (drawn uniformly); prints its address, serves until stdin closes."""
    import sync_bench  # noqa: F401  (puts the repository root on sys.path)

    from tests.e2e.faultproxy import FaultProxy

    with FaultProxy(("127.0.0.1", hub_port), faults={"delay": 1.0},
                    max_delay=delay_ms / 1000) as proxy:
        print(proxy.url, flush=True)
        sys.stdin.read()


# -- parent --------------------------------------------------------------------------------

def _child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(BENCH_DIR), env.get("PYTHONPATH")]))
    # An installed app starts from compiled bytecode; a shell that forbids writing it would
    # make every start compile the app's sources again (0.3-0.4 s here), so children may.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def run_child(args: list[str]) -> tuple[list[dict[str, Any]], float]:
    """Run one child; (its RESULT lines, its peak RSS in MiB read with ``os.wait4``)."""
    import tempfile

    with tempfile.TemporaryFile() as err:
        launched = time.time()
        proc = subprocess.Popen([sys.executable, str(Path(__file__).resolve()), "child",
                                 *args, "--launched", repr(launched)],
                                stdout=subprocess.PIPE, stderr=err, env=_child_env())
        assert proc.stdout is not None
        out = proc.stdout.read()
        proc.stdout.close()
        _pid, status, usage = os.wait4(proc.pid, 0)
        proc.returncode = os.waitstatus_to_exitcode(status)  # Popen must not wait again
        if proc.returncode != 0:
            err.seek(0)
            raise SystemExit(f"child {args[:2]} failed ({proc.returncode}):\n"
                             f"{err.read().decode(errors='replace')[-3000:]}")
    results = [json.loads(line[7:]) for line in out.decode().splitlines()
               if line.startswith("RESULT ")]
    return results, usage.ru_maxrss / 1024


def interpreter_ms(runs: int) -> float:
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        samples.append((time.perf_counter() - start) * 1000)
    return sorted(samples)[len(samples) // 2]


def demo_store() -> Path:
    """The demo agency, built once into bench/out/demo-store-…/ (a temp folder, renamed)."""
    import shutil
    import tempfile

    from common import OUT_DIR

    from collabdesk.demo import build_demo
    from collabdesk.store.db import schema_version
    from collabdesk.vault_file import FORMAT_VERSION

    # Keyed by what decides whether an old build can still be opened.
    target = OUT_DIR / f"demo-store-s{schema_version()}-v{FORMAT_VERSION}"
    if (target / "store.db").exists() and (target / "vault.json").exists():
        return target
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp(prefix="demo-build-", dir=OUT_DIR))
    build_demo(tmp / "agency")
    shutil.rmtree(target, ignore_errors=True)
    (tmp / "agency").rename(target)
    shutil.rmtree(tmp, ignore_errors=True)
    return target


def big_store() -> Path | None:
    from common import OUT_DIR, Params

    preferred = Params(scale=1.0, seed=42).folder()
    if (preferred / "store.db").exists():
        return preferred
    found = sorted(OUT_DIR.glob("s1-seed42-*/store.db"))
    return found[-1].parent if found else None


def scratch_folder(source: Path, name: str) -> Path:
    """A fresh copy of store + vault under bench/out/scratch/<name> (sign-in writes audit)."""
    import shutil

    from common import scratch_copy

    db = scratch_copy(source / "store.db", name)
    shutil.copyfile(source / "vault.json", db.parent / "vault.json")
    return db.parent


def measure_store(label: str, folder: Path, user: tuple[str, str], *, starts: int,
                  keystrokes: int, cases: int, memory_cases: int, seed: int
                  ) -> dict[str, Any]:
    print(f"[{label}] measuring on a scratch copy of {folder}", file=sys.stderr, flush=True)
    data = scratch_folder(folder, f"ui-{label}")
    figures: dict[str, Any] = {}
    start_runs = [run_child(["start", "--data-dir", str(data)])[0][0] for _ in range(starts)]
    start_runs.sort(key=lambda r: r["in_process_ms"])
    figures["app_start"] = start_runs[len(start_runs) // 2]
    common_args = ["--data-dir", str(data), "--user", user[0], "--passphrase", user[1],
                   "--seed", str(seed)]
    results, _ = run_child(["signin", *common_args])
    figures.update({r["name"]: r for r in results})
    results, _ = run_child(["search", *common_args, "--keystrokes", str(keystrokes)])
    figures.update({r["name"]: r for r in results})
    results, _ = run_child(["cases", *common_args, "--cases", str(cases)])
    figures.update({r["name"]: r for r in results})
    if label == "demo":  # the demo agency's admin enrols the laptop: its own scratch copy
        synced = scratch_folder(folder, f"ui-{label}-sync")
        results, _ = run_child(["search_sync", "--data-dir", str(synced), "--user", user[0],
                                "--passphrase", user[1], "--seed", str(seed),
                                "--keystrokes", str(keystrokes)])
        figures.update({r["name"]: r for r in results})
    results, peak = run_child(["memory", *common_args, "--keystrokes", str(keystrokes),
                                   "--cases", str(memory_cases)])
    end = next(r for r in results if r["name"] == "memory_end")
    figures["peak_memory"] = {"name": "peak_memory", "peak_mib": round(peak, 1),
                              "end_rss_mib": end["rss_mib"], "cases": memory_cases,
                              "keystrokes": keystrokes}
    for fig in figures.values():
        _emit({**fig, "store": label})
    return figures


def table(interp: float, stores: dict[str, dict[str, Any]]) -> str:
    labels = list(stores)
    head = "| figure | budget | " + " | ".join(labels) + " |"
    rows = [head, "|---|---|" + "---|" * len(labels)]

    def row(name: str, budget: str, fn: Any) -> None:
        rows.append(f"| {name} | {budget} | " + " | ".join(fn(stores[k]) for k in labels) + " |")

    rows.append("| interpreter start (`python -c pass`) | – | "
                + " | ".join(f"{interp:.0f} ms" for _ in labels) + " |")
    row("app start → sign-in painted (in process)", "≤ 1 s",
        lambda f: f"{f['app_start']['in_process_ms']:.0f} ms")
    row("app start → sign-in painted (from launch)", "–",
        lambda f: f"{f['app_start']['from_launch_ms']:.0f} ms")
    row("KDF (`Vault.unlock`)", "–", lambda f: f"{f['kdf']['ms']:.0f} ms")
    row("sign-in → first page filled, after the KDF", "≤ 0.5 s",
        lambda f: f"{f['signin_to_main']['after_kdf_ms']:.0f} ms "
                  f"({f['signin_to_main']['first_page']}, {f['signin_to_main']['rows']} rows)")
    row("  of which Session → page filled", "–",
        lambda f: f"{f['signin_to_main']['session_to_page_ms']:.0f} ms "
                  f"(warm {f['signin_to_main']['warm_session_to_page_ms']:.0f} ms)")
    row("search debounce interval", "–", lambda f: f"{f['search_keystroke']['debounce_ms']} ms")
    row("keystroke → results, incl. debounce (p50 / p95)", "p95 ≤ 50 ms",
        lambda f: f"{f['search_keystroke']['p50_with_debounce_ms']:.0f} / "
                  f"{f['search_keystroke']['p95_with_debounce_ms']:.0f} ms "
                  f"(n={f['search_keystroke']['n']})")
    row("keystroke → results, excl. debounce (p50 / p95)", "–",
        lambda f: f"{f['search_keystroke']['p50_without_debounce_ms']:.0f} / "
                  f"{f['search_keystroke']['p95_without_debounce_ms']:.0f} ms")
    row("keystroke → results, typing a misspelt name, incl. debounce (p50 / p95)", "p95 ≤ 50 ms",
        lambda f: f"{f['search_keystroke_misspelt']['p50_with_debounce_ms']:.0f} / "
                  f"{f['search_keystroke_misspelt']['p95_with_debounce_ms']:.0f} ms "
                  f"(n={f['search_keystroke_misspelt']['n']})")
    row("keystroke → results, typing a misspelt name, excl. debounce (p50 / p95)", "–",
        lambda f: f"{f['search_keystroke_misspelt']['p50_without_debounce_ms']:.0f} / "
                  f"{f['search_keystroke_misspelt']['p95_without_debounce_ms']:.0f} ms")
    row("keystroke → results while a round runs against a slow hub, incl. debounce "
        "(p50 / p95)", "p95 ≤ 50 ms",
        lambda f: "–" if "search_during_sync" not in f else
        f"{f['search_during_sync']['p50_with_debounce_ms']:.0f} / "
        f"{f['search_during_sync']['p95_with_debounce_ms']:.0f} ms "
        f"(n={f['search_during_sync']['n']}, {f['search_during_sync']['keystrokes_in_a_round']}"
        f" during a round; {f['search_during_sync']['rounds']} rounds, hub delay ≤ "
        f"{f['search_during_sync']['hub_delay_ms']} ms a request)")
    row("open a case (p50 / p95)", "≤ 100 ms",
        lambda f: f"{f['open_case']['p50_ms']:.0f} / {f['open_case']['p95_ms']:.0f} ms "
                  f"(n={f['open_case']['n']}; first {f['open_case']['first_ms']:.0f} ms)")
    row("peak memory (signed in, searched, opened cases)", "≤ 300 MB (100k)",
        lambda f: f"{f['peak_memory']['peak_mib']:.0f} MiB "
                  f"(end {f['peak_memory']['end_rss_mib']:.0f} MiB)")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "child":
        parser = argparse.ArgumentParser(prog="ui_bench.py child")
        parser.add_argument("what", choices=["start", "signin", "search", "cases", "memory",
                                             "search_sync", "slow_hub"])
        parser.add_argument("--data-dir", type=Path, required=True)
        parser.add_argument("--launched", type=float, default=time.time())
        parser.add_argument("--user", default="admin")
        parser.add_argument("--passphrase", default="")
        parser.add_argument("--keystrokes", type=int, default=100)
        parser.add_argument("--cases", type=int, default=50)
        parser.add_argument("--seed", type=int, default=42)
        parser.add_argument("--hub-delay-ms", type=int, default=HUB_DELAY_MS)
        parser.add_argument("--round-lane", choices=("io", "db"), default="io")
        parser.add_argument("--hub-port", type=int, default=0)
        args = parser.parse_args(argv[1:])
        if args.what == "start":
            child_start(args.data_dir, args.launched)
        elif args.what == "slow_hub":
            child_slow_hub(args.hub_port, args.hub_delay_ms)
        elif args.what == "search_sync":
            child_search_sync(args.data_dir, args.user, args.passphrase, args.keystrokes,
                              args.seed, args.hub_delay_ms, args.round_lane)
        else:
            child_session(args.data_dir, args.user, args.passphrase, args.what,
                          args.keystrokes, args.cases, args.seed)
        # Skip interpreter finalization: PySide6 can crash while collecting Qt wrappers at
        # exit (bool_dealloc), after every figure has been printed.
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(0)


    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--smoke", action="store_true",
                        help="demo store only, a few iterations (about half a minute)")
    parser.add_argument("--stores", default="both", choices=("demo", "100k", "both"),
                        help="which store to measure on (default: both)")
    parser.add_argument("--keystrokes", type=int, default=120)
    parser.add_argument("--cases", type=int, default=60)
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--markdown", type=Path, help="also write the table here")
    args = parser.parse_args(argv)
    sys.path.insert(0, str(BENCH_DIR))
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    wanted = (["demo"] if args.smoke else
              ["demo", "100k"] if args.stores == "both" else [args.stores])
    starts, keystrokes, cases = (1, 6, 3) if args.smoke else (5, args.keystrokes, args.cases)
    interp = interpreter_ms(3 if args.smoke else 9)
    _emit({"name": "interpreter_start", "ms": round(interp, 1)})
    stores: dict[str, dict[str, Any]] = {}
    for label in wanted:
        if label == "demo":
            folder, user = demo_store(), DEMO_USER
        else:
            big = big_store()
            if big is None:
                print("No 100k store cached: run bench/generate.py first.", file=sys.stderr)
                continue
            folder, user = big, BIG_USER
        stores[label] = measure_store(label, folder, user, starts=starts,
                                      keystrokes=keystrokes, cases=cases,
                                      memory_cases=3 if args.smoke else 50, seed=args.seed)
    text = table(interp, stores)
    print(text)
    if args.markdown:
        args.markdown.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
