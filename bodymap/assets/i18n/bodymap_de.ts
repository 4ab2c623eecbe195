<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Trigger-point and referred-pain charting for dry needling.</source>
        <translation>Dokumentation von Triggerpunkten und übertragenem Schmerz für das Dry Needling.</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Über bodymap</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Version {version}</translation>
    </message>
    <message>
        <source>Left and right are always the patient&apos;s left and right.</source>
        <translation>Links und rechts sind immer links und rechts des Patienten.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Built with Qt and PySide6 (LGPL-3.0), whose libraries are separate files you may replace; notices for every component below.</source>
        <translation>Freie Software unter der MIT-Lizenz. Erstellt mit Qt und PySide6 (LGPL-3.0), deren Bibliotheken eigene Dateien sind, die Sie ersetzen dürfen; die Hinweise zu jeder Komponente stehen unten.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Every change to this visit: when, who, action, what, details</source>
        <translation>Jede Änderung an dieser Sitzung: wann, wer, Aktion, was, Details</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>The patient whose visits are exported</source>
        <translation>Der Patient, dessen Sitzungen exportiert werden</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Ab Datum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Bis Datum</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Praxisadresse</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Wird auf jedes Patientenblatt gedruckt</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Muskeln</translation>
    </message>
    <message>
        <source>Choose a muscle to write its home-care advice</source>
        <translation>Wählen Sie einen Muskel, um seine Hinweise für zu Hause zu schreiben</translation>
    </message>
    <message>
        <source>Home-care advice for the chosen muscle</source>
        <translation>Hinweise für zu Hause zum gewählten Muskel</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Hinweise zu Drittanbietern</translation>
    </message>
    <message>
        <source>The licences of the software bodymap ships</source>
        <translation>Die Lizenzen der Software, die bodymap mitliefert</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Each command and its keys</source>
        <translation>Jeder Befehl und seine Tasten</translation>
    </message>
    <message>
        <source>After-care advice</source>
        <translation>Hinweise zur Nachsorge</translation>
    </message>
    <message>
        <source>The after-care text given to patients</source>
        <translation>Der Nachsorgetext für die Patienten</translation>
    </message>
    <message>
        <source>Clinic diagrams</source>
        <translation>Diagramme der Praxis</translation>
    </message>
    <message>
        <source>Choose the diagram to use for a view</source>
        <translation>Wählen Sie das Diagramm für eine Ansicht</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Frühere Sitzung</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Spätere Sitzung</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>The diagram view compared</source>
        <translation>Die verglichene Diagrammansicht</translation>
    </message>
    <message>
        <source>Show change</source>
        <translation>Veränderung zeigen</translation>
    </message>
    <message>
        <source>Where it was drawn, or by body region</source>
        <translation>Wo gezeichnet wurde, oder nach Körperregion</translation>
    </message>
    <message>
        <source>Change by site</source>
        <translation>Veränderung je Stelle</translation>
    </message>
    <message>
        <source>Each charted site and how it changed</source>
        <translation>Jede eingezeichnete Stelle und wie sie sich verändert hat</translation>
    </message>
    <message>
        <source>Visits from date</source>
        <translation>Sitzungen ab Datum</translation>
    </message>
    <message>
        <source>Visits to date</source>
        <translation>Sitzungen bis Datum</translation>
    </message>
    <message>
        <source>The diagram view of the pain map</source>
        <translation>Die Diagrammansicht der Schmerzkarte</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>The units of the margins</source>
        <translation>Die Einheiten der Ränder</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Exemplar</translation>
    </message>
    <message>
        <source>Patient copy in plain words, or the clinician&apos;s full record</source>
        <translation>Patientenexemplar in einfachen Worten oder die vollständige Dokumentation der Fachkraft</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Each clinician&apos;s name, user name, role and whether active</source>
        <translation>Name, Benutzername und Rolle jeder Fachkraft und ob aktiv</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Seitenvorschau</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Die Seiten, wie sie gedruckt werden</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Seitenzahl</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Reference muscles found</source>
        <translation>Gefundene Muskeln der Referenz</translation>
    </message>
    <message>
        <source>Choosing one shows its trigger points and referral</source>
        <translation>Die Auswahl zeigt seine Triggerpunkte und Übertragung</translation>
    </message>
    <message>
        <source>Reference details</source>
        <translation>Details der Referenz</translation>
    </message>
    <message>
        <source>The chosen muscle&apos;s trigger points, referral and notes</source>
        <translation>Triggerpunkte, Übertragung und Notizen des gewählten Muskels</translation>
    </message>
    <message>
        <source>Suggested muscles</source>
        <translation>Vorgeschlagene Muskeln</translation>
    </message>
    <message>
        <source>Muscles whose referral matches the charted zones</source>
        <translation>Muskeln, deren Übertragung zu den eingezeichneten Zonen passt</translation>
    </message>
    <message>
        <source>Safety record</source>
        <translation>Sicherheitsdokumentation</translation>
    </message>
    <message>
        <source>Screen, consent, precaution areas, needle count and events</source>
        <translation>Screening, Einwilligung, Vorsichtszonen, Nadelzählung und Ereignisse</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Sicherheits-Screening</translation>
    </message>
    <message>
        <source>One row per screening question; answer each</source>
        <translation>Eine Zeile je Screening-Frage; beantworten Sie jede</translation>
    </message>
    <message>
        <source>Needles used</source>
        <translation>Verwendete Nadeln</translation>
    </message>
    <message>
        <source>Needles and passes per needled trigger point</source>
        <translation>Nadeln und Durchgänge je genadeltem Triggerpunkt</translation>
    </message>
    <message>
        <source>Precaution areas</source>
        <translation>Vorsichtszonen</translation>
    </message>
    <message>
        <source>Places not to needle, shown at every visit</source>
        <translation>Stellen, die nicht genadelt werden dürfen, in jeder Sitzung angezeigt</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Unerwünschte Ereignisse</translation>
    </message>
    <message>
        <source>Events recorded at this visit; Enter edits one</source>
        <translation>In dieser Sitzung erfasste Ereignisse; Eingabe bearbeitet eines</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>Referenz durchsuchen</translation>
    </message>
    <message>
        <source>A muscle, body area or condition</source>
        <translation>Ein Muskel, eine Körperregion oder ein Beschwerdebild</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>The patient&apos;s side the referral pattern is shown on</source>
        <translation>Die Seite des Patienten, auf der das Übertragungsmuster gezeigt wird</translation>
    </message>
    <message>
        <source>Status of new trigger points</source>
        <translation>Status neuer Triggerpunkte</translation>
    </message>
    <message>
        <source>Active or latent, for points placed next</source>
        <translation>Aktiv oder latent, für die nächsten gesetzten Punkte</translation>
    </message>
    <message>
        <source>Pain quality of new zones</source>
        <translation>Schmerzqualität neuer Zonen</translation>
    </message>
    <message>
        <source>Intensity of new zones</source>
        <translation>Intensität neuer Zonen</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>0 bis 10</translation>
    </message>
    <message>
        <source>Depth of new zones</source>
        <translation>Tiefe neuer Zonen</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Pinselgröße</translation>
    </message>
    <message>
        <source>The width of the zone brush</source>
        <translation>Die Breite des Zonenpinsels</translation>
    </message>
    <message>
        <source>Source trigger points</source>
        <translation>Ursprüngliche Triggerpunkte</translation>
    </message>
    <message>
        <source>The trigger points this zone is referred from</source>
        <translation>Die Triggerpunkte, von denen diese Zone übertragen wird</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Patienten suchen</translation>
    </message>
    <message>
        <source>Type part of a name or chart number</source>
        <translation>Geben Sie einen Teil des Namens oder der Aktennummer ein</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>The patients found; Enter or a click opens one</source>
        <translation>Die gefundenen Patienten; Eingabe oder ein Klick öffnet einen</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>The selected patient&apos;s visits, newest first; choosing one opens it</source>
        <translation>Die Sitzungen des gewählten Patienten, neueste zuerst; die Auswahl öffnet eine</translation>
    </message>
    <message>
        <source>Diagram views</source>
        <translation>Diagrammansichten</translation>
    </message>
    <message>
        <source>Left and right arrows choose a view</source>
        <translation>Pfeil links und rechts wählen eine Ansicht</translation>
    </message>
    <message>
        <source>The open patient and visit</source>
        <translation>Der geöffnete Patient und die Sitzung</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A user name is 2-40 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Ein Benutzername hat 2–40 Zeichen: Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; oder &apos;-&apos;, am Anfang ein Buchstabe oder eine Ziffer.</translation>
    </message>
    <message>
        <source>A password needs at least {least} characters.</source>
        <translation>Ein Passwort braucht mindestens {least} Zeichen.</translation>
    </message>
    <message>
        <source>A password has at most {most} characters.</source>
        <translation>Ein Passwort hat höchstens {most} Zeichen.</translation>
    </message>
    <message>
        <source>A password must not be one character repeated.</source>
        <translation>Ein Passwort darf nicht aus einem wiederholten Zeichen bestehen.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>Das Passwort darf nicht der Benutzername sein.</translation>
    </message>
    <message>
        <source>That password is one of the most common ones; choose another (a few unrelated words make a good one).</source>
        <translation>Dieses Passwort gehört zu den häufigsten; wählen Sie ein anderes (einige zusammenhanglose Wörter ergeben ein gutes).</translation>
    </message>
    <message>
        <source>The first administrator already exists; sign in instead.</source>
        <translation>Der erste Administrator existiert bereits; melden Sie sich stattdessen an.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>Der Benutzername {name} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user name: try again in {seconds} s.</source>
        <translation>Zu viele falsche Passwörter für diesen Benutzernamen: Versuchen Sie es in {seconds} s erneut.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Falscher Benutzername oder falsches Passwort.</translation>
    </message>
    <message>
        <source>Only an administrator can change another person&apos;s password.</source>
        <translation>Nur ein Administrator kann das Passwort einer anderen Person ändern.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Das aktuelle Passwort ist falsch.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>Der letzte aktive Administrator kann nicht deaktiviert werden.</translation>
    </message>
    <message>
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>Der letzte Administrator kann die Administratorrolle nicht verlieren.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>Dieses Konto gibt es nicht.</translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts.</source>
        <translation>Nur ein Administrator kann Konten verwalten.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts and security</source>
        <translation>Konten und Sicherheit</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Neues Konto…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Passwort zurücksetzen…</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>Aktivieren / deaktivieren</translation>
    </message>
    <message>
        <source>Switch role</source>
        <translation>Rolle wechseln</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bildschirm sperren nach</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>ohne Eingabe</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>daily database backups (SQLite)</source>
        <translation>tägliche Datenbanksicherungen (SQLite)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>Neues Passwort für {name}:</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Nachtrag hinzufügen</translation>
    </message>
    <message>
        <source>The visit is signed. An addendum records a correction or a later note with your name and the time; the signed record itself does not change.</source>
        <translation>Die Sitzung ist unterzeichnet. Ein Nachtrag hält eine Korrektur oder eine spätere Notiz mit Ihrem Namen und der Uhrzeit fest; die unterzeichnete Dokumentation selbst bleibt unverändert.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Short-lived, no change in function, settles without treatment.</source>
        <translation>Kurzzeitig, keine Funktionsänderung, klingt ohne Behandlung ab.</translation>
    </message>
    <message>
        <source>Distressing, changes function or needs treatment or advice, but not serious.</source>
        <translation>Belastend, verändert die Funktion oder erfordert Behandlung oder Beratung, aber nicht schwerwiegend.</translation>
    </message>
    <message>
        <source>Needs urgent or hospital care, or could cause lasting harm or death.</source>
        <translation>Erfordert dringende oder stationäre Versorgung oder könnte bleibende Schäden oder den Tod verursachen.</translation>
    </message>
    <message>
        <source>Edit adverse event</source>
        <translation>Unerwünschtes Ereignis bearbeiten</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Unerwünschtes Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Near miss: a close call that harmed nobody</source>
        <translation>Beinahe-Ereignis: knapp vermieden, ohne Schaden</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>Erforderlich bei „Andere“</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>A near miss has no severity: nobody was harmed.</source>
        <translation>Ein Beinahe-Ereignis hat keinen Schweregrad: niemand kam zu Schaden.</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n Patient</numerusform>
            <numerusform>%n Patienten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database is on a server: back it up there (docs/SECURITY.md).</source>
        <translation>Die Datenbank liegt auf einem Server: Sichern Sie sie dort (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>The database is on a server: restore it there with pg_restore (docs/SECURITY.md).</source>
        <translation>Die Datenbank liegt auf einem Server: Stellen Sie sie dort mit pg_restore wieder her (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Sicherung geschrieben: {path}</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>vor {minutes} Min.</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>vor {hours} Std.</translation>
    </message>
    <message>
        <source>Backups: on the database server</source>
        <translation>Sicherungen: auf dem Datenbankserver</translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation>Letzte Sicherung: {age}</translation>
    </message>
    <message>
        <source> (other disk: {age})</source>
        <translation> (anderer Datenträger: {age})</translation>
    </message>
    <message>
        <source>bodymap — backups</source>
        <translation>bodymap — Sicherungen</translation>
    </message>
    <message>
        <source>bodymap — backup failed</source>
        <translation>bodymap — Sicherung fehlgeschlagen</translation>
    </message>
    <message>
        <source>bodymap — backup</source>
        <translation>bodymap — Sicherung</translation>
    </message>
    <message>
        <source>The backup was written to {path}, but not to the other disk:

{reason}</source>
        <translation>Die Sicherung wurde nach {path} geschrieben, aber nicht auf den anderen Datenträger:

{reason}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>Sicherung fehlgeschlagen: {reason}</translation>
    </message>
    <message>
        <source>bodymap — backups on another disk</source>
        <translation>bodymap — Sicherungen auf anderem Datenträger</translation>
    </message>
    <message>
        <source>Backups are also copied to {folder}.

Choose another folder (Yes) or stop copying them there (No)?</source>
        <translation>Sicherungen werden auch nach {folder} kopiert.

Anderen Ordner wählen (Ja) oder dort nicht mehr kopieren (Nein)?</translation>
    </message>
    <message>
        <source>A folder on another disk for copies of the backups</source>
        <translation>Ein Ordner auf einem anderen Datenträger für Kopien der Sicherungen</translation>
    </message>
    <message>
        <source>bodymap — not restored</source>
        <translation>bodymap — nicht wiederhergestellt</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>bodymap — restore</source>
        <translation>bodymap — wiederherstellen</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when} ({patients})?

Everything charted since then is replaced. The current database is kept beside it (…before-restore-…) and bodymap closes afterwards; start it again. Close bodymap on every other workstation using this database first.</source>
        <translation>Die Datenbank durch die Sicherung vom {when} ({patients}) ersetzen?

Alles seitdem Dokumentierte wird ersetzt. Die aktuelle Datenbank bleibt daneben erhalten (…before-restore-…), und bodymap wird danach beendet; starten Sie es neu. Beenden Sie vorher bodymap an allen anderen Arbeitsplätzen, die diese Datenbank nutzen.</translation>
    </message>
    <message>
        <source>bodymap — restored</source>
        <translation>bodymap — wiederhergestellt</translation>
    </message>
    <message>
        <source>The backup of {when} is now the database.</source>
        <translation>Die Sicherung vom {when} ist jetzt die Datenbank.</translation>
    </message>
    <message>
        <source>

The previous database is kept as {path}.</source>
        <translation>

Die bisherige Datenbank bleibt als {path} erhalten.</translation>
    </message>
    <message>
        <source>

bodymap closes now: start it again.</source>
        <translation>

bodymap wird jetzt beendet: Starten Sie es neu.</translation>
    </message>
    <message>
        <source>PostgreSQL databases are backed up on the server, not by bodymap: run `pg_dump -Fc -f bodymap-$(date +%F).dump &quot;$URL&quot;` (and restore with `pg_restore --clean --if-exists -d &quot;$URL&quot; FILE`); see docs/SECURITY.md.</source>
        <translation>PostgreSQL-Datenbanken werden auf dem Server gesichert, nicht von bodymap: Führen Sie `pg_dump -Fc -f bodymap-$(date +%F).dump &quot;$URL&quot;` aus (und stellen Sie mit `pg_restore --clean --if-exists -d &quot;$URL&quot; FILE` wieder her); siehe docs/SECURITY.md.</translation>
    </message>
    <message>
        <source>Not a database URL.</source>
        <translation>Keine Datenbank-URL.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>Eine Datenbank im Arbeitsspeicher kann nicht gesichert werden.</translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}.</source>
        <translation>Der Sicherungsordner {folder} kann nicht verwendet werden: {reason}.</translation>
    </message>
    <message>
        <source>The copy of {path} failed its check ({problem}); the database may be damaged.</source>
        <translation>Die Kopie von {path} hat ihre Prüfung nicht bestanden ({problem}); die Datenbank ist möglicherweise beschädigt.</translation>
    </message>
    <message>
        <source>Cannot copy {path}: {reason}.</source>
        <translation>{path} kann nicht kopiert werden: {reason}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>Unter {path} gibt es keine Datenbank.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>Die Sicherung kann nicht die Datenbank selbst überschreiben.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Mindestens eine Sicherung muss aufbewahrt werden.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>Die Datei {path} gibt es nicht.</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database, so it is not a bodymap backup.</source>
        <translation>{path} ist keine SQLite-Datenbank und daher keine bodymap-Sicherung.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); choose another backup.</source>
        <translation>{path} ist beschädigt (Integritätsprüfung: {result}); wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bodymap database.</source>
        <translation>{path} ist eine SQLite-Datenbank, aber keine bodymap-Datenbank.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bodymap (schema {revision}); update bodymap before restoring it.</source>
        <translation>{path} wurde von einer neueren bodymap-Version erstellt (Schema {revision}); aktualisieren Sie bodymap, bevor Sie sie wiederherstellen.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a bodymap database ({reason}).</source>
        <translation>{path} kann nicht als bodymap-Datenbank gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a complete bodymap database (missing: {tables}).</source>
        <translation>{path} ist keine vollständige bodymap-Datenbank (es fehlen: {tables}).</translation>
    </message>
    <message>
        <source>{path} has lost the protection of its audit trail (trigger {trigger} is missing), so it is not restored.</source>
        <translation>{path} hat den Schutz seines Änderungsprotokolls verloren (Trigger {trigger} fehlt) und wird daher nicht wiederhergestellt.</translation>
    </message>
    <message>
        <source>The backup is the current database itself.</source>
        <translation>Die Sicherung ist die aktuelle Datenbank selbst.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}.</source>
        <translation>Wiederherstellen in {path} nicht möglich: {reason}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (is the disk plugged in?).</source>
        <translation>Der zweite Sicherungsordner {folder} ist nicht vorhanden (ist das Laufwerk angeschlossen?).</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export visit handouts</source>
        <translation>Patientenblätter der Sitzungen exportieren</translation>
    </message>
    <message>
        <source>All visits of a &amp;patient</source>
        <translation>Alle Sitzungen eines &amp;Patienten</translation>
    </message>
    <message>
        <source>All visits in a &amp;date range (every patient)</source>
        <translation>Alle Sitzungen in einem &amp;Zeitraum (alle Patienten)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Vom</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Querformat</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Ordner:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papier:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Exemplar:</translation>
    </message>
    <message>
        <source>One PDF per visit, named &lt;chart number&gt;_&lt;date&gt;_&lt;visit id&gt;.pdf. Existing files with the same name are replaced.</source>
        <translation>Ein PDF pro Sitzung, benannt &lt;Aktennummer&gt;_&lt;Datum&gt;_&lt;Sitzungs-ID&gt;.pdf. Vorhandene Dateien mit gleichem Namen werden ersetzt.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the handouts into</source>
        <translation>Patientenblätter exportieren nach</translation>
    </message>
    <message>
        <source>Choose an existing folder (“{folder}” is not one).</source>
        <translation>Wählen Sie einen vorhandenen Ordner („{folder}“ ist keiner).</translation>
    </message>
    <message>
        <source>No visits match; choose another patient or date range.</source>
        <translation>Keine passenden Sitzungen; wählen Sie einen anderen Patienten oder Zeitraum.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} von {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n files.</source>
        <translation>
            <numerusform>Der Export wurde nach %n Datei abgebrochen.</numerusform>
            <numerusform>Der Export wurde nach %n Dateien abgebrochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n PDF files in
{folder}</source>
        <translation>
            <numerusform>Export abgebrochen: %n PDF-Datei in
{folder}</numerusform>
            <numerusform>Export abgebrochen: %n PDF-Dateien in
{folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %n PDF files in
{folder}</source>
        <translation>
            <numerusform>Export abgeschlossen: %n PDF-Datei in
{folder}</numerusform>
            <numerusform>Export abgeschlossen: %n PDF-Dateien in
{folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>patient&apos;s right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>patient&apos;s left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>{landmark} ({side})</source>
        <translation>{landmark} ({side})</translation>
    </message>
    <message>
        <source>Calibrate “{name}” — {view}</source>
        <translation>„{name}“ kalibrieren — {view}</translation>
    </message>
    <message>
        <source>Undo last (Backspace)</source>
        <translation>Letzten rückgängig (Rücktaste)</translation>
    </message>
    <message>
        <source>Skip — not on the image</source>
        <translation>Überspringen – nicht im Bild</translation>
    </message>
    <message>
        <source>Show the regions as calibrated</source>
        <translation>Regionen wie kalibriert zeigen</translation>
    </message>
    <message>
        <source>Every landmark is placed or skipped. Press Backspace to redo the last one, or pick one in the list to move it.</source>
        <translation>Alle Orientierungspunkte sind gesetzt oder übersprungen. Drücken Sie die Rücktaste, um den letzten neu zu setzen, oder wählen Sie einen in der Liste, um ihn zu verschieben.</translation>
    </message>
    <message>
        <source>{number} of {total} · Click {landmark}</source>
        <translation>{number} von {total} · Klicken Sie auf: {landmark}</translation>
    </message>
    <message>
        <source>All landmarks done: check the regions on the image, then Save.</source>
        <translation>Alle Orientierungspunkte erledigt: Prüfen Sie die Regionen im Bild, dann Speichern.</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(übersprungen)</translation>
    </message>
    <message>
        <source>{placed} placed — place at least 4, spread over the body (all of them gives the best fit).</source>
        <translation>{placed} gesetzt – setzen Sie mindestens 4, über den Körper verteilt (alle ergeben die beste Anpassung).</translation>
    </message>
    <message>
        <source>Calibrated on {placed} landmarks. Check that the blue region borders follow the body on the image.</source>
        <translation>Kalibriert an {placed} Orientierungspunkten. Prüfen Sie, ob die blauen Regionsgrenzen dem Körper im Bild folgen.</translation>
    </message>
    <message>
        <source>Place at least 4 landmarks first ({placed} placed).</source>
        <translation>Setzen Sie zuerst mindestens 4 Orientierungspunkte ({placed} gesetzt).</translation>
    </message>
</context>
<context>
    <name>CanvasDescription</name>
    <message>
        <source>left {name}</source>
        <translation>{name} links</translation>
    </message>
    <message>
        <source>right {name}</source>
        <translation>{name} rechts</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Linke Seite des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Rechte Seite des Patienten</translation>
    </message>
    <message>
        <source>Active trigger point, {place}</source>
        <translation>Aktiver Triggerpunkt, {place}</translation>
    </message>
    <message>
        <source>Latent trigger point, {place}</source>
        <translation>Latenter Triggerpunkt, {place}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{name} (deep)</source>
        <translation>{name} (tief)</translation>
    </message>
    <message>
        <source>unlabelled site</source>
        <translation>Stelle ohne Bezeichnung</translation>
    </message>
    <message>
        <source>Trigger point, {place}</source>
        <translation>Triggerpunkt, {place}</translation>
    </message>
    <message>
        <source>{description}, carried forward, not yet confirmed</source>
        <translation>{description}, übernommen, noch nicht bestätigt</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> und {count} weitere</translation>
    </message>
    <message>
        <source>{quality} zone, intensity {intensity} of 10, {sides}, {regions}</source>
        <translation>Zone {quality}, Intensität {intensity} von 10, {sides}, {regions}</translation>
    </message>
    <message>
        <source>Off the body</source>
        <translation>Außerhalb des Körpers</translation>
    </message>
    <message>
        <source>On the body, no region</source>
        <translation>Auf dem Körper, keine Region</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Diagram: move the crosshair (Shift: further)</source>
        <translation>Diagramm: Fadenkreuz bewegen (Umschalt: weiter)</translation>
    </message>
    <message>
        <source>Diagram: place a trigger point at the crosshair</source>
        <translation>Diagramm: Triggerpunkt am Fadenkreuz setzen</translation>
    </message>
    <message>
        <source>Diagram: nudge the selected trigger point</source>
        <translation>Diagramm: gewählten Triggerpunkt verschieben</translation>
    </message>
    <message>
        <source>Diagram: zone outline, add a corner (after P)</source>
        <translation>Diagramm: Zonenumriss, Ecke hinzufügen (nach P)</translation>
    </message>
    <message>
        <source>Diagram: close the outline (on the last corner)</source>
        <translation>Diagramm: Umriss schließen (auf der letzten Ecke)</translation>
    </message>
    <message>
        <source>Diagram: take back the last corner</source>
        <translation>Diagramm: letzte Ecke zurücknehmen</translation>
    </message>
    <message>
        <source>Diagram: cancel the outline or the selection</source>
        <translation>Diagramm: Umriss oder Auswahl verwerfen</translation>
    </message>
    <message>
        <source>Diagram: next / previous mark</source>
        <translation>Diagramm: nächste / vorige Markierung</translation>
    </message>
    <message>
        <source>Diagram: leave the diagram</source>
        <translation>Diagramm: Diagramm verlassen</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Pfeiltasten</translation>
    </message>
</context>
<context>
    <name>CanvasTools</name>
    <message>
        <source>Zone intensity {intensity}/10 from the pen&apos;s pressure.</source>
        <translation>Zonenintensität {intensity}/10 aus dem Stiftdruck.</translation>
    </message>
    <message>
        <source>Not moved: that spot is not on the view this point was charted on.</source>
        <translation>Nicht verschoben: Diese Stelle liegt nicht auf der Ansicht, in der der Punkt eingezeichnet wurde.</translation>
    </message>
    <message>
        <source>Place trigger points on the body outline.</source>
        <translation>Setzen Sie Triggerpunkte auf den Körperumriss.</translation>
    </message>
    <message>
        <source>A zone polygon needs at least three corners.</source>
        <translation>Ein Zonenpolygon braucht mindestens drei Ecken.</translation>
    </message>
    <message>
        <source>A precaution area needs at least three corners.</source>
        <translation>Eine Vorsichtszone braucht mindestens drei Ecken.</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>◀ Patient&apos;s LEFT</source>
        <translation>◀ Patient: LINKS</translation>
    </message>
    <message>
        <source>◀ Patient&apos;s RIGHT</source>
        <translation>◀ Patient: RECHTS</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT ▶</source>
        <translation>Patient: LINKS ▶</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT ▶</source>
        <translation>Patient: RECHTS ▶</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT side</source>
        <translation>LINKE Seite des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT side</source>
        <translation>RECHTE Seite des Patienten</translation>
    </message>
    <message>
        <source>◀ Front · {shown}</source>
        <translation>◀ Vorne · {shown}</translation>
    </message>
    <message>
        <source>Back ▶</source>
        <translation>Hinten ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Hinten</translation>
    </message>
    <message>
        <source>{shown} · Front ▶</source>
        <translation>{shown} · Vorne ▶</translation>
    </message>
</context>
<context>
    <name>ChartDocument</name>
    <message>
        <source>Draw aching zone</source>
        <translation>Dumpfe Zone zeichnen</translation>
    </message>
    <message>
        <source>Draw burning zone</source>
        <translation>Brennende Zone zeichnen</translation>
    </message>
    <message>
        <source>Draw stabbing zone</source>
        <translation>Stechende Zone zeichnen</translation>
    </message>
    <message>
        <source>Draw pins-and-needles zone</source>
        <translation>Kribbelzone zeichnen</translation>
    </message>
    <message>
        <source>Draw numbness zone</source>
        <translation>Taubheitszone zeichnen</translation>
    </message>
    <message>
        <source>Draw throbbing zone</source>
        <translation>Pochende Zone zeichnen</translation>
    </message>
    <message>
        <source>Draw zone</source>
        <translation>Zone zeichnen</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Alle Änderungen gespeichert · {time}</translation>
    </message>
    <message>
        <source>{error} Your last change is kept and will be saved when the database is back.</source>
        <translation>{error} Ihre letzte Änderung bleibt erhalten und wird gespeichert, sobald die Datenbank wieder erreichbar ist.</translation>
    </message>
    <message>
        <source>The database is back.</source>
        <translation>Die Datenbank ist wieder erreichbar.</translation>
    </message>
    <message>
        <source>The database is back; your last change was saved.</source>
        <translation>Die Datenbank ist wieder erreichbar; Ihre letzte Änderung wurde gespeichert.</translation>
    </message>
    <message>
        <source>Place trigger point ({place})</source>
        <translation>Triggerpunkt setzen ({place})</translation>
    </message>
    <message>
        <source>Edit trigger point</source>
        <translation>Triggerpunkt bearbeiten</translation>
    </message>
    <message>
        <source>Edit zone</source>
        <translation>Zone bearbeiten</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Markierung löschen</translation>
    </message>
    <message>
        <source>Delete {count} marks</source>
        <translation>{count} Markierungen löschen</translation>
    </message>
    <message>
        <source>Open or create a visit first.</source>
        <translation>Öffnen oder erstellen Sie zuerst eine Sitzung.</translation>
    </message>
    <message>
        <source>This visit is signed and can no longer be changed.</source>
        <translation>Diese Sitzung ist unterzeichnet und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>Waiting for the database: your last change will be saved first.</source>
        <translation>Warten auf die Datenbank: Ihre letzte Änderung wird zuerst gespeichert.</translation>
    </message>
    <message>
        <source>Waiting for the database: undo and redo are paused.</source>
        <translation>Warten auf die Datenbank: Rückgängig und Wiederholen sind angehalten.</translation>
    </message>
    <message>
        <source>Could not undo or redo “{step}”: {error}</source>
        <translation>„{step}“ konnte nicht rückgängig gemacht oder wiederholt werden: {error}</translation>
    </message>
    <message>
        <source>Move trigger point</source>
        <translation>Triggerpunkt verschieben</translation>
    </message>
    <message>
        <source>Nudge trigger point</source>
        <translation>Triggerpunkt schrittweise verschieben</translation>
    </message>
    <message>
        <source>Confirm carried-forward mark</source>
        <translation>Übernommene Markierung bestätigen</translation>
    </message>
</context>
<context>
    <name>ChartWorkspace</name>
    <message>
        <source>Status of new trigger points</source>
        <translation>Status neuer Triggerpunkte</translation>
    </message>
    <message>
        <source>Pain quality of new zones</source>
        <translation>Schmerzqualität neuer Zonen</translation>
    </message>
</context>
<context>
    <name>ChooseTemplateDialog</name>
    <message>
        <source>Diagram for the {view} view</source>
        <translation>Diagramm für die Ansicht {view}</translation>
    </message>
    <message>
        <source>Marks are stored on the built-in view either way, so reports, comparisons and exports are the same whichever diagram you chart on.</source>
        <translation>Die Markierungen werden in jedem Fall auf der eingebauten Ansicht gespeichert; Berichte, Vergleiche und Exporte sind also gleich, egal auf welchem Diagramm Sie dokumentieren.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwenden</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Kalibrieren…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Built-in line art</source>
        <translation>Eingebaute Strichzeichnung</translation>
    </message>
    <message>
        <source>{name}  ({width} × {height} px, {count} landmarks)</source>
        <translation>{name}  ({width} × {height} px, {count} Orientierungspunkte)</translation>
    </message>
    <message>
        <source>{name}  ({width} × {height} px, not calibrated yet)</source>
        <translation>{name}  ({width} × {height} px, noch nicht kalibriert)</translation>
    </message>
    <message>
        <source>Remove clinic diagram</source>
        <translation>Praxisdiagramm entfernen</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Marks charted on it are kept (they are stored on the built-in view).</source>
        <translation>„{name}“ aus der Liste entfernen? Darauf eingetragene Markierungen bleiben erhalten (sie sind auf der eingebauten Ansicht gespeichert).</translation>
    </message>
</context>
<context>
    <name>ClinicDiagrams</name>
    <message>
        <source>Charting on the clinic diagram “{name}”.</source>
        <translation>Dokumentation auf dem Praxisdiagramm „{name}“.</translation>
    </message>
    <message>
        <source>“{name}” was imported but is not calibrated yet: calibrate it from View &gt; Use clinic diagram….</source>
        <translation>„{name}“ wurde importiert, ist aber noch nicht kalibriert: Kalibrieren Sie es über Ansicht &gt; Praxisdiagramm verwenden….</translation>
    </message>
</context>
<context>
    <name>ClinicWatch</name>
    <message>
        <source>The open visit was changed on another workstation.</source>
        <translation>Die geöffnete Sitzung wurde an einem anderen Arbeitsplatz geändert.</translation>
    </message>
    <message>
        <source>Reloaded · {time}</source>
        <translation>Neu geladen · {time}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check that the audit trail was not changed (its hash chain)</source>
        <translation>prüfen, dass das Änderungsprotokoll nicht verändert wurde (seine Hash-Kette)</translation>
    </message>
    <message>
        <source>walk the whole chain, first row to last</source>
        <translation>die ganze Kette durchgehen, von der ersten bis zur letzten Zeile</translation>
    </message>
    <message>
        <source>a head hash recorded earlier (64 hex digits): it must still be in the chain</source>
        <translation>ein früher notierter Kopf-Hash (64 Hex-Ziffern): Er muss noch in der Kette sein</translation>
    </message>
    <message>
        <source>audit needs --verify (see bodymap audit --help).</source>
        <translation>audit braucht --verify (siehe bodymap audit --help).</translation>
    </message>
    <message>
        <source>--expect-head must be a hash of 64 hexadecimal digits, as `bodymap audit --verify` prints it.</source>
        <translation>--expect-head muss ein Hash aus 64 Hexadezimalziffern sein, wie `bodymap audit --verify` ihn ausgibt.</translation>
    </message>
    <message>
        <source>the audit trail does not verify at {where}. {rows} row before it verify.</source>
        <translation>das Änderungsprotokoll ist bei {where} nicht intakt. {rows} Zeile davor ist intakt.</translation>
    </message>
    <message>
        <source>the audit trail does not verify at {where}. {rows} rows before it verify.</source>
        <translation>das Änderungsprotokoll ist bei {where} nicht intakt. {rows} Zeilen davor sind intakt.</translation>
    </message>
    <message>
        <source>row {id}</source>
        <translation>Zeile {id}</translation>
    </message>
    <message>
        <source>no rows yet</source>
        <translation>noch keine Zeilen</translation>
    </message>
    <message>
        <source>audit trail intact: {rows} row, head {head}, hash {hash}</source>
        <translation>Änderungsprotokoll unverändert: {rows} Zeile, Kopf {head}, Hash {hash}</translation>
    </message>
    <message>
        <source>audit trail intact: {rows} rows, head {head}, hash {hash}</source>
        <translation>Änderungsprotokoll unverändert: {rows} Zeilen, Kopf {head}, Hash {hash}</translation>
    </message>
    <message>
        <source>the expected head hash is in the chain (it is the head)</source>
        <translation>der erwartete Kopf-Hash ist in der Kette (er ist der Kopf)</translation>
    </message>
    <message>
        <source>the expected head hash is in the chain</source>
        <translation>der erwartete Kopf-Hash ist in der Kette</translation>
    </message>
    <message>
        <source>copy every table (with its ids) into another, empty database and check it</source>
        <translation>jede Tabelle (mit ihren IDs) in eine andere, leere Datenbank kopieren und prüfen</translation>
    </message>
    <message>
        <source>the target database, e.g. postgresql+psycopg://user@server/clinic or sqlite:///path/copy.sqlite3 (made and migrated if new; must be empty)</source>
        <translation>die Zieldatenbank, z. B. postgresql+psycopg://user@server/clinic oder sqlite:///path/copy.sqlite3 (wird angelegt und migriert, wenn neu; muss leer sein)</translation>
    </message>
    <message>
        <source>rows read and written at a time (default 2000)</source>
        <translation>Zeilen, die auf einmal gelesen und geschrieben werden (Standard 2000)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>source rows</source>
        <translation>Zeilen in der Quelle</translation>
    </message>
    <message>
        <source>copied rows</source>
        <translation>kopierte Zeilen</translation>
    </message>
    <message>
        <source>check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>print a view&apos;s geometry (landmarks, regions, muscles, sites)</source>
        <translation>die Geometrie einer Ansicht ausgeben (Orientierungspunkte, Regionen, Muskeln, Punkte)</translation>
    </message>
    <message>
        <source>view id (see `bodymap render --list`)</source>
        <translation>Ansichts-ID (siehe `bodymap render --list`)</translation>
    </message>
    <message>
        <source>as JSON, in normalised coordinates (0..1), each item with its side</source>
        <translation>als JSON, in normierten Koordinaten (0..1), jedes Element mit seiner Seite</translation>
    </message>
    <message>
        <source>print the region, side and muscle at a normalised point</source>
        <translation>Region, Seite und Muskel an einem normierten Punkt ausgeben</translation>
    </message>
    <message>
        <source>resolve deep muscles too</source>
        <translation>auch tiefe Muskeln bestimmen</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {choices}.</source>
        <translation>Unbekannte Ansicht {view}; wählen Sie eine davon: {choices}.</translation>
    </message>
    <message>
        <source>X and Y are normalised coordinates between 0 and 1.</source>
        <translation>X und Y sind normierte Koordinaten zwischen 0 und 1.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>kein Datum (JJJJ-MM-TT): {text}</translation>
    </message>
    <message>
        <source>export visits as PDF, PNG, CSV, JSON or FHIR</source>
        <translation>Sitzungen als PDF, PNG, CSV, JSON oder FHIR exportieren</translation>
    </message>
    <message>
        <source>one visit</source>
        <translation>eine Sitzung</translation>
    </message>
    <message>
        <source>every visit of the patient with this chart number</source>
        <translation>jede Sitzung des Patienten mit dieser Aktennummer</translation>
    </message>
    <message>
        <source>every patient and visit</source>
        <translation>alle Patienten und Sitzungen</translation>
    </message>
    <message>
        <source>file format (default pdf)</source>
        <translation>Dateiformat (Standard pdf)</translation>
    </message>
    <message>
        <source>file or folder</source>
        <translation>Datei oder Ordner</translation>
    </message>
    <message>
        <source>PDF: the patient copy in plain words (default) or the clinician copy with the full record</source>
        <translation>PDF: das Patientenexemplar in einfachen Worten (Standard) oder das Therapeutenexemplar mit der vollständigen Dokumentation</translation>
    </message>
    <message>
        <source>PDF: the handout&apos;s language for this export (en, es, de, pt_BR); default: the patient&apos;s preferred language for the patient copy, else LANGUAGE / LANG</source>
        <translation>PDF: die Sprache des Patientenblatts für diesen Export (en, es, de, pt_BR); Standard: die bevorzugte Sprache des Patienten für das Patientenexemplar, sonst LANGUAGE / LANG</translation>
    </message>
    <message>
        <source>PDF paper: A4 (default), Letter, Legal, A3, A5</source>
        <translation>PDF-Papier: A4 (Standard), Letter, Legal, A3, A5</translation>
    </message>
    <message>
        <source>PDF in landscape</source>
        <translation>PDF im Querformat</translation>
    </message>
    <message>
        <source>PNG height (default 1600)</source>
        <translation>PNG-Höhe (Standard 1600)</translation>
    </message>
    <message>
        <source>PNG: only this view (e.g. anterior)</source>
        <translation>PNG: nur diese Ansicht (z. B. anterior)</translation>
    </message>
    <message>
        <source>only visits on or after this date</source>
        <translation>nur Sitzungen an oder nach diesem Datum</translation>
    </message>
    <message>
        <source>only visits on or before this date</source>
        <translation>nur Sitzungen an oder vor diesem Datum</translation>
    </message>
    <message>
        <source>import a bodymap JSON export</source>
        <translation>einen bodymap-JSON-Export importieren</translation>
    </message>
    <message>
        <source>a chart number already in use: refuse the file (default) or give the imported patient a new number</source>
        <translation>eine bereits vergebene Aktennummer: die Datei ablehnen (Standard) oder dem importierten Patienten eine neue Nummer geben</translation>
    </message>
    <message>
        <source>--since and --until do not apply to JSON exports.</source>
        <translation>--since und --until gelten nicht für JSON-Exporte.</translation>
    </message>
    <message>
        <source>No visits match; nothing was exported.</source>
        <translation>Keine Sitzung passt; es wurde nichts exportiert.</translation>
    </message>
    <message>
        <source>--height must be between {least} and {most} pixels.</source>
        <translation>--height muss zwischen {least} und {most} Pixeln liegen.</translation>
    </message>
    <message>
        <source>Several visits make several images: {folder} must be an existing folder.</source>
        <translation>Mehrere Sitzungen ergeben mehrere Bilder: {folder} muss ein vorhandener Ordner sein.</translation>
    </message>
    <message>
        <source>Several visits make one PDF each: {folder} must be an existing folder.</source>
        <translation>Mehrere Sitzungen ergeben je ein PDF: {folder} muss ein vorhandener Ordner sein.</translation>
    </message>
    <message>
        <source>copy the SQLite database to a file (online, consistent)</source>
        <translation>die SQLite-Datenbank in eine Datei kopieren (im laufenden Betrieb, konsistent)</translation>
    </message>
    <message>
        <source>where to write the copy (default: a dated file in the backup folder)</source>
        <translation>wohin die Kopie geschrieben wird (Standard: eine datierte Datei im Sicherungsordner)</translation>
    </message>
    <message>
        <source>without -o: how many dated backups to keep (default {keep})</source>
        <translation>ohne -o: wie viele datierte Sicherungen behalten werden (Standard {keep})</translation>
    </message>
    <message>
        <source>replace the SQLite database with a checked backup</source>
        <translation>die SQLite-Datenbank durch eine geprüfte Sicherung ersetzen</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>die wiederherzustellende Sicherung</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>nicht nach Bestätigung fragen</translation>
    </message>
    <message>
        <source>list the dated backups with their dates and sizes</source>
        <translation>die datierten Sicherungen mit Datum und Größe auflisten</translation>
    </message>
    <message>
        <source>backup folder (default: beside the database)</source>
        <translation>Sicherungsordner (Standard: neben der Datenbank)</translation>
    </message>
    <message>
        <source>restore needs confirmation, but input is not a terminal; run it again with --yes to replace the database.</source>
        <translation>restore braucht eine Bestätigung, aber die Eingabe ist kein Terminal; führen Sie es mit --yes erneut aus, um die Datenbank zu ersetzen.</translation>
    </message>
    <message>
        <source>{path}: a sound bodymap backup ({patients} patients, {size}).</source>
        <translation>{path}: eine einwandfreie bodymap-Sicherung ({patients} Patienten, {size}).</translation>
    </message>
    <message>
        <source>Replace the current database {path} with this backup? Close bodymap on every workstation first. [y/N] </source>
        <translation>Die aktuelle Datenbank {path} durch diese Sicherung ersetzen? Schließen Sie bodymap vorher an jedem Arbeitsplatz. [j/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>j</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored {path} from {file}.</source>
        <translation>{path} aus {file} wiederhergestellt.</translation>
    </message>
    <message>
        <source>The previous database was kept as {kept}.</source>
        <translation>Die bisherige Datenbank wurde als {kept} aufbewahrt.</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>Keine Sicherungen in {folder}.</translation>
    </message>
    <message>
        <source>print a visit&apos;s pain-area and trigger-point metrics as JSON</source>
        <translation>die Kennzahlen zu Schmerzfläche und Triggerpunkten einer Sitzung als JSON ausgeben</translation>
    </message>
    <message>
        <source>compare two visits of one patient (JSON)</source>
        <translation>zwei Sitzungen eines Patienten vergleichen (JSON)</translation>
    </message>
    <message>
        <source>a patient&apos;s pain, pain area and trigger points per visit (JSON)</source>
        <translation>Schmerz, Schmerzfläche und Triggerpunkte eines Patienten je Sitzung (JSON)</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>how often pain was drawn at each point of a view, as PNG</source>
        <translation>wie oft an jedem Punkt einer Ansicht Schmerz eingezeichnet wurde, als PNG</translation>
    </message>
    <message>
        <source>view id, e.g. anterior or posterior</source>
        <translation>Ansichts-ID, z. B. anterior oder posterior</translation>
    </message>
    <message>
        <source>only visits whose chief complaint contains TEXT</source>
        <translation>nur Sitzungen, deren Hauptbeschwerde TEXT enthält</translation>
    </message>
    <message>
        <source>only this patient&apos;s visits (a composite map)</source>
        <translation>nur die Sitzungen dieses Patienten (eine Gesamtkarte)</translation>
    </message>
    <message>
        <source>research export: pain-drawing measures per visit as CSV (chart numbers, no names)</source>
        <translation>Forschungsexport: Maße der Schmerzzeichnung je Sitzung als CSV (Aktennummern, keine Namen)</translation>
    </message>
    <message>
        <source>the visits of the patient with this chart number</source>
        <translation>die Sitzungen des Patienten mit dieser Aktennummer</translation>
    </message>
    <message>
        <source>every patient&apos;s visits</source>
        <translation>die Sitzungen aller Patienten</translation>
    </message>
    <message>
        <source>The output file name must end in {suffix}.</source>
        <translation>Der Name der Ausgabedatei muss auf {suffix} enden.</translation>
    </message>
    <message>
        <source>list draft visits and what blocks signing them</source>
        <translation>Sitzungsentwürfe auflisten und was ihrer Unterschrift im Weg steht</translation>
    </message>
    <message>
        <source>only visits that started more than DAYS days ago</source>
        <translation>nur Sitzungen, die vor mehr als DAYS Tagen begonnen haben</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>JSON statt Text ausgeben</translation>
    </message>
    <message>
        <source>{count} draft visit started more than {days} days ago: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} Sitzungsentwurf, vor mehr als {days} Tagen begonnen: {open} mit Offenem, {ready} bereit zum Unterschreiben.</translation>
    </message>
    <message>
        <source>{count} draft visits started more than {days} days ago: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} Sitzungsentwürfe, vor mehr als {days} Tagen begonnen: {open} mit Offenem, {ready} bereit zum Unterschreiben.</translation>
    </message>
    <message>
        <source>{count} draft visit: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} Sitzungsentwurf: {open} mit Offenem, {ready} bereit zum Unterschreiben.</translation>
    </message>
    <message>
        <source>{count} draft visits: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} Sitzungsentwürfe: {open} mit Offenem, {ready} bereit zum Unterschreiben.</translation>
    </message>
    <message>
        <source>no treating clinician</source>
        <translation>keine behandelnde Fachkraft</translation>
    </message>
    <message>
        <source>{when}  chart {chart}  visit {visit}  {clinician}</source>
        <translation>{when}  Akte {chart}  Sitzung {visit}  {clinician}</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>bereit zum Unterschreiben</translation>
    </message>
    <message>
        <source>Chart trigger points and referred pain on body diagrams.</source>
        <translation>Triggerpunkte und übertragenen Schmerz auf Körperdiagrammen dokumentieren.</translation>
    </message>
    <message>
        <source>database URL (default: $BODYMAP_DATABASE_URL, else the embedded SQLite file in the user-data folder)</source>
        <translation>Datenbank-URL (Standard: $BODYMAP_DATABASE_URL, sonst die eingebettete SQLite-Datei im Benutzerdatenordner)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>das Fenster öffnen (Standard)</translation>
    </message>
    <message>
        <source>create a demo patient with three charted visits</source>
        <translation>einen Demo-Patienten mit drei dokumentierten Sitzungen anlegen</translation>
    </message>
    <message>
        <source>list visits as tab-separated lines</source>
        <translation>Sitzungen als tabulatorgetrennte Zeilen auflisten</translation>
    </message>
    <message>
        <source>only this chart number</source>
        <translation>nur diese Aktennummer</translation>
    </message>
    <message>
        <source>render a view with a visit&apos;s marks to PNG</source>
        <translation>eine Ansicht mit den Markierungen einer Sitzung als PNG zeichnen</translation>
    </message>
    <message>
        <source>list the views and exit</source>
        <translation>die Ansichten auflisten und beenden</translation>
    </message>
    <message>
        <source>visit whose marks to draw</source>
        <translation>Sitzung, deren Markierungen gezeichnet werden</translation>
    </message>
    <message>
        <source>image height (default 1600)</source>
        <translation>Bildhöhe (Standard 1600)</translation>
    </message>
    <message>
        <source>comma-separated diagram layers: outline,regions,muscles,deep,landmarks,labels (default outline,labels)</source>
        <translation>kommagetrennte Diagrammebenen: outline,regions,muscles,deep,landmarks,labels (Standard outline,labels)</translation>
    </message>
    <message>
        <source>print where the data lives</source>
        <translation>ausgeben, wo die Daten liegen</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>Warnung: {warning}</translation>
    </message>
    <message>
        <source>Open the bodymap window.</source>
        <translation>Das bodymap-Fenster öffnen.</translation>
    </message>
    <message>
        <source>database URL (as for `bodymap --database`)</source>
        <translation>Datenbank-URL (wie bei `bodymap --database`)</translation>
    </message>
    <message>
        <source>render needs a VIEW and -o PNG (or --list).</source>
        <translation>render braucht eine VIEW und -o PNG (oder --list).</translation>
    </message>
    <message>
        <source>Unknown layer(s) {layers}; choose from: {choices}.</source>
        <translation>Unbekannte Ebene(n) {layers}; zur Wahl stehen: {choices}.</translation>
    </message>
    <message>
        <source>list adverse events after needling across the clinic (CSV)</source>
        <translation>unerwünschte Ereignisse nach dem Nadeln in der ganzen Praxis auflisten (CSV)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>erster Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>letzter Tag (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <source>rates per 1,000 needled trigger points and per 1,000 needling visits, by severity and type (near misses separately)</source>
        <translation>Raten je 1.000 genadelte Triggerpunkte und je 1.000 Sitzungen mit Nadeln, nach Schweregrad und Art (Beinahe-Ereignisse getrennt)</translation>
    </message>
    <message>
        <source>{what} must be a date like 2026-03-31, not {text}.</source>
        <translation>{what} muss ein Datum wie 2026-03-31 sein, nicht {text}.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from darf nicht nach --to liegen.</translation>
    </message>
    <message>
        <source>rank muscles whose referral patterns explain a visit&apos;s pain zones</source>
        <translation>Muskeln danach ordnen, wie gut ihre Übertragungsmuster die Schmerzzonen einer Sitzung erklären</translation>
    </message>
    <message>
        <source>how many (default 10; 0 = all)</source>
        <translation>wie viele (Standard 10; 0 = alle)</translation>
    </message>
    <message>
        <source>JSON with coverage, precision and reasons</source>
        <translation>JSON mit Abdeckung, Präzision und Begründungen</translation>
    </message>
    <message>
        <source>--top must be 0 (all) or more.</source>
        <translation>--top muss 0 (alle) oder mehr sein.</translation>
    </message>
    <message>
        <source>visit {visit} has no pain zones: nothing to suggest</source>
        <translation>Sitzung {visit} hat keine Schmerzzonen: nichts vorzuschlagen</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Positionsargumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe anzeigen und beenden</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>die Versionsnummer des Programms anzeigen und beenden</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: Fehler: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>folgende Argumente sind erforderlich: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>unbekannte Argumente: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>ungültige Auswahl: %(value)r (zur Wahl: %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>Argument %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>ungültiger %(type)s-Wert: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>ein Argument erwartet</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>&lt;b style=&apos;color:@ok&apos;&gt;Better&lt;/b&gt;: less of the body in pain, by more than the measurement error</source>
        <translation>&lt;b style=&apos;color:@ok&apos;&gt;Besser&lt;/b&gt;: weniger Körperfläche schmerzhaft, mehr als der Messfehler</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:@warn&apos;&gt;Worse&lt;/b&gt;: more of the body in pain, by more than the measurement error</source>
        <translation>&lt;b style=&apos;color:@warn&apos;&gt;Schlechter&lt;/b&gt;: mehr Körperfläche schmerzhaft, mehr als der Messfehler</translation>
    </message>
    <message>
        <source>No detectable change: within the measurement error</source>
        <translation>Keine nachweisbare Veränderung: innerhalb des Messfehlers</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>generalised pain: {change}</source>
        <translation>generalisierter Schmerz: {change}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left/right symmetry&lt;/b&gt; (1 = the same on both sides): {change}</source>
        <translation>&lt;b&gt;Links-rechts-Symmetrie&lt;/b&gt; (1 = auf beiden Seiten gleich): {change}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} Punkte</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain extent&lt;/b&gt; (share of the whole body surface): {before} → {after} ({change})</source>
        <translation>&lt;b&gt;Schmerzausdehnung&lt;/b&gt; (Anteil an der gesamten Körperoberfläche): {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>{verdict} (±{mdc} points, published minimal detectable change)</source>
        <translation>{verdict} (±{mdc} Punkte, publizierte kleinste nachweisbare Veränderung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weighted by intensity&lt;/b&gt;: {before} → {after}</source>
        <translation>&lt;b&gt;Nach Intensität gewichtet&lt;/b&gt;: {before} → {after}</translation>
    </message>
    <message>
        <source>&lt;b&gt;How much of the pain is in the same place&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Anteil des Schmerzes an derselben Stelle&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Painful regions&lt;/b&gt;: {regions} · &lt;b&gt;Widespread pain index&lt;/b&gt;: {wpi} of 19</source>
        <translation>&lt;b&gt;Schmerzhafte Regionen&lt;/b&gt;: {regions} · &lt;b&gt;Widespread Pain Index&lt;/b&gt;: {wpi} von 19</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Abgeklungen</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Fortbestehend</translation>
    </message>
    <message>
        <source>pain {pain}/10</source>
        <translation>Schmerz {pain}/10</translation>
    </message>
    <message>
        <source>pain not rated</source>
        <translation>Schmerz nicht bewertet</translation>
    </message>
    <message>
        <source>(later visit only)</source>
        <translation>(nur spätere Sitzung)</translation>
    </message>
    <message>
        <source>(earlier visit only)</source>
        <translation>(nur frühere Sitzung)</translation>
    </message>
    <message>
        <source>(both)</source>
        <translation>(beide)</translation>
    </message>
    <message>
        <source>Compare visits — {name}</source>
        <translation>Sitzungen vergleichen — {name}</translation>
    </message>
    <message>
        <source>Earlier visit:</source>
        <translation>Frühere Sitzung:</translation>
    </message>
    <message>
        <source>Later visit:</source>
        <translation>Spätere Sitzung:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Veränderung&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change where it was drawn</source>
        <translation>Veränderung, wo eingezeichnet</translation>
    </message>
    <message>
        <source>Change by body region (all views)</source>
        <translation>Veränderung nach Körperregion (alle Ansichten)</translation>
    </message>
    <message>
        <source>Trigger points at</source>
        <translation>Triggerpunkte in</translation>
    </message>
    <message>
        <source>Persist.</source>
        <translation>Fortbest.</translation>
    </message>
    <message>
        <source>Act.→lat.</source>
        <translation>Akt.→lat.</translation>
    </message>
    <message>
        <source>Where the trigger points were charted</source>
        <translation>Wo die Triggerpunkte eingetragen wurden</translation>
    </message>
    <message>
        <source>Active → latent</source>
        <translation>Aktiv → latent</translation>
    </message>
    <message>
        <source>This patient needs at least one charted visit to compare.</source>
        <translation>Für einen Vergleich braucht dieser Patient mindestens eine dokumentierte Sitzung.</translation>
    </message>
    <message>
        <source>Compare visits</source>
        <translation>Sitzungen vergleichen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier&lt;/b&gt; · {date}</source>
        <translation>&lt;b&gt;Frühere Sitzung&lt;/b&gt; · {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Later&lt;/b&gt; · {date}</source>
        <translation>&lt;b&gt;Spätere Sitzung&lt;/b&gt; · {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per view&lt;/b&gt; (share of the view&apos;s drawing)</source>
        <translation>&lt;b&gt;Pro Ansicht&lt;/b&gt; (Anteil der Zeichnung der Ansicht)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Same place</source>
        <translation>Gleiche Stelle</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trigger points&lt;/b&gt;: {before} → {after} active; {resolved} resolved, {new} new, {persisting} persisting</source>
        <translation>&lt;b&gt;Triggerpunkte&lt;/b&gt;: {before} → {after} aktiv; {resolved} abgeklungen, {new} neu, {persisting} fortbestehend</translation>
    </message>
    <message>
        <source>, {count} active → latent</source>
        <translation>, {count} aktiv → latent</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall pain&lt;/b&gt;: {pain}</source>
        <translation>&lt;b&gt;Schmerz insgesamt&lt;/b&gt;: {pain}</translation>
    </message>
    <message>
        <source>Per view: ✔ change larger than the drawing error · ≈ within it</source>
        <translation>Pro Ansicht: ✔ Veränderung größer als der Zeichenfehler · ≈ innerhalb davon</translation>
    </message>
    <message>
        <source>Unlabelled site</source>
        <translation>Unbenannte Stelle</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>{place} ({side})</source>
        <translation>{place} ({side})</translation>
    </message>
    <message>
        <source>Pain went</source>
        <translation>Schmerz verschwunden</translation>
    </message>
    <message>
        <source>Pain came</source>
        <translation>Schmerz neu aufgetreten</translation>
    </message>
    <message>
        <source>Pain stayed</source>
        <translation>Schmerz geblieben</translation>
    </message>
</context>
<context>
    <name>ConsentDetailsDialog</name>
    <message>
        <source>Consent to dry needling</source>
        <translation>Einwilligung in Dry Needling</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Einwilligung widerrufen…</translation>
    </message>
    <message>
        <source>Discussed with the patient</source>
        <translation>Mit dem Patienten besprochen</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Unterschrift des Patienten</translation>
    </message>
    <message>
        <source>not recorded:</source>
        <translation>nicht erfasst:</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to dry needling</source>
        <translation>Einwilligung in Dry Needling</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Discussed with the patient</source>
        <translation>Mit dem Patienten besprochen</translation>
    </message>
    <message>
        <source>☐  {item}  (not recorded)</source>
        <translation>☐  {item}  (nicht erfasst)</translation>
    </message>
    <message>
        <source>From the health screen: {factors}</source>
        <translation>Aus dem Gesundheitsfragebogen: {factors}</translation>
    </message>
    <message>
        <source>The health screen flagged nothing.</source>
        <translation>Der Gesundheitsfragebogen zeigte nichts an.</translation>
    </message>
    <message>
        <source>Course of treatment until {date} or for 1 visit</source>
        <translation>Behandlungsserie bis {date} oder für 1 Sitzung</translation>
    </message>
    <message>
        <source>Course of treatment until {date} or for {count} visits</source>
        <translation>Behandlungsserie bis {date} oder für {count} Sitzungen</translation>
    </message>
    <message>
        <source>Course of treatment until {date}</source>
        <translation>Behandlungsserie bis {date}</translation>
    </message>
    <message>
        <source>Course of treatment for 1 visit</source>
        <translation>Behandlungsserie für 1 Sitzung</translation>
    </message>
    <message>
        <source>Course of treatment for {count} visits</source>
        <translation>Behandlungsserie für {count} Sitzungen</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>Before treatment, please tell us if any of these apply to you</source>
        <translation>Bitte sagen Sie uns vor der Behandlung, ob etwas davon auf Sie zutrifft</translation>
    </message>
    <message>
        <source>Health questions</source>
        <translation>Gesundheitsfragen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Art der Einwilligung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Eingeholt von</translation>
    </message>
    <message>
        <source>{name}, recorded {when}</source>
        <translation>{name}, erfasst am {when}</translation>
    </message>
    <message>
        <source>Copy given</source>
        <translation>Kopie ausgehändigt</translation>
    </message>
    <message>
        <source>Yes, a copy was given to the patient</source>
        <translation>Ja, dem Patienten wurde eine Kopie ausgehändigt</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Unterschrift</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>☐ Written   ☐ Verbal   ☐ Other: ____________________</source>
        <translation>☐ Schriftlich   ☐ Mündlich   ☐ Andere: ____________________</translation>
    </message>
    <message>
        <source>☐ This visit only   ☐ Course of treatment until ____________ or for ____ visits</source>
        <translation>☐ Nur diese Sitzung   ☐ Behandlungsserie bis ____________ oder für ____ Sitzungen</translation>
    </message>
    <message>
        <source>☐ Yes   ☐ No</source>
        <translation>☐ Ja   ☐ Nein</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Wirkung</translation>
    </message>
    <message>
        <source>This consent does not cover visits after this time.</source>
        <translation>Diese Einwilligung gilt nicht für Sitzungen nach diesem Zeitpunkt.</translation>
    </message>
    <message>
        <source>I have read (or had read to me) the information above, my questions have been answered, and I agree to dry needling.</source>
        <translation>Ich habe die obigen Informationen gelesen (oder vorgelesen bekommen), meine Fragen wurden beantwortet, und ich willige in die Behandlung mit Dry Needling ein.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Patient: {name}</translation>
    </message>
    <message>
        <source>Signed on paper: the signed original is kept on file.</source>
        <translation>Auf Papier unterschrieben: Das unterschriebene Original wird in der Akte aufbewahrt.</translation>
    </message>
    <message>
        <source>Clinician: {name}</source>
        <translation>Therapeut: {name}</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>From the health screen: {factors}</source>
        <translation>Aus dem Gesundheitsfragebogen: {factors}</translation>
    </message>
    <message>
        <source>The health screen flags nothing for this patient.</source>
        <translation>Der Gesundheitsfragebogen zeigt bei diesem Patienten nichts an.</translation>
    </message>
    <message>
        <source>Record consent to dry needling</source>
        <translation>Einwilligung in Dry Needling erfassen</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>how, when “Other” (e.g. through an interpreter)</source>
        <translation>wie, bei „Andere“ (z. B. über einen Dolmetscher)</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Nur diese Sitzung</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Behandlungsserie</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>unbegrenzt</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>or for</source>
        <translation>oder für</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>A copy of the consent form was given to the patient</source>
        <translation>Kopie der Einwilligung dem Patienten ausgehändigt</translation>
    </message>
    <message>
        <source>{name} (signed in), when saved</source>
        <translation>{name} (angemeldet), beim Speichern</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Art der Einwilligung</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Eingeholt von</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Discussed with the patient (tick each one)</source>
        <translation>Mit dem Patienten besprochen (jeden Punkt abhaken)</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Unterschrift des Patienten</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Unterschrift löschen</translation>
    </message>
    <message>
        <source>Signed on the printed form instead</source>
        <translation>Stattdessen auf dem Ausdruck unterschrieben</translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Signed on screen by the patient</source>
        <translation>Vom Patienten am Bildschirm unterschrieben</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Auf Papier unterschrieben</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Nicht unterschrieben</translation>
    </message>
    <message>
        <source>No consent covers this visit.</source>
        <translation>Keine Einwilligung gilt für diese Sitzung.</translation>
    </message>
    <message>
        <source>Record consent before needling.</source>
        <translation>Erfassen Sie die Einwilligung vor dem Nadeln.</translation>
    </message>
    <message>
        <source>✖ Consent WITHDRAWN {when}</source>
        <translation>✖ Einwilligung WIDERRUFEN {when}</translation>
    </message>
    <message>
        <source>Reason: {reason} (recorded by {name})</source>
        <translation>Grund: {reason} (erfasst von {name})</translation>
    </message>
    <message>
        <source>⚠ Consent is incomplete</source>
        <translation>⚠ Die Einwilligung ist unvollständig</translation>
    </message>
    <message>
        <source>✔ Consent covers this visit</source>
        <translation>✔ Die Einwilligung gilt für diese Sitzung</translation>
    </message>
    <message>
        <source>copy given</source>
        <translation>Kopie ausgehändigt</translation>
    </message>
    <message>
        <source>no copy given</source>
        <translation>keine Kopie ausgehändigt</translation>
    </message>
    <message>
        <source>Given {date} · {method} · {signature}</source>
        <translation>Erteilt am {date} · {method} · {signature}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Umfang: {scope}</translation>
    </message>
    <message>
        <source>Discussed: {count} of {total} items</source>
        <translation>Besprochen: {count} von {total} Punkten</translation>
    </message>
    <message>
        <source>Obtained by {name}, {when}</source>
        <translation>Eingeholt von {name}, {when}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notizen: {notes}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>bodymap — unexpected error</source>
        <translation>bodymap — unerwarteter Fehler</translation>
    </message>
    <message>
        <source>Something went wrong inside bodymap. Marks and details already shown on the chart were saved as they were made; check the last thing you did.</source>
        <translation>In bodymap ist etwas schiefgegangen. Markierungen und Angaben, die bereits in der Karte zu sehen sind, wurden beim Eintragen gespeichert; prüfen Sie Ihren letzten Schritt.</translation>
    </message>
    <message>
        <source>A report, without any patient data, was saved in the log file:
{path}</source>
        <translation>Ein Bericht ohne Patientendaten wurde in der Protokolldatei gespeichert:
{path}</translation>
    </message>
    <message>
        <source>Please send it to whoever supports bodymap at your clinic.</source>
        <translation>Bitte senden Sie ihn an die Person, die bodymap in Ihrer Praxis betreut.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{problem} (at {path})</source>
        <translation>{problem} (bei {path})</translation>
    </message>
    <message>
        <source>Expected a date like {example}, found {value}</source>
        <translation>Erwartet wurde ein Datum wie {example}, gefunden: {value}</translation>
    </message>
    <message>
        <source>Not a date: {value}</source>
        <translation>Kein Datum: {value}</translation>
    </message>
    <message>
        <source>Expected an object, found {kind}</source>
        <translation>Erwartet wurde ein Objekt, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Expected a list, found {kind}</source>
        <translation>Erwartet wurde eine Liste, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Too many entries ({count}; at most {most})</source>
        <translation>Zu viele Einträge ({count}; höchstens {most})</translation>
    </message>
    <message>
        <source>Missing field {name}</source>
        <translation>Feld {name} fehlt</translation>
    </message>
    <message>
        <source>Expected text, found {kind}</source>
        <translation>Erwartet wurde Text, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Must not be empty</source>
        <translation>Darf nicht leer sein</translation>
    </message>
    <message>
        <source>Too long ({count} characters; at most {most})</source>
        <translation>Zu lang ({count} Zeichen; höchstens {most})</translation>
    </message>
    <message>
        <source>Contains a NUL character</source>
        <translation>Enthält ein NUL-Zeichen</translation>
    </message>
    <message>
        <source>Contains an invalid character (a lone surrogate)</source>
        <translation>Enthält ein ungültiges Zeichen (ein einzelnes Surrogat)</translation>
    </message>
    <message>
        <source>Expected a whole number, found {kind}</source>
        <translation>Erwartet wurde eine ganze Zahl, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Out of range: {value} (allowed {lo} to {hi})</source>
        <translation>Außerhalb des Bereichs: {value} (erlaubt {lo} bis {hi})</translation>
    </message>
    <message>
        <source>Expected a number, found {kind}</source>
        <translation>Erwartet wurde eine Zahl, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Expected true or false, found {kind}</source>
        <translation>Erwartet wurde true oder false, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Must be one of {choices}; found {value}</source>
        <translation>Muss eines davon sein: {choices}; gefunden: {value}</translation>
    </message>
    <message>
        <source>Expected a UTC timestamp like 2025-03-12T10:15:00Z, found {value}</source>
        <translation>Erwartet wurde ein UTC-Zeitstempel wie 2025-03-12T10:15:00Z, gefunden: {value}</translation>
    </message>
    <message>
        <source>Not a timestamp: {value}</source>
        <translation>Kein Zeitstempel: {value}</translation>
    </message>
    <message>
        <source>The timestamp {value} has no time zone (expected UTC, ending in Z)</source>
        <translation>Der Zeitstempel {value} hat keine Zeitzone (erwartet UTC, endend auf Z)</translation>
    </message>
    <message>
        <source>Implausible year {year}</source>
        <translation>Unplausibles Jahr {year}</translation>
    </message>
    <message>
        <source>Implausible date of birth {value}</source>
        <translation>Unplausibles Geburtsdatum {value}</translation>
    </message>
    <message>
        <source>Duplicate {what} id {value}</source>
        <translation>Doppelte {what}-ID {value}</translation>
    </message>
    <message>
        <source>a number of more than {count} digits</source>
        <translation>eine Zahl mit mehr als {count} Stellen</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a number of {count} digits (too long)</source>
        <translation>eine Zahl mit {count} Stellen (zu lang)</translation>
    </message>
    <message>
        <source>Not a bodymap export (format is {found}, expected &apos;bodymap&apos;)</source>
        <translation>Kein bodymap-Export (Format ist {found}, erwartet &apos;bodymap&apos;)</translation>
    </message>
    <message>
        <source>Missing or invalid schema_version: {value}</source>
        <translation>schema_version fehlt oder ist ungültig: {value}</translation>
    </message>
    <message>
        <source>This file uses schema version {version}, newer than this bodymap understands ({known}); update bodymap to import it</source>
        <translation>Diese Datei verwendet die Schemaversion {version}, neuer als dieses bodymap versteht ({known}); aktualisieren Sie bodymap, um sie zu importieren</translation>
    </message>
    <message>
        <source>Unknown schema version {version}</source>
        <translation>Unbekannte Schemaversion {version}</translation>
    </message>
    <message>
        <source>scope must be one of {choices}</source>
        <translation>scope muss eines davon sein: {choices}</translation>
    </message>
    <message>
        <source>The logo is not valid base64</source>
        <translation>Das Logo ist kein gültiges Base64</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>Erwartet wurde true oder false</translation>
    </message>
    <message>
        <source>A signed visit needs signed_at</source>
        <translation>Eine unterzeichnete Sitzung braucht signed_at</translation>
    </message>
    <message>
        <source>Zone source {source} is not a trigger point of the same visit</source>
        <translation>Die Zonenquelle {source} ist kein Triggerpunkt derselben Sitzung</translation>
    </message>
    <message>
        <source>Unknown diagram view {view} (known: {known})</source>
        <translation>Unbekannte Diagrammansicht {view} (bekannt: {known})</translation>
    </message>
    <message>
        <source>Unknown finding {value} (known: {known})</source>
        <translation>Unbekannter Befund {value} (bekannt: {known})</translation>
    </message>
    <message>
        <source>A zone outline needs at least three points</source>
        <translation>Ein Zonenumriss braucht mindestens drei Punkte</translation>
    </message>
    <message>
        <source>Expected a point [x, y]</source>
        <translation>Erwartet wurde ein Punkt [x, y]</translation>
    </message>
    <message>
        <source>A zone needs at least one outline</source>
        <translation>Eine Zone braucht mindestens einen Umriss</translation>
    </message>
    <message>
        <source>Must be one of {choices}</source>
        <translation>Muss eines davon sein: {choices}</translation>
    </message>
    <message>
        <source>Expected one to three different sides</source>
        <translation>Erwartet wurden ein bis drei verschiedene Seiten</translation>
    </message>
    <message>
        <source>Expected a body region like &apos;right:temple&apos;</source>
        <translation>Erwartet wurde eine Körperregion wie &apos;right:temple&apos;</translation>
    </message>
    <message>
        <source>Expected a trigger point id</source>
        <translation>Erwartet wurde die ID eines Triggerpunkts</translation>
    </message>
    <message>
        <source>Must not be null</source>
        <translation>Darf nicht null sein</translation>
    </message>
    <message>
        <source>Too many entries (at most {most})</source>
        <translation>Zu viele Einträge (höchstens {most})</translation>
    </message>
    <message>
        <source>Chart number {chart} appears twice in the file (also at {other})</source>
        <translation>Die Aktennummer {chart} kommt zweimal in der Datei vor (auch bei {other})</translation>
    </message>
    <message>
        <source>A {kind} cannot be carried forward from itself</source>
        <translation>Ein {kind} kann nicht von sich selbst übernommen werden</translation>
    </message>
    <message>
        <source>Carried forward from {kind} {source} of another patient</source>
        <translation>Übernommen von {kind} {source} eines anderen Patienten</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>{path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it cannot be a bodymap export</source>
        <translation>{name} ist keine normale Datei und kann daher kein bodymap-Export sein</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {most} MB)</source>
        <translation>{name} ist zu groß zum Importieren ({size} MB; höchstens {most} MB)</translation>
    </message>
    <message>
        <source>The file holds two lists of patients</source>
        <translation>Die Datei enthält zwei Patientenlisten</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a bodymap export</source>
        <translation>{name} ist zu tief verschachtelt, um ein bodymap-Export zu sein</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte})</source>
        <translation>{name} ist kein UTF-8-Text (Byte {byte})</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {message} at line {line}, column {column}</source>
        <translation>{name} ist kein gültiges JSON: {message} in Zeile {line}, Spalte {column}</translation>
    </message>
    <message>
        <source>Unknown table {table}: this file comes from a newer bodymap; update bodymap to import it</source>
        <translation>Unbekannte Tabelle {table}: Diese Datei stammt aus einem neueren bodymap; aktualisieren Sie bodymap, um sie zu importieren</translation>
    </message>
    <message>
        <source>Duplicate row {key}</source>
        <translation>Doppelte Zeile {key}</translation>
    </message>
    <message>
        <source>Holds a number that is not finite</source>
        <translation>Enthält eine Zahl, die nicht endlich ist</translation>
    </message>
    <message>
        <source>Too large ({count} characters; at most {most})</source>
        <translation>Zu groß ({count} Zeichen; höchstens {most})</translation>
    </message>
    <message>
        <source>Cannot carry a column of kind {kind}</source>
        <translation>Eine Spalte der Art {kind} kann nicht übertragen werden</translation>
    </message>
    <message>
        <source>Expected base64 text, found {kind}</source>
        <translation>Erwartet wurde Base64-Text, gefunden: {kind}</translation>
    </message>
    <message>
        <source>Too large (at most {most} MB)</source>
        <translation>Zu groß (höchstens {most} MB)</translation>
    </message>
    <message>
        <source>Not valid base64</source>
        <translation>Kein gültiges Base64</translation>
    </message>
    <message>
        <source>Choose exactly one of a visit, a patient or everything to export.</source>
        <translation>Wählen Sie genau eines zum Exportieren: eine Sitzung, einen Patienten oder alles.</translation>
    </message>
    <message>
        <source>on_conflict must be one of {choices}</source>
        <translation>on_conflict muss eines davon sein: {choices}</translation>
    </message>
    <message>
        <source>Imported {patients}, {visits}, {trigger_points} and {zones}.</source>
        <translation>Importiert: {patients}, {visits}, {trigger_points} und {zones}.</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 Patient</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} Patienten</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 Sitzung</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} Sitzungen</translation>
    </message>
    <message>
        <source>1 trigger point</source>
        <translation>1 Triggerpunkt</translation>
    </message>
    <message>
        <source>{count} trigger points</source>
        <translation>{count} Triggerpunkte</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 Zone</translation>
    </message>
    <message>
        <source>{count} zones</source>
        <translation>{count} Zonen</translation>
    </message>
    <message>
        <source>Also {rows} of the safety record, templates and settings.</source>
        <translation>Außerdem {rows} der Sicherheitsdokumentation, Vorlagen und Einstellungen.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} Zeilen</translation>
    </message>
    <message>
        <source>Chart {old} was already in use and was imported as {new}.</source>
        <translation>Die Akte {old} war bereits vergeben und wurde als {new} importiert.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a bodymap export</source>
        <translation>Die Datei ist zu tief verschachtelt, um ein bodymap-Export zu sein</translation>
    </message>
    <message>
        <source>The database refused the import, so nothing was imported: {reason}</source>
        <translation>Die Datenbank hat den Import abgelehnt, daher wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>{count} carried-forward link(s) pointed to marks outside the file and were left out.</source>
        <translation>{count} Übernahme-Verknüpfung(en) verwiesen auf Markierungen außerhalb der Datei und wurden weggelassen.</translation>
    </message>
    <message>
        <source>Chart number {chart} is already in use in this database; nothing was imported (import with &apos;rename&apos; to give the imported patient a new number)</source>
        <translation>Die Aktennummer {chart} ist in dieser Datenbank bereits vergeben; es wurde nichts importiert (importieren Sie mit &apos;rename&apos;, um dem importierten Patienten eine neue Nummer zu geben)</translation>
    </message>
    <message>
        <source>This database&apos;s settings were kept for: {keys}.</source>
        <translation>Die Einstellungen dieser Datenbank wurden beibehalten für: {keys}.</translation>
    </message>
    <message>
        <source>{rows} of the safety record belonged to charts outside the file and were left out.</source>
        <translation>{rows} der Sicherheitsdokumentation gehörten zu Akten außerhalb der Datei und wurden weggelassen.</translation>
    </message>
    <message>
        <source>{links} of the safety record pointed to rows outside the file and were left empty.</source>
        <translation>{links} der Sicherheitsdokumentation verwiesen auf Zeilen außerhalb der Datei und wurden leer gelassen.</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 Verknüpfung</translation>
    </message>
    <message>
        <source>{count} links</source>
        <translation>{count} Verknüpfungen</translation>
    </message>
    <message>
        <source>The image is a {format} of {width} x {height} pixels, not what the row says</source>
        <translation>Das Bild ist ein {format} mit {width} x {height} Pixeln, nicht was die Zeile angibt</translation>
    </message>
    <message>
        <source>{marks} had region, side or muscle labels that disagree with where they lie on the diagram; the diagram&apos;s labels were recorded instead (e.g. {examples}).</source>
        <translation>{marks}: Region, Seite oder Muskel stimmten nicht mit der Lage auf dem Diagramm überein; stattdessen wurden die Angaben des Diagramms erfasst (z. B. {examples}).</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 Markierung</translation>
    </message>
    <message>
        <source>{count} marks</source>
        <translation>{count} Markierungen</translation>
    </message>
    <message>
        <source>1 signed visit keeps its original signer and time and is recorded as signed elsewhere and imported.</source>
        <translation>1 unterzeichnete Sitzung behält ihre ursprüngliche Unterzeichnung (Person und Zeitpunkt) und wird als anderswo unterzeichnet und importiert erfasst.</translation>
    </message>
    <message>
        <source>{count} signed visits keep their original signer and time and are recorded as signed elsewhere and imported.</source>
        <translation>{count} unterzeichnete Sitzungen behalten ihre ursprüngliche Unterzeichnung (Person und Zeitpunkt) und werden als anderswo unterzeichnet und importiert erfasst.</translation>
    </message>
    <message>
        <source>Contains a NUL character or a lone surrogate</source>
        <translation>Enthält ein NUL-Zeichen oder ein einzelnes Surrogat</translation>
    </message>
    <message>
        <source>The visit is dated in the future ({when} UTC)</source>
        <translation>Die Sitzung ist in der Zukunft datiert ({when} UTC)</translation>
    </message>
    <message>
        <source>The visit was signed in the future ({when} UTC)</source>
        <translation>Die Sitzung wurde in der Zukunft unterzeichnet ({when} UTC)</translation>
    </message>
    <message>
        <source>The trigger point lies off the body: ({x}, {y}) is outside every body outline of the view {view}</source>
        <translation>Der Triggerpunkt liegt außerhalb des Körpers: ({x}, {y}) liegt außerhalb jedes Körperumrisses der Ansicht {view}</translation>
    </message>
    <message>
        <source>The zone lies off the body: it covers no part of any body outline of the view {view} (or has no area)</source>
        <translation>Die Zone liegt außerhalb des Körpers: Sie deckt keinen Teil eines Körperumrisses der Ansicht {view} ab (oder hat keine Fläche)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Patient copy (plain words)</source>
        <translation>Patientenexemplar (einfache Sprache)</translation>
    </message>
    <message>
        <source>Clinician copy (full record)</source>
        <translation>Therapeutenexemplar (vollständige Dokumentation)</translation>
    </message>
    <message>
        <source>PDF handout, patient copy (*.pdf)</source>
        <translation>PDF-Patientenblatt, Patientenexemplar (*.pdf)</translation>
    </message>
    <message>
        <source>PDF handout, clinician copy: full record (*.pdf)</source>
        <translation>PDF-Patientenblatt, Therapeutenexemplar: vollständige Dokumentation (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images of the charted views (*.png)</source>
        <translation>PNG-Bilder der bemalten Ansichten (*.png)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>CSV-Tabelle (*.csv)</translation>
    </message>
    <message>
        <source>bodymap JSON, complete (*.json)</source>
        <translation>bodymap-JSON, vollständig (*.json)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translation>FHIR-R4-Bundle (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export visit</source>
        <translation>Sitzung exportieren</translation>
    </message>
    <message>
        <source>The visit could not be exported to
{path}

{reason}</source>
        <translation>Die Sitzung konnte nicht exportiert werden nach
{path}

{reason}</translation>
    </message>
    <message>
        <source>Import a bodymap export</source>
        <translation>bodymap-Export importieren</translation>
    </message>
    <message>
        <source>bodymap JSON (*.json);;All files (*)</source>
        <translation>bodymap-JSON (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Import the patients whose chart numbers are taken under new chart numbers (for example CH-1-2)?</source>
        <translation>Patienten, deren Aktennummern schon vergeben sind, unter neuen Aktennummern importieren (zum Beispiel CH-1-2)?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drucken</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>Der Bericht konnte nicht gedruckt werden.</translation>
    </message>
    <message>
        <source>Print preview: visit report</source>
        <translation>Druckvorschau: Sitzungsbericht</translation>
    </message>
    <message>
        <source>The patient copy is in plain words, without needle details or the safety record; the clinician copy is the full record.</source>
        <translation>Das Patientenexemplar ist in einfacher Sprache, ohne Nadeldetails oder Sicherheitsprotokoll; das Therapeutenexemplar ist die vollständige Dokumentation.</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Exemplar:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>{copy}, {paper} (*.pdf)</source>
        <translation>{copy}, {paper} (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report as PDF</source>
        <translation>Sitzungsbericht als PDF exportieren</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>PDF exportieren</translation>
    </message>
    <message>
        <source>The PDF could not be saved to
{path}

{reason}</source>
        <translation>Das PDF konnte nicht gespeichert werden unter
{path}

{reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>bodymap — first start</source>
        <translation>bodymap — erster Start</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>&lt;b&gt;Welcome to bodymap.&lt;/b&gt; Create the administrator account.</source>
        <translation>&lt;b&gt;Willkommen bei bodymap.&lt;/b&gt; Legen Sie das Administratorkonto an.</translation>
    </message>
    <message>
        <source>Every chart entry and signature carries the name of the clinician signed in, so the clinic starts with this one account; the administrator then adds the other clinicians and sets up the clinic.</source>
        <translation>Jeder Eintrag und jede Unterschrift trägt den Namen des angemeldeten Therapeuten; daher beginnt die Praxis mit diesem einen Konto. Der Administrator legt danach die übrigen Therapeuten an und richtet die Praxis ein.</translation>
    </message>
    <message>
        <source>e.g. Dr. Sam Rivera, PT</source>
        <translation>z. B. Sam Rivera, Physiotherapeut</translation>
    </message>
    <message>
        <source>e.g. srivera</source>
        <translation>z. B. srivera</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>Handout</name>
    <message>
        <source>a tight band in the muscle</source>
        <translation>ein verspannter Strang im Muskel</translation>
    </message>
    <message>
        <source>a tender spot</source>
        <translation>eine druckempfindliche Stelle</translation>
    </message>
    <message>
        <source>pressing it brought on your familiar pain</source>
        <translation>Druck darauf löste Ihren bekannten Schmerz aus</translation>
    </message>
    <message>
        <source>the muscle twitched when pressed or treated</source>
        <translation>der Muskel zuckte bei Druck oder Behandlung</translation>
    </message>
    <message>
        <source>pressing it spread pain to another area</source>
        <translation>Druck darauf strahlte Schmerz in eine andere Region aus</translation>
    </message>
    <message>
        <source>Active: painful now</source>
        <translation>Aktiv: schmerzt jetzt</translation>
    </message>
    <message>
        <source>Latent: sore if pressed</source>
        <translation>Latent: schmerzt auf Druck</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Tastbares Hartspannband</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Punktuelle Druckempfindlichkeit</translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation>Schmerzwiedererkennung</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Lokale Zuckungsreaktion</translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation>Übertragener Schmerz reproduziert</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>aus früherer Sitzung übernommen</translation>
    </message>
    <message>
        <source>from an earlier visit</source>
        <translation>von einem früheren Termin</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Dry Needling</translation>
    </message>
    <message>
        <source>depth {mm}</source>
        <translation>Tiefe {mm}</translation>
    </message>
    <message>
        <source>1 twitch response</source>
        <translation>1 lokale Zuckungsreaktion</translation>
    </message>
    <message>
        <source>{n} twitch responses</source>
        <translation>{n} lokale Zuckungsreaktionen</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Genadelt</translation>
    </message>
    <message>
        <source>Near the surface</source>
        <translation>Nahe der Oberfläche</translation>
    </message>
    <message>
        <source>Muscle / location</source>
        <translation>Muskel / Lokalisation</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Druckschmerz</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Behandlung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Muscle / where</source>
        <translation>Muskel / wo</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Was es ist</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Was gefunden wurde</translation>
    </message>
    <message>
        <source>Sore to press</source>
        <translation>Schmerz bei Druck</translation>
    </message>
    <message>
        <source>Treated with</source>
        <translation>Behandelt mit</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation>Wo Sie ihn spüren</translation>
    </message>
    <message>
        <source>Feels like</source>
        <translation>Fühlt sich an wie</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>How deep</source>
        <translation>Wie tief</translation>
    </message>
    <message>
        <source>Trigger points (tight, tender spots in the muscle)</source>
        <translation>Triggerpunkte (verspannte, druckempfindliche Stellen im Muskel)</translation>
    </message>
    <message>
        <source>Where you feel the pain</source>
        <translation>Wo Sie den Schmerz spüren</translation>
    </message>
    <message>
        <source>Notes from your visit</source>
        <translation>Notizen zu Ihrem Termin</translation>
    </message>
    <message>
        <source>Your trigger point and pain chart</source>
        <translation>Ihre Triggerpunkt- und Schmerzkarte</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Myofasziale Triggerpunkte</translation>
    </message>
    <message>
        <source>Referred pain zones</source>
        <translation>Zonen übertragenen Schmerzes</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>Notizen zur Sitzung</translation>
    </message>
    <message>
        <source>Trigger point and referred pain chart (clinician copy)</source>
        <translation>Triggerpunkt- und Schmerzübertragungskarte (Therapeutenexemplar)</translation>
    </message>
    <message>
        <source>Left side, seen from the patient&apos;s left</source>
        <translation>Linke Seite, von links gesehen</translation>
    </message>
    <message>
        <source>Right side, seen from the patient&apos;s right</source>
        <translation>Rechte Seite, von rechts gesehen</translation>
    </message>
    <message>
        <source>The {view} diagram is not available; its marks are listed below.</source>
        <translation>Das Diagramm {view} ist nicht verfügbar; seine Markierungen stehen unten.</translation>
    </message>
    <message>
        <source>Close-up {letter}</source>
        <translation>Ausschnitt {letter}</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Active trigger point</source>
        <translation>Aktiver Triggerpunkt</translation>
    </message>
    <message>
        <source>Latent trigger point</source>
        <translation>Latenter Triggerpunkt</translation>
    </message>
    <message>
        <source>Treated with dry needling (X)</source>
        <translation>Mit Dry Needling behandelt (X)</translation>
    </message>
    <message>
        <source>From an earlier visit (dashed)</source>
        <translation>Von einem früheren Termin (gestrichelt)</translation>
    </message>
    <message>
        <source>Felt deep (dashed outline)</source>
        <translation>Tief empfunden (gestrichelter Rand)</translation>
    </message>
    <message>
        <source>Needled (X)</source>
        <translation>Genadelt (X)</translation>
    </message>
    <message>
        <source>Carried forward (dashed)</source>
        <translation>Übernommen (gestrichelt)</translation>
    </message>
    <message>
        <source>Deep (dashed outline)</source>
        <translation>Tief (gestrichelter Rand)</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Gedruckt {when}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Seite {number} von {total}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (Fortsetzung)</translation>
    </message>
    <message>
        <source>Looking after yourself at home</source>
        <translation>Selbstfürsorge zu Hause</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beidseits</translation>
    </message>
    <message>
        <source>Left {region}</source>
        <translation>{region} (links)</translation>
    </message>
    <message>
        <source>Right {region}</source>
        <translation>{region} (rechts)</translation>
    </message>
    <message>
        <source>Left and right are the patient&apos;s own left and right</source>
        <translation>Links und rechts aus Sicht des Patienten</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Termin {when}</translation>
    </message>
    <message>
        <source>Treating clinician: {name}</source>
        <translation>Behandelnde/r Therapeut/in: {name}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Unterzeichnet von {name}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Born {date}   ·   Chart {number}</source>
        <translation>Geboren {date}   ·   Akte {number}</translation>
    </message>
    <message>
        <source>DRAFT: this record has not yet been signed by the clinician and may still change.</source>
        <translation>ENTWURF: Dieser Eintrag ist noch nicht unterzeichnet und kann sich noch ändern.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Hauptbeschwerde</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Schmerz insgesamt</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Ihr Verlauf</translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation>Körperschema</translation>
    </message>
    <message>
        <source>Your body chart</source>
        <translation>Ihr Körperschema</translation>
    </message>
    <message>
        <source>No trigger points or pain zones were charted at this visit.</source>
        <translation>Bei diesem Termin wurden keine Triggerpunkte oder Schmerzzonen eingetragen.</translation>
    </message>
    <message>
        <source>No notes were recorded for this visit.</source>
        <translation>Zu diesem Termin wurden keine Notizen erfasst.</translation>
    </message>
    <message>
        <source>{text} … (continued below, {what})</source>
        <translation>{text} … (Fortsetzung unten, {what})</translation>
    </message>
    <message>
        <source>No trigger points were charted at this visit.</source>
        <translation>Bei diesem Termin wurden keine Triggerpunkte eingetragen.</translation>
    </message>
    <message>
        <source>Unlabelled site ({view})</source>
        <translation>Unbenannte Stelle ({view})</translation>
    </message>
    <message>
        <source>Trigger point notes (continued from the table)</source>
        <translation>Notizen zu Triggerpunkten (Fortsetzung der Tabelle)</translation>
    </message>
    <message>
        <source>No pain zones were charted at this visit.</source>
        <translation>Bei diesem Termin wurden keine Schmerzzonen eingetragen.</translation>
    </message>
    <message>
        <source>zone {key}</source>
        <translation>Zone {key}</translation>
    </message>
    <message>
        <source>Pain zone notes (continued from the table)</source>
        <translation>Notizen zu Schmerzzonen (Fortsetzung der Tabelle)</translation>
    </message>
    <message>
        <source>Zone {key}</source>
        <translation>Zone {key}</translation>
    </message>
    <message>
        <source>No needles used</source>
        <translation>Keine Nadeln verwendet</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Abgeglichen</translation>
    </message>
    <message>
        <source>Discrepancy documented</source>
        <translation>Abweichung dokumentiert</translation>
    </message>
    <message>
        <source>NOT reconciled</source>
        <translation>NICHT abgeglichen</translation>
    </message>
    <message>
        <source>After your treatment</source>
        <translation>Nach Ihrer Behandlung</translation>
    </message>
    <message>
        <source>The clinic&apos;s after-care advice for dry needling (printed in full on the patient copy)</source>
        <translation>Die Hinweise der Praxis zur Nachsorge nach Dry Needling (vollständig im Patientenexemplar)</translation>
    </message>
    <message>
        <source>Tolerated well</source>
        <translation>Gut vertragen</translation>
    </message>
    <message>
        <source>Moderate discomfort, completed</source>
        <translation>Mäßige Beschwerden, abgeschlossen</translation>
    </message>
    <message>
        <source>Tolerated poorly, stopped early</source>
        <translation>Schlecht vertragen, vorzeitig beendet</translation>
    </message>
    <message>
        <source>Improved (less pain or freer movement)</source>
        <translation>Gebessert (weniger Schmerz oder freiere Bewegung)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Unverändert</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Schlechter</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Blutung</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hämatom</translation>
    </message>
    <message>
        <source>Pain during needling</source>
        <translation>Schmerz während des Needlings</translation>
    </message>
    <message>
        <source>Pain after needling for more than 24 h</source>
        <translation>Schmerz nach dem Needling länger als 24 h</translation>
    </message>
    <message>
        <source>Aggravation of symptoms</source>
        <translation>Verschlechterung der Symptome</translation>
    </message>
    <message>
        <source>Fainting or feeling faint</source>
        <translation>Ohnmacht oder Schwächegefühl</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Übelkeit</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Kopfschmerz</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Schläfrigkeit</translation>
    </message>
    <message>
        <source>Nerve irritation</source>
        <translation>Nervenreizung</translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation>Verdacht auf Pneumothorax</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leicht</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Erheblich</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Schwerwiegend</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Beinahe-Ereignis</translation>
    </message>
    <message>
        <source>During needling</source>
        <translation>Während des Needlings</translation>
    </message>
    <message>
        <source>After needling, in the clinic</source>
        <translation>Nach dem Needling, in der Praxis</translation>
    </message>
    <message>
        <source>Within 24 h of leaving</source>
        <translation>Innerhalb von 24 h nach dem Termin</translation>
    </message>
    <message>
        <source>More than 24 h later</source>
        <translation>Mehr als 24 h später</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Mündlich</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Schriftlich</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Nur dieser Termin</translation>
    </message>
    <message>
        <source>{after}/10 (no pain score before treatment)</source>
        <translation>{after}/10 (kein Schmerzwert vor der Behandlung)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>{n} less</source>
        <translation>{n} weniger</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} mehr</translation>
    </message>
    <message>
        <source>{before}/10 before → {after}/10 after ({trend})</source>
        <translation>{before}/10 vorher → {after}/10 nachher ({trend})</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>{inserted} inserted, {removed} removed — {state}</source>
        <translation>{inserted} gesetzt, {removed} entfernt — {state}</translation>
    </message>
    <message>
        <source>{text}. Note: {note}</source>
        <translation>{text}. Notiz: {note}</translation>
    </message>
    <message>
        <source>No consent recorded for this visit</source>
        <translation>Keine Einwilligung zu diesem Termin erfasst</translation>
    </message>
    <message>
        <source>{method}, {date}, obtained by {name} · {scope}</source>
        <translation>{method}, {date}, eingeholt von {name} · {scope}</translation>
    </message>
    <message>
        <source>WITHDRAWN {when}</source>
        <translation>WIDERRUFEN {when}</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Verträglichkeit</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Notiz zur Sitzung</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Schmerz nach der Behandlung</translation>
    </message>
    <message>
        <source>How the treatment went</source>
        <translation>Wie die Behandlung verlief</translation>
    </message>
    <message>
        <source>Treatment safety</source>
        <translation>Behandlungssicherheit</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Nadelzählung</translation>
    </message>
    <message>
        <source>Thorax caution</source>
        <translation>Vorsicht Thorax</translation>
    </message>
    <message>
        <source>{site}: acknowledged by {name} {time}</source>
        <translation>{site}: bestätigt von {name} {time}</translation>
    </message>
    <message>
        <source>{site}: NOT acknowledged</source>
        <translation>{site}: NICHT bestätigt</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Bewegungsumfang</translation>
    </message>
    <message>
        <source>After-care</source>
        <translation>Nachsorge</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Beginn: {onset}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation>Unerwünschte Ereignisse und Beinahe-Ereignisse</translation>
    </message>
    <message>
        <source>Pain area</source>
        <translation>Schmerzfläche</translation>
    </message>
    <message>
        <source>% of body surface</source>
        <translation>% der Körperoberfläche</translation>
    </message>
    <message>
        <source>Active trigger points</source>
        <translation>Aktive Triggerpunkte</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Noch keine Termine</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Datum des Termins</translation>
    </message>
    <message>
        <source>Visit date ({year})</source>
        <translation>Datum des Termins ({year})</translation>
    </message>
    <message>
        <source>Your clinic</source>
        <translation>Ihre Praxis</translation>
    </message>
</context>
<context>
    <name>HeatmapDialog</name>
    <message>
        <source>Clinic pain map</source>
        <translation>Schmerzkarte der Praxis</translation>
    </message>
    <message>
        <source>Only chart {number}</source>
        <translation>Nur Akte {number}</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Sitzungen vom</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Alle Sitzungen</translation>
    </message>
    <message>
        <source>Chief complaint contains:</source>
        <translation>Hauptbeschwerde enthält:</translation>
    </message>
    <message>
        <source>e.g. neck, headache, low back</source>
        <translation>z. B. Nacken, Kopfschmerz, Kreuz</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Ansicht:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message numerus="yes">
        <source>%n visits chosen</source>
        <translation>
            <numerusform>%n Sitzung ausgewählt</numerusform>
            <numerusform>%n Sitzungen ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most frequent spot: %n visits</source>
        <translation>
            <numerusform>häufigste Stelle: %n Sitzung</numerusform>
            <numerusform>häufigste Stelle: %n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen} · {count} with pain on this view · {spot}</source>
        <translation>{chosen} · {count} mit Schmerz in dieser Ansicht · {spot}</translation>
    </message>
    <message>
        <source>chief complaint contains “{text}”</source>
        <translation>Hauptbeschwerde enthält „{text}“</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>Akte {number}</translation>
    </message>
    <message>
        <source>visits {since} to {until}</source>
        <translation>Sitzungen vom {since} bis {until}</translation>
    </message>
    <message>
        <source>all visits</source>
        <translation>alle Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain frequency: {view}</source>
        <translation>Schmerzhäufigkeit: {view}</translation>
    </message>
    <message>
        <source>{filter} · {visits}, {count} with pain on this view</source>
        <translation>{filter} · {visits}, {count} mit Schmerz in dieser Ansicht</translation>
    </message>
    <message>
        <source>Visits with
pain here</source>
        <translation>Sitzungen mit
Schmerz hier</translation>
    </message>
    <message>
        <source>No colour: no visit
had pain there</source>
        <translation>Keine Farbe: keine
Sitzung mit Schmerz
dort</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Export pain map</source>
        <translation>Schmerzkarte exportieren</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>{path} konnte nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Gespeichert: {path}</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>The folder is:
{folder}</source>
        <translation>Der Ordner ist:
{folder}</translation>
    </message>
    <message>
        <source>The user guide is:
{page}</source>
        <translation>Das Benutzerhandbuch liegt hier:
{page}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Unterzeichnet</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>Zone</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>carried forward from</source>
        <translation>übernommen von</translation>
    </message>
    <message>
        <source>carry-forward confirmed</source>
        <translation>Übernahme bestätigt</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>chief complaint</source>
        <translation>Hauptbeschwerde</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>treating clinician</source>
        <translation>behandelnde Fachkraft</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>angelegt von</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>needling depth (mm)</source>
        <translation>Nadeltiefe (mm)</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>handout language</source>
        <translation>Sprache des Patientenblatts</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>Muskel</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>needle size</source>
        <translation>Nadelgröße</translation>
    </message>
    <message>
        <source>needled</source>
        <translation>genadelt</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>overall pain</source>
        <translation>Schmerz insgesamt</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>pressure pain</source>
        <translation>Druckschmerz</translation>
    </message>
    <message>
        <source>pain quality</source>
        <translation>Schmerzqualität</translation>
    </message>
    <message>
        <source>region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>unterzeichnet am</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>unterzeichnet von</translation>
    </message>
    <message>
        <source>signed by (account)</source>
        <translation>unterzeichnet von (Konto)</translation>
    </message>
    <message>
        <source>site</source>
        <translation>Stelle</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>twitch responses</source>
        <translation>lokale Zuckungsreaktionen</translation>
    </message>
    <message>
        <source>version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>x</source>
        <translation>x</translation>
    </message>
    <message>
        <source>y</source>
        <translation>y</translation>
    </message>
    <message>
        <source>zones</source>
        <translation>Zonen</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>keine sichtbare Änderung</translation>
    </message>
    <message>
        <source>Visit history (audit trail)</source>
        <translation>Verlauf der Sitzung (Prüfprotokoll)</translation>
    </message>
    <message>
        <source>Every change to this visit, who made it and when. The trail cannot be edited.</source>
        <translation>Jede Änderung an dieser Sitzung, wer sie wann vorgenommen hat. Das Protokoll kann nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clinic diagram</source>
        <translation>Praxisdiagramm importieren</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of the diagram</source>
        <translation>Ein PNG- oder JPEG-Bild des Diagramms</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Bilddatei</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Diagram view</source>
        <translation>Diagrammansicht</translation>
    </message>
    <message>
        <source>The image must show the same view as the built-in diagram (same side facing the viewer). Next you click its landmarks so charting on it lands on the right regions.</source>
        <translation>Das Bild muss dieselbe Ansicht wie das eingebaute Diagramm zeigen (dieselbe Seite zum Betrachter). Danach klicken Sie seine Orientierungspunkte an, damit Eintragungen in den richtigen Regionen landen.</translation>
    </message>
    <message>
        <source>Import and calibrate…</source>
        <translation>Importieren und kalibrieren…</translation>
    </message>
    <message>
        <source>Choose the diagram image</source>
        <translation>Diagrammbild auswählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose an image file.</source>
        <translation>Wählen Sie eine Bilddatei.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Linke Seite des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Rechte Seite des Patienten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Unlabelled site</source>
        <translation>Unbenannte Stelle</translation>
    </message>
    <message>
        <source>(carried forward — confirm or remove)</source>
        <translation>(aus der letzten Sitzung übernommen – bestätigen oder entfernen)</translation>
    </message>
    <message>
        <source>nearest reference site {site}</source>
        <translation>nächste Referenzstelle {site}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>und {count} weitere</translation>
    </message>
    <message>
        <source>Pain zone</source>
        <translation>Schmerzzone</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Keine Region</translation>
    </message>
    <message>
        <source>{side}{place} ({status})</source>
        <translation>{side}{place} ({status})</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>Re-examined at this visit and still present: keep it as a finding of this visit.</source>
        <translation>In dieser Sitzung erneut untersucht und weiterhin vorhanden: als Befund dieser Sitzung übernehmen.</translation>
    </message>
</context>
<context>
    <name>KeyboardCharting</name>
    <message>
        <source>Body diagram, {view}</source>
        <translation>Körperdiagramm, {view}</translation>
    </message>
    <message>
        <source>Arrow keys move the crosshair; Enter places a trigger point.</source>
        <translation>Pfeiltasten bewegen das Fadenkreuz; Eingabe setzt einen Triggerpunkt.</translation>
    </message>
    <message>
        <source>Placed {description}</source>
        <translation>Gesetzt: {description}</translation>
    </message>
    <message>
        <source>Not moved: that would leave the body outline.</source>
        <translation>Nicht verschoben: Das läge außerhalb des Körperumrisses.</translation>
    </message>
    <message>
        <source>Nothing to erase here</source>
        <translation>Hier ist nichts zu löschen</translation>
    </message>
    <message>
        <source>An outline needs three corners; it has {count}</source>
        <translation>Ein Umriss braucht drei Ecken; er hat {count}</translation>
    </message>
    <message>
        <source>Zone stored: {zone}</source>
        <translation>Zone gespeichert: {zone}</translation>
    </message>
    <message>
        <source>Outline cancelled</source>
        <translation>Umriss verworfen</translation>
    </message>
    <message>
        <source>Selected: {mark}</source>
        <translation>Ausgewählt: {mark}</translation>
    </message>
    <message numerus="yes">
        <source>Outline, %n corner(s); crosshair: {place}</source>
        <translation>
            <numerusform>Umriss, %n Ecke; Fadenkreuz: {place}</numerusform>
            <numerusform>Umriss, %n Ecken; Fadenkreuz: {place}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language (after restart)</source>
        <translation>Sprache (nach Neustart)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>bodymap will use {language} the next time it starts.</source>
        <translation>bodymap verwendet {language} beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>LegendWidget</name>
    <message>
        <source>Key to the symbols and colours on the diagrams. Left and right are the patient&apos;s own left and right.</source>
        <translation>Legende der Symbole und Farben in den Diagrammen. Links und rechts sind links und rechts des Patienten.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>bodymap is locked</source>
        <translation>bodymap ist gesperrt</translation>
    </message>
    <message>
        <source>Patient data is hidden. Sign in to continue charting.</source>
        <translation>Patientendaten sind ausgeblendet. Melden Sie sich an, um weiter zu dokumentieren.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Sitzung</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Werkzeuge</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Therapeut</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Ebenen</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Neuer Patient…</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation>Patient bearbeiten…</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Neue Sitzung…</translation>
    </message>
    <message>
        <source>Visit details…</source>
        <translation>Sitzungsdetails…</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Unterzeichnen…</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Nachtrag hinzufügen…</translation>
    </message>
    <message>
        <source>History (audit trail)…</source>
        <translation>Verlauf (Prüfprotokoll)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>PDF exportieren…</translation>
    </message>
    <message>
        <source>Export visit…</source>
        <translation>Sitzung exportieren…</translation>
    </message>
    <message>
        <source>PDF, PNG, CSV, JSON or FHIR of the open visit</source>
        <translation>PDF, PNG, CSV, JSON oder FHIR der geöffneten Sitzung</translation>
    </message>
    <message>
        <source>Export handouts…</source>
        <translation>Patientenblätter exportieren…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Seite einrichten…</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Praxiseinstellungen…</translation>
    </message>
    <message>
        <source>Import clinic diagram…</source>
        <translation>Praxisdiagramm importieren…</translation>
    </message>
    <message>
        <source>Use clinic diagram…</source>
        <translation>Praxisdiagramm verwenden…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>A dated copy of the database in its backup folder</source>
        <translation>Eine datierte Kopie der Datenbank in ihrem Sicherungsordner</translation>
    </message>
    <message>
        <source>Backups on another disk…</source>
        <translation>Sicherungen auf anderem Datenträger…</translation>
    </message>
    <message>
        <source>A USB disk or network folder that receives a copy of every backup</source>
        <translation>Ein USB-Laufwerk oder Netzwerkordner, der jede Sicherung als Kopie erhält</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Aus Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Compare visits…</source>
        <translation>Sitzungen vergleichen…</translation>
    </message>
    <message>
        <source>Progress chart…</source>
        <translation>Verlaufsdiagramm…</translation>
    </message>
    <message>
        <source>Clinic pain map…</source>
        <translation>Schmerzkarte der Praxis…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Anordnung zurücksetzen</translation>
    </message>
    <message>
        <source>Put the panels back where they start</source>
        <translation>Setzt die Bereiche an ihren Ausgangsort zurück</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Bildschirm sperren</translation>
    </message>
    <message>
        <source>Switch clinician…</source>
        <translation>Therapeut wechseln…</translation>
    </message>
    <message>
        <source>Accounts and security…</source>
        <translation>Konten und Sicherheit…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Datenordner öffnen</translation>
    </message>
    <message>
        <source>The folder of the database and its backups</source>
        <translation>Der Ordner der Datenbank und ihrer Sicherungen</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Protokollordner öffnen</translation>
    </message>
    <message>
        <source>bodymap&apos;s log files and crash reports</source>
        <translation>Protokolldateien und Absturzberichte von bodymap</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Über bodymap</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Umriss</translation>
    </message>
    <message>
        <source>Surface regions</source>
        <translation>Oberflächenregionen</translation>
    </message>
    <message>
        <source>Muscles (superficial)</source>
        <translation>Muskeln (oberflächlich)</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Tiefe Muskeln</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Orientierungspunkte</translation>
    </message>
    <message>
        <source>Muscle and region names</source>
        <translation>Muskel- und Regionsnamen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Beschriftungen</translation>
    </message>
    <message>
        <source>Muscle fibre direction</source>
        <translation>Faserverlauf der Muskeln</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Light or dark as the system&apos;s colours are</source>
        <translation>Hell oder dunkel wie die Systemfarben</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Dunkle Schrift auf hellem Hintergrund</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Helle Schrift auf dunklem Hintergrund</translation>
    </message>
    <message>
        <source>Pen pressure sets</source>
        <translation>Stiftdruck steuert</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Pinselbreite</translation>
    </message>
    <message>
        <source>Zone intensity</source>
        <translation>Zonenintensität</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nichts</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Auswählen</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>Zone brush</source>
        <translation>Zonenpinsel</translation>
    </message>
    <message>
        <source>Zone polygon</source>
        <translation>Zonenpolygon</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Radierer</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Vorsichtszone</translation>
    </message>
    <message>
        <source>draw a place not to needle, shown at every visit</source>
        <translation>einen Bereich zeichnen, der nicht genadelt wird – bei jeder Sitzung sichtbar</translation>
    </message>
    <message>
        <source>Patients and visits</source>
        <translation>Patienten und Sitzungen</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Vorschläge</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <source>New-mark defaults</source>
        <translation>Vorgaben für neue Markierungen</translation>
    </message>
    <message>
        <source>bodymap — trigger-point charting</source>
        <translation>bodymap — Triggerpunkt-Dokumentation</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Kein Patient ausgewählt</translation>
    </message>
    <message>
        <source>Choose or create a patient on the left.</source>
        <translation>Wählen oder erstellen Sie links einen Patienten.</translation>
    </message>
    <message>
        <source>born {date} ({age} y)</source>
        <translation>geboren {date} ({age} J.)</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>Geburtsdatum unbekannt</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>Akte {number}</translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation>Keine Sitzung geöffnet</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Sitzung {when}</translation>
    </message>
    <message>
        <source>Treated by {name}</source>
        <translation>Behandelt von {name}</translation>
    </message>
    <message>
        <source>No treating clinician yet</source>
        <translation>Noch kein/e behandelnde/r Therapeut/in</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Unterzeichnet von {name}</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>UNTERZEICHNET</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>ENTWURF</translation>
    </message>
    <message>
        <source>Signed — read only</source>
        <translation>Unterzeichnet — schreibgeschützt</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Alle Änderungen gespeichert</translation>
    </message>
    <message>
        <source>Database connection lost — retrying…</source>
        <translation>Datenbankverbindung verloren — neuer Versuch…</translation>
    </message>
    <message>
        <source>Addendum saved.</source>
        <translation>Nachtrag gespeichert.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Patienten</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Search name or chart number…</source>
        <translation>Name oder Aktennummer suchen…</translation>
    </message>
    <message>
        <source>New point:</source>
        <translation>Neuer Punkt:</translation>
    </message>
    <message>
        <source>New zone:</source>
        <translation>Neue Zone:</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pinsel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latent</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Brennend</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pochend</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Oberflächlich</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Tief</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Qualität</translation>
    </message>
    <message>
        <source>Referred from</source>
        <translation>Übertragen von</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Druckschmerz</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Nadel</translation>
    </message>
    <message>
        <source>Twitches</source>
        <translation>Zuckungen</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Tastbares Hartspannband</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Punktuelle Druckempfindlichkeit</translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation>Schmerzwiedererkennung</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Lokale Zuckungsreaktion</translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation>Übertragener Schmerz reproduziert</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Genadelt</translation>
    </message>
    <message>
        <source>Confirm carried-forward mark</source>
        <translation>Übernommene Markierung bestätigen</translation>
    </message>
    <message>
        <source>Select a trigger point or a zone to see and edit its findings.

T places a trigger point, B paints a zone, P draws a zone polygon.</source>
        <translation>Wählen Sie einen Triggerpunkt oder eine Zone, um die Befunde zu sehen und zu bearbeiten.

T setzt einen Triggerpunkt, B malt eine Zone, P zeichnet ein Zonenpolygon.</translation>
    </message>
    <message>
        <source>DOB unknown</source>
        <translation>Geburtsdatum unbekannt</translation>
    </message>
    <message>
        <source>signed</source>
        <translation>unterzeichnet</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Angemeldet: {name}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Neues Konto</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Female</source>
        <translation>Weiblich</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Männlich</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Patient bearbeiten</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Neuer Patient</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Vorname und Nachname</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>As the program (no preference)</source>
        <translation>Wie das Programm (keine Vorgabe)</translation>
    </message>
    <message>
        <source>The patient&apos;s copy of the handout is printed in this language</source>
        <translation>Das Patientenexemplar wird in dieser Sprache gedruckt</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Geburtsdatum</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Sprache des Patientenblatts</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation>Geburtsdatum nicht erfasst</translation>
    </message>
    <message>
        <source>Read as {date} (age {age})</source>
        <translation>Gelesen als {date} (Alter {age})</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sex, or &quot;Not recorded&quot;.</source>
        <translation>Wählen Sie das Geschlecht oder „Nicht erfasst“.</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>geboren {date}</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>Geburtsdatum unbekannt</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…und {n} weitere</translation>
    </message>
    <message>
        <source>Is this the same person?</source>
        <translation>Ist das dieselbe Person?</translation>
    </message>
    <message>
        <source>Already on record with this name and date of birth:</source>
        <translation>Bereits erfasst mit diesem Namen und Geburtsdatum:</translation>
    </message>
    <message>
        <source>Is the patient you are saving one of them?</source>
        <translation>Ist der Patient, den Sie speichern, eine dieser Personen?</translation>
    </message>
    <message>
        <source>Same person: open {chart}</source>
        <translation>Dieselbe Person: {chart} öffnen</translation>
    </message>
    <message>
        <source>A different person: save</source>
        <translation>Eine andere Person: speichern</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>PatientPanel</name>
    <message numerus="yes">
        <source>%n trigger point(s)</source>
        <translation>
            <numerusform>%n Triggerpunkt</numerusform>
            <numerusform>%n Triggerpunkte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n Zone</numerusform>
            <numerusform>%n Zonen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrecautionAreas</name>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both</source>
        <translation>beidseitig</translation>
    </message>
    <message>
        <source>{kind} ({side})</source>
        <translation>{kind} ({side})</translation>
    </message>
    <message>
        <source>{kind}: {note}</source>
        <translation>{kind}: {note}</translation>
    </message>
</context>
<context>
    <name>PrecautionDialog</name>
    <message>
        <source>Lymphoedema</source>
        <translation>Lymphödem</translation>
    </message>
    <message>
        <source>Surgical site</source>
        <translation>Operationsgebiet</translation>
    </message>
    <message>
        <source>Broken skin</source>
        <translation>Verletzte Haut</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infektion</translation>
    </message>
    <message>
        <source>Implant</source>
        <translation>Implantat</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Beide</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Vorsichtszone</translation>
    </message>
    <message>
        <source>e.g. axillary clearance 2019, do not needle the right arm</source>
        <translation>z. B. Axilladissektion 2019, rechts nicht nadeln</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Patient&apos;s side</source>
        <translation>Seite des Patienten</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>AdverseEvent</source>
        <translation>Unerwünschtes Ereignis</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>DiagramTemplate</source>
        <translation>Praxisdiagramm</translation>
    </message>
    <message>
        <source>PainZone</source>
        <translation>Schmerzzone</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Patient</translation>
    </message>
    <message>
        <source>PrecautionArea</source>
        <translation>Vorsichtszone</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>TriggerPoint</source>
        <translation>Triggerpunkt</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Sitzung</translation>
    </message>
    <message>
        <source>{model} {id} does not exist.</source>
        <translation>{model} {id} existiert nicht.</translation>
    </message>
    <message>
        <source>Visit {id} does not exist.</source>
        <translation>Sitzung {id} existiert nicht.</translation>
    </message>
    <message>
        <source>This visit was changed on another workstation. It has been reloaded: please check it and repeat your last change.</source>
        <translation>Diese Sitzung wurde an einem anderen Arbeitsplatz geändert. Sie wurde neu geladen: Bitte prüfen Sie sie und wiederholen Sie Ihre letzte Änderung.</translation>
    </message>
    <message>
        <source>This visit is signed and can no longer be changed.</source>
        <translation>Diese Sitzung ist unterschrieben und kann nicht mehr geändert werden.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was changed. Check the connection and try again.</source>
        <translation>Die Datenbank ist nicht erreichbar; es wurde nichts geändert. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was changed.</source>
        <translation>Die Datenbank hat die Änderung abgelehnt; es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This patient&apos;s details were changed on another workstation. They have been reloaded: please check them and make your change again.</source>
        <translation>Die Angaben zu diesem Patienten wurden an einem anderen Arbeitsplatz geändert. Sie wurden neu geladen: Bitte prüfen Sie sie und nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>Patient {id} does not exist.</source>
        <translation>Patient {id} existiert nicht.</translation>
    </message>
    <message>
        <source>Chart number {chart} is already in use.</source>
        <translation>Die Aktennummer {chart} ist bereits vergeben.</translation>
    </message>
    <message>
        <source>No patient with chart number {chart}.</source>
        <translation>Kein Patient mit der Aktennummer {chart}.</translation>
    </message>
    <message>
        <source>Marks can only be carried forward from the same patient.</source>
        <translation>Markierungen können nur vom selben Patienten übernommen werden.</translation>
    </message>
    <message>
        <source>The treating clinician must be an active clinician account.</source>
        <translation>Die behandelnde Fachkraft muss ein aktives Therapeutenkonto sein.</translation>
    </message>
    <message>
        <source>Addenda are for signed visits; a draft visit can be edited directly.</source>
        <translation>Nachträge gibt es für unterschriebene Sitzungen; ein Entwurf kann direkt bearbeitet werden.</translation>
    </message>
    <message>
        <source>{path} is not a readable bodymap database (it may be damaged). It has not been changed. Restore the latest backup with `bodymap restore BACKUP` or choose another database with --database.</source>
        <translation>{path} ist keine lesbare bodymap-Datenbank (sie ist möglicherweise beschädigt). Sie wurde nicht verändert. Stellen Sie die letzte Sicherung mit `bodymap restore BACKUP` wieder her oder wählen Sie mit --database eine andere Datenbank.</translation>
    </message>
    <message>
        <source>the chain head: {kind} ({detail})</source>
        <translation>der Kopf der Kette: {kind} ({detail})</translation>
    </message>
    <message>
        <source>row {row}: {kind} ({detail})</source>
        <translation>Zeile {row}: {kind} ({detail})</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>Inhalt verändert</translation>
    </message>
    <message>
        <source>row missing</source>
        <translation>Zeile fehlt</translation>
    </message>
    <message>
        <source>link broken</source>
        <translation>Verkettung unterbrochen</translation>
    </message>
    <message>
        <source>not chained</source>
        <translation>nicht verkettet</translation>
    </message>
    <message>
        <source>chain head missing</source>
        <translation>Kopf der Kette fehlt</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>Zeile {row}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>it has no hash: it was not written by bodymap</source>
        <translation>sie hat keinen Hash: sie wurde nicht von bodymap geschrieben</translation>
    </message>
    <message>
        <source>the row it follows, {row}, is not in the trail</source>
        <translation>die Zeile, der sie folgt ({row}), fehlt im Protokoll</translation>
    </message>
    <message>
        <source>it says it follows {said}, but it follows {follows}</source>
        <translation>sie gibt an, auf {said} zu folgen, folgt aber auf {follows}</translation>
    </message>
    <message>
        <source>its hash does not match its content</source>
        <translation>ihr Hash passt nicht zu ihrem Inhalt</translation>
    </message>
    <message>
        <source>its hash is not the one the chain head recorded</source>
        <translation>ihr Hash ist nicht der, den der Kopf der Kette festgehalten hat</translation>
    </message>
    <message>
        <source>the chain head names it as the last row written, but it is not in the trail</source>
        <translation>der Kopf der Kette nennt sie als zuletzt geschriebene Zeile, aber sie fehlt im Protokoll</translation>
    </message>
    <message>
        <source>the expected head hash is not the hash of any row: the trail was rewritten or is not the one the hash was recorded from</source>
        <translation>der erwartete Kopf-Hash ist der Hash keiner Zeile: das Protokoll wurde neu geschrieben oder ist nicht das, von dem der Hash stammt</translation>
    </message>
    <message>
        <source>table audit_chain has no row: it was deleted</source>
        <translation>die Tabelle audit_chain hat keine Zeile: sie wurde gelöscht</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the connection and try again.</source>
        <translation>Die Datenbank ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The database could not answer the query.</source>
        <translation>Die Datenbank konnte die Abfrage nicht beantworten.</translation>
    </message>
    <message>
        <source>There is no clinic diagram number {id}.</source>
        <translation>Es gibt kein Praxisdiagramm Nummer {id}.</translation>
    </message>
    <message>
        <source>The audit trail of this database does not verify at {where}.

The record of who changed what may have been altered outside bodymap. Charting still works and every change is still recorded. Tell whoever looks after the clinic&apos;s data: `bodymap audit --verify` checks the whole trail (see docs/SECURITY.md).</source>
        <translation>Das Änderungsprotokoll dieser Datenbank ist bei {where} nicht intakt.

Die Aufzeichnung, wer was geändert hat, wurde möglicherweise außerhalb von bodymap verändert. Die Dokumentation funktioniert weiterhin und jede Änderung wird weiterhin erfasst. Informieren Sie die Person, die die Daten der Praxis betreut: `bodymap audit --verify` prüft das gesamte Protokoll (siehe docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>The database {path} is on {where}.

SQLite databases are not safe on network shares: file locking there is unreliable, so two workstations using the file can damage it, and even one can lose its last changes. Keep the database on this computer&apos;s own disk (the default), or let several treatment rooms share a PostgreSQL server (docs/INSTALL.md).</source>
        <translation>Die Datenbank {path} liegt auf {where}.

SQLite-Datenbanken sind auf Netzwerkfreigaben nicht sicher: Die Dateisperren sind dort unzuverlässig, sodass zwei Arbeitsplätze, die die Datei nutzen, sie beschädigen können, und selbst einer seine letzten Änderungen verlieren kann. Behalten Sie die Datenbank auf der eigenen Festplatte dieses Computers (Standard), oder lassen Sie mehrere Behandlungsräume einen PostgreSQL-Server gemeinsam nutzen (docs/INSTALL.md).</translation>
    </message>
    <message>
        <source>The audit trail&apos;s chain head (table audit_chain) is missing, so no change can be recorded. Run `bodymap audit --verify` and see docs/SECURITY.md.</source>
        <translation>Der Kopf der Kette des Änderungsprotokolls (Tabelle audit_chain) fehlt, daher kann keine Änderung erfasst werden. Führen Sie `bodymap audit --verify` aus und lesen Sie docs/SECURITY.md.</translation>
    </message>
    <message>
        <source>bodymap — database on a network share</source>
        <translation>bodymap — Datenbank auf einer Netzwerkfreigabe</translation>
    </message>
    <message>
        <source>the network share {share}</source>
        <translation>der Netzwerkfreigabe {share}</translation>
    </message>
    <message>
        <source>the network drive {drive}</source>
        <translation>dem Netzlaufwerk {drive}</translation>
    </message>
    <message>
        <source>a {kind} network file system at {point} ({source})</source>
        <translation>einem {kind}-Netzwerkdateisystem unter {point} ({source})</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>ABWEICHEND</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables from {source} to {target} in {seconds} s ({rate} rows/s); every table checked.</source>
        <translation>{rows} Zeilen in {tables} Tabellen von {source} nach {target} in {seconds} s kopiert ({rate} Zeilen/s); jede Tabelle geprüft.</translation>
    </message>
    <message>
        <source>The copy differs from the source in: {tables}. Nothing was kept in {target}.</source>
        <translation>Die Kopie weicht von der Quelle ab in: {tables}. In {target} wurde nichts behalten.</translation>
    </message>
    <message>
        <source>The copy to {target} failed, so nothing was kept there: {reason}</source>
        <translation>Das Kopieren nach {target} ist fehlgeschlagen, daher wurde dort nichts behalten: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the target database {target}: {reason}</source>
        <translation>Die Zieldatenbank {target} kann nicht gelesen werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowser</name>
    <message>
        <source>same side as the trigger point (ipsilateral)</source>
        <translation>gleiche Seite wie der Triggerpunkt (ipsilateral)</translation>
    </message>
    <message>
        <source>opposite side to the trigger point (contralateral)</source>
        <translation>Gegenseite des Triggerpunkts (kontralateral)</translation>
    </message>
    <message>
        <source>both sides (bilateral)</source>
        <translation>beide Seiten (bilateral)</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Hohe Evidenz</translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation>Mittlere Evidenz</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Geringe Evidenz</translation>
    </message>
    <message>
        <source>words found in several fields</source>
        <translation>Wörter in verschiedenen Feldern gefunden</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Hauptzone</translation>
    </message>
    <message>
        <source>Spillover</source>
        <translation>Nebenzone</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Triggerpunkte</translation>
    </message>
    <message>
        <source>Associated conditions</source>
        <translation>Assoziierte Beschwerdebilder</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral pattern&lt;/b&gt; — pain goes to the {rule}</source>
        <translation>&lt;b&gt;Schmerzübertragungsmuster&lt;/b&gt;; Schmerzseite: {rule}</translation>
    </message>
    <message>
        <source>Muscle, body area or condition…</source>
        <translation>Muskel, Körperregion oder Beschwerdebild…</translation>
    </message>
    <message>
        <source>Patient&apos;s R</source>
        <translation>R des Patienten</translation>
    </message>
    <message>
        <source>Patient&apos;s L</source>
        <translation>L des Patienten</translation>
    </message>
    <message>
        <source>Side of the trigger point (the patient&apos;s side)</source>
        <translation>Seite des Triggerpunkts (Seite des Patienten)</translation>
    </message>
    <message>
        <source>Show on view</source>
        <translation>In Ansicht zeigen</translation>
    </message>
    <message>
        <source>Switch to a view where this pattern is visible</source>
        <translation>Zu einer Ansicht wechseln, in der dieses Muster sichtbar ist</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <source>Hide the referral overlay</source>
        <translation>Überlagerung des übertragenen Schmerzes ausblenden</translation>
    </message>
    <message numerus="yes">
        <source>%n muscles, best match first</source>
        <translation>
            <numerusform>%n Muskel, beste Übereinstimmung zuerst</numerusform>
            <numerusform>%n Muskeln, beste Übereinstimmung zuerst</numerusform>
        </translation>
    </message>
    <message>
        <source>No match: try a body area or a condition.</source>
        <translation>Kein Treffer: Versuchen Sie eine Körperregion oder ein Beschwerdebild.</translation>
    </message>
    <message>
        <source>No referral overlay shown.</source>
        <translation>Keine Überlagerung des übertragenen Schmerzes angezeigt.</translation>
    </message>
    <message>
        <source>selected TrP</source>
        <translation>ausgewähltem TrP</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>list</source>
        <translation>Liste</translation>
    </message>
    <message>
        <source>Overlay: {muscle} ({side}) · from {source}</source>
        <translation>Überlagerung: {muscle} ({side}) · aus {source}</translation>
    </message>
    <message>
        <source>On the views: solid cyan = primary zone, hatched = spillover zone, crosshair circles = trigger-point sites.</source>
        <translation>In den Ansichten: flächig cyan = Hauptschmerzzone, schraffiert = Nebenschmerzzone, Kreise mit Fadenkreuz = Triggerpunkt-Lokalisationen.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>This visit was changed on another workstation.</source>
        <translation>Diese Sitzung wurde an einem anderen Arbeitsplatz geändert.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Sicherungen in {folder}:</translation>
    </message>
    <message>
        <source>Another file (a USB disk, a copy)…</source>
        <translation>Andere Datei (USB-Datenträger, Kopie)…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Aus Sicherungsdatei wiederherstellen</translation>
    </message>
    <message>
        <source>bodymap backups (*.sqlite3);;All files (*)</source>
        <translation>bodymap-Sicherungen (*.sqlite3);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>SafetyCautions</name>
    <message>
        <source>This point lies over the thorax. A needle through the chest wall can cause a pneumothorax.
Needle tangentially or onto a rib (pincer grip, fingers on the intercostal spaces), use a needle no longer than the depth you need, and watch for shortness of breath, chest pain or a dry cough afterwards.</source>
        <translation>Dieser Punkt liegt über dem Thorax. Eine Nadel durch die Brustwand kann einen Pneumothorax verursachen.
Tangential oder auf eine Rippe nadeln (Pinzettengriff, Finger in den Interkostalräumen), keine längere Nadel als die nötige Tiefe verwenden und danach auf Atemnot, Brustschmerz oder trockenen Husten achten.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>Mittellinie</translation>
    </message>
    <message>
        <source>Needling over the thorax</source>
        <translation>Nadeln über dem Thorax</translation>
    </message>
    <message>
        <source>Acknowledging records your name and the time on this trigger point.</source>
        <translation>Die Bestätigung speichert Ihren Namen und die Uhrzeit an diesem Triggerpunkt.</translation>
    </message>
    <message>
        <source>I acknowledge the caution</source>
        <translation>Ich bestätige den Warnhinweis</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>Thorax caution not acknowledged: the visit cannot be signed until it is.</source>
        <translation>Thorax-Warnhinweis nicht bestätigt: Die Sitzung kann erst danach unterschrieben werden.</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Vorsichtszone</translation>
    </message>
    <message>
        <source>This trigger point was marked as needled inside a precaution area of this patient:
{areas}

Keep it only if needling here is safe; the warning and your acknowledgement are recorded.</source>
        <translation>Dieser Triggerpunkt wurde innerhalb einer Vorsichtszone dieses Patienten als genadelt markiert:
{areas}

Nur behalten, wenn Nadeln hier sicher ist; Warnhinweis und Ihre Bestätigung werden gespeichert.</translation>
    </message>
    <message>
        <source>This trigger point was placed inside a precaution area of this patient:
{areas}

Keep it only if needling here is safe; the warning and your acknowledgement are recorded.</source>
        <translation>Dieser Triggerpunkt wurde innerhalb einer Vorsichtszone dieses Patienten gesetzt:
{areas}

Nur behalten, wenn Nadeln hier sicher ist; Warnhinweis und Ihre Bestätigung werden gespeichert.</translation>
    </message>
    <message>
        <source>Keep and acknowledge</source>
        <translation>Behalten und bestätigen</translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation>Punkt entfernen</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Dock again</source>
        <translation>Wieder andocken</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>In einem Fenster öffnen</translation>
    </message>
    <message>
        <source>Remove precaution area</source>
        <translation>Vorsichtszone entfernen</translation>
    </message>
    <message>
        <source>Remove this precaution area from every visit of the patient?</source>
        <translation>Diese Vorsichtszone aus allen Sitzungen des Patienten entfernen?</translation>
    </message>
    <message>
        <source>No earlier health screen for this patient.</source>
        <translation>Kein früheres Gesundheits-Screening für diesen Patienten.</translation>
    </message>
    <message>
        <source>Answers copied from the screen reviewed {when} — change what differs, then press “Reviewed with the patient”.</source>
        <translation>Antworten aus dem am {when} durchgesehenen Screening übernommen — ändern Sie, was abweicht, und klicken Sie dann auf „Mit dem Patienten durchgesehen“.</translation>
    </message>
    <message>
        <source>Save consent form</source>
        <translation>Einwilligungsformular speichern</translation>
    </message>
    <message>
        <source>Could not save the consent form: {error}</source>
        <translation>Das Einwilligungsformular konnte nicht gespeichert werden: {error}</translation>
    </message>
    <message>
        <source>Possible pneumothorax</source>
        <translation>Möglicher Pneumothorax</translation>
    </message>
    <message>
        <source>Delete adverse event</source>
        <translation>Unerwünschtes Ereignis löschen</translation>
    </message>
    <message>
        <source>Delete this adverse event?</source>
        <translation>Dieses unerwünschte Ereignis löschen?</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Nadelzählung</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Reaktion</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Consent form (PDF)…</source>
        <translation>Einwilligungsformular (PDF)…</translation>
    </message>
    <message>
        <source>Details / withdraw…</source>
        <translation>Details / widerrufen…</translation>
    </message>
    <message>
        <source>Needled point</source>
        <translation>Genadelter Punkt</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Nadeln</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Thorax</source>
        <translation>Thorax</translation>
    </message>
    <message>
        <source>Selected trigger point</source>
        <translation>Ausgewählter Triggerpunkt</translation>
    </message>
    <message>
        <source>Select a trigger point on the diagram.</source>
        <translation>Wählen Sie einen Triggerpunkt im Diagramm.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Save needles</source>
        <translation>Nadeln speichern</translation>
    </message>
    <message>
        <source>Acknowledge thorax caution…</source>
        <translation>Thorax-Warnhinweis bestätigen…</translation>
    </message>
    <message>
        <source>Count-out</source>
        <translation>Nadelabgleich</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>nicht gezählt</translation>
    </message>
    <message>
        <source>Needed when the numbers differ</source>
        <translation>Erforderlich, wenn die Zahlen abweichen</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Zählung speichern</translation>
    </message>
    <message>
        <source>Inserted (needled points)</source>
        <translation>Gesetzt (genadelte Punkte)</translation>
    </message>
    <message>
        <source>Removed (counted out)</source>
        <translation>Entfernt (gezählt)</translation>
    </message>
    <message>
        <source>Discrepancy note</source>
        <translation>Notiz zur Abweichung</translation>
    </message>
    <message>
        <source>Immediate response</source>
        <translation>Unmittelbare Reaktion</translation>
    </message>
    <message>
        <source>e.g. cervical rotation right 60° → 75°</source>
        <translation>z. B. HWS-Rotation rechts 60° → 75°</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Reaktion speichern</translation>
    </message>
    <message>
        <source>Pain before (visit)</source>
        <translation>Schmerz vorher (Sitzung)</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Schmerz nach der Behandlung</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Bewegungsumfang</translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation>Unerwünschte Ereignisse und Beinahe-Ereignisse</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Hinzufügen…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>After-care text for the handout…</source>
        <translation>Nachsorgetext für das Patientenblatt…</translation>
    </message>
    <message>
        <source>  — cannot sign yet</source>
        <translation>  — noch nicht unterzeichenbar</translation>
    </message>
    <message>
        <source>Counted by {name}</source>
        <translation>Gezählt von {name}</translation>
    </message>
    <message>
        <source>✔ ack.</source>
        <translation>✔ bestätigt</translation>
    </message>
    <message>
        <source>⚠ not ack.</source>
        <translation>⚠ nicht bestätigt</translation>
    </message>
    <message>
        <source>* not recorded: counts as one needle</source>
        <translation>* nicht erfasst: zählt als eine Nadel</translation>
    </message>
    <message numerus="yes">
        <source>%n needle(s) inserted but the needles removed have not been counted.</source>
        <translation>
            <numerusform>%n Nadel gesetzt, aber die entfernten Nadeln wurden nicht gezählt.</numerusform>
            <numerusform>%n Nadeln gesetzt, aber die entfernten Nadeln wurden nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needle count does not reconcile: {inserted} inserted, {removed} removed. Find the missing needle(s) or document the discrepancy in a note.</source>
        <translation>Die Nadelzählung geht nicht auf: {inserted} gesetzt, {removed} entfernt. Finden Sie die fehlende(n) Nadel(n) oder dokumentieren Sie die Abweichung in einer Notiz.</translation>
    </message>
    <message>
        <source>The thorax caution for {point} has not been acknowledged.</source>
        <translation>Der Thorax-Warnhinweis für {point} wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Beginn: {onset}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Maßnahme: {action}</translation>
    </message>
    <message>
        <source>{place} — not needled</source>
        <translation>{place} — nicht genadelt</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Nicht genadelt</translation>
    </message>
    <message>
        <source>Thorax caution acknowledged by {name}, {when}.</source>
        <translation>Thorax-Warnhinweis bestätigt von {name}, {when}.</translation>
    </message>
    <message>
        <source>Over the thorax: the caution has not been acknowledged.</source>
        <translation>Über dem Thorax: Der Warnhinweis wurde nicht bestätigt.</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>Anticoagulant or antiplatelet medication, or a bleeding disorder</source>
        <translation>Antikoagulanzien oder Thrombozytenaggregationshemmer, oder eine Blutgerinnungsstörung</translation>
    </message>
    <message>
        <source>Bleeding and bruising; firm pressure after each needle, avoid deep sites that cannot be compressed.</source>
        <translation>Blutungen und Hämatome; nach jeder Nadel fest komprimieren, tiefe, nicht komprimierbare Stellen meiden.</translation>
    </message>
    <message>
        <source>Pregnancy (or possibly pregnant)</source>
        <translation>Schwangerschaft (oder möglicherweise schwanger)</translation>
    </message>
    <message>
        <source>Avoid the abdomen, lumbosacral area and points traditionally linked to labour; fainting risk is higher.</source>
        <translation>Abdomen, Lumbosakralregion und traditionell mit Wehen verbundene Punkte meiden; höheres Synkopenrisiko.</translation>
    </message>
    <message>
        <source>Needle phobia or strong fear of needles</source>
        <translation>Nadelphobie oder starke Angst vor Nadeln</translation>
    </message>
    <message>
        <source>Consent cannot be free and fainting is likely.</source>
        <translation>Die Einwilligung kann nicht frei erfolgen, und eine Synkope ist wahrscheinlich.</translation>
    </message>
    <message>
        <source>Lymphoedema or lymph nodes removed (which side?)</source>
        <translation>Lymphödem oder entfernte Lymphknoten (welche Seite?)</translation>
    </message>
    <message>
        <source>Infection (cellulitis) risk: do not needle the affected limb or quadrant.</source>
        <translation>Infektionsrisiko (Erysipel/Zellulitis): betroffene Extremität oder betroffenen Quadranten nicht nadeln.</translation>
    </message>
    <message>
        <source>Infection, broken skin or skin disease at the treatment site</source>
        <translation>Infektion, verletzte Haut oder Hauterkrankung im Behandlungsgebiet</translation>
    </message>
    <message>
        <source>Do not needle through infected or broken skin.</source>
        <translation>Nicht durch infizierte oder verletzte Haut nadeln.</translation>
    </message>
    <message>
        <source>Recent surgery near the treatment site</source>
        <translation>Kürzliche Operation in der Nähe des Behandlungsgebiets</translation>
    </message>
    <message>
        <source>Healing tissue, implants and altered anatomy: avoid the surgical field.</source>
        <translation>Heilendes Gewebe, Implantate und veränderte Anatomie: das Operationsgebiet meiden.</translation>
    </message>
    <message>
        <source>Metal allergy (e.g. nickel, chromium)</source>
        <translation>Metallallergie (z. B. Nickel, Chrom)</translation>
    </message>
    <message>
        <source>Use needles the patient is not allergic to, or do not needle.</source>
        <translation>Nadeln verwenden, gegen die der Patient nicht allergisch ist, oder nicht nadeln.</translation>
    </message>
    <message>
        <source>Impaired immunity (immunosuppressants, chemotherapy, HIV)</source>
        <translation>Geschwächte Immunabwehr (Immunsuppressiva, Chemotherapie, HIV)</translation>
    </message>
    <message>
        <source>Infection risk; strict asepsis.</source>
        <translation>Infektionsrisiko; strikte Asepsis.</translation>
    </message>
    <message>
        <source>Diabetes with poor healing or reduced sensation</source>
        <translation>Diabetes mit schlechter Wundheilung oder verminderter Sensibilität</translation>
    </message>
    <message>
        <source>Slow healing and infection risk; reduced feedback from the patient.</source>
        <translation>Langsame Heilung und Infektionsrisiko; eingeschränkte Rückmeldung des Patienten.</translation>
    </message>
    <message>
        <source>Epilepsy or seizures</source>
        <translation>Epilepsie oder Krampfanfälle</translation>
    </message>
    <message>
        <source>A seizure with needles in place; treat lying down, fewer needles.</source>
        <translation>Ein Anfall bei liegenden Nadeln; im Liegen behandeln, weniger Nadeln.</translation>
    </message>
    <message>
        <source>Pacemaker or other implanted electrical device (if electrical stimulation is considered)</source>
        <translation>Herzschrittmacher oder anderes implantiertes elektrisches Gerät (falls Elektrostimulation erwogen wird)</translation>
    </message>
    <message>
        <source>No electrical stimulation through needles near or across the device.</source>
        <translation>Keine Elektrostimulation über Nadeln in der Nähe des Geräts oder über das Gerät hinweg.</translation>
    </message>
    <message>
        <source>Breast or other implant near the treatment site</source>
        <translation>Brust- oder anderes Implantat in der Nähe des Behandlungsgebiets</translation>
    </message>
    <message>
        <source>An implant can be punctured: avoid needling over it.</source>
        <translation>Ein Implantat kann durchstochen werden: nicht darüber nadeln.</translation>
    </message>
    <message>
        <source>Lung disease (emphysema, COPD) or a previous pneumothorax</source>
        <translation>Lungenerkrankung (Emphysem, COPD) oder früherer Pneumothorax</translation>
    </message>
    <message>
        <source>Hyperinflated lungs lie closer to the surface: higher pneumothorax risk over the thorax.</source>
        <translation>Überblähte Lungen liegen näher an der Oberfläche: höheres Pneumothoraxrisiko über dem Thorax.</translation>
    </message>
    <message>
        <source>History of fainting (vasovagal reactions)</source>
        <translation>Synkopen in der Vorgeschichte (vasovagale Reaktionen)</translation>
    </message>
    <message>
        <source>Treat lying down and watch the patient.</source>
        <translation>Im Liegen behandeln und den Patienten beobachten.</translation>
    </message>
    <message>
        <source>Active cancer, or a tumour near the treatment site</source>
        <translation>Aktive Krebserkrankung oder Tumor in der Nähe des Behandlungsgebiets</translation>
    </message>
    <message>
        <source>Do not needle into or near a tumour; check with the oncology team.</source>
        <translation>Nicht in oder nahe einem Tumor nadeln; Rücksprache mit dem onkologischen Team.</translation>
    </message>
    <message>
        <source>Unable to understand the treatment or give informed consent</source>
        <translation>Kann die Behandlung nicht verstehen oder keine informierte Einwilligung geben</translation>
    </message>
    <message>
        <source>Needling needs informed consent.</source>
        <translation>Nadeln erfordert eine informierte Einwilligung.</translation>
    </message>
    <message>
        <source>Unwell today (fever, acute illness) or under the influence of alcohol or drugs</source>
        <translation>Heute unwohl (Fieber, akute Erkrankung) oder unter Alkohol- oder Drogeneinfluss</translation>
    </message>
    <message>
        <source>Postpone the treatment.</source>
        <translation>Behandlung verschieben.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Vorsichtsmaßnahme</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>Kontraindikation</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Screening</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>All no</source>
        <translation>Alle nein</translation>
    </message>
    <message>
        <source>Answer “No” to every item (and clear the notes), then change the few that differ</source>
        <translation>Alle Fragen mit „Nein“ beantworten (und Notizen leeren), dann die wenigen abweichenden ändern</translation>
    </message>
    <message>
        <source>Copy last answers</source>
        <translation>Letzte Antworten übernehmen</translation>
    </message>
    <message>
        <source>Fill the form with the answers of the patient&apos;s last screen, then change the items that differ</source>
        <translation>Das Formular mit den Antworten des letzten Screenings des Patienten füllen, dann Abweichendes ändern</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>In einem Fenster öffnen</translation>
    </message>
    <message>
        <source>The safety record in a large window of its own; this button docks it again</source>
        <translation>Die Sicherheitsdokumentation in einem eigenen großen Fenster; diese Schaltfläche dockt sie wieder an</translation>
    </message>
    <message>
        <source>Reviewed with the patient</source>
        <translation>Mit dem Patienten durchgesehen</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Zone entfernen</translation>
    </message>
    <message>
        <source>Precaution areas (all visits): draw them with the “Precaution area” tool.</source>
        <translation>Vorsichtszonen (alle Sitzungen): mit dem Werkzeug „Vorsichtszone“ zeichnen.</translation>
    </message>
    <message>
        <source>Open a visit to see its safety record.</source>
        <translation>Öffnen Sie eine Sitzung, um ihre Sicherheitsdokumentation zu sehen.</translation>
    </message>
    <message>
        <source>✔ Reviewed by {name}, {when}.</source>
        <translation>✔ Durchgesehen von {name}, {when}.</translation>
    </message>
    <message>
        <source>Not yet reviewed at this visit (showing the latest answers). Confirm or edit with the patient, then press “Reviewed”.</source>
        <translation>In dieser Sitzung noch nicht durchgesehen (die letzten Antworten werden gezeigt). Mit dem Patienten bestätigen oder ändern, dann „Durchgesehen“ drücken.</translation>
    </message>
    <message>
        <source>Not yet reviewed at this visit (showing no earlier answers). Confirm or edit with the patient, then press “Reviewed”.</source>
        <translation>In dieser Sitzung noch nicht durchgesehen (keine früheren Antworten). Mit dem Patienten bestätigen oder ändern, dann „Durchgesehen“ drücken.</translation>
    </message>
    <message>
        <source>Answered yes: {items}</source>
        <translation>Mit Ja beantwortet: {items}</translation>
    </message>
    <message>
        <source>{item} — CONTRAINDICATION</source>
        <translation>{item} — KONTRAINDIKATION</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>bodymap (locked)</source>
        <translation>bodymap (gesperrt)</translation>
    </message>
    <message>
        <source>bodymap is locked</source>
        <translation>bodymap ist gesperrt</translation>
    </message>
</context>
<context>
    <name>SessionBox</name>
    <message>
        <source>Needling session</source>
        <translation>Nadelbehandlung</translation>
    </message>
    <message>
        <source>Needed when stopped early or worse</source>
        <translation>Erforderlich bei Abbruch oder Verschlechterung</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Behandlung speichern</translation>
    </message>
    <message>
        <source>No needled trigger points at this visit.</source>
        <translation>Keine genadelten Triggerpunkte in dieser Sitzung.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Verträglichkeit</translation>
    </message>
    <message>
        <source>Immediate outcome</source>
        <translation>Unmittelbares Ergebnis</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>{file} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{file} is too large for a logo ({size} MB; at most {limit} MB). Save a smaller copy and choose that.</source>
        <translation>{file} ist zu groß für ein Logo ({size} MB; höchstens {limit} MB). Speichern Sie eine kleinere Kopie und wählen Sie diese.</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} ist kein PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image (the file may be damaged).</source>
        <translation>{file} konnte nicht als Bild gelesen werden (die Datei ist möglicherweise beschädigt).</translation>
    </message>
    <message>
        <source>{file} is {width} x {height} pixels; at most 8000 pixels on each side.</source>
        <translation>{file} hat {width} x {height} Pixel; höchstens 8000 Pixel je Seite.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Praxiseinstellungen</translation>
    </message>
    <message>
        <source>Street, town, postcode (one or more lines)</source>
        <translation>Straße, PLZ, Ort (eine oder mehrere Zeilen)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>On every printed handout</source>
        <translation>Auf jedem gedruckten Patientenblatt</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Name der Praxis:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most {limit} MB. It is printed at the top left, up to 45 x 16 mm.</source>
        <translation>PNG oder JPEG, höchstens {limit} MB. Es wird oben links gedruckt, bis 45 x 16 mm.</translation>
    </message>
    <message>
        <source>Print “{heading}” with the advice for the muscles treated</source>
        <translation>„{heading}“ mit den Hinweisen zu den behandelten Muskeln drucken</translation>
    </message>
    <message>
        <source>Search muscles…</source>
        <translation>Muskeln suchen…</translation>
    </message>
    <message>
        <source>General (every language)</source>
        <translation>Allgemein (jede Sprache)</translation>
    </message>
    <message>
        <source>Advice &amp;language:</source>
        <translation>&amp;Sprache der Hinweise:</translation>
    </message>
    <message>
        <source>Choose a muscle on the left.</source>
        <translation>Wählen Sie links einen Muskel.</translation>
    </message>
    <message>
        <source>Nothing written in {language}: its handouts print the general advice:

{advice}</source>
        <translation>Nichts auf {language} geschrieben: Patientenblätter in dieser Sprache drucken den allgemeinen Hinweis:

{advice}</translation>
    </message>
    <message>
        <source>Advice printed for this muscle, e.g. a stretch, how often, heat or ice…</source>
        <translation>Gedruckte Hinweise zu diesem Muskel, z. B. eine Dehnung, wie oft, Wärme oder Kälte…</translation>
    </message>
    <message>
        <source>Home care advice</source>
        <translation>Hinweise für zu Hause</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Logo der Praxis wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <source>Advice for {muscle}</source>
        <translation>Hinweise zu {muscle}</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} Zeichen</translation>
    </message>
    <message>
        <source>The settings could not be saved: the database cannot be reached. Check the connection and try again.</source>
        <translation>Die Einstellungen konnten nicht gespeichert werden: Die Datenbank ist nicht erreichbar. Prüfen Sie die Verbindung und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>bodymap — sign in</source>
        <translation>bodymap — anmelden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is charting?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer dokumentiert?&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Visit details…</source>
        <translation>Sitzungsdetails…</translation>
    </message>
    <message>
        <source>Show the mark</source>
        <translation>Markierung zeigen</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <source>Open the screen</source>
        <translation>Screening öffnen</translation>
    </message>
    <message>
        <source>Open the count</source>
        <translation>Zählung öffnen</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Bestätigen…</translation>
    </message>
    <message>
        <source>This visit cannot be signed yet</source>
        <translation>Diese Sitzung kann noch nicht unterschrieben werden</translation>
    </message>
    <message>
        <source>{count} thing to complete before this visit can be signed.</source>
        <translation>{count} Punkt ist noch zu erledigen, bevor diese Sitzung unterschrieben werden kann.</translation>
    </message>
    <message>
        <source>{count} things to complete before this visit can be signed.</source>
        <translation>{count} Punkte sind noch zu erledigen, bevor diese Sitzung unterschrieben werden kann.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>SignOffProblems</name>
    <message>
        <source>Consent does not record that dry needling was explained (and that it is not acupuncture).</source>
        <translation>Die Einwilligung dokumentiert nicht, dass Dry Needling erklärt wurde (und dass es keine Akupunktur ist).</translation>
    </message>
    <message>
        <source>Consent does not record the common risks discussed.</source>
        <translation>Die Einwilligung dokumentiert nicht die besprochenen häufigen Risiken.</translation>
    </message>
    <message>
        <source>Consent does not record the material risks discussed (pneumothorax, nerve or vessel, infection).</source>
        <translation>Die Einwilligung dokumentiert nicht die besprochenen wesentlichen Risiken (Pneumothorax, Nerv oder Gefäß, Infektion).</translation>
    </message>
    <message>
        <source>Consent does not record that the patient&apos;s own risk factors were discussed.</source>
        <translation>Die Einwilligung dokumentiert nicht, dass die eigenen Risikofaktoren des Patienten besprochen wurden.</translation>
    </message>
    <message>
        <source>Consent does not record the alternatives discussed.</source>
        <translation>Die Einwilligung dokumentiert nicht die besprochenen Alternativen.</translation>
    </message>
    <message>
        <source>Consent does not record that the patient may stop at any time.</source>
        <translation>Die Einwilligung dokumentiert nicht, dass der Patient jederzeit abbrechen darf.</translation>
    </message>
    <message>
        <source>Consent does not record the risks discussed.</source>
        <translation>Die Einwilligung dokumentiert nicht die besprochenen Risiken.</translation>
    </message>
    <message>
        <source>Written consent is not signed: have the patient sign on screen, or mark the paper form as signed.</source>
        <translation>Die schriftliche Einwilligung ist nicht unterschrieben: Lassen Sie den Patienten am Bildschirm unterschreiben oder markieren Sie das Papierformular als unterschrieben.</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {day}.</source>
        <translation>Die Einwilligung wurde am {day} widerrufen.</translation>
    </message>
    <message>
        <source>Consent for the course ended on {day}.</source>
        <translation>Die Einwilligung für die Behandlungsserie endete am {day}.</translation>
    </message>
    <message>
        <source>Consent does not record who obtained it.</source>
        <translation>Die Einwilligung dokumentiert nicht, wer sie eingeholt hat.</translation>
    </message>
    <message>
        <source>1 needle inserted but the needles removed have not been counted.</source>
        <translation>1 Nadel gesetzt, aber die entfernten Nadeln wurden nicht gezählt.</translation>
    </message>
    <message>
        <source>{inserted} needles inserted but the needles removed have not been counted.</source>
        <translation>{inserted} Nadeln gesetzt, aber die entfernten Nadeln wurden nicht gezählt.</translation>
    </message>
    <message>
        <source>Needle count does not reconcile: {inserted} inserted, {removed} removed. Find the missing needle(s) or document the discrepancy in a note.</source>
        <translation>Die Nadelzählung stimmt nicht: {inserted} gesetzt, {removed} entfernt. Finden Sie die fehlende(n) Nadel(n) oder dokumentieren Sie die Abweichung in einer Notiz.</translation>
    </message>
    <message>
        <source>The thorax caution for {label} has not been acknowledged.</source>
        <translation>Der Thorax-Warnhinweis für {label} wurde nicht bestätigt.</translation>
    </message>
    <message>
        <source>Only a clinician signed in with an account can sign a visit.</source>
        <translation>Nur eine mit einem Konto angemeldete Fachkraft kann eine Sitzung unterschreiben.</translation>
    </message>
    <message>
        <source>Choose the treating clinician in the visit&apos;s details.</source>
        <translation>Wählen Sie die behandelnde Fachkraft in den Sitzungsdetails.</translation>
    </message>
    <message>
        <source>Carried-forward zone {label}: confirm it was found at this visit, or remove it.</source>
        <translation>Übernommene Zone {label}: Bestätigen Sie, dass sie in dieser Sitzung gefunden wurde, oder entfernen Sie sie.</translation>
    </message>
    <message>
        <source>Carried-forward trigger point {label}: confirm it was found at this visit, or remove it.</source>
        <translation>Übernommener Triggerpunkt {label}: Bestätigen Sie, dass er in dieser Sitzung gefunden wurde, oder entfernen Sie ihn.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to dry needling for this visit (no valid consent covers it).</source>
        <translation>Erfassen Sie die Einwilligung des Patienten in Dry Needling für diese Sitzung (keine gültige Einwilligung gilt für sie).</translation>
    </message>
    <message>
        <source>Review the health screen at this visit.</source>
        <translation>Sehen Sie den Gesundheitsfragebogen in dieser Sitzung durch.</translation>
    </message>
    <message>
        <source>Acknowledge the thorax caution for {label}.</source>
        <translation>Bestätigen Sie den Thorax-Warnhinweis für {label}.</translation>
    </message>
    <message>
        <source>This visit cannot be signed yet: {problems}</source>
        <translation>Diese Sitzung kann noch nicht unterschrieben werden: {problems}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>The patient signs here with the mouse, a pen or a finger</source>
        <translation>Der Patient unterschreibt hier mit Maus, Stift oder Finger</translation>
    </message>
    <message>
        <source>Patient signs here</source>
        <translation>Unterschrift des Patienten</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Datenbank der Praxis wird geöffnet…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Passwort wird geprüft…</translation>
    </message>
    <message>
        <source>bodymap — sign in</source>
        <translation>bodymap — anmelden</translation>
    </message>
    <message>
        <source>The clinicians appear once the database is open</source>
        <translation>Die Therapeuten erscheinen, sobald die Datenbank geöffnet ist</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is charting?&lt;/b&gt;</source>
        <translation>&lt;b&gt;Wer dokumentiert?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Konto anlegen</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>bodymap could not open the clinic database ({kind}).</source>
        <translation>bodymap konnte die Datenbank der Praxis nicht öffnen ({kind}).</translation>
    </message>
    <message>
        <source>bodymap — first start</source>
        <translation>bodymap — erster Start</translation>
    </message>
    <message>
        <source>Choose your name, then sign in.</source>
        <translation>Wählen Sie Ihren Namen und melden Sie sich dann an.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>The password could not be checked ({kind}).</source>
        <translation>Das Passwort konnte nicht geprüft werden ({kind}).</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Referral patterns are population tendencies from the literature, not a diagnosis; patients vary and red flags must be excluded clinically.</source>
        <translation>Schmerzübertragungsmuster sind Tendenzen in der Bevölkerung laut Literatur, keine Diagnose; Patienten sind verschieden, und Red Flags müssen klinisch ausgeschlossen werden.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>L</source>
        <translation>L</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>Mitte</translation>
    </message>
    <message>
        <source>R or L</source>
        <translation>R oder L</translation>
    </message>
    <message>
        <source>R and L</source>
        <translation>R und L</translation>
    </message>
    <message>
        <source>temple headache</source>
        <translation>Schläfenkopfschmerz</translation>
    </message>
    <message>
        <source>neck pain and stiffness</source>
        <translation>Nackenschmerz und -steifigkeit</translation>
    </message>
    <message>
        <source>jaw, TMJ, tooth and ear pain</source>
        <translation>Kiefer-, Kiefergelenk-, Zahn- und Ohrenschmerz</translation>
    </message>
    <message>
        <source>shoulder pain</source>
        <translation>Schulterschmerz</translation>
    </message>
    <message>
        <source>lateral elbow pain</source>
        <translation>lateralen Ellenbogenschmerz</translation>
    </message>
    <message>
        <source>medial elbow and back of the elbow pain</source>
        <translation>medialen und dorsalen Ellenbogenschmerz</translation>
    </message>
    <message>
        <source>wrist and hand pain</source>
        <translation>Hand- und Handgelenkschmerz</translation>
    </message>
    <message>
        <source>chest pain (cardiac causes excluded)</source>
        <translation>Brustschmerz (kardiale Ursachen ausgeschlossen)</translation>
    </message>
    <message>
        <source>pain between the shoulder blades</source>
        <translation>Schmerz zwischen den Schulterblättern</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>Kreuzschmerz</translation>
    </message>
    <message>
        <source>buttock pain</source>
        <translation>Gesäßschmerz</translation>
    </message>
    <message>
        <source>sciatica-like pain down the back or side of the leg</source>
        <translation>ischiasähnlichen Schmerz an der Rück- oder Außenseite des Beins</translation>
    </message>
    <message>
        <source>groin and inner thigh pain</source>
        <translation>Leisten- und Oberschenkelinnenseitenschmerz</translation>
    </message>
    <message>
        <source>knee pain</source>
        <translation>Knieschmerz</translation>
    </message>
    <message>
        <source>heel and arch pain (plantar fasciopathy)</source>
        <translation>Fersen- und Fußgewölbeschmerz (plantare Fasziopathie)</translation>
    </message>
    <message>
        <source>foot pain</source>
        <translation>Fußschmerz</translation>
    </message>
    <message>
        <source>lateral ankle pain</source>
        <translation>lateralen Sprunggelenkschmerz</translation>
    </message>
    <message>
        <source>headache at the back, top or front of the head</source>
        <translation>Kopfschmerz am Hinterkopf, Scheitel oder an der Stirn</translation>
    </message>
    <message>
        <source>pain in the front of the upper arm</source>
        <translation>Schmerz an der Vorderseite des Oberarms</translation>
    </message>
    <message>
        <source>pain on the outside of the upper arm</source>
        <translation>Schmerz an der Außenseite des Oberarms</translation>
    </message>
    <message>
        <source>pain in the back of the upper arm</source>
        <translation>Schmerz an der Rückseite des Oberarms</translation>
    </message>
    <message>
        <source>pain on the inside of the upper arm</source>
        <translation>Schmerz an der Innenseite des Oberarms</translation>
    </message>
    <message>
        <source>abdominal pain (visceral causes excluded)</source>
        <translation>Bauchschmerz (viszerale Ursachen ausgeschlossen)</translation>
    </message>
    <message>
        <source>pain at the back of the ankle and the Achilles tendon</source>
        <translation>Schmerz an der Rückseite des Sprunggelenks und der Achillessehne</translation>
    </message>
    <message>
        <source>pain at the front of the ankle</source>
        <translation>Schmerz an der Vorderseite des Sprunggelenks</translation>
    </message>
    <message>
        <source>pain in the front of the lower leg</source>
        <translation>Schmerz an der Vorderseite des Unterschenkels</translation>
    </message>
    <message>
        <source>calf pain</source>
        <translation>Wadenschmerz</translation>
    </message>
    <message>
        <source>pain on the outside of the lower leg</source>
        <translation>Schmerz an der Außenseite des Unterschenkels</translation>
    </message>
    <message>
        <source>pain on the top of the foot</source>
        <translation>Schmerz am Fußrücken</translation>
    </message>
    <message>
        <source>pain in the sole of the foot</source>
        <translation>Schmerz an der Fußsohle</translation>
    </message>
    <message>
        <source>pain in the back of the thigh and knee</source>
        <translation>Schmerz an der Rückseite von Oberschenkel und Knie</translation>
    </message>
    <message>
        <source>pain on the outside of the hip</source>
        <translation>Schmerz an der Außenseite der Hüfte</translation>
    </message>
    <message>
        <source>thumb pain</source>
        <translation>Daumenschmerz</translation>
    </message>
    <message>
        <source>pain on the top of the head</source>
        <translation>Schmerz am Scheitel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>{region} ({side})</source>
        <translation>{region} ({side})</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} und {last}</translation>
    </message>
    <message>
        <source>A trigger point charted in it reproduced the pain.</source>
        <translation>Ein darin eingetragener Triggerpunkt hat den Schmerz reproduziert.</translation>
    </message>
    <message>
        <source>Primary zone covers {regions}.</source>
        <translation>Hauptschmerzzone umfasst {regions}.</translation>
    </message>
    <message>
        <source>Spillover zone covers {regions}.</source>
        <translation>Nebenschmerzzone umfasst {regions}.</translation>
    </message>
    <message>
        <source>Its trigger points lie in the painful area: {regions}.</source>
        <translation>Seine Triggerpunkte liegen im schmerzhaften Bereich: {regions}.</translation>
    </message>
    <message>
        <source>Explains none of the drawn pain.</source>
        <translation>Erklärt keinen der eingezeichneten Schmerzen.</translation>
    </message>
    <message>
        <source>A frequent cause of {areas}.</source>
        <translation>Häufige Ursache für {areas}.</translation>
    </message>
    <message>
        <source>Leaves unexplained: {regions}.</source>
        <translation>Nicht erklärt: {regions}.</translation>
    </message>
    <message>
        <source>Expected but not drawn: {regions}.</source>
        <translation>Erwartet, aber nicht eingezeichnet: {regions}.</translation>
    </message>
    <message>
        <source>Not on the views drawn: {regions}.</source>
        <translation>Nicht auf den bemalten Ansichten: {regions}.</translation>
    </message>
    <message>
        <source>Score {score}: coverage {coverage}, precision {precision}, by-area frequency {prior}, confidence {confidence}</source>
        <translation>Wert {score}: Abdeckung {coverage}, Präzision {precision}, Häufigkeit nach Region {prior}, Evidenz {confidence}</translation>
    </message>
    <message>
        <source>{score}; a charted trigger point reproduced the pain</source>
        <translation>{score}; ein eingetragener Triggerpunkt hat den Schmerz reproduziert</translation>
    </message>
    <message numerus="yes">
        <source>{regions} + %n more</source>
        <translation>
            <numerusform>{regions} + %n weitere</numerusform>
            <numerusform>{regions} + %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the left {dermatomes} dermatomes ({share} of the drawn pain): consider radicular pain.</source>
        <translation>
            <numerusform>Folgt dem linken Dermatom {dermatomes} ({share} des eingezeichneten Schmerzes): an radikulären Schmerz denken.</numerusform>
            <numerusform>Folgt den linken Dermatomen {dermatomes} ({share} des eingezeichneten Schmerzes): an radikulären Schmerz denken.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the right {dermatomes} dermatomes ({share} of the drawn pain): consider radicular pain.</source>
        <translation>
            <numerusform>Folgt dem rechten Dermatom {dermatomes} ({share} des eingezeichneten Schmerzes): an radikulären Schmerz denken.</numerusform>
            <numerusform>Folgt den rechten Dermatomen {dermatomes} ({share} des eingezeichneten Schmerzes): an radikulären Schmerz denken.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dermatomes: a coarse region-based layer (C2 to S2, after Lee et al. 2008). Overlap and variation are large; myofascial referral can look dermatomal.</source>
        <translation>Dermatome: eine grobe, regionenbasierte Ebene (C2 bis S2, nach Lee et al. 2008). Überlappung und Variation sind groß; myofaszial übertragener Schmerz kann dermatomal aussehen.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Muscles whose referral patterns match the pain zones drawn on this visit. Click one to see its pattern and trigger-point sites.</source>
        <translation>Muskeln, deren Schmerzübertragungsmuster zu den in dieser Sitzung eingezeichneten Schmerzzonen passen. Klicken Sie auf einen, um sein Muster und seine Triggerpunkt-Lokalisationen zu sehen.</translation>
    </message>
    <message>
        <source>Draw pain zones to see suggestions.</source>
        <translation>Zeichnen Sie Schmerzzonen ein, um Vorschläge zu sehen.</translation>
    </message>
    <message>
        <source>Hide the outline</source>
        <translation>Umriss ausblenden</translation>
    </message>
    <message>
        <source>Show on the body</source>
        <translation>Am Körper zeigen</translation>
    </message>
    <message>
        <source>No muscle in the reference refers pain to the zones drawn.</source>
        <translation>Kein Muskel der Referenz überträgt Schmerz in die eingezeichneten Zonen.</translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <source>Progress — {name}</source>
        <translation>Verlauf — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · chart {number} · {visits}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · Akte {number} · {visits}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n Sitzung</numerusform>
            <numerusform>%n Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain area: share of the whole body surface in pain, from every view drawn on (close-ups included, each place counted once); see the comparison for whether a change exceeds the measurement error.</source>
        <translation>Schmerzfläche: Anteil der gesamten Körperoberfläche mit Schmerz, aus allen bemalten Ansichten (Ausschnitte eingeschlossen, jede Stelle einmal gezählt); ob eine Veränderung den Messfehler übersteigt, zeigt der Vergleich.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation>{what} ist erforderlich.</translation>
    </message>
    <message>
        <source>{what} is too long ({count} characters; at most {most}).</source>
        <translation>{what} ist zu lang ({count} Zeichen; höchstens {most}).</translation>
    </message>
    <message>
        <source>{what} contains a NUL character.</source>
        <translation>{what} enthält ein NUL-Zeichen.</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid text.</source>
        <translation>{what} enthält Zeichen, die kein gültiger Text sind.</translation>
    </message>
    <message>
        <source>{what} must be one of: {choices}.</source>
        <translation>{what} muss eines davon sein: {choices}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 0 to {most}.</source>
        <translation>{what} muss eine ganze Zahl von 0 bis {most} sein.</translation>
    </message>
    <message>
        <source>{what} must lie on the diagram (0 to 1), not {value}.</source>
        <translation>{what} muss auf dem Diagramm liegen (0 bis 1), nicht {value}.</translation>
    </message>
    <message>
        <source>Date of birth must be a date.</source>
        <translation>Das Geburtsdatum muss ein Datum sein.</translation>
    </message>
    <message>
        <source>Date of birth {day} is in the future.</source>
        <translation>Das Geburtsdatum {day} liegt in der Zukunft.</translation>
    </message>
    <message>
        <source>Date of birth {day} is before {year}.</source>
        <translation>Das Geburtsdatum {day} liegt vor {year}.</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Aktennummer</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Geschlecht</translation>
    </message>
    <message>
        <source>A visit cannot be dated in the future.</source>
        <translation>Eine Sitzung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>A visit date before 1990 is not plausible.</source>
        <translation>Ein Sitzungsdatum vor 1990 ist nicht plausibel.</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Therapeut/in</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Hauptbeschwerde</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Schmerz insgesamt</translation>
    </message>
    <message>
        <source>Unknown finding(s): {items}.</source>
        <translation>Unbekannte(r) Befund(e): {items}.</translation>
    </message>
    <message>
        <source>Needling depth must be between 0 and 150 mm.</source>
        <translation>Die Nadeltiefe muss zwischen 0 und 150 mm liegen.</translation>
    </message>
    <message>
        <source>Twitch responses</source>
        <translation>Lokale Zuckungsreaktionen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Druckschmerz</translation>
    </message>
    <message>
        <source>Needle size</source>
        <translation>Nadelgröße</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Pain quality</source>
        <translation>Schmerzqualität</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <source>A zone point</source>
        <translation>Ein Punkt der Zone</translation>
    </message>
    <message>
        <source>A zone outline has too many points ({count}).</source>
        <translation>Ein Zonenumriss hat zu viele Punkte ({count}).</translation>
    </message>
    <message>
        <source>A zone needs an outline of at least three points.</source>
        <translation>Eine Zone braucht einen Umriss aus mindestens drei Punkten.</translation>
    </message>
    <message>
        <source>A zone has too many separate parts.</source>
        <translation>Eine Zone hat zu viele getrennte Teile.</translation>
    </message>
    <message>
        <source>The signature could not be read.</source>
        <translation>Die Unterschrift konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Unknown consent item(s): {items}.</source>
        <translation>Unbekannte(r) Einwilligungspunkt(e): {items}.</translation>
    </message>
    <message>
        <source>The signature has too many strokes (at most {most}).</source>
        <translation>Die Unterschrift hat zu viele Striche (höchstens {most}).</translation>
    </message>
    <message>
        <source>The signature lies outside its box.</source>
        <translation>Die Unterschrift liegt außerhalb ihres Feldes.</translation>
    </message>
    <message>
        <source>The signature is too long; clear it and sign again.</source>
        <translation>Die Unterschrift ist zu lang; löschen Sie sie und unterschreiben Sie erneut.</translation>
    </message>
    <message>
        <source>Say why consent was withdrawn (for example “patient declined further needling”).</source>
        <translation>Geben Sie an, warum die Einwilligung widerrufen wurde (zum Beispiel „Patient lehnt weiteres Nadeln ab“).</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>Der Grund ist zu lang (höchstens {most} Zeichen).</translation>
    </message>
    <message>
        <source>e.g. 14 Mar 1975 or 1975-03-14</source>
        <translation>z. B. 14 Mar 1975 oder 1975-03-14</translation>
    </message>
    <message>
        <source>Enter the date of birth, or choose &quot;Unknown&quot;.</source>
        <translation>Geben Sie das Geburtsdatum ein oder wählen Sie „Unbekannt“.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (day {day} does not exist in that month).</source>
        <translation>„{text}“ ist kein Datum (den Tag {day} gibt es in diesem Monat nicht).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; could be read two ways: write the month as a word or the year first ({hint}).</source>
        <translation>„{text}“ lässt sich auf zwei Arten lesen: Schreiben Sie den Monat als Wort oder das Jahr zuerst ({hint}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date this form can read ({hint}).</source>
        <translation>„{text}“ ist kein Datum, das dieses Formular lesen kann ({hint}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;: &quot;{word}&quot; is not a month.</source>
        <translation>„{text}“: „{word}“ ist kein Monat.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;: there is no month {month}.</source>
        <translation>„{text}“: Einen Monat {month} gibt es nicht.</translation>
    </message>
    <message>
        <source>Unknown screening item(s): {items}.</source>
        <translation>Unbekannte(r) Fragebogenpunkt(e): {items}.</translation>
    </message>
    <message>
        <source>The answer for “{item}”</source>
        <translation>Die Antwort zu „{item}“</translation>
    </message>
    <message>
        <source>The note for “{item}”</source>
        <translation>Die Notiz zu „{item}“</translation>
    </message>
    <message>
        <source>Side must be one of: {choices}.</source>
        <translation>Die Seite muss eine davon sein: {choices}.</translation>
    </message>
    <message>
        <source>Precaution kind</source>
        <translation>Art der Vorsichtszone</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Describe an “Other” precaution area in the note.</source>
        <translation>Beschreiben Sie eine „Andere“ Vorsichtszone in der Notiz.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Ansicht</translation>
    </message>
    <message>
        <source>The consent date must be a date.</source>
        <translation>Das Datum der Einwilligung muss ein Datum sein.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>Die Einwilligung kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Art der Einwilligung</translation>
    </message>
    <message>
        <source>Say how consent was given (for example “through an interpreter”).</source>
        <translation>Geben Sie an, wie die Einwilligung erteilt wurde (zum Beispiel „über einen Dolmetscher“).</translation>
    </message>
    <message>
        <source>Scope of consent</source>
        <translation>Umfang der Einwilligung</translation>
    </message>
    <message>
        <source>Consent for a course of treatment needs an end date or a number of visits.</source>
        <translation>Eine Einwilligung für eine Behandlungsserie braucht ein Enddatum oder eine Anzahl von Sitzungen.</translation>
    </message>
    <message>
        <source>The course cannot end before consent was given.</source>
        <translation>Die Behandlungsserie kann nicht enden, bevor die Einwilligung erteilt wurde.</translation>
    </message>
    <message>
        <source>The number of visits must be from 1 to {most}.</source>
        <translation>Die Anzahl der Sitzungen muss zwischen 1 und {most} liegen.</translation>
    </message>
    <message>
        <source>The patient signed on screen or on paper, not both: clear one.</source>
        <translation>Der Patient hat am Bildschirm oder auf Papier unterschrieben, nicht beides: Entfernen Sie eines.</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <source>Number of needles</source>
        <translation>Anzahl der Nadeln</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Durchgänge</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Schmerz nach der Behandlung</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Bewegungsumfang</translation>
    </message>
    <message>
        <source>After-care text</source>
        <translation>Nachsorgetext</translation>
    </message>
    <message>
        <source>Unknown diagram view {view}.</source>
        <translation>Unbekannte Diagrammansicht {view}.</translation>
    </message>
    <message>
        <source>The image has no size.</source>
        <translation>Das Bild hat keine Größe.</translation>
    </message>
    <message>
        <source>Place at least {least} landmarks, spread over the body (head, both shoulders, hips or knees); {placed} placed.</source>
        <translation>Setzen Sie mindestens {least} Orientierungspunkte, über den Körper verteilt (Kopf, beide Schultern, Hüften oder Knie); gesetzt: {placed}.</translation>
    </message>
    <message>
        <source>The {view} view has no landmark {side} {landmark}.</source>
        <translation>Die Ansicht {view} hat keinen Orientierungspunkt {side} {landmark}.</translation>
    </message>
    <message>
        <source>{landmark} is placed twice.</source>
        <translation>{landmark} ist zweimal gesetzt.</translation>
    </message>
    <message>
        <source>{landmark} is placed outside the image.</source>
        <translation>{landmark} ist außerhalb des Bildes gesetzt.</translation>
    </message>
    <message>
        <source>{first} and {second} are placed on the same spot of the image.</source>
        <translation>{first} und {second} sind an derselben Stelle des Bildes gesetzt.</translation>
    </message>
    <message>
        <source>The chosen landmarks lie (almost) on one line, so the image cannot be calibrated: add landmarks on both sides of the body (e.g. both shoulders or hips), not only along the midline.</source>
        <translation>Die gewählten Orientierungspunkte liegen (fast) auf einer Linie, daher kann das Bild nicht kalibriert werden: Setzen Sie Orientierungspunkte auf beiden Körperseiten (z. B. beide Schultern oder Hüften), nicht nur entlang der Mittellinie.</translation>
    </message>
    <message>
        <source>The landmarks are placed (almost) on one line on the image: check the clicks; they should follow the body&apos;s shape.</source>
        <translation>Die Orientierungspunkte liegen auf dem Bild (fast) auf einer Linie: Prüfen Sie die Klicks; sie sollten der Körperform folgen.</translation>
    </message>
    <message>
        <source>The landmarks do not span an area on the image; check the clicks.</source>
        <translation>Die Orientierungspunkte spannen auf dem Bild keine Fläche auf; prüfen Sie die Klicks.</translation>
    </message>
    <message>
        <source>The image is mirrored relative to the view: the patient&apos;s right and left are swapped. Check that the image shows the {view} view, or mirror the image.</source>
        <translation>Das Bild ist gegenüber der Ansicht gespiegelt: Rechts und links des Patienten sind vertauscht. Prüfen Sie, ob das Bild die Ansicht {view} zeigt, oder spiegeln Sie das Bild.</translation>
    </message>
    <message>
        <source>The landmarks cross over: {first}, {second} and {third} are in a different order on the image than on the body (for example right and left swapped). Check those clicks.</source>
        <translation>Die Orientierungspunkte überkreuzen sich: {first}, {second} und {third} liegen im Bild in einer anderen Reihenfolge als am Körper (zum Beispiel rechts und links vertauscht). Prüfen Sie diese Klicks.</translation>
    </message>
    <message>
        <source>{landmark} is far from where the other landmarks put it; check that click.</source>
        <translation>{landmark} liegt weit entfernt von der Stelle, an die die übrigen Orientierungspunkte ihn setzen; prüfen Sie diesen Klick.</translation>
    </message>
    <message>
        <source>{first} and {second} are far from where the other landmarks put them; check those clicks.</source>
        <translation>{first} und {second} liegen weit entfernt von der Stelle, an die die übrigen Orientierungspunkte sie setzen; prüfen Sie diese Klicks.</translation>
    </message>
    <message>
        <source>A trigger point must be placed on the body.</source>
        <translation>Ein Triggerpunkt muss auf dem Körper gesetzt werden.</translation>
    </message>
    <message>
        <source>The zone lies outside the body outline.</source>
        <translation>Die Zone liegt außerhalb des Körperumrisses.</translation>
    </message>
    <message>
        <source>Draw the precaution area on the body outline.</source>
        <translation>Zeichnen Sie die Vorsichtszone auf den Körperumriss.</translation>
    </message>
    <message>
        <source>The wording of “{item}”</source>
        <translation>Der Wortlaut von „{item}“</translation>
    </message>
    <message>
        <source>Withdrawal cannot be dated in the future.</source>
        <translation>Der Widerruf kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {day}.</source>
        <translation>Diese Einwilligung wurde bereits am {day} widerrufen.</translation>
    </message>
    <message>
        <source>This trigger point does not lie over the thorax.</source>
        <translation>Dieser Triggerpunkt liegt nicht über dem Thorax.</translation>
    </message>
    <message>
        <source>That precaution area belongs to another patient.</source>
        <translation>Diese Vorsichtszone gehört zu einem anderen Patienten.</translation>
    </message>
    <message>
        <source>Name the precaution area(s) that were acknowledged.</source>
        <translation>Nennen Sie die bestätigte(n) Vorsichtszone(n).</translation>
    </message>
    <message>
        <source>Needles removed</source>
        <translation>Entfernte Nadeln</translation>
    </message>
    <message>
        <source>Count-out note</source>
        <translation>Notiz zum Nadelabgleich</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Verträglichkeit</translation>
    </message>
    <message>
        <source>Immediate outcome</source>
        <translation>Unmittelbares Ergebnis</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Notiz zur Sitzung</translation>
    </message>
    <message>
        <source>Say in the note why the needling was stopped early.</source>
        <translation>Geben Sie in der Notiz an, warum das Needling vorzeitig beendet wurde.</translation>
    </message>
    <message>
        <source>Say in the note what was worse after needling.</source>
        <translation>Geben Sie in der Notiz an, was nach dem Needling schlechter war.</translation>
    </message>
    <message>
        <source>Kind of adverse event</source>
        <translation>Art des unerwünschten Ereignisses</translation>
    </message>
    <message>
        <source>An adverse event cannot be dated in the future.</source>
        <translation>Ein unerwünschtes Ereignis kann nicht in der Zukunft datiert sein.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Describe an “Other” adverse event.</source>
        <translation>Beschreiben Sie ein „Anderes“ unerwünschtes Ereignis.</translation>
    </message>
    <message>
        <source>Classify the adverse event: mild, significant or serious.</source>
        <translation>Stufen Sie das unerwünschte Ereignis ein: leicht, erheblich oder schwerwiegend.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>A suspected pneumothorax is at least significant: it needs medical assessment today.</source>
        <translation>Ein Verdacht auf Pneumothorax ist mindestens erheblich: Er erfordert heute eine ärztliche Abklärung.</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Ergriffene Maßnahme</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Nachverfolgung</translation>
    </message>
    <message>
        <source>The logo is too large ({size} MB; at most 2 MB).</source>
        <translation>Das Logo ist zu groß ({size} MB; höchstens 2 MB).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>Das Logo muss ein PNG- oder JPEG-Bild sein.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Name der Praxis</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Praxisadresse</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Telefon der Praxis</translation>
    </message>
    <message>
        <source>Home care for {muscle}</source>
        <translation>Hinweise für zu Hause zu {muscle}</translation>
    </message>
    <message>
        <source>Muscle id</source>
        <translation>Muskel-ID</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>Der Punkt</translation>
    </message>
    <message>
        <source>A zone can only be referred from trigger points of the same visit.</source>
        <translation>Eine Zone kann nur von Triggerpunkten derselben Sitzung übertragen werden.</translation>
    </message>
    <message>
        <source>--older-than is a number of days between 0 and 36500.</source>
        <translation>--older-than ist eine Anzahl von Tagen zwischen 0 und 36500.</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Nachtrag</translation>
    </message>
    <message>
        <source>The template image</source>
        <translation>Das Vorlagenbild</translation>
    </message>
    <message>
        <source>Only visits of the same patient can be compared.</source>
        <translation>Nur Sitzungen desselben Patienten können verglichen werden.</translation>
    </message>
    <message>
        <source>The date range is empty: {since} is after {until}.</source>
        <translation>Der Datumsbereich ist leer: {since} liegt nach {until}.</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {choices}.</source>
        <translation>Unbekannte Ansicht {view}; wählen Sie eine davon: {choices}.</translation>
    </message>
    <message>
        <source>The complaint filter is limited to {most} characters.</source>
        <translation>Der Filter für die Beschwerde ist auf {most} Zeichen begrenzt.</translation>
    </message>
    <message>
        <source>Tolerance and outcome are recorded for a visit with needling: mark the needled trigger points first.</source>
        <translation>Verträglichkeit und Ergebnis werden für eine Sitzung mit Needling erfasst: Markieren Sie zuerst die genadelten Triggerpunkte.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 backups.</source>
        <translation>Bewahren Sie zwischen 1 und 365 Sicherungen auf.</translation>
    </message>
    <message>
        <source>The screen lock time must be between 1 and 240 minutes.</source>
        <translation>Die Zeit bis zur Bildschirmsperre muss zwischen 1 und 240 Minuten liegen.</translation>
    </message>
    <message>
        <source>The clinic diagram {name} has not been calibrated yet.</source>
        <translation>Das Praxisdiagramm {name} ist noch nicht kalibriert.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>{name} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} ist keine Datei.</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB); the limit is {most} MB. Save it smaller (e.g. as JPEG).</source>
        <translation>{name} ist zu groß ({size} MB); die Grenze liegt bei {most} MB. Speichern Sie es kleiner (z. B. als JPEG).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} is larger than {most} MB.</source>
        <translation>{name} ist größer als {most} MB.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>Die Datei</translation>
    </message>
    <message>
        <source>{name} has too many pixels (the limit is {most} megapixels); scale it down first.</source>
        <translation>{name} hat zu viele Pixel (die Grenze liegt bei {most} Megapixeln); verkleinern Sie es zuerst.</translation>
    </message>
    <message>
        <source>{name} is not an image Bodymap can read; choose a PNG or JPEG file.</source>
        <translation>{name} ist kein Bild, das Bodymap lesen kann; wählen Sie eine PNG- oder JPEG-Datei.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as an image.</source>
        <translation>{name} ist beschädigt und kann nicht als Bild gelesen werden.</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; save it as PNG or JPEG first.</source>
        <translation>{name} ist ein {kind}-Bild; speichern Sie es zuerst als PNG oder JPEG.</translation>
    </message>
    <message>
        <source>{name} has too many pixels (the limit is {most} megapixels); scale it down first. It is {width} x {height} pixels.</source>
        <translation>{name} hat zu viele Pixel (die Grenze liegt bei {most} Megapixeln); verkleinern Sie es zuerst. Es hat {width} x {height} Pixel.</translation>
    </message>
    <message>
        <source>{name} is too small ({width} x {height} pixels); a diagram needs at least {least} pixels on each side.</source>
        <translation>{name} ist zu klein ({width} x {height} Pixel); ein Diagramm braucht mindestens {least} Pixel pro Seite.</translation>
    </message>
    <message>
        <source>{name} is damaged (incomplete or corrupt image data).</source>
        <translation>{name} ist beschädigt (unvollständige oder fehlerhafte Bilddaten).</translation>
    </message>
    <message>
        <source>Give the clinic diagram a name.</source>
        <translation>Geben Sie dem Praxisdiagramm einen Namen.</translation>
    </message>
    <message>
        <source>The name is too long (at most {most} characters).</source>
        <translation>Der Name ist zu lang (höchstens {most} Zeichen).</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>Die Stapelgröße muss mindestens 1 sein.</translation>
    </message>
    <message>
        <source>The target is the source database itself; choose another database to copy to.</source>
        <translation>Das Ziel ist die Quelldatenbank selbst; wählen Sie eine andere Datenbank als Ziel der Kopie.</translation>
    </message>
    <message>
        <source>The target database {target} is not empty ({table} has {rows} rows); copy-database copies only into an empty database. Create a new one and try again.</source>
        <translation>Die Zieldatenbank {target} ist nicht leer ({table} hat {rows} Zeilen); copy-database kopiert nur in eine leere Datenbank. Legen Sie eine neue an und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Sitzung unterzeichnen</translation>
    </message>
    <message>
        <source>Sign this visit as {signer}?

Treating clinician: {treating}

A signed visit can no longer be changed; later corrections are addenda.</source>
        <translation>Diese Sitzung als {signer} unterzeichnen?

Behandelnde Fachkraft: {treating}

Eine unterzeichnete Sitzung kann nicht mehr geändert werden; spätere Korrekturen sind Nachträge.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latent</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>dumpf</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>brennend</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>stechend</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>Kribbeln</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>Taubheit</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pochend</translation>
    </message>
    <message>
        <source>other</source>
        <translation>andere</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>Sitzungsdetails</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Neue Sitzung</translation>
    </message>
    <message>
        <source>Choose the treating clinician…</source>
        <translation>Behandelnde Fachkraft wählen…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Nicht erfasst</translation>
    </message>
    <message>
        <source>{name} (account deactivated)</source>
        <translation>{name} (Konto deaktiviert)</translation>
    </message>
    <message>
        <source>{name} (no account)</source>
        <translation>{name} (kein Konto)</translation>
    </message>
    <message>
        <source>e.g. right-sided neck pain with temple headache</source>
        <translation>z. B. Nacken rechts, Schläfenkopfschmerz</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>Start from the previous visit&apos;s marks</source>
        <translation>Mit den Markierungen der letzten Sitzung beginnen</translation>
    </message>
    <message>
        <source>Trigger point: {side}{place} ({status})</source>
        <translation>Triggerpunkt: {side}{place} ({status})</translation>
    </message>
    <message>
        <source>Zone: {quality} {intensity}/10 ({sides}, {view})</source>
        <translation>Zone: {quality} {intensity}/10 ({sides}, {view})</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>Treating clinician</source>
        <translation>Behandelnde Fachkraft</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Hauptbeschwerde</translation>
    </message>
    <message>
        <source>Overall pain (0-10)</source>
        <translation>Schmerz insgesamt (0-10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Choose the treating clinician.</source>
        <translation>Wählen Sie die behandelnde Fachkraft.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Withdrawn consent no longer covers visits that begin after this time. The consent and its signature stay on record.</source>
        <translation>Eine widerrufene Einwilligung gilt nicht mehr für Sitzungen, die nach diesem Zeitpunkt beginnen. Einwilligung und Unterschrift bleiben gespeichert.</translation>
    </message>
    <message>
        <source>e.g. patient declined further needling after the second visit</source>
        <translation>z. B. Patient lehnt nach der zweiten Sitzung weiteres Nadeln ab</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
</TS>
