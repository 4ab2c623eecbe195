<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
        <translation>Druckschmerz</translation>
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
</TS>
