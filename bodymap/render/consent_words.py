"""The shipped consent wording in a language (docs/TRANSLATIONS.md): the default consent statement
and the consent items' default wording come from the name tables' `texts` (names_<code>.json), like
the shipped after-care text; a clinic's own wording (what it typed, stored with each consent)
is shown and printed as written. The domain keeps the English (domain.safety.DEFAULT_CONSENT_TEXT,
domain.consent.CONSENT_ITEMS)."""
from __future__ import annotations

from bodymap.domain import consent as dom_consent
from bodymap.domain import safety as dom
from bodymap.render import i18n

STATEMENT_KEY = "default_consent_statement"


def item_key(item_id: str) -> str:
    return f"consent_item_{item_id}"


def _same(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def is_default_statement(text: str) -> bool:
    return _same(text, dom.DEFAULT_CONSENT_TEXT)


def statement(text: str, lang: i18n.Language | None = None) -> str:
    """The consent statement: the shipped default one in lang, a clinic's own as written."""
    if is_default_statement(text):
        return (lang or i18n.current()).name("texts", STATEMENT_KEY, text)
    return text


def item_text(item_id: str, text: str | None = None, lang: i18n.Language | None = None) -> str:
    """A consent item's wording: the shipped default in lang, a clinic's own as written.
    text None: the default wording."""
    default = dom_consent.consent_item(item_id).text
    if text is None or _same(text, default):
        return (lang or i18n.current()).name("texts", item_key(item_id), default)
    return text


def scope(c, lang: i18n.Language | None = None) -> str:
    """A consent's scope ('This visit only', or the course of treatment with its limits) in lang;
    c has scope, valid_until and max_visits. The window, the handout and the consent form say it
    alike (the domain's scope_text stays English for logs and the command line)."""
    lang = lang or i18n.current()
    if dom.ConsentScope(c.scope) is dom.ConsentScope.VISIT:
        return lang.translate("Handout", "This visit only")
    until = lang.date(c.valid_until) if c.valid_until is not None else None
    visits = c.max_visits
    if until and visits is not None:
        text = (lang.translate("ConsentForm", "Course of treatment until {date} or for 1 visit") if visits == 1
                else lang.translate("ConsentForm", "Course of treatment until {date} or for {count} visits"))
    elif until:
        text = lang.translate("ConsentForm", "Course of treatment until {date}")
    elif visits is not None:
        text = (lang.translate("ConsentForm", "Course of treatment for 1 visit") if visits == 1
                else lang.translate("ConsentForm", "Course of treatment for {count} visits"))
    else:
        text = lang.translate("ConsentForm", "Course of treatment")
    return text.format(date=until, count=visits)


def screen_label(label: str, lang: i18n.Language | None = None) -> str:
    """A health-screen question (a stored risk factor's label) in lang, when it is the shipped one."""
    return (lang or i18n.current()).translate("SafetyScreen", label)
