<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>Handout</name>
    <message>
        <source>a tight band in the muscle</source>
        <translation>una banda tensa en el músculo</translation>
    </message>
    <message>
        <source>a tender spot</source>
        <translation>un punto sensible a la presión</translation>
    </message>
    <message>
        <source>pressing it brought on your familiar pain</source>
        <translation>al presionarlo apareció su dolor habitual</translation>
    </message>
    <message>
        <source>the muscle twitched when pressed or treated</source>
        <translation>el músculo se contrajo al presionarlo o tratarlo</translation>
    </message>
    <message>
        <source>pressing it spread pain to another area</source>
        <translation>al presionarlo el dolor se extendió a otra zona</translation>
    </message>
    <message>
        <source>Active: painful now</source>
        <translation>Activo: duele ahora</translation>
    </message>
    <message>
        <source>Latent: sore if pressed</source>
        <translation>Latente: duele al presionar</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tensa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Sensibilidad puntual</translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation>Reconocimiento del dolor</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Respuesta de espasmo local</translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation>Dolor referido reproducido</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profundo</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Superficial</translation>
    </message>
    <message>
        <source>carried forward</source>
        <translation>de una visita previa</translation>
    </message>
    <message>
        <source>from an earlier visit</source>
        <translation>de una visita anterior</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Sin punción</translation>
    </message>
    <message>
        <source>Dry needling</source>
        <translation>Punción seca</translation>
    </message>
    <message>
        <source>depth {mm}</source>
        <translation>profundidad {mm}</translation>
    </message>
    <message>
        <source>1 twitch response</source>
        <translation>1 respuesta de espasmo local</translation>
    </message>
    <message>
        <source>{n} twitch responses</source>
        <translation>{n} respuestas de espasmo local</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Punción realizada</translation>
    </message>
    <message>
        <source>Near the surface</source>
        <translation>Cerca de la superficie</translation>
    </message>
    <message>
        <source>Muscle / location</source>
        <translation>Músculo / localización</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Dolor a la presión</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Tratamiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Muscle / where</source>
        <translation>Músculo / dónde</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Qué es</translation>
    </message>
    <message>
        <source>What was found</source>
        <translation>Qué se encontró</translation>
    </message>
    <message>
        <source>Sore to press</source>
        <translation>Duele al presionar</translation>
    </message>
    <message>
        <source>Treated with</source>
        <translation>Tratado con</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regiones</translation>
    </message>
    <message>
        <source>Sides</source>
        <translation>Lados</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Cualidad</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Where you feel it</source>
        <translation>Dónde lo siente</translation>
    </message>
    <message>
        <source>Feels like</source>
        <translation>Cómo se siente</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>How deep</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Trigger points (tight, tender spots in the muscle)</source>
        <translation>Puntos gatillo (zonas tensas y sensibles del músculo)</translation>
    </message>
    <message>
        <source>Where you feel the pain</source>
        <translation>Dónde siente el dolor</translation>
    </message>
    <message>
        <source>Notes from your visit</source>
        <translation>Notas de su visita</translation>
    </message>
    <message>
        <source>Your trigger point and pain chart</source>
        <translation>Su mapa de puntos gatillo y dolor</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo miofasciales</translation>
    </message>
    <message>
        <source>Referred pain zones</source>
        <translation>Zonas de dolor referido</translation>
    </message>
    <message>
        <source>Visit notes</source>
        <translation>Notas de la visita</translation>
    </message>
    <message>
        <source>Trigger point and referred pain chart (clinician copy)</source>
        <translation>Mapa de puntos gatillo y dolor referido (copia del profesional)</translation>
    </message>
    <message>
        <source>Left side, seen from the patient&apos;s left</source>
        <translation>Lado izquierdo, visto desde la izquierda del paciente</translation>
    </message>
    <message>
        <source>Right side, seen from the patient&apos;s right</source>
        <translation>Lado derecho, visto desde la derecha del paciente</translation>
    </message>
    <message>
        <source>The {view} diagram is not available; its marks are listed below.</source>
        <translation>El diagrama {view} no está disponible; sus marcas se enumeran abajo.</translation>
    </message>
    <message>
        <source>Close-up {letter}</source>
        <translation>Detalle {letter}</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Active trigger point</source>
        <translation>Punto gatillo activo</translation>
    </message>
    <message>
        <source>Latent trigger point</source>
        <translation>Punto gatillo latente</translation>
    </message>
    <message>
        <source>Treated with dry needling (X)</source>
        <translation>Tratado con punción seca (X)</translation>
    </message>
    <message>
        <source>From an earlier visit (dashed)</source>
        <translation>De una visita anterior (discontinuo)</translation>
    </message>
    <message>
        <source>Felt deep (dashed outline)</source>
        <translation>Se siente profundo (contorno discontinuo)</translation>
    </message>
    <message>
        <source>Needled (X)</source>
        <translation>Punción (X)</translation>
    </message>
    <message>
        <source>Carried forward (dashed)</source>
        <translation>De una visita previa (discontinuo)</translation>
    </message>
    <message>
        <source>Deep (dashed outline)</source>
        <translation>Profundo (contorno discontinuo)</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Sordo</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Quemante</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Punzante</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pulsátil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Printed {when}</source>
        <translation>Impreso {when}</translation>
    </message>
    <message>
        <source>Page {number} of {total}</source>
        <translation>Página {number} de {total}</translation>
    </message>
    <message>
        <source>{title} (continued)</source>
        <translation>{title} (continuación)</translation>
    </message>
    <message>
        <source>Looking after yourself at home</source>
        <translation>Cuidados en casa</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
    <message>
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Left {region}</source>
        <translation>{region} (izquierda)</translation>
    </message>
    <message>
        <source>Right {region}</source>
        <translation>{region} (derecha)</translation>
    </message>
    <message>
        <source>Left and right are the patient&apos;s own left and right</source>
        <translation>Izquierda y derecha son las del propio paciente</translation>
    </message>
    <message>
        <source>Tel. {phone}</source>
        <translation>Tel. {phone}</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Visita {when}</translation>
    </message>
    <message>
        <source>Treating clinician: {name}</source>
        <translation>Profesional tratante: {name}</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Firmado por {name}</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Born {date}   ·   Chart {number}</source>
        <translation>Nacimiento {date}   ·   Historia {number}</translation>
    </message>
    <message>
        <source>DRAFT: this record has not yet been signed by the clinician and may still change.</source>
        <translation>BORRADOR: el profesional aún no ha firmado este registro y puede cambiar.</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Overall pain</source>
        <translation>Dolor general</translation>
    </message>
    <message>
        <source>Your progress</source>
        <translation>Su evolución</translation>
    </message>
    <message>
        <source>Body chart</source>
        <translation>Mapa corporal</translation>
    </message>
    <message>
        <source>Your body chart</source>
        <translation>Su mapa corporal</translation>
    </message>
    <message>
        <source>No trigger points or pain zones were charted at this visit.</source>
        <translation>En esta visita no se registraron puntos gatillo ni zonas de dolor.</translation>
    </message>
    <message>
        <source>No notes were recorded for this visit.</source>
        <translation>No se registraron notas en esta visita.</translation>
    </message>
    <message>
        <source>{text} … (continued below, {what})</source>
        <translation>{text} … (continúa abajo, {what})</translation>
    </message>
    <message>
        <source>No trigger points were charted at this visit.</source>
        <translation>En esta visita no se registraron puntos gatillo.</translation>
    </message>
    <message>
        <source>Unlabelled site ({view})</source>
        <translation>Sitio sin nombre ({view})</translation>
    </message>
    <message>
        <source>Trigger point notes (continued from the table)</source>
        <translation>Notas de los puntos gatillo (continuación de la tabla)</translation>
    </message>
    <message>
        <source>No pain zones were charted at this visit.</source>
        <translation>En esta visita no se registraron zonas de dolor.</translation>
    </message>
    <message>
        <source>zone {key}</source>
        <translation>zona {key}</translation>
    </message>
    <message>
        <source>Pain zone notes (continued from the table)</source>
        <translation>Notas de las zonas de dolor (continuación de la tabla)</translation>
    </message>
    <message>
        <source>Zone {key}</source>
        <translation>Zona {key}</translation>
    </message>
    <message>
        <source>No needles used</source>
        <translation>No se usaron agujas</translation>
    </message>
    <message>
        <source>Reconciled</source>
        <translation>Cuadrado</translation>
    </message>
    <message>
        <source>Discrepancy documented</source>
        <translation>Discrepancia documentada</translation>
    </message>
    <message>
        <source>NOT reconciled</source>
        <translation>NO cuadrado</translation>
    </message>
    <message>
        <source>After your treatment</source>
        <translation>Después de su tratamiento</translation>
    </message>
    <message>
        <source>The clinic&apos;s after-care advice for dry needling (printed in full on the patient copy)</source>
        <translation>Las recomendaciones de la clínica tras la punción seca (impresas completas en la copia del paciente)</translation>
    </message>
    <message>
        <source>Tolerated well</source>
        <translation>Bien tolerado</translation>
    </message>
    <message>
        <source>Moderate discomfort, completed</source>
        <translation>Molestia moderada, completado</translation>
    </message>
    <message>
        <source>Tolerated poorly, stopped early</source>
        <translation>Mal tolerado, interrumpido antes</translation>
    </message>
    <message>
        <source>Improved (less pain or freer movement)</source>
        <translation>Mejoró (menos dolor o más movilidad)</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Sin cambios</translation>
    </message>
    <message>
        <source>Worse</source>
        <translation>Peor</translation>
    </message>
    <message>
        <source>Bleeding</source>
        <translation>Sangrado</translation>
    </message>
    <message>
        <source>Bruising</source>
        <translation>Hematoma</translation>
    </message>
    <message>
        <source>Pain during needling</source>
        <translation>Dolor durante la punción</translation>
    </message>
    <message>
        <source>Pain after needling for more than 24 h</source>
        <translation>Dolor tras la punción durante más de 24 h</translation>
    </message>
    <message>
        <source>Aggravation of symptoms</source>
        <translation>Empeoramiento de los síntomas</translation>
    </message>
    <message>
        <source>Fainting or feeling faint</source>
        <translation>Desmayo o sensación de desmayo</translation>
    </message>
    <message>
        <source>Nausea</source>
        <translation>Náuseas</translation>
    </message>
    <message>
        <source>Headache</source>
        <translation>Cefalea</translation>
    </message>
    <message>
        <source>Drowsiness</source>
        <translation>Somnolencia</translation>
    </message>
    <message>
        <source>Nerve irritation</source>
        <translation>Irritación nerviosa</translation>
    </message>
    <message>
        <source>Suspected pneumothorax</source>
        <translation>Sospecha de neumotórax</translation>
    </message>
    <message>
        <source>Mild</source>
        <translation>Leve</translation>
    </message>
    <message>
        <source>Significant</source>
        <translation>Significativo</translation>
    </message>
    <message>
        <source>Serious</source>
        <translation>Grave</translation>
    </message>
    <message>
        <source>Near miss</source>
        <translation>Casi incidente</translation>
    </message>
    <message>
        <source>During needling</source>
        <translation>Durante la punción</translation>
    </message>
    <message>
        <source>After needling, in the clinic</source>
        <translation>Tras la punción, en la clínica</translation>
    </message>
    <message>
        <source>Within 24 h of leaving</source>
        <translation>En las 24 h tras salir</translation>
    </message>
    <message>
        <source>More than 24 h later</source>
        <translation>Más de 24 h después</translation>
    </message>
    <message>
        <source>Verbal</source>
        <translation>Verbal</translation>
    </message>
    <message>
        <source>Written</source>
        <translation>Escrito</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Solo esta visita</translation>
    </message>
    <message>
        <source>{after}/10 (no pain score before treatment)</source>
        <translation>{after}/10 (sin puntuación de dolor antes del tratamiento)</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>{n} less</source>
        <translation>{n} menos</translation>
    </message>
    <message>
        <source>{n} more</source>
        <translation>{n} más</translation>
    </message>
    <message>
        <source>{before}/10 before → {after}/10 after ({trend})</source>
        <translation>{before}/10 antes → {after}/10 después ({trend})</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>{inserted} inserted, {removed} removed — {state}</source>
        <translation>{inserted} insertadas, {removed} retiradas — {state}</translation>
    </message>
    <message>
        <source>{text}. Note: {note}</source>
        <translation>{text}. Nota: {note}</translation>
    </message>
    <message>
        <source>No consent recorded for this visit</source>
        <translation>No hay consentimiento registrado para esta visita</translation>
    </message>
    <message>
        <source>{method}, {date}, obtained by {name} · {scope}</source>
        <translation>{method}, {date}, obtenido por {name} · {scope}</translation>
    </message>
    <message>
        <source>WITHDRAWN {when}</source>
        <translation>RETIRADO {when}</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Dolor tras el tratamiento</translation>
    </message>
    <message>
        <source>How the treatment went</source>
        <translation>Cómo fue el tratamiento</translation>
    </message>
    <message>
        <source>Treatment safety</source>
        <translation>Seguridad del tratamiento</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Recuento de agujas</translation>
    </message>
    <message>
        <source>Thorax caution</source>
        <translation>Precaución torácica</translation>
    </message>
    <message>
        <source>{site}: acknowledged by {name} {time}</source>
        <translation>{site}: confirmado por {name} {time}</translation>
    </message>
    <message>
        <source>{site}: NOT acknowledged</source>
        <translation>{site}: NO confirmado</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Rango de movimiento</translation>
    </message>
    <message>
        <source>After-care</source>
        <translation>Cuidados posteriores</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Inicio: {onset}</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Adverse event</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Action taken</source>
        <translation>Medida tomada</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation>Eventos adversos y casi incidentes</translation>
    </message>
    <message>
        <source>Pain area</source>
        <translation>Área de dolor</translation>
    </message>
    <message>
        <source>% of body surface</source>
        <translation>% de la superficie corporal</translation>
    </message>
    <message>
        <source>Active trigger points</source>
        <translation>Puntos gatillo activos</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Aún no hay visitas</translation>
    </message>
    <message>
        <source>Visit date</source>
        <translation>Fecha de la visita</translation>
    </message>
    <message>
        <source>Visit date ({year})</source>
        <translation>Fecha de la visita ({year})</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>Language (after restart)</source>
        <translation>Idioma (tras reiniciar)</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>bodymap will use {language} the next time it starts.</source>
        <translation>bodymap usará {language} la próxima vez que se inicie.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Visita</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>E&amp;volución</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Clinician</source>
        <translation>&amp;Profesional</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Layers</source>
        <translation>Capas</translation>
    </message>
    <message>
        <source>New patient…</source>
        <translation>Nuevo paciente…</translation>
    </message>
    <message>
        <source>Edit patient…</source>
        <translation>Editar paciente…</translation>
    </message>
    <message>
        <source>New visit…</source>
        <translation>Nueva visita…</translation>
    </message>
    <message>
        <source>Visit details…</source>
        <translation>Datos de la visita…</translation>
    </message>
    <message>
        <source>Sign visit…</source>
        <translation>Firmar visita…</translation>
    </message>
    <message>
        <source>Add addendum…</source>
        <translation>Añadir adenda…</translation>
    </message>
    <message>
        <source>History (audit trail)…</source>
        <translation>Historial (registro de auditoría)…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Export PDF…</source>
        <translation>Exportar PDF…</translation>
    </message>
    <message>
        <source>Export visit…</source>
        <translation>Exportar visita…</translation>
    </message>
    <message>
        <source>PDF, PNG, CSV, JSON or FHIR of the open visit</source>
        <translation>PDF, PNG, CSV, JSON o FHIR de la visita abierta</translation>
    </message>
    <message>
        <source>Export handouts…</source>
        <translation>Exportar hojas para pacientes…</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Page setup…</source>
        <translation>Configurar página…</translation>
    </message>
    <message>
        <source>Clinic settings…</source>
        <translation>Ajustes de la clínica…</translation>
    </message>
    <message>
        <source>Import clinic diagram…</source>
        <translation>Importar diagrama de la clínica…</translation>
    </message>
    <message>
        <source>Use clinic diagram…</source>
        <translation>Usar diagrama de la clínica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Copia de seguridad ahora</translation>
    </message>
    <message>
        <source>A dated copy of the database in its backup folder</source>
        <translation>Una copia fechada de la base de datos en su carpeta de copias</translation>
    </message>
    <message>
        <source>Backups on another disk…</source>
        <translation>Copias en otro disco…</translation>
    </message>
    <message>
        <source>A USB disk or network folder that receives a copy of every backup</source>
        <translation>Un disco USB o carpeta de red que recibe una copia de cada copia de seguridad</translation>
    </message>
    <message>
        <source>Restore from a backup…</source>
        <translation>Restaurar desde una copia…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit to window</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Compare visits…</source>
        <translation>Comparar visitas…</translation>
    </message>
    <message>
        <source>Progress chart…</source>
        <translation>Gráfico de evolución…</translation>
    </message>
    <message>
        <source>Clinic pain map…</source>
        <translation>Mapa de dolor de la clínica…</translation>
    </message>
    <message>
        <source>Reset layout</source>
        <translation>Restablecer disposición</translation>
    </message>
    <message>
        <source>Put the panels back where they start</source>
        <translation>Devuelve los paneles a su posición inicial</translation>
    </message>
    <message>
        <source>Lock screen</source>
        <translation>Bloquear pantalla</translation>
    </message>
    <message>
        <source>Switch clinician…</source>
        <translation>Cambiar de profesional…</translation>
    </message>
    <message>
        <source>Accounts and security…</source>
        <translation>Cuentas y seguridad…</translation>
    </message>
    <message>
        <source>Open data folder</source>
        <translation>Abrir carpeta de datos</translation>
    </message>
    <message>
        <source>The folder of the database and its backups</source>
        <translation>La carpeta de la base de datos y sus copias</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
    <message>
        <source>bodymap&apos;s log files and crash reports</source>
        <translation>Registros e informes de fallos de bodymap</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Outline</source>
        <translation>Contorno</translation>
    </message>
    <message>
        <source>Surface regions</source>
        <translation>Regiones de superficie</translation>
    </message>
    <message>
        <source>Muscles (superficial)</source>
        <translation>Músculos (superficiales)</translation>
    </message>
    <message>
        <source>Deep muscles</source>
        <translation>Músculos profundos</translation>
    </message>
    <message>
        <source>Landmarks</source>
        <translation>Referencias anatómicas</translation>
    </message>
    <message>
        <source>Muscle and region names</source>
        <translation>Nombres de músculos y regiones</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Light or dark as the system&apos;s colours are</source>
        <translation>Claro u oscuro según los colores del sistema</translation>
    </message>
    <message>
        <source>Dark text on light backgrounds</source>
        <translation>Texto oscuro sobre fondo claro</translation>
    </message>
    <message>
        <source>Light text on dark backgrounds</source>
        <translation>Texto claro sobre fondo oscuro</translation>
    </message>
    <message>
        <source>Pen pressure sets</source>
        <translation>La presión del lápiz ajusta</translation>
    </message>
    <message>
        <source>Brush width</source>
        <translation>Ancho del pincel</translation>
    </message>
    <message>
        <source>Zone intensity</source>
        <translation>Intensidad de la zona</translation>
    </message>
    <message>
        <source>Nothing</source>
        <translation>Nada</translation>
    </message>
    <message>
        <source>Select / move</source>
        <translation>Seleccionar</translation>
    </message>
    <message>
        <source>Trigger point</source>
        <translation>Punto gatillo</translation>
    </message>
    <message>
        <source>Zone brush</source>
        <translation>Pincel de zona</translation>
    </message>
    <message>
        <source>Zone polygon</source>
        <translation>Polígono de zona</translation>
    </message>
    <message>
        <source>Eraser</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>draw a place not to needle, shown at every visit</source>
        <translation>dibuje una zona donde no puncionar, visible en cada visita</translation>
    </message>
    <message>
        <source>Patients and visits</source>
        <translation>Pacientes y visitas</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>Inspector</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Safety</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <source>Suggestions</source>
        <translation>Sugerencias</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Herramientas</translation>
    </message>
    <message>
        <source>New-mark defaults</source>
        <translation>Valores por defecto de nuevas marcas</translation>
    </message>
    <message>
        <source>bodymap — trigger-point charting</source>
        <translation>bodymap — registro de puntos gatillo</translation>
    </message>
    <message>
        <source>No patient selected</source>
        <translation>Ningún paciente seleccionado</translation>
    </message>
    <message>
        <source>Choose or create a patient on the left.</source>
        <translation>Elija o cree un paciente a la izquierda.</translation>
    </message>
    <message>
        <source>born {date} ({age} y)</source>
        <translation>nacido/a el {date} ({age} años)</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>historia {number}</translation>
    </message>
    <message>
        <source>No visit open</source>
        <translation>Ninguna visita abierta</translation>
    </message>
    <message>
        <source>Visit {when}</source>
        <translation>Visita {when}</translation>
    </message>
    <message>
        <source>Treated by {name}</source>
        <translation>Atendido/a por {name}</translation>
    </message>
    <message>
        <source>No treating clinician yet</source>
        <translation>Aún sin profesional tratante</translation>
    </message>
    <message>
        <source>Signed by {name}</source>
        <translation>Firmado por {name}</translation>
    </message>
    <message>
        <source>SIGNED</source>
        <translation>FIRMADA</translation>
    </message>
    <message>
        <source>DRAFT</source>
        <translation>BORRADOR</translation>
    </message>
    <message>
        <source>Signed — read only</source>
        <translation>Firmada — solo lectura</translation>
    </message>
    <message>
        <source>All changes saved</source>
        <translation>Todos los cambios guardados</translation>
    </message>
    <message>
        <source>Database connection lost — retrying…</source>
        <translation>Conexión con la base de datos perdida — reintentando…</translation>
    </message>
    <message>
        <source>Addendum saved.</source>
        <translation>Adenda guardada.</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Editar</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Search name or chart number…</source>
        <translation>Buscar nombre o número de historia…</translation>
    </message>
    <message>
        <source>New point:</source>
        <translation>Nuevo punto:</translation>
    </message>
    <message>
        <source>New zone:</source>
        <translation>Nueva zona:</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>Brush</source>
        <translation>Pincel</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>Latent</source>
        <translation>Latente</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Sordo</translation>
    </message>
    <message>
        <source>Burning</source>
        <translation>Quemante</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Punzante</translation>
    </message>
    <message>
        <source>Pins and needles</source>
        <translation>Hormigueo</translation>
    </message>
    <message>
        <source>Numbness</source>
        <translation>Entumecimiento</translation>
    </message>
    <message>
        <source>Throbbing</source>
        <translation>Pulsátil</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Superficial</source>
        <translation>Superficial</translation>
    </message>
    <message>
        <source>Deep</source>
        <translation>Profundo</translation>
    </message>
    <message>
        <source>Quality</source>
        <translation>Cualidad</translation>
    </message>
    <message>
        <source>Referred from</source>
        <translation>Referido desde</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Hallazgos</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Dolor a la presión</translation>
    </message>
    <message>
        <source>Needle</source>
        <translation>Aguja</translation>
    </message>
    <message>
        <source>Twitches</source>
        <translation>Espasmos</translation>
    </message>
    <message>
        <source>Taut band</source>
        <translation>Banda tensa</translation>
    </message>
    <message>
        <source>Spot tenderness</source>
        <translation>Sensibilidad puntual</translation>
    </message>
    <message>
        <source>Pain recognition</source>
        <translation>Reconocimiento del dolor</translation>
    </message>
    <message>
        <source>Local twitch response</source>
        <translation>Respuesta de espasmo local</translation>
    </message>
    <message>
        <source>Referred pain reproduced</source>
        <translation>Dolor referido reproducido</translation>
    </message>
    <message>
        <source>Needled</source>
        <translation>Punción realizada</translation>
    </message>
    <message>
        <source>Confirm carried-forward mark</source>
        <translation>Confirmar marca de una visita previa</translation>
    </message>
    <message>
        <source>Select a trigger point or a zone to see and edit its findings.

T places a trigger point, B paints a zone, P draws a zone polygon.</source>
        <translation>Seleccione un punto gatillo o una zona para ver y editar sus hallazgos.

T coloca un punto gatillo, B pinta una zona, P dibuja un polígono de zona.</translation>
    </message>
    <message>
        <source>DOB unknown</source>
        <translation>Fecha de nacimiento desconocida</translation>
    </message>
</context>
<context>
    <name>PatientDialog</name>
    <message>
        <source>Female</source>
        <translation>Femenino</translation>
    </message>
    <message>
        <source>Male</source>
        <translation>Masculino</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>Edit patient</source>
        <translation>Editar paciente</translation>
    </message>
    <message>
        <source>New patient</source>
        <translation>Nuevo paciente</translation>
    </message>
    <message>
        <source>Given name and family name</source>
        <translation>Nombre y apellidos</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocida</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>As the program (no preference)</source>
        <translation>Como el programa (sin preferencia)</translation>
    </message>
    <message>
        <source>The patient&apos;s copy of the handout is printed in this language</source>
        <translation>La copia del paciente se imprime en este idioma</translation>
    </message>
    <message>
        <source>Chart number</source>
        <translation>Número de historia</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Fecha de nacimiento</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>Handout language</source>
        <translation>Idioma de la hoja</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Date of birth not recorded</source>
        <translation>Fecha de nacimiento no registrada</translation>
    </message>
    <message>
        <source>Read as {date} (age {age})</source>
        <translation>Leído como {date} ({age} años)</translation>
    </message>
    <message>
        <source>Choose the patient&apos;s sex, or &quot;Not recorded&quot;.</source>
        <translation>Elija el sexo del paciente, o «No registrado».</translation>
    </message>
    <message>
        <source>born {date}</source>
        <translation>nacido/a el {date}</translation>
    </message>
    <message>
        <source>date of birth unknown</source>
        <translation>fecha de nacimiento desconocida</translation>
    </message>
    <message>
        <source>…and {n} more</source>
        <translation>…y {n} más</translation>
    </message>
    <message>
        <source>Is this the same person?</source>
        <translation>¿Es la misma persona?</translation>
    </message>
    <message>
        <source>Already on record with this name and date of birth:</source>
        <translation>Ya registrados con este nombre y fecha de nacimiento:</translation>
    </message>
    <message>
        <source>Is the patient you are saving one of them?</source>
        <translation>¿Es el paciente que está guardando uno de ellos?</translation>
    </message>
    <message>
        <source>Same person: open {chart}</source>
        <translation>Misma persona: abrir {chart}</translation>
    </message>
    <message>
        <source>A different person: save</source>
        <translation>Otra persona: guardar</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Volver</translation>
    </message>
</context>
</TS>
