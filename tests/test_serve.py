"""The listening address: loopback by default (`make run` checked in a subprocess), and demo
mode refused on a network address unless --demo-public. No traffic ever goes to a non-loopback
address: the listening socket is read from /proc/net, and refusals happen before binding."""

from __future__ import annotations

import ipaddress
import os
import subprocess
import sys
from pathlib import Path

import pytest
from streamlit import config as st_config
from streamlit.testing.v1 import AppTest

from tests.browser import REPO_ROOT, StreamlitServer, _stop, _wait_healthy, free_port
from tradeinvest import access, serve
from tradeinvest.store import db, users


def _listening(port: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Local addresses of the sockets listening on TCP `port`, from /proc/net/tcp and tcp6."""
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        if not Path(table).exists():
            continue
        for line in Path(table).read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state != "0A" or int(hex_port, 16) != port:  # 0A: LISTEN
                continue
            raw = bytes.fromhex(address)  # 32-bit words in host (little-endian) order
            packed = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
            found.append(ipaddress.ip_address(packed))
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc/net")
def test_make_run_listens_on_loopback_only(tmp_path: Path) -> None:
    port = free_port()
    log = tmp_path / "server.log"
    env = {**os.environ, "TRADEINVEST_DB": str(tmp_path / "t.duckdb"),
           "STREAMLIT_BROWSER_GATHER_USAGE_STATS": "false"}
    # `-o .venv/.installed`: use the venv as it is (make would otherwise reinstall it when
    # requirements.txt is newer); the command run is `make run`'s own.
    with log.open("wb") as out:
        process = subprocess.Popen(
            ["make", "-o", ".venv/.installed", "run", f"PORT={port}",
             f"PY={sys.executable}"], cwd=REPO_ROOT, env=env, stdout=out,
            stderr=subprocess.STDOUT, start_new_session=True)
    try:
        _wait_healthy(StreamlitServer(f"http://127.0.0.1:{port}", process, log))
        addresses = _listening(port)
        assert addresses, log.read_text()
        assert all(a.is_loopback for a in addresses), addresses
        assert "Network URL" not in log.read_text()
    finally:
        _stop(process)


@pytest.mark.parametrize(("host", "loopback"), [
    ("127.0.0.1", True), ("localhost", True), ("::1", True), ("[::1]", True),
    ("127.0.1.1", True), ("0.0.0.0", False), ("::", False), ("192.168.1.20", False),
    ("app.example.org", False), ("", False)])
@pytest.mark.parametrize("demo_public", [False, True])
@pytest.mark.parametrize("user_count", [0, 1])
def test_demo_mode_on_a_network_address_needs_demo_public(host, loopback, demo_public,
                                                          user_count) -> None:
    refused = serve.refusal(host, demo_public, user_count)
    assert (refused is not None) == (not loopback and not demo_public and not user_count)
    if refused:
        assert "--demo-public" in refused and "Geweigerd" in refused and "Refused" in refused
        assert "\n" not in refused


def test_the_host_is_parsed_and_defaults_to_loopback() -> None:
    assert serve.parse(["--server.port", "1"]) == ("127.0.0.1", False, ["--server.port", "1"])
    assert serve.parse(["--host", "0.0.0.0", "--demo-public"])[:2] == ("0.0.0.0", True)
    assert serve.parse(["--server.address", "10.0.0.1"])[0] == "10.0.0.1"


def test_a_public_demo_start_exits_before_listening(tmp_path: Path) -> None:
    env = {**os.environ, "TRADEINVEST_DB": str(tmp_path / "empty.duckdb")}
    done = subprocess.run([sys.executable, "-m", "tradeinvest.serve", "app.py", "--host",
                           "0.0.0.0", "--server.port", str(free_port())], cwd=REPO_ROOT,
                          env=env, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        serve.refusal("0.0.0.0", False, 0)]
    assert not (tmp_path / "empty.duckdb").exists()  # nothing created either


def test_users_are_counted_read_only(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "u.duckdb"
    monkeypatch.setenv("TRADEINVEST_DB", str(path))
    assert serve.users_in_database() == 0
    con = db.connect(path)
    users.add_user(con, "anna", access.COORDINATOR, "a long password", "test")
    con.close()
    assert serve.users_in_database() == 1


def test_the_app_refuses_demo_mode_on_a_network_address(app_db, monkeypatch) -> None:
    """The last user removed while the app listens on the network: demo stops at the gate."""
    before = st_config.get_option("server.address")
    st_config.set_option("server.address", "0.0.0.0")
    try:
        at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120).run()
        assert "--demo-public" in at.error[0].value and not at.metric
        monkeypatch.setenv(access.DEMO_PUBLIC_ENV, "1")
        at = AppTest.from_file(str(REPO_ROOT / "app.py"), default_timeout=120).run()
        # the Overview serves (a red banner of a missed year is a figure, not the refusal)
        assert not [e for e in at.error if "--demo-public" in e.value] and at.metric
    finally:
        st_config.set_option("server.address", before)
