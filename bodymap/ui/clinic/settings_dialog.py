"""Clinic settings: what the printed handout says about the clinic, and per-muscle home care.

Saved through SettingsService (in the database, so every workstation prints the same header).
"""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtGui import QFont, QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from bodymap.domain.clinic import JPEG_MAGIC, MAX_LOGO_BYTES, PNG_MAGIC, ClinicSettings
from bodymap.domain.languages import LANGUAGES
from bodymap.domain.reference import muscle_ids, muscle_name
from bodymap.errors import BodymapError, ConflictError, DatabaseError, ValidationError
from bodymap.render import i18n
from bodymap.render.i18n import translate
from bodymap.services.settings import CLINIC_KEY
from bodymap.ui.widgets import folders, theme

LOGO_PREVIEW = QSize(220, 80)
HOME_CARE_LIMIT = 4000
CANNOT_READ = QT_TRANSLATE_NOOP("SettingsDialog", "Cannot read {file}: {reason}.")


def muscle_label(muscle_id: str) -> str:
    """A muscle's name in the interface language (the name tables), English when it has none."""
    return i18n.current().name("muscles", muscle_id, muscle_name(muscle_id))


def read_logo(path) -> bytes:
    """The bytes of a PNG or JPEG logo file; ValidationError with a clear message otherwise."""
    path = Path(path)
    lang = i18n.current()
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(translate("SettingsDialog", CANNOT_READ).format(
            file=path.name, reason=exc.strerror or exc)) from None
    if size > MAX_LOGO_BYTES:
        raise ValidationError(translate(
            "SettingsDialog", "{file} is too large for a logo ({size} MB; at most {limit} MB). Save a smaller copy "
                              "and choose that.").format(
            file=path.name, size=lang.number(size / 1e6, 1), limit=lang.number(MAX_LOGO_BYTES / 1e6, 0)))
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(translate("SettingsDialog", CANNOT_READ).format(
            file=path.name, reason=exc.strerror or exc)) from None
    if not (data.startswith((PNG_MAGIC, JPEG_MAGIC))):
        raise ValidationError(translate("SettingsDialog", "{file} is not a PNG or JPEG image.").format(file=path.name))
    image = QImage.fromData(data)
    if image.isNull():
        raise ValidationError(translate(
            "SettingsDialog", "{file} could not be read as an image (the file may be damaged).").format(file=path.name))
    if image.width() > 8000 or image.height() > 8000:
        raise ValidationError(translate(
            "SettingsDialog", "{file} is {width} x {height} pixels; at most 8000 pixels on each side.").format(
            file=path.name, width=image.width(), height=image.height()))
    return data


class SettingsDialog(QDialog):
    """Edit and save the clinic settings. After Save, `saved` holds what was stored."""

    def __init__(self, settings_service, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Clinic settings"))
        self.settings_service = settings_service
        self.version = settings_service.version(CLINIC_KEY)      # the change carries it back
        current = settings_service.clinic()
        self.saved: ClinicSettings | None = None
        self.logo: bytes = bytes(current.logo_png or b"")
        self.home_care: dict[str, str] = dict(current.home_care or {})
        # the advice the clinic wrote per language ('' in the language box: the general text above)
        self.home_care_languages = {code: dict(care) for code, care in (current.home_care_languages or {}).items()}
        self._current_muscle: str | None = None

        self.name = QLineEdit(current.name)
        self.name.setMaxLength(120)
        self.address = QPlainTextEdit(current.address)
        self.address.setPlaceholderText(self.tr("Street, town, postcode (one or more lines)"))
        self.address.setTabChangesFocus(True)
        self.address.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.phone = QLineEdit(current.phone)
        self.phone.setMaxLength(60)

        self.logo_preview = QLabel()
        self.logo_preview.setFixedSize(LOGO_PREVIEW)
        self.logo_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.logo_preview.setFrameShape(QFrame.Shape.StyledPanel)
        theme.style(self.logo_preview, "background: @paper; color: @paper_muted;")
        choose = QPushButton(self.tr("Choose…"))
        choose.clicked.connect(self.choose_logo)
        self.remove_logo_button = QPushButton(self.tr("Remove"))
        self.remove_logo_button.clicked.connect(self.remove_logo)
        logo_buttons = QVBoxLayout()
        logo_buttons.addWidget(choose)
        logo_buttons.addWidget(self.remove_logo_button)
        logo_buttons.addStretch(1)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo_preview)
        logo_row.addLayout(logo_buttons)
        logo_row.addStretch(1)

        clinic_box = QGroupBox(self.tr("On every printed handout"))
        form = QFormLayout(clinic_box)
        form.addRow(self.tr("Clinic &name:"), self.name)
        form.addRow(self.tr("&Address:"), self.address)
        form.addRow(self.tr("&Phone:"), self.phone)
        form.addRow(self.tr("Logo:"), logo_row)
        hint = QLabel(self.tr("PNG or JPEG, at most {limit} MB. It is printed at the top left, up to 45 x 16 mm.")
                      .format(limit=i18n.current().number(MAX_LOGO_BYTES / 1e6, 0)))
        hint.setWordWrap(True)
        theme.style(hint, "color: @muted;")
        form.addRow("", hint)

        # home care -----------------------------------------------------------
        # the handout's own heading, as the handout prints it in this language
        heading = QCoreApplication.translate("Handout", "Looking after yourself at home")
        self.show_home_care = QCheckBox(self.tr("Print \u201c{heading}\u201d with the advice for the muscles "
                                                "treated").format(heading=heading))
        self.show_home_care.setChecked(current.show_home_care)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search muscles…"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self.filter_muscles)
        self.muscles = QListWidget()
        self.muscles.setMinimumWidth(220)
        for muscle_id in sorted(muscle_ids(), key=lambda m: i18n.current().sort_key(muscle_label(m))):
            item = QListWidgetItem(muscle_label(muscle_id))
            item.setData(Qt.ItemDataRole.UserRole, muscle_id)
            self.muscles.addItem(item)
        self.muscles.currentItemChanged.connect(self._muscle_changed)
        # wide enough for the longest name (the German ones are long Latin names), within reason
        longest = self.muscles.sizeHintForColumn(0) + self.fontMetrics().horizontalAdvance("\u2713 ")
        self.muscles.setMinimumWidth(min(max(220, longest + 30), 340))
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search)
        left_layout.addWidget(self.muscles)
        # which language's advice is edited: the general text, printed in every language the
        # clinic wrote nothing in, or the advice for one language's handouts
        self.care_language = QComboBox()
        self.care_language.addItem(self.tr("General (every language)"), "")
        for code, name in LANGUAGES.items():
            self.care_language.addItem(name, code)
        self.care_language.currentIndexChanged.connect(self._language_changed)
        language_row = QHBoxLayout()
        language_label = QLabel(self.tr("Advice &language:"))
        language_label.setBuddy(self.care_language)
        language_row.addWidget(language_label)
        language_row.addWidget(self.care_language, 1)
        self.advice_title = QLabel(self.tr("Choose a muscle on the left."))
        self.advice_title.setWordWrap(True)
        bold = QFont(self.advice_title.font())
        bold.setBold(True)
        self.advice_title.setFont(bold)
        self.advice = QPlainTextEdit()
        self.advice.setEnabled(False)
        self.advice.textChanged.connect(self._advice_edited)
        self.advice_count = QLabel("")
        theme.style(self.advice_count, "color: @muted;")
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addLayout(language_row)
        right_layout.addWidget(self.advice_title)
        right_layout.addWidget(self.advice, 1)
        right_layout.addWidget(self.advice_count, 0, Qt.AlignmentFlag.AlignRight)
        split = QSplitter()
        split.addWidget(left)
        split.addWidget(right)
        split.setStretchFactor(1, 1)
        split.setChildrenCollapsible(False)
        care_box = QGroupBox(self.tr("Home care advice"))
        care_layout = QVBoxLayout(care_box)
        care_layout.addWidget(self.show_home_care)
        care_layout.addWidget(split, 1)

        self.error = QLabel("")
        self.error.setWordWrap(True)
        theme.style(self.error, "color: @danger; font-weight: bold;")
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(clinic_box)
        layout.addWidget(care_box, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(760, 720)
        self._show_logo()
        self._muscle_changed(None, None)
        self._refresh_marks()

    # logo --------------------------------------------------------------------
    def choose_logo(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the clinic logo"),
                                              folders.start_folder(folders.IMAGES),
                                              self.tr("Images (*.png *.jpg *.jpeg);;All files (*)"))
        if path:
            folders.remember(folders.IMAGES, path)
            self.load_logo(path)

    def load_logo(self, path) -> bool:
        """Use the image at path as the logo; False (and a message) when it is refused."""
        try:
            self.logo = read_logo(path)
        except ValidationError as exc:
            self.show_error(i18n.message(exc))
            return False
        self.show_error("")
        self._show_logo()
        return True

    def remove_logo(self) -> None:
        self.logo = b""
        self._show_logo()

    def _show_logo(self) -> None:
        image = QImage.fromData(self.logo) if self.logo else QImage()
        if image.isNull():
            self.logo_preview.setPixmap(QPixmap())
            self.logo_preview.setText(self.tr("No logo"))
        else:
            inner = LOGO_PREVIEW - QSize(10, 10)
            self.logo_preview.setPixmap(QPixmap.fromImage(image).scaled(
                inner, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation))
        self.remove_logo_button.setEnabled(bool(self.logo))

    # home care ---------------------------------------------------------------
    def filter_muscles(self, text: str) -> None:
        needle = text.strip().casefold()
        for row in range(self.muscles.count()):
            item = self.muscles.item(row)
            item.setHidden(bool(needle) and needle not in item.text().casefold()
                           and needle not in item.data(Qt.ItemDataRole.UserRole))

    def select_muscle(self, muscle_id: str) -> None:
        for row in range(self.muscles.count()):
            item = self.muscles.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == muscle_id:
                self.muscles.setCurrentItem(item)
                return
        raise KeyError(muscle_id)

    def _texts(self) -> dict[str, str]:
        """muscle id -> advice of the language being edited (the general texts for '')."""
        code = self.care_language.currentData() or ""
        return self.home_care if not code else self.home_care_languages.setdefault(code, {})

    def _language_changed(self) -> None:
        self._muscle_changed(self.muscles.currentItem(), None)
        self._refresh_marks()

    def _muscle_changed(self, current, _previous) -> None:
        self._current_muscle = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        self.advice.blockSignals(True)
        self.advice.setPlainText(self._texts().get(self._current_muscle or "", ""))
        self.advice.blockSignals(False)
        general = self.home_care.get(self._current_muscle or "", "").strip()
        if self.care_language.currentData() and general:
            self.advice.setPlaceholderText(self.tr(
                "Nothing written in {language}: its handouts print the general advice:\n\n{advice}").format(
                language=self.care_language.currentText(), advice=general))
        else:
            self.advice.setPlaceholderText(self.tr("Advice printed for this muscle, e.g. a stretch, how often, "
                                                   "heat or ice…"))
        self.advice.setEnabled(self._current_muscle is not None)
        self.advice_title.setText(
            self.tr("Advice for {muscle}").format(muscle=muscle_label(self._current_muscle or ""))
            if current is not None else self.tr("Choose a muscle on the left."))
        self._count()

    def _advice_edited(self) -> None:
        if self._current_muscle is None:
            return
        text, texts = self.advice.toPlainText(), self._texts()
        if text.strip():
            texts[self._current_muscle] = text
        else:
            texts.pop(self._current_muscle, None)
        self._count()
        self._refresh_marks()

    def _count(self) -> None:
        n = len(self.advice.toPlainText())
        locale = i18n.current().locale
        self.advice_count.setText(self.tr("{count} / {limit} characters").format(
            count=locale.toString(n), limit=locale.toString(HOME_CARE_LIMIT)))
        theme.style(self.advice_count, "color: @danger;" if n > HOME_CARE_LIMIT else "color: @muted;")

    def _refresh_marks(self) -> None:
        """Muscles with advice in the language being edited are shown in bold with a tick."""
        texts = self._texts()
        for row in range(self.muscles.count()):
            item = self.muscles.item(row)
            muscle_id = item.data(Qt.ItemDataRole.UserRole)
            has = bool(texts.get(muscle_id, "").strip())
            font = item.font()
            font.setBold(has)
            item.setFont(font)
            item.setText(("\u2713 " if has else "") + muscle_label(muscle_id))
            item.setToolTip(muscle_label(muscle_id))

    # save --------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error.setText(message)
        self.error.setVisible(bool(message))

    def settings(self) -> ClinicSettings:
        return ClinicSettings(name=self.name.text(), address=self.address.toPlainText(), phone=self.phone.text(),
                              logo_png=self.logo, home_care=dict(self.home_care),
                              home_care_languages={code: dict(care)
                                                   for code, care in self.home_care_languages.items()},
                              show_home_care=self.show_home_care.isChecked())

    def reload(self) -> None:
        """The settings as stored now (after another workstation changed them)."""
        self.version = self.settings_service.version(CLINIC_KEY)
        current = self.settings_service.clinic()
        self.name.setText(current.name)
        self.address.setPlainText(current.address)
        self.phone.setText(current.phone)
        self.logo = bytes(current.logo_png or b"")
        self._show_logo()
        self.home_care = dict(current.home_care or {})
        self.home_care_languages = {code: dict(care) for code, care in (current.home_care_languages or {}).items()}
        self.show_home_care.setChecked(current.show_home_care)
        self._muscle_changed(self.muscles.currentItem(), None)
        self._refresh_marks()

    def save(self) -> None:
        try:
            self.saved = self.settings_service.save_clinic(self.settings(), expected_version=self.version)
        except ConflictError as exc:    # changed on another workstation: show what is stored now
            self.reload()
            self.show_error(i18n.message(exc))
            return
        except DatabaseError:        # the database went away: keep the dialog open
            self.show_error(self.tr("The settings could not be saved: the database cannot be reached. "
                                    "Check the connection and try again."))
            return
        except BodymapError as exc:
            self.show_error(i18n.message(exc))
            return
        self.accept()
