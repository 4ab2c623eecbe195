<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>Handout</name>
    <message>
        <source>a tight band in the muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a tender spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressing it brought on your familiar pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the muscle twitched when pressed or treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressing it spread pain to another area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: painful now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent: sore if pressed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from an earlier visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>depth {mm}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 twitch response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} twitch responses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near the surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle / location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle / where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sore to press</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feels like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How deep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points (tight, tender spots in the muscle)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you feel the pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes from your visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your trigger point and pain chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred pain zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point and referred pain chart (clinician copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side, seen from the patient&apos;s left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side, seen from the patient&apos;s right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The {view} diagram is not available; its marks are listed below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close-up {letter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latent trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treated with dry needling (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From an earlier visit (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Felt deep (dashed outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needled (X)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried forward (dashed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep (dashed outline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking after yourself at home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Midline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right {region}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left and right are the patient&apos;s own left and right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treating clinician: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Born {date}   ·   Chart {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DRAFT: this record has not yet been signed by the clinician and may still change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your body chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger points or pain zones were charted at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No notes were recorded for this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} … (continued below, {what})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No trigger points were charted at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlabelled site ({view})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point notes (continued from the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No pain zones were charted at this visit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zone {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain zone notes (continued from the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No needles used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discrepancy documented</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT reconciled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After your treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clinic&apos;s after-care advice for dry needling (printed in full on the patient copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{after}/10 (no pain score before treatment)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{before}/10 before → {after}/10 after ({trend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{inserted} inserted, {removed} removed — {state}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text}. Note: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded for this visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{method}, {date}, obtained by {name} · {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WITHDRAWN {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the treatment went</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thorax caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: acknowledged by {name} {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{site}: NOT acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After-care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of body surface</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active trigger points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit date ({year})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language (after restart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap will use {language} the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Layers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visit details…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History (audit trail)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export visit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, PNG, CSV, JSON or FHIR of the open visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export handouts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import clinic diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use clinic diagram…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A dated copy of the database in its backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups on another disk…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A USB disk or network folder that receives a copy of every backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare visits…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress chart…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clinic pain map…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the panels back where they start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch clinician…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts and security…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder of the database and its backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap&apos;s log files and crash reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surface regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscles (superficial)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Muscle and region names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone brush</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zone polygon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>draw a place not to needle, shown at every visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patients and visits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safety</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New-mark defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodymap — trigger-point charting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed — read only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database connection lost — retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addendum saved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Female</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the program (no preference)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The patient&apos;s copy of the handout is printed in this language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read as {date} (age {age})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sex, or &quot;Not recorded&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is this the same person?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already on record with this name and date of birth:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is the patient you are saving one of them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same person: open {chart}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A different person: save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
