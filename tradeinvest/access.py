"""Who may do what: the role → action matrix, and the one guard every data change passes.

Three roles (issue "Access, privacy and the governors' quarterly report"):
- coordinator: everything, including upload, undo and settings;
- team: all views including contact-person details, and reports;
- governor: all views and reports, but no contact-person details and no data changes.

The app routes every data change through `perform` (via `ui.state.write`), so a refused
action is refused on the server even when a page shows a widget by mistake. Pages also hide
what a role cannot do, but that is convenience, not the control.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, TypeVar

from tradeinvest.texts import t

if TYPE_CHECKING:  # the command line's --help reads ROLES without loading the database library
    import duckdb

T = TypeVar("T")

COORDINATOR, TEAM, GOVERNOR = "coordinator", "team", "governor"
ROLES = (COORDINATOR, TEAM, GOVERNOR)  # their names: catalogue keys role_<code>

# Actions. "change" is any data change not registered below: coordinator only, so a new
# store function is safe by default until it is given its own action.
VIEW, VIEW_CONTACTS, REPORT = "view", "view_contacts", "report"
UPLOAD, UNDO, SETTINGS, CHANGE = "upload", "undo", "settings", "change"
ERASE, MANAGE_USERS = "erase", "manage_users"
SCORE = "score"  # score opportunities on the yardstick, record decisions and links
ACTIONS = (VIEW, VIEW_CONTACTS, REPORT, UPLOAD, UNDO, SETTINGS, CHANGE, ERASE, MANAGE_USERS,
           SCORE)

MATRIX: dict[str, frozenset[str]] = {
    COORDINATOR: frozenset(ACTIONS),
    TEAM: frozenset({VIEW, VIEW_CONTACTS, REPORT, SCORE}),
    GOVERNOR: frozenset({VIEW, REPORT}),
}

# Data-changing functions (module.qualname) and the action each one is.
_WRITE_ACTIONS: dict[str, str] = {
    "tradeinvest.loading.uploads.load_upload": UPLOAD,
    "tradeinvest.loading.uploads.undo_upload": UNDO,
    "tradeinvest.loading.settings.replace_reference": SETTINGS,
    "tradeinvest.loading.settings.update_settings": SETTINGS,
    "tradeinvest.loading.settings.apply_target_path": SETTINGS,
    "tradeinvest.store.reference.set_target": SETTINGS,
    "tradeinvest.store.reference.set_setting": SETTINGS,
    "tradeinvest.loading.yardstick.add_opportunity": SCORE,
    "tradeinvest.loading.yardstick.update_opportunities": SCORE,
    "tradeinvest.loading.yardstick.set_yardstick_weights": SETTINGS,
}



class AccessDenied(PermissionError):
    """A role tried an action it does not have. `str()` is Dutch (the command line's language)
    and safe to show; a page shows `text(lang)` in its own language."""

    def __init__(self, role: str | None, action: str) -> None:
        self.role, self.action = role, action
        super().__init__(self.text("nl"))

    def text(self, lang: str = "nl") -> str:
        who = (t("access_not_signed_in", lang) if self.role is None
               else t("access_as_role", lang, role=role_label(self.role, lang)))
        return t("access_refused", lang, who=who, action=action_label(self.action, lang))


@dataclass(frozen=True)
class Principal:
    """Who is acting: the name that goes into the audit log, the role, and how they signed in
    (local | oidc | demo | cli)."""

    name: str
    role: str
    via: str = "local"


def allowed(role: str | None, action: str) -> bool:
    """True when `role` may perform `action`; unknown roles and actions are refused."""
    return action in MATRIX.get(role or "", frozenset())


def role_label(role: str, lang: str = "nl") -> str:
    """A role's name in `lang`; an unknown role (an old database row) as its code."""
    return t(f"role_{role}", lang) if role in ROLES else role


def action_label(action: str, lang: str = "nl") -> str:
    """What an action does, in `lang`; an unknown action as its code."""
    return t(f"action_{action}", lang) if action in ACTIONS else action


def register(fn: Callable[..., Any] | str, action: str) -> None:
    """Give a data-changing function its own action (default for unregistered ones: CHANGE)."""
    if action not in ACTIONS:
        raise ValueError(f"unknown action {action!r}")
    name = fn if isinstance(fn, str) else f"{fn.__module__}.{fn.__qualname__}"
    _WRITE_ACTIONS[name] = action


def action_of(fn: Callable[..., Any]) -> str:
    """The action a data-changing function performs."""
    return _WRITE_ACTIONS.get(f"{fn.__module__}.{fn.__qualname__}", CHANGE)


def require(principal: Principal | None, action: str) -> None:
    """Raise AccessDenied unless `principal` may perform `action`."""
    if principal is None or not allowed(principal.role, action):
        raise AccessDenied(None if principal is None else principal.role, action)


def is_loopback(host: str) -> bool:
    """True when `host` is reachable from this machine only (127.x, ::1, localhost)."""
    name = host.strip().strip("[]").lower()
    if name == "localhost":
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:  # another host name, or a unix socket: not known to be loopback
        return False


def demo_may_serve(host: str, demo_public: bool) -> bool:
    """Demo mode makes everyone coordinator, so it serves the network only when asked for."""
    return demo_public or is_loopback(host)


DEMO_PUBLIC_ENV = "TRADEINVEST_DEMO_PUBLIC"  # "1": serve.py was started with --demo-public


# Writes one line to the audit log: (connection, who, action, detail), e.g. store.reference.audit.
AuditWriter = Callable[["duckdb.DuckDBPyConnection", str, str, str], None]


def perform(con: duckdb.DuckDBPyConnection, principal: Principal | None,
            fn: Callable[..., T], *args: Any, audit: AuditWriter, **kwargs: Any) -> T:
    """Run data change `fn(con, *args, **kwargs)` if `principal`'s role allows its action.

    A refusal is written with `audit` (who, which action; handed in by the caller, as this
    floor module knows no store) and raises AccessDenied; nothing of `fn` runs then.
    """
    action = action_of(fn)
    try:
        require(principal, action)
    except AccessDenied:
        who = principal.name if principal else "anoniem"
        role = principal.role if principal else "-"
        audit(con, who, "refused", f"{action} geweigerd (rol {role})")
        raise
    return fn(con, *args, **kwargs)
