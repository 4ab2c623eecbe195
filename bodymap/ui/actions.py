"""The window's commands as a table: text, shortcut, slot, the menu they sit in and when they apply.

MainWindow builds its actions, menus and tool bar from these tables (one loop each), and enables
every action from one set of conditions, so adding a command is one line here plus its slot.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

Key = str | QKeySequence.StandardKey | Qt.Key


@dataclass(frozen=True)
class Command:
    name: str                      # key in MainWindow.actions
    text: str
    slot: str                      # MainWindow method (or feature.method) called when triggered
    keys: tuple[Key, ...] = ()
    tip: str = ""
    # when it can be used: always | patient | chart | editable | signed | admin | signed_in_admin
    when: str = "always"
    needs_accounts: bool = False   # only in a window with sign-in (the Clinician menu)


STD = QKeySequence.StandardKey

COMMANDS: tuple[Command, ...] = (
    Command("new_patient", "New patient…", "new_patient", ("Ctrl+N",)),
    Command("edit_patient", "Edit patient…", "edit_patient", when="patient"),
    Command("new_visit", "New visit…", "new_visit", ("Ctrl+Shift+N",), when="patient"),
    Command("edit_visit", "Visit details…", "edit_visit", when="editable"),
    Command("sign", "Sign visit…", "sign_visit", when="editable"),
    Command("addendum", "Add addendum…", "add_addendum", when="signed"),
    Command("history", "History (audit trail)…", "show_history", when="chart"),
    Command("print", "Print…", "exports.print_visit", (STD.Print,), when="chart"),
    Command("pdf", "Export PDF…", "exports.export_pdf", ("Ctrl+Shift+E",), when="chart"),
    Command("export", "Export visit…", "exports.export_visit", ("Ctrl+E",),
            "PDF, PNG, CSV, JSON or FHIR of the open visit", when="chart"),
    Command("batch", "Export handouts…", "exports.batch_export"),
    Command("import", "Import…", "exports.import_file"),
    Command("exports.page_setup", "Page setup…", "exports.page_setup"),
    # clinic settings and clinic diagrams are the administrator's (anyone, without accounts)
    Command("clinic", "Clinic settings…", "exports.edit_clinic", when="admin"),
    Command("import_diagram", "Import clinic diagram…", "import_diagram", when="admin"),
    Command("use_diagram", "Use clinic diagram…", "use_diagram"),
    Command("delete", "Delete", "delete_selected", (STD.Delete, Qt.Key.Key_Backspace), when="editable"),
    Command("backup_now", "Back up now", "backups.back_up_now", tip="A dated copy of the database in its backup folder"),
    Command("backup_folder", "Backups on another disk…", "backups.choose_second_folder",
            tip="A USB disk or network folder that receives a copy of every backup"),
    Command("restore_backup", "Restore from a backup…", "backups.restore", when="admin"),
    Command("quit", "Quit", "close", (STD.Quit,)),
    Command("zoom_in", "Zoom in", "zoom_in", (STD.ZoomIn,)),
    Command("zoom_out", "Zoom out", "zoom_out", (STD.ZoomOut,)),
    Command("fit", "Fit to window", "fit_view", ("F",)),
    Command("compare", "Compare visits…", "open_compare", when="patient"),
    Command("trends", "Progress chart…", "open_trends", when="patient"),
    Command("heatmap", "Clinic pain map…", "open_heatmap"),
    Command("reset_layout", "Reset layout", "reset_layout", tip="Put the panels back where they start"),
    Command("lock", "Lock screen", "lock", ("Ctrl+L",), needs_accounts=True),
    Command("switch", "Switch clinician…", "lock", needs_accounts=True),
    Command("accounts", "Accounts and security…", "manage_accounts", when="signed_in_admin",
            needs_accounts=True),
    Command("open_data_folder", "Open data folder", "help.open_data_folder",
            tip="The folder of the database and its backups"),
    Command("open_log_folder", "Open log folder", "help.open_log_folder", tip="bodymap's log files and crash reports"),
    Command("user_guide", "User guide", "help.user_guide", (STD.HelpContents,)),
    Command("shortcuts", "Keyboard shortcuts", "help.shortcuts"),
    Command("about", "About bodymap", "help.about"),
)

# Menus in order; None is a separator. "undo"/"redo" come from the undo stack; the View and
# Tools menus also list the views, layers and drawing tools, which MainWindow adds.
MENUS: tuple[tuple[str, tuple[str | None, ...]], ...] = (
    ("&File", ("new_patient", "edit_patient", None, "new_visit", None, "import_diagram", None, "exports.page_setup",
               "print", "pdf", None, "export", "batch", "import", None, "backup_now",
               "backup_folder", "restore_backup", None, "quit")),
    ("&Edit", ("undo", "redo", None, "delete", None, "clinic")),
    ("&Visit", ("edit_visit", "sign", "addendum", None, "history")),
    ("&Progress", ("compare", "trends", None, "heatmap")),
    ("&View", ("use_diagram", None, "zoom_in", "zoom_out", "fit")),
    ("&Tools", ()),
    ("&Clinician", ("lock", "switch", None, "accounts")),
    ("&Help", ("user_guide", "shortcuts", None, "open_data_folder", "open_log_folder", None, "about")),
)

# After the drawing tools on the tool bar.
TOOLBAR: tuple[str | None, ...] = (None, "undo", "redo", "delete", None, "zoom_in", "zoom_out", "fit", None,
                                   "print", "sign")

LAYERS: tuple[tuple[str, str, str | None], ...] = (
    ("outline", "Outline", None), ("regions", "Surface regions", "Ctrl+1"),
    ("muscles", "Muscles (superficial)", "Ctrl+2"), ("deep", "Deep muscles", "Ctrl+3"),
    ("fibres", "Muscle fibre direction", "Ctrl+6"),
    ("landmarks", "Landmarks", "Ctrl+4"), ("names", "Muscle and region names", "Ctrl+5"),
    ("labels", "Labels", None))


def key_sequences(keys: tuple[Key, ...]) -> list[QKeySequence]:
    return [QKeySequence(key) for key in keys]
