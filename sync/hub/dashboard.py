"""The network dashboard: a web page of the agencies' submitted monthly summaries.

Served by the hub at ``/dashboard`` for the backbone's staff, behind a sign-in for hub
operators (accounts made with ``collabdesk-hub operator add NAME``). It shows only what
agencies submitted — published, de-identified aggregates (``collabdesk.sync.summaries``) —
and sums only figures that were shown: a withheld figure stays ``<5`` and network totals say
how many were left out. The page is rendered on the server (escaped string templates, inline
SVG charts) and loads nothing from anywhere else.

This module holds the routes. Operator accounts, lockout and sessions are in
``operators.py``, the submissions and the figures computed from them in
``network_figures.py``, the pages in ``dashboard_html.py``.
"""

from __future__ import annotations

import hmac
import logging
import secrets
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import Engine, select

from collabdesk.sync.hub import db
from collabdesk.sync.hub.dashboard_html import PREFIX, _login_page, _page, render_dashboard
from collabdesk.sync.hub.network_figures import load_submissions
from collabdesk.sync.hub.operators import (
    CSRF_COOKIE,
    SESSION_COOKIE,
    SESSION_SECONDS,
    OperatorLocked,
    Sessions,
    verify_operator,
)

log = logging.getLogger("collabdesk.hub.dashboard")

_MAX_FORM = 4096

_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'; "
                               "img-src data:; form-action 'self'; frame-ancestors 'none'; "
                               "base-uri 'none'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
    "X-Frame-Options": "DENY",
}


def _html(text: str, status: int = 200) -> HTMLResponse:
    return HTMLResponse(text, status_code=status, headers=_HEADERS)


def _secure(request: Request) -> bool:
    return request.url.scheme == "https"


async def _form(request: Request) -> dict[str, str]:
    body = await request.body()
    if len(body) > _MAX_FORM:
        return {}
    parsed = parse_qs(body.decode("utf-8", "replace"), keep_blank_values=True)
    return {k: v[0] for k, v in parsed.items() if v}


def router(engine: Engine, secret: bytes, clock: Callable[[], float] = time.time) -> APIRouter:
    """The dashboard's routes (not part of the published API description)."""
    sessions = Sessions(engine, secret, clock)
    api = APIRouter(include_in_schema=False)

    def signed_in(request: Request) -> tuple[str, str] | None:
        cookie = request.cookies.get(SESSION_COOKIE)
        name = sessions.check(cookie)
        return None if name is None or cookie is None else (name, cookie)

    def login_form(request: Request, error: str = "", status: int = 200) -> Response:
        token = secrets.token_urlsafe(32)
        response = _html(_login_page(token, error), status)
        response.set_cookie(CSRF_COOKIE, token, httponly=True, samesite="strict",
                            secure=_secure(request), path=PREFIX)
        return response

    @api.get(PREFIX)
    def dashboard(request: Request, month: str | None = None) -> Response:
        who = signed_in(request)
        if who is None:
            return RedirectResponse(f"{PREFIX}/login", status_code=303, headers=_HEADERS)
        name, cookie = who
        with db.read_tx(engine) as conn:
            agencies = {r.id: r.name for r in conn.execute(select(db.agencies.c.id,
                                                                  db.agencies.c.name))}
        body = render_dashboard(load_submissions(engine), month, agencies)
        return _html(_page("CollabDesk network dashboard", body, operator=name,
                           csrf=sessions.csrf_for(cookie)))

    @api.get(PREFIX + "/login")
    def login_get(request: Request) -> Response:
        if signed_in(request) is not None:
            return RedirectResponse(PREFIX, status_code=303, headers=_HEADERS)
        return login_form(request)

    @api.post(PREFIX + "/login")
    async def login_post(request: Request) -> Response:
        form = await _form(request)
        expected = request.cookies.get(CSRF_COOKIE) or ""
        if not expected or not hmac.compare_digest(form.get("csrf", ""), expected):
            return login_form(request, "The sign-in form expired; please try again.", 400)
        try:
            operator = await _threadpool(lambda: verify_operator(
                engine, form.get("name", ""), form.get("password", ""), now=clock()))
        except OperatorLocked as locked:
            log.info("dashboard sign-in locked for %r", form.get("name", "")[:60])
            return login_form(request, f"Too many wrong passwords. Try again in "
                                       f"{int(locked.retry_after) + 1} seconds.", 429)
        if operator is None:
            log.info("dashboard sign-in refused for %r", form.get("name", "")[:60])
            return login_form(request, "Wrong operator name or password.", 401)
        response = RedirectResponse(PREFIX, status_code=303, headers=_HEADERS)
        response.set_cookie(SESSION_COOKIE, sessions.issue(operator), max_age=SESSION_SECONDS,
                            httponly=True, samesite="strict", secure=_secure(request),
                            path=PREFIX)
        response.delete_cookie(CSRF_COOKIE, path=PREFIX)
        return response

    @api.post(PREFIX + "/logout")
    async def logout(request: Request) -> Response:
        form = await _form(request)
        who = await _threadpool(signed_in, request)
        response = RedirectResponse(f"{PREFIX}/login", status_code=303, headers=_HEADERS)
        if who is not None:
            name, cookie = who
            if not hmac.compare_digest(form.get("csrf", ""), sessions.csrf_for(cookie)):
                return _html(_page("Sign out", "<p class=\"error\">The sign-out form "
                                   "expired; go back and try again.</p>"), 400)
            await _threadpool(sessions.end, name)
        response.delete_cookie(SESSION_COOKIE, path=PREFIX)
        return response

    return api


async def _threadpool(fn: Callable[..., Any], *args: Any) -> Any:
    # Password hashing and database reads must not block the event loop.
    from starlette.concurrency import run_in_threadpool

    return await run_in_threadpool(fn, *args)
