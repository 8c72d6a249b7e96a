"""Fixtures for the browser tests: one app server and one Chromium for the whole session."""

import pytest

from tests.e2e.harness import launch_browser, serve_app


@pytest.fixture(scope="session")
def base_url():
    with serve_app() as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = launch_browser(playwright)
        yield browser
        browser.close()


@pytest.fixture
def page_in(browser):
    """A fresh page (new context: no shared session) in the given browser language."""
    contexts = []

    def make(locale: str = "es-AR", width: int = 1400, height: int = 1000):
        context = browser.new_context(locale=locale, viewport={"width": width, "height": height})
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()
