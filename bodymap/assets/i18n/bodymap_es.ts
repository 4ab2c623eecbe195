<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutDialog</name>
    <message>
        <source>Trigger-point and referred-pain charting for dry needling.</source>
        <translation>Registro de puntos gatillo y dolor referido para la punción seca.</translation>
    </message>
    <message>
        <source>About bodymap</source>
        <translation>Acerca de bodymap</translation>
    </message>
    <message>
        <source>Version {version}</source>
        <translation>Versión {version}</translation>
    </message>
    <message>
        <source>Left and right are always the patient&apos;s left and right.</source>
        <translation>Izquierda y derecha son siempre la izquierda y la derecha del paciente.</translation>
    </message>
    <message>
        <source>Free software under the MIT License. Built with Qt and PySide6 (LGPL-3.0), whose libraries are separate files you may replace; notices for every component below.</source>
        <translation>Software libre con licencia MIT. Creado con Qt y PySide6 (LGPL-3.0), cuyas bibliotecas son archivos independientes que puede sustituir; abajo, los avisos de cada componente.</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
</context>
<context>
    <name>Accessibility</name>
    <message>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <source>Every change to this visit: when, who, action, what, details</source>
        <translation>Cada cambio de esta visita: cuándo, quién, acción, qué, detalles</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>The patient whose visits are exported</source>
        <translation>El paciente cuyas visitas se exportan</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>Printed on every handout</source>
        <translation>Se imprime en cada hoja para el paciente</translation>
    </message>
    <message>
        <source>Muscles</source>
        <translation>Músculos</translation>
    </message>
    <message>
        <source>Choose a muscle to write its home-care advice</source>
        <translation>Elija un músculo para escribir sus consejos para casa</translation>
    </message>
    <message>
        <source>Home-care advice for the chosen muscle</source>
        <translation>Consejos para casa del músculo elegido</translation>
    </message>
    <message>
        <source>Third-party notices</source>
        <translation>Avisos de terceros</translation>
    </message>
    <message>
        <source>The licences of the software bodymap ships</source>
        <translation>Las licencias del software que incluye bodymap</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Each command and its keys</source>
        <translation>Cada comando y sus teclas</translation>
    </message>
    <message>
        <source>After-care advice</source>
        <translation>Consejos de cuidados posteriores</translation>
    </message>
    <message>
        <source>The after-care text given to patients</source>
        <translation>El texto de cuidados posteriores que se entrega a los pacientes</translation>
    </message>
    <message>
        <source>Clinic diagrams</source>
        <translation>Diagramas de la clínica</translation>
    </message>
    <message>
        <source>Choose the diagram to use for a view</source>
        <translation>Elija el diagrama que se usará para una vista</translation>
    </message>
    <message>
        <source>Earlier visit</source>
        <translation>Visita anterior</translation>
    </message>
    <message>
        <source>Later visit</source>
        <translation>Visita posterior</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>The diagram view compared</source>
        <translation>La vista del diagrama que se compara</translation>
    </message>
    <message>
        <source>Show change</source>
        <translation>Mostrar el cambio</translation>
    </message>
    <message>
        <source>Where it was drawn, or by body region</source>
        <translation>Donde se dibujó, o por región corporal</translation>
    </message>
    <message>
        <source>Change by site</source>
        <translation>Cambio por localización</translation>
    </message>
    <message>
        <source>Each charted site and how it changed</source>
        <translation>Cada localización registrada y cómo cambió</translation>
    </message>
    <message>
        <source>Visits from date</source>
        <translation>Visitas desde la fecha</translation>
    </message>
    <message>
        <source>Visits to date</source>
        <translation>Visitas hasta la fecha</translation>
    </message>
    <message>
        <source>The diagram view of the pain map</source>
        <translation>La vista del diagrama del mapa de dolor</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Unidades</translation>
    </message>
    <message>
        <source>The units of the margins</source>
        <translation>Las unidades de los márgenes</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Patient copy in plain words, or the clinician&apos;s full record</source>
        <translation>Copia para el paciente en palabras sencillas, o el registro completo del profesional</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Each clinician&apos;s name, user name, role and whether active</source>
        <translation>Nombre, usuario, función de cada profesional y si está activo</translation>
    </message>
    <message>
        <source>Page preview</source>
        <translation>Vista previa de la página</translation>
    </message>
    <message>
        <source>The pages as they will print</source>
        <translation>Las páginas tal como se imprimirán</translation>
    </message>
    <message>
        <source>Page number</source>
        <translation>Número de página</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Reference muscles found</source>
        <translation>Músculos de la referencia encontrados</translation>
    </message>
    <message>
        <source>Choosing one shows its trigger points and referral</source>
        <translation>Al elegir uno se muestran sus puntos gatillo y su dolor referido</translation>
    </message>
    <message>
        <source>Reference details</source>
        <translation>Detalles de la referencia</translation>
    </message>
    <message>
        <source>The chosen muscle&apos;s trigger points, referral and notes</source>
        <translation>Puntos gatillo, dolor referido y notas del músculo elegido</translation>
    </message>
    <message>
        <source>Suggested muscles</source>
        <translation>Músculos sugeridos</translation>
    </message>
    <message>
        <source>Muscles whose referral matches the charted zones</source>
        <translation>Músculos cuyo dolor referido coincide con las zonas registradas</translation>
    </message>
    <message>
        <source>Safety record</source>
        <translation>Registro de seguridad</translation>
    </message>
    <message>
        <source>Screen, consent, precaution areas, needle count and events</source>
        <translation>Cribado, consentimiento, zonas de precaución, recuento de agujas y eventos</translation>
    </message>
    <message>
        <source>Safety screen</source>
        <translation>Cribado de seguridad</translation>
    </message>
    <message>
        <source>One row per screening question; answer each</source>
        <translation>Una fila por pregunta del cribado; responda cada una</translation>
    </message>
    <message>
        <source>Needles used</source>
        <translation>Agujas usadas</translation>
    </message>
    <message>
        <source>Needles and passes per needled trigger point</source>
        <translation>Agujas y pasadas por punto gatillo punzado</translation>
    </message>
    <message>
        <source>Precaution areas</source>
        <translation>Zonas de precaución</translation>
    </message>
    <message>
        <source>Places not to needle, shown at every visit</source>
        <translation>Lugares donde no se debe puncionar, mostrados en cada visita</translation>
    </message>
    <message>
        <source>Adverse events</source>
        <translation>Eventos adversos</translation>
    </message>
    <message>
        <source>Events recorded at this visit; Enter edits one</source>
        <translation>Eventos registrados en esta visita; Intro edita uno</translation>
    </message>
    <message>
        <source>Search the reference</source>
        <translation>Buscar en la referencia</translation>
    </message>
    <message>
        <source>A muscle, body area or condition</source>
        <translation>Un músculo, una zona del cuerpo o una afección</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>The patient&apos;s side the referral pattern is shown on</source>
        <translation>El lado del paciente en que se muestra el patrón de dolor referido</translation>
    </message>
    <message>
        <source>Status of new trigger points</source>
        <translation>Estado de los nuevos puntos gatillo</translation>
    </message>
    <message>
        <source>Active or latent, for points placed next</source>
        <translation>Activo o latente, para los próximos puntos colocados</translation>
    </message>
    <message>
        <source>Pain quality of new zones</source>
        <translation>Calidad del dolor de las nuevas zonas</translation>
    </message>
    <message>
        <source>Intensity of new zones</source>
        <translation>Intensidad de las nuevas zonas</translation>
    </message>
    <message>
        <source>0 to 10</source>
        <translation>de 0 a 10</translation>
    </message>
    <message>
        <source>Depth of new zones</source>
        <translation>Profundidad de las nuevas zonas</translation>
    </message>
    <message>
        <source>Brush size</source>
        <translation>Tamaño del pincel</translation>
    </message>
    <message>
        <source>The width of the zone brush</source>
        <translation>El ancho del pincel de zona</translation>
    </message>
    <message>
        <source>Source trigger points</source>
        <translation>Puntos gatillo de origen</translation>
    </message>
    <message>
        <source>The trigger points this zone is referred from</source>
        <translation>Los puntos gatillo de los que se refiere esta zona</translation>
    </message>
    <message>
        <source>Search patients</source>
        <translation>Buscar pacientes</translation>
    </message>
    <message>
        <source>Type part of a name or chart number</source>
        <translation>Escriba parte de un nombre o número de historia</translation>
    </message>
    <message>
        <source>Patients</source>
        <translation>Pacientes</translation>
    </message>
    <message>
        <source>The patients found; Enter or a click opens one</source>
        <translation>Los pacientes encontrados; Intro o un clic abre uno</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>The selected patient&apos;s visits, newest first; choosing one opens it</source>
        <translation>Las visitas del paciente seleccionado, la más reciente primero; al elegir una se abre</translation>
    </message>
    <message>
        <source>Diagram views</source>
        <translation>Vistas del diagrama</translation>
    </message>
    <message>
        <source>Left and right arrows choose a view</source>
        <translation>Las flechas izquierda y derecha eligen una vista</translation>
    </message>
    <message>
        <source>The open patient and visit</source>
        <translation>El paciente y la visita abiertos</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>A user name is 2-40 characters: letters, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;, starting with a letter or digit.</source>
        <translation>Un nombre de usuario tiene 2-40 caracteres: letras, dígitos, &apos;.&apos;, &apos;_&apos; o &apos;-&apos;, y empieza por una letra o un dígito.</translation>
    </message>
    <message>
        <source>A password needs at least {least} characters.</source>
        <translation>Una contraseña necesita al menos {least} caracteres.</translation>
    </message>
    <message>
        <source>A password has at most {most} characters.</source>
        <translation>Una contraseña tiene como máximo {most} caracteres.</translation>
    </message>
    <message>
        <source>A password must not be one character repeated.</source>
        <translation>Una contraseña no puede ser un mismo carácter repetido.</translation>
    </message>
    <message>
        <source>The password must not be the user name.</source>
        <translation>La contraseña no puede ser el nombre de usuario.</translation>
    </message>
    <message>
        <source>That password is one of the most common ones; choose another (a few unrelated words make a good one).</source>
        <translation>Esa contraseña es una de las más comunes; elija otra (unas cuantas palabras sin relación entre sí forman una buena).</translation>
    </message>
    <message>
        <source>The first administrator already exists; sign in instead.</source>
        <translation>El primer administrador ya existe; inicie sesión.</translation>
    </message>
    <message>
        <source>The user name {name} is already taken.</source>
        <translation>El nombre de usuario {name} ya está en uso.</translation>
    </message>
    <message>
        <source>Too many wrong passwords for this user name: try again in {seconds} s.</source>
        <translation>Demasiadas contraseñas incorrectas para este nombre de usuario: vuelva a intentarlo en {seconds} s.</translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation>Nombre de usuario o contraseña incorrectos.</translation>
    </message>
    <message>
        <source>Only an administrator can change another person&apos;s password.</source>
        <translation>Solo un administrador puede cambiar la contraseña de otra persona.</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>La contraseña actual es incorrecta.</translation>
    </message>
    <message>
        <source>The last active administrator cannot be deactivated.</source>
        <translation>El último administrador activo no se puede desactivar.</translation>
    </message>
    <message>
        <source>The last administrator cannot lose the administrator role.</source>
        <translation>El último administrador no puede perder el rol de administrador.</translation>
    </message>
    <message>
        <source>No such account.</source>
        <translation>No existe esa cuenta.</translation>
    </message>
    <message>
        <source>Only an administrator can manage accounts.</source>
        <translation>Solo un administrador puede gestionar las cuentas.</translation>
    </message>
</context>
<context>
    <name>AccountsDialog</name>
    <message>
        <source>Accounts and security</source>
        <translation>Cuentas y seguridad</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Activo</translation>
    </message>
    <message>
        <source>New account…</source>
        <translation>Nueva cuenta…</translation>
    </message>
    <message>
        <source>Reset password…</source>
        <translation>Restablecer contraseña…</translation>
    </message>
    <message>
        <source>Activate / deactivate</source>
        <translation>Activar / desactivar</translation>
    </message>
    <message>
        <source>Switch role</source>
        <translation>Cambiar función</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Lock the screen after</source>
        <translation>Bloquear la pantalla tras</translation>
    </message>
    <message>
        <source>without input</source>
        <translation>sin actividad</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conservar</translation>
    </message>
    <message>
        <source>daily database backups (SQLite)</source>
        <translation>copias de seguridad diarias de la base de datos (SQLite)</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Restablecer contraseña</translation>
    </message>
    <message>
        <source>New password for {name}:</source>
        <translation>Nueva contraseña para {name}:</translation>
    </message>
</context>
<context>
    <name>AddendumDialog</name>
    <message>
        <source>Add an addendum</source>
        <translation>Añadir una adenda</translation>
    </message>
    <message>
        <source>The visit is signed. An addendum records a correction or a later note with your name and the time; the signed record itself does not change.</source>
        <translation>La visita está firmada. Una adenda registra una corrección o una nota posterior con su nombre y la hora; el registro firmado no cambia.</translation>
    </message>
</context>
<context>
    <name>AdverseEventDialog</name>
    <message>
        <source>Short-lived, no change in function, settles without treatment.</source>
        <translation>De corta duración, sin cambios en la función, se resuelve sin tratamiento.</translation>
    </message>
    <message>
        <source>Distressing, changes function or needs treatment or advice, but not serious.</source>
        <translation>Angustiante, altera la función o requiere tratamiento o consejo, pero no es grave.</translation>
    </message>
    <message>
        <source>Needs urgent or hospital care, or could cause lasting harm or death.</source>
        <translation>Requiere atención urgente u hospitalaria, o podría causar daño permanente o la muerte.</translation>
    </message>
    <message>
        <source>Edit adverse event</source>
        <translation>Editar evento adverso</translation>
    </message>
    <message>
        <source>Add adverse event</source>
        <translation>Añadir evento adverso</translation>
    </message>
    <message>
        <source>Near miss: a close call that harmed nobody</source>
        <translation>Casi incidente: un percance evitado que no dañó a nadie</translation>
    </message>
    <message>
        <source>Required for “Other”</source>
        <translation>Obligatorio para «Otro»</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
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
        <source>A near miss has no severity: nobody was harmed.</source>
        <translation>Un casi incidente no tiene gravedad: nadie sufrió daño.</translation>
    </message>
</context>
<context>
    <name>BackupCounts</name>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n patient(s)</source>
        <translation>
            <numerusform>%n paciente</numerusform>
            <numerusform>%n pacientes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The database is on a server: back it up there (docs/SECURITY.md).</source>
        <translation>La base de datos está en un servidor: haga la copia de seguridad allí (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>The database is on a server: restore it there with pg_restore (docs/SECURITY.md).</source>
        <translation>La base de datos está en un servidor: restáurela allí con pg_restore (docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>Backup written: {path}</source>
        <translation>Copia de seguridad guardada: {path}</translation>
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
        <translation>nunca</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{minutes} min ago</source>
        <translation>hace {minutes} min</translation>
    </message>
    <message>
        <source>{hours} h ago</source>
        <translation>hace {hours} h</translation>
    </message>
    <message>
        <source>Backups: on the database server</source>
        <translation>Copias de seguridad: en el servidor de la base de datos</translation>
    </message>
    <message>
        <source>Last backup: {age}</source>
        <translation>Última copia: {age}</translation>
    </message>
    <message>
        <source> (other disk: {age})</source>
        <translation> (otro disco: {age})</translation>
    </message>
    <message>
        <source>bodymap — backups</source>
        <translation>bodymap — copias de seguridad</translation>
    </message>
    <message>
        <source>bodymap — backup failed</source>
        <translation>bodymap — la copia de seguridad falló</translation>
    </message>
    <message>
        <source>bodymap — backup</source>
        <translation>bodymap — copia de seguridad</translation>
    </message>
    <message>
        <source>The backup was written to {path}, but not to the other disk:

{reason}</source>
        <translation>La copia de seguridad se guardó en {path}, pero no en el otro disco:

{reason}</translation>
    </message>
    <message>
        <source>Backup failed: {reason}</source>
        <translation>La copia de seguridad falló: {reason}</translation>
    </message>
    <message>
        <source>bodymap — backups on another disk</source>
        <translation>bodymap — copias en otro disco</translation>
    </message>
    <message>
        <source>Backups are also copied to {folder}.

Choose another folder (Yes) or stop copying them there (No)?</source>
        <translation>Las copias de seguridad también se copian en {folder}.

¿Elegir otra carpeta (Sí) o dejar de copiarlas allí (No)?</translation>
    </message>
    <message>
        <source>A folder on another disk for copies of the backups</source>
        <translation>Una carpeta en otro disco para las copias de seguridad</translation>
    </message>
    <message>
        <source>bodymap — not restored</source>
        <translation>bodymap — no restaurado</translation>
    </message>
    <message>
        <source>{reason}

Nothing was changed.</source>
        <translation>{reason}

No se cambió nada.</translation>
    </message>
    <message>
        <source>bodymap — restore</source>
        <translation>bodymap — restaurar</translation>
    </message>
    <message>
        <source>Replace the database with the backup of {when} ({patients})?

Everything charted since then is replaced. The current database is kept beside it (…before-restore-…) and bodymap closes afterwards; start it again. Close bodymap on every other workstation using this database first.</source>
        <translation>¿Sustituir la base de datos por la copia de seguridad del {when} ({patients})?

Todo lo registrado desde entonces se sustituye. La base de datos actual se conserva a su lado (…before-restore-…) y bodymap se cierra después; vuelva a abrirlo. Antes, cierre bodymap en todos los demás puestos que usen esta base de datos.</translation>
    </message>
    <message>
        <source>bodymap — restored</source>
        <translation>bodymap — restaurado</translation>
    </message>
    <message>
        <source>The backup of {when} is now the database.</source>
        <translation>La copia de seguridad del {when} es ahora la base de datos.</translation>
    </message>
    <message>
        <source>

The previous database is kept as {path}.</source>
        <translation>

La base de datos anterior se conserva como {path}.</translation>
    </message>
    <message>
        <source>

bodymap closes now: start it again.</source>
        <translation>

bodymap se cierra ahora: vuelva a abrirlo.</translation>
    </message>
    <message>
        <source>PostgreSQL databases are backed up on the server, not by bodymap: run `pg_dump -Fc -f bodymap-$(date +%F).dump &quot;$URL&quot;` (and restore with `pg_restore --clean --if-exists -d &quot;$URL&quot; FILE`); see docs/SECURITY.md.</source>
        <translation>Las bases de datos PostgreSQL se copian en el servidor, no con bodymap: ejecute `pg_dump -Fc -f bodymap-$(date +%F).dump &quot;$URL&quot;` (y restaure con `pg_restore --clean --if-exists -d &quot;$URL&quot; FILE`); consulte docs/SECURITY.md.</translation>
    </message>
    <message>
        <source>Not a database URL.</source>
        <translation>No es una URL de base de datos.</translation>
    </message>
    <message>
        <source>An in-memory database cannot be backed up.</source>
        <translation>No se puede hacer copia de seguridad de una base de datos en memoria.</translation>
    </message>
    <message>
        <source>Cannot use the backup folder {folder}: {reason}.</source>
        <translation>No se puede usar la carpeta de copias de seguridad {folder}: {reason}.</translation>
    </message>
    <message>
        <source>The copy of {path} failed its check ({problem}); the database may be damaged.</source>
        <translation>La copia de {path} no superó su comprobación ({problem}); la base de datos puede estar dañada.</translation>
    </message>
    <message>
        <source>Cannot copy {path}: {reason}.</source>
        <translation>No se puede copiar {path}: {reason}.</translation>
    </message>
    <message>
        <source>There is no database at {path}.</source>
        <translation>No hay ninguna base de datos en {path}.</translation>
    </message>
    <message>
        <source>The backup cannot overwrite the database itself.</source>
        <translation>La copia de seguridad no puede sobrescribir la propia base de datos.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>La carpeta {folder} no existe.</translation>
    </message>
    <message>
        <source>Cannot write {path}: {reason}.</source>
        <translation>No se puede escribir {path}: {reason}.</translation>
    </message>
    <message>
        <source>At least one backup must be kept.</source>
        <translation>Debe conservarse al menos una copia de seguridad.</translation>
    </message>
    <message>
        <source>There is no file {path}.</source>
        <translation>No existe el archivo {path}.</translation>
    </message>
    <message>
        <source>{path} is not a SQLite database, so it is not a bodymap backup.</source>
        <translation>{path} no es una base de datos SQLite, así que no es una copia de seguridad de bodymap.</translation>
    </message>
    <message>
        <source>{path} is damaged (integrity check: {result}); choose another backup.</source>
        <translation>{path} está dañado (comprobación de integridad: {result}); elija otra copia de seguridad.</translation>
    </message>
    <message>
        <source>{path} is a SQLite database but not a bodymap database.</source>
        <translation>{path} es una base de datos SQLite, pero no de bodymap.</translation>
    </message>
    <message>
        <source>{path} was made by a newer version of bodymap (schema {revision}); update bodymap before restoring it.</source>
        <translation>{path} se creó con una versión más nueva de bodymap (esquema {revision}); actualice bodymap antes de restaurarla.</translation>
    </message>
    <message>
        <source>{path} cannot be read as a bodymap database ({reason}).</source>
        <translation>{path} no se puede leer como base de datos de bodymap ({reason}).</translation>
    </message>
    <message>
        <source>{path} is not a complete bodymap database (missing: {tables}).</source>
        <translation>{path} no es una base de datos de bodymap completa (faltan: {tables}).</translation>
    </message>
    <message>
        <source>{path} has lost the protection of its audit trail (trigger {trigger} is missing), so it is not restored.</source>
        <translation>{path} ha perdido la protección de su registro de auditoría (falta el disparador {trigger}), así que no se restaura.</translation>
    </message>
    <message>
        <source>The backup is the current database itself.</source>
        <translation>La copia de seguridad es la propia base de datos actual.</translation>
    </message>
    <message>
        <source>Cannot restore into {path}: {reason}.</source>
        <translation>No se puede restaurar en {path}: {reason}.</translation>
    </message>
    <message>
        <source>The second backup folder {folder} is not there (is the disk plugged in?).</source>
        <translation>La segunda carpeta de copias de seguridad {folder} no está (¿está conectado el disco?).</translation>
    </message>
</context>
<context>
    <name>BatchExportDialog</name>
    <message>
        <source>Export visit handouts</source>
        <translation>Exportar hojas de las visitas</translation>
    </message>
    <message>
        <source>All visits of a &amp;patient</source>
        <translation>Todas las visitas de un &amp;paciente</translation>
    </message>
    <message>
        <source>All visits in a &amp;date range (every patient)</source>
        <translation>Todas las visitas en un &amp;intervalo de fechas (todos los pacientes)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Del</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Visitas</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Landscape</source>
        <translation>Horizontal</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Archivos</translation>
    </message>
    <message>
        <source>Folder:</source>
        <translation>Carpeta:</translation>
    </message>
    <message>
        <source>Paper:</source>
        <translation>Papel:</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copia:</translation>
    </message>
    <message>
        <source>One PDF per visit, named &lt;chart number&gt;_&lt;date&gt;_&lt;visit id&gt;.pdf. Existing files with the same name are replaced.</source>
        <translation>Un PDF por visita, llamado &lt;número de historia&gt;_&lt;fecha&gt;_&lt;id de visita&gt;.pdf. Los archivos existentes con el mismo nombre se sustituyen.</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the handouts into</source>
        <translation>Exportar las hojas a</translation>
    </message>
    <message>
        <source>Choose an existing folder (“{folder}” is not one).</source>
        <translation>Elija una carpeta existente («{folder}» no lo es).</translation>
    </message>
    <message>
        <source>No visits match; choose another patient or date range.</source>
        <translation>Ninguna visita coincide; elija otro paciente u otro intervalo de fechas.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>{done} of {total}: {name}</source>
        <translation>{done} de {total}: {name}</translation>
    </message>
    <message numerus="yes">
        <source>The export stopped after %n files.</source>
        <translation>
            <numerusform>La exportación se detuvo tras %n archivo.</numerusform>
            <numerusform>La exportación se detuvo tras %n archivos.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export cancelled: %n PDF files in
{folder}</source>
        <translation>
            <numerusform>Exportación cancelada: %n archivo PDF en
{folder}</numerusform>
            <numerusform>Exportación cancelada: %n archivos PDF en
{folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Export finished: %n PDF files in
{folder}</source>
        <translation>
            <numerusform>Exportación terminada: %n archivo PDF en
{folder}</numerusform>
            <numerusform>Exportación terminada: %n archivos PDF en
{folder}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CalibrationDialog</name>
    <message>
        <source>patient&apos;s right</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>patient&apos;s left</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>{landmark} ({side})</source>
        <translation>{landmark} ({side})</translation>
    </message>
    <message>
        <source>Calibrate “{name}” — {view}</source>
        <translation>Calibrar «{name}» — {view}</translation>
    </message>
    <message>
        <source>Undo last (Backspace)</source>
        <translation>Deshacer el último (Retroceso)</translation>
    </message>
    <message>
        <source>Skip — not on the image</source>
        <translation>Omitir: no está en la imagen</translation>
    </message>
    <message>
        <source>Show the regions as calibrated</source>
        <translation>Mostrar las regiones calibradas</translation>
    </message>
    <message>
        <source>Every landmark is placed or skipped. Press Backspace to redo the last one, or pick one in the list to move it.</source>
        <translation>Todos los puntos de referencia están colocados u omitidos. Pulse Retroceso para rehacer el último o elija uno en la lista para moverlo.</translation>
    </message>
    <message>
        <source>{number} of {total} · Click {landmark}</source>
        <translation>{number} de {total} · Haga clic en: {landmark}</translation>
    </message>
    <message>
        <source>All landmarks done: check the regions on the image, then Save.</source>
        <translation>Puntos de referencia completos: revise las regiones en la imagen y luego Guardar.</translation>
    </message>
    <message>
        <source>(skipped)</source>
        <translation>(omitido)</translation>
    </message>
    <message>
        <source>{placed} placed — place at least 4, spread over the body (all of them gives the best fit).</source>
        <translation>{placed} colocados: coloque al menos 4, repartidos por el cuerpo (con todos se obtiene el mejor ajuste).</translation>
    </message>
    <message>
        <source>Calibrated on {placed} landmarks. Check that the blue region borders follow the body on the image.</source>
        <translation>Calibrado con {placed} puntos de referencia. Compruebe que los bordes azules de las regiones siguen el cuerpo de la imagen.</translation>
    </message>
    <message>
        <source>Place at least 4 landmarks first ({placed} placed).</source>
        <translation>Coloque primero al menos 4 puntos de referencia ({placed} colocados).</translation>
    </message>
</context>
<context>
    <name>CanvasDescription</name>
    <message>
        <source>left {name}</source>
        <translation>{name} (lado izquierdo)</translation>
    </message>
    <message>
        <source>right {name}</source>
        <translation>{name} (lado derecho)</translation>
    </message>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Lado derecho del paciente</translation>
    </message>
    <message>
        <source>Active trigger point, {place}</source>
        <translation>Punto gatillo activo, {place}</translation>
    </message>
    <message>
        <source>Latent trigger point, {place}</source>
        <translation>Punto gatillo latente, {place}</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>{name} (deep)</source>
        <translation>{name} (profundo)</translation>
    </message>
    <message>
        <source>unlabelled site</source>
        <translation>localización sin nombre</translation>
    </message>
    <message>
        <source>Trigger point, {place}</source>
        <translation>Punto gatillo, {place}</translation>
    </message>
    <message>
        <source>{description}, carried forward, not yet confirmed</source>
        <translation>{description}, arrastrado de la visita anterior, aún sin confirmar</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source> and {count} more</source>
        <translation> y {count} más</translation>
    </message>
    <message>
        <source>{quality} zone, intensity {intensity} of 10, {sides}, {regions}</source>
        <translation>Zona {quality}, intensidad {intensity} de 10, {sides}, {regions}</translation>
    </message>
    <message>
        <source>Off the body</source>
        <translation>Fuera del cuerpo</translation>
    </message>
    <message>
        <source>On the body, no region</source>
        <translation>Sobre el cuerpo, sin región</translation>
    </message>
</context>
<context>
    <name>CanvasKeys</name>
    <message>
        <source>Diagram: move the crosshair (Shift: further)</source>
        <translation>Diagrama: mover la cruz (Mayús: más lejos)</translation>
    </message>
    <message>
        <source>Diagram: place a trigger point at the crosshair</source>
        <translation>Diagrama: colocar un punto gatillo en la cruz</translation>
    </message>
    <message>
        <source>Diagram: nudge the selected trigger point</source>
        <translation>Diagrama: desplazar el punto gatillo seleccionado</translation>
    </message>
    <message>
        <source>Diagram: zone outline, add a corner (after P)</source>
        <translation>Diagrama: contorno de zona, añadir un vértice (tras P)</translation>
    </message>
    <message>
        <source>Diagram: close the outline (on the last corner)</source>
        <translation>Diagrama: cerrar el contorno (en el último vértice)</translation>
    </message>
    <message>
        <source>Diagram: take back the last corner</source>
        <translation>Diagrama: quitar el último vértice</translation>
    </message>
    <message>
        <source>Diagram: cancel the outline or the selection</source>
        <translation>Diagrama: cancelar el contorno o la selección</translation>
    </message>
    <message>
        <source>Diagram: next / previous mark</source>
        <translation>Diagrama: marca siguiente / anterior</translation>
    </message>
    <message>
        <source>Diagram: leave the diagram</source>
        <translation>Diagrama: salir del diagrama</translation>
    </message>
    <message>
        <source>Arrows</source>
        <translation>Flechas</translation>
    </message>
</context>
<context>
    <name>CanvasTools</name>
    <message>
        <source>Zone intensity {intensity}/10 from the pen&apos;s pressure.</source>
        <translation>Intensidad de la zona {intensity}/10 según la presión del lápiz.</translation>
    </message>
    <message>
        <source>Not moved: that spot is not on the view this point was charted on.</source>
        <translation>No se ha movido: ese lugar no está en la vista en la que se registró este punto.</translation>
    </message>
    <message>
        <source>Place trigger points on the body outline.</source>
        <translation>Coloque los puntos gatillo sobre el contorno del cuerpo.</translation>
    </message>
    <message>
        <source>A zone polygon needs at least three corners.</source>
        <translation>Un polígono de zona necesita al menos tres vértices.</translation>
    </message>
    <message>
        <source>A precaution area needs at least three corners.</source>
        <translation>Una zona de precaución necesita al menos tres vértices.</translation>
    </message>
</context>
<context>
    <name>CanvasView</name>
    <message>
        <source>◀ Patient&apos;s LEFT</source>
        <translation>◀ IZQUIERDA del paciente</translation>
    </message>
    <message>
        <source>◀ Patient&apos;s RIGHT</source>
        <translation>◀ DERECHA del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT ▶</source>
        <translation>IZQUIERDA del paciente ▶</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT ▶</source>
        <translation>DERECHA del paciente ▶</translation>
    </message>
    <message>
        <source>Patient&apos;s LEFT side</source>
        <translation>Lado IZQUIERDO del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s RIGHT side</source>
        <translation>Lado DERECHO del paciente</translation>
    </message>
    <message>
        <source>◀ Front · {shown}</source>
        <translation>◀ Anterior · {shown}</translation>
    </message>
    <message>
        <source>Back ▶</source>
        <translation>Posterior ▶</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Posterior</translation>
    </message>
    <message>
        <source>{shown} · Front ▶</source>
        <translation>{shown} · Anterior ▶</translation>
    </message>
</context>
<context>
    <name>ChartDocument</name>
    <message>
        <source>Draw aching zone</source>
        <translation>Dibujar zona de dolor sordo</translation>
    </message>
    <message>
        <source>Draw burning zone</source>
        <translation>Dibujar zona de dolor quemante</translation>
    </message>
    <message>
        <source>Draw stabbing zone</source>
        <translation>Dibujar zona de dolor punzante</translation>
    </message>
    <message>
        <source>Draw pins-and-needles zone</source>
        <translation>Dibujar zona de hormigueo</translation>
    </message>
    <message>
        <source>Draw numbness zone</source>
        <translation>Dibujar zona de entumecimiento</translation>
    </message>
    <message>
        <source>Draw throbbing zone</source>
        <translation>Dibujar zona de dolor pulsátil</translation>
    </message>
    <message>
        <source>Draw zone</source>
        <translation>Dibujar zona</translation>
    </message>
    <message>
        <source>All changes saved · {time}</source>
        <translation>Todos los cambios guardados · {time}</translation>
    </message>
    <message>
        <source>{error} Your last change is kept and will be saved when the database is back.</source>
        <translation>{error} Su último cambio se conserva y se guardará cuando vuelva la base de datos.</translation>
    </message>
    <message>
        <source>The database is back.</source>
        <translation>La base de datos ha vuelto.</translation>
    </message>
    <message>
        <source>The database is back; your last change was saved.</source>
        <translation>La base de datos ha vuelto; su último cambio se ha guardado.</translation>
    </message>
    <message>
        <source>Place trigger point ({place})</source>
        <translation>Colocar punto gatillo ({place})</translation>
    </message>
    <message>
        <source>Edit trigger point</source>
        <translation>Editar punto gatillo</translation>
    </message>
    <message>
        <source>Edit zone</source>
        <translation>Editar zona</translation>
    </message>
    <message>
        <source>Delete mark</source>
        <translation>Eliminar marca</translation>
    </message>
    <message>
        <source>Delete {count} marks</source>
        <translation>Eliminar {count} marcas</translation>
    </message>
    <message>
        <source>Open or create a visit first.</source>
        <translation>Abra o cree primero una visita.</translation>
    </message>
    <message>
        <source>This visit is signed and can no longer be changed.</source>
        <translation>Esta visita está firmada y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>Waiting for the database: your last change will be saved first.</source>
        <translation>Esperando a la base de datos: primero se guardará su último cambio.</translation>
    </message>
    <message>
        <source>Waiting for the database: undo and redo are paused.</source>
        <translation>Esperando a la base de datos: deshacer y rehacer están en pausa.</translation>
    </message>
    <message>
        <source>Could not undo or redo “{step}”: {error}</source>
        <translation>No se pudo deshacer ni rehacer «{step}»: {error}</translation>
    </message>
    <message>
        <source>Move trigger point</source>
        <translation>Mover punto gatillo</translation>
    </message>
    <message>
        <source>Nudge trigger point</source>
        <translation>Desplazar punto gatillo paso a paso</translation>
    </message>
    <message>
        <source>Confirm carried-forward mark</source>
        <translation>Confirmar marca arrastrada</translation>
    </message>
</context>
<context>
    <name>ChartWorkspace</name>
    <message>
        <source>Status of new trigger points</source>
        <translation>Estado de los nuevos puntos gatillo</translation>
    </message>
    <message>
        <source>Pain quality of new zones</source>
        <translation>Calidad del dolor de las nuevas zonas</translation>
    </message>
</context>
<context>
    <name>ChooseTemplateDialog</name>
    <message>
        <source>Diagram for the {view} view</source>
        <translation>Diagrama para la vista {view}</translation>
    </message>
    <message>
        <source>Marks are stored on the built-in view either way, so reports, comparisons and exports are the same whichever diagram you chart on.</source>
        <translation>Las marcas se guardan siempre sobre la vista integrada, así que informes, comparaciones y exportaciones son iguales sea cual sea el diagrama en que registre.</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Usar</translation>
    </message>
    <message>
        <source>Calibrate…</source>
        <translation>Calibrar…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Built-in line art</source>
        <translation>Dibujo integrado</translation>
    </message>
    <message>
        <source>{name}  ({width} × {height} px, {count} landmarks)</source>
        <translation>{name}  ({width} × {height} px, {count} puntos de referencia)</translation>
    </message>
    <message>
        <source>{name}  ({width} × {height} px, not calibrated yet)</source>
        <translation>{name}  ({width} × {height} px, aún sin calibrar)</translation>
    </message>
    <message>
        <source>Remove clinic diagram</source>
        <translation>Quitar diagrama de la clínica</translation>
    </message>
    <message>
        <source>Remove “{name}” from the list? Marks charted on it are kept (they are stored on the built-in view).</source>
        <translation>¿Quitar «{name}» de la lista? Las marcas registradas en él se conservan (se guardan sobre la vista integrada).</translation>
    </message>
</context>
<context>
    <name>ClinicDiagrams</name>
    <message>
        <source>Charting on the clinic diagram “{name}”.</source>
        <translation>Registrando sobre el diagrama de la clínica «{name}».</translation>
    </message>
    <message>
        <source>“{name}” was imported but is not calibrated yet: calibrate it from View &gt; Use clinic diagram….</source>
        <translation>«{name}» se importó pero aún no está calibrado: calíbrelo desde Ver &gt; Usar diagrama de la clínica….</translation>
    </message>
</context>
<context>
    <name>ClinicWatch</name>
    <message>
        <source>The open visit was changed on another workstation.</source>
        <translation>La visita abierta se modificó en otro puesto.</translation>
    </message>
    <message>
        <source>Reloaded · {time}</source>
        <translation>Recargada · {time}</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>check that the audit trail was not changed (its hash chain)</source>
        <translation>comprobar que el registro de auditoría no se modificó (su cadena de hashes)</translation>
    </message>
    <message>
        <source>walk the whole chain, first row to last</source>
        <translation>recorrer toda la cadena, de la primera fila a la última</translation>
    </message>
    <message>
        <source>a head hash recorded earlier (64 hex digits): it must still be in the chain</source>
        <translation>un hash de cabeza anotado antes (64 dígitos hexadecimales): debe seguir en la cadena</translation>
    </message>
    <message>
        <source>audit needs --verify (see bodymap audit --help).</source>
        <translation>audit necesita --verify (vea bodymap audit --help).</translation>
    </message>
    <message>
        <source>--expect-head must be a hash of 64 hexadecimal digits, as `bodymap audit --verify` prints it.</source>
        <translation>--expect-head debe ser un hash de 64 dígitos hexadecimales, tal como lo imprime `bodymap audit --verify`.</translation>
    </message>
    <message>
        <source>the audit trail does not verify at {where}. {rows} row before it verify.</source>
        <translation>el registro de auditoría no se verifica en {where}. {rows} fila anterior se verifica.</translation>
    </message>
    <message>
        <source>the audit trail does not verify at {where}. {rows} rows before it verify.</source>
        <translation>el registro de auditoría no se verifica en {where}. {rows} filas anteriores se verifican.</translation>
    </message>
    <message>
        <source>row {id}</source>
        <translation>fila {id}</translation>
    </message>
    <message>
        <source>no rows yet</source>
        <translation>aún sin filas</translation>
    </message>
    <message>
        <source>audit trail intact: {rows} row, head {head}, hash {hash}</source>
        <translation>registro de auditoría intacto: {rows} fila, cabeza {head}, hash {hash}</translation>
    </message>
    <message>
        <source>audit trail intact: {rows} rows, head {head}, hash {hash}</source>
        <translation>registro de auditoría intacto: {rows} filas, cabeza {head}, hash {hash}</translation>
    </message>
    <message>
        <source>the expected head hash is in the chain (it is the head)</source>
        <translation>el hash de cabeza esperado está en la cadena (es la cabeza)</translation>
    </message>
    <message>
        <source>the expected head hash is in the chain</source>
        <translation>el hash de cabeza esperado está en la cadena</translation>
    </message>
    <message>
        <source>copy every table (with its ids) into another, empty database and check it</source>
        <translation>copiar cada tabla (con sus ids) a otra base de datos vacía y comprobarla</translation>
    </message>
    <message>
        <source>the target database, e.g. postgresql+psycopg://user@server/clinic or sqlite:///path/copy.sqlite3 (made and migrated if new; must be empty)</source>
        <translation>la base de datos de destino, p. ej. postgresql+psycopg://user@server/clinic o sqlite:///path/copy.sqlite3 (se crea y migra si es nueva; debe estar vacía)</translation>
    </message>
    <message>
        <source>rows read and written at a time (default 2000)</source>
        <translation>filas leídas y escritas cada vez (por defecto 2000)</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabla</translation>
    </message>
    <message>
        <source>source rows</source>
        <translation>filas en el origen</translation>
    </message>
    <message>
        <source>copied rows</source>
        <translation>filas copiadas</translation>
    </message>
    <message>
        <source>check</source>
        <translation>comprobación</translation>
    </message>
    <message>
        <source>print a view&apos;s geometry (landmarks, regions, muscles, sites)</source>
        <translation>imprimir la geometría de una vista (referencias, regiones, músculos, puntos)</translation>
    </message>
    <message>
        <source>view id (see `bodymap render --list`)</source>
        <translation>id de la vista (vea `bodymap render --list`)</translation>
    </message>
    <message>
        <source>as JSON, in normalised coordinates (0..1), each item with its side</source>
        <translation>en JSON, en coordenadas normalizadas (0..1), cada elemento con su lado</translation>
    </message>
    <message>
        <source>print the region, side and muscle at a normalised point</source>
        <translation>imprimir la región, el lado y el músculo en un punto normalizado</translation>
    </message>
    <message>
        <source>resolve deep muscles too</source>
        <translation>resolver también los músculos profundos</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {choices}.</source>
        <translation>Vista desconocida {view}; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>X and Y are normalised coordinates between 0 and 1.</source>
        <translation>X e Y son coordenadas normalizadas entre 0 y 1.</translation>
    </message>
    <message>
        <source>not a date (YYYY-MM-DD): {text}</source>
        <translation>no es una fecha (AAAA-MM-DD): {text}</translation>
    </message>
    <message>
        <source>export visits as PDF, PNG, CSV, JSON or FHIR</source>
        <translation>exportar visitas como PDF, PNG, CSV, JSON o FHIR</translation>
    </message>
    <message>
        <source>one visit</source>
        <translation>una visita</translation>
    </message>
    <message>
        <source>every visit of the patient with this chart number</source>
        <translation>todas las visitas del paciente con este número de historia</translation>
    </message>
    <message>
        <source>every patient and visit</source>
        <translation>todos los pacientes y visitas</translation>
    </message>
    <message>
        <source>file format (default pdf)</source>
        <translation>formato de archivo (por defecto pdf)</translation>
    </message>
    <message>
        <source>file or folder</source>
        <translation>archivo o carpeta</translation>
    </message>
    <message>
        <source>PDF: the patient copy in plain words (default) or the clinician copy with the full record</source>
        <translation>PDF: la copia del paciente en palabras sencillas (por defecto) o la copia del profesional con el registro completo</translation>
    </message>
    <message>
        <source>PDF: the handout&apos;s language for this export (en, es, de, pt_BR); default: the patient&apos;s preferred language for the patient copy, else LANGUAGE / LANG</source>
        <translation>PDF: el idioma de la hoja para esta exportación (en, es, de, pt_BR); por defecto: el idioma preferido del paciente para su copia, si no LANGUAGE / LANG</translation>
    </message>
    <message>
        <source>PDF paper: A4 (default), Letter, Legal, A3, A5</source>
        <translation>papel del PDF: A4 (por defecto), Letter, Legal, A3, A5</translation>
    </message>
    <message>
        <source>PDF in landscape</source>
        <translation>PDF en horizontal</translation>
    </message>
    <message>
        <source>PNG height (default 1600)</source>
        <translation>altura del PNG (por defecto 1600)</translation>
    </message>
    <message>
        <source>PNG: only this view (e.g. anterior)</source>
        <translation>PNG: solo esta vista (p. ej. anterior)</translation>
    </message>
    <message>
        <source>only visits on or after this date</source>
        <translation>solo visitas en esta fecha o después</translation>
    </message>
    <message>
        <source>only visits on or before this date</source>
        <translation>solo visitas en esta fecha o antes</translation>
    </message>
    <message>
        <source>import a bodymap JSON export</source>
        <translation>importar una exportación JSON de bodymap</translation>
    </message>
    <message>
        <source>a chart number already in use: refuse the file (default) or give the imported patient a new number</source>
        <translation>un número de historia ya en uso: rechazar el archivo (por defecto) o dar al paciente importado un número nuevo</translation>
    </message>
    <message>
        <source>--since and --until do not apply to JSON exports.</source>
        <translation>--since y --until no se aplican a las exportaciones JSON.</translation>
    </message>
    <message>
        <source>No visits match; nothing was exported.</source>
        <translation>Ninguna visita coincide; no se exportó nada.</translation>
    </message>
    <message>
        <source>--height must be between {least} and {most} pixels.</source>
        <translation>--height debe estar entre {least} y {most} píxeles.</translation>
    </message>
    <message>
        <source>Several visits make several images: {folder} must be an existing folder.</source>
        <translation>Varias visitas dan varias imágenes: {folder} debe ser una carpeta existente.</translation>
    </message>
    <message>
        <source>Several visits make one PDF each: {folder} must be an existing folder.</source>
        <translation>Varias visitas dan un PDF cada una: {folder} debe ser una carpeta existente.</translation>
    </message>
    <message>
        <source>copy the SQLite database to a file (online, consistent)</source>
        <translation>copiar la base de datos SQLite a un archivo (en línea, coherente)</translation>
    </message>
    <message>
        <source>where to write the copy (default: a dated file in the backup folder)</source>
        <translation>dónde escribir la copia (por defecto: un archivo con fecha en la carpeta de copias)</translation>
    </message>
    <message>
        <source>without -o: how many dated backups to keep (default {keep})</source>
        <translation>sin -o: cuántas copias con fecha conservar (por defecto {keep})</translation>
    </message>
    <message>
        <source>replace the SQLite database with a checked backup</source>
        <translation>sustituir la base de datos SQLite por una copia comprobada</translation>
    </message>
    <message>
        <source>the backup to restore</source>
        <translation>la copia que se restaura</translation>
    </message>
    <message>
        <source>do not ask for confirmation</source>
        <translation>no pedir confirmación</translation>
    </message>
    <message>
        <source>list the dated backups with their dates and sizes</source>
        <translation>listar las copias con fecha, con sus fechas y tamaños</translation>
    </message>
    <message>
        <source>backup folder (default: beside the database)</source>
        <translation>carpeta de copias (por defecto: junto a la base de datos)</translation>
    </message>
    <message>
        <source>restore needs confirmation, but input is not a terminal; run it again with --yes to replace the database.</source>
        <translation>restore necesita confirmación, pero la entrada no es un terminal; vuelva a ejecutarlo con --yes para sustituir la base de datos.</translation>
    </message>
    <message>
        <source>{path}: a sound bodymap backup ({patients} patients, {size}).</source>
        <translation>{path}: una copia de bodymap en buen estado ({patients} pacientes, {size}).</translation>
    </message>
    <message>
        <source>Replace the current database {path} with this backup? Close bodymap on every workstation first. [y/N] </source>
        <translation>¿Sustituir la base de datos actual {path} por esta copia? Cierre antes bodymap en todos los puestos. [s/N] </translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
    <message>
        <source>Restored {path} from {file}.</source>
        <translation>{path} restaurada desde {file}.</translation>
    </message>
    <message>
        <source>The previous database was kept as {kept}.</source>
        <translation>La base de datos anterior se conservó como {kept}.</translation>
    </message>
    <message>
        <source>No backups in {folder}.</source>
        <translation>No hay copias en {folder}.</translation>
    </message>
    <message>
        <source>print a visit&apos;s pain-area and trigger-point metrics as JSON</source>
        <translation>imprimir las métricas de área de dolor y puntos gatillo de una visita en JSON</translation>
    </message>
    <message>
        <source>compare two visits of one patient (JSON)</source>
        <translation>comparar dos visitas de un paciente (JSON)</translation>
    </message>
    <message>
        <source>a patient&apos;s pain, pain area and trigger points per visit (JSON)</source>
        <translation>dolor, área de dolor y puntos gatillo de un paciente por visita (JSON)</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>número de historia</translation>
    </message>
    <message>
        <source>how often pain was drawn at each point of a view, as PNG</source>
        <translation>con qué frecuencia se dibujó dolor en cada punto de una vista, en PNG</translation>
    </message>
    <message>
        <source>view id, e.g. anterior or posterior</source>
        <translation>id de la vista, p. ej. anterior o posterior</translation>
    </message>
    <message>
        <source>only visits whose chief complaint contains TEXT</source>
        <translation>solo visitas cuyo motivo de consulta contiene TEXT</translation>
    </message>
    <message>
        <source>only this patient&apos;s visits (a composite map)</source>
        <translation>solo las visitas de este paciente (un mapa combinado)</translation>
    </message>
    <message>
        <source>research export: pain-drawing measures per visit as CSV (chart numbers, no names)</source>
        <translation>exportación para investigación: medidas del dibujo del dolor por visita en CSV (números de historia, sin nombres)</translation>
    </message>
    <message>
        <source>the visits of the patient with this chart number</source>
        <translation>las visitas del paciente con este número de historia</translation>
    </message>
    <message>
        <source>every patient&apos;s visits</source>
        <translation>las visitas de todos los pacientes</translation>
    </message>
    <message>
        <source>The output file name must end in {suffix}.</source>
        <translation>El nombre del archivo de salida debe terminar en {suffix}.</translation>
    </message>
    <message>
        <source>list draft visits and what blocks signing them</source>
        <translation>listar las visitas en borrador y lo que impide firmarlas</translation>
    </message>
    <message>
        <source>only visits that started more than DAYS days ago</source>
        <translation>solo visitas que empezaron hace más de DAYS días</translation>
    </message>
    <message>
        <source>print JSON instead of text</source>
        <translation>imprimir JSON en lugar de texto</translation>
    </message>
    <message>
        <source>{count} draft visit started more than {days} days ago: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} visita en borrador empezada hace más de {days} días: {open} con algo por completar, {ready} lista(s) para firmar.</translation>
    </message>
    <message>
        <source>{count} draft visits started more than {days} days ago: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} visitas en borrador empezadas hace más de {days} días: {open} con algo por completar, {ready} listas para firmar.</translation>
    </message>
    <message>
        <source>{count} draft visit: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} visita en borrador: {open} con algo por completar, {ready} lista(s) para firmar.</translation>
    </message>
    <message>
        <source>{count} draft visits: {open} with something to complete, {ready} ready to sign.</source>
        <translation>{count} visitas en borrador: {open} con algo por completar, {ready} listas para firmar.</translation>
    </message>
    <message>
        <source>no treating clinician</source>
        <translation>sin profesional que trata</translation>
    </message>
    <message>
        <source>{when}  chart {chart}  visit {visit}  {clinician}</source>
        <translation>{when}  historia {chart}  visita {visit}  {clinician}</translation>
    </message>
    <message>
        <source>ready to sign</source>
        <translation>lista para firmar</translation>
    </message>
    <message>
        <source>Chart trigger points and referred pain on body diagrams.</source>
        <translation>Registrar puntos gatillo y dolor referido en diagramas corporales.</translation>
    </message>
    <message>
        <source>database URL (default: $BODYMAP_DATABASE_URL, else the embedded SQLite file in the user-data folder)</source>
        <translation>URL de la base de datos (por defecto: $BODYMAP_DATABASE_URL, si no el archivo SQLite integrado en la carpeta de datos del usuario)</translation>
    </message>
    <message>
        <source>open the window (the default)</source>
        <translation>abrir la ventana (por defecto)</translation>
    </message>
    <message>
        <source>create a demo patient with three charted visits</source>
        <translation>crear un paciente de demostración con tres visitas registradas</translation>
    </message>
    <message>
        <source>list visits as tab-separated lines</source>
        <translation>listar las visitas como líneas separadas por tabuladores</translation>
    </message>
    <message>
        <source>only this chart number</source>
        <translation>solo este número de historia</translation>
    </message>
    <message>
        <source>render a view with a visit&apos;s marks to PNG</source>
        <translation>dibujar una vista con las marcas de una visita en PNG</translation>
    </message>
    <message>
        <source>list the views and exit</source>
        <translation>listar las vistas y salir</translation>
    </message>
    <message>
        <source>visit whose marks to draw</source>
        <translation>visita cuyas marcas se dibujan</translation>
    </message>
    <message>
        <source>image height (default 1600)</source>
        <translation>altura de la imagen (por defecto 1600)</translation>
    </message>
    <message>
        <source>comma-separated diagram layers: outline,regions,muscles,deep,landmarks,labels (default outline,labels)</source>
        <translation>capas del diagrama separadas por comas: outline,regions,muscles,deep,landmarks,labels (por defecto outline,labels)</translation>
    </message>
    <message>
        <source>print where the data lives</source>
        <translation>imprimir dónde están los datos</translation>
    </message>
    <message>
        <source>warning: {warning}</source>
        <translation>aviso: {warning}</translation>
    </message>
    <message>
        <source>Open the bodymap window.</source>
        <translation>Abrir la ventana de bodymap.</translation>
    </message>
    <message>
        <source>database URL (as for `bodymap --database`)</source>
        <translation>URL de la base de datos (como en `bodymap --database`)</translation>
    </message>
    <message>
        <source>render needs a VIEW and -o PNG (or --list).</source>
        <translation>render necesita una VIEW y -o PNG (o --list).</translation>
    </message>
    <message>
        <source>Unknown layer(s) {layers}; choose from: {choices}.</source>
        <translation>Capa(s) desconocida(s) {layers}; elija entre: {choices}.</translation>
    </message>
    <message>
        <source>list adverse events after needling across the clinic (CSV)</source>
        <translation>listar los eventos adversos tras la punción en toda la clínica (CSV)</translation>
    </message>
    <message>
        <source>first day (YYYY-MM-DD)</source>
        <translation>primer día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>last day (YYYY-MM-DD)</source>
        <translation>último día (AAAA-MM-DD)</translation>
    </message>
    <message>
        <source>rates per 1,000 needled trigger points and per 1,000 needling visits, by severity and type (near misses separately)</source>
        <translation>tasas por 1.000 puntos gatillo punzados y por 1.000 visitas con punción, por gravedad y tipo (casi incidentes aparte)</translation>
    </message>
    <message>
        <source>{what} must be a date like 2026-03-31, not {text}.</source>
        <translation>{what} debe ser una fecha como 2026-03-31, no {text}.</translation>
    </message>
    <message>
        <source>--from must not be after --to.</source>
        <translation>--from no puede ser posterior a --to.</translation>
    </message>
    <message>
        <source>rank muscles whose referral patterns explain a visit&apos;s pain zones</source>
        <translation>ordenar los músculos cuyos patrones de dolor referido explican las zonas de dolor de una visita</translation>
    </message>
    <message>
        <source>how many (default 10; 0 = all)</source>
        <translation>cuántos (por defecto 10; 0 = todos)</translation>
    </message>
    <message>
        <source>JSON with coverage, precision and reasons</source>
        <translation>JSON con cobertura, precisión y motivos</translation>
    </message>
    <message>
        <source>--top must be 0 (all) or more.</source>
        <translation>--top debe ser 0 (todos) o más.</translation>
    </message>
    <message>
        <source>visit {visit} has no pain zones: nothing to suggest</source>
        <translation>la visita {visit} no tiene zonas de dolor: nada que sugerir</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar esta ayuda y salir</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>mostrar el número de versión del programa y salir</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s: error: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>se requieren los siguientes argumentos: %s</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>argumentos no reconocidos: %s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>opción no válida: %(value)r (elija entre %(choices)s)</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argumento %(argument_name)s: %(message)s</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valor %(type)s no válido: %(value)r</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>se esperaba un argumento</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>&lt;b style=&apos;color:@ok&apos;&gt;Better&lt;/b&gt;: less of the body in pain, by more than the measurement error</source>
        <translation>&lt;b style=&apos;color:@ok&apos;&gt;Mejor&lt;/b&gt;: menos superficie corporal con dolor, por encima del error de medición</translation>
    </message>
    <message>
        <source>&lt;b style=&apos;color:@warn&apos;&gt;Worse&lt;/b&gt;: more of the body in pain, by more than the measurement error</source>
        <translation>&lt;b style=&apos;color:@warn&apos;&gt;Peor&lt;/b&gt;: más superficie corporal con dolor, por encima del error de medición</translation>
    </message>
    <message>
        <source>No detectable change: within the measurement error</source>
        <translation>Sin cambio detectable: dentro del error de medición</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>generalised pain: {change}</source>
        <translation>dolor generalizado: {change}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Left/right symmetry&lt;/b&gt; (1 = the same on both sides): {change}</source>
        <translation>&lt;b&gt;Simetría izquierda/derecha&lt;/b&gt; (1 = igual en ambos lados): {change}</translation>
    </message>
    <message>
        <source>{value} points</source>
        <translation>{value} puntos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Pain extent&lt;/b&gt; (share of the whole body surface): {before} → {after} ({change})</source>
        <translation>&lt;b&gt;Extensión del dolor&lt;/b&gt; (porcentaje de la superficie corporal total): {before} → {after} ({change})</translation>
    </message>
    <message>
        <source>{verdict} (±{mdc} points, published minimal detectable change)</source>
        <translation>{verdict} (±{mdc} puntos, cambio mínimo detectable publicado)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Weighted by intensity&lt;/b&gt;: {before} → {after}</source>
        <translation>&lt;b&gt;Ponderada por intensidad&lt;/b&gt;: {before} → {after}</translation>
    </message>
    <message>
        <source>&lt;b&gt;How much of the pain is in the same place&lt;/b&gt;: {share}</source>
        <translation>&lt;b&gt;Parte del dolor en el mismo lugar&lt;/b&gt;: {share}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Painful regions&lt;/b&gt;: {regions} · &lt;b&gt;Widespread pain index&lt;/b&gt;: {wpi} of 19</source>
        <translation>&lt;b&gt;Regiones dolorosas&lt;/b&gt;: {regions} · &lt;b&gt;Índice de dolor generalizado&lt;/b&gt;: {wpi} de 19</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nuevo</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelto</translation>
    </message>
    <message>
        <source>Persisting</source>
        <translation>Persistente</translation>
    </message>
    <message>
        <source>pain {pain}/10</source>
        <translation>dolor {pain}/10</translation>
    </message>
    <message>
        <source>pain not rated</source>
        <translation>dolor sin valorar</translation>
    </message>
    <message>
        <source>(later visit only)</source>
        <translation>(solo visita posterior)</translation>
    </message>
    <message>
        <source>(earlier visit only)</source>
        <translation>(solo visita anterior)</translation>
    </message>
    <message>
        <source>(both)</source>
        <translation>(ambas)</translation>
    </message>
    <message>
        <source>Compare visits — {name}</source>
        <translation>Comparar visitas — {name}</translation>
    </message>
    <message>
        <source>Earlier visit:</source>
        <translation>Visita anterior:</translation>
    </message>
    <message>
        <source>Later visit:</source>
        <translation>Visita posterior:</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>&lt;b&gt;Change&lt;/b&gt;</source>
        <translation>&lt;b&gt;Cambio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Change where it was drawn</source>
        <translation>Cambio donde se dibujó</translation>
    </message>
    <message>
        <source>Change by body region (all views)</source>
        <translation>Cambio por región corporal (todas las vistas)</translation>
    </message>
    <message>
        <source>Trigger points at</source>
        <translation>Puntos gatillo en</translation>
    </message>
    <message>
        <source>Persist.</source>
        <translation>Persist.</translation>
    </message>
    <message>
        <source>Act.→lat.</source>
        <translation>Act.→lat.</translation>
    </message>
    <message>
        <source>Where the trigger points were charted</source>
        <translation>Dónde se registraron los puntos gatillo</translation>
    </message>
    <message>
        <source>Active → latent</source>
        <translation>Activo → latente</translation>
    </message>
    <message>
        <source>This patient needs at least one charted visit to compare.</source>
        <translation>Este paciente necesita al menos una visita registrada para comparar.</translation>
    </message>
    <message>
        <source>Compare visits</source>
        <translation>Comparar visitas</translation>
    </message>
    <message>
        <source>&lt;b&gt;Earlier&lt;/b&gt; · {date}</source>
        <translation>&lt;b&gt;Visita anterior&lt;/b&gt; · {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Later&lt;/b&gt; · {date}</source>
        <translation>&lt;b&gt;Visita posterior&lt;/b&gt; · {date}</translation>
    </message>
    <message>
        <source>&lt;b&gt;Per view&lt;/b&gt; (share of the view&apos;s drawing)</source>
        <translation>&lt;b&gt;Por vista&lt;/b&gt; (porcentaje del dibujo de la vista)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Same place</source>
        <translation>Mismo lugar</translation>
    </message>
    <message>
        <source>&lt;b&gt;Trigger points&lt;/b&gt;: {before} → {after} active; {resolved} resolved, {new} new, {persisting} persisting</source>
        <translation>&lt;b&gt;Puntos gatillo&lt;/b&gt;: {before} → {after} activos; {resolved} resueltos, {new} nuevos, {persisting} persistentes</translation>
    </message>
    <message>
        <source>, {count} active → latent</source>
        <translation>, {count} activo → latente</translation>
    </message>
    <message>
        <source>&lt;b&gt;Overall pain&lt;/b&gt;: {pain}</source>
        <translation>&lt;b&gt;Dolor general&lt;/b&gt;: {pain}</translation>
    </message>
    <message>
        <source>Per view: ✔ change larger than the drawing error · ≈ within it</source>
        <translation>Por vista: ✔ cambio mayor que el error de dibujo · ≈ dentro de él</translation>
    </message>
    <message>
        <source>Unlabelled site</source>
        <translation>Sitio sin nombre</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>{place} ({side})</source>
        <translation>{place} ({side})</translation>
    </message>
    <message>
        <source>Pain went</source>
        <translation>El dolor desapareció</translation>
    </message>
    <message>
        <source>Pain came</source>
        <translation>El dolor apareció</translation>
    </message>
    <message>
        <source>Pain stayed</source>
        <translation>El dolor se mantuvo</translation>
    </message>
</context>
<context>
    <name>ConsentDetailsDialog</name>
    <message>
        <source>Consent to dry needling</source>
        <translation>Consentimiento para la punción seca</translation>
    </message>
    <message>
        <source>Withdraw consent…</source>
        <translation>Retirar el consentimiento…</translation>
    </message>
    <message>
        <source>Discussed with the patient</source>
        <translation>Hablado con el paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Firma del paciente</translation>
    </message>
    <message>
        <source>not recorded:</source>
        <translation>no registrado:</translation>
    </message>
</context>
<context>
    <name>ConsentForm</name>
    <message>
        <source>Consent to dry needling</source>
        <translation>Consentimiento para la punción seca</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocida</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Discussed with the patient</source>
        <translation>Hablado con el paciente</translation>
    </message>
    <message>
        <source>☐  {item}  (not recorded)</source>
        <translation>☐  {item}  (no registrado)</translation>
    </message>
    <message>
        <source>From the health screen: {factors}</source>
        <translation>Del cribado de salud: {factors}</translation>
    </message>
    <message>
        <source>The health screen flagged nothing.</source>
        <translation>El cribado de salud no señaló nada.</translation>
    </message>
    <message>
        <source>Course of treatment until {date} or for 1 visit</source>
        <translation>Ciclo de tratamiento hasta el {date} o durante 1 visita</translation>
    </message>
    <message>
        <source>Course of treatment until {date} or for {count} visits</source>
        <translation>Ciclo de tratamiento hasta el {date} o durante {count} visitas</translation>
    </message>
    <message>
        <source>Course of treatment until {date}</source>
        <translation>Ciclo de tratamiento hasta el {date}</translation>
    </message>
    <message>
        <source>Course of treatment for 1 visit</source>
        <translation>Ciclo de tratamiento durante 1 visita</translation>
    </message>
    <message>
        <source>Course of treatment for {count} visits</source>
        <translation>Ciclo de tratamiento durante {count} visitas</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Ciclo de tratamiento</translation>
    </message>
    <message>
        <source>Before treatment, please tell us if any of these apply to you</source>
        <translation>Antes del tratamiento, indíquenos si alguno de estos puntos es su caso</translation>
    </message>
    <message>
        <source>Health questions</source>
        <translation>Preguntas de salud</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenido por</translation>
    </message>
    <message>
        <source>{name}, recorded {when}</source>
        <translation>{name}, registrado el {when}</translation>
    </message>
    <message>
        <source>Copy given</source>
        <translation>Copia entregada</translation>
    </message>
    <message>
        <source>Yes, a copy was given to the patient</source>
        <translation>Sí, se entregó una copia al paciente</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Firma</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>☐ Written   ☐ Verbal   ☐ Other: ____________________</source>
        <translation>☐ Escrito   ☐ Verbal   ☐ Otro: ____________________</translation>
    </message>
    <message>
        <source>☐ This visit only   ☐ Course of treatment until ____________ or for ____ visits</source>
        <translation>☐ Solo esta visita   ☐ Ciclo de tratamiento hasta el ____________ o durante ____ visitas</translation>
    </message>
    <message>
        <source>☐ Yes   ☐ No</source>
        <translation>☐ Sí   ☐ No</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Retirado</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Recorded by</source>
        <translation>Registrado por</translation>
    </message>
    <message>
        <source>Effect</source>
        <translation>Efecto</translation>
    </message>
    <message>
        <source>This consent does not cover visits after this time.</source>
        <translation>Este consentimiento no cubre las visitas posteriores a este momento.</translation>
    </message>
    <message>
        <source>I have read (or had read to me) the information above, my questions have been answered, and I agree to dry needling.</source>
        <translation>He leído (o me han leído) la información anterior, se han respondido mis preguntas y doy mi consentimiento para la punción seca.</translation>
    </message>
    <message>
        <source>Patient: {name}</source>
        <translation>Paciente: {name}</translation>
    </message>
    <message>
        <source>Signed on paper: the signed original is kept on file.</source>
        <translation>Firmado en papel: el original firmado se conserva en el archivo.</translation>
    </message>
    <message>
        <source>Clinician: {name}</source>
        <translation>Profesional: {name}</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
</context>
<context>
    <name>ConsentFormDialog</name>
    <message>
        <source>From the health screen: {factors}</source>
        <translation>Del cribado de salud: {factors}</translation>
    </message>
    <message>
        <source>The health screen flags nothing for this patient.</source>
        <translation>El cribado de salud no señala nada para este paciente.</translation>
    </message>
    <message>
        <source>Record consent to dry needling</source>
        <translation>Registrar el consentimiento para la punción seca</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>how, when “Other” (e.g. through an interpreter)</source>
        <translation>cómo, si es «Otro» (p. ej., mediante intérprete)</translation>
    </message>
    <message>
        <source>This visit only</source>
        <translation>Solo esta visita</translation>
    </message>
    <message>
        <source>Course of treatment</source>
        <translation>Ciclo de tratamiento</translation>
    </message>
    <message>
        <source>no limit</source>
        <translation>sin límite</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>or for</source>
        <translation>o durante</translation>
    </message>
    <message>
        <source>visits</source>
        <translation>visitas</translation>
    </message>
    <message>
        <source>A copy of the consent form was given to the patient</source>
        <translation>Se entregó copia del consentimiento al paciente</translation>
    </message>
    <message>
        <source>{name} (signed in), when saved</source>
        <translation>{name} (con sesión iniciada), al guardar</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>How given</source>
        <translation>Forma</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Alcance</translation>
    </message>
    <message>
        <source>Obtained by</source>
        <translation>Obtenido por</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Discussed with the patient (tick each one)</source>
        <translation>Hablado con el paciente (marque cada punto)</translation>
    </message>
    <message>
        <source>Patient&apos;s signature</source>
        <translation>Firma del paciente</translation>
    </message>
    <message>
        <source>Clear signature</source>
        <translation>Borrar la firma</translation>
    </message>
    <message>
        <source>Signed on the printed form instead</source>
        <translation>Firmado en el formulario impreso</translation>
    </message>
</context>
<context>
    <name>ConsentStatus</name>
    <message>
        <source>Signed on screen by the patient</source>
        <translation>Firmado en pantalla por el paciente</translation>
    </message>
    <message>
        <source>Signed on paper</source>
        <translation>Firmado en papel</translation>
    </message>
    <message>
        <source>Not signed</source>
        <translation>Sin firmar</translation>
    </message>
    <message>
        <source>No consent covers this visit.</source>
        <translation>Ningún consentimiento cubre esta visita.</translation>
    </message>
    <message>
        <source>Record consent before needling.</source>
        <translation>Registre el consentimiento antes de puncionar.</translation>
    </message>
    <message>
        <source>✖ Consent WITHDRAWN {when}</source>
        <translation>✖ Consentimiento RETIRADO {when}</translation>
    </message>
    <message>
        <source>Reason: {reason} (recorded by {name})</source>
        <translation>Motivo: {reason} (registrado por {name})</translation>
    </message>
    <message>
        <source>⚠ Consent is incomplete</source>
        <translation>⚠ El consentimiento está incompleto</translation>
    </message>
    <message>
        <source>✔ Consent covers this visit</source>
        <translation>✔ El consentimiento cubre esta visita</translation>
    </message>
    <message>
        <source>copy given</source>
        <translation>copia entregada</translation>
    </message>
    <message>
        <source>no copy given</source>
        <translation>sin copia entregada</translation>
    </message>
    <message>
        <source>Given {date} · {method} · {signature}</source>
        <translation>Otorgado el {date} · {method} · {signature}</translation>
    </message>
    <message>
        <source>Scope: {scope}</source>
        <translation>Alcance: {scope}</translation>
    </message>
    <message>
        <source>Discussed: {count} of {total} items</source>
        <translation>Hablado: {count} de {total} puntos</translation>
    </message>
    <message>
        <source>Obtained by {name}, {when}</source>
        <translation>Obtenido por {name}, {when}</translation>
    </message>
    <message>
        <source>Notes: {notes}</source>
        <translation>Notas: {notes}</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>bodymap — unexpected error</source>
        <translation>bodymap — error inesperado</translation>
    </message>
    <message>
        <source>Something went wrong inside bodymap. Marks and details already shown on the chart were saved as they were made; check the last thing you did.</source>
        <translation>Algo falló dentro de bodymap. Las marcas y los datos ya visibles en el registro se guardaron al hacerlos; compruebe lo último que hizo.</translation>
    </message>
    <message>
        <source>A report, without any patient data, was saved in the log file:
{path}</source>
        <translation>Se guardó un informe, sin ningún dato de pacientes, en el archivo de registro:
{path}</translation>
    </message>
    <message>
        <source>Please send it to whoever supports bodymap at your clinic.</source>
        <translation>Envíelo a quien dé soporte a bodymap en su clínica.</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>Abrir carpeta de registros</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <source>{problem} (at {path})</source>
        <translation>{problem} (en {path})</translation>
    </message>
    <message>
        <source>Expected a date like {example}, found {value}</source>
        <translation>Se esperaba una fecha como {example}; se encontró {value}</translation>
    </message>
    <message>
        <source>Not a date: {value}</source>
        <translation>No es una fecha: {value}</translation>
    </message>
    <message>
        <source>Expected an object, found {kind}</source>
        <translation>Se esperaba un objeto; se encontró {kind}</translation>
    </message>
    <message>
        <source>Expected a list, found {kind}</source>
        <translation>Se esperaba una lista; se encontró {kind}</translation>
    </message>
    <message>
        <source>Too many entries ({count}; at most {most})</source>
        <translation>Demasiadas entradas ({count}; como máximo {most})</translation>
    </message>
    <message>
        <source>Missing field {name}</source>
        <translation>Falta el campo {name}</translation>
    </message>
    <message>
        <source>Expected text, found {kind}</source>
        <translation>Se esperaba texto; se encontró {kind}</translation>
    </message>
    <message>
        <source>Must not be empty</source>
        <translation>No puede estar vacío</translation>
    </message>
    <message>
        <source>Too long ({count} characters; at most {most})</source>
        <translation>Demasiado largo ({count} caracteres; como máximo {most})</translation>
    </message>
    <message>
        <source>Contains a NUL character</source>
        <translation>Contiene un carácter NUL</translation>
    </message>
    <message>
        <source>Contains an invalid character (a lone surrogate)</source>
        <translation>Contiene un carácter no válido (un sustituto suelto)</translation>
    </message>
    <message>
        <source>Expected a whole number, found {kind}</source>
        <translation>Se esperaba un número entero; se encontró {kind}</translation>
    </message>
    <message>
        <source>Out of range: {value} (allowed {lo} to {hi})</source>
        <translation>Fuera de rango: {value} (se admite de {lo} a {hi})</translation>
    </message>
    <message>
        <source>Expected a number, found {kind}</source>
        <translation>Se esperaba un número; se encontró {kind}</translation>
    </message>
    <message>
        <source>Expected true or false, found {kind}</source>
        <translation>Se esperaba true o false; se encontró {kind}</translation>
    </message>
    <message>
        <source>Must be one of {choices}; found {value}</source>
        <translation>Debe ser uno de estos: {choices}; se encontró {value}</translation>
    </message>
    <message>
        <source>Expected a UTC timestamp like 2025-03-12T10:15:00Z, found {value}</source>
        <translation>Se esperaba una marca de tiempo UTC como 2025-03-12T10:15:00Z; se encontró {value}</translation>
    </message>
    <message>
        <source>Not a timestamp: {value}</source>
        <translation>No es una marca de tiempo: {value}</translation>
    </message>
    <message>
        <source>The timestamp {value} has no time zone (expected UTC, ending in Z)</source>
        <translation>La marca de tiempo {value} no tiene zona horaria (se esperaba UTC, terminada en Z)</translation>
    </message>
    <message>
        <source>Implausible year {year}</source>
        <translation>Año inverosímil {year}</translation>
    </message>
    <message>
        <source>Implausible date of birth {value}</source>
        <translation>Fecha de nacimiento inverosímil {value}</translation>
    </message>
    <message>
        <source>Duplicate {what} id {value}</source>
        <translation>Id de {what} duplicado {value}</translation>
    </message>
    <message>
        <source>a number of more than {count} digits</source>
        <translation>un número de más de {count} cifras</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
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
        <translation>un número</translation>
    </message>
    <message>
        <source>a number of {count} digits (too long)</source>
        <translation>un número de {count} cifras (demasiado largo)</translation>
    </message>
    <message>
        <source>Not a bodymap export (format is {found}, expected &apos;bodymap&apos;)</source>
        <translation>No es una exportación de bodymap (el formato es {found}; se esperaba &apos;bodymap&apos;)</translation>
    </message>
    <message>
        <source>Missing or invalid schema_version: {value}</source>
        <translation>schema_version falta o no es válido: {value}</translation>
    </message>
    <message>
        <source>This file uses schema version {version}, newer than this bodymap understands ({known}); update bodymap to import it</source>
        <translation>Este archivo usa la versión de esquema {version}, más nueva de la que entiende este bodymap ({known}); actualice bodymap para importarlo</translation>
    </message>
    <message>
        <source>Unknown schema version {version}</source>
        <translation>Versión de esquema desconocida {version}</translation>
    </message>
    <message>
        <source>scope must be one of {choices}</source>
        <translation>scope debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>The logo is not valid base64</source>
        <translation>El logotipo no es base64 válido</translation>
    </message>
    <message>
        <source>Expected true or false</source>
        <translation>Se esperaba true o false</translation>
    </message>
    <message>
        <source>A signed visit needs signed_at</source>
        <translation>Una visita firmada necesita signed_at</translation>
    </message>
    <message>
        <source>Zone source {source} is not a trigger point of the same visit</source>
        <translation>El origen de zona {source} no es un punto gatillo de la misma visita</translation>
    </message>
    <message>
        <source>Unknown diagram view {view} (known: {known})</source>
        <translation>Vista de diagrama desconocida {view} (conocidas: {known})</translation>
    </message>
    <message>
        <source>Unknown finding {value} (known: {known})</source>
        <translation>Hallazgo desconocido {value} (conocidos: {known})</translation>
    </message>
    <message>
        <source>A zone outline needs at least three points</source>
        <translation>El contorno de una zona necesita al menos tres puntos</translation>
    </message>
    <message>
        <source>Expected a point [x, y]</source>
        <translation>Se esperaba un punto [x, y]</translation>
    </message>
    <message>
        <source>A zone needs at least one outline</source>
        <translation>Una zona necesita al menos un contorno</translation>
    </message>
    <message>
        <source>Must be one of {choices}</source>
        <translation>Debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>Expected one to three different sides</source>
        <translation>Se esperaban de uno a tres lados distintos</translation>
    </message>
    <message>
        <source>Expected a body region like &apos;right:temple&apos;</source>
        <translation>Se esperaba una región corporal como &apos;right:temple&apos;</translation>
    </message>
    <message>
        <source>Expected a trigger point id</source>
        <translation>Se esperaba el id de un punto gatillo</translation>
    </message>
    <message>
        <source>Must not be null</source>
        <translation>No puede ser null</translation>
    </message>
    <message>
        <source>Too many entries (at most {most})</source>
        <translation>Demasiadas entradas (como máximo {most})</translation>
    </message>
    <message>
        <source>Chart number {chart} appears twice in the file (also at {other})</source>
        <translation>El número de historia {chart} aparece dos veces en el archivo (también en {other})</translation>
    </message>
    <message>
        <source>A {kind} cannot be carried forward from itself</source>
        <translation>Un {kind} no puede arrastrarse desde sí mismo</translation>
    </message>
    <message>
        <source>Carried forward from {kind} {source} of another patient</source>
        <translation>Arrastrado desde {kind} {source} de otro paciente</translation>
    </message>
    <message>
        <source>Cannot read {path}: {reason}</source>
        <translation>No se puede leer {path}: {reason}</translation>
    </message>
    <message>
        <source>{name} is not a regular file, so it cannot be a bodymap export</source>
        <translation>{name} no es un archivo normal, así que no puede ser una exportación de bodymap</translation>
    </message>
    <message>
        <source>{name} is too large to import ({size} MB; at most {most} MB)</source>
        <translation>{name} es demasiado grande para importarlo ({size} MB; como máximo {most} MB)</translation>
    </message>
    <message>
        <source>The file holds two lists of patients</source>
        <translation>El archivo contiene dos listas de pacientes</translation>
    </message>
    <message>
        <source>{name} is nested too deeply to be a bodymap export</source>
        <translation>{name} está anidado a demasiada profundidad para ser una exportación de bodymap</translation>
    </message>
    <message>
        <source>{name} is not UTF-8 text (byte {byte})</source>
        <translation>{name} no es texto UTF-8 (byte {byte})</translation>
    </message>
    <message>
        <source>{name} is not valid JSON: {message} at line {line}, column {column}</source>
        <translation>{name} no es JSON válido: {message} en la línea {line}, columna {column}</translation>
    </message>
    <message>
        <source>Unknown table {table}: this file comes from a newer bodymap; update bodymap to import it</source>
        <translation>Tabla desconocida {table}: este archivo procede de un bodymap más nuevo; actualice bodymap para importarlo</translation>
    </message>
    <message>
        <source>Duplicate row {key}</source>
        <translation>Fila duplicada {key}</translation>
    </message>
    <message>
        <source>Holds a number that is not finite</source>
        <translation>Contiene un número que no es finito</translation>
    </message>
    <message>
        <source>Too large ({count} characters; at most {most})</source>
        <translation>Demasiado grande ({count} caracteres; como máximo {most})</translation>
    </message>
    <message>
        <source>Cannot carry a column of kind {kind}</source>
        <translation>No se puede transportar una columna de tipo {kind}</translation>
    </message>
    <message>
        <source>Expected base64 text, found {kind}</source>
        <translation>Se esperaba texto base64; se encontró {kind}</translation>
    </message>
    <message>
        <source>Too large (at most {most} MB)</source>
        <translation>Demasiado grande (como máximo {most} MB)</translation>
    </message>
    <message>
        <source>Not valid base64</source>
        <translation>No es base64 válido</translation>
    </message>
    <message>
        <source>Choose exactly one of a visit, a patient or everything to export.</source>
        <translation>Elija exactamente una opción para exportar: una visita, un paciente o todo.</translation>
    </message>
    <message>
        <source>on_conflict must be one of {choices}</source>
        <translation>on_conflict debe ser uno de estos: {choices}</translation>
    </message>
    <message>
        <source>Imported {patients}, {visits}, {trigger_points} and {zones}.</source>
        <translation>Se importaron {patients}, {visits}, {trigger_points} y {zones}.</translation>
    </message>
    <message>
        <source>1 patient</source>
        <translation>1 paciente</translation>
    </message>
    <message>
        <source>{count} patients</source>
        <translation>{count} pacientes</translation>
    </message>
    <message>
        <source>1 visit</source>
        <translation>1 visita</translation>
    </message>
    <message>
        <source>{count} visits</source>
        <translation>{count} visitas</translation>
    </message>
    <message>
        <source>1 trigger point</source>
        <translation>1 punto gatillo</translation>
    </message>
    <message>
        <source>{count} trigger points</source>
        <translation>{count} puntos gatillo</translation>
    </message>
    <message>
        <source>1 zone</source>
        <translation>1 zona</translation>
    </message>
    <message>
        <source>{count} zones</source>
        <translation>{count} zonas</translation>
    </message>
    <message>
        <source>Also {rows} of the safety record, templates and settings.</source>
        <translation>También {rows} del registro de seguridad, plantillas y ajustes.</translation>
    </message>
    <message>
        <source>1 row</source>
        <translation>1 fila</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>{count} filas</translation>
    </message>
    <message>
        <source>Chart {old} was already in use and was imported as {new}.</source>
        <translation>La historia {old} ya estaba en uso y se importó como {new}.</translation>
    </message>
    <message>
        <source>The file is nested too deeply to be a bodymap export</source>
        <translation>El archivo está anidado a demasiada profundidad para ser una exportación de bodymap</translation>
    </message>
    <message>
        <source>The database refused the import, so nothing was imported: {reason}</source>
        <translation>La base de datos rechazó la importación, así que no se importó nada: {reason}</translation>
    </message>
    <message>
        <source>{count} carried-forward link(s) pointed to marks outside the file and were left out.</source>
        <translation>{count} vínculo(s) arrastrado(s) apuntaban a marcas fuera del archivo y se omitieron.</translation>
    </message>
    <message>
        <source>Chart number {chart} is already in use in this database; nothing was imported (import with &apos;rename&apos; to give the imported patient a new number)</source>
        <translation>El número de historia {chart} ya está en uso en esta base de datos; no se importó nada (importe con &apos;rename&apos; para dar un número nuevo al paciente importado)</translation>
    </message>
    <message>
        <source>This database&apos;s settings were kept for: {keys}.</source>
        <translation>Se conservaron los ajustes de esta base de datos para: {keys}.</translation>
    </message>
    <message>
        <source>{rows} of the safety record belonged to charts outside the file and were left out.</source>
        <translation>{rows} del registro de seguridad pertenecían a historias fuera del archivo y se omitieron.</translation>
    </message>
    <message>
        <source>{links} of the safety record pointed to rows outside the file and were left empty.</source>
        <translation>{links} del registro de seguridad apuntaban a filas fuera del archivo y se dejaron vacíos.</translation>
    </message>
    <message>
        <source>1 link</source>
        <translation>1 vínculo</translation>
    </message>
    <message>
        <source>{count} links</source>
        <translation>{count} vínculos</translation>
    </message>
    <message>
        <source>The image is a {format} of {width} x {height} pixels, not what the row says</source>
        <translation>La imagen es un {format} de {width} x {height} píxeles, no lo que dice la fila</translation>
    </message>
    <message>
        <source>{marks} had region, side or muscle labels that disagree with where they lie on the diagram; the diagram&apos;s labels were recorded instead (e.g. {examples}).</source>
        <translation>{marks} tenían etiquetas de región, lado o músculo que no coinciden con su posición en el diagrama; se registraron en su lugar las etiquetas del diagrama (p. ej., {examples}).</translation>
    </message>
    <message>
        <source>1 mark</source>
        <translation>1 marca</translation>
    </message>
    <message>
        <source>{count} marks</source>
        <translation>{count} marcas</translation>
    </message>
    <message>
        <source>1 signed visit keeps its original signer and time and is recorded as signed elsewhere and imported.</source>
        <translation>1 visita firmada conserva su firmante y hora originales y queda registrada como firmada en otro lugar e importada.</translation>
    </message>
    <message>
        <source>{count} signed visits keep their original signer and time and are recorded as signed elsewhere and imported.</source>
        <translation>{count} visitas firmadas conservan su firmante y hora originales y quedan registradas como firmadas en otro lugar e importadas.</translation>
    </message>
    <message>
        <source>Contains a NUL character or a lone surrogate</source>
        <translation>Contiene un carácter NUL o un sustituto suelto</translation>
    </message>
    <message>
        <source>The visit is dated in the future ({when} UTC)</source>
        <translation>La visita tiene fecha futura ({when} UTC)</translation>
    </message>
    <message>
        <source>The visit was signed in the future ({when} UTC)</source>
        <translation>La visita se firmó en el futuro ({when} UTC)</translation>
    </message>
    <message>
        <source>The trigger point lies off the body: ({x}, {y}) is outside every body outline of the view {view}</source>
        <translation>El punto gatillo queda fuera del cuerpo: ({x}, {y}) está fuera de todos los contornos corporales de la vista {view}</translation>
    </message>
    <message>
        <source>The zone lies off the body: it covers no part of any body outline of the view {view} (or has no area)</source>
        <translation>La zona queda fuera del cuerpo: no cubre ninguna parte de los contornos corporales de la vista {view} (o no tiene área)</translation>
    </message>
</context>
<context>
    <name>ExportActions</name>
    <message>
        <source>Patient copy (plain words)</source>
        <translation>Copia del paciente (lenguaje sencillo)</translation>
    </message>
    <message>
        <source>Clinician copy (full record)</source>
        <translation>Copia del profesional (registro completo)</translation>
    </message>
    <message>
        <source>PDF handout, patient copy (*.pdf)</source>
        <translation>Hoja PDF, copia del paciente (*.pdf)</translation>
    </message>
    <message>
        <source>PDF handout, clinician copy: full record (*.pdf)</source>
        <translation>Hoja PDF, copia del profesional: registro completo (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images of the charted views (*.png)</source>
        <translation>Imágenes PNG de las vistas registradas (*.png)</translation>
    </message>
    <message>
        <source>CSV spreadsheet (*.csv)</source>
        <translation>Hoja de cálculo CSV (*.csv)</translation>
    </message>
    <message>
        <source>bodymap JSON, complete (*.json)</source>
        <translation>JSON de bodymap, completo (*.json)</translation>
    </message>
    <message>
        <source>FHIR R4 bundle (*.fhir.json)</source>
        <translation>Paquete FHIR R4 (*.fhir.json)</translation>
    </message>
    <message>
        <source>Export visit</source>
        <translation>Exportar visita</translation>
    </message>
    <message>
        <source>The visit could not be exported to
{path}

{reason}</source>
        <translation>No se pudo exportar la visita a
{path}

{reason}</translation>
    </message>
    <message>
        <source>Import a bodymap export</source>
        <translation>Importar una exportación de bodymap</translation>
    </message>
    <message>
        <source>bodymap JSON (*.json);;All files (*)</source>
        <translation>JSON de bodymap (*.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Import the patients whose chart numbers are taken under new chart numbers (for example CH-1-2)?</source>
        <translation>¿Importar los pacientes cuyos números de historia ya existen con números nuevos (por ejemplo CH-1-2)?</translation>
    </message>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimir</translation>
    </message>
    <message>
        <source>The report could not be printed.</source>
        <translation>No se pudo imprimir el informe.</translation>
    </message>
    <message>
        <source>Print preview: visit report</source>
        <translation>Vista previa de impresión: informe de la visita</translation>
    </message>
    <message>
        <source>The patient copy is in plain words, without needle details or the safety record; the clinician copy is the full record.</source>
        <translation>La copia del paciente está en lenguaje sencillo, sin detalles de las agujas ni el registro de seguridad; la copia del profesional es el registro completo.</translation>
    </message>
    <message>
        <source>Copy:</source>
        <translation>Copia:</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>{copy}, {paper} (*.pdf)</source>
        <translation>{copy}, {paper} (*.pdf)</translation>
    </message>
    <message>
        <source>Export visit report as PDF</source>
        <translation>Exportar el informe de la visita como PDF</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>The PDF could not be saved to
{path}

{reason}</source>
        <translation>No se pudo guardar el PDF en
{path}

{reason}</translation>
    </message>
</context>
<context>
    <name>FirstAdminDialog</name>
    <message>
        <source>bodymap — first start</source>
        <translation>bodymap — primer inicio</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
</context>
<context>
    <name>FirstAdminForm</name>
    <message>
        <source>&lt;b&gt;Welcome to bodymap.&lt;/b&gt; Create the administrator account.</source>
        <translation>&lt;b&gt;Bienvenido a bodymap.&lt;/b&gt; Cree la cuenta de administrador.</translation>
    </message>
    <message>
        <source>Every chart entry and signature carries the name of the clinician signed in, so the clinic starts with this one account; the administrator then adds the other clinicians and sets up the clinic.</source>
        <translation>Cada anotación y cada firma llevan el nombre del profesional con la sesión iniciada, así que la clínica empieza con esta cuenta; después, el administrador añade a los demás profesionales y configura la clínica.</translation>
    </message>
    <message>
        <source>e.g. Dr. Sam Rivera, PT</source>
        <translation>p. ej., Sam Rivera, fisioterapeuta</translation>
    </message>
    <message>
        <source>e.g. srivera</source>
        <translation>p. ej., srivera</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Repeat password</source>
        <translation>Repetir contraseña</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Las dos contraseñas no coinciden.</translation>
    </message>
</context>
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
        <translation>Arrastrado (discontinuo)</translation>
    </message>
    <message>
        <source>Deep (dashed outline)</source>
        <translation>Profundo (borde discontinuo)</translation>
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
    <message>
        <source>Your clinic</source>
        <translation>Su clínica</translation>
    </message>
</context>
<context>
    <name>HeatmapDialog</name>
    <message>
        <source>Clinic pain map</source>
        <translation>Mapa de dolor de la clínica</translation>
    </message>
    <message>
        <source>Only chart {number}</source>
        <translation>Solo la historia {number}</translation>
    </message>
    <message>
        <source>Visits from</source>
        <translation>Visitas del</translation>
    </message>
    <message>
        <source>All visits</source>
        <translation>Todas las visitas</translation>
    </message>
    <message>
        <source>Chief complaint contains:</source>
        <translation>El motivo de consulta contiene:</translation>
    </message>
    <message>
        <source>e.g. neck, headache, low back</source>
        <translation>p. ej. cuello, cefalea, lumbar</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exportar PNG…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>View:</source>
        <translation>Vista:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>al</translation>
    </message>
    <message numerus="yes">
        <source>%n visits chosen</source>
        <translation>
            <numerusform>%n visita elegida</numerusform>
            <numerusform>%n visitas elegidas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>most frequent spot: %n visits</source>
        <translation>
            <numerusform>punto más frecuente: %n visita</numerusform>
            <numerusform>punto más frecuente: %n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>{chosen} · {count} with pain on this view · {spot}</source>
        <translation>{chosen} · {count} con dolor en esta vista · {spot}</translation>
    </message>
    <message>
        <source>chief complaint contains “{text}”</source>
        <translation>el motivo de consulta contiene «{text}»</translation>
    </message>
    <message>
        <source>chart {number}</source>
        <translation>historia {number}</translation>
    </message>
    <message>
        <source>visits {since} to {until}</source>
        <translation>visitas del {since} al {until}</translation>
    </message>
    <message>
        <source>all visits</source>
        <translation>todas las visitas</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain frequency: {view}</source>
        <translation>Frecuencia del dolor: {view}</translation>
    </message>
    <message>
        <source>{filter} · {visits}, {count} with pain on this view</source>
        <translation>{filter} · {visits}, {count} con dolor en esta vista</translation>
    </message>
    <message>
        <source>Visits with
pain here</source>
        <translation>Visitas con
dolor aquí</translation>
    </message>
    <message>
        <source>No colour: no visit
had pain there</source>
        <translation>Sin color: ninguna
visita con dolor ahí</translation>
    </message>
    <message>
        <source>{value}%</source>
        <translation>{value} %</translation>
    </message>
    <message>
        <source>Export pain map</source>
        <translation>Exportar mapa de dolor</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>Imagen PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write {path}: {reason}</source>
        <translation>No se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Guardado {path}</translation>
    </message>
</context>
<context>
    <name>HelpController</name>
    <message>
        <source>The folder is:
{folder}</source>
        <translation>La carpeta es:
{folder}</translation>
    </message>
    <message>
        <source>The user guide is:
{page}</source>
        <translation>La guía del usuario está en:
{page}</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>Firmado</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>visit</source>
        <translation>visita</translation>
    </message>
    <message>
        <source>trigger point</source>
        <translation>punto gatillo</translation>
    </message>
    <message>
        <source>zone</source>
        <translation>zona</translation>
    </message>
    <message>
        <source>patient</source>
        <translation>paciente</translation>
    </message>
    <message>
        <source>account</source>
        <translation>cuenta</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>carried forward from</source>
        <translation>arrastrado desde</translation>
    </message>
    <message>
        <source>carry-forward confirmed</source>
        <translation>arrastre confirmado</translation>
    </message>
    <message>
        <source>chart number</source>
        <translation>número de historia</translation>
    </message>
    <message>
        <source>chief complaint</source>
        <translation>motivo de consulta</translation>
    </message>
    <message>
        <source>clinician</source>
        <translation>profesional</translation>
    </message>
    <message>
        <source>treating clinician</source>
        <translation>profesional que trata</translation>
    </message>
    <message>
        <source>created by</source>
        <translation>creado por</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>fecha de nacimiento</translation>
    </message>
    <message>
        <source>depth</source>
        <translation>profundidad</translation>
    </message>
    <message>
        <source>needling depth (mm)</source>
        <translation>profundidad de punción (mm)</translation>
    </message>
    <message>
        <source>findings</source>
        <translation>hallazgos</translation>
    </message>
    <message>
        <source>intensity</source>
        <translation>intensidad</translation>
    </message>
    <message>
        <source>handout language</source>
        <translation>idioma de la hoja</translation>
    </message>
    <message>
        <source>muscle</source>
        <translation>músculo</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <source>needle size</source>
        <translation>tamaño de aguja</translation>
    </message>
    <message>
        <source>needled</source>
        <translation>punción realizada</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notas</translation>
    </message>
    <message>
        <source>overall pain</source>
        <translation>dolor general</translation>
    </message>
    <message>
        <source>outline</source>
        <translation>contorno</translation>
    </message>
    <message>
        <source>pressure pain</source>
        <translation>dolor a la presión</translation>
    </message>
    <message>
        <source>pain quality</source>
        <translation>calidad del dolor</translation>
    </message>
    <message>
        <source>region</source>
        <translation>región</translation>
    </message>
    <message>
        <source>regions</source>
        <translation>regiones</translation>
    </message>
    <message>
        <source>sex</source>
        <translation>sexo</translation>
    </message>
    <message>
        <source>side</source>
        <translation>lado</translation>
    </message>
    <message>
        <source>sides</source>
        <translation>lados</translation>
    </message>
    <message>
        <source>signed at</source>
        <translation>firmado el</translation>
    </message>
    <message>
        <source>signed by</source>
        <translation>firmado por</translation>
    </message>
    <message>
        <source>signed by (account)</source>
        <translation>firmado por (cuenta)</translation>
    </message>
    <message>
        <source>site</source>
        <translation>punto</translation>
    </message>
    <message>
        <source>date and time</source>
        <translation>fecha y hora</translation>
    </message>
    <message>
        <source>status</source>
        <translation>estado</translation>
    </message>
    <message>
        <source>trigger points</source>
        <translation>puntos gatillo</translation>
    </message>
    <message>
        <source>twitch responses</source>
        <translation>respuestas de espasmo local</translation>
    </message>
    <message>
        <source>version</source>
        <translation>versión</translation>
    </message>
    <message>
        <source>view</source>
        <translation>vista</translation>
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
        <translation>zonas</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>nombre de usuario</translation>
    </message>
    <message>
        <source>no visible change</source>
        <translation>sin cambios visibles</translation>
    </message>
    <message>
        <source>Visit history (audit trail)</source>
        <translation>Historial de la visita (registro de auditoría)</translation>
    </message>
    <message>
        <source>Every change to this visit, who made it and when. The trail cannot be edited.</source>
        <translation>Cada cambio de esta visita, quién lo hizo y cuándo. El registro no se puede editar.</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Quién</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detalles</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import clinic diagram</source>
        <translation>Importar diagrama de la clínica</translation>
    </message>
    <message>
        <source>A PNG or JPEG image of the diagram</source>
        <translation>Una imagen PNG o JPEG del diagrama</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Image file</source>
        <translation>Archivo de imagen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Diagram view</source>
        <translation>Vista del diagrama</translation>
    </message>
    <message>
        <source>The image must show the same view as the built-in diagram (same side facing the viewer). Next you click its landmarks so charting on it lands on the right regions.</source>
        <translation>La imagen debe mostrar la misma vista que el diagrama integrado (el mismo lado hacia el observador). Después hará clic en sus puntos de referencia para que lo registrado caiga en las regiones correctas.</translation>
    </message>
    <message>
        <source>Import and calibrate…</source>
        <translation>Importar y calibrar…</translation>
    </message>
    <message>
        <source>Choose the diagram image</source>
        <translation>Elegir la imagen del diagrama</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Choose an image file.</source>
        <translation>Elija un archivo de imagen.</translation>
    </message>
</context>
<context>
    <name>Inspector</name>
    <message>
        <source>Patient&apos;s left</source>
        <translation>Lado izquierdo del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s right</source>
        <translation>Lado derecho del paciente</translation>
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
        <source>Unlabelled site</source>
        <translation>Lugar sin nombre</translation>
    </message>
    <message>
        <source>(carried forward — confirm or remove)</source>
        <translation>(traído de la visita anterior: confirmar o eliminar)</translation>
    </message>
    <message>
        <source>nearest reference site {site}</source>
        <translation>punto de referencia más cercano {site}</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>y {count} más</translation>
    </message>
    <message>
        <source>Pain zone</source>
        <translation>Zona de dolor</translation>
    </message>
    <message>
        <source>No region</source>
        <translation>Sin región</translation>
    </message>
    <message>
        <source>{side}{place} ({status})</source>
        <translation>{side}{place} ({status})</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>Re-examined at this visit and still present: keep it as a finding of this visit.</source>
        <translation>Reexaminado en esta visita y aún presente: se conserva como hallazgo de esta visita.</translation>
    </message>
</context>
<context>
    <name>KeyboardCharting</name>
    <message>
        <source>Body diagram, {view}</source>
        <translation>Diagrama corporal, {view}</translation>
    </message>
    <message>
        <source>Arrow keys move the crosshair; Enter places a trigger point.</source>
        <translation>Las flechas mueven la cruz; Intro coloca un punto gatillo.</translation>
    </message>
    <message>
        <source>Placed {description}</source>
        <translation>Colocado: {description}</translation>
    </message>
    <message>
        <source>Not moved: that would leave the body outline.</source>
        <translation>No se ha movido: quedaría fuera del contorno del cuerpo.</translation>
    </message>
    <message>
        <source>Nothing to erase here</source>
        <translation>Aquí no hay nada que borrar</translation>
    </message>
    <message>
        <source>An outline needs three corners; it has {count}</source>
        <translation>Un contorno necesita tres vértices; tiene {count}</translation>
    </message>
    <message>
        <source>Zone stored: {zone}</source>
        <translation>Zona guardada: {zone}</translation>
    </message>
    <message>
        <source>Outline cancelled</source>
        <translation>Contorno cancelado</translation>
    </message>
    <message>
        <source>Selected: {mark}</source>
        <translation>Seleccionado: {mark}</translation>
    </message>
    <message numerus="yes">
        <source>Outline, %n corner(s); crosshair: {place}</source>
        <translation>
            <numerusform>Contorno, %n vértice; cruz: {place}</numerusform>
            <numerusform>Contorno, %n vértices; cruz: {place}</numerusform>
        </translation>
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
    <name>LegendWidget</name>
    <message>
        <source>Key to the symbols and colours on the diagrams. Left and right are the patient&apos;s own left and right.</source>
        <translation>Leyenda de los símbolos y colores de los diagramas. Izquierda y derecha son las del propio paciente.</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>bodymap is locked</source>
        <translation>bodymap está bloqueado</translation>
    </message>
    <message>
        <source>Patient data is hidden. Sign in to continue charting.</source>
        <translation>Los datos de pacientes están ocultos. Inicie sesión para seguir registrando.</translation>
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
        <source>Muscle fibre direction</source>
        <translation>Dirección de las fibras musculares</translation>
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
    <message>
        <source>signed</source>
        <translation>firmada</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <source>Signed in: {name}</source>
        <translation>Sesión iniciada: {name}</translation>
    </message>
</context>
<context>
    <name>NewAccountDialog</name>
    <message>
        <source>New account</source>
        <translation>Nueva cuenta</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nombre de usuario</translation>
    </message>
    <message>
        <source>Initial password</source>
        <translation>Contraseña inicial</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
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
<context>
    <name>PatientPanel</name>
    <message numerus="yes">
        <source>%n trigger point(s)</source>
        <translation>
            <numerusform>%n punto gatillo</numerusform>
            <numerusform>%n puntos gatillo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n zone(s)</source>
        <translation>
            <numerusform>%n zona</numerusform>
            <numerusform>%n zonas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PrecautionAreas</name>
    <message>
        <source>left</source>
        <translation>lado izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>lado derecho</translation>
    </message>
    <message>
        <source>both</source>
        <translation>ambos lados</translation>
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
        <translation>Linfedema</translation>
    </message>
    <message>
        <source>Surgical site</source>
        <translation>Zona quirúrgica</translation>
    </message>
    <message>
        <source>Broken skin</source>
        <translation>Piel lesionada</translation>
    </message>
    <message>
        <source>Infection</source>
        <translation>Infección</translation>
    </message>
    <message>
        <source>Implant</source>
        <translation>Implante</translation>
    </message>
    <message>
        <source>Tumour</source>
        <translation>Tumor</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otro</translation>
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
        <source>Both</source>
        <translation>Ambos</translation>
    </message>
    <message>
        <source>Midline</source>
        <translation>Línea media</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Zona de precaución</translation>
    </message>
    <message>
        <source>e.g. axillary clearance 2019, do not needle the right arm</source>
        <translation>p. ej., vaciamiento axilar 2019, no puncionar el brazo derecho</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Patient&apos;s side</source>
        <translation>Lado del paciente</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>Records</name>
    <message>
        <source>AdverseEvent</source>
        <translation>Evento adverso</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>DiagramTemplate</source>
        <translation>Diagrama de la clínica</translation>
    </message>
    <message>
        <source>PainZone</source>
        <translation>Zona de dolor</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Paciente</translation>
    </message>
    <message>
        <source>PrecautionArea</source>
        <translation>Zona de precaución</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>TriggerPoint</source>
        <translation>Punto gatillo</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Visita</translation>
    </message>
    <message>
        <source>{model} {id} does not exist.</source>
        <translation>{model} {id}: no existe.</translation>
    </message>
    <message>
        <source>Visit {id} does not exist.</source>
        <translation>La visita {id} no existe.</translation>
    </message>
    <message>
        <source>This visit was changed on another workstation. It has been reloaded: please check it and repeat your last change.</source>
        <translation>Esta visita se modificó en otro puesto de trabajo. Se ha vuelto a cargar: revísela y repita su último cambio.</translation>
    </message>
    <message>
        <source>This visit is signed and can no longer be changed.</source>
        <translation>Esta visita está firmada y ya no se puede modificar.</translation>
    </message>
    <message>
        <source>The database cannot be reached; nothing was changed. Check the connection and try again.</source>
        <translation>No se puede acceder a la base de datos; no se ha cambiado nada. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The database refused the change; nothing was changed.</source>
        <translation>La base de datos rechazó el cambio; no se ha cambiado nada.</translation>
    </message>
    <message>
        <source>This patient&apos;s details were changed on another workstation. They have been reloaded: please check them and make your change again.</source>
        <translation>Los datos de este paciente se modificaron en otro puesto de trabajo. Se han vuelto a cargar: revíselos y haga de nuevo su cambio.</translation>
    </message>
    <message>
        <source>Patient {id} does not exist.</source>
        <translation>El paciente {id} no existe.</translation>
    </message>
    <message>
        <source>Chart number {chart} is already in use.</source>
        <translation>El número de historia {chart} ya está en uso.</translation>
    </message>
    <message>
        <source>No patient with chart number {chart}.</source>
        <translation>Ningún paciente con el número de historia {chart}.</translation>
    </message>
    <message>
        <source>Marks can only be carried forward from the same patient.</source>
        <translation>Las marcas solo se pueden traer del mismo paciente.</translation>
    </message>
    <message>
        <source>The treating clinician must be an active clinician account.</source>
        <translation>El profesional que trata debe ser una cuenta de profesional activa.</translation>
    </message>
    <message>
        <source>Addenda are for signed visits; a draft visit can be edited directly.</source>
        <translation>Las adendas son para visitas firmadas; una visita en borrador se puede editar directamente.</translation>
    </message>
    <message>
        <source>{path} is not a readable bodymap database (it may be damaged). It has not been changed. Restore the latest backup with `bodymap restore BACKUP` or choose another database with --database.</source>
        <translation>{path} no es una base de datos de bodymap legible (puede estar dañada). No se ha modificado. Restaure la última copia de seguridad con `bodymap restore BACKUP` o elija otra base de datos con --database.</translation>
    </message>
    <message>
        <source>the chain head: {kind} ({detail})</source>
        <translation>la cabeza de la cadena: {kind} ({detail})</translation>
    </message>
    <message>
        <source>row {row}: {kind} ({detail})</source>
        <translation>fila {row}: {kind} ({detail})</translation>
    </message>
    <message>
        <source>content changed</source>
        <translation>contenido modificado</translation>
    </message>
    <message>
        <source>row missing</source>
        <translation>fila ausente</translation>
    </message>
    <message>
        <source>link broken</source>
        <translation>enlace roto</translation>
    </message>
    <message>
        <source>not chained</source>
        <translation>no encadenada</translation>
    </message>
    <message>
        <source>chain head missing</source>
        <translation>falta la cabeza de la cadena</translation>
    </message>
    <message>
        <source>row {row}</source>
        <translation>la fila {row}</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>it has no hash: it was not written by bodymap</source>
        <translation>no tiene hash: no la escribió bodymap</translation>
    </message>
    <message>
        <source>the row it follows, {row}, is not in the trail</source>
        <translation>la fila a la que sigue, {row}, no está en el registro</translation>
    </message>
    <message>
        <source>it says it follows {said}, but it follows {follows}</source>
        <translation>dice que sigue a {said}, pero sigue a {follows}</translation>
    </message>
    <message>
        <source>its hash does not match its content</source>
        <translation>su hash no coincide con su contenido</translation>
    </message>
    <message>
        <source>its hash is not the one the chain head recorded</source>
        <translation>su hash no es el que registró la cabeza de la cadena</translation>
    </message>
    <message>
        <source>the chain head names it as the last row written, but it is not in the trail</source>
        <translation>la cabeza de la cadena la nombra como la última fila escrita, pero no está en el registro</translation>
    </message>
    <message>
        <source>the expected head hash is not the hash of any row: the trail was rewritten or is not the one the hash was recorded from</source>
        <translation>el hash de cabeza esperado no es el hash de ninguna fila: el registro se reescribió o no es del que se tomó el hash</translation>
    </message>
    <message>
        <source>table audit_chain has no row: it was deleted</source>
        <translation>la tabla audit_chain no tiene filas: se borró</translation>
    </message>
    <message>
        <source>The database cannot be reached. Check the connection and try again.</source>
        <translation>No se puede acceder a la base de datos. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>The database could not answer the query.</source>
        <translation>La base de datos no pudo responder a la consulta.</translation>
    </message>
    <message>
        <source>There is no clinic diagram number {id}.</source>
        <translation>No hay ningún diagrama de la clínica número {id}.</translation>
    </message>
    <message>
        <source>The audit trail of this database does not verify at {where}.

The record of who changed what may have been altered outside bodymap. Charting still works and every change is still recorded. Tell whoever looks after the clinic&apos;s data: `bodymap audit --verify` checks the whole trail (see docs/SECURITY.md).</source>
        <translation>El registro de auditoría de esta base de datos no se verifica en {where}.

El registro de quién cambió qué puede haberse alterado fuera de bodymap. Se puede seguir registrando y cada cambio se sigue anotando. Avise a quien se ocupe de los datos de la clínica: `bodymap audit --verify` comprueba todo el registro (consulte docs/SECURITY.md).</translation>
    </message>
    <message>
        <source>The database {path} is on {where}.

SQLite databases are not safe on network shares: file locking there is unreliable, so two workstations using the file can damage it, and even one can lose its last changes. Keep the database on this computer&apos;s own disk (the default), or let several treatment rooms share a PostgreSQL server (docs/INSTALL.md).</source>
        <translation>La base de datos {path} está en {where}.

Las bases de datos SQLite no son seguras en recursos compartidos de red: allí el bloqueo de archivos no es fiable, de modo que dos puestos de trabajo que usen el archivo pueden dañarlo, e incluso uno solo puede perder sus últimos cambios. Mantenga la base de datos en el disco propio de este ordenador (lo predeterminado), o haga que varias salas de tratamiento compartan un servidor PostgreSQL (docs/INSTALL.md).</translation>
    </message>
    <message>
        <source>The audit trail&apos;s chain head (table audit_chain) is missing, so no change can be recorded. Run `bodymap audit --verify` and see docs/SECURITY.md.</source>
        <translation>Falta la cabeza de la cadena del registro de auditoría (tabla audit_chain), así que no se puede registrar ningún cambio. Ejecute `bodymap audit --verify` y consulte docs/SECURITY.md.</translation>
    </message>
    <message>
        <source>bodymap — database on a network share</source>
        <translation>bodymap — base de datos en un recurso compartido de red</translation>
    </message>
    <message>
        <source>the network share {share}</source>
        <translation>el recurso compartido de red {share}</translation>
    </message>
    <message>
        <source>the network drive {drive}</source>
        <translation>la unidad de red {drive}</translation>
    </message>
    <message>
        <source>a {kind} network file system at {point} ({source})</source>
        <translation>un sistema de archivos de red {kind} en {point} ({source})</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>correcto</translation>
    </message>
    <message>
        <source>DIFFERENT</source>
        <translation>DIFERENTE</translation>
    </message>
    <message>
        <source>Copied {rows} rows in {tables} tables from {source} to {target} in {seconds} s ({rate} rows/s); every table checked.</source>
        <translation>Se copiaron {rows} filas en {tables} tablas de {source} a {target} en {seconds} s ({rate} filas/s); todas las tablas comprobadas.</translation>
    </message>
    <message>
        <source>The copy differs from the source in: {tables}. Nothing was kept in {target}.</source>
        <translation>La copia difiere del origen en: {tables}. No se conservó nada en {target}.</translation>
    </message>
    <message>
        <source>The copy to {target} failed, so nothing was kept there: {reason}</source>
        <translation>La copia a {target} falló, así que allí no se conservó nada: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the target database {target}: {reason}</source>
        <translation>No se puede leer la base de datos de destino {target}: {reason}</translation>
    </message>
</context>
<context>
    <name>ReferenceBrowser</name>
    <message>
        <source>same side as the trigger point (ipsilateral)</source>
        <translation>mismo lado que el punto gatillo (ipsilateral)</translation>
    </message>
    <message>
        <source>opposite side to the trigger point (contralateral)</source>
        <translation>lado opuesto al punto gatillo (contralateral)</translation>
    </message>
    <message>
        <source>both sides (bilateral)</source>
        <translation>ambos lados (bilateral)</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Confianza alta</translation>
    </message>
    <message>
        <source>Moderate confidence</source>
        <translation>Confianza moderada</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confianza baja</translation>
    </message>
    <message>
        <source>words found in several fields</source>
        <translation>palabras halladas en varios campos</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Esencial</translation>
    </message>
    <message>
        <source>Spillover</source>
        <translation>Derrame</translation>
    </message>
    <message>
        <source>Trigger points</source>
        <translation>Puntos gatillo</translation>
    </message>
    <message>
        <source>Associated conditions</source>
        <translation>Cuadros asociados</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Fuentes</translation>
    </message>
    <message>
        <source>&lt;b&gt;Referral pattern&lt;/b&gt; — pain goes to the {rule}</source>
        <translation>&lt;b&gt;Patrón de dolor referido&lt;/b&gt;; lado del dolor: {rule}</translation>
    </message>
    <message>
        <source>Muscle, body area or condition…</source>
        <translation>Músculo, zona del cuerpo o cuadro…</translation>
    </message>
    <message>
        <source>Patient&apos;s R</source>
        <translation>D del paciente</translation>
    </message>
    <message>
        <source>Patient&apos;s L</source>
        <translation>I del paciente</translation>
    </message>
    <message>
        <source>Side of the trigger point (the patient&apos;s side)</source>
        <translation>Lado del punto gatillo (lado del paciente)</translation>
    </message>
    <message>
        <source>Show on view</source>
        <translation>Mostrar en la vista</translation>
    </message>
    <message>
        <source>Switch to a view where this pattern is visible</source>
        <translation>Cambiar a una vista donde se vea este patrón</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide the referral overlay</source>
        <translation>Ocultar la superposición del dolor referido</translation>
    </message>
    <message numerus="yes">
        <source>%n muscles, best match first</source>
        <translation>
            <numerusform>%n músculo, el más coincidente primero</numerusform>
            <numerusform>%n músculos, el más coincidente primero</numerusform>
        </translation>
    </message>
    <message>
        <source>No match: try a body area or a condition.</source>
        <translation>Sin coincidencias: pruebe con una zona del cuerpo o un cuadro.</translation>
    </message>
    <message>
        <source>No referral overlay shown.</source>
        <translation>No se muestra ninguna superposición de dolor referido.</translation>
    </message>
    <message>
        <source>selected TrP</source>
        <translation>PG seleccionado</translation>
    </message>
    <message>
        <source>suggestion</source>
        <translation>sugerencia</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lista</translation>
    </message>
    <message>
        <source>Overlay: {muscle} ({side}) · from {source}</source>
        <translation>Superposición: {muscle} ({side}) · desde {source}</translation>
    </message>
    <message>
        <source>On the views: solid cyan = primary zone, hatched = spillover zone, crosshair circles = trigger-point sites.</source>
        <translation>En las vistas: cian sólido = zona esencial, rayado = zona de derrame, círculos con cruz = localización de los puntos gatillo.</translation>
    </message>
</context>
<context>
    <name>ReloadBar</name>
    <message>
        <source>This visit was changed on another workstation.</source>
        <translation>Esta visita se modificó en otro puesto.</translation>
    </message>
    <message>
        <source>Reload</source>
        <translation>Recargar</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <source>Restore from a backup</source>
        <translation>Restaurar desde una copia</translation>
    </message>
    <message>
        <source>Backups in {folder}:</source>
        <translation>Copias de seguridad en {folder}:</translation>
    </message>
    <message>
        <source>Another file (a USB disk, a copy)…</source>
        <translation>Otro archivo (un disco USB, una copia)…</translation>
    </message>
    <message>
        <source>Restore…</source>
        <translation>Restaurar…</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>Restaurar desde un archivo de copia</translation>
    </message>
    <message>
        <source>bodymap backups (*.sqlite3);;All files (*)</source>
        <translation>Copias de bodymap (*.sqlite3);;Todos los archivos (*)</translation>
    </message>
</context>
<context>
    <name>SafetyCautions</name>
    <message>
        <source>This point lies over the thorax. A needle through the chest wall can cause a pneumothorax.
Needle tangentially or onto a rib (pincer grip, fingers on the intercostal spaces), use a needle no longer than the depth you need, and watch for shortness of breath, chest pain or a dry cough afterwards.</source>
        <translation>Este punto se encuentra sobre el tórax. Una aguja que atraviese la pared torácica puede causar un neumotórax.
Puncione en dirección tangencial o hacia una costilla (pinza, dedos sobre los espacios intercostales), use una aguja no más larga que la profundidad necesaria y vigile después la aparición de disnea, dolor torácico o tos seca.</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierdo</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecho</translation>
    </message>
    <message>
        <source>midline</source>
        <translation>línea media</translation>
    </message>
    <message>
        <source>Needling over the thorax</source>
        <translation>Punción sobre el tórax</translation>
    </message>
    <message>
        <source>Acknowledging records your name and the time on this trigger point.</source>
        <translation>Al confirmar se registran su nombre y la hora en este punto gatillo.</translation>
    </message>
    <message>
        <source>I acknowledge the caution</source>
        <translation>Confirmo la advertencia</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Thorax caution not acknowledged: the visit cannot be signed until it is.</source>
        <translation>Advertencia torácica no confirmada: la visita no se puede firmar hasta confirmarla.</translation>
    </message>
    <message>
        <source>Precaution area</source>
        <translation>Zona de precaución</translation>
    </message>
    <message>
        <source>This trigger point was marked as needled inside a precaution area of this patient:
{areas}

Keep it only if needling here is safe; the warning and your acknowledgement are recorded.</source>
        <translation>Este punto gatillo se marcó como puncionado dentro de una zona de precaución de este paciente:
{areas}

Consérvelo solo si es seguro puncionar aquí; la advertencia y su confirmación quedan registradas.</translation>
    </message>
    <message>
        <source>This trigger point was placed inside a precaution area of this patient:
{areas}

Keep it only if needling here is safe; the warning and your acknowledgement are recorded.</source>
        <translation>Este punto gatillo se colocó dentro de una zona de precaución de este paciente:
{areas}

Consérvelo solo si es seguro puncionar aquí; la advertencia y su confirmación quedan registradas.</translation>
    </message>
    <message>
        <source>Keep and acknowledge</source>
        <translation>Conservar y confirmar</translation>
    </message>
    <message>
        <source>Remove the point</source>
        <translation>Eliminar el punto</translation>
    </message>
</context>
<context>
    <name>SafetyController</name>
    <message>
        <source>Dock again</source>
        <translation>Volver a acoplar</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Abrir en una ventana</translation>
    </message>
    <message>
        <source>Remove precaution area</source>
        <translation>Eliminar zona de precaución</translation>
    </message>
    <message>
        <source>Remove this precaution area from every visit of the patient?</source>
        <translation>¿Eliminar esta zona de precaución de todas las visitas del paciente?</translation>
    </message>
    <message>
        <source>No earlier health screen for this patient.</source>
        <translation>No hay un cribado de salud anterior de este paciente.</translation>
    </message>
    <message>
        <source>Answers copied from the screen reviewed {when} — change what differs, then press “Reviewed with the patient”.</source>
        <translation>Respuestas copiadas del cribado revisado el {when}: cambie lo que difiera y pulse «Revisado con el paciente».</translation>
    </message>
    <message>
        <source>Save consent form</source>
        <translation>Guardar el formulario de consentimiento</translation>
    </message>
    <message>
        <source>Could not save the consent form: {error}</source>
        <translation>No se pudo guardar el formulario de consentimiento: {error}</translation>
    </message>
    <message>
        <source>Possible pneumothorax</source>
        <translation>Posible neumotórax</translation>
    </message>
    <message>
        <source>Delete adverse event</source>
        <translation>Eliminar evento adverso</translation>
    </message>
    <message>
        <source>Delete this adverse event?</source>
        <translation>¿Eliminar este evento adverso?</translation>
    </message>
</context>
<context>
    <name>SafetyPanel</name>
    <message>
        <source>Consent</source>
        <translation>Consentimiento</translation>
    </message>
    <message>
        <source>Needle count</source>
        <translation>Recuento de agujas</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar el consentimiento…</translation>
    </message>
    <message>
        <source>Consent form (PDF)…</source>
        <translation>Formulario de consentimiento (PDF)…</translation>
    </message>
    <message>
        <source>Details / withdraw…</source>
        <translation>Detalles / retirar…</translation>
    </message>
    <message>
        <source>Needled point</source>
        <translation>Punto punzado</translation>
    </message>
    <message>
        <source>Needles</source>
        <translation>Agujas</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Thorax</source>
        <translation>Tórax</translation>
    </message>
    <message>
        <source>Selected trigger point</source>
        <translation>Punto gatillo seleccionado</translation>
    </message>
    <message>
        <source>Select a trigger point on the diagram.</source>
        <translation>Seleccione un punto gatillo en el diagrama.</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Save needles</source>
        <translation>Guardar agujas</translation>
    </message>
    <message>
        <source>Acknowledge thorax caution…</source>
        <translation>Confirmar la advertencia del tórax…</translation>
    </message>
    <message>
        <source>Count-out</source>
        <translation>Recuento final</translation>
    </message>
    <message>
        <source>not counted</source>
        <translation>sin contar</translation>
    </message>
    <message>
        <source>Needed when the numbers differ</source>
        <translation>Necesaria cuando los números difieren</translation>
    </message>
    <message>
        <source>Save count</source>
        <translation>Guardar recuento</translation>
    </message>
    <message>
        <source>Inserted (needled points)</source>
        <translation>Insertadas (puntos punzados)</translation>
    </message>
    <message>
        <source>Removed (counted out)</source>
        <translation>Retiradas (contadas)</translation>
    </message>
    <message>
        <source>Discrepancy note</source>
        <translation>Nota de discrepancia</translation>
    </message>
    <message>
        <source>Immediate response</source>
        <translation>Respuesta inmediata</translation>
    </message>
    <message>
        <source>e.g. cervical rotation right 60° → 75°</source>
        <translation>p. ej., rotación cervical derecha 60° → 75°</translation>
    </message>
    <message>
        <source>Save response</source>
        <translation>Guardar respuesta</translation>
    </message>
    <message>
        <source>Pain before (visit)</source>
        <translation>Dolor antes (visita)</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Dolor tras el tratamiento</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Rango de movimiento</translation>
    </message>
    <message>
        <source>Adverse events and near misses</source>
        <translation>Eventos adversos y casi incidentes</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>Añadir…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>After-care text for the handout…</source>
        <translation>Texto de cuidados posteriores para la hoja del paciente…</translation>
    </message>
    <message>
        <source>  — cannot sign yet</source>
        <translation>  — aún no se puede firmar</translation>
    </message>
    <message>
        <source>Counted by {name}</source>
        <translation>Contado por {name}</translation>
    </message>
    <message>
        <source>✔ ack.</source>
        <translation>✔ confirmada</translation>
    </message>
    <message>
        <source>⚠ not ack.</source>
        <translation>⚠ sin confirmar</translation>
    </message>
    <message>
        <source>* not recorded: counts as one needle</source>
        <translation>* no registrado: cuenta como una aguja</translation>
    </message>
    <message numerus="yes">
        <source>%n needle(s) inserted but the needles removed have not been counted.</source>
        <translation>
            <numerusform>%n aguja insertada, pero no se han contado las agujas retiradas.</numerusform>
            <numerusform>%n agujas insertadas, pero no se han contado las agujas retiradas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Needle count does not reconcile: {inserted} inserted, {removed} removed. Find the missing needle(s) or document the discrepancy in a note.</source>
        <translation>El recuento de agujas no cuadra: {inserted} insertadas, {removed} retiradas. Encuentre la(s) aguja(s) que falta(n) o documente la discrepancia en una nota.</translation>
    </message>
    <message>
        <source>The thorax caution for {point} has not been acknowledged.</source>
        <translation>No se ha confirmado la advertencia del tórax para {point}.</translation>
    </message>
    <message>
        <source>Onset: {onset}</source>
        <translation>Inicio: {onset}</translation>
    </message>
    <message>
        <source>Action: {action}</source>
        <translation>Medida: {action}</translation>
    </message>
    <message>
        <source>{place} — not needled</source>
        <translation>{place} — sin punción</translation>
    </message>
    <message>
        <source>Not needled</source>
        <translation>Sin punción</translation>
    </message>
    <message>
        <source>Thorax caution acknowledged by {name}, {when}.</source>
        <translation>Advertencia del tórax confirmada por {name}, {when}.</translation>
    </message>
    <message>
        <source>Over the thorax: the caution has not been acknowledged.</source>
        <translation>Sobre el tórax: no se ha confirmado la advertencia.</translation>
    </message>
</context>
<context>
    <name>SafetyScreen</name>
    <message>
        <source>Anticoagulant or antiplatelet medication, or a bleeding disorder</source>
        <translation>Medicación anticoagulante o antiagregante, o trastorno de la coagulación</translation>
    </message>
    <message>
        <source>Bleeding and bruising; firm pressure after each needle, avoid deep sites that cannot be compressed.</source>
        <translation>Sangrado y hematomas; presión firme tras cada aguja, evitar zonas profundas que no se puedan comprimir.</translation>
    </message>
    <message>
        <source>Pregnancy (or possibly pregnant)</source>
        <translation>Embarazo (o posible embarazo)</translation>
    </message>
    <message>
        <source>Avoid the abdomen, lumbosacral area and points traditionally linked to labour; fainting risk is higher.</source>
        <translation>Evitar el abdomen, la zona lumbosacra y los puntos asociados tradicionalmente al parto; mayor riesgo de síncope.</translation>
    </message>
    <message>
        <source>Needle phobia or strong fear of needles</source>
        <translation>Fobia a las agujas o miedo intenso a las agujas</translation>
    </message>
    <message>
        <source>Consent cannot be free and fainting is likely.</source>
        <translation>El consentimiento no puede ser libre y el síncope es probable.</translation>
    </message>
    <message>
        <source>Lymphoedema or lymph nodes removed (which side?)</source>
        <translation>Linfedema o ganglios linfáticos extirpados (¿qué lado?)</translation>
    </message>
    <message>
        <source>Infection (cellulitis) risk: do not needle the affected limb or quadrant.</source>
        <translation>Riesgo de infección (celulitis): no puncionar la extremidad o el cuadrante afectados.</translation>
    </message>
    <message>
        <source>Infection, broken skin or skin disease at the treatment site</source>
        <translation>Infección, piel lesionada o enfermedad cutánea en la zona de tratamiento</translation>
    </message>
    <message>
        <source>Do not needle through infected or broken skin.</source>
        <translation>No puncionar a través de piel infectada o lesionada.</translation>
    </message>
    <message>
        <source>Recent surgery near the treatment site</source>
        <translation>Cirugía reciente cerca de la zona de tratamiento</translation>
    </message>
    <message>
        <source>Healing tissue, implants and altered anatomy: avoid the surgical field.</source>
        <translation>Tejido en cicatrización, implantes y anatomía alterada: evitar el campo quirúrgico.</translation>
    </message>
    <message>
        <source>Metal allergy (e.g. nickel, chromium)</source>
        <translation>Alergia a metales (p. ej., níquel, cromo)</translation>
    </message>
    <message>
        <source>Use needles the patient is not allergic to, or do not needle.</source>
        <translation>Usar agujas a las que el paciente no sea alérgico, o no puncionar.</translation>
    </message>
    <message>
        <source>Impaired immunity (immunosuppressants, chemotherapy, HIV)</source>
        <translation>Inmunidad deprimida (inmunosupresores, quimioterapia, VIH)</translation>
    </message>
    <message>
        <source>Infection risk; strict asepsis.</source>
        <translation>Riesgo de infección; asepsia estricta.</translation>
    </message>
    <message>
        <source>Diabetes with poor healing or reduced sensation</source>
        <translation>Diabetes con mala cicatrización o sensibilidad reducida</translation>
    </message>
    <message>
        <source>Slow healing and infection risk; reduced feedback from the patient.</source>
        <translation>Cicatrización lenta y riesgo de infección; menor respuesta del paciente.</translation>
    </message>
    <message>
        <source>Epilepsy or seizures</source>
        <translation>Epilepsia o crisis convulsivas</translation>
    </message>
    <message>
        <source>A seizure with needles in place; treat lying down, fewer needles.</source>
        <translation>Una crisis con las agujas colocadas; tratar en decúbito, menos agujas.</translation>
    </message>
    <message>
        <source>Pacemaker or other implanted electrical device (if electrical stimulation is considered)</source>
        <translation>Marcapasos u otro dispositivo eléctrico implantado (si se plantea electroestimulación)</translation>
    </message>
    <message>
        <source>No electrical stimulation through needles near or across the device.</source>
        <translation>Sin electroestimulación a través de agujas cerca del dispositivo o atravesándolo.</translation>
    </message>
    <message>
        <source>Breast or other implant near the treatment site</source>
        <translation>Implante mamario u otro implante cerca de la zona de tratamiento</translation>
    </message>
    <message>
        <source>An implant can be punctured: avoid needling over it.</source>
        <translation>Un implante puede perforarse: evitar puncionar sobre él.</translation>
    </message>
    <message>
        <source>Lung disease (emphysema, COPD) or a previous pneumothorax</source>
        <translation>Enfermedad pulmonar (enfisema, EPOC) o neumotórax previo</translation>
    </message>
    <message>
        <source>Hyperinflated lungs lie closer to the surface: higher pneumothorax risk over the thorax.</source>
        <translation>Los pulmones hiperinsuflados están más cerca de la superficie: mayor riesgo de neumotórax sobre el tórax.</translation>
    </message>
    <message>
        <source>History of fainting (vasovagal reactions)</source>
        <translation>Antecedentes de síncope (reacciones vasovagales)</translation>
    </message>
    <message>
        <source>Treat lying down and watch the patient.</source>
        <translation>Tratar en decúbito y vigilar al paciente.</translation>
    </message>
    <message>
        <source>Active cancer, or a tumour near the treatment site</source>
        <translation>Cáncer activo o tumor cerca de la zona de tratamiento</translation>
    </message>
    <message>
        <source>Do not needle into or near a tumour; check with the oncology team.</source>
        <translation>No puncionar en un tumor ni cerca de él; consultar con el equipo de oncología.</translation>
    </message>
    <message>
        <source>Unable to understand the treatment or give informed consent</source>
        <translation>No puede comprender el tratamiento ni dar su consentimiento informado</translation>
    </message>
    <message>
        <source>Needling needs informed consent.</source>
        <translation>La punción requiere consentimiento informado.</translation>
    </message>
    <message>
        <source>Unwell today (fever, acute illness) or under the influence of alcohol or drugs</source>
        <translation>Indispuesto hoy (fiebre, enfermedad aguda) o bajo los efectos del alcohol o drogas</translation>
    </message>
    <message>
        <source>Postpone the treatment.</source>
        <translation>Aplazar el tratamiento.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Precaution</source>
        <translation>Precaución</translation>
    </message>
    <message>
        <source>Contraindication</source>
        <translation>Contraindicación</translation>
    </message>
    <message>
        <source>Screen</source>
        <translation>Cribado</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Pregunta</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>All no</source>
        <translation>Todo no</translation>
    </message>
    <message>
        <source>Answer “No” to every item (and clear the notes), then change the few that differ</source>
        <translation>Responder «No» a todas las preguntas (y borrar las notas); después cambiar las pocas que difieran</translation>
    </message>
    <message>
        <source>Copy last answers</source>
        <translation>Copiar las últimas respuestas</translation>
    </message>
    <message>
        <source>Fill the form with the answers of the patient&apos;s last screen, then change the items that differ</source>
        <translation>Rellenar el formulario con las respuestas del último cribado del paciente; después cambiar las que difieran</translation>
    </message>
    <message>
        <source>Open in a window</source>
        <translation>Abrir en una ventana</translation>
    </message>
    <message>
        <source>The safety record in a large window of its own; this button docks it again</source>
        <translation>El registro de seguridad en una ventana grande propia; este botón lo vuelve a acoplar</translation>
    </message>
    <message>
        <source>Reviewed with the patient</source>
        <translation>Revisado con el paciente</translation>
    </message>
    <message>
        <source>Remove area</source>
        <translation>Eliminar zona</translation>
    </message>
    <message>
        <source>Precaution areas (all visits): draw them with the “Precaution area” tool.</source>
        <translation>Zonas de precaución (todas las visitas): dibújelas con la herramienta «Precaución».</translation>
    </message>
    <message>
        <source>Open a visit to see its safety record.</source>
        <translation>Abra una visita para ver su registro de seguridad.</translation>
    </message>
    <message>
        <source>✔ Reviewed by {name}, {when}.</source>
        <translation>✔ Revisado por {name}, {when}.</translation>
    </message>
    <message>
        <source>Not yet reviewed at this visit (showing the latest answers). Confirm or edit with the patient, then press “Reviewed”.</source>
        <translation>Aún no revisado en esta visita (se muestran las últimas respuestas). Confírmelas o edítelas con el paciente y pulse «Revisado».</translation>
    </message>
    <message>
        <source>Not yet reviewed at this visit (showing no earlier answers). Confirm or edit with the patient, then press “Reviewed”.</source>
        <translation>Aún no revisado en esta visita (sin respuestas anteriores). Confírmelas o edítelas con el paciente y pulse «Revisado».</translation>
    </message>
    <message>
        <source>Answered yes: {items}</source>
        <translation>Respondido sí: {items}</translation>
    </message>
    <message>
        <source>{item} — CONTRAINDICATION</source>
        <translation>{item} — CONTRAINDICACIÓN</translation>
    </message>
</context>
<context>
    <name>ScreenLock</name>
    <message>
        <source>bodymap (locked)</source>
        <translation>bodymap (bloqueado)</translation>
    </message>
    <message>
        <source>bodymap is locked</source>
        <translation>bodymap está bloqueado</translation>
    </message>
</context>
<context>
    <name>SessionBox</name>
    <message>
        <source>Needling session</source>
        <translation>Sesión de punción</translation>
    </message>
    <message>
        <source>Needed when stopped early or worse</source>
        <translation>Necesaria si se interrumpió o empeoró</translation>
    </message>
    <message>
        <source>Save session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>No needled trigger points at this visit.</source>
        <translation>No hay puntos gatillo punzados en esta visita.</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Immediate outcome</source>
        <translation>Resultado inmediato</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Cannot read {file}: {reason}.</source>
        <translation>No se puede leer {file}: {reason}.</translation>
    </message>
    <message>
        <source>{file} is too large for a logo ({size} MB; at most {limit} MB). Save a smaller copy and choose that.</source>
        <translation>{file} es demasiado grande para un logotipo ({size} MB; como máximo {limit} MB). Guarde una copia más pequeña y elíjala.</translation>
    </message>
    <message>
        <source>{file} is not a PNG or JPEG image.</source>
        <translation>{file} no es una imagen PNG ni JPEG.</translation>
    </message>
    <message>
        <source>{file} could not be read as an image (the file may be damaged).</source>
        <translation>{file} no se pudo leer como imagen (el archivo puede estar dañado).</translation>
    </message>
    <message>
        <source>{file} is {width} x {height} pixels; at most 8000 pixels on each side.</source>
        <translation>{file} mide {width} x {height} píxeles; como máximo 8000 píxeles por lado.</translation>
    </message>
    <message>
        <source>Clinic settings</source>
        <translation>Ajustes de la clínica</translation>
    </message>
    <message>
        <source>Street, town, postcode (one or more lines)</source>
        <translation>Calle, localidad, código postal (una o más líneas)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>On every printed handout</source>
        <translation>En cada hoja impresa para el paciente</translation>
    </message>
    <message>
        <source>Clinic &amp;name:</source>
        <translation>&amp;Nombre de la clínica:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>&amp;Teléfono:</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <source>PNG or JPEG, at most {limit} MB. It is printed at the top left, up to 45 x 16 mm.</source>
        <translation>PNG o JPEG, como máximo {limit} MB. Se imprime arriba a la izquierda, hasta 45 x 16 mm.</translation>
    </message>
    <message>
        <source>Print “{heading}” with the advice for the muscles treated</source>
        <translation>Imprimir «{heading}» con los consejos para los músculos tratados</translation>
    </message>
    <message>
        <source>Search muscles…</source>
        <translation>Buscar músculos…</translation>
    </message>
    <message>
        <source>General (every language)</source>
        <translation>General (todos los idiomas)</translation>
    </message>
    <message>
        <source>Advice &amp;language:</source>
        <translation>&amp;Idioma de los consejos:</translation>
    </message>
    <message>
        <source>Choose a muscle on the left.</source>
        <translation>Elija un músculo a la izquierda.</translation>
    </message>
    <message>
        <source>Nothing written in {language}: its handouts print the general advice:

{advice}</source>
        <translation>Nada escrito en {language}: las hojas en ese idioma imprimen el consejo general:

{advice}</translation>
    </message>
    <message>
        <source>Advice printed for this muscle, e.g. a stretch, how often, heat or ice…</source>
        <translation>Consejos impresos para este músculo, p. ej., un estiramiento, con qué frecuencia, calor o frío…</translation>
    </message>
    <message>
        <source>Home care advice</source>
        <translation>Consejos de cuidados en casa</translation>
    </message>
    <message>
        <source>Choose the clinic logo</source>
        <translation>Elija el logotipo de la clínica</translation>
    </message>
    <message>
        <source>Images (*.png *.jpg *.jpeg);;All files (*)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Sin logotipo</translation>
    </message>
    <message>
        <source>Advice for {muscle}</source>
        <translation>Consejos para {muscle}</translation>
    </message>
    <message>
        <source>{count} / {limit} characters</source>
        <translation>{count} / {limit} caracteres</translation>
    </message>
    <message>
        <source>The settings could not be saved: the database cannot be reached. Check the connection and try again.</source>
        <translation>No se pudieron guardar los ajustes: no se puede acceder a la base de datos. Compruebe la conexión e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Comando</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>bodymap — sign in</source>
        <translation>bodymap — iniciar sesión</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is charting?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Quién registra?&lt;/b&gt;</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
</context>
<context>
    <name>SignOffDialog</name>
    <message>
        <source>Visit details…</source>
        <translation>Datos de la visita…</translation>
    </message>
    <message>
        <source>Show the mark</source>
        <translation>Mostrar la marca</translation>
    </message>
    <message>
        <source>Record consent…</source>
        <translation>Registrar el consentimiento…</translation>
    </message>
    <message>
        <source>Open the screen</source>
        <translation>Abrir el cribado</translation>
    </message>
    <message>
        <source>Open the count</source>
        <translation>Abrir el recuento</translation>
    </message>
    <message>
        <source>Acknowledge…</source>
        <translation>Confirmar…</translation>
    </message>
    <message>
        <source>This visit cannot be signed yet</source>
        <translation>Esta visita aún no se puede firmar</translation>
    </message>
    <message>
        <source>{count} thing to complete before this visit can be signed.</source>
        <translation>Falta {count} cosa por completar antes de poder firmar esta visita.</translation>
    </message>
    <message>
        <source>{count} things to complete before this visit can be signed.</source>
        <translation>Faltan {count} cosas por completar antes de poder firmar esta visita.</translation>
    </message>
    <message>
        <source>Nothing has been changed.</source>
        <translation>No se ha cambiado nada.</translation>
    </message>
</context>
<context>
    <name>SignOffProblems</name>
    <message>
        <source>Consent does not record that dry needling was explained (and that it is not acupuncture).</source>
        <translation>El consentimiento no registra que se explicó la punción seca (y que no es acupuntura).</translation>
    </message>
    <message>
        <source>Consent does not record the common risks discussed.</source>
        <translation>El consentimiento no registra los riesgos frecuentes hablados.</translation>
    </message>
    <message>
        <source>Consent does not record the material risks discussed (pneumothorax, nerve or vessel, infection).</source>
        <translation>El consentimiento no registra los riesgos materiales hablados (neumotórax, nervio o vaso, infección).</translation>
    </message>
    <message>
        <source>Consent does not record that the patient&apos;s own risk factors were discussed.</source>
        <translation>El consentimiento no registra que se hablaron los factores de riesgo propios del paciente.</translation>
    </message>
    <message>
        <source>Consent does not record the alternatives discussed.</source>
        <translation>El consentimiento no registra las alternativas habladas.</translation>
    </message>
    <message>
        <source>Consent does not record that the patient may stop at any time.</source>
        <translation>El consentimiento no registra que el paciente puede parar en cualquier momento.</translation>
    </message>
    <message>
        <source>Consent does not record the risks discussed.</source>
        <translation>El consentimiento no registra los riesgos hablados.</translation>
    </message>
    <message>
        <source>Written consent is not signed: have the patient sign on screen, or mark the paper form as signed.</source>
        <translation>El consentimiento escrito no está firmado: pida al paciente que firme en pantalla o marque el formulario en papel como firmado.</translation>
    </message>
    <message>
        <source>Consent was withdrawn on {day}.</source>
        <translation>El consentimiento se retiró el {day}.</translation>
    </message>
    <message>
        <source>Consent for the course ended on {day}.</source>
        <translation>El consentimiento para el ciclo de tratamiento terminó el {day}.</translation>
    </message>
    <message>
        <source>Consent does not record who obtained it.</source>
        <translation>El consentimiento no registra quién lo obtuvo.</translation>
    </message>
    <message>
        <source>1 needle inserted but the needles removed have not been counted.</source>
        <translation>1 aguja insertada, pero no se han contado las agujas retiradas.</translation>
    </message>
    <message>
        <source>{inserted} needles inserted but the needles removed have not been counted.</source>
        <translation>{inserted} agujas insertadas, pero no se han contado las agujas retiradas.</translation>
    </message>
    <message>
        <source>Needle count does not reconcile: {inserted} inserted, {removed} removed. Find the missing needle(s) or document the discrepancy in a note.</source>
        <translation>El recuento de agujas no cuadra: {inserted} insertadas, {removed} retiradas. Encuentre la(s) aguja(s) que falta(n) o documente la diferencia en una nota.</translation>
    </message>
    <message>
        <source>The thorax caution for {label} has not been acknowledged.</source>
        <translation>La precaución torácica de {label} no se ha confirmado.</translation>
    </message>
    <message>
        <source>Only a clinician signed in with an account can sign a visit.</source>
        <translation>Solo un profesional con sesión iniciada en una cuenta puede firmar una visita.</translation>
    </message>
    <message>
        <source>Choose the treating clinician in the visit&apos;s details.</source>
        <translation>Elija el profesional que trata en los datos de la visita.</translation>
    </message>
    <message>
        <source>Carried-forward zone {label}: confirm it was found at this visit, or remove it.</source>
        <translation>Zona traída de una visita previa {label}: confirme que se encontró en esta visita o elimínela.</translation>
    </message>
    <message>
        <source>Carried-forward trigger point {label}: confirm it was found at this visit, or remove it.</source>
        <translation>Punto gatillo traído de una visita previa {label}: confirme que se encontró en esta visita o elimínelo.</translation>
    </message>
    <message>
        <source>Record the patient&apos;s consent to dry needling for this visit (no valid consent covers it).</source>
        <translation>Registre el consentimiento del paciente para la punción seca en esta visita (ningún consentimiento válido la cubre).</translation>
    </message>
    <message>
        <source>Review the health screen at this visit.</source>
        <translation>Revise el cribado de salud en esta visita.</translation>
    </message>
    <message>
        <source>Acknowledge the thorax caution for {label}.</source>
        <translation>Confirme la precaución torácica de {label}.</translation>
    </message>
    <message>
        <source>This visit cannot be signed yet: {problems}</source>
        <translation>Esta visita aún no se puede firmar: {problems}</translation>
    </message>
</context>
<context>
    <name>SignaturePad</name>
    <message>
        <source>The patient signs here with the mouse, a pen or a finger</source>
        <translation>El paciente firma aquí con el ratón, un lápiz o el dedo</translation>
    </message>
    <message>
        <source>Patient signs here</source>
        <translation>Firma del paciente aquí</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>Opening the clinic database…</source>
        <translation>Abriendo la base de datos de la clínica…</translation>
    </message>
    <message>
        <source>Checking the password…</source>
        <translation>Comprobando la contraseña…</translation>
    </message>
    <message>
        <source>bodymap — sign in</source>
        <translation>bodymap — iniciar sesión</translation>
    </message>
    <message>
        <source>The clinicians appear once the database is open</source>
        <translation>Los profesionales aparecen al abrirse la base de datos</translation>
    </message>
    <message>
        <source>&lt;b&gt;Who is charting?&lt;/b&gt;</source>
        <translation>&lt;b&gt;¿Quién registra?&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Crear cuenta</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>bodymap could not open the clinic database ({kind}).</source>
        <translation>bodymap no pudo abrir la base de datos de la clínica ({kind}).</translation>
    </message>
    <message>
        <source>bodymap — first start</source>
        <translation>bodymap — primer inicio</translation>
    </message>
    <message>
        <source>Choose your name, then sign in.</source>
        <translation>Elija su nombre y luego inicie sesión.</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>The password could not be checked ({kind}).</source>
        <translation>No se pudo comprobar la contraseña ({kind}).</translation>
    </message>
</context>
<context>
    <name>Suggestions</name>
    <message>
        <source>Referral patterns are population tendencies from the literature, not a diagnosis; patients vary and red flags must be excluded clinically.</source>
        <translation>Los patrones de dolor referido son tendencias poblacionales descritas en la literatura, no un diagnóstico; cada paciente es distinto y las banderas rojas deben descartarse clínicamente.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>D</translation>
    </message>
    <message>
        <source>L</source>
        <translation>I</translation>
    </message>
    <message>
        <source>mid</source>
        <translation>centro</translation>
    </message>
    <message>
        <source>R or L</source>
        <translation>D o I</translation>
    </message>
    <message>
        <source>R and L</source>
        <translation>D e I</translation>
    </message>
    <message>
        <source>temple headache</source>
        <translation>la cefalea temporal</translation>
    </message>
    <message>
        <source>neck pain and stiffness</source>
        <translation>el dolor y la rigidez cervical</translation>
    </message>
    <message>
        <source>jaw, TMJ, tooth and ear pain</source>
        <translation>el dolor mandibular, de ATM, dental y de oído</translation>
    </message>
    <message>
        <source>shoulder pain</source>
        <translation>el dolor de hombro</translation>
    </message>
    <message>
        <source>lateral elbow pain</source>
        <translation>el dolor lateral de codo</translation>
    </message>
    <message>
        <source>medial elbow and back of the elbow pain</source>
        <translation>el dolor medial y posterior de codo</translation>
    </message>
    <message>
        <source>wrist and hand pain</source>
        <translation>el dolor de muñeca y mano</translation>
    </message>
    <message>
        <source>chest pain (cardiac causes excluded)</source>
        <translation>el dolor torácico (descartadas las causas cardíacas)</translation>
    </message>
    <message>
        <source>pain between the shoulder blades</source>
        <translation>el dolor interescapular</translation>
    </message>
    <message>
        <source>low back pain</source>
        <translation>la lumbalgia</translation>
    </message>
    <message>
        <source>buttock pain</source>
        <translation>el dolor glúteo</translation>
    </message>
    <message>
        <source>sciatica-like pain down the back or side of the leg</source>
        <translation>el dolor de tipo ciático por la cara posterior o lateral de la pierna</translation>
    </message>
    <message>
        <source>groin and inner thigh pain</source>
        <translation>el dolor inguinal y de la cara interna del muslo</translation>
    </message>
    <message>
        <source>knee pain</source>
        <translation>el dolor de rodilla</translation>
    </message>
    <message>
        <source>heel and arch pain (plantar fasciopathy)</source>
        <translation>el dolor de talón y arco plantar (fasciopatía plantar)</translation>
    </message>
    <message>
        <source>foot pain</source>
        <translation>el dolor de pie</translation>
    </message>
    <message>
        <source>lateral ankle pain</source>
        <translation>el dolor lateral de tobillo</translation>
    </message>
    <message>
        <source>headache at the back, top or front of the head</source>
        <translation>la cefalea occipital, del vértex o frontal</translation>
    </message>
    <message>
        <source>pain in the front of the upper arm</source>
        <translation>el dolor en la cara anterior del brazo</translation>
    </message>
    <message>
        <source>pain on the outside of the upper arm</source>
        <translation>el dolor en la cara lateral del brazo</translation>
    </message>
    <message>
        <source>pain in the back of the upper arm</source>
        <translation>el dolor en la cara posterior del brazo</translation>
    </message>
    <message>
        <source>pain on the inside of the upper arm</source>
        <translation>el dolor en la cara medial del brazo</translation>
    </message>
    <message>
        <source>abdominal pain (visceral causes excluded)</source>
        <translation>el dolor abdominal (descartadas causas viscerales)</translation>
    </message>
    <message>
        <source>pain at the back of the ankle and the Achilles tendon</source>
        <translation>el dolor en la cara posterior del tobillo y el tendón de Aquiles</translation>
    </message>
    <message>
        <source>pain at the front of the ankle</source>
        <translation>el dolor en la cara anterior del tobillo</translation>
    </message>
    <message>
        <source>pain in the front of the lower leg</source>
        <translation>el dolor en la cara anterior de la pierna</translation>
    </message>
    <message>
        <source>calf pain</source>
        <translation>el dolor de pantorrilla</translation>
    </message>
    <message>
        <source>pain on the outside of the lower leg</source>
        <translation>el dolor en la cara lateral de la pierna</translation>
    </message>
    <message>
        <source>pain on the top of the foot</source>
        <translation>el dolor en el dorso del pie</translation>
    </message>
    <message>
        <source>pain in the sole of the foot</source>
        <translation>el dolor en la planta del pie</translation>
    </message>
    <message>
        <source>pain in the back of the thigh and knee</source>
        <translation>el dolor en la cara posterior del muslo y la rodilla</translation>
    </message>
    <message>
        <source>pain on the outside of the hip</source>
        <translation>el dolor en la cara lateral de la cadera</translation>
    </message>
    <message>
        <source>thumb pain</source>
        <translation>el dolor del pulgar</translation>
    </message>
    <message>
        <source>pain on the top of the head</source>
        <translation>el dolor en el vértex</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alta</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>moderada</translation>
    </message>
    <message>
        <source>low</source>
        <translation>baja</translation>
    </message>
    <message>
        <source>{region} ({side})</source>
        <translation>{region} ({side})</translation>
    </message>
    <message>
        <source>{list} and {last}</source>
        <translation>{list} y {last}</translation>
    </message>
    <message>
        <source>A trigger point charted in it reproduced the pain.</source>
        <translation>Un punto gatillo registrado en él reprodujo el dolor.</translation>
    </message>
    <message>
        <source>Primary zone covers {regions}.</source>
        <translation>La zona de dolor esencial cubre {regions}.</translation>
    </message>
    <message>
        <source>Spillover zone covers {regions}.</source>
        <translation>La zona de dolor de derrame cubre {regions}.</translation>
    </message>
    <message>
        <source>Its trigger points lie in the painful area: {regions}.</source>
        <translation>Sus puntos gatillo se sitúan en la zona dolorosa: {regions}.</translation>
    </message>
    <message>
        <source>Explains none of the drawn pain.</source>
        <translation>No explica nada del dolor dibujado.</translation>
    </message>
    <message>
        <source>A frequent cause of {areas}.</source>
        <translation>Causa frecuente de {areas}.</translation>
    </message>
    <message>
        <source>Leaves unexplained: {regions}.</source>
        <translation>Deja sin explicar: {regions}.</translation>
    </message>
    <message>
        <source>Expected but not drawn: {regions}.</source>
        <translation>Esperado pero no dibujado: {regions}.</translation>
    </message>
    <message>
        <source>Not on the views drawn: {regions}.</source>
        <translation>Fuera de las vistas dibujadas: {regions}.</translation>
    </message>
    <message>
        <source>Score {score}: coverage {coverage}, precision {precision}, by-area frequency {prior}, confidence {confidence}</source>
        <translation>Puntuación {score}: cobertura {coverage}, precisión {precision}, frecuencia por zona {prior}, confianza {confidence}</translation>
    </message>
    <message>
        <source>{score}; a charted trigger point reproduced the pain</source>
        <translation>{score}; un punto gatillo registrado reprodujo el dolor</translation>
    </message>
    <message numerus="yes">
        <source>{regions} + %n more</source>
        <translation>
            <numerusform>{regions} + %n más</numerusform>
            <numerusform>{regions} + %n más</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the left {dermatomes} dermatomes ({share} of the drawn pain): consider radicular pain.</source>
        <translation>
            <numerusform>Sigue el dermatoma {dermatomes} izquierdo ({share} del dolor dibujado): considere dolor radicular.</numerusform>
            <numerusform>Sigue los dermatomas {dermatomes} izquierdos ({share} del dolor dibujado): considere dolor radicular.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follows the right {dermatomes} dermatomes ({share} of the drawn pain): consider radicular pain.</source>
        <translation>
            <numerusform>Sigue el dermatoma {dermatomes} derecho ({share} del dolor dibujado): considere dolor radicular.</numerusform>
            <numerusform>Sigue los dermatomas {dermatomes} derechos ({share} del dolor dibujado): considere dolor radicular.</numerusform>
        </translation>
    </message>
    <message>
        <source>Dermatomes: a coarse region-based layer (C2 to S2, after Lee et al. 2008). Overlap and variation are large; myofascial referral can look dermatomal.</source>
        <translation>Dermatomas: una capa aproximada basada en regiones (C2 a S2, según Lee et al. 2008). El solapamiento y la variación son grandes; el dolor referido miofascial puede parecer dermatómico.</translation>
    </message>
</context>
<context>
    <name>SuggestionsPanel</name>
    <message>
        <source>Muscles whose referral patterns match the pain zones drawn on this visit. Click one to see its pattern and trigger-point sites.</source>
        <translation>Músculos cuyos patrones de dolor referido coinciden con las zonas de dolor dibujadas en esta visita. Haga clic en uno para ver su patrón y la localización de sus puntos gatillo.</translation>
    </message>
    <message>
        <source>Draw pain zones to see suggestions.</source>
        <translation>Dibuje zonas de dolor para ver sugerencias.</translation>
    </message>
    <message>
        <source>Hide the outline</source>
        <translation>Ocultar el contorno</translation>
    </message>
    <message>
        <source>Show on the body</source>
        <translation>Mostrar en el cuerpo</translation>
    </message>
    <message>
        <source>No muscle in the reference refers pain to the zones drawn.</source>
        <translation>Ningún músculo de la referencia refiere dolor a las zonas dibujadas.</translation>
    </message>
</context>
<context>
    <name>TrendsDialog</name>
    <message>
        <source>Progress — {name}</source>
        <translation>Evolución — {name}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{name}&lt;/b&gt; · chart {number} · {visits}</source>
        <translation>&lt;b&gt;{name}&lt;/b&gt; · historia {number} · {visits}</translation>
    </message>
    <message numerus="yes">
        <source>%n visits</source>
        <translation>
            <numerusform>%n visita</numerusform>
            <numerusform>%n visitas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pain area: share of the whole body surface in pain, from every view drawn on (close-ups included, each place counted once); see the comparison for whether a change exceeds the measurement error.</source>
        <translation>Área de dolor: porcentaje de la superficie corporal total con dolor, de todas las vistas dibujadas (detalles incluidos, cada lugar contado una vez); la comparación indica si un cambio supera el error de medición.</translation>
    </message>
</context>
<context>
    <name>Validation</name>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{what} is required.</source>
        <translation>{what}: campo obligatorio.</translation>
    </message>
    <message>
        <source>{what} is too long ({count} characters; at most {most}).</source>
        <translation>{what}: texto demasiado largo ({count} caracteres; como máximo {most}).</translation>
    </message>
    <message>
        <source>{what} contains a NUL character.</source>
        <translation>{what} contiene un carácter NUL.</translation>
    </message>
    <message>
        <source>{what} contains characters that are not valid text.</source>
        <translation>{what} contiene caracteres que no son texto válido.</translation>
    </message>
    <message>
        <source>{what} must be one of: {choices}.</source>
        <translation>{what} debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>{what} must be a whole number from 0 to {most}.</source>
        <translation>{what} debe ser un número entero de 0 a {most}.</translation>
    </message>
    <message>
        <source>{what} must lie on the diagram (0 to 1), not {value}.</source>
        <translation>{what} debe estar en el diagrama (0 a 1), no {value}.</translation>
    </message>
    <message>
        <source>Date of birth must be a date.</source>
        <translation>La fecha de nacimiento debe ser una fecha.</translation>
    </message>
    <message>
        <source>Date of birth {day} is in the future.</source>
        <translation>La fecha de nacimiento {day} está en el futuro.</translation>
    </message>
    <message>
        <source>Date of birth {day} is before {year}.</source>
        <translation>La fecha de nacimiento {day} es anterior a {year}.</translation>
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
        <source>Sex</source>
        <translation>Sexo</translation>
    </message>
    <message>
        <source>A visit cannot be dated in the future.</source>
        <translation>Una visita no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>A visit date before 1990 is not plausible.</source>
        <translation>Una fecha de visita anterior a 1990 no es plausible.</translation>
    </message>
    <message>
        <source>Clinician</source>
        <translation>Profesional</translation>
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
        <source>Unknown finding(s): {items}.</source>
        <translation>Hallazgo(s) desconocido(s): {items}.</translation>
    </message>
    <message>
        <source>Needling depth must be between 0 and 150 mm.</source>
        <translation>La profundidad de punción debe estar entre 0 y 150 mm.</translation>
    </message>
    <message>
        <source>Twitch responses</source>
        <translation>Respuestas de espasmo local</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Pressure pain</source>
        <translation>Dolor a la presión</translation>
    </message>
    <message>
        <source>Needle size</source>
        <translation>Tamaño de aguja</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensidad</translation>
    </message>
    <message>
        <source>Pain quality</source>
        <translation>Calidad del dolor</translation>
    </message>
    <message>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <source>A zone point</source>
        <translation>Un punto de la zona</translation>
    </message>
    <message>
        <source>A zone outline has too many points ({count}).</source>
        <translation>El contorno de una zona tiene demasiados puntos ({count}).</translation>
    </message>
    <message>
        <source>A zone needs an outline of at least three points.</source>
        <translation>Una zona necesita un contorno de al menos tres puntos.</translation>
    </message>
    <message>
        <source>A zone has too many separate parts.</source>
        <translation>Una zona tiene demasiadas partes separadas.</translation>
    </message>
    <message>
        <source>The signature could not be read.</source>
        <translation>No se pudo leer la firma.</translation>
    </message>
    <message>
        <source>Unknown consent item(s): {items}.</source>
        <translation>Punto(s) del consentimiento desconocido(s): {items}.</translation>
    </message>
    <message>
        <source>The signature has too many strokes (at most {most}).</source>
        <translation>La firma tiene demasiados trazos (como máximo {most}).</translation>
    </message>
    <message>
        <source>The signature lies outside its box.</source>
        <translation>La firma está fuera de su recuadro.</translation>
    </message>
    <message>
        <source>The signature is too long; clear it and sign again.</source>
        <translation>La firma es demasiado larga; bórrela y vuelva a firmar.</translation>
    </message>
    <message>
        <source>Say why consent was withdrawn (for example “patient declined further needling”).</source>
        <translation>Indique por qué se retiró el consentimiento (por ejemplo, «el paciente rechazó más punciones»).</translation>
    </message>
    <message>
        <source>The reason is too long (at most {most} characters).</source>
        <translation>El motivo es demasiado largo (como máximo {most} caracteres).</translation>
    </message>
    <message>
        <source>e.g. 14 Mar 1975 or 1975-03-14</source>
        <translation>p. ej., 14 Mar 1975 o 1975-03-14</translation>
    </message>
    <message>
        <source>Enter the date of birth, or choose &quot;Unknown&quot;.</source>
        <translation>Introduzca la fecha de nacimiento o elija «Desconocido».</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date (day {day} does not exist in that month).</source>
        <translation>«{text}» no es una fecha (el día {day} no existe en ese mes).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; could be read two ways: write the month as a word or the year first ({hint}).</source>
        <translation>«{text}» se puede leer de dos maneras: escriba el mes con letras o el año primero ({hint}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot; is not a date this form can read ({hint}).</source>
        <translation>«{text}» no es una fecha que este formulario pueda leer ({hint}).</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;: &quot;{word}&quot; is not a month.</source>
        <translation>«{text}»: «{word}» no es un mes.</translation>
    </message>
    <message>
        <source>&quot;{text}&quot;: there is no month {month}.</source>
        <translation>«{text}»: no existe el mes {month}.</translation>
    </message>
    <message>
        <source>Unknown screening item(s): {items}.</source>
        <translation>Punto(s) del cribado desconocido(s): {items}.</translation>
    </message>
    <message>
        <source>The answer for “{item}”</source>
        <translation>La respuesta a «{item}»</translation>
    </message>
    <message>
        <source>The note for “{item}”</source>
        <translation>La nota de «{item}»</translation>
    </message>
    <message>
        <source>Side must be one of: {choices}.</source>
        <translation>El lado debe ser uno de estos: {choices}.</translation>
    </message>
    <message>
        <source>Precaution kind</source>
        <translation>Tipo de precaución</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Describe an “Other” precaution area in the note.</source>
        <translation>Describa una zona de precaución «Otra» en la nota.</translation>
    </message>
    <message>
        <source>View</source>
        <translation>Vista</translation>
    </message>
    <message>
        <source>The consent date must be a date.</source>
        <translation>La fecha del consentimiento debe ser una fecha.</translation>
    </message>
    <message>
        <source>Consent cannot be dated in the future.</source>
        <translation>El consentimiento no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>How consent was given</source>
        <translation>Cómo se dio el consentimiento</translation>
    </message>
    <message>
        <source>Say how consent was given (for example “through an interpreter”).</source>
        <translation>Indique cómo se dio el consentimiento (por ejemplo, «a través de un intérprete»).</translation>
    </message>
    <message>
        <source>Scope of consent</source>
        <translation>Alcance del consentimiento</translation>
    </message>
    <message>
        <source>Consent for a course of treatment needs an end date or a number of visits.</source>
        <translation>El consentimiento para un ciclo de tratamiento necesita una fecha de fin o un número de visitas.</translation>
    </message>
    <message>
        <source>The course cannot end before consent was given.</source>
        <translation>El ciclo no puede terminar antes de que se diera el consentimiento.</translation>
    </message>
    <message>
        <source>The number of visits must be from 1 to {most}.</source>
        <translation>El número de visitas debe estar entre 1 y {most}.</translation>
    </message>
    <message>
        <source>The patient signed on screen or on paper, not both: clear one.</source>
        <translation>El paciente firmó en pantalla o en papel, no en ambos: borre uno.</translation>
    </message>
    <message>
        <source>Consent text</source>
        <translation>Texto del consentimiento</translation>
    </message>
    <message>
        <source>Number of needles</source>
        <translation>Número de agujas</translation>
    </message>
    <message>
        <source>Passes</source>
        <translation>Pasadas</translation>
    </message>
    <message>
        <source>Pain after treatment</source>
        <translation>Dolor tras el tratamiento</translation>
    </message>
    <message>
        <source>Range of motion</source>
        <translation>Rango de movimiento</translation>
    </message>
    <message>
        <source>After-care text</source>
        <translation>Texto de cuidados posteriores</translation>
    </message>
    <message>
        <source>Unknown diagram view {view}.</source>
        <translation>Vista de diagrama desconocida {view}.</translation>
    </message>
    <message>
        <source>The image has no size.</source>
        <translation>La imagen no tiene tamaño.</translation>
    </message>
    <message>
        <source>Place at least {least} landmarks, spread over the body (head, both shoulders, hips or knees); {placed} placed.</source>
        <translation>Coloque al menos {least} puntos de referencia repartidos por el cuerpo (cabeza, ambos hombros, caderas o rodillas); colocados: {placed}.</translation>
    </message>
    <message>
        <source>The {view} view has no landmark {side} {landmark}.</source>
        <translation>La vista {view} no tiene el punto de referencia {side} {landmark}.</translation>
    </message>
    <message>
        <source>{landmark} is placed twice.</source>
        <translation>{landmark} está colocado dos veces.</translation>
    </message>
    <message>
        <source>{landmark} is placed outside the image.</source>
        <translation>{landmark} está colocado fuera de la imagen.</translation>
    </message>
    <message>
        <source>{first} and {second} are placed on the same spot of the image.</source>
        <translation>{first} y {second} están colocados en el mismo lugar de la imagen.</translation>
    </message>
    <message>
        <source>The chosen landmarks lie (almost) on one line, so the image cannot be calibrated: add landmarks on both sides of the body (e.g. both shoulders or hips), not only along the midline.</source>
        <translation>Los puntos de referencia elegidos están (casi) en una línea, así que la imagen no se puede calibrar: añada puntos de referencia a ambos lados del cuerpo (p. ej., ambos hombros o caderas), no solo a lo largo de la línea media.</translation>
    </message>
    <message>
        <source>The landmarks are placed (almost) on one line on the image: check the clicks; they should follow the body&apos;s shape.</source>
        <translation>Los puntos de referencia están colocados (casi) en una línea en la imagen: revise los clics; deben seguir la forma del cuerpo.</translation>
    </message>
    <message>
        <source>The landmarks do not span an area on the image; check the clicks.</source>
        <translation>Los puntos de referencia no abarcan un área en la imagen; revise los clics.</translation>
    </message>
    <message>
        <source>The image is mirrored relative to the view: the patient&apos;s right and left are swapped. Check that the image shows the {view} view, or mirror the image.</source>
        <translation>La imagen está reflejada respecto a la vista: la derecha y la izquierda del paciente están invertidas. Compruebe que la imagen muestra la vista {view} o refleje la imagen.</translation>
    </message>
    <message>
        <source>The landmarks cross over: {first}, {second} and {third} are in a different order on the image than on the body (for example right and left swapped). Check those clicks.</source>
        <translation>Las referencias anatómicas se cruzan: {first}, {second} y {third} están en un orden distinto en la imagen que en el cuerpo (por ejemplo, derecha e izquierda intercambiadas). Compruebe esos clics.</translation>
    </message>
    <message>
        <source>{landmark} is far from where the other landmarks put it; check that click.</source>
        <translation>{landmark}: lejos de donde lo sitúan las demás referencias anatómicas; compruebe ese clic.</translation>
    </message>
    <message>
        <source>{first} and {second} are far from where the other landmarks put them; check those clicks.</source>
        <translation>{first} y {second}: lejos de donde los sitúan las demás referencias anatómicas; compruebe esos clics.</translation>
    </message>
    <message>
        <source>A trigger point must be placed on the body.</source>
        <translation>Un punto gatillo debe colocarse sobre el cuerpo.</translation>
    </message>
    <message>
        <source>The zone lies outside the body outline.</source>
        <translation>La zona queda fuera del contorno del cuerpo.</translation>
    </message>
    <message>
        <source>Draw the precaution area on the body outline.</source>
        <translation>Dibuje la zona de precaución sobre el contorno del cuerpo.</translation>
    </message>
    <message>
        <source>The wording of “{item}”</source>
        <translation>La redacción de «{item}»</translation>
    </message>
    <message>
        <source>Withdrawal cannot be dated in the future.</source>
        <translation>La retirada no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>This consent was already withdrawn on {day}.</source>
        <translation>Este consentimiento ya se retiró el {day}.</translation>
    </message>
    <message>
        <source>This trigger point does not lie over the thorax.</source>
        <translation>Este punto gatillo no está sobre el tórax.</translation>
    </message>
    <message>
        <source>That precaution area belongs to another patient.</source>
        <translation>Esa zona de precaución pertenece a otro paciente.</translation>
    </message>
    <message>
        <source>Name the precaution area(s) that were acknowledged.</source>
        <translation>Indique la(s) zona(s) de precaución confirmada(s).</translation>
    </message>
    <message>
        <source>Needles removed</source>
        <translation>Agujas retiradas</translation>
    </message>
    <message>
        <source>Count-out note</source>
        <translation>Nota del recuento final</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Nombre completo</translation>
    </message>
    <message>
        <source>Tolerance</source>
        <translation>Tolerancia</translation>
    </message>
    <message>
        <source>Immediate outcome</source>
        <translation>Resultado inmediato</translation>
    </message>
    <message>
        <source>Session note</source>
        <translation>Nota de la sesión</translation>
    </message>
    <message>
        <source>Say in the note why the needling was stopped early.</source>
        <translation>Indique en la nota por qué se interrumpió antes la punción.</translation>
    </message>
    <message>
        <source>Say in the note what was worse after needling.</source>
        <translation>Indique en la nota qué empeoró tras la punción.</translation>
    </message>
    <message>
        <source>Kind of adverse event</source>
        <translation>Tipo de evento adverso</translation>
    </message>
    <message>
        <source>An adverse event cannot be dated in the future.</source>
        <translation>Un evento adverso no puede tener fecha futura.</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <source>Describe an “Other” adverse event.</source>
        <translation>Describa un evento adverso «Otro».</translation>
    </message>
    <message>
        <source>Classify the adverse event: mild, significant or serious.</source>
        <translation>Clasifique el evento adverso: leve, significativo o grave.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>A suspected pneumothorax is at least significant: it needs medical assessment today.</source>
        <translation>Una sospecha de neumotórax es al menos significativa: requiere valoración médica hoy.</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Inicio</translation>
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
        <source>The logo is too large ({size} MB; at most 2 MB).</source>
        <translation>El logotipo es demasiado grande ({size} MB; como máximo 2 MB).</translation>
    </message>
    <message>
        <source>The logo must be a PNG or JPEG image.</source>
        <translation>El logotipo debe ser una imagen PNG o JPEG.</translation>
    </message>
    <message>
        <source>Clinic name</source>
        <translation>Nombre de la clínica</translation>
    </message>
    <message>
        <source>Clinic address</source>
        <translation>Dirección de la clínica</translation>
    </message>
    <message>
        <source>Clinic phone</source>
        <translation>Teléfono de la clínica</translation>
    </message>
    <message>
        <source>Home care for {muscle}</source>
        <translation>Cuidados en casa para {muscle}</translation>
    </message>
    <message>
        <source>Muscle id</source>
        <translation>Identificador del músculo</translation>
    </message>
    <message>
        <source>The point</source>
        <translation>El punto</translation>
    </message>
    <message>
        <source>A zone can only be referred from trigger points of the same visit.</source>
        <translation>Una zona solo puede referirse desde puntos gatillo de la misma visita.</translation>
    </message>
    <message>
        <source>--older-than is a number of days between 0 and 36500.</source>
        <translation>--older-than es un número de días entre 0 y 36500.</translation>
    </message>
    <message>
        <source>Addendum</source>
        <translation>Adenda</translation>
    </message>
    <message>
        <source>The template image</source>
        <translation>La imagen de la plantilla</translation>
    </message>
    <message>
        <source>Only visits of the same patient can be compared.</source>
        <translation>Solo se pueden comparar visitas del mismo paciente.</translation>
    </message>
    <message>
        <source>The date range is empty: {since} is after {until}.</source>
        <translation>El intervalo de fechas está vacío: {since} es posterior a {until}.</translation>
    </message>
    <message>
        <source>Unknown view {view}; choose one of: {choices}.</source>
        <translation>Vista desconocida {view}; elija una de estas: {choices}.</translation>
    </message>
    <message>
        <source>The complaint filter is limited to {most} characters.</source>
        <translation>El filtro de motivo de consulta está limitado a {most} caracteres.</translation>
    </message>
    <message>
        <source>Tolerance and outcome are recorded for a visit with needling: mark the needled trigger points first.</source>
        <translation>La tolerancia y el resultado se registran en una visita con punción: marque primero los puntos gatillo punzados.</translation>
    </message>
    <message>
        <source>Keep between 1 and 365 backups.</source>
        <translation>Conserve entre 1 y 365 copias de seguridad.</translation>
    </message>
    <message>
        <source>The screen lock time must be between 1 and 240 minutes.</source>
        <translation>El tiempo de bloqueo de pantalla debe estar entre 1 y 240 minutos.</translation>
    </message>
    <message>
        <source>The clinic diagram {name} has not been calibrated yet.</source>
        <translation>El diagrama de la clínica {name} aún no se ha calibrado.</translation>
    </message>
    <message>
        <source>{name} does not exist.</source>
        <translation>{name} no existe.</translation>
    </message>
    <message>
        <source>Cannot read {name}: {reason}.</source>
        <translation>No se puede leer {name}: {reason}.</translation>
    </message>
    <message>
        <source>{name} is not a file.</source>
        <translation>{name} no es un archivo.</translation>
    </message>
    <message>
        <source>{name} is too large ({size} MB); the limit is {most} MB. Save it smaller (e.g. as JPEG).</source>
        <translation>{name} es demasiado grande ({size} MB); el límite es {most} MB. Guárdelo más pequeño (p. ej., como JPEG).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name} is larger than {most} MB.</source>
        <translation>{name} ocupa más de {most} MB.</translation>
    </message>
    <message>
        <source>The file</source>
        <translation>El archivo</translation>
    </message>
    <message>
        <source>{name} has too many pixels (the limit is {most} megapixels); scale it down first.</source>
        <translation>{name} tiene demasiados píxeles (el límite es {most} megapíxeles); redúzcalo primero.</translation>
    </message>
    <message>
        <source>{name} is not an image Bodymap can read; choose a PNG or JPEG file.</source>
        <translation>{name} no es una imagen que Bodymap pueda leer; elija un archivo PNG o JPEG.</translation>
    </message>
    <message>
        <source>{name} is damaged and cannot be read as an image.</source>
        <translation>{name} está dañado y no se puede leer como imagen.</translation>
    </message>
    <message>
        <source>{name} is a {kind} image; save it as PNG or JPEG first.</source>
        <translation>{name} es una imagen {kind}; guárdela primero como PNG o JPEG.</translation>
    </message>
    <message>
        <source>{name} has too many pixels (the limit is {most} megapixels); scale it down first. It is {width} x {height} pixels.</source>
        <translation>{name} tiene demasiados píxeles (el límite es {most} megapíxeles); redúzcalo primero. Tiene {width} x {height} píxeles.</translation>
    </message>
    <message>
        <source>{name} is too small ({width} x {height} pixels); a diagram needs at least {least} pixels on each side.</source>
        <translation>{name} es demasiado pequeño ({width} x {height} píxeles); un diagrama necesita al menos {least} píxeles por lado.</translation>
    </message>
    <message>
        <source>{name} is damaged (incomplete or corrupt image data).</source>
        <translation>{name} está dañado (datos de imagen incompletos o corruptos).</translation>
    </message>
    <message>
        <source>Give the clinic diagram a name.</source>
        <translation>Ponga un nombre al diagrama de la clínica.</translation>
    </message>
    <message>
        <source>The name is too long (at most {most} characters).</source>
        <translation>El nombre es demasiado largo (como máximo {most} caracteres).</translation>
    </message>
    <message>
        <source>The batch size must be at least 1.</source>
        <translation>El tamaño de lote debe ser al menos 1.</translation>
    </message>
    <message>
        <source>The target is the source database itself; choose another database to copy to.</source>
        <translation>El destino es la propia base de datos de origen; elija otra base de datos a la que copiar.</translation>
    </message>
    <message>
        <source>The target database {target} is not empty ({table} has {rows} rows); copy-database copies only into an empty database. Create a new one and try again.</source>
        <translation>La base de datos de destino {target} no está vacía ({table} tiene {rows} filas); copy-database solo copia en una base de datos vacía. Cree una nueva e inténtelo de nuevo.</translation>
    </message>
</context>
<context>
    <name>VisitCommands</name>
    <message>
        <source>not recorded</source>
        <translation>no registrado</translation>
    </message>
    <message>
        <source>Sign visit</source>
        <translation>Firmar visita</translation>
    </message>
    <message>
        <source>Sign this visit as {signer}?

Treating clinician: {treating}

A signed visit can no longer be changed; later corrections are addenda.</source>
        <translation>¿Firmar esta visita como {signer}?

Profesional que trata: {treating}

Una visita firmada ya no se puede modificar; las correcciones posteriores son adendas.</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>active</source>
        <translation>activo</translation>
    </message>
    <message>
        <source>latent</source>
        <translation>latente</translation>
    </message>
    <message>
        <source>aching</source>
        <translation>sordo</translation>
    </message>
    <message>
        <source>burning</source>
        <translation>urente</translation>
    </message>
    <message>
        <source>stabbing</source>
        <translation>punzante</translation>
    </message>
    <message>
        <source>pins and needles</source>
        <translation>hormigueo</translation>
    </message>
    <message>
        <source>numbness</source>
        <translation>entumecimiento</translation>
    </message>
    <message>
        <source>throbbing</source>
        <translation>pulsátil</translation>
    </message>
    <message>
        <source>other</source>
        <translation>otro</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>Datos de la visita</translation>
    </message>
    <message>
        <source>New visit</source>
        <translation>Nueva visita</translation>
    </message>
    <message>
        <source>Choose the treating clinician…</source>
        <translation>Elija el profesional que trata…</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>No registrado</translation>
    </message>
    <message>
        <source>{name} (account deactivated)</source>
        <translation>{name} (cuenta desactivada)</translation>
    </message>
    <message>
        <source>{name} (no account)</source>
        <translation>{name} (sin cuenta)</translation>
    </message>
    <message>
        <source>e.g. right-sided neck pain with temple headache</source>
        <translation>p. ej., dolor cervical derecho con cefalea temporal</translation>
    </message>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
    </message>
    <message>
        <source>Start from the previous visit&apos;s marks</source>
        <translation>Partir de las marcas de la visita anterior</translation>
    </message>
    <message>
        <source>Trigger point: {side}{place} ({status})</source>
        <translation>Punto gatillo: {side}{place} ({status})</translation>
    </message>
    <message>
        <source>Zone: {quality} {intensity}/10 ({sides}, {view})</source>
        <translation>Zona: {quality} {intensity}/10 ({sides}, {view})</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Fecha y hora</translation>
    </message>
    <message>
        <source>Treating clinician</source>
        <translation>Profesional que trata</translation>
    </message>
    <message>
        <source>Chief complaint</source>
        <translation>Motivo de consulta</translation>
    </message>
    <message>
        <source>Overall pain (0-10)</source>
        <translation>Dolor general (0-10)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>Choose the treating clinician.</source>
        <translation>Elija el profesional que trata.</translation>
    </message>
</context>
<context>
    <name>WithdrawConsentDialog</name>
    <message>
        <source>Withdraw consent</source>
        <translation>Retirar el consentimiento</translation>
    </message>
    <message>
        <source>Withdrawn consent no longer covers visits that begin after this time. The consent and its signature stay on record.</source>
        <translation>Un consentimiento retirado ya no cubre las visitas que empiecen después de este momento. El consentimiento y su firma quedan registrados.</translation>
    </message>
    <message>
        <source>e.g. patient declined further needling after the second visit</source>
        <translation>p. ej., el paciente rechazó más punciones tras la segunda visita</translation>
    </message>
    <message>
        <source>Withdrawn at</source>
        <translation>Retirado el</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
</context>
</TS>
