"""Sign-in before any page shows data: identity provider, local users, or demo mode.

Which one applies is decided on every run:
- **OIDC** when `.streamlit/secrets.toml` has an `[auth]` section: Streamlit's `st.login`
  signs people in at the organisation's identity provider; their e-mail address (`st.user`)
  must be in the users table, which gives the role.
- **local** when the users table has at least one user: name and password, checked against
  the salted scrypt hash (`store.users`).
- **demo** while the users table is empty (a fresh machine, the sample database): no sign-in,
  everyone acts as coordinator, and the sidebar says so in a clearly labelled banner. Adding the
  first user (`python -m tradeinvest users add ...`) switches sign-in on.

The signed-in `Principal` lives in the session; its role is read again from the users table
on every run, so removing a user or changing a role takes effect at once, and a local
sign-in's token is verified again on every run, so a sign-out in another tab or its expiry
ends it too. Sign-in, failed
sign-in and sign-out are written to the audit log.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import replace

import duckdb
import streamlit as st
from streamlit.navigation.page import StreamlitPage
from streamlit.runtime.scriptrunner import get_script_run_ctx

from tradeinvest import access
from tradeinvest.store import sessions, users
from tradeinvest.texts import t
from tradeinvest.ui import state
from tradeinvest.ui.safe import md

DEMO = access.Principal("demo", access.COORDINATOR, "demo")
_REFUSED_KEY = "auth_oidc_refused"
_TOKEN_KEY, _NEW_TOKEN_KEY, _NEW_TOKEN_AGE_KEY = "auth_token", "auth_new_token", "auth_token_age"
_SIGNED_OUT_KEY, _ENDED_KEY = "auth_signed_out", "auth_ended"

# Pages (by URL path) that need more than "view"; any other page needs "view".
PAGE_ACTIONS = {"uploaden": access.UPLOAD, "instellingen": access.SETTINGS}


def oidc_configured() -> bool:
    """True when secrets.toml has an [auth] section (the identity provider is set up)."""
    try:
        return "auth" in st.secrets
    except Exception:  # no secrets.toml at all: Streamlit raises, which means "not set up"
        return False


def mode(con: duckdb.DuckDBPyConnection) -> str:
    """oidc | local | demo (see the module docstring)."""
    if oidc_configured():
        return "oidc"
    return "local" if users.count(con) else "demo"


def _oidc_email() -> str | None:
    if not st.user.is_logged_in:
        return None
    email = st.user.get("email")
    return users.normalise_name(str(email)) if email else None


def _still_valid(con: duckdb.DuckDBPyConnection, p: access.Principal | None,
                 how: str) -> access.Principal | None:
    """The session's principal with its current role, or None if it no longer holds.

    A local sign-in holds only while its token does (`sessions.verify`, on every run): signed
    out in another tab of the same browser, expired after `session_hours`, or its user changed
    since, the next click shows the sign-in form.
    """
    if p is None or p.via != how:
        return None
    if how == "oidc" and _oidc_email() != p.name:
        return None
    if how == "local" and sessions.verify(con, st.session_state.get(_TOKEN_KEY)) != p.name:
        return None
    role = users.role_of(con, p.name)
    if role is None:
        return None
    return p if role == p.role else replace(p, role=role)


def gate(lang: str, paths: Sequence[str] = ()) -> access.Principal:
    """Return who is signed in, or show the sign-in page and stop the run.

    Call in app.py before anything reads data; pages then use `state.principal()`.
    `paths`: the app's page URL paths. Before sign-in each of them shows the sign-in form, so
    a deep link (/landen?land=DE) gets no "Page not found" and, once signed in, the same run
    request opens that page with the link's filters.
    """
    cur = state.cursor()
    try:
        how = mode(cur)
        if how == "demo":
            _refuse_public_demo(lang)
            st.session_state[state.PRINCIPAL_KEY] = DEMO
            _sidebar(cur, DEMO, lang)
            return DEMO
        p = _still_valid(cur, st.session_state.get(state.PRINCIPAL_KEY), how)
        if p is None and how == "oidc":
            p = _oidc_sign_in(cur)
        if p is None and how == "local":
            p = _from_cookie(cur)
        if p is None:
            if st.session_state.pop(state.PRINCIPAL_KEY, None) is not None:
                st.session_state[_ENDED_KEY] = True  # ended elsewhere: say so on the form
            _sign_in_navigation(lang, paths).run()
            st.stop()
        st.session_state[state.PRINCIPAL_KEY] = p
        _sidebar(cur, p, lang)
        _keep_cookie()
        return p
    finally:
        cur.close()


def _sign_in_navigation(lang: str, paths: Sequence[str]) -> StreamlitPage:
    """The sign-in page at "/" and, hidden, at every page path of the app."""
    title = t("sign_in", lang)
    pages = [st.Page(sign_in_page, title=title, icon=":material/login:", url_path="inloggen",
                     default=True)]
    pages += [st.Page(sign_in_page, title=title, url_path=path, visibility="hidden")
              for path in dict.fromkeys(paths) if path != "inloggen"]
    return st.navigation(pages, position="hidden")


def _cookie_script(value: str, max_age: int) -> None:
    """Set (or with max_age 0 delete) the sign-in cookie in the browser.

    Streamlit has no server API to set a cookie; it reads them (`st.context.cookies`) when a
    browser session starts. A one-line script in the page is the simplest way that needs no
    private server hooks; `value` is a token we made (letters, digits, '-', '_', '.'), never
    user text.
    """
    st.html(f"<script>document.cookie = '{sessions.COOKIE}={value}; Path=/; "
            f"Max-Age={max_age}; SameSite=Strict' + (location.protocol === 'https:' ? "
            "'; Secure' : '');</script>", unsafe_allow_javascript=True)


def _from_cookie(cur: duckdb.DuckDBPyConnection) -> access.Principal | None:
    """The user the browser's sign-in cookie still signs in (not after a sign-out here)."""
    if st.session_state.get(_SIGNED_OUT_KEY):
        return None
    token = st.context.cookies.get(sessions.COOKIE)
    p = users.resume(cur, token)
    if p is not None:
        st.session_state[_TOKEN_KEY] = token
    return p


def _keep_cookie() -> None:
    """Write a freshly issued token into the browser once, on the run after sign-in."""
    token = st.session_state.pop(_NEW_TOKEN_KEY, None)
    if token:
        with st.sidebar:
            _cookie_script(token, st.session_state.pop(_NEW_TOKEN_AGE_KEY, 0))


def _refuse_public_demo(lang: str) -> None:
    """Stop the page when demo mode would serve the network without --demo-public (the last
    user removed while the app listens on a network address; serve.py checks at start)."""
    host = str(st.get_option("server.address") or "")
    if not access.demo_may_serve(host, os.environ.get(access.DEMO_PUBLIC_ENV) == "1"):
        st.error(t("demo_public_refused", lang, host=md(host or "*")))
        st.stop()


def _oidc_sign_in(cur: duckdb.DuckDBPyConnection) -> access.Principal | None:
    """Map a fresh identity-provider sign-in to a role, once per session (audited)."""
    email = _oidc_email()
    if email is None or st.session_state.get(_REFUSED_KEY) == email:
        return None
    p = users.sign_in_oidc(cur, email)
    if p is None:
        st.session_state[_REFUSED_KEY] = email
    return p


def sign_in_page() -> None:
    """The only page before sign-in: a form (local users) or the identity-provider button."""
    lang = st.session_state.get("f_lang", "nl")
    if st.session_state.get(_SIGNED_OUT_KEY):
        _cookie_script("", 0)  # the token is dead already (audited); tidy the browser too
    st.title(t("sign_in", lang))
    st.caption("Trade & Invest Utrecht Region")
    if st.session_state.pop(_ENDED_KEY, False):
        st.info(t("signed_out_elsewhere", lang))
    cur = state.cursor()
    try:
        if mode(cur) == "oidc":
            refused = st.session_state.get(_REFUSED_KEY)
            if refused and refused == _oidc_email():
                st.error(t("oidc_no_role", lang, email=md(refused)))
                st.button(t("sign_out", lang), on_click=st.logout,
                          key="oidc_sign_out")
                return
            st.button(t("oidc_sign_in", lang), on_click=st.login, type="primary",
                      key="oidc_sign_in")
            return
        with st.form("sign_in", clear_on_submit=True):
            name = st.text_input(t("user_name", lang), key="signin_name")
            password = st.text_input(t("password", lang), type="password",
                                     key="signin_password")
            submitted = st.form_submit_button(t("sign_in", lang), type="primary")
        if submitted:
            try:
                p = users.authenticate(cur, name, password, _session_id(),
                                       address=st.context.ip_address)
            except users.SignInLocked as exc:
                st.error(_locked_message(exc.until, lang))
                return
            if p is not None:
                st.session_state[state.PRINCIPAL_KEY] = p
                token = sessions.issue(cur, p.name)
                st.session_state.update({_TOKEN_KEY: token, _NEW_TOKEN_KEY: token,
                                         _NEW_TOKEN_AGE_KEY: int(sessions.hours(cur) * 3600)})
                st.session_state.pop(_SIGNED_OUT_KEY, None)
                st.rerun()
            st.error(t("sign_in_failed", lang))
    finally:
        cur.close()


def _session_id() -> str | None:
    """This browser session's id: the throttle counts failures per session too."""
    ctx = get_script_run_ctx()
    return ctx.session_id if ctx else None


def _locked_message(until: dt.datetime, lang: str) -> str:
    """'Try again after 14:35:12' in the server's local time (`until` is UTC), with the date
    when that is not today."""
    until = until.replace(tzinfo=dt.UTC).astimezone()
    when = f"{until:%H:%M:%S}" if until.date() == dt.date.today() \
        else f"{until:%d-%m-%Y %H:%M:%S}"
    return t("sign_in_locked", lang, when=when)


def _sign_out() -> None:
    p: access.Principal | None = st.session_state.pop(state.PRINCIPAL_KEY, None)
    if p is None:
        return
    cur = state.cursor()
    try:
        users.sign_out(cur, p, st.session_state.pop(_TOKEN_KEY, None))
    finally:
        cur.close()
    st.session_state[_SIGNED_OUT_KEY] = True
    if p.via == "oidc":
        st.logout()


def _sidebar(cur: duckdb.DuckDBPyConnection, p: access.Principal, lang: str) -> None:
    if p.via == "demo":
        st.sidebar.warning(
            f"**{t('demo_label', lang)}**\n\n{t('demo_explained', lang)}")
        return
    st.sidebar.caption(f"{t('signed_in_as', lang)} **{md(p.name)}** · "
                       + access.role_label(p.role, lang))
    st.sidebar.button(t("sign_out", lang), on_click=_sign_out, key="sign_out")


def visible_pages(pages: list[tuple[str, str, str, str]], principal: access.Principal
                  ) -> list[tuple[str, str, str, str]]:
    """The app's (script, title key, icon, url path) entries this role may open."""
    return [page for page in pages
            if access.allowed(principal.role, PAGE_ACTIONS.get(page[3], access.VIEW))]


def out_of_reach(pages: list[tuple[str, str, str, str]], principal: access.Principal,
                 lang: str) -> list[StreamlitPage]:
    """Hidden pages at the paths this role may not open, saying so: a link to one (a
    governor following /uploaden) gets that message, not Streamlit's English "Page not
    found"."""
    return [st.Page(_no_access, title=t("no_access_title", lang), url_path=page[3],
                    visibility="hidden")
            for page in pages if page not in visible_pages(pages, principal)]


def _no_access(lang: str | None = None) -> None:
    lang = lang or st.session_state.get("f_lang", "nl")
    st.error(t("no_access", lang))


def require(action: str, lang: str = "nl") -> access.Principal:
    """Stop the page with a message unless the signed-in role may `action` (second line of
    defence: navigation already hides such pages, `state.write` refuses the change itself)."""
    p = state.principal()
    if p is None or not access.allowed(p.role, action):
        _no_access(lang)
        st.stop()
    return p


def can(action: str) -> bool:
    """Whether the signed-in role may `action`: for pages to hide widgets it cannot use."""
    p = state.principal()
    return p is not None and access.allowed(p.role, action)
