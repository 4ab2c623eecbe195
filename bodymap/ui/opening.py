"""The main window's patients, for whoever signed in.

The start window checks the password on a thread; meanwhile app.py builds the main window with
`prebuilt=True`: its diagrams, canvases, docks and menus, hidden, acting for nobody, with no
patient listed and no watch on the database. Only once the password is verified does open_for
give it the clinician, list the patients and start following other workstations' changes.
A window built the ordinary way (tests, tools) calls it from its constructor."""
from __future__ import annotations


def open_for(window, user) -> None:
    """Everything of the window that shows or follows patient data, for `user` (None: a window
    without sign-in)."""
    from bodymap.ui.clinic_watch import ClinicWatch
    if user is not None:
        window.user = user
        window.service.actor = user
        window._show_user()
    if window.idle is not None:
        window.idle.resume()         # paused while the window waited for the password check
    window._update_actions()
    window.operations.run(window.patients.refresh_patients)
    window.clinic_watch = ClinicWatch(window)       # other workstations' changes (ui/clinic_watch.py)


def prepare(window) -> None:
    """A window built during the password check: no idle lock while nobody has signed in."""
    if window.idle is not None:
        window.idle.pause()
