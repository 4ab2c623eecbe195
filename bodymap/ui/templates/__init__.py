"""Clinic diagrams in the window: import + calibrate, and choose the diagram a view shows.

Menu wiring (MainWindow):
    File > "Import clinic diagram…"  -> open_import(self, services.templates, workspace, operations)
    View > "Use clinic diagram…"     -> choose_template(self, services.templates, workspace, operations)
Service calls outside the dialogs go through the window's Operations runner (errors reported there).
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog


def _current_view(workspace) -> str:
    return workspace.current_canvas().chart_scene.view_id


def use_on_workspace(workspace, template) -> None:
    """Show a calibrated template (with its image) on its view's canvas, or None for the line
    art on the current view."""
    view_id = template.view_id if template is not None else _current_view(workspace)
    canvas = workspace.canvas(view_id)
    canvas.tool.cancel()
    canvas.chart_scene.use_template(template)
    workspace.show_view(view_id)
    canvas.fit()


def _calibrate(parent, service, workspace, template_id: int):
    """Open the calibration of a template; on Save show it on the canvas. Returns the template
    (with its image) or None when cancelled."""
    from bodymap.ui.templates.import_dialog import CalibrationDialog

    template = service.get(template_id)
    dialog = CalibrationDialog(template, service, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    template = service.get(template_id)
    use_on_workspace(workspace, template)
    workspace.notify(QCoreApplication.translate("ClinicDiagrams", "Charting on the clinic diagram “{name}”.").format(
        name=template.name))
    return template


def open_import(parent, templates_service, workspace, operations):
    """File > Import clinic diagram…: choose the image and view, then calibrate it. Returns the
    template in use, or None (cancelled, or imported but not calibrated yet)."""
    from bodymap.ui.templates.import_dialog import ImportDialog

    dialog = ImportDialog(templates_service, _current_view(workspace), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.record is None:
        return None
    record = dialog.record
    template = operations.run(_calibrate, parent, templates_service, workspace, record.id)
    if template is None:
        workspace.notify(QCoreApplication.translate("ClinicDiagrams", "“{name}” was imported but is not calibrated yet: "
                                                    "calibrate it from View > Use clinic diagram….").format(name=record.name))
    return template


def choose_template(parent, templates_service, workspace, operations, view_id: str | None = None):
    """View > Use clinic diagram…: the line art or one of the clinic's diagrams for view_id
    (default: the current view). Returns the template now in use, or None."""
    from bodymap.ui.templates.choose_dialog import ChooseTemplateDialog

    view_id = view_id or _current_view(workspace)
    scene = workspace.canvas(view_id).chart_scene
    current = scene.template.id if scene.template is not None else None
    dialog = ChooseTemplateDialog(templates_service, view_id, current, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return scene.template
    if dialog.choice is None:
        workspace.show_view(view_id)
        use_on_workspace(workspace, None)
        return None
    if dialog.calibrate_requested:
        return operations.run(_calibrate, parent, templates_service, workspace, dialog.choice)
    template = operations.run(templates_service.get, dialog.choice)
    if template is not None:
        operations.run(use_on_workspace, workspace, template)
    return template
