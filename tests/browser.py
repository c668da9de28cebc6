"""Browser tests against a real `streamlit run`, in Debian's Chromium driven by Playwright.

AppTest runs no browser, so anything drawn by JavaScript (Plotly, maps) needs this. We never
download a browser: Playwright launches /usr/bin/chromium, and tests skip (with a reason) when
it is absent. Each server gets a free port and its own DuckDB file via $TRADEINVEST_DB, and is
always terminated, also when a test fails.

Fixtures ``streamlit_app`` (a factory) and ``chromium_browser`` (one per session) become
available with ``pytest_plugins = ["tests.browser"]`` in tests/conftest.py (or in a test
module; don't ``from tests.browser import`` them, pytest could not assert-rewrite it then)::

    def test_x(streamlit_app):
        app = streamlit_app("app.py")  # off-host requests aborted and listed in app.blocked
        app.page.get_by_text("Upload").click()
        wait_for_app(app.page)
        assert not app.blocked

Or the context managers directly: ``with streamlit_page(script, tmp_path) as app: ...``.
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.error
import urllib.request
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "[::1]", "::1"})
ARTIFACTS = REPO_ROOT / "test-artifacts"  # git-ignored; CI can upload it
SERVER_START_TIMEOUT_S = 90.0  # generous: the first start imports pandas/plotly on 2 cores
POLL_S = 0.2  # between health checks (a refused connection answers at once)
APP_TIMEOUT_MS = 60_000


def require_chromium() -> None:
    """Skip the calling test when Debian's Chromium is not installed (we never download one)."""
    if not CHROMIUM.exists():
        pytest.skip(f"{CHROMIUM} not installed (apt-get install chromium); browser test skipped")


def free_port() -> int:
    """A port nothing listens on now, so parallel runs and a running `make run` don't clash."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@dataclass
class StreamlitServer:
    """A running `streamlit run`; ``log`` holds its stdout+stderr for failure messages."""

    url: str
    process: subprocess.Popen[bytes]
    log: Path

    def output(self) -> str:
        return self.log.read_text(encoding="utf-8", errors="replace")


def _stage_script(script: Path, static_dir: Path, workdir: Path) -> Path:
    """Copy `script` into `workdir` beside a `static` link to `static_dir`.

    Streamlit serves /app/static/ from the folder next to the *entrypoint*, so a test app under
    tests/apps/ would not see the repository's static/ otherwise.
    """
    staged = workdir / script.name
    shutil.copy2(script, staged)
    (workdir / "static").symlink_to(static_dir.resolve(), target_is_directory=True)
    return staged


def _stop(process: subprocess.Popen[bytes]) -> None:
    """SIGTERM the server's process group, SIGKILL if it lingers: no orphaned servers."""
    if process.poll() is not None:
        return
    try:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait(timeout=10)
    except ProcessLookupError:
        pass


@contextmanager
def streamlit_server(
    script: str | Path,
    db_path: str | Path,
    *,
    static_dir: str | Path | None = None,
    env: dict[str, str] | None = None,
    args: list[str] | None = None,
) -> Iterator[StreamlitServer]:
    """Run `script` as `make run` does (`streamlit run` through `tradeinvest.serve`) on a free
    port until the block exits; yield when healthy.

    `static_dir`: serve this folder at /app/static/ although the script lives elsewhere (the
    script then runs from a temp copy, with the repository on PYTHONPATH and as cwd).
    """
    script = REPO_ROOT / script  # relative paths are from the repository root
    port = free_port()
    with ExitStack() as stack:
        workdir = Path(stack.enter_context(tempfile.TemporaryDirectory(prefix="st-app-")))
        if static_dir is not None:
            static = (REPO_ROOT / static_dir).resolve()
            if (script.parent / "static").resolve() != static:
                script = _stage_script(script, static, workdir)
        log = workdir / "server.log"
        run_env = {
            **os.environ,
            "TRADEINVEST_DB": str(db_path),
            "PYTHONPATH": os.pathsep.join(
                p for p in (str(REPO_ROOT), os.environ.get("PYTHONPATH", "")) if p
            ),
            "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false",
            **(env or {}),
        }
        cmd = [
            sys.executable, "-m", "tradeinvest.serve", str(script),  # as `make run` does
            "--server.headless", "true",
            "--server.port", str(port),
            "--server.address", "127.0.0.1",
            "--server.fileWatcherType", "none",
            *(args or []),
        ]  # fmt: skip
        with log.open("wb") as log_file:
            process = subprocess.Popen(
                cmd,
                cwd=REPO_ROOT,  # so .streamlit/config.toml (static serving, theme) applies
                env=run_env,
                stdout=log_file,
                stderr=subprocess.STDOUT,
                start_new_session=True,  # own process group: _stop reaches its children too
            )
        stack.callback(_stop, process)
        server = StreamlitServer(url=f"http://127.0.0.1:{port}", process=process, log=log)
        _wait_healthy(server)
        yield server


_NO_PROXY = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # a CI http_proxy


def _wait_healthy(server: StreamlitServer) -> None:
    """Poll /_stcore/health until it answers "ok"; fail with the server log if it never does."""
    for _ in range(round(SERVER_START_TIMEOUT_S / POLL_S)):  # a wait, never a speed check
        if server.process.poll() is not None:
            pytest.fail(f"streamlit exited with {server.process.returncode}:\n{server.output()}")
        try:
            with _NO_PROXY.open(f"{server.url}/_stcore/health", timeout=2) as resp:
                if resp.read().decode().strip() == "ok":
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(POLL_S)
    pytest.fail(f"streamlit not healthy after {SERVER_START_TIMEOUT_S:.0f}s:\n{server.output()}")


@contextmanager
def chromium() -> Iterator[Any]:
    """A headless Debian Chromium (playwright ``Browser``); skips the test if it is missing."""
    require_chromium()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        try:
            yield browser
        finally:
            browser.close()


@dataclass
class AppPage:
    """A browser page on a running app. ``blocked``: URLs of off-host requests we aborted."""

    page: Any  # playwright.sync_api.Page; Any keeps playwright an import-time-optional dep
    server: StreamlitServer
    blocked: list[str] = field(default_factory=list)

    def goto(self, path: str = "/") -> None:
        """Open `path` on the app and wait until its script has finished running."""
        self.page.goto(self.server.url + path)
        wait_for_app(self.page)

    def screenshot(self, name: str, selector: str | None = None, **kwargs: Any) -> Path:
        """Save the page (or the element at `selector`) as `name` in test-artifacts/ (or
        `folder=`)."""
        target = self.page.locator(selector).first if selector else self.page
        return screenshot(target, name, **kwargs)


def block_external_requests(page: Any, blocked: list[str]) -> None:
    """Abort every request that leaves 127.0.0.1 and note its URL in `blocked`.

    Simulates the offline government network even on a machine with internet, and the list
    shows what the page *tried* to fetch (e.g. the plotly CDN).
    """

    def handle(route: Any) -> None:
        url = route.request.url
        if urlsplit(url).hostname in LOCAL_HOSTS:
            route.continue_()
        else:
            blocked.append(url)
            route.abort("internetdisconnected")

    page.route("**/*", handle)


def wait_for_app(page: Any, timeout_ms: int = APP_TIMEOUT_MS) -> None:
    """Wait until the app is connected, its script run has finished and the spinner is gone."""
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-connection-state="CONNECTED"]', timeout=timeout_ms
    )
    page.wait_for_selector(
        '[data-testid="stApp"][data-test-script-state="notRunning"]', timeout=timeout_ms
    )
    page.wait_for_selector('[data-testid="stStatusWidget"]', state="detached", timeout=timeout_ms)
    # A fresh session reports "notRunning" before its first run starts: also wait until no
    # placeholder or stale element is left and every Plotly chart has drawn its SVG.
    page.wait_for_function(_SETTLED, timeout=timeout_ms)


_SETTLED = """() => {
    const main = document.querySelector('[data-testid="stMain"]');
    if (!main || !main.querySelector('[data-testid="stElementContainer"]')) return false;
    if (document.querySelector('[data-testid="stSkeleton"], [data-stale="true"]')) return false;
    return [...document.querySelectorAll('[data-testid="stPlotlyChart"]')]
        .every(chart => chart.querySelector('.main-svg'));
}"""


@contextmanager
def streamlit_page(
    script: str | Path,
    tmp_path: Path,
    *,
    path: str = "/",
    block_external: bool = True,
    browser: Any | None = None,
    viewport: tuple[int, int] = (1280, 900),
    **server_kwargs: Any,
) -> Iterator[AppPage]:
    """Server + browser page on `script`, opened at `path` and waited for; all torn down after.

    Skips when Chromium is absent *before* starting the server. Pass `browser` to reuse one.
    """
    require_chromium()
    with ExitStack() as stack:
        if browser is None:
            browser = stack.enter_context(chromium())
        server = stack.enter_context(
            streamlit_server(script, tmp_path / "tradeinvest.duckdb", **server_kwargs)
        )
        context = browser.new_context(viewport={"width": viewport[0], "height": viewport[1]})
        stack.callback(context.close)
        app = AppPage(page=context.new_page(), server=server)
        if block_external:
            block_external_requests(app.page, app.blocked)
        app.goto(path)
        yield app


def screenshot(target: Any, name: str, folder: Path = ARTIFACTS, **kwargs: Any) -> Path:
    """Save a PNG of a page or locator as `folder`/`name` (default test-artifacts/, which
    humans look at and CI uploads; a test's tmp_path keeps many out of the way); return it."""
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / name
    target.screenshot(path=str(out), **kwargs)
    return out


# Widgets that enter or send data (data editors draw the same grid as tables: AppTest's
# tests/test_role_widgets.py tells them apart). Download buttons are reports, not input.
INPUT_WIDGETS = ("stButton", "stFormSubmitButton", "stFileUploader", "stTextInput",
                 "stTextArea", "stNumberInput", "stDateInput", "stTimeInput", "stForm",
                 "stChatInput", "stColorPicker", "stCameraInput", "stAudioInput")


def input_widgets(page: Any) -> list[str]:
    """data-testids of the input widgets in the page's main area (not the sidebar's filters
    and sign-out), once per element."""
    found = page.locator('[data-testid="stMain"]').locator(
        ", ".join(f'[data-testid="{kind}"]' for kind in INPUT_WIDGETS))
    return [found.nth(i).get_attribute("data-testid") for i in range(found.count())]


# --- pytest fixtures (register with `pytest_plugins = ["tests.browser"]` in conftest.py) -----


@pytest.fixture(scope="session")
def chromium_browser() -> Iterator[Any]:
    """One Chromium for the whole session: launching costs more than a fresh context."""
    with chromium() as browser:
        yield browser


@pytest.fixture
def streamlit_app(chromium_browser: Any, tmp_path: Path) -> Iterator[Callable[..., AppPage]]:
    """Factory: ``streamlit_app(script, **kwargs) -> AppPage`` (see `streamlit_page`).

    Everything it started is stopped at teardown, even if the test failed.
    """
    with ExitStack() as stack:
        started = 0

        def start(script: str | Path, **kwargs: Any) -> AppPage:
            nonlocal started
            started += 1  # each server its own DuckDB file: two could not share the lock
            workdir = tmp_path / f"app{started}"
            workdir.mkdir()
            kwargs.setdefault("browser", chromium_browser)
            return stack.enter_context(streamlit_page(script, workdir, **kwargs))

        yield start
