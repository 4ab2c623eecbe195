"""Fingers on the canvas: one finger works the current tool as the mouse does, two fingers pan and
pinch-zoom, a resting palm and any touch while a pen is near do nothing.

One finger acts only once it moves past the drag distance or lifts (a tap), so two fingers that
land a moment apart to zoom never place a mark first. A contact whose ellipse is wider than
PALM_MM is a palm (or the side of a hand) for as long as it stays down; a finger that spreads to
that size while drawing drops its stroke. Positions come from each point's global position,
mapped onto the viewport.
"""
from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QEventPoint, QMouseEvent
from PySide6.QtWidgets import QApplication, QGraphicsView

PALM_MM = 20.0       # a fingertip's contact is about 8-12 mm across; a palm's several centimetres
TE = QEvent.Type
LEFT = Qt.MouseButton.LeftButton
PENDING, DRAWING, GESTURE, IGNORED = "pending", "drawing", "gesture", "ignored"


class TouchInput:
    def __init__(self, canvas, proximity):
        self.canvas = canvas
        self.proximity = proximity
        self.palms: set[int] = set()
        self.fingers: dict[int, QPointF] = {}      # id -> where it is now (viewport pixels)
        self.mode: str | None = None
        self._finger: int | None = None            # the one finger that works the tool
        self._start = QPointF()
        self._device = None

    # touch events -------------------------------------------------------------------------
    def handle(self, event) -> None:
        kind = event.type()
        self._device = event.pointingDevice()
        if kind == TE.TouchCancel:
            self.cancel()
            self._reset()
            return
        if self.proximity.near() and self.mode != IGNORED:
            self.cancel()                      # the pen came: what a finger began is dropped
            self.mode = IGNORED
        viewport = self.canvas.viewport()
        before = dict(self.fingers)
        for point in event.points():
            pid, state = point.id(), point.state()
            at = viewport.mapFromGlobal(point.globalPosition())
            if state == QEventPoint.State.Released:
                self.palms.discard(pid)
                self.fingers.pop(pid, None)
                if pid == self._finger:
                    self._finger_up(at)
                continue
            if pid in self.palms:
                continue
            if self._is_palm(point):
                self.palms.add(pid)
                self.fingers.pop(pid, None)
                if pid == self._finger:        # the drawing finger spread into a palm
                    self.cancel()
                    self.mode = IGNORED
                continue
            self.fingers[pid] = at
        if self.mode != IGNORED:
            self._act(before)
        if kind == TE.TouchEnd or (not self.fingers and not self.palms):
            self._reset()

    def _act(self, before: dict[int, QPointF]) -> None:
        if len(self.fingers) >= 2 and self.mode != GESTURE:
            self.cancel()                      # a second finger: a pinch or pan, never a mark
            self.mode = GESTURE
            return
        if self.mode == GESTURE:
            self._pinch(before)
            return
        if self.mode is None and len(self.fingers) == 1:
            self._finger, self._start = next(iter(self.fingers.items()))
            self.mode = PENDING
            return
        if self._finger not in self.fingers:
            return
        at = self.fingers[self._finger]
        if self.mode == PENDING and (at - self._start).manhattanLength() > QApplication.startDragDistance():
            self.mode = DRAWING
            self.canvas.mousePressEvent(self._mouse(TE.MouseButtonPress, self._start, LEFT))
        if self.mode == DRAWING:
            self.canvas.mouseMoveEvent(self._mouse(TE.MouseMove, at, LEFT))

    def _finger_up(self, at: QPointF) -> None:
        if self.mode == PENDING:               # a tap: a click where the finger landed
            self.canvas.mousePressEvent(self._mouse(TE.MouseButtonPress, self._start, LEFT))
            self.canvas.mouseReleaseEvent(self._mouse(TE.MouseButtonRelease, self._start, Qt.MouseButton.NoButton))
        elif self.mode == DRAWING:
            self.canvas.mouseReleaseEvent(self._mouse(TE.MouseButtonRelease, at, Qt.MouseButton.NoButton))
        self._finger = None
        if self.mode in (PENDING, DRAWING):
            self.mode = None

    def _pinch(self, before: dict[int, QPointF]) -> None:
        """The first two fingers: their spread zooms, their midpoint pans; the scene point under the
        midpoint stays under it."""
        ids = sorted(i for i in self.fingers if i in before)[:2]
        if len(ids) < 2:
            return
        (a0, b0), (a1, b1) = (before[i] for i in ids), (self.fingers[i] for i in ids)
        mid0, mid1 = (a0 + b0) / 2, (a1 + b1) / 2
        spread0, spread1 = _distance(a0, b0), _distance(a1, b1)
        canvas = self.canvas
        anchor = canvas.mapToScene(mid0.toPoint())
        if spread0 > 1.0 and abs(spread1 / spread0 - 1.0) > 1e-3:
            kept = canvas.transformationAnchor()
            canvas.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
            canvas.zoom(spread1 / spread0)
            canvas.setTransformationAnchor(kept)
        drift = QPointF(canvas.mapFromScene(anchor)) - mid1
        canvas.horizontalScrollBar().setValue(canvas.horizontalScrollBar().value() + round(drift.x()))
        canvas.verticalScrollBar().setValue(canvas.verticalScrollBar().value() + round(drift.y()))

    # helpers ----------------------------------------------------------------------------
    def _is_palm(self, point) -> bool:
        size = point.ellipseDiameters()
        dpi = max(self.canvas.logicalDpiX(), 1)
        return max(size.width(), size.height()) / dpi * 25.4 > PALM_MM

    def _mouse(self, kind, at: QPointF, buttons) -> QMouseEvent:
        at_global = QPointF(self.canvas.viewport().mapToGlobal(at))
        button = LEFT if kind != TE.MouseMove else Qt.MouseButton.NoButton
        args = (kind, at, at_global, button, buttons, Qt.KeyboardModifier.NoModifier)
        return QMouseEvent(*args, device=self._device) if self._device is not None else QMouseEvent(*args)

    def cancel(self) -> None:
        """Drops what the finger began: a stroke's preview, a drag (back where it was), a rubber band."""
        if self.mode != DRAWING:
            return
        canvas = self.canvas
        canvas.tool.cancel()
        QGraphicsView.mouseReleaseEvent(canvas, self._mouse(TE.MouseButtonRelease, self._start,
                                                            Qt.MouseButton.NoButton))
        self.mode = None
        self._finger = None

    def _reset(self) -> None:
        self.palms.clear()
        self.fingers.clear()
        self.mode = None
        self._finger = None


def _distance(a: QPointF, b: QPointF) -> float:
    return math.hypot(a.x() - b.x(), a.y() - b.y())
